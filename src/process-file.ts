/**
 * One article's whole per-document job: read it (and its sidecar), reuse its kept result when
 * asked and nothing changed, else run the document stages, and keep the result beside the
 * outputs. The job carries only a path and the pipeline's location, so it runs the same in this
 * thread, on a worker thread, or (later) on another machine. It is synchronous from start to end:
 * its reads and its one write are of a few kilobytes, and awaiting them only left the worker idle.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DocResult, type Message } from './model/schema.js';
import { readDocument, type Document } from './io/corpus.js';
import { InputError } from './io/errors.js';
import { writeFileAtomicSync } from './io/atomic.js';
import { processDocument, type Pipeline } from './pipeline.js';

/** Where each article's result is kept, under the output folder. */
export const CACHE = join('.parley', 'docs');
/** Parley's version (package.json's): a new version redoes every article on --resume. */
const VERSION = `parley-${(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version}`;

export interface FileTask {
  path: string;
  /** The document's id (default: the file's name without .txt). */
  id?: string;
  /** Output folder: the result is kept there as soon as it is done. */
  out?: string;
  /** Reuse the kept result when the text, sidecar and pipeline are unchanged. */
  resume: boolean;
  /** The largest article read, in bytes (default: MAX_ARTICLE_SIZE). */
  maxArticleSize?: number;
  /** Time each document stage. */
  timings: boolean;
}

export interface FileAnswer {
  file: string;
  result?: DocResult;
  messages: Message[];
  /** Whether the result came from a previous run. */
  reused: boolean;
  timings?: Record<string, number>;
}

/** What a document's result depends on: its text, its sidecar and the pipeline (configuration and knowledge). */
export const contentHash = (d: Document, pipeline: Pipeline): string =>
  createHash('sha256').update(VERSION).update('\u0000').update(pipeline.fingerprint).update('\u0000').update(JSON.stringify(d.meta)).update('\u0000').update(d.text).digest('hex');

/** Where a document's result is kept: a name of fixed length, whatever the length of the article's name or path. */
export const cacheFile = (out: string, id: string): string => join(out, CACHE, `${createHash('sha256').update(id).digest('hex').slice(0, 32)}.json`);

function readCached(out: string, d: Document, hash: string): DocResult | undefined {
  try {
    const cached = JSON.parse(readFileSync(cacheFile(out, d.id), 'utf8')) as { hash: string; result: unknown };
    if (cached.hash !== hash) return undefined;
    const parsed = DocResult.safeParse(cached.result);
    return parsed.success && parsed.data.id === d.id ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function processFile(task: FileTask, pipeline: Pipeline): FileAnswer {
  const file = task.path;
  let document: Document;
  try {
    document = readDocument(file, task.id, task.maxArticleSize);
  } catch (err) {
    const e = err instanceof InputError ? err : new InputError(file, String((err as Error).message ?? err));
    return { file, messages: [{ reason: e.reason, origin: 'read:error', file: e.file, ...(e.line ? { line: e.line } : {}), fatal: true }], reused: false };
  }
  // (needed only to keep the result, or to reuse a kept one: hashing the text and the pipeline costs as much as a light
  // stage)
  const hash = task.out ? contentHash(document, pipeline) : '';
  // The sidecar's warnings come from reading it, every time (not kept with the result).
  const read: Message[] = (document.warnings ?? []).map((w) => ({ reason: w.reason, origin: 'read:warning', file: w.file, ...(w.line ? { line: w.line } : {}), fatal: false }));
  if (task.resume && task.out) {
    const cached = readCached(task.out, document, hash);
    if (cached) return { file, result: cached, messages: [...read, ...cached.messages], reused: true };
  }
  const timings = task.timings ? {} : undefined;
  const { result } = processDocument(document, pipeline, timings);
  if (result.anchor?.source === 'none')
    result.messages.push({ reason: 'no publication date (sidecar "published") and no date in the text to anchor relative dates; they are left without a value (a bare weekday keeps only its weekday, XXXX-WXX-n)', origin: 'dates:anchor', file, fatal: false });
  if (task.out && !result.messages.some((m) => m.fatal)) writeFileAtomicSync(cacheFile(task.out, document.id), JSON.stringify({ hash, result }));
  return { file, result, messages: [...read, ...result.messages], reused: false, ...(timings ? { timings } : {}) };
}
