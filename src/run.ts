/**
 * The runner, and Parley's library API: `run()` does what `parley run` does.
 *
 * Per-file steps, a barrier, then whole-set steps (as unified-engine's file pipeline and
 * file-set pipeline): each article is read and put through the document stages on its own
 * (a broken one becomes a fatal message on that file, and the others carry on); then the
 * corpus stages run once on what the documents returned (link, rounds, briefs); then every
 * output is written whole or not at all.
 */
import { join } from 'node:path';
import pLimit from 'p-limit';
import type { Brief, DocResult, Entity, Message } from './model/schema.js';
import { listArticles, readDocument } from './io/corpus.js';
import { InputError } from './io/errors.js';
import { writeFileAtomic } from './io/atomic.js';
import { formatBrat } from './io/brat.js';
import { briefMarkdown } from './io/markdown.js';
import { readAnnFolder } from './io/annfolder.js';
import { loadPipeline, processDocument, DEFAULT_PIPELINE, type Pipeline } from './pipeline.js';
import { link, type DocMention } from './stages/link.js';
import { findRounds } from './stages/rounds.js';
import { buildBriefs } from './stages/briefs.js';
import { score, type Example, type Scores } from './score/mentions.js';
import { parseBrat } from './io/brat.js';
import { OffsetMap } from './io/offsets.js';

export interface RunOptions {
  /** Corpus folder of `NAME.txt` articles (and optional `NAME.meta.json` sidecars). */
  corpus: string;
  /** Output folder; nothing is written when absent. */
  out?: string;
  /** Gold folder: when given, the result carries the scores against it. */
  gold?: string;
  /** pipeline.json to use (default: the bundled one). */
  pipeline?: string;
  /** Run without the knowledge base's entries (lexicons and the country gazetteer stay). */
  noKnowledge?: boolean;
  /** How many files are read and processed at once. */
  concurrency?: number;
  /** Called after each document. */
  onProgress?: (done: number, total: number, file: string) => void;
}

export interface RunResult {
  docs: DocResult[];
  entities: Entity[];
  briefs: Brief[];
  /** Every message of the run; fatal ones mean something failed. */
  messages: Message[];
  /** Articles that could not be processed. */
  failed: string[];
  scores?: Scores;
}

/** Runs the per-document stages on every article of a folder. */
export async function processCorpus(files: string[], pipeline: Pipeline, opts: Pick<RunOptions, 'concurrency' | 'onProgress'> = {}) {
  const limit = pLimit(opts.concurrency ?? 4);
  let done = 0;
  const results = await Promise.all(
    files.map((file) =>
      limit(async (): Promise<{ file: string; result?: DocResult; messages: Message[] }> => {
        try {
          const document = await readDocument(file);
          const { result } = processDocument(document, pipeline);
          return { file, result, messages: result.messages };
        } catch (err) {
          const e = err instanceof InputError ? err : new InputError(file, String((err as Error).message ?? err));
          return { file, messages: [{ reason: e.message, origin: 'read:error', file: e.file, ...(e.line ? { line: e.line } : {}), fatal: true }] };
        } finally {
          opts.onProgress?.(++done, files.length, file);
        }
      }),
    ),
  );
  return results;
}

/** The corpus stages: link, rounds, briefs. Mentions get their entity ids. */
export function corpusStages(docs: DocResult[], pipeline: Pipeline): { docs: DocResult[]; entities: Entity[]; briefs: Brief[] } {
  const opts = (name: string) => pipeline.config.corpusStages.find((s) => s.name === name)?.options ?? {};
  const enabled = (name: string) => pipeline.config.corpusStages.some((s) => s.name === name);
  const sorted = [...docs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let entities: Entity[] = [];
  let linked = sorted;
  if (enabled('link')) {
    const all: DocMention[] = sorted.flatMap((d) => d.mentions.map((mention) => ({ doc: d.id, mention })));
    const res = link(all, pipeline.knowledge, opts('link') as { jaroWinkler?: number });
    entities = res.entities;
    let k = 0;
    linked = sorted.map((d) => ({
      ...d,
      mentions: d.mentions.map((m) => {
        const id = res.ids.get(all[k++]!);
        return id ? { ...m, entityId: id } : m;
      }),
    }));
  }
  let briefs: Brief[] = [];
  if (enabled('rounds')) {
    const rounds = findRounds(linked);
    if (enabled('briefs')) briefs = buildBriefs(rounds, linked, entities, pipeline.knowledge);
  }
  return { docs: linked, entities, briefs };
}

/** The brat text of a document's predictions. */
export function annOf(d: DocResult, entities: Map<string, Entity>): string {
  return formatBrat(new OffsetMap({ astral: d.astral, length: d.length }), d.mentions, (id) => entities.get(id)?.name);
}

/** Writes every output of a run, each file whole or not at all. */
export async function writeOutputs(out: string, res: Pick<RunResult, 'docs' | 'entities' | 'briefs'>): Promise<void> {
  const byId = new Map(res.entities.map((e) => [e.id, e]));
  for (const d of res.docs) await writeFileAtomic(join(out, 'ann', `${d.id}.ann`), annOf(d, byId));
  await writeFileAtomic(join(out, 'entities.json'), JSON.stringify({ entities: res.entities }, null, 2) + '\n');
  await writeFileAtomic(join(out, 'briefs.json'), JSON.stringify({ briefs: res.briefs }, null, 2) + '\n');
  for (const b of res.briefs) await writeFileAtomic(join(out, 'briefs', `${b.id}.md`), briefMarkdown(b) + '\n');
}

/** Scores a run's predictions against a gold folder. */
export async function scoreAgainst(gold: string, docs: DocResult[], entities: Entity[]): Promise<Scores> {
  const goldFiles = await readAnnFolder(gold);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const examples: Example[] = [];
  for (const d of docs) {
    const g = goldFiles.get(d.id);
    if (!g) continue;
    const pred = parseBrat(`${d.id}.ann`, annOf(d, byId)).mentions;
    examples.push({ doc: d.id, gold: g.mentions, pred });
  }
  return score(examples);
}

export async function run(opts: RunOptions): Promise<RunResult> {
  const pipeline = loadPipeline(opts.pipeline ?? DEFAULT_PIPELINE, { noKnowledge: !!opts.noKnowledge });
  const files = await listArticles(opts.corpus);
  const processed = await processCorpus(files, pipeline, opts);
  const ok = processed.filter((p) => p.result).map((p) => p.result!);
  const messages = processed.flatMap((p) => p.messages);
  const failed = processed.filter((p) => !p.result || p.messages.some((m) => m.fatal)).map((p) => p.file);
  const { docs, entities, briefs } = corpusStages(ok, pipeline);
  if (opts.out) await writeOutputs(opts.out, { docs, entities, briefs });
  const result: RunResult = { docs, entities, briefs, messages, failed };
  if (opts.gold) result.scores = await scoreAgainst(opts.gold, docs, entities);
  return result;
}
