import { describe, expect, it } from 'vitest';
import { factsWith } from '../../helpers.js';

// Passages written for these tests, about invented talks (no article's words).
const read = (steps: string[], text: string, published: string) => factsWith(steps, text, { published }).map((f) => [f.rule, f.kind, f.value ?? f.evidence.text]);

describe('step facilities', () => {
  it('reads the building the session met at', () => {
    expect(read(['facilities'], 'The third round of talks opened at the Hotel Miramar in Lima on Tuesday.', '2031-03-06')).toEqual([['facts:facility-building', 'facility', 'Hotel Miramar']]);
  });
  it('reads a building whose name opens with its noun, in English or kept in French ("Palace of Nations", "Palais des Nations")', () => {
    expect(read(['facilities'], 'The third round of talks ended at the Palace of Nations in Lima on Tuesday.', '2031-03-06')).toEqual([['facts:facility-building', 'facility', 'Palace of Nations']]);
    // (a third country's embassy, field notes C1)
    expect(read(['facilities'], 'The fifth round of talks took place at the Ecuadorian Embassy in Lima on Thursday.', '2031-03-06')).toEqual([['facts:facility-building', 'facility', 'Ecuadorian Embassy']]);
    expect(read(['facilities'], 'The third round of talks ended at the Palais des Congres in Lima on Tuesday.', '2031-03-06')).toEqual([['facts:facility-building', 'facility', 'Palais des Congres']]);
  });
  it('reads the name in apposition to a building noun ("at the UN building, Palais des Congres"), not the noun phrase too', () => {
    expect(read(['facilities'], 'The plenary session of the talks will take place at the UN building, Palais des Congres, on Tuesday.', '2031-03-06')).toEqual([['facts:facility-building', 'facility', 'Palais des Congres']]);
  });
  it('reads a building after a possessive city, and the city it is in', () => {
    const facts = factsWith(['facilities'], 'Peru is hosting the talks at Lima\'s Palacio de Torre Tagle this week.', { published: '2031-03-06' });
    expect(facts.map((f) => [f.rule, f.evidence.text])).toEqual([['facts:facility-building', 'Palacio de Torre Tagle']]);
    expect(facts[0]!.place).toBeDefined();
  });
  it('reads a building after a possessive city put after "in", and the city it is in', () => {
    const facts = factsWith(['facilities'], "The foreign minister chaired the meeting in Lima's Palacio Verano, with the envoys around one table.", { published: '2031-03-06' });
    expect(facts.map((f) => [f.rule, f.evidence.text])).toEqual([['facts:facility-session-site', 'Palacio Verano']]);
    expect(facts[0]!.place).toBeDefined();
  });
  it('reads a building written with its noun in lower case ("at Velmora palace") as the building, not as the city', () => {
    const text = 'The third round of talks was held at Velmora palace in Lima on Tuesday.';
    expect(read(['facilities'], text, '2031-03-06')).toEqual([['facts:facility-place-noun', 'facility', 'Velmora palace']]);
    expect(read(['session-venues'], text, '2031-03-06').map((f) => f[2])).toEqual(['Lima']);
  });
  it('takes no stretch of land or water for a building ("issues in the Aegean Sea", "in the Galwan Valley")', () => {
    const text = 'The 12th round of talks was held in Lima on Tuesday to settle outstanding issues in the Velmar Sea and in the Oskar Valley.';
    expect(read(['facilities'], text, '2031-03-06')).toEqual([]);
  });
  it("reads a body's building, by the body's short form where the text gives one", () => {
    const text = 'The fourth round of talks was held at the headquarters of the Andean Monitoring Mission (AMM) in Tarqaba on Monday.';
    expect(factsWith(['facilities'], text, { published: '2031-03-06' }).map((f) => f.entity?.facility)).toEqual(['AMM headquarters']);
  });
  it('not a building the session did not meet at', () => {
    expect(read(['facilities'], 'The envoys stayed at the Hotel Miramar.', '2031-03-06')).toEqual([]);
  });
});

describe('step settlement-day', () => {
  it('makes the day a settlement was concluded a day of the session', () => {
    expect(read(['settlement-day'], 'The two sides agreed on Saturday, March 1, on a truce.', '2031-03-03')).toEqual([['facts:day-of-settlement', 'held', '2031-03-01']]);
  });
  it('not a day long before the report', () => {
    expect(read(['settlement-day'], 'The two sides agreed on Saturday, March 1, on a truce.', '2031-06-03')).toEqual([]);
  });
});

describe('step settlement-venue', () => {
  it('places the session where a settlement of the days before the report was signed', () => {
    expect(read(['settlement-venue'], 'Bolivia said it abides by the accord signed in Lima on Saturday.', '2031-03-02')).toEqual([['facts:venue-of-settlement', 'venue', 'Lima']]);
  });
  it('not where an old settlement was signed', () => {
    expect(read(['settlement-venue'], 'Bolivia said it abides by the accord signed in Lima on March 1.', '2031-09-02')).toEqual([]);
  });
});
