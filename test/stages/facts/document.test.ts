import { describe, expect, it } from 'vitest';
import { analyze, factsWith } from '../../helpers.js';

// Passages written for these tests, about invented talks (no article's words). The document steps run once every
// sentence is read: each is shown against the sentence steps it completes.
const read = (steps: string[], text: string, published = '2031-03-06') => factsWith(steps, text, { published }).map((f) => [f.rule, f.value ?? f.evidence.text]);

describe('step session-span', () => {
  it('gives a many-day session that ended on a day its span, inferred', () => {
    const text = 'The nine-day negotiations between Chile and Bolivia concluded in Lima on Friday.';
    expect(read(['session-dates'], text, '2031-03-08')).toEqual([['facts:date-in-session-sentence', '2031-03-07']]);
    expect(read(['session-dates', 'session-span'], text, '2031-03-08')).toEqual([
      ['facts:date-in-session-sentence', '2031-03-07'],
      ['facts:session-duration', '2031-02-27/2031-03-07'],
    ]);
  });
});

describe('step session-span: a session measured after its name, with the day its outcome was told', () => {
  // Passage written for this test.
  it('ends the span on that day, inferred, where the report gives no day of the session', () => {
    const text = 'LIMA, March 4 -- The Andean envoy said on Tuesday that the round of talks between Chile and Bolivia, held over three days in Lima, had brought the sides closer.';
    expect(read(['session-dates', 'session-span'], text, '2031-03-08')).toEqual([['facts:session-duration', '2031-03-02/2031-03-04']]);
  });
  it('gives no span where nothing measures the session', () => {
    const text = 'LIMA, March 7 -- The Andean envoy said on Tuesday that the round of talks between Chile and Bolivia had brought the sides closer.';
    expect(read(['session-dates', 'session-span'], text, '2031-03-08')).toEqual([]);
  });
});

describe('step caption-lines', () => {
  const text =
    'Chile and Bolivia held talks on Monday.\n' +
    'In this photo released by the Chilean foreign ministry, chief negotiator Tomas Herrera meets Bolivian envoy Pablo Mena in Lima, Tuesday, March 4, 2031.';
  it("drops the facts of a photo's caption line but a negotiator named by title", () => {
    const all = read(['session-dates', 'negotiator-titles'], text);
    expect(all).toContainEqual(['facts:date-in-session-sentence', '2031-03-04']);
    const kept = read(['session-dates', 'negotiator-titles', 'caption-lines'], text);
    expect(kept).toEqual([
      ['facts:date-in-session-sentence', '2031-03-03'],
      ['facts:member-negotiator-title', 'Bolivian envoy Pablo Mena'],
    ]);
  });
  it("keeps the building of a caption that shows the round's venue", () => {
    const caption = 'Chile and Bolivia held talks on Monday.\nChief negotiator Tomas Herrera speaks after the second round of talks at Velmora palace in Lima, March 3, 2031. (AFP Photo)\n';
    expect(read(['facilities', 'caption-lines'], caption)).toEqual([['facts:facility-place-noun', 'Velmora palace']]);
  });
  it("seats no one by a line that ends in an agency's credit (a photograph of another meeting)", () => {
    const credited = 'President Ana Ruiz meets with rebel leaders Tomas Vega and Lia Vega in the palace last September. AFP\n\nLIMA - A third round of talks between Peru and the rebels ended on Wednesday.\n';
    const members = (steps: string[]) => read(steps, credited).filter(([rule]) => rule === 'facts:member-across-the-table').map(([, t]) => t);
    expect(members(['across-the-table'])).toContainEqual('President Ana Ruiz');
    expect(members(['across-the-table', 'caption-lines'])).toEqual([]);
  });
});

describe('step recent-days', () => {
  it("drops a day weeks before the article's session as background", () => {
    const text = 'Chile and Bolivia held talks in Lima on March 2. Their talks on February 3 had failed.';
    expect(read(['session-dates'], text).map((f) => f[1])).toEqual(['2031-03-02', '2031-02-03']);
    expect(read(['session-dates', 'recent-days'], text).map((f) => f[1])).toEqual(['2031-03-02']);
  });
});

describe('step recent-days, in an article with no day to anchor it', () => {
  it('compares days without their year, and drops the older as background', () => {
    const text = 'Chile and Bolivia will hold talks in Quito on May 10. The ministers last met in Lima on Feb. 28.';
    const read2 = (steps: string[]) => factsWith(steps, text).filter((f) => f.kind === 'held' || f.kind === 'venue').map((f) => f.value ?? f.evidence.text);
    expect(read2(['session-dates', 'session-venues'])).toEqual(expect.arrayContaining(['XXXX-02-28', 'Lima']));
    const kept = read2(['session-dates', 'session-venues', 'recent-days']);
    expect(kept).not.toContain('XXXX-02-28');
    expect(kept).not.toContain('Lima');
    expect(kept).toContain('Quito');
  });
});

describe('step dateline-venue', () => {
  it("makes the dateline's city the venue where no sentence names one", () => {
    expect(read(['session-venues', 'dateline-venue'], 'LIMA — Chile and Bolivia held talks on Monday.')).toEqual([['facts:venue-dateline', 'LIMA']]);
    expect(read(['session-venues', 'dateline-venue'], 'LIMA — Chile and Bolivia held talks in Quito on Monday.')).toEqual([['facts:venue-in-session-sentence', 'Quito']]);
    // (a dateline of a city, a day and a colon, below a page's headline, standfirst, byline and counter)
    expect(read(['session-venues', 'dateline-venue'], 'Border talks end\n\nNo deal at the border talks.\n\nOutlet    14-Jan-2031 11:21:41 AM\nTotal Views |\nSanta Cruz, Jan 14: Chile and Bolivia held talks on Monday.')).toEqual([['facts:venue-dateline', 'Santa Cruz']]);
  });
});

describe('step quotes', () => {
  it('reads a quote with its speaker, through a pronoun to the person named before', () => {
    const text = 'Pablo Mena spoke after the session. He said, “We are close to a deal.”';
    const out = factsWith(['quotes'], text);
    expect(out.map((f) => [f.rule, f.text, text.slice(f.entity!.mention!.start, f.entity!.mention!.end)])).toEqual([['facts:quote', 'We are close to a deal', 'Pablo Mena']]);
  });
  it('gives a quote no outlet for its speaker, an agency written as a word included ("Tass reported")', () => {
    const text = 'Chile and Bolivia held talks in Lima on Monday. Tass reported today, citing a source close to the talks, that the deal "would need guarantees for the border".';
    expect(factsWith(['quotes'], text).map((f) => [f.text, f.entity])).toEqual([['would need guarantees for the border', undefined]]);
  });
});

describe('step empty-roles', () => {
  it('drops a role the cleaner emptied', () => {
    const text = "Bolivia's Pablo Mena attended the talks.";
    expect(factsWith(['attendance'], text)[0]).toMatchObject({ role: '' });
    expect(factsWith(['attendance', 'empty-roles'], text)[0]).not.toHaveProperty('role');
  });
});

describe('step shared-titles', () => {
  it('gives a member of either side the title the article gives both sides\' people together, where no passage gives one', () => {
    const roles = (text: string) => factsWith(['attendance', 'empty-roles', 'shared-titles'], text).filter((f) => f.kind === 'member').map((f) => f.role ?? null);
    expect(roles("The foreign ministers of Chile and Bolivia met in Lima. Bolivia's Pablo Mena attended the talks.")).toEqual(['foreign minister']);
    expect(roles("The Chilean and Bolivian defence ministers met in Lima. Bolivia's Pablo Mena attended the talks.")).toEqual(['defence minister']);
    // (not a title of other sides, nor one a passage already gives)
    expect(roles("The foreign ministers of Peru and Ecuador met in Lima. Bolivia's Pablo Mena attended the talks.")).toEqual([null]);
    expect(roles('The foreign ministers of Chile and Bolivia met in Lima. Bolivian envoy Pablo Mena attended the talks.')).toEqual(['envoy']);
  });
});

describe('step recalled-openers', () => {
  const text =
    'The foreign ministers of Chile and Bolivia held talks in Quito on Tuesday. ' +
    'During a meeting with Peruvian President Luis Soto last month, Chilean President Ana Ruiz and Bolivian President Pablo Mena agreed to restart the process. ' +
    'That meeting was mediated by Norway.';
  const steps = ['session-dates', 'session-venues', 'session-members', 'mediators'];
  it('makes the facts of a sentence set well before the report, and of the next one pointing back to it, background', () => {
    const all = factsWith([...steps, 'recalled-openers'], text, { published: '2031-03-06' });
    const own = all.filter((f) => !f.background).map((f) => [f.kind, f.value ?? f.evidence.text]);
    expect(own).toEqual([
      ['held', '2031-03-04'],
      ['venue', 'Quito'],
    ]);
    expect(all.filter((f) => f.background).map((f) => f.kind)).toContain('mediator');
    // Without the step, they are the round's.
    expect(factsWith(steps, text, { published: '2031-03-06' }).filter((f) => !f.background).map((f) => f.kind)).toContain('mediator');
  });
  it('not where the sentence is the only one that tells of a session', () => {
    const alone = factsWith([...steps, 'recalled-openers'], 'Last month, Chile and Bolivia held talks in Quito.', { published: '2031-03-06' });
    expect(alone.filter((f) => f.background)).toEqual([]);
  });
});

describe('step foreseen-sessions', () => {
  const steps = ['session-dates', 'session-parties', 'foreseen-sessions'];
  const foreseen = (text: string, published = '2031-04-10') =>
    factsWith(steps, text, { published })
      .filter((f) => f.kind === 'planned' || f.kind === 'party')
      .map((f) => [f.kind, f.value ?? f.evidence.text, f.foreseen ?? 0, f.rule === 'facts:foreseen-sides' ? f.inferred : '']);
  it('gives a new meeting a report of a held session announces for a later day a session of its own, with the sides that agreed it, inferred', () => {
    const text = 'Chile and Peru held talks in Tacna today.\nThe two sides agreed to convene an informal meeting of border commanders tomorrow morning.';
    expect(foreseen(text)).toEqual([
      ['party', 'Chile', 0, ''],
      ['party', 'Peru', 0, ''],
      ['planned', '2031-04-11', 2, ''],
      ['party', 'Chile', 2, 'a side of the session that agreed to meet'],
      ['party', 'Peru', 2, 'a side of the session that agreed to meet'],
    ]);
  });
  it("leaves a later day to the report's own session where it names the session as known, or reports none held", () => {
    // ("the talks": the session already named; a preview: the planned day is its own session's)
    expect(foreseen('Chile and Peru held talks in Tacna today.\nThe talks will continue tomorrow morning.').filter((f) => f[0] === 'planned')).toEqual([['planned', '2031-04-11', 0, '']]);
    expect(foreseen('Chile and Peru will convene a meeting of border commanders in Tacna tomorrow.').every((f) => f[2] === 0)).toBe(true);
  });
  it('gives a meeting called off for a day before the held session a session of its own, with its city, run before the other-city rule', () => {
    const text = 'Deputy ministers of Chile and Peru met in Tacna on Friday.\nA planned meeting in Arica on April 2 was cancelled.';
    const facts = factsWith(['session-dates', 'session-venues', 'foreseen-sessions', 'other-city-days'], text, { published: '2031-04-19' }).filter((f) => f.kind === 'planned' || f.kind === 'venue').map((f) => [f.kind, f.value ?? f.evidence.text, f.foreseen ?? 0]);
    expect(facts).toEqual([
      ['venue', 'Tacna', 0],
      ['planned', '2031-04-02', 2],
      ['venue', 'Arica', 2],
    ]);
    // (and the word said called off goes with it: the held session's status is not 'cancelled')
    const doc = analyze(text, { published: '2031-04-19' });
    expect(doc.cues.filter((c) => c.status === 'cancelled').map((c) => c.round! > 0)).toEqual([true]);
    // (not a session called off that the report names as known: "the meeting in Arica was cancelled")
    expect(foreseen('Deputy ministers of Chile and Peru met in Tacna on Friday.\nThe meeting in Arica on April 2 was cancelled.', '2031-04-19').filter((f) => f[0] === 'planned')).toEqual([['planned', '2031-04-02', 0, '']]);
  });
});

describe('step recent-days: the people of an earlier meeting', () => {
  it('drops the people a sentence dated weeks before the session says met then, where it gives the round no day', () => {
    const text = 'Chile and Peru held talks in Lima today.\nChilean President Ana Rell met Peruvian Prime Minister Tito Vask in February while both attended a summit.';
    const people = (steps: string[]) => factsWith(steps, text, { published: '2031-04-10' }).filter((f) => f.kind === 'member').map((f) => f.evidence.text);
    expect(people(['session-dates', 'session-members', 'attendance', 'across-the-table'])).not.toEqual([]);
    expect(people(['session-dates', 'session-members', 'attendance', 'across-the-table', 'recent-days'])).toEqual([]);
  });
});

describe('step recalled-openers: a meeting told as the time of what follows', () => {
  it("makes the facts of a sentence that opens 'During a meeting with NAME in CITY on DATE,' background, where the article reports its own session elsewhere", () => {
    const text = 'The talks between Chile and Peru will open in Lima on Sunday.\nDuring a two-hour meeting with envoy Ana Rell in Arica on April 2, the Peruvian minister said his country would compromise.';
    const facts = (steps: string[]) => factsWith(steps, text, { published: '2031-04-05' }).filter((f) => f.kind === 'held' || f.kind === 'venue').map((f) => [f.value ?? f.evidence.text, f.background ?? 0]);
    expect(facts(['session-dates', 'session-venues'])).toContainEqual(['2031-04-02', 0]);
    expect(facts(['session-dates', 'session-venues', 'recalled-openers'])).toContainEqual(['2031-04-02', 2]);
    expect(facts(['session-dates', 'session-venues', 'recalled-openers']).filter((f) => f[1] === 0).map((f) => f[0])).toEqual(['Lima']);
  });
});

describe('step resumed-series', () => {
  // A passage written for this test.
  it("makes the day the series restarted background in a report of a later, numbered round", () => {
    const text = 'The second round of talks between Chile and Peru opened in Lima on Monday. Direct talks between them had resumed on May 16 after a pause of more than three years.';
    const held = (steps: string[]) => factsWith(steps, text, { published: '2031-06-03' }).filter((f) => f.kind === 'held').map((f) => [f.value, f.background ?? null]);
    expect(held(['session-dates'])).toEqual([['2031-06-02', null], ['2031-05-16', null]]);
    expect(held(['session-dates', 'resumed-series'])).toEqual([['2031-06-02', null], ['2031-05-16', 2]]);
  });

  it('leaves it to a report of an unnumbered session, which may be the restart itself', () => {
    const text = 'Direct talks between Chile and Peru resumed on May 16 after a pause of more than three years.';
    expect(factsWith(['session-dates', 'resumed-series'], text, { published: '2031-05-17' }).filter((f) => f.kind === 'held').map((f) => [f.value, f.background ?? null])).toEqual([['2031-05-16', null]]);
  });
});

describe('step dateline-venue: a round placed in another country', () => {
  // Passages written for this test.
  it("gives no venue from the dateline's city where a sentence on the round places it in another country", () => {
    expect(read(['session-venues', 'dateline-venue'], 'LIMA — Chile and Bolivia will hold their second round of talks in Ecuador tomorrow.')).toEqual([]);
    expect(read(['session-venues', 'dateline-venue'], 'LIMA — Chile and Bolivia will hold their second round of talks in Peru tomorrow.')).toEqual([['facts:venue-dateline', 'LIMA']]);
  });
});

describe('step pluperfect-background', () => {
  // Passages written for this test.
  it('makes the day and place of a sentence in the past perfect background, where the report tells its own session elsewhere', () => {
    const text = 'Chile and Peru will resume peace talks in Quito on Thursday. Both sides had signed a truce in Lima on February 19.';
    const bg = (steps: string[]) => factsWith(steps, text, { published: '2031-03-06' }).filter((f) => f.kind === 'held' || f.kind === 'venue').map((f) => [f.value ?? f.evidence.text, f.background ?? null]);
    expect(bg(['session-dates', 'session-venues'])).toContainEqual(['Lima', null]);
    expect(bg(['session-dates', 'session-venues', 'pluperfect-background'])).toContainEqual(['Lima', 2]);
    expect(bg(['session-dates', 'session-venues', 'pluperfect-background'])).toContainEqual(['2031-02-19', 2]);
  });

  it('not after a verb of speech, which reports the session', () => {
    const text = 'Chile and Peru held talks in Quito on Thursday. Officials said the sides had met in Quito on Thursday.';
    expect(factsWith(['session-dates', 'pluperfect-background'], text, { published: '2031-03-08' }).filter((f) => f.background).length).toBe(0);
  });
});

describe('step foreseen-sessions: a session said to meet again', () => {
  // A passage written for this test.
  it("gives the day of 'would meet again' to a session of its own, in a report of a session held undated", () => {
    const text = 'Negotiations in Lima between Chile and Peru resulted in a truce. The minister confirmed that the delegations would meet again in Quito on October 25.';
    const planned = (steps: string[]) => factsWith(steps, text).filter((f) => f.kind === 'planned').map((f) => [f.value, f.foreseen ?? null]);
    expect(planned(['session-dates'])).toEqual([['XXXX-10-25', null]]);
    expect(planned(['session-dates', 'foreseen-sessions'])).toEqual([['XXXX-10-25', 2]]);
  });
});

describe('step dateline-venue: a longer form of a city the text names', () => {
  it('takes the city as the text names it by the first word of the dateline\'s name', () => {
    const text = 'Delegates sign the accord in Veldhoven on Tuesday.\n\nVELDHOVEN AAN DIJK, The Netherlands — Ghana and Togo signed an accord on Tuesday.';
    const facts = factsWith(['session-venues', 'dateline-venue'], text, { published: '2031-03-06' });
    const venue = facts.find((f) => f.rule === 'facts:venue-dateline')!;
    expect(text.slice(venue.entity!.mention!.start, venue.entity!.mention!.end)).toBe('Veldhoven');
  });
});

describe('step numbered-round-days', () => {
  // Passage written for this test: a report with no publication day, whose only full date is an earlier round's.
  const text = 'Chile and Peru to meet twice this week\n\nThe 12th and 13th rounds of talks are to take place on Wednesday and Thursday in Lima.\n\nThe 11th round was held in Lima on September 22, 2021.\n';
  const days = (steps: string[]) => factsWith(steps, text).filter((f) => f.kind === 'held' || f.kind === 'planned').map((f) => [f.round, f.value]);
  it("leaves the day it states for a numbered round to that round, not to a weekday pair read against that very day", () => {
    expect(days(['session-dates'])).toContainEqual([13, '2021-09-22/2021-09-23']);
    expect(days(['session-dates', 'numbered-round-days'])).toEqual([[11, '2021-09-22']]);
  });
});

describe('step other-city-days', () => {
  // Passage written for this test.
  const text = 'Envoys of Chile and Peru held talks in Lima on March 2. The talks were arranged by the Bolivian president, who held talks with Chilean officials in Geneva last month.';
  const held = (steps: string[]) => read(steps, text).filter(([rule]) => rule === 'facts:date-in-session-sentence').map(([, v]) => v);
  it('drops the days of a later sentence that dates a meeting in another city than the round\'s', () => {
    expect(held(['session-dates', 'session-venues'])).toEqual(['2031-03-02', '2031-02']);
    expect(held(['session-dates', 'session-venues', 'other-city-days'])).toEqual(['2031-03-02']);
  });
  it('not where the sentence numbers its round, nor where it names the round\'s city too', () => {
    const numbered = 'Envoys of Chile and Peru held talks in Lima on March 2. The second round was held in Quito on March 4.';
    expect(read(['session-dates', 'session-venues', 'other-city-days'], numbered).filter(([rule]) => rule === 'facts:date-in-session-sentence').map(([, v]) => v)).toEqual(['2031-03-02', '2031-03-04']);
  });
});

describe('step listed-sessions: a count of the series\' sessions', () => {
  // Passages written for this test (published on Friday, March 21, 2031).
  const counted = (text: string) => factsWith(['session-dates', 'listed-sessions'], text, { published: '2031-03-21' }).filter((f) => f.kind === 'held' && f.background).map((f) => `${f.value}${f.counted ? ' counted' : ''}`);
  it('keeps every day a count dates, each counted, as many as it counts', () => {
    expect(counted('Chile and Peru held a fourth round of talks in Lima on Thursday. Four rounds of talks have followed, on January 9, February 6, March 3 and March 20.').sort()).toEqual(['2031-01-09 counted', '2031-02-06 counted', '2031-03-03 counted', '2031-03-20 counted']);
  });
  it('counts none where the count is part of the series, or counts other than the days', () => {
    expect(counted('Chile and Peru held a fourth round of talks in Lima on Thursday. The last two rounds of talks were held on March 3 and March 20.').every((v) => !v.endsWith('counted'))).toBe(true);
    expect(counted('Chile and Peru held a fourth round of talks in Lima on Thursday. Three rounds of talks were held, on March 3 and March 20.').every((v) => !v.endsWith('counted'))).toBe(true);
  });
});

describe('step preparatory-sessions', () => {
  // A passage written for this test.
  it('makes the facts of a session that prepares a numbered round background, and the round planned', () => {
    const text = 'On 10 June 2031, a preparatory meeting for the 61st round of the Lima discussions took place in Cusco. The 61st round is scheduled to take place on 25-26 June 2031.';
    const dated = (steps: string[]) => factsWith(steps, text, {}).filter((f) => f.kind === 'held' || f.kind === 'planned').map((f) => [f.kind, f.value, f.background ?? null]);
    expect(dated(['session-dates', 'preparatory-sessions'])).toEqual([['planned', '2031-06-10', 1], ['planned', '2031-06-25/2031-06-26', null]]);
    expect(dated(['session-dates'])).toEqual([['planned', '2031-06-10', null], ['planned', '2031-06-25/2031-06-26', null]]);
    expect(analyze(text).cues.filter((c) => c.ordinal === 61).map((c) => [c.status, c.prepared ?? false])).toEqual([['planned', true], ['planned', false]]);
  });
});

describe('step quotes: role nouns and who hears the words', () => {
  // Passages written for this test (field notes H2, H3).
  const speakers = (text: string) => factsWith(['quotes'], text).map((f) => [f.text, f.entity?.mention ? text.slice(f.entity.mention.start, f.entity.mention.end) : null]);
  it('gives a quote a role noun attributes to the person named before with that title', () => {
    const text = 'Chile and Peru held talks in Lima on Monday. Peruvian Trade Minister Ana Ruiz attended with Chilean Foreign Minister Dara Holm. "Details remain," said the Peruvian trade minister. "We are close," the foreign minister told reporters. "Good progress," said the official.';
    expect(speakers(text)).toEqual([['Details remain', 'Ana Ruiz'], ['We are close', 'Dara Holm'], ['Good progress', null]]);
  });
  it('gives no speaker where the name after the verb is who hears the words ("told the Harbor Ledger")', () => {
    const text = 'Chile and Peru held talks in Lima on Monday. "Good progress," a Chilean official told the Harbor Ledger.';
    expect(speakers(text)).toEqual([['Good progress', null]]);
  });
});
