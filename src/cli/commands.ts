/** The commands of `parley`, each a name, its options and a function returning an exit code. */
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { BriefsFile, EntitiesFile, MENTION_TYPES } from '../model/schema.js';
import { run, Interrupted } from '../run.js';
import { overlapsOfOneType, readAnnFolder } from '../io/annfolder.js';
import { score, formatScores, formatErrors, type Example } from '../score/mentions.js';
import { scoreBriefs, formatBriefScores, readBriefsFolder } from '../score/briefs.js';
import { auditGold } from './audit.js';
import { progressReporter, reportRunMessages, withStopSignals } from './progress.js';
import { loadNegotiation, negotiationDirs, manifestDocIds, fieldDocId } from '../field/load.js';
import { GoldRounds, Manifest } from '../model/field.js';
import { parseJson } from '../io/json.js';
import { scoreRounds, briefsOf, formatRoundScores, formatRoundErrors } from '../score/rounds.js';
import { writeReport, type ReportResult } from '../report/write.js';
import { queueOption, queuedRunCommand, workerCommand as queueWorker } from '../queue/cli.js';

export class UsageError extends Error {}

interface Option {
  type: 'string' | 'boolean';
  help: string;
  arg?: string;
}

export interface Command {
  name: string;
  usage: string;
  summary: string;
  description?: string;
  options: Record<string, Option>;
  run(values: Record<string, string | boolean | undefined>, positionals: string[]): Promise<number>;
}

const str = (v: string | boolean | undefined): string | undefined => (typeof v === 'string' ? v : undefined);
const int = (v: string | boolean | undefined, name: string): number | undefined => {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} takes a whole number`);
  return n;
};
/** `--workers N`: a whole number from 1 to four times the cores (the pool itself never exceeds the cores or the files). */
export function workersOption(v: string | boolean | undefined): number | undefined {
  if (v === undefined) return undefined;
  const cores = availableParallelism();
  const most = 4 * cores;
  const n = typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
  if (!(n >= 1 && n <= most)) throw new UsageError(`--workers takes a whole number from 1 to ${most} (4 × this machine's ${cores} cores), not '${v}'`);
  return n;
}
/** A size in bytes: a whole number, or with K, M or G (binary: 1K = 1024 bytes). */
export function sizeOption(v: string | boolean | undefined, name: string): number | undefined {
  if (v === undefined) return undefined;
  const m = typeof v === 'string' ? /^\s*(\d+)\s*([kmg])?i?b?\s*$/i.exec(v) : null;
  const n = m ? Number(m[1]) * 1024 ** ' kmg'.indexOf((m[2] ?? ' ').toLowerCase()) : NaN;
  if (!(n >= 1)) throw new UsageError(`--${name} takes a size in bytes (a whole number, or with K, M or G such as 64M), not '${v}'`);
  return n;
}
const say = (s: string) => process.stdout.write(s + '\n');
const warn = (s: string) => process.stderr.write(s + '\n');

const runCommand: Command = {
  name: 'run',
  usage: '[CORPUS_DIR] [--out OUT_DIR] [--gold GOLD_DIR] [--resume] [--workers N] [--recursive] [--verbose] [--report]\n       parley run CORPUS_DIR --out OUT_DIR --queue redis://HOST:PORT [--resume] [--shard-size N]',
  summary: 'run the pipeline on a folder of articles and write mentions, entities and briefs',
  description:
    'Reads every NAME.txt in CORPUS_DIR (default: corpus), with its optional NAME.meta.json, and writes\n' +
    'OUT_DIR/ann/NAME.ann (brat) with OUT_DIR/ann/NAME.txt (the text its offsets count), OUT_DIR/entities.json, OUT_DIR/briefs.json and OUT_DIR/briefs/ROUND_ID.md.\n' +
    'A broken article is reported and skipped; the others are still processed, and the exit code is 1.\n' +
    'With --queue, the run is submitted to the parley workers on that Redis server (parley worker) and this command\n' +
    'waits for it: the same outputs as a local run; CORPUS_DIR and OUT_DIR must be at the same paths on every worker.',
  options: {
    out: { type: 'string', arg: 'OUT_DIR', help: 'output folder (default: out)' },
    gold: { type: 'string', arg: 'GOLD_DIR', help: 'also print the score table against this gold folder' },
    errors: { type: 'string', arg: 'N', help: 'with --gold: list the first N errors' },
    pipeline: { type: 'string', arg: 'FILE', help: 'pipeline.json to use (default: the bundled pipeline/)' },
    'no-knowledge': { type: 'boolean', help: 'run without the knowledge base entries (rules, lexicons and countries only)' },
    resume: { type: 'boolean', help: 'skip articles unchanged since the last run into OUT_DIR (text, sidecar, pipeline)' },
    workers: { type: 'string', arg: 'N', help: 'worker threads for the per-document stages (default: the cores, for more than a few files)' },
    quiet: { type: 'boolean', help: 'no progress or summary on stderr' },
    recursive: { type: 'boolean', help: 'also read the articles of nested folders (ids then carry the relative path: sub/NAME)' },
    verbose: { type: 'boolean', help: 'list every file of CORPUS_DIR that is not read, with the reason' },
    'max-article-size': { type: 'string', arg: 'SIZE', help: 'refuse articles larger than this (bytes, or with K, M or G; default 32M)' },
    report: { type: 'boolean', help: 'also write the HTML report OUT_DIR/report/index.html (as parley report)' },
    queue: { type: 'string', arg: 'URL', help: 'submit the run to the parley workers of this Redis server (redis://HOST:PORT) and wait for it' },
    'shard-size': { type: 'string', arg: 'N', help: 'with --queue: articles per shard job, added to Redis at once (default 500)' },
  },
  async run(values, positionals) {
    if (positionals.length > 1) throw new UsageError('one corpus folder at most');
    // Every option is checked before any work starts.
    const corpus = positionals[0] ?? 'corpus';
    const out = str(values.out) ?? 'out';
    if (existsSync(out) && !statSync(out).isDirectory()) throw new UsageError(`--out: '${out}' is a file, not a folder`);
    const gold = str(values.gold);
    if (gold !== undefined && !(existsSync(gold) && statSync(gold).isDirectory())) throw new UsageError(`--gold: no folder '${gold}'`);
    const pipelineFile = str(values.pipeline);
    if (pipelineFile !== undefined && !existsSync(pipelineFile)) throw new UsageError(`--pipeline: no file '${pipelineFile}'`);
    const nErrors = int(values.errors, 'errors');
    const workers = workersOption(values.workers);
    const maxArticleSize = sizeOption(values['max-article-size'], 'max-article-size');
    if (values.queue !== undefined) {
      const queue = queueOption(values.queue, (m) => new UsageError(m));
      for (const o of ['gold', 'errors', 'workers', 'report'] as const) if (values[o] !== undefined) throw new UsageError(`--${o} is not available with --queue`);
      const shardSize = int(values['shard-size'], 'shard-size');
      if (shardSize === 0) throw new UsageError('--shard-size takes a whole number from 1');
      return queuedRunCommand(values, corpus, out, { queue, ...(pipelineFile ? { pipeline: pipelineFile } : {}), ...(maxArticleSize !== undefined ? { maxArticleSize } : {}), ...(shardSize !== undefined ? { shardSize } : {}) });
    }
    if (values['shard-size'] !== undefined) throw new UsageError('--shard-size goes with --queue');
    const quiet = !!values.quiet;
    const progress = quiet ? undefined : progressReporter();
    // SIGINT and SIGTERM stop the run at once (the workers with it); a second one ends the process.
    let res;
    try {
      res = await withStopSignals((signal) => run({
        corpus,
        out,
        ...(gold ? { gold } : {}),
        ...(pipelineFile ? { pipeline: pipelineFile } : {}),
        noKnowledge: !!values['no-knowledge'],
        resume: !!values.resume,
        recursive: !!values.recursive,
        ...(maxArticleSize !== undefined ? { maxArticleSize } : {}),
        ...(workers !== undefined ? { workers } : {}),
        ...(progress ? { onProgress: progress.update } : {}),
        signal,
      }));
    } catch (err) {
      if (!(err instanceof Interrupted)) throw err;
      progress?.done();
      warn(`parley: ${err.message}; ${out} is incomplete (${join(out, 'INCOMPLETE')}): run again with --resume to reuse the ${err.done} finished`);
      return err.reason === 'SIGTERM' ? 143 : 130;
    }
    progress?.done();
    reportRunMessages(res, !!values.verbose);
    if (!quiet) {
      const mentions = res.docs.reduce((n, d) => n + d.mentions.length, 0);
      const warnings = res.messages.filter((x) => !x.fatal).length;
      const reused = res.reused.length ? ` (${res.reused.length} unchanged, reused)` : '';
      const skipped = res.skipped.length ? `; ${res.skipped.length} other file(s) of ${corpus} skipped${values.verbose ? '' : ' (--verbose lists them)'}` : '';
      warn(`parley: ${res.docs.length} article(s)${reused}, ${mentions} mentions, ${res.entities.length} entities, ${res.briefs.length} round(s) → ${out}${res.failed.length ? `; ${res.failed.length} failed` : ''}${warnings ? `; ${warnings} warning(s)` : ''}${skipped}`);
    }
    if (res.scores) {
      // Briefs first, so that the mention table (the headline figures) closes the output.
      if (res.briefScores) say('briefs\n' + formatBriefScores(res.briefScores) + '\n');
      say(formatScores(res.scores));
      if (nErrors) say('\n' + formatErrors(res.scores.errors, nErrors));
    }
    let reportFailed = false;
    if (values.report) {
      const r = await writeReport({ out, corpus, ...(gold ? { gold } : {}) });
      if (!quiet) reportSummary(r);
      reportFailed = r.problems.length > 0;
    }
    return res.failed.length || reportFailed ? 1 : 0;
  },
};

const scoreCommand: Command = {
  name: 'score',
  usage: '--gold GOLD_DIR --pred PRED_DIR [--text CORPUS_DIR] [--json] [--errors N] [--briefs GOLD_BRIEFS --pred-briefs BRIEFS_JSON]\n       parley score --rounds ROUNDS_JSON --pred OUT_DIR [--json] [--errors N]',
  summary: 'score predicted brat files (and briefs) against gold',
  description:
    'Per type: gold and predicted counts, strict P/R/F1 (exact span and type) and partial F1; micro totals;\n' +
    'linking B³ over strictly matched mentions across documents and canonical-name accuracy; Date and\n' +
    'Quantity value accuracies. With --briefs, also the slot-level scores of briefs.json against gold briefs.\n' +
    'With --rounds, scores OUT_DIR/briefs.json against a field negotiation\'s gold round facts: rounds paired one\n' +
    'to one (ordinal, shared days), then per slot gold and predicted counts and P/R/F1, the micro total, the\n' +
    'rounds found and the spurious rounds. Where a manifest.json lies beside ROUNDS_JSON, only the briefs whose\n' +
    'documents are mostly that negotiation\'s are scored (a run over several negotiations in one folder).',
  options: {
    gold: { type: 'string', arg: 'GOLD_DIR', help: 'folder of gold NAME.ann files' },
    pred: { type: 'string', arg: 'PRED_DIR', help: 'folder of predicted NAME.ann files (e.g. out/ann)' },
    json: { type: 'boolean', help: 'print the scores as JSON' },
    errors: { type: 'string', arg: 'N', help: 'list the first N misses, spurious and partial matches' },
    briefs: { type: 'string', arg: 'GOLD_BRIEFS', help: 'folder of gold briefs (round-N.json) to score briefs against' },
    'pred-briefs': { type: 'string', arg: 'FILE', help: 'predicted briefs.json (default: PRED_DIR/../briefs.json)' },
    rounds: { type: 'string', arg: 'ROUNDS_JSON', help: 'score a run (--pred OUT_DIR) against field gold round facts (gold/field/NEG/rounds.json)' },
    text: { type: 'string', arg: 'CORPUS_DIR', help: 'check every span against the texts (default: the NAME.txt beside the .ann files, where there is one)' },
  },
  async run(values) {
    const gold = str(values.gold);
    const pred = str(values.pred);
    const rounds = str(values.rounds);
    if (rounds) {
      if (!pred) throw new UsageError('--rounds needs --pred OUT_DIR (a run\'s output folder)');
      return scoreRoundsCommand(rounds, pred, values);
    }
    if (!gold || !pred) throw new UsageError('--gold and --pred are required');
    const text = str(values.text);
    if (text !== undefined && !(existsSync(text) && statSync(text).isDirectory())) throw new UsageError(`--text: no folder '${text}'`);
    // Gold spans are checked against their texts: --text, else the texts beside the files (parley run writes them beside its .ann).
    const goldFiles = await readAnnFolder(gold, text, [gold, pred]);
    const predFiles = await readAnnFolder(pred, text, [pred]);
    let bad = 0;
    for (const [, p] of [...goldFiles, ...predFiles]) for (const e of p.errors) (warn(e.message), bad++);
    for (const [id, g] of goldFiles) {
      const p = predFiles.get(id);
      if (!g.mentions.length && !g.errors.length && p?.mentions.length)
        warn(`${join(gold, id + '.ann')}: warning: empty gold file beside a prediction of ${p.mentions.length} mention(s): is this document's gold missing?`);
    }
    const examples: Example[] = [];
    for (const [id, g] of goldFiles) {
      const p = predFiles.get(id);
      if (!p) warn(`${join(gold, id + '.ann')}: warning: no prediction for this gold document (no ${join(pred, id + '.ann')}; counted as empty)`);
      examples.push({ doc: id, gold: g.mentions, pred: p?.mentions ?? [] });
    }
    for (const id of predFiles.keys()) if (!goldFiles.has(id)) warn(`${join(pred, id + '.ann')}: warning: no gold for this prediction (no ${join(gold, id + '.ann')}; not scored)`);
    const scores = score(examples);
    let briefScores;
    const goldBriefs = str(values.briefs);
    if (goldBriefs) {
      const predBriefsFile = str(values['pred-briefs']) ?? join(pred, '..', 'briefs.json');
      const predBriefs = BriefsFile.parse(JSON.parse(await readFile(predBriefsFile, 'utf8'))).briefs;
      briefScores = scoreBriefs(await readBriefsFolder(goldBriefs), predBriefs, examples);
    }
    if (values.json) say(JSON.stringify({ ...scores, errors: undefined, ...(briefScores ? { briefs: briefScores } : {}) }, null, 2));
    else {
      say(formatScores(scores));
      if (briefScores) say('\n' + formatBriefScores(briefScores));
      const n = int(values.errors, 'errors');
      if (n) say('\n' + formatErrors(scores.errors, n));
    }
    return bad ? 1 : 0;
  },
};

async function scoreRoundsCommand(roundsFile: string, out: string, values: Record<string, string | boolean | undefined>): Promise<number> {
  const gold = parseJson(roundsFile, await readFileOr(roundsFile, 'gold round facts'), GoldRounds, 'gold round facts');
  const briefsFile = join(out, 'briefs.json');
  const entitiesFile = join(out, 'entities.json');
  let briefs = parseJson(briefsFile, await readFileOr(briefsFile, `briefs (run 'parley run CORPUS --out ${out}' first)`), BriefsFile, 'briefs').briefs;
  const entities = existsSync(entitiesFile) ? parseJson(entitiesFile, await readFile(entitiesFile, 'utf8'), EntitiesFile, 'entities').entities : [];
  const manifestFile = join(dirname(roundsFile), 'manifest.json');
  if (existsSync(manifestFile)) {
    const manifest = parseJson(manifestFile, await readFile(manifestFile, 'utf8'), Manifest, 'manifest');
    const own = briefsOf(briefs, manifestDocIds(manifest), fieldDocId(manifest.negotiation));
    if (own.briefs.length || briefs.every((b) => !b.docs.length)) briefs = own.briefs;
  }
  const s = scoreRounds(gold, briefs, { entities });
  const n = int(values.errors, 'errors');
  if (values.json) say(JSON.stringify(n === undefined ? { ...s, errors: undefined } : { ...s, errors: s.errors.slice(0, n) }, null, 2));
  else {
    say(formatRoundScores(s));
    if (n) say('\n' + formatRoundErrors(s.errors, n));
  }
  return 0;
}

async function readFileOr(file: string, what: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    throw new Error(`${file}: not found (${what})`);
  }
}

const checkGoldCommand: Command = {
  name: 'check-gold',
  usage: 'GOLD_DIR [--text CORPUS_DIR]',
  summary: 'validate brat files (against their texts)',
  description:
    'Reports, naming file and line: a covered text that differs from the text at its offsets, a span past the end\n' +
    'of its text, overlapping mentions of one type, an unknown type,\n' +
    'a Person/Organization/Place without exactly one N line, a malformed line or note.',
  options: { text: { type: 'string', arg: 'CORPUS_DIR', help: 'folder of the texts (NAME.txt) the files annotate' } },
  async run(values, positionals) {
    const dir = positionals[0];
    if (!dir) throw new UsageError('GOLD_DIR is required');
    const files = await readAnnFolder(dir, str(values.text));
    let errors = 0;
    const counts = Object.fromEntries(MENTION_TYPES.map((t) => [t, 0]));
    for (const [id, p] of files) {
      const all = [...p.errors, ...overlapsOfOneType(join(dir, `${id}.ann`), p.mentions)];
      for (const e of all) warn(e.message);
      errors += all.length;
      for (const m of p.mentions) counts[m.type]!++;
    }
    say(`${files.size} file(s): ${MENTION_TYPES.map((t) => `${t} ${counts[t]}`).join(', ')}; ${errors} error(s)`);
    return errors ? 1 : 0;
  },
};

const schemaCommand: Command = {
  name: 'schema',
  usage: '',
  summary: 'print the JSON Schema of briefs.json and entities.json',
  options: {},
  async run() {
    say(JSON.stringify({ 'briefs.json': z.toJSONSchema(BriefsFile), 'entities.json': z.toJSONSchema(EntitiesFile) }, null, 2));
    return 0;
  },
};

const entitiesCommand: Command = {
  name: 'entities',
  usage: 'OUT_DIR',
  summary: 'print the entity table of a run (canonical name, type, aliases, count)',
  options: { merges: { type: 'boolean', help: 'also list every merge with its reason' } },
  async run(values, positionals) {
    const dir = positionals[0] ?? 'out';
    const file = join(dir, 'entities.json');
    let raw: string;
    try {
      raw = await readFile(file, 'utf8');
    } catch {
      throw new Error(`${file}: not found (run 'parley run --out ${dir}' first)`);
    }
    const { entities } = EntitiesFile.parse(JSON.parse(raw));
    const rows = entities.map((e) => [e.name, e.type, String(e.count), e.id, e.aliases.map((a) => `${a.text}×${a.count}`).join(', ')]);
    const head = ['canonical name', 'type', 'count', 'id', 'aliases'];
    const w = head.map((h, i) => Math.min(48, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
    say(head.map((h, i) => h.padEnd(w[i]!)).join('  '));
    for (const r of rows) say(r.map((c, i) => (i === 4 ? c : c.padEnd(w[i]!))).join('  '));
    if (values.merges) for (const e of entities) for (const m of e.merges) say(`merge  ${m.alias} → ${e.name}: ${m.reason}`);
    return 0;
  },
};

const auditCommand: Command = {
  name: 'audit-gold',
  usage: 'GOLD_DIR --text CORPUS_DIR',
  summary: 'list capitalized words, numbers and time words that no gold mention covers',
  options: { text: { type: 'string', arg: 'CORPUS_DIR', help: 'folder of the texts' } },
  async run(values, positionals) {
    const dir = positionals[0];
    const text = str(values.text);
    if (!dir || !text) throw new UsageError('GOLD_DIR and --text CORPUS_DIR are required');
    const lines = await auditGold(dir, text);
    for (const l of lines) say(l);
    return 0;
  },
};

const checkFieldCommand: Command = {
  name: 'check-field',
  usage: 'DIR [DIR …]',
  summary: 'validate field-set negotiations (manifest, gold round facts, texts against their sha256)',
  description:
    'Each DIR is a negotiation folder (gold/field/NEG, with manifest.json and rounds.json) or a folder of them\n' +
    '(gold/field). Reports schema errors with file and line, cross-references (sources the manifest does not\n' +
    'list, delegations of non-parties) and texts whose sha256 differs; absent texts are counted, not errors.',
  options: {},
  async run(_values, positionals) {
    if (!positionals.length) throw new UsageError('at least one folder is required');
    const dirs = positionals.flatMap((d) => (existsSync(join(d, 'manifest.json')) ? [d] : negotiationDirs(d)));
    if (!dirs.length) throw new Error(`${positionals.join(', ')}: no negotiation folder (with a manifest.json) found`);
    let bad = 0;
    for (const dir of dirs) {
      try {
        const n = loadNegotiation(dir);
        for (const p of n.problems) warn(p);
        bad += n.problems.length;
        const outlets = new Set(n.manifest.articles.map((a) => a.outlet)).size;
        say(`${n.id}: ${n.manifest.articles.length} article(s) from ${outlets} outlet(s), ${n.present.length} text(s) present, ${n.missing.length} missing; ${n.gold.rounds.length} round(s); ${n.problems.length} problem(s)`);
      } catch (err) {
        warn((err as Error).message);
        bad++;
      }
    }
    return bad ? 1 : 0;
  },
};

function reportSummary(r: ReportResult): void {
  for (const p of r.problems) warn(p);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  warn(`parley: report of ${r.articles} article(s) → ${join(r.dir, 'index.html')} (page and index data ${kb(r.size.firstLoad)}, whole folder ${kb(r.size.total)})${r.problems.length ? `; ${r.problems.length} problem(s)` : ''}`);
}

const reportCommand: Command = {
  name: 'report',
  usage: 'OUT_DIR [--gold GOLD_DIR] [--corpus CORPUS_DIR]',
  summary: 'write an HTML report of a finished run (briefs with evidence, articles, entities, gold differences)',
  description:
    'Writes OUT_DIR/report/index.html, a static page to open from disk (no server, no network), with its\n' +
    'data beside it: each article is loaded when opened, so large runs stay quick. The articles are read\n' +
    "from the run's corpus folder (OUT_DIR/run.json) unless --corpus gives another. With --gold, also the\n" +
    'score table and every gold difference, marked in the text. A problem with one article is reported and\n' +
    'that article shown without it; the exit code is then 1.',
  options: {
    gold: { type: 'string', arg: 'GOLD_DIR', help: 'gold folder of NAME.ann files (and briefs/) to show the differences from' },
    corpus: { type: 'string', arg: 'CORPUS_DIR', help: "the run's articles (default: the folder OUT_DIR/run.json records)" },
    quiet: { type: 'boolean', help: 'no summary on stderr' },
  },
  async run(values, positionals) {
    if (positionals.length > 1) throw new UsageError('one output folder at most');
    const out = positionals[0];
    if (!out) throw new UsageError('OUT_DIR is required');
    const gold = str(values.gold);
    const corpus = str(values.corpus);
    const r = await writeReport({ out, ...(gold ? { gold } : {}), ...(corpus ? { corpus } : {}) });
    if (!values.quiet) reportSummary(r);
    else for (const p of r.problems) warn(p);
    return r.problems.length ? 1 : 0;
  },
};

const workerCommand: Command = { ...queueWorker, run: (values, positionals) => queueWorker.run(values, positionals, (m) => new UsageError(m)) };

export const COMMANDS: Record<string, Command> = Object.fromEntries(
  [runCommand, workerCommand, scoreCommand, reportCommand, checkGoldCommand, checkFieldCommand, schemaCommand, entitiesCommand, auditCommand].map((c) => [c.name, c]),
);
