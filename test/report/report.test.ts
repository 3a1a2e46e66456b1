/** The report's data and files, without a browser: run manifest, offsets, gold differences, errors, whole-or-nothing writing. */
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { run } from '../../src/run.js';
import { writeReport } from '../../src/report/write.js';
import { chromiumPath } from '../../src/report/browser.js';
import { tempDir } from '../helpers.js';

const ROOT = resolve(__dirname, '..', '..');
const CORPUS = join(ROOT, 'corpus');
const parley = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'dist', 'cli', 'main.js'), ...args], { cwd: ROOT, encoding: 'utf8' });
/** The value of a report data file (`parleyData(key, JSON);`). */
const dataOf = (file: string): any => JSON.parse(readFileSync(file, 'utf8').replace(/^parleyData\("[^"]*",/, '').replace(/\);\n$/, ''));

describe('parley report on a run of the bundled corpus', () => {
  let out: string;
  beforeAll(async () => {
    out = tempDir();
    await run({ corpus: CORPUS, out });
  });

  it('finds the articles through the run manifest, which records the corpus folder', async () => {
    expect(JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')).corpus).toBe(CORPUS);
    const r = await writeReport({ out });
    expect(r.problems).toEqual([]);
    expect(r.articles).toBe(5);
    expect(readdirSync(join(r.dir, 'data', 'docs')).sort()).toEqual(['0.js', '1.js', '2.js', '3.js', '4.js']);
    const doc = dataOf(join(r.dir, 'data', 'docs', '0.js'));
    expect(doc.text).toBe(readFileSync(join(CORPUS, `${doc.id}.txt`), 'utf8').replace(/\r\n/g, '\n'));
    for (const m of doc.mentions) expect(typeof m.t).toBe('string');
  });

  it('points every brief evidence at the span of its article that holds exactly its text', async () => {
    const r = await writeReport({ out });
    const briefs = dataOf(join(r.dir, 'data', 'briefs.js'));
    const texts = [0, 1, 2, 3, 4].map((n) => dataOf(join(r.dir, 'data', 'docs', `${n}.js`)).text as string);
    let n = 0;
    const walk = (x: unknown): void => {
      if (Array.isArray(x)) x.forEach(walk);
      else if (x && typeof x === 'object')
        for (const [k, v] of Object.entries(x)) {
          if (k !== 'evidence') walk(v);
          else
            for (const e of v as Array<{ d: number; s: number; e: number; text: string }>) {
              expect(texts[e.d]!.slice(e.s, e.e)).toBe(e.text);
              n++;
            }
        }
    };
    walk(briefs);
    expect(n).toBeGreaterThan(20);
    // The whole lists of facts with more evidence than shown at first.
    const files = existsSync(join(r.dir, 'data', 'evidence')) ? readdirSync(join(r.dir, 'data', 'evidence')) : [];
    for (const f of files) walk({ evidence: dataOf(join(r.dir, 'data', 'evidence', f)).flat() });
  });

  it('marks missed, spurious and partial mentions against an altered gold, each at its span', async () => {
    const gold = tempDir();
    cpSync(join(ROOT, 'gold'), gold, { recursive: true });
    const file = join(gold, '000_6f122ddb8e6a40f1.ann');
    const text = readFileSync(join(CORPUS, '000_6f122ddb8e6a40f1.txt'), 'utf8');
    let lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    // T5 (a Date) dropped from the gold: the run's mention there is spurious.
    lines = lines.filter((l) => !/^T5\t|\bT5\b/.test(l));
    // T1 (Place 'Ukraine', 17-24) shortened to 'Ukrain': the run's mention is a partial match.
    lines = lines.map((l) => (l.startsWith('T1\t') ? 'T1\tPlace 17 23\tUkrain' : l));
    // A word no mention covers, added as an Organization: missed.
    const at = text.indexOf('talks');
    expect(at).toBeGreaterThan(0);
    lines.push(`T900\tOrganization ${at} ${at + 5}\ttalks`, `N900\tReference T900 local:talks\ttalks`);
    writeFileSync(file, lines.join('\n') + '\n');

    const r = await writeReport({ out, gold });
    expect(r.problems).toEqual([]);
    const errors = dataOf(join(r.dir, 'data', 'errors.js')) as Array<{ k: string; d: number; g?: { s: number; e: number; x: string }; p?: { s: number; e: number; x: string } }>;
    const doc = dataOf(join(r.dir, 'data', 'docs', '0.js'));
    const mine = errors.filter((e) => e.d === 0);
    expect(mine.find((e) => e.k === 'spurious')?.p).toMatchObject({ s: 79, e: 97, x: 'February 4-5, 2026' });
    expect(mine.find((e) => e.k === 'partial')).toMatchObject({ g: { s: 17, e: 23, x: 'Ukrain' }, p: { s: 17, e: 24, x: 'Ukraine' } });
    expect(mine.find((e) => e.k === 'missed')?.g).toMatchObject({ s: at, e: at + 5, x: 'talks' });
    expect(doc.errors.length).toBe(mine.length);
    const index = dataOf(join(r.dir, 'data', 'index.js'));
    expect(index.gold.errors).toBe(errors.length);
    const place = index.gold.scores.types.find((t: { type: string }) => t.type === 'Place');
    expect(place.strict.r).toBeLessThan(1);
  });

  it('replaces an old report whole, and leaves it untouched when writing fails', async () => {
    const first = await writeReport({ out });
    writeFileSync(join(first.dir, 'stale.txt'), 'old');
    await writeReport({ out });
    expect(existsSync(join(first.dir, 'stale.txt'))).toBe(false);
    writeFileSync(join(first.dir, 'stale.txt'), 'old');
    await expect(writeReport({ out, gold: join(out, 'no-such-gold') })).rejects.toThrow(/no-such-gold/);
    expect(readFileSync(join(first.dir, 'stale.txt'), 'utf8')).toBe('old');
    expect(readdirSync(out).filter((f) => f.startsWith('.report-'))).toEqual([]);
  });

  it('finds the corpus relative to the output folder when both were moved together', async () => {
    const base = tempDir();
    cpSync(CORPUS, join(base, 'corpus'), { recursive: true });
    await run({ corpus: join(base, 'corpus'), out: join(base, 'out') });
    const moved = tempDir();
    renameSync(join(base, 'corpus'), join(moved, 'corpus'));
    renameSync(join(base, 'out'), join(moved, 'out'));
    const r = await writeReport({ out: join(moved, 'out') });
    expect(r.problems).toEqual([]);
    rmSync(join(moved, 'corpus'), { recursive: true });
    await expect(writeReport({ out: join(moved, 'out') })).rejects.toThrow(/run\.json: the run's corpus folder .* is gone \(give --corpus/);
  });
});

describe('parley report on the command line', () => {
  it('needs OUT_DIR, and names the missing file of a folder that holds no run', () => {
    expect(parley('report').status).toBe(2);
    const empty = tempDir();
    const r = parley('report', empty, '--corpus', CORPUS);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(join(empty, 'briefs.json'));
    expect(r.stderr).toMatch(/run 'parley run/);
  });

  it('reports an article whose text is gone, naming the file, and still writes the others (exit 1)', async () => {
    const corpus = tempDir();
    cpSync(CORPUS, corpus, { recursive: true });
    const out = tempDir();
    expect(parley('run', corpus, '--out', out, '--quiet').status).toBe(0);
    const gone = readdirSync(corpus).filter((f) => f.endsWith('.txt'))[2]!;
    rmSync(join(corpus, gone));
    const r = parley('report', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(join(corpus, gone));
    expect(r.stderr).toMatch(/report of 5 article\(s\) → .*index\.html/);
    expect(readdirSync(join(out, 'report', 'data', 'docs')).length).toBe(5);
    const index = dataOf(join(out, 'report', 'data', 'index.js'));
    expect(index.docs.filter((d: { problems: number }) => d.problems).map((d: { id: string }) => `${d.id}.txt`)).toEqual([gone]);
  });

  it("'parley run --report' writes the report at the end of the run, with the gold", () => {
    const out = tempDir();
    const r = parley('run', 'corpus', '--out', out, '--gold', 'gold', '--report', '--quiet');
    expect(r.status).toBe(0);
    const index = dataOf(join(out, 'report', 'data', 'index.js'));
    expect(index.docs.length).toBe(5);
    expect(index.gold.scores.types.find((t: { type: string }) => t.type === 'micro').strict.f).toBeGreaterThan(0.9);
    expect(readFileSync(join(out, 'report', 'index.html'), 'utf8')).toContain("script-src 'self'");
  });
});

describe('the browser for the report tests', () => {
  it('fails with a clear message, never silently, when chromium cannot be found', () => {
    const saved = { path: process.env.PATH, chromium: process.env.CHROMIUM_PATH };
    try {
      process.env.CHROMIUM_PATH = '/no/such/chromium';
      expect(() => chromiumPath()).toThrow('CHROMIUM_PATH=/no/such/chromium: no such file');
      delete process.env.CHROMIUM_PATH;
      process.env.PATH = tempDir();
      expect(() => chromiumPath()).toThrow(/need Debian's chromium: 'apt-get install chromium'/);
    } finally {
      process.env.PATH = saved.path;
      if (saved.chromium === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved.chromium;
    }
  });
});
