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
