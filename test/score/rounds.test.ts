import { describe, expect, it } from 'vitest';
import { scoreRounds, samePerson, sameSide, foldName, expandDays, briefsOf } from '../../src/score/rounds.js';
import { GoldRounds, type GoldRound } from '../../src/model/field.js';
import type { Brief, Entity, Evidence } from '../../src/model/schema.js';
import { makeBrief } from '../helpers.js';

const ev: Evidence[] = [{ doc: 'a', start: 0, end: 1, text: 'x' }];
const brief = (over: Partial<Brief>): Brief => makeBrief({ id: 'round-x', ...over });
const ent = (id: string, name: string) => ({ id, name, evidence: ev });
const round = (over: Partial<GoldRound> & { ordinal: number }): GoldRound =>
  GoldRounds.shape.rounds.element.parse({
    ordinalStated: false,
    label: `r${over.ordinal}`,
    status: 'held',
    held: [],
    venue: { city: null, facility: null },
    parties: ['Tarsin', 'Oskaria'],
    sources: ['a.txt'],
    ...over,
  });
const gold = (rounds: GoldRound[]) => GoldRounds.parse({ negotiation: 'tarsin-oskaria', title: 'T', rounds });
const slot = (s: ReturnType<typeof scoreRounds>, name: string) => s.slots.find((x) => x.slot === name)!;

describe('names', () => {
  it('folds case, accents, punctuation and a leading article', () => {
    expect(foldName('the U.S.')).toBe('us');
    expect(foldName('Vučić')).toBe('vucic');
  });
  it('takes spelling variants of one person as the same, and different people apart', () => {
    expect(samePerson('oleksiy marchuk', 'oleksii marchuk')).toBe(true);
    expect(samePerson('dara holmgh', 'dara holmq')).toBe(true);
    expect(samePerson('holm', 'dara holm')).toBe(true);
    expect(samePerson('dara holm', 'mira holm')).toBe(false);
    expect(samePerson('dara holm', 'dara vask')).toBe(false);
  });
  it('takes a country and its government or army for one side, and no more', () => {
    expect(sameSide('ethiopia', 'ethiopian government')).toBe(true);
    expect(sameSide('sudanese armed forces', 'sudan')).toBe(true);
    expect(sameSide('government of sudan', 'sudan')).toBe(true);
    expect(sameSide('united states', 'united kingdom')).toBe(false);
    expect(sameSide('iran', 'iranian press')).toBe(false);
  });
  it('expands a range of days, and leaves a month as it is', () => {
    expect(expandDays('2031-02-27/2031-03-01')).toEqual(['2031-02-27', '2031-02-28', '2031-03-01']);
    expect(expandDays('2031-02')).toEqual(['2031-02']);
    // A time or a part of the day stands for its day.
    expect(expandDays('2031-02-13TNI')).toEqual(['2031-02-13']);
    expect(expandDays('2031-02-13T11:00')).toEqual(['2031-02-13']);
  });
});

describe('round-fact scores', () => {
  const g = gold([
    round({
      ordinal: 1,
      held: ['2031-02-13/2031-02-14'],
      venue: { city: 'Port Velmar', facility: 'Harrow Palace' },
      parties: [{ name: 'Tarsin', aliases: ['Tarsini government'] }, 'Oskaria'],
      mediators: [{ entity: 'Norvia', role: 'host' }],
      delegations: [
        { party: 'Tarsin', members: [{ name: 'Dara Holm', aliases: [], role: 'Foreign Minister', head: true }, { name: 'Ivo Drann', aliases: [], role: 'deputy for trade', head: false }] },
      ],
      outcomeNumbers: [400],
      next: [{ text: 'the next round in Velmar', date: '2031-02-21' }],
    }),
    round({ ordinal: 2, held: ['2031-03-10'], venue: { city: 'Velmar', facility: null } }),
    round({ ordinal: 3, ordinalStated: true, held: [] }),
  ]);

  it('pairs rounds by shared days, then stated ordinal, and scores each slot as a set (hand-counted)', () => {
    const entities: Entity[] = [
      { id: 'local:tarsini-government', name: 'Tarsini government', type: 'Organization', aliases: [], docs: ['a'], count: 1, merges: [] },
      { id: 'local:holmq', name: 'Dara Holmq', type: 'Person', aliases: [{ text: 'Holm', count: 1 }], docs: ['a'], count: 1, merges: [] },
    ];
    const pred = [
      // Paired with round 1 by its days, though it claims ordinal 2.
      brief({
        id: 'round-2',
        ordinal: 2,
        dates: { held: [{ value: '2031-02-14', evidence: ev }, { value: '2031-02-15', evidence: ev }], planned: [] },
        venue: { city: [ent('Q1', 'Port Velmar')], facility: [ent('local:harrow', 'the Harrow Palace')] },
        parties: [ent('local:tarsini-government', 'Tarsini government'), { ...ent('Q2', 'Norvia'), rules: ['facts:party-sides-that-meet'] }],
        mediators: [],
        delegations: [
          {
            party: ent('local:tarsini-government', 'Tarsini government'),
            members: [
              { person: ent('local:holmq', 'Dara Holmq'), role: 'foreign minister', head: true, evidence: ev },
              { person: ent('local:lask', 'Teo Lask'), role: 'spokesman', head: false, evidence: ev },
            ],
          },
        ],
        outcomes: [{ text: 'swap', kind: 'agreement', quantities: [{ value: '400' }, { value: '2' }], evidence: ev }],
        next: [{ text: 'they will meet again', date: '2031-02-21', evidence: ev }],
      }),
      // Paired with round 3 by its stated ordinal alone.
      brief({ id: 'round-3', ordinal: 3 }),
      // Spurious: no shared day, no ordinal.
      brief({ id: 'round-9', dates: { held: [{ value: '2031-05-01', evidence: ev }], planned: [] }, parties: [ent('Q3', 'Oskaria')] }),
    ];
    const s = scoreRounds(g, pred, { entities });
    expect(s.pairs.map((p) => p.pred)).toEqual(['round-2', undefined, 'round-3']);
    expect(s.roundsFound).toBe(2);
    expect(s.spurious).toEqual(['round-9']);
    // held: gold 13, 14 (round 1) + 10 Mar (round 2) = 3; pred 14, 15 + 1 May (spurious) = 3; correct 14.
    expect(slot(s, 'held')).toMatchObject({ gold: 3, pred: 3, correct: 1 });
    // venue: Port Velmar right; Velmar (round 2) missed.
    expect(slot(s, 'venue')).toMatchObject({ gold: 2, pred: 1, correct: 1 });
    expect(slot(s, 'facility')).toMatchObject({ gold: 1, pred: 1, correct: 1 });
    // parties: gold 2 × 3 rounds = 6; pred: Tarsini government (alias of Tarsin) + Norvia + Oskaria (spurious round).
    expect(slot(s, 'parties')).toMatchObject({ gold: 6, pred: 3, correct: 1 });
    expect(slot(s, 'mediators')).toMatchObject({ gold: 1, pred: 0, correct: 0 });
    // members: Holm matches Holmq (spelling variant); Drann missed; Lask spurious.
    expect(slot(s, 'members')).toMatchObject({ gold: 2, pred: 2, correct: 1 });
    expect(slot(s, 'roles')).toMatchObject({ gold: 2, pred: 2, correct: 1 });
    expect(slot(s, 'numbers')).toMatchObject({ gold: 1, pred: 2, correct: 1 });
    expect(slot(s, 'next')).toMatchObject({ gold: 1, pred: 1, correct: 1 });
    const micro = slot(s, 'micro');
    expect(micro).toMatchObject({ gold: 19, pred: 15, correct: 8 });
    expect(micro.prf.p).toBeCloseTo(8 / 15);
    expect(micro.prf.r).toBeCloseTo(8 / 19);
    expect(s.errors).toContainEqual({ slot: 'members', kind: 'missed', round: 'r1', item: 'Ivo Drann' });
    // A spurious item names the rules that read it.
    expect(s.errors).toContainEqual({ slot: 'parties', kind: 'spurious', round: 'r1', item: 'Norvia', rules: ['facts:party-sides-that-meet'] });
    expect(s.errors).toContainEqual({ slot: 'held', kind: 'spurious', round: 'round-9 (no gold round)', item: '2031-05-01' });
  });

  it('gives a perfect score to a prediction that says what the gold says, and zero recall to none', () => {
    const perfect = scoreRounds(gold([round({ ordinal: 1, held: ['2031-01-05'] }), round({ ordinal: 2, held: ['2031-02-05'] })]), [
      brief({ id: 'a', dates: { held: [{ value: '2031-01-05', evidence: ev }], planned: [] }, parties: [ent('x', 'Tarsin'), ent('y', 'Oskaria')] }),
      brief({ id: 'b', dates: { held: [{ value: '2031-02-05', evidence: ev }], planned: [] }, parties: [ent('x', 'Tarsin'), ent('y', 'Oskaria')] }),
    ]);
    expect(slot(perfect, 'micro').prf.f).toBe(1);
    const none = scoreRounds(gold([round({ ordinal: 1 }), round({ ordinal: 2 })]), []);
    expect(none.roundsFound).toBe(0);
    expect(slot(none, 'micro').prf.r).toBe(0);
  });

  it('counts a mediator the gold names twice (as host and as mediator) once, as a set does', () => {
    const g2 = gold([round({ ordinal: 1, held: ['2031-01-05'], mediators: [{ entity: 'Norvia', role: 'host' }, { entity: 'Norvia', role: 'mediator' }] }), round({ ordinal: 2, held: ['2031-02-05'] })]);
    const s = scoreRounds(g2, [brief({ id: 'a', dates: { held: [{ value: '2031-01-05', evidence: ev }], planned: [] }, mediators: [ent('n', 'Norvia')] })]);
    expect(slot(s, 'mediators').gold).toBe(1);
    expect(slot(s, 'mediators').prf.f).toBe(1);
  });

  it('takes a run\'s briefs of one negotiation from a combined folder by their documents', () => {
    const bs = [brief({ id: 'a', docs: ['neg1--x', 'neg1--y'] }), brief({ id: 'b', docs: ['neg2--x'] }), brief({ id: 'c', docs: ['neg1--z', 'neg2--y', 'neg2--z'] })];
    const docId = (id: string) => (id.startsWith('neg1--') ? id.slice(6) : id);
    const own = briefsOf(bs, new Set(['x', 'y', 'z']), docId);
    expect(own.briefs.map((b) => b.id)).toEqual(['a']);
    expect(own.mixed).toBe(1);
  });
});
