import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/run.js';
import type { Brief, Fact } from '../../src/model/schema.js';
import { analyze, tempDir } from '../helpers.js';

// Passages written for this test, about an invented negotiation (the rules must not know any article).
const facts = (text: string, kind: Fact['kind'], published = '2031-03-06'): Fact[] => analyze(text, { published }).facts.filter((f) => f.kind === kind);
const numbersOf = (text: string): string[] => facts(text, 'outcome').flatMap((f) => f.quantities?.map((q) => q.value) ?? []);

async function briefsOf(files: Record<string, string>): Promise<Brief[]> {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return (await run({ corpus: dir })).briefs;
}

describe('outcomes not phrased with agree words', () => {
  it('reads a document signed or released as an outcome, with the numbers it states', () => {
    const signed = facts('Tarsin and Oskaria held talks in Velmar on Monday. The two armies signed off on a ten-day truce that starts on Friday.', 'outcome');
    expect(signed).toEqual([expect.objectContaining({ rule: 'facts:outcome-document', outcome: 'other', text: expect.stringMatching(/^signed off on a ten-day truce/) })]);
    expect(signed[0]!.quantities).toEqual([{ value: '10', unit: 'day' }]);
    // A relative clause about the document stays with it: its numbers are the document's.
    expect(numbersOf('Tarsin and Oskaria held talks in Velmar on Monday. Both sides released a joint communique which lists 9 principles for the border.')).toEqual(['9']);
  });

  it('reads the terms of an agreement, and the sentences that go on with them, keeping the level a change reaches', () => {
    const text =
      'Tarsin and Oskaria held talks in Velmar on Monday. Tarsin is to cut its garrison in the valley from about 5,000 to 2,400 within 60 days, the accord states. ' +
      'Both armies would also leave four checkpoints on the river. Tarsin has long resisted such steps.';
    const out = facts(text, 'outcome');
    expect(out.map((f) => f.rule)).toEqual(['facts:outcome-terms', 'facts:outcome-terms-continued']);
    expect(out[0]!.text).not.toMatch(/accord states/);
    expect(out.flatMap((f) => f.quantities!.map((q) => q.value))).toEqual(['2400', '60', '4']);
  });

  it('takes no number that counts the session, the war\'s toll, the sides or a meeting schedule', () => {
    expect(numbersOf('Tarsin and Oskaria held talks in Velmar on Monday. The sides agreed on a truce after three weeks of talks.')).toEqual([]);
    expect(numbersOf('Tarsin and Oskaria held talks in Velmar on Monday. They agreed to a truce in a war that has killed 4,000 people.')).toEqual([]);
    expect(numbersOf('Tarsin and Oskaria held talks in Velmar on Monday. The two countries agreed to open 3 crossings.')).toEqual(['3']);
    expect(numbersOf('Tarsin and Oskaria held talks in Velmar on Monday. The envoys agreed to meet every month for three days.')).toEqual([]);
    // The same agree phrase with a number of its own keeps it.
    expect(numbersOf('Tarsin and Oskaria held talks in Velmar on Monday. The sides agreed to free 40 detainees.')).toEqual(['40']);
  });

  it('labels no aim an agreement, and leaves an outcome dated weeks before the report to its earlier round', () => {
    expect(facts('Tarsin and Oskaria held talks in Velmar on Monday, aimed at reaching an agreement on the river.', 'outcome')).toEqual([]);
    expect(facts('Tarsin and Oskaria held talks in Velmar on Monday. The envoys had agreed in November to open the river crossings.', 'outcome')).toEqual([]);
    // The same sentence, reported in November, is this round's outcome.
    expect(facts('Tarsin and Oskaria held talks in Velmar on Monday. The envoys agreed in November to open the river crossings.', 'outcome', '2030-11-20')).toHaveLength(1);
  });

  it('reads no outcome where the making verb has no document after it, or is hedged', () => {
    expect(facts('Tarsin and Oskaria held talks in Velmar on Monday. The army released three prisoners of its own accord last year.', 'outcome')).toEqual([]);
    expect(facts('Tarsin and Oskaria held talks in Velmar on Monday. The envoys hope they could sign a framework soon.', 'outcome')).toEqual([]);
  });
});

describe('outcomes: a second infinitive after a comma and a coordinator', () => {
  // Passage written for this test (field notes F2).
  it('reads the dead a side will return as an outcome, with their number and unit (field notes F3)', () => {
    const out = facts('Tarsin and Oskaria ended a round of talks in Velmar on Monday. Oskaria will also return the remains of 250 Tarsini sailors.', 'outcome');
    expect(out.map((f) => [f.outcome, f.quantities])).toEqual([['other', [{ value: '250', unit: 'sailor' }]]]);
  });
  it('keeps the coordinated agreement whole, with its number ("…, as well as to return 900 remains each")', () => {
    const out = facts('Tarsin and Oskaria ended a round of talks in Velmar on Monday. They agreed to a new detainee swap, as well as to return 900 remains each.', 'outcome');
    expect(out.map((f) => f.text)).toEqual(['agreed to a new detainee swap, as well as to return 900 remains each']);
    expect(out[0]!.quantities?.map((q) => q.value)).toEqual(['900']);
    // (a relative clause still ends it)
    expect(facts('Tarsin and Oskaria ended a round of talks in Velmar on Monday. They agreed to a truce, which the mediator welcomed.', 'outcome').map((f) => f.text)).toEqual(['agreed to a truce']);
  });
});

describe('outcomes: one per fact however many sentences restate it', () => {
  // Passages written for this test (real countries and capitals, invented talks).
  it('merges a restatement that names the sides by their capitals and adds a word or two', async () => {
    const briefs = await briefsOf({
      'a.txt': 'Chile and Peru held talks in Quito on Monday. Chile and Peru agreed to resume military dialogue, officials said.\n',
      'b.txt': 'Chilean and Peruvian envoys met in Quito on Monday. Santiago and Lima have agreed to resume high-level military dialogue, the ministry said.\n',
    });
    expect(briefs[0]!.outcomes.map((o) => [o.evidence.length, o.kind])).toEqual([[2, 'agreement']]);
  });
  it('keeps two accounts that give different numbers apart', async () => {
    const briefs = await briefsOf({
      'a.txt': 'Chile and Peru held talks in Quito on Monday. The two sides agreed to exchange 200 prisoners.\n',
      'b.txt': 'Chilean and Peruvian envoys met in Quito on Monday. The sides agreed to exchange 300 prisoners, the ministry said.\n',
    });
    expect(briefs[0]!.outcomes.map((o) => o.quantities.map((q) => q.value).join()).sort()).toEqual(['200', '300']);
  });
});

describe('next steps', () => {
  it('reads a step that comes next, with its date, place, level and tentative flag', () => {
    const next = facts(
      'Tarsin and Oskaria held talks in Velmar on Monday. The two delegations will meet again in Pesk on March 20, the mediator said. ' +
        'Technical teams are expected to continue their work on the maps.',
      'next',
    );
    expect(next).toEqual([
      // (A session word with a later day: read as a dated session.)
      expect.objectContaining({ rule: 'facts:next-dated-session', text: 'The two delegations will meet again in Pesk on March 20', value: '2031-03-20', entity: expect.objectContaining({ mention: expect.anything() }) }),
      expect.objectContaining({ rule: 'facts:next-step', level: 'experts', tentative: true }),
    ]);
    expect(next[0]!.tentative).toBeUndefined();
  });

  it('reads a session dated after the report as a next step, but not a session named by its day', () => {
    const next = facts('Tarsin and Oskaria held talks in Velmar on Monday. The ministers could settle the map when they meet for a summit in Pesk next week.', 'next');
    expect(next).toEqual([expect.objectContaining({ rule: 'facts:next-dated-session', value: '2031-W11', level: 'leaders', tentative: true })]);
    expect(facts('Tarsin and Oskaria held talks in Velmar on Monday. The April talks broke down over the maps.', 'next', '2031-03-06')).toEqual([]);
  });

  it('reads a later round "provisionally set for" a day as the round before\'s tentative step (field notes I2)', async () => {
    const briefs = await briefsOf({
      'a.txt': 'Tarsin and Oskaria held a third round of talks in Velmar on Monday. The fourth round is provisionally set for the following Thursday.\n',
      'a.meta.json': '{"published":"2031-03-05"}',
    });
    const third = briefs.find((b) => b.ordinal === 3)!;
    expect(third.next).toEqual([expect.objectContaining({ date: '2031-03-06', tentative: true, rules: ['facts:next-later-round'] })]);
    expect(briefs.find((b) => b.ordinal === 4)).toMatchObject({ status: 'planned' });
  });

  it('reads issues still to be clarified and a negotiator who will brief their principals as steps (field notes I1)', () => {
    const text = (t: string) => `Tarsin and Oskaria held a third round of talks in Velmar on Monday. ${t}`;
    expect(facts(text('Remaining issues are to be clarified in the coming days.'), 'next').map((f) => f.text)).toEqual(['Remaining issues are to be clarified in the coming days']);
    expect(facts(text('Envoy Dara Holm will brief the president on March 12.'), 'next').map((f) => [f.text, f.value])).toEqual([['Envoy Dara Holm will brief the president on March 12', '2031-03-12']]);
    expect(facts(text('The president would be briefed immediately on the outcome.'), 'next')).toHaveLength(1);
    // (not a purpose in the past: "met the delegations to brief them")
    expect(facts(text('Earlier, the mediators met the delegations to brief them.'), 'next')).toEqual([]);
  });

  it('keeps the step, not its attribution or asides', () => {
    const [step] = facts('Tarsin and Oskaria held talks in Velmar on Monday. The border commission, chaired by the mediator, will regularly assess the crossings, the envoy said.', 'next');
    expect(step!.text).toBe('The border commission will regularly assess the crossings');
  });

  it('reads nothing from a sentence that looks back or plans nothing', () => {
    expect(facts('Tarsin and Oskaria held talks in Velmar on Monday. The envoys returned to their capitals after the talks.', 'next')).toEqual([]);
  });

  it('lists each step once in the brief, with the place, and drops a step dated within the round itself', async () => {
    const briefs = await briefsOf({
      'a.txt': 'Tarsin and Oskaria held talks in Velmar on March 3 and March 4, 2031. The talks will be held on March 4, the host said. The envoys will meet again in Pesk on March 20.\n',
      'b.txt': 'Tarsin and Oskaria ended their talks in Velmar on Tuesday. Their envoys will meet again in Pesk on March 20.\n',
      'b.meta.json': '{"published":"2031-03-05"}',
    });
    const b = briefs.find((x) => x.dates.held.length)!;
    // (a.txt, which has no publication day, was written before the March 20 it looks ahead to: a session dated after it)
    expect(b.next).toEqual([expect.objectContaining({ date: '2031-03-20', place: expect.objectContaining({ name: 'Pesk' }), rules: expect.arrayContaining(['facts:next-dated-session']) })]);
    expect(b.next[0]!.evidence).toHaveLength(2);
  });

  it('takes two steps with a day in common for one', async () => {
    const briefs = await briefsOf({
      'a.txt': 'Tarsin and Oskaria ended their talks in Velmar on Tuesday. No talks will be held on Sunday and Monday, for a holiday. The envoys will meet again on Monday to sign the maps.\n',
      'a.meta.json': '{"published":"2031-03-05"}',
    });
    const b = briefs.find((x) => x.dates.held.length)!;
    expect(b.next.map((n) => n.date)).toEqual(['2031-03-09/2031-03-10']);
    expect(b.next[0]!.evidence).toHaveLength(2);
  });
});

describe('facilities', () => {
  it('reads a building named by a body and a lower-case noun, where the session met', () => {
    const fac = facts('Upon entering the Tarsin Council building, the envoy said the meeting would be hard.', 'facility');
    expect(fac).toEqual([expect.objectContaining({ rule: 'facts:facility-named-building', entity: { facility: 'Tarsin Council building' } })]);
    // "in CITY's BUILDING in CITY": the possessive and an adjective fall away, the city is kept.
    const hq = facts('The envoys shook hands in the Oskarian Commission’s landmark headquarters in central Geneva.', 'facility');
    expect(hq).toEqual([expect.objectContaining({ entity: { facility: 'Oskarian Commission headquarters' }, place: expect.anything() })]);
  });

  it('keeps the words of a building\'s own name before its noun, as in a border meeting point, and reads a castle', () => {
    const point = facts('The fifth round of talks was held at the Velmar-Pesk border personnel meeting point on Tuesday.', 'facility');
    expect(point.map((f) => f.entity)).toEqual([{ facility: 'Velmar-Pesk border personnel meeting point' }]);
    const castle = facts('The envoys signed the accord at the closing session of the talks at the Orla castle in Pesk.', 'facility');
    expect(castle.map((f) => f.entity)).toEqual([{ facility: 'Orla castle' }]);
  });

  it('gives a round that no passage places in a city the city its building is placed in', async () => {
    const briefs = await briefsOf({
      'a.txt': 'Tarsin and Oskaria opened their first round of talks on Monday. The envoys shook hands in the Tarsin Council’s landmark headquarters in central Geneva.\n',
      'a.meta.json': '{"published":"2031-03-04"}',
    });
    expect(briefs.map((b) => [b.venue.city.map((c) => [c.name, c.rules]), b.venue.facility.map((f) => f.name)])).toEqual([[[['Geneva', ['briefs:facility-place']]], ['Tarsin Council headquarters']]]);
  });

  it('reads a building named by a compound whose ending is a building\'s noun ("Fjordhotell")', () => {
    const fac = facts('The second round of talks was held at the Vestby Fjordhotell on Monday.', 'facility');
    expect(fac.map((f) => [f.rule, f.evidence.text])).toEqual([['facts:facility-building', 'Vestby Fjordhotell']]);
  });

  it('reads no building where nothing puts the session in it', () => {
    expect(facts('The envoy praised the Tarsin Council building for its age.', 'facility')).toEqual([]);
  });

  it('keeps a facility of the round, and drops one the text places in another city', async () => {
    const briefs = await briefsOf({
      'a.txt':
        'Tarsin and Oskaria held talks at the Orla hotel in Velmar on Monday. The envoys shook hands before their meeting, and recalled the summit at the Grand Pesk Hotel in Pesk.\n',
      'a.meta.json': '{"published":"2031-03-04"}',
    });
    const b = briefs.find((x) => x.venue.city.length)!;
    expect(b.venue.city.map((c) => c.name)).toEqual(['Velmar']);
    expect(b.venue.facility.map((f) => f.name)).toEqual(['Orla hotel']);
  });
});
