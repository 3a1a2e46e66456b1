import { describe, expect, it } from 'vitest';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listArticles } from '../src/io/corpus.js';
import { loadPipeline } from '../src/pipeline.js';
import { processCorpus, corpusStages, run } from '../src/run.js';
import { tempDir } from './helpers.js';

const CORPUS = resolve(__dirname, '..', 'corpus');

/** A corpus of the bundled articles twice, under distinct ids. */
function doubled(): string {
  const dir = tempDir();
  for (const f of readdirSync(CORPUS).filter((x) => x.endsWith('.txt'))) {
    copyFileSync(join(CORPUS, f), join(dir, `a_${f}`));
    copyFileSync(join(CORPUS, f), join(dir, `b_${f}`));
  }
  return dir;
}

describe('scale', () => {
  it('gives identical results for any worker count and any file order', async () => {
    const dir = doubled();
    const pipeline = loadPipeline();
    const files = await listArticles(dir);
    const one = corpusStages((await processCorpus(files, pipeline, { workers: 1 })).map((p) => p.result!), pipeline);
    const two = corpusStages((await processCorpus([...files].reverse(), pipeline, { workers: 2 })).map((p) => p.result!), pipeline);
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
    expect(one.docs.length).toBe(10);
  });

  it('resumes: an unchanged run does no per-document work, a changed article is redone', async () => {
    const dir = doubled();
    const out = tempDir();
    const first = await run({ corpus: dir, out, workers: 1 });
    expect(first.reused).toEqual([]);
    const before = readFileSync(join(out, 'entities.json'), 'utf8');
    const again = await run({ corpus: dir, out, workers: 1, resume: true });
    expect(again.reused.length).toBe(10);
    expect(readFileSync(join(out, 'entities.json'), 'utf8')).toBe(before);
    const changed = join(dir, 'a_003_aa9cc09ceeb8f67b.txt');
    writeFileSync(changed, readFileSync(changed, 'utf8') + '\nTalks in Oslo were announced.\n');
    const third = await run({ corpus: dir, out, workers: 1, resume: true });
    expect(third.reused.length).toBe(9);
    expect(third.reused).not.toContain(changed);
    // Without --knowledge the pipeline differs: nothing is reused.
    const bare = await run({ corpus: dir, out, workers: 1, resume: true, noKnowledge: true });
    expect(bare.reused).toEqual([]);
  });
});
