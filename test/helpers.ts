/** Shared test helpers: a pipeline loaded once, and a document run through the document stages. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPipeline, processDocument, type Pipeline } from '../src/pipeline.js';
import type { Brief, Doc, Fact } from '../src/model/schema.js';

let pipeline: Pipeline | undefined;
let bare: Pipeline | undefined;
export const defaultPipeline = (): Pipeline => (pipeline ??= loadPipeline());
export const noKnowledgePipeline = (): Pipeline => (bare ??= loadPipeline(undefined, { noKnowledge: true }));

/** Runs the document stages on a text, as if it were an article `test.txt`. */
export function analyze(text: string, opts: { published?: string; noKnowledge?: boolean } = {}): Doc {
  const p = opts.noKnowledge ? noKnowledgePipeline() : defaultPipeline();
  return processDocument({ id: 'test', path: 'test.txt', text, meta: opts.published ? { published: opts.published } : {} }, p).doc;
}

/** The facts of a text read with the given facts steps only (pipeline.json's `steps`), in their order. */
const withSteps = new Map<string, Pipeline>();
export function factsWith(steps: string[], text: string, opts: { published?: string } = {}): Fact[] {
  const key = steps.join(' ');
  let p = withSteps.get(key);
  if (!p) {
    const base = defaultPipeline();
    const documentStages = base.config.documentStages.map((ref) => (ref.name === 'facts' ? { ...ref, options: { ...ref.options, steps } } : ref));
    withSteps.set(key, (p = { ...base, config: { ...base.config, documentStages } }));
  }
  return processDocument({ id: 'test', path: 'test.txt', text, meta: opts.published ? { published: opts.published } : {} }, p).doc.facts;
}

/** The mentions of a type, as `text` strings. */
export const texts = (doc: Doc, type: string): string[] => doc.mentions.filter((m) => m.type === type).map((m) => m.text);

export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'parley-test-'));

/** A brief with every slot empty, and the fields given. */
export const makeBrief = (over: Partial<Brief>): Brief => ({
  id: 'round-1',
  status: 'held',
  dates: { held: [], planned: [] },
  venue: { city: [], facility: [] },
  parties: [],
  mediators: [],
  delegations: [],
  topics: [],
  outcomes: [],
  quotes: [],
  next: [],
  docs: ['a'],
  ...over,
});
