import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { run } from '../../src/run.js';
import { MAX_ARTICLE_SIZE } from '../../src/io/corpus.js';
import { sizeOption } from '../../src/cli/commands.js';
import { SENTENCE_TOKENS, tokenize } from '../../src/stages/tokenize.js';
import { newDoc } from '../../src/pipeline.js';
import { tempDir } from '../helpers.js';
import { parleyHere, writeFiles } from './helpers.js';

describe('huge and odd articles', () => {
  it('refuses an article over --max-article-size, naming the file and the limit, and reads the others', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'big.txt': 'Envoys met in Lima. '.repeat(100), 'small.txt': 'Envoys met in Quito.' });
    const res = await run({ corpus: dir, workers: 1, maxArticleSize: 1000 });
    expect(res.docs.map((d) => d.id)).toEqual(['small']);
    expect(res.messages.filter((m) => m.fatal)).toEqual([expect.objectContaining({ file: join(dir, 'big.txt'), reason: '2000 bytes, over the limit of 1000 bytes for one article (--max-article-size)' })]);
    expect(MAX_ARTICLE_SIZE).toBe(32 * 1024 * 1024);
    expect((await run({ corpus: dir, workers: 1 })).docs.length).toBe(2);
  });

  it('reads --max-article-size as bytes or with K, M, G, and refuses anything else', async () => {
    expect(sizeOption('2000', 'max-article-size')).toBe(2000);
    expect(sizeOption('64K', 'max-article-size')).toBe(65536);
    expect(sizeOption('32M', 'max-article-size')).toBe(32 * 1024 * 1024);
    expect(sizeOption('1GB', 'max-article-size')).toBe(1024 ** 3);
    const r = await parleyHere('run', 'corpus', '--out', join(tempDir(), 'o'), '--max-article-size', 'huge');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--max-article-size takes a size in bytes/);
  });

  it('cuts a sentence without punctuation into bounded ones, at a comma where it can', () => {
    const words = Array.from({ length: 1000 }, (_, i) => (i % 40 === 39 ? 'talks,' : 'talks'));
    const text = words.join(' ');
    const doc = tokenize(newDoc({ id: 'x', path: 'x.txt', text, meta: {} }));
    expect(doc.sentences.length).toBeGreaterThan(3);
    const sizes = doc.sentences.map((s) => doc.tokens.filter((t) => t.start >= s.start && t.end <= s.end).length);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(SENTENCE_TOKENS.hard);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(doc.tokens.length);
    // Cut after a comma, past the soft bound.
    for (const s of doc.sentences.slice(0, -1)) expect(text.slice(s.end - 1, s.end)).toBe(',');
  });
});
