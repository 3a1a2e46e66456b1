/**
 * TimeML (TempEval-3) reading and TIMEX3 scoring, for `npm run eval:timeml`.
 *
 * `parseTimeml` reads one `.tml` file: its document creation time (the DCT's TIMEX3 value), the
 * plain text of its TEXT element (tags removed, XML entities decoded) and every TIMEX3 in it with
 * its span in that text, type and value. `scoreTimexes` compares predicted and gold expressions
 * the TempEval-3 way: a relaxed match is any overlap, a strict match the same span; the value is
 * scored on the relaxed matches of the gold expressions, and the value F1 is the value accuracy
 * times the relaxed F1 (TempEval-3's `evaluate_entities.py`: value precision and recall are the
 * accuracy times the relaxed precision and recall).
 */
import { InputError } from '../io/errors.js';

export type TimexType = 'DATE' | 'DURATION' | 'TIME' | 'SET';
export const TIMEX_TYPES: readonly TimexType[] = ['DATE', 'DURATION', 'TIME', 'SET'];

export interface Timex {
  start: number;
  end: number;
  type: TimexType;
  value?: string;
  text: string;
}

export interface TimemlDoc {
  id: string;
  /** The document creation time as a day, `YYYY-MM-DD`. */
  dct: string;
  text: string;
  timexes: Timex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`).exec(tag)?.[1];
const lineAt = (s: string, i: number): number => s.slice(0, i).split('\n').length;

/** One TimeML file: DCT, text and TIMEX3s. Throws an InputError naming the file and line of what is wrong. */
export function parseTimeml(xml: string, file: string): TimemlDoc {
  const id = /<DOCID>\s*([^<]*?)\s*<\/DOCID>/.exec(xml)?.[1] ?? file.replace(/^.*\//, '').replace(/\.tml$/, '');
  const dctEl = /<DCT>\s*(<TIMEX3\b[^>]*>)/.exec(xml);
  if (!dctEl) throw new InputError(file, 'no DCT element with a TIMEX3 (the document creation time)');
  const dctValue = attr(dctEl[1]!, 'value') ?? '';
  if (!/^\d{4}-\d{2}-\d{2}/.test(dctValue)) throw new InputError(file, `the DCT's value '${dctValue}' is not a day`, lineAt(xml, dctEl.index));
  const open = xml.indexOf('<TEXT>');
  const close = xml.indexOf('</TEXT>');
  if (open < 0 || close < open) throw new InputError(file, 'no <TEXT> … </TEXT> element');
  let text = '';
  const timexes: Timex[] = [];
  let current: { start: number; tag: string; at: number } | undefined;
  const body = open + '<TEXT>'.length;
  for (let i = body; i < close; ) {
    const c = xml[i]!;
    if (c === '<') {
      const end = xml.indexOf('>', i);
      if (end < 0 || end > close) throw new InputError(file, 'a tag is not closed', lineAt(xml, i));
      const tag = xml.slice(i, end + 1);
      if (/^<TIMEX3\b/.test(tag)) {
        if (current) throw new InputError(file, 'a TIMEX3 is not closed before the next one', lineAt(xml, current.at));
        if (tag.endsWith('/>')) {
          i = end + 1;
          continue;
        }
        current = { start: text.length, tag, at: i };
      } else if (tag === '</TIMEX3>') {
        if (!current) throw new InputError(file, '</TIMEX3> without its opening tag', lineAt(xml, i));
        const type = attr(current.tag, 'type') as TimexType | undefined;
        if (!type || !TIMEX_TYPES.includes(type)) throw new InputError(file, `TIMEX3 of unknown type '${type ?? ''}'`, lineAt(xml, current.at));
        const value = attr(current.tag, 'value');
        timexes.push({ start: current.start, end: text.length, type, ...(value !== undefined ? { value } : {}), text: text.slice(current.start) });
        current = undefined;
      }
      i = end + 1;
    } else if (c === '&') {
      const semi = xml.indexOf(';', i);
      const name = semi > i && semi - i < 10 ? xml.slice(i + 1, semi) : '';
      const ch = ENTITIES[name] ?? (/^#x[0-9a-f]+$/i.test(name) ? String.fromCodePoint(parseInt(name.slice(2), 16)) : /^#\d+$/.test(name) ? String.fromCodePoint(Number(name.slice(1))) : undefined);
      if (ch === undefined) throw new InputError(file, `unknown XML entity '${xml.slice(i, Math.min(semi + 1 || i + 10, i + 10))}'`, lineAt(xml, i));
      text += ch;
      i = semi + 1;
    } else {
      text += c;
      i++;
    }
  }
  if (current) throw new InputError(file, 'a TIMEX3 is not closed', lineAt(xml, current.at));
  return { id, dct: dctValue.slice(0, 10), text, timexes };
}

/** A prediction: a span, the TIMEX3 type it stands for, and its value (undefined when none was given). */
export interface Predicted {
  start: number;
  end: number;
  type: TimexType;
  value?: string;
  text: string;
}

export interface TypeCounts {
  gold: number;
  pred: number;
  /** Gold expressions a prediction overlaps, and predictions that overlap a gold expression. */
  relaxedGold: number;
  relaxedPred: number;
  /** Gold expressions with a prediction of exactly their span (and those predictions). */
  strictGold: number;
  strictPred: number;
  /** Relaxed-matched gold expressions whose matched prediction has their value. */
  valueRight: number;
}

export const emptyCounts = (): TypeCounts => ({ gold: 0, pred: 0, relaxedGold: 0, relaxedPred: 0, strictGold: 0, strictPred: 0, valueRight: 0 });
export const addCounts = (a: TypeCounts, b: TypeCounts): TypeCounts => ({
  gold: a.gold + b.gold,
  pred: a.pred + b.pred,
  relaxedGold: a.relaxedGold + b.relaxedGold,
  relaxedPred: a.relaxedPred + b.relaxedPred,
  strictGold: a.strictGold + b.strictGold,
  strictPred: a.strictPred + b.strictPred,
  valueRight: a.valueRight + b.valueRight,
});

/** One error, for the list by class. */
export interface TimexError {
  kind: 'missed' | 'spurious' | 'value';
  type: TimexType;
  text: string;
  gold?: string;
  pred?: string;
  predText?: string;
  start: number;
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/**
 * Scores one document's predictions against its gold for the `types` asked (DATE and DURATION for
 * the eval). A gold expression's type is its own; a prediction's type is what it stands for. A
 * prediction of another type, or one that overlaps only a gold expression of another type (a TIME
 * or SET), is set aside: it is neither right nor spurious.
 */
export function scoreTimexes(gold: Timex[], pred: Predicted[], types: readonly TimexType[]): { byType: Map<TimexType, TypeCounts>; errors: TimexError[] } {
  const byType = new Map<TimexType, TypeCounts>(types.map((t) => [t, emptyCounts()]));
  const errors: TimexError[] = [];
  const wanted = (t: TimexType) => types.includes(t);
  for (const g of gold) {
    if (!wanted(g.type)) continue;
    const c = byType.get(g.type)!;
    c.gold++;
    const over = pred.filter((p) => overlap(p, g) > 0);
    if (!over.length) {
      errors.push({ kind: 'missed', type: g.type, text: g.text, ...(g.value !== undefined ? { gold: g.value } : {}), start: g.start });
      continue;
    }
    c.relaxedGold++;
    const exact = over.find((p) => p.start === g.start && p.end === g.end);
    if (exact) c.strictGold++;
    const best = exact ?? over.reduce((a, b) => (overlap(b, g) > overlap(a, g) ? b : a));
    if (best.value !== undefined && best.value === g.value) c.valueRight++;
    else errors.push({ kind: 'value', type: g.type, text: g.text, ...(g.value !== undefined ? { gold: g.value } : {}), ...(best.value !== undefined ? { pred: best.value } : {}), predText: best.text, start: g.start });
  }
  for (const p of pred) {
    if (!wanted(p.type)) continue;
    const over = gold.filter((g) => overlap(p, g) > 0);
    if (over.length && !over.some((g) => wanted(g.type))) continue;
    const c = byType.get(p.type)!;
    c.pred++;
    if (over.length) {
      c.relaxedPred++;
      if (over.some((g) => g.start === p.start && g.end === p.end)) c.strictPred++;
    } else errors.push({ kind: 'spurious', type: p.type, text: p.text, ...(p.value !== undefined ? { pred: p.value } : {}), start: p.start });
  }
  return { byType, errors };
}

export interface Prf {
  p: number;
  r: number;
  f: number;
}
const prf = (hitsP: number, pred: number, hitsR: number, gold: number): Prf => {
  const p = pred ? hitsP / pred : 0;
  const r = gold ? hitsR / gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};

/** Strict and relaxed P/R/F1, the value accuracy on relaxed matches, and the value P/R/F1 (accuracy × relaxed). */
export function measures(c: TypeCounts): { strict: Prf; relaxed: Prf; valueAccuracy: number; value: Prf } {
  const strict = prf(c.strictPred, c.pred, c.strictGold, c.gold);
  const relaxed = prf(c.relaxedPred, c.pred, c.relaxedGold, c.gold);
  const valueAccuracy = c.relaxedGold ? c.valueRight / c.relaxedGold : 0;
  return { strict, relaxed, valueAccuracy, value: { p: valueAccuracy * relaxed.p, r: valueAccuracy * relaxed.r, f: valueAccuracy * relaxed.f } };
}

/** The per-type table: one row per type and one for all of them (micro: the counts summed). */
export function formatTimexTable(byType: Map<TimexType, TypeCounts>): string {
  const rows: Array<[string, TypeCounts]> = [...byType.entries()];
  rows.push(['all', rows.reduce((a, [, c]) => addCounts(a, c), emptyCounts())]);
  const f3 = (x: number) => x.toFixed(3);
  const head = ['type', 'gold', 'pred', 'strict P', 'strict R', 'strict F1', 'relaxed P', 'relaxed R', 'relaxed F1', 'value acc', 'value P', 'value R', 'value F1'];
  const body = rows.map(([name, c]) => {
    const m = measures(c);
    return [name, String(c.gold), String(c.pred), f3(m.strict.p), f3(m.strict.r), f3(m.strict.f), f3(m.relaxed.p), f3(m.relaxed.r), f3(m.relaxed.f), f3(m.valueAccuracy), f3(m.value.p), f3(m.value.r), f3(m.value.f)];
  });
  const w = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join('  ');
  return [line(head), ...body.map(line)].join('\n');
}

/** The TIMEX3 type a Parley Date value stands for: a duration `P…`, a time of day `…T…`, else a date. */
export function timexTypeOfValue(value: string | undefined, rule?: string): TimexType {
  if (value !== undefined) {
    if (/_REF$/.test(value)) return 'DATE';
    if (/^P/.test(value)) return 'DURATION';
    if (/T(\d|MO|AF|EV|NI|DT)/.test(value) && !/-W\d\d-WE$/.test(value)) return 'TIME';
    return 'DATE';
  }
  if (rule && /duration|unit/.test(rule)) return 'DURATION';
  if (rule && /(^|:)time/.test(rule)) return 'TIME';
  return 'DATE';
}
