/** Word overlap of short texts: how briefs merge facts that say the same thing, and how the brief scorer matches them. */

/** Words too common to tell two short texts apart. */
export const STOP = new Set(['the', 'a', 'an', 'of', 'to', 'and', 'in', 'on', 'for', 'with', 'that', 'is', 'was', 'be', 'by', 'as', 'at', 'its', 'their', 'this', 'from']);
const cache = new Map<string, Set<string>>();

/** The content words of a text, lower-cased (cached: merging compares every fact with every other). */
export function contentWords(s: string): Set<string> {
  let w = cache.get(s);
  if (!w) {
    w = new Set(s.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, ' ').split(/\s+/).filter((x) => x && !STOP.has(x)));
    if (cache.size > 50_000) cache.clear();
    cache.set(s, w);
  }
  return w;
}

/** Dice coefficient of two texts' content words, 0 to 1. */
export function dice(a: string, b: string): number {
  const x = contentWords(a);
  const y = contentWords(b);
  if (!x.size || !y.size) return 0;
  let n = 0;
  for (const w of x) if (y.has(w)) n++;
  return (2 * n) / (x.size + y.size);
}
