/**
 * cues: phrases that speak of a negotiation round ("the second round", "the initial round",
 * "the inaugural trilateral talks", "a third round of talks", "the next meeting", "a renewed
 * round"), with the ordinal they give and the status their sentence states (held, planned,
 * announced, postponed, cancelled), from tense and cue words. A sentence that speaks of a session
 * without numbering it ("the two leaders met in Hanoi") gives a plain event cue. The words come from
 * lexicons/events.json.
 */
import type { Doc, RoundCue, RoundStatus } from '../model/schema.js';
import { numericOrdinalSource, ordinalOf, ordinalSource, phraseSource, type Knowledge } from '../knowledge/knowledge.js';
import type { DocStage } from './stage.js';
import { dayBounds } from './facts/text.js';
import { afterSomething, awaitedBefore, countStart, perKnowledge } from './facts/patterns.js';
import { lexTest, type GateSlot } from '../knowledge/gate.js';

/**
 * What may stand between an ordinal and its session noun: a modifier of events.json sessionModifiers ("the third direct
 * round"), a name or names joined by dashes ("the second Trump–Kim summit"), either with a sponsorship participle
 * ("U.S.-brokered", "EU-mediated": events.json sponsorship).
 */
const modifierSource = (kn: Knowledge): string => {
  const sponsored = String.raw`(?:[\u2011-]${kn.lexicons.events.sponsorship.source})`;
  return String.raw`(?:${kn.lexicons.events.sessionModifiers.source}|(?:[A-Z]\.){2,}${sponsored}|[A-Z][\p{L}]+(?:[\u2010-\u2014-][A-Z][\p{L}]+)*${sponsored}?)`;
};
/** A lexicon word in lower case, capitalized or upper case (the cue pattern is case-sensitive, for its name modifiers). */
const cased = (w: string) => [...new Set([w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()])].map(phraseSource).join('|');

interface CueRegexes {
  cue: RegExp;
  session: RegExp;
  /** The same, global: every session word of a sentence. */
  sessionAll: RegExp;
  /** After a relative cue, a copula giving its place: "the current round of talks is the seventh". */
  copula: RegExp;
  /** Words after an ordinal cue that make it count from another start than the series' (events.json countingPhrases,
   * countingSpans, unless sinceTheStart): "the first formal talks since June", "the first talks in six years". */
  since: RegExp;
  /** A span of time a first is counted in (events.json countingSpans): "the first talks in six years". */
  inSpan: RegExp;
  /** A verb in the past tense (events.json pastVerbs, pastSuffixes): the sentence reports what happened. */
  past: RegExp;
  /** The relatives that make a cue only before a round noun ("a new round"; events.json roundOnlyRelatives, roundNouns). */
  roundOnly: RegExp;
  roundNoun: RegExp;
  /** The session nouns that, numbered and followed by "of" and a body's name, are the body's (events.json bodySessionNouns). */
  bodySession: RegExp;
  /** A comparison's words right before a relative cue: "like (the previous rounds)" (events.json comparisonLeads). */
  compared: RegExp;
  /** Words right before a session word that set it apart from the talks ("a separate meeting"; events.json separateSessionLeads). */
  separate: RegExp;
  /** Words right before a numbered round that a session of the sentence prepares (events.json preparatoryLeads). */
  prepared: RegExp;
  /** What a "round of" counts besides talks, right after a cue ("the latest round of hostilities"; events.json otherRounds). */
  otherRound: RegExp;
  /** A body's own series after a numbered meeting: "of the … consultation mechanism" (events.json subSeriesBodies). */
  subSeries: RegExp;
  subSeriesSession: RegExp;
  /** A body that numbers its own meetings, anywhere (events.json subSeriesBodies). */
  subSeriesBody: RegExp;
  /** A possessive right before a numbered meeting: "its second meeting" (clauses.json groupPossessives). */
  groupPossessive: RegExp;
  /** The words after a numbered session that make it a part of a round: "the first session of which" (events.json partOfRoundLinks). */
  partOfRound: RegExp;
  /** A relative clause about the session right after its word (", which was held in …"; events.json sessionRelatives). */
  relative: RegExp;
  participle: RegExp;
}
const compiled = new WeakMap<Knowledge, CueRegexes>();
const recallingCache = new WeakMap<Knowledge, RegExp>();
/** The opening of a sentence up to a cue, when it is a subordinate clause of time (events.json recallingClauses). */
const RECALLING = (kn: Knowledge): RegExp => {
  let r = recallingCache.get(kn);
  if (!r) recallingCache.set(kn, (r = new RegExp(String.raw`^\W*(?:${kn.lexicons.recallingClauses.source})\s+[^,;:]*$`, 'i')));
  return r;
};

/** The cue patterns, built once per knowledge from its lexicons (lexicons/events.json). */
function regexes(kn: Knowledge): CueRegexes {
  let r = compiled.get(kn);
  if (!r) {
    const lex = kn.lexicons;
    const ev = lex.events;
    // (numbers with an ordinal ending last: "61st round"; events.json ordinals)
    const words = [...[...lex.ordinals.keys(), ...lex.relatives.keys()].sort((a, b) => b.length - a.length).map(cased), ...numericOrdinalSource(kn)].join('|');
    const nouns = [...lex.sessionNouns].sort((a, b) => b.length - a.length).map(cased).join('|');
    // (with the signing of a settlement by its name: "signed the Kuala Lumpur Peace Accord"; events.json
    // namedSettlementLeads and namedSettlementHeads)
    const verbs = [...[...lex.sessionVerbs].sort((a, b) => b.length - a.length).map(cased), String.raw`(?:${ev.namedSettlementLeads.source}) (?:[A-Z][\w'’-]*\s+){1,5}?${ev.namedSettlementHeads.source}`].join('|');
    r = {
      cue: new RegExp(String.raw`\b(${words})((?:[ \u2011-]${modifierSource(kn)}){0,3}) (${nouns})\b`, 'gu'),
      session: new RegExp(String.raw`\b(?:${nouns}|${verbs})\b`),
      sessionAll: new RegExp(String.raw`\b(?:${nouns}|${verbs})\b`, 'g'),
      copula: new RegExp(String.raw`^(?: of (?:${nouns}))?,? ${ev.copulas.source} (?:${ev.copulaAdverbs.source} )?the (${ordinalSource(kn, phraseSource)})\b`, 'i'),
      since: new RegExp(String.raw`^[^.;]{0,40}?${ev.countingPhrases.source}(?!\s+${ev.sinceTheStart.source})`, 'i'),
      inSpan: new RegExp(String.raw`^[^.;]{0,40}?\bin\s+(?:\w+\s+){0,3}?${ev.countingSpans.source}`, 'i'),
      // (a suffix's source less its leading word boundary: it ends a word)
      past: new RegExp(String.raw`${ev.pastVerbs.source}|\b\w{3,}${ev.pastSuffixes.source.replace(/^\\b/, '')}`),
      roundOnly: new RegExp(String.raw`^${ev.roundOnlyRelatives.source}$`, 'i'),
      roundNoun: new RegExp(String.raw`^${ev.roundNouns.source}$`, 'i'),
      bodySession: new RegExp(String.raw`^${ev.bodySessionNouns.source}$`, 'i'),
      compared: new RegExp(String.raw`${ev.comparisonLeads.source}\s+(?:the\s+|their\s+|its\s+)?$`, 'i'),
      otherRound: new RegExp(String.raw`^\s+of\s+(?:the\s+)?${ev.otherRounds.source}`, 'i'),
      subSeries: new RegExp(String.raw`^\s+of\s+(?:the\s+)?(?:[\p{L}.'’-]+,?\s+){0,8}?${ev.subSeriesBodies.source}`, 'iu'),
      subSeriesSession: new RegExp(String.raw`^${ev.subSeriesSessions.source}$`, 'i'),
      subSeriesBody: new RegExp(ev.subSeriesBodies.source, 'i'),
      groupPossessive: new RegExp(String.raw`(?:${lex.clauses.groupPossessives.source})\s+$`, 'i'),
      partOfRound: new RegExp(String.raw`^\s+(?:${ev.partOfRoundLinks.source})`, 'i'),
      separate: new RegExp(String.raw`\b${ev.separateSessionLeads.source}\s+(?:[\p{L}-]+\s+)?$`, 'iu'),
      prepared: new RegExp(String.raw`\b(?:${ev.preparatoryLeads.source})\s+(?:the\s+)?$`, 'i'),
      relative: new RegExp(String.raw`^(?:\s+of\s+[^,;.]{1,40}?)?\s*,\s*(?:${ev.sessionRelatives.source})\s+([^,;.]+)`, 'i'),
      // ("like the first round, held in Lima last March": a participle apposition, clauses.json sessionParticiples)
      participle: new RegExp(String.raw`^\s*,\s*((?:${lex.clauses.sessionParticiples.source})\b[^,;.]+)`, 'i'),
    };
    compiled.set(kn, r);
  }
  return r;
}

/** ", while the second was held …": a conjunction, "the" and an ordinal word standing for a session noun (group 1),
 * followed by a verb, not by a noun of its own. */
const ELLIPTICAL = perKnowledge((kn) => new RegExp(String.raw`(?:,\s*|\s)(?:${kn.lexicons.events.ellipticalLeads.source})\s+(?:${kn.lexicons.clauses.articles.source})\s+(${ordinalSource(kn, phraseSource)})(?=\s+(?:${kn.lexicons.events.ellipticalVerbs.source})\b)`, 'gi'));

/** The word every phrase of TIMES_COUNTED holds, tested first (few sentences hold it). */
const TIME_WORD = /\btime\b/i;
/** "met for a second time": a verb of meeting, "for a"/"for the", an ordinal word (group 1) and "time" (events.json
 * timesCountedVerbs). */
const TIMES_COUNTED = perKnowledge((kn) => new RegExp(String.raw`\b(?:${kn.lexicons.events.timesCountedVerbs.source})\s+(?:again\s+)?for\s+(?:a|the)\s+(${ordinalSource(kn, phraseSource)})\s+time\b`, 'gi'));

/** The status a sentence states for the round it speaks of: the first status rule of lexicons/events.json that matches. */
export function statusOf(sentence: string, kn: Knowledge): RoundStatus | undefined {
  // (a rule whose phrases the gate turns down cannot match: gate.ts)
  const words: { text: string } & GateSlot = { text: sentence };
  for (const r of kn.lexicons.statuses) if (lexTest(kn, words, r.phrases) && !r.unless?.test(sentence) && (!CALLED_OFF.has(r.status) || saysOfSession(sentence, r.phrases, kn))) return r.status;
  return undefined;
}

/** The statuses that move or drop a session, which a relative clause may say of something else (a statement, a vote). */
const CALLED_OFF = new Set<RoundStatus>(['postponed', 'cancelled']);
const globalCache = new WeakMap<RegExp, RegExp>();
/** A relative clause's opening right before a status phrase, and the noun it hangs on: "a joint statement that was ". */
const RELATIVE_BEFORE = /([\p{L}-]+)\s*,?\s+(?:that|which)\s+(?:(?:was|were|is|are|had been|has been|have been|been|got)\s+)?$/iu;
/** Whether some match of a status phrase says something of a session: not one in a relative clause on another noun
 * ("described the talks as successful in a joint statement that was delayed" postpones the statement, not the talks). */
function saysOfSession(sentence: string, phrases: RegExp, kn: Knowledge): boolean {
  let all = globalCache.get(phrases);
  if (!all) globalCache.set(phrases, (all = new RegExp(phrases.source, phrases.flags.includes('g') ? phrases.flags : phrases.flags + 'g')));
  for (const m of sentence.matchAll(all)) {
    const rel = RELATIVE_BEFORE.exec(sentence.slice(Math.max(0, m.index! - 60), m.index!));
    if (!rel || kn.lexicons.sessionNouns.includes(rel[1]!.toLowerCase())) return true;
  }
  return false;
}

const recallingPrepCache = new WeakMap<Knowledge, RegExp>();
/** The text before a cue, when it ends with a preposition of time and an article (events.json recallingPrepositions). */
function RECALLING_PREP(kn: Knowledge): RegExp {
  let r = recallingPrepCache.get(kn);
  if (!r) recallingPrepCache.set(kn, (r = new RegExp(String.raw`\b(?:${kn.lexicons.recallingPrepositions.source})\s+(?:the\s+)?$`, 'i')));
  return r;
}

const recalledBeforeCache = new WeakMap<Knowledge, RegExp>();
/** The text before a cue, when it ends with a preposition of time and a few words, no punctuation between ("following
 * what she called a useful "; events.json recallingPrepositions). */
function RECALLED_BEFORE(kn: Knowledge): RegExp {
  let r = recalledBeforeCache.get(kn);
  if (!r) recalledBeforeCache.set(kn, (r = new RegExp(String.raw`\b(?:${kn.lexicons.recallingPrepositions.source})\s+(?:[\p{L}'’-]+\s+){0,6}$`, 'iu')));
  return r;
}

const recallingPartCache = new WeakMap<Knowledge, RegExp>();
/** The text before a cue, when it ends with a participle of a round's outcome and a preposition ("the texts agreed upon
 * during the"; events.json recallingParticiples). */
function RECALLING_PART(kn: Knowledge): RegExp {
  let r = recallingPartCache.get(kn);
  if (!r) recallingPartCache.set(kn, (r = new RegExp(String.raw`\b(?:${kn.lexicons.recallingParticiples.source})\s+(?:${kn.lexicons.recallingParticipleLinks.source})\s+(?:the\s+)?$`, 'i')));
  return r;
}

/** Stage options (pipeline.json): how many days before its report a round the report numbers may have met and still be
 * the one it reports (an older one it only recalls). */
export interface CuesOptions {
  recentDays?: number;
  /** How many days before its report a day must lie for a round it dates to be an earlier one (`earlier`). */
  earlierDays?: number;
}

/**
 * Whether the dates of a sentence all lie long before the report ("The first round took place in Caracas last
 * November", in a report of February): a round it numbers is one the report recalls, not the one it reports.
 */
function datedLongBefore(doc: Doc, from: number, to: number, recentDays: number, kn: Knowledge, cueEnd = from): boolean {
  const day = doc.anchor?.day ? Date.parse(doc.anchor.day) : NaN;
  const monthDay = doc.anchor?.monthDay;
  if (!Number.isFinite(day) && !monthDay) return false;
  // (not the day a count starts from: "the seventh since they started in April"; nor, after the round, the day of what
  // it came after: "the fourth round of meetings in four months, after both sides reached an agreement in May")
  const ends = doc.mentions
    .filter((m) => m.type === 'Date' && m.start >= from && m.end <= to && /^\d{4}-\d{2}/.test(m.value ?? '') && !countStart(kn).test(doc.text.slice(Math.max(from, m.start - 100), m.start)) && !(m.start >= cueEnd && afterSomething(kn).test(doc.text.slice(Math.max(cueEnd, m.start - 100), m.start))))
    .map((m) => dayBounds(m.value!)?.[1])
    .filter((d): d is string => !!d);
  if (!ends.length) return false;
  // (with a dateline's day and no year, "PATTANI, Jan 12 —": the first such day on or after the days the sentence
  // dates, the earliest the report can be, "was held on January 20, 2020" a year before it)
  const latest = Math.max(...ends.map((d) => Date.parse(d)));
  const anchor = Number.isFinite(day) ? day : firstDayOnOrAfter(monthDay!, latest);
  return ends.every((d) => Date.parse(d) < anchor - recentDays * 86_400_000);
}

/** The first day "MM-DD" falls on, on or after `t` (a time). */
function firstDayOnOrAfter(monthDay: string, t: number): number {
  const y = new Date(t).getUTCFullYear();
  for (const year of [y, y + 1, y + 2, y + 3, y + 4]) {
    const at = Date.parse(`${year}-${monthDay}`);
    if (Number.isFinite(at) && at >= t) return at;
  }
  return NaN;
}

/** Whether the line holding `at` follows a line that is only a running time ("01:07", "1:02:33"). */
export function afterRunningTime(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (lineStart === 0) return false;
  const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  return /^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}\s*$/.test(text.slice(prevStart, lineStart - 1));
}

const countedCache = new WeakMap<Knowledge, RegExp>();
/** A plural noun of counted sessions, alone (events.json countedSessionNouns). */
function countedNoun(kn: Knowledge): RegExp {
  let r = countedCache.get(kn);
  if (!r) countedCache.set(kn, (r = new RegExp(String.raw`^(?:${kn.lexicons.events.countedSessionNouns.source})$`, 'i')));
  return r;
}

export function findCues(doc: Doc, kn: Knowledge, options: CuesOptions = {}): Doc {
  const recentDays = options.recentDays ?? 45;
  const earlierDays = options.earlierDays ?? 2;
  const { cue: CUE, session: SESSION, sessionAll: SESSION_ALL, copula: COPULA, since: SINCE, inSpan: IN_SPAN, past: PAST, roundOnly: ROUND_ONLY, roundNoun: ROUND_NOUN, bodySession: BODY_SESSION, compared: COMPARED, otherRound: OTHER_ROUND, subSeries: SUB_SERIES, subSeriesSession: SUB_SERIES_SESSION, subSeriesBody: SUB_SERIES_BODY, groupPossessive: GROUP_POSSESSIVE, partOfRound: PART_OF_ROUND, separate: SEPARATE, prepared: PREPARED, relative: RELATIVE, participle: PARTICIPLE } = regexes(kn);
  /** The status a relative clause right after a session word states of it (", which was held in …"), if any. */
  const ownStatus = (after: string): RoundStatus | undefined => {
    const m = RELATIVE.exec(after) ?? PARTICIPLE.exec(after);
    return m ? statusOf(m[1]!, kn) : undefined;
  };
  const cues: RoundCue[] = [];
  /** Whether the session noun `noun` ending at `end` is followed by "of" and a body's name that is not itself the talks'
   * ("session of the UN General Assembly", not "session of the Doha talks"). */
  const bodySitting = (end: number, noun: string): boolean => {
    if (!BODY_SESSION.test(noun)) return false;
    const of = /^\s+of\s+(?:the\s+)?/.exec(doc.text.slice(end, end + 12));
    if (!of) return false;
    const body = doc.mentions.find((x) => x.start === end + of[0].length && x.type === 'Organization');
    return !!body && !SESSION.test(doc.text.slice(body.end, body.end + 30).split(/[,;.]/)[0]!);
  };
  for (let si = 0; si < doc.sentences.length; si++) {
    const sent = doc.sentences[si]!;
    const text = doc.text.slice(sent.start, sent.end);
    // A line right after a line that holds only a video's running time ("00:59") is the title of a link the page
    // lists, not the article's own words.
    if (afterRunningTime(doc.text, sent.start)) continue;
    const before = cues.length;
    // The sentence's status, read once (the first cue or event cue that asks for it).
    const COUNTED = countedNoun(kn);
    let sentenceStatus: RoundStatus | undefined | null = null;
    const statusHere = (): RoundStatus | undefined => (sentenceStatus === null ? (sentenceStatus = statusOf(text, kn)) : sentenceStatus);
    CUE.lastIndex = 0;
    for (let m = CUE.exec(text); m; m = CUE.exec(text)) {
      const word = m[1]!.toLowerCase();
      const event = m[3]!.toLowerCase();
      // "first time", "new agreement": only meeting words make a cue; "new talks" alone is too vague.
      if (ROUND_ONLY.test(word) && !ROUND_NOUN.test(event)) continue;
      const start = sent.start + m.index;
      // "the 79th session of the UN General Assembly": a numbered session of a body, in the body's own series, not a round
      // of the talks (events.json bodySessionNouns; not where the body's name is the talks': "the second session of the
      // Doha talks").
      if (ordinalOf(kn, word) !== undefined && bodySitting(start + m[0].length, event)) continue;
      // "the NATO 75th Anniversary Summit": an ordinal that counts an occasion, not a round (events.json occasionWords).
      if (m[2] && kn.lexicons.events.occasionWords.test(m[2])) continue;
      // "… headed the delegations, like the previous rounds": a comparison, no session the sentence tells of.
      if (kn.lexicons.relatives.has(word) && COMPARED.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
      const clauseAfter = text.slice(m.index + m[0].length, m.index + m[0].length + 120);
      let status = ownStatus(clauseAfter) ?? statusHere();
      // "The second round … has come to an end in Rome, with both sides agreeing to meet again": a sentence that announces
      // a session may say the one it names first met; its own clause (to the first comma) says so.
      if (status === 'announced' && statusOf(clauseAfter.split(/[,;:]/)[0]!, kn) === 'held') status = 'held';
      // (so does a cue before a contrast word that opens the announcing clause with no comma: "no breakthrough in the
      // 14th round on Wednesday however the two sides agreed to meet again": the status of the words before it)
      if (status === 'announced') {
        const bare = kn.lexicons.clauses.stepBareOpeners.exec(clauseAfter);
        const head = bare ? text.slice(0, m.index + m[0].length) + clauseAfter.slice(0, bare.index) : undefined;
        const own = head === undefined ? 'announced' : statusOf(head, kn);
        if (own !== 'announced') status = own;
      }
      // "the next round is set for Friday, following what she called a useful first round": a numbered round a few words
      // after a preposition of time, in a sentence that plans another, met (events.json recallingPrepositions).
      if ((status === 'planned' || status === 'announced') && ordinalOf(kn, word) !== undefined && RECALLED_BEFORE(kn).test(text.slice(Math.max(0, m.index - 60), m.index))) status = 'held';
      // "a preparatory meeting for the 12th round took place": the round is still to meet.
      const prepared = ordinalOf(kn, word) !== undefined && PREPARED.test(text.slice(Math.max(0, m.index - 60), m.index));
      if (prepared) status = 'planned';
      // "No plans had been made for a third summit": a denied plan is no round.
      if (status !== 'held' && kn.lexicons.negatedPlans.test(text.slice(0, m.index + m[0].length))) continue;
      // "the first formal talks since June", "the third encounter this year", "first talks in six years": a count
      // from another starting point, not the session's place in the series.
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
      // "the latest round of hostilities": a round of something else than talks.
      if (OTHER_ROUND.test(after)) continue;
      // "The current round of talks is the seventh": a relative cue whose place the sentence states.
      const relative = kn.lexicons.relatives.get(word);
      // "building on the progress achieved in previous rounds": earlier sessions counted in the plural name no one round
      // (events.json countedSessionNouns).
      if (relative === 'previous' && COUNTED.test(event)) continue;
      const copula = relative ? COPULA.exec(after) : null;
      // (a first in a span of time is a first since a gap, "the first talks in six years"; a later one still counts the
      // series, "their fourth round of talks in four months")
      const stated = ordinalOf(kn, copula ? copula[1]! : word);
      const rest = copula ? after.slice(copula[0].length) : after;
      // (a meeting numbered in a body's own series, "the first meeting of the … consultation mechanism", is a session of
      // the talks whose number is not theirs; events.json subSeriesBodies)
      // (so is one a body holds as its own, "The Supervisory Committee … held its second meeting")
      const counted = SINCE.test(rest) || (stated === 1 && IN_SPAN.test(rest)) || (SUB_SERIES_SESSION.test(event) && (SUB_SERIES.test(rest) || (GROUP_POSSESSIVE.test(text.slice(0, m.index)) && SUB_SERIES_BODY.test(text.slice(0, m.index)))));
      const ordinal = counted ? undefined : stated;
      // "Before the first round was suspended, mediators …": a clause opening the sentence that sets its time recalls
      // an earlier round.
      // (so does "the texts agreed upon during the first round": what that round produced, now at hand)
      const recalled = ordinal !== undefined && (RECALLING(kn).test(text.slice(0, m.index)) || RECALLING_PART(kn).test(text.slice(0, m.index)) || (status !== 'planned' && status !== 'announced' && datedLongBefore(doc, sent.start, sent.end, recentDays, kn, start + m[0].length)));
      // A preposition of time right before it: the sentence dates something by that round ("the first talks since
      // Athens broke them off after the 9th round").
      const datedBy = ordinal !== undefined && status !== 'planned' && status !== 'announced' && RECALLING_PREP(kn).test(text.slice(0, m.index));
      // "The first meeting … was held on Feb. 18 in Riyadh", in a report of February 27: a round its sentence dates days
      // before the report met before the report's day.
      const earlier = ordinal !== undefined && !recalled && status !== 'planned' && status !== 'announced' && datedLongBefore(doc, sent.start, sent.end, earlierDays, kn, start + m[0].length);
      cues.push({
        start,
        end: start + m[0].length,
        text: m[0],
        ...(ordinal !== undefined ? { ordinal } : {}),
        ...(relative ? { relative } : {}),
        ...(status ? { status } : {}),
        ...(recalled ? { recalled } : {}),
        ...(datedBy ? { datedBy } : {}),
        ...(earlier ? { earlier } : {}),
        ...(prepared ? { prepared } : {}),
        sentence: si,
      });
    }
    // "The first round was held in Cairo in August, while the second was held in Addis Ababa": an ordinal alone after
    // a numbered cue of the sentence, joined to it by a conjunction and followed by a verb, numbers a session of the
    // same noun (events.json ellipticalLeads, ellipticalVerbs), with its own clause's status.
    // "The envoys met for a second time on Thursday": the time the sides meet numbers the session, where no other cue of
    // the sentence does (not a count since a gap: "met for the first time in six years").
    if (TIME_WORD.test(text) && !cues.slice(before).some((c) => c.ordinal !== undefined)) {
      TIMES_COUNTED(kn).lastIndex = 0;
      const t = TIMES_COUNTED(kn).exec(text);
      const n = t ? ordinalOf(kn, t[1]!.toLowerCase()) : undefined;
      const rest = t ? text.slice(t.index + t[0].length, t.index + t[0].length + 60) : '';
      if (t && n !== undefined && !SINCE.test(rest) && !IN_SPAN.test(rest)) {
        const at = sent.start + t.index + t[0].lastIndexOf(t[1]!);
        const status = statusHere();
        cues.push({ start: at, end: sent.start + t.index + t[0].length, text: text.slice(at - sent.start, t.index + t[0].length), ordinal: n, ...(status ? { status } : {}), sentence: si });
      }
    }
    const numbered = cues.slice(before).filter((c) => c.ordinal !== undefined);
    if (numbered.length) {
      const last = numbered.at(-1)!;
      ELLIPTICAL(kn).lastIndex = 0;
      for (let e = ELLIPTICAL(kn).exec(text); e; e = ELLIPTICAL(kn).exec(text)) {
        const at = sent.start + e.index + e[0].length - e[1]!.length;
        const n = ordinalOf(kn, e[1]!.toLowerCase());
        if (at <= last.end || n === undefined || cues.slice(before).some((c) => c.ordinal === n)) continue;
        const clause = text.slice(e.index + e[0].length, e.index + e[0].length + 120).split(/[,;:]/)[0]!;
        const status = statusOf(clause, kn) ?? last.status;
        cues.push({ start: at, end: at + e[1]!.length, text: e[1]!, ordinal: n, ...(status ? { status } : {}), sentence: si });
      }
    }
    // A sentence that reports a session without numbering it ("The two leaders met in Hanoi on Wednesday"):
    // a plain event cue, the round of the document's unnumbered session (stage facts).
    // A sentence whose only cues point back ("their previous meeting") may still report its own session ("the Ohrid
    // meeting between A and B … since their previous meeting"): the first session word outside those cues.
    // So may a sentence that reports its session before it looks ahead ("A and B had agreed at a meeting in X that no
    // further talks were needed"): the first session word before its forward cue.
    const relOnly = cues.length > before && cues.slice(before).every((c) => (c.relative === 'previous' || c.relative === 'next') && c.ordinal === undefined);
    if (cues.length === before || relOnly) {
      const own = cues.slice(before);
      const firstNext = Math.min(...own.filter((c) => c.relative === 'next').map((c) => c.start));
      const re = SESSION_ALL;
      re.lastIndex = 0;
      let m: RegExpExecArray | null = null;
      for (let x = re.exec(text); x; x = re.exec(text)) {
        const at = sent.start + x.index;
        if (at >= firstNext) break;
        // (a sitting of a body the talks meet beside is no session of theirs: "during the 79th session of the UN General
        // Assembly, A and B held a meeting")
        // (nor a round of something else: "since the latest round of hostilities erupted")
        // (nor one set apart from the talks, which the sentence is then about: "a separate meeting between A and B outside
        // the exploratory framework")
        if (SEPARATE.test(text.slice(Math.max(0, x.index - 40), x.index))) break;
        if (!own.some((c) => at >= c.start && at < c.end) && !bodySitting(at + x[0].length, x[0]) && !OTHER_ROUND.test(text.slice(x.index + x[0].length, x.index + x[0].length + 40))) {
          m = x;
          break;
        }
      }
      if (m) {
        // A report in the past tense with no status word ("made no progress at the talks") reports a session held;
        // not a session the words right before it await ("Ahead of new talks in Lisbon next week, the rebels warned …").
        const awaited = awaitedBefore(kn).test(text.slice(Math.max(0, m.index - 60), m.index));
        const status = awaited ? 'planned' : ownStatus(text.slice(m.index + m[0].length, m.index + m[0].length + 120)) ?? statusHere() ?? (PAST.test(text) ? 'held' : undefined);
        cues.push({ start: sent.start + m.index, end: sent.start + m.index + m[0].length, text: m[0], ...(status ? { status } : {}), sentence: si });
      }
    }
  }
  // A document that makes its numbered sessions parts of a round ("Jordan hosted a round of talks, the first session of
  // which was held on Wednesday") counts with them the days of that round, not the rounds: none of them is a round's
  // number there ("the second session of talks was held a day after").
  const nounOf = (c: RoundCue) => c.text.split(/\s+/).at(-1)!.toLowerCase().replace(/s$/, '');
  const parts = cues.filter((c) => c.ordinal !== undefined && SUB_SERIES_SESSION.test(nounOf(c)) && PART_OF_ROUND.test(doc.text.slice(c.end, c.end + 20)));
  if (parts.length) {
    const nouns = new Set(parts.map(nounOf));
    for (const c of cues) if (c.ordinal !== undefined && nouns.has(nounOf(c))) delete c.ordinal;
  }
  return { ...doc, cues };
}

export const cuesStage: DocStage = {
  name: 'cues',
  requires: ['sentences', 'mentions'],
  assigns: ['cues'],
  run: (doc, options, ctx) => findCues(doc, ctx.knowledge, options as CuesOptions),
};
