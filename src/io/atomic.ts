import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, rename, writeFile, rm } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Writes a file whole or not at all: the content goes to a temporary file in the same folder,
 * which is then renamed over the target (rename is atomic on one file system).
 */
const made = new Set<string>();

const tempName = (path: string) => join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);

export async function writeFileAtomic(path: string, content: string): Promise<void> {
  // Each folder is made once per process (a batch writes thousands of files into a few folders).
  if (!made.has(dirname(path))) {
    await mkdir(dirname(path), { recursive: true });
    made.add(dirname(path));
  }
  const tmp = tempName(path);
  try {
    await writeFile(tmp, content, 'utf8');
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/** The same, synchronously: for a per-document job on a worker, where an awaited write only leaves the worker idle. */
export function writeFileAtomicSync(path: string, content: string): void {
  if (!made.has(dirname(path))) {
    mkdirSync(dirname(path), { recursive: true });
    made.add(dirname(path));
  }
  const tmp = tempName(path);
  try {
    writeFileSync(tmp, content, 'utf8');
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}
