/**
 * tokenize: sentences and tokens with character offsets, parts of speech and lemmas, from
 * wink-nlp. Sentences are also cut at line ends, so that headlines, datelines and list items
 * (which carry no full stop) stand alone.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Doc, Sentence, Token } from '../model/schema.js';
import type { DocStage } from './stage.js';
import type { Knowledge } from '../knowledge/knowledge.js';

let nlp: ReturnType<typeof winkNLP> | undefined;
/** The wink-nlp instance, loaded once per process (or worker). */
export function wink(): ReturnType<typeof winkNLP> {
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

/**
 * A sentence of more tokens is cut: at the next comma, semicolon or colon past SOFT tokens, at
 * HARD tokens at most. News sentences are far shorter (the bundled corpus's longest has 72 tokens);
 * a text without sentence punctuation (a 400 KB single line) would otherwise make one sentence,
 * and the per-sentence work of the later stages grows with the square of a sentence's length.
 */
export const SENTENCE_TOKENS = { soft: 150, hard: 300 };

/** Number words that may open a quantity (stage quantities) though wink tags them otherwise ("dozens", "thousands"). */
const NUMBER_WORDS = new Set(['dozen', 'dozens', 'tens', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions', 'trillion']);
/** How many tokens after a number its counted noun may stand (stage quantities reads six past the amount). */
const COUNTED_NOUN_REACH = 8;

const NON_ASCII = /[^\x00-\x7F]/;
/** A short form in capitals, a hyphen and a lower-case word, as one token ("UN-mediated"). */
const ACRONYM_HYPHENED = /^(\p{Lu}{2,5})([-\u2010\u2011])(\p{Ll}+)$/u;
const LETTERS = /^\p{L}+$/u;
/** Two capitalized names hyphened into one word, one of them a short form with a digit ("Iran-E3", "G7-China"): wink
 * keeps such a word whole, where it cuts "Iran-EU" into three. Not a name and a number ("F-16", "Covid-19"): both parts
 * hold a letter. */
const NAMES_HYPHENED = /^(\p{Lu}[\p{L}\d]*)([-\u2010\u2011])(\p{Lu}[\p{L}\d]*)$/u;
/** Whether a string holds a digit (a loop over its code units: no regex per token). */
function hasDigit(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}
/** The parts of a word that NAMES_HYPHENED matches where both are names: each holds a letter and more than one
 * character, and one is a word of letters ("Iran-E3"; not "A320-B737"). */
function namesHyphened(value: string): [string, string, string] | undefined {
  const m = NAMES_HYPHENED.exec(value);
  if (!m) return undefined;
  const [, first, hyphen, second] = m as unknown as [string, string, string, string];
  const named = (x: string) => x.length > 1 && /\p{L}/u.test(x);
  return named(first) && named(second) && (LETTERS.test(first) || LETTERS.test(second)) ? [first, hyphen, second] : undefined;
}
/** Whether a code unit may be white space (`\s`): the cheap test before the regex, which most tokens fail. */
const mayBeSpace = (c: number): boolean => c <= 32 || c === 0xa0 || c >= 0x1680;

export function tokenize(doc: Doc, kn?: Knowledge): Doc {
  const w = wink();
  const its = w.its;
  // wink keeps a name's possessive whole ("Tehran's") where an earlier document read by the same process had the
  // word before punctuation, and splits it elsewhere: its cache outlives a document (wink-nlp issue #143), so a
  // document's tokens, and the parts of speech around them, would depend on what the process read before. wink reads
  // the text with a space before such an ending, so that it always splits it; offsets are mapped back below.
  const { text: winkText, inserted } = possessivesApart(doc.text);
  const text = winkText;
  const wdoc = w.readDoc(text);
  // Every token property once for the whole document, and where each wink sentence ends (a token index).
  const all = wdoc.tokens();
  const values = all.out(its.value) as string[];
  const spaces = all.out(its.precedingSpaces) as string[];
  const pos = all.out(its.pos) as string[];
  const kinds = all.out(its.type) as string[];
  // Lemmas are wanted of a quantity's counted noun only (stage quantities: a noun a few tokens after a number), and
  // wink's lemmatizer costs about a fifth of its reading: it is asked for those nouns alone; other words keep their
  // lower case.
  let lastNumber = -Infinity;
  const lemmaOf = (i: number): string => {
    const v = values[i]!;
    const lower = v.toLowerCase();
    if (pos[i] === 'NUM' || hasDigit(v) || NUMBER_WORDS.has(lower)) lastNumber = i;
    return pos[i] === 'NOUN' && i - lastNumber <= COUNTED_NOUN_REACH ? (all.itemAt(i).out(its.lemma as unknown as typeof its.value) as string) : lower;
  };
  // Where each wink sentence ends, as a flag per token (a look-up per token in the loop below).
  const sentenceEnds = new Uint8Array(values.length);
  for (const [, last] of wdoc.sentences().out(its.span) as unknown as Array<[number, number]>) sentenceEnds[last] = 1;
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  let sentStart = -1;
  let inSentence = 0;
  const close = (end: number) => {
    if (sentStart >= 0) sentences.push({ start: sentStart, end });
    sentStart = -1;
    inSentence = 0;
  };
  let offset = 0;
  let hyphened: [string, string, string] | undefined;
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i]!.length;
    const value = values[i]!;
    // wink-nlp normalizes nothing in `value`; guard anyway so offsets never drift.
    const at = text.startsWith(value, offset) ? offset : text.indexOf(value, offset);
    const start = at >= 0 ? at : offset;
    const end = start + value.length;
    offset = end;
    if (kinds[i] === 'tabCRLF' || (mayBeSpace(value.charCodeAt(0)) && /^\s+$/.test(value))) {
      // A line end closes the sentence too: headlines and list items carry no full stop.
      if (value.includes('\n')) close(tokens.length ? tokens[tokens.length - 1]!.end : start);
    } else {
      if (sentStart < 0) sentStart = start;
      const prev = tokens[tokens.length - 1];
      // wink cuts a word at letters it does not know ("Ł|ukasz", "Wi|ś|niewski", "İ|lknur"): touching pieces of letters,
      // one of them beyond ASCII, are one word, a proper noun where it starts with a capital.
      if (prev && prev.end === start && prev.sentence === sentences.length && (NON_ASCII.test(value) || NON_ASCII.test(prev.text)) && LETTERS.test(value) && LETTERS.test(prev.text)) {
        prev.text += value;
        prev.end = end;
        prev.lemma = prev.text.toLowerCase();
        prev.kind = 'word';
        if (/^\p{Lu}/u.test(prev.text) || pos[i] === 'PROPN') prev.pos = 'PROPN';
      } else if (value.length > 3 && value.charCodeAt(0) < 91 && ACRONYM_HYPHENED.test(value)) {
        // wink keeps some short forms whole with a word hyphened to them ("UN-mediated", where "EU-mediated" is cut): the
        // short form, the hyphen and the word are three tokens, as wink gives the others.
        const [, short, hyphen, word] = ACRONYM_HYPHENED.exec(value)!;
        const at = [start, start + short!.length, start + short!.length + 1];
        tokens.push({ start: at[0]!, end: at[1]!, text: short!, pos: 'PROPN', kind: 'word', lemma: short!.toLowerCase(), sentence: sentences.length });
        tokens.push({ start: at[1]!, end: at[2]!, text: hyphen!, pos: 'PUNCT', kind: 'punctuation', lemma: hyphen!, sentence: sentences.length });
        tokens.push({ start: at[2]!, end, text: word!, pos: 'ADJ', kind: 'word', lemma: word!.toLowerCase(), sentence: sentences.length });
        inSentence += 3;
      } else if (value.length > 3 && hasDigit(value) && (hyphened = namesHyphened(value))) {
        // (two names, "Iran-E3": the first, the hyphen and the second, as wink gives "Iran-EU")
        const [first, hyphen, second] = hyphened;
        const at = [start, start + first.length, start + first.length + 1];
        tokens.push({ start: at[0]!, end: at[1]!, text: first, pos: 'PROPN', kind: 'word', lemma: first.toLowerCase(), sentence: sentences.length });
        tokens.push({ start: at[1]!, end: at[2]!, text: hyphen, pos: 'PUNCT', kind: 'punctuation', lemma: hyphen, sentence: sentences.length });
        tokens.push({ start: at[2]!, end, text: second, pos: 'PROPN', kind: 'word', lemma: second.toLowerCase(), sentence: sentences.length });
        inSentence += 3;
      } else {
        tokens.push({ start, end, text: value, pos: pos[i]!, kind: kinds[i]!, lemma: lemmaOf(i) ?? value.toLowerCase(), sentence: sentences.length });
        inSentence++;
      }
      if (inSentence >= SENTENCE_TOKENS.hard || (inSentence >= SENTENCE_TOKENS.soft && /^[,;:]$/.test(value))) close(end);
    }
    // (not a full stop inside a word that goes on with no space: wink ends a sentence at the first stop of "China-U.S.")
    // (but a stop that joins a word to a capitalized one with no space, "… in Naqoura, Lebanon.At the end of …", ends a
    // sentence whose space was lost, whatever wink says; "U.S." and "Ph.D." keep theirs)
    const glued = value === '.' && i + 1 < values.length && spaces[i + 1] === '' && i > 0 && /\p{Ll}{2}$/u.test(values[i - 1]!) && /^\p{Lu}\p{Ll}/u.test(values[i + 1]!);
    // (nor the stop of a hyphened pair of short forms, "Brig.-Gen. NAME": wink cuts it into "Brig." "-" "Gen" ".")
    const pairedShortForm = value === '.' && i >= 3 && spaces[i] === '' && spaces[i - 1] === '' && spaces[i - 2] === '' && /^\p{Lu}\p{Ll}{1,4}$/u.test(values[i - 1]!) && /^[-\u2010\u2011]$/.test(values[i - 2]!) && /^\p{Lu}\p{Ll}{0,4}\.$/u.test(values[i - 3]!);
    // (nor the stop of a title's short form before a capitalized word, "Atty. NAME", "Amb. NAME": titles.json)
    const titleStop = value === '.' && i > 0 && i + 1 < values.length && spaces[i] === '' && !!kn && /^\p{Lu}\p{Ll}{1,4}$/u.test(values[i - 1]!) && kn.lexicons.titleSet.has(values[i - 1]!.toLowerCase() + '.') && /^\p{Lu}/u.test(values[i + 1]!);
    if (glued || (sentenceEnds[i] === 1 && !pairedShortForm && !titleStop && !(i + 1 < values.length && spaces[i + 1] === '' && /^\p{L}/u.test(values[i + 1]!) && value === '.'))) close(tokens.length ? tokens[tokens.length - 1]!.end : offset);
  }
  close(tokens.length ? tokens[tokens.length - 1]!.end : offset);
  if (inserted.length) {
    // (an offset of wink's text less the spaces inserted before it: tokens and sentences come in offset order, so the
    // count of spaces before an offset only grows along them, and is walked up rather than searched for)
    const shift = (spans: Array<{ start: number; end: number }>) => {
      let k = 0;
      let last = -1;
      for (const x of spans) {
        if (x.start < last) k = 0;
        last = x.start;
        while (k < inserted.length && inserted[k]! < x.start) k++;
        const before = k;
        let j = k;
        while (j < inserted.length && inserted[j]! < x.end) j++;
        x.start -= before;
        x.end -= j;
      }
    };
    shift(tokens);
    shift(sentences);
  }
  return { ...doc, sentences, tokens };
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const WORD_CHAR = /[\p{L}\d]/u;

/** The text with a space before each name's possessive ending ("Tehran's", "Kyiv’s": a capitalized word, its ending
 * closing the word), and where each inserted space stands in it. Found by the ending's position (no regex per word). */
export function possessivesApart(text: string): { text: string; inserted: number[] } {
  const cuts: number[] = [];
  for (const mark of ["'s", '’s']) {
    for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 2)) {
      if (at === 0 || !LETTER.test(text[at - 1]!) || WORD_CHAR.test(text[at + 2] ?? ' ')) continue;
      // (back to the word's start: letters and hyphens; a capital opens it)
      let w = at - 1;
      while (w > 0 && (LETTER.test(text[w - 1]!) || text[w - 1] === '-')) w--;
      if (UPPER.test(text[w]!)) cuts.push(at);
    }
  }
  if (!cuts.length) return { text, inserted: [] };
  cuts.sort((a, b) => a - b);
  const inserted: number[] = [];
  let out = '';
  let last = 0;
  for (const cut of cuts) {
    out += text.slice(last, cut) + ' ';
    inserted.push(out.length - 1);
    last = cut;
  }
  return { text: out + text.slice(last), inserted };
}

export const tokenizeStage: DocStage = {
  name: 'tokenize',
  requires: [],
  assigns: ['sentences', 'tokens'],
  run: (doc, _options, ctx) => tokenize(doc, ctx.knowledge),
};
