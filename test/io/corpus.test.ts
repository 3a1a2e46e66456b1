import { describe, expect, it } from 'vitest';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText, listArticles, parseMeta, readDocument } from '../../src/io/corpus.js';
import { InputError } from '../../src/io/errors.js';
import { tempDir } from '../helpers.js';

const enc = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('strips a BOM and normalizes CRLF and CR line ends', () => {
    expect(decodeText('a.txt', enc('\uFEFFone\r\ntwo\rthree\n'))).toBe('one\ntwo\nthree\n');
  });

  it('rejects a binary file, naming file and line', () => {
    const buf = new Uint8Array([0x61, 0x0a, 0x62, 0x00, 0x63]);
    expect(() => decodeText('bin.txt', buf)).toThrow(/bin\.txt:2: binary file/);
  });

  it('rejects non-UTF-8 bytes, naming file and line', () => {
    const buf = new Uint8Array([...enc('first line\nsecond '), 0xe9, ...enc('t\n')]); // Latin-1 "é"
    expect(() => decodeText('latin1.txt', buf)).toThrow(/latin1\.txt:2: not valid UTF-8/);
  });

  it('rejects an empty article', () => {
    expect(() => decodeText('empty.txt', enc('  \n'))).toThrow(InputError);
  });
});

describe('sidecars', () => {
  it('accepts the optional fields', () => {
    expect(parseMeta('a.meta.json', '{"title":"T","published":"2026-02-05"}')).toEqual({ title: 'T', published: '2026-02-05' });
  });

  it('names the line of a JSON syntax error', () => {
    expect(() => parseMeta('a.meta.json', '{\n  "title": "T",\n  oops\n}')).toThrow(/a\.meta\.json:3: invalid JSON/);
  });

  it('names the field of an invalid value', () => {
    expect(() => parseMeta('a.meta.json', '{"published":"5 Feb 2026"}')).toThrow(/published: an ISO date/);
    expect(() => parseMeta('a.meta.json', '{"title":3}')).toThrow(/invalid sidecar: title/);
  });
});

describe('corpus folders', () => {
  it('reports a missing folder and a folder without articles', async () => {
    const dir = tempDir();
    await expect(listArticles(join(dir, 'nope'))).rejects.toThrow(/corpus folder not found/);
    await expect(listArticles(dir)).rejects.toThrow(/no articles/);
  });

  it('reads an article with its sidecar', async () => {
    const dir = tempDir();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'x.txt'), 'Talks in Geneva.\r\n');
    writeFileSync(join(dir, 'x.meta.json'), '{"published":"2025-06-01"}');
    const doc = readDocument(join(dir, 'x.txt'));
    expect(doc).toMatchObject({ id: 'x', text: 'Talks in Geneva.\n', meta: { published: '2025-06-01' } });
  });
});
