/**
 * `npm run bench:dates`: the candidate date normalizers compared on the gold, for value accuracy
 * and cost: Parley's own grammar (stage `dates`), compromise-dates, and chrono-node.
 *
 * Every parser reads the same sentences with the same reference day (the document's anchor as
 * the `dates` stage infers it), and is scored on the gold Date mentions that carry a value:
 * a mention counts as right when the parser's expression overlapping it gives the gold value
 * and mod. Cost is the milliseconds per 1,000 tokens for a pass over every sentence.
 */
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { listArticles, readDocument } from '../io/corpus.js';
import { readAnnFolder } from '../io/annfolder.js';
import { loadPipeline, processDocument } from '../pipeline.js';
import type { Doc } from '../model/schema.js';
import { tagDates } from '../stages/dates.js';

const require = createRequire(import.meta.url);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

interface Found {
  start: number;
  end: number;
  value?: string;
  mod?: string;
}
type Parser = (sentence: string, offset: number, today: string) => Found[];

const day = (iso: string) => iso.slice(0, 10);
/** A start/end pair as a TIMEX value: a day, a month, a year, or an interval. */
function spanValue(start: string, end: string): string {
  const s = day(start);
  const e = day(end);
  if (s === e) return s;
  const [sy, sm, sd] = s.split('-');
  const [ey, em, ed] = e.split('-');
  const lastDay = new Date(Date.UTC(Number(ey), Number(em), 0)).getUTCDate();
  if (sy === ey && sm === em && sd === '01' && Number(ed) === lastDay) return `${sy}-${sm}`;
  if (sy === ey && sm === '01' && sd === '01' && em === '12' && ed === '31') return sy!;
  return `${s}/${e}`;
}

function compromiseDates(): Parser {
  const plugin = require('compromise-dates');
  const c = nlp.extend(plugin) as unknown as typeof nlp;
  return (sentence, offset, today) => {
    const doc = c(sentence) as unknown as { dates(o: object): { json(o: object): Array<{ text: string; offset: { start: number; length: number }; dates: { start: string | null; end: string | null } }> }; durations(): { json(o: object): Array<{ text: string; offset: { start: number; length: number }; duration: Record<string, number> }> } };
    const out: Found[] = [];
    for (const d of doc.dates({ today, timezone: 'UTC' }).json({ offset: true })) {
      const f: Found = { start: offset + d.offset.start, end: offset + d.offset.start + d.offset.length };
      if (d.dates.start && d.dates.end) f.value = spanValue(d.dates.start, d.dates.end);
      out.push(f);
    }
    for (const d of doc.durations().json({ offset: true })) {
      const units = Object.entries(d.duration ?? {}).filter(([, v]) => v);
      const [u, v] = units[0] ?? [];
      const code = u ? ({ years: 'Y', months: 'M', weeks: 'W', days: 'D' } as Record<string, string>)[u] : undefined;
      out.push({ start: offset + d.offset.start, end: offset + d.offset.start + d.offset.length, ...(code ? { value: `P${v}${code}` } : u === 'hours' ? { value: `PT${v}H` } : {}) });
    }
    return out;
  };
}

function chrono(): Parser {
  const c = require('chrono-node') as { parse(t: string, ref: Date): Array<{ index: number; text: string; start: { isCertain(k: string): boolean; date(): Date }; end?: { date(): Date } }> };
  return (sentence, offset, today) =>
    c.parse(sentence, new Date(`${today}T12:00:00Z`)).map((r) => {
      const s = r.start.date().toISOString();
      let value = r.start.isCertain('day') || r.start.isCertain('weekday') ? day(s) : r.start.isCertain('month') ? s.slice(0, 7) : s.slice(0, 4);
      if (r.end) value = `${day(s)}/${day(r.end.date().toISOString())}`;
      return { start: offset + r.index, end: offset + r.index + r.text.length, value };
    });
}

/** Parley's own grammar: the values of the `dates` stage itself. */
const own = (doc: Doc): Parser => (_s, offset, _t) => doc.mentions.filter((m) => m.type === 'Date' && m.start >= offset && m.start < offset + _s.length).map((m) => ({ start: m.start, end: m.end, ...(m.value ? { value: m.value } : {}), ...(m.mod ? { mod: m.mod } : {}) }));

async function main(): Promise<void> {
  const pipeline = loadPipeline();
  const files = await listArticles(join(ROOT, 'corpus'));
  const gold = await readAnnFolder(join(ROOT, 'gold'), join(ROOT, 'corpus'));
  const library: Record<string, Parser | undefined> = { 'own grammar (dates stage)': undefined, 'compromise-dates': compromiseDates(), 'chrono-node': chrono() };
  const rows: string[] = [];
  const docs = files.map((f) => processDocument(readDocument(f), pipeline).doc);
  const tokens = docs.reduce((n, d) => n + d.tokens.length, 0);
  for (const [name, parser] of Object.entries(library)) {
    let right = 0;
    let total = 0;
    let ms = 0;
    for (const doc of docs) {
      const today = doc.anchor?.day ?? `${doc.anchor?.year ?? 2026}-06-30`;
      const parse = parser ?? own(doc);
      const found: Found[] = [];
      const t = performance.now();
      if (parser) for (const s of doc.sentences) found.push(...parse(doc.text.slice(s.start, s.end), s.start, today));
      else {
        // The stage itself, timed over the whole document (its grammar and its anchoring).
        tagDates({ ...doc, mentions: doc.mentions.filter((m) => m.type !== 'Date') });
        for (const s of doc.sentences) found.push(...parse(doc.text.slice(s.start, s.end), s.start, today));
      }
      ms += performance.now() - t;
      for (const g of gold.get(doc.id)?.mentions ?? []) {
        if (g.type !== 'Date' || g.value === undefined) continue;
        total++;
        const f = found.find((x) => x.start < g.end && g.start < x.end);
        if (f && f.value === g.value && (f.mod ?? '') === (g.mod ?? '')) right++;
      }
    }
    const cost = `${((ms / tokens) * 1000).toFixed(2)} ms per 1,000 tokens`;
    rows.push(`${name.padEnd(28)} value+mod accuracy ${(right / total).toFixed(3)} (${right}/${total})   ${cost}`);
  }
  // For reference: compromise's full parse of the same sentences, which the pipeline does not pay for
  // (it uses compromise's lexicon as a dictionary instead).
  const t = performance.now();
  for (const doc of docs) for (const s of doc.sentences) nlp(doc.text.slice(s.start, s.end)).people();
  rows.push(`${'compromise parse (reference)'.padEnd(28)} ${''.padEnd(36)}${(((performance.now() - t) / tokens) * 1000).toFixed(2)} ms per 1,000 tokens`);
  process.stdout.write(`Date normalizers on the gold (${tokens} tokens, one pass each):\n${rows.join('\n')}\n`);
}

main().catch((err) => {
  process.stderr.write(`bench:dates: ${(err as Error).stack ?? err}\n`);
  process.exitCode = 1;
});
