import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPipeline, processDocument } from '../src/pipeline.js';
import { FACT_STEP_NAMES } from '../src/stages/facts.js';
import { tempDir, defaultPipeline } from './helpers.js';

const write = (config: unknown) => {
  const file = join(tempDir(), 'pipeline.json');
  writeFileSync(file, JSON.stringify(config));
  return file;
};
const knowledge = { lexicons: 'lexicons', entities: 'knowledge/entities.json' };

describe('pipeline configuration', () => {
  it('reports a stage whose prerequisite no earlier stage assigns, before the run', () => {
    const file = write({ documentStages: [{ name: 'names' }, { name: 'tokenize' }], corpusStages: [], knowledge });
    expect(() => loadPipeline(file)).toThrow(/stage 'names' needs tokens, sentences, which no earlier stage assigns/);
  });

  it('reports an unknown stage and an invalid file', () => {
    expect(() => loadPipeline(write({ documentStages: [{ name: 'tokenize' }, { name: 'sentiment' }], corpusStages: [], knowledge }))).toThrow(/unknown document stage 'sentiment'/);
    expect(() => loadPipeline(write({ documentStages: [], corpusStages: [] }))).toThrow(/invalid pipeline/);
  });

  it('turns a failing stage into a fatal message on that document only', () => {
    const p = defaultPipeline();
    // A knowledge base without lexicons makes the names stage throw.
    const bad = { ...p, knowledge: { ...p.knowledge, lexicons: undefined as never } };
    const r = processDocument({ id: 'y', path: 'y.txt', text: 'President Lena Okafor spoke.', meta: {} }, bad);
    expect(r.ok).toBe(false);
    expect(r.result.messages[0]).toMatchObject({ origin: 'names:error', file: 'y.txt', fatal: true });
    expect(processDocument({ id: 'z', path: 'z.txt', text: 'President Lena Okafor spoke.', meta: {} }, p).ok).toBe(true);
  });

  it('lists every facts step once in the bundled pipeline, and refuses an unknown one with its line', () => {
    const facts = defaultPipeline().config.documentStages.find((s) => s.name === 'facts')!;
    expect([...(facts.options!.steps as string[])].sort()).toEqual([...FACT_STEP_NAMES].sort());
    const stages = ['tokenize', 'names', 'dates', 'quantities', 'cues'].map((name) => ({ name }));
    const file = write({ documentStages: [...stages, { name: 'facts', options: { steps: ['session-dates', 'horoscope'] } }], corpusStages: [], knowledge });
    expect(() => loadPipeline(file)).toThrow(/stage 'facts' option 'steps'/);
  });
});
