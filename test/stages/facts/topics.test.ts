import { describe, expect, it } from 'vitest';
import { factsWith } from '../../helpers.js';

// Passages written for this test, about invented talks (no article's words).
describe('step topics', () => {
  it('reads the items an agenda sentence lists', () => {
    const out = factsWith(['topics'], 'The talks focused on water rights, border crossings and fishing quotas.');
    expect(out.map((f) => [f.rule, f.text])).toEqual([
      ['facts:topic-list', 'water rights'],
      ['facts:topic-list', 'border crossings'],
      ['facts:topic-list', 'fishing quotas'],
    ]);
  });
  it('reads the bullets an agenda sentence announces, by their items or their heads', () => {
    const out = factsWith(['topics'], 'Chile and Bolivia met in Lima. Topics include:\n- water rights, such as the Lauca river, the Silala basin and the Caquena wetlands\n- border crossings');
    expect(out.map((f) => [f.rule, f.text])).toEqual([
      ['facts:topic-agenda-bullet', 'Lauca river'],
      ['facts:topic-agenda-bullet', 'Silala basin'],
      ['facts:topic-agenda-bullet', 'Caquena wetlands'],
      ['facts:topic-phrase', 'border crossings'],
    ]);
  });
  it('reads no topic from a list of people or days', () => {
    expect(factsWith(['topics'], 'The talks focused on Ana Ruiz, Pablo Mena and Sara Quispe.')).toEqual([]);
  });
});

describe('step topics: other phrasings of what was discussed (field notes G1)', () => {
  // Passages written for this test.
  it('reads the topic after "touched on", "met to discuss" (a gerund phrase too) and "particularly over"', () => {
    const read = (text: string) => factsWith(['topics'], text).map((f) => f.text);
    expect(read('The session touched on fishing rights.')).toEqual(['fishing rights']);
    expect(read('The envoys met to discuss extending the truce.')).toEqual(['extending the truce']);
    expect(read('Differences remain, particularly over the border line.')).toEqual(['border line']);
  });
});
