/**
 * The report's data, read from a finished run's outputs (ann/, entities.json, briefs.json,
 * run.json), the run's articles and, optionally, a gold folder. Offsets in the report's data
 * are JavaScript string indices (UTF-16), as the page slices the text with them; the run's
 * files count code points, and are converted here, per document, with its text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BriefsFile, EntitiesFile, MENTION_TYPES, type Brief, type Entity, type Evidence } from '../model/schema.js';
import { parseBrat, type BratMention } from '../io/brat.js';
import { readDocument } from '../io/corpus.js';
import { readAnnFolder } from '../io/annfolder.js';
import { parseJson } from '../io/json.js';
import { OffsetMap } from '../io/offsets.js';
import { score, type Example, type Scores } from '../score/mentions.js';
import { readBriefsFolder, scoreBriefs, type BriefScores } from '../score/briefs.js';
import type { RDoc, RDocEntry, RError, REvidence, RMention } from './data.js';

export interface ReportData {
  index: {
    title: string;
    corpus: string;
    docs: RDocEntry[];
    types: readonly string[];
    rounds: Array<{ id: string; ordinal?: number; status: string }>;
    entities: number;
    gold?: { dir: string; scores: Omit<Scores, 'errors'>; briefs?: BriefScores; errors: number };
    problems: string[];
  };
  docs: RDoc[];
  /** briefs.json with every evidence's document as an index and its span in UTF-16; a fact's evidence cut to EVIDENCE_SHOWN, with `evidenceMore` pointing at the whole list. */
  briefs: unknown[];
  /** Per round, the whole evidence lists of the facts whose list was cut. */
  evidence: REvidence[][][];
  entities: Array<Omit<Entity, 'docs' | 'merges'> & { docs: number[]; merges: Entity['merges'] }>;
  errors: RError[];
}

/** Evidence spans a fact shows at first. */
export const EVIDENCE_SHOWN = 5;

export interface BuildOptions {
  out: string;
  corpus: string;
  gold?: string;
}

const rm = (m: BratMention): RMention => ({
  s: m.start,
  e: m.end,
  t: m.type,
  ...(m.entityId ? { id: m.entityId } : {}),
  ...(m.entityName ? { n: m.entityName } : {}),
  ...(m.value !== undefined ? { v: m.value } : {}),
  ...(m.mod ? { mod: m.mod } : {}),
  ...(m.unit ? { unit: m.unit } : {}),
  ...(m.rule ? { rule: m.rule } : {}),
});

function readJson<T>(file: string, schema: { parse(x: unknown): T } & Parameters<typeof parseJson>[2], what: string, out: string): T {
  if (!existsSync(file)) throw new Error(`${file}: not found (run 'parley run CORPUS_DIR --out ${out}' first)`);
  return parseJson(file, readFileSync(file, 'utf8'), schema, what) as T;
}

/** Reads a run's outputs, its articles and the gold into the report's data. One broken article is a problem on that article only. */
export async function buildReport(opts: BuildOptions): Promise<ReportData> {
  const { out, corpus } = opts;
  const briefs: Brief[] = readJson(join(out, 'briefs.json'), BriefsFile, 'briefs', out).briefs;
  const entities: Entity[] = readJson(join(out, 'entities.json'), EntitiesFile, 'entities', out).entities;
  const annDir = join(out, 'ann');
  const preds = existsSync(annDir) ? await readAnnFolder(annDir) : new Map();
  if (!preds.size) throw new Error(`${annDir}: no .ann files (run 'parley run CORPUS_DIR --out ${out}' first)`);
  const problems: string[] = [];
  const docs: RDoc[] = [];
  const maps = new Map<string, { n: number; map: OffsetMap }>();
  const examples: Example[] = [];
  const predMentions = new Map<string, BratMention[]>();
  for (const id of [...preds.keys()].sort()) {
    const n = docs.length;
    const doc: RDoc = { n, id, text: '', mentions: [], problems: [] };
    docs.push(doc);
    const annFile = join(annDir, `${id}.ann`);
    try {
      const article = readDocument(join(corpus, `${id}.txt`));
      doc.text = article.text;
      for (const k of ['title', 'source', 'url', 'published'] as const) if (article.meta[k]) doc[k] = article.meta[k];
      const parsed = parseBrat(annFile, readFileSync(annFile, 'utf8'), article.text);
      for (const e of parsed.errors) doc.problems.push(e.message);
      doc.mentions = parsed.mentions.map(rm).sort((a, b) => a.s - b.s || b.e - a.e);
      predMentions.set(id, parsed.mentions);
      maps.set(id, { n, map: new OffsetMap(article.text) });
    } catch (err) {
      doc.problems.push((err as Error).message);
    }
    problems.push(...doc.problems);
  }

  // Briefs: evidence by document index and UTF-16 span; evidence of an article the report lacks keeps d = -1.
  const ev = (e: Evidence): REvidence => {
    const m = maps.get(e.doc);
    return m ? { d: m.n, s: m.map.toUtf16(e.start), e: m.map.toUtf16(e.end), text: e.text } : { d: -1, s: e.start, e: e.end, text: e.text };
  };
  // A fact keeps its first few evidence spans; the whole list, when longer, goes to the round's
  // evidence file (read when asked for), so that the briefs stay small however many articles repeat a fact.
  const evidence: REvidence[][][] = [];
  const rBriefs = briefs.map((b, r) => {
    const more: REvidence[][] = [];
    const convert = (x: unknown): unknown => {
      if (Array.isArray(x)) return x.map(convert);
      if (x && typeof x === 'object') {
        const o: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(x)) {
          if (k !== 'evidence') o[k] = convert(v);
          else {
            const all = (v as Evidence[]).map(ev);
            o[k] = all.slice(0, EVIDENCE_SHOWN);
            if (all.length > EVIDENCE_SHOWN) o.evidenceMore = { round: r, key: more.push(all) - 1, total: all.length, docs: new Set(all.map((e) => e.d)).size };
          }
        }
        return o;
      }
      return x;
    };
    const out = { ...(convert(b) as object), docs: b.docs.map((d) => maps.get(d)?.n ?? -1) };
    evidence.push(more);
    return out;
  });
  const docIndex = new Map(docs.map((d) => [d.id, d.n]));
  const rEntities = entities.map((e) => ({ ...e, docs: e.docs.map((d) => docIndex.get(d)).filter((n): n is number => n !== undefined) }));

  const errors: RError[] = [];
  let gold: ReportData['index']['gold'];
  if (opts.gold) {
    const goldFiles = await readAnnFolder(opts.gold, corpus);
    for (const [id, g] of goldFiles) {
      for (const e of g.errors) problems.push(e.message);
      const p = predMentions.get(id);
      if (p) examples.push({ doc: id, gold: g.mentions, pred: p });
    }
    if (!examples.length) throw new Error(`${opts.gold}: no gold file annotates an article of this run`);
    const s = score(examples);
    const briefsDir = join(opts.gold, 'briefs');
    const goldBriefs = existsSync(briefsDir) ? await readBriefsFolder(briefsDir) : [];
    for (const e of s.errors) {
      const d = docIndex.get(e.doc)!;
      const item: RError = {
        i: errors.length,
        k: e.kind,
        d,
        t: (e.gold ?? e.pred)!.type,
        ...(e.gold ? { g: { ...rm(e.gold), x: e.gold.text } } : {}),
        ...(e.pred ? { p: { ...rm(e.pred), x: e.pred.text } } : {}),
        ...(e.note ? { note: e.note } : {}),
      };
      errors.push(item);
      (docs[d]!.errors ??= []).push(item);
    }
    const { errors: _all, ...rest } = s;
    gold = { dir: opts.gold, scores: rest, errors: errors.length, ...(goldBriefs.length ? { briefs: scoreBriefs(goldBriefs, briefs, examples) } : {}) };
  }

  return {
    index: {
      title: `Parley report: ${out}`,
      corpus,
      docs: docs.map((d) => ({
        n: d.n,
        id: d.id,
        ...(d.title ? { title: d.title } : {}),
        ...(d.source ? { source: d.source } : {}),
        ...(d.published ? { published: d.published } : {}),
        mentions: d.mentions.length,
        ...(opts.gold ? { errors: d.errors?.length ?? 0 } : {}),
        problems: d.problems.length,
      })),
      types: MENTION_TYPES,
      rounds: briefs.map((b) => ({ id: b.id, ...(b.ordinal ? { ordinal: b.ordinal } : {}), status: b.status })),
      entities: entities.length,
      ...(gold ? { gold } : {}),
      problems,
    },
    docs,
    briefs: rBriefs,
    evidence,
    entities: rEntities,
    errors,
  };
}
