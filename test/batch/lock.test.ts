import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { run } from '../../src/run.js';
import { INCOMPLETE, LOCK, takeOutput } from '../../src/io/outdir.js';
import { tempDir } from '../helpers.js';
import { parleyAsync, writeFiles } from './helpers.js';

const CORPUS = resolve(__dirname, '..', '..', 'corpus');
const small = () => {
  const dir = tempDir();
  writeFiles(dir, { 'a.txt': 'The envoys met in Lima on 2 April 2026.' });
  return dir;
};

describe('one run per output folder', () => {
  it('refuses a second run while another holds the folder, naming the holder', async () => {
    const out = tempDir();
    const first = parleyAsync('run', CORPUS, '--out', out, '--quiet');
    const exited = new Promise<number>((res) => first.on('exit', (code) => res(code ?? -1)));
    const lock = join(out, LOCK);
    while (!existsSync(lock)) await new Promise((r) => setTimeout(r, 10));
    await expect(run({ corpus: small(), out, workers: 1 })).rejects.toThrow(new RegExp(`in use by another parley run \\(pid ${first.pid} on ${hostname()}, started .*run ${CORPUS} --out ${out}`));
    expect(await exited).toBe(0);
    // The first run's outputs are its own, whole, and the folder is free and complete again.
    expect(JSON.parse(readFileSync(join(out, 'briefs.json'), 'utf8')).briefs.length).toBeGreaterThan(1);
    expect(existsSync(lock)).toBe(false);
    expect(existsSync(join(out, INCOMPLETE))).toBe(false);
  });

  it('takes over the lock of a run that no longer exists', async () => {
    const out = tempDir();
    mkdirSync(join(out, '.parley'));
    // A process id no process has (above the kernel's limit).
    writeFileSync(join(out, LOCK), JSON.stringify({ pid: 2 ** 22 + 7, host: hostname(), started: '2026-01-01T00:00:00Z', command: 'parley run' }));
    const res = await run({ corpus: small(), out, workers: 1 });
    expect(res.docs.length).toBe(1);
    expect(existsSync(join(out, LOCK))).toBe(false);
  });

  it('marks a folder incomplete until a later run completes it', async () => {
    const out = tempDir();
    const t = takeOutput(out);
    expect(t.wasIncomplete).toBe(false);
    t.release(false); // as a run that was stopped
    expect(readFileSync(join(out, INCOMPLETE), 'utf8')).toMatch(/has not finished/);
    const res = await run({ corpus: small(), out, workers: 1 });
    expect(res.messages).toContainEqual(expect.objectContaining({ file: out, fatal: false, reason: expect.stringMatching(/previous run into this folder did not finish/) }));
    expect(existsSync(join(out, INCOMPLETE))).toBe(false);
  });
});
