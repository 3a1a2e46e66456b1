import { describe, expect, it } from 'vitest';
import { score, formatScores } from '../../src/score/mentions.js';
import type { BratMention } from '../../src/io/brat.js';

let line = 0;
const m = (type: BratMention['type'], start: number, end: number, extra: Partial<BratMention> = {}): BratMention => ({ type, start, end, text: 'x'.repeat(end - start), line: ++line, ...extra });

describe('mention scores', () => {
  it('counts strict and partial matches as nervaluate defines them', () => {
    const gold = [m('Person', 0, 10), m('Person', 20, 30), m('Place', 40, 45), m('Place', 50, 55)];
    const pred = [
      m('Person', 0, 10), // exact
      m('Person', 22, 30), // partial overlap
      m('Place', 40, 45), // exact
      m('Place', 60, 65), // spurious
    ];
    const s = score([{ doc: 'a', gold, pred }]);
    const person = s.types.find((t) => t.type === 'Person')!;
    expect(person).toMatchObject({ gold: 2, pred: 2, correct: 1 });
    expect(person.strict.f).toBeCloseTo(0.5);
    // partial: (1 + 0.5) / 2 for both P and R
    expect(person.partial.p).toBeCloseTo(0.75);
    const place = s.types.find((t) => t.type === 'Place')!;
    expect(place.strict.p).toBeCloseTo(0.5);
    expect(place.strict.r).toBeCloseTo(0.5);
    const micro = s.types.find((t) => t.type === 'micro')!;
    expect(micro).toMatchObject({ gold: 4, pred: 4, correct: 2 });
    expect(s.errors.map((e) => e.kind).sort()).toEqual(['missed', 'partial', 'spurious']);
    expect(formatScores(s)).toMatch(/^type\s+gold\s+pred/);
  });

  it('computes B³ over clusters across documents', () => {
    // Gold: A = {a1, a2 (doc a), a3 (doc b)}, B = {b1}. Prediction merges b1 into A's cluster and splits a3 off.
    const gold = {
      a: [m('Person', 0, 5, { entityId: 'local:a', entityName: 'A' }), m('Person', 10, 15, { entityId: 'local:a', entityName: 'A' }), m('Person', 20, 25, { entityId: 'local:b', entityName: 'B' })],
      b: [m('Person', 0, 5, { entityId: 'local:a', entityName: 'A' })],
    };
    const pred = {
      a: [m('Person', 0, 5, { entityId: 'p1', entityName: 'A' }), m('Person', 10, 15, { entityId: 'p1', entityName: 'A' }), m('Person', 20, 25, { entityId: 'p1', entityName: 'A' })],
      b: [m('Person', 0, 5, { entityId: 'p2', entityName: 'A' })],
    };
    const s = score([
      { doc: 'a', gold: gold.a, pred: pred.a },
      { doc: 'b', gold: gold.b, pred: pred.b },
    ]);
    // Precision: a1, a2: 2/3 each; b1: 1/3; a3: 1/1 → (2/3 + 2/3 + 1/3 + 1) / 4 = 2/3
    // Recall: a1, a2: 2/3 each; b1: 1/1; a3: 1/3 → (2/3 + 2/3 + 1 + 1/3) / 4 = 2/3
    expect(s.linking.mentions).toBe(4);
    expect(s.linking.b3.p).toBeCloseTo(2 / 3);
    expect(s.linking.b3.r).toBeCloseTo(2 / 3);
    // Canonical names: b1's predicted name "A" is wrong.
    expect(s.linking.canonicalAccuracy).toBeCloseTo(3 / 4);
  });

  it('scores values only on strictly matched mentions whose gold gives one', () => {
    const gold = [m('Date', 0, 5, { value: '2026-02-04' }), m('Date', 10, 15), m('Quantity', 20, 23, { value: '314', unit: 'prisoner' }), m('Quantity', 30, 35, { value: '7', mod: 'MIN', unit: 'person' })];
    const pred = [m('Date', 0, 5, { value: '2026-02-04' }), m('Date', 10, 15, { value: '2026-02-05' }), m('Quantity', 20, 23, { value: '314', unit: 'prisoners' }), m('Quantity', 30, 35, { value: '7', unit: 'person' })];
    const s = score([{ doc: 'a', gold, pred }]);
    expect(s.values.dateValue).toEqual({ correct: 1, total: 1, accuracy: 1 });
    expect(s.values.quantityValue).toEqual({ correct: 1, total: 2, accuracy: 0.5 });
    expect(s.values.quantityUnit).toEqual({ correct: 1, total: 2, accuracy: 0.5 });
  });
});
