/**
 * `npm run bench`: Parley's speed and memory, from one run.
 *
 * Builds corpora by replicating corpus/ ×10 and ×100 (distinct document ids), then measures on
 * the ×100 corpus: tokens/s of the whole pipeline and of each document stage on one worker;
 * the same for a bare wink-nlp readDoc pass over the same texts (the baseline) and the ratio;
 * wall time on 1 worker and on every core, and the speed-up; and, in child processes, the peak
 * RSS of a whole run at ×10 and ×100. Prints a table and writes the figures as JSON
 * (bench-out/bench.json, or the path given) so that two runs can be compared.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { listArticles } from '../io/corpus.js';
import { writeFileAtomic } from '../io/atomic.js';
import { loadPipeline } from '../pipeline.js';
import { corpusStages, createWorkerPool, processCorpus } from '../run.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function replicate(src: string, times: number, into: string): string {
  const dir = join(into, `x${times}`);
  mkdirSync(dir, { recursive: true });
  const files = readdirSync(src).filter((f) => f.endsWith('.txt'));
  for (let k = 0; k < times; k++) for (const f of files) copyFileSync(join(src, f), join(dir, `r${String(k).padStart(3, '0')}_${f}`));
  return dir;
}

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

    // Baseline: a bare wink-nlp readDoc pass (its full default pipeline) over the same texts.
    const nlp = winkNLP(model);
    nlp.readDoc(texts[0]!); // warm up
    let tokens = 0;
    let t = performance.now();
    for (const text of texts) tokens += nlp.readDoc(text).tokens().length();
    const baselineMs = performance.now() - t;

    const pipeline = loadPipeline();
    // Steady state: one untimed pass over the ×100 corpus first, so that loading (model, lexicons) and the
    // JIT's warm-up are charged to neither figure; the pool below is warmed the same way.
    await processCorpus(files, pipeline, { workers: 1 });

    const timings: Record<string, number> = {};
    t = performance.now();
    const one = await processCorpus(files, pipeline, { workers: 1, timings });
    const perDocMs = performance.now() - t;
    t = performance.now();
    corpusStages(one.map((p) => p.result!), pipeline);
    const corpusMs = performance.now() - t;
    const oneMs = perDocMs + corpusMs;

    // Every core, on a pool warmed the same way (each worker loads the model and lexicons once, ~1 s).
    const pool = createWorkerPool(cores);
    await processCorpus(files, pipeline, { pool });
    t = performance.now();
    const many = await processCorpus(files, pipeline, { pool });
    const manyDocMs = performance.now() - t;
    corpusStages(many.map((p) => p.result!), pipeline);
    const manyMs = performance.now() - t;
    await pool.destroy();

    const rss10 = peakRss(x10, join(work, 'out10'));
    const rss100 = peakRss(x100, join(work, 'out100'));

    const tps = (ms: number) => Math.round(tokens / (ms / 1000));
    const figures = {
      date: new Date().toISOString(),
      node: process.version,
      cores,
      articles: files.length,
      tokens,
      baseline: { name: 'wink-nlp readDoc (full default pipeline)', ms: Math.round(baselineMs), tokensPerSecond: tps(baselineMs) },
      pipeline: {
        oneWorker: { ms: Math.round(oneMs), tokensPerSecond: tps(oneMs), ratioToBaseline: Number((baselineMs / oneMs).toFixed(3)) },
        allCores: {
          workers: cores,
          ms: Math.round(manyMs),
          tokensPerSecond: tps(manyMs),
          speedUp: Number((oneMs / manyMs).toFixed(2)),
          // The per-document stages alone (the corpus stages run once, on one thread, whatever the workers).
          documentStagesSpeedUp: Number((perDocMs / manyDocMs).toFixed(2)),
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
      `pipeline  1 worker                   ${String(p.oneWorker.tokensPerSecond).padStart(9)} tokens/s   ratio to baseline ${p.oneWorker.ratioToBaseline}`,
      `pipeline  ${cores} workers                  ${String(p.allCores.tokensPerSecond).padStart(9)} tokens/s   speed-up ${p.allCores.speedUp}× (document stages alone ${p.allCores.documentStagesSpeedUp}×)`,
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
