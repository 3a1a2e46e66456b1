import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/run.js';
import { writeFileAtomicSync } from '../../src/io/atomic.js';
import { outputError, prepareOutput } from '../../src/io/outdir.js';
import { tempDir } from '../helpers.js';
import { parleyHere, writeFiles } from './helpers.js';

const ARTICLE = 'The envoys of Peru and Chile met in Lima on 2 April 2026 for a second round of talks.';

describe('one article never sinks the run', () => {
  it('reads an article whose name is 251 characters long, and resumes it', async () => {
    const long = 'n'.repeat(251);
    const dir = tempDir();
    writeFiles(dir, { [`${long}.txt`]: ARTICLE, 'short.txt': ARTICLE });
    const out = tempDir();
    const res = await run({ corpus: dir, out, workers: 1 });
    expect(res.failed).toEqual([]);
    expect(res.docs.map((d) => d.id).sort()).toEqual([long, 'short']);
    expect(readFileSync(join(out, 'ann', `${long}.txt`), 'utf8')).toBe(ARTICLE);
    expect(existsSync(join(out, 'ann', `${long}.ann`))).toBe(true);
    const again = await run({ corpus: dir, out, workers: 1, resume: true });
    expect(again.reused.length).toBe(2);
    // No temporary file stays, and the kept results' names do not grow with the article's.
    for (const f of readdirSync(join(out, '.parley', 'docs'))) expect(f).toMatch(/^[0-9a-f]{32}\.json$/);
    // A temporary name does not grow with its target's: a 255-byte name is written.
    writeFileAtomicSync(join(out, 'x'.repeat(255)), 'whole');
    expect(readFileSync(join(out, 'x'.repeat(255)), 'utf8')).toBe('whole');
  });

  it('reports what it skips (a count; the names with --verbose) and reads nested folders with --recursive', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'top.txt': ARTICLE,
      'nested/inner.txt': ARTICLE.replace('Lima', 'Cusco'),
      'nested/inner.meta.json': '{"published":"2026-04-03"}',
      'LOUD.TXT': ARTICLE,
      '.hidden.txt': ARTICLE,
      'notes.md': '# notes',
    });
    const out = join(tempDir(), 'out');
    const r = await parleyHere('run', dir, '--out', out);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/parley: 1 article\(s\).*; 4 other file\(s\) of .* skipped \(--verbose lists them\)/);
    const v = await parleyHere('run', dir, '--out', out, '--verbose', '--quiet');
    expect(v.stderr.split('\n').filter(Boolean)).toEqual([
      `${join(dir, '.hidden.txt')}: skipped: hidden file`,
      `${join(dir, 'LOUD.TXT')}: skipped: extension '.TXT': articles end in lower-case .txt`,
      `${join(dir, 'nested')}: skipped: a folder (--recursive reads nested folders)`,
      `${join(dir, 'notes.md')}: skipped: not an article (*.txt)`,
    ]);
    const res = await run({ corpus: dir, out, workers: 1, recursive: true });
    expect(res.docs.map((d) => d.id)).toEqual(['nested/inner', 'top']);
    expect(res.docs[0]!.meta).toEqual({ published: '2026-04-03' });
    expect(res.skipped.map((s) => s.file)).toEqual([join(dir, '.hidden.txt'), join(dir, 'LOUD.TXT'), join(dir, 'notes.md')]);
    expect(readFileSync(join(out, 'ann', 'nested', 'inner.ann'), 'utf8')).toMatch(/\tPlace \d+ \d+\tCusco/);
    expect(JSON.parse(readFileSync(join(out, 'briefs.json'), 'utf8')).briefs.flatMap((b: { docs: string[] }) => b.docs)).toContain('nested/inner');
  });

  it('says that an output folder cannot be written, not "no such file or directory"', () => {
    const err = (code: string) => Object.assign(new Error(`${code}: x`), { code });
    expect(outputError('/mnt/ro/out', err('EROFS')).message).toBe('/mnt/ro/out: cannot write the output folder: read-only file system');
    expect(outputError('/srv/out', err('EACCES')).message).toBe('/srv/out: cannot write the output folder: permission denied');
    // An output path through a file: the same kind of message, at once.
    const dir = tempDir();
    writeFiles(dir, { file: 'x' });
    expect(() => prepareOutput(join(dir, 'file', 'out'))).toThrow(/file\/out: cannot make the output folder: a part of its path is a file/);
  });
});
