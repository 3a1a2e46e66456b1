/**
 * Brief scoring: predicted and gold rounds are aligned by ordinal (then by held dates), and
 * each slot is scored as a set: dates by value, entities by id, members with their roles,
 * outcomes, topics and quotes by their words. Predicted entity ids are mapped to gold ids
 * through the mentions both sides annotate at the same spans, so a run's local ids compare
 * with the gold's.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Brief, BriefsFile } from '../model/schema.js';
import { InputError } from '../io/errors.js';
import type { Example, PRF } from './mentions.js';
import { dice } from '../text/similarity.js';

export const SLOTS = ['dates', 'venue', 'parties', 'mediators', 'members', 'roles', 'topics', 'outcomes', 'quotes', 'next'] as const;
export type Slot = (typeof SLOTS)[number];

export interface SlotScore {
  slot: Slot | 'micro';
  gold: number;
  pred: number;
  correct: number;
  prf: PRF;
}

export interface BriefScores {
  alignment: Array<{ gold: string; pred?: string; goldStatus: string; predStatus?: string }>;
  slots: SlotScore[];
}

export async function readBriefsFolder(dir: string): Promise<Brief[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  } catch {
    throw new InputError(dir, 'gold briefs folder not found');
  }
  const out: Brief[] = [];
  for (const n of names) {
    const file = join(dir, n);
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(file, 'utf8'));
    } catch (err) {
      throw new InputError(file, `invalid JSON: ${(err as Error).message}`);
    }
    const many = BriefsFile.safeParse(raw);
    if (many.success) out.push(...many.data.briefs);
    else {
      const one = Brief.safeParse(raw);
      if (!one.success) throw new InputError(file, `not a brief: ${one.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      out.push(one.data);
    }
  }
  return out;
}

const normRole = (r: string | undefined) => (r ?? '').toLowerCase().replace(/\b(the|a|an)\b/g, ' ').replace(/[^\p{L}\s]/gu, ' ').replace(/\s+/g, ' ').trim();

/** Predicted entity id → gold entity id, by the majority of strictly matched mentions. */
export function entityMap(examples: Example[]): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const ex of examples) {
    for (const p of ex.pred) {
      if (!p.entityId) continue;
      const g = ex.gold.find((x) => x.start === p.start && x.end === p.end && x.type === p.type && x.entityId);
      if (!g) continue;
      const v = votes.get(p.entityId) ?? new Map<string, number>();
      v.set(g.entityId!, (v.get(g.entityId!) ?? 0) + 1);
      votes.set(p.entityId, v);
    }
  }
  const out = new Map<string, string>();
  for (const [p, v] of votes) out.set(p, [...v].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0]);
  return out;
}

/** An item of a slot: a key (an entity id, a date value …) and, for what is said in words, its text. */
type Item = { key: string; text?: string };

/**
 * Matches gold and predicted items one to one, best first. Items without text match on equal
 * keys. Items with text match where their keys agree (where a key is given) and their words
 * overlap by at least `threshold` (Dice on content words); `keyAlone` lets an equal, non-empty
 * key suffice (what comes next: the same date and place, in other words).
 */
function matchItems(gold: Item[], pred: Item[], threshold = 0.5, keyAlone = false): number {
  const used = new Set<number>();
  let correct = 0;
  const score = (g: Item, p: Item): number => {
    if (g.text === undefined || p.text === undefined) return g.key === p.key ? 1 : 0;
    if (keyAlone && g.key !== '' && g.key === p.key) return 1;
    if (g.key !== p.key && !keyAlone) return 0;
    return dice(g.text, p.text);
  };
  for (const g of gold) {
    let best = -1;
    let bestScore = 0;
    pred.forEach((p, i) => {
      if (used.has(i)) return;
      const s = score(g, p);
      if (s > bestScore) {
        best = i;
        bestScore = s;
      }
    });
    if (best >= 0 && bestScore >= (g.text !== undefined ? threshold : 1)) {
      used.add(best);
      correct++;
    }
  }
  return correct;
}

function slotItems(b: Brief, slot: Slot, id: (x: string) => string): Item[] {
  const uniq = (xs: Item[]) => [...new Map(xs.map((x) => [x.key + '\u0000' + (x.text ?? ''), x])).values()];
  switch (slot) {
    case 'dates':
      return uniq([...b.dates.held.map((d) => ({ key: `held:${d.value}` })), ...b.dates.planned.map((d) => ({ key: `planned:${d.value}` }))]);
    case 'venue':
      return uniq([...b.venue.city, ...b.venue.facility].map((e) => ({ key: id(e.id) })));
    case 'parties':
      return uniq(b.parties.map((e) => ({ key: id(e.id) })));
    case 'mediators':
      return uniq(b.mediators.map((e) => ({ key: id(e.id) })));
    case 'members':
      return uniq(b.delegations.flatMap((d) => d.members.map((m) => ({ key: `${id(d.party.id)}:${id(m.person.id)}` }))));
    case 'roles':
      return uniq(b.delegations.flatMap((d) => d.members.filter((m) => m.role).map((m) => ({ key: id(m.person.id), text: normRole(m.role) }))));
    case 'topics':
      return b.topics.map((t) => ({ key: '', text: t.text }));
    case 'outcomes':
      return b.outcomes.map((o) => ({ key: '', text: `${o.text} ${o.quantities.map((q) => q.value).join(' ')}` }));
    case 'quotes':
      return b.quotes.map((q) => ({ key: q.speaker ? id(q.speaker.id) : '?', text: q.text }));
    case 'next': {
      const key = (n: Brief['next'][number]) => (n.date || n.place ? `${n.date ?? ''}|${n.place ? id(n.place.id) : ''}` : '');
      return b.next.map((n) => ({ key: key(n), text: n.text }));
    }
  }
}

export function scoreBriefs(gold: Brief[], pred: Brief[], examples: Example[]): BriefScores {
  const map = entityMap(examples);
  const predId = (x: string) => map.get(x) ?? x;
  const goldId = (x: string) => x;
  const alignment: BriefScores['alignment'] = [];
  const pairs: Array<[Brief, Brief | undefined]> = [];
  const used = new Set<Brief>();
  for (const g of [...gold].sort((a, b) => (a.ordinal ?? 0) - (b.ordinal ?? 0))) {
    let p = pred.find((x) => !used.has(x) && x.ordinal !== undefined && x.ordinal === g.ordinal);
    p ??= pred.find((x) => !used.has(x) && x.dates.held.some((d) => g.dates.held.some((h) => h.value === d.value)));
    if (p) used.add(p);
    pairs.push([g, p]);
    alignment.push({ gold: g.id, ...(p ? { pred: p.id, predStatus: p.status } : {}), goldStatus: g.status });
  }
  const unaligned = pred.filter((p) => !used.has(p));
  const slots: SlotScore[] = [];
  const total = { gold: 0, pred: 0, correct: 0 };
  for (const slot of SLOTS) {
    let g = 0;
    let p = 0;
    let c = 0;
    for (const [gb, pb] of pairs) {
      const gi = slotItems(gb, slot, goldId);
      const pi = pb ? slotItems(pb, slot, predId) : [];
      g += gi.length;
      p += pi.length;
      // Quotes and outcomes must say the same thing; speakers must agree where gold names one.
      c += slot === 'quotes' ? matchQuotes(gi, pi) : matchItems(gi, pi, slot === 'roles' ? 0.6 : 0.5, slot === 'next');
    }
    for (const pb of unaligned) p += slotItems(pb, slot, predId).length;
    const prf = { p: p ? c / p : g ? 0 : 1, r: g ? c / g : p ? 0 : 1, f: 0 };
    prf.f = prf.p + prf.r ? (2 * prf.p * prf.r) / (prf.p + prf.r) : 0;
    slots.push({ slot, gold: g, pred: p, correct: c, prf });
    total.gold += g;
    total.pred += p;
    total.correct += c;
  }
  const P = total.pred ? total.correct / total.pred : 1;
  const R = total.gold ? total.correct / total.gold : 1;
  slots.push({ slot: 'micro', ...total, prf: { p: P, r: R, f: P + R ? (2 * P * R) / (P + R) : 0 } });
  return { alignment, slots };
}

function matchQuotes(gold: Item[], pred: Item[]): number {
  const used = new Set<number>();
  let correct = 0;
  for (const g of gold) {
    const i = pred.findIndex((p, k) => !used.has(k) && dice(g.text!, p.text!) >= 0.6 && (g.key === '?' || g.key === p.key));
    if (i >= 0) {
      used.add(i);
      correct++;
    }
  }
  return correct;
}

const f3 = (x: number) => x.toFixed(3);
export function formatBriefScores(s: BriefScores): string {
  const out = ['round alignment:'];
  for (const a of s.alignment) out.push(`  ${a.gold} (${a.goldStatus}) ↔ ${a.pred ? `${a.pred} (${a.predStatus})` : 'none'}`);
  out.push('', 'slot        gold  pred     P      R      F1');
  for (const x of s.slots) out.push(`${x.slot.padEnd(10)} ${String(x.gold).padStart(5)} ${String(x.pred).padStart(5)}  ${f3(x.prf.p)}  ${f3(x.prf.r)}  ${f3(x.prf.f)}`);
  return out.join('\n');
}
