/**
 * CoNLL-2003 reading and strict scoring, apart from running Parley (src/eval/conll.ts), so that
 * it can be tested on a small hand-written snippet.
 *
 * A CoNLL file has one token a line (`TOKEN POS CHUNK NER`, the tag last), a blank line between
 * sentences and `-DOCSTART-` lines between documents. Each document is rebuilt as text: a
 * sentence's tokens joined by single spaces, sentences by line ends. Gold names are the tag runs
 * read as IOB1 or IOB2 (a `B-` tag, or an `I-` tag of another type than the token before, starts
 * a name), with their character offsets in that text.
 */
import { InputError } from '../io/errors.js';

export const CONLL_TYPES = ['PER', 'ORG', 'LOC'] as const;
export type ConllType = (typeof CONLL_TYPES)[number];
/** Parley's entity types as CoNLL's; MISC has no counterpart and is not scored. */
export const PARLEY_TO_CONLL: Record<string, ConllType> = { Person: 'PER', Organization: 'ORG', Place: 'LOC' };

export interface ConllSpan {
  start: number;
  end: number;
  /** PER, ORG, LOC or MISC (gold); PER, ORG or LOC (prediction). */
  type: string;
  text: string;
}

export interface ConllDoc {
  /** 1-based position of the document in the file. */
  index: number;
  /** Line of its -DOCSTART- (or of its first token). */
  line: number;
  text: string;
  gold: ConllSpan[];
}

/** Reads a CoNLL-2003 file's documents; a line without a tag is an error naming file and line. */
export function parseConll(content: string, file = 'conll'): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let sentences: Array<Array<{ token: string; tag: string }>> = [];
  let sentence: Array<{ token: string; tag: string }> = [];
  let docLine = 0;
  const flushSentence = () => {
    if (sentence.length) sentences.push(sentence);
    sentence = [];
  };
  const flushDoc = () => {
    flushSentence();
    if (sentences.length) docs.push(buildDoc(sentences, docs.length + 1, docLine));
    sentences = [];
    docLine = 0;
  };
  const lines = content.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.trim();
    if (!line) {
      flushSentence();
      continue;
    }
    const cols = line.split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      flushDoc();
      docLine = n + 1;
      continue;
    }
    const tag = cols[cols.length - 1]!;
    if (cols.length < 2 || !/^(O|[BI]-[A-Z]+)$/.test(tag)) throw new InputError(file, `not a CoNLL line (TOKEN … TAG, the tag O or B-/I-TYPE): '${line.slice(0, 60)}'`, n + 1);
    if (docLine === 0) docLine = n + 1;
    sentence.push({ token: cols[0]!, tag });
  }
  flushDoc();
  return docs;
}

function buildDoc(sentences: Array<Array<{ token: string; tag: string }>>, index: number, line: number): ConllDoc {
  let text = '';
  const gold: ConllSpan[] = [];
  for (const s of sentences) {
    if (text) text += '\n';
    let open: ConllSpan | undefined;
    const close = () => {
      if (open) gold.push({ ...open, text: text.slice(open.start, open.end) });
      open = undefined;
    };
    s.forEach(({ token, tag }, k) => {
      if (k > 0) text += ' ';
      const start = text.length;
      text += token;
      if (tag === 'O') return close();
      const type = tag.slice(2);
      if (tag.startsWith('B-') || !open || open.type !== type) {
        close();
        open = { start, end: text.length, type, text: '' };
      } else open.end = text.length;
    });
    close();
  }
  return { index, line, text, gold };
}

export interface ConllRow {
  type: ConllType | 'micro';
  gold: number;
  pred: number;
  correct: number;
  p: number;
  r: number;
  f: number;
}

export interface ConllError {
  kind: 'missed' | 'spurious';
  doc: number;
  span: ConllSpan;
}

const row = (type: ConllType | 'micro', gold: number, pred: number, correct: number): ConllRow => {
  const p = pred ? correct / pred : 0;
  const r = gold ? correct / gold : 0;
  return { type, gold, pred, correct, p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};

/**
 * Strict scores: a prediction is correct when a gold name has exactly its span and type. Gold
 * MISC names are left out, so a prediction on one counts as spurious. Micro sums PER, ORG, LOC.
 */
export function scoreConll(pairs: Array<{ doc: number; gold: ConllSpan[]; pred: ConllSpan[] }>): { rows: ConllRow[]; errors: ConllError[] } {
  const counts = new Map<ConllType, { gold: number; pred: number; correct: number }>(CONLL_TYPES.map((t) => [t, { gold: 0, pred: 0, correct: 0 }]));
  const errors: ConllError[] = [];
  const key = (s: ConllSpan) => `${s.start}:${s.end}:${s.type}`;
  for (const { doc, gold, pred } of pairs) {
    const g = gold.filter((s) => counts.has(s.type as ConllType));
    const p = pred.filter((s) => counts.has(s.type as ConllType));
    const goldKeys = new Set(g.map(key));
    const predKeys = new Set(p.map(key));
    for (const s of g) {
      counts.get(s.type as ConllType)!.gold++;
      if (!predKeys.has(key(s))) errors.push({ kind: 'missed', doc, span: s });
    }
    for (const s of new Map(p.map((s) => [key(s), s])).values()) {
      const c = counts.get(s.type as ConllType)!;
      c.pred++;
      if (goldKeys.has(key(s))) c.correct++;
      else errors.push({ kind: 'spurious', doc, span: s });
    }
  }
  const rows = CONLL_TYPES.map((t) => row(t, counts.get(t)!.gold, counts.get(t)!.pred, counts.get(t)!.correct));
  const sum = (f: 'gold' | 'pred' | 'correct') => rows.reduce((a, r) => a + r[f], 0);
  rows.push(row('micro', sum('gold'), sum('pred'), sum('correct')));
  return { rows, errors };
}

/** The table the eval prints: type, gold, predicted, correct, P, R, F1. */
export function formatConllTable(rows: ConllRow[]): string {
  const head = ['type', 'gold', 'pred', 'correct', 'P', 'R', 'F1'];
  const body = rows.map((r) => [r.type, String(r.gold), String(r.pred), String(r.correct), r.p.toFixed(3), r.r.toFixed(3), r.f.toFixed(3)]);
  const w = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join('  ');
  return [line(head), ...body.map(line)].join('\n');
}
