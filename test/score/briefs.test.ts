import { describe, expect, it } from 'vitest';
import { scoreBriefs } from '../../src/score/briefs.js';
import type { Brief, Evidence } from '../../src/model/schema.js';
import { makeBrief } from '../helpers.js';
import type { BratMention } from '../../src/io/brat.js';

const ev: Evidence[] = [{ doc: 'a', start: 0, end: 1, text: 'x' }];
const brief = (over: Partial<Brief>): Brief => makeBrief({ ordinal: 1, ...over });
const m = (start: number, end: number, entityId: string): BratMention => ({ start, end, type: 'Person', text: 'x', entityId, line: 1 });

describe('brief scores', () => {
  it('aligns rounds by ordinal and maps predicted entity ids to gold ids through the mentions', () => {
    const gold = [
      brief({
        venue: { city: [{ id: 'Wikidata:Q1', name: 'Oslo', evidence: ev }], facility: [] },
        delegations: [{ party: { id: 'P', name: 'P' }, members: [{ person: { id: 'local:ana', name: 'Ana' }, role: 'chief negotiator', head: true, evidence: ev }] }],
        dates: { held: [{ value: '2025-03-06', evidence: ev }], planned: [{ value: '2025-03-01', evidence: ev }] },
      }),
    ];
    const pred = [
      brief({
        venue: { city: [{ id: 'local:oslo', name: 'Oslo', evidence: ev }], facility: [] },
        delegations: [{ party: { id: 'P', name: 'P' }, members: [{ person: { id: 'local:ana-x', name: 'Ana X' }, role: 'the chief negotiator', head: true, evidence: ev }] }],
        dates: { held: [{ value: '2025-03-06', evidence: ev }], planned: [] },
      }),
    ];
    const examples = [{ doc: 'a', gold: [m(0, 3, 'Wikidata:Q1'), m(5, 8, 'local:ana')], pred: [m(0, 3, 'local:oslo'), m(5, 8, 'local:ana-x')] }];
    const s = scoreBriefs(gold, pred, examples);
    expect(s.alignment).toEqual([{ gold: 'round-1', pred: 'round-1', goldStatus: 'held', predStatus: 'held' }]);
    const slot = (n: string) => s.slots.find((x) => x.slot === n)!;
    expect(slot('venue')).toMatchObject({ gold: 1, pred: 1, correct: 1 });
    expect(slot('members')).toMatchObject({ gold: 1, pred: 1, correct: 1 });
    expect(slot('roles')).toMatchObject({ correct: 1 });
    expect(slot('dates')).toMatchObject({ gold: 2, pred: 1, correct: 1 });
  });

  it('matches texts by their words, never by an empty key', () => {
    const gold = [brief({ topics: [{ text: 'return of detainees', evidence: ev }], outcomes: [{ text: 'agreement to exchange 12 detainees', kind: 'agreement', quantities: [{ value: '12' }], evidence: ev }] })];
    const pred = [brief({ topics: [{ text: 'energy links', evidence: ev }], outcomes: [{ text: 'the sides agreed to exchange 12 detainees', kind: 'agreement', quantities: [{ value: '12' }], evidence: ev }] })];
    const s = scoreBriefs(gold, pred, []);
    expect(s.slots.find((x) => x.slot === 'topics')).toMatchObject({ gold: 1, pred: 1, correct: 0 });
    expect(s.slots.find((x) => x.slot === 'outcomes')).toMatchObject({ correct: 1 });
    const micro = s.slots.find((x) => x.slot === 'micro')!;
    expect(micro).toMatchObject({ gold: 2, pred: 2, correct: 1 });
  });

  it('counts a predicted round with no gold round as spurious', () => {
    const s = scoreBriefs([], [brief({ parties: [{ id: 'x', name: 'X', evidence: ev }] })], []);
    expect(s.slots.find((x) => x.slot === 'parties')).toMatchObject({ gold: 0, pred: 1, correct: 0 });
  });
});
