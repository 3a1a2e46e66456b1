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
 * start of one of the lexicon's first words; a text holding none of them cannot match. A lexicon with a phrase whose
 * first word opens with another character (a quote, a dash, a letter outside ASCII) is never gated.
 *
 * Each sentence's set of lexicons that can match is worked out once, from its runs of word characters, and kept on
 * the sentence: a lexicon that cannot match it costs a bit test instead of a scan.
 */

/** Where a sentence keeps what the gate worked out about it (the gate it is for, and its lexicons that can match). */
export interface GateSlot {
  gateWords?: { gate: LexiconGate; mask: Uint32Array } | undefined;
}

/** The runs at the start of the phrases' first words, lower case; null when a phrase's first word opens with no ASCII
 * word character (its lexicon cannot be gated). Phrases are split into words at spaces, as the regex's trie does. */
export function leadingRuns(phrases: readonly string[]): string[] | null {
  const runs = new Set<string>();
  for (const p of phrases) {
    const first = p.split(' ').find(Boolean);
    if (first === undefined) continue; // (no words: the trie holds nothing for it)
    const m = /^[A-Za-z0-9_]+/.exec(first);
    if (!m) return null;
    runs.add(m[0].toLowerCase());
  }
  return [...runs];
}

/** The class of an ASCII word character, case folded (0–9 the digits, 10–35 the letters, 36 the underscore), or -1. */
const CLASS = new Int8Array(128).fill(-1);
for (let c = 48; c <= 57; c++) CLASS[c] = c - 48;
for (let c = 65; c <= 90; c++) CLASS[c] = CLASS[c + 32] = c - 55;
CLASS[95] = 36;
const CLASSES = 37;

export class LexiconGate {
  private readonly bits = new Map<RegExp, number>();
  private readonly size: number;
  /** The opening runs as a trie of their characters' classes: state × class → next state (0: none; 1 is the root). */
  private readonly next: Int32Array;
  /** The lexicons a run that ends in a state can open, as an index into `masks` (-1: none). */
  private readonly ending: Int32Array;
  private readonly masks: Uint32Array[] = [];

  /** The lexicons to gate, each with the runs its matches can open with (see leadingRuns). */
  constructor(lexicons: Iterable<readonly [RegExp, readonly string[]]>) {
    const list = [...lexicons].filter(([re]) => re.flags === 'i');
    this.size = Math.max(1, Math.ceil(list.length / 32));
    const byRun = new Map<string, Uint32Array>();
    list.forEach(([re, runs], bit) => {
      if (this.bits.has(re)) return;
      this.bits.set(re, bit);
      for (const run of runs) {
        let mask = byRun.get(run);
        if (!mask) byRun.set(run, (mask = new Uint32Array(this.size)));
        mask[bit >> 5]! |= 1 << (bit & 31);
      }
    });
    let states = 2;
    for (const run of byRun.keys()) states += run.length;
    const next = new Int32Array(states * CLASSES);
    const ending = new Int32Array(states).fill(-1);
    let used = 2;
    for (const [run, mask] of byRun) {
      let at = 1;
      for (let i = 0; i < run.length; i++) {
        const k = at * CLASSES + CLASS[run.charCodeAt(i)]!;
        if (!next[k]) next[k] = used++;
        at = next[k]!;
      }
      ending[at] = this.masks.length;
      this.masks.push(mask);
    }
    this.next = next;
    this.ending = ending;
  }

  /** Whether the gate knows the lexicon (a lexicon it does not know may always match). */
  gates(re: RegExp): boolean {
    return this.bits.has(re);
  }

  /** The lexicons that can match a text, as bits: each maximal run of ASCII word characters, case folded, walked
   * down the trie of the opening runs. */
  maskOf(text: string): Uint32Array {
    const mask = new Uint32Array(this.size);
    const { next, ending, masks } = this;
    const n = text.length;
    // (at: the state of the run so far; 0 once it has left the trie; -1 between runs)
    let at = -1;
    for (let i = 0; i <= n; i++) {
      const c = i < n ? text.charCodeAt(i) : 32;
      const k = c < 128 ? CLASS[c]! : -1;
      if (k >= 0) {
        if (at < 0) at = 1;
        if (at > 0) at = next[at * CLASSES + k]!;
      } else if (at >= 0) {
        if (at > 0 && ending[at]! >= 0) {
          const found = masks[ending[at]!]!;
          for (let j = 0; j < mask.length; j++) mask[j]! |= found[j]!;
        }
        at = -1;
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
