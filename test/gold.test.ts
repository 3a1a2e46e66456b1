import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { readAnnFolder } from '../src/io/annfolder.js';
import { readBriefsFolder } from '../src/score/briefs.js';
import { readFileSync } from 'node:fs';

const ROOT = resolve(__dirname, '..');

describe('gold', () => {
  it('passes check-gold against the corpus', async () => {
    const files = await readAnnFolder(resolve(ROOT, 'gold'), resolve(ROOT, 'corpus'));
    expect(files.size).toBe(5);
    for (const [, p] of files) expect(p.errors.map((e) => e.message)).toEqual([]);
  });

  it('has gold briefs whose evidence equals the text at its offsets', async () => {
    const briefs = await readBriefsFolder(resolve(ROOT, 'gold', 'briefs'));
    expect(briefs.map((b) => b.id).sort()).toEqual(['round-1', 'round-2', 'round-3']);
    const texts = new Map<string, string[]>();
    const cps = (doc: string) => {
      if (!texts.has(doc)) texts.set(doc, [...readFileSync(resolve(ROOT, 'corpus', `${doc}.txt`), 'utf8')]);
      return texts.get(doc)!;
    };
    const evidence = JSON.stringify(briefs).match(/\{"doc":"[^"]+","start":\d+,"end":\d+,"text":"(?:[^"\\]|\\.)*"\}/g) ?? [];
    expect(evidence.length).toBeGreaterThan(50);
    for (const e of evidence) {
      const { doc, start, end, text } = JSON.parse(e);
      expect(cps(doc).slice(start, end).join('')).toBe(text);
    }
  });
});
