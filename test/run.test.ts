import { describe, expect, it } from 'vitest';
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { run } from '../src/run.js';
import { BriefsFile, EntitiesFile } from '../src/model/schema.js';
import { parseBrat } from '../src/io/brat.js';
import { tempDir } from './helpers.js';

const CORPUS = resolve(__dirname, '..', 'corpus');

describe('run on the bundled corpus', () => {
  it('keeps text.slice(start, end) === mention.text for every mention of every document', async () => {
    const res = await run({ corpus: CORPUS });
    expect(res.failed).toEqual([]);
    expect(res.docs.length).toBe(5);
    for (const d of res.docs) {
      const text = readFileSync(join(CORPUS, `${d.id}.txt`), 'utf8');
      for (const m of d.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('writes .ann files, entities.json and briefs.json that validate', async () => {
    const out = tempDir();
    const res = await run({ corpus: CORPUS, out });
    expect(readdirSync(join(out, 'ann')).filter((f) => f.endsWith('.ann')).sort()).toEqual(readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).map((f) => f.replace('.txt', '.ann')).sort());
    EntitiesFile.parse(JSON.parse(readFileSync(join(out, 'entities.json'), 'utf8')));
    const briefs = BriefsFile.parse(JSON.parse(readFileSync(join(out, 'briefs.json'), 'utf8')));
    expect(briefs.briefs.length).toBe(res.briefs.length);
    for (const b of res.briefs) expect(readFileSync(join(out, 'briefs', `${b.id}.md`), 'utf8')).toMatch(/^# Round/);
    // Every .ann file reads back against its text without error (code points, N lines, notes).
    for (const f of readdirSync(join(out, 'ann')).filter((f) => f.endsWith('.ann'))) {
      const text = readFileSync(join(CORPUS, f.replace('.ann', '.txt')), 'utf8');
      expect(parseBrat(f, readFileSync(join(out, 'ann', f), 'utf8'), text).errors).toEqual([]);
    }
  });

  it('round-trips an article with an emoji through brat exactly', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'emoji.txt'), 'By 😀 Ana 🎉: President Lena Okafor met envoys in Geneva on March 3, 2025, and 40 observers.');
    const out = tempDir();
    const res = await run({ corpus: dir, out });
    const text = readFileSync(join(dir, 'emoji.txt'), 'utf8');
    const back = parseBrat('emoji.ann', readFileSync(join(out, 'ann', 'emoji.ann'), 'utf8'), text);
    expect(back.errors).toEqual([]);
    expect(back.mentions.map((m) => m.text)).toEqual(res.docs[0]!.mentions.map((m) => m.text));
    expect(back.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['Lena Okafor', 'Geneva', 'March 3, 2025', '40']));
  });

  it('reports a broken article and still processes the others', async () => {
    const dir = tempDir();
    copyFileSync(join(CORPUS, '003_aa9cc09ceeb8f67b.txt'), join(dir, 'good.txt'));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x4b, 0x79, 0x69, 0x76, 0x0a, 0xe9, 0x0a]));
    writeFileSync(join(dir, 'bin.txt'), Buffer.from([0x00, 0x01, 0x02]));
    writeFileSync(join(dir, 'crlf.txt'), '\uFEFFTalks in Geneva ended on Monday.\r\nAnother line.\r\n');
    writeFileSync(join(dir, 'crlf.meta.json'), '{"published":"2025-06-18"}');
    writeFileSync(join(dir, 'badmeta.txt'), 'Talks in Oslo.');
    writeFileSync(join(dir, 'badmeta.meta.json'), '{"published": 5}');
    const out = tempDir();
    const res = await run({ corpus: dir, out });
    expect(res.failed.map((f) => f.replace(dir + '/', '')).sort()).toEqual(['badmeta.txt', 'bin.txt', 'latin1.txt']);
    const reasons = res.messages.filter((m) => m.fatal).map((m) => `${m.file}:${m.line ?? ''} ${m.reason}`);
    expect(reasons).toContainEqual(expect.stringMatching(/latin1\.txt:2 .*not valid UTF-8/));
    expect(reasons).toContainEqual(expect.stringMatching(/bin\.txt:1 .*binary/));
    expect(reasons).toContainEqual(expect.stringMatching(/badmeta\.meta\.json.*published/));
    expect(readdirSync(join(out, 'ann')).sort()).toEqual(['crlf.ann', 'crlf.txt', 'good.ann', 'good.txt']);
    const crlf = res.docs.find((d) => d.id === 'crlf')!;
    expect(crlf.mentions.find((m) => m.text === 'Monday')!.value).toBe('2025-06-16');
  });
});
