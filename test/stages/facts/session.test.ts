import { describe, expect, it } from 'vitest';
import { factsWith } from '../../helpers.js';

// Passages written for these tests, about invented talks (no article's words). Each step runs alone, or with the
// steps it is shown against, so that a test sees that one step's job.
const P = '2031-03-06';
const rules = (steps: string[], text: string, published = P) => factsWith(steps, text, { published }).map((f) => `${f.rule} ${f.value ?? f.evidence.text}`);

describe('step session-dates', () => {
  const text = 'Chile and Bolivia opened their third round of talks in Lima on Tuesday. The round is scheduled to end on March 9.';
  it('dates the round its sentences name: held days, and planned ones after a word of planning', () => {
    expect(rules(['session-dates'], text)).toEqual(['facts:date-in-session-sentence 2031-03-04', 'facts:date-in-session-sentence 2031-03-09']);
    expect(factsWith(['session-dates'], text, { published: P }).map((f) => f.kind)).toEqual(['held', 'planned']);
  });
  it('reads no venue, party or member', () => {
    expect(factsWith(['session-dates'], text, { published: P }).every((f) => f.kind === 'held' || f.kind === 'planned')).toBe(true);
  });
});

describe('step session-dates: days that are not the round\'s', () => {
  const kinds = (text: string) => factsWith(['session-dates'], text, { published: P }).map((f) => `${f.kind} ${f.value}`);
  it('plans a month that begins after the report, takes no statement day for a session day, and no round of something else', () => {
    // (published on a Thursday, March 6)
    expect(kinds('Ambassador Lio Marsh said the sides had agreed to continue the third round in May in Lima.')).toEqual(['planned 2031-05']);
    expect(kinds('The third round of talks between Chile and Bolivia ended without a deal, the ministry said in a statement yesterday.')).toEqual([]);
    expect(kinds('Bolivia completed the fourth round of filling of the reservoir earlier this month.')).toEqual([]);
  });
  it('takes a day right before a verb of speech, where a later date dates the session, for the saying\'s', () => {
    // (published on a Thursday, March 6: "on Wednesday" is the 5th, "this week" W10)
    expect(kinds('A Peruvian spokesman on Wednesday made remarks on the Chile-Bolivia talks in Lima this week.')).toEqual(['held 2031-W10']);
  });
});

describe('step session-parties: a body that opens an official\'s title', () => {
  // Passages written for this test.
  it('names the official, not the body as a side', () => {
    const sides = (text: string) => factsWith(['session-parties'], text, { published: P }).filter((f) => f.kind === 'party').map((f) => (f.entity?.mention ? text.slice(f.entity.mention.start, f.entity.mention.end) : f.entity?.country));
    expect(sides('The informal meeting in Geneva ended on Tuesday with bilateral meetings between the UN Secretary-General and each delegation.')).toEqual([]);
    expect(sides('Talks between the European Union and Chile opened in Geneva on Tuesday.')).toEqual(['Chile', 'European Union']);
  });
});

describe('step session-parties: the side met with', () => {
  // Passages written for this test.
  const sides = (text: string) => factsWith(['session-parties'], text, { published: P }).filter((f) => f.kind === 'party').map((f) => `${f.rule} ${f.evidence.text}`);
  it('seats the side named after the partner word of the session, and the subject with it', () => {
    expect(sides('Envoys of Chile and Bolivia met in Lima on Tuesday with Peru to discuss the water dispute.')).toEqual(
      expect.arrayContaining(['facts:party-met-with Chile', 'facts:party-met-with Bolivia', 'facts:party-met-with Peru']),
    );
    expect(sides('Chile held talks with Peru in Arica on Tuesday.')).toEqual(['facts:party-met-with Chile', 'facts:party-met-with Peru']);
  });
  it('not an official whose title the body or country opens, nor a mediator, nor a person\'s meeting', () => {
    expect(sides('Chile held talks in Lima on Tuesday with the UN Secretary-General.')).toEqual([]);
    expect(sides('Chile met in Lima on Tuesday with Norway, the mediator of the talks.')).toEqual([]);
    expect(sides('Foreign Minister Ana Ruiz met in Lima on Tuesday with Peru.')).toEqual([]);
  });
});

describe('step session-venues: a city in the possessive', () => {
  // Passages written for this test.
  const venues = (text: string) => factsWith(['session-venues'], text, { published: P }).filter((f) => f.kind === 'venue').map((f) => f.evidence.text);
  it('takes no city before a noun of calling the session for a venue ("at Lima\'s initiative" names the government)', () => {
    expect(venues('The next round of talks was called off at Lima\'s initiative, the ministry said.')).toEqual([]);
    expect(venues('The last round of talks was held in Quito at Lima\'s request.')).toEqual(['Quito']);
  });
});

describe('step session-parties: a war named beside the sides', () => {
  // Passages written for this test.
  const sides = (text: string) => [...new Set(factsWith(['session-parties'], text, { published: P }).filter((f) => f.kind === 'party').map((f) => f.evidence.text))];
  it('takes no country of a war for a side: not after "since", not two joined before a war noun, not the country a war is in', () => {
    expect(sides('Chile and Peru opened talks in Lima on Tuesday, the first between the two countries since Bolivia\'s invasion of Paraguay.')).not.toContain('Paraguay');
    expect(sides('Since the outbreak of the Bolivia-Paraguay conflict, Chilean and Peruvian officials met in Lima on Tuesday.').sort()).toEqual(['Chilean', 'Peruvian']);
    expect(sides('Chile and Peru agreed to work on ending the war in Paraguay during talks in Lima on Tuesday.').sort()).toEqual(['Chile', 'Peru']);
  });
  it('takes no country named alone before a war noun ("the Bolivia dispute"), but a list that runs into one is of sides', () => {
    expect(sides('The two parties to the Bolivia dispute, Chile and Peru, met in Lima on Tuesday.').sort()).toEqual(['Chile', 'Peru']);
    expect(sides('Chile and Peru conflict resolution teams met in Lima on Tuesday.').sort()).toEqual(['Chile', 'Peru']);
  });
});

describe('step session-dates: a term', () => {
  // Passage written for this test.
  it('takes no day a deadline noun follows for a day of the session', () => {
    const kinds = (text: string) => factsWith(['session-dates'], text, { published: P }).map((f) => `${f.kind} ${f.value}`);
    expect(kinds('Chile and Bolivia resumed their talks in Lima on Tuesday, after missing the March 1 deadline.')).toEqual(['held 2031-03-04']);
  });
});

describe('step session-dates: the day of a paper, and of its disclosure', () => {
  // Passages written for this test (published on a Thursday, March 6).
  const kinds = (text: string) => factsWith(['session-dates'], text, { published: P }).map((f) => `${f.kind} ${f.value}`);
  it('takes no day a paper bears for a day of the session ("a communique dated March 2")', () => {
    expect(kinds('In a communique dated March 2, the mediators said the talks between Chile and Bolivia had resumed in Lima on Tuesday.')).toEqual(['held 2031-03-04']);
    expect(kinds('Chile and Bolivia resumed their talks in Lima on March 2.')).toEqual(['held 2031-03-02']);
  });
  it('takes the day a paper was leaked to an outlet for the day of the report, not of the session', () => {
    expect(kinds('The mediator confirmed the resumption of the talks between Chile and Bolivia in a letter leaked to Radio Altiplano Wednesday.')).toEqual([]);
    expect(kinds('The mediator confirmed the resumption of the talks between Chile and Bolivia in a letter to the sides on Wednesday.')).toEqual(['held 2031-03-05']);
  });
});

describe('step session-dates: a quote that runs over two sentences', () => {
  // Passage written for this test (published on a Thursday, March 6).
  it('takes the day of the saying after it for no day of the session its sentences tell of inside it', () => {
    const kinds = (text: string) => factsWith(['session-dates'], text, { published: P }).map((f) => `${f.kind} ${f.value}`);
    expect(kinds('“Chile and Bolivia held their third round of talks in Lima. The talks were frank and useful,” the Bolivian envoy said in a long post on social media on Tuesday.')).toEqual([]);
  });
});

describe('step session-dates: a day inside a quote', () => {
  it('takes no day a speaker says inside a direct quote for a day of the session named outside it', () => {
    const kinds = (text: string) => factsWith(['session-dates'], text, { published: P }).map((f) => `${f.kind} ${f.value}`);
    expect(kinds('The envoy said the talks in Lima on Tuesday had brought a deal “far closer than it was two days ago,” and praised both sides.')).toEqual(['held 2031-03-04']);
  });
});

describe('steps session-venues and session-parties: a session to come, in a report of one held', () => {
  const kinds = (text: string) => factsWith(['session-venues', 'session-parties'], text, { published: P }).map((f) => `${f.kind} ${f.evidence.text}`);
  it('takes no city or side of talks said to resume next week or to meet again', () => {
    expect(kinds('Chile and Bolivia ended two days of talks in Lima on Tuesday. The talks are expected to resume in Quito next week.')).toEqual(['venue Lima', 'party Chile', 'party Bolivia']);
    expect(kinds('Chile and Bolivia ended two days of talks in Lima on Tuesday. Officials from Peru and Brazil will meet again in Quito soon.')).toEqual(['venue Lima', 'party Chile', 'party Bolivia']);
  });
  it('keeps them in a preview, which reports no session held', () => {
    expect(kinds('The talks are expected to resume in Quito next week.')).toEqual(['venue Quito']);
  });
});

describe('step session-dates: a lead on talks that are over', () => {
  it('dates talks a lead tells of after a word of sequence on the day the report appeared, whatever week it looks ahead to', () => {
    const dated = factsWith(['session-dates'], 'Mediators are pushing for a deal next week after two days of talks in Lima saw them table a proposal.', { published: P }).filter((f) => f.kind === 'held');
    expect(dated.map((f) => [f.rule, f.value, f.upTo])).toEqual([['facts:lead-at-publication', P, true]]);
  });
  it('dates nothing by a session word a lead only quotes', () => {
    const held = (text: string) => factsWith(['session-dates'], text, { published: P }).filter((f) => f.kind === 'held').map((f) => f.rule);
    expect(held('"We were able to build a quiet dialogue between Chile and Bolivia," the Peruvian minister said in an interview.')).toEqual([]);
    expect(held('We were able to build a quiet dialogue between Chile and Bolivia, the Peruvian minister said in an interview.')).toEqual(['facts:lead-at-publication']);
  });
});

describe('step session-dates: a day after the report, in a sentence that does not say the session met', () => {
  it('plans the session for it', () => {
    const dated = factsWith(['session-dates'], 'Ghana hopes to settle the border issue before its delegation returns on Sunday for a high-level summit.', { published: P });
    expect(dated.map((f) => `${f.kind} ${f.value}`)).toEqual(['planned 2031-03-09']);
  });
});

describe('step session-dates: the day a number gives', () => {
  it('dates "the third day of talks", undated, from two days before the report to its day, inferred', () => {
    const f = factsWith(['session-dates'], 'Envoys from Ghana and Togo joined the third day of border talks in Accra.', { published: P }).find((x) => x.rule === 'facts:day-of-session-at-publication');
    expect([f?.value, !!f?.inferred]).toEqual(['2031-03-04/2031-03-06', true]);
  });
  it('reads a later day and words between, against the day the head of the report gives', () => {
    const text = 'Talks end with a handshake\n\nWire Service , Friday 7 Mar 2031\n\nThe two foreign ministers shook hands on the seventh day of the Swiss-hosted border talks in Geneva.';
    const f = factsWith(['session-dates'], text).find((x) => x.rule === 'facts:day-of-session-at-publication');
    expect(f?.value).toBe('2031-03-01/2031-03-07');
  });
});

describe('step session-parties: the lead of a report of a meeting', () => {
  it('takes the sides of "officials from A and B have met" in the lead, where no session word stands', () => {
    const parties = (text: string) => factsWith(['session-parties'], text, { published: P }).filter((f) => f.kind === 'party').map((f) => f.evidence.text).filter((t, i, all) => all.indexOf(t) === i);
    expect(parties('Senior officials from Ghana and Togo have met in a bid to repair relations, a newspaper reported on Sunday. The first round of talks covered trade and another round is due next week.')).toEqual(['Ghana', 'Togo']);
  });
  it('takes the sides a lead lists after "involving", whatever it says of the talks', () => {
    const parties = (text: string) => factsWith(['session-parties'], text, { published: P }).filter((f) => f.kind === 'party').map((f) => f.evidence.text).filter((t, i, all) => all.indexOf(t) === i);
    expect(parties('Days of talks involving both Ghana and Togo in Accra could not bring concrete progress.\nThe fifth round of talks ended on Friday.')).toEqual(['Ghana', 'Togo']);
  });
});

describe('step session-dates: a day that opens a sentence of speech', () => {
  it('takes a day before the verb of speech, with the session in the reported clause, for the day of the saying', () => {
    expect(factsWith(['session-dates'], 'Last week, Chilean envoy Ana Soto said these talks may be the last chance for a deal.', { published: P }).filter((f) => f.kind === 'held')).toEqual([]);
  });
});

describe('step session-members: a subject that comments on the session', () => {
  it('seats no one who expresses a view of the talks', () => {
    expect(factsWith(['session-members'], 'Chilean President Ana Soto expressed optimism about the talks in Lima.', { published: P }).filter((f) => f.kind === 'member')).toEqual([]);
  });
  it('seats no one who only proposes the talks', () => {
    expect(factsWith(['session-members'], 'Chilean President Ana Soto on Sunday proposed holding direct talks with Peru in Lima on May 15.', { published: P }).filter((f) => f.kind === 'member')).toEqual([]);
  });
});

describe('step session-dates: the day of a statement after the session\'s own', () => {
  it('takes no day a statement was made on, where the sentence gives the session\'s day before it', () => {
    const kinds = (text: string) => factsWith(['session-dates'], text, { published: P }).map((f) => `${f.kind} ${f.value}`);
    expect(kinds('Chile and Peru will hold the 12th round of talks in Lima on 12 March 2031, the ministry said on Thursday, as both sides seek a deal.')).toEqual(['planned 2031-03-12']);
  });
});

describe('step session-dates: the day of a statement that announces a session', () => {
  it('takes no day a statement announcing a round was made on for a day of that round', () => {
    const text = 'Chile and Peru will hold the 12th round of talks in Lima, the ministry said on Thursday, as both sides seek to mend ties.';
    expect(factsWith(['session-dates'], text, { published: P }).filter((f) => f.kind === 'held')).toEqual([]);
  });
});

describe('step session-dates: "after" and a gerund', () => {
  it('keeps the day of what the subject did after ("after holding talks on Wednesday"), not of what came before', () => {
    const held = (text: string) => factsWith(['session-dates'], text, { published: '2031-03-06' }).map((f) => f.value);
    expect(held('The ministers made no breakthrough after holding on Wednesday talks in Lima.')).toEqual(['2031-03-05']);
    expect(held('The ministers held talks in Lima following the summit on Monday.')).toEqual([]);
  });
});

describe('step session-dates: a session under way', () => {
  it('dates a session going on as the report appeared, not an agreement to "continue" it', () => {
    const held = (text: string) => factsWith(['session-dates'], text, { published: '2031-03-06' }).map((f) => [f.rule, f.value]);
    expect(held('The talks between Chile and Bolivia continue in Lima.')).toEqual([['facts:under-way-at-publication', '2031-03-06']]);
    expect(held('Chile and Bolivia met in Lima on Monday. At the meeting, they agreed to “continue the work” on a treaty.')).toEqual([['facts:date-in-session-sentence', '2031-03-03']]);
  });
});

describe('step session-venues', () => {
  it('places the session in the city its sentence gives, not the city of an earlier session it counts from', () => {
    const out = factsWith(['session-venues'], 'The second round of talks opened in Lima on Monday, the first since their summit in Quito.', { published: P });
    expect(out.map((f) => [f.rule, f.evidence.text])).toEqual([['facts:venue-in-session-sentence', 'Lima']]);
  });
  it('places it in a village a noun introduces ("at the border village of X")', () => {
    const out = factsWith(['session-venues'], 'The two leaders held a meeting at the border village of Tarqaba on Sunday.', { published: P });
    expect(out.map((f) => [f.rule, f.evidence.text])).toEqual([['facts:venue-in-session-sentence', 'Tarqaba']]);
  });
});

describe('step session-venues: a country\'s capital, and where a source is', () => {
  it('places the session in the capital of a country named in the possessive ("in Peru\'s capital"), not where the source that tells of it is', () => {
    const out = factsWith(['session-venues'], "A Chilean and a Bolivian official met in Peru's capital on Saturday, a diplomatic source in Quito said.", { published: P });
    expect(out.map((f) => [f.rule, f.entity?.place ?? f.evidence.text])).toEqual([['facts:venue-capital-of-demonym', 'Lima']]);
  });
  // Passage written for this test (places.json demonyms).
  it('knows the demonyms the gazetteer does not give ("the Kazakh capital" is Astana)', () => {
    const out = factsWith(['session-venues'], 'The sixth round of talks between Chile and Peru opened in the Kazakh capital on Tuesday.', { published: P });
    expect(out.map((f) => f.entity?.place ?? f.evidence.text)).toEqual(['Astana']);
  });
  // Passage written for this test (field notes C2).
  it('takes the city a text names after "capital of" ("the Bolivian capital of La Paz"), not the capital it knows', () => {
    const out = factsWith(['session-venues'], 'Chile and Peru ended a third round of talks on Monday in the Bolivian capital of La Paz.', { published: P });
    expect(out.map((f) => f.entity?.place ?? f.evidence.text)).toEqual(['La Paz']);
  });
});

describe('step session-venues: a posting', () => {
  it('takes the city where a person is posted ("its ambassador in Lima") for no venue', () => {
    const venues = (text: string) => factsWith(['session-venues'], text, { published: '2031-01-10' }).map((f) => f.evidence.text);
    expect(venues("The talks opened on Monday, said Chile's ambassador in Lima.")).toEqual([]);
    expect(venues('The second round of talks ended on Friday, the Bolivian ambassador in Quito said.')).toEqual([]);
    expect(venues('The talks opened in Lima on Monday.')).toEqual(['Lima']);
  });
});

describe('step session-parties', () => {
  it('reads the sides "between" names in a sentence on the round', () => {
    const out = factsWith(['session-parties'], 'The third round of talks between Chile and Bolivia opened in Lima on Tuesday.', { published: P });
    expect(out.map((f) => [f.rule, f.kind, f.round, f.evidence.text])).toEqual([
      ['facts:party-between-or-from', 'party', 3, 'Chile'],
      ['facts:party-between-or-from', 'party', 3, 'Bolivia'],
    ]);
  });
});

describe('step session-parties: the place the sides meet in', () => {
  it('ends the list of sides after "between" before the place they meet in', () => {
    const out = factsWith(['session-parties'], 'The third round of talks between Chile and Bolivia in Havana, Cuba ended on Friday.', { published: '2031-03-08' });
    expect(out.map((f) => f.evidence.text)).toEqual(['Chile', 'Bolivia']);
  });
});

describe('step session-members', () => {
  it('seats the people who are the subject of the session, each for the country of their title', () => {
    const out = factsWith(['session-members'], 'Chilean Foreign Minister Ana Ruiz and Bolivian Foreign Minister Pablo Mena held the third round of talks in Lima on Tuesday.', { published: P });
    expect(out.map((f) => [f.rule, f.evidence.text.split(' ').slice(-2).join(' '), f.party, f.role])).toEqual([
      ['facts:member-subject-of-session', 'Ana Ruiz', { country: 'Chile' }, 'Foreign Minister'],
      ['facts:member-subject-of-session', 'Pablo Mena', { country: 'Bolivia' }, 'Foreign Minister'],
    ]);
    // The sides themselves are another step's job.
    expect(out.some((f) => f.kind === 'party')).toBe(false);
  });
});

describe('step session-members: the country after a name, and a title a modifier makes', () => {
  // A passage written for this test.
  it('seats each for the country after their name, with the title before it ("Deputy Speaker" whole)', () => {
    const text = 'Ambassador Pablo Mena of Peru and Deputy Speaker Ana Ruiz of Chile held their fourth meeting in Lima on Tuesday.';
    const out = factsWith(['session-members'], text, { published: P });
    const side = (f: (typeof out)[number]) => (f.party?.mention ? text.slice(f.party.mention.start, f.party.mention.end) : f.party?.country);
    expect(out.map((f) => [f.evidence.text.split(' ').slice(-2).join(' '), side(f), f.role])).toEqual([
      ['Pablo Mena', 'Peru', 'Ambassador'],
      ['Ana Ruiz', 'Chile', 'Deputy Speaker'],
    ]);
  });
});

describe('step session-members: a body\'s envoy for a country', () => {
  it('seats one whose title names a body and a country it serves for ("U.N. Special Envoy for Peru NAME") with the body, not the country', () => {
    const text = 'Chile and Peru resumed talks in Geneva on Monday. U.N. Special Envoy for Peru Ana Ruiz joined the talks on Tuesday.';
    const f = factsWith(['session-members'], text, { published: '2031-03-04' }).filter((x) => x.kind === 'member');
    expect(f.map((x) => [text.slice(x.entity!.mention!.start, x.entity!.mention!.end), x.party?.mention ? text.slice(x.party.mention.start, x.party.mention.end) : x.party?.country, x.role])).toEqual([['Ana Ruiz', 'U.N.', 'Special Envoy for Peru']]);
  });
});

describe('step session-members: two people "between"', () => {
  it('seats two people with no title or country of their own across the table from each other', () => {
    const text = 'Talks between Ana Ruiz and Pablo Mena opened in Quito on May 5.';
    const out = factsWith(['session-members'], text, { published: '2031-05-05' });
    const name = (c: { mention?: { start: number; end: number } } | undefined) => (c?.mention ? text.slice(c.mention.start, c.mention.end) : null);
    expect(out.map((f) => [f.rule, name(f.entity), name(f.opposite), f.party ?? null])).toEqual([
      ['facts:member-between', 'Ana Ruiz', 'Pablo Mena', null],
      ['facts:member-between', 'Pablo Mena', 'Ana Ruiz', null],
    ]);
  });
});

describe('step session-members: a meeting "between" only planned, in a report of the round met', () => {
  // Passage written for this test.
  it('seats no one of another meeting that is being prepared', () => {
    const text = 'Chilean and Peruvian diplomats met in Quito on Monday for talks on their consulates.\n\nMeanwhile, preparations are underway for a meeting between Chilean President Ana Ruiz and her Peruvian counterpart Pablo Mena.';
    const out = factsWith(['session-members'], text, { published: '2031-05-05' }).filter((f) => f.kind === 'member');
    expect(out.map((f) => text.slice(f.entity!.mention!.start, f.entity!.mention!.end))).toEqual([]);
    // (the same meeting told as met seats both)
    const met = text.replace('preparations are underway for a meeting', 'a meeting was held');
    expect(factsWith(['session-members'], met, { published: '2031-05-05' }).filter((f) => f.kind === 'member').map((f) => met.slice(f.entity!.mention!.start, f.entity!.mention!.end))).toEqual(['Ana Ruiz', 'Pablo Mena']);
  });
});

describe('step session-members: the subject ends at its verb', () => {
  // Passage written for this test.
  it('seats no one named after the verb of the subject', () => {
    const out = factsWith(['session-members'], 'The Chilean and Bolivian delegations thanked Minister Sofia Lund for hosting the meeting in Lima on Tuesday.', { published: P });
    expect(out).toEqual([]);
  });
});

describe('step session-dates: a session that has run since a day', () => {
  // Passage written for this test.
  it('gives every day from that one to the day the sentence closes it, inferred', () => {
    const out = factsWith(['session-dates'], 'Norway closed on Tuesday the third round of talks, which has been held in Oslo since March 2.', { published: '2031-03-19' });
    expect(out.map((f) => [f.rule, f.value, !!f.inferred])).toEqual([
      ['facts:date-in-session-sentence', '2031-03-18', false],
      ['facts:running-since', '2031-03-02/2031-03-18', true],
    ]);
  });
  it('not a count or a state that starts from a day', () => {
    const out = factsWith(['session-dates'], 'The third round, the first since the truce began on March 2, opened in Oslo on Tuesday.', { published: '2031-03-19' });
    expect(out.map((f) => f.value)).toEqual(['2031-03-18']);
  });
});

describe('step session-members: one who opens the talks between others', () => {
  // Passage written for this test.
  it('makes one whose country is none of the sides the host, not a member', () => {
    const text = 'Peruvian Vice President Rosa Vidal opened the third round of talks between Chile and Bolivia in Lima on Monday.';
    const out = factsWith(['session-parties', 'session-members'], text, { published: P });
    expect(out.filter((f) => f.kind !== 'party').map((f) => [f.rule, f.kind, f.evidence.text])).toEqual([
      ['facts:mediator-opens-session', 'mediator', 'Rosa Vidal'],
      ['facts:mediator-opens-session', 'mediator', 'Peruvian'],
    ]);
    // One of the sides' own officials is a member.
    const own = factsWith(['session-parties', 'session-members'], 'Chilean Vice President Rosa Vidal opened the third round of talks between Chile and Bolivia in Lima on Monday.', { published: P });
    expect(own.filter((f) => f.kind !== 'party').map((f) => [f.rule, f.kind])).toEqual([['facts:member-subject-of-session', 'member']]);
  });
});

describe('step session-dates: sessions to come', () => {
  // Passages written for this test.
  it('gives a session called off its days as planned ones, not held', () => {
    const out = factsWith(['session-dates'], 'The sixth round of talks, scheduled to be held in Lima on Sunday, will not now take place.', { published: '2031-06-14' });
    expect(out.map((f) => [f.kind, f.value])).toEqual([['planned', '2031-06-15']]);
  });
  it('takes no held day from a sentence naming no round, where the article numbers its round only as one to come', () => {
    const text = 'The fifth round of talks will take place in Lima on Friday. Chile and Bolivia resumed talks last month.';
    const out = factsWith(['session-dates'], text, { published: '2031-05-21' });
    expect(out.map((f) => [f.kind, f.value])).toEqual([['planned', '2031-05-23']]);
  });
});

describe('step session-dates: days that are not the session', () => {
  // Passages written for this test.
  it('takes no day from a dateline, nor the day a memorandum the sentence recalls was signed', () => {
    const text = 'LIMA CITY (Norpress - 07th March, 2031) Chile and Bolivia held the second round of talks, set up under the Memorandum of Understanding signed on February 13, 2031, in Lima from March 3 to 6, 2031.';
    const out = factsWith(['session-dates'], text, { published: '2031-03-07' });
    expect(out.filter((f) => !f.background).map((f) => [f.kind, f.value])).toEqual([['held', '2031-03-03/2031-03-06']]);
  });
});

describe('step session-parties: a government and a body named as a platform', () => {
  // Passage written for this test.
  it("takes a government named by its country's long name for the country, and a 'Platform' for a body", () => {
    const text = 'Talks between the Government of the Plurinational State of Bolivia and the Unitary Platform opened in Lima on Monday.';
    const out = factsWith(['session-parties'], text, { published: '2031-03-06' });
    expect(out.map((f) => f.entity?.country ?? (f.entity?.mention ? text.slice(f.entity.mention.start, f.entity.mention.end) : null))).toEqual(['Bolivia', 'Bolivia', 'Unitary Platform']);
  });
});

describe('step session-dates: the day of a statement, and a month', () => {
  // Passages written for these tests.
  const held = (text: string, published = '2031-03-06') => factsWith(['session-dates'], text, { published }).map((f) => [f.kind, f.value]);
  it('takes no held day from the attribution that closes a sentence on a session that is over', () => {
    expect(held('Chile and Bolivia have agreed to reopen the border following talks in Lima, a joint communique said Wednesday.')).toEqual([]);
  });
  it('keeps that day where the session is told in the present, or still going on', () => {
    expect(held('The border talks are stuck on the water question, the Chilean negotiator said on Wednesday.')).toEqual([['held', '2031-03-05']]);
    expect(held('The talks that are ongoing in Lima have made progress, the Chilean negotiator said Wednesday.')).toEqual([['held', '2031-03-05']]);
  });
  it('dates a session that met "earlier this month" by the month, weeks before the report', () => {
    expect(held('The Chilean and Bolivian delegations met earlier this month in Lima, officials said.', '2031-03-26')).toEqual([['held', '2031-03']]);
  });
});

describe('step session-dates: days of the statement and days to come', () => {
  // Passages written for these tests.
  const dates = (text: string, published = '2031-03-06') => factsWith(['session-dates'], text, { published }).map((f) => [f.kind, f.value]);
  it('takes a day after the report for a plan, not a held day', () => {
    const out = dates('The two leaders agreed to convene a meeting of their army commanders tomorrow morning.');
    expect(out).toContainEqual(['planned', '2031-03-07']);
    expect(out).not.toContainEqual(['held', '2031-03-07']);
  });
  it('takes the day restated right after "today" for the session\'s', () => {
    expect(dates('Ghana and Togo made progress at the border committee meeting, held today, March 5, in Lome.')).toEqual([['held', '2031-03-05']]);
  });
  it('takes no day from the statement that gives the session its day', () => {
    expect(dates('Norway announced it on Tuesday: Ghana and Togo will resume the talks in Lome on March 9.')).toEqual([['planned', '2031-03-09']]);
  });
});

describe('step session-dates and dateline venue: a wire dateline with the agency in brackets', () => {
  // Passage written for this test.
  it('places the session in the dateline\'s city and keeps the dateline\'s day where nothing else dates the report', () => {
    const text = 'Lome, Aug 7 (APN) Ghana and Togo signed an agreement at the border committee meeting held on Thursday.';
    const out = factsWith(['session-dates', 'dateline-venue'], text);
    // (and the weekday it was held on, in an unknown week: the round's other reports may give its day)
    expect(out.map((f) => [f.kind, f.value ?? f.evidence.text])).toEqual([['held', 'XXXX-08-07'], ['held', 'XXXX-WXX-4'], ['venue', 'Lome']]);
  });
});

describe('step session-parties: where a list of sides ends', () => {
  const sides = (text: string) => factsWith(['session-parties'], text, { published: P }).filter((f) => f.kind === 'party').map((f) => f.evidence.text).filter((t, i, all) => all.indexOf(t) === i);
  it('ends "between A and B" at a place after it, and names no side where its first item names no one', () => {
    expect(sides('The talks between Bolivia and Paraguay in a Chilean resort went into a third day on Wednesday.')).toEqual(['Bolivia', 'Paraguay']);
    expect(sides('The talks were meant to close the gaps between both sides, a joint statement from Chile, Peru and Ecuador said on Friday.')).toEqual([]);
  });
});

describe('step session-dates: days of other events than the session', () => {
  const kinds = (text: string) => factsWith(['session-dates'], text, { published: P }).map((f) => `${f.kind} ${f.value}`);
  it('takes no day of the clause a count starts from, however long ("the first talks since NAME imposed … last month")', () => {
    // (published on a Thursday, March 6)
    expect(kinds('Chile and Bolivia held their first direct talks since President Lio Marsh imposed sweeping 145% duties on Bolivian grain last month.')).toEqual([]);
    expect(kinds('Chile and Bolivia held talks in Lima on Monday.')).toEqual(['held 2031-03-03']);
  });
  it('takes no week right before a verb of speech ("officials earlier this week said they had reached a deal")', () => {
    expect(kinds('Chilean and Bolivian officials earlier this week said they had reached a deal at talks in Lima.')).toEqual([]);
    expect(kinds('Chilean and Bolivian officials held talks in Lima this week.')).toEqual(['held 2031-W10']);
  });
  it('takes no day of a proposal for a session ("NAME on Sunday proposed holding talks in Lima on May 15")', () => {
    expect(kinds('President Lio Marsh on Sunday proposed holding direct talks with Bolivia in Lima on March 15.')).toEqual(['planned 2031-03-15']);
  });
  it('takes no day of a saying whose words alone name the session ("told reporters Tuesday, \\"we met them\\"")', () => {
    expect(kinds('President Lio Marsh told reporters Tuesday, "They wanted a meeting and we met them."')).toEqual([]);
    expect(kinds('President Lio Marsh met the Bolivian envoys on Tuesday and said, "It was a good meeting."')).toEqual(['held 2031-03-04']);
  });
});

describe('steps session-dates and session-venues: a sentence on two rounds', () => {
  // Passages written for this test.
  it("gives a place and a day in the phrase of an earlier round's cue to that round", () => {
    const text = 'The second round of talks between Chile and Peru opened in Lima on Monday. This round follows the first meeting held in Quito last week.';
    const facts = factsWith(['session-dates', 'session-venues'], text, { published: '2031-06-03' }).map((f) => `${f.round} ${f.kind} ${f.value ?? f.evidence.text}`);
    expect(facts).toEqual(expect.arrayContaining(['2 venue Lima', '2 held 2031-06-02', '1 venue Quito', '1 held 2031-W22']));
    expect(facts).not.toContain('2 venue Quito');
  });

  it('takes no city that names a session after a word of sequence for the venue', () => {
    expect(rules(['session-venues'], 'Chile and Peru will meet again in Ecuador, following the Quito talks.')).toEqual([]);
    expect(rules(['session-venues'], 'Chile and Peru said the Quito talks were useful.')).toEqual(['facts:venue-modifier Quito']);
  });
});

describe('step session-dates: a dateline day without its year', () => {
  // A passage written for this test.
  it('makes a day in the half-year after it planned, not held', () => {
    const text = 'LIMA, OCT 31: Chile and Peru held talks between October 25 and 30. Both hope the November 6 meeting would settle the rules.';
    expect(factsWith(['session-dates'], text).filter((f) => f.kind === 'held' || f.kind === 'planned').map((f) => `${f.kind} ${f.value}`)).toEqual(['held XXXX-10-25/XXXX-10-30', 'planned XXXX-11-06']);
  });
});

describe('step session-dates and session-venues: a journey, a plan agreed, a sentence that goes on', () => {
  // (the days and cities the sentences give, not the report's day a lead stands for)
  const facts = (steps: string[], text: string) =>
    factsWith(steps, text, { published: P })
      .filter((f) => f.rule !== 'facts:lead-at-publication')
      .map((f) => `${f.round} ${f.kind} ${f.value ?? f.evidence.text}`);
  it('takes neither the city nor the day of a journey before the session for the session\'s', () => {
    // (published on a Thursday, March 6)
    expect(facts(['session-dates', 'session-venues'], 'Envoy Lio Marsh chaired the third round of talks after arriving in Quito on Monday evening.')).toEqual([]);
  });
  it('plans the round an agreement sets a day for, in the days after the report', () => {
    expect(facts(['session-dates'], 'Chile and Bolivia ended the third round of talks. Agreement was reached on holding the fourth round on 20 March.')).toEqual(['4 planned 2031-03-20']);
  });
  it('dates the numbered round of the sentence before from one that goes on "The talks …", in an article of several rounds', () => {
    const text = 'Chile and Bolivia concluded the third round of talks. The talks ended on Wednesday in Lima. The fourth round is set for April.';
    expect(facts(['session-dates'], text)).toEqual(['3 held 2031-03-05', '4 planned 2031-04']);
  });
});

describe('step session-venues: a headline\'s city after "in border town of"', () => {
  it('places the round in a city a headline names without its article', () => {
    const text = 'Third round of talks to open on Monday in border town of Tarqaba';
    expect(factsWith(['session-venues'], text, { published: P }).map((f) => `${f.kind} ${f.evidence.text}`)).toEqual(['venue Tarqaba']);
  });
});

describe('steps session-dates and session-venues: the event a session came after', () => {
  const kinds = (text: string) => factsWith(['session-dates', 'session-venues'], text, { published: P }).map((f) => `${f.kind} ${f.value ?? f.evidence.text}`);
  it('takes no day or city of the meeting a round "was held following"', () => {
    // (published on a Thursday, March 6)
    const text = 'Chile and Peru held the fifth round of talks in Quito on Tuesday. The round was held following the talks of the foreign ministers on Sunday in Lima and the tenth meeting of the border commission held on February 25.';
    expect(kinds(text)).toEqual(['held 2031-03-04', 'venue Quito']);
  });
  it('reads delegates who deliberated as a session', () => {
    expect(kinds('On Tuesday, the two delegations deliberated for six hours at Tacna.')).toEqual(['held 2031-03-04', 'venue Tacna']);
  });
});

describe('step session-parties: two sides joined by a hyphen before the session noun', () => {
  const parties = (text: string) => factsWith(['session-parties'], text, { published: P }).filter((f) => f.kind === 'party').map((f) => f.evidence.text).filter((t, i, all) => all.indexOf(t) === i);
  it('reads "the Chile-Peru talks" and "the 9th round Chile–Peru Border Commission Meeting" as meetings of both', () => {
    expect(parties('The Chile-Peru talks were held in Quito on Tuesday.')).toEqual(['Chile', 'Peru']);
    expect(parties('The 9th round Chile–Peru Border Commission Meeting was held at Tacna on Tuesday.')).toEqual(['Chile', 'Peru']);
  });
  it('reads no side from a hyphened sponsor ("the EU-mediated talks")', () => {
    expect(parties('The EU-mediated talks were held in Quito on Tuesday.')).toEqual([]);
  });
});

describe('step session-dates: a session\'s length before its day, in an article of two rounds', () => {
  it('dates the round its sections give a plain session word, from "After 12 hours of talks held on Sunday, 17 July"', () => {
    const text = 'The 16th round of Chile-Peru talks was held at Tacna.\n\nAfter nearly 12 hours of talks held on Sunday, 17 July, the two sides agreed to meet again.\n\nThe two sides held the 15th round of talks on March 11.';
    expect(factsWith(['session-dates'], text, { published: '2022-07-19' }).filter((f) => f.rule === 'facts:date-in-session-sentence').map((f) => `${f.round} ${f.kind} ${f.value}`)).toEqual(['16 held 2022-07-17', '15 held 2022-03-11']);
  });
});

describe('step session-dates: the day of a statement on what the session was to be', () => {
  it('takes no day a statement was made on, where its clause says what was to come ("said Friday they were to be chaired by")', () => {
    const kinds = (text: string) => factsWith(['session-dates'], text, { published: P }).map((f) => `${f.kind} ${f.value}`);
    expect(kinds('Chile and Peru resumed their talks in Lima on Tuesday.\n\nThe talks were held at the foreign ministry. Washington said Friday they were to be chaired by envoy Lio Marsh, and called the resumption of talks a good step.')).toEqual(['held 2031-03-04']);
  });
});

describe('step session-parties: a country that backs a side', () => {
  const parties = (text: string) => factsWith(['session-parties'], text, { published: P }).filter((f) => f.kind === 'party').map((f) => f.evidence.text).filter((t, i, all) => all.indexOf(t) === i);
  it('is no side, and the group it backs is one ("the Peru-backed Southern Liberation Front")', () => {
    expect(parties('Talks between the government of Chile and the Peru-backed Southern Liberation Front opened on Thursday in Lima.')).toEqual(['Chile', 'Southern Liberation Front']);
    expect(parties('Talks between the Southern Liberation Front and the OAS-backed National Unity Council opened on Thursday in Lima.')).toEqual(['Southern Liberation Front', 'National Unity Council']);
  });
});

describe('step session-dates: a plan and a saying', () => {
  const kinds = (text: string, published = P) => factsWith(['session-dates'], text, { published }).map((f) => `${f.kind} ${f.value}`);
  it('plans a month after "was scheduled to take place in"', () => {
    expect(kinds('The ninth round of talks between Chile and Peru was scheduled to take place in March, and the sides met in April instead.', '2031-06-10')).toEqual(['planned 2031-03', 'held 2031-04']);
  });
  it('takes no day of a saying whose reported clause speaks of the talks at large ("said on Wednesday that the talks remain …")', () => {
    expect(kinds('The fourth round of talks between Chile and Peru took place on March 2.\n\nThe Chilean minister said on Wednesday that the talks remain at an exploratory stage.')).toEqual(['held 2031-03-02']);
  });
});

describe('step session-parties: a country that names the session', () => {
  const parties = (text: string) => factsWith(['session-parties'], text, { published: P }).filter((f) => f.kind === 'party').map((f) => f.evidence.text).filter((t, i, all) => all.indexOf(t) === i);
  it('is its venue, no side ("between Chile and Bolivia during the Peru talks")', () => {
    expect(parties('Lists of prisoners were exchanged between Chile and Bolivia during the Peru talks.')).toEqual(['Chile', 'Bolivia']);
  });
});

describe('step session-dates: the day of a saying after the session words', () => {
  it('takes no day of a saying whose reported clause holds none of the session words ("… the 13th round, the spokesman on Tuesday had stated that …")', () => {
    const kinds = (text: string) => factsWith(['session-dates'], text, { published: P }).map((f) => `${f.kind} ${f.value}`);
    expect(kinds('Stressing the aim of the 13th round of talks, the spokesman on Tuesday had stated that Chile expects Peru to withdraw.')).toEqual([]);
    // (a saying about the session, the session words inside its clause, may well be on a day of it)
    expect(kinds('The envoy said Tuesday that the 13th round of talks had made no breakthrough.')).toEqual(['held 2031-03-04']);
  });
});

describe('step session-dates: a session the round builds on', () => {
  it('takes no day of the session the round built on ("built on the results attained during the January talks")', () => {
    // (a report with no publication day)
    const kinds = (text: string) => factsWith(['session-dates'], text, {}).map((f) => `${f.kind} ${f.value}`);
    expect(kinds('The 2nd round of talks between Chile and Peru was held in Lima on 6-9 March 2031.\n\nThe 2nd round, facilitated by Norway, essentially built on the results attained during the January talks.')).toEqual(['held 2031-03-06/2031-03-09']);
  });
});

describe('step session-venues: a border meeting point of two villages', () => {
  // (Attari and Wagah: the Indian and the Pakistani village of one border crossing, in the knowledge base with their countries)
  const venues = (text: string) => factsWith(['session-venues'], text, { published: P }).map((f) => `${f.rule} ${f.entity?.place ?? f.evidence.text}`);
  it('takes the village on the side the sentence names, after "at" or after "the … side of"', () => {
    expect(venues('The sixth round of talks was held at the Attari-Wagah joint check post on the Pakistani side on Monday.')).toEqual(['facts:venue-side-of-paired-point Wagah']);
    expect(venues('The sixth round of talks took place on the Indian side of the Attari-Wagah border point on Monday.')).toEqual(['facts:venue-side-of-paired-point Attari']);
  });
});

describe('step session-venues: a place in quoted words', () => {
  it('takes no place a speaker names inside a quote for the venue of a session named outside it', () => {
    const venues = (text: string) => factsWith(['session-venues'], text, { published: P }).map((f) => f.evidence.text);
    expect(venues('Ahead of the fifth round of talks, the spokesman said Ghana expects Togo to "end the dispute over the traders in Kumasi."')).toEqual([]);
    expect(venues('Ahead of the fifth round of talks, the spokesman said Ghana expects Togo to end the dispute over the traders in Kumasi.')).toEqual(['Kumasi']);
  });
});

describe('step session-dates: a day in a relative clause on a person', () => {
  it('takes no day of what the person named before did ("NAME, who took over as … last week")', () => {
    const dated = factsWith(['session-dates'], "Ghana's delegation at the fifth round of talks in Lima on Tuesday was led by General Kofi Mensah, who took over as army chief last week.", { published: P });
    expect(dated.map((f) => `${f.kind} ${f.value}`)).toEqual(['held 2031-03-04']);
  });
});

describe('step session-venues: a plain session word after a line on a numbered round', () => {
  const venues = (text: string) => factsWith(['session-venues'], text, { published: P }).map((f) => `${f.round} ${f.evidence.text}`);
  it('gives the round of a headline line that names it the meeting the next paragraph reports', () => {
    expect(venues('The fourth round, held in May in Quito, ended without a deal.\n\nFifth round of Chile-Bolivia talks: no deal but next meeting soon\n\nFor the meeting, which took place in Arica, the Chilean delegation was led by Ana Ruiz.')).toEqual(['4 Quito', '5 Arica']);
  });
  it('gives a numbered round to come the plain sessions to come of the sentence after', () => {
    expect(venues('Chile and Bolivia are set to hold the fifth round of talks on Monday. The border talks will take place in Arica. The fourth round, held in May in Quito, ended without a deal.')).toEqual(['5 Arica', '4 Quito']);
  });
});

describe('step session-parties: a pair of sides before another session', () => {
  it('takes no side from a pair of which one is none of the sides the sentence lists as meeting', () => {
    const parties = (text: string) => [...new Set(factsWith(['session-parties'], text, { published: P }).filter((f) => f.kind === 'party').map((f) => f.evidence.text))];
    expect(parties('A meeting between Chile and Peru in Tacna on Friday was called off following the postponement of Chile-Bolivia negotiations.')).toEqual(['Chile', 'Peru']);
    expect(parties('The Chile-Peru talks resumed in Tacna on Friday.')).toEqual(['Chile', 'Peru']);
  });
});

describe('step session-dates: a numbered round the sides agreed to hold, in a report with no day', () => {
  it('is planned for the days it names, where nothing tells whether they lie ahead', () => {
    const days = (text: string, published?: string) => factsWith(['session-dates'], text, published ? { published } : {}).filter((f) => f.kind === 'held' || f.kind === 'planned').map((f) => [f.kind, f.value]);
    expect(days('The eighth round of talks between Chile and Peru ended in Lima. The co-chairs agreed to hold the ninth round between 25 and 29 July.')).toContainEqual(['planned', 'XXXX-07-25/XXXX-07-29']);
    expect(days('The eighth round of talks between Chile and Peru ended in Lima. The co-chairs agreed to hold the ninth round between 25 and 29 July.')).not.toContainEqual(['held', 'XXXX-07-25/XXXX-07-29']);
  });
});

describe('step session-dates: a session run since a day that opens the sentence', () => {
  it('takes every day from that one to the report\'s ("Since January 20, talks resumed and have been ongoing")', () => {
    const held = (text: string) => factsWith(['session-dates'], text, { published: '2031-02-07' }).filter((f) => f.kind === 'held').map((f) => [f.rule, f.value]);
    expect(held('Since January 20, talks between Chile and Peru resumed and have been ongoing in Lima.')).toEqual([['facts:running-since', '2031-01-20/2031-02-07']]);
    // (not a count from a day: "Since January 20, the two sides have met twice")
    expect(held('Since January 20, talks between Chile and Peru have made little progress.')).not.toContainEqual(['facts:running-since', '2031-01-20/2031-02-07']);
  });
});

describe('step session-parties: a list of sides before a verb that moves the session', () => {
  it('ends before it: the place after is no side ("the dialogue between A and B moves to Bolivia in early 2032")', () => {
    const parties = (text: string) => [...new Set(factsWith(['session-parties'], text, { published: P }).filter((f) => f.kind === 'party').map((f) => f.evidence.text))];
    expect(parties('The peace dialogue between Chile and Peru moves to Bolivia in early 2032.')).toEqual(['Chile', 'Peru']);
  });
});

describe('step session-parties: the subject of a clause a session adjunct closes', () => {
  // Passages written for this test.
  it('reads the sides from the main clause\'s subject, up to its verb, where the session word stands in "after talks"', () => {
    expect(rules(['session-parties'], 'Chile and Peru have agreed to share the waters of the Lauca river after week-long talks brokered by Norway.').filter((r) => r.startsWith('facts:party'))).toEqual([
      'facts:party-subject-before-session Chile',
      'facts:party-subject-before-session Peru',
    ]);
    // (not a country of the main clause's object)
    expect(rules(['session-parties'], 'Chile and Peru agreed to respect the rights of Bolivia after talks in Lima.').filter((r) => r.startsWith('facts:party'))).toEqual([
      'facts:party-subject-before-session Chile',
      'facts:party-subject-before-session Peru',
    ]);
  });
});

describe('step session-venues: a region by its own name is no venue', () => {
  // A passage written for this test, about invented talks.
  const text = 'The third round of talks between Chile and Peru opened in Oslo on Monday. The meeting from March 2-March 3 was held in a good atmosphere, with both sides committed to reconciliation in the Eastern Hill Provinces of Peru.';
  it('keeps the days of a sentence whose only other place is a region named with a generic word ("… Provinces")', () => {
    const facts = factsWith(['session-dates', 'session-venues', 'other-city-days'], text, { published: '2031-03-06' });
    expect(facts.filter((f) => f.kind === 'venue').map((f) => f.evidence.text)).toEqual(['Oslo']);
    expect(facts.some((f) => f.kind === 'held' && f.value === '2031-03-02/2031-03-03')).toBe(true);
  });
});
