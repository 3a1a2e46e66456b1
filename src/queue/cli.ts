/** The queue's commands: `parley worker`, and `parley run … --queue` (called by the run command). */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Interrupted } from '../run.js';
import { reportRunMessages, withStopSignals } from '../cli/progress.js';
import { startWorker } from './worker.js';
import { checkRedis } from './worker.js';
import { checkQueueUrl, MAX_WAITING_DOCS } from './common.js';
import { runQueued } from './submit.js';

type Values = Record<string, string | boolean | undefined>;
const warn = (s: string) => process.stderr.write(s + '\n');

/** The queue URL of `--queue`, checked: a usage error (thrown as `usage`) when it is not a redis:// URL. */
export function queueOption(v: string | boolean | undefined, usage: (msg: string) => Error): string {
  if (typeof v !== 'string') throw usage('--queue takes a URL such as redis://127.0.0.1:6379');
  try {
    return checkQueueUrl(v);
  } catch (err) {
    throw usage(`--queue: ${(err as Error).message}`);
  }
}

const duration = (s: number): string => (s >= 3600 ? `${Math.floor(s / 3600)}h ${Math.round((s % 3600) / 60)}m` : s >= 60 ? `${Math.floor(s / 60)}m ${Math.round(s % 60)}s` : `${Math.round(s)}s`);

/** Progress of a queued run on stderr: counts, rate and time left; a line that rewrites itself on a terminal, else a line every tenth of the run or every 10 s. */
export function queueProgress(stream: NodeJS.WriteStream = process.stderr): { update: (done: number, total: number, failed: number) => void; done: () => void } {
  const tty = !!stream.isTTY;
  const start = Date.now();
  let first: number | undefined;
  let lastStep = -1;
  let lastAt = 0;
  let shown = false;
  return {
    update(done, total, failed) {
      first ??= done;
      const secs = (Date.now() - start) / 1000;
      const rate = secs > 0 ? (done - first) / secs : 0;
      const left = rate > 0 ? ` about ${duration((total - done) / rate)} left` : '';
      const line = `parley: ${done}/${total} articles${failed ? ` (${failed} failed)` : ''}, ${rate.toFixed(1)}/s,${left || ' rate not known yet'}`;
      if (tty) {
        stream.write(`\r${line}\x1b[K`);
        shown = true;
        return;
      }
      const step = Math.floor(done / Math.max(1, Math.floor(total / 10)));
      if (done === total || step !== lastStep || Date.now() - lastAt > 10_000) {
        lastStep = step;
        lastAt = Date.now();
        stream.write(line + '\n');
      }
    },
    done() {
      if (tty && shown) stream.write('\n');
    },
  };
}

/** `parley run CORPUS --out OUT --queue URL`: exit 0, 1 (an article failed) or 130/143 (stopped waiting). */
export async function queuedRunCommand(values: Values, corpus: string, out: string, opts: { queue: string; pipeline?: string; maxArticleSize?: number; shardSize?: number }): Promise<number> {
  const quiet = !!values.quiet;
  const progress = quiet ? undefined : queueProgress();
  let res;
  try {
    res = await withStopSignals((signal) => runQueued({
      corpus,
      out,
      queue: opts.queue,
      ...(opts.pipeline ? { pipeline: opts.pipeline } : {}),
      ...(opts.maxArticleSize !== undefined ? { maxArticleSize: opts.maxArticleSize } : {}),
      ...(opts.shardSize !== undefined ? { shardSize: opts.shardSize } : {}),
      noKnowledge: !!values['no-knowledge'],
      recursive: !!values.recursive,
      resume: !!values.resume,
      ...(progress ? { onProgress: progress.update } : {}),
      signal,
    }));
  } catch (err) {
    if (!(err instanceof Interrupted)) throw err;
    progress?.done();
    warn(`parley: stopped waiting (${err.reason}) after ${err.done} of ${err.total} article(s); the run goes on on the workers, and ${out} is incomplete (${join(out, 'INCOMPLETE')}): run the same command again to wait for it (it is recognised, nothing is redone)`);
    return err.reason === 'SIGTERM' ? 143 : 130;
  }
  progress?.done();
  reportRunMessages(res, !!values.verbose);
  if (!quiet) {
    const s = res.summary;
    const warnings = res.messages.filter((x) => !x.fatal).length;
    const reused = s.reused ? ` (${s.reused} unchanged, reused)` : '';
    const skipped = res.skipped.length ? `; ${res.skipped.length} other file(s) of ${corpus} skipped${values.verbose ? '' : ' (--verbose lists them)'}` : '';
    warn(`parley: ${s.docs} article(s)${reused}, ${s.mentions} mentions, ${s.entities} entities, ${s.rounds} round(s) → ${out}${res.failed.length ? `; ${res.failed.length} failed` : ''}${warnings ? `; ${warnings} warning(s)` : ''}${skipped} (queued run ${res.runId}${res.attached ? ', already submitted' : ''})`);
  }
  return res.failed.length ? 1 : 0;
}

export const workerCommand = {
  name: 'worker',
  usage: '--queue redis://HOST:PORT [--concurrency N] [--lock-ms MS] [--max-waiting N]',
  summary: 'take the jobs of queued runs (parley run --queue) from Redis until stopped',
  description:
    'A long-running worker: per-document jobs on a pool of --concurrency worker threads, shard jobs and the corpus job\n' +
    '(link, rounds, briefs, writing the outputs). The corpus and output folders of every run must be readable and\n' +
    'writable here at the same paths as on the machine that submitted it. SIGINT or SIGTERM stops it cleanly: it takes\n' +
    'no new job and finishes those in hand; a second signal stops it at once (its jobs go back to the queue when their\n' +
    'locks expire).',
  options: {
    queue: { type: 'string' as const, arg: 'URL', help: 'the Redis server: redis://HOST:PORT (required)' },
    concurrency: { type: 'string' as const, arg: 'N', help: 'worker threads for the document jobs (default: the cores)' },
    'lock-ms': { type: 'string' as const, arg: 'MS', help: "a job's lock (default 30000): a killed worker's jobs are taken again within about this time" },
    'max-waiting': { type: 'string' as const, arg: 'N', help: 'add no shard of documents while N document jobs already wait in Redis (default 2000)' },
  },
  async run(values: Values, positionals: string[], usage: (msg: string) => Error): Promise<number> {
    if (positionals.length) throw usage(`unexpected argument '${positionals[0]}'`);
    const url = queueOption(values.queue, usage);
    const whole = (v: string | boolean | undefined, name: string, min: number, max: number, dflt: number): number => {
      if (v === undefined) return dflt;
      const n = typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
      if (!(n >= min && n <= max)) throw usage(`--${name} takes a whole number from ${min} to ${max}, not '${v}'`);
      return n;
    };
    const concurrency = whole(values.concurrency, 'concurrency', 1, 4 * availableParallelism(), availableParallelism());
    const lockMs = whole(values['lock-ms'], 'lock-ms', 1000, 3_600_000, 30_000);
    const maxWaiting = whole(values['max-waiting'], 'max-waiting', 1, 10_000_000, MAX_WAITING_DOCS);
    for (const w of await checkRedis(url)) warn(`parley worker: ${w}`);
    const worker = await startWorker({ url, concurrency, lockMs, maxWaiting, log: warn });
    warn(`parley worker: taking jobs from ${url} (${concurrency} thread(s) for document jobs, pid ${process.pid}); SIGINT or SIGTERM stops it`);
    await new Promise<void>((res) => {
      let stopping = false;
      const onSignal = (sig: NodeJS.Signals) => {
        if (stopping) {
          warn(`parley worker: ${sig} again: stopping at once; the jobs in hand go back to the queue when their locks expire`);
          void worker.close(true).finally(res);
          return;
        }
        stopping = true;
        warn(`parley worker: ${sig}: taking no new job, finishing the jobs in hand`);
        void worker.close().finally(res);
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
    });
    warn('parley worker: stopped');
    return 0;
  },
};
