/**
 * The output folder of a run: made (or checked writable) before any work, so that a folder that
 * cannot be written is said so at once and in those words.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
