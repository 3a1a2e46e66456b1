/**
 * `npm run eval:field`: Parley on every field negotiation whose texts are present, each in a
 * folder of its own, then once on all of them together (where rounds of different negotiations
 * must never merge), scored against their gold round facts. Prints one table: negotiation × slot
 * F1, micro F1, rounds found, spurious rounds (and, for the combined run, briefs that mix
 * negotiations), then the gold counts. `--json FILE` also writes every score.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { run } from '../run.js';
import { loadNegotiation, negotiationDirs, manifestDocIds, fieldDocId, FIELD_SEP, type Negotiation } from './load.js';
import { scoreRounds, briefsOf, ROUND_SLOTS, type RoundScores } from '../score/rounds.js';
import type { Brief, Entity } from '../model/schema.js';

interface Row {
  name: string;
  scores: RoundScores;
  mixed?: number;
}

/** Lays a negotiation's present texts in `dir`, each with a sidecar from its manifest; `prefix` for a combined folder. */
function layOut(n: Negotiation, dir: string, prefix = ''): void {
  for (const a of n.manifest.articles) {
    if (!n.present.includes(a.file)) continue;
    const name = prefix + a.file.replace(/\.txt$/, '');
    copyFileSync(join(n.dir, 'texts', a.file), join(dir, name + '.txt'));
    const meta = { source: a.outlet, url: a.url, ...(a.published ? { published: a.published } : {}) };
    writeFileSync(join(dir, name + '.meta.json'), JSON.stringify(meta) + '\n');
  }
}

function scoreOne(n: Negotiation, briefs: Brief[], entities: Entity[], combined: boolean): Row {
  if (!combined) return { name: n.id, scores: scoreRounds(n.gold, briefs, { entities }) };
  const own = briefsOf(briefs, manifestDocIds(n.manifest), fieldDocId(n.id));
  // A brief mixing two negotiations' documents is counted once, under the negotiation it mostly belongs to.
  const mixed = own.briefs.filter((b) => b.docs.some((d) => !d.startsWith(n.id + FIELD_SEP))).length;
  return { name: `${n.id} (all)`, scores: scoreRounds(n.gold, own.briefs, { entities }), mixed };
}

const f2 = (x: number) => x.toFixed(2);

function formatTable(rows: Row[]): string {
  const head = ['negotiation', ...ROUND_SLOTS, 'micro', 'rounds', 'spur', 'mixed'];
  const body = rows.map((r) => {
    const f = new Map(r.scores.slots.map((s) => [s.slot, s]));
    const cell = (slot: string) => {
      const s = f.get(slot as never)!;
      return s.gold === 0 && s.pred === 0 ? '—' : f2(s.prf.f);
    };
    return [r.name, ...ROUND_SLOTS.map(cell), cell('micro'), `${r.scores.roundsFound}/${r.scores.roundsGold}`, String(r.scores.spurious.length), r.mixed === undefined ? '' : String(r.mixed)];
  });
  const w = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join('  ');
  return [line(head), ...body.map(line)].join('\n');
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { field: { type: 'string' }, json: { type: 'string' }, keep: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write(
      'Usage: npm run eval:field [-- --field DIR] [--json FILE] [--keep]\n\n' +
        'Runs Parley on each field negotiation (default gold/field) whose texts are present, and on all of them in\n' +
        'one folder, and prints negotiation × slot F1. --json writes every score; --keep keeps the run folders.\n',
    );
    return 0;
  }
  const field = resolve(values.field ?? 'gold/field');
  const negs: Negotiation[] = [];
  let problems = 0;
  for (const dir of negotiationDirs(field)) {
    let n: Negotiation;
    try {
      n = loadNegotiation(dir);
    } catch (err) {
      process.stderr.write(`${(err as Error).message}\n`);
      problems++;
      continue;
    }
    for (const p of n.problems) process.stderr.write(p + '\n');
    problems += n.problems.length;
    if (n.missing.length)
      process.stderr.write(`${n.id}: ${n.missing.length} of ${n.manifest.articles.length} text(s) missing under ${join(dir, 'texts')}; rebuild them as gold/field/README.md says (skipped${n.present.length ? ': scored on the texts present' : ''})\n`);
    if (n.present.length) negs.push(n);
  }
  if (!negs.length) {
    process.stderr.write(`eval:field: no negotiation under ${field} has its texts; rebuild them as gold/field/README.md says.\n`);
    return problems ? 1 : 0;
  }
  const work = mkdtempSync(join(tmpdir(), 'parley-field-'));
  const rows: Row[] = [];
  const all: Row[] = [];
  try {
    const allDir = join(work, 'all');
    mkdirSync(allDir);
    for (const n of negs) {
      const dir = join(work, n.id);
      mkdirSync(dir);
      layOut(n, dir);
      layOut(n, allDir, n.id + FIELD_SEP);
      const res = await run({ corpus: dir, out: join(work, n.id + '.out'), workers: 1 });
      for (const f of res.failed) process.stderr.write(`eval:field: ${f} failed: ${res.messages.filter((m) => m.fatal && m.file === f).map((m) => m.reason).join('; ')}\n`);
      rows.push(scoreOne(n, res.briefs, res.entities, false));
    }
    const res = await run({ corpus: allDir, out: join(work, 'all.out'), workers: 1 });
    for (const n of negs) all.push(scoreOne(n, res.briefs, res.entities, true));
  } finally {
    if (values.keep) process.stderr.write(`eval:field: run folders kept in ${work}\n`);
    else rmSync(work, { recursive: true, force: true });
  }
  process.stdout.write(`field set: ${negs.length} negotiation(s), ${negs.reduce((k, n) => k + n.present.length, 0)} article(s); F1 per slot (— where gold and prediction are both empty)\n\n`);
  process.stdout.write(formatTable([...rows, ...all]) + '\n\n');
  process.stdout.write(formatGoldCounts(rows, negs) + '\n');
  if (values.json) writeFileSync(values.json, JSON.stringify({ separate: rows, combined: all }, null, 2) + '\n');
  return problems ? 1 : 0;
}

/** The gold side of each negotiation: its articles, outlets and items per slot. */
function formatGoldCounts(rows: Row[], negs: Negotiation[]): string {
  const head = ['gold', 'articles', 'outlets', ...ROUND_SLOTS];
  const body = rows.map((r, i) => [
    r.name,
    String(negs[i]!.present.length),
    String(new Set(negs[i]!.manifest.articles.map((a) => a.outlet)).size),
    ...ROUND_SLOTS.map((s) => String(r.scores.slots.find((x) => x.slot === s)!.gold)),
  ]);
  const w = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  return [head, ...body].map((cells) => cells.map((c, i) => (i === 0 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join('  ')).join('\n');
}


main().then(
  (code) => (process.exitCode = code),
  (err) => {
    process.stderr.write(`eval:field: ${(err as Error).stack ?? err}\n`);
    process.exitCode = 1;
  },
);
