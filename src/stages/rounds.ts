/**
 * rounds: the one home of round logic. Within a document (run by stage facts, before its steps read a fact): the round
 * each cue speaks of (`resolveRounds`) and the round each sentence reports (`attributeSentences`). Across documents
 * (the corpus stage): the negotiation rounds the corpus speaks of, as clusters of what each
 * document says of a session. A document speaks of rounds by their ordinal ("the second round",
 * resolved within the document by stage `facts`) or, when it numbers none, of one unnumbered
 * session (round 0 of that document). Each (document, round) is a group with its days, venue,
 * parties and the people and bodies its document names. Groups cluster:
 *
 * 1. by a stated ordinal, between groups of the same series;
 * 2. an unnumbered group joins the round whose days it shares (a day apart at most), else another
 *    unnumbered group's, else starts a round of its own;
 * 3. an unnumbered group with no day joins the round of its series that met in the weeks before
 *    its article was published (or the only one there is);
 * 4. rounds of one series at one venue whose days lie near are one round, the nearest first.
 *
 * A session a document foresees as a new meeting ("agreed to convene an informal meeting tomorrow", stage facts' step
 * foreseen-sessions) is a group of its own, which never shares a round with the session its document reports.
 *
 * A series is a set of rounds whose documents name the same people and bodies and whose parties
 * do not contradict (one round between A and B, another between A and C): rounds of different
 * series never merge, so a folder about two negotiations yields two series. Rounds no article
 * numbers get an ordinal from their place by date among their series' rounds, marked inferred.
 * A round's status comes from the statuses its cues state: held wins over cancelled, postponed
 * and planned, which win over announced.
 */
import type { DocResult, Fact, Mention, RoundCue, RoundStatus } from '../model/schema.js';
import { aliasKey, sharedDemonymCountry, type Knowledge } from '../knowledge/knowledge.js';
import { dayBounds, withYear } from './facts/text.js';
import { GOVERNMENT_SIDE } from './facts/patterns.js';

export interface RoundCueRef {
  doc: string;
  cue: RoundCue;
}

/** What one document says of one round: the document and its round key (an ordinal, 0, or a recalled session's). */
export interface RoundGroupRef {
  doc: string;
  key: number;
}

/** Where the keys of sessions a document foresees start (above any ordinal a round may have). */
export const FORESEEN_KEYS = 1_000_000;
/**
 * The key of the group a fact belongs to within its document: the round's ordinal, 0 for the unnumbered session the
 * document reports, for an earlier session it only recalls the negative of the fact's `background` number, and for a
 * later session it announces as a meeting of its own `FORESEEN_KEYS` plus its `foreseen` number.
 */
export const groupKey = (f: { round: number; background?: number | undefined; foreseen?: number | undefined }): number =>
  f.background ? -f.background : f.foreseen ? FORESEEN_KEYS + f.foreseen : f.round;

export interface Round {
  id: string;
  /** The ordinal an article states, or one inferred from the round's place by date; absent when neither can be had. */
  ordinal?: number;
  ordinalInferred: boolean;
  /** Index of the round's series (0 when the folder holds one negotiation). */
  series: number;
  status: RoundStatus;
  cues: RoundCueRef[];
  docs: string[];
  groups: RoundGroupRef[];
  /** The days the round's documents give it (held, else planned), sorted. */
  days: string[];
  /** For a round no article dates: the earliest publication day of its reports (it met on or before it). */
  bound?: string;
  /** Documents that give a day without a year ("May 2", `XXXX-05-02`), and the year the round's other sources give it. */
  years: Map<string, number>;
  /** Documents whose bare weekday, read against an older day of their own text, the round's other reports date: the
   * value as read, and the day it is taken for. */
  redated: Map<string, Map<string, string>>;
}

/** Which status of a round's cues wins: a round any source says was called off, or never met as a side stayed away,
 * did not meet, whatever tense other sentences tell it in (unless a report that calls nothing off dates it as met);
 * then held, postponed, planned, announced. */
const STATUS_RANK: Record<RoundStatus, number> = { held: 5, postponed: 3, planned: 2, cancelled: 6, announced: 1 };
const DAY = 86_400_000;
/** How long after a round opened a report that tells no session of its own may still be telling of it (a season). */
const ONGOING_DAYS = 92;
/** A year, in days: how far a guessed year may put a numbered round from the series' other numbered rounds. */
const YEAR_DAYS = 366;
/** How many days around a week or a month a session said to have met in it may lie (the edges of "last week"). */
const PERIOD_SLACK_DAYS = 3;
/**
 * Stage options (pipeline.json): how long before an article's publication the session it reports may have met, for
 * an undated report; and how many days may part two reported spans of one session (talks resumed after a pause).
 */
export interface RoundsOptions {
  recentDays?: number;
  nearDays?: number;
}

interface Group {
  doc: string;
  key: number;
  ordinal?: number;
  cues: RoundCueRef[];
  held: Set<string>;
  planned: Set<string>;
  /** The first days (ms) of the weeks the group plans a session for, where it gives no day ("next week"). */
  plannedWeeks: number[];
  /** Whether a day (or a span of days) it is planned for is given, not only a week or a month. */
  plannedDay?: boolean;
  /** Held or planned days read from a bare weekday against an anchor that is not the report's publication day ("on
   * Wednesday", in a report dated only by older days its text gives); and the day each is taken for, where the round's
   * other reports give one on that weekday. */
  weekdays: string[];
  /** Days whose year a report with no publication day took from its own text ("on January 25", in a report whose only
   * year is a month it recalls, "where we stopped in March 2016"). */
  guessedYears: string[];
  redated?: Map<string, string>;
  /** When the session is planned for where another round's report announces it ("the next round … in January"): days
   * or months, as its values give them. */
  announcedFor: string[];
  /** Day numbers (ms) the group gives: held days, else planned ones. */
  times: number[];
  /** Weeks and months the session met in, where no day is given ("last week", "earlier this month"): first and last
   * day (ms). */
  periods: Array<[number, number]>;
  parties: Set<string>;
  /** The city its document gives the session first (entity id). */
  venues: Set<string>;
  /** The people, bodies and cities its document names (entity ids). */
  persons: Set<string>;
  others: Set<string>;
  /** The countries of the negotiators its document names. */
  memberSides: Set<string>;
  anchor?: number;
  /** The day of its dateline without the year ("MM-DD"; "BANGKOK, Dec 27 —"), where nothing else anchors it. */
  monthDay?: string;
  /** The publication day, when the article's sidecar gives it (an undated report met on or before it). */
  published?: number;
  /** Days without a year (`XXXX-MM-DD`, or a span of them), held or planned, until the year is found from other groups. */
  vague: Array<{ value: string; kind: 'held' | 'planned' }>;
  /** Weekdays of a report nothing anchors (`XXXX-WXX-5`, "ended on Friday"), held or planned, until the same round's
   * other reports give the day. */
  weekdaysOnly: Array<{ value: string; kind: 'held' | 'planned' }>;
  /** Days its document gives what comes next (`YYYY-MM-DD` or `XXXX-MM-DD`): the round it reports met before them. */
  nextDays: string[];
  year?: number;
  /** Facts of another kind than quotes and topics: the group says something of a session. */
  substantive: boolean;
  /** Only what comes next: the group announces a round, it does not report one. */
  nextOnly: boolean;
  /** A session the document only recalls (key < 0): it joins the round that met then and there, never starts one. */
  recalled: boolean;
  /** A recalled session a report counts among the series' sessions (facts marked `counted`): it starts a round where
   * none met then. */
  counted?: boolean;
  /** A later session the document announces as a meeting of its own: never the round the document reports. */
  foreseen: boolean;
}

interface Cluster {
  groups: Group[];
  ordinal?: number;
  times: Set<number>;
  /** Weeks and months its reports say it met in, without a day. */
  periods: Array<[number, number]>;
  /** Publication days of its undated reports. */
  bounds: Set<number>;
  parties: Set<string>;
  persons: Set<string>;
  others: Set<string>;
  /** The countries of the negotiators its reports name (a side's people: "Chinese Vice Premier NAME"). */
  memberSides: Set<string>;
}

/** The days of a date value: a day, or every day of a range `A/B`; months, weeks and times give none. */
export function daysOf(v: string): string[] {
  // (a time or a part of a day stands for its day: "2031-02-13T11:00", "2031-02-13TMO")
  const m = /^(\d{4}-\d{2}-\d{2})(?:T[\dA-Z:]+)?(?:\/(\d{4}-\d{2}-\d{2}))?$/.exec(v);
  if (!m) return [];
  if (!m[2]) return [m[1]!];
  const out: string[] = [];
  const end = Date.parse(m[2]);
  for (let t = Date.parse(m[1]!); t <= end && out.length < 31; t += DAY) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

const intersects = (a: Set<string>, b: Set<string>): number => {
  // (the smaller set walked, the larger looked up)
  if (a.size > b.size) [a, b] = [b, a];
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
};

/** The key of a side named by its common noun, with its country where one is given ("the Syrian opposition"). */
const sideKey = (noun: string, country: string | undefined): string => `side:${noun}@${country ?? ''}`;
/** The country of a side's key, if it is one and gives one. */
const sideCountry = (key: string): string | undefined => (key.startsWith('side:') ? key.slice(key.indexOf('@') + 1) || undefined : undefined);

/** Whether a name holds a country's name or demonym ("Government of Kenya", "Afghan Interim Government"). */
const namesCountry = (name: string, kn: Knowledge): boolean =>
  (name.match(/\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?/gu) ?? []).some((w) => kn.lexicons.demonymCountry.has(w) || kn.aliases.get(aliasKey(w))?.some((e) => e.kind === 'country') || w.split(/\s+/).some((x) => kn.lexicons.demonymCountry.has(x) || kn.aliases.get(aliasKey(x))?.some((e) => e.kind === 'country')));

/** Parties that contradict: each side names one the other does not ("A and B" against "A and C"). */
const partiesConflict = (a: Set<string>, b: Set<string>): boolean => {
  if (a.size < 2 || b.size < 2) return false;
  let aOnly = false;
  let bOnly = false;
  let shared = 0;
  for (const x of a) if (!b.has(x)) aOnly = true;
  else shared++;
  for (const x of b) if (!a.has(x)) bOnly = true;
  // (two sides in common, and one more each at most, is one negotiation misread once: "Yemen, the Houthis and the UN"
  // beside "Yemen, the Houthis and Iran")
  if (shared >= 2 && Math.max(a.size, b.size) - shared <= 1) return false;
  return aOnly && bOnly;
};

interface Named {
  parties: Set<string>;
  persons: Set<string>;
  others: Set<string>;
}

/** Whether one names a side and none of the two or more the other names ("the Chinese team" is no side of US–Iran talks). */
const disjointSides = (g: Named, c: Named): boolean => g.parties.size > 0 && c.parties.size > 0 && Math.max(g.parties.size, c.parties.size) >= 2 && !intersects(g.parties, c.parties);

/** Whether one names two sides, both among the three or more the other names, and the two share one person at most. */
function pairOfMoreSides(g: Named, c: Named): boolean {
  const [few, many] = g.parties.size <= c.parties.size ? [g, c] : [c, g];
  return few.parties.size === 2 && many.parties.size > 2 && intersects(few.parties, many.parties) === 2 && intersects(g.persons, c.persons) < 2;
}

/**
 * How much says two groups (or rounds) belong to one series: -1 when their parties contradict and
 * little else is shared, else a score of what they share (the same sides count most, then people,
 * then bodies and places); 0 when nothing tells.
 */
function affinity(g: Named, c: Named, othersWeight = 0.5): number {
  const sharedPersons = intersects(g.persons, c.persons);
  const sharedOthers = intersects(g.others, c.others);
  // Contradicting parties part two series unless the documents share much of whom they name (a trilateral
  // round reported as "A and B" here and "B and C" there).
  if (partiesConflict(g.parties, c.parties)) {
    const union = g.persons.size + g.others.size + c.persons.size + c.others.size - sharedPersons - sharedOthers;
    return union > 0 && sharedPersons >= 2 && (sharedPersons + sharedOthers) / union >= 0.25 ? 2 : -1;
  }
  // The same sides negotiating: the same series (its parties define it).
  const sameSides = g.parties.size >= 2 && c.parties.size >= 2 && intersects(g.parties, c.parties) === Math.min(g.parties.size, c.parties.size);
  // Bodies and places weigh half by themselves: two negotiations in one city, under one organisation, share them
  // (Brussels, the EU); sessions days apart weigh them fully (the days say much already).
  const score = (sameSides ? 3 : intersects(g.parties, c.parties)) + 2 * sharedPersons + sharedOthers * othersWeight;
  // One person in common (a president who heads two negotiations) does not tie them where one names no side, nor where
  // one names a side none of the other's is.
  if (disjointSides(g, c) && sharedPersons < 2) return 0;
  // Two of the three or more sides of another round, with one person at most in common, may be another negotiation
  // between two of them ("A and B" on their embassies, beside the A–B–C talks, A's foreign minister named in both):
  // weak evidence of one series (and two series that hold such rounds stay apart: `pairOfMoreSides`).
  if (pairOfMoreSides(g, c)) return Math.min(score, 1);
  return (!g.parties.size || !c.parties.size) && sharedPersons < 2 && !sharedOthers ? Math.min(score, 1) : score;
}

/** How far a report's venue fits a round's: the same city counts for it, another city (both known) against it. */
function venueFit(a: Set<string>, b: Set<string>): number {
  const shared = intersects(a, b);
  return shared ? 2 * shared : a.size && b.size ? -3 : 0;
}

const small = (g: Named) => g.persons.size + g.others.size < 3;

/** Capitalized words (a demonym is one: "Chinese", "Iranians"). */
const CAPITALIZED = /\p{Lu}[\p{L}'’-]*/gu;

/**
 * Whether the sides of a group and a cluster contradict, where either names no parties: each names a negotiator of a
 * country the other's reports never name ("US and Chinese officials", with a Chinese vice premier, are no round of
 * US–Iran talks whose reports name an Iranian minister and no China, whatever names the two share).
 */
function sidesContradict(g: Named & { memberSides: Set<string> }, c: Named & { memberSides: Set<string> }, kn: Knowledge | undefined, named: (x: typeof g) => Set<string>): boolean {
  if (g.parties.size >= 2 && c.parties.size >= 2) return false;
  // (sides that are countries: an armed group's name is no country a report must name; with one party named, the
  // countries of its negotiators too: "will lead the U.S. team" beside "North Korean leader NAME")
  const sides = (x: typeof g) => [...new Set([...x.parties, ...(x.parties.size >= 2 ? [] : x.memberSides)])].filter((s) => kn?.byId.get(s)?.kind === 'country');
  // (a report that names no country at all contradicts nothing: "the talks resumed on Wednesday, mediators said")
  const unnamed = (x: typeof g, y: typeof g) => {
    const ys = sides(x);
    if (!ys.length) return false;
    const countries = named(y);
    return countries.size > 0 && ys.some((s) => !countries.has(s));
  };
  // (so does one whose negotiators are of a country the other's reports, naming no sides, never name)
  return unnamed(g, c) && (!sides(c).length || unnamed(c, g));
}

/** Whether a group may join a cluster: evidence they are one series, or too little named on either side to tell. */
function sameSeries(g: Named, c: Named): boolean {
  // (the same sides, not contradicted, say so at once: affinity 3 at least, whatever else the two name)
  if (g.parties.size >= 2 && c.parties.size >= 2 && intersects(g.parties, c.parties) === Math.min(g.parties.size, c.parties.size) && !partiesConflict(g.parties, c.parties)) return true;
  const a = affinity(g, c);
  // (too little named tells nothing, but not where one names a side none of the other's does)
  return a >= 2 || (a >= 0 && !disjointSides(g, c) && (small(g) || small(c)));
}

/** Days more than this many days apart are two sessions. */
const SESSION_GAP_DAYS = 3;

/** Indices of a longest strictly rising subsequence (the earliest such, for a fixed result). */
function longestRising(xs: number[]): Set<number> {
  const len = xs.map(() => 1);
  const prev = xs.map(() => -1);
  for (let i = 0; i < xs.length; i++)
    for (let j = 0; j < i; j++)
      if (xs[j]! < xs[i]! && len[j]! + 1 > len[i]!) {
        len[i] = len[j]! + 1;
        prev[i] = j;
      }
  let end = -1;
  for (let i = 0; i < xs.length; i++) if (end < 0 || len[i]! > len[end]!) end = i;
  const out = new Set<number>();
  for (let i = end; i >= 0; i = prev[i]!) out.add(i);
  return out;
}

/**
 * The series of one round each join the series they share most with (the sum of what they share with its rounds),
 * where no round of it contradicts them; with nothing shared but nothing contradicting, and one other series in the
 * folder, that series (a round whose reports name no side, no person and no body of their own). Every round stays in
 * exactly one series.
 */
export function joinLoneRounds<C extends { parties: Set<string> }>(start: C[][], affinity: (a: C, b: C) => number): C[][] {
  let series = start;
  for (const lone of start.filter((s) => s.length === 1)) {
    // (not one another lone round has joined since: the two are a series, and moving its first would lose the other)
    if (lone.length !== 1) continue;
    const c = lone[0]!;
    let best: C[] | undefined;
    let bestScore = 0;
    for (const s of series) {
      if (s === lone) continue;
      const score = Math.min(...s.map((o) => affinity(c, o)));
      const sum = s.reduce((k, o) => k + Math.max(0, affinity(c, o)), 0);
      if (score >= 0 && sum > bestScore) {
        best = s;
        bestScore = sum;
      }
    }
    const rest = series.filter((s) => s !== lone);
    if (!best && rest.length === 1 && c.parties.size < 2 && rest[0]!.every((o) => affinity(c, o) >= 0)) best = rest[0];
    if (best) {
      best.push(c);
      series = series.filter((s) => s !== lone);
    }
  }
  return series;
}

/** Adds a value to the list a map keeps under a key (a list made at its first value; the map's keys in the order first
 * added): a copy of the list at each value made gathering hundreds of groups quadratic. */
function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function findRounds(docs: DocResult[], knowledge?: Knowledge, options: RoundsOptions = {}): Round[] {
  const RECENT_DAYS = options.recentDays ?? 21;
  const NEAR_DAYS = options.nearDays ?? 10;
  /** Days of one numbered round lie within half a year of each other. */
  const APART_DAYS = 183;
  const sorted = [...docs].sort((a, b) => (a.id < b.id ? -1 : 1));
  const groups: Group[] = [];
  /** The entities named as bodies anywhere in the folder. */
  const organizationIds = new Set(docs.flatMap((d) => d.mentions.filter((m) => m.type === 'Organization' && m.entityId).map((m) => m.entityId!)));
  /** Those named as a government, with no country in the name ("the Transitional Government of National Unity"). */
  const governmentBodies = new Map<string, string>();
  for (const d of docs) for (const m of d.mentions) if (m.type === 'Organization' && m.entityId && knowledge?.lexicons.facts.governmentNouns.test(m.text) && !namesCountry(m.text, knowledge) && m.text.length > (governmentBodies.get(m.entityId)?.length ?? 0)) governmentBodies.set(m.entityId, m.text);
  // The countries the folder's reports name, for a demonym several countries share (as stage briefs reads it).
  const namedCountries = new Set<string>();
  for (const d of docs) for (const m of d.mentions) if (m.type === 'Place' && m.entityId) { const e = knowledge?.byId.get(m.entityId); if (e?.kind === 'country') namedCountries.add(e.name); }
  // (each country name's id, looked up once: the corpus names a few countries many times)
  const countryIds = new Map<string, string | undefined>();
  /** The countries each document names, read when first asked. */
  const docCountries = new Map<string, () => Set<string>>();
  const countriesRead = new Map<string, Set<string>>();
  const countriesOfDoc = (id: string): Set<string> => {
    let s = countriesRead.get(id);
    if (!s) countriesRead.set(id, (s = docCountries.get(id)?.() ?? new Set()));
    return s;
  };
  /** The countries a group's document, or a cluster's documents, name (a cluster's kept until it grows). */
  const clusterCountries = new WeakMap<object, { n: number; set: Set<string> }>();
  const namedBy = (x: Named): Set<string> => {
    const groupsOf = (x as { groups?: Group[] }).groups;
    if (!groupsOf) return countriesOfDoc((x as Group).doc);
    const kept = clusterCountries.get(x);
    if (kept && kept.n === groupsOf.length) return kept.set;
    const set = new Set<string>(kept?.set);
    for (const g of groupsOf.slice(kept?.n ?? 0)) countriesOfDoc(g.doc).forEach((c) => set.add(c));
    clusterCountries.set(x, { n: groupsOf.length, set });
    return set;
  };
  /** The place id of a country's name (read once per name). */
  const countryId = (name: string) => {
    if (countryIds.has(name)) return countryIds.get(name);
    const id = knowledge?.aliases.get(aliasKey(knowledge ? sharedDemonymCountry(name, namedCountries, knowledge) : name))?.find((e) => e.type === 'Place')?.id;
    countryIds.set(name, id);
    return id;
  };
  for (const d of sorted) {
    const byStart = new Map<number, Mention[]>();
    for (const m of d.mentions) pushTo(byStart, m.start, m);
    const entityAt = (span: { start: number; end: number } | undefined) => span && byStart.get(span.start)?.find((m) => m.end === span.end)?.entityId;
    const persons = new Set<string>();
    const others = new Set<string>();
    for (const m of d.mentions) {
      if (!m.entityId) continue;
      // (not a news outlet, media.json: what the press is called tells no series, "TEHRAN (Tasnim) –" heads reports
      // of two negotiations alike)
      if (m.type === 'Organization' && knowledge?.lexicons.media.has(aliasKey(m.text))) continue;
      if (m.type === 'Person') persons.add(m.entityId);
      else if (m.type === 'Organization' || (m.type === 'Place' && knowledge?.byId.get(m.entityId)?.kind !== 'country')) others.add(m.entityId);
    }
    // The countries of the negotiators the document names ("Chinese Vice Premier NAME").
    const memberSides = new Set<string>();
    for (const f of d.facts)
      if (f.kind === 'member' && f.party) {
        const id = f.party.country ? countryId(f.party.country) : entityAt(f.party.mention);
        if (id && knowledge?.byId.get(id)?.kind === 'country') memberSides.add(id);
      }
    // The countries it names anywhere: by name, capital or state body, or as a side's or a person's (read when asked:
    // only a report that names no parties asks).
    docCountries.set(d.id, () => {
      const countries = new Set(memberSides);
      for (const m of d.mentions) {
        const e = m.entityId ? knowledge?.byId.get(m.entityId) : undefined;
        const id = e?.kind === 'country' ? e.id : e?.country ? countryId(e.country) : undefined;
        if (id) countries.add(id);
        // (and the country a body's name ends with: "the National Democratic Front of the Philippines")
        const of = m.type === 'Organization' ? /\bof\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2})$/u.exec(m.text) : null;
        const named = of ? countryId(of[1]!) : undefined;
        if (named && knowledge?.byId.get(named)?.kind === 'country') countries.add(named);
      }
      for (const f of d.facts) {
        for (const name of [f.entity?.country, f.party?.country]) {
          const id = name ? countryId(name) : undefined;
          if (id) countries.add(id);
        }
        // (and by demonym in the words of its facts: "the Chilean opposition", "Chinese Vice Premier NAME"; capitalized
        // words looked up, not a regex of every demonym)
        if (knowledge)
          for (const w of f.evidence.text.match(CAPITALIZED) ?? []) {
            const name = knowledge.lexicons.demonymCountry.get(w);
            const id = name ? countryId(name) : undefined;
            if (id) countries.add(id);
          }
      }
      return countries;
    });
    // (the Date mentions read from a bare weekday, by their start)
    const weekdayAt = new Set(d.mentions.filter((m) => m.type === 'Date' && m.rule === 'dates:weekday').map((m) => m.start));
    // (and those whose year, with no publication day, was inferred from the text)
    const guessedAt = new Set(d.anchor?.source === 'published' ? [] : d.mentions.filter((m) => m.type === 'Date' && m.rule !== 'dates:weekday' && m.dateParts?.inferred.includes('year')).map((m) => m.start));
    const guessed = (f: Fact, g: Group) => {
      if (/^\d{4}-\d{2}-\d{2}(?:\/\d{4}-\d{2}-\d{2})?$/.test(f.value!) && guessedAt.has(f.evidence.start)) g.guessedYears.push(f.value!);
    };
    const own = new Map<number, Group>();
    const group = (key: number): Group => {
      let g = own.get(key);
      if (!g) {
        g = { doc: d.id, key, ...(key > 0 && key < FORESEEN_KEYS ? { ordinal: key } : {}), cues: [], held: new Set(), planned: new Set(), plannedWeeks: [], weekdays: [], guessedYears: [], times: [], periods: [], parties: new Set(), venues: new Set(), persons, others, ...(d.anchor?.day ? { anchor: Date.parse(d.anchor.day) } : d.anchor?.monthDay ? { monthDay: d.anchor.monthDay } : {}), ...(d.anchor?.source === 'published' && d.anchor.day ? { published: Date.parse(d.anchor.day) } : {}), memberSides, vague: [], weekdaysOnly: [], nextDays: [], announcedFor: [], substantive: false, nextOnly: true, recalled: key < 0, foreseen: key >= FORESEEN_KEYS };
        own.set(key, g);
      }
      return g;
    };
    // A cue that tells a session as met, in a sentence whose days belong to a session it only recalls ("The two sides
    // met in Lome on March 24 and April 8"), tells of that session, not of the report's own.
    const recalledAt = new Set(d.facts.filter((f) => f.kind === 'held' && f.background).map((f) => f.background!));
    const recalledIn = (cue: RoundCue): number | undefined => (cue.status === 'held' && recalledAt.has(cue.sentence + 1) ? cue.sentence + 1 : undefined);
    for (const cue of d.cues)
      if (cue.round !== undefined) {
        const back = recalledIn(cue);
        const g = group(back !== undefined ? -back : cue.round);
        g.cues.push({ doc: d.id, cue });
        // "The next round" with nothing said of it only announces; a stated ordinal or a report makes a round.
        if (cue.ordinal !== undefined || (cue.relative !== 'next' && cue.relative !== 'renewed')) g.nextOnly = false;
      }
    for (const f of d.facts) {
      const g = group(groupKey(f));
      if (f.counted) g.counted = true;
      if ((f.kind === 'held' || f.kind === 'planned') && /^XXXX-\d{2}-\d{2}(?:\/XXXX-\d{2}-\d{2})?$/.test(f.value!)) g.vague.push({ value: f.value!, kind: f.kind });
      else if ((f.kind === 'held' || f.kind === 'planned') && /^XXXX-WXX-[1-7]$/.test(f.value!)) g.weekdaysOnly.push({ value: f.value!, kind: f.kind });
      // A day that only bounds the session ("on or before the publication") does not place the group by day.
      else if (f.kind === 'held' && !f.upTo) {
        daysOf(f.value!).forEach((x) => g.held.add(x));
        if (d.anchor?.source !== 'published' && /^\d{4}-\d{2}-\d{2}$/.test(f.value!) && weekdayAt.has(f.evidence.start)) g.weekdays.push(f.value!);
        guessed(f, g);
        const period = /^\d{4}-(?:\d{2}|W\d{2})$/.test(f.value!) ? dayBounds(f.value!) : undefined;
        if (period) g.periods.push([Date.parse(period[0]), Date.parse(period[1])]);
      }
      else if (f.kind === 'planned') {
        daysOf(f.value!).forEach((x) => g.planned.add(x));
        if (/^\d{4}-\d{2}-\d{2}/.test(f.value!)) g.plannedDay = true;
        // (a weekday planned, read so, is as unsure: "will meet on Wednesday for the second round")
        if (d.anchor?.source !== 'published' && /^\d{4}-\d{2}-\d{2}$/.test(f.value!) && weekdayAt.has(f.evidence.start)) g.weekdays.push(f.value!);
        guessed(f, g);
        if (/^\d{4}-W\d{2}$/.test(f.value!)) g.plannedWeeks.push(Date.parse(dayBounds(f.value!)![0]));
      }
      else if (f.kind === 'venue') {
        // The venue the article gives first is the session's; later ones are background (an earlier round's city).
        const id = entityAt(f.entity?.mention) ?? (f.entity?.place ? knowledge?.aliases.get(aliasKey(f.entity.place))?.find((e) => e.type === 'Place')?.id : undefined);
        if (id && !g.venues.size) g.venues.add(id);
      } else if (f.kind === 'party') {
        // (a side named by its common noun, other than the government, is not its country: "the Syrian opposition"
        // sits across from Syria, and talks between the two are no series of Syria's with a third country)
        const country = f.entity?.country ? countryId(f.entity.country) : undefined;
        const side = f.entity?.side && f.entity.side !== GOVERNMENT_SIDE && !f.entity.mention ? sideKey(f.entity.side, country) : undefined;
        const id = entityAt(f.entity?.mention) ?? side ?? country;
        if (id) g.parties.add(id);
      }
      // "Mexico will hold the next round of talks starting in January": when the round after this one is planned for.
      if (f.kind === 'next' && f.rule === 'facts:next-later-round' && f.value && /^\d{4}-\d{2}(?:-\d{2})?$/.test(f.value)) own.get(f.round + 1)?.announcedFor.push(f.value);
      if (f.kind !== 'quote' && f.kind !== 'topic') g.substantive = true;
      if (f.kind !== 'next') g.nextOnly = false;
      else if (f.value && /^(?:\d{4}|XXXX)-\d{2}-\d{2}/.test(f.value)) g.nextDays.push(f.value.slice(0, 10));
    }
    // A round the document names no sides for ("The first round was held in Cairo in August", in a report of the
    // third) is one of the series whose sides the document names for its others: they tell its series.
    const docSides = new Set([...own.values()].flatMap((g) => [...g.parties]));
    for (const g of own.values()) if (!g.parties.size) docSides.forEach((x) => g.parties.add(x));
    // (so is a group that only holds a next step of the round before the report's, "as they held their third round of
    // talks", in a document that names its sides only by its negotiators' countries, two at least: "US special envoy
    // NAME", "NAME will lead Tehran's delegation")
    if (!docSides.size && memberSides.size >= 2) for (const g of own.values()) if (g.nextOnly && !g.cues.length) memberSides.forEach((x) => g.parties.add(x));
    // (and one side named, where its negotiators' countries are it and one other: "will lead the U.S. team" beside "U.S.
    // President NAME met North Korean leader NAME" is between the two)
    // (not where a negotiator's role makes them a third party, "Mexican Foreign Minister NAME, the talks' host", nor
    // where the report names the other country as a mediator: "U.S. Special Envoy NAME" at talks the US mediates)
    if (docSides.size === 1 && memberSides.size === 2 && memberSides.has([...docSides][0]!)) {
      const mediating = new Set(d.facts.filter((f) => f.kind === 'mediator').map((f) => entityAt(f.entity?.mention) ?? (f.entity?.country ? countryId(f.entity.country) : undefined)));
      if (![...memberSides].some((x) => mediating.has(x)) && !d.facts.some((f) => f.kind === 'member' && f.role && knowledge?.lexicons.mediatorCues.test(f.role)))
        for (const g of own.values()) if (g.parties.size === 1) memberSides.forEach((x) => g.parties.add(x));
    }
    groups.push(...own.values());
  }
  // A side named by its common noun ("the Venezuelan opposition") is the body the reports name most beside its country
  // as the other side ("Venezuela and the Unitary Platform"), where some report does.
  {
    const bodiesBeside = new Map<string, Map<string, number>>();
    for (const g of groups)
      for (const c of g.parties) {
        if (knowledge?.byId.get(c)?.kind !== 'country') continue;
        const counts = bodiesBeside.get(c) ?? new Map<string, number>();
        // (not a government's body: it is the country's own side, not the one across from it)
        for (const b of g.parties) if (organizationIds.has(b) && !governmentBodies.has(b)) counts.set(b, (counts.get(b) ?? 0) + 1);
        bodiesBeside.set(c, counts);
      }
    // (and a body whose name is a government's and names no country, "the Revitalized Transitional Government of
    // National Unity", is the country the reports name most beside it, the same side told twice: facts.json
    // governmentNouns)
    const countriesBeside = new Map<string, Map<string, number>>();
    for (const g of groups)
      for (const b of g.parties) {
        if (!governmentBodies.has(b)) continue;
        const counts = countriesBeside.get(b) ?? new Map<string, number>();
        for (const c of g.parties) if (knowledge?.byId.get(c)?.kind === 'country') counts.set(c, (counts.get(c) ?? 0) + 1);
        countriesBeside.set(b, counts);
      }
    for (const g of groups)
      for (const p of [...g.parties]) {
        const country = sideCountry(p);
        const most = (counts: Map<string, number> | undefined) => [...(counts ?? [])].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
        // (a government named with no country beside it anywhere: the country of one whose name ends with its own,
        // "the Transitional Government of National Unity" that of "the Revitalized Transitional Government of …")
        const longer = (name: string) => [...governmentBodies].find(([id, other]) => id !== p && other.endsWith(` ${name}`) && countriesBeside.get(id)?.size)?.[0];
        const government = governmentBodies.get(p);
        const same = country ? most(bodiesBeside.get(country)) : government !== undefined ? most(countriesBeside.get(p)) ?? most(countriesBeside.get(longer(government) ?? '')) : undefined;
        if (!same) continue;
        g.parties.delete(p);
        g.parties.add(same);
      }
  }
  // (the groups of each ordinal, and those with an ordinal, gathered once: a folder may hold hundreds of reports)
  const byOrdinal = new Map<number, Group[]>();
  for (const g of groups) if (g.ordinal !== undefined) pushTo(byOrdinal, g.ordinal, g);
  /** `Date.parse` of a day, each distinct day parsed once (the reports of a round tell the same few days). */
  const dayTimes = new Map<string, number>();
  const parseDay = (x: string): number => {
    let t = dayTimes.get(x);
    if (t === undefined) dayTimes.set(x, (t = Date.parse(x)));
    return t;
  };
  /** The year that puts days without a year (`MM-DD`) nearest the days the other articles of a group's series give,
   * within two months of one of them. */
  const seriesYear = (g: Group, mds: string[]): number | undefined => {
    // (and the days they were published: a report of a session appears days after it)
    const yearNear = (others: Group[]): number | undefined => {
      const known: number[] = [];
      for (const o of others) {
        for (const x of o.held) known.push(parseDay(x));
        for (const x of o.planned) known.push(parseDay(x));
        if (o.published !== undefined) known.push(o.published);
      }
      // (a day that does not parse leaves every distance NaN: no year is near enough)
      if (known.some(Number.isNaN)) return undefined;
      // (the distance to the nearest known day, by binary search in them sorted: the reports of a large folder give
      // hundreds of days)
      const sorted = Float64Array.from(known).sort();
      const nearest = (t: number): number => {
        let lo = 0;
        let hi = sorted.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (sorted[mid]! < t) lo = mid + 1;
          else hi = mid;
        }
        return Math.min(lo < sorted.length ? sorted[lo]! - t : Infinity, lo > 0 ? t - sorted[lo - 1]! : Infinity);
      };
      let best: { y: number; dist: number } | undefined;
      for (const md of mds)
        for (const y of [...new Set(known.map((t) => new Date(t).getUTCFullYear()))].flatMap((x) => [x - 1, x, x + 1])) {
          const t = Date.parse(`${y}-${md}`);
          if (!Number.isFinite(t)) continue;
          const dist = nearest(t);
          if (!best || dist < best.dist) best = { y, dist };
        }
      return best && best.dist <= 60 * DAY ? best.y : undefined;
    };
    // (the other reports of the same numbered round first, "the fourth round … in Oslo April 2-6" beside a report of the
    // fourth round of 5 April 2017; then the groups that share most with it, the same sides: "too little named to tell" is
    // no evidence of a year, and a folder of several negotiations holds other rounds near any day)
    const sameRound = g.ordinal !== undefined ? (byOrdinal.get(g.ordinal) ?? []).filter((o) => o.doc !== g.doc && sameSeries(g, o)) : [];
    return yearNear(sameRound) ?? yearNear(groups.filter((o) => o.doc !== g.doc && affinity(g, o) >= 2)) ?? yearNear(groups.filter((o) => o.doc !== g.doc && sameSeries(g, o)));
  };
  // A day without a year takes that year.
  for (const g of groups) {
    const y = g.vague.length ? seriesYear(g, g.vague.map((v) => v.value.slice(5, 10))) : undefined;
    if (y === undefined) continue;
    g.year = y;
    for (const { value, kind } of g.vague) daysOf(withYear(value, y)).forEach((x) => (kind === 'held' ? g.held : g.planned).add(x));
  }
  // A weekday a report with no publication day reads against an older day its text gives ("the 63rd round was held in
  // Ankara on Wednesday") is, where the same numbered round's other reports give one day on that weekday (it was
  // announced for 6 October, a Wednesday), that day.
  // So is a day whose year such a report took from its own text ("will take place in Istanbul on January 25", where its
  // only year is a month a quote recalls, "where we stopped in March 2016"), where the same numbered round's other
  // reports give that month and day in one other year.
  // (the days each group tells, read once: a folder may hold many reports of one numbered round)
  const toldDays = new Map<Group, string[]>();
  const daysTold = (o: Group) => {
    let t = toldDays.get(o);
    if (!t) toldDays.set(o, (t = [...o.held, ...o.planned].filter((x) => !o.weekdays.includes(x) && !o.guessedYears.includes(x))));
    return t;
  };
  const toldTimes = new Map<Group, number[]>();
  const timesTold = (o: Group) => {
    let t = toldTimes.get(o);
    if (!t) toldTimes.set(o, (t = daysTold(o).map((x) => Date.parse(x))));
    return t;
  };
  // So is a weekday a report nothing anchors gives ("the fifth round ended on Friday in Rome"), where the round's other
  // reports (their days `told`) give one day on that weekday (it was set for Friday, 23 May). The report's other
  // weekdays then lie in the same days ("talks … kicked off on Wednesday", the 28th, and "concluded … on Thursday"):
  // each is the day of its weekday two days at most before or after a day so placed (a session's days follow each other;
  // a weekday further off may be another session's: "the talks that opened Monday", a report's own round, beside
  // "signed … Friday").
  /** A weekday-only value (`XXXX-WXX-n`) taken for the one day of `days` there is, if one. */
  const placeWeekday = (g: Group, value: string, kind: 'held' | 'planned', days: Set<string>) => {
    if (days.size !== 1) return;
    (kind === 'held' ? g.held : g.planned).add([...days][0]!);
    (g.redated ??= new Map()).set(value, [...days][0]!);
  };
  const weekdayOf = (value: string) => Number(value.slice(-1)) % 7;
  /** The weekday of a day's value (NaN where it is none), read once per value: the same days come back for every group. */
  const weekdayCache = new Map<string, number>();
  const weekdayOfDay = (x: string): number => {
    let d = weekdayCache.get(x);
    if (d === undefined) weekdayCache.set(x, (d = new Date(Date.parse(x)).getUTCDay()));
    return d;
  };
  /** The days of a weekday two days at most from days already placed (a session's days follow each other). */
  const weekdayNear = (placed: number[], value: string) => new Set(placed.flatMap((t) => [-2, -1, 0, 1, 2].map((k) => t + k * DAY)).filter((t) => new Date(t).getUTCDay() === weekdayOf(value)).map((t) => new Date(t).toISOString().slice(0, 10)));
  const placedWeekdays = (g: Group) => g.weekdaysOnly.filter(({ value }) => g.redated?.has(value)).map(({ value }) => Date.parse(g.redated!.get(value)!));
  const placeWeekdays = (g: Group, told: string[]) => {
    for (const { value, kind } of g.weekdaysOnly)
      if (!g.redated?.has(value)) placeWeekday(g, value, kind, new Set(told.filter((x) => /^\d{4}-\d{2}-\d{2}$/.test(x) && weekdayOfDay(x) === weekdayOf(value))));
    const placed = placedWeekdays(g);
    if (placed.length) for (const { value, kind } of g.weekdaysOnly) if (!g.redated?.has(value)) placeWeekday(g, value, kind, weekdayNear(placed, value));
  };
  // (every day a group tells, with its group, in order of days: found once, when first asked)
  let toldSorted: Array<{ t: number; o: Group }> | undefined;
  const toldInOrder = () => (toldSorted ??= groups.flatMap((o) => (o.held.size || o.planned.size ? timesTold(o).filter(Number.isFinite).map((t) => ({ t, o })) : [])).sort((a, b) => a.t - b.t));
  const withOrdinal = groups.filter((g) => g.ordinal !== undefined);
  for (const g of groups) {
    if ((!g.weekdays.length && !g.guessedYears.length && !g.weekdaysOnly.length) || g.ordinal === undefined) continue;
    const others = byOrdinal.get(g.ordinal)!.filter((o) => o.doc !== g.doc && sameSeries(g, o));
    const redate = (w: string, day: string) => {
      for (const set of [g.held, g.planned]) if (set.delete(w)) set.add(day);
      (g.redated ??= new Map()).set(w, day);
    };
    // (the days the others tell, gathered once: only g's own days change below; each day once, in the order first told,
    // since only the set of those that pass each test below counts, and the others of a round in a large folder are
    // hundreds of reports that tell the same few days)
    const toldOnce = new Set<string>();
    for (const o of others) for (const x of daysTold(o)) toldOnce.add(x);
    const othersTold = [...toldOnce];
    for (const w of g.weekdays) {
      const weekday = weekdayOfDay(w);
      const days = new Set(othersTold.filter((x) => weekdayOfDay(x) === weekday));
      if (days.size === 1 && !days.has(w)) redate(w, [...days][0]!);
    }
    for (const w of g.guessedYears) {
      const days = new Set(othersTold.filter((x) => x.slice(4) === w.slice(4)));
      if (days.size === 1 && !days.has(w)) redate(w, [...days][0]!);
    }
    placeWeekdays(g, othersTold);
    // A round numbered N meets after N-1 sessions of its series: a guessed year that puts it after fewer of the sessions
    // the series' other reports date, where the next year puts it after N-1 of them, gives way to that year ("the fifth
    // round ... in Paris on January 5-6", in a report whose only years are its background's, 2024 and 2025, where the
    // sessions met from July to September 2025).
    if (g.guessedYears.length && g.ordinal > 1) {
      // (the series asked only of the groups the scan in order of days reaches, once each: a folder may hold hundreds)
      const same = new Map<Group, boolean>();
      const inSeries = (o: Group) => {
        let v = same.get(o);
        if (v === undefined) same.set(o, (v = o.doc !== g.doc && o.ordinal !== g.ordinal && sameSeries(g, o)));
        return v;
      };
      for (const w of g.guessedYears) {
        // (a range's two days alike: "January 5-6")
        const next = w.replace(/\d{4}/g, (y) => String(Number(y) + 1));
        const [t, t1] = [Date.parse(w.slice(0, 10)), Date.parse(next.slice(0, 10))];
        // (nor where another report of the round gives that very day: "will host on Monday, August 12, the second round"
        // beside a report of the second round that met on Monday, August 12)
        if (g.redated?.has(w) || !Number.isFinite(t1) || others.some((o) => daysTold(o).includes(w.slice(0, 10)))) continue;
        // The sessions of the series before the guessed day (`now`) and before the day a year on (`then`); whether one
        // met after that.
        let [now, then, last, later] = [0, 0, -Infinity, false];
        for (const { t: u, o } of toldInOrder()) {
          if (u - last <= SESSION_GAP_DAYS * DAY || !inSeries(o)) continue;
          if (u >= t1) {
            later = true;
            break;
          }
          last = u;
          then++;
          if (u < t) now = then;
          else if (then >= g.ordinal - 1) break;
        }
        // (or, one session short of them, a session no report dates: the year that puts it after every session, where
        // its guess put it before all)
        if (now < g.ordinal - 1 && (then >= g.ordinal - 1 || (now === 0 && !later && then === g.ordinal - 2))) redate(w, next);
      }
    }
    // Where no report of its round gives the day, a guessed year that puts the round more than a year from every day
    // the series' other numbered rounds give ("held direct talks in Baghdad on April 9", the first round, in a report
    // whose only years are its background's, "hit a low in January 2016", where the fourth round met in September
    // 2021) gives way to the year nearest them that keeps the rounds in the order of their numbers.
    // (a guessed day's year: a range's moves with the rule above only)
    const guessedDays = g.guessedYears.filter((w) => w.length === 10);
    if (!guessedDays.length) continue;
    // (most guessed years lie within a year of a day the series' other numbered rounds give: found by the days first,
    // the series asked of a group only then)
    const near = (w: string) => {
      const t = Date.parse(w);
      return withOrdinal.some((o) => o.doc !== g.doc && o.ordinal !== g.ordinal && timesTold(o).some((u) => Math.abs(u - t) <= YEAR_DAYS * DAY) && sameSeries(g, o));
    };
    if (guessedDays.every((w) => g.redated?.has(w) || near(w))) continue;
    const numbered = withOrdinal.filter((o) => o.doc !== g.doc && o.ordinal !== g.ordinal && sameSeries(g, o));
    const told = numbered.flatMap((o) => daysTold(o).map((x) => ({ ordinal: o.ordinal!, t: Date.parse(x) })));
    if (!told.length) continue;
    const gap = (t: number) => Math.min(...told.map((x) => Math.abs(x.t - t)));
    const after = Math.max(-Infinity, ...told.filter((x) => x.ordinal < g.ordinal!).map((x) => x.t));
    const before = Math.min(Infinity, ...told.filter((x) => x.ordinal > g.ordinal!).map((x) => x.t));
    const years = [...new Set(told.flatMap((x) => { const y = new Date(x.t).getUTCFullYear(); return [y - 1, y, y + 1]; }))];
    for (const w of guessedDays) {
      if (g.redated?.has(w) || gap(Date.parse(w)) <= YEAR_DAYS * DAY) continue;
      const fits = years.map((y) => `${y}${w.slice(4)}`).filter((x) => { const t = Date.parse(x); return Number.isFinite(t) && t > after && t < before && gap(t) <= YEAR_DAYS * DAY; });
      const best = fits.sort((a, b) => gap(Date.parse(a)) - gap(Date.parse(b)))[0];
      if (best) redate(w, best);
    }
  }
  // A report with no publication day whose guessed year gave way to another (by the rounds around it) was read in the
  // wrong year: its anchor, a day of its own text, moves by as many years (the days it tells as met are then on or
  // before it).
  // (the groups of each report, gathered once for the two passes below)
  const groupsOf = new Map<string, Group[]>();
  for (const g of groups) pushTo(groupsOf, g.doc, g);
  for (const doc of new Set(groups.filter((g) => g.guessedYears.length && g.published === undefined).map((g) => g.doc))) {
    const own = groupsOf.get(doc)!;
    const shifts = new Set(own.flatMap((g) => g.guessedYears.filter((w) => g.redated?.has(w)).map((w) => Number(g.redated!.get(w)!.slice(0, 4)) - Number(w.slice(0, 4)))));
    if (shifts.size !== 1) continue;
    const years = [...shifts][0]!;
    for (const g of own)
      if (g.anchor !== undefined) {
        const a = new Date(g.anchor);
        g.anchor = Date.UTC(a.getUTCFullYear() + years, a.getUTCMonth(), a.getUTCDate());
      }
  }
  // A report's weekdays were all read against the one day of its text: where the same rounds' other reports moved some
  // of them, all by the same whole weeks ("will meet on Wednesday for the second round", read as the first round's
  // October 14, is the second round's October 28), the report's other weekdays move with them ("a third meeting … on
  // Thursday", the 29th).
  for (const doc of new Set(groups.filter((g) => g.weekdays.length).map((g) => g.doc))) {
    const own = groupsOf.get(doc)!;
    const shifts = new Set(own.flatMap((g) => g.weekdays.filter((w) => g.redated?.has(w)).map((w) => Date.parse(g.redated!.get(w)!) - Date.parse(w))));
    if (shifts.size !== 1) continue;
    const shift = [...shifts][0]!;
    for (const g of own)
      for (const w of g.weekdays) {
        if (g.redated?.has(w)) continue;
        const day = new Date(Date.parse(w) + shift).toISOString().slice(0, 10);
        for (const set of [g.held, g.planned]) if (set.delete(w)) set.add(day);
        (g.redated ??= new Map()).set(w, day);
      }
  }
  // So does a dateline's day without its year, which then anchors its report.
  for (const g of groups) {
    const y = g.anchor === undefined && g.monthDay ? seriesYear(g, [g.monthDay]) : undefined;
    if (y !== undefined) g.anchor = Date.parse(`${y}-${g.monthDay}`);
  }
  // A report nothing anchors tells its sessions' weekdays in one stretch of days: once some of them are placed (by the
  // round's other reports: "the second meeting on Wednesday", the 28th), its other rounds' weekdays lie two days at
  // most from them ("their third meeting on Thursday", the 29th).
  for (const own of groupsOf.values()) {
    const placed = own.flatMap(placedWeekdays);
    if (placed.length) for (const g of own) for (const { value, kind } of g.weekdaysOnly) if (!g.redated?.has(value)) placeWeekday(g, value, kind, weekdayNear(placed, value));
  }
  for (const g of groups) g.times = [...(g.held.size ? g.held : g.planned)].map((x) => Date.parse(x)).sort((a, b) => a - b);
  // A report that numbers sessions on consecutive days ("will meet on Wednesday for the second round … a third meeting
  // on Thursday") counts meetings, not rounds: a round is one block of days, so its session N+1 is part of its round N,
  // and each number it gives after that counts one meeting more than rounds (its "fourth round" is the third).
  for (const own of groupsOf.values()) {
    const numbered = own.filter((g) => g.ordinal !== undefined && !g.recalled && !g.foreseen && g.times.length);
    const counted = numbered
      .filter((b) => numbered.some((a) => a.ordinal === b.ordinal! - 1 && b.times.every((t) => a.times.some((u) => t - u >= 0 && t - u <= DAY)) && b.times.some((t) => a.times.includes(t - DAY)) && !(a.venues.size && b.venues.size && !intersects(a.venues, b.venues))))
      .map((b) => b.ordinal!);
    if (!counted.length) continue;
    for (const g of own) if (g.ordinal !== undefined) g.ordinal -= counted.filter((n) => n <= g.ordinal!).length;
  }

  const clusters: Cluster[] = [];
  const add = (c: Cluster, g: Group) => {
    c.groups.push(g);
    g.times.forEach((t) => c.times.add(t));
    c.periods.push(...g.periods);
    // (a report that only looks ahead to the round, "the next round will be announced by Oman", bounds nothing)
    const ahead = g.cues.length > 0 && g.cues.every(({ cue }) => cue.status === 'planned' || cue.status === 'announced' || cue.relative === 'next');
    if (g.published !== undefined && !g.times.length && !ahead) c.bounds.add(g.published);
    g.parties.forEach((x) => c.parties.add(x));
    g.persons.forEach((x) => c.persons.add(x));
    g.others.forEach((x) => c.others.add(x));
    g.memberSides.forEach((x) => c.memberSides.add(x));
  };
  const open = (g: Group): Cluster => {
    const c: Cluster = { groups: [], ...(g.ordinal !== undefined ? { ordinal: g.ordinal } : {}), times: new Set(), periods: [], bounds: new Set(), parties: new Set(), persons: new Set(), others: new Set(), memberSides: new Set() };
    add(c, g);
    clusters.push(c);
    return c;
  };
  /** Whether a document tells a session of one apart from a session of the other: it reports (or foresees) one and
   * foresees the other ("agreed to convene an informal meeting tomorrow", in the report of today's). */
  const toldApart = (a: { groups: Group[] }, b: { groups: Group[] }) => a.groups.some((x) => b.groups.some((y) => x.doc === y.doc && x.key !== y.key && (x.foreseen || y.foreseen)));
  const venuesOf = (c: Cluster) => new Set(c.groups.flatMap((g) => [...g.venues]));
  /** The countries a group's or a cluster's reports name, as a check of sides reads them: none where the only ones are
   * those its venues lie in, named as no side (a co-chairs' communiqué datelined "GENEVA" names no side by naming
   * Switzerland). */
  const sideNamedBy = (x: Named): Set<string> => {
    const all = namedBy(x);
    if (!all.size || !knowledge) return all;
    const venues = 'groups' in x ? venuesOf(x as Cluster) : (x as Group).venues;
    const hosts = new Set<string>();
    for (const v of venues) {
      const e = knowledge.byId.get(v);
      const id = e?.kind === 'country' ? e.id : e?.country ? countryId(e.country) : undefined;
      if (id) hosts.add(id);
    }
    // (not a host whose own negotiator or side the report names: "Peruvian Trade Minister NAME held talks in Lima")
    const sided = x as Named & { memberSides: Set<string> };
    return [...all].every((c) => hosts.has(c) && !x.parties.has(c) && !sided.memberSides.has(c)) ? new Set() : all;
  };
  /** Days a group shares with a cluster, a day apart at most (a day apart counts half). */
  const overlap = (g: Group, c: Cluster) => g.times.reduce((n, t) => n + (c.times.has(t) ? 1 : c.times.has(t - DAY) || c.times.has(t + DAY) ? 0.5 : 0), 0);
  /** Whether a day lies in one of the weeks or months a session is said to have met in, or days from it ("last week"
   * in a report of a Sunday may mean the week that ends that day). */
  const inPeriods = (periods: Array<[number, number]>, t: number) => periods.some(([a, b]) => t >= a - PERIOD_SLACK_DAYS * DAY && t <= b + PERIOD_SLACK_DAYS * DAY);
  /** Whether days (of a group or a cluster) contradict the weeks or months a cluster's reports say it met in. */
  const outsidePeriods = (times: Iterable<number>, c: Cluster) => c.periods.length > 0 && [...times].every((t) => !inPeriods(c.periods, t));

  /** Whether a group's days and a cluster's lie within half a year of each other (or either has none): the days of one
   * round do; a round numbered the same years apart is another series' (two negotiations in one folder). */
  // (where neither gives a day, by their reports' publication: "a third round" planned in a report of 2021 and one
  // called off in a report of 2025 are years apart)
  const notApart = (g: Group, c: Cluster) => {
    if (g.times.length && c.times.size) return g.times.some((t) => [...c.times].some((u) => Math.abs(t - u) <= APART_DAYS * DAY));
    if (g.times.length || c.times.size || g.published === undefined) return true;
    const us = c.groups.flatMap((o) => (o.published !== undefined ? [o.published] : []));
    return !us.length || us.some((u) => Math.abs(g.published! - u) <= APART_DAYS * DAY);
  };
  /** Whether a group may join a cluster of the round it numbers the same: evidence of one series, or, where one of them
   * names no parties, its text naming every country the other's parties are (two at least): a preview of "the 16th
   * round" that names its sides only as "the Indian side" and "the Chinese side". */
  const sameNumbered = (g: Group, c: Cluster) => {
    // (not where one names two sides or more and the other names sides, none of them among those: "the third round" of
    // US–Russia consultations is no round of talks on Venezuela)
    if ((g.parties.size >= 2 || c.parties.size >= 2) && g.parties.size && c.parties.size && !intersects(g.parties, c.parties)) return false;
    // (not where the one that names no parties names two countries or more in its text and none of the other's sides:
    // a report on "the 4th round" in the Netherlands between the Philippines' government and rebels is no round of talks
    // between the UK and the EU)
    if (!g.parties.size !== !c.parties.size) {
      const [bare, named] = g.parties.size ? [c, g] : [g, c];
      const sides = [...named.parties].filter((x) => knowledge?.byId.get(x)?.kind === 'country');
      const said = namedBy(bare);
      if (sides.length && said.size >= 2 && !sides.some((x) => said.has(x))) return false;
    }
    // (nor, where neither names parties, two reports whose texts name countries and none in common, three at least in
    // all: "the fourth round" of Brexit talks, naming Britain, and of Philippine talks, naming the Philippines and the
    // Netherlands)
    if (!g.parties.size && !c.parties.size) {
      const a = namedBy(g);
      const b = namedBy(c);
      if (a.size && b.size && a.size + b.size >= 3 && ![...a].some((x) => b.has(x))) return false;
    }
    const placesOf = (x: Group | Cluster) => ('groups' in x ? venuesOf(x) : x.venues);
    // (nor, where one names no side and no negotiator's country, one that names two sides, none of whose sides, people
    // or venue it names: "the fourth round of the Constitutional Committee" is no round of talks between Israel and
    // Lebanon, however little it names)
    if (!g.parties.size !== !c.parties.size) {
      const [bare, named] = g.parties.size ? [c, g] : [g, c];
      const said = namedBy(bare);
      if (named.parties.size >= 2 && !bare.memberSides.size && ![...named.parties].some((x) => said.has(x)) && !intersects(bare.persons, named.persons) && !intersects(placesOf(bare), placesOf(named))) return false;
    }
    // (nor, where one of them does not name both sides, one at another city that names none of the other's people: "the
    // second round" of military talks in Nairobi, naming one side, is no second round of another pair of sides in Ankara)
    if ((g.parties.size < 2 || c.parties.size < 2) && g.venues.size && venuesOf(c).size && !intersects(g.venues, venuesOf(c)) && !intersects(g.persons, c.persons)) return false;
    if (sameSeries(g, c)) return true;
    // (one that names no side, or one of the other's: "the Chilean side was led by …" beside "talks between Chile and
    // Peru", where its text names every country the other's sides are)
    const [bare, named] = g.parties.size < c.parties.size ? [g, c] : [c, g];
    if (bare.parties.size >= named.parties.size || ![...bare.parties].every((x) => named.parties.has(x))) return false;
    const sides = [...named.parties].filter((x) => knowledge?.byId.get(x)?.kind === 'country');
    const said = namedBy(bare);
    return sides.length >= 2 && sides.every((x) => said.has(x));
  };
  // (a round a report only looks ahead to, unnumbered, "another round of talks had been scheduled for next week", with
  // no day, no place and no held day of its own: what comes next, not a round of its own, unless another report gives
  // it one; a week or a month it is planned for is a plan, not a day)
  const onlyAhead = (g: Group) => g.cues.length > 0 && g.cues.every(({ cue }) => cue.ordinal === undefined && cue.relative === 'next') && !g.held.size && !g.plannedDay && !g.vague.length && !g.venues.size && !g.announcedFor.length;
  // A report that counts a track of its own ("the second round of consultations" on the embassies, in a series whose
  // second round met elsewhere): a round it numbers met on days and at a venue that another report's round of another
  // number shares, while the rounds of that number that other reports give met elsewhere and on other days. Its
  // numbers are not the series': its sessions are placed by their days and venues, as unnumbered ones.
  // (the held days of the numbered groups that give a venue, read once; the days and venues asked first, the series
  // only of the groups they leave)
  const heldAt = new Map<Group, number[]>();
  for (const g of groups) if (g.ordinal !== undefined && g.held.size && g.venues.size) heldAt.set(g, [...g.held].map((d) => Date.parse(d)));
  const near = (a: number[], b: number[]) => a.some((t) => b.some((u) => Math.abs(t - u) <= DAY));
  const ownCount = new Set<string>();
  for (const [g, days] of heldAt) {
    if (ownCount.has(g.doc)) continue;
    // (another report's group of the same number at another venue on other days; or of another number at the same venue
    // on the same days)
    const other = (o: Group, sameNumber: boolean) => o.doc !== g.doc && (o.ordinal === g.ordinal) === sameNumber && (intersects(o.venues, g.venues) > 0) !== sameNumber && near(heldAt.get(o)!, days) !== sameNumber && sameSeries(g, o);
    if ([...heldAt.keys()].some((o) => other(o, true)) && [...heldAt.keys()].some((o) => other(o, false))) ownCount.add(g.doc);
  }
  for (const g of groups) if (ownCount.has(g.doc) && g.ordinal !== undefined) delete g.ordinal;
  // 1. Stated ordinals.
  for (const g of groups.filter((x) => x.ordinal !== undefined)) {
    const c = clusters.find((x) => x.ordinal === g.ordinal && sameNumbered(g, x) && notApart(g, x) && !sidesContradict(g, x, knowledge, sideNamedBy));
    if (c) add(c, g);
    // (a round a report only recalls, with nothing said of it, no day, no place, no side, is background, not a round it
    // reports: "after the 60th round of talks in March 2016, Athens suspended the meetings")
    // (nor is a round a report only looks ahead to, "the upcoming round", unnumbered, with no day and no place: what comes
    // next, not a round of its own, unless another report gives it one)
    // (nor one a report only points back to, unnumbered, with nothing said of it: "buffer zones set up as part of earlier
    // talks")
    // (nor one no cue of its report numbers, only the round before one it announces, "The 62nd round is scheduled for
    // November 5-6" in a report of a press briefing: that round's facts, where a report of it is found, not a round)
    else if (!g.nextOnly && g.cues.length > 0 && (g.substantive || g.cues.some(({ cue }) => !cue.recalled && !cue.datedBy && !(cue.relative === 'previous' && cue.ordinal === undefined))) && !onlyAhead(g)) open(g);
  }
  // What a round announced joins it only where the round is reported too.
  for (const g of groups.filter((x) => x.ordinal !== undefined && (x.nextOnly || onlyAhead(x)))) {
    if (clusters.some((c) => c.groups.includes(g))) continue;
    const c = clusters.find((x) => x.ordinal === g.ordinal && sameNumbered(g, x) && notApart(g, x) && !sidesContradict(g, x, knowledge, sideNamedBy));
    if (c) add(c, g);
  }
  // 2. Unnumbered groups with days: the round they share days with.
  //    Reports that say where and between whom go first: a report that says neither then joins the round it shares most
  //    days with, not the first one near its days (two negotiations that met the same week).
  const told = (g: Group) => (g.venues.size || g.parties.size ? 1 : 0);
  for (const g of groups.filter((x) => x.ordinal === undefined && x.times.length && !x.recalled).sort((a, b) => told(b) - told(a))) {
    let best: Cluster | undefined;
    let bestOverlap = 0;
    for (const c of clusters) {
      const n = overlap(g, c);
      // (the same day and a name in common, with nothing that contradicts, say one round even where both name much)
      if (n > bestOverlap && (sameSeries(g, c) || affinity(g, c) > 0) && !sidesContradict(g, c, knowledge, sideNamedBy) && !outsidePeriods(g.times, c) && !toldApart({ groups: [g] }, c)) {
        best = c;
        bestOverlap = n;
      }
    }
    if (best) add(best, g);
    else if (g.substantive || g.cues.length) open(g);
  }
  // 3. Unnumbered groups without days: the round of their series that met in the weeks before the article.
  for (const g of groups.filter((x) => x.ordinal === undefined && !x.times.length && !x.recalled)) {
    // A report that says in which week or month the session met ("earlier this month") joins a round of those days,
    // or one said to have met then too, or is a round of its own.
    if (g.periods.length) {
      // (of the rounds of those days that nothing contradicts: one of its series; else the only one, where the report
      // names no sides of its own; else the only one it shares a name with)
      const within = clusters.filter((c) => affinity(g, c) >= 0 && ([...c.times].some((t) => inPeriods(g.periods, t)) || c.periods.some(([a, b]) => g.periods.some(([x, y]) => a <= y && x <= b))));
      const series = within.filter((c) => sameSeries(g, c)).sort((a, b) => affinity(g, b) - affinity(g, a));
      const sharing = within.filter((c) => affinity(g, c) > 0);
      const best = series[0] ?? (within.length === 1 && g.parties.size < 2 && !disjointSides(g, within[0]!) ? within[0] : sharing.length === 1 ? sharing[0] : undefined);
      if (best) add(best, g);
      else if (g.substantive) open(g);
      continue;
    }
    const fits = clusters.filter((c) => sameSeries(g, c));
    let pick: Cluster | undefined;
    if (g.anchor !== undefined) {
      // The latest day each round met on or before the article (a round still going on when it appeared counts).
      const recent = (c: Cluster) => Math.max(-Infinity, ...[...c.times].filter((t) => t <= g.anchor! + DAY));
      let bestEnd = -Infinity;
      for (const c of fits) {
        const end = recent(c);
        if (end >= g.anchor - RECENT_DAYS * DAY && end > bestEnd) {
          pick = c;
          bestEnd = end;
        }
      }
      // A report that shares no name with any round but contradicts none: the only round that met in those weeks.
      if (!pick) {
        const inWindow = clusters.filter((c) => recent(c) >= g.anchor! - RECENT_DAYS * DAY && affinity(g, c) >= 0);
        // (Of several, in a folder of several negotiations, the only one it shares anything with.)
        const sharing = inWindow.filter((c) => affinity(g, c) > 0);
        // (not where it shares names with rounds of other weeks and no more than a body or a place with that one: in a
        // folder of several negotiations, the one other talks that met those weeks)
        const elsewhere = clusters.filter((c) => !inWindow.includes(c) && affinity(g, c) > 0);
        if (inWindow.length === 1) pick = inWindow[0];
        else if (sharing.length === 1) pick = sharing[0];
        if (pick && elsewhere.length && affinity(g, pick) < 1) pick = undefined;
        // (nor where it shares more with a round of other sides than the one it would join: its people are at the other
        // talks, and the one that met those weeks in the same city under the same body is no round of theirs)
        const other = pick && elsewhere.some((c) => affinity(g, c) > affinity(g, pick!) && (disjointSides(c, pick!) || partiesConflict(c.parties, pick!.parties)));
        if (other) pick = undefined;
      }
    }
    // Else the round whose first day follows the article within days: talks under way when it appeared ("talks
    // have resumed"), whose later reports give their days.
    if (!pick && g.anchor !== undefined) {
      let bestStart = Infinity;
      for (const c of fits) {
        const start = Math.min(...c.times);
        if (start > g.anchor && start <= g.anchor + NEAR_DAYS * DAY && start < bestStart) {
          pick = c;
          bestStart = start;
        }
      }
    }
    // A report that tells no session of its own, no day, weekday, place or meeting to come, only what the parties did
    // or agreed ("the parties agreed to scale down the delegations"), tells of the talks still going on: the latest
    // round that opened before it, within a season (facts of an ongoing round outlast its first days).
    if (!pick && g.anchor !== undefined && !g.venues.size && !g.weekdaysOnly.length && !g.vague.length && !g.planned.size && !g.nextDays.length && !g.announcedFor.length) {
      // (of those it shares a side with that the knowledge base does not hold, a movement or a government named in the
      // texts rather than a country or a body such as the EU that stands in many negotiations, and whose sides it does not
      // contradict, the ones it shares most with)
      const sidesOf = (c: Cluster) => c.groups.flatMap((x) => [...x.parties]);
      const opened = (c: Cluster) => Math.min(...c.times);
      const before = clusters.filter((c) => c.times.size && opened(c) <= g.anchor! && opened(c) >= g.anchor! - ONGOING_DAYS * DAY && sidesOf(c).some((x) => !knowledge?.byId.has(x) && (g.parties.has(x) || g.others.has(x))) && !disjointSides(g, c) && !sidesContradict(g, c, knowledge, sideNamedBy));
      const most = Math.max(...before.map((c) => affinity(g, c)));
      const best = before.filter((c) => affinity(g, c) === most);
      if (best.length) pick = best.reduce((a, b) => (opened(b) > opened(a) ? b : a));
    }
    if (!pick && fits.length === 1 && !fits[0]!.times.size) pick = fits[0];
    if (!pick && fits.length === 1 && g.anchor === undefined) pick = fits[0];
    // An undated report with no publication day: the round it shares most with (the same venue, people, sides),
    // where one stands out.
    // An undated report that announces what comes next ("further talks in the week of 17 July") reports a round
    // that met before those days: the only round of its series that did.
    if (!pick && g.anchor === undefined && fits.length > 1 && g.nextDays.length) {
      const known = fits.flatMap((c) => [...c.times, ...c.bounds]);
      const years = [...new Set(known.map((t) => new Date(t).getUTCFullYear()))];
      const notAfter = Math.min(
        ...g.nextDays.map((d) => {
          if (!d.startsWith('XXXX')) return Date.parse(d);
          // A day without a year: the year of the series' days that puts it nearest them.
          const cands = years.map((y) => Date.parse(`${y}${d.slice(4)}`));
          return cands.sort((a, b) => Math.min(...known.map((k) => Math.abs(k - a))) - Math.min(...known.map((k) => Math.abs(k - b))))[0] ?? Infinity;
        }),
      );
      // (A round no article dates counts by the publication of its first report.)
      const before = fits.filter((c) => (c.times.size || c.bounds.size) && Math.max(...c.times, ...c.bounds) < notAfter);
      if (before.length === 1) pick = before[0];
    }
    if (!pick && g.anchor === undefined && fits.length > 1) {
      // (for a report of a session that met, the city of a round is where its reports say it met: a city only announced
      // for it, "the fourth round will be held in Oslo", says nothing against a report of it met elsewhere)
      const told = g.cues.some((c) => c.cue.status === 'held');
      const venues = (c: Cluster) => {
        const met = told ? c.groups.filter((x) => x.cues.some((q) => q.cue.status === 'held')) : [];
        return new Set((met.length ? met : c.groups).flatMap((x) => [...x.venues]));
      };
      // (a round the report's city rules out is none of its candidates where another one is left: the people of a
      // series sit at each of its rounds, but a round meets in one city)
      // (and, for a report of a session that met, a round no report says met is none of them where one is left: a report
      // that dates it but says a side never showed up does not say it met; an undated report that tells a session met,
      // "reached an agreement on Thursday in Arica" with no publication day, does, though it gives no day)
      const open0 = fits.filter((c) => venueFit(g.venues, venues(c)) >= 0);
      const met = g.cues.some((c) => c.cue.status === 'held') ? open0.filter((c) => c.groups.some((x) => (x.held.size || (!x.times.length && x.cues.some((q) => q.cue.status === 'held'))) && !x.cues.some((q) => q.cue.status === 'cancelled'))) : [];
      const open = met.length ? met : open0;
      // (the only one left, of a series the report already shares enough with: that one)
      if (open.length === 1 && fits.length > 1) pick = open[0];
      const scored = (open.length ? open : fits).map((c) => ({ c, score: affinity(g, c) + venueFit(g.venues, venues(c)) })).sort((a, b) => b.score - a.score);
      if (!pick && scored[0]!.score >= 3 && (scored.length === 1 || scored[0]!.score > scored[1]!.score)) pick = scored[0]!.c;
      // (of rounds it shares as much with, the one whose people it names where no other candidate names them: the
      // delegation heads of a series change over the years, its mediator stays; "the Thai delegation is led by NAME", of
      // the one round that NAME led, beside the mediator of them all)
      if (!pick && scored.length > 1 && scored[0]!.score >= 3 && scored[0]!.score === scored[1]!.score) {
        const tied = scored.filter((x) => x.score === scored[0]!.score);
        const own = tied.map(({ c }) => [...g.persons].filter((p) => c.persons.has(p) && !scored.some((o) => o.c !== c && o.c.persons.has(p))).length);
        const most = Math.max(...own);
        if (most > 0 && own.filter((n) => n === most).length === 1) pick = tied[own.indexOf(most)]!.c;
      }
      // (a report that shares as much with two rounds of its series reports one of them, which it cannot tell: no
      // round of its own)
      if (!pick && scored.length > 1 && scored[0]!.score >= 3 && scored[0]!.score === scored[1]!.score) continue;
    }
    if (pick) add(pick, g);
    else if (g.substantive) open(g);
  }

  /** The days of the sessions each document foresees. */
  const foreseenDays = new Map<string, string[]>();
  for (const g of groups) if (g.foreseen) foreseenDays.set(g.doc, [...(foreseenDays.get(g.doc) ?? []), ...g.planned]);
  /** Whether a report of `x` plans a session, after the days it met, on a day `y` met (or later, within near days): its
   * own planned days, or those of the sessions its document foresees. */
  const plansOther = (x: Cluster, y: Cluster): boolean =>
    x.groups.some((g) => {
      // (a week planned counts from its first day: "the talks are expected to resume next week")
      const planned = g.foreseen ? [] : [...[...g.planned, ...(foreseenDays.get(g.doc) ?? [])].map((d) => Date.parse(d)), ...g.plannedWeeks];
      if (!g.held.size || !planned.length) return false;
      const lastHeld = Math.max(...[...g.held].map((d) => Date.parse(d)));
      const ahead = planned.filter((t) => t > lastHeld);
      return ahead.length > 0 && [...y.times].every((t) => t > lastHeld) && [...y.times].some((t) => ahead.some((p) => t >= p && t - p <= NEAR_DAYS * DAY));
    });
  // 4. One session over near days: rounds of one series at the same venue whose days lie a week apart at most, and
  //    that no article numbers differently, are one round (talks that resumed after a pause of a few days). The
  //    nearest two merge first (of a session planned for the 4th and one planned for the 29th, a session met on the 7th
  //    is the first).
  for (;;) {
    let best: { i: number; j: number; gap: number } | undefined;
    for (let i = 0; i < clusters.length; i++)
      for (let j = i + 1; j < clusters.length; j++) {
        const a = clusters[i]!;
        const b = clusters[j]!;
        if (!a.times.size || !b.times.size || (a.ordinal !== undefined && b.ordinal !== undefined && a.ordinal !== b.ordinal)) continue;
        // (the days nearest each other: a round whose days lie years apart, one of them misdated, is near no round that
        // met between them)
        let gap = Infinity;
        for (const t of a.times) for (const u of b.times) gap = Math.min(gap, Math.abs(t - u));
        if (gap > NEAR_DAYS * DAY || (best && gap >= best.gap)) continue;
        const va = new Set(a.groups.flatMap((g) => [...g.venues]));
        const vb = new Set(b.groups.flatMap((g) => [...g.venues]));
        // The same venue, or (one of them giving none) strong evidence of one series.
        const venue = va.size && vb.size ? intersects(va, vb) > 0 : affinity(a, b, 1) >= 2;
        if (!venue || affinity(a, b) < 0 || toldApart(a, b)) continue;
        // (not where a report of one plans, after its own days, a session on days the other met: "the prime ministers
        // will sign the accord on October 26", in the report of a meeting on October 23)
        if (plansOther(a, b) || plansOther(b, a)) continue;
        best = { i, j, gap };
      }
    if (!best) break;
    const a = clusters[best.i]!;
    const b = clusters[best.j]!;
    for (const g of b.groups) add(a, g);
    if (a.ordinal === undefined && b.ordinal !== undefined) a.ordinal = b.ordinal;
    clusters.splice(best.j, 1);
  }

  // 4b. A round numbered only where it is announced ("Mexico will hold the next round of talks starting in January"),
  //     with no day it met, is the one unnumbered session of its series that met after it was planned for and before
  //     the next numbered round: the press reported it held without its number ("talks resumed in Mexico City").
  for (const a of [...clusters]) {
    const months = a.groups.flatMap((g) => g.announcedFor);
    if (a.ordinal === undefined || a.groups.some((g) => g.held.size) || (!a.times.size && !months.length)) continue;
    // The days it was planned for, or the months ("starting in January").
    const plan = [...a.times, ...months.flatMap((m) => (m.length === 10 ? [Date.parse(m)] : [Date.parse(`${m}-01`), Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)), 0)]))];
    const plannedFrom = Math.min(...plan);
    const plannedTo = Math.max(...plan);
    const numbered = (n: number) => clusters.filter((c) => c.ordinal === n && sameSeries(a, c) && c.times.size);
    const before = Math.max(-Infinity, ...numbered(a.ordinal - 1).flatMap((c) => [...c.times]));
    const after = Math.min(Infinity, ...numbered(a.ordinal + 1).flatMap((c) => [...c.times]));
    const held = clusters.filter(
      (c) =>
        c !== a &&
        c.ordinal === undefined &&
        c.groups.some((g) => g.held.size) &&
        sameSeries(a, c) &&
        // (and sharing a side or a person, not only bodies and places: the next round of one negotiation, planned for
        // March, is no meeting of another that met that month in the same city under the same organisation)
        affinity(a, c, 0) > 0 &&
        Math.min(...c.times) > before &&
        Math.max(...c.times) < after &&
        Math.min(...c.times) >= plannedFrom - NEAR_DAYS * DAY &&
        Math.min(...c.times) <= plannedTo + RECENT_DAYS * 2 * DAY,
    );
    if (held.length !== 1) continue;
    const u = held[0]!;
    for (const g of u.groups) add(a, g);
    clusters.splice(clusters.indexOf(u), 1);
  }

  // 4c. A session only ever announced, numbered by no article ("the talks will resume on Monday, 18 November"), that no
  //     report says met then, is the one session of its series that met on that day or in the six weeks after, before
  //     any other of the series: the press told it held on the day it met at last ("relaunched on December 4").
  /** Whether a report says its session met: on a day, a weekday or a day without its year. */
  const toldHeld = (g: Group) => g.held.size > 0 || g.weekdaysOnly.some((w) => w.kind === 'held') || g.vague.some((v) => v.kind === 'held');
  /** Whether a report's session is one of its own, apart from another of the same report: one it foresees, or told held. */
  const ownSession = (g: Group) => g.foreseen || toldHeld(g);
  for (const a of [...clusters]) {
    if (a.ordinal !== undefined || !a.times.size || a.groups.some(toldHeld)) continue;
    const plannedFrom = Math.min(...a.times);
    const plannedTo = Math.max(...a.times);
    const series = clusters.filter((c) => c !== a && c.times.size && sameSeries(a, c));
    const held = series.filter((c) => c.groups.some((g) => g.held.size) && Math.min(...c.times) >= plannedFrom && Math.min(...c.times) <= plannedTo + RECENT_DAYS * 2 * DAY);
    if (held.length !== 1) continue;
    const u = held[0]!;
    // (not where another session of the series met between, or a report tells the two apart: two sessions it foresees, or
    // one it foresees and its own, told held; another one only announced for those weeks is no such session: it comes
    // to the same one)
    const apart = a.groups.some((x) => u.groups.some((y) => x.doc === y.doc && x.key !== y.key && (x.foreseen || y.foreseen) && ownSession(x) && ownSession(y)));
    if (apart || series.some((c) => c !== u && c.groups.some(toldHeld) && Math.max(...c.times) >= plannedFrom && Math.min(...c.times) < Math.min(...u.times))) continue;
    for (const g of a.groups) add(u, g);
    clusters.splice(clusters.indexOf(a), 1);
  }

  // 4d. A round an article numbers but gives no day, week or month of ("The second round … kicked off at Ciragan Palace",
  //     under a dateline of June 2): the round of its series that met last in the weeks before the article, numbered
  //     the same or by no article.
  for (const c of [...clusters]) {
    if (c.ordinal === undefined || c.times.size || c.periods.length) continue;
    const at = Math.max(-Infinity, ...c.groups.map((g) => g.anchor ?? -Infinity));
    if (!Number.isFinite(at)) continue;
    const recent = (o: Cluster) => Math.max(-Infinity, ...[...o.times].filter((t) => t <= at + DAY));
    const fits = clusters.filter((o) => o !== c && (o.ordinal === undefined || o.ordinal === c.ordinal) && recent(o) >= at - RECENT_DAYS * DAY && c.groups.every((g) => sameSeries(g, o) && !sidesContradict(g, o, knowledge, sideNamedBy)));
    if (!fits.length) continue;
    const pick = fits.reduce((a, b) => (recent(b) > recent(a) ? b : a));
    // (not where a round of the series met between it and the article: the article's round is the latest)
    if (clusters.some((o) => o !== c && o !== pick && recent(o) > recent(pick) && c.groups.every((g) => sameSeries(g, o)))) continue;
    for (const g of c.groups) add(pick, g);
    pick.ordinal = c.ordinal;
    clusters.splice(clusters.indexOf(c), 1);
  }

  // 5. A session a report only recalls ("the agreement signed on November 2 in Pretoria") joins the round of its
  //    series that met then and there: within near days of the round's (its days touch them where it names no
  //    city), at the round's city where both name one; the nearest such round. It never starts a round, unless the
  //    report counts it among the series' sessions ("Four rounds of talks followed, on January 4, February 9, May 3 and
  //    July 1"): then one no round met on is a round of its own.
  for (const g of groups.filter((x) => x.recalled && x.times.length)) {
    let pick: Cluster | undefined;
    let bestGap = Infinity;
    for (const c of clusters) {
      if (!c.times.size || !sameSeries(g, c)) continue;
      const venues = new Set(c.groups.flatMap((x) => [...x.venues]));
      if (g.venues.size && venues.size && !intersects(g.venues, venues)) continue;
      const gap = Math.min(...g.times.flatMap((t) => [...c.times].map((u) => Math.abs(t - u))));
      if (gap > (g.venues.size && venues.size ? NEAR_DAYS : 1) * DAY || gap >= bestGap) continue;
      pick = c;
      bestGap = gap;
    }
    // (else the one round of its series at its city that no report dates: "the peace agreement signed on November 2 in
    // Pretoria" dates the round an undated report places in Pretoria)
    if (!pick && g.venues.size) {
      const undated = clusters.filter((c) => !c.times.size && !c.periods.length && sameSeries(g, c) && intersects(g.venues, venuesOf(c)) > 0);
      if (undated.length === 1) pick = undated[0];
    }
    if (pick) add(pick, g);
    else if (g.counted) open(g);
  }

  // Series: rounds joined by evidence they belong together (shared sides, people, bodies), transitively; a round
  // with no such evidence joins the series it shares most with, or stands alone.
  const parent = clusters.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  // Two series join only if no round of one contradicts a round of the other (their sides differ): a round that
  // names people of both (the same president in two negotiations) does not bridge them. Nor where a round of one is
  // between two of the three or more sides of a round of the other, with one person at most in common: two
  // negotiations, one of them between two of the other's sides (a lone such round still joins: `joinLoneRounds`).
  const conflicts = (x: number, y: number) => {
    const rx = root(x);
    const ry = root(y);
    for (let a = 0; a < clusters.length; a++)
      if (root(a) === rx) for (let b = 0; b < clusters.length; b++) if (root(b) === ry && (affinity(clusters[a]!, clusters[b]!) < 0 || pairOfMoreSides(clusters[a]!, clusters[b]!))) return true;
    return false;
  };
  /** Whether every day of one lies more than half a year from every day of the other (its days, else the publication
   * days of its undated reports; both give some). */
  const farApart = (x: Cluster, y: Cluster) => {
    const [a, b] = [x.times.size ? x.times : x.bounds, y.times.size ? y.times : y.bounds];
    return a.size > 0 && b.size > 0 && [...a].every((t) => [...b].every((u) => Math.abs(t - u) > APART_DAYS * DAY));
  };
  /** What says two rounds are of one series: their affinity, but nothing where they share no one, only sides or places,
   * and met more than half a year apart (two negotiations between the same countries, years apart: "Greece and Turkey"
   * at their exploratory talks and as guarantors at talks on Cyprus). */
  const seriesAffinity = (x: Cluster, y: Cluster) => {
    const a = affinity(x, y);
    return a > 0 && !intersects(x.persons, y.persons) && farApart(x, y) ? 0 : a;
  };
  const links: Array<[number, number, number]> = [];
  for (let i = 0; i < clusters.length; i++)
    for (let j = i + 1; j < clusters.length; j++) {
      const a = seriesAffinity(clusters[i]!, clusters[j]!);
      if (a >= 2) links.push([a, i, j]);
    }
  // Strongest evidence first, so that a weak bridge cannot join two series before their own rounds do.
  links.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  for (const [, i, j] of links) if (root(i) !== root(j) && !conflicts(i, j)) parent[root(j)] = root(i);
  const members = new Map<number, Cluster[]>();
  clusters.forEach((c, i) => pushTo(members, root(i), c));
  const final = joinLoneRounds([...members.values()], seriesAffinity);
  const firstTime = (c: Cluster) => (c.times.size ? Math.min(...c.times) : c.periods.length ? Math.min(...c.periods.map(([a]) => a)) : c.bounds.size ? Math.min(...c.bounds) : Infinity);
  // Series in order of their first day, then of their first document.
  const firstDoc = (s: Cluster[]) => s.flatMap((c) => c.groups.map((g) => g.doc)).sort()[0]!;
  final.sort((a, b) => Math.min(...a.map(firstTime)) - Math.min(...b.map(firstTime)) || (firstDoc(a) < firstDoc(b) ? -1 : 1));

  const rounds: Round[] = [];
  for (const [si, s] of final.entries()) {
    // A round an article numbers but no article dates ("the second round, in Nairobi") and a dated session no article
    // numbers are one round where the session's place among the series' dated rounds fits the number and its venue
    // agrees (the only such session, or the only one at the numbered round's venue).
    for (const undated of s.filter((c) => c.ordinal !== undefined && !c.times.size)) {
      const n = undated.ordinal!;
      if (s.some((c) => c !== undated && c.ordinal === n)) continue;
      const dated = s.filter((c) => c.times.size).sort((a, b) => firstTime(a) - firstTime(b));
      // (not a session on days outside the week or month the numbered round's reports say it met in)
      const fits = dated.filter((c, i) => c.ordinal === undefined && i + 1 <= n && dated.every((o, j) => o.ordinal === undefined || (j < i ? o.ordinal < n : o.ordinal > n)) && !outsidePeriods(c.times, undated));
      const v = venuesOf(undated);
      const agree = fits.filter((c) => !v.size || !venuesOf(c).size || intersects(v, venuesOf(c)) > 0);
      const atVenue = v.size ? agree.filter((c) => intersects(v, venuesOf(c)) > 0) : [];
      const pick = atVenue.length === 1 ? atVenue[0] : agree.length === 1 ? agree[0] : undefined;
      if (!pick || affinity(pick, undated) < 0 || toldApart(pick, undated)) continue;
      for (const g of undated.groups) add(pick, g);
      pick.ordinal = n;
      s.splice(s.indexOf(undated), 1);
    }
    // A session no article numbers or dates, reported by undated articles alone, is not a round of its own: its
    // reports join the round of the series they share most with (sides, people, bodies, the venue, or the round's
    // city named anywhere in them).
    for (const vague of s.filter((c) => c.ordinal === undefined && !c.times.size && !c.bounds.size)) {
      if (s.length < 2) break;
      const scored = s.filter((c) => c !== vague).map((c) => ({ c, score: affinity(vague, c) + venueFit(venuesOf(vague), venuesOf(c)) + intersects(vague.others, venuesOf(c)) })).sort((a, b) => b.score - a.score);
      if (scored[0]!.score <= 0 || (scored[1] && scored[1].score === scored[0]!.score)) continue;
      for (const g of vague.groups) add(scored[0]!.c, g);
      s.splice(s.indexOf(vague), 1);
    }
    // Ordinals: stated ones stay; the others follow the stated or inferred one before them, in order of days.
    const byTime = [...s].sort((a, b) => firstTime(a) - firstTime(b) || (a.ordinal ?? 0) - (b.ordinal ?? 0) || (a.groups[0]!.doc < b.groups[0]!.doc ? -1 : 1));
    // Stated ordinals must rise with the days: the longest rising run of dated, numbered rounds keeps its numbers;
    // a number out of step ("the first formal talks" after the second summit) counts from elsewhere and is dropped.
    const numbered = byTime.filter((c) => c.ordinal !== undefined && firstTime(c) !== Infinity);
    const keep = longestRising(numbered.map((c) => c.ordinal!));
    numbered.forEach((c, i) => {
      if (!keep.has(i)) delete c.ordinal;
    });
    // A round numbered N that no report dates, bounds or tells as met (announced, called off), whose reports appeared after N dated
    // rounds of its series or more: its number counts a track of its own ("a third round of consultations" on the
    // embassies, after four rounds of the series), not the series'; its place among the rounds numbers it.
    const renumbered = new Set<Cluster>();
    for (const c of byTime) {
      if (c.ordinal === undefined || firstTime(c) !== Infinity || c.groups.some((g) => g.cues.some(({ cue }) => cue.status === 'held'))) continue;
      const at = Math.min(...c.groups.map((g) => g.published ?? Infinity));
      if (at !== Infinity && byTime.filter((o) => o !== c && (o.times.size || o.periods.length) && firstTime(o) < at).length >= c.ordinal) {
        delete c.ordinal;
        renumbered.add(c);
      }
    }
    const ordinals = new Map<Cluster, { n?: number; inferred: boolean }>();
    const stated = new Set(byTime.map((c) => c.ordinal).filter((n): n is number => n !== undefined));
    let last = 0;
    byTime.forEach((c, i) => {
      if (c.ordinal !== undefined) {
        ordinals.set(c, { n: c.ordinal, inferred: false });
        last = Math.max(last, c.ordinal);
        return;
      }
      const nextStated = byTime.slice(i + 1).find((x) => x.ordinal !== undefined)?.ordinal ?? Infinity;
      const n = last + 1;
      if (n < nextStated && !stated.has(n) && (c.times.size || c.bounds.size || renumbered.has(c))) {
        ordinals.set(c, { n, inferred: true });
        last = n;
      } else ordinals.set(c, { inferred: true });
    });
    for (const c of byTime) {
      // (and a weekday of an unnumbered report, placed so once the report has joined its round)
      for (const g of c.groups) if (g.ordinal === undefined && g.weekdaysOnly.length) placeWeekdays(g, c.groups.filter((o) => o.doc !== g.doc).flatMap(daysTold));
      const cues = c.groups.flatMap((g) => g.cues);
      let status: RoundStatus = 'announced';
      for (const { cue } of cues) if (cue.status && STATUS_RANK[cue.status] > STATUS_RANK[status]) status = cue.status;
      // (but a round that a report which calls nothing off tells as met, with its days, met: one report grouped with it
      // that tells of another session called off does not undo it)
      if (status === 'cancelled' && c.groups.some((g) => g.held.size > 0 && g.cues.some((q) => q.cue.status === 'held') && !g.cues.some((q) => q.cue.status === 'cancelled'))) status = 'held';
      // Days reported as met, on or before the report's publication, make the round held whatever its cues announce.
      if ((!cues.length || status === 'announced' || status === 'planned') && c.groups.some((g) => [...g.held].some((d) => g.anchor === undefined || Date.parse(d) <= g.anchor!) || g.periods.some(([a]) => g.anchor === undefined || a <= g.anchor))) status = 'held';
      // A round announced with a day it is planned for is planned ("agreed to convene a meeting tomorrow").
      if (status === 'announced' && c.groups.some((g) => g.planned.size)) status = 'planned';
      const { n, inferred } = ordinals.get(c)!;
      const days = [...new Set(c.groups.flatMap((g) => [...(g.held.size ? g.held : g.planned)]))].sort();
      const prefix = final.length > 1 ? `s${si + 1}-` : '';
      const id = n !== undefined ? `${prefix}round-${n}` : `${prefix}round-${days[0] ?? `x${rounds.length + 1}`}`;
      rounds.push({
        id,
        ...(n !== undefined ? { ordinal: n } : {}),
        ordinalInferred: inferred,
        series: si,
        status,
        cues,
        docs: [...new Set(c.groups.map((g) => g.doc))].sort(),
        groups: c.groups.map((g) => ({ doc: g.doc, key: g.key })),
        days,
        ...(!days.length && c.bounds.size ? { bound: new Date(Math.min(...c.bounds)).toISOString().slice(0, 10) } : {}),
        years: new Map(c.groups.filter((g) => g.year !== undefined).map((g) => [g.doc, g.year!])),
        // (a report may tell two of the round's sessions, each group with the days it placed)
        redated: c.groups.reduce((m, g) => (g.redated ? m.set(g.doc, new Map([...(m.get(g.doc) ?? []), ...g.redated])) : m), new Map<string, Map<string, string>>()),
      });
    }
  }
  // Unique ids (two undated rounds of one series).
  const seen = new Map<string, number>();
  for (const r of rounds) {
    const k = (seen.get(r.id) ?? 0) + 1;
    seen.set(r.id, k);
    if (k > 1) r.id = `${r.id}-${k}`;
  }
  return rounds.sort((a, b) => a.series - b.series || (a.ordinal ?? Infinity) - (b.ordinal ?? Infinity) || (a.days[0] ?? '') .localeCompare(b.days[0] ?? ''));
}

// -----------------------------------------------------------------------------------------------------------------
// Within one document: the round each cue speaks of, and the round each sentence reports (the facts steps read them).
// -----------------------------------------------------------------------------------------------------------------

/**
 * Resolves each cue's round within its document: its ordinal, or relative to the document's current
 * round. A document that numbers no round reports one unnumbered session, round 0: its plain event
 * cues and its "this round" speak of it ("the next round" is left to the next steps).
 */
export function resolveRounds(cues: RoundCue[], layout: { paragraphEnd: (sentence: number) => number; heading: (sentence: number) => boolean } = { paragraphEnd: (i) => i, heading: () => false }): { cues: RoundCue[]; current: number } {
  // A round only recalled ("Before the first round was suspended") is not the one the document reports.
  const explicit = cues.filter((c) => c.ordinal !== undefined && !c.recalled);
  let current = Math.max(0, ...explicit.filter((c) => c.status !== 'announced' || explicit.length === 1).map((c) => c.ordinal!));
  // A lead on an unnumbered session after "a previous round" ("A and B will resume talks on Thursday, following a
  // previous round that ended without a truce"), where every round the article numbers met and is told later in the
  // text ("a second round … last week failed"): the article's own session is the round after the last it numbers.
  const lead = Math.min(...cues.map((c) => c.sentence));
  const ahead = cues.filter((c) => c.sentence === lead);
  if (
    current > 0 &&
    ahead.some((c) => c.ordinal === undefined && c.relative === undefined) &&
    ahead.some((c) => c.relative === 'previous') &&
    explicit.every((c) => c.sentence > lead && c.status === 'held')
  ) {
    const last = current;
    current = last + 1;
    return {
      cues: cues.map((c) => (c.ordinal !== undefined ? { ...c, round: c.ordinal } : c.relative === 'previous' ? { ...c, round: last } : c.relative === 'next' ? { ...c, round: current + 1 } : { ...c, round: current })),
      current,
    };
  }
  // A lead paragraph on a session it tells as met and does not number ("a Russian delegation arrived … for a
  // meeting"), in an article whose every numbered round is told after that paragraph as met days before the report
  // ("The first meeting … was held on Feb. 18 in Riyadh"): the article's own session is unnumbered (the rounds stage
  // places it by its day), and the numbered ones are earlier.
  // (the lead: the first sentence with a cue that is no heading)
  const body = Math.min(...cues.filter((c) => !layout.heading(c.sentence)).map((c) => c.sentence));
  const told = cues.filter((c) => c.sentence === body);
  if (current > 0 && told.some((c) => c.status === 'held') && told.every((c) => c.ordinal === undefined && c.relative === undefined) && explicit.every((c) => c.sentence > layout.paragraphEnd(body) && c.earlier))
    return { cues: cues.map((c) => (c.ordinal !== undefined ? { ...c, round: c.ordinal } : !c.relative || c.relative === 'current' || c.relative === 'renewed' ? { ...c, round: 0 } : c)), current: 0 };
  // A lead that tells a numbered round as met ("A second round of talks ended on Tuesday", under a standfirst "will meet
  // next month for a third round"), in an article whose higher numbers are only rounds to come ("We will reconvene on
  // Sept. 17 for a third round"), reports that round: its unnumbered sentences are that round's, not the one announced.
  // (the lead: the first two sentences with cues that are no heading, a standfirst and the first of the body)
  const leads = [...new Set(cues.filter((c) => !layout.heading(c.sentence)).map((c) => c.sentence))].sort((a, b) => a - b).slice(0, 2);
  const ownMet = cues.filter((c) => leads.includes(c.sentence) && c.ordinal !== undefined && c.status === 'held' && !c.recalled).map((c) => c.ordinal!);
  if (ownMet.length) {
    const n = Math.max(...ownMet);
    if (n < current && explicit.every((c) => c.ordinal! <= n || c.status === undefined || c.status === 'planned' || c.status === 'announced')) current = n;
  }
  // A lead on a session it tells as met and does not number, in an article that numbers only a round still to come
  // ("the foreign ministers met in Ankara … will meet again on September 2 for a second round", under a headline
  // "Second round of talks set"): the article's own session is the round before the first it numbers, and that round
  // gets only the announcement.
  const first = Math.min(...explicit.map((c) => c.ordinal!));
  if (
    current > 1 &&
    // (a cue in lower case: a capitalized one is part of a name, "the Geneva Discussions")
    told.some((c) => c.status === 'held' && !c.recalled && /^\p{Ll}/u.test(c.text)) &&
    told.every((c) => c.ordinal === undefined && c.relative === undefined) &&
    explicit.some((c) => c.status === 'planned' || c.status === 'announced') &&
    explicit.every((c) => c.status === undefined || c.status === 'planned' || c.status === 'announced') &&
    first >= 2
  ) {
    const own = first - 1;
    return { cues: cues.map((c) => (c.ordinal !== undefined ? { ...c, round: c.ordinal } : c.relative === 'next' ? { ...c, round: first } : c.relative === 'previous' ? { ...c, round: Math.max(1, own - 1) } : { ...c, round: own })), current: own };
  }
  // "The upcoming meeting" in an article that numbers only rounds still to come is the first of them.
  const held = Math.max(0, ...explicit.filter((c) => c.status !== 'announced' && c.status !== 'planned').map((c) => c.ordinal!));
  const comingNext = Math.min(...explicit.filter((c) => (c.status === 'planned' || c.status === 'announced') && c.ordinal! > held).map((c) => c.ordinal!));
  const out = cues.map((c) => {
    // A first session still to come, in a report that tells a later round as met ("The first meeting to unify the guards
    // will be held on November 16", in a report of the fifth round): another body's session, no round of this series.
    if (c.ordinal === 1 && (c.status === 'planned' || c.status === 'announced') && held >= 2) {
      const { round: _, ...rest } = c;
      return rest;
    }
    let round: number | undefined = c.ordinal;
    // "A new round will be launched on Monday", after "the seventh round ended": the round after the document's own
    // (said to have met; "the new round …, the fifth", with no word of the fifth having met, is the fifth).
    const ahead = c.relative === 'next' || (c.relative === 'renewed' && (c.status === 'planned' || c.status === 'announced') && held === current && explicit.some((e) => e.ordinal === current && e.status === 'held'));
    if (round === undefined && current && ahead && Number.isFinite(comingNext)) round = comingNext;
    else if (round === undefined && current && ahead) round = current + 1;
    else if (round === undefined && current && c.relative) round = c.relative === 'next' ? current + 1 : c.relative === 'previous' ? Math.max(1, current - 1) : current;
    else if (round === undefined && !current && (!c.relative || c.relative === 'current' || c.relative === 'renewed')) round = 0;
    return round === undefined ? c : { ...c, round };
  });
  return { cues: out, current };
}

/** A sentence as the round attribution sees it: its resolved cues, whether it is a heading, whether it starts a line. */
export interface SentenceRounds {
  /** Where the sentence starts in its document (its cues' offsets are the document's). */
  start?: number;
  text: string;
  round: number;
  cues: RoundCue[];
  heading: boolean;
  lineStart: boolean;
}

/**
 * Sets the round each sentence reports: a sentence with a cue, its cue's round (a sentence that only announces a later
 * round, the round before, which decided it); others, their section's round (a section starts at a heading; its round
 * is the first numbered cue in its heading or the paragraph after it, else the document's current round); a sentence
 * that points back to the sentence before (`anaphor`: "those discussions"), that sentence's round; a later round a
 * sentence names only as a bound in time (`bound`: "before the next talks") is not the round it tells of.
 */
export function attributeSentences(sents: SentenceRounds[], current: number, anaphor: RegExp, past?: RegExp, bound?: RegExp): void {
  let section = current;
  for (let i = 0; i < sents.length; i++) {
    const s = sents[i]!;
    // (a later round the sentence only bounds its time by, "expected to be held before the next peace talks", is not the
    // round it tells of: the sentence tells what its section's round decided)
    const bounds = (c: RoundCue) => !!bound && s.start !== undefined && c.relative === 'next' && c.ordinal === undefined && bound.test(s.text.slice(0, c.start - s.start));
    const cues = s.cues.filter((c) => !bounds(c));
    if (s.heading || i === 0) {
      // The section's round: the first cue in its heading(s) or the paragraph after them.
      section = current;
      let j = i;
      while (j < sents.length && (sents[j]!.heading || j === i)) j++;
      const para = [...sents.slice(i, j)];
      for (let k = j; k < sents.length && !sents[k]!.heading; k++) {
        para.push(sents[k]!);
        if (k + 1 < sents.length && sents[k + 1]!.lineStart) break;
      }
      // (not a round the paragraph only recalls: "The first round took place in Caracas last November")
      // (nor one a headline only announces: "A and B end talks in Rome, agree to hold third round next week")
      const numbered = para.flatMap((x) => x.cues).filter((c) => c.ordinal !== undefined && !c.recalled);
      const first = numbered.find((c) => c.status !== 'announced') ?? numbered[0];
      if (first) section = first.round!;
    }
    // A sentence that only announces a later round ("the sides agreed to hold a third round") reports
    // what the announcing round decided: it belongs to the round before.
    // (so does one whose only cues are an unnumbered later round it plans, or names with no status: "The delegation was
    // led by NAME, the official said, noting that another round had been scheduled for next week", "agreed … to schedule
    // the next round within one month")
    const announcing = cues.length > 0 && (cues.every((c) => c.status === 'announced') || cues.every((c) => c.relative === 'next' && c.ordinal === undefined && (c.status === 'planned' || c.status === undefined))) && cues[0]!.round! > 1;
    // (a sentence whose every numbered cue is one it only recalls or compares with, not one it says met — "Similar to
    // the first round, the delegation will be led by NAME" — goes on about its section's round)
    const compared = cues.length > 0 && cues.every((c) => c.recalled && c.status !== 'held');
    s.round = cues.length && !compared ? (announcing ? cues[0]!.round! - 1 : cues.find((c) => c.status === 'held')?.round ?? cues[0]!.round!) : section;
    // "those discussions", "the same meeting": a sentence that points back to the round of the sentence before.
    const prev = sents[i - 1];
    if (!cues.length && prev && !s.lineStart && prev.cues.length && anaphor.test(s.text)) s.round = prev.round;
    // A sentence in the past tense that names no round, in the paragraph of one that told of another round held (or
    // went on about it), goes on about that round: "Six days ago, the first round was concluded in Doha. The Pakistani
    // delegation was led by NAME …" (not "… follows an initial round held in CITY. The UAE continues to serve as host").
    else if (past && !cues.length && prev && !s.lineStart && prev.round !== undefined && prev.round !== section && past.test(s.text) && (!prev.cues.length || prev.cues.some((c) => c.round === prev.round && c.status === 'held'))) s.round = prev.round;
  }
}
