/**
 * `npm run eval:conll -- FILE`: Parley's Person, Organization and Place mentions measured on a
 * CoNLL-2003 file (the English validation split, eng.testa / valid.txt; never the test split).
 * Each -DOCSTART- block is rebuilt as a text (src/eval/conll-score.ts), run through the document
 * stages of the pipeline, and scored strictly (exact span and type) against the gold names;
 * MISC is not scored. Prints a per-type P/R/F1 table and the micro over PER, ORG and LOC.
 * `--errors N` lists N missed and N spurious names (with their rule); `--json FILE` writes the rows.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { loadPipeline, processDocument, DEFAULT_PIPELINE } from '../pipeline.js';
import { InputError } from '../io/errors.js';
import { parseConll, scoreConll, formatConllTable, PARLEY_TO_CONLL, type ConllSpan } from './conll-score.js';

const USAGE =
  'Usage: npm run eval:conll -- FILE [--errors N] [--type PER|ORG|LOC] [--json OUT] [--pipeline FILE]\n\n' +
  'FILE is the CoNLL-2003 English validation split (eng.testa or valid.txt); see README, "Measuring on\n' +
  'CoNLL-2003". Prints strict (exact span and type) P/R/F1 for PER, ORG and LOC and their micro.\n';

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { errors: { type: 'string' }, type: { type: 'string' }, json: { type: 'string' }, pipeline: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    process.stderr.write(USAGE);
    return 2;
  }
  const file = positionals[0]!;
  if (/^(eng\.testb|test\.txt)/i.test(basename(file))) {
    process.stderr.write(`${file}: the CoNLL-2003 test split is never used; give the validation split (eng.testa or valid.txt)\n`);
    return 2;
  }
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (err) {
    process.stderr.write(`${file}: cannot read: ${(err as Error).message}\n`);
    return 2;
  }
  const docs = parseConll(content, file);
  const pipeline = loadPipeline(values.pipeline ?? DEFAULT_PIPELINE);
  const rules = new Map<string, string>();
  const t0 = performance.now();
  const pairs = docs.map((d) => {
    const { doc } = processDocument({ id: `conll-${d.index}`, path: `${file}#${d.index}`, text: d.text, meta: {} }, pipeline);
    const pred: ConllSpan[] = [];
    for (const m of doc.mentions) {
      const type = PARLEY_TO_CONLL[m.type];
      if (!type) continue;
      pred.push({ start: m.start, end: m.end, type, text: m.text });
      rules.set(`${d.index}:${m.start}:${m.end}:${type}`, m.rule ?? '');
    }
    return { doc: d.index, gold: d.gold, pred };
  });
  const ms = performance.now() - t0;
  const { rows, errors } = scoreConll(pairs);
  process.stdout.write(`CoNLL-2003 ${file}: ${docs.length} documents, strict match (exact span and type), MISC not scored\n\n`);
  process.stdout.write(formatConllTable(rows) + '\n');
  process.stdout.write(`\n(${(ms / 1000).toFixed(1)} s for the document stages)\n`);
  const n = values.errors ? Number(values.errors) : 0;
  if (n > 0) {
    for (const kind of ['missed', 'spurious'] as const) {
      const list = errors.filter((e) => e.kind === kind && (!values.type || e.span.type === values.type));
      process.stdout.write(`\n${kind} (${list.length}):\n`);
      for (const e of list.slice(0, n)) {
        const ctx = docs[e.doc - 1]!.text.slice(Math.max(0, e.span.start - 40), e.span.end + 40).replace(/\n/g, ' / ');
        const rule = rules.get(`${e.doc}:${e.span.start}:${e.span.end}:${e.span.type}`) ?? '';
        process.stdout.write(`  ${e.span.type}  ${e.span.text}  ${rule}  …${ctx}…\n`);
      }
    }
  }
  if (values.json) writeFileSync(values.json, JSON.stringify({ file, documents: docs.length, rows }, null, 2) + '\n');
  return 0;
}

try {
  process.exitCode = main();
} catch (err) {
  process.stderr.write(err instanceof InputError ? `${err.message}\n` : `eval:conll: ${(err as Error).stack ?? String(err)}\n`);
  process.exitCode = 1;
}
