/**
 * The work of `parley worker`'s jobs on the threads of its pool: a document job's is the
 * per-document job of a local run (src/process-file.ts), the corpus job's is src/queue/corpus-job.ts;
 * the pipeline is loaded once per thread. A worker lives longer than a run, so the pipeline is
 * loaded again when a run's fingerprint differs from the one in hand, and a pipeline that differs
 * from the submitter's (files not shared, or changed since the submission) fails the job saying so.
 */
import { loadPipeline, type Pipeline } from '../pipeline.js';
import { processFile, type FileAnswer, type FileTask } from '../process-file.js';
import { corpusTask } from './corpus-job.js';

export interface DocTask extends FileTask {
  pipelineFile: string;
  noKnowledge: boolean;
  /** The submitter's pipeline fingerprint. */
  fingerprint: string;
}

let cache: { key: string; pipeline: Pipeline } | undefined;

/** The run's pipeline, loaded once per thread (and again for a run of another pipeline). */
export function pipelineOf(file: string, noKnowledge: boolean, fingerprint: string): Pipeline {
  const key = `${file}\u0000${noKnowledge}\u0000${fingerprint}`;
  if (cache?.key !== key) {
    const pipeline = loadPipeline(file, { noKnowledge });
    if (pipeline.fingerprint !== fingerprint) throw new Error(`${file}: this worker's pipeline differs from the one the run was submitted with (are pipeline/ and its files shared, and unchanged since?)`);
    cache = { key, pipeline };
  }
  return cache.pipeline;
}

/** The corpus job of the run whose folder is `corpusDir`. */
export interface CorpusTask {
  corpusDir: string;
}

export default async function task(t: DocTask | CorpusTask): Promise<FileAnswer | null> {
  if ('corpusDir' in t) return corpusTask(t.corpusDir);
  return processFile(t, pipelineOf(t.pipelineFile, t.noKnowledge, t.fingerprint));
}
