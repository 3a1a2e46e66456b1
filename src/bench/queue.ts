/**
 * `npm run bench:queue`: the queue's overhead, from one run. The ×100 corpus (corpus/ replicated)
 * is run whole (document stages, corpus stages, every output written) on the local worker pool
 * (one thread per core) and as a queued run on two `parley worker` processes (half the cores'
 * threads each) over a loopback Redis started here; the two take turns in mirrored order (A B B A)
 * over ROUNDS rounds after a warm-up of each, and each figure is a median (this kind of machine's
 * speed drifts between runs). Both set-ups keep their threads warm between runs (the pool is kept;
 * the workers are long-running). Prints the wall times, the throughput ratio queued/local, and
 * Redis's peak memory (INFO memory, used_memory_peak) for a ×10 and a ×100 queued run, each on a
 * fresh server. Writes the figures to bench-out/queue.json (or the path given).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listArticles } from '../io/corpus.js';
import { loadPipeline } from '../pipeline.js';
import { createWorkerPool, finishRun, processCorpus } from '../run.js';
import { runQueued } from '../queue/submit.js';
import { startLocalRedis, type LocalRedis } from '../queue/local-redis.js';
import { replicate } from './replicate.js';

const ROUNDS = Number(process.env.BENCH_QUEUE_ROUNDS ?? 2);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(ROOT, 'dist', 'cli', 'main.js');

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Two `parley worker` processes on a Redis server, ready to take jobs. */
async function startWorkers(redis: LocalRedis, concurrency: number): Promise<ChildProcess[]> {
  const procs: ChildProcess[] = [];
  for (let k = 0; k < 2; k++) {
    const p = spawn(process.execPath, [CLI, 'worker', '--queue', redis.url, '--concurrency', String(concurrency)], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    await new Promise<void>((res, rej) => {
      p.stderr!.on('data', (b: Buffer) => {
        err += b.toString();
        if (err.includes('taking jobs from')) res();
      });
      p.on('exit', (code) => rej(new Error(`parley worker exited (${code}):\n${err}`)));
    });
    procs.push(p);
  }
  return procs;
}

async function stopWorkers(procs: ChildProcess[]): Promise<void> {
  await Promise.all(procs.map((p) => new Promise<void>((res) => (p.exitCode !== null ? res() : (p.once('exit', () => res()), p.kill('SIGTERM'))))));
}

async function main(): Promise<void> {
  const outFile = process.argv[2] ?? join(ROOT, 'bench-out', 'queue.json');
  const work = mkdtempSync(join(tmpdir(), 'parley-bench-queue-'));
  const cores = availableParallelism();
  const perWorker = Math.max(1, Math.floor(cores / 2));
  try {
    const x10 = replicate(join(ROOT, 'corpus'), 10, work);
    const x100 = replicate(join(ROOT, 'corpus'), 100, work);
    const files = await listArticles(x100);
    process.stderr.write(`bench:queue: ${files.length} articles (corpus ×100), ${cores} cores; local pool of ${cores} threads vs 2 parley workers × ${perWorker} thread(s) over loopback Redis\n`);

    // Redis's peak memory at ×10, on a server of its own.
    const small = await startLocalRedis(mkdtempSync(join(work, 'redis10-')));
    const smallWorkers = await startWorkers(small, perWorker);
    await runQueued({ corpus: x10, out: join(work, 'q10'), queue: small.url });
    const peak10 = await small.peakMemory();
    await stopWorkers(smallWorkers);
    await small.stop();

    const redis = await startLocalRedis(mkdtempSync(join(work, 'redis100-')));
    const workers = await startWorkers(redis, perWorker);
    const pipeline = loadPipeline();
    const pool = createWorkerPool(cores);
    let n = 0;
    // Each run writes into a fresh folder: nothing is reused (a queued run's id includes its output folder).
    const fresh = () => {
      const dir = join(work, `o${n++}`);
      mkdirSync(dir);
      return dir;
    };
    const local = async () => {
      const out = fresh();
      const t = performance.now();
      const processed = await processCorpus(files, pipeline, { pool, root: x100, out });
      await finishRun(processed, pipeline, { corpus: x100, out });
      return performance.now() - t;
    };
    const queued = async () => {
      const out = fresh();
      const t = performance.now();
      const r = await runQueued({ corpus: x100, out, queue: redis.url });
      if (r.failed.length) throw new Error(`queued run failed: ${r.failed.join(', ')}`);
      return performance.now() - t;
    };
    await local();
    await queued();
    const samples = { local: [] as number[], queued: [] as number[] };
    for (let r = 0; r < ROUNDS; r++) {
      const a1 = await local();
      const b1 = await queued();
      const b2 = await queued();
      const a2 = await local();
      samples.local.push((a1 + a2) / 2);
      samples.queued.push((b1 + b2) / 2);
      process.stderr.write(`bench:queue: round ${r + 1}/${ROUNDS}: local ${(samples.local[r]! / 1000).toFixed(1)} s, queued ${(samples.queued[r]! / 1000).toFixed(1)} s (means of two runs)\n`);
    }
    const peak100 = await redis.peakMemory();
    await pool.destroy();
    await stopWorkers(workers);
    await redis.stop();

    const localMs = median(samples.local);
    const queuedMs = median(samples.queued);
    const ratio = median(samples.local.map((l, k) => l / samples.queued[k]!));
    const mib = (b: number) => (b / 1024 / 1024).toFixed(2);
    const rows = [
      ['set-up', 'wall s', 'articles/s'],
      [`local pool (${cores} threads)`, (localMs / 1000).toFixed(1), (files.length / (localMs / 1000)).toFixed(1)],
      [`queued (2 workers × ${perWorker})`, (queuedMs / 1000).toFixed(1), (files.length / (queuedMs / 1000)).toFixed(1)],
    ];
    const w = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
    const lines = [
      `corpus ×100: ${files.length} articles; medians of ${ROUNDS} round(s) (A B B A)`,
      ...rows.map((r) => r.map((c, i) => (i ? c.padStart(w[i]!) : c.padEnd(w[i]!))).join('  ')),
      `throughput ratio queued/local: ${ratio.toFixed(2)} (median of the rounds' ratios; target ≥ 0.85)`,
      `Redis used_memory_peak: ${mib(peak10)} MiB after a ×10 run (${files.length / 10} articles), ${mib(peak100)} MiB after ${2 + 2 * ROUNDS} ×100 runs (${files.length} articles each)`,
    ];
    process.stdout.write(lines.join('\n') + '\n');
    mkdirSync(dirname(outFile), { recursive: true });
    writeFileSync(outFile, JSON.stringify({ articles: files.length, cores, perWorker, rounds: ROUNDS, localMs, queuedMs, ratio, samples, redisPeakBytes: { x10: peak10, x100: peak100 } }, null, 2) + '\n');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err) => {
  process.stderr.write(`bench:queue: ${(err as Error).stack ?? err}\n`);
  process.exitCode = 1;
});
