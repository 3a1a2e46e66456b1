import { describe, expect, it } from 'vitest';
import { lowerBound, startOf } from '../../src/text/sorted.js';

describe('lowerBound', () => {
  const spans = [{ start: 2 }, { start: 5 }, { start: 5 }, { start: 9 }];
  it('finds the first item at or after a value', () => {
    expect(lowerBound(spans, 5, startOf)).toBe(1);
    expect(lowerBound(spans, 6, startOf)).toBe(3);
    expect(lowerBound(spans, 0, startOf)).toBe(0);
  });
  it('gives the length when every item is before the value, and 0 on an empty array', () => {
    expect(lowerBound(spans, 10, startOf)).toBe(4);
    expect(lowerBound([], 3, (x: number) => x)).toBe(0);
  });
});
