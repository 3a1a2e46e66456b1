import { describe, expect, it } from 'vitest';
import { copyFileSync, readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { run } from '../../src/run.js';
import { tempDir } from '../helpers.js';
import { parleyHere } from './helpers.js';

const CORPUS = resolve(__dirname, '..', '..', 'corpus');

describe('no stale outputs', () => {
  it('leaves in the output folder only what this run wrote', async () => {
    const out = tempDir();
    const first = await run({ corpus: CORPUS, out, workers: 1 });
    expect(first.briefs.length).toBeGreaterThan(1);
    // A stray file an earlier version left in ann/ goes too.
    writeFileSync(join(out, 'ann', 'zz-old.ann'), 'T1\tPlace 0 4\tOslo\n');
    mkdirSync(join(out, 'ann', 'nested'));
    writeFileSync(join(out, 'ann', 'nested', 'old.ann'), '');

    const one = tempDir();
    const name = readdirSync(CORPUS).find((f) => f.endsWith('.txt'))!;
    copyFileSync(join(CORPUS, name), join(one, name));
    const second = await run({ corpus: one, out, workers: 1 });
    const id = name.replace(/\.txt$/, '');
    expect(readdirSync(join(out, 'ann')).sort()).toEqual([`${id}.ann`, `${id}.txt`]);
    expect(readdirSync(join(out, 'briefs')).sort()).toEqual(second.briefs.map((b) => `${b.id}.md`).sort());
    expect(second.briefs.length).toBeLessThan(first.briefs.length);
  });

  it('parley score names prediction files without gold and gold files without prediction', async () => {
    const dir = tempDir();
    const ann = 'T1\tPlace 9 13\tOslo\nN1\tReference T1 local:oslo\tOslo\n';
    for (const [sub, names] of [['gold', ['a', 'b']], ['pred', ['a', 'c']]] as const) {
      mkdirSync(join(dir, sub));
      for (const n of names) writeFileSync(join(dir, sub, `${n}.ann`), ann);
    }
    const r = await parleyHere('score', '--gold', join(dir, 'gold'), '--pred', join(dir, 'pred'));
    expect(r.status).toBe(0);
    expect(r.stderr.split('\n').filter(Boolean).sort()).toEqual([
      expect.stringMatching(new RegExp(`^${join(dir, 'gold', 'b.ann')}: warning: no prediction for this gold document`)),
      expect.stringMatching(new RegExp(`^${join(dir, 'pred', 'c.ann')}: warning: no gold for this prediction`)),
    ]);
  });
});
