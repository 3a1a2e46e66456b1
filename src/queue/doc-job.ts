/**
 * The document job of a queued run, on `parley worker`'s main thread: it hands the article to the
 * worker's thread pool (src/queue/doc-task.ts: the local run's per-document job), then writes a
 * small answer file beside the run. The result itself is kept where a local run keeps it
 * (OUT/.parley/docs), written whole; a repeated delivery of a job whose answer is there does
 * nothing, so a retried job or a resubmitted run never redoes a finished article.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Job } from 'bullmq';
import type Tinypool from 'tinypool';
import type { FileAnswer } from '../process-file.js';
import { writeFileAtomicSync } from '../io/atomic.js';
import type { DocTask } from './doc-task.js';
import { answerFile, runFile, testFault, VERSION, type Answer, type DocJobData, type RunInfo } from './common.js';

const runs = new Map<string, RunInfo>();
/** A run's settings (its run.json), read once per run. */
export function runInfo(dir: string): RunInfo {
  let info = runs.get(dir);
  if (!info) runs.set(dir, (info = JSON.parse(readFileSync(runFile(dir), 'utf8')) as RunInfo));
  return info;
}

function finished(file: string): boolean {
  if (!existsSync(file)) return false;
  try {
    return !(JSON.parse(readFileSync(file, 'utf8')) as Answer).error;
  } catch {
    return false;
  }
}

export async function docJob(job: Job<DocJobData>, pool: Tinypool): Promise<null> {
  const d = job.data;
  if (d.version !== VERSION) throw new Error(`this worker runs parley ${VERSION}; the run was submitted by parley ${d.version}`);
  const file = answerFile(d.dir, d.id);
  if (finished(file)) return null;
  const info = runInfo(d.dir);
  try {
    testFault(d.path, job.attemptsMade);
    const task: DocTask = {
      path: d.path,
      id: d.id,
      out: info.out,
      resume: info.resume,
      timings: false,
      ...(info.maxArticleSize ? { maxArticleSize: info.maxArticleSize } : {}),
      pipelineFile: info.pipelineFile,
      noKnowledge: info.noKnowledge,
      fingerprint: info.fingerprint,
    };
    const a = (await pool.run(task)) as FileAnswer;
    // processFile keeps a result that has no fatal message.
    const kept = !!a.result && !a.result.messages.some((m) => m.fatal);
    const answer: Answer = { file: a.file, messages: a.messages, reused: a.reused, kept, ...(a.result && !kept ? { result: a.result } : {}) };
    writeFileAtomicSync(file, JSON.stringify(answer));
  } catch (err) {
    const attempts = job.attemptsMade + 1;
    // The last attempt says why in the run's folder, for the corpus job's report.
    if (attempts >= (job.opts.attempts ?? 1)) {
      const answer: Answer = { file: d.path, messages: [], reused: false, kept: false, error: String((err as Error)?.message ?? err), attempts };
      writeFileAtomicSync(file, JSON.stringify(answer));
    }
    throw err;
  }
  return null;
}
