/**
 * Mention, link and value scores on (predicted, gold) pairs of documents, as spaCy's Scorer
 * compares Examples: counts that add up (micro = sum of the types), strict and partial
 * matching side by side (SemEval-2013 Task 9.1 modes, as nervaluate defines them), links
 * scored on strictly matched mentions only (B³ over clusters across all documents), and the
 * items behind every number kept so that `--errors` can list them.
 */
import { MENTION_TYPES, isEntityType, type MentionType } from '../model/schema.js';
import type { BratMention } from '../io/brat.js';

export interface Example {
  doc: string;
  gold: BratMention[];
  pred: BratMention[];
}

export interface PRF {
  p: number;
  r: number;
  f: number;
}

export interface TypeScore {
  type: MentionType | 'micro';
  gold: number;
  pred: number;
  correct: number;
  strict: PRF;
  partial: PRF;
}

export interface ErrorItem {
  kind: 'missed' | 'spurious' | 'partial' | 'value' | 'link';
  doc: string;
  gold?: BratMention;
  pred?: BratMention;
  note?: string;
}

export interface Scores {
  types: TypeScore[];
  linking: { mentions: number; b3: PRF; canonicalAccuracy: number };
  values: { dateValue: Accuracy; quantityValue: Accuracy; quantityUnit: Accuracy };
  errors: ErrorItem[];
}

export interface Accuracy {
  correct: number;
  total: number;
  accuracy: number;
}

/** Precision, recall and F1 of `tp` correct among `pred` predicted and `gold` gold items (1 where both are empty). */
export const prf = (tp: number, pred: number, gold: number): PRF => {
  const p = pred ? tp / pred : gold ? 0 : 1;
  const r = gold ? tp / gold : pred ? 0 : 1;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};
const acc = (correct: number, total: number): Accuracy => ({ correct, total, accuracy: total ? correct / total : 1 });
const overlaps = (a: BratMention, b: BratMention) => a.start < b.end && b.start < a.end;
const same = (a: BratMention, b: BratMention) => a.start === b.start && a.end === b.end;

export function score(examples: Example[]): Scores {
  const errors: ErrorItem[] = [];
  const types: TypeScore[] = [];
  const totals = { gold: 0, pred: 0, correct: 0, pcor: 0, ppar: 0 };
  const matched: Array<{ doc: string; gold: BratMention; pred: BratMention }> = [];
  for (const type of MENTION_TYPES) {
    let gold = 0;
    let pred = 0;
    let correct = 0;
    let pCor = 0;
    let pPar = 0;
    for (const ex of examples) {
      const g = ex.gold.filter((m) => m.type === type);
      const p = ex.pred.filter((m) => m.type === type);
      gold += g.length;
      pred += p.length;
      const usedP = new Set<BratMention>();
      for (const gm of g) {
        const exact = p.find((pm) => same(pm, gm) && !usedP.has(pm));
        if (exact) {
          usedP.add(exact);
          correct++;
          pCor++;
          matched.push({ doc: ex.doc, gold: gm, pred: exact });
          continue;
        }
        const part = p.find((pm) => overlaps(pm, gm) && !usedP.has(pm));
        if (part) {
          usedP.add(part);
          pPar++;
          errors.push({ kind: 'partial', doc: ex.doc, gold: gm, pred: part });
        } else {
          // A same-span mention of another type is a type error, listed once as partial.
          const other = ex.pred.find((pm) => same(pm, gm) && pm.type !== type);
          errors.push(other ? { kind: 'partial', doc: ex.doc, gold: gm, pred: other, note: 'type' } : { kind: 'missed', doc: ex.doc, gold: gm });
        }
      }
      for (const pm of p) {
        if (usedP.has(pm)) continue;
        if (!ex.gold.some((gm) => same(gm, pm))) errors.push({ kind: 'spurious', doc: ex.doc, pred: pm });
      }
    }
    const partialTp = pCor + 0.5 * pPar;
    types.push({ type, gold, pred, correct, strict: prf(correct, pred, gold), partial: prf(partialTp, pred, gold) });
    totals.gold += gold;
    totals.pred += pred;
    totals.correct += correct;
    totals.pcor += pCor;
    totals.ppar += pPar;
  }
  types.push({
    type: 'micro',
    gold: totals.gold,
    pred: totals.pred,
    correct: totals.correct,
    strict: prf(totals.correct, totals.pred, totals.gold),
    partial: prf(totals.pcor + 0.5 * totals.ppar, totals.pred, totals.gold),
  });
  return { types, linking: linking(matched, errors), values: values(matched, errors), errors };
}

/** B³ over strictly matched Person/Organization/Place mentions; clusters compared across all documents. */
function linking(matched: Array<{ doc: string; gold: BratMention; pred: BratMention }>, errors: ErrorItem[]): Scores['linking'] {
  const items = matched.filter((m) => isEntityType(m.gold.type));
  const goldOf = (i: number) => items[i]!.gold.entityId ?? `?gold:${i}`;
  const predOf = (i: number) => items[i]!.pred.entityId ?? `?pred:${i}`;
  // Cluster sizes and the size of each (gold, predicted) overlap, counted once: linear in the mentions.
  const count = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1);
  const goldSize = new Map<string, number>();
  const predSize = new Map<string, number>();
  const overlap = new Map<string, number>();
  items.forEach((_, i) => {
    count(goldSize, goldOf(i));
    count(predSize, predOf(i));
    count(overlap, `${goldOf(i)}\u0000${predOf(i)}`);
  });
  let p = 0;
  let r = 0;
  let names = 0;
  let named = 0;
  items.forEach((it, i) => {
    const inter = overlap.get(`${goldOf(i)}\u0000${predOf(i)}`)!;
    p += inter / predSize.get(predOf(i))!;
    r += inter / goldSize.get(goldOf(i))!;
    if (it.gold.entityName === undefined) return;
    named++;
    if (it.gold.entityName === it.pred.entityName) names++;
    else errors.push({ kind: 'link', doc: it.doc, gold: it.gold, pred: it.pred, note: `canonical '${it.pred.entityName ?? '-'}' vs gold '${it.gold.entityName ?? '-'}'` });
  });
  const n = items.length;
  const P = n ? p / n : 1;
  const R = n ? r / n : 1;
  return { mentions: n, b3: { p: P, r: R, f: P + R ? (2 * P * R) / (P + R) : 0 }, canonicalAccuracy: named ? names / named : 1 };
}

/** Value accuracies on strictly matched mentions whose gold gives a value. */
function values(matched: Array<{ doc: string; gold: BratMention; pred: BratMention }>, errors: ErrorItem[]): Scores['values'] {
  let dv = 0;
  let dn = 0;
  let qv = 0;
  let qn = 0;
  let qu = 0;
  let qun = 0;
  for (const { doc, gold, pred } of matched) {
    if (gold.type === 'Date' && gold.value !== undefined) {
      dn++;
      if (pred.value === gold.value && (pred.mod ?? '') === (gold.mod ?? '')) dv++;
      else errors.push({ kind: 'value', doc, gold, pred, note: `value=${pred.value ?? '-'} mod=${pred.mod ?? '-'} vs gold value=${gold.value} mod=${gold.mod ?? '-'}` });
    }
    if (gold.type === 'Quantity') {
      if (gold.value !== undefined) {
        qn++;
        if (Number(pred.value) === Number(gold.value) && (pred.mod ?? '') === (gold.mod ?? '')) qv++;
        else errors.push({ kind: 'value', doc, gold, pred, note: `value=${pred.value ?? '-'} mod=${pred.mod ?? '-'} vs gold value=${gold.value} mod=${gold.mod ?? '-'}` });
      }
      if (gold.unit !== undefined) {
        qun++;
        if (pred.unit === gold.unit) qu++;
        else errors.push({ kind: 'value', doc, gold, pred, note: `unit=${pred.unit ?? '-'} vs gold unit=${gold.unit}` });
      }
    }
  }
  return { dateValue: acc(dv, dn), quantityValue: acc(qv, qn), quantityUnit: acc(qu, qun) };
}

const f3 = (x: number) => x.toFixed(3);

/** The score table, as printed by `parley score` and `parley run --gold`. */
export function formatScores(s: Scores): string {
  const rows = [['type', 'gold', 'pred', 'P', 'R', 'F1', 'partial F1']];
  for (const t of s.types) rows.push([t.type, String(t.gold), String(t.pred), f3(t.strict.p), f3(t.strict.r), f3(t.strict.f), f3(t.partial.f)]);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const out = [line(rows[0]!), ...rows.slice(1).map(line)];
  out.push('');
  out.push(`linking (B³ over ${s.linking.mentions} matched mentions)  P ${f3(s.linking.b3.p)}  R ${f3(s.linking.b3.r)}  F1 ${f3(s.linking.b3.f)}  canonical-name accuracy ${f3(s.linking.canonicalAccuracy)}`);
  const v = s.values;
  out.push(`values  Date value+mod ${f3(v.dateValue.accuracy)} (${v.dateValue.correct}/${v.dateValue.total})  Quantity value+mod ${f3(v.quantityValue.accuracy)} (${v.quantityValue.correct}/${v.quantityValue.total})  Quantity unit ${f3(v.quantityUnit.accuracy)} (${v.quantityUnit.correct}/${v.quantityUnit.total})`);
  return out.join('\n');
}

export function formatErrors(errors: ErrorItem[], n: number): string {
  const show = (m?: BratMention) => (m ? `${m.type} ${m.start}-${m.end} '${m.text}'` : '');
  return errors
    .slice(0, n)
    .map((e) => `${e.kind.padEnd(8)} ${e.doc}  ${e.gold ? `gold ${show(e.gold)}` : ''}${e.gold && e.pred ? '  ' : ''}${e.pred ? `pred ${show(e.pred)}` : ''}${e.pred?.rule ? ` [${e.pred.rule}]` : ''}${e.note ? `  (${e.note})` : ''}`)
    .join('\n');
}
