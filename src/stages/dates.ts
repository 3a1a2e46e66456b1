/**
 * dates: Date mentions and their ISO 8601 / TIMEX3 values.
 *
 * A grammar of date expressions (days, months, years, ranges, weeks, weekends, seasons, parts
 * of periods, durations, times, deictic and relative expressions) finds the spans; a second
 * pass resolves what is relative against the document's anchor:
 *  - the sidecar's `published` date when there is one;
 *  - else the reference year is that of the latest date the text writes with its year, a
 *    year-less date takes the year that puts it nearest that date, and the reference day is
 *    the latest day the text gives (the end of an interval counting);
 *  - deictic expressions (today, this week, a bare weekday) resolve against the reference
 *    day, a weekday by tense: past looks back, future forward;
 *  - where the text cannot determine a value, none is given.
 */
import { dirname, resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatePart, DateParts, Doc, Mention, Message } from '../model/schema.js';
import type { DocStage } from './stage.js';
import { addDays, compareDays, daysInMonth, isoDay, isoMonth, isoWeek, isValidDay, parseDay, weekday, type Day } from './calendar.js';
import { lowerBound, overlapTest } from '../text/sorted.js';
import { loadDateLexicon, type DateLexicon, type Holiday } from '../knowledge/knowledge.js';
import { datelineOf } from './facts/text.js';
import { recalledLaunch, recalledSettlement } from './facts/patterns.js';

/** The bundled lexicons/dates.json, for callers that run the stage without a loaded pipeline (benchmarks, tests). */
let bundledLexicon: DateLexicon | undefined;
const bundled = (): DateLexicon => (bundledLexicon ??= loadDateLexicon(resolvePath(dirname(fileURLToPath(import.meta.url)), '..', '..', 'pipeline', 'lexicons', 'dates.json')));

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const MONTH = String.raw`(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sep(?:tember|t\.?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`;
const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:1[89]\d\d|20\d\d)`;
const DASH = String.raw`\s*[-\u2010-\u2015]\s*`;
const HY = String.raw`[-\u2010\u2011]`;
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, another: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};
const NUM = String.raw`(?:\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:${HY}(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a|an|another|a few|several|a couple of|couple of)`;
const UNIT = String.raw`(?:second|minute|hour|day|week|fortnight|month|year|decade|century)`;
const DUR_MOD = String.raw`(?:nearly|almost|about|around|approximately|roughly|some|over|more than|less than|at least|at most|up to|under|just over|just under|well over|more than|fewer than|upwards of)`;
const PART = String.raw`(?:early|mid|late|the end of|the beginning of|the start of|the middle of|end of|beginning of|start of|middle of)`;
const SEASON = String.raw`(?:winter|summer|autumn|springtime|spring|fall)`;
const DAYPART = String.raw`(?:morning|afternoon|evening|night)`;

type Kind =
  /** (`rel`: the year named relative to the anchor's, "Oct. 23 last year") */
  | { k: 'day'; m: number; d: number; y?: number; rel?: number }
  /** A day of the month named by its number alone ("on the 29th"), of the report's month or one it names relative to it. */
  | { k: 'dom'; d: number; rel?: number }
  | { k: 'range'; m1: number; d1: number; m2: number; d2: number; y?: number }
  | { k: 'month'; m: number; y?: number; mod?: string; dir?: 'last' | 'next'; rel?: number }
  | { k: 'year'; y: number; mod?: string }
  | { k: 'decade'; y: number }
  | { k: 'weekday'; w: number; w2?: number; part?: string; dir?: 'next' | 'last' | 'following' | 'previous' }
  | { k: 'weekday-date'; w: number; m: number; d: number; y?: number }
  | { k: 'half'; h: number; y: number }
  | { k: 'holiday'; h: Holiday; dir?: 'last' | 'next' }
  | { k: 'century'; c: number }
  | { k: 'shift'; n: number; unit: string }
  | { k: 'daypart-of'; part: string; m: number; d: number; y?: number }
  | { k: 'deictic'; what: string; rel: number; mod?: string; anaphoric?: boolean }
  | { k: 'ago'; n: number; unit: string; mod?: string }
  | { k: 'quarter'; q?: number; y?: number; yearShift?: number; current?: boolean }
  | { k: 'anaphoric-day'; rel: number }
  | { k: 'season'; s: string; rel: number }
  | { k: 'duration'; value: string; mod?: string }
  | { k: 'time'; h: number; min: number; mod?: string };

interface Found {
  start: number;
  end: number;
  kind: Kind;
  rule: string;
}

const monthOf = (s: string): number => {
  const l = s.toLowerCase().replace('.', '');
  return MONTH_NAMES.findIndex((m) => m.startsWith(l.slice(0, 3))) + 1;
};
const dayOf = (s: string): number => parseInt(s, 10);
const numberOf = (s: string): number | undefined => {
  const l = s.toLowerCase().replace(/[\u2010\u2011]/g, '-');
  if (/^\d/.test(l)) return Number(l);
  if (l in NUMBER_WORDS) return NUMBER_WORDS[l];
  const m = /^(\w+)-(\w+)$/.exec(l);
  if (m && m[1]! in NUMBER_WORDS && m[2]! in NUMBER_WORDS) return NUMBER_WORDS[m[1]!]! + NUMBER_WORDS[m[2]!]!;
  return undefined;
};
const PART_MOD = (p: string): string => (/early|beginning|start/.test(p) ? 'START' : /mid|middle/.test(p) ? 'MID' : 'END');
const DUR_MODS: Array<[RegExp, string]> = [
  [/^(nearly|almost|less than|under|just under|fewer than)$/, 'LESS_THAN'],
  [/^(over|more than|just over|well over|upwards of)$/, 'MORE_THAN'],
  [/^(at least)$/, 'EQUAL_OR_MORE'],
  [/^(at most|up to)$/, 'EQUAL_OR_LESS'],
  [/^(about|around|approximately|roughly|some)$/, 'APPROX'],
];
const durMod = (m: string | undefined): string | undefined => {
  if (!m) return undefined;
  const l = m.toLowerCase();
  return DUR_MODS.find(([r]) => r.test(l))?.[1];
};
const UNIT_CODE: Record<string, [string, number]> = {
  second: ['PT', 1], minute: ['PT', 1], hour: ['PT', 1], day: ['P', 1], week: ['P', 1], fortnight: ['P', 2], month: ['P', 1], year: ['P', 1], decade: ['P', 10], century: ['P', 100],
};
const unitLetter = (u: string): string => ({ second: 'S', minute: 'M', hour: 'H', day: 'D', week: 'W', fortnight: 'W', month: 'M', year: 'Y', decade: 'Y', century: 'Y' })[u]!;
function durationValue(n: number | 'X', unit: string): string {
  const u = unit.toLowerCase().replace(/s$/, '');
  const [prefix, scale] = UNIT_CODE[u] ?? ['P', 1];
  const value = n === 'X' ? 'X' : String(n * scale);
  return `${prefix}${value}${unitLetter(u)}`;
}

/** What every match of the rules "ago" and "vague-ago" holds: a unit, then "ago". */
const AGO_GATE = new RegExp(String.raw`${UNIT}s?(?: or so)? ago\b`, 'i');

/** The grammar: each rule a regular expression and what its match means. Longer matches win. */
/** `hint`: words one of which the text must hold (lower case, whole words) for the rule to run at all: most texts lack most rules. */
/**
 * `gate`: a cheap pattern that every match of the rule holds (a part of it, tested once on the text, not global): where the
 * text lacks it, the rule's own pattern, slower to try at every offset, is not run.
 */
/**
 * `lead`: a global pattern of no width that holds at every offset a match of the rule can start at (MONTH_LEAD: a month's
 * name at a word boundary, for the rules that open with one, with the same flags); it is scanned once per text for all
 * the rules that share it, and each rule is tried at those offsets only (findDates), not at every offset. (Not worth it
 * for the rules that open with a day's or a year's digits: a text holds too many numbers.)
 */
const MONTH_LEAD = new RegExp(String.raw`\b(?=${MONTH})`, 'g');
const RULES: Array<{ name: string; re: RegExp; make: (m: RegExpExecArray) => Kind | undefined; trimStart?: RegExp; hint?: string[]; marks?: string[]; gate?: RegExp; lead?: RegExp }> = [
  {
    name: 'month-day-range',
    lead: MONTH_LEAD,
    re: new RegExp(String.raw`\b(${MONTH}) (${DAY})(?:${DASH}|\s+(?:and|to|through|&)\s+)(${DAY})\b(?:,? (${YEAR}))?`, 'g'),
    // ("and" joins two days, a span only where they follow each other: "September 23 and 24", not "July 8 and 10")
    make: (m) => (/\sand\s/.test(m[0]) && dayOf(m[3]!) !== dayOf(m[2]!) + 1 ? undefined : { k: 'range', m1: monthOf(m[1]!), d1: dayOf(m[2]!), m2: monthOf(m[1]!), d2: dayOf(m[3]!), ...(m[4] ? { y: Number(m[4]) } : {}) }),
  },
  {
    name: 'cross-month-range',
    lead: MONTH_LEAD,
    re: new RegExp(String.raw`\b(${MONTH}) (${DAY})(?:${DASH}|\s+(?:to|through|and)\s+)(${MONTH}) (${DAY})\b(?:,? (${YEAR}))?`, 'g'),
    // ("May 31 and June 1" is a span; "May 16 and June 2" two days)
    make: (m) => (/\sand\s/.test(m[0]) && !(dayOf(m[4]!) === 1 && monthOf(m[3]!) === (monthOf(m[1]!) % 12) + 1 && dayOf(m[2]!) >= 28) ? undefined : { k: 'range', m1: monthOf(m[1]!), d1: dayOf(m[2]!), m2: monthOf(m[3]!), d2: dayOf(m[4]!), ...(m[5] ? { y: Number(m[5]) } : {}) }),
  },
  {
    name: 'day-month-range',
    re: new RegExp(String.raw`\b(${DAY})(?:${DASH}|\s+(?:and|to|&)\s+)(${DAY}) (?:of )?(${MONTH})\b(?:,? (${YEAR}))?`, 'g'),
    make: (m) => ({ k: 'range', m1: monthOf(m[3]!), d1: dayOf(m[1]!), m2: monthOf(m[3]!), d2: dayOf(m[2]!), ...(m[4] ? { y: Number(m[4]) } : {}) }),
  },
  {
    // "Oct. 23 last year", "5 May this year": the day of the year named relative to the anchor.
    name: 'month-day-deictic-year',
    lead: MONTH_LEAD,
    hint: ['year'],
    re: new RegExp(String.raw`\b(${MONTH}) (?:the (?=\d+(?:st|nd|rd|th)\b))?(${DAY}),? (this|last|next) year\b`, 'g'),
    make: (m) => ({ k: 'day', m: monthOf(m[1]!), d: dayOf(m[2]!), rel: /last/i.test(m[3]!) ? -1 : /next/i.test(m[3]!) ? 1 : 0 }),
  },
  {
    name: 'day-month-deictic-year',
    hint: ['year'],
    re: new RegExp(String.raw`\b(${DAY}) (?:of )?(${MONTH}),? (this|last|next) year\b`, 'g'),
    make: (m) => ({ k: 'day', m: monthOf(m[2]!), d: dayOf(m[1]!), rel: /last/i.test(m[3]!) ? -1 : /next/i.test(m[3]!) ? 1 : 0 }),
  },
  {
    name: 'month-day',
    lead: MONTH_LEAD,
    // (and "March the 21st": an ordinal day after "the", never a bare number, "in March the 21 delegates")
    re: new RegExp(String.raw`\b(${MONTH}) (?:the (?=\d+(?:st|nd|rd|th)\b))?(${DAY})\b(?!:\d)(?:,? (${YEAR})\b)?`, 'g'),
    make: (m) => ({ k: 'day', m: monthOf(m[1]!), d: dayOf(m[2]!), ...(m[3] ? { y: Number(m[3]) } : {}) }),
  },
  {
    name: 'day-month',
    re: new RegExp(String.raw`\b(${DAY}) (?:of )?(${MONTH})\b(?:,? (${YEAR})\b)?`, 'g'),
    make: (m) => ({ k: 'day', m: monthOf(m[2]!), d: dayOf(m[1]!), ...(m[3] ? { y: Number(m[3]) } : {}) }),
  },
  {
    name: 'daypart-of-day',
    hint: ['morning', 'afternoon', 'evening', 'night'],
    re: new RegExp(String.raw`\b(?:the )?(${DAYPART}) of (${MONTH}) (${DAY})\b(?:,? (${YEAR}))?`, 'gi'),
    make: (m) => ({ k: 'daypart-of', part: m[1]!.toLowerCase(), m: monthOf(m[2]!), d: dayOf(m[3]!), ...(m[4] ? { y: Number(m[4]) } : {}) }),
    trimStart: /^the /i,
  },
  {
    name: 'part-of-month',
    hint: ['early', 'mid', 'late', 'end', 'beginning', 'start', 'middle'],
    re: new RegExp(String.raw`\b(${PART})[ ${HY.slice(1, -1)}](${MONTH})\b(?:,? (${YEAR}))?`, 'gi'),
    make: (m) => (/^[A-Z]/.test(m[2]!) ? { k: 'month', m: monthOf(m[2]!), ...(m[3] ? { y: Number(m[3]) } : {}), mod: PART_MOD(m[1]!.toLowerCase()) } : undefined),
    trimStart: /^the /i,
  },
  {
    name: 'part-of-year',
    hint: ['early', 'mid', 'late', 'end', 'beginning', 'start', 'middle'],
    re: new RegExp(String.raw`\b(${PART})[ ${HY.slice(1, -1)}](${YEAR})\b`, 'gi'),
    make: (m) => ({ k: 'year', y: Number(m[2]), mod: PART_MOD(m[1]!.toLowerCase()) }),
    trimStart: /^the /i,
  },
  {
    name: 'iso-day',
    re: new RegExp(String.raw`\b(${YEAR})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b`, 'g'),
    make: (m) => ({ k: 'day', y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) }),
  },
  {
    // "12/27/2021" (month first, as US outlets write), "27/12/2021" (a first number over 12 is the day).
    name: 'numeric-day',
    re: /\b(0?[1-9]|[12]\d|3[01])\/(0?[1-9]|[12]\d|3[01])\/((?:19|20)\d{2})\b/g,
    make: (m) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      if (a > 12 && b > 12) return undefined;
      return a > 12 ? { k: 'day', y: Number(m[3]), m: b, d: a } : { k: 'day', y: Number(m[3]), m: a, d: b };
    },
  },
  {
    // "03.05.23", "27.02.2023": day, month and year, as most of Europe writes them.
    name: 'dotted-day',
    re: /\b(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.((?:19|20)?\d{2})\b(?!\.\d)/g,
    make: (m) => ({ k: 'day', y: m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]), m: Number(m[2]), d: Number(m[1]) }),
  },
  {
    name: 'decade',
    re: /\b(?:the\s+)?((?:1[89]|20)\d0)[’']?s\b/g,
    make: (m) => ({ k: 'decade', y: Number(m[1]) }),
    trimStart: /^the\s+/,
  },
  {
    // "the nineties", "the '80s": a decade of the twentieth century named without its century.
    name: 'decade-words',
    re: /\bthe ((?:nineteen[- ])?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|[’']([2-9])0s)\b/gi,
    make: (m) => {
      const tens = m[2] ? Number(m[2]) : ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'].indexOf(m[1]!.toLowerCase().replace(/^nineteen[- ]/, '')) + 2;
      return { k: 'decade', y: 1900 + 10 * tens };
    },
    trimStart: /^the /i,
  },
  {
    name: 'month-year',
    lead: MONTH_LEAD,
    re: new RegExp(String.raw`\b(${MONTH}),? (${YEAR})\b`, 'g'),
    make: (m) => ({ k: 'month', m: monthOf(m[1]!), y: Number(m[2]) }),
  },
  {
    name: 'month',
    // A month alone after a preposition or determiner ("in January"); "May" alone is too often the verb.
    // (The preposition is matched and trimmed rather than looked behind for: a lookbehind is tried at every offset.)
    re: new RegExp(String.raw`\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Dd]uring|[Tt]hrough|[Tt]hroughout|of|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id|[Bb]efore|[Aa]fter) (${MONTH.replace('May|', '')})\b`, 'g'),
    trimStart: /^\S+ /,
    make: (m) => ({ k: 'month', m: monthOf(m[1]!) }),
  },
  {
    // "in May", "by May": after a preposition of time "May" is the month, not the verb.
    name: 'month-may',
    gate: / May\b/,
    hint: ['may'],
    re: /\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Dd]uring|[Tt]hroughout|[Ee]arly|[Ll]ate|[Mm]id|[Bb]efore) (May)\b(?! (?:be|have|not|well|also|still|never|need)\b)/g,
    trimStart: /^\S+ /,
    make: () => ({ k: 'month', m: 5 }),
  },
  {
    // A month as a modifier ("the October vote", "a June agreement", "for January").
    name: 'month-modifier',
    re: new RegExp(String.raw`\b(?:[Tt]he|a|[Ff]or) (${MONTH.replace('May|', '')})\b(?= [a-z]|[.,;])`, 'g'),
    make: (m) => ({ k: 'month', m: monthOf(m[1]!) }),
    trimStart: /^\S+ /,
  },
  {
    // "December's figures".
    name: 'month-possessive',
    lead: MONTH_LEAD,
    re: new RegExp(String.raw`\b(${MONTH.replace('May|', '')})(?=[’']s\b)`, 'g'),
    make: (m) => ({ k: 'month', m: monthOf(m[1]!) }),
  },
  {
    // "fiscal 1989", "the current fiscal year", "last fiscal year": a company's year, named as the calendar year it ends in.
    name: 'fiscal-year',
    hint: ['fiscal'],
    re: new RegExp(String.raw`\b(?:fiscal (${YEAR})|(?:the )?(current|latest|last|previous|next|this) fiscal year)\b`, 'gi'),
    make: (m) => (m[1] ? { k: 'year', y: Number(m[1]) } : { k: 'deictic', what: 'year', rel: /latest|last|previous/i.test(m[2]!) ? -1 : /next/i.test(m[2]!) ? 1 : 0 }),
    trimStart: /^the /i,
  },
  {
    // "by year end", "before year's end": the end of the anchor's year.
    name: 'year-end',
    hint: ['end'],
    re: /\b(?:the )?year(?:[’']s |-| )end\b/gi,
    make: () => ({ k: 'deictic', what: 'year', rel: 0, mod: 'END' }),
    trimStart: /^the /i,
  },
  {
    // "later that year", "that year": the year the text gave last.
    name: 'that-year',
    hint: ['that'],
    re: /\b(?:(?:later|earlier) )?that year\b/gi,
    make: () => ({ k: 'deictic', what: 'year', rel: 0, anaphoric: true }),
  },
  {
    // "the year-ago results", "year-earlier sales": a year before the period the text speaks of.
    name: 'year-ago-modifier',
    hint: ['ago', 'earlier'],
    re: /\b(year-ago|year-earlier)\b(?! (?:quarter|period)\b)/gi,
    make: () => ({ k: 'shift', n: -1, unit: 'year' }),
  },
  {
    // "last April", "next March": the direction is stated, whatever the tense.
    name: 'directed-month',
    gate: /(?:[Ll]ast|[Nn]ext|[Tt]his past|[Tt]his coming) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/,
    hint: ['last', 'next', 'this'],
    re: new RegExp(String.raw`\b([Ll]ast|[Nn]ext|[Tt]his past|[Tt]his coming) (${MONTH})\b(?!\.?,? (?:${DAY}|${YEAR})\b)`, 'g'),
    make: (m) => ({ k: 'month', m: monthOf(m[2]!), dir: /last|past/i.test(m[1]!) ? 'last' : 'next' }),
  },
  {
    // "February this year", "in March last year": the month of the year named relative to the anchor.
    name: 'month-deictic-year',
    lead: MONTH_LEAD,
    hint: ['year'],
    re: new RegExp(String.raw`\b(${MONTH}) (this|last|next) year\b`, 'g'),
    make: (m) => ({ k: 'month', m: monthOf(m[1]!), rel: /last/i.test(m[2]!) ? -1 : /next/i.test(m[2]!) ? 1 : 0 }),
  },
  {
    name: 'year',
    re: new RegExp(String.raw`(?<![$€£\d,.])\b(${YEAR})\b(?![,.]?\d|\s*(?:%|per ?cent))`, 'g'),
    make: (m) => ({ k: 'year', y: Number(m[1]) }),
  },
  {
    name: 'weekday-pair',
    hint: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
    re: new RegExp(String.raw`\b(${WEEKDAY})(?:\s+(?:and|or|to|through)\s+|${DASH})(${WEEKDAY})\b`, 'g'),
    make: (m) => ({ k: 'weekday', w: WEEKDAY_NAMES.indexOf(m[1]!.toLowerCase()), w2: WEEKDAY_NAMES.indexOf(m[2]!.toLowerCase()) }),
  },
  {
    // "Monday, Oct. 26", "Tuesday 3 March 2026": the weekday and the calendar date beside it, one Date checked against each other.
    name: 'weekday-date',
    hint: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
    // (and "Thursday, March the 21st": an ordinal day after "the")
    re: new RegExp(String.raw`\b(${WEEKDAY}),? (?:(${MONTH}) (?:the (?=\d+(?:st|nd|rd|th)\b))?(${DAY})|(${DAY}) (?:of )?(${MONTH}))\b(?!:\d)(?:,? (${YEAR})\b)?`, 'g'),
    make: (m) => ({ k: 'weekday-date', w: WEEKDAY_NAMES.indexOf(m[1]!.toLowerCase()), m: monthOf(m[2] ?? m[5]!), d: dayOf(m[3] ?? m[4]!), ...(m[6] ? { y: Number(m[6]) } : {}) }),
  },
  {
    // "next Friday", "the following Tuesday", "last Monday": the direction is stated, whatever the tense.
    name: 'directed-weekday',
    hint: ['next', 'last', 'coming', 'following', 'past', 'previous', 'preceding'],
    re: new RegExp(String.raw`\b(next|this coming|coming|the following|the next|last|this past|the previous|the preceding) (${WEEKDAY})\b`, 'gi'),
    make: (m) => {
      const w = m[1]!.toLowerCase();
      const dir = /^(?:next|this coming|coming)$/.test(w) ? 'next' : /^(?:the following|the next)$/.test(w) ? 'following' : /^(?:last|this past)$/.test(w) ? 'last' : 'previous';
      return /^[A-Z]/.test(m[2]!) ? { k: 'weekday', w: WEEKDAY_NAMES.indexOf(m[2]!.toLowerCase()), dir } : undefined;
    },
    trimStart: /^the /i,
  },
  {
    name: 'weekday',
    hint: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
    re: new RegExp(String.raw`\b(${WEEKDAY})(?: (${DAYPART}))?\b`, 'g'),
    make: (m) => ({ k: 'weekday', w: WEEKDAY_NAMES.indexOf(m[1]!.toLowerCase()), ...(m[2] ? { part: m[2].toLowerCase() } : {}) }),
  },
  {
    name: 'deictic-day',
    hint: ['today', 'tonight', 'yesterday', 'tomorrow'],
    re: /\b(today|tonight|yesterday|tomorrow)\b/gi,
    make: (m) => ({ k: 'deictic', what: m[1]!.toLowerCase(), rel: 0 }),
  },
  {
    name: 'this-time-last-year',
    hint: ['time'],
    re: /\bthis time last year\b/gi,
    make: () => ({ k: 'deictic', what: 'year', rel: -1 }),
  },
  {
    // "over the past week", "in the past month", "the past decade": the stretch of time up to the report, counted back
    // from it (TimeML's DURATION, P1W), not the calendar week before it ("last week", 2024-W32). (Not "the past year",
    // which TimeBank reads as the year before: 1988.)
    name: 'the-past-period',
    hint: ['past'],
    re: /\b(?<=\bthe )past (week|month|decade)\b/gi,
    make: (m) => ({ k: 'duration', value: durationValue(1, m[1]!.toLowerCase()) }),
  },
  {
    name: 'deictic-period',
    hint: ['week', 'month', 'year', 'weekend', 'decade'],
    re: /\b(this|last|next|past|coming|previous|following|current) (week|month|year|weekend|decade)\b/gi,
    make: (m) => {
      const w = m[1]!.toLowerCase();
      // "the following year", "the previous week": counted from the date the text last gave, not from the anchor.
      const anaphoric = w === 'following' || w === 'previous';
      return { k: 'deictic', what: m[2]!.toLowerCase(), rel: w === 'last' || w === 'past' || w === 'previous' ? -1 : w === 'next' || w === 'coming' || w === 'following' ? 1 : 0, ...(anaphoric ? { anaphoric } : {}) };
    },
  },
  {
    name: 'ago',
    gate: AGO_GATE,
    hint: ['ago'],
    re: new RegExp(String.raw`\b(?:(${DUR_MOD}) )?(${NUM})(?: |${HY})(${UNIT})s?(?: or so)? ago\b`, 'gi'),
    make: (m) => {
      const n = numberOf(m[2]!.toLowerCase());
      const mod = m[1] ? durMod(m[1]) : undefined;
      return n === undefined ? undefined : { k: 'ago', n, unit: m[3]!.toLowerCase(), ...(mod ? { mod: mod === 'LESS_THAN' || mod === 'MORE_THAN' ? 'APPROX' : mod } : {}) };
    },
  },
  {
    // "several years ago", "a few weeks ago": some time before the anchor, no number to count back (TimeML's PAST_REF).
    name: 'vague-ago',
    gate: AGO_GATE,
    hint: ['ago'],
    re: new RegExp(String.raw`\b(?:several|a few|some|many) (${UNIT})s ago\b`, 'gi'),
    make: () => ({ k: 'deictic', what: 'past', rel: -1 }),
  },
  {
    // "a year earlier", "two days later": counted from the date the sentence speaks of, else the anchor.
    name: 'shift',
    gate: new RegExp(String.raw`${UNIT}s? (?:earlier|later)\b`, 'i'),
    hint: ['earlier', 'later'],
    re: new RegExp(String.raw`\b(${NUM})(?: |${HY})(${UNIT})s? (earlier|later)\b`, 'gi'),
    make: (m) => {
      const n = numberOf(m[1]!.toLowerCase());
      return n === undefined ? undefined : { k: 'shift', n: /earlier/i.test(m[3]!) ? -n : n, unit: m[2]!.toLowerCase() };
    },
  },
  {
    name: 'century',
    hint: ['century'],
    re: /\b(?:the )?(1\d|20|21|[1-9])(?:st|nd|rd|th) century\b/gi,
    make: (m) => ({ k: 'century', c: Number(m[1]) }),
    trimStart: /^the /i,
  },
  {
    // "nineteen ninety-six", "the year two thousand": years in words, as speech transcripts write them.
    name: 'spelled-year',
    gate: /(?:nineteen|twenty) (?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)|two thousand/i,
    hint: ['nineteen', 'twenty', 'thousand'],
    re: /\b(?:the year |(January|February|March|April|May|June|July|August|September|October|November|December) )?(?:(nineteen|twenty) (ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](one|two|three|four|five|six|seven|eight|nine))?|two thousand(?: and (one|two|three|four|five|six|seven|eight|nine|ten))?)\b/gi,
    make: (m) => {
      const y = !m[2] ? 2000 + (m[5] ? NUMBER_WORDS[m[5].toLowerCase()]! : 0) : NUMBER_WORDS[m[2].toLowerCase()]! * 100 + NUMBER_WORDS[m[3]!.toLowerCase()]! + (m[4] ? NUMBER_WORDS[m[4].toLowerCase()]! : 0);
      return m[1] ? { k: 'month', m: monthOf(m[1]), y } : { k: 'year', y };
    },
    trimStart: /^the year /i,
  },
  {
    name: 'half',
    gate: new RegExp(String.raw`half of ${YEAR}`, 'i'),
    hint: ['half'],
    re: new RegExp(String.raw`\b(?:the )?(first|second|last) half of (${YEAR})\b`, 'gi'),
    make: (m) => ({ k: 'half', h: /first/i.test(m[1]!) ? 1 : 2, y: Number(m[2]) }),
    trimStart: /^the /i,
  },
  {
    // "the latest quarter", "the year-ago quarter": the last quarter reported before the anchor (a year before it).
    name: 'reported-quarter',
    hint: ['quarter', 'period'],
    re: /\bthe (?:(latest|most recent|past|previous|last|just-ended|year-ago|year-earlier|current) (?:quarter|period)|quarter)\b/gi,
    make: (m) => ({ k: 'quarter', ...(/year-/i.test(m[1] ?? '') ? { yearShift: -1 } : /current/i.test(m[1] ?? '') ? { current: true } : {}) }),
  },
  {
    name: 'anaphoric-day',
    hint: ['day'],
    re: /\bthe (next|following|previous|preceding) day\b|\bthe day (before|after)\b/gi,
    make: (m) => ({ k: 'anaphoric-day', rel: /next|following|after/i.test(m[1] ?? m[2]!) ? 1 : -1 }),
    trimStart: /^the /i,
  },
  {
    name: 'quarter',
    gate: new RegExp(String.raw`(?:first|second|third|fourth|1st|2nd|3rd|4th)[ ${HY.slice(1, -1)}]quarter`, 'i'),
    hint: ['quarter'],
    re: new RegExp(String.raw`\b(?:the\s+)?(?:(year-ago|year-earlier) )?(?:(${YEAR}) )?(first|second|third|fourth|1st|2nd|3rd|4th)[ ${HY.slice(1, -1)}]quarter(?: of (${YEAR}))?\b`, 'gi'),
    make: (m) => ({ k: 'quarter', q: ({ first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 } as Record<string, number>)[m[3]!.toLowerCase()]!, ...(m[2] || m[4] ? { y: Number(m[2] ?? m[4]) } : {}), ...(m[1] ? { yearShift: -1 } : {}) }),
    trimStart: /^the\s+/i,
  },
  {
    name: 'part-of-deictic-year',
    hint: ['year', 'month'],
    re: /\b(early|mid|late|the end of|the beginning of|the start of|the middle of)[ -](last|this|next|the) (year|month)\b/gi,
    make: (m) => ({ k: 'deictic', what: m[3]!.toLowerCase(), rel: /last/i.test(m[2]!) ? -1 : /next/i.test(m[2]!) ? 1 : 0, mod: PART_MOD(m[1]!.toLowerCase()) }),
    trimStart: /^the /i,
  },
  {
    name: 'the-weekend',
    hint: ['weekend'],
    re: /\bthe (weekend)\b/gi,
    make: () => ({ k: 'deictic', what: 'weekend', rel: 0 }),
    trimStart: /^the /i,
  },
  {
    name: 'season',
    hint: ['winter', 'summer', 'autumn', 'springtime', 'spring', 'fall'],
    re: new RegExp(String.raw`\b(?:(this|last|next|the coming|the past|recent) )?(${SEASON})\b`, 'gi'),
    make: (m) => {
      const s = m[2]!.toLowerCase();
      const d = (m[1] ?? '').toLowerCase();
      if ((s === 'spring' || s === 'fall') && !d) return undefined; // verbs and other senses
      return { k: 'season', s, rel: d === 'last' || d === 'the past' ? -1 : d === 'next' || d === 'the coming' ? 1 : 0 };
    },
    trimStart: /^(the coming |the past |recent )/i,
  },
  {
    name: 'duration',
    // "three years", "two more weeks", "eight trading days": a number, at most one word that qualifies the count, a unit.
    re: new RegExp(String.raw`\b(?:(${DUR_MOD}) )?(${NUM})(?: (?:more|additional|further|straight|consecutive|full|trading|business|working))?(?: |${HY})(${UNIT})s?\b(?!${HY}(?:old))`, 'gi'),
    make: (m) => {
      const n = m[2]!.toLowerCase();
      // "a week-long pause": the duration is the unit alone (rule unit-long), not "a week".
      if ((n === 'a' || n === 'an') && /^[-\u2010\u2011]long\b/.test(m.input.slice(m.index + m[0].length))) return undefined;
      // "a second round", "another second": the ordinal, not a duration.
      if (/^(a|an|another|one)$/.test(n) && /^second$/i.test(m[3]!)) return undefined;
      // "a couple of years" is two, as TimeML counts it; "a few", "several" no number.
      const vague = n === 'a few' || n === 'several';
      const v = vague ? 'X' : n === 'a couple of' || n === 'couple of' ? 2 : numberOf(n);
      if (v === undefined) return undefined;
      const mod = durMod(m[1]);
      return { k: 'duration', value: durationValue(v, m[3]!), ...(mod ? { mod } : {}) };
    },
  },
  {
    // "2 1/2 years", "five and a half hours", "a minute and a half": the half as the next smaller unit.
    name: 'half-duration',
    gate: /1\/2|½|and a half/i,
    hint: ['half'],
    marks: ['1/2', '½'],
    re: new RegExp(String.raw`\b(?:(${DUR_MOD}) )?(?:(${NUM})(?: 1/2| and a half|½) (${UNIT})s?|(a|an) (${UNIT}) and a half)\b`, 'gi'),
    make: (m) => {
      const n = m[2] ? numberOf(m[2].toLowerCase()) : 1;
      const unit = (m[3] ?? m[5]!).toLowerCase();
      const half: Record<string, string> = { year: '6M', month: '15D', day: 'T12H', hour: '30M', minute: '30S' };
      if (n === undefined || !half[unit]) return undefined;
      const whole = durationValue(n, unit);
      const mod = durMod(m[1]);
      return { k: 'duration', value: whole + (half[unit]!.startsWith('T') && whole.includes('T') ? half[unit]!.slice(1) : half[unit]), ...(mod ? { mod } : {}) };
    },
  },
  {
    name: 'a-unit-or-two',
    hint: ['two'],
    re: new RegExp(String.raw`\ba (${UNIT}) or two\b`, 'gi'),
    make: (m) => ({ k: 'duration', value: durationValue(1, m[1]!), mod: 'APPROX' }),
  },
  {
    name: 'unit-long',
    gate: new RegExp(String.raw`${UNIT}${HY}long\b`, 'i'),
    hint: ['long'],
    re: new RegExp(String.raw`\b(${UNIT})(?=${HY}long\b)`, 'gi'),
    make: (m) => ({ k: 'duration', value: durationValue(1, m[1]!) }),
  },
  {
    name: 'vague-duration',
    hint: ['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades'],
    // Not "these days" (the present: lexicon presentRefs). (The look-behind after the word boundary: tried at boundaries only.)
    re: /\b(?<!\bthese )(?:(recent|past|coming) )?(seconds|minutes|hours|days|weeks|months|years|decades)\b/gi,
    make: (m) => ({ k: 'duration', value: durationValue('X', m[2]!.replace(/s$/, '')) }),
  },
  {
    name: 'time-24h',
    gate: /\d:[0-5]\d/,
    re: /\b(?:(around|about|at|approximately) )?([01]\d|2[0-3]):([0-5]\d)(?: (?:GMT|UTC|local time))?\b(?!\s*(?:a\.m\.|p\.m\.|am|pm))/gi,
    make: (m) => ({ k: 'time', h: Number(m[2]), min: Number(m[3]), ...(/around|about|approximately/i.test(m[1] ?? '') ? { mod: 'APPROX' } : {}) }),
    trimStart: /^at /i,
  },
  {
    name: 'time',
    gate: /\d(?::\d\d)? ?(?:a\.m\.|p\.m\.|am\b|pm\b)/i,
    re: /\b(?:(around|about|at|approximately) )?(\d{1,2})(?::(\d{2}))? ?(a\.m\.|p\.m\.|am\b|pm\b)/gi,
    make: (m) => {
      let h = Number(m[2]);
      const pm = /^p/i.test(m[4]!);
      if (h > 12) return undefined;
      if (pm && h < 12) h += 12;
      if (!pm && h === 12) h = 0;
      return { k: 'time', h, min: Number(m[3] ?? 0), ...(/around|about|approximately/i.test(m[1] ?? '') ? { mod: 'APPROX' } : {}) };
    },
    trimStart: /^at /i,
  },
];

/** Finds date expressions in a text: non-overlapping, longest first. */
/**
 * Which of the rules' hint words (and `more` words: a lexicon's) a text holds, lower case: one pass of one regex, so
 * that a rule whose words the text lacks costs nothing.
 */
const hintCache = new Map<string, RegExp>();
export function wordsOf(text: string, more: readonly string[] = []): Set<string> {
  const key = more.join('|');
  let re = hintCache.get(key);
  if (!re) {
    const all = [...new Set([...RULES.flatMap((r) => r.hint ?? []), ...more])].sort((a, b) => b.length - a.length);
    hintCache.set(key, (re = new RegExp(String.raw`\b(?:${all.join('|')})\b`, 'gi')));
  }
  const out = new Set<string>();
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.add(m[0].toLowerCase());
  return out;
}

/** Each rule with a lead, its pattern sticky: tried at one offset. */
const STICKY = new Map(RULES.filter((r) => r.lead).map((r) => [r, new RegExp(r.re.source, r.re.flags + 'y')]));

export function findDates(text: string, extra: Found[] = [], words: Set<string> = wordsOf(text)): Found[] {
  const all: Found[] = [...extra];
  /** The offsets each lead holds at in the text, found when first asked. */
  const leads = new Map<RegExp, number[]>();
  const leadOffsets = (lead: RegExp): number[] => {
    let at = leads.get(lead);
    if (!at) {
      leads.set(lead, (at = []));
      lead.lastIndex = 0;
      for (let m = lead.exec(text); m; m = lead.exec(text)) {
        at.push(m.index);
        lead.lastIndex = m.index + 1;
      }
    }
    return at;
  };
  /** Keeps what a match means, if anything (false where it means nothing). */
  const found = (rule: (typeof RULES)[number], m: RegExpExecArray): boolean => {
    const kind = rule.make(m);
    if (!kind) return false;
    let start = m.index;
    const trimmed = rule.trimStart?.exec(m[0]);
    if (trimmed) start += trimmed[0].length;
    all.push({ start, end: m.index + m[0].length, kind, rule: rule.name });
    return true;
  };
  for (const rule of RULES) {
    // (a rule runs only on a text that holds one of its hint words, or one of its marks that are no words: "½")
    if (rule.hint && !rule.hint.some((h) => words.has(h)) && !rule.marks?.some((x) => text.includes(x))) continue;
    if (rule.gate && !rule.gate.test(text)) continue;
    if (rule.lead) {
      // (the matches a global scan finds: the first at or after the end of the one before, tried at the lead's offsets)
      const re = STICKY.get(rule)!;
      let from = 0;
      for (const at of leadOffsets(rule.lead)) {
        if (at < from) continue;
        re.lastIndex = at;
        const m = re.exec(text);
        if (!m) continue;
        found(rule, m);
        from = m[0].length === 0 ? at + 1 : at + m[0].length;
      }
      continue;
    }
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      if (!found(rule, m)) continue;
      if (m[0].length === 0) rule.re.lastIndex++;
    }
  }
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Found[] = [];
  for (const f of all) if (!taken.some((t) => f.start < t.end && t.start < f.end)) taken.push(f);
  return taken.sort((a, b) => a.start - b.start);
}

/** 'either': a plan told in the past (dates.json pastPlanCues), whose day may lie before the report or after it. */
type Tense = 'future' | 'past' | 'unknown' | 'either';

/** The tense cues of a lexicon as global regexes, compiled once per lexicon. */
interface TenseCues {
  future: RegExp;
  past: RegExp;
  /** An event preposition ending the text before a date ("collapsed on"). */
  event: RegExp;
  /** A preposition before a date that puts it in the past ("since"). */
  since: RegExp;
  /** Words of a habitual clause ("usually"). */
  habitual: RegExp;
  /** A whole expression that names a day relative to the speaker ("today"). */
  reported: RegExp;
  /** Words that put forward an event, before a date they make forward-looking ("proposed holding talks on May 15"). */
  proposal: RegExp;
  /** Words that open a phrase awaiting an event, whose date then looks forward ("ahead of talks on January 19"). */
  awaited: RegExp;
  /** A past tense anywhere (not global: for `test`). */
  pastAny: RegExp;
  /** A plan told in the past tense ("was scheduled to"). */
  pastPlan: RegExp;
  /** A day's possessive and a word of plan right after the day ("'s scheduled"). */
  plannedOwn: RegExp;
  /** Words before a participle that deny the event ("has not yet confirmed"): the participle is no past tense. */
  negatedPerfect: RegExp;
  /** An attribution after a comma to the sentence's end (", the ministry said", ", the ministry announced on Monday, in
   * a statement"). */
  attribution: RegExp;
}
const cueCache = new WeakMap<DateLexicon, TenseCues>();
const tenseCues = (lex: DateLexicon): TenseCues => {
  let c = cueCache.get(lex);
  if (!c) {
    // A regular past tense is read from the word's shape (-ed); the irregular ones are the lexicon's.
    const pastSource = String.raw`${lex.pastCues}|\b\w{3,}ed\b`;
    c = { future: new RegExp(lex.futureCues, 'gi'), past: new RegExp(pastSource, 'gi'), event: new RegExp(String.raw`\b(?:${lex.eventPrepositions})\s+$`, 'i'), since: new RegExp(String.raw`\b(?:${lex.pastPrepositions})\s+$`, 'i'), habitual: new RegExp(lex.habitualCues, 'i'), reported: new RegExp(String.raw`^(?:${lex.reportedDays})$`, 'i'), proposal: new RegExp(lex.proposalCues, 'gi'), awaited: new RegExp(lex.awaitedLeads, 'gi'), pastPlan: new RegExp(lex.pastPlanCues, 'gi'), plannedOwn: new RegExp(String.raw`^['’]s\s+(?:${lex.possessivePlanWords})`, 'i'), pastAny: new RegExp(pastSource, 'i'), negatedPerfect: new RegExp(String.raw`\b(?:${lex.negatedPerfectLeads})\s+(?:\w+\s+){0,2}$`, 'i'), attribution: new RegExp(String.raw`,\s*["”]?\s*(?:[^,;:"“”\n]{1,60}?\s)?(?:${lex.attributionVerbs})\b[^;:"“”\n]{0,80}$`, 'i') };
    cueCache.set(lex, c);
  }
  return c;
};
const bylineCache = new WeakMap<DateLexicon, RegExp>();
/** A byline's words right before its day ("Published: ", "Updated on Saturday, "), to the end of the text given. */
const bylineMarkers = (lex: DateLexicon): RegExp => {
  let r = bylineCache.get(lex);
  if (!r) bylineCache.set(lex, (r = new RegExp(String.raw`(?:${lex.publicationMarkers})\s*:?\s*(?:on\s+)?(?:\p{L}+day,?\s+)?$`, 'iu')));
  return r;
};

/** Distance from `at` to the nearest match of `re` in `s` (Infinity when none), less the matches `skip` rejects. */
function nearest(re: RegExp, s: string, at: number, skip?: (m: RegExpExecArray) => boolean): number {
  re.lastIndex = 0;
  let best = Infinity;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (m[0].length === 0) re.lastIndex++;
    else if (!skip?.(m)) best = Math.min(best, m.index > at ? m.index - at : Math.max(0, at - (m.index + m[0].length)));
  }
  return best;
}
/** A participle after a future or passive auxiliary ("will be officially launched", "would be held") is no past tense. */
const PARTICIPLE_AFTER = /\b(?:will|shall|would|to|is|are|be)\s+(?:\w+\s+){0,2}$/i;

/**
 * Tense around a span: future when the clause speaks of what will happen, past when of what did. The
 * tense word nearest the date decides ("met in Brussels on May 2 …, the agreement that will lead to …"
 * is past for May 2); a tie goes to the future ("is scheduled for").
 */
/** How far around a date its tense is read (news sentences are far shorter). */
const TENSE_WINDOW = 1000;

function tenseAt(text: string, start: number, cues: TenseCues, bounds?: { start: number; end: number }, notVerbAt?: (pos: number) => boolean): Tense {
  // Within the sentence (the tokenizer's, which keeps "Jan." and "U.S." whole), else a window of the date cut at
  // full stops: a scan to the ends of an unpunctuated text made long ones quadratic.
  let from: number;
  let to: number;
  if (bounds) {
    from = Math.max(bounds.start, start - TENSE_WINDOW);
    to = Math.min(bounds.end, start + TENSE_WINDOW);
  } else {
    const lo = Math.max(0, start - TENSE_WINDOW);
    const before = text.slice(lo, start + 1);
    from = lo + Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n')) + 1;
    to = text.slice(start, start + TENSE_WINDOW).search(/[.\n]/);
    to = to < 0 ? Math.min(text.length, start + TENSE_WINDOW) : start + to;
  }
  let sentence = text.slice(from, to);
  // (less an attribution that closes the sentence after the date: "will take place in Lima on June 8, the ministry
  // said" looks forward; "“Russia proposes a meeting on June 2,” Lavrov said" has no tense of its own)
  const attribution = cues.attribution.exec(sentence.slice(start - from));
  if (attribution) sentence = sentence.slice(0, start - from + attribution.index);
  // A day in a phrase that awaits its event, with no past tense between them, looks forward whatever the clause's verb:
  // "Ahead of new talks in Lisbon on March 9 to 14, the rebels warned …".
  const lead = sentence.slice(0, start - from);
  let awaitedEnd = -1;
  cues.awaited.lastIndex = 0;
  for (let m = cues.awaited.exec(lead); m; m = cues.awaited.exec(lead)) awaitedEnd = m.index + m[0].length;
  if (awaitedEnd >= 0 && !cues.pastAny.test(lead.slice(awaitedEnd))) return 'future';
  // (a proposal before the date counts as looking forward: "proposed holding talks in Lima on May 15")
  const f = Math.min(nearest(cues.future, sentence, start - from), nearest(cues.proposal, sentence.slice(0, start - from), start - from));
  // An -ed word the tagger reads as an adjective ("preferred shares", "the increased dividend") is no past tense.
  const p = nearest(cues.past, sentence, start - from, (m) => ((/ed$/i.test(m[0]) || /^(?:held|met|begun|taken)$/i.test(m[0])) && (PARTICIPLE_AFTER.test(sentence.slice(Math.max(0, m.index - 30), m.index)) || cues.negatedPerfect.test(sentence.slice(Math.max(0, m.index - 30), m.index)))) || (/ed$/i.test(m[0]) && !!notVerbAt?.(from + m.index)));
  if (f === Infinity && p === Infinity) return 'unknown';
  // (a plan told in the past, nearest the date, says neither: "was scheduled to take place in March")
  if (nearest(cues.pastPlan, sentence, start - from) <= Math.min(f, p)) return 'either';
  return f <= p ? 'future' : 'past';
}

interface Anchor {
  day?: Day;
  year?: number;
  source: 'published' | 'text' | 'none';
  /** With no day: the month and day of the dateline ("BANGKOK, Dec 27 —"), the day "today" is, its year unknown. */
  monthDay?: { m: number; d: number };
  /** How many days after the publication date a year-less day in a past-tense clause may lie and keep its year. */
  aheadDays?: number;
  /** The day is the page's date line or a byline's (not the latest day the text writes with its year). */
  fromLine?: boolean;
}
export const DEFAULT_AHEAD_DAYS = 75;
/** How many days a page's date may lie from its dateline's day and still be the same report's day. */
const DATELINE_NEAR_DAYS = 3;
/** How many days before the publication date a year-less day in a forward-looking clause may lie and keep its year. */
const BEHIND_DAYS = 7;

/** The nearest year for a year-less month/day, given the reference day or year. */
/** How many days after the latest date written with its year a day without one may fall and still be the report's day. */
const AHEAD_OF_DATED_DAYS = 60;
function nearestYear(m: number, d: number, ref: Day | undefined, refYear: number): number {
  if (!ref) return refYear;
  let best = refYear;
  let bestDist = Infinity;
  for (const y of [refYear - 1, refYear, refYear + 1]) {
    const dist = Math.abs(Date.UTC(y, m - 1, d) - Date.UTC(ref.y, ref.m - 1, ref.d));
    if (dist < bestDist) {
      best = y;
      bestDist = dist;
    }
  }
  return best;
}

/**
 * The year of a year-less day against a publication date: on or after it in the future tense; in the past tense on or
 * before it, but a day at most `aheadDays` after it stays in its year (the caller gives no aheadDays where an event
 * preposition places the event on the date: a clause in the past tense often sets a date to come, "extended the offer
 * to Nov. 20", but "collapsed on Aug. 30" is past).
 */
function tenseYear(m: number, d: number, day: Day, tense: Tense, aheadDays = DEFAULT_AHEAD_DAYS): number {
  const cmp = compareDays({ y: day.y, m, d }, day);
  // A forward-looking clause about a day just past (a deadline reported the day after) keeps its year.
  if (tense === 'future') return cmp >= -BEHIND_DAYS * 86_400_000 ? day.y : day.y + 1;
  if (tense === 'past') return [day.y + 1, day.y].find((y) => compareDays({ y, m, d }, day) <= aheadDays * 86_400_000) ?? day.y - 1;
  return nearestYear(m, d, day, day.y);
}

/**
 * The document's anchor: published date, else the day a byline gives ("Published: February 29, 2020"), else the
 * latest dates the text states.
 */
/** The lines of a page's head, where a date line may stand after its headline and blank lines. */
const HEAD_LINES = 6;
/** The year of a day written with its weekday and no year: `y`, or where `y`'s calendar puts the day on another weekday,
 * the one year up to `span` years from it whose calendar agrees ("Sunday, 10 October" near 2020 is 2021's; within five
 * years no weekday comes twice). */
function weekdayYear(w: number, m: number, d: number, y: number, span: number): number {
  if (!isValidDay({ y, m, d }) || weekday({ y, m, d }) === w) return y;
  const fits = Array.from({ length: 2 * span + 1 }, (_, i) => y - span + i).filter((z) => z !== y && isValidDay({ y: z, m, d }) && weekday({ y: z, m, d }) === w);
  return fits.length === 1 ? fits[0]! : y;
}

export function inferAnchor(found0: Found[], published?: string, byline?: { text: string; markers: RegExp; captions?: { test(line: string): boolean }; background?: (start: number) => boolean }): Anchor {
  if (published) {
    const day = parseDay(published);
    if (day) return { day, year: day.y, source: 'published' };
  }
  // (not the day of a photo's caption, "… flags wave over the ministry, May 31, 2021. (AP File Photo)": the photo's day,
  // often long before the report; events.json captionMarkers)
  const captions = byline?.captions;
  const lineOf = (at: number) => byline!.text.slice(byline!.text.lastIndexOf('\n', at - 1) + 1, (byline!.text.indexOf('\n', at) + 1 || byline!.text.length + 1) - 1);
  // (each line tested once, however many dates it holds)
  const captionAt = new Map<number, boolean>();
  const inCaption = (at: number): boolean => {
    const start = byline!.text.lastIndexOf('\n', at - 1) + 1;
    let c = captionAt.get(start);
    if (c === undefined) captionAt.set(start, (c = captions!.test(lineOf(at))));
    return c;
  };
  const found = captions ? found0.filter((f) => !inCaption(f.start)) : found0;
  if (byline)
    for (const f of found) {
      const k = f.kind;
      // (a day, or a day with its weekday: "Monday 23 Oct 2023")
      if ((k.k !== 'day' && k.k !== 'weekday-date') || !k.y || !isValidDay({ y: k.y, m: k.m, d: k.d })) continue;
      const line = byline.text.slice(Math.max(0, byline.text.lastIndexOf('\n', f.start - 1) + 1, f.start - 60), f.start);
      // (or a full date alone on the text's first line: the page's date line, "October 24, 2025"; or ending a line of
      // the page's head after no more than capitalized words, an outlet's name and a weekday: "Ahram Online , Monday 23
      // Oct 2023")
      const endsLine = /^[ \t]*(?:\r?\n|$)/.test(byline.text.slice(f.end));
      const alone = byline.text.slice(0, f.start).trim() === '' && endsLine;
      const lineStart = byline.text.lastIndexOf('\n', f.start - 1) + 1;
      const dateLine = endsLine && lineStart > 0 && byline.text.slice(0, lineStart).split('\n').length <= HEAD_LINES && /^[ \t]*(?:\p{Lu}[\p{L}.'’&-]*[ \t]*)+[,|\u2013\u2014-]?[ \t]*(?:\p{Lu}\p{L}+,?[ \t]+)?$/u.test(byline.text.slice(lineStart, f.start));
      if (alone || dateLine || byline.markers.test(line)) return { day: { y: k.y, m: k.m, d: k.d }, year: k.y, source: 'text', fromLine: true };
    }
  // Reference point: the latest date written with its year, at month or day granularity.
  let ref: Day | undefined;
  let refMonthOnly = false;
  // (a caption's date still bounds the year: the report comes after the photograph)
  for (const f of found0) {
    const k = f.kind;
    let c: Day | undefined;
    if (k.k === 'day' && k.y) c = { y: k.y, m: k.m, d: k.d };
    else if (k.k === 'range' && k.y) c = { y: k.y, m: k.m2, d: k.d2 };
    else if (k.k === 'daypart-of' && k.y) c = { y: k.y, m: k.m, d: k.d };
    else if (k.k === 'month' && k.y) c = { y: k.y, m: k.m, d: 1 };
    if (c && (!ref || compareDays(c, ref) > 0)) {
      ref = c;
      refMonthOnly = k.k === 'month';
    }
  }
  if (!ref) return { source: 'none' };
  // Reference day: the latest day-granular date, with years resolved against the reference point: the nearest year,
  // but not one that puts the day months after every date written with its year ("the ceasefire in force since
  // August 3", in a report of February 2024, is 2023's August 3; "May 10" after "April 19, 2024" is 2024's).
  const latest = Date.UTC(ref.y, ref.m - 1, ref.d) + (refMonthOnly ? 30 : 0) * 86_400_000 + AHEAD_OF_DATED_DAYS * 86_400_000;
  const yearOf = (m: number, d: number) => {
    const y = nearestYear(m, d, ref, ref!.y);
    return Date.UTC(y, m - 1, d) > latest ? y - 1 : y;
  };
  let day: Day | undefined;
  for (const f of found) {
    // (not the day of a settlement or a process's launch the text recalls, "the Initiative, launched on May 9, 2024":
    // the report came after it, and it still bounds the year, but its day is no day the report was written near)
    if (byline?.background?.(f.start)) continue;
    const k = f.kind;
    let c: Day | undefined;
    if (k.k === 'day') c = { y: k.y ?? yearOf(k.m, k.d), m: k.m, d: k.d };
    else if (k.k === 'range') c = { y: k.y ?? yearOf(k.m2, k.d2), m: k.m2, d: k.d2 };
    else if (k.k === 'daypart-of') c = { y: k.y ?? yearOf(k.m, k.d), m: k.m, d: k.d };
    // (a day with its weekday and no year: the year near the nearest one whose calendar agrees, "Sunday, 10 October";
    // one written with its year counts no more than before, as a site's header of the day it was read may be one)
    else if (k.k === 'weekday-date' && k.y === undefined) c = { y: weekdayYear(k.w, k.m, k.d, yearOf(k.m, k.d), 2), m: k.m, d: k.d };
    if (c && isValidDay(c) && (!day || compareDays(c, day) > 0)) day = c;
  }
  return { ...(day ? { day } : {}), year: day && day.y > ref.y ? day.y : ref.y, source: 'text' };
}

const SEASON_CODE: Record<string, string> = { winter: 'WI', spring: 'SP', springtime: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA' };
const DAYPART_CODE: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

/** The value (and mod) of one expression, given the anchor; undefined where the text cannot determine it. */
/**
 * The value (and mod) of one expression, given the anchor; undefined where the text cannot determine it. `ref` is the
 * day an anaphoric expression counts from (the date the text gave before, a day of the same sentence); `refValue` the
 * value of the date its sentence speaks of, whose granularity "a year earlier" keeps (a quarter stays a quarter).
 */
export function resolve(f: Found, anchor: Anchor, tense: Tense, ref?: Day, refValue?: string): { value?: string; mod?: string } {
  const k = f.kind;
  const year = (m: number, d: number, y?: number): number | undefined => {
    if (y !== undefined) return y;
    if (anchor.year === undefined) return undefined;
    // Against a publication date, tense decides: "will meet on Jan. 5" is the next January 5th.
    if (anchor.source === 'published' && anchor.day && !ref) return tenseYear(m, d, anchor.day, tense, anchor.aheadDays);
    const near = nearestYear(m, d, ref ?? anchor.day, anchor.year);
    // (a day to come in a report with no date of its own, where the nearest year puts it before the latest day the text
    // writes with its year: the report came out on or after that day, how long after the text does not say, so the
    // year is unknown, and other reports on the same round may give it)
    if (anchor.source === 'text' && !anchor.fromLine && !ref && tense === 'future' && anchor.day && compareDays({ y: near, m, d }, anchor.day) < 0) return undefined;
    return near;
  };
  switch (k.k) {
    case 'day': {
      const anchorYear = anchor.day?.y ?? anchor.year;
      const y = k.rel !== undefined ? (anchorYear === undefined ? undefined : anchorYear + k.rel) : year(k.m, k.d, k.y);
      // No year anywhere in the article: the month and day as TIMEX3 writes an unknown year (the corpus stage
      // `rounds` may take the year from other articles about the same round).
      if (y === undefined) return isValidDay({ y: 2000, m: k.m, d: k.d }) ? { value: 'XXXX' + isoDay({ y: 2000, m: k.m, d: k.d }).slice(4) } : {};
      const day = { y, m: k.m, d: k.d };
      return isValidDay(day) ? { value: isoDay(day) } : {};
    }
    case 'range': {
      const y = year(k.m1, k.d1, k.y);
      // No year anywhere: as a day without one, within one year ("September 23 and 24" is XXXX-09-23/XXXX-09-24).
      if (y === undefined)
        return k.m2 >= k.m1 && isValidDay({ y: 2000, m: k.m1, d: k.d1 }) && isValidDay({ y: 2000, m: k.m2, d: k.d2 }) ? { value: `XXXX${isoDay({ y: 2000, m: k.m1, d: k.d1 }).slice(4)}/XXXX${isoDay({ y: 2000, m: k.m2, d: k.d2 }).slice(4)}` } : {};
      const a = { y, m: k.m1, d: k.d1 };
      const b = { y: k.m2 < k.m1 ? y + 1 : y, m: k.m2, d: k.d2 };
      return isValidDay(a) && isValidDay(b) ? { value: `${isoDay(a)}/${isoDay(b)}` } : {};
    }
    case 'daypart-of': {
      const y = year(k.m, k.d, k.y);
      return y === undefined ? {} : { value: `${isoDay({ y, m: k.m, d: k.d })}T${DAYPART_CODE[k.part]}` };
    }
    case 'month': {
      // A year-less month against a publication date as a year-less day: "last April" the last before it, "next April"
      // the next after it, else by the clause's tense.
      const pub = anchor.source === 'published' && anchor.day && !ref ? anchor.day : undefined;
      const dirTense: Tense = k.dir === 'last' ? 'past' : k.dir === 'next' ? 'future' : tense;
      let y = k.y ?? (k.rel !== undefined && (anchor.day?.y ?? anchor.year) !== undefined ? (anchor.day?.y ?? anchor.year)! + k.rel : undefined);
      if (y === undefined && pub && k.dir === 'last') y = k.m < pub.m ? pub.y : pub.y - 1;
      else if (y === undefined && pub && k.dir === 'next') y = k.m > pub.m ? pub.y : pub.y + 1;
      else if (y === undefined && pub && dirTense !== 'unknown' && dirTense !== 'either') y = tenseYear(k.m, dirTense === 'future' ? daysInMonth(pub.y, k.m) : 1, pub, dirTense, anchor.aheadDays);
      y ??= anchor.year !== undefined ? nearestYear(k.m, 15, ref ?? anchor.day, anchor.year) : undefined;
      return y === undefined ? {} : { value: isoMonth(y, k.m), ...(k.mod ? { mod: k.mod } : {}) };
    }
    case 'year':
      return { value: String(k.y), ...(k.mod ? { mod: k.mod } : {}) };
    case 'decade':
      return { value: String(k.y).slice(0, 3) };
    case 'duration':
      return { value: k.value, ...(k.mod ? { mod: k.mod } : {}) };
    case 'dom': {
      if (!anchor.day) return {};
      const a = anchor.day;
      const at = (shift: number): Day => {
        const t = new Date(Date.UTC(a.y, a.m - 1 + shift, 1));
        return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: k.d };
      };
      // (the report's month, or the one before in a clause that looks back on a later day, the one after in one that
      // looks ahead to an earlier day)
      const shift = k.rel ?? (tense === 'past' && k.d > a.d ? -1 : tense === 'future' && k.d < a.d ? 1 : 0);
      const day = at(shift);
      return isValidDay(day) ? { value: isoDay(day) } : {};
    }
    case 'weekday': {
      if (k.dir) {
        // "next Friday" the first after the anchor, "last Friday" the last before it; "the following Friday" counts
        // from the date the text gave before.
        const base = k.dir === 'following' || k.dir === 'previous' ? (ref ?? anchor.day) : anchor.day;
        if (!base) return {};
        const step = k.dir === 'next' || k.dir === 'following' ? 1 : -1;
        let d = addDays(base, step);
        for (let i = 0; i < 7 && weekday(d) !== k.w; i++) d = addDays(d, step);
        return { value: isoDay(d) };
      }
      // No anchor: the weekday alone, as TIMEX3 writes a day of an unknown week (the corpus stage `rounds` may take
      // the day from the same round's other reports).
      if (!anchor.day) return k.w2 === undefined && !k.part ? { value: `XXXX-WXX-${k.w + 1}` } : {};
      const step = tense === 'future' ? 1 : -1;
      let d = anchor.day;
      for (let i = 0; i < 7 && weekday(d) !== k.w; i++) d = addDays(d, step);
      // (a plan told in the past, "were scheduled to meet on Monday", in a report of Sunday: the nearest such day, the
      // one before where the two are as near; against a day the text gives, which the report often follows by days, the
      // one before)
      if (tense === 'either' && k.w2 === undefined && anchor.source === 'published') {
        let e = anchor.day;
        for (let i = 0; i < 7 && weekday(e) !== k.w; i++) e = addDays(e, 1);
        if (compareDays(e, anchor.day) < compareDays(anchor.day, d)) d = e;
      }
      if (k.w2 !== undefined) {
        let e = d;
        for (let i = 0; i < 7 && weekday(e) !== k.w2; i++) e = addDays(e, 1);
        return { value: `${isoDay(d)}/${isoDay(e)}` };
      }
      return { value: k.part ? `${isoDay(d)}T${DAYPART_CODE[k.part]}` : isoDay(d) };
    }
    case 'shift':
    case 'ago': {
      const n = k.k === 'ago' ? k.n : -k.n;
      const u = k.unit;
      const mod = k.k === 'ago' && k.mod ? { mod: k.mod } : {};
      // The date its sentence speaks of, at that date's granularity: "sales rose from a year earlier" beside "the third
      // quarter" is the same quarter a year before; "a year earlier" beside a day is that day a year before.
      const q = refValue && /^(\d{4})-(Q\d|H\d)$/.exec(refValue);
      if (q && u === 'year') return { value: `${Number(q[1]) - n}-${q[2]}`, ...mod };
      if (k.k === 'shift' && refValue) {
        const rd = parseDay(refValue);
        if (rd && /^\d{4}-\d{2}-\d{2}$/.test(refValue)) {
          if (u === 'day' || u === 'week') return { value: isoDay(addDays(rd, -n * (u === 'week' ? 7 : 1))) };
          if (u === 'year' && isValidDay({ ...rd, y: rd.y - n })) return { value: isoDay({ ...rd, y: rd.y - n }) };
        }
        if (/^\d{4}$/.test(refValue) && u === 'year') return { value: String(Number(refValue) - n) };
        if (/^\d{4}-\d{2}$/.test(refValue) && (u === 'month' || u === 'year')) {
          const m0 = Number(refValue.slice(5)) - 1 - n * (u === 'year' ? 12 : 1);
          return { value: isoMonth(Number(refValue.slice(0, 4)) + Math.floor(m0 / 12), (((m0 % 12) + 12) % 12) + 1) };
        }
      }
      const day = k.k === 'shift' ? (ref ?? anchor.day) : anchor.day;
      if (!day) return {};
      if (u === 'day') return { value: isoDay(addDays(day, -n)), ...mod };
      if (u === 'week' || u === 'fortnight') return { value: isoWeek(addDays(day, -7 * n * (u === 'fortnight' ? 2 : 1))), ...mod };
      if (u === 'month') {
        const m0 = day.m - 1 - n;
        return { value: isoMonth(day.y + Math.floor(m0 / 12), (((m0 % 12) + 12) % 12) + 1), ...mod };
      }
      if (u === 'year' || u === 'decade' || u === 'century') return { value: String(day.y - n * (u === 'decade' ? 10 : u === 'century' ? 100 : 1)), ...mod };
      return {};
    }
    case 'weekday-date': {
      const y = year(k.m, k.d, k.y);
      if (y === undefined) return isValidDay({ y: 2000, m: k.m, d: k.d }) ? { value: 'XXXX' + isoDay({ y: 2000, m: k.m, d: k.d }).slice(4) } : {};
      return isValidDay({ y, m: k.m, d: k.d }) ? { value: isoDay({ y, m: k.m, d: k.d }) } : {};
    }
    case 'half':
      return { value: `${k.y}-H${k.h}` };
    case 'holiday': {
      const day = anchor.day;
      if (!day) return anchor.year === undefined ? {} : { value: isoDay(holidayDay(k.h, anchor.year)) };
      const days = [day.y - 1, day.y, day.y + 1].map((y) => holidayDay(k.h, y));
      const cmp = (d: Day) => compareDays(d, day);
      const ahead = (anchor.aheadDays ?? DEFAULT_AHEAD_DAYS) * 86_400_000;
      const pick =
        k.dir === 'last' ? days.filter((d) => cmp(d) < 0).at(-1)
        : k.dir === 'next' ? days.find((d) => cmp(d) > 0)
        : tense === 'future' ? days.find((d) => cmp(d) >= 0)
        : tense === 'past' ? days.filter((d) => cmp(d) <= ahead).at(-1)
        : days.reduce((a, b) => (Math.abs(cmp(b)) < Math.abs(cmp(a)) ? b : a));
      return pick ? { value: isoDay(pick) } : {};
    }
    case 'century':
      return { value: String(k.c - 1).padStart(2, '0') };
    case 'quarter': {
      const day = anchor.day;
      if (k.q === undefined) {
        // "the latest quarter": the last one that ended before the anchor (a year before it for "the year-ago quarter").
        if (!day) return {};
        const cur = Math.floor((day.m - 1) / 3);
        if (k.current) return { value: `${day.y}-Q${cur + 1}` };
        const y = (cur === 0 ? day.y - 1 : day.y) + (k.yearShift ?? 0);
        return { value: `${y}-Q${cur === 0 ? 4 : cur}` };
      }
      if (k.y !== undefined) return { value: `${k.y + (k.yearShift ?? 0)}-Q${k.q}` };
      if (!day) return anchor.year === undefined ? {} : { value: `${anchor.year}-Q${k.q}` };
      // A quarter without its year: in a clause that looks back, the last such quarter that has begun; in one that looks
      // forward, the next that has not ended; else the anchor's year.
      const startMonth = 3 * (k.q - 1) + 1;
      let y = day.y;
      if (tense === 'past' && startMonth > day.m) y--;
      if (tense === 'future' && startMonth + 2 < day.m) y++;
      return { value: `${y + (k.yearShift ?? 0)}-Q${k.q}` };
    }
    case 'anaphoric-day': {
      // "the next day": after the day the text last gave, else the reference day.
      const base = ref ?? anchor.day;
      return base ? { value: isoDay(addDays(base, k.rel)) } : {};
    }
    case 'deictic': {
      const day = k.anaphoric && ref ? ref : anchor.day;
      if (!day && anchor.monthDay && (k.what === 'today' || k.what === 'tonight' || k.what === 'yesterday' || k.what === 'tomorrow')) {
        // A dateline's day without its year: the day relative to it, its year left open (a year that has a 29 February
        // where the dateline gives one).
        const base = { y: anchor.monthDay.m === 2 && anchor.monthDay.d === 29 ? 2004 : 2001, ...anchor.monthDay };
        const shifted = k.what === 'yesterday' ? addDays(base, -1) : k.what === 'tomorrow' ? addDays(base, 1) : base;
        return { value: `XXXX${isoDay(shifted).slice(4)}${k.what === 'tonight' ? 'TNI' : ''}` };
      }
      if (!day) return {};
      const mod = k.mod ? { mod: k.mod } : {};
      switch (k.what) {
        case 'year':
          return { value: String(day.y + k.rel), ...mod };
        case 'today':
          return { value: isoDay(day) };
        case 'past':
          return { value: 'PAST_REF' };
        case 'tonight':
          return { value: `${isoDay(day)}TNI` };
        case 'yesterday':
          return { value: isoDay(addDays(day, -1)) };
        case 'tomorrow':
          return { value: isoDay(addDays(day, 1)) };
        case 'week':
          return { value: isoWeek(addDays(day, 7 * k.rel)) };
        case 'month': {
          const m0 = day.m - 1 + k.rel;
          const y = day.y + Math.floor(m0 / 12);
          return { value: isoMonth(y, ((m0 % 12) + 12) % 12 + 1), ...mod };
        }
        case 'decade':
          return { value: `${String(day.y + 10 * k.rel).slice(0, 3)}` };
        case 'weekend': {
          // Past: the weekend on or before the reference day; future: the coming one.
          const wd = weekday(day);
          let sat: Day;
          if (wd >= 5) sat = addDays(day, 5 - wd);
          else sat = tense === 'future' || k.rel > 0 ? addDays(day, 5 - wd) : addDays(day, -wd - 2);
          if (k.rel < 0 && wd >= 5) sat = addDays(sat, -7);
          return { value: `${isoWeek(sat)}-WE` };
        }
      }
      return {};
    }
    case 'season': {
      const y = (anchor.day?.y ?? anchor.year);
      return y === undefined ? {} : { value: `${y + k.rel}-${SEASON_CODE[k.s]}` };
    }
    case 'time': {
      const day = ref ?? anchor.day;
      if (!day) return {};
      const hh = String(k.h).padStart(2, '0');
      const mm = String(k.min).padStart(2, '0');
      return { value: `${isoDay(day)}T${hh}:${mm}`, ...(k.mod ? { mod: k.mod } : {}) };
    }
  }
}

/** The day of a holiday in a year. */
function holidayDay(h: Holiday, y: number): Day {
  if (h.day !== undefined) return { y, m: h.month, d: h.day };
  if (h.nth === -1) {
    let d: Day = { y, m: h.month, d: daysInMonth(y, h.month) };
    while (weekday(d) !== h.weekday) d = addDays(d, -1);
    return d;
  }
  let d: Day = { y, m: h.month, d: h.fromDay ?? 1 };
  while (weekday(d) !== h.weekday) d = addDays(d, 1);
  return addDays(d, 7 * ((h.nth ?? 1) - 1));
}

/** The holidays of the lexicon a text names ("Thanksgiving", "last Christmas"), as found expressions. */
const holidayCache = new WeakMap<DateLexicon, { re: RegExp; byName: Map<string, Holiday> }>();
const holidayWordsCache = new WeakMap<DateLexicon, string[]>();
/** The first words of the lexicon's holidays, lower case (built once per lexicon: every document asks). */
const holidayFirstWords = (lex: DateLexicon): string[] => {
  let w = holidayWordsCache.get(lex);
  if (!w) holidayWordsCache.set(lex, (w = lex.holidays.flatMap((h) => h.names.map((n) => n.split(/[^A-Za-z]/)[0]!.toLowerCase()))));
  return w;
};
const lexWordsCache = new WeakMap<DateLexicon, string[]>();
/** The lexicon's words that gate its rules: first words of holidays and of the reference words. */
const lexiconWords = (lex: DateLexicon): string[] => {
  let w = lexWordsCache.get(lex);
  if (!w) lexWordsCache.set(lex, (w = [...new Set([...holidayFirstWords(lex), ...lex.firstWords.presentRefs, ...lex.firstWords.pastRefs, ...lex.firstWords.futureRefs])].filter((x) => /^[a-z]+$/.test(x))));
  return w;
};
function findHolidays(text: string, lex: DateLexicon, words: Set<string>): Found[] {
  if (!holidayFirstWords(lex).some((w) => words.has(w))) return [];
  let c = holidayCache.get(lex);
  if (!c) {
    // Names of days are capitalized, and matched as the lexicon writes them ("thanksgiving" in lower case is a noun).
    const byName = new Map(lex.holidays.flatMap((h) => h.names.map((n) => [n, h] as [string, Holiday])));
    const names = [...byName.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]"));
    c = { re: new RegExp(String.raw`\b(?:([Ll]ast|[Nn]ext|[Tt]his past|[Tt]his coming) )?(${names.join('|')})(?![\w'’])`, 'g'), byName };
    holidayCache.set(lex, c);
  }
  const out: Found[] = [];
  c.re.lastIndex = 0;
  for (let m = c.re.exec(text); m; m = c.re.exec(text)) {
    const h = c.byName.get(m[2]!.replace(/’/g, "'"));
    if (!h) continue;
    out.push({ start: m.index, end: m.index + m[0].length, kind: { k: 'holiday', h, ...(m[1] ? { dir: /last|past/i.test(m[1]) ? 'last' : 'next' } : {}) }, rule: 'holiday' });
  }
  return out;
}

/** What each kind of expression writes of its value itself (the rest of the value is inferred). */
function statedParts(k: Kind): DatePart[] {
  const y = (x: { y?: number }): DatePart[] => (x.y !== undefined ? ['year'] : []);
  switch (k.k) {
    case 'day':
      return [...y(k), 'month', 'day'];
    case 'range':
      return [...y(k), 'month', 'day'];
    case 'daypart-of':
      return [...y(k), 'month', 'day', 'part-of-day'];
    case 'month':
      return [...y(k), 'month'];
    case 'year':
      return ['year'];
    case 'decade':
      return ['decade'];
    case 'century':
      return ['century'];
    case 'half':
      return ['year', 'half'];
    case 'quarter':
      return k.q === undefined ? [] : [...y(k), 'quarter'];
    case 'season':
      return ['season'];
    case 'weekday':
      return k.part ? ['weekday', 'part-of-day'] : ['weekday'];
    case 'dom':
      return ['day'];
    case 'weekday-date':
      return [...y(k), 'month', 'day', 'weekday'];
    case 'holiday':
      // The name gives the month, and the day where it is fixed (the nth weekday's day depends on the year).
      return k.h.day !== undefined ? ['month', 'day'] : ['month'];
    case 'duration':
      return ['duration'];
    case 'time':
      return ['time'];
    default:
      // today, last week, three days ago, the next day: the text states only where to count from.
      return [];
  }
}

/** The parts a TIMEX3 value holds: `2026-02-04` year, month, day; `2026-W06` year, week; `2026-Q1` year, quarter … */
function valueParts(value: string): DatePart[] {
  if (/_REF$/.test(value)) return ['reference'];
  if (/^P/.test(value)) return ['duration'];
  const out: DatePart[] = [];
  const v = value.split('/')[0]!;
  if (/^\d{4}/.test(v)) out.push('year');
  else if (/^\d{3}$/.test(v)) out.push('decade');
  else if (/^\d{2}$/.test(v)) out.push('century');
  if (/^(?:\d{4}|XXXX)-\d{2}/.test(v)) out.push('month');
  if (/^(?:\d{4}|XXXX)-\d{2}-\d{2}/.test(v)) out.push('day');
  if (/-W\d/.test(v)) out.push('week');
  if (/-Q\d/.test(v)) out.push('quarter');
  if (/-H\d/.test(v)) out.push('half');
  if (/-(?:SP|SU|FA|WI)$/.test(v)) out.push('season');
  if (/T\d/.test(v)) out.push('time');
  if (/T(?:MO|AF|EV|NI)$/.test(v)) out.push('part-of-day');
  return out;
}

/** Quotations: “…”, "…" (paired within a paragraph) and ``…''. */
function quoteSpans(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const re of [/“[^”]*”/g, /``[^`]*?''/g, /"[^"\n]*"/g]) for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out.sort((a, b) => a.start - b.start);
}

/** The index of the sentence holding `pos` (sentences in text order), or -1. */
function sentenceAt(sentences: Array<{ start: number; end: number }>, pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

const WEEKDAY_TITLES = WEEKDAY_NAMES.map((w) => w[0]!.toUpperCase() + w.slice(1));
const DAY_VALUE = /^(\d{4}-\d{2}-\d{2})/;
const ANAPHORIC = (k: Kind): boolean => k.k === 'anaphoric-day' || k.k === 'shift' || (k.k === 'deictic' && !!k.anaphoric) || (k.k === 'weekday' && (k.dir === 'following' || k.dir === 'previous'));

const refCache = new WeakMap<DateLexicon, RegExp[]>();
/** Words for the present, past and future (lexicon presentRefs, pastRefs, futureRefs), as TimeML writes them. */
function findRefs(text: string, lex: DateLexicon, taken: (start: number, end: number) => boolean, words: Set<string>): Mention[] {
  const out: Mention[] = [];
  // Not where a number or a unit follows: "the past two months" is a duration, "the future talks" no reference.
  const after = String.raw`(?![\s-]+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|days?|weeks?|months?|years?|decades?|century|centuries)\b)`;
  let res = refCache.get(lex);
  if (!res) refCache.set(lex, (res = (['presentRefs', 'pastRefs', 'futureRefs'] as const).map((name) => new RegExp(lex[name] + after, 'gi'))));
  for (const [i, [name, value]] of ([['presentRefs', 'PRESENT_REF'], ['pastRefs', 'PAST_REF'], ['futureRefs', 'FUTURE_REF']] as const).entries()) {
    if (!lex.firstWords[name].some((w) => words.has(w))) continue;
    const re = res[i]!;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken(start, end) || out.some((o) => o.start < end && start < o.end)) continue;
      out.push({ start, end, type: 'Date', text: m[0], value, rule: `dates:${name}`, dateParts: { stated: ['reference'], inferred: [] } });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const otherMonthCache = new WeakMap<DateLexicon, RegExp>();
/**
 * Whole dates with a month name of another language ("27. februar 2023", "5 de mayo de 2023", dates.json otherMonths):
 * day, month and year, all stated.
 */
function findOtherMonths(text: string, lex: DateLexicon): Found[] {
  if (!lex.otherMonths.size || !/\d{4}/.test(text)) return [];
  let re = otherMonthCache.get(lex);
  if (!re) {
    const names = [...lex.otherMonths.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    otherMonthCache.set(lex, (re = new RegExp(String.raw`(?<![\p{L}\d])(${DAY.replace('(?:st|nd|rd|th)?', '')})\.?\s+(?:de\s+)?(${names.join('|')})\.?\s+(?:de\s+)?(${YEAR})(?!\d)`, 'giu')));
  }
  const out: Found[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const d = { y: Number(m[3]), m: lex.otherMonths.get(m[2]!.toLowerCase())!, d: Number(m[1]) };
    if (isValidDay(d)) out.push({ start: m.index, end: m.index + m[0].length, kind: { k: 'day', ...d }, rule: 'other-language-date' });
  }
  return out;
}

const dayOfMonthCache = new WeakMap<DateLexicon, RegExp>();
/**
 * Days of the month named by their number alone ("said on the 29th", "from the 28th to this day", "the 11th of next
 * month"; dates.json dayOfMonthLeads, dayOfMonthFollowers, month…Words): of the report's month, or of the month the words
 * after them name relative to it. Not a number before another word ("the 5th round").
 */
function findDaysOfMonth(text: string, lex: DateLexicon): Found[] {
  if (!/\d(?:st|nd|rd|th)\b/.test(text)) return [];
  let re = dayOfMonthCache.get(lex);
  if (!re)
    dayOfMonthCache.set(
      lex,
      (re = new RegExp(String.raw`\b(${lex.dayOfMonthLeads})\s+([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?:\s+(${lex.monthAheadWords})|\s+(${lex.monthBackWords})|\s+(${lex.monthSameWords}))?(?=\s*(?:[,.;:()"'’”]|$|(?:${lex.dayOfMonthFollowers})\b))`, 'gi')),
    );
  const out: Found[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // (the mention starts at the lead's last word, the article: "the 29th")
    const start = m.index + m[1]!.lastIndexOf(' ') + 1;
    const rel = m[3] ? 1 : m[4] ? -1 : m[5] ? 0 : undefined;
    out.push({ start, end: m.index + m[0].length, kind: { k: 'dom', d: Number(m[2]), ...(rel !== undefined ? { rel } : {}) }, rule: 'day-of-month' });
  }
  return out;
}

const spanCache = new WeakMap<DateLexicon, RegExp>();
/**
 * Two days joined by "and" after a word that makes them the ends of one span ("between October 25 and 30", "between 25
 * and 30 October"; dates.json spanLeads): a range, whether or not the days follow each other. The mention starts at
 * the first day.
 */
function findSpansBetween(text: string, lex: DateLexicon): Found[] {
  let re = spanCache.get(lex);
  if (!re) spanCache.set(lex, (re = new RegExp(String.raw`\b(?:${lex.spanLeads})\s+(?:(${MONTH}) (${DAY})\s+and\s+(${DAY})|(${DAY})\s+and\s+(${DAY}) (?:of )?(${MONTH}))\b(?:,? (${YEAR}))?`, 'gi')));
  const out: Found[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const [month, d1, d2] = m[1] ? [m[1], m[2]!, m[3]!] : [m[6]!, m[4]!, m[5]!];
    if (dayOf(d2) <= dayOf(d1)) continue;
    const start = m.index + m[0].search(/\d|\p{Lu}/u);
    out.push({ start, end: m.index + m[0].length, kind: { k: 'range', m1: monthOf(month), d1: dayOf(d1), m2: monthOf(month), d2: dayOf(d2), ...(m[7] ? { y: Number(m[7]) } : {}) }, rule: 'span-between' });
  }
  return out;
}

const bodyNameCache = new WeakMap<DateLexicon, RegExp>();
/** Whether the day that ends at `end` is part of a body's name (dates.json bodyNames): "the March 23 Movement", "the
 * March 23 (M23) movement". The head is capitalized, or follows the body's acronym in brackets. */
function namesBody(text: string, end: number, lex: DateLexicon): boolean {
  let re = bodyNameCache.get(lex);
  if (!re) bodyNameCache.set(lex, (re = new RegExp(String.raw`^\s+(\([A-Z][A-Z\d-]*\)\s+)?((?:[A-Za-z]+\s+)?(?:${lex.bodyNames}))`, 'i')));
  const m = re.exec(text.slice(end, end + 60));
  // (without the acronym, every word to the head is capitalized: "on March 23 rebel movements" names no body)
  if (!m) return false;
  return m[1] ? /^\([A-Z][A-Z\d-]*\)/.test(m[1]) : m[2]!.split(/\s+/).every((w) => /^[A-Z]/.test(w));
}

/** Whether a clause of the text looks ahead to `day` (dates.json futureCues): a date written as that day in a clause
 * whose tense is the future. */
/** How many days before a day the report looks ahead to a line's closing day may be the report's own. */
const AHEAD_FROM_WRITTEN_DAYS = 45;
/** The latest day written with its year that ends a line (a photograph's caption or a date line: "… counterparts in
 * Ankara, Aug. 13, 2024"), before `ahead` and within weeks of it. */
function lineDayBefore(text: string, found: Found[], ahead: Day): Day | undefined {
  let best: Day | undefined;
  for (const f of found) {
    const d = f.kind.k === 'day' && f.kind.y !== undefined ? { y: f.kind.y, m: f.kind.m, d: f.kind.d } : undefined;
    if (!d || !isValidDay(d) || compareDays(d, ahead) >= 0 || compareDays(ahead, d) > AHEAD_FROM_WRITTEN_DAYS * 86_400_000) continue;
    // (with no stop after it: a sentence's day, "Their last meeting ended on 30th May 2031.", is no caption's)
    if (!/^[ \t]*(?:\r?\n|$)/.test(text.slice(f.end))) continue;
    if (!best || compareDays(d, best) > 0) best = d;
  }
  return best;
}

function lookedAheadTo(doc: Doc, found: Found[], day: Day, cues: TenseCues): boolean {
  return found.some((f) => {
    const k = f.kind;
    if ((k.k !== 'day' && k.k !== 'weekday-date') || k.m !== day.m || k.d !== day.d || (k.y !== undefined && k.y !== day.y)) return false;
    const i = sentenceAt(doc.sentences, f.start);
    return tenseAt(doc.text, f.start, cues, i >= 0 ? doc.sentences[i] : undefined) === 'future';
  });
}

export function tagDates(doc: Doc, lex: DateLexicon = bundled(), options: { aheadDays?: number } = {}, captions?: { test(line: string): boolean }, background?: (before: string) => boolean): Doc {
  const cues = tenseCues(lex);
  // A span a name mention already covers is not a date.
  const named = overlapTest(doc.mentions.filter((m) => m.type !== 'Date'));
  const words = wordsOf(doc.text, lexiconWords(lex));
  const found = findDates(doc.text, [...findHolidays(doc.text, lex, words), ...findOtherMonths(doc.text, lex), ...findDaysOfMonth(doc.text, lex), ...findSpansBetween(doc.text, lex)], words).filter((f) => !named(f.start, f.end) && !namesBody(doc.text, f.end, lex));
  // "on March 2 and March 3, 2020": a day written without its year, joined to the next day written with one, states
  // that year too (dates.json yearSharingJoiners).
  const sharesYear = new RegExp(String.raw`^\s*,?\s*(?:${lex.yearSharingJoiners})\s+$`, 'i');
  for (let i = 0; i + 1 < found.length; i++) {
    const [a, b] = [found[i]!, found[i + 1]!];
    if (a.kind.k === 'day' && a.kind.y === undefined && b.kind.k === 'day' && b.kind.y !== undefined && sharesYear.test(doc.text.slice(a.end, b.start))) found[i] = { ...a, kind: { ...a.kind, y: b.kind.y } };
  }
  // (the words before a day, within its sentence)
  const recalledAt = background
    ? (start: number) => {
        const i = sentenceAt(doc.sentences, start);
        const from = i >= 0 ? doc.sentences[i]!.start : 0;
        return background(doc.text.slice(Math.max(from, start - 80), start));
      }
    : undefined;
  const anchor: Anchor = { ...inferAnchor(found, doc.meta.published, { text: doc.text, markers: bylineMarkers(lex), ...(captions ? { captions } : {}), ...(recalledAt ? { background: recalledAt } : {}) }), aheadDays: options.aheadDays ?? DEFAULT_AHEAD_DAYS };
  // No day to anchor on, but a dateline with a day and no year ("BANGKOK, Dec 27 —"): "today" is that day.
  // (so too where the only day is the latest a text writes with its year, a background's: "PATTANI, Jan 12 — … resumed
  // on Tuesday … The second meeting was held on March 2 and March 3, 2020" was not written on March 3, 2020)
  // (not where the dateline's day lies within days of that one, a page's date: "Mon, 07/01/2019 … SEOUL, June 30")
  const datelineApart = (day: Day): boolean => {
    const dl = datelineOf(doc.text);
    const f = dl && found.find((x) => x.kind.k === 'day' && x.kind.y === undefined && x.start >= dl.start && x.start <= dl.end + 2);
    const k = f?.kind;
    if (!k || k.k !== 'day') return false;
    const at = Date.UTC(day.y, day.m - 1, day.d);
    return [day.y - 1, day.y, day.y + 1].every((y) => Math.abs(Date.UTC(y, k.m - 1, k.d) - at) > DATELINE_NEAR_DAYS * 86_400_000);
  };
  if (anchor.day && anchor.source === 'text' && !anchor.fromLine && datelineApart(anchor.day)) delete anchor.day;
  // The latest day a text writes, where a clause looks ahead to it ("the talks will resume on Monday, 18th November
  // 2024"), is a day the report was written before: the day before it is the latest the report may be of (so that
  // the day itself is still to come, and the days of the clauses that look back lie before it).
  // (unless a line closes with a day written with its year in the weeks before, a photograph's caption or a date line:
  // the report is of that day, "… meets his counterparts in Ankara, Aug. 13, 2024" above "we will reconvene on Sept. 17")
  if (anchor.day && anchor.source === 'text' && !anchor.fromLine && lookedAheadTo(doc, found, anchor.day, cues)) anchor.day = lineDayBefore(doc.text, found, anchor.day) ?? addDays(anchor.day, -1);
  if (!anchor.day) {
    const dl = datelineOf(doc.text);
    const f = dl && found.find((x) => x.kind.k === 'day' && x.kind.y === undefined && x.start >= dl.start && x.start <= dl.end + 2);
    if (f && f.kind.k === 'day') anchor.monthDay = { m: f.kind.m, d: f.kind.d };
    // (a dateline in capitals writes its month so too: "ISTANBUL, OCT 31:")
    const caps = dl && !f ? new RegExp(String.raw`,\s*(${MONTH}) (${DAY})\b`, 'i').exec(doc.text.slice(dl.start, dl.end + 2)) : null;
    if (caps && isValidDay({ y: 2000, m: monthOf(caps[1]!), d: dayOf(caps[2]!) })) anchor.monthDay = { m: monthOf(caps[1]!), d: dayOf(caps[2]!) };
  }
  const basis: NonNullable<DateParts['basis']> = anchor.source === 'published' ? 'published' : anchor.source === 'text' ? 'text' : 'none';
  const sentences = doc.sentences;
  const tokens = doc.tokens;
  const notVerbAt = (pos: number): boolean => {
    const t = tokens[lowerBound(tokens, pos, (x) => x.start)];
    return !!t && t.start === pos && t.pos !== 'VERB' && t.pos !== 'AUX';
  };
  const sentenceOf = found.map((f) => sentenceAt(sentences, f.start));
  const quotes = quoteSpans(doc.text);
  const quoteOf = (f: Found) => quotes.find((q) => q.start <= f.start && f.end <= q.end);
  const reported = cues.reported;
  const messages: Message[] = [];
  const out: Array<{ value?: string; mod?: string; parts: DateParts } | undefined> = new Array(found.length);
  /** The tense each weekday without a direction was read in (the same-weekday pass below). */
  const weekdayTense = new Map<number, Tense>();
  /** The nearest earlier expression (in the same sentence with `sameSentence`) whose value passes `test`. */
  const prior = (i: number, test: (v: string) => boolean, sameSentence: boolean): string | undefined => {
    for (let j = i - 1; j >= 0; j--) {
      if (sameSentence && sentenceOf[j] !== sentenceOf[i]) return undefined;
      const v = out[j]?.value;
      if (v && test(v)) return v;
    }
    return undefined;
  };
  const dayOfValue = (v: string): Day | undefined => {
    const last = v.split('/').at(-1)!;
    return parseDay(last) ?? (/^\d{4}/.test(last) ? { y: Number(last.slice(0, 4)), m: 1, d: 1 } : undefined);
  };
  const resolveAt = (i: number): void => {
    const f = found[i]!;
    const k = f.kind;
    const bounds = sentenceOf[i]! >= 0 ? sentences[sentenceOf[i]!] : undefined;
    const before = doc.text.slice(Math.max(0, f.start - 12), f.start);
    // Tense only where the value depends on it (a year-less day, month or quarter, a weekday, a weekend, a holiday).
    const needsTense =
      k.k === 'weekday' || k.k === 'dom' || k.k === 'holiday' || k.k === 'deictic' || ((k.k === 'day' || k.k === 'range' || k.k === 'daypart-of' || k.k === 'month' || k.k === 'weekday-date' || k.k === 'quarter') && k.y === undefined);
    // (a day whose possessive a word of plan follows is still to come, whatever the clause's verb: "He referred to
    // Saturday's scheduled meeting")
    const tense: Tense = !needsTense ? 'unknown' : cues.since.test(before) ? 'past' : cues.plannedOwn.test(doc.text.slice(f.end, f.end + 40)) ? 'future' : tenseAt(doc.text, f.start, cues, bounds, notVerbAt);
    let ref: Day | undefined;
    let refValue: string | undefined;
    let how: NonNullable<DateParts['basis']> = basis;
    if (ANAPHORIC(k)) {
      // "the next day", "the following year", "a year earlier": from the date the text gave last (for a shift, in its sentence).
      const v = k.k === 'shift' ? prior(i, (x) => !/^P/.test(x) && /^\d{4}/.test(x), true) : prior(i, (x) => (k.k === 'deictic' && k.what === 'year' ? /^\d{4}/ : k.k === 'deictic' && k.what === 'month' ? /^\d{4}-\d{2}(?!\d)/ : DAY_VALUE).test(x), false);
      if (v) {
        ref = dayOfValue(v);
        refValue = v.split('/').at(-1);
        how = 'previous-date';
      }
    }
    if ((k.k === 'ago' || k.k === 'shift') && k.unit === 'year') {
      // "up 5% from a year ago" in a passage about a quarter (its sentence or the two before): that quarter a year before.
      for (let j = i - 1; j >= 0 && sentenceOf[j]! >= sentenceOf[i]! - 2; j--) {
        const v = out[j]?.value;
        const kj = found[j]!.kind.k;
        if (v && kj !== 'ago' && kj !== 'shift' && /^\d{4}-(?:Q|H)\d$/.test(v)) {
          refValue = v;
          how = 'previous-date';
          break;
        }
      }
    } else if (k.k === 'time') {
      // A clock time belongs to the day its own sentence gives (the nearest), not to the last date of the text.
      let best: { d: number; v: string } | undefined;
      for (let j = 0; j < found.length; j++) {
        if (j === i || sentenceOf[j] !== sentenceOf[i] || sentenceOf[i] === -1) continue;
        const v = out[j]?.value;
        const m = v && DAY_VALUE.exec(v);
        if (!m) continue;
        const d = Math.abs(found[j]!.start - f.start);
        if (!best || d < best.d) best = { d, v: m[1]! };
      }
      if (best) {
        ref = parseDay(best.v);
        how = 'sentence-day';
      }
    }
    // A past-tense clause puts a year-less date placed by an event preposition ("collapsed on Aug. 30") on or before
    // the publication date; another may be a term it set ("extended to Nov. 20"), up to aheadDays after it.
    if (k.k === 'weekday' && !k.dir && k.w2 === undefined && !k.part) weekdayTense.set(i, tense);
    const onEvent = cues.event.test(before);
    let r = resolve(f, onEvent ? { ...anchor, aheadDays: 0 } : anchor, tense, ref, refValue);
    // In a habitual clause ("talks usually pause between Christmas and New Year") a weekday, a holiday or a month
    // without its year names no particular day.
    const yearless = (k.k === 'weekday' && !k.dir) || (k.k === 'holiday' && !k.dir) || (k.k === 'month' && k.y === undefined && !k.dir && k.rel === undefined);
    if (yearless && bounds && cues.habitual.test(doc.text.slice(bounds.start, bounds.end))) r = {};
    const text = doc.text.slice(f.start, f.end);
    // "today", "yesterday" in a quotation: the speaker's day, which is the publication day only if the quotation's
    // sentence dates it ("… today," she said on Monday), or the attribution after a quotation of several sentences
    // does ("… met today … . Discussions focused on …," the agency reported on Tuesday); otherwise no value.
    const quote = k.k === 'deictic' && reported.test(text) ? quoteOf(f) : undefined;
    if (quote) {
      const s = sentenceOf[i]!;
      const closing = sentenceAt(sentences, quote.end - 1);
      let dated: string | undefined;
      for (let j = 0; j < found.length; j++) {
        if (j === i || s === -1 || !(sentenceOf[j] === s || (closing !== s && sentenceOf[j] === closing && found[j]!.start >= quote.end))) continue;
        const g = found[j]!;
        if (g.start >= quote.start && g.end <= quote.end) continue;
        const v = out[j]?.value ?? (g.kind.k !== 'time' ? resolve(g, anchor, tenseAt(doc.text, g.start, cues, s >= 0 ? sentences[s] : undefined), undefined).value : undefined);
        const m = v && DAY_VALUE.exec(v);
        if (m) dated = m[1];
      }
      if (dated) {
        r = resolve(f, { day: parseDay(dated)!, year: Number(dated.slice(0, 4)), source: anchor.source }, tense);
        how = 'sentence-day';
      } else r = {};
    }
    if (k.k === 'weekday-date' && r.value && DAY_VALUE.test(r.value)) {
      // The weekday checks the calendar date beside it: a year the text did not state is the one that makes them agree
      // (within a year of it), else the date is kept and the disagreement said.
      const day = parseDay(r.value)!;
      if (weekday(day) !== k.w) {
        const other = k.y === undefined ? [day.y - 1, day.y + 1].map((y) => ({ ...day, y })).find((d) => isValidDay(d) && weekday(d) === k.w) : undefined;
        if (other && anchor.day && Math.abs(compareDays(other, anchor.day)) < 200 * 86_400_000) r = { value: isoDay(other) };
        else
          messages.push({
            reason: `“${text}”: ${WEEKDAY_TITLES[k.w]} disagrees with the date, a ${WEEKDAY_TITLES[weekday(day)]} (${isoDay(day)}); the date is kept`,
            origin: 'dates:weekday-date',
            start: f.start,
            end: f.end,
            fatal: false,
          });
      }
    }
    const stated = statedParts(k);
    const inferred = r.value ? valueParts(r.value).filter((p) => !stated.includes(p)) : [];
    out[i] = { ...r, parts: { stated, inferred, ...(inferred.length || !r.value ? { basis: r.value ? how : 'none' } : {}) } };
  };
  // Times last: they take the day of their sentence, whatever its place.
  for (let i = 0; i < found.length; i++) if (found[i]!.kind.k !== 'time') resolveAt(i);
  // One weekday named in several sentences of a report is one day: where the sentences whose tense says which one
  // ("will resume talks on Wednesday") agree on it, a sentence that says nothing of it (a headline, "resume talks
  // Wednesday in Geneva") names that day too, not the last one before the report.
  const byWeekday = new Map<number, number[]>();
  for (const [i] of weekdayTense) {
    const k = found[i]!.kind;
    if (k.k === 'weekday') byWeekday.set(k.w, [...(byWeekday.get(k.w) ?? []), i]);
  }
  for (const idx of byWeekday.values()) {
    const told = new Set(idx.filter((i) => weekdayTense.get(i) === 'future' || weekdayTense.get(i) === 'past').map((i) => out[i]?.value));
    const day = told.size === 1 ? [...told][0] : undefined;
    if (!day || !DAY_VALUE.test(day)) continue;
    for (const i of idx) if (weekdayTense.get(i) === 'unknown' && out[i]?.value && out[i]!.value !== day) out[i] = { ...out[i]!, value: day };
  }
  for (let i = 0; i < found.length; i++) if (found[i]!.kind.k === 'time') resolveAt(i);
  const mentions: Mention[] = found.map((f, i) => {
    const { value, mod, parts } = out[i]!;
    return {
      start: f.start,
      end: f.end,
      type: 'Date',
      text: doc.text.slice(f.start, f.end),
      ...(value !== undefined ? { value } : {}),
      ...(mod !== undefined ? { mod } : {}),
      rule: `dates:${f.rule}`,
      dateParts: parts,
    };
  });
  const taken = overlapTest([...doc.mentions.filter((m) => m.type !== 'Date'), ...mentions]);
  return {
    ...doc,
    anchor: { ...(anchor.day ? { day: isoDay(anchor.day) } : {}), ...(anchor.year !== undefined ? { year: anchor.year } : {}), ...(anchor.monthDay ? { monthDay: `${String(anchor.monthDay.m).padStart(2, '0')}-${String(anchor.monthDay.d).padStart(2, '0')}` } : {}), source: anchor.source },
    mentions: [...doc.mentions.filter((m) => m.type !== 'Date'), ...mentions].sort((a, b) => a.start - b.start),
    dateRefs: findRefs(doc.text, lex, taken, words),
    messages: [...doc.messages, ...messages],
  };
}

export const datesStage: DocStage = {
  name: 'dates',
  requires: ['tokens'],
  assigns: ['mentions', 'anchor'],
  run: (doc, options, ctx) =>
    tagDates(
      doc,
      ctx.knowledge.lexicons.dates,
      options as { aheadDays?: number },
      { test: (line) => ctx.knowledge.lexicons.captionMarkers.test(line) || ctx.knowledge.lexicons.photoCredits.test(line) },
      (before) => recalledSettlement(ctx.knowledge).test(before) || recalledLaunch(ctx.knowledge).test(before),
    ),
};
