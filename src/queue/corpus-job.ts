/**
 * The corpus job of a queued run, run by `parley worker` on a thread of its pool once every shard
 * (and so every document job) is finished: it reads each article's answer and kept result from disk in
 * the corpus's file order and ends as a local run ends (src/run.ts finishRun: link, rounds, briefs,
 * every output written whole), then leaves the run's summary for the submitter.
 */
import { readFileSync } from 'node:fs';
import type { DocResult, Message } from '../model/schema.js';
import { writeFileAtomicSync } from '../io/atomic.js';
import { cacheFile } from '../process-file.js';
import { pipelineOf } from './doc-task.js';
import { finishRun, type Processed } from '../run.js';
import { answerFile, runFile, shardFile, summaryFile, type Answer, type RunInfo, type ShardEntry, type Summary } from './common.js';

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

function answerOf(dir: string, id: string): Answer | undefined {
  try {
    return readJson<Answer>(answerFile(dir, id));
  } catch {
    return undefined;
  }
}

export async function corpusTask(dir: string): Promise<null> {
  const info = readJson<RunInfo>(runFile(dir));
  const pipeline = pipelineOf(info.pipelineFile, info.noKnowledge, info.fingerprint);
  const processed: Processed[] = [];
  const missing: Summary['missing'] = [];
  const failedMessage = (file: string, reason: string): Message => ({ reason, origin: 'queue:failed', file, fatal: true });
  for (let s = 0; s < info.shards; s++) {
    for (const e of readJson<ShardEntry[]>(shardFile(dir, s))) {
      const a = answerOf(dir, e.id);
      if (!a) {
        missing.push({ file: e.path, id: e.id });
        processed.push({ file: e.path, messages: [failedMessage(e.path, 'no result: its job failed on the queue')], reused: false });
      } else if (a.error !== undefined) {
        processed.push({ file: e.path, messages: [failedMessage(e.path, `failed on the queue after ${a.attempts ?? '?'} attempt(s): ${a.error}`)], reused: false });
      } else {
        const result = (a.kept ? readJson<{ result: DocResult }>(cacheFile(info.out, e.id)).result : a.result) as DocResult | undefined;
        processed.push({ file: a.file, ...(result ? { result } : {}), messages: a.messages, reused: a.reused });
      }
    }
  }
  const res = await finishRun(processed, pipeline, { corpus: info.corpus, out: info.out });
  const summary: Summary = {
    runId: info.runId,
    docs: res.docs.length,
    mentions: res.docs.reduce((n, d) => n + d.mentions.length, 0),
    entities: res.entities.length,
    rounds: res.briefs.length,
    messages: res.messages,
    failed: res.failed,
    reused: res.reused.length,
    missing,
  };
  writeFileAtomicSync(summaryFile(dir), JSON.stringify(summary));
  return null;
}
