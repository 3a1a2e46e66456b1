/**
 * The runner, and Parley's library API: `run()` does what `parley run` does.
 *
 * Per-file steps, a barrier, then whole-set steps (as unified-engine's file pipeline and
 * file-set pipeline): each article is read and put through the document stages on its own
 * (a broken one becomes a fatal message on that file, and the others carry on); then the
 * corpus stages run once on what the documents returned (link, rounds, briefs); then every
 * output is written whole or not at all.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import Tinypool from 'tinypool';
import type { Brief, DocResult, Entity, Message } from './model/schema.js';
import { docIdOf, readDocument, scanCorpus, type Skipped } from './io/corpus.js';
import { InputError } from './io/errors.js';
import { removeFilesUnder, takeOutput } from './io/outdir.js';
import type { WorkerTask } from './worker.js';
import { processFile, type FileAnswer, type FileTask } from './process-file.js';
import { writeFileAtomic } from './io/atomic.js';
import { formatBrat } from './io/brat.js';
import { briefMarkdown } from './io/markdown.js';
import { readAnnFolder } from './io/annfolder.js';
import { loadPipeline, DEFAULT_PIPELINE, type Pipeline } from './pipeline.js';
import { link, type DocMention, type LinkOptions } from './stages/link.js';
import { findRounds, type RoundsOptions } from './stages/rounds.js';
import { buildBriefs, type BriefsOptions } from './stages/briefs.js';
import { score, type Example, type Scores } from './score/mentions.js';
import { readBriefsFolder, scoreBriefs, type BriefScores } from './score/briefs.js';
import { parseBrat } from './io/brat.js';
import { OffsetMap } from './io/offsets.js';
import { writeRunManifest } from './report/manifest.js';

export interface RunOptions {
  /** Corpus folder of `NAME.txt` articles (and optional `NAME.meta.json` sidecars). */
  corpus: string;
  /** Output folder; nothing is written when absent. */
  out?: string;
  /** Gold folder: when given, the result carries the scores against it. */
  gold?: string;
  /** pipeline.json to use (default: the bundled one). */
  pipeline?: string;
  /** The largest article read, in bytes (default: 32 MiB); a larger one is refused, naming the file and the limit. */
  maxArticleSize?: number;
  /** Read the articles of nested folders too (their ids then carry the relative path: `sub/name`). */
  recursive?: boolean;
  /** Run without the knowledge base's entries (lexicons and the country gazetteer stay). */
  noKnowledge?: boolean;
  /** Worker threads for the document stages (default: the cores, for more than a few files). */
  workers?: number;
  /** Reuse the kept result of every article whose text, sidecar and pipeline are unchanged since the last run into `out`. */
  resume?: boolean;
  /** Called after each document. */
  onProgress?: (done: number, total: number, file: string) => void;
  /**
   * Stops the run when aborted: no article is started after, the workers are stopped at once (even
   * in a long article), and the run rejects with an `Interrupted`. With a signal, the document
   * stages always run on workers, where a stop can be heard.
   */
  signal?: AbortSignal;
}

/** A run stopped by its signal: how far it got. */
export class Interrupted extends Error {
  constructor(
    readonly done: number,
    readonly total: number,
    readonly reason: string,
  ) {
    super(`interrupted (${reason}) after ${done} of ${total} article(s)`);
    this.name = 'Interrupted';
  }
}

export interface RunResult {
  docs: DocResult[];
  entities: Entity[];
  briefs: Brief[];
  /** Every message of the run; fatal ones mean something failed. */
  messages: Message[];
  /** Articles that could not be processed. */
  failed: string[];
  /** Articles whose kept result was reused (`resume`). */
  reused: string[];
  /** Files of the corpus folder that were not read, and why. */
  skipped: Skipped[];
  scores?: Scores;
  /** With gold briefs (`GOLD/briefs/`): the slot-level brief scores. */
  briefScores?: BriefScores;
}

/** The worker script: the compiled one beside this module (or dist/ when running from the sources). */
function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  return here.endsWith('.ts') ? resolve(dirname(here), '..', 'dist', 'worker.js') : join(dirname(here), 'worker.js');
}

/** A worker's young generation, in MiB (V8 splits it into two semi-spaces and a space for large objects: 3 × 64 MiB). */
export const WORKER_YOUNG_MB = 192;

/**
 * A pool of worker threads for the document stages (each loads the pipeline once). Destroy it
 * when done. Each worker is handed its next article while it works on the current one, so it
 * never waits for the main thread between two articles (waking an idle core takes long on a
 * virtual machine): measured on ×100, 4–5% less wall time on one worker and on two.
 * `filename`: another task module run the same way (the benchmark's bare wink-nlp pass).
 *
 * Each worker's young generation is WORKER_YOUNG_MB instead of V8's default (48 MiB, two semi-spaces of 16 MiB): an
 * article allocates about 2.6 MB while it is read, and its tokens and layers live until it is done, so a small young
 * generation copies them again at every scavenge (about 9% of a worker's time on the bundled articles). With semi-spaces
 * of 64 MiB there are a third as many scavenges.
 */
export const createWorkerPool = (workers: number, filename = workerFile()): Tinypool =>
  new Tinypool({ filename, minThreads: workers, maxThreads: workers, concurrentTasksPerWorker: 2, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });

export interface ProcessOptions {
  /** Worker threads for the document stages: 1 runs them in this thread. Default: the cores, for more than a few files. */
  workers?: number;
  /** The corpus folder: document ids are paths relative to it (default: the file names). */
  root?: string;
  /** A pool to use (and keep) instead of one made for this call. */
  pool?: Tinypool;
  /** Files read and in flight at once (default: 32 per worker, at least 4). */
  concurrency?: number;
  /** Output folder: each document's result is kept there as soon as it is done. */
  out?: string;
  /** Reuse the kept result of every document whose text, sidecar and pipeline are unchanged. */
  resume?: boolean;
  onProgress?: (done: number, total: number, file: string) => void;
  /** Adds each document stage's milliseconds (for the benchmark). */
  timings?: Record<string, number>;
  /** Stops the work when aborted (see RunOptions.signal). */
  signal?: AbortSignal;
  /** The largest article read, in bytes. */
  maxArticleSize?: number;
}

export type Processed = FileAnswer;

/**
 * The pool's size for a number of files: the workers asked for (default: every core for more than
 * a few files, else this thread), never more than the cores or the files; an idle worker only costs
 * its memory and its start.
 */
export const workersOf = (files: number, requested?: number): number =>
  Math.max(1, Math.min(requested ?? (files > 8 ? Infinity : 1), availableParallelism(), files));

/** Runs every article's per-document job: in this thread or on a worker pool, resuming where asked. */
export async function processCorpus(files: string[], pipeline: Pipeline, opts: ProcessOptions = {}): Promise<Processed[]> {
  const workers = workersOf(files.length, opts.workers);
  const signal = opts.signal;
  // A signal is only heard between articles in this thread: with one, the work goes to workers.
  const pool = opts.pool ?? (workers > 1 || signal ? createWorkerPool(workers) : undefined);
  const stopped = () => new Interrupted(done, files.length, String(signal?.reason ?? 'stopped'));
  const stop = () => void pool?.destroy().catch(() => undefined);
  signal?.addEventListener('abort', stop, { once: true });
  // Enough files in flight to keep every worker fed.
  const limit = pLimit(opts.concurrency ?? Math.max(4, workers * 32));
  let done = 0;
  const one = async (path: string): Promise<Processed> => {
    if (signal?.aborted) throw stopped();
    const task: FileTask = { path, ...(opts.root ? { id: docIdOf(path, opts.root) } : {}), ...(opts.out ? { out: opts.out } : {}), resume: !!opts.resume, timings: !!opts.timings, ...(opts.maxArticleSize ? { maxArticleSize: opts.maxArticleSize } : {}) };
    const answer = pool
      ? ((await pool.run({ ...task, pipelineFile: pipeline.file, noKnowledge: pipeline.noKnowledge } satisfies WorkerTask)) as FileAnswer)
      : processFile(task, pipeline);
    if (opts.timings && answer.timings) for (const [k, v] of Object.entries(answer.timings)) opts.timings[k] = (opts.timings[k] ?? 0) + v;
    return answer;
  };
  try {
    return await Promise.all(
      files.map((file) =>
        limit(async () => {
          let answer: Processed;
          try {
            answer = await one(file);
          } catch (err) {
            // A worker stopped by the signal fails its article: that is the stop, not the article's fault.
            throw signal?.aborted ? stopped() : err;
          }
          if (signal?.aborted) throw stopped();
          opts.onProgress?.(++done, files.length, file);
          return answer;
        }),
      ),
    );
  } finally {
    signal?.removeEventListener('abort', stop);
    if (!opts.pool) await pool?.destroy().catch(() => undefined);
  }
}

/**
 * A document's result as a key that depends neither on its name nor on the order of its lists or
 * keys (a kept result read back has its keys in the schema's order): a hash of what it says, read
 * from the fields that say it (each mention's span, type, text and value; each cue's span and round;
 * each fact's kind, rule, span and value), in sorted order. (A canonical JSON of the whole result
 * cost half the corpus stages' time on ×100.)
 */
function contentKey(d: DocResult): string {
  // (each kind sorted apart, then joined in the order of their letters, c < f < m: the order of all of them sorted as
  // one list, in fewer comparisons)
  const mentions = d.mentions.map((m) => `m${m.start}:${m.end}:${m.type}:${m.value ?? ''}:${m.text}`).sort();
  const cues = d.cues.map((c) => `c${c.start}:${c.end}:${c.round ?? ''}:${c.status ?? ''}`).sort();
  const facts = d.facts.map((f) => `f${f.evidence.start}:${f.evidence.end}:${f.kind}:${f.rule ?? ''}:${f.round}:${f.value ?? ''}`).sort();
  const parts = [...cues, ...facts, ...mentions];
  return createHash('sha256').update(`${d.length}\n${d.meta.published ?? ''}\n${parts.join('\n')}`).digest('hex');
}

/** The corpus stages: link, rounds, briefs. Mentions get their entity ids. */
export function corpusStages(docs: DocResult[], pipeline: Pipeline): { docs: DocResult[]; entities: Entity[]; briefs: Brief[] } {
  const opts = (name: string) => pipeline.config.corpusStages.find((s) => s.name === name)?.options ?? {};
  const enabled = (name: string) => pipeline.config.corpusStages.some((s) => s.name === name);
  // In an order of their content, not of their names: every tie the corpus stages break by order
  // (first seen) is then the same whatever the articles are called or the order they are listed in.
  // The earliest reports first (by their anchor day), then by a hash of what they say.
  const key = new Map(docs.map((d) => [d, `${d.anchor?.day ?? '9999'}\u0000${contentKey(d)}`]));
  const sorted = [...docs].sort((a, b) => (key.get(a)! < key.get(b)! ? -1 : key.get(a)! > key.get(b)! ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let entities: Entity[] = [];
  let linked = sorted;
  if (enabled('link')) {
    const all: DocMention[] = sorted.flatMap((d) => d.mentions.map((mention) => ({ doc: d.id, mention })));
    const res = link(all, pipeline.knowledge, opts('link') as LinkOptions);
    entities = res.entities;
    let k = 0;
    // Object.assign, not a spread: V8 copies a mention 3–5 times faster so (measured on ×100).
    linked = sorted.map((d) => ({
      ...d,
      mentions: d.mentions.map((m) => {
        const id = res.ids[k++];
        return id ? Object.assign({}, m, { entityId: id }) : m;
      }),
    }));
  }
  let briefs: Brief[] = [];
  if (enabled('rounds')) {
    const rounds = findRounds(linked, pipeline.knowledge, opts('rounds') as RoundsOptions);
    if (enabled('briefs')) briefs = buildBriefs(rounds, linked, entities, pipeline.knowledge, opts('briefs') as BriefsOptions);
  }
  // The documents are returned in the order of their ids.
  return { docs: linked.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)), entities, briefs };
}

/** The brat text of a document's predictions. */
export function annOf(d: DocResult, entities: Map<string, Entity>): string {
  return formatBrat(new OffsetMap({ astral: d.astral, length: d.length }), d.mentions, (id) => entities.get(id)?.name);
}

/**
 * Writes every output of a run, each file whole or not at all. With `textOf`, each `.ann` gets the
 * exact text its offsets count beside it (`ann/NAME.txt`: BOM removed, line ends LF), so that the
 * pair opens in brat or INCEpTION as it is, whatever a reader makes of CRLF.
 */
export async function writeOutputs(out: string, res: Pick<RunResult, 'docs' | 'entities' | 'briefs'>, textOf?: (d: DocResult) => string): Promise<void> {
  const byId = new Map(res.entities.map((e) => [e.id, e]));
  const written = new Set<string>();
  const write = async (path: string, content: string) => {
    await writeFileAtomic(path, content);
    written.add(resolve(path));
  };
  for (const d of res.docs) {
    if (textOf) await write(join(out, 'ann', `${d.id}.txt`), textOf(d));
    await write(join(out, 'ann', `${d.id}.ann`), annOf(d, byId));
  }
  await write(join(out, 'entities.json'), JSON.stringify({ entities: res.entities }, null, 2) + '\n');
  await write(join(out, 'briefs.json'), JSON.stringify({ briefs: res.briefs }, null, 2) + '\n');
  for (const b of res.briefs) await write(join(out, 'briefs', `${b.id}.md`), briefMarkdown(b) + '\n');
  // The folder describes exactly this run: what an earlier run wrote for other articles or rounds goes.
  for (const sub of ['ann', 'briefs']) removeFilesUnder(join(out, sub), (path) => !written.has(path), true);
}

/** The text a document's offsets count, read again from its article (which must not have changed since). */
function textReader(processed: Processed[]): (d: DocResult) => string {
  const pathOf = new Map(processed.flatMap((p) => (p.result ? [[p.result.id, p.file] as const] : [])));
  return (d) => {
    const path = pathOf.get(d.id)!;
    const { text } = readDocument(path, d.id, Infinity);
    if (text.length !== d.length) throw new InputError(path, 'changed while Parley was running; run again');
    return text;
  };
}

/**
 * Scores a run's predictions against a gold folder: mentions, links and values, and the briefs
 * too where the folder has a `briefs/` of gold briefs.
 */
export async function scoreAgainst(gold: string, docs: DocResult[], entities: Entity[], briefs: Brief[] = []): Promise<{ scores: Scores; briefScores?: BriefScores }> {
  const goldFiles = await readAnnFolder(gold);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const examples: Example[] = [];
  for (const d of docs) {
    const g = goldFiles.get(d.id);
    if (!g) continue;
    const pred = parseBrat(`${d.id}.ann`, annOf(d, byId)).mentions;
    examples.push({ doc: d.id, gold: g.mentions, pred });
  }
  const briefsDir = join(gold, 'briefs');
  const goldBriefs = existsSync(briefsDir) ? await readBriefsFolder(briefsDir) : [];
  return { scores: score(examples), ...(goldBriefs.length ? { briefScores: scoreBriefs(goldBriefs, briefs, examples) } : {}) };
}

/**
 * The corpus half of a run, on every article's per-document answer (in the corpus's file order):
 * the corpus stages, then (with `out`) every output written whole. The local run and the queued
 * run's corpus job (src/queue/) both end here.
 */
export async function finishRun(processed: Processed[], pipeline: Pipeline, opts: Pick<RunOptions, 'corpus' | 'out' | 'signal'>): Promise<Omit<RunResult, 'skipped' | 'scores' | 'briefScores'>> {
  const ok = processed.filter((p) => p.result).map((p) => p.result!);
  const messages = processed.flatMap((p) => p.messages);
  const failed = processed.filter((p) => !p.result || p.messages.some((m) => m.fatal)).map((p) => p.file);
  const { docs, entities, briefs } = corpusStages(ok, pipeline);
  if (opts.signal?.aborted) throw new Interrupted(processed.length, processed.length, String(opts.signal.reason));
  if (opts.out) {
    await writeOutputs(opts.out, { docs, entities, briefs }, textReader(processed));
    // The corpus folder, which no other output names (for `parley report`).
    await writeRunManifest(opts.out, opts.corpus);
  }
  const reused = processed.filter((p) => p.reused).map((p) => p.file);
  return { docs, entities, briefs, messages, failed, reused };
}

export async function run(opts: RunOptions): Promise<RunResult> {
  const pipeline = loadPipeline(opts.pipeline ?? DEFAULT_PIPELINE, { noKnowledge: !!opts.noKnowledge });
  const { files, skipped } = await scanCorpus(opts.corpus, { recursive: !!opts.recursive });
  // One run per output folder, which says it is incomplete until every output is written.
  const taken = opts.out ? takeOutput(opts.out) : undefined;
  let complete = false;
  try {
    const processed = await processCorpus(files, pipeline, {
      root: opts.corpus,
      ...(opts.workers !== undefined ? { workers: opts.workers } : {}),
      ...(opts.out ? { out: opts.out } : {}),
      resume: !!opts.resume,
      ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
      ...(opts.signal ? { signal: opts.signal } : {}),
      ...(opts.maxArticleSize ? { maxArticleSize: opts.maxArticleSize } : {}),
    });
    const done = await finishRun(processed, pipeline, opts);
    if (taken?.wasIncomplete) done.messages.unshift({ reason: 'the previous run into this folder did not finish; this run completes it', origin: 'run:incomplete', file: opts.out!, fatal: false });
    complete = true;
    const result: RunResult = { ...done, skipped };
    if (opts.gold) Object.assign(result, await scoreAgainst(opts.gold, result.docs, result.entities, result.briefs));
    return result;
  } finally {
    taken?.release(complete);
  }
}
