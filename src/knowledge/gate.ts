/**
 * A cheap first test of the lexicon regexes on a sentence: which lexicons can match it at all, from the words it holds.
 *
 * A lexicon regex (knowledge.ts, phrasesRegex) finds its phrases at word boundaries, ignoring case, with no `u` flag:
 * `\b<trie of the phrases' words>\b`. Where a phrase's first word opens with an ASCII word character, a match of the
 * phrase opens on a word boundary, and the run of ASCII word characters ([A-Za-z0-9_], `\w` without the `u` flag) at
 * the start of that word matches a whole run of the text's word characters: the character before the match is no word
 * character (`\b`), and the one after the run is either the word's next character, no word character (and, without
 * the `u` flag, matching no ASCII character but itself, whatever the case), or what follows the word in the regex
 * (white space, or the closing `\b` after a word character). So, lower-cased, that run of the text is the run at the
 * start of one of the lexicon's first words; a text holding none of them cannot match. (A first word that opens with
 * other characters, "'ll", gives its first run the same way: the character before it matches none of the text's word
 * characters.) A lexicon with a phrase whose first word holds no ASCII word character is never gated.
 *
 * Each sentence's set of lexicons that can match is worked out once, from its runs of word characters, and kept on
 * the sentence: a lexicon that cannot match it costs a bit test instead of a scan.
 */

/** Where a sentence keeps what the gate worked out about it (the gate it is for, and its lexicons that can match). */
export interface GateSlot {
  gateWords?: { gate: LexiconGate; mask: Uint32Array } | undefined;
}

/** The first run of ASCII word characters of each phrase's first word, lower case; null when a phrase's first word
 * holds none (its lexicon cannot be gated). Phrases are split into words at spaces, as the regex's trie does.
 *
 * (A first word may open with other characters, "'ll": the run after them is a whole run of the text all the same,
 * since without the `u` flag such a character matches only itself or another that is no ASCII word character.) */
export function leadingRuns(phrases: readonly string[]): string[] | null {
  const runs = new Set<string>();
  for (const p of phrases) {
    const first = p.split(' ').find(Boolean);
    if (first === undefined) continue; // (no words: the trie holds nothing for it)
    const m = /[A-Za-z0-9_]+/.exec(first);
    if (!m) return null;
    runs.add(m[0].toLowerCase());
  }
  return [...runs];
}

/** The class of an ASCII word character, case folded (1–10 the digits, 11–36 the letters, 37 the underscore), or 0. */
const CLASS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) CLASS[c] = c - 47;
for (let c = 65; c <= 90; c++) CLASS[c] = CLASS[c + 32] = c - 54;
CLASS[95] = 37;
/** A run's hash (FNV-1a over its characters' classes): the same for the same run whatever its case. */
const FNV = 0x811c9dc5 | 0;
const step = (h: number, k: number): number => Math.imul(h ^ k, 0x01000193);
const runHash = (run: string): number => {
  let h = FNV;
  for (let i = 0; i < run.length; i++) h = step(h, CLASS[run.charCodeAt(i)]!);
  return h;
};

export class LexiconGate {
  private readonly bits = new Map<RegExp, number>();
  private readonly size: number;
  /** The opening runs by their hash, in an open-addressed table (small enough to stay in the cache): a slot's hash,
   * and 1 + the index of its lexicons in `masks` (0: an empty slot). Runs that share a hash share their lexicons (a
   * text's run with the hash of an opening run only lets a lexicon through that cannot match: never the reverse). */
  private readonly hashes: Int32Array;
  private readonly slots: Int32Array;
  private readonly masks: Uint32Array;

  /** The lexicons to gate, each with the runs its matches can open with (see leadingRuns). */
  constructor(lexicons: Iterable<readonly [RegExp, readonly string[]]>) {
    const list = [...lexicons].filter(([re]) => re.flags === 'i');
    const size = (this.size = Math.max(1, Math.ceil(list.length / 32)));
    const byHash = new Map<number, Uint32Array>();
    list.forEach(([re, runs], bit) => {
      if (this.bits.has(re)) return;
      this.bits.set(re, bit);
      for (const run of runs) {
        const h = runHash(run);
        let mask = byHash.get(h);
        if (!mask) byHash.set(h, (mask = new Uint32Array(size)));
        mask[bit >> 5]! |= 1 << (bit & 31);
      }
    });
    let width = 16;
    while (width < byHash.size * 4) width *= 2;
    this.hashes = new Int32Array(width);
    this.slots = new Int32Array(width);
    this.masks = new Uint32Array(byHash.size * size);
    let n = 0;
    for (const [h, mask] of byHash) {
      let slot = (h ^ (h >>> 16)) & (width - 1);
      while (this.slots[slot]) slot = (slot + 1) & (width - 1);
      this.hashes[slot] = h;
      this.slots[slot] = n + 1;
      this.masks.set(mask, n * size);
      n++;
    }
  }

  /**
   * Gates a regex by a lexicon it is made of: one that holds the lexicon's source as a part every match of it matches
   * (not in an optional part, an alternative or a look-around), with no flag but `i`, `m` or `s` (none that keeps a
   * state or changes what a word character is). The lexicon's match inside it opens on a run of the text as the
   * lexicon's own does, so a text the lexicon cannot match, it cannot either. A regex with other flags, or a lexicon the
   * gate does not know, is left ungated.
   */
  alias(re: RegExp, lexicon: RegExp): void {
    const bit = this.bits.get(lexicon);
    if (bit !== undefined && /^[ims]*$/.test(re.flags) && !this.bits.has(re)) this.bits.set(re, bit);
  }

  /** Whether the gate knows the lexicon (a lexicon it does not know may always match). */
  gates(re: RegExp): boolean {
    return this.bits.has(re);
  }

  /** The lexicons that can match a text, as bits: those of the opening runs that have the hash of one of its maximal
   * runs of ASCII word characters. */
  maskOf(text: string): Uint32Array {
    const { size, hashes, slots, masks } = this;
    const mask = new Uint32Array(size);
    const wrap = slots.length - 1;
    const n = text.length;
    let h = 0;
    let inRun = false;
    for (let i = 0; i <= n; i++) {
      const c = i < n ? text.charCodeAt(i) : 32;
      const k = c < 128 ? CLASS[c]! : 0;
      if (k !== 0) {
        h = step(inRun ? h : FNV, k);
        inRun = true;
      } else if (inRun) {
        inRun = false;
        for (let slot = (h ^ (h >>> 16)) & wrap; slots[slot] !== 0; slot = (slot + 1) & wrap) {
          if (hashes[slot] !== h) continue;
          const from = (slots[slot]! - 1) * size;
          for (let j = 0; j < size; j++) mask[j]! |= masks[from + j]!;
          break;
        }
      }
    }
    return mask;
  }

  /** Whether the lexicon can match the sentence's text (false only where it cannot). */
  may(s: { readonly text: string } & GateSlot, re: RegExp): boolean {
    const bit = this.bits.get(re);
    if (bit === undefined) return true;
    let words = s.gateWords;
    if (words === undefined || words.gate !== this) s.gateWords = words = { gate: this, mask: this.maskOf(s.text) };
    return (words.mask[bit >> 5]! & (1 << (bit & 31))) !== 0;
  }
}

/** Whether any of the lexicons can match the sentence's text (a regex made of alternatives that each open with a
 * match of one of them needs one that can). */
export function lexAny(kn: Gated, s: { readonly text: string } & GateSlot, res: readonly RegExp[]): boolean {
  const gate = kn.lexiconGate;
  if (gate === undefined) return true;
  for (const re of res) if (gate.may(s, re)) return true;
  return false;
}

/** A regex made of a lexicon (see LexiconGate.alias), gated by it from now on; the regex itself is returned. */
export function gatedBy<R extends RegExp>(kn: Gated, re: R, lexicon: RegExp): R {
  kn.lexiconGate?.alias(re, lexicon);
  return re;
}

/** What the helpers need of the knowledge: its gate, if it has one. */
interface Gated {
  lexiconGate?: LexiconGate | undefined;
}

/** `re.test(s.text)`, skipping the scan where the sentence holds no word its phrases can open with. */
export function lexTest(kn: Gated, s: { readonly text: string } & GateSlot, re: RegExp): boolean {
  return (kn.lexiconGate === undefined || kn.lexiconGate.may(s, re)) && re.test(s.text);
}

/** `re.exec(s.text)` (the lexicon regexes are not global: no state is kept), likewise. */
export function lexExec(kn: Gated, s: { readonly text: string } & GateSlot, re: RegExp): RegExpExecArray | null {
  return kn.lexiconGate === undefined || kn.lexiconGate.may(s, re) ? re.exec(s.text) : null;
}
