import { describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { run } from '../../src/run.js';
import { tempDir } from '../helpers.js';

const CORPUS = resolve(__dirname, '..', '..', 'corpus');

/** A value with every list sorted (its order follows the documents' names) and the names mapped back. */
function canonical(x: unknown, rename: (s: string) => string): unknown {
  if (Array.isArray(x)) return x.map((e) => canonical(e, rename)).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  if (x && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, canonical(v, rename)]));
  return typeof x === 'string' ? rename(x) : x;
}

describe('same facts whatever the names', () => {
  it('gives the same briefs and entities when the articles are renamed to sort in the reverse order', async () => {
    const names = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, '')).sort();
    const dir = tempDir();
    // The first article becomes z-4-…, the last z-0-…: their order is reversed.
    const renamed = new Map(names.map((n, i) => [`z-${names.length - 1 - i}-${n}`, n]));
    for (const [to, from] of renamed) {
      copyFileSync(join(CORPUS, `${from}.txt`), join(dir, `${to}.txt`));
      if (existsSync(join(CORPUS, `${from}.meta.json`))) copyFileSync(join(CORPUS, `${from}.meta.json`), join(dir, `${to}.meta.json`));
    }
    expect([...renamed.keys()].sort().map((k) => renamed.get(k))).toEqual([...names].reverse());
    const back = (s: string) => s.replace(/z-\d-/g, '');
    const a = await run({ corpus: CORPUS, workers: 1 });
    const b = await run({ corpus: dir, workers: 1 });
    expect(b.briefs.length).toBe(a.briefs.length);
    expect(canonical(b.briefs, back)).toEqual(canonical(a.briefs, (s) => s));
    // Entities too, down to the merge reasons that name the document a short name was first met in.
    expect(canonical(b.entities, back)).toEqual(canonical(a.entities, (s) => s));
    // The mentions, and so the .ann files, are the same too.
    expect(canonical(b.docs.map((d) => ({ id: d.id, mentions: d.mentions })), back)).toEqual(canonical(a.docs.map((d) => ({ id: d.id, mentions: d.mentions })), (s) => s));
  });
});
