/**
 * Reading a corpus folder: the articles (`NAME.txt`, UTF-8) and their optional sidecars
 * (`NAME.meta.json`). Every problem is an InputError naming the file, and the line where
 * there is one, so that one broken article never stops a batch.
 */
import { readFileSync, statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, relative, sep } from 'node:path';
import { DocMeta } from '../model/schema.js';
import { InputError } from './errors.js';

export interface Document {
  id: string;
  path: string;
  text: string;
  meta: DocMeta;
  /** Problems that do not stop the article (a sidecar field Parley does not know). */
  warnings?: InputError[];
}

/** A file of the corpus folder that is not read, and why. */
export interface Skipped {
  file: string;
  reason: string;
}

/**
 * The article files of a corpus folder, sorted by path, and every other file it holds with the
 * reason it is not read (a hidden file, a nested folder without `recursive`, `.TXT`, a sidecar
 * without its article, anything else). Throws InputError if the folder is missing or has no article.
 */
export async function scanCorpus(dir: string, opts: { recursive?: boolean } = {}): Promise<{ files: string[]; skipped: Skipped[] }> {
  try {
    const s = await stat(dir);
    if (!s.isDirectory()) throw new InputError(dir, 'is not a folder');
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(dir, 'corpus folder not found or not readable');
  }
  const files: string[] = [];
  const skipped: Skipped[] = [];
  const walk = async (sub: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(sub, { withFileTypes: true });
    } catch (err) {
      if (sub === dir) throw new InputError(dir, 'corpus folder not found or not readable');
      skipped.push({ file: sub, reason: `folder not readable (${(err as NodeJS.ErrnoException).code ?? err})` });
      return;
    }
    const names = new Set(entries.map((e) => e.name));
    for (const e of entries) {
      const path = join(sub, e.name);
      if (e.name.startsWith('.')) skipped.push({ file: path, reason: e.isDirectory() ? 'hidden folder' : 'hidden file' });
      else if (e.isDirectory()) {
        if (opts.recursive) await walk(path);
        else skipped.push({ file: path, reason: 'a folder (--recursive reads nested folders)' });
      } else if (e.name.endsWith('.txt')) files.push(path);
      else if (e.name.endsWith('.meta.json')) {
        if (!names.has(e.name.replace(/\.meta\.json$/, '.txt'))) skipped.push({ file: path, reason: `a sidecar without its article ${e.name.replace(/\.meta\.json$/, '.txt')}` });
      } else if (/\.txt$/i.test(e.name)) skipped.push({ file: path, reason: `extension '${extname(e.name)}': articles end in lower-case .txt` });
      else skipped.push({ file: path, reason: 'not an article (*.txt)' });
    }
  };
  await walk(dir);
  files.sort();
  skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  if (files.length === 0) throw new InputError(dir, `no articles (*.txt) in this folder${skipped.length ? ` (${skipped.length} other file(s) skipped)` : ''}`);
  return { files, skipped };
}

/** The article files of a folder, sorted by name. Throws InputError if the folder is missing or has none. */
export async function listArticles(dir: string): Promise<string[]> {
  return (await scanCorpus(dir)).files;
}

/** A document's id: its path relative to the corpus folder, without `.txt`, with `/` between folders. */
export const docIdOf = (path: string, root?: string): string => (root ? relative(root, path).split(sep).join('/') : basename(path)).replace(/\.txt$/, '');

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

/** The fields a sidecar may have. */
const META_FIELDS = Object.keys(DocMeta.shape);
/** A full timestamp (`2026-02-05T14:30:00Z`, `2026-02-05 14:30+02:00`): its day, as written, is the publication day. */
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?$/i;

/** Whether `YYYY-MM-DD` is a day of the calendar (not `2025-13-45` or `2026-02-30`). */
export function isCalendarDay(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The line (1-based) of a field's key in a JSON text, where it can be found. */
function lineOfKey(json: string, key: string): number | undefined {
  const i = json.search(new RegExp(`"${key}"\\s*:`));
  return i < 0 ? undefined : json.slice(0, i).split('\n').length;
}

/**
 * Parses and validates a sidecar's JSON text. A full timestamp in `published` gives its day; an
 * impossible day is refused; a field Parley does not know is ignored with a warning.
 */
export function parseSidecar(file: string, json: string): { meta: DocMeta; warnings: InputError[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (err) {
    const m = /position (\d+)/.exec(String(err));
    const line = m ? json.slice(0, Number(m[1])).split('\n').length : undefined;
    throw new InputError(file, `invalid JSON: ${(err as Error).message}`, line);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new InputError(file, 'invalid sidecar: an object {"title", "source", "url", "published"} is expected');
  const fields = { ...(raw as Record<string, unknown>) };
  const warnings: InputError[] = [];
  for (const k of Object.keys(fields)) {
    if (META_FIELDS.includes(k)) continue;
    warnings.push(new InputError(file, `unknown field '${k}' ignored (a sidecar has ${META_FIELDS.join(', ')})`, lineOfKey(json, k)));
    delete fields[k];
  }
  if (typeof fields.published === 'string') {
    const stamp = TIMESTAMP.exec(fields.published.trim());
    if (stamp) fields.published = stamp[1];
    if (/^\d{4}-\d{2}-\d{2}$/.test(String(fields.published)) && !isCalendarDay(String(fields.published)))
      throw new InputError(file, `invalid sidecar: published: '${fields.published}' is not a day of the calendar`, lineOfKey(json, 'published'));
  }
  const parsed = DocMeta.safeParse(fields);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    const key = parsed.error.issues[0]?.path[0];
    throw new InputError(file, `invalid sidecar: ${issues}`, typeof key === 'string' ? lineOfKey(json, key) : undefined);
  }
  return { meta: parsed.data, warnings };
}

/** Parses and validates a sidecar's JSON text (its warnings dropped: see parseSidecar). */
export const parseMeta = (file: string, json: string): DocMeta => parseSidecar(file, json).meta;

/**
 * Reads one article and its sidecar. Synchronous on purpose: it runs inside a per-document job,
 * usually on a worker, where an awaited read of a few kilobytes only leaves the worker idle.
 */
/** The default largest article read, in bytes (32 MiB); `--max-article-size` changes it. */
export const MAX_ARTICLE_SIZE = 32 * 1024 * 1024;

export function readDocument(path: string, id = docIdOf(path), maxBytes = MAX_ARTICLE_SIZE): Document {
  let buf: Buffer;
  try {
    const size = statSync(path).size;
    if (size > maxBytes) throw new InputError(path, `${size} bytes, over the limit of ${maxBytes} bytes for one article (--max-article-size)`);
    buf = readFileSync(path);
  } catch (err) {
    if (err instanceof InputError) throw err;
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
  let warnings: InputError[] = [];
  if (json !== undefined) ({ meta, warnings } = parseSidecar(metaPath, json));
  return { id, path, text, meta, ...(warnings.length ? { warnings } : {}) };
}
