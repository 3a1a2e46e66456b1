/**
 * A worker thread's task: one article's per-document job (src/process-file.ts). The pipeline is
 * loaded once per worker and kept while its configuration is the same. The worker reads the
 * article itself, so the main thread only hands out paths and gathers results.
 */
import { loadPipeline, type Pipeline } from './pipeline.js';
import { processFile, type FileAnswer, type FileTask } from './process-file.js';

export interface WorkerTask extends FileTask {
  pipelineFile: string;
  noKnowledge: boolean;
}

let cache: { key: string; pipeline: Pipeline } | undefined;

export default function processTask(task: WorkerTask): FileAnswer {
  const key = `${task.pipelineFile}\u0000${task.noKnowledge}`;
  if (cache?.key !== key) cache = { key, pipeline: loadPipeline(task.pipelineFile, { noKnowledge: task.noKnowledge }) };
  return processFile(task, cache.pipeline);
}
