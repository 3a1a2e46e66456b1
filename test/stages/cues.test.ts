import { describe, expect, it } from 'vitest';
import { statusOf } from '../../src/stages/cues.js';
import { analyze, defaultPipeline } from '../helpers.js';

const kn = () => defaultPipeline().knowledge;

describe('round cues', () => {
  it('reads ordinals and relative words', () => {
    const doc = analyze('The inaugural talks took place in Doha. A renewed round began in March. The next meeting will be held in Oman.', { published: '2025-06-18' });
    expect(doc.cues.map((c) => [c.text, c.ordinal, c.relative, c.status])).toEqual([
      ['inaugural talks', 1, undefined, 'held'],
      ['renewed round', undefined, 'renewed', 'held'],
      ['next meeting', undefined, 'next', 'planned'],
    ]);
    // Resolved within the document: the renewed round is the current one (after the first), the next one follows it.
    expect(doc.cues.map((c) => c.round)).toEqual([1, 1, 2]);
  });

  it('numbers the session the sides meet "for a second time", not one they meet "for the first time in six years"', () => {
    const doc = analyze('The envoys of Chile and Peru met for a second time on Thursday in Lima.', { published: '2031-03-08' });
    expect(doc.cues.filter((c) => c.ordinal !== undefined).map((c) => [c.text, c.ordinal, c.status])).toEqual([['second time', 2, 'held']]);
    const since = analyze('The envoys of Chile and Peru met for the first time in six years on Thursday in Lima.', { published: '2031-03-08' });
    expect(since.cues.filter((c) => c.ordinal !== undefined)).toEqual([]);
  });

  it('makes no numbered cue of an ordinal that counts an occasion ("the 75th Anniversary Summit")', () => {
    const doc = analyze('The two ministers last met on the sidelines of the Pacific Forum 30th Anniversary Summit in Lima.', { published: '2031-03-06' });
    expect(doc.cues.filter((c) => c.ordinal !== undefined)).toEqual([]);
  });
  it('reads no plan in the writer\'s formula that points to a fact ("It is to be noted that …"), and a plan in "is to be held"', () => {
    expect(statusOf('It is to be noted that earlier on May 3, the two sides engaged in discussions during the fifth round of talks.', kn())).not.toBe('planned');
    expect(statusOf('The sixth round is to be held in Lima next month.', kn())).toBe('planned');
  });

  it('numbers no round by a body\'s own count of its meetings ("The Joint Committee … held its third meeting")', () => {
    const doc = analyze('The Joint Committee on the truce, made up of officers of Ghana and Togo, held its third meeting in Accra on 5 to 8 March.', { published: '2031-03-10' });
    expect(doc.cues.filter((c) => c.ordinal !== undefined)).toEqual([]);
  });

  it('numbers no round by sessions a document makes parts of one ("a round of talks, the first session of which …")', () => {
    const doc = analyze('Norway hosted a round of talks between Ghana and Togo, the first session of which was held on Wednesday. The second session of talks was held a day after.', { published: '2031-03-14' });
    expect(doc.cues.filter((c) => c.ordinal !== undefined)).toEqual([]);
    const plain = analyze('The second session of talks between Ghana and Togo was held in Oslo on Wednesday.', { published: '2031-03-14' });
    expect(plain.cues.map((c) => c.ordinal)).toEqual([2]);
  });

  it('reads a session its own clause says ended as held, in a sentence that announces the next one', () => {
    const doc = analyze('The second round of talks between Ghana and Togo has come to an end in Accra, with both sides agreeing to meet again next week.', { published: '2031-03-06' });
    expect(doc.cues.filter((c) => c.ordinal !== undefined).map((c) => [c.text, c.status])).toEqual([['second round', 'held']]);
    const next = analyze('Ghana and Togo agreed to hold a second round of talks in Accra, officials said.', { published: '2031-03-06' });
    expect(next.cues.filter((c) => c.ordinal !== undefined).map((c) => [c.text, c.status])).toEqual([['second round', 'announced']]);
  });

  it('numbers a session an ordinal alone stands for, after a numbered round of the sentence ("while the second was held")', () => {
    const doc = analyze('The first round of talks was held in Accra in August, while the second was held in Lome in September.', { published: '2031-10-06' });
    expect(doc.cues.map((c) => [c.text, c.ordinal, c.status])).toEqual([
      ['first round', 1, 'held'],
      ['second', 2, 'held'],
    ]);
    // (not an ordinal before a noun of its own)
    const other = analyze('The first round of talks was held in Accra in August, and the second phase of the truce began in September.', { published: '2031-10-06' });
    expect(other.cues.filter((c) => c.ordinal === 2)).toEqual([]);
  });

  it('tells the status from tense and cue words', () => {
    expect(statusOf('The second round was delayed by a week.', kn())).toBe('postponed');
    expect(statusOf('The second round was delayed but began on Monday.', kn())).toBe('held');
    expect(statusOf('The third round was called off.', kn())).toBe('cancelled');
    // (talks put on hold are not held: "Chile suspended the talks last month")
    expect(statusOf('Chile suspended the talks with Peru last month without giving a reason.', kn())).toBe('postponed');
    expect(statusOf('The fifth round was halted after a dispute over the agenda.', kn())).toBe('postponed');
    // (a relative clause on another noun moves that, not the session: "a statement that was delayed")
    expect(statusOf('The sides called the talks a success in a joint statement that was delayed by wrangling.', kn())).not.toBe('postponed');
    expect(statusOf('The talks, which were delayed twice, ended on Monday.', kn())).toBe('postponed');
    expect(statusOf('The sides agreed to hold a third round.', kn())).toBe('announced');
    expect(statusOf('The leaders said they agreed to convene a meeting of commanders.', kn())).toBe('announced');
    expect(statusOf('Chile and Peru agree to resume exploratory talks on May 4 in Lima.', kn())).toBe('announced');
    expect(statusOf('The second round is set to open on Friday.', kn())).toBe('planned');
    expect(statusOf('The second round will test their resolve.', kn())).toBe('planned');
    expect(statusOf('A second round of talks.', kn())).toBeUndefined();
  });

  it("takes the status a relative clause right after the session word states for the session's own", () => {
    // (Passages written for this test: "would meet" speaks of the terms, not of the round.)
    const statuses = (text: string) => analyze(text).cues.map((c) => [c.text, c.status]);
    expect(statuses('The negotiating round, which was held in Lome on May 3, showed a retreat from terms that would meet both needs.')).toEqual([['round', 'held']]);
    expect(statuses('The fourth round of talks, which will be held in Accra, may decide terms that were agreed in 2029.')).toEqual([['fourth round', 'planned']]);
  });

  it('does not take every ordinal for a round', () => {
    const doc = analyze('For the first time, the second largest party spoke. The new agreement was signed.');
    expect(doc.cues).toEqual([]);
  });
});

describe('session words beyond "round"', () => {
  // Passages written for this test.
  const cuesOf = (text: string) => analyze(text, { published: '2031-03-08' }).cues.filter((c) => c.ordinal !== undefined).map((c) => [c.text, c.ordinal]);
  it('numbers cycles of talks and rounds with Roman numerals', () => {
    expect(cuesOf('The third cycle of talks opened in Lima. The VI round ended on Friday.')).toEqual([
      ['third cycle', 3],
      ['VI round', 6],
    ]);
  });
  it("takes a body's numbered session for no round of the talks", () => {
    expect(cuesOf('The ministers met during the 79th session of the UN General Assembly in New York.')).toEqual([]);
    expect(cuesOf('The second session of the Lima talks opened on Monday.')).toEqual([['second session', 2]]);
  });
});

describe('a numbered round dated long before the report', () => {
  // Passages written for this test.
  it('is recalled, not the round the report tells, unless the date is where a count starts', () => {
    const doc = analyze('Chile and Bolivia resumed talks in Quito on Monday. The first round took place in Lima last November.', { published: '2031-02-13' });
    expect(doc.cues.find((c) => c.ordinal === 1)).toMatchObject({ recalled: true });
    // The report's own session is then its unnumbered one.
    expect(doc.facts.filter((f) => f.kind === 'held').map((f) => [f.round, f.value])).toContainEqual([0, '2031-02-10']);
    const counted = analyze('Chile and Bolivia met in Quito on Monday. The current round of talks is the seventh since they started in April.', { published: '2031-12-09' });
    expect(counted.cues.find((c) => c.ordinal === 7)?.recalled).toBeUndefined();
  });
  it('is not recalled by the day of what it came after', () => {
    const doc = analyze('The talks in Quito mark the fourth round of meetings, after both sides reached a truce in March.', { published: '2031-07-14' });
    expect(doc.cues.find((c) => c.ordinal === 4)?.recalled).toBeUndefined();
  });
});

describe('a session set apart from the talks', () => {
  // Passage written for this test.
  it('makes no cue of "a separate meeting … outside the framework"', () => {
    const doc = analyze('At the same time, a separate meeting between Chilean and Bolivian officials outside the talks will take place on Wednesday.', { published: '2031-03-08' });
    expect(doc.cues).toEqual([]);
    expect(analyze('At the same time, a meeting between Chilean and Bolivian officials will take place on Wednesday.', { published: '2031-03-08' }).cues).toHaveLength(1);
  });
});

describe('a session held as a deadline approaches', () => {
  // Passage written for this test.
  it('is held, not planned', () => {
    const doc = analyze('The third round of talks between Chile and Bolivia was held as the deadline for the tariff truce approaches.', { published: '2031-03-08' });
    expect(doc.cues.find((c) => c.ordinal === 3)?.status).toBe('held');
  });
});

describe('an ordinal before a session noun and what it counts', () => {
  // Passages written for this test.
  const cuesOf = (text: string) => analyze(text, { published: '2031-03-08' }).cues.filter((c) => c.ordinal !== undefined).map((c) => [c.text, c.ordinal]);
  it('reads topic words between them ("the third high-level trade negotiations", "the second nuclear talks")', () => {
    expect(cuesOf('The third high-level trade negotiations between Chile and Bolivia ended in Lima.')).toEqual([['third high-level trade negotiations', 3]]);
    expect(cuesOf('The second nuclear talks opened in Lima.')).toEqual([['second nuclear talks', 2]]);
  });
  it('takes a first in a span of time for a first since a gap, a later ordinal for the series\' number', () => {
    expect(cuesOf('Chile and Bolivia held their first talks in six years in Lima.')).toEqual([]);
    expect(cuesOf('Chile and Bolivia held their fourth round of talks in four months in Lima.')).toEqual([['fourth round', 4]]);
  });
  it("takes a meeting numbered in a body's own series for a session with no number of the talks", () => {
    const doc = analyze('The first meeting of the Chile-Peru trade and border consultation mechanism opened in Lima on Monday.', { published: '2031-03-08' });
    expect(doc.cues.map((c) => [c.text, c.ordinal ?? null])).toEqual([['first meeting', null]]);
    expect(cuesOf('The second round of talks of the two trade ministers opened in Lima.')).toEqual([['second round', 2]]);
  });
});

describe("a body's sitting is no session of the talks", () => {
  // Passage written for this test.
  it('takes the meeting the sides hold, not the session of the body they meet beside', () => {
    const doc = analyze('During the 81st session of the UN General Assembly in New York, the foreign ministers of Chile and Bolivia held a meeting.', { published: '2031-09-24' });
    expect(doc.cues.map((c) => c.text)).toEqual(['meeting']);
  });
});

describe('relative cues that are comparisons or point back, and statuses of sessions called off', () => {
  // Passages written for this test.
  it('reads "the most recent round" as an earlier one, and "like the previous rounds" as no cue', () => {
    const back = analyze('The fifth round will take place in Lima on Friday. The most recent round was held in Quito on May 11.', { published: '2031-05-21' });
    expect(back.cues.map((c) => [c.text, c.relative ?? null, c.round])).toEqual([
      ['fifth round', null, 5],
      ['most recent round', 'previous', 4],
    ]);
    const like = analyze('The fourth round of talks ended in Quito. Ana Ruiz and Pablo Mena headed the delegations, like the previous rounds.', { published: '2031-05-21' });
    expect(like.cues.map((c) => c.relative ?? null)).toEqual([null, null]);
  });
  it('takes "will not take place" for a session called off, and "agree to hold" for one announced', () => {
    expect(statusOf('The talks scheduled for Sunday will not now take place.', kn())).toBe('cancelled');
    expect(statusOf('Chile and Bolivia end talks, agree to hold third round next week', kn())).toBe('announced');
  });
});

describe("a page's list of linked videos", () => {
  // Passage written for this test.
  it('gives no cue: a title on the line after a running time ("00:59") is a link, not the article', () => {
    const doc = analyze('The two sides met in Lima on Monday.\n01:07\nChile and Peru to hold 6th round of talks\n');
    expect(doc.cues.map((c) => c.ordinal).filter((o) => o !== undefined)).toEqual([]);
    expect(analyze('The two sides met in Lima on Monday.\nChile and Peru to hold 6th round of talks\n').cues.some((c) => c.ordinal === 6)).toBe(true);
  });
});

describe('a settlement signed in the active voice', () => {
  // Passage written for this test.
  it('reports a session ("have signed a framework peace deal")', () => {
    const doc = analyze('Chile and the Andean Front have signed a framework peace deal in Lima.');
    expect(doc.cues.length).toBeGreaterThan(0);
  });
});

describe('round cues: what a round counts, and settlements signed by name', () => {
  // Passages written for these tests.
  it('makes no cue of a round of something else than talks', () => {
    const doc = analyze('Dozens have died since the latest round of hostilities between Ghana and Togo erupted on May 2.', { published: '2031-05-09' });
    expect(doc.cues).toEqual([]);
  });
  it('reads the signing of a settlement by its name as a session', () => {
    const doc = analyze('The presidents of Ghana and Togo signed the Lome Peace Accord today.', { published: '2031-05-09' });
    expect(doc.cues.map((c) => c.text)).toEqual(['signed the Lome Peace Accord']);
  });
});

describe('round cues: a settlement signed before witnesses', () => {
  // Passage written for this test.
  it('reads "was signed in the presence of" as a session', () => {
    const doc = analyze('The peace accord was signed in the presence of the Nigerian president at the Accra International Conference Centre.', { published: '2031-05-09' });
    expect(doc.cues.map((c) => c.text)).toEqual(['was signed in the presence of']);
  });
});

describe('round cues: numbered far in a series, and counted from another start', () => {
  // Passages written for these tests.
  it('reads a number with an ordinal ending beyond the words listed, with a modifier between ("the 47th consultation meeting")', () => {
    const doc = analyze('The 47th consultation meeting between Chile and Peru was held in Lima on Monday.', { published: '2031-05-09' });
    expect(doc.cues.map((c) => [c.text, c.ordinal])).toEqual([['47th consultation meeting', 47]]);
  });
  it('reads "the first direct talks in nearly five years" as a count from another start, not the first round', () => {
    const doc = analyze('The 47th round was the first direct talks between the two countries in nearly five years.', { published: '2031-05-09' });
    expect(doc.cues.filter((c) => c.ordinal === 1)).toEqual([]);
  });
});

describe('a lead on a session after "a previous round" the article numbers later', () => {
  // A passage written for this test.
  it('is the round after the last one the article numbers', () => {
    const text = 'Chile and Peru will resume talks in Quito on Thursday, following a previous round that ended without a deal. A second round of negotiations in Lima last week failed to produce a truce.';
    const doc = analyze(text, { published: '2031-03-06' });
    expect(doc.cues.map((c) => [c.text, c.round]).sort()).toEqual([
      ['previous round', 2],
      ['second round', 2],
      ['talks', 3],
    ]);
  });
});

describe('status: a side that stays away', () => {
  // Passages written for this test.
  it('calls off a session a side failed to show up for, and keeps a round called off but met after all held', () => {
    expect(statusOf('The talks in Accra fell apart after the rebel delegation failed to show up.', kn())).toBe('cancelled');
    expect(statusOf('The fourth round, called off in May, finally took place in Accra on Monday.', kn())).toBe('held');
  });
});

describe('status: a round named before a contrast word that opens the announcing clause', () => {
  // A passage written for this test.
  it('is not the session announced ("no breakthrough in the fifth round on Monday however the two sides agreed to meet again")', () => {
    const doc = analyze('There was no breakthrough in the fifth round of talks between Ghana and Togo on Monday however the two sides have agreed to meet again soon.', { published: '2031-03-06' });
    expect(doc.cues.map((c) => [c.text, c.status ?? null])).toEqual([['fifth round', null]]);
  });
});

describe('cues: words of manner between an ordinal and its session noun', () => {
  // Passage written for this test.
  it('numbers "the first face to face meeting" as "the first face-to-face meeting"', () => {
    const doc = analyze('The first face to face meeting was held in Lima on March 3, 2030.', { published: '2031-03-06' });
    expect(doc.cues.map((c) => [c.text, c.ordinal])).toEqual([['first face to face meeting', 1]]);
  });
});

describe('cues: a numbered session a report with a dateline and no year recalls', () => {
  // Passage written for this test.
  it('takes one dated a year before the earliest day the dateline can be for a recalled session, not the report\'s', () => {
    const doc = analyze('LIMA, Jan 12 — Talks between Chile and Peru resumed on Tuesday in Lima.\nThe first meeting was held in Lima on January 20, 2030.');
    expect(doc.cues.filter((c) => c.ordinal === 1).map((c) => c.recalled)).toEqual([true]);
    // (one dated days before the dateline's day is the report's own)
    const near = analyze('LIMA, Jan 12 — The first meeting was held in Lima on January 10, 2030.');
    expect(near.cues.filter((c) => c.ordinal === 1).map((c) => !!c.recalled)).toEqual([false]);
  });
});

describe('cues: a numbered round whose outcome a sentence holds up', () => {
  // Passage written for this test.
  it('takes "the texts agreed upon during the first round" for a round the report recalls, not the one it reports', () => {
    const doc = analyze('The texts agreed upon during the first round of talks are still disputed. Talks between Chile and Peru reopened in Lima on Wednesday.', { published: '2031-06-06' });
    expect(doc.cues.filter((c) => c.ordinal === 1).map((c) => !!c.recalled)).toEqual([true]);
    // (a round said to have agreed something is the one the sentence reports)
    const own = analyze('The two sides agreed during the first round of talks in Lima on Wednesday to free prisoners.', { published: '2031-06-06' });
    expect(own.cues.filter((c) => c.ordinal === 1).map((c) => !!c.recalled)).toEqual([false]);
  });
});

describe('cues: a numbered round in a participle apposition', () => {
  // Passage written for this test.
  it('reads "like the first round, held in Lima last March 3-4" as that round met, whatever the sentence says of the next', () => {
    const doc = analyze('The second round will take place in Arica behind closed doors, like the first round, held in Lima last March 3-4.', { published: '2031-06-06' });
    expect(doc.cues.filter((c) => c.ordinal === 1).map((c) => [c.status, c.round])).toEqual([['held', 1]]);
    expect(doc.cues.filter((c) => c.ordinal === 2).map((c) => c.status)).toEqual(['planned']);
  });
});

describe('statusOf: hosting and finishing', () => {
  // Sentences written for this test, about invented talks.
  it('reads a session hosted, finished or completed as held, and one to be hosted as planned', () => {
    expect(statusOf('Norway hosted the third round of talks between Chile and Peru on Monday.', kn())).toBe('held');
    expect(statusOf('The envoy said the delegations had finished the second round.', kn())).toBe('held');
    expect(statusOf('The sides completed the fourth round in Lima.', kn())).toBe('held');
    expect(statusOf('The fifth round will be hosted by Norway next month.', kn())).toBe('planned');
    expect(statusOf('Oslo will host the fifth round next month.', kn())).toBe('planned');
  });
});

describe('round cues: earlier sessions in the plural', () => {
  // A passage written for this test, about invented talks.
  it('gives "previous rounds" no round, and "the previous round" the one before', () => {
    const plural = analyze('The fourth round opened in Lima on Monday. It builds on the progress made in previous rounds.', { published: '2031-03-06' });
    expect(plural.cues.filter((c) => c.relative === 'previous')).toEqual([]);
    const single = analyze('The fourth round opened in Lima on Monday. It builds on the progress made in the previous round.', { published: '2031-03-06' });
    expect(single.cues.filter((c) => c.relative === 'previous').map((c) => c.round)).toEqual([3]);
  });
});
