/**
 * A worker thread's task: the document stages on one document. The pipeline is loaded once per
 * worker and kept while its configuration is the same. The task carries everything it needs
 * (the document and the pipeline's location), so it could as well run on another machine.
 */
import type { Document } from './io/corpus.js';
import { loadPipeline, processDocument, type Pipeline } from './pipeline.js';
import type { DocResult } from './model/schema.js';

export interface WorkerTask {
  document: Document;
  pipelineFile: string;
  noKnowledge: boolean;
  timings: boolean;
}

export interface WorkerAnswer {
  result: DocResult;
  timings?: Record<string, number>;
}

let cache: { key: string; pipeline: Pipeline } | undefined;

export default function processTask(task: WorkerTask): WorkerAnswer {
  const key = `${task.pipelineFile}\u0000${task.noKnowledge}`;
  if (cache?.key !== key) cache = { key, pipeline: loadPipeline(task.pipelineFile, { noKnowledge: task.noKnowledge }) };
  const timings = task.timings ? {} : undefined;
  const { result } = processDocument(task.document, cache.pipeline, timings);
  return { result, ...(timings ? { timings } : {}) };
}
