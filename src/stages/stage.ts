/**
 * What a stage is. A document stage is a pure function of one document (plus read-only
 * knowledge and its options); a corpus stage runs once over what the document stages
 * returned. Each declares the layers it reads and writes, so a pipeline whose order leaves
 * a prerequisite missing is rejected before the run (see src/pipeline.ts).
 */
import type { Doc, Layer } from '../model/schema.js';
import type { Knowledge } from '../knowledge/knowledge.js';

export interface StageContext {
  knowledge: Knowledge;
}

export interface DocStage {
  name: string;
  requires: Layer[];
  assigns: Layer[];
  run(doc: Doc, options: Record<string, unknown>, ctx: StageContext): Doc;
}
