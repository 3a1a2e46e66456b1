/**
 * The output folder of a run: made (or checked writable) before any work, so that a folder that
 * cannot be written is said so at once and in those words.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { InputError } from './errors.js';
import { TMP_PREFIX } from './atomic.js';

/** What a failed write into the output folder means, in words a user can act on. */
export function outputError(out: string, err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException).code;
  const why: Record<string, string> = {
    EROFS: 'cannot write the output folder: read-only file system',
    EACCES: 'cannot write the output folder: permission denied',
    EPERM: 'cannot write the output folder: operation not permitted',
    ENOSPC: 'cannot write the output folder: no space left on the device',
    EDQUOT: 'cannot write the output folder: disk quota exceeded',
    ENOTDIR: 'cannot make the output folder: a part of its path is a file',
  };
  return new InputError(out, why[code ?? ''] ?? `cannot write the output folder (${code ?? (err as Error).message})`);
}

/** Makes the output folder and checks that a file can be written in it; throws an InputError saying why not. */
export function prepareOutput(out: string): void {
  const probe = join(out, `${TMP_PREFIX}probe-${process.pid}.tmp`);
  try {
    mkdirSync(out, { recursive: true });
    writeFileSync(probe, '');
  } catch (err) {
    throw outputError(out, err);
  } finally {
    try {
      rmSync(probe, { force: true });
    } catch {
      // Nothing was written.
    }
  }
}

/** The lock of an output folder, while a run writes into it. */
export const LOCK = join('.parley', 'lock');
/** The marker of an output folder whose last run did not finish. */
export const INCOMPLETE = 'INCOMPLETE';

interface Holder {
  pid: number;
  host: string;
  started: string;
  command: string;
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Takes the output folder for this run: a lock naming this process (a second run into the folder
 * is refused, naming the holder; the lock of a run that was killed is taken over), then the
 * INCOMPLETE marker that stays until the run's outputs are all written. Leftover temporary files
 * of a killed run are removed. Returns whether the previous run had left the folder incomplete,
 * and the function that gives the folder back (`complete`: the outputs are whole, the marker goes).
 */
export function takeOutput(out: string, command = process.argv.slice(1).join(' ')): { wasIncomplete: boolean; release: (complete: boolean) => void } {
  prepareOutput(out);
  const lock = join(out, LOCK);
  const me: Holder = { pid: process.pid, host: hostname(), started: new Date().toISOString(), command };
  for (let attempt = 0; ; attempt++) {
    try {
      mkdirSync(join(out, '.parley'), { recursive: true });
      writeFileSync(lock, JSON.stringify(me) + '\n', { flag: 'wx' });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw outputError(out, err);
      let holder: Partial<Holder> = {};
      try {
        holder = JSON.parse(readFileSync(lock, 'utf8')) as Holder;
      } catch {
        // A lock being written, or torn by a crash: judged by its age below.
      }
      const stale = holder.pid !== undefined ? holder.host === me.host && !alive(holder.pid) : Date.now() - statSync(lock).mtimeMs > 10_000;
      if (!stale || attempt > 2)
        throw new InputError(out, `in use by another parley run (pid ${holder.pid ?? '?'} on ${holder.host ?? '?'}, started ${holder.started ?? '?'}: ${holder.command ?? '?'}); wait for it to end, or remove ${lock} if it no longer runs`);
      rmSync(lock, { force: true });
    }
  }
  const marker = join(out, INCOMPLETE);
  const wasIncomplete = existsSync(marker);
  // The temporary files a killed run left (never read, but they must not pile up).
  removeFilesUnder(out, (_path, name) => name.startsWith(TMP_PREFIX));
  writeFileSync(marker, `A parley run into this folder started at ${me.started} (pid ${me.pid} on ${me.host}) and has not finished:\nits outputs may be partial or from an earlier run. Run again (--resume reuses the articles it finished).\n`);
  return {
    wasIncomplete,
    release(complete) {
      if (complete) rmSync(marker, { force: true });
      rmSync(lock, { force: true });
    },
  };
}

/**
 * Removes every file under `dir` (none when it does not exist) for which `doomed` holds, and with
 * `emptyFolders` the folders left empty.
 */
export function removeFilesUnder(dir: string, doomed: (path: string, name: string) => boolean, emptyFolders = false): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const path = resolve(dir, e.name);
    if (e.isDirectory()) {
      removeFilesUnder(path, doomed, emptyFolders);
      if (emptyFolders && readdirSync(path).length === 0) rmdirSync(path);
    } else if (doomed(path, e.name)) rmSync(path, { force: true });
  }
}
