/** Reading a folder of brat files (gold or predictions), each against its text where one is given. */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseBrat, type BratMention, type BratParse } from './brat.js';
import { decodeText } from './corpus.js';
import { InputError } from './errors.js';

/**
 * Reads every `NAME.ann` of a folder. With `textDir`, each is checked against `textDir/NAME.txt`
 * (which must exist); else against the first `NAME.txt` found in `textBeside` (the folder's own
 * text, written beside it by `parley run`), where there is one.
 */
export async function readAnnFolder(dir: string, textDir?: string, textBeside: string[] = []): Promise<Map<string, BratParse>> {
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
    const beside = textDir ? undefined : textBeside.map((d) => join(d, `${id}.txt`)).find((f) => existsSync(f));
    if (textDir || beside) {
      const tfile = beside ?? join(textDir!, `${id}.txt`);
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

/** Mentions of one type whose spans overlap (a gold file should have the longest only), each naming file and line. */
export function overlapsOfOneType(file: string, mentions: readonly BratMention[]): InputError[] {
  const errors: InputError[] = [];
  const byType = new Map<string, BratMention[]>();
  for (const m of mentions) byType.set(m.type, [...(byType.get(m.type) ?? []), m]);
  for (const [type, ms] of byType) {
    const sorted = [...ms].sort((a, b) => a.start - b.start || b.end - a.end);
    let widest: BratMention | undefined;
    for (const m of sorted) {
      if (widest && m.start < widest.end) errors.push(new InputError(file, `${type} mentions '${widest.text}' (line ${widest.line}) and '${m.text}' overlap`, m.line));
      if (!widest || m.end > widest.end) widest = m;
    }
  }
  return errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
