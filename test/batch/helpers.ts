/** Helpers of the batch tests: the CLI as a child process, and small corpora written on the spot. */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..');
export const CLI = join(ROOT, 'dist', 'cli', 'main.js');

export const parley = (...args: string[]): SpawnSyncReturns<string> => spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });

/** The CLI started in the background (for signals and concurrent runs). */
export const parleyAsync = (...args: string[]) => spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });

/** Writes files (path relative to dir → content), making folders as needed. */
export function writeFiles(dir: string, files: Record<string, string | Buffer>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
}

/** Lines of a process's stderr. */
export const lines = (s: string): string[] => s.split('\n').filter((l) => l.trim() !== '');

/** The CLI in this process (fast: no start-up), its stdout and stderr captured. */
export async function parleyHere(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const { main } = await import('../../src/cli/cli.js');
  let stdout = '';
  let stderr = '';
  const out = process.stdout.write;
  const err = process.stderr.write;
  process.stdout.write = ((s: string | Uint8Array) => ((stdout += String(s)), true)) as typeof process.stdout.write;
  process.stderr.write = ((s: string | Uint8Array) => ((stderr += String(s)), true)) as typeof process.stderr.write;
  try {
    const status = await main(args);
    return { status, stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}
