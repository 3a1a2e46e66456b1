import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tempDir } from '../helpers.js';

const ROOT = resolve(__dirname, '..', '..');
const parley = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'dist', 'cli', 'main.js'), ...args], { cwd: ROOT, encoding: 'utf8' });

describe('parley CLI', () => {
  it('has --help on every command, with exit code 0', () => {
    for (const cmd of ['run', 'score', 'check-gold', 'check-field', 'schema', 'entities', 'audit-gold']) {
      const r = parley(cmd, '--help');
      expect(r.status, cmd).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`Usage: parley ${cmd}`));
    }
    expect(parley('--help').status).toBe(0);
  });

  it('runs as the package\'s command (npx parley): the built entry is executable and names node', () => {
    const r = spawnSync(join(ROOT, 'dist', 'cli', 'main.js'), ['--help'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Usage: parley/);
  });

  it('exits 2 on a usage error', () => {
    expect(parley('nonsense').status).toBe(2);
    expect(parley('score').status).toBe(2);
    expect(parley('run', '--bogus').status).toBe(2);
  });

  it('scores a run\'s briefs against gold round facts (parley score --rounds), as table and JSON', () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    mkdirSync(out);
    const ev = [{ doc: 'a', start: 0, end: 5, text: 'Velma' }];
    const brief = { id: 'round-1', ordinal: 1, status: 'held', dates: { held: [{ value: '2031-02-13', evidence: ev }], planned: [] }, venue: { city: [{ id: 'local:velmar', name: 'Velmar', evidence: ev }], facility: [] }, parties: [], mediators: [], delegations: [], topics: [], outcomes: [], quotes: [], next: [], docs: ['a'] };
    writeFileSync(join(out, 'briefs.json'), JSON.stringify({ briefs: [brief] }));
    const round = (ordinal: number, held: string) => ({ ordinal, ordinalStated: false, label: `r${ordinal}`, status: 'held', held: [held], venue: { city: 'Velmar', facility: null }, parties: ['Tarsin', 'Oskaria'], sources: ['a.txt'] });
    writeFileSync(join(dir, 'rounds.json'), JSON.stringify({ negotiation: 'tarsin-oskaria', title: 'T', rounds: [round(1, '2031-02-13'), round(2, '2031-03-01')] }));
    const r = parley('score', '--rounds', join(dir, 'rounds.json'), '--pred', out, '--errors', '5');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/rounds found 1\/2, spurious 0/);
    expect(r.stdout).toMatch(/^held\s+2\s+1\s+1\.000\s+0\.500/m);
    expect(r.stdout).toMatch(/missed\s+held\s+r2: 2031-03-01/);
    const j = JSON.parse(parley('score', '--rounds', join(dir, 'rounds.json'), '--pred', out, '--json').stdout);
    expect(j.roundsFound).toBe(1);
    expect(j.slots.find((s: { slot: string }) => s.slot === 'venue').correct).toBe(1);
    // No briefs there: a clear message naming the file, exit 1.
    const bad = parley('score', '--rounds', join(dir, 'rounds.json'), '--pred', dir);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/briefs\.json: not found/);
  });

  it('exits 1 with a clear message on a missing corpus folder', () => {
    const r = parley('run', 'no-such-folder', '--out', tempDir());
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no-such-folder: corpus folder not found/);
  });

  it('runs, scores and checks gold with exit code 0', () => {
    const out = tempDir();
    const r = parley('run', 'corpus', '--out', out, '--gold', 'gold', '--quiet');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^type\s+gold\s+pred/m);
    const s = parley('score', '--gold', 'gold', '--pred', join(out, 'ann'), '--json');
    expect(s.status).toBe(0);
    expect(JSON.parse(s.stdout).types.length).toBe(6);
    const e = parley('entities', out);
    expect(e.status).toBe(0);
    expect(e.stdout).toMatch(/canonical name/);
  });

  it('check-gold names file and line of an error and exits 1', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'g'));
    mkdirSync(join(dir, 't'));
    writeFileSync(join(dir, 't', 'a.txt'), 'Talks in Oslo.');
    writeFileSync(join(dir, 'g', 'a.ann'), 'T1\tPlace 9 13\tOslo\nN1\tReference T1 local:oslo\tOslo\nT2\tPlace 0 5\tTalks\n');
    const r = parley('check-gold', join(dir, 'g'), '--text', join(dir, 't'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/a\.ann:3: Place mention T2 'Talks' needs exactly one N line/);
  });

  it('prints the JSON Schema of the outputs', () => {
    const r = parley('schema');
    expect(r.status).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(Object.keys(schema)).toEqual(['briefs.json', 'entities.json']);
    expect(schema['briefs.json'].type).toBe('object');
  });
});
