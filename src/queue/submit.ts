/**
 * `parley run CORPUS --out OUT --queue redis://…`: submits a run to the workers and waits for it.
 *
 * The submitter reads the corpus folder (as a local run does), hashes every article and sidecar,
 * and derives the run's id from those hashes, the pipeline's fingerprint, Parley's version and the
 * two folders: the same run submitted again is recognised (its jobs are still in Redis: it waits for
 * them; they are done: every article's answer is still on disk, and only the corpus job is redone).
 * It writes the run's shard lists under OUT/.parley/queue/RUN_ID/ and adds one flow: the corpus job
 * with one child per shard (a few hundred jobs for 100,000 articles; each shard adds its documents
 * itself). Then it shows progress as documents finish and waits for the corpus job's summary.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { FlowProducer, Job, Queue, QueueEvents } from 'bullmq';
import type { Message } from '../model/schema.js';
import { docIdOf, scanCorpus, type Skipped } from '../io/corpus.js';
import { writeFileAtomicSync, TMP_PREFIX } from '../io/atomic.js';
import { removeFilesUnder, takeOutput } from '../io/outdir.js';
import { DEFAULT_PIPELINE, loadPipeline } from '../pipeline.js';
import { Interrupted } from '../run.js';
import { checkRedis } from './worker.js';
import {
  ATTEMPTS,
  BACKOFF_MS,
  CORPUS_QUEUE,
  DOCS_QUEUE,
  SHARD_SIZE,
  SHARDS_QUEUE,
  VERSION,
  connectionOf,
  docJobId,
  runDir,
  runFile,
  shardFile,
  shardJobId,
  summaryFile,
  type CorpusJobData,
  type RunInfo,
  type ShardEntry,
  type ShardJobData,
  type Summary,
} from './common.js';

export interface QueuedRunOptions {
  corpus: string;
  out: string;
  queue: string;
  pipeline?: string;
  noKnowledge?: boolean;
  maxArticleSize?: number;
  recursive?: boolean;
  resume?: boolean;
  /** Articles per shard job (default SHARD_SIZE). */
  shardSize?: number;
  onProgress?: (done: number, total: number, failed: number) => void;
  /** Stops waiting (the run goes on on the workers) and rejects with an Interrupted. */
  signal?: AbortSignal;
}

export interface QueuedRunResult {
  runId: string;
  /** The run was already in the queue: this call waited for it. */
  attached: boolean;
  summary: Summary;
  messages: Message[];
  failed: string[];
  skipped: Skipped[];
}

const sha256 = (b: Buffer | string): string => createHash('sha256').update(b).digest('hex');

/** An article's content hash: its bytes and its sidecar's. */
function articleHash(path: string): string {
  const meta = path.replace(/\.txt$/, '.meta.json');
  return sha256(`${sha256(readFileSync(path))}\u0000${existsSync(meta) ? sha256(readFileSync(meta)) : ''}`);
}

const LIVE = new Set(['waiting-children', 'waiting', 'wait', 'active', 'delayed', 'prioritized']);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runQueued(opts: QueuedRunOptions): Promise<QueuedRunResult> {
  const warnings = await checkRedis(opts.queue);
  const pipelineFile = resolve(opts.pipeline ?? DEFAULT_PIPELINE);
  const pipeline = loadPipeline(pipelineFile, { noKnowledge: !!opts.noKnowledge });
  const { files, skipped } = await scanCorpus(opts.corpus, { recursive: !!opts.recursive });
  const out = resolve(opts.out);
  const corpus = resolve(opts.corpus);
  const taken = takeOutput(opts.out);
  const connection = connectionOf(opts.queue);
  const corpusQueue = new Queue<CorpusJobData>(CORPUS_QUEUE, { connection });
  const docsQueue = new Queue(DOCS_QUEUE, { connection });
  const events = new QueueEvents(DOCS_QUEUE, { connection });
  let complete = false;
  let done = 0;
  let failedCount = 0;
  try {
    const entries: ShardEntry[] = files.map((f) => ({ path: resolve(f), id: docIdOf(f, opts.corpus), hash: articleHash(f) }));
    const runId = sha256(
      JSON.stringify([VERSION, pipeline.fingerprint, corpus, out, opts.maxArticleSize ?? null, entries.map((e) => [e.id, e.hash])]),
    ).slice(0, 20);
    const dir = runDir(out, runId);
    const size = opts.shardSize ?? SHARD_SIZE;
    const shards = Math.max(1, Math.ceil(entries.length / size));
    const existing = await corpusQueue.getJob(runId);
    const state = existing ? await existing.getState() : undefined;
    const attached = !!state && LIVE.has(state);
    await events.waitUntilReady();
    const prefix = `${runId}-d`;
    events.on('completed', ({ jobId }) => {
      if (jobId.startsWith(prefix)) opts.onProgress?.((done = Math.min(entries.length, done + 1)), entries.length, failedCount);
    });
    events.on('failed', ({ jobId }) => {
      if (!jobId.startsWith(prefix)) return;
      // A failed attempt that will be retried is not the document's end. (Progress only: a lookup
      // that fails, the connection closing at the end, is of no consequence.)
      void (async () => {
        const job = await Job.fromId(docsQueue, jobId);
        if (job && job.attemptsMade >= (job.opts.attempts ?? 1) && (await job.getState()) === 'failed') {
          failedCount++;
          opts.onProgress?.((done = Math.min(entries.length, done + 1)), entries.length, failedCount);
        }
      })().catch(() => undefined);
    });
    if (!attached) {
      if (existing) await existing.remove().catch(() => undefined);
      // Older runs into this folder whose jobs are gone from Redis: their folders go.
      const queueDir = resolve(dir, '..');
      for (const other of existsSync(queueDir) ? readdirSync(queueDir) : [])
        if (other !== runId && !(await corpusQueue.getJob(other))) rmSync(resolve(queueDir, other), { recursive: true, force: true });
      const info: RunInfo = {
        runId,
        version: VERSION,
        corpus,
        out,
        pipelineFile,
        fingerprint: pipeline.fingerprint,
        noKnowledge: !!opts.noKnowledge,
        ...(opts.maxArticleSize ? { maxArticleSize: opts.maxArticleSize } : {}),
        resume: !!opts.resume,
        total: entries.length,
        shards,
      };
      for (let s = 0; s < shards; s++) writeFileAtomicSync(shardFile(dir, s), JSON.stringify(entries.slice(s * size, (s + 1) * size)));
      writeFileAtomicSync(runFile(dir), JSON.stringify(info));
      rmSync(summaryFile(dir), { force: true });
      const flows = new FlowProducer({ connection });
      try {
        await flows.add({
          name: 'corpus',
          queueName: CORPUS_QUEUE,
          data: { runId, dir },
          opts: { jobId: runId, removeOnComplete: true, removeOnFail: { age: 7 * 24 * 3600 }, attempts: ATTEMPTS, backoff: { type: 'exponential', delay: BACKOFF_MS } },
          children: Array.from({ length: shards }, (_, s) => ({
            name: 'shard',
            queueName: SHARDS_QUEUE,
            data: { runId, dir, shard: s } satisfies ShardJobData,
            opts: { jobId: shardJobId(runId, s), removeOnComplete: true, removeOnFail: { age: 7 * 24 * 3600 }, attempts: ATTEMPTS, backoff: { type: 'exponential', delay: BACKOFF_MS }, ignoreDependencyOnFailure: true },
          })),
        });
      } finally {
        await flows.close();
      }
    }
    // Waiting for a run submitted before: the articles it answered count as done from the start (a new
    // submission's document jobs each finish again, at once for an article already answered).
    const answers = resolve(dir, 'answers');
    if (attached && existsSync(answers)) done = Math.min(entries.length, readdirSync(answers).filter((n) => !n.startsWith(TMP_PREFIX)).length);
    opts.onProgress?.(done, entries.length, failedCount);
    let summary: Summary | undefined;
    for (;;) {
      if (opts.signal?.aborted) throw new Interrupted(done, entries.length, String(opts.signal.reason));
      if (existsSync(summaryFile(dir))) {
        const s = JSON.parse(readFileSync(summaryFile(dir), 'utf8')) as Summary;
        if (s.runId === runId) {
          summary = s;
          break;
        }
      }
      const job = await corpusQueue.getJob(runId);
      if (!job) {
        if (existsSync(summaryFile(dir))) continue;
        throw new Error(`the run's corpus job ${runId} is gone from Redis without a result (was Redis emptied?); submit the run again`);
      }
      if ((await job.getState()) === 'failed') throw new Error(`the run's corpus job failed: ${job.failedReason}`);
      await sleep(100);
    }
    if (done < entries.length) opts.onProgress?.(entries.length, entries.length, summary.failed.length);
    // A document with no answer: Redis's failed set says why.
    const why = new Map<string, string>();
    for (const m of summary.missing) {
      const job = await Job.fromId(docsQueue, docJobId(runId, m.id)).catch(() => undefined);
      why.set(m.file, job?.failedReason ? `failed on the queue after ${job.attemptsMade} attempt(s): ${job.failedReason}` : 'no result: its job never finished on the queue');
    }
    const messages = summary.messages.map((m) => (m.origin === 'queue:failed' && why.has(m.file ?? '') ? { ...m, reason: why.get(m.file!)! } : m));
    for (const w of warnings) messages.unshift({ reason: w.replace(/^warning: /, ''), origin: 'queue:redis', file: opts.queue, fatal: false });
    if (taken.wasIncomplete && !attached) messages.unshift({ reason: 'the previous run into this folder did not finish; this run completes it', origin: 'run:incomplete', file: opts.out, fatal: false });
    // The temporary files of workers killed in the middle of a write.
    removeFilesUnder(opts.out, (_path, name) => name.startsWith(TMP_PREFIX));
    complete = true;
    return { runId, attached, summary, messages, failed: summary.failed, skipped };
  } finally {
    taken.release(complete);
    await Promise.all([events.close(), corpusQueue.close(), docsQueue.close()]).catch(() => undefined);
  }
}
