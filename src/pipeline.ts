/**
 * The pipeline as data: `pipeline/pipeline.json` names the stages, their order and options,
 * and where the knowledge lives. This module validates it (unknown stages, a stage whose
 * prerequisite layer no earlier stage assigns), and runs the per-document stages on one
 * document: a pure function of the document, the configuration and the knowledge, so that it
 * can run in any worker, on any machine, with the same result.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { type Doc, type DocResult, type Layer, type Message } from './model/schema.js';
import type { Document } from './io/corpus.js';
import { InputError } from './io/errors.js';
import { OffsetMap } from './io/offsets.js';
import { loadKnowledge, type Knowledge } from './knowledge/knowledge.js';
import type { DocStage } from './stages/stage.js';
import { tokenizeStage } from './stages/tokenize.js';
import { namesStage } from './stages/names.js';
import { datesStage } from './stages/dates.js';
import { quantitiesStage } from './stages/quantities.js';
import { cuesStage } from './stages/cues.js';
import { FACT_STEP_NAMES, factsStage } from './stages/facts.js';

export const DOC_STAGES: Record<string, DocStage> = {
  tokenize: tokenizeStage,
  names: namesStage,
  dates: datesStage,
  quantities: quantitiesStage,
  cues: cuesStage,
  facts: factsStage,
};
export const CORPUS_STAGES = ['link', 'rounds', 'briefs'] as const;

const StageRef = z.object({ name: z.string(), options: z.record(z.string(), z.unknown()).optional() });
export const PipelineConfig = z.object({
  $comment: z.string().optional(),
  documentStages: z.array(StageRef).min(1),
  corpusStages: z.array(StageRef),
  knowledge: z.object({ lexicons: z.string(), entities: z.string() }),
});
export type PipelineConfig = z.infer<typeof PipelineConfig>;

/** The bundled pipeline folder (beside src/ or dist/). */
export const DEFAULT_PIPELINE = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'pipeline', 'pipeline.json');

export interface Pipeline {
  file: string;
  config: PipelineConfig;
  knowledge: Knowledge;
  noKnowledge: boolean;
  /** The raw configuration text and knowledge choice: what a resumed run compares. */
  fingerprint: string;
}

export function loadPipeline(file = DEFAULT_PIPELINE, opts: { noKnowledge?: boolean } = {}): Pipeline {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch {
    throw new InputError(file, 'pipeline file not found');
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    throw new InputError(file, `invalid JSON: ${(err as Error).message}`);
  }
  const parsed = PipelineConfig.safeParse(json);
  if (!parsed.success) throw new InputError(file, `invalid pipeline: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const config = parsed.data;
  checkOrder(file, config);
  for (const ref of [...config.documentStages, ...config.corpusStages]) checkOptions(file, raw, ref);
  const dir = dirname(file);
  const knowledge = loadKnowledge({ pipelineDir: dir, lexiconsDir: config.knowledge.lexicons, entitiesFile: config.knowledge.entities, noKnowledge: !!opts.noKnowledge });
  // The resume fingerprint: every file the pipeline reads (pipeline.json, every lexicon, the knowledge base), so that an
  // edit to any rule or lexicon redoes the documents it could change.
  const read = new Set([...filesUnder(dir), ...filesUnder(resolve(dir, config.knowledge.lexicons))]);
  if (opts.noKnowledge) read.delete(resolve(dir, config.knowledge.entities));
  else read.add(resolve(dir, config.knowledge.entities));
  const hash = createHash('sha256').update(raw);
  for (const f of [...read].sort()) hash.update('\u0000' + relative(dir, f) + '\u0000').update(readFileSync(f));
  return { file, config, knowledge, noKnowledge: !!opts.noKnowledge, fingerprint: JSON.stringify([hash.digest('hex'), !!opts.noKnowledge]) };
}

/** Every file under a folder (none when it does not exist), as absolute paths. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => resolve(e.parentPath, e.name));
}

/** The options each stage takes, with their types: an unknown option or a value of the wrong type is refused before a run. */
const days = z.number().int().nonnegative();
export const STAGE_OPTIONS: Record<string, z.ZodType> = {
  tokenize: z.strictObject({}),
  names: z.strictObject({}),
  dates: z.strictObject({ aheadDays: days.optional() }),
  quantities: z.strictObject({}),
  cues: z.strictObject({ recentDays: days.optional(), earlierDays: days.optional() }),
  facts: z.strictObject({ recentDays: days.optional(), nearDays: days.optional(), steps: z.array(z.enum(FACT_STEP_NAMES as [string, ...string[]])).min(1).optional() }),
  link: z.strictObject({ jaroWinkler: z.number().min(0).max(1).optional(), transliterationJaroWinkler: z.number().min(0).max(1).optional(), transliterationLength: z.number().int().positive().optional() }),
  rounds: z.strictObject({ recentDays: days.optional(), nearDays: days.optional() }),
  briefs: z.strictObject({ maxSpanDays: days.optional() }),
};

function checkOptions(file: string, raw: string, ref: { name: string; options?: Record<string, unknown> | undefined }): void {
  const schema = STAGE_OPTIONS[ref.name];
  if (!schema) return;
  const parsed = schema.safeParse(ref.options ?? {});
  if (parsed.success) return;
  const issue = parsed.error.issues[0]!;
  const key = String(issue.path[0] ?? (issue as { keys?: string[] }).keys?.[0] ?? '');
  // The line of the stage's entry (its option, where it is on a line of its own).
  const lines = raw.split('\n');
  const stageLine = lines.findIndex((l) => new RegExp(`"name"\\s*:\\s*"${ref.name}"`).test(l));
  const keyLine = key ? lines.findIndex((l, i) => i >= stageLine && l.includes(`"${key}"`)) : -1;
  const line = keyLine >= 0 ? keyLine + 1 : stageLine >= 0 ? stageLine + 1 : undefined;
  const what = issue.code === 'unrecognized_keys' ? `unknown option '${key}'` : `option '${key}': ${issue.message}`;
  throw new InputError(file, `stage '${ref.name}' ${what}`, line);
}

/** Rejects unknown stages and stages whose prerequisites no earlier stage assigns (as spaCy's analyze_pipes). */
function checkOrder(file: string, config: PipelineConfig): void {
  const have = new Set<Layer>();
  for (const ref of config.documentStages) {
    const stage = DOC_STAGES[ref.name];
    if (!stage) throw new InputError(file, `unknown document stage '${ref.name}' (known: ${Object.keys(DOC_STAGES).join(', ')})`);
    const missing = stage.requires.filter((l) => !have.has(l));
    if (missing.length) throw new InputError(file, `stage '${ref.name}' needs ${missing.join(', ')}, which no earlier stage assigns`);
    stage.assigns.forEach((l) => have.add(l));
  }
  for (const ref of config.corpusStages) {
    if (!(CORPUS_STAGES as readonly string[]).includes(ref.name)) throw new InputError(file, `unknown corpus stage '${ref.name}' (known: ${CORPUS_STAGES.join(', ')})`);
  }
}

export const newDoc = (d: Document): Doc => ({ id: d.id, text: d.text, meta: d.meta, sentences: [], tokens: [], mentions: [], cues: [], facts: [], messages: [] });

/**
 * Runs the document stages on one document. A stage that throws becomes a fatal message on it.
 * With `timings`, adds each stage's milliseconds to it (for the benchmark).
 */
export function processDocument(d: Document, pipeline: Pipeline, timings?: Record<string, number>): { doc: Doc; result: DocResult; ok: boolean } {
  const file = d.path;
  let doc = newDoc(d);
  const messages: Message[] = [];
  let ok = true;
  for (const ref of pipeline.config.documentStages) {
    const stage = DOC_STAGES[ref.name]!;
    const t0 = timings ? performance.now() : 0;
    try {
      doc = stage.run(doc, ref.options ?? {}, { knowledge: pipeline.knowledge });
      if (timings) timings[stage.name] = (timings[stage.name] ?? 0) + performance.now() - t0;
    } catch (err) {
      messages.push({ reason: `stage ${stage.name} failed: ${(err as Error).message}`, origin: `${stage.name}:error`, file, fatal: true });
      ok = false;
      break;
    }
  }
  for (const m of doc.mentions) {
    if (doc.text.slice(m.start, m.end) !== m.text) {
      messages.push({ reason: `mention text '${m.text}' differs from the text at ${m.start}-${m.end}`, origin: `${m.rule ?? 'mention'}:offset`, file, start: m.start, end: m.end, fatal: true });
      ok = false;
    }
  }
  // A stage's message about a place in the text names the article and the line (stages know neither the path nor lines).
  const lineOf = (pos: number) => doc.text.slice(0, pos).split('\n').length;
  const placed = doc.messages.map((m) => (m.file || m.start === undefined ? m : { ...m, file, line: lineOf(m.start) }));
  doc = { ...doc, messages: [...placed, ...messages] };
  return { doc, result: toResult(doc), ok };
}

/** What the corpus stages need of a document: mentions, cues and facts (no tokens, no full text). */
export function toResult(doc: Doc): DocResult {
  return {
    id: doc.id,
    meta: doc.meta,
    ...(doc.anchor ? { anchor: doc.anchor } : {}),
    length: doc.text.length,
    astral: new OffsetMap(doc.text).astral,
    mentions: doc.mentions,
    cues: doc.cues,
    facts: doc.facts,
    messages: doc.messages,
  };
}
