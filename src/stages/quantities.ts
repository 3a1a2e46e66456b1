/**
 * quantities: Quantity mentions with value, mod and unit.
 *
 * Numbers in digits (1,200; 1.5; 263 billion) and words (seven; thirty-five; a hundred), scale
 * plurals (tens of thousands; millions; dozens), modifiers (at least, nearly, about, up to),
 * ranges (1,000 to 1,200), money and percentages. The unit is the lemma of the counted noun,
 * found by walking the parse past adjectives and adverbs ("three deeply contentious issues" →
 * issue); an elided noun takes the unit of the sentence's previous quantity ("tens of thousands
 * of people killed, millions displaced"). Not quantities: ordinals, "one" as a pronoun,
 * numbers inside names, dates and hyphenated adjectives ("three-way").
 */
import type { Doc, Mention, Token } from '../model/schema.js';
import { lowerBound, overlapTest, startOf } from '../text/sorted.js';
import type { DocStage } from './stage.js';
import { MONTH } from './dates.js';

/** A month's name right before a number: the number is a day (of a date, or of a name such as "the March 23 Movement"
 * that the dates stage left undated), never a count. */
const AFTER_MONTH = new RegExp(String.raw`\b${MONTH}\s+$`);

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALE: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, trillion: 1e12, dozen: 12 };
const HY = String.raw`[-\u2010\u2011]`;
const WORD_NUM = String.raw`(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:${HY}(?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)`;
const DIGITS = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const SCALES = String.raw`(?:hundred|thousand|million|billion|trillion)`;
const AMOUNT = String.raw`(?:${DIGITS}(?:\s+${SCALES})*|(?:${WORD_NUM}|a)(?:\s+${SCALES})+|${WORD_NUM}|(?:a\s+)?dozen)`;
const MOD = String.raw`(?:at least|more than|over|nearly|almost|about|around|approximately|roughly|up to|some|fewer than|less than|as many as|at most|no more than|under|just over|just under|close to|an estimated|upwards of)`;
const PLURAL_SCALE = String.raw`(?:(?:tens|hundreds|dozens) of (?:thousands|millions|billions)|thousands|millions|billions|hundreds|dozens|tens)`;

const RE = new RegExp(
  String.raw`(?<![\w.,$€£])(?:(${MOD})\s+)?(?:([$€£])\s?)?(${PLURAL_SCALE}|${AMOUNT})(?:\s*(?:[-\u2013]|to)\s*(?:[$€£])?(${AMOUNT}))?(?:\s*(%|per ?cent\b|percent\b))?(?![\w])`,
  'gi',
);

/** A plural scale and nothing else ("thousands", "tens of thousands"): compiled once, not once per number found. */
const PLURAL_SCALE_WHOLE = new RegExp(`^${PLURAL_SCALE}$`, 'i');

const MOD_OF = (m: string | undefined): string | undefined => {
  if (!m) return undefined;
  const l = m.toLowerCase();
  if (/^(at least|more than|over|as many as|just over|upwards of)$/.test(l)) return 'MIN';
  if (/^(nearly|almost|up to|fewer than|less than|at most|no more than|under|just under|close to)$/.test(l)) return 'MAX';
  return 'APPROX';
};
const CURRENCY: Record<string, string> = { $: 'dollar', '€': 'euro', '£': 'pound' };
const IRREGULAR: Record<string, string> = { people: 'person', persons: 'person', men: 'man', women: 'woman', children: 'child', personnel: 'personnel', troops: 'troop', feet: 'foot', teeth: 'tooth', mice: 'mouse', geese: 'goose', dollars: 'dollar', euros: 'euro' };

/** The numeric value of an amount ("1,200", "263 billion", "thirty-five", "a hundred"); undefined if it is none. */
export function amountValue(s: string): number | undefined {
  const words = s.toLowerCase().replace(/[\u2010\u2011]/g, '-').trim().split(/\s+/);
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of words) {
    if (/^[\d,.]+$/.test(w)) {
      current += Number(w.replace(/,/g, ''));
      seen = true;
    } else if (w === 'a') {
      current += 1;
    } else if (w in SMALL) {
      current += SMALL[w]!;
      seen = true;
    } else if (/^\w+-\w+$/.test(w) && w.split('-').every((p) => p in SMALL)) {
      current += w.split('-').reduce((a, p) => a + SMALL[p]!, 0);
      seen = true;
    } else if (w in SCALE) {
      current = (current || 1) * SCALE[w]!;
      if (SCALE[w]! >= 1000) {
        total += current;
        current = 0;
      }
      seen = true;
    } else return undefined;
  }
  return seen ? total + current : undefined;
}

function pluralScaleValue(s: string): number {
  const l = s.toLowerCase();
  const base = (w: string) => ({ thousands: 1e3, millions: 1e6, billions: 1e9, hundreds: 100, dozens: 12, tens: 10 })[w] ?? 1;
  const m = /^(tens|hundreds|dozens) of (\w+)$/.exec(l);
  return m ? base(m[1]!) * base(m[2]!) : base(l);
}

const formatNumber = (n: number): string => (Number.isInteger(n) ? String(n) : String(Number(n.toFixed(6))));

/** The counted noun after a quantity: walks past adjectives, adverbs and "of"; undefined where none follows. */
function countedNoun(tokens: Token[], from: number): Token | undefined {
  for (let i = from; i < tokens.length && i < from + 6; i++) {
    const t = tokens[i]!;
    if (t.pos === 'NOUN' || (t.pos === 'PROPN' && i > from)) return t;
    if (t.pos === 'ADJ' || t.pos === 'ADV' || (t.text.toLowerCase() === 'of' && i === from) || t.pos === 'NUM' || t.text.toLowerCase() === 'more') continue;
    // (a capitalized word right after the number that a common noun follows modifies it: "250 Chilean sailors")
    if (t.pos === 'PROPN' && i === from && tokens[i + 1]?.pos === 'NOUN' && tokens[i + 1]!.sentence === t.sentence) continue;
    return undefined;
  }
  return undefined;
}

const lemma = (t: Token): string => {
  const l = t.text.toLowerCase();
  return IRREGULAR[l] ?? (t.lemma && t.lemma !== l ? t.lemma.toLowerCase() : l.replace(/ies$/, 'y').replace(/(ss|us|is)$/, '$1').replace(/([^s])s$/, '$1'));
};

export function tagQuantities(doc: Doc): Doc {
  const { text, tokens } = doc;
  const blocked = overlapTest(doc.mentions.filter((m) => m.type !== 'Quantity'));
  /** Index of the first token at or after an offset (binary search). */
  const firstTokenFrom = (offset: number): number => lowerBound(tokens, offset, startOf);
  const mentions: Mention[] = [];
  const lastUnitInSentence = new Map<number, string>();
  RE.lastIndex = 0;
  for (let m = RE.exec(text); m; m = RE.exec(text)) {
    const [whole, modWord, currency, amount, upper, percent] = m;
    let start = m.index;
    const end = m.index + whole.length;
    if (blocked(start, end)) continue;
    if (AFTER_MONTH.test(text.slice(Math.max(0, start - 12), start))) continue;
    // Hyphenated adjectives ("three-way", "one-sided") and ordinals are not quantities.
    if (/^[-\u2010\u2011]\w/.test(text.slice(end, end + 2))) continue;
    const amt = amount!.toLowerCase();
    if (amt === 'a' || amt === 'tens') continue;
    // The sign stays out of the span: "$263 billion" → "263 billion".
    if (currency && !modWord) start = m.index + whole.indexOf(amount!);
    let spanEnd = end;
    if (percent) spanEnd = m.index + whole.lastIndexOf(percent) - (whole.slice(0, whole.lastIndexOf(percent)).length - whole.slice(0, whole.lastIndexOf(percent)).trimEnd().length);
    const isPlural = PLURAL_SCALE_WHOLE.test(amt);
    const value = isPlural ? pluralScaleValue(amt) : amountValue(amt);
    if (value === undefined) continue;
    const ti = firstTokenFrom(spanEnd);
    const next = tokens[ti];
    // Idioms: "on the one hand", "one day".
    if (amt === 'one' && /^\s+(hand|day)\b/i.test(text.slice(spanEnd, spanEnd + 6))) continue;
    // "one" as a pronoun: "one of the …", "one another", "one may say".
    if (amt === 'one' && (!next || next.pos === 'ADP' || next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'PUNCT' || /^(another|of)$/i.test(next.text))) continue;
    if (/^(a\s+)?dozen$/.test(amt) && !next) continue;
    let unit: string | undefined;
    if (percent) unit = 'percent';
    else if (currency) unit = CURRENCY[currency];
    else {
      const noun = countedNoun(tokens, ti);
      const sentence = next?.sentence ?? tokens[ti - 1]?.sentence ?? 0;
      if (noun && !blocked(noun.start, noun.end)) unit = lemma(noun);
      else unit = lastUnitInSentence.get(sentence) ?? 'none';
      if (/^(dollar|euro|pound)s?$/.test(unit)) unit = unit.replace(/s$/, '');
      lastUnitInSentence.set(sentence, unit);
    }
    let mod = MOD_OF(modWord);
    if (isPlural) mod ??= 'MIN';
    if (upper) mod ??= 'MIN';
    mentions.push({
      start,
      end: spanEnd,
      type: 'Quantity',
      text: text.slice(start, spanEnd),
      value: formatNumber(value),
      ...(mod ? { mod } : {}),
      unit: unit ?? 'none',
      rule: `quantities:${isPlural ? 'scale' : percent ? 'percent' : currency ? 'money' : 'number'}`,
    });
  }
  return { ...doc, mentions: [...doc.mentions.filter((x) => x.type !== 'Quantity'), ...mentions].sort((a, b) => a.start - b.start) };
}

export const quantitiesStage: DocStage = {
  name: 'quantities',
  requires: ['tokens', 'mentions'],
  assigns: ['mentions'],
  run: (doc) => tagQuantities(doc),
};
