import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/run.js';
import { parseBrat } from '../../src/io/brat.js';
import { tempDir } from '../helpers.js';
import { writeFiles } from './helpers.js';

describe('the text beside every .ann', () => {
  it('writes OUT/ann/NAME.txt, the exact text the offsets count, for CRLF, BOM and emoji articles', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'crlf.txt': 'Delegates from Norway arrived in Geneva.\r\nOn 12 May 2026 the mediator Ines Duarte opened the talks.\r\n\r\nThey expect 30 observers.\r\n',
      'bom.txt': '\uFEFFThe foreign minister of Chile, Rosa Ibarra, flew to Madrid on 3 June 2026.\nTwelve experts joined her.\n',
      'emoji.txt': 'Crowds 🎉🎉 cheered in Nairobi 🇰🇪 as Samuel Otieno spoke on 9 July 2026 to 200 people.\r\n',
    });
    const out = tempDir();
    const res = await run({ corpus: dir, out, workers: 1 });
    expect(res.failed).toEqual([]);
    for (const name of ['crlf', 'bom', 'emoji']) {
      const text = readFileSync(join(out, 'ann', `${name}.txt`), 'utf8');
      expect(text).not.toMatch(/\r|\uFEFF/);
      expect(text).toBe(readFileSync(join(dir, `${name}.txt`), 'utf8').replace(/^\uFEFF/, '').replace(/\r\n/g, '\n'));
      const ann = readFileSync(join(out, 'ann', `${name}.ann`), 'utf8');
      // Every span, read back by code points from the pair alone, covers its own text.
      const back = parseBrat(`${name}.ann`, ann, text);
      expect(back.errors, name).toEqual([]);
      const cps = [...text];
      const tLines = ann.split('\n').filter((l) => l.startsWith('T'));
      expect(tLines.length, name).toBeGreaterThanOrEqual(3);
      for (const l of tLines) {
        const [, typeSpan, covered] = l.split('\t');
        const [, start, end] = typeSpan!.split(' ');
        expect(cps.slice(Number(start), Number(end)).join(''), `${name}: ${l}`).toBe(covered);
      }
    }
    // The spans past the CRLF and the emoji really moved: the pair is what makes them right.
    const crlfAnn = readFileSync(join(out, 'ann', 'crlf.ann'), 'utf8');
    expect(crlfAnn).toMatch(/\tDate \d+ \d+\t12 May 2026/);
    expect(readFileSync(join(out, 'ann', 'emoji.ann'), 'utf8')).toMatch(/\tPerson \d+ \d+\tSamuel Otieno/);
  });
});
