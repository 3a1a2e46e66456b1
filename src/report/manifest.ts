/**
 * The run manifest, `OUT/run.json`: what a run's other outputs do not say, so that a later
 * command (`parley report`) can find the articles the run read. The corpus folder is kept both
 * absolute and relative to the output folder, so a moved pair of folders still finds it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../io/atomic.js';
import { parseJson } from '../io/json.js';

export const RunManifest = z.object({
  /** The corpus folder, absolute. */
  corpus: z.string(),
  /** The same, relative to the output folder. */
  corpusFromOut: z.string(),
});
export type RunManifest = z.infer<typeof RunManifest>;

export const MANIFEST_FILE = 'run.json';

export async function writeRunManifest(out: string, corpus: string): Promise<void> {
  const m: RunManifest = { corpus: resolve(corpus), corpusFromOut: relative(resolve(out), resolve(corpus)) || '.' };
  await writeFileAtomic(join(out, MANIFEST_FILE), JSON.stringify(m, null, 2) + '\n');
}

/** The corpus folder of the run in `out`: the absolute path if it still exists, else the relative one; undefined without a manifest. */
export function corpusOfRun(out: string): string | undefined {
  const file = join(out, MANIFEST_FILE);
  if (!existsSync(file)) return undefined;
  const m = parseJson(file, readFileSync(file, 'utf8'), RunManifest, 'run manifest');
  if (existsSync(m.corpus)) return m.corpus;
  const rel = join(out, m.corpusFromOut);
  if (existsSync(rel)) return rel;
  throw new Error(`${file}: the run's corpus folder ${m.corpus} is gone (give --corpus CORPUS_DIR)`);
}
