/**
 * `parley worker`: takes a queued run's jobs from Redis. The CPU-bound work runs on worker threads,
 * so that it never keeps this thread from renewing the jobs' locks: document jobs on a pool made as
 * the local run makes its own (src/run.ts createWorkerPool: each thread is handed its next article
 * while it works, so it never waits for Redis between two), the corpus job on a thread of the same
 * pool (warm: its modules and pipeline are loaded). Shard jobs (adding a batch of document jobs)
 * are light and run here. A worker killed in the middle of a job loses nothing: its lock
 * expires, another worker's stalled-job check puts the job back, and the job is run again.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Redis } from 'ioredis';
import { DelayedError, Queue, WaitingChildrenError, Worker, type Job } from 'bullmq';
import { readFileSync } from 'node:fs';
import { createWorkerPool } from '../run.js';
import { docJob } from './doc-job.js';
import type { CorpusTask } from './doc-task.js';
import {
  ATTEMPTS,
  BACKOFF_MS,
  CORPUS_QUEUE,
  DOCS_QUEUE,
  MAX_WAITING_DOCS,
  SHARDS_QUEUE,
  connectionOf,
  docJobId,
  shardFile,
  type CorpusJobData,
  type DocJobData,
  type ShardEntry,
  type ShardJobData,
  VERSION,
} from './common.js';

/** A processor module: the compiled one beside this module (or dist/ when running from the sources). */
function processorFile(name: string): URL {
  const here = fileURLToPath(import.meta.url);
  const file = here.endsWith('.ts') ? resolve(dirname(here), '..', '..', 'dist', 'queue', `${name}.js`) : join(dirname(here), `${name}.js`);
  return pathToFileURL(file);
}

/** Fails with the reason when Redis cannot be reached (instead of retrying for ever), and warns of an eviction policy that would lose jobs. */
export async function checkRedis(url: string): Promise<string[]> {
  const r = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 5000 });
  r.on('error', () => undefined);
  try {
    await r.connect();
    await r.ping();
    const policy = ((await r.config('GET', 'maxmemory-policy')) as string[])[1];
    return policy && policy !== 'noeviction' ? [`warning: Redis at ${url} has maxmemory-policy ${policy}: it may evict jobs (BullMQ needs noeviction)`] : [];
  } catch (err) {
    throw new Error(`cannot reach Redis at ${url}: ${(err as Error).message}`);
  } finally {
    r.disconnect();
  }
}

export interface WorkerOptions {
  url: string;
  /** Worker threads for the document jobs (each holds two jobs: one running, the next waiting). */
  concurrency: number;
  /** How long a job's lock lasts without renewal: a killed worker's jobs go back to the queue within about this time. */
  lockMs: number;
  /** A shard waits while this many document jobs wait in Redis (default MAX_WAITING_DOCS). */
  maxWaiting?: number;
  log: (line: string) => void;
}

export interface RunningWorker {
  /** Takes no new job; `force`: does not wait for the jobs in hand (their locks expire and other workers take them). */
  close(force?: boolean): Promise<void>;
}

export async function startWorker(opts: WorkerOptions): Promise<RunningWorker> {
  const connection = connectionOf(opts.url);
  const common = { connection, lockDuration: opts.lockMs, stalledInterval: Math.max(500, Math.floor(opts.lockMs / 2)), maxStalledCount: 2 };
  const docsQueue = new Queue<DocJobData>(DOCS_QUEUE, { connection });
  const pool = createWorkerPool(opts.concurrency, fileURLToPath(processorFile('doc-task')));
  // Two jobs in hand per thread: one running, the next one waiting in the pool.
  const docs = new Worker<DocJobData>(DOCS_QUEUE, (job) => docJob(job, pool), { ...common, concurrency: 2 * opts.concurrency });
  const shards = new Worker<ShardJobData>(SHARDS_QUEUE, (job, token) => shardJob(job, token!, docsQueue, opts.maxWaiting ?? MAX_WAITING_DOCS), { ...common, concurrency: 2 });
  const corpus = new Worker<CorpusJobData>(CORPUS_QUEUE, (job) => pool.run({ corpusDir: job.data.dir } satisfies CorpusTask) as Promise<null>, { ...common, concurrency: 1 });
  const workers = [docs, shards, corpus];
  for (const w of workers) w.on('error', (err) => opts.log(`parley worker: ${w.name}: ${err.message}`));
  for (const w of workers) w.on('stalled', (jobId) => opts.log(`parley worker: ${w.name}: job ${jobId} stalled (its worker stopped or lost its lock): back in the queue`));
  docs.on('failed', (job, err) => {
    if (!job) return;
    const d = job.data as DocJobData;
    const last = job.attemptsMade >= (job.opts.attempts ?? 1);
    opts.log(`${d.path}: attempt ${job.attemptsMade} of ${job.opts.attempts ?? 1} failed${last ? ' (the last: the job goes to the failed set)' : ', will be retried'}: ${err.message}`);
  });
  shards.on('failed', (job, err) => {
    if (job && !(err instanceof DelayedError) && !(err instanceof WaitingChildrenError)) opts.log(`parley worker: shard ${job.data.shard} of run ${job.data.runId}: ${err.message}`);
  });
  corpus.on('failed', (job, err) => {
    if (job) opts.log(`parley worker: corpus job of run ${job.id}: ${err.message}`);
  });
  await Promise.all(workers.map((w) => w.waitUntilReady()));
  return {
    async close(force = false) {
      await Promise.all(workers.map((w) => w.close(force)));
      await Promise.all([docsQueue.close(), pool.destroy()]);
    },
  };
}

/**
 * A shard job: adds its documents' jobs as its own children (one batch, one request), then waits
 * for them (BullMQ's pattern of children added by a running job: moveToWaitingChildren). While
 * `maxWaiting` document jobs already wait in Redis it waits itself (delayed, BullMQ's moveToDelayed
 * pattern), so that Redis holds a bounded number of jobs whatever the corpus's size: at most
 * `maxWaiting` plus a shard for each shard job in hand across the workers. Taken again after its children, it finds nothing left to
 * wait for and completes, which releases the corpus job once every shard is done.
 */
async function shardJob(job: Job<ShardJobData>, token: string, docsQueue: Queue<DocJobData>, maxWaiting: number): Promise<null> {
  const d = job.data;
  if (!d.added) {
    if ((await docsQueue.count()) >= maxWaiting) {
      await job.moveToDelayed(Date.now() + 300 + Math.floor(Math.random() * 400), token);
      throw new DelayedError();
    }
    const entries = JSON.parse(readFileSync(shardFile(d.dir, d.shard), 'utf8')) as ShardEntry[];
    await docsQueue.addBulk(
      entries.map((e) => ({
        name: 'doc',
        data: { runId: d.runId, dir: d.dir, version: VERSION, path: e.path, id: e.id, hash: e.hash },
        opts: {
          jobId: docJobId(d.runId, e.id),
          parent: { id: job.id!, queue: job.queueQualifiedName },
          attempts: ATTEMPTS,
          backoff: { type: 'exponential', delay: BACKOFF_MS },
          removeOnComplete: true,
          // The failed set is the dead-letter queue: a week of failures, at most 10,000.
          removeOnFail: { age: 7 * 24 * 3600, count: 10_000 },
          ignoreDependencyOnFailure: true,
        },
      })),
    );
    await job.updateData({ ...d, added: true });
  }
  if (await job.moveToWaitingChildren(token)) throw new WaitingChildrenError();
  return null;
}
