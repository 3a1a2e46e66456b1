import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { tempDir } from '../helpers.js';
import { workersOf } from '../../src/run.js';
import { ROOT, parleyHere, writeFiles } from './helpers.js';

describe('options', () => {
  it('refuses bad option values with a usage error naming the option, before any work', async () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    const cases: [string[], RegExp][] = [
      [['--workers', '0'], /--workers takes a whole number/],
      [['--workers', '-3'], /--workers/],
      [['--workers', 'four'], /--workers takes a whole number from 1 to \d+ .* not 'four'/],
      [['--workers', '2.5'], /--workers/],
      [['--workers', '1000'], /--workers takes a whole number from 1 to \d+ .*not '1000'/],
      [['--bogus'], /Unknown option '--bogus'/],
      [['--out'], /Option '--out <value>' argument missing/],
      [['--out', join(ROOT, 'package.json')], /--out: '.*package\.json' is a file, not a folder/],
      [['--gold', join(dir, 'no-gold')], /--gold: no folder '.*no-gold'/],
      [['--errors', 'many'], /--errors takes a whole number/],
    ];
    for (const [args, message] of cases) {
      const r = await parleyHere('run', 'corpus', ...(args.includes('--out') ? [] : ['--out', out]), ...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.split('\n')[0], args.join(' ')).toMatch(message);
      // Before any work: nothing was written.
      expect(existsSync(out), args.join(' ')).toBe(false);
    }
  });

  it('never starts more workers than cores or files', () => {
    const cores = availableParallelism();
    expect(workersOf(2, 50)).toBe(Math.min(2, cores));
    expect(workersOf(1000, 1000)).toBe(cores);
    expect(workersOf(1000)).toBe(cores);
    expect(workersOf(3)).toBe(1);
  });

  it('refuses a pipeline option of the wrong type or an unknown one, naming file and line', async () => {
    const dir = tempDir();
    cpSync(join(ROOT, 'pipeline'), join(dir, 'pipeline'), { recursive: true });
    const file = join(dir, 'pipeline', 'pipeline.json');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('"nearDays": 7', '"nearDays": "7"'));
    const r = await parleyHere('run', 'corpus', '--pipeline', file, '--out', join(dir, 'out'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^${file}:\\d+: stage 'facts' option 'nearDays': .*expected number`));
    writeFileSync(file, original.replace('"jaroWinkler": 0.9', '"jaroWinkler": 0.9, "jaroWinkle": 1'));
    const r2 = await parleyHere('run', 'corpus', '--pipeline', file, '--out', join(dir, 'out'));
    expect(r2.status).toBe(1);
    expect(r2.stderr).toMatch(/stage 'link' unknown option 'jaroWinkle'/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});
