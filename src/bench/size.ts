/**
 * `npm run bench:size`: the cost of one article against its size. Ordinary text (corpus/
 * repeated) of 1, 4 and 16 MB, and a 1 MB single line without sentence punctuation, each put
 * through the document stages in a child process of its own, so that each peak RSS is that
 * article's: wall time, each stage's time, the peak RSS, and the ratios to 1 MB (linear cost is
 * 4× and 16×; the target is 16 MB ≤ 20× the time of 1 MB). Writes bench-out/size.json (or the
 * path given).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPipeline, processDocument } from '../pipeline.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const MB = 1024 * 1024;

/** `bytes` of text: the bundled articles over and over; as one line, without sentence punctuation or line ends. */
function article(bytes: number, line: boolean): string {
  const dir = join(ROOT, 'corpus');
  const base = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n\n');
  const text = base.repeat(Math.ceil(bytes / Buffer.byteLength(base)) + 1);
  let out = text.slice(0, bytes);
  while (Buffer.byteLength(out) > bytes) out = out.slice(0, out.length - 1024);
  return line ? out.replace(/[.!?\n]/g, ' ') : out;
}

interface Case {
  name: string;
  bytes: number;
  line: boolean;
}
const CASES: Case[] = [
  { name: 'text 1 MB', bytes: MB, line: false },
  { name: 'text 4 MB', bytes: 4 * MB, line: false },
  { name: 'text 16 MB', bytes: 16 * MB, line: false },
  { name: 'single line 1 MB', bytes: MB, line: true },
];

/** In the child: one article through the document stages; prints its figures as JSON. */
function one(c: Case): void {
  const pipeline = loadPipeline();
  const text = article(c.bytes, c.line);
  const timings: Record<string, number> = {};
  const t0 = performance.now();
  const { result } = processDocument({ id: 'size', path: 'size.txt', text, meta: { published: '2026-01-20' } }, pipeline, timings);
  const ms = performance.now() - t0;
  process.stdout.write(
    JSON.stringify({ ...c, ms: Math.round(ms), stages: Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v)])), peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024), mentions: result.mentions.length }) + '\n',
  );
}

function main(): void {
  if (process.argv[2] === '--one') return one(CASES.find((c) => c.name === process.argv[3])!);
  const outFile = process.argv[2] ?? join(ROOT, 'bench-out', 'size.json');
  const rows: Array<Case & { ms: number; stages: Record<string, number>; peakRssMB: number; mentions: number }> = [];
  for (const c of CASES) {
    const r = spawnSync(process.execPath, ['--max-old-space-size=8192', fileURLToPath(import.meta.url), '--one', c.name], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${c.name}: ${r.stderr}`);
    rows.push(JSON.parse(r.stdout));
  }
  const base = rows[0]!;
  const stages = Object.keys(base.stages);
  console.log(['article'.padEnd(18), 'time s'.padStart(7), 'ratio'.padStart(6), 'peak RSS MB'.padStart(12), ...stages.map((s) => s.padStart(10))].join(' '));
  for (const r of rows)
    console.log([r.name.padEnd(18), (r.ms / 1000).toFixed(1).padStart(7), `${(r.ms / base.ms).toFixed(1)}×`.padStart(6), String(r.peakRssMB).padStart(12), ...stages.map((s) => `${((r.stages[s] ?? 0) / 1000).toFixed(1)}s`.padStart(10))].join(' '));
  const t16 = rows.find((r) => r.name === 'text 16 MB')!;
  console.log(`16 MB takes ${(t16.ms / base.ms).toFixed(1)}× the time of 1 MB (target ≤ 20×; linear is 16×)`);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, JSON.stringify({ date: new Date().toISOString(), rows }, null, 2) + '\n');
}

main();
