/**
 * `npm run bench`: Parley's speed and memory, from one run.
 *
 * Builds corpora by replicating corpus/ ×10 and ×100 (distinct document ids), then measures on
 * the ×100 corpus: tokens/s of each document stage and of the corpus stages; the same for a bare
 * wink-nlp readDoc pass over the same texts (the baseline); wall time of the whole pipeline in
 * this thread, on a pool of 1 worker and on a pool of one worker per core, with the ratios to the
 * baseline (the bare pass takes its turn in the same rounds, and each round gives a ratio) and the speed-up; the same speed-up for the bare wink-nlp pass on pools of its own
 * (how far this machine lets such work scale); and, in child processes, the peak RSS of a whole
 * run at ×10 and ×100. This kind of machine's speed drifts by a quarter between runs, so the
 * set-ups compared take turns in mirrored order (A B B A) over several rounds, and each figure is
 * a median. Prints a table and writes the figures, samples included, as JSON
 * (bench-out/bench.json, or the path given) so that two runs can be compared.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import type Tinypool from 'tinypool';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { listArticles } from '../io/corpus.js';
import { writeFileAtomic } from '../io/atomic.js';
import { loadPipeline } from '../pipeline.js';
import { corpusStages, createWorkerPool, processCorpus } from '../run.js';
import { replicate } from './replicate.js';

/** Rounds of the wall-time comparisons (each runs the ×100 corpus twice per set-up, in mirrored order). */
const ROUNDS = 5;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/**
 * Times each set-up twice per round, in mirrored order (A B C C B A), so that a drift in the
 * machine's speed during the round weighs on every set-up alike. A round's figure for a set-up
 * is the mean of its two runs; the samples come back per set-up, one per round.
 */
async function mirroredRounds<K extends string>(setups: ReadonlyArray<readonly [K, () => Promise<number>]>, rounds: number, onRound?: (r: number, ms: Record<K, number>) => void): Promise<Record<K, number[]>> {
  const samples = Object.fromEntries(setups.map(([name]) => [name, [] as number[]])) as Record<K, number[]>;
  for (let r = 0; r < rounds; r++) {
    const round = Object.fromEntries(setups.map(([name]) => [name, 0])) as Record<K, number>;
    for (const [name, go] of [...setups, ...[...setups].reverse()]) round[name] += (await go()) / 2;
    for (const [name] of setups) samples[name].push(round[name]);
    onRound?.(r, round);
  }
  return samples;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Peak RSS (MiB) of a whole `run` in a fresh process. */
function peakRss(corpus: string, out: string): number {
  const index = join(ROOT, 'dist', 'index.js');
  const script = `import { run } from ${JSON.stringify(index)}; await run({ corpus: ${JSON.stringify(corpus)}, out: ${JSON.stringify(out)} }); process.stdout.write(String(process.resourceUsage().maxRSS));`;
  // A script file, not `-e`: worker threads inherit the parent's flags, and `--input-type` breaks them.
  const file = join(dirname(out), `rss-${process.pid}-${Date.now()}.mjs`);
  writeFileSync(file, script);
  const r = spawnSync(process.execPath, [file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`peak RSS run failed: ${r.stderr}`);
  return Number(r.stdout) / 1024;
}

async function main(): Promise<void> {
  const outFile = process.argv[2] ?? join(ROOT, 'bench-out', 'bench.json');
  const corpus = join(ROOT, 'corpus');
  const work = mkdtempSync(join(tmpdir(), 'parley-bench-'));
  try {
    const x10 = replicate(corpus, 10, work);
    const x100 = replicate(corpus, 100, work);
    const files = await listArticles(x100);
    const texts = files.map((f) => readFileSync(f, 'utf8'));
    const cores = availableParallelism();
    process.stderr.write(`bench: ${files.length} articles (corpus ×100), ${cores} cores\n`);

    // Baseline: a bare wink-nlp readDoc pass (its full default pipeline) over the same texts, in
    // this thread. It is timed alone here (three passes) and again inside the mirrored rounds below,
    // beside the pipeline, where the ratios come from: a baseline timed minutes apart from the
    // pipeline swung their ratio by half on this machine.
    const nlp = winkNLP(model);
    nlp.readDoc(texts[0]!); // warm up
    let tokens = 0;
    const bare = async (): Promise<number> => {
      let n = 0;
      const t = performance.now();
      for (const text of texts) n += nlp.readDoc(text).tokens().length();
      tokens = n;
      return performance.now() - t;
    };
    for (let r = 0; r < 3; r++) await bare();

    const pipeline = loadPipeline();
    // Each document stage's share, from one pass in this thread after an untimed one (which
    // charges loading and the JIT's warm-up to neither figure).
    await processCorpus(files, pipeline, { workers: 1 });
    const timings: Record<string, number> = {};
    const one = await processCorpus(files, pipeline, { workers: 1, timings });
    // The corpus stages: the median of three passes over those results, after an untimed one (as the document stages).
    const results = one.map((p) => p.result!);
    corpusStages(results, pipeline);
    const corpusSamples: number[] = [];
    for (let r = 0; r < 3; r++) {
      const t = performance.now();
      corpusStages(results, pipeline);
      corpusSamples.push(performance.now() - t);
    }
    const corpusMs = median(corpusSamples);

    // Wall time of the whole pipeline (document stages, then the corpus stages on this thread):
    // in this thread with no pool, on a pool of one worker, and on a pool of one worker per core.
    // This machine's speed drifts from second to second, so the three take turns over ROUNDS
    // mirrored rounds, and each figure is a median; the speed-up is the median of the rounds' ratios.
    const whole = async (opts: Parameters<typeof processCorpus>[2]) => {
      const start = performance.now();
      const done = await processCorpus(files, pipeline, opts);
      corpusStages(done.map((p) => p.result!), pipeline);
      return performance.now() - start;
    };
    const pool1 = createWorkerPool(1);
    const poolN = createWorkerPool(cores);
    // Warm-up: each worker loads the model and lexicons once (~1 s), then its JIT settles.
    for (let r = 0; r < 2; r++) {
      await whole({ pool: pool1 });
      await whole({ pool: poolN });
    }
    const samples = await mirroredRounds(
      [
        ['baseline', bare],
        ['thread', () => whole({ workers: 1 })],
        ['oneWorker', () => whole({ pool: pool1 })],
        ['allCores', () => whole({ pool: poolN })],
      ],
      ROUNDS,
      (r, ms) => process.stderr.write(`bench: round ${r + 1}/${ROUNDS}: ${ms.baseline.toFixed(0)} ms bare wink-nlp, ${ms.thread.toFixed(0)} ms in this thread, ${ms.oneWorker.toFixed(0)} ms on 1 worker, ${ms.allCores.toFixed(0)} ms on ${cores} (means of two runs)\n`),
    );
    await pool1.destroy();
    await poolN.destroy();
    const ratios = (a: number[], b: number[]) => a.map((x, k) => x / b[k]!);
    const speedUp = median(ratios(samples.oneWorker, samples.allCores));
    const speedUpOverThread = median(ratios(samples.thread, samples.allCores));

    // The same comparison for the bare wink-nlp pass, on pools of its own: how far this machine
    // lets work of wink-nlp's kind scale, as a yardstick for the pipeline's speed-up.
    const winkTask = join(dirname(fileURLToPath(import.meta.url)), 'wink-worker.js');
    const wink1 = createWorkerPool(1, winkTask);
    const winkN = createWorkerPool(cores, winkTask);
    const winkPass = async (pool: Tinypool) => {
      const limit = pLimit(Math.max(4, cores * 32));
      const start = performance.now();
      await Promise.all(files.map((path) => limit(() => pool.run({ path }))));
      return performance.now() - start;
    };
    for (let r = 0; r < 2; r++) {
      await winkPass(wink1);
      await winkPass(winkN);
    }
    const winkSamples = await mirroredRounds(
      [
        ['oneWorker', () => winkPass(wink1)],
        ['allCores', () => winkPass(winkN)],
      ],
      ROUNDS,
    );
    await wink1.destroy();
    await winkN.destroy();
    const winkSpeedUp = median(ratios(winkSamples.oneWorker, winkSamples.allCores));
    const baselineMs = median(samples.baseline);
    const baselineSamples = samples.baseline;
    // Each round's ratio compares runs timed side by side; the figure is their median.
    const ratioToBaseline = (xs: number[]) => Number(median(ratios(samples.baseline, xs)).toFixed(3));
    const threadMs = median(samples.thread);
    const oneMs = median(samples.oneWorker);
    const manyMs = median(samples.allCores);

    const rss10 = peakRss(x10, join(work, 'out10'));
    const rss100 = peakRss(x100, join(work, 'out100'));

    const tps = (ms: number) => Math.round(tokens / (ms / 1000));
    const figures = {
      date: new Date().toISOString(),
      node: process.version,
      cores,
      articles: files.length,
      tokens,
      baseline: {
        name: 'wink-nlp readDoc (full default pipeline)',
        ms: Math.round(baselineMs),
        tokensPerSecond: tps(baselineMs),
        samplesMs: baselineSamples.map(Math.round),
        // The same pass as a pool task (each worker reads its article): the machine's yardstick for a speed-up.
        pool: {
          oneWorker: { ms: Math.round(median(winkSamples.oneWorker)), samplesMs: winkSamples.oneWorker.map(Math.round) },
          allCores: { workers: cores, ms: Math.round(median(winkSamples.allCores)), speedUp: Number(winkSpeedUp.toFixed(2)), samplesMs: winkSamples.allCores.map(Math.round) },
        },
      },
      pipeline: {
        rounds: ROUNDS,
        // In this thread, with no pool: the single-threaded figure compared with the baseline.
        thread: { ms: Math.round(threadMs), tokensPerSecond: tps(threadMs), ratioToBaseline: ratioToBaseline(samples.thread), samplesMs: samples.thread.map(Math.round) },
        oneWorker: { ms: Math.round(oneMs), tokensPerSecond: tps(oneMs), ratioToBaseline: ratioToBaseline(samples.oneWorker), samplesMs: samples.oneWorker.map(Math.round) },
        allCores: {
          workers: cores,
          ms: Math.round(manyMs),
          tokensPerSecond: tps(manyMs),
          speedUp: Number(speedUp.toFixed(2)),
          speedUpOverThread: Number(speedUpOverThread.toFixed(2)),
          samplesMs: samples.allCores.map(Math.round),
        },
        stages: {
          ...Object.fromEntries(Object.entries(timings).map(([k, ms]) => [k, { ms: Math.round(ms), tokensPerSecond: tps(ms), msPer1000Tokens: Number(((ms / tokens) * 1000).toFixed(3)) }])),
          corpus: { ms: Math.round(corpusMs), tokensPerSecond: tps(corpusMs), msPer1000Tokens: Number(((corpusMs / tokens) * 1000).toFixed(3)) },
        },
      },
      peakRssMiB: { x10: Math.round(rss10), x100: Math.round(rss100), ratio: Number((rss100 / rss10).toFixed(2)) },
    };
    const p = figures.pipeline;
    const lines = [
      `tokens: ${tokens} in ${files.length} articles`,
      `baseline  wink-nlp readDoc           ${String(figures.baseline.tokensPerSecond).padStart(9)} tokens/s`,
      `pipeline  this thread, no pool      ${String(p.thread.tokensPerSecond).padStart(9)} tokens/s   ratio to baseline ${p.thread.ratioToBaseline}`,
      `pipeline  1 worker                   ${String(p.oneWorker.tokensPerSecond).padStart(9)} tokens/s   ratio to baseline ${p.oneWorker.ratioToBaseline}`,
      `pipeline  ${cores} workers                  ${String(p.allCores.tokensPerSecond).padStart(9)} tokens/s   speed-up ${p.allCores.speedUp}× over 1 worker, ${p.allCores.speedUpOverThread}× over this thread (medians of ${ROUNDS} rounds)`,
      `baseline  wink-nlp readDoc as pool tasks: speed-up ${figures.baseline.pool.allCores.speedUp}× on ${cores} workers over 1 (this machine's yardstick)`,
      ...Object.entries(p.stages).map(([k, v]) => `  stage ${k.padEnd(12)}             ${String(v.tokensPerSecond).padStart(9)} tokens/s   ${v.msPer1000Tokens} ms per 1,000 tokens`),
      `peak RSS  ×10 ${figures.peakRssMiB.x10} MiB, ×100 ${figures.peakRssMiB.x100} MiB (ratio ${figures.peakRssMiB.ratio})`,
    ];
    process.stdout.write(lines.join('\n') + '\n');
    await writeFileAtomic(outFile, JSON.stringify(figures, null, 2) + '\n');
    process.stderr.write(`bench: figures written to ${outFile}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err) => {
  process.stderr.write(`bench: ${(err as Error).stack ?? err}\n`);
  process.exitCode = 1;
});
