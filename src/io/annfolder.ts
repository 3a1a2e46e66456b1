/** Reading a folder of brat files (gold or predictions), each against its text where one is given. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseBrat, type BratParse } from './brat.js';
import { decodeText } from './corpus.js';
import { InputError } from './errors.js';

export async function readAnnFolder(dir: string, textDir?: string): Promise<Map<string, BratParse>> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.ann')).sort();
  } catch {
    throw new InputError(dir, 'folder not found or not readable');
  }
  if (names.length === 0) throw new InputError(dir, 'no .ann files in this folder');
  const out = new Map<string, BratParse>();
  for (const n of names) {
    const id = n.replace(/\.ann$/, '');
    const file = join(dir, n);
    let content: string;
    try {
      content = decodeText(file, await readFile(file));
    } catch (err) {
      if (err instanceof InputError && /empty article/.test(err.message)) content = '';
      else if (err instanceof InputError) {
        out.set(id, { mentions: [], errors: [err] });
        continue;
      } else throw err;
    }
    let text: string | undefined;
    if (textDir) {
      const tfile = join(textDir, `${id}.txt`);
      try {
        text = decodeText(tfile, await readFile(tfile));
      } catch (err) {
        out.set(id, { mentions: [], errors: [err instanceof InputError ? err : new InputError(tfile, 'cannot read the text of this annotation')] });
        continue;
      }
    }
    out.set(id, parseBrat(file, content, text));
  }
  return out;
}
