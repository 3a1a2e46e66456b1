/**
 * Queued runs on a real Redis server (Debian's redis-server, started here on a free loopback port)
 * and two `parley worker` processes (the built CLI): the outputs must be byte for byte a local
 * run's, through a retried failure, a worker killed mid-run and a resubmission; a poison article is
 * reported naming its file while the others complete.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { run } from '../../src/run.js';
import { replicate } from '../../src/bench/replicate.js';
import { Queue } from 'bullmq';
import { startLocalRedis, type LocalRedis } from '../../src/queue/local-redis.js';
import { DOCS_QUEUE, connectionOf } from '../../src/queue/common.js';
import { tempDir } from '../helpers.js';
import { CLI, ROOT, parley } from '../batch/helpers.js';

/** The outputs a run is judged by: ann/, briefs/, entities.json, briefs.json (path → bytes). */
function outputs(dir: string): Map<string, string> {
  const acc = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, e.name);
      if (e.isDirectory()) walk(path);
      else acc.set(relative(dir, path), readFileSync(path, 'latin1'));
    }
  };
  for (const sub of ['ann', 'briefs']) walk(join(dir, sub));
  for (const f of ['entities.json', 'briefs.json']) acc.set(f, readFileSync(join(dir, f), 'latin1'));
  return acc;
}

function expectSame(actual: string, expected: string): void {
  const a = outputs(actual);
  const b = outputs(expected);
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  for (const [k, v] of b) expect(a.get(k) === v, `${k} differs from the local run's`).toBe(true);
}

interface Proc {
  p: ChildProcess;
  stderr: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves when stderr matches. */
  when: (re: RegExp) => Promise<void>;
}

function start(args: string[], env: Record<string, string> = {}): Proc {
  const p = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let err = '';
  const waiters: { re: RegExp; res: () => void }[] = [];
  p.stderr!.on('data', (b: Buffer) => {
    err += b.toString();
    for (const w of [...waiters]) if (w.re.test(err)) (waiters.splice(waiters.indexOf(w), 1), w.res());
  });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res) => p.on('exit', (code, signal) => res({ code, signal })));
  return {
    p,
    stderr: () => err,
    exit,
    when: (re) => (re.test(err) ? Promise.resolve() : new Promise((res) => waiters.push({ re, res }))),
  };
}

const ARTICLES = 30;
/** The workers add no shard while this many document jobs wait in Redis. */
const MAX_WAITING = 8;
let redis: LocalRedis;
let corpus: string;
let poisoned: string;
let local: string;
let failOnce: string;
const workers: Proc[] = [];

const startWorker = async (): Promise<Proc> => {
  const w = start(['worker', '--queue', redis.url, '--concurrency', '1', '--lock-ms', '3000', '--max-waiting', String(MAX_WAITING)], { PARLEY_TEST_FAIL_ONCE: failOnce, PARLEY_TEST_FAIL_ALWAYS: 'poison.txt' });
  workers.push(w);
  await Promise.race([w.when(/taking jobs from/), w.exit.then(() => Promise.reject(new Error(`worker exited at start:\n${w.stderr()}`)))]);
  return w;
};
const submit = (dir: string, out: string, ...more: string[]) => start(['run', dir, '--out', out, '--queue', redis.url, ...more]);

describe('queued runs (parley worker on BullMQ and Redis)', () => {
  beforeAll(async () => {
    redis = await startLocalRedis(tempDir());
    corpus = replicate(join(ROOT, 'corpus'), ARTICLES / 5, tempDir());
    // The article that fails on its first attempt: one in the middle of the listing.
    failOnce = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort()[7]!;
    poisoned = replicate(join(ROOT, 'corpus'), ARTICLES / 5, tempDir());
    copyFileSync(join(corpus, failOnce), join(poisoned, 'poison.txt'));
    local = tempDir();
    await run({ corpus, out: local, workers: 2 });
    await startWorker();
    await startWorker();
  }, 120_000);

  afterAll(async () => {
    for (const w of workers) if (w.p.exitCode === null && w.p.signalCode === null) w.p.kill('SIGTERM');
    await Promise.all(workers.map((w) => w.exit));
    await redis?.stop();
  }, 60_000);

  it('two workers write the bytes of a local run; an article failing on its first attempt is retried', async () => {
    const out = tempDir();
    const s = submit(corpus, out);
    const { code } = await s.exit;
    expect(code, s.stderr()).toBe(0);
    expectSame(out, local);
    expect(s.stderr()).toMatch(new RegExp(`parley: ${ARTICLES}/${ARTICLES} articles, [\\d.]+/s`));
    expect(s.stderr()).toMatch(new RegExp(`parley: ${ARTICLES} article\\(s\\), \\d+ mentions`));
    const logs = workers.map((w) => w.stderr()).join('');
    expect(logs).toContain(`${join(corpus, failOnce)}: attempt 1 of 3 failed, will be retried`);
    expect(logs).not.toContain('attempt 2 of 3');

    // Submitted again: recognised by its id, no article is redone (the kept results are not rewritten).
    const kept = join(out, '.parley', 'docs');
    const before = new Map(readdirSync(kept).map((f) => [f, statSync(join(kept, f)).mtimeMs]));
    const again = submit(corpus, out);
    expect((await again.exit).code, again.stderr()).toBe(0);
    expectSame(out, local);
    for (const [f, t] of before) expect(statSync(join(kept, f)).mtimeMs).toBe(t);
    expect(again.stderr()).toMatch(/queued run [0-9a-f]{20}/);
    expect(/queued run ([0-9a-f]{20})/.exec(again.stderr())![1]).toBe(/queued run ([0-9a-f]{20})/.exec(s.stderr())![1]);
  }, 180_000);

  it('SIGKILL of one worker in the middle of the run loses nothing: the output is still identical', async () => {
    const out = tempDir();
    const s = submit(corpus, out);
    // Once a fifth of the articles are done, one worker dies without a word.
    await s.when(/parley: ([6-9]|1\d)\/30 articles/);
    const victim = workers[0]!;
    victim.p.kill('SIGKILL');
    expect((await victim.exit).signal).toBe('SIGKILL');
    const { code } = await s.exit;
    expect(code, s.stderr()).toBe(0);
    expectSame(out, local);
    // The job it held was taken back by the other worker's stalled-job check.
    expect(workers[1]!.stderr()).toMatch(/stalled \(its worker stopped or lost its lock\): back in the queue/);
    await startWorker();
  }, 180_000);

  it('a poison article is reported naming its file and the run exits 1; the other articles complete', async () => {
    const out = tempDir();
    const s = submit(poisoned, out);
    const { code } = await s.exit;
    expect(code, s.stderr()).toBe(1);
    expect(s.stderr()).toContain(`${join(poisoned, 'poison.txt')}: failed on the queue after 3 attempt(s): test fault (PARLEY_TEST_FAIL_ALWAYS=poison.txt)`);
    expect(s.stderr()).toMatch(new RegExp(`parley: ${ARTICLES} article\\(s\\), .*; 1 failed`));
    // Without the poison article, the run is the local run of the others.
    expectSame(out, local);
  }, 180_000);

  it('a run in shards of 3, its workers adding none while 8 document jobs wait: the same bytes, and a bounded number of jobs in Redis', async () => {
    const out = tempDir();
    const docs = new Queue(DOCS_QUEUE, { connection: connectionOf(redis.url) });
    let most = 0;
    let polling = true;
    const poll = (async () => {
      while (polling) {
        most = Math.max(most, await docs.count());
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const s = submit(corpus, out, '--shard-size', '3');
    const { code } = await s.exit;
    polling = false;
    await poll;
    await docs.close();
    expect(code, s.stderr()).toBe(0);
    expectSame(out, local);
    const runId = /queued run ([0-9a-f]{20})/.exec(s.stderr())![1]!;
    expect(readdirSync(join(out, '.parley', 'queue', runId, 'shards'))).toHaveLength(ARTICLES / 3);
    // Every shard job in hand (two per worker) may add its 3 after the check: at most 8 + 4 × 3 of the 30 wait at once.
    expect(most).toBeGreaterThan(0);
    expect(most).toBeLessThanOrEqual(MAX_WAITING + 4 * 3);
  }, 180_000);

  it('workers stop cleanly on SIGTERM; a submitter stopped by SIGINT leaves the run queued, and the same command again waits for it', async () => {
    for (const w of workers.filter((x) => x.p.exitCode === null && x.p.signalCode === null)) {
      w.p.kill('SIGTERM');
      expect((await w.exit).code).toBe(0);
      expect(w.stderr()).toMatch(/SIGTERM: taking no new job, finishing the jobs in hand\n[^]*parley worker: stopped/);
    }
    // No worker: the run waits in Redis.
    const out = tempDir();
    const s = submit(corpus, out);
    await s.when(/parley: 0\/30 articles/);
    s.p.kill('SIGINT');
    expect((await s.exit).code).toBe(130);
    expect(s.stderr()).toMatch(/stopped waiting \(SIGINT\) after 0 of 30 article\(s\); the run goes on on the workers/);
    expect(existsSync(join(out, 'INCOMPLETE'))).toBe(true);
    const again = submit(corpus, out);
    await again.when(/parley: 0\/30 articles/);
    await startWorker();
    await startWorker();
    expect((await again.exit).code, again.stderr()).toBe(0);
    expect(again.stderr()).toContain(', already submitted)');
    expectSame(out, local);
    expect(existsSync(join(out, 'INCOMPLETE'))).toBe(false);
  }, 180_000);

  it('usage: --queue needs a redis:// URL and excludes local-only options; an unreachable server is named', () => {
    const bad = parley('run', corpus, '--out', tempDir(), '--queue', 'http://x');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("is not a redis:// URL");
    const gold = parley('run', corpus, '--out', tempDir(), '--queue', redis.url, '--gold', join(ROOT, 'gold'));
    expect(gold.status).toBe(2);
    expect(gold.stderr).toContain('--gold is not available with --queue');
    const worker = parley('worker');
    expect(worker.status).toBe(2);
    expect(worker.stderr).toContain('--queue takes a URL');
    const down = parley('run', corpus, '--out', tempDir(), '--queue', 'redis://127.0.0.1:1');
    expect(down.status).toBe(1);
    expect(down.stderr).toContain('cannot reach Redis at redis://127.0.0.1:1');
  });
});
