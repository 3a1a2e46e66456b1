/**
 * The round-fact scorer: a run's briefs against a field negotiation's gold round facts
 * (`gold/field/NEG/rounds.json`). Predicted and gold rounds are paired one to one (a stated
 * ordinal, shared days, the same city), then each slot is scored as a set: held days with ranges
 * expanded, venue city, facility, parties, hosts/mediators, delegation members (the person, by
 * name and tolerant of spelling variants), members' roles, outcome numbers and next steps.
 *
 * Entities compare by name, since a run's ids are its own: a predicted entity matches a gold one
 * when one of its names (canonical name or an alias from `entities.json`) equals one of the gold
 * names, after folding case, accents and punctuation; people also match on a close surname with
 * compatible given names ("Oleksiy"/"Oleksii", "Holmq"/"Holmgh").
 */
import type { Brief, Entity } from '../model/schema.js';
import type { GoldEntity, GoldRound, GoldRounds } from '../model/field.js';
import { prf, type PRF } from './mentions.js';
import { dice } from '../text/similarity.js';

export const ROUND_SLOTS = ['held', 'venue', 'facility', 'parties', 'mediators', 'members', 'roles', 'numbers', 'next'] as const;
export type RoundSlot = (typeof ROUND_SLOTS)[number];

export interface RoundSlotScore {
  slot: RoundSlot | 'micro';
  gold: number;
  pred: number;
  correct: number;
  prf: PRF;
}

export interface RoundError {
  slot: RoundSlot;
  kind: 'missed' | 'spurious';
  /** The gold round's label, or the predicted round's id for a spurious round's items. */
  round: string;
  item: string;
  /** For a spurious item: the rules that read it (as briefs.json gives them). */
  rules?: string[];
}

export interface RoundScores {
  negotiation: string;
  /** Gold round label ↔ predicted brief id (absent when no brief was paired). */
  pairs: Array<{ gold: string; ordinal: number; pred?: string }>;
  roundsGold: number;
  roundsFound: number;
  /** Predicted rounds paired with no gold round. */
  spurious: string[];
  slots: RoundSlotScore[];
  errors: RoundError[];
}

// ---------------------------------------------------------------------------------------
// Names

/** Case, accents, punctuation and a leading article folded away: "the U.S." → "us". */
export function foldName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.'’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/** Edit distance, for spelling variants of short names. */
function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

/** Transliteration variants folded to one spelling: q/gh, kh/h, ks/x, final -iy/-ii/-ey/-yi. */
const translit = (w: string): string => w.replace(/gh/g, 'q').replace(/kh/g, 'h').replace(/ks/g, 'x').replace(/(iy|ii|ey|yi)$/, 'i');

/** Two spellings of one word: equal once transliteration variants are folded, or within one edit per five letters. */
const closeWord = (a: string, b: string): boolean => {
  if (a === b) return true;
  const x = translit(a);
  const y = translit(b);
  return x === y || (Math.min(x.length, y.length) >= 4 && levenshtein(x, y) <= Math.floor(Math.max(x.length, y.length) / 5));
};

/**
 * Whether two folded person names can name the same person: the same surname (last word, or
 * spelling variants of it) and given names that do not contradict (absent, an initial, or close).
 */
export function samePerson(a: string, b: string): boolean {
  if (a === b) return true;
  const x = a.split(' ');
  const y = b.split(' ');
  if (!closeWord(x[x.length - 1]!, y[y.length - 1]!)) return false;
  if (x.length === 1 || y.length === 1) return true;
  const fx = x[0]!;
  const fy = y[0]!;
  return fx[0] === fy[0] && (fx.length === 1 || fy.length === 1 || closeWord(fx, fy) || x.length !== y.length);
}

export const goldNames = (e: GoldEntity): string[] => (typeof e === 'string' ? [e] : [e.name, ...e.aliases]);

/** The names a run gives each entity id: its canonical name and its aliases. */
export function namesById(entities: Entity[]): Map<string, string[]> {
  return new Map(entities.map((e) => [e.id, [e.name, ...e.aliases.map((a) => a.text)]]));
}

interface Named {
  /** Folded names. */
  names: string[];
  /** What an error line shows. */
  label: string;
}

const named = (label: string, names: string[]): Named => ({ label, names: [...new Set(names.map(foldName).filter(Boolean))] });

/** A country and its government, army or side name one party: "ethiopia" ~ "ethiopian government", "government of sudan". */
const GOVERNMENT = /^(?:n|ns|an|ian|ese|i|ish)?\s+(?:federal\s+)?(?:government|authorities|armed forces|army|military|forces|side|delegation)$/;
export function sameSide(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 4) return false;
  if (long.startsWith(short) && GOVERNMENT.test(long.slice(short.length))) return true;
  return long === `government of ${short}`;
}

function sameEntity(g: Named, p: Named, person: boolean): boolean {
  for (const a of g.names) for (const b of p.names) if (a === b || (person ? samePerson(a, b) : sameSide(a, b))) return true;
  return false;
}

// ---------------------------------------------------------------------------------------
// Items and one-to-one matching

interface Item {
  label: string;
  rules?: string[];
  /** Equal keys match (days, numbers); otherwise `match` decides. */
  key?: string;
  entity?: Named;
  text?: string;
  date?: string;
}

/** Matches gold and predicted items one to one, best first; returns the matched pairs' indices. */
function matchOneToOne(gold: Item[], pred: Item[], score: (g: Item, p: Item) => number): Array<[number, number]> {
  const cands: Array<[number, number, number]> = [];
  gold.forEach((g, i) => pred.forEach((p, j) => {
    const s = score(g, p);
    if (s > 0) cands.push([s, i, j]);
  }));
  cands.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const gu = new Set<number>();
  const pu = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const [, i, j] of cands) {
    if (gu.has(i) || pu.has(j)) continue;
    gu.add(i);
    pu.add(j);
    out.push([i, j]);
  }
  return out;
}

/** Days of a value: a range `A/B` expanded to every day; anything else (a day, a month) as it is. */
export function expandDays(v: string): string[] {
  // A time or a part of a day ("2031-02-13T11:00", "2031-02-13TNI") stands for its day.
  const part = /^(\d{4}-\d{2}-\d{2})T[\dA-Z:]+$/.exec(v);
  if (part) return [part[1]!];
  const m = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(v);
  if (!m) return [v];
  const out: string[] = [];
  const end = Date.parse(m[2]! + 'T00:00:00Z');
  for (let t = Date.parse(m[1]! + 'T00:00:00Z'); t <= end && out.length < 366; t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out.length ? out : [v];
}

const uniqBy = (xs: Item[], key: (x: Item) => string): Item[] => [...new Map(xs.map((x) => [key(x), x])).values()];
const numKey = (v: string | number): string | undefined => {
  const n = typeof v === 'number' ? v : Number(String(v).replace(/,/g, ''));
  return Number.isFinite(n) ? String(n) : undefined;
};

function goldItems(r: GoldRound, slot: RoundSlot): Item[] {
  const ent = (e: GoldEntity): Item => ({ label: goldNames(e)[0]!, entity: named(goldNames(e)[0]!, goldNames(e)) });
  switch (slot) {
    case 'held':
      return uniqBy(r.held.flatMap(expandDays).map((d) => ({ label: d, key: d })), (x) => x.key!);
    case 'venue':
      return r.venue.city ? [ent(r.venue.city)] : [];
    case 'facility':
      return r.venue.facility ? [{ label: r.venue.facility, entity: named(r.venue.facility, [r.venue.facility]), text: r.venue.facility }] : [];
    case 'parties':
      return r.parties.map(ent);
    case 'mediators':
      // (a set of entities: one named twice, as host and as mediator, counts once)
      return uniqBy(r.mediators.map((m) => ent(m.entity)), (x) => x.entity!.names[0]!);
    case 'members':
      return r.delegations.flatMap((d) => d.members.map((m) => ({ label: m.name, entity: named(m.name, [m.name, ...m.aliases]) })));
    case 'roles':
      return r.delegations.flatMap((d) => d.members.filter((m) => m.role).map((m) => ({ label: `${m.name}: ${m.role}`, entity: named(m.name, [m.name, ...m.aliases]), text: m.role! })));
    case 'numbers':
      return uniqBy(r.outcomeNumbers.map((n) => ({ label: String(n), key: numKey(n)! })), (x) => x.key!);
    case 'next':
      return r.next.map((n) => ({ label: n.text + (n.date ? ` (${n.date})` : ''), text: n.text, ...(n.date ? { date: n.date } : {}) }));
  }
}

function predItems(b: Brief, slot: RoundSlot, names: Map<string, string[]>): Item[] {
  const ent = (e: { id: string; name: string; rules?: string[] | undefined }): Item => ({ label: e.name, entity: named(e.name, names.get(e.id) ?? [e.name]), ...(e.rules ? { rules: e.rules } : {}) });
  const byId = (xs: Array<{ id: string; name: string; rules?: string[] | undefined }>) => [...new Map(xs.map((x) => [x.id, x])).values()].map(ent);
  switch (slot) {
    case 'held':
      return uniqBy(b.dates.held.flatMap((d) => expandDays(d.value).map((x) => ({ label: x, key: x, ...(d.rules ? { rules: d.rules } : {}) }))), (x) => x.key!);
    case 'venue':
      return byId(b.venue.city);
    case 'facility':
      return byId(b.venue.facility).map((x) => ({ ...x, text: x.label }));
    case 'parties':
      return byId(b.parties);
    case 'mediators':
      return byId(b.mediators);
    case 'members':
      return byId(b.delegations.flatMap((d) => d.members.map((m) => ({ ...m.person, ...(m.rules ? { rules: m.rules } : {}) }))));
    case 'roles':
      return uniqBy(
        b.delegations.flatMap((d) => d.members.filter((m) => m.role).map((m) => ({ ...ent(m.person), label: `${m.person.name}: ${m.role}`, text: m.role! }))),
        (x) => x.label,
      );
    case 'numbers':
      return uniqBy(
        b.outcomes.flatMap((o) => o.quantities.flatMap((q) => (numKey(q.value) ? [{ label: q.value, key: numKey(q.value)! }] : []))),
        (x) => x.key!,
      );
    case 'next':
      return b.next.map((n) => ({ label: n.text + (n.date ? ` (${n.date})` : ''), text: n.text, ...(n.date ? { date: n.date } : {}) }));
  }
}

/** How well a gold item and a predicted item agree, 0 (not at all) to 1; below a slot's bar they do not match. */
function itemScore(slot: RoundSlot, g: Item, p: Item): number {
  switch (slot) {
    case 'held':
    case 'numbers':
      return g.key === p.key ? 1 : 0;
    case 'venue':
    case 'parties':
    case 'mediators':
      return sameEntity(g.entity!, p.entity!, false) ? 1 : 0;
    case 'members':
      return sameEntity(g.entity!, p.entity!, true) ? 1 : 0;
    case 'facility':
      return sameEntity(g.entity!, p.entity!, false) ? 1 : dice(g.text!, p.text!) >= 0.5 ? 0.5 : 0;
    case 'roles': {
      if (!sameEntity(g.entity!, p.entity!, true)) return 0;
      const d = dice(g.text!, p.text!);
      return d >= 0.5 ? d : 0;
    }
    case 'next': {
      if (g.date && p.date && (g.date === p.date || expandDays(g.date).some((d) => expandDays(p.date!).includes(d)))) return 1;
      const d = dice(g.text!, p.text!);
      return d >= 0.4 ? d : 0;
    }
  }
}

// ---------------------------------------------------------------------------------------
// Pairing rounds

const roundDays = (xs: string[]): Set<string> => new Set(xs.flatMap(expandDays));

/** How strongly a predicted brief is the gold round: a shared day counts most, then a stated ordinal, then the city. */
function roundAffinity(g: GoldRound, p: Brief, names: Map<string, string[]>): number {
  const gd = roundDays([...g.held, ...g.planned]);
  const pd = roundDays([...p.dates.held, ...p.dates.planned].map((d) => d.value));
  let shared = 0;
  for (const d of pd) if (gd.has(d)) shared++;
  const dayScore = gd.size && pd.size ? shared / Math.min(gd.size, pd.size) : 0;
  const ordinal = p.ordinal !== undefined && p.ordinal === g.ordinal ? 1 : 0;
  if (!dayScore && !ordinal) return 0;
  const city = g.venue.city && predItems(p, 'venue', names).some((x) => sameEntity(named(g.venue.city!, [g.venue.city!]), x.entity!, false)) ? 0.5 : 0;
  return 2 * dayScore + ordinal + city;
}

export interface ScoreRoundsOptions {
  /** The run's entities (`entities.json`), whose aliases let a predicted entity match a gold name. */
  entities?: Entity[];
}

/** Scores predicted briefs (those of this negotiation) against its gold round facts. */
export function scoreRounds(gold: GoldRounds, pred: Brief[], opts: ScoreRoundsOptions = {}): RoundScores {
  const names = namesById(opts.entities ?? []);
  const cands: Array<[number, number, number]> = [];
  gold.rounds.forEach((g, i) => pred.forEach((p, j) => {
    const s = roundAffinity(g, p, names);
    if (s > 0) cands.push([s, i, j]);
  }));
  cands.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const pairOf = new Map<number, number>();
  const usedPred = new Set<number>();
  for (const [, i, j] of cands) {
    if (pairOf.has(i) || usedPred.has(j)) continue;
    pairOf.set(i, j);
    usedPred.add(j);
  }
  const spurious = pred.filter((_, j) => !usedPred.has(j));
  const errors: RoundError[] = [];
  const slots: RoundSlotScore[] = [];
  const total = { gold: 0, pred: 0, correct: 0 };
  for (const slot of ROUND_SLOTS) {
    let g = 0;
    let p = 0;
    let c = 0;
    gold.rounds.forEach((gr, i) => {
      const j = pairOf.get(i);
      const gi = goldItems(gr, slot);
      const pi = j === undefined ? [] : predItems(pred[j]!, slot, names);
      const matched = matchOneToOne(gi, pi, (a, b) => itemScore(slot, a, b));
      g += gi.length;
      p += pi.length;
      c += matched.length;
      const mg = new Set(matched.map((m) => m[0]));
      const mp = new Set(matched.map((m) => m[1]));
      gi.forEach((x, k) => mg.has(k) || errors.push({ slot, kind: 'missed', round: gr.label, item: x.label }));
      pi.forEach((x, k) => mp.has(k) || errors.push({ slot, kind: 'spurious', round: gr.label, item: x.label, ...(x.rules ? { rules: x.rules } : {}) }));
    });
    for (const b of spurious) {
      const pi = predItems(b, slot, names);
      p += pi.length;
      for (const x of pi) errors.push({ slot, kind: 'spurious', round: `${b.id} (no gold round)`, item: x.label, ...(x.rules ? { rules: x.rules } : {}) });
    }
    slots.push({ slot, gold: g, pred: p, correct: c, prf: prf(c, p, g) });
    total.gold += g;
    total.pred += p;
    total.correct += c;
  }
  slots.push({ slot: 'micro', ...total, prf: prf(total.correct, total.pred, total.gold) });
  return {
    negotiation: gold.negotiation,
    pairs: gold.rounds.map((r, i) => ({ gold: r.label, ordinal: r.ordinal, ...(pairOf.has(i) ? { pred: pred[pairOf.get(i)!]!.id } : {}) })),
    roundsGold: gold.rounds.length,
    roundsFound: pairOf.size,
    spurious: spurious.map((b) => b.id),
    slots,
    errors,
  };
}

/**
 * The briefs of a run that belong to one negotiation, given its documents' ids: those whose
 * documents are mostly the negotiation's. `docId` maps a run's document id to the manifest's
 * (a combined run prefixes them). Also counts the briefs that mix documents of several.
 */
export function briefsOf(briefs: Brief[], docs: Set<string>, docId: (id: string) => string = (x) => x): { briefs: Brief[]; mixed: number } {
  const out: Brief[] = [];
  let mixed = 0;
  for (const b of briefs) {
    const mine = b.docs.filter((d) => docs.has(docId(d))).length;
    if (mine && mine < b.docs.length) mixed++;
    if (mine * 2 > b.docs.length || (mine * 2 === b.docs.length && mine > 0)) out.push(b);
  }
  return { briefs: out, mixed };
}

const f3 = (x: number) => x.toFixed(3);

export function formatRoundScores(s: RoundScores): string {
  const out = [`${s.negotiation}: rounds found ${s.roundsFound}/${s.roundsGold}, spurious ${s.spurious.length}`];
  for (const p of s.pairs) out.push(`  round ${p.ordinal} ${p.gold} ↔ ${p.pred ?? 'none'}`);
  if (s.spurious.length) out.push(`  spurious: ${s.spurious.join(', ')}`);
  out.push('', 'slot        gold  pred     P      R      F1');
  for (const x of s.slots) out.push(`${x.slot.padEnd(10)} ${String(x.gold).padStart(5)} ${String(x.pred).padStart(5)}  ${f3(x.prf.p)}  ${f3(x.prf.r)}  ${f3(x.prf.f)}`);
  return out.join('\n');
}

export function formatRoundErrors(errors: RoundError[], n: number): string {
  const out = [`first ${Math.min(n, errors.length)} of ${errors.length} errors:`];
  for (const e of errors.slice(0, n)) out.push(`  ${e.kind.padEnd(8)} ${e.slot.padEnd(9)} ${e.round}: ${e.item}${e.rules?.length ? `  [${e.rules.join(', ')}]` : ''}`);
  return out.join('\n');
}
