import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { tempDir } from '../helpers.js';
import { lines, parley, writeFiles } from './helpers.js';

describe('messages', () => {
  it('prints each problem once as FILE[:LINE]: message, warnings apart, and warnings keep exit 0', () => {
    const dir = tempDir();
    writeFiles(dir, {
      'broken.txt': Buffer.from([0x4f, 0x6b, 0x0a, 0xe9, 0x0a]),
      'undated.txt': 'The envoys met in Lisbon on Monday and agreed to meet again.',
      'dated.txt': 'The envoys met in Lisbon on 4 March 2026.',
    });
    const r = parley('run', dir, '--out', join(dir, 'out'));
    expect(r.status).toBe(1);
    const err = lines(r.stderr);
    const broken = join(dir, 'broken.txt');
    const bad = err.filter((l) => l.includes('broken.txt'));
    expect(bad).toEqual([`${broken}:2: not valid UTF-8 (byte 0xe9 at byte 3)`]);
    const w = err.filter((l) => l.includes('undated.txt'));
    expect(w).toEqual([expect.stringMatching(new RegExp(`^${join(dir, 'undated.txt')}: warning: no publication date`))]);
    // Warnings come before errors, each file named once per line.
    expect(err.indexOf(w[0]!)).toBeLessThan(err.indexOf(bad[0]!));
    for (const l of err) expect(l.split(dir).length - 1).toBeLessThanOrEqual(2); // the file, and (summary) the output folder
    expect(err.at(-1)).toMatch(/1 failed; 1 warning\(s\)/);

    // A warning alone does not change the exit code.
    const ok = tempDir();
    writeFiles(ok, { 'undated.txt': 'The envoys met in Lisbon on Monday.' });
    const r2 = parley('run', ok, '--out', join(ok, 'out'), '--quiet');
    expect(r2.status).toBe(0);
    expect(lines(r2.stderr)).toEqual([expect.stringMatching(/undated\.txt: warning: no publication date/)]);
  });
});
