import { describe, expect, it } from 'vitest';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { run } from '../../src/run.js';
import { tempDir } from '../helpers.js';
import { writeFiles } from './helpers.js';

const ROOT = resolve(__dirname, '..', '..');

describe('resume that sees every change', () => {
  it('redoes the articles when a lexicon of the pipeline changes, and only then', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'a.txt': 'Delegates of the Varn Syndicate met officials in Lima on 2 April 2026.',
      'b.txt': 'The envoys met again in Quito on 9 April 2026.',
    });
    const copy = tempDir();
    cpSync(join(ROOT, 'pipeline'), copy, { recursive: true });
    const pipeline = join(copy, 'pipeline.json');
    const out = tempDir();
    const orgs = (r: Awaited<ReturnType<typeof run>>) => r.docs.flatMap((d) => d.mentions.filter((m) => m.type === 'Organization').map((m) => m.text));

    const first = await run({ corpus: dir, out, pipeline, workers: 1, resume: true });
    expect(orgs(first).join()).not.toMatch(/Syndicate/);
    const same = await run({ corpus: dir, out, pipeline, workers: 1, resume: true });
    expect(same.reused.length).toBe(2);

    // A new organisation cue word in the copy's lexicon: every article is redone, and the output shows it.
    const file = join(copy, 'lexicons', 'organizations.json');
    const lexicon = JSON.parse(readFileSync(file, 'utf8'));
    lexicon.cues.push('syndicate');
    writeFileSync(file, JSON.stringify(lexicon, null, 2));
    const edited = await run({ corpus: dir, out, pipeline, workers: 1, resume: true });
    expect(edited.reused).toEqual([]);
    expect(orgs(edited).join()).toMatch(/Varn Syndicate/);
    expect(readFileSync(join(out, 'ann', 'a.ann'), 'utf8')).toMatch(/\tOrganization \d+ \d+\t[^\n]*Varn Syndicate\n/);

    // A sidecar's change redoes its article alone.
    writeFiles(dir, { 'b.meta.json': '{"published":"2026-04-10"}' });
    const sidecar = await run({ corpus: dir, out, pipeline, workers: 1, resume: true });
    expect(sidecar.reused).toEqual([join(dir, 'a.txt')]);
  });
});
