/** Searches in arrays kept in ascending order. */

/** Index of the first item whose key is at or after `value` (`xs.length` when none is), by binary search. */
export function lowerBound<T>(xs: readonly T[], value: number, key: (x: T) => number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(xs[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The key of spans, tokens and mentions kept in offset order. */
export const startOf = (x: { start: number }): number => x.start;

/**
 * Whether a span overlaps any of `spans` (in any order), in log time: among the spans that start
 * before its end, the furthest end (a prefix maximum) must pass its start.
 */
export function overlapTest(spans: readonly { start: number; end: number }[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  sorted.forEach((s, i) => maxEnd.push(Math.max(s.end, i ? maxEnd[i - 1]! : -Infinity)));
  return (start, end) => {
    const i = lowerBound(sorted, end, startOf);
    return i > 0 && maxEnd[i - 1]! > start;
  };
}
