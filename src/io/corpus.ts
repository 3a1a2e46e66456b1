/**
 * Reading a corpus folder: the articles (`NAME.txt`, UTF-8) and their optional sidecars
 * (`NAME.meta.json`). Every problem is an InputError naming the file, and the line where
 * there is one, so that one broken article never stops a batch.
 */
import { readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { DocMeta } from '../model/schema.js';
import { InputError } from './errors.js';

export interface Document {
  id: string;
  path: string;
  text: string;
  meta: DocMeta;
}

/** The article files of a folder, sorted by name. Throws InputError if the folder is missing or has none. */
export async function listArticles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    const s = await stat(dir);
    if (!s.isDirectory()) throw new InputError(dir, 'is not a folder');
    names = await readdir(dir);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(dir, 'corpus folder not found or not readable');
  }
  const articles = names.filter((n) => n.endsWith('.txt') && !n.startsWith('.')).sort();
  if (articles.length === 0) throw new InputError(dir, 'no articles (*.txt) in this folder');
  return articles.map((n) => join(dir, n));
}

export const docIdOf = (path: string): string => basename(path).replace(/\.txt$/, '');

/** Line number (1-based) of a byte offset in a buffer. */
function lineOfByte(buf: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < buf.length; i++) if (buf[i] === 0x0a) line++;
  return line;
}

/** Byte offset of the first invalid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i]!;
    let n = 0;
    if (b < 0x80) n = 0;
    else if (b >= 0xc2 && b <= 0xdf) n = 1;
    else if (b >= 0xe0 && b <= 0xef) n = 2;
    else if (b >= 0xf0 && b <= 0xf4) n = 3;
    else return i;
    for (let k = 1; k <= n; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += n + 1;
  }
  return -1;
}

/** Decodes an article's bytes: rejects binary and non-UTF-8 content, strips a BOM, normalizes CRLF/CR to LF. */
export function decodeText(file: string, buf: Uint8Array): string {
  const nul = buf.indexOf(0);
  if (nul >= 0) throw new InputError(file, 'binary file (contains a NUL byte), not a text article', lineOfByte(buf, nul));
  const bad = firstInvalidUtf8(buf);
  if (bad >= 0) throw new InputError(file, `not valid UTF-8 (byte 0x${buf[bad]!.toString(16)} at byte ${bad})`, lineOfByte(buf, bad));
  let text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new InputError(file, 'empty article');
  return text;
}

/** Parses and validates a sidecar's JSON text. */
export function parseMeta(file: string, json: string): DocMeta {
  let raw: unknown;
  try {
    raw = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (err) {
    const m = /position (\d+)/.exec(String(err));
    const line = m ? json.slice(0, Number(m[1])).split('\n').length : undefined;
    throw new InputError(file, `invalid JSON: ${(err as Error).message}`, line);
  }
  const parsed = DocMeta.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new InputError(file, `invalid sidecar: ${issues}`);
  }
  return parsed.data;
}

/**
 * Reads one article and its sidecar. Synchronous on purpose: it runs inside a per-document job,
 * usually on a worker, where an awaited read of a few kilobytes only leaves the worker idle.
 */
export function readDocument(path: string): Document {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (err) {
    throw new InputError(path, `cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  const text = decodeText(path, buf);
  const metaPath = path.replace(/\.txt$/, '.meta.json');
  let meta: DocMeta = {};
  let json: string | undefined;
  try {
    json = readFileSync(metaPath, 'utf8');
  } catch {
    json = undefined;
  }
  if (json !== undefined) meta = parseMeta(metaPath, json);
  return { id: docIdOf(path), path, text, meta };
}
