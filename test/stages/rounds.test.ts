/**
 * Rounds as clusters of meeting events, and the failure classes of ../shared/BRIEFS-FIELD-NOTES.md,
 * each on a passage written for this test: invented talks between real countries, with invented
 * people (Chile and Peru with Norway mediating; Ghana and Togo), so that no rule can know a corpus.
 */
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/run.js';
import type { Brief, RoundCue } from '../../src/model/schema.js';
import { attributeSentences, joinLoneRounds, resolveRounds } from '../../src/stages/rounds.js';
import { tempDir } from '../helpers.js';

type Article = { text: string; published?: string };

async function briefsOf(articles: Record<string, Article>): Promise<Brief[]> {
  const dir = tempDir();
  for (const [name, a] of Object.entries(articles)) {
    writeFileSync(join(dir, `${name}.txt`), a.text);
    if (a.published) writeFileSync(join(dir, `${name}.meta.json`), JSON.stringify({ published: a.published }));
  }
  return (await run({ corpus: dir, workers: 1 })).briefs;
}

const held = (b: Brief) => b.dates.held.map((d) => d.value);
const names = (xs: Array<{ name: string }>) => xs.map((x) => x.name).sort();
const members = (b: Brief) => b.delegations.flatMap((d) => d.members.map((m) => `${d.party.name}: ${m.person.name}${m.role ? ` (${m.role})` : ''}${m.head ? ' head' : ''}`)).sort();

// Two reports of the same unnumbered session, a third of a later one, and a preview (no ordinal anywhere).
const ARICA: Record<string, Article> = {
  a: {
    text: 'ARICA — Delegations from Chile and Peru met in Arica on Thursday for their first face-to-face talks in six years.\nThe two sides agreed to swap 400 detainees each.\n',
    published: '2031-02-14',
  },
  b: {
    text: 'Talks between Chile and Peru in Arica on Thursday yielded a deal on detainees, officials said.\nChief Chilean negotiator Oren Vask said the mood was good.\n',
    published: '2031-02-15',
  },
  c: {
    text: 'Chile and Peru held talks in Tacna on Monday, a month after their meeting in Arica.\nThe head of the Peruvian delegation, Lio Marsh, said more work was needed.\n',
    published: '2031-03-18',
  },
};

describe('rounds as clusters of meeting events', () => {
  it('gives unnumbered sessions a round each, dated from the weekday and the publication day, numbered by date (A1, A2)', async () => {
    const briefs = await briefsOf(ARICA);
    // "their first face-to-face talks in six years" counts from another start (A1, series boundaries): both rounds
    // are numbered by their dates, marked inferred.
    expect(briefs.map((b) => [b.id, b.ordinal, b.ordinalInferred ?? false, b.status])).toEqual([
      ['round-1', 1, true, 'held'],
      ['round-2', 2, true, 'held'],
    ]);
    expect(held(briefs[0]!)).toEqual(['2031-02-13']);
    expect(briefs[0]!.docs).toEqual(['a', 'b']);
    expect(held(briefs[1]!)).toEqual(['2031-03-17']);
    expect(briefs[1]!.docs).toEqual(['c']);
    expect(names(briefs[1]!.venue.city)).toEqual(['Tacna']);
  });

  it('reads parties from the sides that meet, and negotiators from their titles (E6, E7)', async () => {
    const [first, second] = await briefsOf(ARICA);
    expect(names(first!.parties)).toEqual(['Chile', 'Peru']);
    expect(members(first!)).toEqual(['Chile: Oren Vask (Chief negotiator) head']);
    expect(members(second!)).toEqual(['Peru: Lio Marsh (head of the delegation) head']);
  });

  it('keeps two negotiations in one folder apart, whatever their ordinals (series)', async () => {
    const briefs = await briefsOf({
      ...ARICA,
      l1: { text: 'The second round of talks between Ghana and Togo opened in Lome on Monday, chaired by envoy Ada Quint.\nGhanaian negotiator Piet Darrow led his side.\n', published: '2031-02-11' },
      l2: { text: 'Ghana and Togo ended the second round of talks in Lome on Wednesday; envoy Ada Quint said Piet Darrow had been constructive.\n', published: '2031-02-13' },
    });
    const ghana = briefs.filter((b) => b.docs.some((d) => d.startsWith('l')));
    expect(ghana.map((b) => [b.ordinal, b.docs])).toEqual([[2, ['l1', 'l2']]]);
    expect(held(ghana[0]!)).toEqual(expect.arrayContaining(['2031-02-10', '2031-02-12', '2031-02-10/2031-02-12']));
    // The Arica rounds keep their own numbering, in a series of their own.
    const arica = briefs.filter((b) => !b.docs.some((d) => d.startsWith('l')));
    expect(arica.map((b) => [b.ordinal, b.docs.join(',')])).toEqual([
      [1, 'a,b'],
      [2, 'c'],
    ]);
    expect(new Set(briefs.map((b) => b.id.replace(/-round.*/, ''))).size).toBe(2);
    expect(new Set(briefs.map((b) => b.id)).size).toBe(briefs.length);
  });

  it('takes the year of a day an undated article gives from the other reports of the round', async () => {
    const briefs = await briefsOf({
      a: ARICA.a!,
      d: { text: 'Chile and Peru met in Arica on February 13 and agreed to swap detainees.\n' },
    });
    expect(briefs).toHaveLength(1);
    expect(briefs[0]!.docs).toEqual(['a', 'd']);
    expect(held(briefs[0]!)).toEqual(['2031-02-13']);
    expect(briefs[0]!.dates.held[0]!.evidence.map((e) => e.doc)).toEqual(['a', 'd']);
  });

  it('dates a held round no article dates on or before its first report, marked inferred; X-mediated names the mediator, not a party (D4)', async () => {
    const briefs = await briefsOf({
      a: { text: 'Chile and Peru made no progress at the Norway-mediated talks in Arica, envoy Ana Rell told reporters.\n', published: '2031-05-09' },
    });
    expect(briefs).toHaveLength(1);
    expect(briefs[0]!.dates.held).toEqual([expect.objectContaining({ value: '2031-05-09', inferred: expect.stringMatching(/^on or before the publication of a\b/) })]);
    // Every fact says which rule read it.
    expect(briefs[0]!.mediators.find((m) => m.name === 'Norway')!.rules).toEqual(['facts:mediator-x-mediated']);
    expect(briefs[0]!.parties.map((p) => p.rules)).toEqual([['facts:party-sides-that-meet'], ['facts:party-sides-that-meet']]);
    expect(names(briefs[0]!.mediators)).toEqual(['Norway']);
    expect(names(briefs[0]!.parties)).toEqual(['Chile', 'Peru']);
    // Told after the lead, the bound comes from the brief: the round met on or before its first report.
    const [later] = await briefsOf({
      a: { text: 'Fishing quotas dominate the week.\nChile and Peru made no progress at the Norway-mediated talks in Arica, envoy Ana Rell told reporters.\n', published: '2031-05-09' },
    });
    expect(later!.dates.held).toEqual([expect.objectContaining({ value: '2031-05-09', inferred: 'on or before the publication of a', rules: ['briefs:on-or-before-publication'] })]);
  });

  it('never takes a news agency in the dateline for a party or mediator, and takes the dateline city for the venue (D2, C2)', async () => {
    const briefs = await briefsOf({
      a: { text: 'ARICA, Chile (Reuters) — Delegations from Chile and Peru ended their first round of talks on Thursday, mediated by Norway.\n', published: '2031-02-14' },
    });
    expect(names(briefs[0]!.parties)).toEqual(['Chile', 'Peru']);
    expect(names(briefs[0]!.mediators)).toEqual(['Norway']);
    expect(briefs[0]!.venue.city.map((c) => c.name.toLowerCase())).toEqual(['arica']);
  });

  it('names the person who mediates and that person\'s country, never a party of the sentence (D4, D5)', async () => {
    const [by] = await briefsOf({ a: { text: 'Chile and Peru resumed talks in Arica on Thursday, mediated by Norwegian envoy Ana Rell.\n', published: '2031-02-14' } });
    expect(names(by!.mediators)).toEqual(['Ana Rell', 'Norway']);
    expect(names(by!.parties)).toEqual(['Chile', 'Peru']);
    const [who] = await briefsOf({
      a: { text: 'The talks between Chile and Peru ended in Arica on Thursday without a breakthrough, according to Norwegian minister Ana Rell, who mediated them.\n', published: '2031-02-14' },
    });
    expect(names(who!.mediators)).toEqual(['Ana Rell', 'Norway']);
    expect(names(who!.parties)).toEqual(['Chile', 'Peru']);
    // A former official mediates in person, not for the country of the title.
    const [former] = await briefsOf({ a: { text: 'Chile and Peru resumed talks in Arica on Thursday, mediated by Norway’s former prime minister Ana Rell.\n', published: '2031-02-14' } });
    expect(names(former!.mediators)).toEqual(['Ana Rell']);
  });

  it('puts a member met across the table on the other side of a two-sided series (E1, E6)', async () => {
    const [round] = await briefsOf({
      a: { text: 'Chile and Peru opened the third round of talks in Arica on Monday.\n', published: '2031-02-11' },
      b: { text: 'Foreign Secretary Lia Moss will meet Peru’s chief negotiator Ivo Drann later on the final day of the third round of talks.\n', published: '2031-02-13' },
    });
    expect(members(round!)).toEqual(['Chile: Lia Moss (Foreign Secretary)', 'Peru: Ivo Drann (chief negotiator) head']);
    // "later on the final day of the third round" in a report of the 13th: the round's last day (inferred), no plan.
    expect(held(round!)).toEqual(['2031-02-10', '2031-02-13', '2031-02-10/2031-02-13']);
    expect(round!.dates.planned).toEqual([]);
  });

  it('does not let one person who attends two negotiations bridge their rounds (series)', async () => {
    const briefs = await briefsOf({
      a: { text: 'Chile and Peru held the second round of talks in Arica on Monday, with US envoy Sam Reed attending.\n', published: '2031-02-11' },
      b: { text: 'Ghana and Togo held the second round of talks in Lome on Tuesday, with US envoy Sam Reed attending.\n', published: '2031-02-12' },
      c: { text: 'US envoy Sam Reed said the second round between Chile and Peru had gone well.\n', published: '2031-02-12' },
    });
    expect(briefs.map((b) => [b.ordinal, b.docs.join(',')]).sort()).toEqual([
      [2, 'a,c'],
      [2, 'b'],
    ]);
    expect(new Set(briefs.map((b) => b.id)).size).toBe(2);
  });

  it('reads "the current round is the fourth", a "new round" after a closed one, an announcement\'s own day, and a report of talks just resumed (A2, A5, B6)', async () => {
    const briefs = await briefsOf({
      // Talks resume; no day of the session is given, and no article numbers it yet.
      a: { text: 'Talks between Ghana and Togo have resumed in Kumasi after a pause of two months, officials said.\n', published: '2031-05-05' },
      // Its days, and its place in the series, from a later report.
      b: { text: 'Negotiators from Ghana and Togo met again in Kumasi on Thursday.\nThe current round of talks is the fourth since they began in January.\nThey had paused the talks on May 7 to consult their capitals.\n', published: '2031-05-09' },
      // The day the announcement was made is neither a session day nor the plan.
      c: { text: 'A new round of talks between Ghana and Togo will open in Kumasi on Monday, the Ghanaian foreign ministry said Friday.\nThe fourth round ended last week without a deal.\n', published: '2031-05-16' },
    });
    expect(briefs.map((b) => [b.ordinal, b.ordinalInferred ?? false, b.docs.join(',')])).toEqual([
      [4, false, 'a,b,c'],
      [5, false, 'c'],
    ]);
    expect(held(briefs[0]!)).toEqual(expect.arrayContaining(['2031-05-07', '2031-05-08']));
    expect(briefs[1]!.dates.planned.map((d) => d.value)).toEqual(['2031-05-19']);
    expect(briefs.flatMap((b) => [...held(b), ...b.dates.planned.map((d) => d.value)])).not.toContain('2031-05-16');
  });

  it('joins a numbered round no article dates to the dated session at its place and venue, and an undated report to the round whose city it names (A2, A4)', async () => {
    const briefs = await briefsOf({
      a: { text: 'Ghana and Togo opened talks in Accra on Monday, their first since the border clashes.\n', published: '2031-03-05' },
      b: { text: 'The second round of talks between Ghana and Togo is being held in Lome.\nGhanaian envoy Kofi Dade leads the delegation.\n' },
      c: { text: 'Negotiators from Ghana and Togo met in Lome on Tuesday and discussed fishing rights.\n', published: '2031-04-16' },
      d: { text: 'Talks between Ghana and Togo, mediated by Norway, ended with a deal on fishing rights in Lome, Kofi Dade said.\n' },
    });
    expect(briefs.map((b) => [b.ordinal, b.ordinalInferred ?? false, b.docs.join(','), held(b).join(',')])).toEqual([
      [1, true, 'a', '2031-03-03'],
      [2, false, 'b,c,d', '2031-04-15'],
    ]);
    // Talks between two sides in one of their capitals keep the host as a party; a clause ends before ", mediated by"
    // and before ", NAME said", so that neither the mediator nor the speaker is read into the list before.
    for (const b of briefs) expect(names(b.parties)).toEqual(['Ghana', 'Togo']);
    expect(names(briefs[1]!.mediators)).toEqual(['Norway']);
  });

  it('reads the parties from a list of countries beside a noun for the sides, and gives a round that names none its series\' sides, marked inferred (D1)', async () => {
    const briefs = await briefsOf({
      a: { text: 'The signatories to the water accord — Chile, Peru, Bolivia and Ecuador — are convening at a hotel in Asuncion.\nThe first round of talks opened on Monday.\n', published: '2031-06-03' },
      b: { text: 'Envoys of Chile, Peru, Bolivia and Ecuador met in Asuncion on Monday for the first round.\n', published: '2031-06-02' },
      c: { text: 'The second round of the water talks opened in Lima on Tuesday, officials said.\n', published: '2031-07-09' },
    });
    expect(briefs.map((b) => [b.ordinal, b.docs.join(',')])).toEqual([
      [1, 'a,b'],
      [2, 'c'],
    ]);
    const sides = ['Bolivia', 'Chile', 'Ecuador', 'Peru'];
    expect(names(briefs[0]!.parties)).toEqual(sides);
    expect(briefs[0]!.parties.every((p) => !p.inferred)).toBe(true);
    expect(names(briefs[1]!.parties)).toEqual(sides);
    expect(briefs[1]!.parties.every((p) => p.inferred && p.rules?.includes('briefs:series-sides'))).toBe(true);
  });

  it('takes the body, not the country that owns it, for a side ("A and B\'s commission")', async () => {
    const [b] = await briefsOf({ d: { text: "Talks between Chile and Ecuador's National Water Commission ended in Lima on Thursday.\n", published: '2031-07-11' } });
    expect(names(b!.parties)).toEqual(['Chile', 'National Water Commission']);
  });

  it('reads the people between whom a meeting is held, and gives one named without a country the side another round gives them (E1, E6)', async () => {
    const briefs = await briefsOf({
      a: { text: 'Chilean Prime Minister Ana Rell and Peruvian President Dev Orr met in Arica on Monday for the first round of talks.\n', published: '2031-02-12' },
      b: { text: 'The second round of talks, a meeting between Prime Minister Rell and President Orr in Tacna, ended on Friday without a deal.\n', published: '2031-03-15' },
    });
    expect(briefs.map((b) => b.ordinal)).toEqual([1, 2]);
    for (const b of briefs) expect(members(b)).toEqual(['Chile: Ana Rell (Prime Minister)', 'Peru: Dev Orr (President)']);
    expect(briefs[1]!.delegations.flatMap((d) => d.members.flatMap((m) => m.rules ?? []))).toContain('facts:member-between');
  });

  it('reads a session reported beside a back-reference ("the Lima meeting between A and B … since their previous meeting in Arica": the city before the session word is its venue) (A2, C2)', async () => {
    const [b] = await briefsOf({
      a: { text: 'The Lima meeting between Chilean Prime Minister Ana Rell and Peruvian President Dev Orr on Monday was their first since the previous meeting in Arica.\n', published: '2031-02-12' },
    });
    expect(names(b!.venue.city)).toEqual(['Lima']);
    expect(members(b!)).toEqual(['Chile: Ana Rell (Prime Minister)', 'Peru: Dev Orr (President)']);
  });

  it('reads "in the Nigerian city of Abuja" and a city-state for the venue, and takes nothing from a caption or from a sentence on an earlier time (B6, C1, C2)', async () => {
    const briefs = await briefsOf({
      a: {
        text:
          'Ghana and Togo envoys at the talks in Accra on March 3.\n\n' +
          'The second round of talks between Ghana and Togo opened in the Nigerian city of Abuja on Monday.\n' +
          'Togolese envoy Edem Kofi said the second round had begun better than the talks in Lome in January.\n',
        published: '2031-04-09',
      },
      b: { text: 'The leaders of Ghana and Togo held a summit in Singapore on Friday.\n', published: '2031-06-14' },
    });
    expect(briefs.map((b) => [b.ordinal, held(b).join(','), names(b.venue.city).join(',')])).toEqual([
      [2, '2031-04-07', 'Abuja'],
      [3, '2031-06-13', 'Singapore'],
    ]);
    // The list of sides after "between" stops at the verb: Nigeria, named after "opened in", is not a side.
    expect(names(briefs[0]!.parties)).toEqual(['Ghana', 'Togo']);
  });

  it('reads "further talks would be held in the weeks starting on 17 July and 28 August" as the next round, planned, in the coming months (B3, I1)', async () => {
    const briefs = await briefsOf({
      a: { text: 'Ghana and Togo held a first round of talks in Accra on Monday.\nFurther talks would be held in the weeks starting on 17 July and 28 August.\n', published: '2031-06-04' },
    });
    expect(briefs.map((b) => [b.ordinal, b.status, held(b).join(','), b.dates.planned.map((d) => d.value).join(',')])).toEqual([
      [1, 'held', '2031-06-02', ''],
      [2, 'planned', '', '2031-07-17,2031-08-28'],
    ]);
  });

  it('gives an undated article\'s announcement one next step for each day it lists (I1)', async () => {
    const [b] = await briefsOf({
      a: { text: 'Ghana and Togo opened talks in Accra.\nFurther talks would be held in the weeks starting on 17 July and 28 August.\n' },
    });
    expect(b!.next.map((n) => n.date)).toEqual(['XXXX-07-17', 'XXXX-08-28']);
  });

  it('spans a session from its duration and the day it ended or began, and takes nothing from a photo caption (B7)', async () => {
    const briefs = await briefsOf({
      a: {
        text:
          'In this photo released by the Togolese presidency, Ghanaian minister Ama Owusu meets Norwegian minister Lars Berg in Oslo, Friday, May 2, 2031.\n\n' +
          'The longest talks between Ghana and Togo concluded on Tuesday night in Lome, after 13 days of face-to-face talks.\n',
        published: '2031-05-14',
      },
      b: { text: 'Ghana and Togo opened four-day talks in Accra on Monday.\n', published: '2031-06-17' },
    });
    expect(briefs.map((b) => [held(b).join(','), names(b.venue.city).join(','), names(b.parties).join(',')])).toEqual([
      ['2031-05-13TNI,2031-05-01/2031-05-13', 'Lomé', 'Ghana,Togo'],
      ['2031-06-16,2031-06-16/2031-06-19', 'Accra', 'Ghana,Togo'],
    ]);
    const span = briefs[0]!.dates.held[1]!;
    expect(span.rules).toEqual(['facts:session-duration']);
    expect(span.inferred).toMatch(/13 days ending 2031-05-13/);
    expect(briefs.flatMap((b) => b.delegations)).toEqual([]);
  });

  it('gives no span for a duration that says neither when the session began nor when it ended', async () => {
    const [b] = await briefsOf({ a: { text: 'Ghana and Togo held two-day talks in Accra, officials said on Wednesday.\n', published: '2031-06-18' } });
    expect(b!.dates.held.some((d) => d.rules?.includes('facts:session-duration'))).toBe(false);
  });

  it('reads who signed the round\'s agreement for each side, the side from the role after the name (E1)', async () => {
    const [b] = await briefsOf({
      a: {
        text:
          'The agreement signed on Saturday by Field Marshal Abebe Tola, chief of staff of the Ghana Armed Forces (GAF), and General Kofi Mensah, commander-in-chief of the Togo Defence Force, provides access to all regions.\n' +
          'The talks between Ghana and Togo ended in Accra on Saturday.\n',
        published: '2031-06-18',
      },
    });
    expect(members(b!)).toEqual(['Ghana: Abebe Tola (chief of staff of the Ghana Armed Forces)', 'Togo: Kofi Mensah (commander-in-chief of the Togo Defence Force)']);
    expect(names(b!.parties)).toEqual(['Ghana', 'Togo']);
  });

  it('reads the side of a two-word demonym in a title ("South Korean envoy NAME met North Korean envoy NAME") (E6)', async () => {
    const [b] = await briefsOf({ a: { text: 'South Korean envoy Park Chul-ho met North Korean envoy Ri Chol Su in Panmunjom on Monday.\n', published: '2031-06-18' } });
    expect(members(b!)).toEqual(['North Korea: Ri Chol Su (envoy)', 'South Korea: Park Chul-ho (envoy)']);
  });

  it('makes no round of a denied plan, and no venue of the city of a summit named after "since" (A6, C2)', async () => {
    const briefs = await briefsOf({
      a: {
        text:
          'The leaders of Ghana and Togo met on Wednesday in Accra for the first time since their summit in Lome eight months ago.\n' +
          'No plans had been made for a third summit, officials said.\n',
        published: '2031-06-19',
      },
    });
    expect(briefs.map((b) => [b.ordinal, names(b.venue.city).join(',')])).toEqual([[1, 'Accra']]);
  });

  it('puts an undated report that announces a schedule in the round that met before it, and lists each day of the schedule (A2, I1)', async () => {
    const briefs = await briefsOf({
      a: { text: 'Negotiators from Ghana and Togo opened talks in Accra on Monday.\n', published: '2031-06-04' },
      b: {
        text:
          'Ghana and Togo kick off talks in Accra.\nThe head of the Togolese delegation, Edem Kofi, greeted Ghanaian envoy Ama Owusu.\n' +
          'According to the timetable, further talks would be held in the weeks starting on 14 July and 25 August.\n',
      },
      c: { text: 'The second round of talks between Ghana and Togo opened in Lome on Monday.\n', published: '2031-07-15' },
    });
    expect(briefs.map((b) => [b.ordinal, b.docs.join(',')])).toEqual([
      [1, 'a,b'],
      [2, 'c'],
    ]);
    expect(briefs[0]!.next.map((n) => n.date)).toEqual(['2031-07-14', '2031-08-25']);
  });

  it('joins a report that names no one the round names to the only round that met in the weeks before it (A2)', async () => {
    const briefs = await briefsOf({
      a: { text: 'Chilean envoy Oren Vask and Peruvian envoy Lio Marsh opened talks between Chile and Peru in Arica on Monday, with Bolivian observers.\n', published: '2031-03-04' },
      b: { text: 'DUBAI — The talks resumed last week, a spokesman for the mediators, Ali Nasser, told the broadcaster Gulf Radio, adding that aid deliveries had grown.\n', published: '2031-03-09' },
    });
    expect(briefs.map((b) => b.docs.join(','))).toEqual(['a,b']);
  });

  it('does not take the day a speaker looked ahead for a session day (B6)', async () => {
    const briefs = await briefsOf({
      a: {
        text: 'The leaders of Ghana and Togo met for talks in Accra today.\nThe Ghanaian president had said on Friday he would know within an hour of the talks whether a deal was possible.\n',
        published: '2031-06-10',
      },
    });
    expect(briefs.map((b) => held(b))).toEqual([['2031-06-10']]);
  });

  it('reads the people who took part in the talks as a list, and the people who join a negotiator as that side\'s members across the series (C1, C3)', async () => {
    const briefs = await briefsOf({
      a: {
        text:
          'Chilean President Rosa Vial and Peruvian President Tomas Ore met in Arica on Thursday.\n' +
          'Foreign Minister Ana Lema, trade adviser Pablo Ruiz, and Peruvian interior minister Luis Boza took part in the expanded talks.\n',
        published: '2031-02-14',
      },
      b: {
        text: 'Chilean President Rosa Vial and Peruvian President Tomas Ore held a second summit in Lima on Tuesday.\nAt the talks, Vial was joined by Foreign Minister Ana Lema, who arrived on Monday, and trade adviser Pablo Ruiz.\n',
        published: '2031-05-21',
      },
    });
    expect(briefs.map((b) => b.ordinal)).toEqual([1, 2]);
    expect(members(briefs[0]!)).toEqual(
      expect.arrayContaining(['Chile: Ana Lema (Foreign Minister)', 'Chile: Pablo Ruiz (trade adviser)', 'Peru: Luis Boza (interior minister)']),
    );
    expect(members(briefs[1]!)).toEqual(expect.arrayContaining(['Chile: Ana Lema (Foreign Minister)', 'Chile: Pablo Ruiz (trade adviser)']));
    expect(members(briefs[1]!).join(';')).not.toContain('Peru: Ana Lema');
  });

  it('puts an undated report in the round at the city it names, not in one at another city that shares more people (A4)', async () => {
    const briefs = await briefsOf({
      a: { text: 'Chilean President Rosa Vial and Peruvian President Tomas Ore met in Arica on Thursday.\n', published: '2031-02-14' },
      b: {
        text: 'Chilean President Rosa Vial and Peruvian President Tomas Ore held talks in Lima on Tuesday, with Chilean Foreign Minister Ana Lema and Peruvian Foreign Minister Raul Soto.\n',
        published: '2031-05-21',
      },
      c: { text: 'Rosa Vial and Tomas Ore held talks in Arica, where Chilean Foreign Minister Ana Lema and Peruvian Foreign Minister Raul Soto briefed reporters.\n' },
    });
    expect(briefs.map((b) => [names(b.venue.city).join(','), b.docs.join(',')])).toEqual([
      ['Arica', 'a,c'],
      ['Lima', 'b'],
    ]);
  });

  it('puts an undated report that shares as much with two rounds in the one whose delegation head it names, not the one it shares only the mediator with (A2)', async () => {
    const briefs = await briefsOf({
      a: {
        text: 'Chile and Peru held talks in Arica on Tuesday, facilitated by Norwegian envoy Lars Holt. Chilean Foreign Minister Ana Lema led her delegation; the Andean Trade Council, the Pacific Fisheries Board, the Humboldt Current Institute, the Atacama Water Authority and the Tacna Port Office sent observers.\n',
        published: '2031-02-14',
      },
      b: { text: 'Chile and Peru held talks in Arica on Tuesday, facilitated by Norwegian envoy Lars Holt. The Chilean delegation was led by Jorge Pinto.\n', published: '2032-03-10' },
      c: {
        text: 'Talks between Chile and Peru resumed this morning in Arica, facilitated by Norwegian envoy Lars Holt, with the Andean Trade Council, the Pacific Fisheries Board, the Humboldt Current Institute, the Atacama Water Authority and the Tacna Port Office as observers. The Chilean delegation is led by Jorge Pinto.\n',
      },
    });
    expect(briefs.map((b) => [held(b).join(','), b.docs.join(',')])).toEqual([
      ['2031-02-11', 'a'],
      ['2032-03-09', 'b,c'],
    ]);
  });

  it('names a side that a movement speaks for by the movement, whether the text names the movement or the people, and reads a list of sides with it (knowledge base speaksFor; D, E1)', async () => {
    const briefs = await briefsOf({
      a: {
        text: 'Morocco and the Polisario Front resumed talks in Geneva on Tuesday under UN auspices. The Sahrawi delegation was led by Ahmed Salek, and the Moroccan delegation by Foreign Minister Karim Tazi.\n',
        published: '2031-03-06',
      },
      b: { text: 'The participants, Morocco, Algeria, Mauritania and the Polisario, met again in Geneva on Tuesday.\n', published: '2031-03-06' },
    });
    expect(briefs.map((b) => names(b.parties).join(','))).toEqual(['Algeria,Mauritania,Morocco,Polisario Front']);
    expect(members(briefs[0]!)).toEqual(['Morocco: Karim Tazi (Foreign Minister) head', 'Polisario Front: Ahmed Salek head']);
  });

  it('keeps apart two reports of a "second round" at two cities where one names one side only and they share no person (A, mixed folders)', async () => {
    const briefs = await briefsOf({
      a: { text: 'The second round of talks between Chile and Peru opened in Arica on Monday, mediated by Norwegian envoy Lars Holt.\n', published: '2031-03-04' },
      b: { text: 'A Chilean delegation led by General Pedro Sosa attended the second round of talks in Accra, where commanders of the two armies discussed the border.\n' },
    });
    expect(briefs.map((b) => [names(b.venue.city).join(','), b.docs.join(',')]).sort()).toEqual([
      ['Accra', 'b'],
      ['Arica', 'a'],
    ]);
  });

  it('reads a chair of a side\'s own committee, a former office and a delegation "chaired by" its head as no mediators, and the office held now as the role (D3, D4, E)', async () => {
    const briefs = await briefsOf({
      a: {
        text: 'Chile and Peru held talks in Arica on Tuesday. The Chilean delegation will be chaired by Foreign Minister Ana Ruiz. Peru will be represented by Pablo Mena, a former diplomat who is now chair of the Senate\'s Foreign Affairs Committee. The talks were chaired by Norwegian envoy Lars Holt.\n',
        published: '2031-03-06',
      },
    });
    expect(briefs.map((b) => [names(b.parties).join(','), names(b.mediators).join(',')])).toEqual([['Chile,Peru', 'Lars Holt,Norway']]);
    expect(members(briefs[0]!)).toEqual(['Peru: Pablo Mena (chair of the Foreign Affairs Committee)']);
  });

  it('reads a team list whose roles follow a dash, with another person named inside a role (C2)', async () => {
    const briefs = await briefsOf({
      a: {
        text:
          'Talks between Chile and Peru opened in Arica on Monday.\n' +
          'The Chilean delegation included Marta Solis - director general at the trade ministry, Jorge Pinto - adviser to Rosa Vial and Elena Paz - spokeswoman for the foreign ministry.\n',
        published: '2031-02-12',
      },
    });
    expect(members(briefs[0]!)).toEqual([
      'Chile: Elena Paz (spokeswoman for the foreign ministry)',
      'Chile: Jorge Pinto (adviser to Rosa Vial)',
      'Chile: Marta Solis (director general at the trade ministry)',
    ]);
  });

  it('finds the negotiators of a round from its subject, a counterpart and "talks with NAME, ROLE" (C1, C4)', async () => {
    const briefs = await briefsOf({
      a: {
        text: 'Chilean trade minister Ana Lema arrived in Arica on Monday to begin the second round of talks with her Peruvian counterpart Raul Soto.\n',
        published: '2031-03-03',
      },
      b: {
        text: 'Wrapping up the third round of talks with Raul Soto, Peru\'s trade minister, Ms. Lema said on Friday that progress was slow.\nBoth Lema and Soto will meet again in May.\n',
        published: '2031-04-11',
      },
    });
    expect(briefs.map((b) => b.ordinal)).toEqual([2, 3]);
    expect(members(briefs[0]!)).toEqual(['Chile: Ana Lema (trade minister)', 'Peru: Raul Soto']);
    expect(members(briefs[1]!)).toEqual(expect.arrayContaining(['Peru: Raul Soto (trade minister)']));
  });

  it('keeps a body that mediates out of the sides, unless the talks seat it at the table (D1)', async () => {
    const mediated = await briefsOf({
      a: { text: 'Leaders of Ghana and Togo met in Accra on Monday for the Norway-mediated dialogue.\nThe meeting between Ghana, Togo and Norway lasted six hours.\n', published: '2031-03-04' },
    });
    expect(names(mediated[0]!.parties)).toEqual(['Ghana', 'Togo']);
    expect(names(mediated[0]!.mediators)).toEqual(['Norway']);
    const seated = await briefsOf({
      a: { text: 'Norway-brokered trilateral talks between Ghana, Togo and Norway opened in Geneva on Monday.\n', published: '2031-03-04' },
    });
    expect(names(seated[0]!.parties)).toEqual(['Ghana', 'Norway', 'Togo']);
    expect(names(seated[0]!.mediators)).toEqual(['Norway']);
  });

  it('reads the session a sentence reports before it looks ahead, and its subject after a speech verb and its day (A1, C1)', async () => {
    const briefs = await briefsOf({
      a: {
        text: 'A government spokesman said on Monday evening Ghanaian President Kofi Dade and Togolese President Edem Kofi had agreed at a meeting in Accra that no further talks were needed.\n',
        published: '2031-03-04',
      },
    });
    expect(briefs.map((b) => names(b.venue.city))).toEqual([['Accra']]);
    expect(members(briefs[0]!)).toEqual(['Ghana: Kofi Dade (President)', 'Togo: Edem Kofi (President)']);
  });

  it('does not take the day a count starts from for a session day (B3)', async () => {
    const briefs = await briefsOf({
      a: { text: 'Negotiators from Ghana and Togo met in Kumasi on Thursday, their first meeting since talks broke down in January.\n', published: '2031-02-08' },
    });
    expect(briefs.map((b) => held(b))).toEqual([['2031-02-06']]);
  });

  it('makes a country that takes part in the talks a side, but not one that did not (D1)', async () => {
    const briefs = await briefsOf({
      a: {
        text: 'Ghana and Togo opened talks in Geneva on Monday.\nNigeria has participated indirectly in the talks since they began.\nNorway has not taken part in the talks.\n',
        published: '2031-03-04',
      },
    });
    expect(names(briefs[0]!.parties)).toEqual(['Ghana', 'Nigeria', 'Togo']);
  });

  it('reads both signatories of an accord, each for the side their title holds rather than the one it is about (C1, C5)', async () => {
    const briefs = await briefsOf({
      a: {
        text: 'Chile and Peru signed a fishing accord in Arica on Friday after two days of talks.\nThe Chilean envoy for Peruvian affairs, Oren Vask, signed the accord along with Lio Marsh, the special representative of Peru for the talks.\n',
        published: '2031-03-08',
      },
    });
    expect(members(briefs[0]!)).toEqual(['Chile: Oren Vask (envoy for Peruvian affairs)', 'Peru: Lio Marsh (special representative of Peru for the talks)']);
  });

  it('reads the sides before a side noun from the words right before it, not from the clause\'s subject (D1)', async () => {
    const briefs = await briefsOf({
      a: { text: 'Norway welcomed the resumption of talks between representatives of Ghana and representatives of Togo in Geneva on Monday.\n', published: '2031-03-04' },
    });
    expect(names(briefs[0]!.parties)).toEqual(['Ghana', 'Togo']);
  });

  it('dates an undated "final day of the round" by the report\'s publication, marked inferred (B1)', async () => {
    const briefs = await briefsOf({
      a: {
        text: 'Chilean envoy Oren Vask will meet Peruvian envoy Lio Marsh later for the final day of the third round of talks in Arica.\nThe round began on Monday.\n',
        published: '2031-03-06',
      },
    });
    expect(held(briefs[0]!)).toEqual(expect.arrayContaining(['2031-03-03', '2031-03-06', '2031-03-03/2031-03-06']));
    expect(briefs[0]!.dates.held.find((d) => d.value === '2031-03-06')!.inferred).toMatch(/appeared/);
  });

  it('dates an undated session in a report\'s lead by the report\'s publication, marked inferred (B1)', async () => {
    const briefs = await briefsOf({
      a: {
        text: 'Meeting in the Ghanaian port city of Takoradi, negotiators from Ghana and Togo signed a fishing accord.\nThe accord caps catches for a year.\n',
        published: '2031-06-14',
      },
      b: { text: 'Talks between Ghana and Togo on fishing opened in Takoradi on Tuesday.\n', published: '2031-06-11' },
    });
    expect(briefs.map((b) => b.docs.join(','))).toEqual(['a,b']);
    expect(held(briefs[0]!)).toEqual(expect.arrayContaining(['2031-06-10', '2031-06-14']));
    expect(briefs[0]!.dates.held.find((d) => d.value === '2031-06-14')!.inferred).toMatch(/^on or before the publication of a, whose lead/);
  });

  it('gives no day on or before its publication where the report that tells of the session undated in its lead dates it itself', async () => {
    const briefs = await briefsOf({
      a: {
        text: 'Negotiators from Ghana and Togo ended a fishing round in Takoradi without a deal.\nThe round was held on Sunday, June 8, and lasted twelve hours.\n',
        published: '2031-06-10',
      },
    });
    expect(held(briefs[0]!)).toEqual(['2031-06-08']);
  });

  it('keeps the day and city of a process\'s launch a later report recalls with the round that met then and there (A5, C1)', async () => {
    // Passages written for this test.
    const briefs = await briefsOf({
      a: { text: 'Delegations from Ghana and Togo opened talks on fishing rights in Takoradi on Monday.\n', published: '2031-05-13' },
      b: { text: 'Ghana and Togo held talks in Lome on Tuesday. The talks are part of the Gulf Fisheries Initiative, launched on May 12 in Takoradi.\n', published: '2031-06-11' },
    });
    expect(briefs.map((b) => [names(b.venue.city).join(','), held(b).join(','), b.docs.join(',')])).toEqual([
      ['Takoradi', '2031-05-12', 'a,b'],
      ['Lomé', '2031-06-10', 'b'],
    ]);
  });

  it('keeps the day and city of an accord a later report recalls with the round that met then and there, and reads its co-signatory for the other side (A5, C1)', async () => {
    const briefs = await briefsOf({
      a: { text: 'Delegations from Ghana and Togo began talks on a fishing accord in Takoradi on Monday.\n', published: '2031-05-05' },
      b: {
        text: 'Ghana and Togo held talks in Lome on Tuesday on carrying out the fishing accord signed on May 9 in Takoradi.\nThe new deal was signed by Ghanaian Fisheries Minister Kofi Amah and General Yao Benn, commander of the coastal brigades.\n',
        published: '2031-05-21',
      },
    });
    expect(briefs.map((b) => [names(b.venue.city).join(','), b.docs.join(',')])).toEqual([
      ['Takoradi', 'a,b'],
      ['Lomé', 'b'],
    ]);
    expect(held(briefs[0]!)).toEqual(expect.arrayContaining(['2031-05-05', '2031-05-09']));
    expect(briefs[0]!.dates.held.find((d) => d.value === '2031-05-09')!.rules).toContain('facts:recalled-settlement-day');
    expect(held(briefs[1]!)).toEqual(['2031-05-20']);
    expect(members(briefs[1]!)).toEqual(['Ghana: Kofi Amah (Fisheries Minister)', 'Togo: Yao Benn (commander of the coastal brigades)']);
  });

  it('reads a settlement the sides concluded as their session, at the city after it rather than one that places a side (A1, C2)', async () => {
    const briefs = await briefsOf({
      a: { text: 'The government of Ghana and the rebel authorities in Volta reached an agreement on Wednesday in Takoradi.\n' },
    });
    expect(briefs).toHaveLength(1);
    expect(names(briefs[0]!.venue.city)).toEqual(['Takoradi']);
    expect(briefs[0]!.status).toBe('held');
  });

  it('does not make mediators of sides the sentence places beside the mediators (D4)', async () => {
    const briefs = await briefsOf({
      a: { text: 'Ghana and Togo held talks in Takoradi on Monday.\nGhanaian and Togolese delegates were photographed with the mediators.\n', published: '2031-05-06' },
    });
    expect(names(briefs[0]!.mediators)).toEqual([]);
    expect(names(briefs[0]!.parties)).toEqual(['Ghana', 'Togo']);
  });

  it('dates a session by the day its settlement was concluded, and places it in the capital a demonym describes (B7, C2)', async () => {
    const briefs = await briefsOf({
      a: { text: 'Delegations from Uganda and Tanzania began talks in Nairobi on Monday.\n', published: '2031-05-05' },
      b: { text: 'Uganda and Tanzania agreed on Friday to reopen the border crossing, after talks in the Kenyan capital.\n', published: '2031-05-10' },
    });
    expect(briefs.map((b) => [names(b.venue.city).join(','), b.docs.join(',')])).toEqual([['Nairobi', 'a,b']]);
    expect(held(briefs[0]!)).toEqual(expect.arrayContaining(['2031-05-05', '2031-05-09', '2031-05-05/2031-05-09']));
    expect(briefs[0]!.venue.city[0]!.rules).toEqual(expect.arrayContaining(['facts:venue-capital-of-demonym']));
  });

  it('bounds an undated lead by its publication without splitting the round it reports, and ignores a day still to come (B8, A2)', async () => {
    const briefs = await briefsOf({
      a: { text: 'Delegations from Ghana and Togo met in Takoradi on Tuesday.\n', published: '2031-05-06' },
      b: { text: 'Meeting in the port city of Takoradi, Ghana and Togo signed a fishing accord that is due to take effect on Thursday.\n', published: '2031-05-19' },
    });
    expect(briefs.map((b) => b.docs.join(','))).toEqual(['a,b']);
    expect(held(briefs[0]!)).toEqual(expect.arrayContaining(['2031-05-06', '2031-05-19']));
    expect(briefs[0]!.dates.held.find((d) => d.value === '2031-05-19')!.inferred).toMatch(/^on or before/);
  });

  it('reads a round numbered in a clause that sets the time of its sentence as an earlier round, not the one reported (A5)', async () => {
    const briefs = await briefsOf({
      a: { text: 'Ghana and Togo held the first round of fishing talks in Takoradi on Tuesday.\n', published: '2031-05-06' },
      b: { text: 'Ghana and Togo resumed talks in Takoradi on Thursday.\nBefore the first round was suspended in May, the mediators had grown frustrated with both sides.\n', published: '2031-09-12' },
    });
    expect(briefs.map((b) => [b.ordinal, b.docs.join(',')])).toEqual([
      [1, 'a,b'],
      [2, 'b'],
    ]);
    expect(held(briefs[0]!)).toContain('2031-05-06');
    expect(held(briefs[1]!)).toEqual(['2031-09-11']);
  });

  it('keeps the bodies talks are held in partnership with, and those attending a chaired meeting, apart from the mediators and sides they are not (D1, D5)', async () => {
    const briefs = await briefsOf({
      a: { text: 'Ghana and Togo resumed talks in Takoradi on Monday, in partnership with representatives of the African Union.\n', published: '2031-05-20' },
    });
    expect(names(briefs[0]!.mediators)).toEqual(['African Union']);
    expect(names(briefs[0]!.parties)).toEqual(['Ghana', 'Togo']);
    const chaired = await briefsOf({
      a: { text: 'The talks in Takoradi on Monday were chaired by Norwegian envoy Kari Dahl and attended by representatives of Ghana and Togo.\n', published: '2031-05-20' },
    });
    expect(names(chaired[0]!.mediators)).toEqual(['Kari Dahl', 'Norway']);
  });

  it('reads a settlement recalled as concluded on the day its undated report appeared as the news it reports, and a session still to come as no venue of it (B5, C2)', async () => {
    const briefs = await briefsOf({
      a: { text: 'Published: May 16, 2026\n\nACCRA — Ghana and Togo will reopen their border under a fishing accord signed in Takoradi on Saturday.\nIt calls for talks between Ghana and Togo in Lome beginning May 25.\n' },
    });
    expect(briefs).toHaveLength(1);
    expect(held(briefs[0]!)).toEqual(['2026-05-16']);
    expect(names(briefs[0]!.venue.city)).toEqual(['Takoradi']);
  });

  it('reads a building as the facility and not the city, leaves out the people of an earlier session, a photo credit and a page label, and takes no possessive for a role (C1, E1)', async () => {
    const briefs = await briefsOf({
      a: {
        text: "ID :\n4471\n\nGhana and Togo open talks near Stockholm\n\nGhanaian envoy Kofi Amah and Togo's Yao Benn held talks at Villa Solberg on Saturday, the first since Ghanaian President Ama Dede and Togolese President Eli Koffi met in June.\nGhanaian President Ama Dede greets Togolese President Eli Koffi at the Grand Hotel in Accra. (photo credit: Kwame Osei)\n",
        published: '2031-10-05',
      },
    });
    expect(briefs).toHaveLength(1);
    expect(names(briefs[0]!.venue.facility)).toEqual(['Villa Solberg']);
    expect(names(briefs[0]!.venue.city)).toEqual([]);
    expect(members(briefs[0]!)).toEqual(['Ghana: Kofi Amah (envoy)', 'Togo: Yao Benn']);
  });

  it('takes a form of address before a name for neither the name nor a role (E2)', async () => {
    const briefs = await briefsOf({
      a: { text: 'The talks between Ghanaian envoy Kofi Amah and Togolese Mullah Yao Benn ended in Takoradi on Friday.\n', published: '2031-05-10' },
    });
    expect(members(briefs[0]!)).toEqual(['Ghana: Kofi Amah (envoy)', 'Togo: Yao Benn']);
  });

  it('writes a title\'s short form in full, leaves a country\'s name out of a role, and takes no pronoun for one (E2, E3)', async () => {
    const briefs = await briefsOf({
      a: {
        text: 'Ghana PM Kofi Amah and Togolese Foreign Minister Yao Benn met in Lome on Monday.\n"While this was the meeting between PM Amah and Foreign Minister Benn, it will not be the last one," an aide said.\n',
        published: '2031-05-20',
      },
    });
    expect(members(briefs[0]!)).toEqual(['Ghana: Kofi Amah (Prime Minister)', 'Togo: Yao Benn (Foreign Minister)']);
  });

  it('takes neither the remit of a mediator\'s title nor a former official\'s country for a mediator (D3, D4)', async () => {
    const briefs = await briefsOf({
      a: {
        text: 'Ghana and Togo resumed talks in Lome on Monday.\nFormer Beninese President Ana Sossa, who hosted the talks, said both sides were ready.\n"We are close," said the AU High Representative for the Sahel Coast, Oren Vask.\n',
        published: '2031-05-20',
      },
    });
    expect(names(briefs[0]!.mediators)).toEqual(['African Union', 'Ana Sossa', 'Oren Vask']);
  });

  it('starts a title after a dateline\'s dash, and takes the building a caption calls the site of the talks for their facility (C1, E2)', async () => {
    const briefs = await briefsOf({
      a: {
        text: 'ACCRA, June 30 (Norpress) -- Ghanaian President Ama Dede on Sunday met Togolese President Eli Koffi in Takoradi.\nA car carrying the Togolese delegation heads for Villa Solberg, site of the talks, on Sunday.\n',
        published: '2031-06-30',
      },
    });
    expect(members(briefs[0]!)).toEqual(['Ghana: Ama Dede (President)', 'Togo: Eli Koffi (President)']);
    expect(names(briefs[0]!.venue.facility)).toEqual(['Villa Solberg']);
  });

  it('reads the people who attended the session or its ceremony as members of the side their title names, but not one who did not attend (C1)', async () => {
    const briefs = await briefsOf({
      a: {
        text: 'Ghana and Togo signed a fishing accord in Lome on Saturday.\nTogolese Foreign Minister Yao Benn attended the signing ceremony.\nTrade Minister Kofi Amah was the most senior Ghanaian official to attend.\nGhanaian Defence Minister Ama Dede did not attend.\n',
        published: '2031-06-01',
      },
    });
    expect(members(briefs[0]!)).toEqual(['Ghana: Kofi Amah (Trade Minister)', 'Togo: Yao Benn (Foreign Minister)']);
  });
});

describe('reports that look ahead', () => {
  // Passages written for this test.
  it('takes no bound on when a round met from a report that only announces it', async () => {
    const briefs = await briefsOf({
      a: { text: 'The fourth round of talks between Chile and Bolivia ended in Lima on Sunday. The next round will be announced by Norway.\n', published: '2031-05-11' },
      b: { text: 'The fifth round of talks between Chile and Bolivia ended in Quito with some progress.\n' },
    });
    const fifth = briefs.find((b) => b.ordinal === 5)!;
    expect(fifth.dates.held.filter((d) => d.rules?.includes('briefs:on-or-before-publication'))).toEqual([]);
  });
});

describe('talks between three sides in their own capitals', () => {
  // Passages written for this test.
  const RIVER: Record<string, Article> = {
    a: { text: 'Delegations from Chile and Bolivia met with Peruvian officials in Lima on Sunday for the latest round of talks over the shared river.\n', published: '2031-08-24' },
    b: { text: 'The first round of river talks between Peru, Chile and Bolivia in two years ended on Sunday without a breakthrough, the Peruvian Water Authority and the Chilean Hydrology Office said, citing Bolivian spokesman Hugo Lara.\n', published: '2031-08-27' },
    c: {
      text:
        'Third round of river talks opens in Lima\n\nAndes Wire , Monday 20 Oct 2031\n\n' +
        'The third round of negotiations between Peru, Bolivia and Chile on the shared river began in Lima on Monday, said the Andean Water Council.\n' +
        'The first round of talks was held in Lima in August, when the sides last met at the Lima Water Forum.\n' +
        'Talks sponsored by the Amazon Treaty Organization collapsed in April 2029.\n',
    },
  };
  it("keeps the host a side where a source names it among the sides the talks are between, gives a recalled round the series of the sides its report names, and lists no month beside a day of it (D1, A2, B1)", async () => {
    const briefs = await briefsOf(RIVER);
    expect(briefs.map((b) => [b.ordinal, held(b), b.docs, names(b.parties), names(b.mediators)])).toEqual([
      [1, ['2031-08-24'], ['a', 'b', 'c'], ['Bolivia', 'Chile', 'Peru'], []],
      [3, ['2031-10-20'], ['c'], ['Bolivia', 'Chile', 'Peru'], []],
    ]);
  });
});

describe('a side whose delegation the sources name', () => {
  // Passage written for this test.
  it('seats the side whose delegation head the sources name, and its members, where they name two or more others at the table (E6, D4)', async () => {
    const [brief] = await briefsOf({
      a: {
        text: 'Chile, Peru and Ecuador are taking part in the talks in Lima on Monday.\nThe Bolivian delegation is led by envoy Tito Quispe and general Rosa Mamani.\n',
        published: '2031-05-14',
      },
    });
    expect(names(brief!.parties)).toContain('Bolivia');
    expect(names(brief!.mediators)).not.toContain('Bolivia');
    expect(members(brief!)).toEqual(expect.arrayContaining(['Bolivia: Tito Quispe (envoy) head']));
  });
});

describe('two negotiations that meet the same week', () => {
  // Passages written for this test.
  it('puts a report that says neither where nor between whom in the round that met on its days, not in one of another city a day apart (series)', async () => {
    const briefs = await briefsOf({
      a: { text: 'The third round of talks between Ghana, Togo and Benin on the lagoon ended in Accra on Tuesday, envoy Kofi Amah said.\n', published: '2031-10-23' },
      b1: { text: 'The talks resumed on Wednesday after a pause of two months, mediators said.\n', published: '2031-10-23' },
      b2: { text: "Togo's army and the Northern Front resumed talks in Lome on Wednesday, with envoy Yao Benn mediating.\n", published: '2031-10-23' },
    });
    expect(briefs.map((b) => [held(b), b.docs])).toEqual([
      [['2031-10-21'], ['a']],
      [['2031-10-22'], ['b1', 'b2']],
    ]);
  });
});

describe('sessions a report foresees', () => {
  // Passages written for this test.
  it('makes a new meeting a report of a held session announces for a later day a planned round of its own, or the round that meets near that day (A2, B6)', async () => {
    const briefs = await briefsOf({
      a: {
        text: 'TACNA — Chile and Peru held talks in Tacna today, mediated by Norway.\nThe two sides agreed to convene an informal meeting of border commanders tomorrow morning.\nThey will also convene a meeting of the joint commission on April 18.\n',
        published: '2031-04-10',
      },
      b: { text: 'The joint commission of Chile and Peru met in Arica on Sunday.\n', published: '2031-04-21' },
    });
    expect(briefs.map((b) => [b.status, held(b), b.dates.planned.map((d) => d.value), b.docs])).toEqual([
      ['held', ['2031-04-10'], [], ['a']],
      ['planned', [], ['2031-04-11'], ['a']],
      ['held', ['2031-04-20'], ['2031-04-18'], ['a', 'b']],
    ]);
    // The sides that agreed to meet are the informal meeting's, inferred.
    expect(briefs[1]!.parties.map((p) => [p.name, p.rules])).toEqual([
      ['Chile', ['facts:foreseen-sides']],
      ['Peru', ['facts:foreseen-sides']],
    ]);
  });
});

describe('a session a report foresees, told twice', () => {
  // Passage written for this test.
  it('is one session where two sentences give it the same day', async () => {
    const briefs = await briefsOf({
      a: {
        text: 'TACNA — Chile and Peru held talks in Tacna today, mediated by Norway.\nThey will also convene a meeting of the joint commission on April 18.\nA new meeting of the joint commission will be held in Arica on April 18, the mediator said.\n',
        published: '2031-04-10',
      },
    });
    expect(briefs.map((b) => [b.status, held(b), b.dates.planned.map((d) => d.value)])).toEqual([
      ['held', ['2031-04-10'], []],
      ['planned', [], ['2031-04-18']],
    ]);
  });
});

describe('a session announced for a day, that no report says met then', () => {
  // Passages written for this test.
  const announced: Article = { text: 'Chile and Peru will resume their talks in Tacna on Monday, April 14, the mediator announced.\n', published: '2031-04-10' };
  it('is the one session of its series that met in the weeks after that day', async () => {
    const briefs = await briefsOf({
      a: announced,
      b: { text: 'Chile and Peru reopened their talks in Tacna on April 29, the mediator said.\n', published: '2031-04-30' },
      c: { text: 'Chile and Peru held talks in Tacna on March 20, the mediator said.\n', published: '2031-03-21' },
    });
    expect(briefs.map((b) => [b.status, held(b), b.dates.planned.map((d) => d.value), b.docs])).toEqual([
      ['held', ['2031-03-20'], [], ['c']],
      ['held', ['2031-04-29'], ['2031-04-14'], ['a', 'b']],
    ]);
  });
  it('stays a planned session of its own where another session met in between, or none met in the weeks after', async () => {
    const between = await briefsOf({
      a: announced,
      b: { text: 'Chile and Peru reopened their talks in Tacna on April 29, the mediator said.\n', published: '2031-04-30' },
      d: { text: 'Chile and Peru held talks in Tacna on April 17, the mediator said.\n', published: '2031-04-18' },
    });
    expect(between.map((b) => [b.status, b.docs])).toEqual([
      ['held', ['a', 'd']],
      ['held', ['b']],
    ]);
    const late = await briefsOf({ a: announced, b: { text: 'Chile and Peru reopened their talks in Tacna on July 29, the mediator said.\n', published: '2031-07-30' } });
    expect(late.map((b) => [b.status, b.docs])).toEqual([
      ['planned', ['a']],
      ['held', ['b']],
    ]);
  });
});

describe('round logic within a document (resolveRounds, attributeSentences)', () => {
  const cue = (over: Partial<RoundCue>): RoundCue => ({ start: 0, end: 1, text: 'x', sentence: 0, ...over });
  const sent = (text: string, cues: RoundCue[] = [], extra: { heading?: boolean; lineStart?: boolean } = {}) => ({ text, round: 0, cues, heading: !!extra.heading, lineStart: extra.lineStart ?? true });

  it("resolves relative cues against the document's current round, and a document that numbers none to round 0", () => {
    const { cues, current } = resolveRounds([cue({ ordinal: 2, status: 'held' }), cue({ relative: 'next' }), cue({ relative: 'previous' })]);
    expect(current).toBe(2);
    expect(cues.map((c) => c.round)).toEqual([2, 3, 1]);
    expect(resolveRounds([cue({}), cue({ relative: 'current' })]).cues.map((c) => c.round)).toEqual([0, 0]);
    // A round only recalled ("Before the first round was suspended") is not the document's own.
    expect(resolveRounds([cue({ ordinal: 1, recalled: true }), cue({ ordinal: 3, status: 'held' })]).current).toBe(3);
  });

  it('gives no round to a first session still to come in a report of a later round met ("the first meeting of the sub-committee will be held …")', () => {
    const { cues } = resolveRounds([cue({ ordinal: 5, status: 'held' }), cue({ ordinal: 1, status: 'planned', sentence: 4 })]);
    expect(cues.map((c) => c.round)).toEqual([5, undefined]);
    // (a first round still to come, in a report of no round met, is the series' first)
    expect(resolveRounds([cue({ ordinal: 1, status: 'planned' })]).cues.map((c) => c.round)).toEqual([1]);
  });

  it('makes "a new round" to come the round after the numbered one only where that one is said to have met', () => {
    // "A new round will open on Monday", after "the fourth round ended": the fifth.
    expect(resolveRounds([cue({ relative: 'renewed', status: 'planned' }), cue({ ordinal: 4, status: 'held', sentence: 1 })]).cues[0]!.round).toBe(5);
    // "the new round …, the fourth round but the first in two months": the fourth.
    expect(resolveRounds([cue({ relative: 'renewed', status: 'planned' }), cue({ ordinal: 4, sentence: 1 })]).cues[0]!.round).toBe(4);
  });

  it('gives a sentence that only announces a later round to the round before, and a sentence that points back the round before it', () => {
    const anaphor = /\bthose talks\b/i;
    const sents = [
      sent('Second round text.', [cue({ ordinal: 2, round: 2, status: 'held' })]),
      sent('They agreed to hold a third round.', [cue({ ordinal: 3, round: 3, status: 'announced' })]),
      sent('The fourth round opened.', [cue({ ordinal: 4, round: 4, status: 'held' })]),
      sent('Those talks were tense.', [], { lineStart: false }),
      sent('Unrelated line.'),
    ];
    attributeSentences(sents, 2, anaphor);
    expect(sents.map((s) => s.round)).toEqual([2, 2, 4, 4, 2]);
  });

  it('gives a sentence that names a later round only as the bound of what it tells ("before the next talks") its section\'s round', () => {
    // Passage written for this test.
    const text = 'The working group will meet before the next talks, the envoy said.';
    const at = text.indexOf('next talks');
    const bound = /\b(?:before|ahead of)\s+(?:the\s+)?$/i;
    const make = () => [sent('The third round ended.', [cue({ ordinal: 3, round: 3, status: 'held' })]), { ...sent(text, [cue({ start: 100 + at, relative: 'next', round: 4, status: 'held' })], { lineStart: false }), start: 100 }];
    const bounded = make();
    attributeSentences(bounded, 3, /\bthose talks\b/i, undefined, bound);
    expect(bounded.map((s) => s.round)).toEqual([3, 3]);
    // (without the bound's words, the later round it names)
    const plain = make();
    attributeSentences(plain, 3, /\bthose talks\b/i);
    expect(plain.map((s) => s.round)).toEqual([3, 4]);
  });

  it('gives the sentences after one that tells of another round held, in its paragraph, that round', () => {
    const sents = [
      sent('The second round opens tomorrow.', [cue({ ordinal: 2, round: 2, status: 'planned' })]),
      sent('Six days ago, the first round was concluded in Lima.', [cue({ ordinal: 1, round: 1, status: 'held', recalled: true })]),
      sent('The Chilean delegation was led by its defence minister.', [], { lineStart: false }),
      sent('The Peruvian side was headed by its army chief.', [], { lineStart: false }),
      sent('The sides keep their channels open.', [], { lineStart: false }),
      sent('A new paragraph on the coming round.'),
    ];
    attributeSentences(sents, 2, /(?!)/, /\b(?:was|were)\b|\b\w{3,}ed\b/);
    // (not one in the present tense, which speaks of the talks at large)
    expect(sents.map((s) => s.round)).toEqual([2, 1, 1, 1, 2, 2]);
  });

  it('gives a report whose headline announces the next round the round the report tells', () => {
    const sents = [
      sent('Chile and Bolivia end talks in Lima, agree to hold third round next week', [cue({ ordinal: 3, round: 3, status: 'announced' })], { heading: true }),
      sent('The second round of talks ended in Lima.', [cue({ ordinal: 2, round: 2 })]),
      sent('The agenda was long.'),
    ];
    attributeSentences(sents, 2, /(?!)/);
    expect(sents.map((s) => s.round)).toEqual([2, 2, 2]);
  });

  it("gives a section the round of the first numbered cue in its heading or first paragraph", () => {
    const sents = [
      sent('Intro.', [cue({ ordinal: 1, round: 1, status: 'held' })]),
      sent('Third round', [cue({ ordinal: 3, round: 3 })], { heading: true }),
      sent('Both sides spoke.'),
      sent('Background', [], { heading: true }),
      sent('Nothing numbered here.'),
    ];
    attributeSentences(sents, 1, /(?!)/);
    expect(sents.map((s) => s.round)).toEqual([1, 3, 3, 1, 1]);
  });
});

describe('a round announced by number and reported without it', () => {
  // Passages written for this test.
  it('is the one unnumbered session of the series that met after it was planned for and before the next numbered round', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'The first round of talks between Chile and Bolivia ended in Lima on January 9, 2031. Peru will host the next round of talks starting in February, said its ambassador in Lima.\n');
    writeFileSync(join(dir, 'a.meta.json'), '{"published":"2031-01-10"}');
    writeFileSync(join(dir, 'b.txt'), 'Chile and Bolivia resumed their talks in Cusco on Monday.\n');
    writeFileSync(join(dir, 'b.meta.json'), '{"published":"2031-02-18"}');
    writeFileSync(join(dir, 'c.txt'), 'The third round of talks between Chile and Bolivia opened in La Paz on May 2, 2031.\n');
    const briefs = (await run({ corpus: dir })).briefs;
    expect(briefs.map((b) => [b.ordinal, b.status, b.docs])).toEqual([
      [1, 'held', ['a']],
      [2, 'held', ['a', 'b']],
      [3, 'held', ['c']],
    ]);
  });
});

describe('an unnumbered report of the day a numbered round met', () => {
  // Passages written for this test: invented talks, invented people.
  it('joins that round where they share a day and a name and nothing contradicts, though both name much', async () => {
    const briefs = await briefsOf({
      a: {
        text: 'A memorandum was signed in Lima on March 3, 2031 by Pablo Mena and Rosa Vidal, after talks between the Government of Chile and the opposition. Peru hosted the signing. Foreign Minister Lars Holm of Norway welcomed it, as did Ana Ruiz.\n',
        published: '2031-03-04',
      },
      b: {
        text: 'The Norwegian Embassy in Peru announced that the next round of dialogue between the Government and the Chilean opposition will take place from May 17 to 20 in Lima.\n\nDelegations from the government of Tomas Berg and the opposition grouped in the Civic Front have met in Lima on three previous occasions.\n\nThe first meeting took place last March 3, when both delegations signed a memorandum of understanding with the support of Norway.\n',
        published: '2031-05-08',
      },
    });
    const first = briefs.filter((b) => held(b).includes('2031-03-03'));
    expect(first.length).toBe(1);
    expect(first[0]!.ordinal).toBe(1);
  });
});

describe('a weekend beside a span the sources give', () => {
  // Passage written for this test.
  it('says nothing more than the span: no held day of its own', async () => {
    const briefs = await briefsOf({
      a: {
        text: 'The third round of talks between Chile and Peru, held this weekend in Lima, ended on Monday. The delegations met in Lima from March 8 to 10, 2031.\n',
        published: '2031-03-11',
      },
    });
    expect(held(briefs[0]!).filter((v) => v.includes('W'))).toEqual([]);
    expect(held(briefs[0]!)).toContain('2031-03-08/2031-03-10');
  });
});

describe('a memorandum "subscribed on DATE"', () => {
  // Passage written for this test.
  it('is a recalled settlement: its day is background, not the session reported', async () => {
    const briefs = await briefsOf({
      a: {
        // (a report with no publication day, as the days before it bound nothing)
        text: 'Talks between Chile and the opposition end\n\nAt the conclusion of the third round of dialogue, held in Lima, the mediator read the joint statement.\n\nThe Board of the Process of Dialogue on Chile, installed according to the Understanding Memorandum subscribed on August 13, 2031, met in Lima, in the Republic of Peru, from September 25 to 27, 2031.\n',
      },
    });
    const sept = briefs.find((b) => held(b).includes('2031-09-25/2031-09-27'))!;
    expect(held(sept)).not.toContain('2031-08-13');
  });
});

describe('a settlement "signed between" the sides, and a term "by DATE"', () => {
  // Passage written for this test: invented talks.
  it('reports the session (its day and city), and gives the term no held day', async () => {
    const briefs = await briefsOf({
      a: {
        text: 'The declaration was signed between the Chilean government and the Andean Front in Lima on Saturday 19 July 2031.\n\nThe two parties undertake to begin negotiations on the peace agreement by 8 August at the latest, with signature expected by 18 August.\n',
      },
    });
    const held = briefs.flatMap((b) => b.dates.held.map((d) => d.value));
    expect(held).toContain('2031-07-19');
    expect(held).not.toContain('2031-08-08');
    expect(held).not.toContain('2031-08-18');
  });
});

describe('rounds: a session dated by its week or month only', () => {
  // Passages written for these tests.
  it('keeps a first meeting held "last week" apart from a signing months later, and numbers them in order', async () => {
    const briefs = await briefsOf({
      a: { text: 'Ghana hosted talks between Togo and the Volta Front last week, their first direct meeting in years, a source said.\n', published: '2031-04-05' },
      b: { text: 'Togo and the Volta Front met in Accra on Saturday and signed a declaration of principles.\n', published: '2031-07-19' },
    });
    expect(briefs.map((b) => [b.ordinal, b.docs.join(','), held(b).join(',')])).toEqual([
      [1, 'a', '2031-W13'],
      [2, 'b', '2031-07-19'],
    ]);
    expect(briefs[0]!.status).toBe('held');
  });
  it('makes a round of a session that met "earlier this month" where no round of its series met that month', async () => {
    const briefs = await briefsOf({
      a: { text: 'Chile and Peru held talks in Arica on Monday.\n', published: '2031-04-15' },
      b: { text: 'Delegations from Togo and the Volta Front met earlier this month in Accra, according to both sides.\n', published: '2031-04-24' },
    });
    expect(briefs.map((b) => [b.docs.join(','), held(b).join(',')]).sort()).toEqual([
      ['a', '2031-04-14'],
      ['b', '2031-04'],
    ]);
  });
});

describe('rounds: a session that a report plans after its own', () => {
  // Passages written for this test.
  it('keeps a meeting and the signing its report announces for three days later apart', async () => {
    const briefs = await briefsOf({
      a: { text: 'Ghana and Togo held a border committee meeting in Accra on Thursday. The prime ministers are scheduled to meet in Accra on Sunday to sign a peace agreement.\n', published: '2031-05-09' },
      b: { text: 'The prime ministers of Ghana and Togo signed a peace agreement in Accra on Sunday.\n', published: '2031-05-11' },
    });
    expect(briefs.map((b) => [b.docs.join(','), held(b).join(',')])).toEqual([
      ['a', '2031-05-08'],
      ['b', '2031-05-11'],
    ]);
  });
});

describe('rounds: an undated report of a session that met, and a round a side stayed away from', () => {
  // Passages written for this test.
  it('joins the round a report says met, not the one whose report dates it but says a side never showed up', async () => {
    const briefs = await briefsOf({
      a: { text: 'Chile and Peru held talks in Tacna on March 10, 2031, mediated by Lars Berg of Norway. The Chilean delegation was led by Ana Soto.\n', published: '2031-03-11' },
      b: { text: 'The latest meeting of Chile and Peru took place in Tacna on June 3 and 4, Ana Soto told reporters. The Peruvian team of Jorge Ruiz did not show up at the talks, she said. The mediator, Lars Berg, regretted it.\n', published: '2031-06-05' },
      c: { text: 'Talks between Chile and Peru resumed this morning in Tacna, mediated by Lars Berg. The Chilean delegation is led by Ana Soto, the Peruvian delegation by Jorge Ruiz.\n' },
    });
    expect(briefs.map((b) => [b.status, b.docs])).toEqual([
      ['held', ['a', 'c']],
      ['cancelled', ['b']],
    ]);
  });
});

describe('rounds: a report dated only by its dateline', () => {
  // Passages written for this test.
  it('joins the round of its series planned for the dateline\'s day, the year taken from the series', async () => {
    const briefs = await briefsOf({
      a: { text: 'Ghana and Togo held a border committee meeting in Accra on Thursday.\n', published: '2031-08-08' },
      b: { text: 'The border committee meeting of Ghana and Togo is scheduled for December 27 in Aflao.\n', published: '2031-12-24' },
      c: { text: 'ACCRA, Dec 27 — The border committee meeting of Ghana and Togo ended with a deal on prisoners, the minister told reporters today.\n' },
    });
    expect(briefs.map((b) => b.docs.join(',')).sort()).toEqual(['a', 'b,c']);
  });
});

describe('rounds: a dateline of cities joined by slashes', () => {
  // Passage written for this test.
  it("reads its day as the report's, not the session's, and takes none of its cities for the venue", async () => {
    const briefs = await briefsOf({
      a: { text: 'Lima/Santiago, March 8 (Andes Agency): The latest round of talks between Chile and Peru concluded on Friday without agreement.\n', published: '2031-03-08' },
    });
    expect(briefs).toHaveLength(1);
    expect(held(briefs[0]!)).toEqual(['2031-03-07']);
    expect(briefs[0]!.venue.city).toEqual([]);
  });
});

describe('rounds: a dateline with its day after the city', () => {
  // Passage written for this test.
  it('takes the dateline city ("LIMA, 7 March 2031 –") for the venue where no sentence names one (C2)', async () => {
    const briefs = await briefsOf({
      a: { text: 'LIMA, 7 March 2031 – The fourth round of the Pacific Boundary Talks between Chile and Peru took place on 6-7 March 2031.\n' },
    });
    expect(briefs).toHaveLength(1);
    expect(briefs[0]!.venue.city.map((c) => c.name.toLowerCase())).toEqual(['lima']);
  });
});

describe('rounds: a body that governs from a city', () => {
  // Passage written for this test.
  it('takes no venue from "the authorities in CITY" in a sentence on the session: where the body sits (C2)', async () => {
    const briefs = await briefsOf({
      a: { text: 'Chile and Peru held the fourth round of their border talks on March 5, 2031.\nThe representatives of the authorities in Arica walked out of the talks when water rights came up.\n', published: '2031-03-06' },
    });
    expect(briefs).toHaveLength(1);
    expect(briefs[0]!.venue.city).toEqual([]);
  });
});

describe('rounds: where someone spoke of the talks', () => {
  // Passage written for this test.
  it('takes no venue from a press appearance "in CITY" in a sentence on the session: where one spoke, not where the talks met', async () => {
    const briefs = await briefsOf({
      a: { text: 'Chile and Peru held the fourth round of their border talks on March 5, 2031.\nThe dates of the talks were announced by their mediator, Ana Ruiz, during a press briefing in Arica.\n', published: '2031-03-07' },
    });
    expect(briefs).toHaveLength(1);
    expect(briefs[0]!.venue.city).toEqual([]);
  });
});

describe("rounds: a state's legislature", () => {
  // Passage written for this test.
  it('takes no legislature named with its country for a party beside that country ("Deputy Speaker of the National Assembly of Chile NAME")', async () => {
    const briefs = await briefsOf({
      a: { text: 'The special envoys of Chile and Peru, Deputy Speaker of the National Assembly of Chile Ana Ruiz and Ambassador Tomas Varga, held their third meeting in Lima on Wednesday.\n', published: '2031-03-06' },
    });
    expect(briefs).toHaveLength(1);
    expect(briefs[0]!.parties.map((p) => p.name).sort()).toEqual(['Chile', 'Peru']);
  });
  it("seats the legislature's official in the delegation of its country, not as a third party at the table", async () => {
    const briefs = await briefsOf({
      a: { text: 'Deputy Speaker of the National Assembly of Chile Ana Ruiz met Peru\'s envoy Tomas Varga in Lima on Wednesday for talks between Chile and Peru.\n', published: '2031-03-06' },
    });
    expect(briefs).toHaveLength(1);
    expect(briefs[0]!.mediators.map((m) => m.name)).toEqual([]);
    expect(briefs[0]!.delegations.find((d) => d.party.name === 'Chile')?.members.map((m) => m.person.name)).toEqual(['Ana Ruiz']);
  });
});

describe('rounds: talks a third party leads', () => {
  // Passage written for this test.
  it('takes the name before "-led" and a session noun for a mediator ("the Kenya-led peace talks"), not one before "-led" and anything else', async () => {
    const briefs = await briefsOf({
      a: { text: 'The Kenya-led peace talks between Ghana and Togo opened in Nairobi on Monday, while a Saudi-led coalition kept its distance.\n', published: '2031-03-04' },
    });
    expect(briefs).toHaveLength(1);
    expect(briefs[0]!.mediators.map((m) => m.name)).toEqual(['Kenya']);
    expect(briefs[0]!.parties.map((p) => p.name).sort()).toEqual(['Ghana', 'Togo']);
  });
});

describe('rounds: talks under the chairmanship of a body', () => {
  // Passage written for this test.
  it('takes the body "under the co-chairmanship of" which the talks meet for a mediator (F1)', async () => {
    const briefs = await briefsOf({
      a: { text: 'The fourth round of talks between Ghana and Togo, held under the co-chairmanship of the African Union, ended in Accra on March 5, 2031.\n', published: '2031-03-06' },
    });
    expect(briefs).toHaveLength(1);
    expect(briefs[0]!.mediators.map((m) => m.name)).toContain('African Union');
    expect(briefs[0]!.parties.map((p) => p.name)).not.toContain('African Union');
  });
});

describe("rounds: a round's day that another report of it gives", () => {
  // Passages written for this test.
  it('keeps the year a report without publication day reads for a numbered round where another report of that round gives the same day, though no session is dated before it (B2)', async () => {
    const briefs = await briefsOf({
      b: { text: 'Date\n3/9/2031 7:10 PM\nLome will host on Monday, March 10, the second round of border talks between Ghana and Togo, officials said on Sunday.\n' },
      c: { text: 'The second round of border talks between Ghana and Togo opened in Lome on Monday.\n', published: '2031-03-11' },
      d: { text: 'The presidents of Ghana and Togo met in Accra on Thursday and signed a border accord.\n', published: '2031-06-20' },
    });
    const second = briefs.filter((b) => b.ordinal === 2);
    expect(second).toHaveLength(1);
    expect(second[0]!.docs).toEqual(['b', 'c']);
    expect(briefs.flatMap((b) => b.dates.planned.map((p) => p.value)).filter((v) => v.startsWith('2032'))).toEqual([]);
  });
});

describe('rounds: a report of a session under a headline that sets the next round', () => {
  // Passage written for this test.
  it('gives the session its lead tells as met, unnumbered, to the round before the one the article numbers as to come (A2)', async () => {
    const briefs = await briefsOf({
      a: { text: 'Third round of talks between Chile and Peru set\n\nChilean Foreign Minister Ana Soto and Peruvian Foreign Minister Luis Rojas met in Lima on Monday.\nA third round of talks will be held on May 4, 2031 in Arica, the host said.\n', published: '2031-03-04' },
    });
    const second = briefs.find((b) => b.ordinal === 2);
    expect(second?.dates.held.map((h) => h.value)).toEqual(['2031-03-03']);
    expect(second!.delegations.flatMap((d) => d.members.map((m) => m.person.name)).sort()).toEqual(['Ana Soto', 'Luis Rojas']);
    const third = briefs.find((b) => b.ordinal === 3)!;
    expect(third.dates.held).toEqual([]);
    expect(third.delegations).toEqual([]);
  });
});

describe('rounds: a lead on a numbered round met, under a standfirst on the next', () => {
  // Passage written for this test.
  it('gives the sentences after the announcement of the next round to the round the lead tells as met (A2)', async () => {
    const briefs = await briefsOf({
      a: { text: 'Chile and Peru will meet next month for a third round, the mediator said.\n\nLIMA - A second round of talks between Chile and Peru ended without a deal on Tuesday.\n"We will reconvene in Arica on April 8 for a third round," the mediator said.\n\nRelated Coverage\n\nThe remarks came after ten hours of talks mediated by Ghana in Lima.\n', published: '2031-03-05' },
    });
    expect(briefs.find((b) => b.ordinal === 2)!.mediators.map((m) => m.name)).toContain('Ghana');
    expect(briefs.find((b) => b.ordinal === 3)?.mediators ?? []).toEqual([]);
  });
});

describe('rounds: the sides after a mediator', () => {
  // Passage written for this test.
  it('takes no one named after "between" in "mediated by X between A and B" for a mediator (F1)', async () => {
    const briefs = await briefsOf({
      a: { text: 'Ten hours of talks mediated by Ghanaian officials between Chilean Foreign Minister Ana Soto and her Peruvian counterpart, Luis Rojas, ended in Accra on March 5, 2031.\n', published: '2031-03-06' },
    });
    expect(briefs).toHaveLength(1);
    const mediators = briefs[0]!.mediators.map((m) => m.name);
    expect(mediators).not.toContain('Ana Soto');
    expect(mediators).not.toContain('Chile');
  });
});

describe('rounds: a week a report plans after its own session', () => {
  // Passages written for this test.
  it('keeps a session and the talks its report expects "next week" apart, where the other report gives no city', async () => {
    const briefs = await briefsOf({
      a: { text: 'Ghana and Togo ended two days of talks in Accra on Friday. The talks are expected to resume next week.\n', published: '2031-05-09' },
      b: { text: 'The talks between Ghana and Togo resumed on Tuesday, officials said.\n', published: '2031-05-14' },
    });
    expect(briefs.map((b) => [b.docs.join(','), b.dates.planned.map((d) => d.value).join(',')])).toEqual([
      ['a', '2031-W20'],
      ['b', ''],
    ]);
  });
});

describe('rounds: an undated report whose city rules out a round', () => {
  // Passages written for this test.
  it('joins the round of its series that met and that its city does not rule out, however many people it shares with another', async () => {
    const briefs = await briefsOf({
      a: { text: 'Chile and Bolivia ended two days of talks on Friday, officials said. Chilean President Ana Soto welcomed the progress.\n', published: '2031-05-09' },
      b: { text: "Talks between Chile and Bolivia resumed in Quito on Sunday. The Chilean delegation is led by Marco Ruiz and Elena Paz, and Bolivia's delegation is led by Juan Mamani.\n", published: '2031-05-19' },
      c: { text: "LIMA, Peru - Talks between Chile and Bolivia are taking place in Lima on Thursday and Friday. The Chilean delegation is led by Marco Ruiz and Elena Paz, and Bolivia's delegation is led by Juan Mamani. Chilean President Ana Soto has called for a deal.\n" },
    });
    expect(briefs.map((b) => [b.docs.join(','), b.venue.city.map((c) => c.name).join(',')])).toEqual([
      ['a,c', 'Lima'],
      ['b', 'Quito'],
    ]);
  });
});

describe('rounds: an undated report that shares as much with two rounds', () => {
  // Passages written for this test.
  it('opens no round of its own: it reports one of them, which it cannot tell', async () => {
    const briefs = await briefsOf({
      a: { text: 'Talks between Chile and Bolivia opened in Quito on Monday. The Chilean delegation is led by Marco Ruiz, and Bolivia\'s delegation is led by Juan Mamani.\n', published: '2031-02-11' },
      b: { text: 'Talks between Chile and Bolivia resumed in Quito on Tuesday. The Chilean delegation is led by Marco Ruiz, and Bolivia\'s delegation is led by Juan Mamani.\n', published: '2031-06-10' },
      c: { text: 'Marco Ruiz of Chile and Juan Mamani of Bolivia met in Quito and agreed to set up a joint commission on water rights.\n' },
    });
    expect(briefs.map((b) => [b.docs.join(','), held(b).join(',')])).toEqual([
      ['a', '2031-02-10'],
      ['b', '2031-06-10'],
    ]);
  });
});

describe('rounds: an undated report from a city other than the one announced', () => {
  // Passages written for this test.
  it('joins the round whose reports of the session met name no city against it, and gives the city it met in before the one announced', async () => {
    const briefs = await briefsOf({
      a: { text: 'Chile and Bolivia held the third round of talks in Quito on Monday and Tuesday.\n', published: '2031-03-05' },
      b: { text: "Chile and Bolivia agreed to hold the fourth round of talks in Santiago on April 2-6. The Chilean delegation will be led by Marco Ruiz, and Bolivia's delegation by Juan Mamani.\n", published: '2031-03-06' },
      c: { text: 'Chile and Bolivia ended the fourth round of talks on Thursday, officials said.\n', published: '2031-04-07' },
      d: { text: 'LIMA, Peru - After four days of talks, Chilean negotiator Marco Ruiz and Bolivian negotiator Juan Mamani signed an interim accord here.\n' },
    });
    expect(briefs.map((b) => [b.docs.join(','), b.venue.city.map((c) => c.name).join(',')])).toEqual([
      ['a,b', 'Quito'],
      ['b,c,d', 'Lima'],
    ]);
  });
});

describe('rounds: a numbered round with a misdated report', () => {
  // Passages written for this test.
  it('keeps a round whose reports give days years apart from a session that met between them', async () => {
    const briefs = await briefsOf({
      a: { text: 'The 41st round of talks between Chile and Peru was held in Lima on January 19. The EU and the UN welcomed it.\n', published: '2026-01-20' },
      // (no publication day; its year comes from a month it names, years before)
      b: { text: 'The 41st round of talks between Chile and Peru will take place in Lima on January 19, the ministry announced. The talks stopped in March 2021. The EU and the UN welcomed the news.\n' },
      c: { text: 'Bolivian envoys held talks on Tuesday. The EU and the UN welcomed them.\n', published: '2023-06-14' },
    });
    expect(briefs.map((b) => b.docs.join(',')).sort()).toEqual(['a,b', 'c']);
  });

  it("gives the day whose year a report with no publication day guessed the year the same round's other reports give it", async () => {
    const briefs = await briefsOf({
      a: { text: 'The 41st round of talks between Chile and Peru was held in Lima on January 19. The EU and the UN welcomed it.\n', published: '2026-01-20' },
      b: { text: 'The 41st round of talks between Chile and Peru will take place in Lima on January 19, the ministry announced. The talks stopped in March 2021. The EU and the UN welcomed the news.\n' },
    });
    const round = briefs.find((x) => x.ordinal === 41)!;
    expect([...round.dates.held, ...round.dates.planned].map((d) => d.value)).not.toContain('2021-01-19');
    expect(round.dates.held.map((d) => d.value)).toEqual(['2026-01-19']);
  });

  it('gives a day whose year a report guessed from its background, years from the series, the year that keeps the rounds in order', async () => {
    const briefs = await briefsOf({
      // (no publication day; its only year is a background month, years before)
      a: { text: 'The first round of talks between Chile and Peru was held in Lima on May 12, officials said. Relations between the two countries hit a low in June 2016.\n' },
      b: { text: 'The third round of talks between Chile and Peru was held in Lima on October 6, 2025, the ministry said.\n', published: '2025-10-07' },
    });
    const first = briefs.find((x) => x.ordinal === 1)!;
    expect(first.dates.held.map((d) => d.value)).toEqual(['2025-05-12']);
  });
  it('moves that report\'s own day by as many years: the day it tells as met stays met', async () => {
    const briefs = await briefsOf({
      a: { text: 'A newspaper cited two officials as saying that delegates of Chile and Peru had been holding direct talks in Lima on May 12. One official said the first round of talks included discussions about trade. Relations between the two countries hit a low in June 2016.\n' },
      b: { text: 'The third round of talks between Chile and Peru was held in Lima on October 6, 2025, the ministry said.\n', published: '2025-10-07' },
    });
    const first = briefs.find((x) => x.ordinal === 1)!;
    expect([first.status, first.dates.held.map((d) => d.value)]).toEqual(['held', ['2025-05-12']]);
  });
});

describe('rounds: a numbered round named only in passing', () => {
  // Passages written for this test.
  it('makes no round of a past round a report names as background, with nothing said of it', async () => {
    const briefs = await briefsOf({
      a: { text: 'The 12th round of talks between Chile and Peru was held in Lima on May 3, the first since Santiago broke them off after the 9th round in March 2016.\n', published: '2026-05-04' },
      b: { text: 'Chile and Peru will hold the 13th round of their talks in Quito on June 8, the ministry said.\n', published: '2026-05-20' },
    });
    expect(briefs.map((b) => b.ordinal).sort()).toEqual([12, 13]);
  });

  it('makes no round of "the upcoming round" a report looks ahead to with no day and no place', async () => {
    const briefs = await briefsOf({
      a: { text: 'The third round of talks between Chile and Peru began in Lima on May 3. The chief task of the Chilean team during the upcoming round is to arrange a meeting between President Lio Marsh and President Oren Vask, an official said.\n', published: '2026-05-03' },
    });
    expect(briefs.map((b) => b.ordinal)).toEqual([3]);
  });

  it('makes no round of another round a report says is set for next week, with no day and no place, unless a report tells of it', async () => {
    const a = { text: 'Officials from Chile and Peru held their first round of talks in Lima on March 2. The Chilean team was led by envoy Lio Marsh, who said that another round of talks had been scheduled for next week.\n', published: '2026-03-04' };
    expect((await briefsOf({ a })).map((b) => b.ordinal)).toEqual([1]);
    const b = { text: 'Chile and Peru held a second round of talks in Lima on March 10, officials said.\n', published: '2026-03-11' };
    expect((await briefsOf({ a, b })).map((x) => x.ordinal).sort()).toEqual([1, 2]);
  });

  it('places a round whose reports name no city in the city its series\' other rounds met in (two at least, three in four), inferred; not where they met in two', async () => {
    const a = { text: 'Chile and Peru held the first round of their border talks in Lima on March 2.\n', published: '2026-03-03' };
    const b = { text: 'Chile and Peru held the second round of their border talks in Lima on April 6.\n', published: '2026-04-07' };
    const c = { text: 'Chile and Peru held the third round of their border talks on May 4, officials said.\n', published: '2026-05-05' };
    const third = (await briefsOf({ a, b, c })).find((x) => x.ordinal === 3)!;
    expect(names(third.venue.city)).toEqual(['Lima']);
    expect(third.venue.city[0]!.rules).toEqual(['briefs:series-city']);
    expect(third.venue.city[0]!.inferred).toBeDefined();
    const b2 = { ...b, text: b.text.replace('Lima', 'Arica') };
    expect((await briefsOf({ a, b: b2, c })).find((x) => x.ordinal === 3)!.venue.city).toEqual([]);
    // (one round in four elsewhere, a later meeting in another city, leaves the series' city)
    const d = { text: 'Chile and Peru held the fourth round of their border talks in Lima on June 1.\n', published: '2026-06-02' };
    const e = { text: 'Chile and Peru held the fifth round of their border talks in Arica on July 6.\n', published: '2026-07-07' };
    expect(names((await briefsOf({ a, b, c, d, e })).find((x) => x.ordinal === 3)!.venue.city)).toEqual(['Lima']);
  });

  it('keeps a round a report only announces, with nothing else said of it', async () => {
    const briefs = await briefsOf({
      a: { text: 'The 12th round of talks between Chile and Peru was held in Lima on May 3. A 13th round is planned, the ministry said.\n', published: '2026-05-04' },
    });
    expect(briefs.map((b) => b.ordinal).sort()).toEqual([12, 13]);
  });
});

describe('rounds: a weekday in a report with no publication day', () => {
  // Passages written for this test.
  it('takes "on Wednesday", read against an older day of its own text, for the Wednesday the same numbered round was announced for', async () => {
    const briefs = await briefsOf({
      a: { text: 'The 12th round of talks between Chile and Peru will take place in Lima on 6 October 2021, the ministry said.\n', published: '2021-10-01' },
      b: { text: 'The 12th round of talks between Chile and Peru was held in Lima on Wednesday. The 11th round had been held in Quito on March 16, after talks stopped in March 2016.\n' },
    });
    const twelfth = briefs.find((x) => x.ordinal === 12)!;
    expect(twelfth.dates.held.map((d) => [d.value, !!d.inferred])).toEqual([['2021-10-06', true]]);
  });
  it('takes "will meet on Wednesday for the 12th round", read so, for the Wednesday the round was announced for', async () => {
    const briefs = await briefsOf({
      a: { text: 'The 11th round of talks between Chile and Peru ended in Lima on Thursday. The 12th round is to be held in Lima on 6 October 2021, the ministry said.\n', published: '2021-09-24' },
      b: { text: 'Envoys of Chile and Peru will meet in Lima on Wednesday for the 12th round of talks, the ministry said. The 11th round had been held in Lima on September 23, 2021.\n' },
    });
    const twelfth = briefs.find((x) => x.ordinal === 12)!;
    expect(twelfth.dates.planned.map((d) => d.value)).toEqual(['2021-10-06']);
  });
  it("moves the report's other weekdays by as many weeks, and gives none of them the day it states for an earlier round", async () => {
    const briefs = await briefsOf({
      a: { text: 'The 11th round of talks between Chile and Peru ended in Lima on Wednesday. The 12th round is to be held in Lima on 6 October 2021, the ministry said.\n', published: '2021-09-23' },
      b: { text: 'Chile and Peru to meet twice this week\n\nThe 12th and 13th rounds of talks are to take place on Wednesday and Thursday in Lima.\n\nEnvoys of Chile and Peru will meet in Lima on Wednesday for the 12th round of talks, the ministry said. The 11th round was held on September 22, 2021.\nA 13th meeting is expected on Thursday, the ministry said.\n' },
    });
    const days = (n: number) => { const b = briefs.find((x) => x.ordinal === n)!; return [...b.dates.held, ...b.dates.planned].map((d) => d.value); };
    // (every weekday of b was read against September 22, the 11th round's day: "Wednesday" is that day itself)
    expect(days(11)).toEqual(['2021-09-22']);
    // (b numbers its two meetings on consecutive days as two rounds; they are one block of days, the 12th round)
    expect(days(12)).toEqual(['2021-10-06', '2021-10-07']);
    expect(briefs.map((x) => x.ordinal).sort()).toEqual([11, 12]);
    // (what comes after the 11th round comes after its day: not the Wednesday misread as that very day)
    // (and a step's weekday moved with the rest of its report: both announcements give the 12th round's day)
    const next = briefs.find((x) => x.ordinal === 11)!.next;
    expect(next.map((n) => n.date)).toEqual(['2021-10-06']);
    expect(next[0]!.evidence.map((e) => e.doc).sort()).toEqual(['a', 'b']);
  });
});

describe('briefs: what comes next, on a weekday its report read against an older day', () => {
  // Passage written for this test.
  it('takes the day the rounds stage moved the weekday to, not the one read against the first round\'s day', async () => {
    const briefs = await briefsOf({
      a: { text: 'The first round of talks between Chile and Peru ended in Lima on Wednesday. The second round will be held in Lima on 6 October 2021, the ministry said.\n', published: '2021-09-23' },
      b: { text: 'The first round of talks between Chile and Peru was held on September 22, 2021. Envoys of Chile and Peru will meet in Lima on Wednesday for the second round of talks, the ministry said.\nA third meeting is expected to take place on Thursday, the ministry said.\n' },
    });
    expect(briefs.find((x) => x.ordinal === 2)!.next.map((n) => n.date)).toEqual(['2021-10-07']);
  });
  it("lists a later round's announcement from that round's own report only where the round's reports say nothing of what comes next", async () => {
    const b = { text: 'The 16th round of talks between Chile and Peru will open in Tacna on Sunday, July 20, 2031, officials said. The 15th round was held in March.\n', published: '2031-07-18' };
    const told = await briefsOf({
      a: { text: 'The 15th round of talks between Chile and Peru was held in Lima on March 11, 2031. The two sides agreed to meet again in Santiago.\n', published: '2031-03-12' },
      b,
    });
    expect(told.find((x) => x.ordinal === 16)!.dates.planned.map((d) => d.value)).toEqual(['2031-07-20']);
    const next = told.find((x) => x.ordinal === 15)!.next;
    expect(next.length).toBeGreaterThan(0);
    expect(next.filter((n) => n.evidence.some((e) => e.doc === 'b'))).toEqual([]);
    const silent = await briefsOf({
      a: { text: 'The 15th round of talks between Chile and Peru was held in Lima on March 11, 2031.\n', published: '2031-03-12' },
      b,
    });
    expect(silent.find((x) => x.ordinal === 15)!.next.map((n) => n.date)).toEqual(['2031-07-20']);
  });
});

describe('rounds: the weekdays of an unnumbered report with no publication day', () => {
  // Passages written for this test.
  it('places its weekday on the day its round\'s other reports give on it, and its other weekday of the session beside it', async () => {
    const briefs = await briefsOf({
      a: { text: 'The foreign ministers of Chile and Peru will hold talks in Lima on Wednesday.\n', published: '2031-03-04' },
      b: { text: 'The foreign ministers of Chile and Peru concluded talks in Lima on Thursday. Talks between the two ministers began in Lima on Wednesday, with one session chaired by their host.\n' },
    });
    expect(briefs).toHaveLength(1);
    expect(briefs[0]!.dates.held.map((d) => d.value).sort()).toEqual(['2031-03-05', '2031-03-05/2031-03-06', '2031-03-06']);
  });
  it('reads a beginning told in the past perfect after the end ("The talks had opened … on Wednesday") as the same session\'s', async () => {
    const briefs = await briefsOf({
      a: { text: 'The foreign ministers of Chile and Peru will hold talks in Lima on Wednesday.\n', published: '2031-03-04' },
      b: { text: 'The foreign ministers of Chile and Peru concluded talks in Lima on Thursday. The talks had opened in Lima on Wednesday, with a session chaired by their host.\n' },
    });
    expect(briefs[0]!.dates.held.map((d) => d.value).sort()).toEqual(['2031-03-05', '2031-03-05/2031-03-06', '2031-03-06']);
  });
});

describe('rounds: people a sentence of the round names, seated for a side in the series\' other rounds', () => {
  // Passages written for this test.
  const a = { text: 'Chilean Foreign Minister Ana Ruiz and Peruvian Foreign Minister Pablo Mena held talks in Lima on March 2.\n', published: '2031-03-03' };
  it('seats them for that side ("… said he and Foreign Ministers NAME and NAME would take stock")', async () => {
    const b = { text: 'Speaking at the start of the talks in Quito on Wednesday, Ecuadorian host Luis Choque said he and Foreign Ministers Ana Ruiz and Pablo Mena would take stock of the work.\n', published: '2031-04-10' };
    const second = (await briefsOf({ a, b })).find((x) => x.docs.includes('b'))!;
    expect(members(second)).toEqual(['Chile: Ana Ruiz (Foreign Minister)', 'Peru: Pablo Mena (Foreign Minister)']);
  });
  it("makes one the series' other rounds name as a mediator a mediator here, not a member", async () => {
    const briefs = await briefsOf({
      a: { text: 'Chilean and Peruvian envoys held talks in Quito on March 2, mediated by Ecuadorian diplomat Luis Choque.\n', published: '2031-03-03' },
      b: { text: 'Ecuadorian diplomat Luis Choque said on Wednesday the envoys of Chile and Peru had agreed at their talks in Quito to meet again.\n', published: '2031-04-10' },
    });
    const second = briefs.find((x) => x.docs.includes('b'))!;
    // (and Ecuador, whose diplomat mediates the first round, hosts the second in Quito)
    expect([second.mediators.map((m) => [m.name, m.rules]), members(second)]).toEqual([[['Luis Choque', ['briefs:series-mediator']], ['Ecuador', ['briefs:venue-host']]], []]);
  });
  it('makes one whose title names a body that mediates the round a mediator ("UN chief NAME" at UN-brokered talks), not a mediating country\'s president', async () => {
    const body = await briefsOf({ a: { text: 'Envoys of Chile and Peru ended UN-brokered peace talks in Quito on Monday. UN chief Lia Varga said the talks had gone well.\n', published: '2031-03-04' } });
    expect(body[0]!.mediators.map((m) => [m.name, m.rules])).toEqual([['United Nations', ['facts:mediator-x-mediated']], ['Lia Varga', ['briefs:mediator-official']]]);
    const country = await briefsOf({ a: { text: 'Envoys of Chile and Peru ended Ecuador-brokered peace talks in Quito on Monday. Ecuadorian President Lia Varga said the talks had gone well.\n', published: '2031-03-04' } });
    expect(names(country[0]!.mediators)).toEqual(['Ecuador']);
  });
  it('not the people of another meeting the sentence turns to ("the first talks since NAME and NAME met")', async () => {
    const c = { text: 'Envoys of Chile and Peru held talks in Quito on Wednesday, the first talks since Ana Ruiz and Pablo Mena met in Lima in March.\n', published: '2031-04-10' };
    const second = (await briefsOf({ a, c })).find((x) => x.docs.includes('c'))!;
    expect(members(second)).toEqual([]);
  });
});

describe("briefs: a country's army or ministry beside the country", () => {
  // Passages written for this test.
  it('keeps the country among the parties, not also its army', async () => {
    const briefs = await briefsOf({ a: { text: 'The Chilean Army and the Peruvian Army held the fifth round of talks in Arica on Monday, after Chile and Peru agreed to the meeting.\n', published: '2031-03-04' } });
    expect(names(briefs[0]!.parties)).toEqual(['Chile', 'Peru']);
  });
  it("keeps a movement whose name holds the country's", async () => {
    const briefs = await briefsOf({ a: { text: 'Talks between Chile and the National Liberation Front of Chile opened in Oslo on Monday.\n', published: '2031-03-04' } });
    expect(names(briefs[0]!.parties)).toEqual(['Chile', 'National Liberation Front of Chile']);
  });
});

describe('briefs: a country and its government named as a body', () => {
  // Passage written for this test.
  it('keeps the country among the mediators, not also its government ("facilitated by Norway" and "The Royal Norwegian Government")', async () => {
    const briefs = await briefsOf({
      a: { text: 'Talks between the Government of the Republic of Chile and the Andean Liberation Front opened in Oslo on Monday, facilitated by Norway.\nThe Royal Norwegian Government has facilitated the talks since Chile and the front agreed to meet.\n', published: '2031-03-04' },
    });
    expect(names(briefs[0]!.mediators)).toEqual(['Norway']);
  });
  it('gives a round whose report names the country alone the government the series\' other rounds name as the side', async () => {
    const briefs = await briefsOf({
      a: { text: 'The first round of formal talks between the Government of the Republic of Chile (GRC) and the Andean Liberation Front (ALF) was held in Oslo on 2-4 March 2031.\n', published: '2031-03-05' },
      b: { text: 'The second round of talks between Chile and the Andean Liberation Front ended in Oslo on Friday.\n', published: '2031-04-12' },
    });
    const second = briefs.find((x) => x.ordinal === 2)!;
    expect(names(second.parties)).toEqual(['Andean Liberation Front', 'Government of the Republic of Chile']);
    expect(second.parties.find((p) => p.name.startsWith('Government'))!.rules).toContain('briefs:series-government');
  });
});

describe('briefs: a week beside a span of its days', () => {
  // Passage written for this test.
  it('says nothing more than the span ("talks in Lima this week" beside "from March 3 to 5")', async () => {
    const briefs = await briefsOf({
      a: { text: 'Chile and Peru held talks in Lima this week. The talks ran from March 3 to 5, officials said.\n', published: '2031-03-07' },
    });
    expect(held(briefs[0]!)).toEqual(['2031-03-03/2031-03-05']);
  });
});

describe('rounds: a session said to have met in a weekend it was planned for', () => {
  // Passages written for this test.
  it('met on the days it was planned for, inferred', async () => {
    const briefs = await briefsOf({
      a: { text: 'Envoys of Chile and Peru will meet in Lima on Saturday and Sunday to discuss tariffs.\n', published: '2025-05-07' },
      b: { text: 'The Chilean and Peruvian delegations met in Lima for long hours on both days of the weekend, officials said.\n', published: '2025-05-14' },
    });
    expect(briefs).toHaveLength(1);
    expect(briefs[0]!.dates.held.map((d) => [d.value, !!d.inferred])).toEqual([['2025-05-10/2025-05-11', true]]);
  });
});

describe('rounds: a report with no day of its own, in a folder of two negotiations', () => {
  // Passages written for this test.
  it('joins no round of other talks that met its weeks where it shares its people with another round and only a body with that one', async () => {
    const briefs = await briefsOf({
      a: { text: 'Chile and Peru held talks in Tacna on March 3, 2031, mediated by the Norwegian envoy Lars Berg.\n', published: '2031-03-04' },
      b: { text: 'Serbia and Kosovo held talks in Brussels on June 10, 2031, hosted by the European Union envoy Miro Lajka, with NATO observers.\n', published: '2031-06-11' },
      c: { text: 'The envoy Lars Berg, thanking the European Union and the Red Cross for their support, says the talks in Lima are useful.\n', published: '2031-06-20' },
    });
    expect(briefs.find((b) => held(b).includes('2031-06-10'))!.docs).toEqual(['b']);
  });
  it('joins no round of other sides that met its weeks where it shares more of its people with a round of other talks', async () => {
    const briefs = await briefsOf({
      a: { text: 'Chile and Peru held talks in Tacna on March 3, 2031, mediated by the Norwegian envoy Lars Berg, with the Chilean negotiator Ana Soto.\n', published: '2031-03-04' },
      b: { text: 'Serbia and Kosovo held talks in New York on June 10, 2031, at the United Nations, chaired by the EU envoy Mark Olsen.\n', published: '2031-06-11' },
      c: { text: 'Lars Berg and Ana Soto talk at the United Nations in New York after their meeting.\n', published: '2031-06-20' },
    });
    expect(briefs.find((b) => held(b).includes('2031-06-10'))!.docs).toEqual(['b']);
  });
});

describe('rounds: two negotiations with a side in common, in one folder', () => {
  // Passages written for this test.
  it('keeps apart a report that names no sides, whose negotiator is of a country the round\'s reports never name', async () => {
    const briefs = await briefsOf({
      a: { text: 'Talks between Chile and Bolivia opened in Quito on Saturday. Bolivian Foreign Minister Ana Soto led her side. President Lio Marsh welcomed the talks.\n', published: '2031-03-10' },
      b: { text: 'Peruvian Trade Minister Omar Ruiz held talks in Lima on Saturday with envoys sent by President Lio Marsh, officials said.\n', published: '2031-03-10' },
    });
    expect(briefs.map((x) => x.docs.join(',')).sort()).toEqual(['a', 'b']);
  });
});

describe('rounds: a side named only inside a body\'s name', () => {
  // Passages written for this test.
  it('joins two reports of one numbered round where one names the country only in a body\'s name ("the Liberation Front of Bolivia")', async () => {
    const briefs = await briefsOf({
      a: { text: 'Ahead of the third round of talks in Quito, the Liberation Front of Bolivia warned that its patience was running out, its chief negotiator Ana Soto said.\n', published: '2031-03-10' },
      b: { text: 'QUITO - The third round of peace talks between Bolivia and the rebels ended with no deal, after a week of talks. Omar Ruiz, the rebels\' negotiator, spoke.\n' },
    });
    expect(briefs.filter((x) => x.ordinal === 3).map((x) => x.docs.join(','))).toEqual(['a,b']);
  });
});

describe('rounds: a report of a numbered round that names its sides only by demonyms', () => {
  // Passages written for this test.
  it('joins the report of that round whose parties its text names, though they share no name, and dates the round by the reports\' own day', async () => {
    const briefs = await briefsOf({
      a: { text: 'The ninth round of border talks began on Sunday (July 17, 2022) at the Arica meeting point. The Chilean side was led by commander Ana Soto and the Peruvian side by general Omar Ruiz, the army said. Defence minister Pablo Mora spoke to reporters at the Andean Forum in Quito.\n\nRelations between Chile and Peru have been tense since 2020.\n', published: '2022-07-17' },
      b: { text: 'The ninth round of talks between Chile and Peru ended with no deal at the Tacna border post, said the Pacific Council and the Lima Institute.\n\nAfter nearly ten hours of talks held on Sunday, 17 July, the two sides agreed to stay in touch.\n', published: '2022-07-19' },
    });
    const ninth = briefs.filter((x) => x.ordinal === 9);
    expect(ninth.map((x) => x.docs.join(','))).toEqual(['a,b']);
    expect(held(ninth[0]!)).toContain('2022-07-17');
    expect(held(ninth[0]!).filter((v) => v.includes('/'))).toEqual([]);
  });
});

describe('rounds: a building with no city', () => {
  // Passages written for this test.
  it("gives a round whose reports name its building and no city the city the series' other rounds give that building", async () => {
    const briefs = await briefsOf({
      a: { text: 'The first round of talks between Chile and Peru ended on Monday at the headquarters of the Andean Border Commission (ABC).\n', published: '2031-03-04' },
      b: { text: 'The second round of talks between Chile and Peru was held on Tuesday at the ABC headquarters in Tacna.\n', published: '2031-04-09' },
    });
    const first = briefs.find((x) => x.ordinal === 1)!;
    expect(first.venue.city.map((c) => [c.name, !!c.inferred])).toEqual([['Tacna', true]]);
  });
});

describe('rounds: a numbered round a report gives no day of', () => {
  // Passages written for this test.
  it('is the round of its series that met last in the weeks before the report (its dateline day)', async () => {
    const briefs = await briefsOf({
      a: { text: 'Chile and Peru held their first direct talks in three years in Lima on Friday.\n', published: '2031-05-17' },
      b: { text: 'LIMA, June 2. The second round of talks between Chile and Peru opened at the Torre Palace in Lima. Direct talks between the two had resumed on May 16 after a pause of more than three years.\n' },
      c: { text: 'Chile and Peru met again in Lima on Monday, officials said. The talks ended without a deal.\n', published: '2031-06-03' },
    });
    const second = briefs.filter((x) => x.ordinal === 2);
    expect(second).toHaveLength(1);
    expect(second[0]!.docs).toEqual(expect.arrayContaining(['b', 'c']));
    expect(held(second[0]!)).toContain('2031-06-02');
    expect(briefs.find((x) => held(x).includes('2031-05-16'))!.ordinal).toBe(1);
  });
});

describe('rounds: rounds numbered the same, years apart', () => {
  // Passages written for this test.
  it('are two rounds, not one', async () => {
    const briefs = await briefsOf({
      a: { text: 'The second round of talks between Chile and Peru was held in Lima on March 3, 2019.\n' },
      b: { text: 'The second round of talks between Chile and Peru was held in Quito on 4 March 2025.\n' },
    });
    expect(briefs.map((x) => x.docs.join(',')).sort()).toEqual(['a', 'b']);
  });
});

describe('rounds: a settlement a report recalls, and an undated report of the same city', () => {
  // Passages written for this test.
  it('dates the round the undated report places in that city, apart from a later round elsewhere', async () => {
    const briefs = await briefsOf({
      a: { text: 'The Chilean government and the Andes Front reached an agreement on Wednesday in Lima on a cessation of hostilities, mediator Omar Ruiz announced.\n' },
      b: { text: 'Commanders of the Chilean army and the Andes Front began talks in Quito on Monday, November 21, 2031, to carry out the truce signed on November 2 in Lima.\n', published: '2031-11-22' },
      c: { text: 'Commanders of the Chilean army and the Andes Front met again in Quito on Wednesday, December 17, 2031.\n', published: '2031-12-18' },
    });
    const lima = briefs.find((x) => x.venue.city.some((c) => c.name === 'Lima'));
    expect(lima).toBeDefined();
    expect(lima!.docs).toContain('a');
    expect(lima!.dates.held.map((d) => d.value)).toContain('2031-11-02');
    expect(briefs.find((x) => x.venue.city.some((c) => c.name === 'Quito'))!.docs).not.toContain('a');
  });
});

describe('rounds: a preview of the round it numbers, and an undated report that it met', () => {
  const PREVIEW: Record<string, Article> = {
    a: {
      text: 'Rebel leaders in Togo said on Tuesday that a settlement with Ghana was years away.\nAhead of new peace talks in Lisbon on March 9 to 14, the rebels warned that fighters were losing patience.\n"We go into the second round of formal talks ready to compromise," their chief negotiator, Kofi Arden, said in a statement.\nThe first round of talks, in Accra last December, ended without a deal.\n',
      published: '2031-03-03',
    },
    b: { text: 'The second round of peace talks between Ghana and Togo ended on Saturday with no deal on a truce, officials said.\n' },
  };

  it('dates the plan of the round by the session the preview awaits, and the round, reported held with no day of its own, as met on the days planned (inferred)', async () => {
    const briefs = await briefsOf(PREVIEW);
    const second = briefs.find((b) => b.ordinal === 2)!;
    expect(second.status).toBe('held');
    expect(held(second)).toEqual(['2031-03-09/2031-03-14']);
    expect(second.dates.held[0]!.inferred).toMatch(/planned/);
    expect(second.dates.held[0]!.rules).toEqual(['briefs:held-as-planned']);
  });

  it('gives a preview alone the days as planned, none as held', async () => {
    const briefs = await briefsOf({ a: PREVIEW.a! });
    const second = briefs.find((b) => b.ordinal === 2)!;
    expect(held(second)).toEqual([]);
    expect(second.dates.planned.map((d) => d.value)).toEqual(['2031-03-09/2031-03-14']);
  });
});

describe('rounds: two negotiations between the same countries, years apart', () => {
  // Passages written for this test.
  it('keeps a later meeting that shares only sides with a numbered series, and no one, out of that series and its count', async () => {
    const briefs = await briefsOf({
      a: { text: 'The 40th round of exploratory talks between Ghana and Togo was held in Accra on Monday, with envoys Kofi Mensah and Eli Koffi.\n', published: '2029-03-06' },
      b: { text: 'The 41st round of exploratory talks between Ghana and Togo was held in Lome on Tuesday, with envoys Kofi Mensah and Eli Koffi.\n', published: '2029-06-13' },
      c: { text: 'The leaders of the Volta Front and the Coastal Alliance met in Geneva on Tuesday with UN envoy Ana Ruiz. The signatories — Ghana, Togo and Benin — are convening in Geneva too.\n', published: '2031-10-15' },
    });
    const later = briefs.find((x) => x.docs.includes('c'))!;
    // (the first of a series of its own, not the 42nd of the other)
    expect(later.ordinal).toBe(1);
    expect(briefs.filter((x) => x.docs.some((d) => d === 'a' || d === 'b')).map((x) => x.ordinal)).toEqual([40, 41]);
  });
});

describe('briefs: a government named with no country', () => {
  // Passages written for this test.
  it('is the government of the country its series names beside it: one side, not the government and its country', async () => {
    const briefs = await briefsOf({
      a: { text: 'The first round of talks between Ghana and the Volta Liberation Front opened in Lome on Monday. The Transitional Government of National Concord delegation said the talks went well.\n', published: '2031-05-06' },
      b: { text: 'The second round of talks between Ghana and the Volta Liberation Front opened in Lome on Tuesday. The Transitional Government of National Concord delegation said the two sides were close.\n', published: '2031-06-11' },
    });
    expect(briefs.map((b) => names(b.parties).sort())).toEqual([
      ['Transitional Government of National Concord', 'Volta Liberation Front'],
      ['Transitional Government of National Concord', 'Volta Liberation Front'],
    ]);
  });
});

describe('rounds: sides of the series for a round that names none', () => {
  it('counts only the other rounds that name a side (rounds whose reports name none say nothing against them)', async () => {
    const briefs = await briefsOf({
      a: { text: 'Ghana and Togo held the first round of talks in Accra on Monday.\n', published: '2031-05-06' },
      b: { text: 'The second round of talks between Ghana and Togo opened in Lome on Tuesday.\n', published: '2031-06-11' },
      c: { text: 'The third round of talks opened in Accra on Wednesday, officials said.\n', published: '2031-07-16' },
      d: { text: 'The fourth round of talks opened in Lome on Thursday, officials said.\n', published: '2031-08-14' },
      e: { text: 'The fifth round of talks opened in Accra on Friday, officials said.\n', published: '2031-09-12' },
      f: { text: 'The sixth round of talks opened in Lome on Monday, officials said.\n', published: '2031-10-13' },
    });
    const third = briefs.find((b) => b.ordinal === 3)!;
    expect(names(third.parties)).toEqual(['Ghana', 'Togo']);
    expect(third.parties.every((p) => p.rules?.includes('briefs:series-sides'))).toBe(true);
  });

  it('takes a side that the only other round naming any names once (the reports of the rest say "the two sides")', async () => {
    const briefs = await briefsOf({
      a: { text: 'The first round of talks between the two sides opened in Accra on Monday, officials said.\n', published: '2031-05-06' },
      b: { text: 'The second round of talks opened in Lome on Tuesday. General Kofi Mensah, head of the delegation of the Volta Liberation Front said that the two sides were close.\n', published: '2031-06-11' },
      c: { text: 'The third round of talks between the two sides opened in Accra on Wednesday, officials said.\n', published: '2031-07-16' },
    });
    expect(briefs.map((b) => b.ordinal)).toEqual([1, 2, 3]);
    expect(names(briefs[1]!.parties)).toEqual(['Volta Liberation Front']);
    for (const b of [briefs[0]!, briefs[2]!]) {
      expect(names(b.parties)).toEqual(['Volta Liberation Front']);
      expect(b.parties[0]!.rules).toEqual(['briefs:series-sides']);
    }
  });
});

describe('rounds: a day without a year in a report with no publication day', () => {
  it('takes the year of the publication of the same round\'s other reports', async () => {
    const briefs = await briefsOf({
      a: { text: 'The fourth round of talks between Ghana and Togo in Accra produced an accord on fishing, officials said.\n', published: '2031-04-07' },
      b: { text: 'The fourth round of talks between Ghana and Togo took place on April 2 to 6 in Accra.\n' },
    });
    expect(briefs).toHaveLength(1);
    expect(held(briefs[0]!)).toContain('2031-04-02/2031-04-06');
  });
});

describe('rounds: earlier talks a report only points back to', () => {
  it('are no round of their own when nothing is said of them', async () => {
    const briefs = await briefsOf({
      a: { text: 'Commanders of Ghana and Togo held the ninth round of border talks in Aflao on Saturday.\nBoth armies still observe the rules drawn up in earlier talks, an official said.\n', published: '2031-07-31' },
    });
    expect(briefs.map((b) => b.ordinal)).toEqual([9]);
  });
});

describe('rounds: a sentence on the round reported that ends by planning another', () => {
  it('seats its people at the round reported, not at the one planned', async () => {
    const briefs = await briefsOf({
      a: { text: 'Ghana and Togo held the first round of talks in Accra on Monday.\nThe Togolese delegation was led by army chief Kossi Dogbe, an official said, noting that another round of talks had been scheduled for next week.\n', published: '2031-05-07' },
    });
    const first = briefs.find((b) => b.ordinal === 1)!;
    expect(members(first)).toEqual(['Togo: Kossi Dogbe (army chief) head']);
    expect(briefs.filter((b) => b.ordinal !== 1).flatMap(members)).toEqual([]);
  });
});

describe('rounds: a preview of the round as its own next step', () => {
  it('is no next step where it dates the round by its weekend', async () => {
    const briefs = await briefsOf({
      a: { text: 'Trade envoys of Ghana and Togo will meet this weekend in Lome to discuss tariffs.\n', published: '2031-05-07' },
      b: { text: 'Ghana and Togo held trade talks in Lome on Saturday and Sunday, officials said.\n', published: '2031-05-12' },
    });
    expect(briefs).toHaveLength(1);
    expect(held(briefs[0]!)).toContain('2031-05-10/2031-05-11');
    expect(briefs[0]!.next.filter((n) => n.date === '2031-W19-WE')).toEqual([]);
  });
});

describe('rounds: one negotiation whose reports name a third party once each', () => {
  it('is one series where two sides are shared and each names one more', async () => {
    const briefs = await briefsOf({
      a: { text: 'Delegations of Ghana, Togo and the United Nations took part in the talks in Geneva on Monday.\n', published: '2031-03-04' },
      b: { text: 'Talks between Ghana, Togo and Nigeria were held in Lome on Tuesday, officials said.\n', published: '2031-05-07' },
    });
    expect(briefs).toHaveLength(2);
    expect(briefs.every((b) => !/^s\d+-/.test(b.id))).toBe(true);
  });
});

describe('rounds: two reports of "the fourth round" in one folder that name no sides', () => {
  it('are two rounds where their texts name countries and none in common', async () => {
    const briefs = await briefsOf({
      a: { text: 'The fourth round of the fishing talks ended in Brussels on Thursday, Britain\'s chief negotiator Ann Lowe said.\n', published: '2031-09-28' },
      b: { text: 'On 5 April the government and the rebels reached an agreement on a truce.\nThe rebels had set conditions before the start of the 4th round of peace talks in Nigeria, a Ghanaian official said.\n', published: '2031-04-07' },
    });
    expect(briefs.map((b) => b.docs.join(',')).sort()).toEqual(['a', 'b']);
  });

  it('are two rounds where one names its sides and the other names two countries, neither of them those sides', async () => {
    const briefs = await briefsOf({
      a: { text: 'The fourth round of talks between Chile and Peru ended in Lima on Thursday.\n', published: '2031-09-28' },
      b: { text: 'On 5 April the government and the rebels reached an agreement on a truce.\nThe rebels had set conditions before the start of the 4th round of peace talks in Nigeria, a spokesman in Ghana said.\n', published: '2031-09-30' },
    });
    expect(briefs.map((b) => b.docs.join(',')).sort()).toEqual(['a', 'b']);
  });
});

describe('rounds: a session broken off and taken up again', () => {
  // Passages written for this test.
  it('spans no days across the break between a day the talks paused and a later day they resumed', async () => {
    const briefs = await briefsOf({
      a: { text: 'The seventh round of talks between Chile and Peru was paused in Lima on March 4, 2031. Envoys of Chile and Peru restarted the seventh round in Lima on March 11, 2031.\n', published: '2031-03-11' },
    });
    const seventh = briefs.find((x) => x.ordinal === 7)!;
    expect(seventh.dates.held.map((d) => d.value).sort()).toEqual(['2031-03-04', '2031-03-11']);
  });
  it('still spans a session whose days name no break', async () => {
    const briefs = await briefsOf({
      a: { text: 'The seventh round of talks between Chile and Peru opened in Lima on March 4, 2031. Envoys of Chile and Peru ended the seventh round in Lima on March 7, 2031.\n', published: '2031-03-08' },
    });
    const seventh = briefs.find((x) => x.ordinal === 7)!;
    expect(seventh.dates.held.map((d) => d.value)).toContain('2031-03-04/2031-03-07');
  });
});

describe('rounds: a weekday in a report that nothing anchors', () => {
  // Passages written for this test.
  it("takes the day on that weekday the same numbered round's other reports give", async () => {
    const briefs = await briefsOf({
      a: { text: 'The fifth round of talks between Chile and Peru will take place in Lima on May 23, 2031, the ministry said.\n', published: '2031-05-20' },
      // (no publication day, and no day in its text)
      b: { text: 'The fifth round of talks between Chile and Peru ended on Friday in Lima, the envoys said.\n' },
    });
    const fifth = briefs.find((x) => x.ordinal === 5)!;
    expect(fifth.dates.held.map((d) => [d.value, d.evidence.map((e) => e.doc).join()])).toEqual([['2031-05-23', 'b']]);
  });
});

describe('rounds: a round planned for a span that a report dates by its last day', () => {
  // Passages written for this test.
  it('met over the span it was planned for, inferred', async () => {
    const briefs = await briefsOf({
      a: { text: 'The third round of talks between Chile and Peru will be held in Lima from January 19 to 25, 2031, the ministry said.\n', published: '2031-01-10' },
      b: { text: 'The third round of talks between Chile and Peru ended in Lima on January 25, 2031, the envoys said.\n', published: '2031-01-26' },
    });
    const third = briefs.find((x) => x.ordinal === 3)!;
    expect(third.dates.held.map((d) => [d.value, !!d.inferred]).sort()).toEqual([['2031-01-19/2031-01-25', true], ['2031-01-25', false]]);
  });
  it('not where a report dates it by a day inside the span', async () => {
    const briefs = await briefsOf({
      a: { text: 'The third round of talks between Chile and Peru will be held in Lima from January 19 to 25, 2031, the ministry said.\n', published: '2031-01-10' },
      b: { text: 'The third round of talks between Chile and Peru ended in Lima on January 22, 2031, the envoys said.\n', published: '2031-01-23' },
    });
    const third = briefs.find((x) => x.ordinal === 3)!;
    expect(third.dates.held.map((d) => d.value)).toEqual(['2031-01-22']);
  });
});

describe('rounds: a report that counts meetings, not rounds', () => {
  // Passages written for this test.
  it('takes sessions it numbers on consecutive days for one round, and counts its later numbers one lower', async () => {
    const briefs = await briefsOf({
      a: { text: 'Chile and Peru held the first round of their border talks in Lima on 6 October 2021.\n', published: '2021-10-07' },
      b: { text: 'Envoys of Chile and Peru held their second meeting in Lima on October 20, 2021, and a third meeting in Lima on October 21. A fourth meeting is set for November 10, the ministry said.\n', published: '2021-10-22' },
      c: { text: 'The third round of border talks between Chile and Peru was held in Lima on November 10, 2021.\n', published: '2021-11-11' },
    });
    expect(briefs.map((x) => x.ordinal).sort()).toEqual([1, 2, 3]);
    const days = (n: number) => { const x = briefs.find((r) => r.ordinal === n)!; return [...new Set([...x.dates.held, ...x.dates.planned].map((d) => d.value))].sort(); };
    // (each meeting's day, and the span they make)
    expect(days(2)).toEqual(['2021-10-20', '2021-10-20/2021-10-21', '2021-10-21']);
    expect(days(3)).toEqual(['2021-11-10']);
    expect(briefs.find((r) => r.ordinal === 3)!.docs.sort()).toEqual(['b', 'c']);
  });
  it('keeps numbers a week apart as rounds of their own', async () => {
    const briefs = await briefsOf({
      b: { text: 'Envoys of Chile and Peru held their second round of talks in Lima on October 20, 2021, and a third round in Lima on October 27. A fourth round is set for November 10, the ministry said.\n', published: '2021-10-28' },
    });
    expect(briefs.map((x) => x.ordinal).sort()).toEqual([2, 3, 4]);
  });
  it("places a weekday of its other session beside the day its round's other reports give", async () => {
    const briefs = await briefsOf({
      a: { text: 'The second round of talks between Chile and Peru will be held in Lima on 6 October 2021, the ministry said.\n', published: '2021-10-01' },
      b: { text: 'Chile and Peru held their second meeting in Lima on Wednesday. On Thursday, the two sides held a third meeting in Lima, officials said.\n' },
    });
    const second = briefs.find((x) => x.ordinal === 2)!;
    expect(second.dates.held.map((d) => d.value).sort()).toEqual(['2021-10-06', '2021-10-06/2021-10-07', '2021-10-07']);
    expect(briefs.map((x) => x.ordinal).sort()).toEqual([2]);
  });
});

describe('briefs: what comes next, on a day its report gives without a year', () => {
  // Passages written for this test.
  it("takes the first year that puts the step after the round's last day, and merges the sources that give that day", async () => {
    const briefs = await briefsOf({
      a: { text: 'Chile and Peru held the first round of their border talks in Lima on October 18, 2025. The delegations will meet again in Quito on October 25, the ministry said.\n', published: '2025-10-19' },
      b: { text: 'Chile and Peru ended the first round of their border talks in Lima. Delegations from both countries are scheduled to meet again in Quito on October 25 to discuss further steps, officials said.\n' },
    });
    const next = briefs.find((x) => x.ordinal === 1)!.next;
    expect(next.map((n) => n.date)).toEqual(['2025-10-25']);
    expect(next[0]!.evidence.map((e) => e.doc).sort()).toEqual(['a', 'b']);
  });
});

describe('rounds: a report whose lead tells of a session it does not number', () => {
  // Passage written for this test.
  it('keeps a numbered meeting it tells later, days before its own day, apart from the session of its lead', async () => {
    const briefs = await briefsOf({
      a: { text: 'Chile and Peru held the first round of their border talks in Lima on March 1, 2025.\n', published: '2025-03-02' },
      b: {
        text: 'Peruvian delegation arrives at Chilean residence in Quito\n\nQUITO\n\nA Peruvian delegation arrived at the Chilean ambassador\'s residence in Quito on Monday for a meeting to discuss the border crossings.\n\nThe delegation reached the residence at 10 a.m. local time.\n\nThe first meeting between the delegations of Chile and Peru was held on March 1 in Lima.\n',
        published: '2025-03-10',
      },
    });
    const first = briefs.find((x) => x.ordinal === 1)!;
    expect([...first.dates.held, ...first.dates.planned].map((d) => d.value)).toEqual(['2025-03-01']);
    const quito = briefs.find((x) => x.venue.city.some((c) => c.name === 'Quito'))!;
    expect(quito.ordinal).not.toBe(1);
    expect(quito.dates.held.map((d) => d.value)).toEqual(['2025-03-10']);
  });
});

describe('rounds: a report that counts a track of its own', () => {
  // Passage written for this test.
  it('places its numbered sessions by their days and venues where its numbers contradict the series\'', async () => {
    const briefs = await briefsOf({
      a: { text: 'Chile and Peru held the first round of their border talks in Lima on March 1, 2025.\n', published: '2025-03-02' },
      b: { text: 'Chile and Peru held the second round of their border talks in Quito on March 10, 2025.\n', published: '2025-03-11' },
      c: { text: 'QUITO, April 20. The second round of Chile-Peru consultations on their consulates kicked off in Quito today.\n\nThe previous round of Chile-Peru consultations was held in Quito on March 10, 2025.\n', published: '2025-04-20' },
    });
    const days = (b: (typeof briefs)[number]) => [...new Set(b.dates.held.map((d) => d.value))];
    expect(days(briefs.find((x) => x.ordinal === 1)!)).toEqual(['2025-03-01']);
    const second = briefs.find((x) => x.ordinal === 2)!;
    expect(days(second)).toEqual(['2025-03-10']);
    expect(second.docs).toEqual(['b', 'c']);
    expect(briefs.find((x) => days(x).includes('2025-04-20'))!.ordinal).not.toBe(2);
  });
});

describe('rounds: a numbered round of another negotiation in the folder', () => {
  // Passages written for this test.
  it('keeps a report naming two sides apart from a round of the same number whose reports name other sides', async () => {
    const briefs = await briefsOf({
      a: { text: "Venezuela's delegation attended the third round of talks in Mexico City on May 3, 2025.\n", published: '2025-05-04' },
      b: { text: 'The third round of Spain-Morocco consultations, planned in Rabat, was cancelled, the ministry said.\n', published: '2025-06-10' },
    });
    // (a names one side, b two others: two rounds)
    expect(briefs.map((x) => [x.docs, x.parties.map((p) => p.name)])).toEqual([
      [['a'], ['Venezuela']],
      [['b'], ['Spain', 'Morocco']],
    ]);
  });
});

describe('briefs: the following round announced on a day without a year', () => {
  // Passages written for this test.
  it("dates the announcement in the first year after the round's last day", async () => {
    const briefs = await briefsOf({
      a: { text: 'Chile and Peru held the first round of their border talks in Lima on October 18, 2025.\n', published: '2025-10-19' },
      b: { text: 'Chile and Peru ended the first round of their border talks in Lima. The two sides will hold the second round of talks in Quito on October 25, officials said.\n' },
      c: { text: 'The second round of border talks between Chile and Peru was held in Quito on October 25, 2025.\n', published: '2025-10-26' },
    });
    expect(briefs.find((x) => x.ordinal === 1)!.next.map((n) => n.date)).toEqual(['2025-10-25']);
  });
});

describe('rounds: evidence of one negotiation, in a folder of several', () => {
  // Passage written for this test.
  it('gives a day without its year the year the reports of its own sides give, before that of a report naming none', async () => {
    const briefs = await briefsOf({
      a: { text: 'Chile and Peru held the third round of talks in Lima on November 11, 2020.\n', published: '2020-11-11' },
      b: { text: 'The fourth session of talks between Chile and Peru, scheduled for Wednesday, December 2, was postponed, a source said.\n' },
      c: { text: 'Talks were held in Brussels on December 7, 2017, officials said.\n', published: '2017-12-08' },
    });
    const fourth = briefs.find((x) => x.docs.includes('b'))!;
    expect(fourth.dates.planned.map((d) => d.value)).toEqual(['2020-12-02']);
  });
});

describe('rounds: reports of two negotiations from one outlet', () => {
  // Passages written for this test.
  it('does not take the outlet they share for evidence of one series', async () => {
    const briefs = await briefsOf({
      a: { text: 'TEHRAN (Tasnim) – The first round of the military commission talks concluded in Geneva on Saturday in the presence of UN envoy Ana Ruiz.\n', published: '2031-02-09' },
      b: { text: 'TEHRAN (Tasnim) – The second round of the military commission talks concluded in Geneva on Sunday, UN envoy Ana Ruiz said.\n', published: '2031-02-24' },
      c: { text: 'TEHRAN (Tasnim) – Iran and Germany held talks at the United Nations in Geneva on Monday. Deputy Foreign Minister Omid Kaveh led the Iranian delegation.\n', published: '2031-03-11' },
      d: { text: 'TEHRAN (Tasnim) – Iran and Germany met again at the United Nations in Geneva on Tuesday, with Deputy Foreign Minister Omid Kaveh leading the Iranian team.\n', published: '2031-04-09' },
    });
    const seriesOf = (doc: string) => briefs.find((x) => x.docs.includes(doc))!.id.split('-')[0];
    expect(seriesOf('a')).toBe(seriesOf('b'));
    expect(seriesOf('c')).toBe(seriesOf('d'));
    expect(seriesOf('a')).not.toBe(seriesOf('c'));
  });
});

describe('rounds: a numbered round of another body, in a folder of several', () => {
  // Passages written for this test.
  it('keeps a report that names no side, none of the round\'s people and not its venue apart from the round numbered the same', async () => {
    const briefs = await briefsOf({
      a: { text: 'Chile and Peru held the fourth round of their border talks in Arica on Monday. Chilean envoy Ana Ruiz led her side.\n', published: '2031-03-04' },
      b: { text: 'The fourth round of the Andean Water Committee ended on Friday without a text, the United Nations said.\n', published: '2031-03-08' },
    });
    expect(briefs.map((x) => x.docs.join(',')).sort()).toEqual(['a', 'b']);
  });
});

describe('rounds: a track that numbers its own rounds', () => {
  // Passages written for this test.
  it('places an announced round a report numbers below the rounds its series held before by its place, marked inferred', async () => {
    const briefs = await briefsOf({
      a: { text: 'Chile and Peru held the first round of their talks in Arica on Tuesday.\n', published: '2031-02-12' },
      b: { text: 'Chile and Peru held the second round of their talks in Lima on Thursday.\n', published: '2031-02-28' },
      c: { text: 'Chilean and Peruvian experts met in Tacna on Monday to discuss fishing quotas.\n', published: '2031-03-25' },
      d: { text: 'Chile and Peru held consultations on their embassies in Quito on Thursday.\n', published: '2031-04-11' },
      e: { text: 'Chile said on Monday that the next round of consultations with Peru had been called off. Chilean envoy Ana Ruiz had said a third round of talks between the two countries would take place in Santiago soon.\n', published: '2031-06-16' },
    });
    const called = briefs.find((x) => x.venue.city.some((c) => c.name === 'Santiago'))!;
    expect(called.docs).toEqual(['e']);
    expect(called.ordinal).toBe(5);
    expect(called.ordinalInferred).toBe(true);
  });
});

describe('rounds: a numbered round in a report dated only by its background', () => {
  // Passages written for this test.
  it('takes the year that puts the fifth round after the sessions its series met before it', async () => {
    const briefs = await briefsOf({
      a: { text: 'Chile and Peru held talks in Arica on Monday.\n', published: '2031-07-15' },
      b: { text: 'Chile and Peru held talks in Lima on Tuesday.\n', published: '2031-08-21' },
      c: { text: 'Chile and Peru held talks in Quito on Wednesday.\n', published: '2031-09-18' },
      d: { text: 'In the fifth round of talks between Chile and Peru, held over two days in Tacna on January 5-6, a deal took shape. Before it, the two sides had met in July and August 2031.\n' },
    });
    const fifth = briefs.find((x) => x.docs.includes('d'))!;
    expect(fifth.dates.held.map((d) => d.value)).toEqual(['2032-01-05/2032-01-06']);
  });
});

describe('rounds: two undated rounds numbered the same, in reports years apart', () => {
  // Passages written for this test.
  it('keeps a third round a report of 2027 plans apart from one a report of 2031 calls off', async () => {
    const briefs = await briefsOf({
      a: { text: 'Ghana and Togo held the first round of consultations in Accra on Tuesday.\n', published: '2031-02-19' },
      b: { text: 'Ghana and Togo held the second round of consultations in Lome on Thursday.\n', published: '2031-04-11' },
      c: { text: 'Ghana said on Monday that the third round of consultations with Togo had been called off.\n', published: '2031-06-16' },
      d: { text: 'The delegates agreed to hold a third round of talks, with Ghana and Norway as guarantors, officials said.\n', published: '2027-09-07' },
    });
    expect(briefs.find((x) => x.docs.includes('c'))!.docs).not.toContain('d');
  });
});

describe('series: one side named', () => {
  it('keeps a report that names one side, none of the two another round names, out of that round, even with a person in common', async () => {
    const briefs = await briefsOf({
      a: { text: 'Chile and Peru held talks in Arica on Sunday, May 11, with US envoy Sam Reed attending.\nThe two sides agreed to meet again.\n', published: '2031-05-12' },
      b: { text: 'The Ghanaian team is travelling to Geneva for talks with US envoy Sam Reed this weekend, officials said.\nThe talks in Geneva will run on Saturday and Sunday.\n', published: '2031-05-08' },
    });
    expect(briefs.map((b) => b.docs.join(',')).sort()).toEqual(['a', 'b']);
  });
  it('reads the other side of a report that names one from its negotiators\' countries, so that it joins no round of another pair', async () => {
    const briefs = await briefsOf({
      a: { text: 'Chile and Bolivia held the seventh round of talks in La Paz on Saturday, June 7.\n', published: '2031-06-08' },
      b: { text: 'Chilean President Ana Soto met Peruvian President Luis Vara in Arica on Sunday, June 8.\nEnvoy Tom Hale will lead the Chilean team, Soto said.\n', published: '2031-06-09' },
    });
    expect(briefs.map((b) => b.docs.join(',')).sort()).toEqual(['a', 'b']);
    expect(names(briefs.find((b) => b.docs.includes('b'))!.parties)).toEqual(['Chile', 'Peru']);
  });
  it('not where the report names the other country a mediator ("talks mediated by Norway", with a Norwegian envoy)', async () => {
    const briefs = await briefsOf({
      a: { text: 'Chile and the Andean Front held the second round of talks in Lima on Saturday, June 7, with envoy Ana Soto leading the Chilean team.\n', published: '2031-06-08' },
      b: { text: 'The Chilean delegation met in Lima on Saturday, June 7, for talks mediated by Norway. Norwegian envoy Lars Berg and Chilean minister Ana Soto attended.\n', published: '2031-06-08' },
    });
    expect(briefs.map((b) => b.docs.join(',')).sort()).toEqual(['a,b']);
  });
});

describe('briefs: the mediators of a series', () => {
  it("gives a round whose reports name no mediator those most of the series' other rounds name, where its reports name them too, inferred", async () => {
    const briefs = await briefsOf({
      a: { text: 'The first round of talks between Chile and Peru, mediated by UN envoy Lars Berg, ended in Geneva on Friday.\n', published: '2031-03-08' },
      b: { text: 'The second round of talks between Chile and Peru, mediated by UN envoy Lars Berg, ended in Geneva on Friday.\n', published: '2031-05-10' },
      c: { text: 'The third round of talks between Chile and Peru ended in Geneva on Friday. Lars Berg told reporters the week had been a disappointment.\n', published: '2031-07-12' },
      d: { text: 'The fourth round of talks between Chile and Peru ended in Geneva on Friday with no deal, officials said.\n', published: '2031-09-13' },
    });
    const third = briefs.find((b) => b.ordinal === 3)!;
    expect(third.mediators.map((m) => [m.name, m.rules])).toEqual([['Lars Berg', ['briefs:series-mediators']]]);
    expect(third.mediators[0]!.inferred).toBeTruthy();
    // (not a round whose reports never name them)
    expect(briefs.find((b) => b.ordinal === 4)!.mediators).toEqual([]);
  });
});

describe('joinLoneRounds', () => {
  it('keeps every round in one series when a lone round joins another that then joins a third', () => {
    type R = { name: string; parties: Set<string> };
    const r = (name: string): R => ({ name, parties: new Set() });
    const [a, b, c, d] = [r('a'), r('b'), r('c'), r('d')];
    // a shares most with b; b shares most with the series of c and d
    const score: Record<string, number> = { 'a-b': 2, 'b-a': 2, 'b-c': 3, 'b-d': 3, 'a-c': 0, 'a-d': 0 };
    const affinity = (x: R, y: R) => score[`${x.name}-${y.name}`] ?? score[`${y.name}-${x.name}`] ?? 0;
    const series = joinLoneRounds([[a], [b], [c, d]], affinity);
    expect(series.flat().map((x) => x.name).sort()).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('briefs: a member listed with others of one side', () => {
  // Passages written for this test, about invented talks.
  it('seats one named by a title only, listed at the session with members of one side, for that side', async () => {
    const briefs = await briefsOf({
      a: { text: 'Chile and Peru held talks in Lima on Monday, June 9. Chilean Foreign Minister Ana Soto, chief of staff Tom Hale and national security adviser Rosa Lind took part in the expanded talks.\n', published: '2031-06-10' },
    });
    const members = briefs[0]!.delegations.flatMap((d) => d.members.map((m) => [d.party.name, m.person.name]));
    expect(members).toEqual([
      ['Chile', 'Ana Soto'],
      ['Chile', 'Tom Hale'],
      ['Chile', 'Rosa Lind'],
    ]);
  });
});

describe('members: one served by the title before a name', () => {
  // Passage written for this test.
  it('does not seat the one whose title follows "adviser to", and gives the adviser the whole apposition as role', async () => {
    const briefs = await briefsOf({
      a: { text: 'Chile and the Andean Front signed the accord in Lima on Monday, June 9. Pablo Mena, the national security adviser to Chilean Prime Minister Ana Ruiz, and Luis Soto, a senior official of the Andean Front, signed the accord.\n', published: '2031-06-10' },
    });
    const members = briefs[0]!.delegations.flatMap((d) => d.members.map((m) => [m.person.name, m.role]));
    expect(members.map((m) => m[0])).not.toContain('Ana Ruiz');
    expect(members).toContainEqual(['Pablo Mena', 'national security adviser to Chilean Prime Minister Ana Ruiz']);
  });
});

describe('rounds: a side named by its common noun', () => {
  // Passages written for this test.
  it('keeps talks between a government and its opposition apart from that country\'s talks with another country', async () => {
    const briefs = await briefsOf({
      a: { text: 'The second round of talks between the Chilean government and the Chilean opposition opened in Geneva on Monday.\n', published: '2031-02-11' },
      b: { text: 'The third round of talks between the Chilean government and the Chilean opposition ended in Geneva on Friday.\n', published: '2031-04-12' },
      c: { text: 'The second round of talks between Chile and Peru opened in Lima on Tuesday.\n', published: '2031-03-05' },
      d: { text: 'The third round of talks between Chile and Peru ended in Lima on Thursday.\n', published: '2031-05-09' },
    });
    expect(briefs.map((b) => [b.docs.join(','), b.ordinal ?? null, names(b.parties).join(' / ')])).toEqual([
      ['a', 2, 'Chile / Chilean opposition'],
      ['b', 3, 'Chile / Chilean opposition'],
      ['c', 2, 'Chile / Peru'],
      ['d', 3, 'Chile / Peru'],
    ]);
  });
  it('takes the opposition for the body another report names beside the country', async () => {
    const briefs = await briefsOf({
      a: { text: 'The second round of talks between the Chilean government and the Chilean opposition opened in Quito on Monday.\n', published: '2031-02-11' },
      b: { text: 'Talks between Chile and the Unity Front resumed in Quito on Tuesday.\n', published: '2031-04-08' },
    });
    expect(briefs.map((b) => b.id)).toEqual(['round-2', 'round-3']);
  });
});

describe('rounds: a government named without its country', () => {
  // Passages written for this test.
  it('is the country the reports name beside it, so that its rounds are one series with those that name the country', async () => {
    const briefs = await briefsOf({
      a: { text: 'The second round of talks between the Transitional Government of National Unity and the Liberation Council opened in Quito on Monday. The Chilean government delegation arrived on Sunday.\n', published: '2031-02-11' },
      b: { text: 'The third round of talks between Chile and the Liberation Council ended in Quito on Friday.\n', published: '2031-04-12' },
      c: { text: 'The fourth round of talks between the Transitional Government of National Unity and the Liberation Council ended in Quito on Friday.\n', published: '2031-06-14' },
    });
    expect(briefs.map((b) => [b.id, b.docs.join(',')])).toEqual([
      ['round-2', 'a'],
      ['round-3', 'b'],
      ['round-4', 'c'],
    ]);
  });
  it('and so is one whose name the first\'s ends with, named beside no country ("Government of National Unity")', async () => {
    const briefs = await briefsOf({
      a: { text: 'The second round of talks between the Transitional Government of National Unity and the Liberation Council opened in Quito on Monday. The Chilean government delegation arrived on Sunday.\n', published: '2031-02-11' },
      b: { text: 'The third round of talks between Chile and the Liberation Council ended in Quito on Friday.\n', published: '2031-04-12' },
      c: { text: 'The fourth round of talks between the Government of National Unity and the Liberation Council ended in Quito on Friday.\n', published: '2031-06-14' },
    });
    expect(briefs.map((b) => [b.id, b.docs.join(',')])).toEqual([
      ['round-2', 'a'],
      ['round-3', 'b'],
      ['round-4', 'c'],
    ]);
  });
});

describe('rounds: the people who brief on the session as it ends', () => {
  // Passages written for this test.
  it('reads one who speaks at a briefing after the talks, and the one the next sentence turns to, as members of their sides (C1)', async () => {
    const briefs = await briefsOf({
      a: { text: 'Chile and Peru held talks in Geneva on Tuesday.\nSpeaking at a briefing after the talks, Chilean Defence Minister Ana Soto said the meeting had been useful.\nFor her part, Peruvian Defence Minister Luisa Rojas said Peru would keep its word.\n', published: '2031-03-05' },
    });
    expect(members(briefs[0]!)).toEqual(['Chile: Ana Soto (Defence Minister)', 'Peru: Luisa Rojas (Defence Minister)']);
  });
  it('takes no spokesperson who briefs after the talks for a member or a mediator', async () => {
    const briefs = await briefsOf({
      a: { text: 'Chile and Peru held talks in Geneva on Tuesday.\nAt a press briefing after the talks, Foreign Ministry spokesperson Lia Mora said the meeting had been useful.\n', published: '2031-03-05' },
    });
    expect(members(briefs[0]!)).toEqual([]);
    expect(briefs[0]!.mediators).toEqual([]);
  });
  it('takes no one for a member from a turn that follows no such briefing', async () => {
    const briefs = await briefsOf({
      a: { text: 'Chile and Peru held talks in Geneva on Tuesday.\nThe meeting had been useful, officials said.\nFor her part, Peruvian Defence Minister Luisa Rojas said Peru would keep its word.\n', published: '2031-03-05' },
    });
    expect(members(briefs[0]!)).toEqual([]);
  });
  it('reads the last line of a text cut off mid-sentence as a sentence, not a heading', async () => {
    const briefs = await briefsOf({
      a: { text: 'Chile and Peru held talks in Geneva on Tuesday.\nSpeaking at a briefing after the talks, Chilean Defence Minister Ana Soto said the meeting had been useful.\nFor her part, Peruvian Defence Minister Luisa Rojas said that Peru will fully im\n', published: '2031-03-05' },
    });
    expect(members(briefs[0]!)).toEqual(['Chile: Ana Soto (Defence Minister)', 'Peru: Luisa Rojas (Defence Minister)']);
  });
});

describe('rounds: the day a participant spoke', () => {
  // Passage written for this test.
  it('takes no day for the session from the day one who attended it said something of it later (B6)', async () => {
    const briefs = await briefsOf({
      a: { text: 'Chile and Peru held talks in Geneva on Tuesday. Ana Soto, a Chilean deputy foreign minister who attended the talks in Geneva, said on Wednesday that progress was slow.\n', published: '2031-03-05' },
    });
    expect(held(briefs[0]!)).toEqual(['2031-03-04']);
  });
});

describe('briefs: steps due within a term, beside the next round', () => {
  // Passage written for this test.
  it('gives the round a sentence that only names "the next round" as a step to schedule, and lists each step due within a term as its own (A2, I1)', async () => {
    const briefs = await briefsOf({
      a: { text: 'The first round of talks between Chile and Peru ended in Lima on March 3, 2031. A statement said the two sides agreed to keep in touch, to convene a meeting of border commanders within two weeks, to schedule the next round within one month, and to meet again if needed.\n', published: '2031-03-04' },
      b: { text: 'The second round of talks between Chile and Peru was held in Tacna on April 10, 2031.\n', published: '2031-04-11' },
    });
    const next = briefs.find((x) => x.ordinal === 1)!.next.map((n) => n.text);
    expect(next.some((t) => /border commanders within two weeks/.test(t))).toBe(true);
    expect(next.some((t) => /schedule the next round within one month/.test(t))).toBe(true);
    expect(briefs.find((x) => x.ordinal === 2)!.next).toEqual([]);
  });
});

describe('rounds: the sides of an accord, where nothing else names them', () => {
  // Passage written for this test.
  it('reads the sides of a report from the accord it tells of between them, and keeps it out of other talks in the same city that week (D1, series)', async () => {
    const briefs = await briefsOf({
      a: { text: 'Talks between Ghana and Togo mediated by Qatar ended in Doha on October 14, 2031 with a border protocol.\n', published: '2031-10-15' },
      b: { text: 'DOHA, Oct 19 — The Qatari Foreign Ministry announced on Sunday a ceasefire agreement between Chile and Peru.\nIt said that negotiations in Doha under Qatari mediation resulted in the agreement.\n', published: '2031-10-19' },
    });
    const ofB = briefs.filter((x) => x.docs.includes('b'));
    expect(ofB.map((x) => x.docs)).toEqual([['b']]);
    expect(names(ofB[0]!.parties)).toEqual(['Chile', 'Peru']);
  });
});

describe('rounds: a dateline of a day and an outlet', () => {
  // Passage written for this test.
  it('takes no session day from a dateline that gives the day and the outlet with no city ("12 Mar 2031; OUTLET:") (B6)', async () => {
    const briefs = await briefsOf({
      a: { text: '12 Mar 2031; MEMO: Chile and Peru ended the sixth round of their talks in Geneva on Tuesday, the envoy said.\n' },
    });
    expect(held(briefs[0]!)).toEqual(['2031-03-11']);
  });
});

describe('briefs: a round only planned, and what comes next', () => {
  // Passage written for this test.
  it('gives a round only planned no next step on or before its own day: that is the round itself (I1)', async () => {
    const briefs = await briefsOf({
      a: { text: 'A high-level meeting of Chile and Peru will be held in Tacna on March 8, 2031, officials said. Before it, negotiators of Chile and Peru will meet at the secretariat level from March 5 to 7.\n', published: '2031-03-04' },
    });
    const b = briefs.find((x) => x.dates.planned.some((d) => d.value === '2031-03-08'))!;
    expect(b.status).toBe('planned');
    expect(b.next).toEqual([]);
  });
});

describe('rounds: a purpose after a name', () => {
  // Passage written for this test.
  it('takes no purpose after the comma for a role ("NAME, to continue discussions on trade") (E2)', async () => {
    const briefs = await briefsOf({
      a: { text: "Chile and Peru held talks in Lima on Tuesday. The Chilean minister Ana Soto arrived to meet Peru's Foreign Minister Luis Rojas, to continue discussions on trade, in Lima on Tuesday.\n", published: '2031-03-05' },
    });
    expect(members(briefs[0]!)).toContain('Peru: Luis Rojas (Foreign Minister)');
  });
});

describe("briefs: the day's programme of the session", () => {
  // Passage written for this test.
  it('takes no step at the session the report tells of ("At this meeting, …") for what comes next (I1)', async () => {
    const briefs = await briefsOf({
      a: { text: 'Chile and Peru met in Geneva on Tuesday. At this meeting, discussions will continue on six areas of cooperation. The two sides will meet again in Lima in May.\n', published: '2031-03-05' },
    });
    const next = briefs.flatMap((b) => b.next.map((n) => n.text));
    expect(next.some((t) => /six areas/.test(t))).toBe(false);
    expect(next.some((t) => /meet again in Lima/.test(t))).toBe(true);
  });
  it('takes no step of the session carried on to a day of its own ("The talks will continue until …") (I1)', async () => {
    const briefs = await briefsOf({
      a: { text: 'Delegations of Ghana and Togo opened talks in Accra on Saturday, March 8. The talks will continue until March 14. The two sides will meet again in Lome in May.\n', published: '2031-03-09' },
    });
    const next = briefs.flatMap((b) => b.next.map((n) => n.text));
    expect(next.some((t) => /continue until/.test(t))).toBe(false);
    expect(next.some((t) => /meet again in Lome/.test(t))).toBe(true);
  });
  it("takes no step set on a bare weekday that the round's other reports place within the session (I1)", async () => {
    const briefs = await briefsOf({
      a: { text: 'Chile and Peru opened two days of talks in Geneva on Wednesday, March 5, 2031.\n', published: '2031-03-05' },
      b: { text: 'Talks between Chile and Peru began in Geneva on Wednesday and end on Thursday.\nOn Thursday, the UN envoy will hold separate meetings with the two delegations.\nThe two sides will meet again in Lima in May.\n' },
    });
    expect(briefs).toHaveLength(1);
    const next = briefs[0]!.next.map((n) => n.text);
    expect(next.some((t) => /separate meetings/.test(t))).toBe(false);
    expect(next.some((t) => /meet again in Lima/.test(t))).toBe(true);
  });
  it('dates a step said after a participle of saying by its own words, not by the day of the clause before (I1)', async () => {
    const briefs = await briefsOf({
      a: { text: 'Chile and Peru hold talks in Geneva on March 5 and 6.\n', published: '2031-03-05' },
      b: { text: 'The foreign ministers of Chile and Peru concluded talks in Geneva on Thursday, saying that they agreed to continue negotiations on the open issues.\n' },
    });
    const next = briefs.flatMap((b) => b.next.map((n) => n.text));
    expect(next.some((t) => /continue negotiations on the open issues/.test(t))).toBe(true);
  });
  it('takes no step from further talks a side refused to hold (I1)', async () => {
    const briefs = await briefsOf({
      a: { text: 'The foreign ministers of Ghana and Togo met in Accra on Monday. Togo had for months refused to hold further talks with Ghana, accusing it of bad faith.\n', published: '2031-03-05' },
    });
    const next = briefs.flatMap((b) => b.next.map((n) => n.text));
    expect(next.some((t) => /further talks/.test(t))).toBe(false);
  });
  it("takes no step set on the report's own day for what comes next (I1)", async () => {
    const briefs = await briefsOf({
      a: { text: 'Talks between Chile and Peru conclude today in Geneva.\nToday, the President of Chile, Ana Soto, will hold a bilateral meeting with the UN envoy.\nThe two sides will meet again in Lima in May.\n' },
    });
    const next = briefs.flatMap((b) => b.next.map((n) => n.text));
    expect(next.some((t) => /bilateral meeting/.test(t))).toBe(false);
    expect(next.some((t) => /meet again in Lima/.test(t))).toBe(true);
  });
});

describe('briefs: a report of a round headed by the next one it announces', () => {
  // Passage written for this test.
  it("keeps the announcement of the next round as a step of the round the report tells of, beside its other steps (A2, I1)", async () => {
    const briefs = await briefsOf({
      a: { text: 'Chile and Peru agree to hold third round as second round of talks ends\n\nThe second round of talks between Chile and Peru ended in Lima on March 3, 2031. The two sides agreed to exchange lists of detainees within two weeks. The third round will be held in Tacna on April 10, 2031, the ministry said.\n', published: '2031-03-04' },
      b: { text: 'The third round of talks between Chile and Peru was held in Tacna on April 10, 2031.\n', published: '2031-04-11' },
    });
    const next = briefs.find((x) => x.ordinal === 2)!.next;
    expect(next.some((n) => /within two weeks/.test(n.text))).toBe(true);
    expect(next.some((n) => n.date === '2031-04-10')).toBe(true);
  });
});

describe('rounds: one sentence that recounts several sessions', () => {
  // Passage written for this test.
  it('gives each day of "met in CITY on DAY and DAY", weeks apart, to the round that met then, not to the session the report announces (C1, D1)', async () => {
    const briefs = await briefsOf({
      a: { text: 'Delegations of Ghana and Togo met in Lome on March 24, 2031 for talks on the border.\n', published: '2031-03-25' },
      b: { text: 'Ghana and Togo held a new round of border talks in Lome on April 8, 2031.\n', published: '2031-04-09' },
      c: { text: 'A new round of talks between Ghana and Togo is scheduled for Tuesday, April 22, in Lome, the foreign ministry said.\nThe two sides met in Lome on March 24 and April 8, with little to show for it.\n', published: '2031-04-20' },
    });
    const held = briefs.map((b) => [b.status, b.dates.held.map((h) => h.value).sort().join(' ')]);
    expect(held).toContainEqual(['held', '2031-03-24']);
    expect(held).toContainEqual(['held', '2031-04-08']);
    // (the report that recounts both supports both)
    expect(briefs.filter((b) => b.status === 'held').every((b) => b.docs.includes('c'))).toBe(true);
    expect(briefs.filter((b) => b.status === 'planned')).toHaveLength(1);
    expect(briefs.find((b) => b.status === 'planned')!.dates.held).toHaveLength(0);
  });
});

describe('rounds: a report of the talks still going on', () => {
  // Passage written for this test.
  it('places a report that tells no session of its own, only what the sides agreed, in the latest round of a side it names (not a country or a body) that opened in the season before it (A1)', async () => {
    const briefs = await briefsOf({
      a: { text: "Talks between the government of Togo and the Coastal People's Front opened in Lome on March 3, 2031, under Ghana's mediation.\n", published: '2031-03-04' },
      b: { text: "The Coastal People's Front said the parties had agreed to reduce the size of their delegations, as the negotiation moves to its last stage.\nOnly the leaders and a few experts will stay on, a spokesman for the Coastal People's Front said.\n", published: '2031-04-25' },
    });
    expect(briefs).toHaveLength(1);
    expect(briefs[0]!.docs).toEqual(['a', 'b']);
  });
});

describe('rounds: a report with no publication day that looks ahead', () => {
  // Passage written for this test.
  it("reads its weekdays against a line that closes with a day written with its year (a caption), not the day before the one it looks ahead to (B2)", async () => {
    const briefs = await briefsOf({
      a: { text: 'ACCRA - The second round of talks between Ghana and Togo ended on Tuesday without a deal.\n\nThe foreign ministers of Ghana and Togo shake hands in Accra, March 11, 2031\n\n"We will meet again in Lome on April 8 for a third round," the Ghanaian minister said.\n' },
    });
    const second = briefs.find((b) => b.ordinal === 2)!;
    expect(second.dates.held.map((h) => h.value)).toContain('2031-03-11');
  });
});

describe('rounds: sessions a report counts and dates', () => {
  // A passage written for this test.
  it('makes a round of each day a count of the series\' sessions dates, where no report tells one', async () => {
    const briefs = await briefsOf({ a: { text: 'Chile and Peru held a fourth round of talks in Lima on Thursday. The two neighbours named envoys last year. Four rounds of talks have followed, on January 9, February 6, March 3 and March 20.\n', published: '2031-03-21' } });
    expect(briefs.map((b) => [b.ordinal, held(b)])).toEqual([[1, ['2031-01-09']], [2, ['2031-02-06']], [3, ['2031-03-03']], [4, ['2031-03-20']]]);
  });
  it('makes none of days that a count of part of the series dates', async () => {
    const briefs = await briefsOf({ a: { text: 'Chile and Peru held a fourth round of talks in Lima on Thursday. The previous three rounds of talks were held on January 9, February 6 and March 3.\n', published: '2031-03-21' } });
    expect(briefs.map((b) => b.ordinal)).toEqual([4]);
  });
});

describe('rounds: a round announced for a month, and another negotiation that met then', () => {
  // Passages written for this test: two negotiations in one folder, both in Geneva under the same bodies.
  it('joins no meeting that shares only bodies and a city with the announced round (no side, no person)', async () => {
    const briefs = await briefsOf({
      a: { text: 'The 12th round of the Geneva talks ended on Friday under the auspices of the United Nations, the European Union and the African Union. The co-chairs agreed to hold the next round in March, UN envoy Lars Holm said.\n', published: '2031-01-11' },
      b: { text: 'Ghana and Togo held talks in Geneva on Monday with the United Nations, the European Union and the African Union, Ghanaian envoy Kofi Mensah said.\n', published: '2031-03-18' },
      c: { text: 'The 11th round of talks between Chile and Peru ended in Geneva on Friday under the auspices of the United Nations, UN envoy Lars Holm said.\n', published: '2030-10-11' },
    });
    const thirteenth = briefs.find((x) => x.ordinal === 13)!;
    expect(thirteenth.status).toBe('announced');
    expect(thirteenth.docs).toEqual(['a']);
    expect(briefs.find((x) => x.docs.includes('b'))!.ordinal).not.toBe(13);
  });
});

describe('rounds: the year of a day written without one', () => {
  // Passages written for this test: an undated report of the fourth round, a report of the fourth round a year after
  // the first, and one of the first.
  it('takes it from the other reports of the same numbered round first, not from a nearer day of another round', async () => {
    const briefs = await briefsOf({
      r1: { text: 'The first round of talks between Chile and Peru was held in Oslo on April 3.\n', published: '2030-04-04' },
      r4: { text: 'The fourth round of talks between Chile and Peru ended in Oslo on April 5.\n', published: '2031-04-07' },
      p2: { text: 'Chile and Peru held a fourth round of talks in Oslo on April 2-6.\n' },
    });
    const fourth = briefs.filter((b) => b.ordinal === 4);
    expect(fourth).toHaveLength(1);
    expect(held(fourth[0]!)).toContain('2031-04-02/2031-04-06');
    expect(fourth[0]!.docs.sort()).toEqual(['p2', 'r4']);
  });
});

describe('rounds: an undated report of a session that met, and a round only undated reports tell', () => {
  // Passages written for this test.
  it('joins the round whose report says it met though no report gives it a day, not the dated rounds it shares only the mediator with', async () => {
    const briefs = await briefsOf({
      a: { text: 'Chile and Peru reached an agreement on water sharing on Thursday in Arica. The head of the Chilean delegation, Ana Lema, praised the deal.\n' },
      b: { text: 'The two countries agreed on sharing the Lauca river after talks between Chile and Peru brokered by Norwegian envoy Lars Holt. Ana Lema and Jorge Ruiz signed the accord.\n' },
      c: { text: 'Chile and Peru held talks in Tacna on May 5, 2031, brokered by Norwegian envoy Lars Holt. The Chilean delegation was led by Pablo Vera.\n', published: '2031-05-06' },
      d: { text: 'Chile and Peru met again in Tacna on June 9, 2031, brokered by Norwegian envoy Lars Holt. The Peruvian delegation was led by Luis Paz.\n', published: '2031-06-10' },
      e: { text: 'Chile and Peru met in Tacna on July 2, 2031, brokered by Norwegian envoy Lars Holt. The meeting follows discussions on carrying out the accord signed on March 6 in Arica.\n', published: '2031-07-03' },
    });
    expect(briefs.map((b) => [names(b.venue.city).join(','), held(b).join(','), b.docs.join(',')]).sort()).toEqual([
      ['Arica', '2031-03-06', 'a,b,e'],
      ['Tacna', '2031-05-05', 'c'],
      ['Tacna', '2031-06-09', 'd'],
      ['Tacna', '2031-07-02', 'e'],
    ]);
  });
});

describe('rounds: a communiqué that names no side but its host, and a report numbered only by a round it announces', () => {
  // Passages written for this test.
  it('joins a one-sided report of round N to the round N a communiqué naming only its host country reports', async () => {
    const briefs = await briefsOf({
      a: { text: 'GENEVA, 5 May 2031 – The 40th round of the Geneva Border Talks took place on 4-5 May 2031. The participants reviewed the security situation along the line.\n', published: '2031-05-05' },
      b: { text: '"Once again the Azerbaijani delegation walked out of the 40th round of the Geneva Border Talks," Armenian Deputy Foreign Minister Ara Sarkissian said on Friday.\n' },
    });
    expect(briefs.map((b) => [b.ordinal, b.docs.join(',')])).toEqual([[40, 'a,b']]);
  });

  it('gives no round of its own to the round before one a report only announces', async () => {
    const briefs = await briefsOf({
      a: { text: 'GENEVA, 5 May 2031 – The 40th round of the Geneva Border Talks took place on 4-5 May 2031. The participants reviewed the security situation along the line.\n', published: '2031-05-05' },
      b: {
        text: 'The co-chairs of the Geneva Border Talks oppose moving them to another country, the UN co-chair Lena Varga told a press briefing in Yerevan. "The talks must stay in Geneva," she said.\nThe head of the Armenian delegation, Ara Sarkissian, said there are "no obstacles" for the upcoming round of the Geneva Border Talks.\nThe 42nd round of the Geneva Border Talks is scheduled for November 5-6.\n',
        published: '2031-09-20',
      },
    });
    expect(briefs.map((b) => b.ordinal)).not.toContain(41);
  });
});

describe('rounds: the launch of the body whose sittings are the talks', () => {
  // Passage written for this test.
  it("starts the series' first round on the day and at the city of the launch a later report recalls, and keeps the dateline's city for the report's own session", async () => {
    const briefs = await briefsOf({
      a: {
        text: 'ARICA, May 5 (Andes Agency) — The fifth meeting of the Border Commission of Chile and Peru ended here on Friday without agreement, the chairman said.\nThe Andean Border Commission — which brings together officials of both countries — was officially launched in Lima on March 3, 2029.\n',
        published: '2031-05-05',
      },
    });
    expect(briefs.map((b) => [names(b.venue.city).join(',').toLowerCase(), held(b).join(','), b.ordinal])).toEqual([
      ['lima', '2029-03-03', 1],
      ['arica', '2031-05-02', 2],
    ]);
    expect(briefs[0]!.dates.held[0]!.rules).toContain('facts:launch-day');
  });

  it('takes no launch of a body named in lower case (a sub-committee set up) for the first round', async () => {
    const briefs = await briefsOf({
      a: {
        text: 'ARICA, May 5 (Andes Agency) — The fifth meeting of the Border Commission of Chile and Peru ended here on Friday without agreement, the chairman said.\nA joint technical committee was officially launched in Lima on March 3, 2029.\n',
        published: '2031-05-05',
      },
    });
    expect(briefs.flatMap((b) => held(b))).not.toContain('2029-03-03');
  });
});

describe('rounds: an earlier round in a participle apposition', () => {
  // Passage written for this test.
  it('gives the days after "like the first round, held in CITY" to the first round, not to the round the sentence announces', async () => {
    const briefs = await briefsOf({
      a: { text: 'Chile and Peru will hold the second round of talks in Arica on June 20, behind closed doors, like the first round, held in Lima last March 3-4.\n', published: '2031-06-06' },
    });
    const byOrdinal = new Map(briefs.map((b) => [b.ordinal, b]));
    expect(held(byOrdinal.get(1)!)).toEqual(['2031-03-03/2031-03-04']);
    expect(byOrdinal.get(2)!.dates.planned.map((d) => d.value).join(',')).not.toContain('2031-03');
  });
});

describe('rounds: a month one source gives against the day others state', () => {
  // Passages written for this test.
  it('lists a month that holds none of the preferred days as a conflict, not a held value, and keeps one that holds them', async () => {
    const briefs = await briefsOf({
      a: { text: 'The first round of talks between Chile and Peru was held in Lima on January 14, 2031.\n', published: '2031-01-15' },
      b: { text: 'The first round of talks between Chile and Peru took place in Lima on January 14, officials recalled.\n', published: '2031-03-02' },
      c: { text: 'The first round of talks between Chile and Peru took place in February in Lima, the minister said.\n', published: '2031-07-02' },
    });
    const first = briefs.find((b) => b.ordinal === 1)!;
    expect(held(first)).toEqual(['2031-01-14']);
    expect((first.dates.conflicts ?? []).map((d) => d.value)).toEqual(['2031-02']);
  });
});

describe('rounds: a session a report measures as over, with no day of its own', () => {
  // Passages written for this test.
  it('spans the length a report gives ("after week-long talks") back from the one day the round\'s other report dates it by', async () => {
    const briefs = await briefsOf({
      a: { text: 'Talks between Chile and Peru ended in Arica on Friday with a water accord, the mediator said.\n', published: '2031-05-10' },
      b: { text: 'Chile and Peru have agreed to share the waters of the Lauca river after week-long talks in Arica, mediated by Norway.\n' },
    });
    expect(briefs).toHaveLength(1);
    expect(held(briefs[0]!)).toEqual(['2031-05-09', '2031-05-03/2031-05-09']);
    expect(briefs[0]!.dates.preferred?.value).toBe('2031-05-03/2031-05-09');
  });
});

describe('rounds: talks between two of the three sides of another negotiation', () => {
  // Passages written for this test.
  it('are a series of their own where the two share one person at most', async () => {
    const briefs = await briefsOf({
      a: { text: 'The 12th round of the Andean Border Discussions between Chile, Peru and Bolivia ended in Geneva on Tuesday. Chile’s foreign minister Ana Torres said the talks were hard.\n', published: '2031-03-05' },
      b: { text: 'The 13th round of the Andean Border Discussions between Chile, Peru and Bolivia ended in Geneva on Tuesday. Bolivian envoy Luis Rojas said the talks were useful.\n', published: '2031-06-04' },
      c: { text: 'Chile and Peru held consultations on the work of their embassies in Istanbul on Thursday. Chile’s foreign minister Ana Torres said the talks were useful.\n', published: '2031-07-11' },
      d: { text: 'Chile and Peru held a second round of consultations on their embassies in Istanbul on Monday, led by Peruvian diplomat Marta Soto.\n', published: '2031-08-26' },
    });
    expect(briefs.map((b) => [b.id, b.docs])).toEqual([
      ['s1-round-12', ['a']],
      ['s1-round-13', ['b']],
      ['s2-round-1', ['c']],
      ['s2-round-2', ['d']],
    ]);
  });
});

describe('rounds: a session that prepares a numbered round', () => {
  // Passages written for this test.
  it('is no round: its report names the round only as planned, and joins the round that meets', async () => {
    const briefs = await briefsOf({
      a: { text: 'The 60th round of the Andean Border Discussions between Chile, Peru and Bolivia took place in Geneva on 4-5 April 2031.\n', published: '2031-04-06' },
      b: { text: 'On 10 June 2031, a preparatory meeting for the 61st round of the Andean Border Discussions took place in Cusco, involving the co-chairs from the European Union, the United Nations and the OSCE. The 61st round of the Andean Border Discussions is scheduled to take place on 25-26 June 2031.\n' },
      c: { text: 'The 61st round of the Andean Border Discussions took place in Geneva on 25-26 June 2031.\n', published: '2031-06-27' },
    });
    expect(briefs.map((b) => b.id)).toEqual(['round-60', 'round-61']);
    const r61 = briefs[1]!;
    expect([r61.docs, held(r61), r61.venue.city.map((v) => v.name)]).toEqual([['b', 'c'], ['2031-06-25/2031-06-26'], ['Geneva']]);
    expect(r61.parties.map((p) => p.name)).not.toContain('European Union');
  });
});

describe('rounds: a lone report of two of a series\' three sides', () => {
  // Passages written for this test.
  it('joins the series where nothing else tells it apart', async () => {
    const briefs = await briefsOf({
      a: { text: 'The 12th round of talks between Chile, Peru and Bolivia ended in Arica on Tuesday.\n', published: '2031-03-05' },
      b: { text: 'The 13th round of talks between Chile, Peru and Bolivia ended in Arica on Tuesday.\n', published: '2031-06-04' },
      c: { text: 'The 14th round of talks between Chile and Peru ended in Arica on Thursday.\n', published: '2031-09-12' },
    });
    expect(briefs.map((b) => b.id)).toEqual(['round-12', 'round-13', 'round-14']);
  });
});

describe('rounds: a numbered round a sentence that plans the next one recalls', () => {
  // Passage written for this test (field notes A6).
  it('is held where a preposition of time and a few words stand before it ("following what she called a useful first round")', async () => {
    const briefs = await briefsOf({
      a: { text: 'Minister Dara Holm said the next round of talks with Peru is set for next Friday, following what she called a useful first round in Lima.\n', published: '2031-03-07' },
    });
    expect(briefs.map((b) => [b.id, b.status, b.venue.city.map((c) => c.name)])).toEqual([
      ['round-1', 'held', ['Lima']],
      ['round-2', 'planned', []],
    ]);
    expect(briefs[1]!.dates.planned.map((d) => d.value)).toEqual(['2031-03-14']);
  });
});
