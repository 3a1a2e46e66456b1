/**
 * What the submitter (`parley run --queue`), the workers (`parley worker`) and the job processors
 * share: the queues' names, the run folder's layout under `OUT/.parley/queue/RUN_ID/`, and the
 * shapes of the job payloads and of the files the jobs leave on disk.
 *
 * A queued run is a BullMQ flow: one corpus job (link, rounds, briefs, writing) whose children are
 * shard jobs; each shard job, when a worker takes it, adds its documents' jobs as its own children
 * and waits for them. Payloads carry paths and content hashes only; results stay on disk (the kept
 * result of each article, as a local run keeps it, and a small answer file per document).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Message } from '../model/schema.js';

export const DOCS_QUEUE = 'parley-docs';
export const SHARDS_QUEUE = 'parley-shards';
export const CORPUS_QUEUE = 'parley-corpus';

/** Parley's version: a worker of another version refuses a run's jobs (their results would differ). */
export const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** Documents per shard job: the size of one batch of additions to Redis. */
export const SHARD_SIZE = 500;
/** By default, a shard waits (delayed) while this many document jobs already wait in Redis: Redis memory stays flat in the corpus size. */
export const MAX_WAITING_DOCS = 4 * SHARD_SIZE;
/** Attempts of a document job, and the first backoff (doubled each time). */
export const ATTEMPTS = 3;
export const BACKOFF_MS = 1000;

/** The run folder of a queued run. */
export const runDir = (out: string, runId: string): string => join(out, '.parley', 'queue', runId);
export const runFile = (dir: string): string => join(dir, 'run.json');
export const shardFile = (dir: string, shard: number): string => join(dir, 'shards', `${String(shard).padStart(6, '0')}.json`);
export const summaryFile = (dir: string): string => join(dir, 'summary.json');
/** A document's answer file: a name of fixed length, whatever the length of its id. */
export const answerFile = (dir: string, id: string): string => join(dir, 'answers', `${createHash('sha256').update(id).digest('hex').slice(0, 32)}.json`);

/** A redis:// URL, checked; throws with the reason. */
export function checkQueueUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new Error(`not a URL: '${url}' (expected redis://HOST:PORT)`);
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') throw new Error(`'${url}' is not a redis:// URL (expected redis://HOST:PORT)`);
  if (!u.hostname) throw new Error(`'${url}' names no host (expected redis://HOST:PORT)`);
  return url;
}

/** BullMQ's connection options for a URL (workers need maxRetriesPerRequest: null). */
export const connectionOf = (url: string) => ({ url, maxRetriesPerRequest: null });

/** What the submitter writes for the run: the same on every machine (absolute paths on a shared file system). */
export interface RunInfo {
  runId: string;
  version: string;
  corpus: string;
  out: string;
  pipelineFile: string;
  /** The pipeline's fingerprint at submission: a worker whose pipeline differs refuses the jobs. */
  fingerprint: string;
  noKnowledge: boolean;
  maxArticleSize?: number;
  resume: boolean;
  total: number;
  shards: number;
}

/** One article of a shard: its path, id and the sha256 of its text and sidecar. */
export interface ShardEntry {
  path: string;
  id: string;
  hash: string;
}

export interface DocJobData {
  runId: string;
  dir: string;
  version: string;
  path: string;
  id: string;
  hash: string;
}

export interface ShardJobData {
  runId: string;
  dir: string;
  shard: number;
  /** Set once the shard's document jobs are all added. */
  added?: boolean;
}

export interface CorpusJobData {
  runId: string;
  dir: string;
}

/** A document's answer file: its per-document answer, without the result when the result is kept (OUT/.parley/docs). */
export interface Answer {
  file: string;
  messages: Message[];
  reused: boolean;
  /** The result is in the kept results (written by the per-document job). */
  kept: boolean;
  /** The result, when it is not kept (a document with a fatal message). */
  result?: unknown;
  /** The job failed on its last attempt: the reason. */
  error?: string;
  attempts?: number;
}

/** What the corpus job leaves for the submitter. */
export interface Summary {
  runId: string;
  docs: number;
  mentions: number;
  entities: number;
  rounds: number;
  messages: Message[];
  failed: string[];
  reused: number;
  /** Articles with no answer at all (their job failed without saying why, or never ran): the submitter asks Redis. */
  missing: { file: string; id: string }[];
}

/** A document job's id: the run and a hash of the document id (BullMQ ids must not contain ':'). */
export const docJobId = (runId: string, id: string): string => `${runId}-d${createHash('sha256').update(id).digest('hex').slice(0, 24)}`;
export const shardJobId = (runId: string, shard: number): string => `${runId}-s${shard}`;

/**
 * A test-only fault: `PARLEY_TEST_FAIL_ONCE=NAME` makes the document job of every article whose
 * file name is NAME throw on its first attempt; `PARLEY_TEST_FAIL_ALWAYS=NAME` on every attempt (a
 * poison article). Read by the workers, from their environment.
 */
export function testFault(path: string, attemptsMade: number): void {
  const base = path.split(/[\\/]/).pop();
  if (process.env.PARLEY_TEST_FAIL_ALWAYS && base === process.env.PARLEY_TEST_FAIL_ALWAYS) throw new Error(`test fault (PARLEY_TEST_FAIL_ALWAYS=${base})`);
  if (process.env.PARLEY_TEST_FAIL_ONCE && base === process.env.PARLEY_TEST_FAIL_ONCE && attemptsMade === 0) throw new Error(`test fault on the first attempt (PARLEY_TEST_FAIL_ONCE=${base})`);
}
