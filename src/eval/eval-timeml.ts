/**
 * `npm run eval:timeml -- FOLDER`: Parley's dates on the TempEval-3 training data (TimeBank and
 * AQUAINT, `.tml` files; never the platinum test set). Each text runs through Parley's document
 * stages with its DCT as the publication date; its Date mentions are scored against the TIMEX3s
 * of type DATE and DURATION: strict and relaxed span match, value accuracy on the relaxed matches
 * and value F1 (TempEval-3's). Prints one table per folder of the data and one for all of it.
 * `--errors N` lists N errors of each kind (missed, spurious, wrong value) grouped by the shape of
 * the gold value; `--json FILE` writes every count and error.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadPipeline, processDocument } from '../pipeline.js';
import { InputError } from '../io/errors.js';
import { addCounts, emptyCounts, formatTimexTable, parseTimeml, scoreTimexes, timexTypeOfValue, type Predicted, type TimexError, type TimexType, type TypeCounts } from './timeml.js';

const TYPES: readonly TimexType[] = ['DATE', 'DURATION'];

function tmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...tmlFiles(p));
    else if (e.name.endsWith('.tml')) out.push(p);
  }
  return out;
}

/** The shape of a gold value, to group errors by class: `2026-02-04` → `YYYY-MM-DD`, `P3Y` → `PnY`. */
const shape = (v: string | undefined): string => (v === undefined ? '(none)' : v.replace(/\d/g, 'n').replace(/n+/g, 'n'));

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { errors: { type: 'string' }, json: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help || positionals.length !== 1) {
    process.stderr.write('usage: npm run eval:timeml -- FOLDER [--errors N] [--json FILE]\n  FOLDER: TempEval-3 training data (TBAQ-cleaned: TimeBank/ and AQUAINT/ .tml files)\n');
    return values.help ? 0 : 2;
  }
  const root = resolve(positionals[0]!);
  if (!existsDir(root)) {
    process.stderr.write(`${root}: no such folder\n`);
    return 2;
  }
  const files = tmlFiles(root);
  if (!files.length) {
    process.stderr.write(`${root}: no .tml files\n`);
    return 2;
  }
  const nErrors = values.errors === undefined ? 0 : Number(values.errors);
  if (!Number.isInteger(nErrors) || nErrors < 0) {
    process.stderr.write(`--errors: '${values.errors}' is not a whole number\n`);
    return 2;
  }
  const pipeline = loadPipeline();
  const groups = new Map<string, Map<TimexType, TypeCounts>>();
  const all = new Map<TimexType, TypeCounts>(TYPES.map((t) => [t, emptyCounts()]));
  const errors: Array<TimexError & { doc: string }> = [];
  let failed = 0;
  for (const file of files) {
    let parsed;
    try {
      parsed = parseTimeml(readFileSync(file, 'utf8'), file);
    } catch (err) {
      process.stderr.write(`${err instanceof InputError ? err.message : `${file}: ${(err as Error).message}`}\n`);
      failed++;
      continue;
    }
    const { doc, ok } = processDocument({ id: parsed.id, path: file, text: parsed.text, meta: { published: parsed.dct } }, pipeline);
    if (!ok) {
      for (const m of doc.messages.filter((x) => x.fatal)) process.stderr.write(`${file}: ${m.reason}\n`);
      failed++;
    }
    // Date mentions, and the words for the present, past and future the dates stage keeps apart from them.
    const pred: Predicted[] = [...doc.mentions.filter((m) => m.type === 'Date'), ...(doc.dateRefs ?? [])]
      .map((m) => ({ start: m.start, end: m.end, text: m.text, type: timexTypeOfValue(m.value, m.rule), ...(m.value !== undefined ? { value: m.value } : {}) }));
    const { byType, errors: errs } = scoreTimexes(parsed.timexes, pred, TYPES);
    const group = relative(root, dirname(file)) || basename(root);
    const g = groups.get(group) ?? new Map(TYPES.map((t) => [t, emptyCounts()]));
    for (const t of TYPES) {
      g.set(t, addCounts(g.get(t)!, byType.get(t)!));
      all.set(t, addCounts(all.get(t)!, byType.get(t)!));
    }
    groups.set(group, g);
    errors.push(...errs.map((e) => ({ ...e, doc: parsed.id })));
  }
  const out: string[] = [];
  out.push(`TempEval-3 training data: ${files.length - failed} of ${files.length} document(s), TIMEX3 of type ${TYPES.join(' and ')}`);
  out.push('value F1 = value accuracy on relaxed matches × relaxed F1 (TempEval-3)');
  for (const [name, g] of [...groups.entries()].sort()) out.push('', name, formatTimexTable(g));
  out.push('', 'all', formatTimexTable(all));
  if (nErrors > 0) {
    for (const kind of ['value', 'missed', 'spurious'] as const) {
      const list = errors.filter((e) => e.kind === kind);
      const byShape = new Map<string, typeof list>();
      for (const e of list) {
        const k = `${e.type} ${shape(kind === 'spurious' ? e.pred : e.gold)}`;
        byShape.set(k, [...(byShape.get(k) ?? []), e]);
      }
      out.push('', `${kind}: ${list.length}`);
      for (const [k, es] of [...byShape.entries()].sort((a, b) => b[1].length - a[1].length)) {
        out.push(`  ${k}: ${es.length}`);
        for (const e of es.slice(0, nErrors)) out.push(`    ${e.doc}@${e.start} “${e.text}”${e.gold !== undefined ? ` gold ${e.gold}` : ''}${kind === 'value' ? ` pred ${e.pred ?? '(none)'} “${e.predText}”` : e.pred !== undefined && kind === 'spurious' ? ` pred ${e.pred}` : ''}`);
      }
    }
  }
  process.stdout.write(out.join('\n') + '\n');
  if (values.json) writeFileSync(values.json, JSON.stringify({ groups: Object.fromEntries([...groups].map(([k, g]) => [k, Object.fromEntries(g)])), all: Object.fromEntries(all), errors }, null, 1) + '\n');
  return failed ? 1 : 0;
}

const existsDir = (p: string): boolean => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
};

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`${err instanceof InputError ? err.message : (err as Error).stack}\n`);
    process.exit(1);
  },
);
