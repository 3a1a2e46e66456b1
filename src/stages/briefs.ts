/**
 * briefs (corpus stage): the brief of each round, assembled from the facts every document
 * gave about it (stage `facts`). Facts that say the same thing merge, keeping the evidence of
 * each document, so that where sources agree a fact has several sources and where they
 * disagree (a round planned for one date and held on another) both stand with their own.
 * Entities are the linked entities of the mentions a fact rests on (a demonym's country comes
 * from the gazetteer).
 */
import type { Brief, DateFact, DocResult, Entity, EntityCue, EntityFact, EntityRef, Evidence, Fact, Member, Mention, NextStep, Outcome, Quote, TextFact, TextSpan } from '../model/schema.js';
import { aliasKey, sharedDemonymCountry, type Knowledge } from '../knowledge/knowledge.js';
import { OffsetMap } from '../io/offsets.js';
import { isoWeek, parseDay } from './calendar.js';
import { dice, STOP } from '../text/similarity.js';
import { lowerBound, startOf } from '../text/sorted.js';
import { groupKey, type Round } from './rounds.js';
import { dayBounds, withYear } from './facts.js';
import { GOVERNMENT_SIDE, sideId } from './facts/patterns.js';
import { DELEGATION_RULES } from './facts/steps/members.js';

/** The rule of a fact, as a brief item's rules. */
const rulesOf = (f: Fact): { rules?: string[] } => (f.rule ? { rules: [f.rule] } : {});
/** Another source for a brief item: its evidence, and the rule that read it. */
function addEvidence(item: { evidence: Evidence[]; rules?: string[] }, ev: Evidence, f: Fact): void {
  item.evidence.push(ev);
  if (f.rule && !item.rules?.includes(f.rule)) item.rules = [...(item.rules ?? []), f.rule];
}

/** How far apart (characters) the evidence of two members one rule lists may start and still be one list. */
const LIST_REACH = 200;
/** The member rules that read a list of those at the session ('took part', 'in attendance were', 'attended by'). */
const LIST_RULES = new Set(['facts:member-takes-part', 'facts:member-in-attendance', 'facts:member-attended-by', 'facts:member-session-speech', 'facts:member-subject-of-session']);
/** An apposition (", the Secretary of …") says the role more fully than a title before the name. */
const roleWeight = (f: Fact) => (f.roleSource === 'apposition' ? 2 : 1);

/** The role most like the others the sources give (weighted), so that one odd wording does not win. A grade of rank
 * alone ("Gen", "Maj Gen": titles.json ranks) is a role only where the sources give no office: "Gen NAME" in one report
 * and "NAME, the head of the dialogue panel" in another is the head of the panel. */
function medoidRole(roles: Map<string, number>, ranks: ReadonlySet<string>): string | undefined {
  const rankOnly = (r: string) => ranks.has(r.toLowerCase().replace(/\s*\([^)]*\)\s*$/, ''));
  const offices = [...roles.keys()].filter((r) => !rankOnly(r));
  const candidates = offices.length ? offices : [...roles.keys()];
  let best: string | undefined;
  let bestScore = -1;
  for (const r of candidates) {
    let score = 0;
    for (const [o, w] of roles) score += w * (o === r ? 1 : dice(o, r));
    if (score > bestScore || (score === bestScore && best !== undefined && r.length < best.length)) {
      best = r;
      bestScore = score;
    }
  }
  return best;
}

interface Located {
  doc: string;
  fact: Fact;
}

const ONE_DAY = /^\d{4}-\d{2}-\d{2}(?:T\w+)?$/;
const SPAN = /^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/;
/** A session's length with no day ("P7D": "after week-long talks", stage facts' session-duration-ending). */
const DURATION = /^P(\d+)D$/;
/** One day, or a span of days. */
const DAY_OR_SPAN = /^\d{4}-\d{2}-\d{2}(?:\/\d{4}-\d{2}-\d{2})?$/;
/** The days of a span "YYYY-MM-DD/YYYY-MM-DD" (at most 62). */
function daysOf(span: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(span.slice(0, 10)), end = Date.parse(span.slice(11)); t <= end && out.length < 62; t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}
/** The rules whose day only bounds a session ("on or before the publication of …"). */
const UP_TO_RULES = new Set(['facts:lead-at-publication', 'briefs:on-or-before-publication']);
/** How many documents give a fact. */
const sourcesOf = (f: { evidence: Evidence[] }): number => new Set(f.evidence.map((e) => e.doc)).size;
/** Stated over inferred, then more sources, then more passages. */
const strength = (d: DateFact): number => (d.inferred ? 0 : 1_000_000) + sourcesOf(d) * 1000 + d.evidence.length;

/**
 * The one value a brief gives for when its round met, and the days its sources give against it: a span a source
 * states, with the days outside it as conflicts; else the span from the first to the last day its sources give (one
 * session over several days, as reports of its opening and of its end give it), or the one day they give; else, with
 * no day stated, the strongest inferred value (a day "on or before the publication of …" bounds the session).
 */
export function preferredWhen(held: DateFact[]): { preferred?: DateFact; conflicts: DateFact[] } {
  const byStrength = (xs: DateFact[]) => [...xs].sort((a, b) => strength(b) - strength(a) || a.value.localeCompare(b.value));
  const within = (day: string, span: string) => day >= span.slice(0, 10) && day <= span.slice(11);
  const statedSpans = held.filter((d) => SPAN.test(d.value) && !d.inferred);
  const days = held.filter((d) => ONE_DAY.test(d.value) && !d.inferred);
  if (statedSpans.length) {
    const best = byStrength(statedSpans)[0]!;
    return { preferred: best, conflicts: days.filter((d) => !within(d.value, best.value)) };
  }
  // Days stated, and spans read from a stated day and a duration ("after 13 days of talks … on Friday").
  const dated = [...days, ...held.filter((d) => SPAN.test(d.value) && !d.rules?.includes('briefs:session-span') && d.rules?.some((r) => r !== 'briefs:on-or-before-publication'))];
  const ends = dated.flatMap((d) => (SPAN.test(d.value) ? [d.value.slice(0, 10), d.value.slice(11)] : [d.value.slice(0, 10)])).sort();
  if (ends.length) {
    const value = ends[0] === ends.at(-1) ? ends[0]! : `${ends[0]}/${ends.at(-1)}`;
    const same = dated.find((d) => d.value === value) ?? held.find((d) => d.value === value) ?? (ONE_DAY.test(value) ? byStrength(dated.filter((d) => d.value.startsWith(value)))[0] : undefined);
    if (same) return { preferred: same, conflicts: [] };
    return { preferred: { value, inferred: 'the span from the first to the last day its sources give', evidence: dated.flatMap((d) => d.evidence), rules: ['briefs:session-span'] }, conflicts: [] };
  }
  const inferred = byStrength(held.filter((d) => ONE_DAY.test(d.value) || SPAN.test(d.value)));
  return inferred.length ? { preferred: inferred[0]!, conflicts: [] } : { conflicts: [] };
}

/** Stage options (pipeline.json): the longest span, in days, a round's held days may be joined into ("a cycle of talks"
 * from its first day to its last). */
export interface BriefsOptions {
  maxSpanDays?: number;
}

export function buildBriefs(rounds: Round[], docs: DocResult[], entities: Entity[], knowledge: Knowledge, options: BriefsOptions = {}): Brief[] {
  const maxSpanDays = options.maxSpanDays ?? 42;
  const byDoc = new Map(docs.map((d) => [d.id, d]));
  const maps = new Map(docs.map((d) => [d.id, new OffsetMap({ astral: d.astral, length: d.length })]));
  const entityById = new Map(entities.map((e) => [e.id, e]));
  // (what a body's name says of it: a state's own institution, of which country; facts.json stateBodyNouns)
  const stateBody = (name: string): boolean => {
    const nouns = knowledge.lexicons.facts.stateBodyNouns;
    nouns.lastIndex = 0;
    return nouns.test(name);
  };
  /** The country a body's name names, by a demonym or the country's name ("Indian Army", "Ministry of Foreign Affairs
   * of Iran"). */
  const countryInName = (name: string): string | undefined => {
    const words = name.split(/\s+/);
    for (const w of words) {
      const c = knowledge.lexicons.demonymCountry.get(w);
      if (c) return c;
    }
    for (let i = 0; i < words.length; i++)
      for (let n = 1; n <= 3 && i + n <= words.length; n++) {
        const c = knowledge.aliases.get(aliasKey(words.slice(i, i + n).join(' ')))?.find((e) => e.kind === 'country');
        if (c) return c.name;
      }
    return undefined;
  };
  const isBody = (id: string) => (entityById.get(id)?.type ?? knowledge.byId.get(id)?.type) === 'Organization';
  const evidence = (doc: string, s: TextSpan): Evidence => {
    const map = maps.get(doc)!;
    return { doc, start: map.toCodePoint(s.start), end: map.toCodePoint(s.end), text: s.text };
  };
  // Each document's mentions in offset order (as the document stages leave them), checked when a
  // fact first asks; a fact's mention is then found by binary search.
  const byStart = new Map<string, readonly Mention[]>();
  const mentionAt = (doc: string, start: number, end: number): Mention | undefined => {
    let ms = byStart.get(doc);
    if (!ms) {
      const own = byDoc.get(doc)?.mentions ?? [];
      ms = own.every((m, k) => k === 0 || own[k - 1]!.start <= m.start) ? own : [...own].sort((a, b) => a.start - b.start);
      byStart.set(doc, ms);
    }
    for (let k = lowerBound(ms, start, startOf); k < ms.length && ms[k]!.start === start; k++) if (ms[k]!.end === end) return ms[k];
    return undefined;
  };
  const namedPlaces = new Set(entities.filter((e) => e.type === 'Place').map((e) => e.name));
  /** The entity a fact names: its mention's linked entity, or the country a demonym names. */
  const resolve = (doc: string, cue: EntityCue | undefined): EntityRef | undefined => {
    if (!cue) return undefined;
    if (cue.side && !cue.mention) return commonSide(doc, cue.side, cue.country);
    if (cue.mention) {
      const m = mentionAt(doc, cue.mention.start, cue.mention.end);
      if (m?.entityId) return { id: m.entityId, name: entityById.get(m.entityId)?.name ?? m.text };
      return undefined;
    }
    // A community named by two demonyms ("Greek Cypriot"): a side of its own, by its name (never a third party, as a
    // side named by a common noun).
    if (cue.community) return { id: sideId(cue.community), name: cue.community };
    // A building named by words no mention covers: an entity of its own, by its name.
    if (cue.facility) return { id: `local:${cue.facility.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')}`, name: cue.facility };
    if (cue.country ?? cue.place) {
      // (a country read from a demonym several countries share is the one the folder's reports name, where they name
      // that one and not the other: "Congolese" in reports on the Democratic Republic of the Congo)
      const country = cue.country ? sharedDemonymCountry(cue.country, namedPlaces, knowledge) : cue.place!;
      // (a territory whose people a movement speaks for at the table is that movement: "the Sahrawi delegation" is the
      // Polisario Front's; knowledge base `speaksFor`)
      const speaker = cue.country ? knowledge.speakers.get(country) : undefined;
      if (speaker) return { id: speaker.id, name: entityById.get(speaker.id)?.name ?? speaker.name };
      const kb = knowledge.aliases.get(aliasKey(country))?.find((e) => e.type === 'Place');
      if (kb) return { id: kb.id, name: entityById.get(kb.id)?.name ?? kb.name };
    }
    return undefined;
  };
  // The round a report leads with: the round of its first cue that has one, not one it only announces (a report of the
  // second round headed "…, agree to hold third round next week" leads with the second, as stage rounds reads headlines).
  const leadRound = new Map<string, number>();
  for (const d of docs) {
    const cues = d.cues.filter((c) => c.round !== undefined).sort((a, b) => a.start - b.start);
    const first = cues.find((c) => c.status !== 'announced') ?? cues[0];
    if (first) leadRound.set(d.id, first.round!);
  }
  // Facts by round and kind, in document order: a document's round (its key) belongs to the round whose group it is.
  const roundOf = new Map<string, Round>();
  for (const r of rounds) for (const g of r.groups) roundOf.set(`${g.doc}\u0000${g.key}`, r);
  const located = new Map<Round, Map<Fact['kind'], Located[]>>();
  for (const d of docs)
    for (const fact of d.facts) {
      const round = roundOf.get(`${d.id}\u0000${groupKey(fact)}`);
      if (!round) continue;
      let kinds = located.get(round);
      if (!kinds) located.set(round, (kinds = new Map()));
      const list = kinds.get(fact.kind);
      if (list) list.push({ doc: d.id, fact });
      else kinds.set(fact.kind, [{ doc: d.id, fact }]);
    }

  // A side named by a common noun ("the opposition"): the body some source of the series calls so ("the opposition
  // grouped in the Unitary Platform"), the one most named; else a side of its own, by the noun and its country.
  const seriesOfDoc = new Map<string, number>();
  for (const r of rounds) for (const g of r.groups) if (!seriesOfDoc.has(g.doc)) seriesOfDoc.set(g.doc, r.series);
  const described = new Map<string, Map<string, { ref: EntityRef; n: number }>>();
  for (const r of rounds)
    for (const list of located.get(r)?.values() ?? [])
      for (const { doc, fact } of list)
        for (const cue of [fact.entity, fact.party])
          if (cue?.side && cue.mention) {
            const ref = resolve(doc, cue);
            if (!ref) continue;
            const key = `${r.series}\u0000${cue.side}`;
            const c = described.get(key) ?? new Map<string, { ref: EntityRef; n: number }>();
            c.set(ref.id, { ref, n: (c.get(ref.id)?.n ?? 0) + 1 });
            described.set(key, c);
          }
  // (else the body the series' sources name as a side most often: the other side of "the government and the opposition";
  // for the government's side, the country they name most)
  const partyBodies = new Map<number, Map<string, { ref: EntityRef; n: number }>>();
  const partyCountries = new Map<number, Map<string, { ref: EntityRef; n: number }>>();
  for (const r of rounds)
    for (const { doc, fact } of located.get(r)?.get('party') ?? []) {
      if (!fact.entity || fact.entity.side) continue;
      const ref = resolve(doc, fact.entity);
      const type = ref && (entityById.get(ref.id)?.type ?? knowledge.byId.get(ref.id)?.type);
      const into = type === 'Organization' && fact.entity.mention ? partyBodies : type === 'Place' ? partyCountries : undefined;
      if (!ref || !into) continue;
      const c = into.get(r.series) ?? new Map<string, { ref: EntityRef; n: number }>();
      c.set(ref.id, { ref, n: (c.get(ref.id)?.n ?? 0) + 1 });
      into.set(r.series, c);
    }
  const demonymOf = new Map<string, string>();
  for (const [demonym, country] of knowledge.lexicons.demonymCountry) if (!demonymOf.has(country)) demonymOf.set(country, demonym);
  function commonSide(doc: string, noun: string, country: string | undefined): EntityRef {
    const series = seriesOfDoc.get(doc)!;
    const bodies = noun === GOVERNMENT_SIDE ? partyCountries.get(series) : (described.get(`${series}\u0000${noun}`) ?? partyBodies.get(series));
    if (bodies) return [...bodies.values()].sort((a, b) => b.n - a.n || (a.ref.id < b.ref.id ? -1 : 1))[0]!.ref;
    const demonym = country && demonymOf.get(country);
    const name = demonym ? `${demonym} ${noun}` : country ? `${noun} of ${country}` : `the ${noun}`;
    return { id: sideId(name), name };
  }

  // The two sides of each series, for a member met across the table: the parties its rounds name most often.
  const seriesSides = new Map<number, EntityRef[]>();
  {
    const counts = new Map<number, Map<string, { ref: EntityRef; n: number }>>();
    for (const round of rounds) {
      // (not the country of a member where the sources call it the round's mediator: the envoys of a mediator)
      const mediating = new Set((located.get(round)?.get('mediator') ?? []).map(({ doc, fact }) => resolve(doc, fact.entity)?.id));
      for (const { doc, fact } of [...(located.get(round)?.get('party') ?? []), ...(located.get(round)?.get('member') ?? [])]) {
        const ref = resolve(doc, fact.kind === 'party' ? fact.entity : fact.party);
        if (!ref || (fact.kind === 'member' && mediating.has(ref.id))) continue;
        const c = counts.get(round.series) ?? new Map<string, { ref: EntityRef; n: number }>();
        const prev = c.get(ref.id);
        if (prev) prev.n++;
        else c.set(ref.id, { ref, n: 1 });
        counts.set(round.series, c);
      }
    }
    for (const [series, c] of counts) seriesSides.set(series, [...c.values()].sort((a, b) => b.n - a.n || (a.ref.id < b.ref.id ? -1 : 1)).map((x) => x.ref));
  }
  // The side each person negotiates for, where some round of the series says it (a member's own title or relation).
  const seriesSideOf = new Map<number, Map<string, EntityRef>>();
  for (const round of rounds)
    for (const { doc, fact } of located.get(round)?.get('member') ?? []) {
      const person = resolve(doc, fact.entity);
      const party = fact.party ? resolve(doc, fact.party) : undefined;
      if (!person || !party) continue;
      const m = seriesSideOf.get(round.series) ?? new Map<string, EntityRef>();
      if (!m.has(person.id)) m.set(person.id, party);
      seriesSideOf.set(round.series, m);
    }
  // The persons each series' rounds name as mediators.
  const seriesMediators = new Map<number, Set<string>>();
  for (const round of rounds)
    for (const { doc, fact } of located.get(round)?.get('mediator') ?? []) {
      const e = resolve(doc, fact.entity);
      if (!e || (entityById.get(e.id)?.type ?? knowledge.byId.get(e.id)?.type) !== 'Person') continue;
      const set = seriesMediators.get(round.series) ?? new Set<string>();
      set.add(e.id);
      seriesMediators.set(round.series, set);
    }
  // A person at a negotiator's side ("A will be joined by B"), with no side of their own: A's side in the series.
  for (const round of rounds)
    for (const { doc, fact } of located.get(round)?.get('member') ?? []) {
      if (fact.party || !fact.alongside) continue;
      const person = resolve(doc, fact.entity);
      const lead = resolve(doc, fact.alongside);
      const side = lead && seriesSideOf.get(round.series)?.get(lead.id);
      if (!person || !side) continue;
      const m = seriesSideOf.get(round.series)!;
      if (!m.has(person.id)) m.set(person.id, side);
    }
  /** The words an outcome says, as restatements vary them: content words cut to their first five letters ("agreed",
   * "agreement"), a country by its name or its capital ("US", "Washington"), numbers whole; not articles
   * or auxiliaries (clauses.json). */
  const { auxiliaries, articles } = knowledge.lexicons.clauses;
  const lightWord = new RegExp(String.raw`^(?:${auxiliaries.source}|${articles.source})$`, 'i');
  const wordsOfOutcome = new Map<string, Set<string>>();
  const outcomeWords = (text: string): Set<string> => {
    let out = wordsOfOutcome.get(text);
    if (out) return out;
    out = new Set<string>();
    wordsOfOutcome.set(text, out);
    for (const w of text.split(/[^\p{L}\p{N}]+/u)) {
      const low = w.toLowerCase();
      if (!w || STOP.has(low) || lightWord.test(low)) continue;
      const place = knowledge.aliases.get(aliasKey(w))?.find((e) => e.type === 'Place' && (e.kind === 'country' || e.kind === 'capital'));
      out.add(place ? `@${place.kind === 'capital' ? place.country : place.name}` : /^\d/.test(w) ? w : low.slice(0, 5));
    }
    return out;
  };
  /** The mediating body of a round whose name or alias the title before a member's name holds ("UN chief NAME", "EU
   * foreign policy chief NAME"), for a member the sources seat on no side. */
  const mediatorInTitle = (fact: Fact, mediators: EntityFact[]): EntityFact | undefined => {
    const at = fact.entity?.mention?.start;
    if (at === undefined || at <= fact.evidence.start) return undefined;
    const title = fact.evidence.text.slice(0, at - fact.evidence.start);
    const words = new Set(title.split(/[^\p{L}\p{N}.'’-]+/u).filter(Boolean));
    return mediators.find((m) => {
      // (a body only: a mediating country's officials named at the talks, its president or its foreign minister, are often
      // not at the table)
      if ((entityById.get(m.id)?.type ?? knowledge.byId.get(m.id)?.type) !== 'Organization') return false;
      const names = [m.name, ...(entityById.get(m.id)?.aliases.map((a) => a.text) ?? [])];
      return names.some((n) => (n.includes(' ') ? title.includes(n) : words.has(n)));
    });
  };
  /** Whether two outcomes give no different numbers: one gives none, or they share one (200 and 300 prisoners are two
   * accounts, not one). */
  const numbersAgree = (a: Outcome, b: Outcome): boolean => !a.quantities.length || !b.quantities.length || a.quantities.some((q) => b.quantities.some((r) => r.value === q.value));
  /** Whether an outcome restates another: the same kind, and all but one in four of the shorter's words (three at least)
   * in the longer. */
  const restates = (a: Outcome, b: Outcome): boolean => {
    if (a.kind !== b.kind) return false;
    const x = outcomeWords(a.text);
    const y = outcomeWords(b.text);
    const [short, long] = x.size <= y.size ? [x, y] : [y, x];
    if (short.size < 3) return false;
    let n = 0;
    for (const w of short) if (long.has(w)) n++;
    return n >= 0.75 * short.size;
  };
  const briefs = rounds.map((round) => {
    const of = (kind: Fact['kind']): Located[] => located.get(round)?.get(kind) ?? [];
    const entityFacts = (kind: Fact['kind']): EntityFact[] => {
      const out = new Map<string, EntityFact>();
      for (const { doc, fact } of of(kind)) {
        const e = resolve(doc, fact.entity);
        if (!e) continue;
        const prev = out.get(e.id);
        if (prev) addEvidence(prev, evidence(doc, fact.evidence), fact);
        else out.set(e.id, { ...e, evidence: [evidence(doc, fact.evidence)], ...rulesOf(fact) });
      }
      return [...out.values()];
    };
    const dateFacts = (kind: 'held' | 'planned'): DateFact[] => {
      const out = new Map<string, DateFact>();
      for (const { doc, fact } of of(kind)) {
        // A day without a year ("May 2") takes the year the round's other sources give, or is left out.
        // A clock time says no more of the round than its day ("2031-02-13T11:00" is the 13th).
        let value = fact.value!.replace(/^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}$/, '$1');
        // (a length with no day, "after week-long talks", is read below, with the day the session ended)
        if (DURATION.test(value)) continue;
        // (a weekday a report nothing anchors gives is the day the round's other reports give on it, or left out)
        if (value.startsWith('XXXX-W') && !round.redated.get(doc)?.has(value)) continue;
        if (value.startsWith('XXXX') && !value.startsWith('XXXX-W')) {
          const y = round.years.get(doc);
          if (y === undefined) continue;
          value = withYear(value, y);
        }
        // A weekday, or a day whose year its report guessed, that the round's other reports date (stage rounds): that
        // day, inferred.
        const redated = round.redated.get(doc)?.get(value);
        const inferred = redated ? `${fact.evidence.text}: the day the round's other reports give` : fact.inferred;
        if (redated) value = redated;
        const prev = out.get(value);
        if (prev) {
          addEvidence(prev, evidence(doc, fact.evidence), fact);
          // A value one source states is stated, whatever others infer.
          if (!inferred) delete prev.inferred;
        } else out.set(value, { value, evidence: [evidence(doc, fact.evidence)], ...rulesOf(fact), ...(inferred ? { inferred } : {}) });
      }
      return [...out.values()];
    };
    let held = dateFacts('held');
    let planned = dateFacts('planned');
    // A week, a weekend or a month the session is said to have met in, where no source gives a day it met in it but days
    // it was planned for lie there ("met … on both days of the weekend", planned "for Saturday and Sunday"): it met on
    // those days, inferred.
    const periodBounds = (v: string): [string, string] | undefined => {
      const we = /^(\d{4}-W\d{2})-WE$/.exec(v);
      const week = we ? dayBounds(we[1]!) : undefined;
      return week ? [new Date(Date.parse(week[1]) - 86_400_000).toISOString().slice(0, 10), week[1]] : /^\d{4}-(?:W\d{2}|\d{2})$/.test(v) ? dayBounds(v) : undefined;
    };
    for (const h of [...held]) {
      const b = periodBounds(h.value);
      if (!b) continue;
      const inside = (v: string) => { const d = dayBounds(v); return !!d && DAY_OR_SPAN.test(v) && d[0] >= b[0] && d[1] <= b[1]; };
      if (held.some((x) => inside(x.value))) continue;
      for (const p of planned.filter((x) => inside(x.value)))
        held.push({ value: p.value, inferred: `planned for ${p.value}, and said to have met in ${h.value}`, evidence: [...h.evidence, ...p.evidence], rules: ['briefs:planned-within-held-period'] });
    }
    // A bare week that holds a day the sources give says nothing more ("this week" beside "on Thursday").
    const listed = [...held, ...planned].map((d) => d.value).filter((v) => /^\d{4}-\d{2}-\d{2}$/.test(v));
    // (or a span of days, for a week: "this week" beside "March 6 to 10")
    const spanned = [...held, ...planned].flatMap((d) => (SPAN.test(d.value) ? daysOf(d.value) : []));
    const weekOf = (day: string) => isoWeek(parseDay(day)!);
    // Nor does a bare month ("held in Cairo in August" beside "on Sunday", August 27).
    const coarse = (d: DateFact) => (/^\d{4}-W\d{2}$/.test(d.value) && [...listed, ...spanned].some((x) => weekOf(x) === d.value)) || (/^\d{4}-\d{2}$/.test(d.value) && listed.some((x) => x.startsWith(`${d.value}-`)));
    held = held.filter((d) => !coarse(d));
    planned = planned.filter((d) => !coarse(d));
    // Nor does a weekend whose Saturday or Sunday a span the sources give holds ("this weekend" beside "from September
    // 25 to 27").
    const spanDays = [...held, ...planned].filter((d) => SPAN.test(d.value)).flatMap((d) => daysOf(d.value));
    const weekendHeld = (d: DateFact) => /^\d{4}-W\d{2}-WE$/.test(d.value) && spanDays.some((x) => weekOf(x) === d.value.slice(0, 8) && [0, 6].includes(new Date(`${x}T00:00:00Z`).getUTCDay()));
    held = held.filter((d) => !weekendHeld(d));
    planned = planned.filter((d) => !weekendHeld(d));
    // A session over several days: the span from the first day its sources give to the last (`maxSpanDays` at most: a
    // "cycle" of talks may last weeks).
    // (a day "on or before the publication" of a report that itself gives a session's day bounds the session, and
    // starts or ends no span: "was held …; after 12 hours of talks held on Sunday, 17 July", in a report of the 19th;
    // it stays a held day of its own, a conflict to show where the report's day is another)
    const bounding = (h: DateFact) => !!h.rules?.some((r) => UP_TO_RULES.has(r));
    // (and says nothing more where that report gives the session's days on or before it: "talks held on Sunday, 17
    // July", in a report of the 19th whose lead tells of them undated; one before them stays, a conflict to show, and so
    // does the bound of a report that dates nothing, the day an accord was signed by)
    /** The last day each report gives the session itself (not a bound). */
    const statedBy = new Map<string, string>();
    for (const h of held)
      if (!bounding(h) && DAY_OR_SPAN.test(h.value))
        for (const e of h.evidence) if (h.value.slice(-10) > (statedBy.get(e.doc) ?? '')) statedBy.set(e.doc, h.value.slice(-10));
    held = held.filter((h) => !(bounding(h) && h.rules!.every((r) => UP_TO_RULES.has(r)) && ONE_DAY.test(h.value) && h.evidence.every((e) => (statedBy.get(e.doc) ?? '9999') <= h.value)));
    const dating = new Set(held.filter((h) => !bounding(h) && /^\d{4}-\d{2}-\d{2}/.test(h.value)).flatMap((h) => h.evidence.map((e) => e.doc)));
    const heldDays = [...new Set(held.filter((h) => !(bounding(h) && h.evidence.every((e) => dating.has(e.doc)))).map((h) => h.value).filter((v) => /^\d{4}-\d{2}-\d{2}$/.test(v)))].sort();
    // (not where a source states the session's span: its days say how long it met, and a day beyond them is a conflict)
    const statedSpan = held.some((h) => SPAN.test(h.value) && !h.inferred);
    // (nor across a break: a day its sources say the session was broken off on, and a later one they say it was taken up
    // again on, "the talks were paused on December 3" and "diplomats restarted the talks on Thursday", are two sittings;
    // facts.json sessionPauses, sessionResumptions)
    const saidOn = (sitting: 'paused' | 'resumed') => new Set(of('held').filter(({ fact }) => fact.sitting === sitting).map(({ fact }) => fact.value?.slice(0, 10)));
    const [paused, resumed] = [saidOn('paused'), saidOn('resumed')];
    const sittings: string[][] = [];
    heldDays.forEach((d, i) => {
      if (i && !(paused.has(heldDays[i - 1]!) && resumed.has(d))) sittings.at(-1)!.push(d);
      else sittings.push([d]);
    });
    for (const days of sittings)
      if (days.length >= 2 && !statedSpan && Date.parse(days.at(-1)!) - Date.parse(days[0]!) <= maxSpanDays * 86_400_000) {
        const value = `${days[0]}/${days.at(-1)}`;
        if (!held.some((h) => h.value === value))
          held.push({ value, inferred: 'the span from the first to the last day its sources give', evidence: held.filter((h) => days.includes(h.value)).flatMap((h) => h.evidence), rules: ['briefs:session-span'] });
      }
    // A session a report measures as over with no day of its own ("have agreed … after week-long talks"), whose round
    // the other reports date by one day: the span of that length ending on that day, inferred.
    const lengths = of('held').filter(({ fact }) => DURATION.test(fact.value ?? ''));
    const ends = held.filter((h) => ONE_DAY.test(h.value) && !bounding(h)).map((h) => h.value.slice(0, 10));
    if (lengths.length && !held.some((h) => SPAN.test(h.value)) && new Set(ends).size === 1) {
      const { doc, fact } = lengths[0]!;
      const to = ends[0]!;
      const from = new Date(Date.parse(to) - (Number(DURATION.exec(fact.value!)![1]) - 1) * 86_400_000).toISOString().slice(0, 10);
      if (from < to) held.push({ value: `${from}/${to}`, inferred: `${fact.evidence.text} of talks, ending on ${to}`, evidence: [evidence(doc, fact.evidence), ...held.filter((h) => h.value === to).flatMap((h) => h.evidence)], rules: [fact.rule ?? 'facts:session-duration-ending'] });
    }
    // A round reported as held that no article dates met on or before its first report's publication.
    if (round.status === 'held' && !held.length && !planned.length && round.bound) {
      const cue = round.cues.find((c) => byDoc.get(c.doc)?.anchor?.day === round.bound && byDoc.get(c.doc)?.anchor?.source === 'published');
      if (cue) held.push({ value: round.bound, inferred: `on or before the publication of ${cue.doc}`, evidence: [evidence(cue.doc, cue.cue)], rules: ['briefs:on-or-before-publication'] });
    }
    // A round reported as held that no source dates, planned for one day or span: it met as planned, inferred.
    if (round.status === 'held' && !held.length && planned.length === 1 && DAY_OR_SPAN.test(planned[0]!.value)) {
      const p = planned[0]!;
      held.push({ value: p.value, inferred: `planned for ${p.value}, and reported as held with no day of its own`, evidence: p.evidence, rules: ['briefs:held-as-planned'] });
    }
    // So did one planned for a span whose sources date it only by that span's first or last day ("the third round,
    // set for January 19 to 25, ended on Wednesday", the 25th): it met over the span, inferred.
    else if (round.status === 'held' && held.length && planned.length === 1 && SPAN.test(planned[0]!.value)) {
      const p = planned[0]!;
      const [first, last] = [p.value.slice(0, 10), p.value.slice(11)];
      if (held.every((h) => h.value === first || h.value === last) && !held.some((h) => h.value === p.value))
        held.push({ value: p.value, inferred: `planned for ${p.value}, and reported as held on its ${held.every((h) => h.value === first) ? 'first' : held.every((h) => h.value === last) ? 'last' : 'first and last'} day`, evidence: p.evidence, rules: ['briefs:held-as-planned'] });
    }
    // A round that has not met has no held dates: what its sentences date is its plan.
    if (round.status !== 'held') {
      planned = [...planned, ...held.filter((h) => !planned.some((p) => p.value === h.value))];
      held = [];
    }
    planned = planned.filter((p) => !held.some((h) => h.value === p.value));

    const { preferred, conflicts } = preferredWhen(held);
    // (a month, a week or a weekend a source gives that holds none of the stated days preferred, "the first meeting that took place
    // in February" of a meeting three sources date January 14, is a conflict, not a held value)
    if (preferred && !preferred.inferred && (ONE_DAY.test(preferred.value) || SPAN.test(preferred.value))) {
      const [from, to] = [preferred.value.slice(0, 10), SPAN.test(preferred.value) ? preferred.value.slice(11) : preferred.value.slice(0, 10)];
      const apart = held.filter((d) => {
        const b = periodBounds(d.value);
        return !!b && (b[1] < from || b[0] > to);
      });
      if (apart.length) {
        held = held.filter((d) => !apart.includes(d));
        conflicts.push(...apart);
      }
    }

    // Venue: the city most sources name (others are conflicts); facilities as named. (Of a round that met, among cities
    // as many sources name, one a report of the session met gives before one only announced for it: "the fourth round
    // will be held in Oslo" beside a report from the city where it met.)
    const telling = new Set(round.status === 'held' ? round.cues.filter((c) => c.cue.status === 'held').map((c) => c.doc) : []);
    const toldBy = (f: { evidence: Evidence[] }): number => new Set(f.evidence.map((e) => e.doc).filter((d) => telling.has(d))).size;
    // (then a city named in the name of the building where a source puts the round: "at the Ashdale-Brenna meeting
    // point", before a region the sentence names for what the talks are about)
    const buildings = of('facility').map(({ doc, fact }) => ({ doc, start: fact.evidence.start, end: fact.evidence.end }));
    const inBuilding = (f: { evidence: Evidence[] }): number => f.evidence.filter((e) => buildings.some((b) => b.doc === e.doc && b.start <= e.start && e.end <= b.end)).length;
    const cities = entityFacts('venue').sort((a, b) => sourcesOf(b) - sourcesOf(a) || toldBy(b) - toldBy(a) || inBuilding(b) - inBuilding(a) || b.evidence.length - a.evidence.length);
    const city = cities.slice(0, 1);
    // A round no source places in a city met in the one its building is placed in ("in the Commission's headquarters
    // in central Brussels"), where its sources place it in one.
    if (!city.length) {
      const placed = new Map<string, EntityFact>();
      for (const { doc, fact } of of('facility')) {
        const place = fact.place?.mention ? resolve(doc, fact.place) : undefined;
        if (!place || knowledge.byId.get(place.id)?.kind === 'country') continue;
        const text = byDoc.get(doc)?.mentions.find((m) => m.start === fact.place!.mention!.start)?.text ?? place.name;
        const ev = evidence(doc, { start: fact.place!.mention!.start, end: fact.place!.mention!.end, text });
        const prev = placed.get(place.id);
        if (prev) prev.evidence.push(ev);
        else placed.set(place.id, { ...place, evidence: [ev], rules: ['briefs:facility-place'] });
      }
      if (placed.size === 1) city.push(...placed.values());
    }
    // A conflict is another city a source gives the session itself: the first city a source gives (later ones are
    // background, an earlier round's city or where someone comes from).
    const firstCities = new Set<string>();
    for (const d of new Set(of('venue').map((x) => x.doc))) {
      const first = of('venue').find((x) => x.doc === d && resolve(d, x.fact.entity));
      if (first) firstCities.add(resolve(d, first.fact.entity)!.id);
    }
    const venueConflicts = cities.slice(1).filter((c) => firstCities.has(c.id));
    // A facility the text places in another city than the round's ("the X Hotel in CITY", in a passage on an earlier
    // summit) is that other round's.
    const elsewhere = new Set(
      of('facility')
        .filter(({ doc, fact }) => fact.place && city.length && resolve(doc, fact.place)?.id !== city[0]!.id)
        .map(({ doc, fact }) => resolve(doc, fact.entity)?.id),
    );
    const facility = entityFacts('facility').filter((f) => !elsewhere.has(f.id) || f.evidence.length > 1);
    const mediators = entityFacts('mediator');
    // Parties: countries and bodies named as taking part, less the host country of the venue where two others are
    // named (a third country hosts); talks between two sides in one of their capitals keep the host.
    const named = entityFacts('party');
    const venueCountries = new Set(city.map((c) => knowledge.byId.get(c.id)?.country).filter(Boolean) as string[]);
    // A body the sources call the session's mediator ("the EU-mediated dialogue") is not a side, wherever else a list
    // names it, unless they also seat it at the table ("US-brokered trilateral talks").
    const mediating = new Set(mediators.filter((m) => m.rules?.includes('facts:mediator-x-mediated')).map((m) => m.id));
    const seated = (p: EntityFact) => !mediating.has(p.id) || !!p.rules?.includes('facts:party-broker-at-the-table');
    // (not a country a source names among the sides the talks are between, or that meet: "the negotiations between
    // Egypt, Sudan and Ethiopia", met in Cairo, seat Egypt as a side; so does "Ethiopia, Egypt and Sudan held the round")
    const between = new Set(named.filter((p) => p.rules?.some((r) => r === 'facts:party-between-or-from' || r === 'facts:party-sides-that-meet' || r === 'facts:party-met-with')).map((p) => p.name));
    const mediates = (h: string) => mediators.some((m) => m.name === h);
    const hosts = new Set([...venueCountries].filter((h) => mediates(h) || (!between.has(h) && named.filter((p) => p.name !== h && seated(p)).length >= 2)));
    const parties = named.filter((p) => !hosts.has(p.name) && seated(p));

    // Delegations.
    const members = new Map<string, { party: EntityRef; member: Member; roles: Map<string, number> }>();
    // A member met across the table ("A met B"), with no side of its own, is of the other side of a two-sided round.
    const facing = of('member').filter((x) => !x.fact.party && x.fact.opposite);
    const sideOf = new Map<string, EntityRef>();
    for (const { doc, fact } of of('member')) {
      const person = resolve(doc, fact.entity);
      const party = fact.party ? resolve(doc, fact.party) : undefined;
      if (person && party && !sideOf.has(person.id)) sideOf.set(person.id, party);
    }
    let sides = [...new Map([...parties, ...sideOf.values()].map((p) => [p.id, { id: p.id, name: p.name }])).values()].filter((p) => !mediators.some((m) => m.id === p.id));
    if (sides.length < 2) sides = (seriesSides.get(round.series) ?? []).filter((p) => !mediators.some((m) => m.id === p.id)).slice(0, 2);
    // A member named without a side here ("the meeting between Prime Minister NAME and President NAME"): the side
    // another round of the series gives that person.
    const unsided = of('member').filter((x) => !x.fact.party && !x.fact.opposite);
    // (one listed by a rule with others who all sit for one side, within a few lines of them, and named there by a
    // title: that side, "Secretary of State NAME, chief of staff NAME and national security adviser NAME took part")
    const sided: Array<{ x: Located; party: EntityRef }> = [];
    for (const x of of('member')) {
      if (x.fact.opposite) continue;
      const person = resolve(x.doc, x.fact.entity);
      const party = x.fact.party ? resolve(x.doc, x.fact.party) : person ? seriesSideOf.get(round.series)?.get(person.id) : undefined;
      if (party) sided.push({ x, party });
    }
    const listedSide = (x: Located): EntityRef | undefined => {
      if (!x.fact.role || !LIST_RULES.has(x.fact.rule ?? '')) return undefined;
      const near = sided.filter(({ x: y }) => y !== x && y.doc === x.doc && LIST_RULES.has(y.fact.rule ?? '') && Math.abs(y.fact.evidence.start - x.fact.evidence.start) <= LIST_REACH);
      const ids = new Set(near.map((n) => n.party.id));
      return ids.size === 1 ? near[0]!.party : undefined;
    };
    for (const x of [...of('member').filter((x) => x.fact.party), ...facing, ...unsided]) {
      const { doc, fact } = x;
      const person = resolve(doc, fact.entity);
      let party = fact.party ? resolve(doc, fact.party) : undefined;
      // (also for one met across the table: their own side in the series comes first)
      if (!party && person) party = seriesSideOf.get(round.series)?.get(person.id);
      if (!party && person && !fact.opposite) party = listedSide(x);
      // (one the series' other rounds name as a mediator, with no side anywhere, mediates here too: "EU foreign policy
      // chief NAME said the leaders had agreed at the meeting")
      if (!party && person && !fact.opposite && seriesMediators.get(round.series)?.has(person.id)) {
        if (!mediators.some((m) => m.id === person.id)) mediators.push({ ...person, evidence: [evidence(doc, fact.evidence)], rules: ['briefs:series-mediator'], inferred: "a mediator in the series' other rounds, named at this one" });
        continue;
      }
      // (so does one whose title names a body that mediates the round: "UN chief NAME" at UN-brokered talks)
      const body = !party && person && !fact.opposite ? mediatorInTitle(fact, mediators) : undefined;
      if (body && person) {
        if (!mediators.some((m) => m.id === person.id)) mediators.push({ ...person, evidence: [evidence(doc, fact.evidence)], rules: ['briefs:mediator-official'], inferred: `an official of ${body.name}, which mediates the round` });
        continue;
      }
      if (!party && fact.opposite && sides.length === 2) {
        const other = resolve(doc, fact.opposite);
        const theirs = other && (sideOf.get(other.id) ?? seriesSideOf.get(round.series)?.get(other.id));
        if (theirs) party = sides.find((p) => p.id !== theirs.id);
      }
      if (!person || !party) continue;
      // (an official of a state's own body, "Deputy Speaker of the National Assembly of Armenia NAME", sits for that
      // country where it is a side)
      if (isBody(party.id) && stateBody(party.name)) {
        const country = countryInName(party.name);
        const side = country ? parties.find((p) => p.name === country && !isBody(p.id)) : undefined;
        if (side) party = { id: side.id, name: side.name };
      }
      const prev = members.get(person.id);
      const ev = evidence(doc, fact.evidence);
      if (prev) {
        addEvidence(prev.member, ev, fact);
        prev.member.head ||= !!fact.head;
        if (fact.role) prev.roles.set(fact.role, (prev.roles.get(fact.role) ?? 0) + roleWeight(fact));
      } else members.set(person.id, { party, member: { person, head: !!fact.head, evidence: [ev], ...rulesOf(fact) }, roles: new Map(fact.role ? [[fact.role, roleWeight(fact)]] : []) });
    }
    // A side whose delegation the sources name takes part: a party, unless it mediates or hosts. Where the sources name
    // two or more sides and never this one, its official is a third party at the table: a mediator, with their country.
    // (sides named by their members' titles count too where they are countries: "Serbian President NAME" and
    // "Pristina's PM NAME" name two sides, so a body's envoy at the table is a third party)
    const typeOf = (id: string) => entityById.get(id)?.type ?? knowledge.byId.get(id)?.type;
    const countrySides = new Set([...parties.map((p) => p.id), ...[...members.values()].map((m) => m.party.id).filter((id) => typeOf(id) === 'Place')]).size;
    // (not a body the series' other rounds name as one of its two sides: the EU in talks with the UK)
    const seriesSide = (party: EntityRef) => (seriesSides.get(round.series) ?? []).slice(0, 2).some((p) => p.id === party.id);
    const namedBefore = parties.length;
    const sidesFor = (party: EntityRef) => (typeOf(party.id) === 'Organization' && !seriesSide(party) ? Math.max(namedBefore, countrySides) : namedBefore);
    for (const { party, member, roles } of members.values())
      if (!parties.some((p) => p.id === party.id) && !mediators.some((m) => m.id === party.id)) {
        // An official of the country that hosts the round between two others takes part as its host.
        const namedSides = sidesFor(party);
        if (hosts.has(party.name)) {
          if (namedSides >= 2) mediators.push({ ...party, evidence: member.evidence.slice(0, 1), rules: ['briefs:host-official'], inferred: 'the host country, whose official takes part' });
          continue;
        }
        // (a former official the sources name as mediating speaks for no country here: "Former ADJ President NAME, who
        // hosted the talks")
        if (namedSides >= 2 && mediators.some((m) => m.id === member.person.id) && [...roles.keys()].some((r) => knowledge.lexicons.facts.formerTitles.test(r))) continue;
        // (a side named by a common noun is a side, whatever else the sources name; so is one whose delegation's head
        // the sources name: "the Israeli team is led by NAME")
        // (one the sources only name as present, "in the presence of TITLE NAME", witnesses for a third party however
        // few sides they name)
        const present = !!member.rules?.length && member.rules.every((r) => r === 'facts:member-present');
        if ((namedSides >= 2 || present) && !party.id.startsWith('side:') && !(member.head && member.rules?.some((r) => DELEGATION_RULES.has(r)))) mediators.push({ ...party, evidence: member.evidence.slice(0, 1), rules: ['briefs:third-party-official'], inferred: present ? 'the body of an official present at the round, which is none of its sides' : 'the country of an official at a table whose sides the sources name otherwise' });
        else parties.push({ ...party, evidence: member.evidence.slice(0, 1) });
      }
    const delegations = new Map<string, Brief['delegations'][number]>();
    for (const { party, member, roles } of members.values()) {
      // Someone who speaks for a mediator of the round ("the EU's special representative" where the EU facilitates)
      // mediates too: a mediator, not a delegation member.
      if (mediators.some((m) => m.id === party.id) && !parties.some((p) => p.id === party.id)) {
        if (!mediators.some((m) => m.id === member.person.id)) mediators.push({ ...member.person, evidence: member.evidence });
        continue;
      }
      const role = medoidRole(roles, knowledge.lexicons.ranks);
      const d = delegations.get(party.id) ?? { party, members: [] };
      d.members.push({ ...member, ...(role ? { role } : {}) });
      delegations.set(party.id, d);
    }

    const merged = <T extends { text: string; evidence: Evidence[]; rules?: string[] | undefined }>(kind: Fact['kind'], make: (x: Located) => T | undefined, threshold: number): T[] => {
      const out: T[] = [];
      for (const x of of(kind)) {
        const item = make(x);
        if (!item) continue;
        const same = out.find((o) => dice(o.text, item.text) >= threshold);
        if (same) {
          same.evidence.push(...item.evidence);
          same.rules = [...new Set([...(same.rules ?? []), ...(item.rules ?? [])])];
        }
        else out.push(item);
      }
      return out;
    };
    const topics = merged<TextFact>('topic', ({ doc, fact }) => ({ text: fact.text!, evidence: [evidence(doc, fact.evidence)], ...rulesOf(fact) }), 0.6);
    // One outcome per fact however many sentences restate it: the same words as another's (dice), or all but a few of
    // the words of the shorter one, read as restatements read ("agreed to resume military dialogue", "Washington and
    // Moscow have agreed … to resume high-level military dialogue"), of the same kind and with no other number.
    const outcomes: Outcome[] = [];
    for (const { doc, fact } of of('outcome')) {
      const item: Outcome = { text: fact.text!, kind: fact.outcome ?? 'other', quantities: fact.quantities ?? [], evidence: [evidence(doc, fact.evidence)], ...rulesOf(fact) };
      const same = outcomes.find((o) => numbersAgree(o, item) && (dice(o.text, item.text) >= 0.6 || restates(o, item)));
      if (same) {
        same.evidence.push(...item.evidence);
        same.rules = [...new Set([...(same.rules ?? []), ...(item.rules ?? [])])];
      } else outcomes.push(item);
    }
    const quotes: Quote[] = [];
    for (const { doc, fact } of of('quote')) {
      const speaker = resolve(doc, fact.entity);
      const same = quotes.find((q) => q.text.toLowerCase() === fact.text!.toLowerCase() && q.speaker?.id === speaker?.id);
      if (same) addEvidence(same, evidence(doc, fact.evidence), fact);
      else quotes.push({ text: fact.text!, ...(speaker ? { speaker } : {}), evidence: [evidence(doc, fact.evidence)], ...rulesOf(fact) });
    }
    // What comes next: the following round, as announced or planned, once, with every source.
    const next: NextStep[] = [];
    const following = round.ordinal !== undefined ? rounds.find((r) => r.series === round.series && r.ordinal === round.ordinal! + 1) : undefined;
    // Steps read from their own words (facts:next-step) are listed as they are; the others announce a later round.
    // (so are steps due within a term, "a meeting to be convened within two weeks": another step than the next round)
    const ownStep = (x: Located) => x.fact.rule === 'facts:next-step' || x.fact.rule === 'facts:next-dated-session' || x.fact.rule === 'facts:next-term';
    // (a day a step's report read from a weekday, or with a year it guessed, that the rounds stage moved for any round
    // of the report: that day, "a third meeting … on Thursday" read against the first round's day)
    const nexts = of('next').map((x) => {
      const v = x.fact.value;
      const moved = v === undefined ? undefined : round.redated.get(x.doc)?.get(v) ?? rounds.find((r) => r.redated.get(x.doc)?.has(v))?.redated.get(x.doc)?.get(v);
      if (moved) return { ...x, fact: { ...x.fact, value: moved } };
      // (a bare weekday no round placed dates nothing)
      return v && /^XXXX-WXX/.test(v) ? { ...x, fact: { ...x.fact, value: undefined } } : x;
    });
    // (a later round's announcement in a report that leads with that round, "The 16th round will open on Sunday" the
    // day before, is the announced round's own plan: it tells what came after this round only where this round's own
    // reports say nothing of what comes next)
    const announcing = (x: Located) => x.fact.rule === 'facts:next-later-round' && leadRound.get(x.doc) === x.fact.round + 1;
    // (whether any is not such an announcement, asked once: a round of a large folder has hundreds of next steps)
    const notAllAnnouncing = nexts.some((y) => !announcing(y));
    const nextFacts = nexts.filter((x) => !ownStep(x) && !(announcing(x) && notAllAnnouncing));
    // A schedule: one announcement that lists several days ("further talks in the weeks of 17 July, 28 August …").
    const isDay = (v?: string) => !!v && /^(?:\d{4}|XXXX)-\d{2}-\d{2}$/.test(v);
    // (the days each announcement gives, by its report and place: one lists several where it gives two days or more)
    const daysAt = new Map<string, Set<string>>();
    for (const y of nextFacts)
      if (isDay(y.fact.value)) {
        const key = `${y.doc}\u0000${y.fact.evidence.start}`;
        let days = daysAt.get(key);
        if (!days) daysAt.set(key, (days = new Set()));
        days.add(y.fact.value!);
      }
    const schedule = nextFacts.filter((x) => isDay(x.fact.value) && daysAt.get(`${x.doc}\u0000${x.fact.evidence.start}`)!.size > 1);
    // A day without a year takes the year the round's sources give it, as held days do, else the first year that puts
    // it after the round's last day (what comes next comes after).
    const last = round.days.at(-1) ?? round.bound;
    const after = (md: string) => (last ? (`${last.slice(0, 4)}${md}` > last ? Number(last.slice(0, 4)) : Number(last.slice(0, 4)) + 1) : undefined);
    /** A value with its year: as given, or (`XXXX-…`) with the year its report gives the round, else `after`'s; undefined
     * where neither is known. */
    const yeared = (v: string | undefined, doc?: string): string | undefined => {
      if (!v?.startsWith('XXXX')) return v;
      const y = (doc === undefined ? undefined : round.years.get(doc)) ?? after(v.slice(4));
      return y === undefined ? undefined : withYear(v, y);
    };
    if (nextFacts.length && (!following || schedule.length)) {
      // No later round in the folder, or a schedule: each announcement as its sources word it.
      for (const x of following ? schedule : nextFacts) {
        const place = resolve(x.doc, x.fact.entity);
        const date = yeared(x.fact.value, x.doc) ?? x.fact.value;
        const same = next.find((n) => dice(n.text, x.fact.text!) >= 0.6 && n.date === date);
        if (same) {
          addEvidence(same, evidence(x.doc, x.fact.evidence), x.fact);
          if (!x.fact.tentative) delete same.tentative;
        } else next.push({ text: x.fact.text!, ...(date ? { date } : {}), ...(place ? { place } : {}), ...(x.fact.tentative ? { tentative: true } : {}), evidence: [evidence(x.doc, x.fact.evidence)] });
      }
    }
    if (following && nextFacts.length && !schedule.length) {
      const places = nextFacts.map((x) => resolve(x.doc, x.fact.entity)).filter((p): p is EntityRef => !!p);
      // (what comes next comes after the round: a day on or before its last is a misread one, a weekday read against
      // the round's own day, where a later one is given)
      const given = nextFacts.map((x) => x.fact.value).filter((v): v is string => !!v);
      const ended = round.days.at(-1);
      const later = given.filter((v) => !ended || !/^\d{4}-\d{2}-\d{2}$/.test(v) || v > ended);
      const dates = later.length ? later : given;
      const mostCommon = <T>(xs: T[], key: (x: T) => string): T | undefined => {
        const counts = new Map<string, number>();
        for (const x of xs) counts.set(key(x), (counts.get(key(x)) ?? 0) + 1);
        return [...xs].sort((a, b) => counts.get(key(b))! - counts.get(key(a))!)[0];
      };
      const place = mostCommon(places, (p) => p.id);
      const chosen = mostCommon(dates, (d) => d);
      const date = yeared(chosen) ?? chosen;
      // Its words: the announcement's own (of the first source that gives the date chosen, else the first source's),
      // else the later round's cue.
      const cue = (nextFacts.find((x) => x.fact.text && chosen !== undefined && x.fact.value === chosen) ?? nextFacts.find((x) => x.fact.text))?.fact.text ?? following.cues[0]!.cue.text;
      next.push({
        text: cue,
        ...(date ? { date } : {}),
        ...(place ? { place } : {}),
        // (tentative where every source words it so: "is provisionally set for Thursday")
        ...(nextFacts.every((x) => x.fact.tentative) ? { tentative: true } : {}),
        evidence: nextFacts.map((x) => evidence(x.doc, x.fact.evidence)),
        rules: [...new Set(nextFacts.flatMap((x) => (x.fact.rule ? [x.fact.rule] : [])))],
      });
    }
    // Each other step, once with every source: a step dated on or before the round's last day is the round itself
    // (its own plan), not what comes after it.
    // (a round no source dates held: the last day it was planned for, "A high-level meeting will be held on Saturday" in
    // a report of that meeting ahead of it is the round itself)
    const lastOf = (xs: DateFact[]) => xs.flatMap((h) => h.value.split('/')).filter((v) => /^\d{4}-\d{2}-\d{2}$/.test(v)).sort().at(-1);
    const lastDay = (round.status === 'held' ? lastOf(held) : undefined) ?? lastOf(planned);
    for (const x of nexts.filter(ownStep)) {
      const date = yeared(x.fact.value, x.doc);
      // (A week or a month is the round's own when it is over by the round's last day.)
      // (a weekend, "this weekend", its Saturday and Sunday)
      const bounds = date ? (/-WE$/.test(date) ? periodBounds(date) : dayBounds(date)) : undefined;
      if (bounds && lastDay && (/^\d{4}-\d{2}-\d{2}$/.test(date!) ? bounds[0] : bounds[1]) <= lastDay) continue;
      const place = resolve(x.doc, x.fact.entity);
      // The same step: the same words and date, or a day in common ("a new round on Monday", "will resume on Monday";
      // "no talks tomorrow", "the talks planned for Sunday and Monday").
      const days = date && DAY_OR_SPAN.test(date) ? bounds : undefined;
      const overlaps = (d?: string) => {
        const o = days && d && DAY_OR_SPAN.test(d) ? dayBounds(d) : undefined;
        return !!o && !!days && o[0] <= days[1] && days[0] <= o[1];
      };
      const same = next.find((n) => (dice(n.text, x.fact.text!) >= 0.6 && n.date === date) || overlaps(n.date));
      if (same) {
        addEvidence(same, evidence(x.doc, x.fact.evidence), x.fact);
        if (!x.fact.tentative) delete same.tentative;
        continue;
      }
      next.push({
        text: x.fact.text!,
        ...(date ? { date } : {}),
        ...(place ? { place } : {}),
        ...(x.fact.level ? { level: x.fact.level } : {}),
        ...(x.fact.tentative ? { tentative: true } : {}),
        evidence: [evidence(x.doc, x.fact.evidence)],
        ...rulesOf(x.fact),
      });
    }
    return {
      id: round.id,
      ...(round.ordinal !== undefined ? { ordinal: round.ordinal } : {}),
      ...(round.ordinalInferred ? { ordinalInferred: true } : {}),
      status: round.status,
      dates: { held, planned, ...(preferred ? { preferred } : {}), ...(conflicts.length ? { conflicts } : {}) },
      venue: { city, facility, ...(venueConflicts.length ? { conflicts: venueConflicts } : {}) },
      parties,
      mediators,
      delegations: [...delegations.values()],
      topics,
      outcomes,
      quotes,
      next,
      // Only the documents that give the round a fact (A7): a passing cue is not a source.
      // (A round only announced has its announcements' documents.)
      docs: located.has(round) ? [...new Set([...located.get(round)!.values()].flatMap((xs) => xs.map((x) => x.doc)))].sort() : round.docs,
    } satisfies Brief;
  });
  // A round only announced ("the three countries agreed to hold a third round") is between the parties
  // of the round that announced it; the announcement is the evidence.
  for (const b of briefs) {
    const round = rounds.find((r) => r.id === b.id)!;
    const prev = b.ordinal === undefined ? undefined : briefs.find((x, i) => rounds[i]!.series === round.series && x.ordinal === b.ordinal! - 1);
    if (b.parties.length || !prev?.parties.length || b.status === 'held') continue;
    const ev = round.cues.map(({ doc, cue }) => evidence(doc, cue));
    b.parties = prev.parties.map((p) => ({ id: p.id, name: p.name, evidence: ev }));
  }
  // A round whose sources name fewer than two sides takes the sides its series' other rounds name, where at least
  // half of those that name any side (and two passages) name them: the parties of a negotiation rarely change between
  // rounds. (One passage is enough for a round whose sources name no side at all, where nothing speaks against it: a
  // series whose reports say "the two sides" may name a side once, "NAME, head of the delegation of the ORG".)
  const bySeries = new Map<number, Brief[]>();
  briefs.forEach((b, i) => bySeries.set(rounds[i]!.series, [...(bySeries.get(rounds[i]!.series) ?? []), b]));
  for (const group of bySeries.values())
    for (const b of group) {
      if (b.parties.length >= 2) continue;
      // (of the other rounds that name any side: one whose reports name none says nothing against them)
      const others = group.filter((o) => o !== b && o.parties.some((p) => !p.inferred));
      const seen = new Map<string, { fact: EntityFact; rounds: number; passages: number }>();
      for (const o of others)
        for (const p of o.parties) {
          if (p.inferred) continue;
          const x = seen.get(p.id) ?? { fact: p, rounds: 0, passages: 0 };
          x.rounds++;
          x.passages += p.evidence.length;
          seen.set(p.id, x);
        }
      for (const { fact, rounds: n, passages } of seen.values())
        if (n >= Math.max(1, Math.ceil(others.length / 2)) && (passages >= 2 || !b.parties.length) && !b.parties.some((p) => p.id === fact.id) && !b.mediators.some((m) => m.id === fact.id))
          b.parties.push({ id: fact.id, name: fact.name, evidence: fact.evidence.slice(0, 1), rules: ['briefs:series-sides'], inferred: "a side in the series' other rounds" });
    }
  // A round whose sources name no mediator is mediated by those its series' other rounds name, where at least half of
  // those that name any (two at least) name them and the round's own reports name them too ("the office of the UN
  // envoy NAME said", in a report of a UN-facilitated series): the third parties of a negotiation rarely change.
  for (const group of bySeries.values())
    for (const b of group) {
      if (b.mediators.length) continue;
      const others = group.filter((o) => o !== b && o.mediators.some((m) => !m.inferred));
      const seen = new Map<string, { fact: EntityFact; rounds: number }>();
      for (const o of others)
        for (const m of o.mediators) if (!m.inferred) seen.set(m.id, { fact: m, rounds: (seen.get(m.id)?.rounds ?? 0) + 1 });
      for (const { fact, rounds: n } of seen.values()) {
        // (a person or a body, not a country: a report names countries for much else than their role in the talks)
        if (others.length < 2 || n < Math.ceil(others.length / 2) || b.parties.some((p) => p.id === fact.id) || (entityById.get(fact.id)?.type ?? knowledge.byId.get(fact.id)?.type) === 'Place') continue;
        // (named in the round's own reports: its first mention there is the evidence)
        let named: { doc: string; m: Mention } | undefined;
        for (const doc of b.docs) {
          const m = byDoc.get(doc)?.mentions.find((x) => x.entityId === fact.id);
          if (m) { named = { doc, m }; break; }
        }
        if (named) b.mediators.push({ id: fact.id, name: fact.name, evidence: [evidence(named.doc, named.m)], rules: ['briefs:series-mediators'], inferred: "a mediator in the series' other rounds, named in this round's reports" });
      }
    }
  // A round whose sources name its building and no city met in the city the series' other rounds give that building
  // ("at the headquarters of UNIFIL", where the other rounds met "at the UNIFIL base in Naqoura"): that city, inferred.
  for (const group of bySeries.values())
    for (const b of group) {
      if (b.venue.city.length || !b.venue.facility.length) continue;
      const cities = new Map<string, EntityFact>();
      for (const o of group)
        if (o !== b && o.venue.city.length && o.venue.facility.some((f) => b.venue.facility.some((g) => g.id === f.id))) cities.set(o.venue.city[0]!.id, o.venue.city[0]!);
      if (cities.size !== 1) continue;
      const city = [...cities.values()][0]!;
      b.venue.city.push({ id: city.id, name: city.name, evidence: b.venue.facility[0]!.evidence.slice(0, 1), rules: ['briefs:facility-city'], inferred: `the city of ${b.venue.facility[0]!.name} in the series' other rounds` });
    }
  // A round whose sources name no city, of a series whose other rounds met in one city, two of them at least and three
  // in four ("We have had several rounds of talks … in Baghdad"), met or meets there too, inferred. (Not a round only
  // announced, with no day set: where it will meet is still open.)
  for (const group of bySeries.values())
    for (const b of group) {
      if (b.status === 'announced' || b.venue.city.length || b.venue.facility.length) continue;
      const others = group.filter((o) => o !== b && o.venue.city.length);
      const count = new Map<string, number>();
      for (const o of others) count.set(o.venue.city[0]!.id, (count.get(o.venue.city[0]!.id) ?? 0) + 1);
      const [top, n] = [...count].sort((x, y) => y[1] - x[1])[0] ?? ['', 0];
      if (n < 2 || n < 0.75 * others.length) continue;
      const city = others.find((o) => o.venue.city[0]!.id === top)!.venue.city[0]!;
      b.venue.city.push({ id: city.id, name: city.name, evidence: city.evidence.slice(0, 1), rules: ['briefs:series-city'], inferred: "the city the series' other rounds met in" });
    }
  // A country's government named as a body ("the Royal Norwegian Government", "Government of the Republic of the
  // Philippines") is that country: among a round's mediators beside the country, the country stays; among its parties
  // beside the country, the body does, the side the sources name most precisely. (facts.json governmentNouns; the
  // country from a demonym or a country's name among the body's words)
  const government = knowledge.lexicons.facts.governmentNouns;
  const namesGovernment = (name: string): boolean => {
    government.lastIndex = 0;
    return government.test(name);
  };
  const governmentOf = (name: string): string | undefined => (namesGovernment(name) ? countryInName(name) : undefined);
  // (a government named with no country, "the Revitalized Transitional Government of National Unity", is the government of
  // the country its series' rounds name most beside it)
  const unnamedGovernment = new Map<string, string>();
  for (const group of bySeries.values()) {
    const beside = new Map<string, Map<string, number>>();
    for (const b of group)
      for (const o of b.parties) {
        if (!isBody(o.id) || countryInName(o.name) !== undefined || !namesGovernment(o.name)) continue;
        const counts = beside.get(o.id) ?? new Map<string, number>();
        for (const p of b.parties) if (!isBody(p.id) && knowledge.byId.get(p.id)?.kind === 'country') counts.set(p.name, (counts.get(p.name) ?? 0) + 1);
        beside.set(o.id, counts);
      }
    for (const [id, counts] of beside) {
      const best = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
      if (best) unnamedGovernment.set(id, best[0]);
    }
  }
  const governmentOfParty = (o: { id: string; name: string }) => governmentOf(o.name) ?? unnamedGovernment.get(o.id);
  for (const b of briefs) {
    b.mediators = b.mediators.filter((m) => !(isBody(m.id) && b.mediators.some((o) => o.name === governmentOf(m.name) && !isBody(o.id))));
    b.parties = b.parties.filter((p) => isBody(p.id) || !b.parties.some((o) => isBody(o.id) && governmentOfParty(o) === p.name));
    // (two names of one government, "the Transitional Government of National Unity" beside its revitalized form: the
    // one its sources name more)
    b.parties = b.parties.filter((p) => {
      const c = isBody(p.id) ? unnamedGovernment.get(p.id) : undefined;
      return !c || !b.parties.some((o) => o !== p && isBody(o.id) && unnamedGovernment.get(o.id) === c && (o.evidence.length > p.evidence.length || (o.evidence.length === p.evidence.length && o.name.length > p.name.length)));
    });
    // (any other body of a country beside it among the parties, its army or a ministry, "Indian Army" beside India, is
    // that side's: the country stays)
    b.parties = b.parties.filter((p) => !isBody(p.id) || !stateBody(p.name) || !b.parties.some((o) => !isBody(o.id) && countryInName(p.name) === o.name));
  }
  // (and a round whose sources name the country alone, where the series' other rounds name its government as the
  // side, "talks between the Philippines and communist rebels": that government, the side the series names)
  for (const group of bySeries.values()) {
    const governments = new Map<string, EntityFact>();
    for (const b of group) for (const p of b.parties) if (isBody(p.id) && !p.inferred) { const c = governmentOf(p.name); if (c && !governments.has(c)) governments.set(c, p); }
    for (const b of group)
      b.parties = b.parties.map((p) => {
        const body = !isBody(p.id) ? governments.get(p.name) : undefined;
        return body && !b.parties.some((o) => o.id === body.id) ? { id: body.id, name: body.name, evidence: p.evidence, rules: [...(p.rules ?? []), 'briefs:series-government'], inferred: `the government of ${p.name}, as the series' other rounds name the side` } : p;
      });
  }
  // A country that mediates or hosts rounds of a series hosts every round of it held in one of its cities, where it
  // is not a side ("Qatar has been hosting the talks"; a round in Doha whose own reports say nothing of Qatar).
  for (const group of bySeries.values()) {
    const hosting = new Map<string, EntityFact>();
    for (const b of group) for (const m of b.mediators) if (!m.inferred && knowledge.byId.get(m.id)?.kind === 'country') hosting.set(m.name, m);
    for (const b of group) {
      const country = b.venue.city.map((c) => knowledge.byId.get(c.id)?.country).find(Boolean);
      const host = country ? hosting.get(country) : undefined;
      if (!host || b.mediators.some((m) => m.id === host.id) || b.parties.some((p) => p.id === host.id)) continue;
      b.mediators.push({ id: host.id, name: host.name, evidence: b.venue.city[0]!.evidence.slice(0, 1), rules: ['briefs:venue-host'], inferred: `the country of the venue, which mediates or hosts the series' other rounds` });
    }
  }
  // A group of states named as a side ("the E3"; knowledge base `members`) is its members: each a side, inferred, where
  // the round's sources do not name it already.
  for (const b of briefs) {
    const groups = b.parties.filter((p) => knowledge.byId.get(p.id)?.members);
    if (!groups.length) continue;
    b.parties = b.parties.filter((p) => !groups.includes(p));
    for (const g of groups)
      for (const name of knowledge.byId.get(g.id)!.members!) {
        const member = knowledge.aliases.get(aliasKey(name))?.find((e) => e.kind === 'country');
        if (member && !b.parties.some((p) => p.id === member.id) && !b.mediators.some((m) => m.id === member.id))
          b.parties.push({ id: member.id, name: member.name, evidence: g.evidence.slice(0, 1), rules: [...(g.rules ?? []), 'briefs:group-members'], inferred: `a member of ${g.name}, which the sources name as a side` });
      }
  }
  return briefs;
}
