/**
 * A throw-away Redis server on a free loopback port, for the queue's tests and benchmark: Debian's
 * `redis-server`, without persistence, in a folder of its own, stopped by its pid.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';

export interface LocalRedis {
  url: string;
  pid: number;
  /** INFO memory's used_memory_peak, in bytes. */
  peakMemory(): Promise<number>;
  stop(): Promise<void>;
}

const freePort = (): Promise<number> =>
  new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => res(port));
    });
  });

/** Starts redis-server; fails with a clear message when it is not installed or does not answer. */
export async function startLocalRedis(dir: string): Promise<LocalRedis> {
  const which = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  if (which.status !== 0)
    throw new Error("redis-server not found: the queue's tests and benchmark need Debian's redis-server (apt-get install -y redis-server; .ci/run installs it when missing)");
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout!.on('data', (b: Buffer) => (log += b.toString()));
  child.stderr!.on('data', (b: Buffer) => (log += b.toString()));
  const exited = new Promise<void>((res) => child.once('exit', () => res()));
  const url = `redis://127.0.0.1:${port}`;
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => undefined);
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`redis-server exited at start (code ${child.exitCode}):\n${log}`);
    try {
      await client.connect();
      await client.ping();
      break;
    } catch {
      client.disconnect();
      if (i > 100) {
        child.kill('SIGKILL');
        throw new Error(`redis-server did not answer on ${url} within 10 s:\n${log}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    pid: child.pid!,
    async peakMemory() {
      const info = await client.info('memory');
      return Number(/used_memory_peak:(\d+)/.exec(info)?.[1] ?? NaN);
    },
    async stop() {
      client.disconnect();
      if (child.exitCode === null) {
        process.kill(child.pid!, 'SIGTERM');
        await exited;
      }
    },
  };
}
