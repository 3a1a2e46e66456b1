import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { run } from '../../src/run.js';
import { INCOMPLETE, LOCK } from '../../src/io/outdir.js';
import { tempDir } from '../helpers.js';
import { parleyAsync, writeFiles } from './helpers.js';

/** Every file under a folder (but Parley's own .parley/), path → bytes. */
function tree(dir: string, root = dir, acc = new Map<string, string>()): Map<string, string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== '.parley') tree(path, root, acc);
    } else acc.set(relative(root, path), readFileSync(path, 'latin1'));
  }
  return acc;
}

/** Every file under a folder, .parley/ included. */
const allFiles = (dir: string): string[] => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));

/** Resolves when the process has written a progress line, with its stderr so far. */
const progressed = (p: ChildProcess): Promise<void> =>
  new Promise((res) => {
    let err = '';
    p.stderr!.on('data', (b: Buffer) => {
      err += b.toString();
      if (/parley: \d+\/\d+ articles/.test(err)) res();
    });
    p.on('exit', () => res());
  });
const exit = (p: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> =>
  new Promise((res) => {
    let stderr = '';
    p.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
    p.on('exit', (code, signal) => res({ code, signal, stderr }));
  });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const PLACES = ['Lima', 'Quito', 'Bogota', 'Santiago', 'La Paz', 'Asuncion'];
function corpus(n: number): string {
  const dir = tempDir();
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++)
    files[`art-${String(i).padStart(3, '0')}.txt`] = `Round ${(i % 4) + 1} of the talks between Peru and Chile opened in ${PLACES[i % PLACES.length]} on ${(i % 27) + 1} April 2026, envoy Ana Ruiz said. ${i % 3 ? 'Some 40 delegates attended.' : ''}\n`;
  writeFiles(dir, files);
  return dir;
}

describe('interrupts', () => {
  it('SIGINT stops promptly with a report and exit 130; SIGKILL at random moments leaves nothing --resume stumbles on', async () => {
    const dir = corpus(400);
    const clean = tempDir();
    await run({ corpus: dir, out: clean, workers: 1 });

    const out = tempDir();
    // SIGINT in the middle of the run.
    const p1 = parleyAsync('run', dir, '--out', out, '--workers', '2');
    const e1 = exit(p1);
    await progressed(p1);
    await sleep(Math.random() * 150);
    const t0 = Date.now();
    p1.kill('SIGINT');
    const r1 = await e1;
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(r1.code).toBe(130);
    expect(r1.stderr).toMatch(/parley: interrupted \(SIGINT\) after \d+ of 400 article\(s\); .* is incomplete/);
    expect(existsSync(join(out, INCOMPLETE))).toBe(true);
    expect(existsSync(join(out, LOCK))).toBe(false);

    // SIGKILL twice, at random moments of resumed runs.
    for (let k = 0; k < 2; k++) {
      const p = parleyAsync('run', dir, '--out', out, '--resume', '--workers', '2');
      const e = exit(p);
      if (k === 0) await progressed(p);
      await sleep(Math.random() * 800);
      // A resumed run may finish before the moment drawn (most articles are done): then there is nothing to kill.
      const killed = p.exitCode === null && p.signalCode === null && p.kill('SIGKILL');
      const res = await e;
      // (It may also end between the check and the signal.)
      if (killed && res.signal !== null) expect(res.signal).toBe('SIGKILL');
      else expect(res.code, res.stderr).toBe(0);
    }

    // A run killed after it wrote its last output leaves the folder complete: the warning needs the marker.
    const unfinished = existsSync(join(out, INCOMPLETE));
    const last = parleyAsync('run', dir, '--out', out, '--resume', '--quiet');
    const r = await exit(last);
    expect(r.code, r.stderr).toBe(0);
    if (unfinished) expect(r.stderr).toMatch(/warning: the previous run into this folder did not finish/);
    else expect(r.stderr).not.toMatch(/did not finish/);
    // Byte-identical to the clean run, and nothing left over.
    const [a, b] = [tree(clean), tree(out)];
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [k, v] of a) expect(b.get(k) === v, k).toBe(true);
    expect(allFiles(out).filter((f) => /\.tmp$|lock$|INCOMPLETE$/.test(f))).toEqual([]);
  });

  it('SIGTERM stops a run in the middle of a long article', async () => {
    const dir = tempDir();
    // A long single line without sentence punctuation, that takes many seconds, beside short ones.
    const long = Array.from({ length: 60000 }, (_, i) => `delegates from ${PLACES[i % PLACES.length]} met envoy Ana Ruiz on ${(i % 27) + 1} April 2026`).join(' and ');
    writeFiles(dir, { 'a-long.txt': long, 'b.txt': 'Envoys met in Lima.', 'c.txt': 'Envoys met in Quito.' });
    const out = tempDir();
    const p = parleyAsync('run', dir, '--out', out, '--workers', '1');
    const e = exit(p);
    // Wait until the worker is in the long article (the others are done after it: one worker).
    const started = Date.now();
    while (!existsSync(join(out, '.parley')) && Date.now() - started < 30_000) await sleep(50);
    await sleep(1500);
    const t0 = Date.now();
    p.kill('SIGTERM');
    const r = await e;
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(r.code).toBe(143);
    expect(r.stderr).toMatch(/interrupted \(SIGTERM\) after 0 of 3 article\(s\)/);
    expect(statSync(join(out, INCOMPLETE)).isFile()).toBe(true);
  });
});
