import { describe, expect, it } from 'vitest';
import { amountValue } from '../../src/stages/quantities.js';
import { analyze } from '../helpers.js';

type Row = [string, string, string, string | undefined, string];
// [sentence, span, value, mod, unit] — written for these tests.
const TABLE: Row[] = [
  ['The sides swapped 314 prisoners of war.', '314', '314', undefined, 'prisoner'],
  ['Lima will return the remains of 250 Chilean sailors.', '250', '250', undefined, 'sailor'],
  ['At least seven people were killed.', 'At least seven', '7', 'MIN', 'person'],
  ['About 1,200 soldiers crossed.', 'About 1,200', '1200', 'APPROX', 'soldier'],
  ['Tens of thousands of people fled.', 'Tens of thousands', '10000', 'MIN', 'person'],
  ['Millions of refugees returned.', 'Millions', '1000000', 'MIN', 'refugee'],
  ['Hundreds of thousands of civilians lost power.', 'Hundreds of thousands', '100000', 'MIN', 'civilian'],
  ['The plan lists three deeply contentious issues.', 'three', '3', undefined, 'issue'],
  ['Thirty-five observers will monitor it.', 'Thirty-five', '35', undefined, 'observer'],
  ['The fund holds $263 billion.', '263 billion', '263000000000', undefined, 'dollar'],
  ['Tariffs rose to 145%.', '145', '145', undefined, 'percent'],
  ['Turnout was 61.5 per cent.', '61.5', '61.5', undefined, 'percent'],
  ['Nearly 40 villages were shelled.', 'Nearly 40', '40', 'MAX', 'village'],
  ['Up to 500 troops may stay.', 'Up to 500', '500', 'MAX', 'troop'],
  ['More than 2,000 drones were launched.', 'More than 2,000', '2000', 'MIN', 'drone'],
  ['Between 1,000 to 1,200 detainees remain.', '1,000 to 1,200', '1000', 'MIN', 'detainee'],
  ['The two sides met again.', 'two', '2', undefined, 'side'],
  ['All three countries signed.', 'three', '3', undefined, 'country'],
  ['Dozens of journalists waited.', 'Dozens', '12', 'MIN', 'journalist'],
  ['Some 4.5 million people need aid.', 'Some 4.5 million', '4500000', 'APPROX', 'person'],
  ['A hundred monitors were sent.', 'A hundred', '100', undefined, 'monitor'],
  ['Tens of thousands of people have died and millions displaced.', 'millions', '1000000', 'MIN', 'person'],
];

describe('quantities: value, mod and unit', () => {
  for (const [sentence, span, value, mod, unit] of TABLE) {
    it(`${span} in “${sentence}”`, () => {
      const qs = analyze(sentence, { published: '2025-06-18' }).mentions.filter((m) => m.type === 'Quantity');
      const m = qs.find((q) => q.text === span);
      expect(m, `found ${JSON.stringify(qs.map((q) => q.text))}`).toBeDefined();
      expect([m!.value, m!.mod, m!.unit]).toEqual([value, mod, unit]);
    });
  }
});

describe('quantities: what is not one', () => {
  for (const s of [
    'The second round was the first in years.',
    'One of the envoys left; they blamed one another.',
    'It was a three-way race and a one-sided deal.',
    'The talks on February 4, 2026 lasted two days.',
    'Both sides and several mediators agreed.',
    'The G7 met in 2025.',
    'The June 4 Front and the October 9 (OCN) movement signed.',
  ]) {
    it(`nothing in “${s}”`, () => {
      expect(analyze(s, { published: '2025-06-18' }).mentions.filter((m) => m.type === 'Quantity').map((m) => m.text)).toEqual([]);
    });
  }
});

describe('amountValue', () => {
  it('reads digits, words and scales', () => {
    expect(amountValue('1,200')).toBe(1200);
    expect(amountValue('263 billion')).toBe(263e9);
    expect(amountValue('thirty-five')).toBe(35);
    expect(amountValue('two hundred')).toBe(200);
    expect(amountValue('a hundred')).toBe(100);
    expect(amountValue('war')).toBeUndefined();
  });
});
