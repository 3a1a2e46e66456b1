import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** How every temporary file of Parley's starts (a run removes those a killed run left). */
export const TMP_PREFIX = '.parley-tmp-';

/** Folders already made by this process. */
const made = new Set<string>();

/**
 * Writes a file whole or not at all: the content goes to a temporary file in the same folder,
 * which is then renamed over the target (rename is atomic on one file system).
 */
export function writeFileAtomicSync(path: string, content: string): void {
  // Each folder is made once per process (a batch writes thousands of files into a few folders).
  if (!made.has(dirname(path))) {
    mkdirSync(dirname(path), { recursive: true });
    made.add(dirname(path));
  }
  // A name of fixed length: it must not grow with the target's (a 251-character article name).
  const tmp = join(dirname(path), `${TMP_PREFIX}${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(tmp, content, 'utf8');
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/**
 * The same, for callers that await. The work is synchronous underneath: the files are small, and
 * a per-document job on a worker has nothing to do while it waits for them.
 */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  writeFileAtomicSync(path, content);
}
