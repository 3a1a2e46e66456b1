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
import type { Doc, Mention } from '../model/schema.js';
import type { DocStage } from './stage.js';
import { addDays, compareDays, isoDay, isoMonth, isoWeek, isValidDay, parseDay, weekday, type Day } from './calendar.js';
import { overlapTest } from '../text/sorted.js';

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = String.raw`(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sep(?:tember|t\.|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`;
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
const NUM = String.raw`(?:\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:${HY}(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a|an|another|a few|several|a couple of)`;
const UNIT = String.raw`(?:second|minute|hour|day|week|fortnight|month|year|decade|century)`;
const DUR_MOD = String.raw`(?:nearly|almost|about|around|approximately|roughly|some|over|more than|less than|at least|at most|up to|under|just over|just under|well over|more than|fewer than|upwards of)`;
const PART = String.raw`(?:early|mid|late|the end of|the beginning of|the start of|the middle of|end of|beginning of|start of|middle of)`;
const SEASON = String.raw`(?:winter|summer|autumn|springtime|spring|fall)`;
const DAYPART = String.raw`(?:morning|afternoon|evening|night)`;

type Kind =
  | { k: 'day'; m: number; d: number; y?: number }
  | { k: 'range'; m1: number; d1: number; m2: number; d2: number; y?: number }
  | { k: 'month'; m: number; y?: number; mod?: string }
  | { k: 'year'; y: number; mod?: string }
  | { k: 'decade'; y: number }
  | { k: 'weekday'; w: number; w2?: number; part?: string }
  | { k: 'daypart-of'; part: string; m: number; d: number; y?: number }
  | { k: 'deictic'; what: string; rel: number; mod?: string }
  | { k: 'ago'; n: number; unit: string }
  | { k: 'quarter'; q: number; y?: number }
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

/** The grammar: each rule a regular expression and what its match means. Longer matches win. */
const RULES: Array<{ name: string; re: RegExp; make: (m: RegExpExecArray) => Kind | undefined; trimStart?: RegExp }> = [
  {
    name: 'month-day-range',
    re: new RegExp(String.raw`\b(${MONTH}) (${DAY})(?:${DASH}|\s+(?:and|to|through|&)\s+)(${DAY})\b(?:,? (${YEAR}))?`, 'g'),
    make: (m) => ({ k: 'range', m1: monthOf(m[1]!), d1: dayOf(m[2]!), m2: monthOf(m[1]!), d2: dayOf(m[3]!), ...(m[4] ? { y: Number(m[4]) } : {}) }),
  },
  {
    name: 'cross-month-range',
    re: new RegExp(String.raw`\b(${MONTH}) (${DAY})(?:${DASH}|\s+(?:to|through|and)\s+)(${MONTH}) (${DAY})\b(?:,? (${YEAR}))?`, 'g'),
    make: (m) => ({ k: 'range', m1: monthOf(m[1]!), d1: dayOf(m[2]!), m2: monthOf(m[3]!), d2: dayOf(m[4]!), ...(m[5] ? { y: Number(m[5]) } : {}) }),
  },
  {
    name: 'day-month-range',
    re: new RegExp(String.raw`\b(${DAY})(?:${DASH}|\s+(?:and|to|&)\s+)(${DAY}) (?:of )?(${MONTH})\b(?:,? (${YEAR}))?`, 'g'),
    make: (m) => ({ k: 'range', m1: monthOf(m[3]!), d1: dayOf(m[1]!), m2: monthOf(m[3]!), d2: dayOf(m[2]!), ...(m[4] ? { y: Number(m[4]) } : {}) }),
  },
  {
    name: 'month-day',
    re: new RegExp(String.raw`\b(${MONTH}) (${DAY})\b(?!:)(?:,? (${YEAR})\b)?`, 'g'),
    make: (m) => ({ k: 'day', m: monthOf(m[1]!), d: dayOf(m[2]!), ...(m[3] ? { y: Number(m[3]) } : {}) }),
  },
  {
    name: 'day-month',
    re: new RegExp(String.raw`\b(${DAY}) (?:of )?(${MONTH})\b(?:,? (${YEAR})\b)?`, 'g'),
    make: (m) => ({ k: 'day', m: monthOf(m[2]!), d: dayOf(m[1]!), ...(m[3] ? { y: Number(m[3]) } : {}) }),
  },
  {
    name: 'daypart-of-day',
    re: new RegExp(String.raw`\b(?:the )?(${DAYPART}) of (${MONTH}) (${DAY})\b(?:,? (${YEAR}))?`, 'gi'),
    make: (m) => ({ k: 'daypart-of', part: m[1]!.toLowerCase(), m: monthOf(m[2]!), d: dayOf(m[3]!), ...(m[4] ? { y: Number(m[4]) } : {}) }),
    trimStart: /^the /i,
  },
  {
    name: 'part-of-month',
    re: new RegExp(String.raw`\b(${PART})[ ${HY.slice(1, -1)}](${MONTH})\b(?:,? (${YEAR}))?`, 'gi'),
    make: (m) => (/^[A-Z]/.test(m[2]!) ? { k: 'month', m: monthOf(m[2]!), ...(m[3] ? { y: Number(m[3]) } : {}), mod: PART_MOD(m[1]!.toLowerCase()) } : undefined),
    trimStart: /^the /i,
  },
  {
    name: 'part-of-year',
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
    name: 'month-year',
    re: new RegExp(String.raw`\b(${MONTH}),? (${YEAR})\b`, 'g'),
    make: (m) => ({ k: 'month', m: monthOf(m[1]!), y: Number(m[2]) }),
  },
  {
    name: 'month',
    // A month alone after a preposition or determiner ("in January"); "May" alone is too often the verb.
    re: new RegExp(String.raw`(?<=\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Dd]uring|[Tt]hrough|[Tt]hroughout|of|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id|[Bb]efore|[Aa]fter) )(${MONTH.replace('May|', '')})\b`, 'g'),
    make: (m) => ({ k: 'month', m: monthOf(m[1]!) }),
  },
  {
    name: 'year',
    re: new RegExp(String.raw`(?<![$€£\d,.])\b(${YEAR})\b(?![,.]?\d|\s*(?:%|per ?cent))`, 'g'),
    make: (m) => ({ k: 'year', y: Number(m[1]) }),
  },
  {
    name: 'weekday-pair',
    re: new RegExp(String.raw`\b(${WEEKDAY})(?:\s+(?:and|or|to|through)\s+|${DASH})(${WEEKDAY})\b`, 'g'),
    make: (m) => ({ k: 'weekday', w: WEEKDAY_NAMES.indexOf(m[1]!.toLowerCase()), w2: WEEKDAY_NAMES.indexOf(m[2]!.toLowerCase()) }),
  },
  {
    name: 'weekday',
    re: new RegExp(String.raw`\b(${WEEKDAY})(?: (${DAYPART}))?\b`, 'g'),
    make: (m) => ({ k: 'weekday', w: WEEKDAY_NAMES.indexOf(m[1]!.toLowerCase()), ...(m[2] ? { part: m[2].toLowerCase() } : {}) }),
  },
  {
    name: 'deictic-day',
    re: /\b(today|tonight|yesterday|tomorrow)\b/gi,
    make: (m) => ({ k: 'deictic', what: m[1]!.toLowerCase(), rel: 0 }),
  },
  {
    name: 'this-time-last-year',
    re: /\bthis time last year\b/gi,
    make: () => ({ k: 'deictic', what: 'year', rel: -1 }),
  },
  {
    name: 'deictic-period',
    re: /\b(this|last|next|past|coming|previous|following|current) (week|month|year|weekend|decade)\b/gi,
    make: (m) => {
      const w = m[1]!.toLowerCase();
      return { k: 'deictic', what: m[2]!.toLowerCase(), rel: w === 'last' || w === 'past' || w === 'previous' ? -1 : w === 'next' || w === 'coming' || w === 'following' ? 1 : 0 };
    },
  },
  {
    name: 'ago',
    re: new RegExp(String.raw`\b(${NUM})(?: |${HY})(${UNIT})s? ago\b`, 'gi'),
    make: (m) => {
      const n = numberOf(m[1]!.toLowerCase());
      return n === undefined ? undefined : { k: 'ago', n, unit: m[2]!.toLowerCase() };
    },
  },
  {
    name: 'anaphoric-day',
    re: /\bthe (next|following|previous|preceding) day\b|\bthe day (before|after)\b/gi,
    make: (m) => ({ k: 'anaphoric-day', rel: /next|following|after/i.test(m[1] ?? m[2]!) ? 1 : -1 }),
    trimStart: /^the /i,
  },
  {
    name: 'quarter',
    re: new RegExp(String.raw`\b(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th) quarter(?: of (${YEAR}))?\b`, 'gi'),
    make: (m) => ({ k: 'quarter', q: ({ first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 } as Record<string, number>)[m[1]!.toLowerCase()]!, ...(m[2] ? { y: Number(m[2]) } : {}) }),
    trimStart: /^the\s+/i,
  },
  {
    name: 'part-of-deictic-year',
    re: /\b(early|mid|late|the end of|the beginning of|the start of|the middle of)[ -](last|this|next|the) (year|month)\b/gi,
    make: (m) => ({ k: 'deictic', what: m[3]!.toLowerCase(), rel: /last/i.test(m[2]!) ? -1 : /next/i.test(m[2]!) ? 1 : 0, mod: PART_MOD(m[1]!.toLowerCase()) }),
    trimStart: /^the /i,
  },
  {
    name: 'the-weekend',
    re: /\bthe (weekend)\b/gi,
    make: () => ({ k: 'deictic', what: 'weekend', rel: 0 }),
    trimStart: /^the /i,
  },
  {
    name: 'season',
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
    re: new RegExp(String.raw`\b(?:(${DUR_MOD}) )?(${NUM})(?: |${HY})(${UNIT})s?\b(?!${HY}(?:old))`, 'gi'),
    make: (m) => {
      const n = m[2]!.toLowerCase();
      // "a week-long pause": the duration is the unit alone (rule unit-long), not "a week".
      if ((n === 'a' || n === 'an') && /^[-\u2010\u2011]long\b/.test(m.input.slice(m.index + m[0].length))) return undefined;
      // "a second round", "another second": the ordinal, not a duration.
      if (/^(a|an|another|one)$/.test(n) && /^second$/i.test(m[3]!)) return undefined;
      const vague = n === 'a few' || n === 'several' || n === 'a couple of';
      const v = vague ? 'X' : numberOf(n);
      if (v === undefined) return undefined;
      const mod = durMod(m[1]);
      return { k: 'duration', value: durationValue(v, m[3]!), ...(mod ? { mod } : {}) };
    },
  },
  {
    name: 'a-unit-or-two',
    re: new RegExp(String.raw`\ba (${UNIT}) or two\b`, 'gi'),
    make: (m) => ({ k: 'duration', value: durationValue(1, m[1]!), mod: 'APPROX' }),
  },
  {
    name: 'unit-long',
    re: new RegExp(String.raw`\b(${UNIT})(?=${HY}long\b)`, 'gi'),
    make: (m) => ({ k: 'duration', value: durationValue(1, m[1]!) }),
  },
  {
    name: 'vague-duration',
    re: /\b(?:(recent|past|coming) )?(seconds|minutes|hours|days|weeks|months|years|decades)\b/gi,
    make: (m) => ({ k: 'duration', value: durationValue('X', m[2]!.replace(/s$/, '')) }),
  },
  {
    name: 'time-24h',
    re: /\b(?:(around|about|at|approximately) )?([01]\d|2[0-3]):([0-5]\d)(?: (?:GMT|UTC|local time))?\b(?!\s*(?:a\.m\.|p\.m\.|am|pm))/gi,
    make: (m) => ({ k: 'time', h: Number(m[2]), min: Number(m[3]), ...(/around|about|approximately/i.test(m[1] ?? '') ? { mod: 'APPROX' } : {}) }),
    trimStart: /^at /i,
  },
  {
    name: 'time',
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
export function findDates(text: string): Found[] {
  const all: Found[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const kind = rule.make(m);
      if (!kind) continue;
      let start = m.index;
      const trimmed = rule.trimStart?.exec(m[0]);
      if (trimmed) start += trimmed[0].length;
      all.push({ start, end: m.index + m[0].length, kind, rule: rule.name });
      if (m[0].length === 0) rule.re.lastIndex++;
    }
  }
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Found[] = [];
  for (const f of all) if (!taken.some((t) => f.start < t.end && t.start < f.end)) taken.push(f);
  return taken.sort((a, b) => a.start - b.start);
}

const FUTURE = /\b(will|shall|would|'ll|is set to|are set to|is scheduled|are scheduled|scheduled for|is expected|are expected|plans? to|is to|are to|upcoming|next)\b/i;

const PAST = /\b(was|were|had|did|said|met|began|held|took|came|went|\w{3,}ed)\b/i;
type Tense = 'future' | 'past' | 'unknown';

/** Distance from `at` to the nearest match of `re` in `s` (Infinity when none), less the matches `skip` rejects. */
function nearest(re: RegExp, s: string, at: number, skip?: (m: RegExpExecArray) => boolean): number {
  const g = new RegExp(re.source, 'gi');
  let best = Infinity;
  for (let m = g.exec(s); m; m = g.exec(s)) if (!skip?.(m)) best = Math.min(best, m.index > at ? m.index - at : Math.max(0, at - (m.index + m[0].length)));
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

function tenseAt(text: string, start: number): Tense {
  // Within a window of the date: a scan to the ends of an unpunctuated text made long ones quadratic.
  const lo = Math.max(0, start - TENSE_WINDOW);
  const before = text.slice(lo, start + 1);
  const from = lo + Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n')) + 1;
  let to = text.slice(start, start + TENSE_WINDOW).search(/[.\n]/);
  to = to < 0 ? Math.min(text.length, start + TENSE_WINDOW) : start + to;
  const sentence = text.slice(from, to);
  const f = nearest(FUTURE, sentence, start - from);
  const p = nearest(PAST, sentence, start - from, (m) => (/ed$/i.test(m[0]) || /^(?:held|met|begun|taken)$/i.test(m[0])) && PARTICIPLE_AFTER.test(sentence.slice(Math.max(0, m.index - 30), m.index)));
  return f === Infinity && p === Infinity ? 'unknown' : f <= p ? 'future' : 'past';
}

interface Anchor {
  day?: Day;
  year?: number;
  source: 'published' | 'text' | 'none';
}

/** The nearest year for a year-less month/day, given the reference day or year. */
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

/** The year of a year-less day against a publication date: on or after it in the future tense, else on or before it. */
function tenseYear(m: number, d: number, day: Day, tense: Tense): number {
  const cmp = compareDays({ y: day.y, m, d }, day);
  if (tense === 'future') return cmp >= 0 ? day.y : day.y + 1;
  if (tense === 'past') return cmp <= 0 ? day.y : day.y - 1;
  return nearestYear(m, d, day, day.y);
}

/** The document's anchor: published date, else the latest dates the text states. */
export function inferAnchor(found: Found[], published?: string): Anchor {
  if (published) {
    const day = parseDay(published);
    if (day) return { day, year: day.y, source: 'published' };
  }
  // Reference point: the latest date written with its year, at month or day granularity.
  let ref: Day | undefined;
  for (const f of found) {
    const k = f.kind;
    let c: Day | undefined;
    if (k.k === 'day' && k.y) c = { y: k.y, m: k.m, d: k.d };
    else if (k.k === 'range' && k.y) c = { y: k.y, m: k.m2, d: k.d2 };
    else if (k.k === 'daypart-of' && k.y) c = { y: k.y, m: k.m, d: k.d };
    else if (k.k === 'month' && k.y) c = { y: k.y, m: k.m, d: 1 };
    if (c && (!ref || compareDays(c, ref) > 0)) ref = c;
  }
  if (!ref) return { source: 'none' };
  // Reference day: the latest day-granular date, with years resolved against the reference point.
  let day: Day | undefined;
  for (const f of found) {
    const k = f.kind;
    let c: Day | undefined;
    if (k.k === 'day') c = { y: k.y ?? nearestYear(k.m, k.d, ref, ref.y), m: k.m, d: k.d };
    else if (k.k === 'range') c = { y: k.y ?? nearestYear(k.m2, k.d2, ref, ref.y), m: k.m2, d: k.d2 };
    else if (k.k === 'daypart-of') c = { y: k.y ?? nearestYear(k.m, k.d, ref, ref.y), m: k.m, d: k.d };
    if (c && isValidDay(c) && (!day || compareDays(c, day) > 0)) day = c;
  }
  return { ...(day ? { day } : {}), year: ref.y, source: 'text' };
}

const SEASON_CODE: Record<string, string> = { winter: 'WI', spring: 'SP', springtime: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA' };
const DAYPART_CODE: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

/** The value (and mod) of one expression, given the anchor; undefined where the text cannot determine it. */
export function resolve(f: Found, anchor: Anchor, tense: Tense, ref?: Day): { value?: string; mod?: string } {
  const k = f.kind;
  const year = (m: number, d: number, y?: number) => {
    if (y !== undefined) return y;
    if (anchor.year === undefined) return undefined;
    // Against a publication date, tense decides: "will meet on Jan. 5" is the next January 5th.
    if (anchor.source === 'published' && anchor.day && !ref) return tenseYear(m, d, anchor.day, tense);
    return nearestYear(m, d, ref ?? anchor.day, anchor.year);
  };
  switch (k.k) {
    case 'day': {
      const y = year(k.m, k.d, k.y);
      // No year anywhere in the article: the month and day as TIMEX3 writes an unknown year (the corpus stage
      // `rounds` may take the year from other articles about the same round).
      if (y === undefined) return isValidDay({ y: 2000, m: k.m, d: k.d }) ? { value: 'XXXX' + isoDay({ y: 2000, m: k.m, d: k.d }).slice(4) } : {};
      const day = { y, m: k.m, d: k.d };
      return isValidDay(day) ? { value: isoDay(day) } : {};
    }
    case 'range': {
      const y = year(k.m1, k.d1, k.y);
      if (y === undefined) return {};
      const a = { y, m: k.m1, d: k.d1 };
      const b = { y: k.m2 < k.m1 ? y + 1 : y, m: k.m2, d: k.d2 };
      return isValidDay(a) && isValidDay(b) ? { value: `${isoDay(a)}/${isoDay(b)}` } : {};
    }
    case 'daypart-of': {
      const y = year(k.m, k.d, k.y);
      return y === undefined ? {} : { value: `${isoDay({ y, m: k.m, d: k.d })}T${DAYPART_CODE[k.part]}` };
    }
    case 'month': {
      const y = k.y ?? (anchor.year !== undefined ? nearestYear(k.m, 15, ref ?? anchor.day, anchor.year) : undefined);
      return y === undefined ? {} : { value: isoMonth(y, k.m), ...(k.mod ? { mod: k.mod } : {}) };
    }
    case 'year':
      return { value: String(k.y), ...(k.mod ? { mod: k.mod } : {}) };
    case 'decade':
      return { value: String(k.y).slice(0, 3) };
    case 'duration':
      return { value: k.value, ...(k.mod ? { mod: k.mod } : {}) };
    case 'weekday': {
      if (!anchor.day) return {};
      const step = tense === 'future' ? 1 : -1;
      let d = anchor.day;
      for (let i = 0; i < 7 && weekday(d) !== k.w; i++) d = addDays(d, step);
      if (k.w2 !== undefined) {
        let e = d;
        for (let i = 0; i < 7 && weekday(e) !== k.w2; i++) e = addDays(e, 1);
        return { value: `${isoDay(d)}/${isoDay(e)}` };
      }
      return { value: k.part ? `${isoDay(d)}T${DAYPART_CODE[k.part]}` : isoDay(d) };
    }
    case 'ago': {
      const day = anchor.day;
      if (!day) return {};
      const u = k.unit;
      if (u === 'day') return { value: isoDay(addDays(day, -k.n)) };
      if (u === 'week' || u === 'fortnight') return { value: isoWeek(addDays(day, -7 * k.n * (u === 'fortnight' ? 2 : 1))) };
      if (u === 'month') {
        const m0 = day.m - 1 - k.n;
        return { value: isoMonth(day.y + Math.floor(m0 / 12), (((m0 % 12) + 12) % 12) + 1) };
      }
      if (u === 'year' || u === 'decade' || u === 'century') return { value: String(day.y - k.n * (u === 'decade' ? 10 : u === 'century' ? 100 : 1)) };
      return {};
    }
    case 'quarter': {
      const y = k.y ?? anchor.day?.y ?? anchor.year;
      return y === undefined ? {} : { value: `${y}-Q${k.q}` };
    }
    case 'anaphoric-day': {
      // "the next day": after the day the text last gave, else the reference day.
      const base = ref ?? anchor.day;
      return base ? { value: isoDay(addDays(base, k.rel)) } : {};
    }
    case 'deictic': {
      const day = anchor.day;
      if (!day) return {};
      const mod = k.mod ? { mod: k.mod } : {};
      switch (k.what) {
        case 'year':
          return { value: String(day.y + k.rel), ...mod };
        case 'today':
          return { value: isoDay(day) };
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

export function tagDates(doc: Doc): Doc {
  // A span a name mention already covers is not a date.
  const named = overlapTest(doc.mentions.filter((m) => m.type !== 'Date'));
  const found = findDates(doc.text).filter((f) => !named(f.start, f.end));
  const anchor = inferAnchor(found, doc.meta.published);
  const mentions: Mention[] = [];
  for (const f of found) {
    // A time takes the day given in its own sentence, where there is one; "the next day" the day the text gave last.
    let ref: Day | undefined;
    if (f.kind.k === 'anaphoric-day') {
      const prior = mentions.filter((m) => m.value && /^\d{4}-\d{2}-\d{2}/.test(m.value)).at(-1);
      ref = prior ? parseDay(prior.value!.split('/').at(-1)!) : undefined;
    }
    if (f.kind.k === 'time') {
      const sameSentence = found.filter((g) => g !== f && g.kind.k === 'day' && Math.abs(g.start - f.start) < 200);
      const d = sameSentence[0] && resolve(sameSentence[0], anchor, 'unknown').value;
      ref = d ? parseDay(d) : undefined;
    }
    const { value, mod } = resolve(f, anchor, tenseAt(doc.text, f.start), ref);
    mentions.push({
      start: f.start,
      end: f.end,
      type: 'Date',
      text: doc.text.slice(f.start, f.end),
      ...(value !== undefined ? { value } : {}),
      ...(mod !== undefined ? { mod } : {}),
      rule: `dates:${f.rule}`,
    });
  }
  return {
    ...doc,
    anchor: { ...(anchor.day ? { day: isoDay(anchor.day) } : {}), ...(anchor.year !== undefined ? { year: anchor.year } : {}), source: anchor.source },
    mentions: [...doc.mentions.filter((m) => m.type !== 'Date'), ...mentions].sort((a, b) => a.start - b.start),
  };
}

export const datesStage: DocStage = {
  name: 'dates',
  requires: ['tokens'],
  assigns: ['mentions', 'anchor'],
  run: (doc) => tagDates(doc),
};
