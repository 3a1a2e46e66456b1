/**
 * facts: what one document says about each round, with the span that says it.
 *
 * 1. Every round cue gets the round it speaks of, resolved within the document: an ordinal
 *    ("the second round"), or relative to the document's current round ("the next meeting",
 *    "a renewed round"). The current round is the highest one the document speaks of as held
 *    or about to open.
 * 2. Every sentence is attributed to a round: a sentence with a cue to the cue's round; others
 *    to their section's round (a section starts at a heading; its round is the first cue in the
 *    heading or the paragraph after it, else the document's current round).
 * 3. Facts are read from the sentences by cue patterns: dates held and planned and the venue
 *    (in cue sentences), facilities, parties, mediators and hosts, delegation members with
 *    their roles, topics, outcomes with their quantities, quotes with their speakers, and what
 *    comes next. Nothing here names a place, person or date of any corpus.
 */
import type { Doc, EntityCue, Fact, Mention, RoundCue, TextSpan, Token } from '../model/schema.js';
import { aliasKey, phraseSource, type Knowledge } from '../knowledge/knowledge.js';
import type { DocStage } from './stage.js';
import { lowerBound, startOf } from '../text/sorted.js';
import { groupKey } from './rounds.js';

interface Sent {
  index: number;
  start: number;
  end: number;
  text: string;
  round: number;
  cues: RoundCue[];
  mentions: Mention[];
  heading: boolean;
  /** It speaks of a session without numbering it, in an article that numbers rounds: it reports its section's round. */
  plain: RoundCue[];
  /** First sentence of its line (paragraph). */
  lineStart: boolean;
}

/**
 * Resolves each cue's round within its document: its ordinal, or relative to the document's current
 * round. A document that numbers no round reports one unnumbered session, round 0: its plain event
 * cues and its "this round" speak of it ("the next round" is left to the next steps).
 */
export function resolveRounds(cues: RoundCue[]): { cues: RoundCue[]; current: number } {
  // A round only recalled ("Before the first round was suspended") is not the one the document reports.
  const explicit = cues.filter((c) => c.ordinal !== undefined && !c.recalled);
  const current = Math.max(0, ...explicit.filter((c) => c.status !== 'announced' || explicit.length === 1).map((c) => c.ordinal!));
  // "The upcoming meeting" in an article that numbers only rounds still to come is the first of them.
  const held = Math.max(0, ...explicit.filter((c) => c.status !== 'announced' && c.status !== 'planned').map((c) => c.ordinal!));
  const comingNext = Math.min(...explicit.filter((c) => (c.status === 'planned' || c.status === 'announced') && c.ordinal! > held).map((c) => c.ordinal!));
  const out = cues.map((c) => {
    let round: number | undefined = c.ordinal;
    // "A new round will be launched on Monday", after "the seventh round ended": the round after the document's own.
    const ahead = c.relative === 'next' || (c.relative === 'renewed' && (c.status === 'planned' || c.status === 'announced') && held === current);
    if (round === undefined && current && ahead && Number.isFinite(comingNext)) round = comingNext;
    else if (round === undefined && current && ahead) round = current + 1;
    else if (round === undefined && current && c.relative) round = c.relative === 'next' ? current + 1 : c.relative === 'previous' ? Math.max(1, current - 1) : current;
    else if (round === undefined && !current && (!c.relative || c.relative === 'current' || c.relative === 'renewed')) round = 0;
    return round === undefined ? c : { ...c, round };
  });
  return { cues: out, current };
}

/**
 * What may stand between a mediator and its cue: "X, which mediated", "X has hosted", "X, acting as mediator",
 * "X continues to serve as a neutral host", "X acted as the primary mediator" — a few words, no clause break.
 */
const SUBJECT_OF_CUE = /^(?:[’']s)?(?:\s*,\s*(?:who|which|acting as|serving as)\b)?(?:\s+[\p{Ll}-]+){0,6}\s*$/u;
/** The unit of a TIMEX3 duration's designator (P7D, PT48H): months and minutes share M, told apart by the T. */
const DURATION_UNIT: Record<string, string> = { Y: 'year', M: 'month', W: 'week', D: 'day', H: 'hour' };
const DAY = 86_400_000;
/** Stage options (pipeline.json): how long before its report an unnumbered session may have met, and how many days
 * around its last day still belong to it. */
export interface FactsOptions {
  recentDays?: number;
  nearDays?: number;
}

/** Words right before a date that make it the plan, not the meeting: "scheduled for February 1", "delayed from the weekend". */
const DATE_PLANNED = /\b(scheduled|set|planned|slated|due|expected|originally|initially)\s+(?:for|to|on|as)?\s*(?:the\s+)?$/i;
const DATE_POSTPONED_FROM = /\bfrom\s+(?:the\s+)?$/i;
/** Outcome rules (lexicons/facts.json) and the kind of outcome each reports. */
const OUTCOME_RULES: Array<['outcomeFailure' | 'outcomeAgreement' | 'outcomeOther', 'failure' | 'agreement' | 'other']> = [
  ['outcomeFailure', 'failure'],
  ['outcomeAgreement', 'agreement'],
  ['outcomeOther', 'other'],
];
const GENERIC_TOPIC = /\b(issues|topics|matters|questions|points|areas|steps|measures|things|items|range)$/i;
const ANAPHOR = /\b(those|these|that|the same) (talks|discussions|meetings?|sessions?|rounds?|negotiations)\b/i;
/** A word before an opening quote mark that makes it a scare quote inside a phrase, not speech. */
const SCARE = /\b(a|an|the|of|to|for|on|in|its|their|his|her|potential|possible|so-called|called for)\s*$/i;

/** A value built once per knowledge (the patterns built from its lexicons), then reused. */
function perKnowledge<T>(build: (kn: Knowledge) => T): (kn: Knowledge) => T {
  const cache = new WeakMap<Knowledge, T>();
  return (kn) => {
    let v = cache.get(kn);
    if (v === undefined) cache.set(kn, (v = build(kn)));
    return v;
  };
}

/** A day that dates the report, not the session: right after a speech verb ("the EU said Thursday", "told reporters on
 * Monday") or right before one ("Iran on Sunday said"); `ahead`: the clause after such a day looks forward. */
const reportDay = perKnowledge((kn) => {
  const verbs = kn.lexicons.speechVerbsSource;
  return {
    before: new RegExp(String.raw`${verbs}(?:\s+(?:reporters|journalists|the press|the media|state media|\p{Lu}\p{L}+))?\s+(?:on\s+|late\s+|early\s+)?$`, 'iu'),
    after: new RegExp(String.raw`^\s+${verbs}`, 'i'),
    // The reported clause after the day, where it looks ahead ("… on Saturday he would know").
    ahead: new RegExp(String.raw`^[\s,]*(?:that\s+)?(?:\p{L}+\s+){0,2}(?:${kn.lexicons.facts.lookingAhead.source})`, 'iu'),
  };
});

/** The outcome rules as global regexes (every phrase of a sentence). */
const outcomeRegexes = perKnowledge((kn): Record<string, RegExp> => Object.fromEntries(OUTCOME_RULES.map(([name]) => [name, new RegExp(kn.lexicons.facts[name].source, 'gi')])));

/** A session noun right after a name, with a word between at most ("the Hanoi summit", "the Doha peace talks"). */
const sessionAfter = perKnowledge((kn) => new RegExp(String.raw`^\s+(?:[\p{Ll}-]+\s+)?(?:${kn.lexicons.sessionNouns.map(phraseSource).join('|')})\b`, 'u'));

/** First words of the demonyms of more than one word ("North" of "North Korean"). */
const MULTI_FIRST = perKnowledge((kn) => new Set([...kn.lexicons.demonymCountry.keys()].filter((d) => d.includes(' ')).map((d) => d.split(' ')[0]!)));

/** A speech verb and the day it was said ("NAME said on Monday evening (that)"): a reported clause starts after it. */
const reportedClause = perKnowledge((kn) => new RegExp(String.raw`(?:${kn.lexicons.speechVerbsSource})(?:\s+(?:on\s+|late\s+|early\s+)?\p{Lu}\p{Ll}+day(?:\s+(?:morning|afternoon|evening|night))?)?(?:\s+that)?\s+`, 'giu'));

/** The words before a day a count starts from ("since talks broke down in"), up to the day. */
const countStart = perKnowledge((kn) => new RegExp(String.raw`(?:${kn.lexicons.facts.countsFrom.source})\s+(?:[\p{L}’']+\s+){0,4}?(?:(?:in|on|at)\s+)?(?:(?:the|early|late|mid)\s+)?$`, 'iu'));

/** A remit preposition ending a text ("envoy for the ") and one alone (a role's word), from facts.json remitWords. */
const remitEnd = perKnowledge((kn) => new RegExp(String.raw`(?:${kn.lexicons.facts.remitWords.source})\s+(?:the\s+)?$`, 'i'));
const remitWord = perKnowledge((kn) => new RegExp(String.raw`^(?:${kn.lexicons.facts.remitWords.source})$`, 'i'));

/** "since their landmark summit in": a session named after "since" is an earlier one, and so is its city. */
const SINCE_SESSION = perKnowledge((kn) => new RegExp(String.raw`\bsince\s+(?:(?:the|their|its|his|her|a|an)\s+)?(?:[\p{L}-]+\s+){0,2}(?:${kn.lexicons.sessionNouns.map(phraseSource).join('|')})\s+(?:in|at)\s+(?:the\s+)?$`, 'iu'));

/**
 * The words before a day or a city that belong to a settlement the sentence recalls ("the peace agreement signed on …
 * in", "the deal that was reached in"): an agreement noun, a concluding participle, then no clause boundary.
 */
const recalledSettlement = perKnowledge((kn) => new RegExp(String.raw`(?:${kn.lexicons.facts.agreementNouns.source})\s+(?:(?:that|which)\s+)?(?:(?:was|were|had\s+been|has\s+been)\s+)?(?:${kn.lexicons.facts.concludedVerbs.source})[^,;.()“”"]{0,40}$`, 'iu'));

/** "in the Kenyan capital": a demonym (group 1) and a capital noun (group 2) after "in"/"at". */
const capitalDescription = perKnowledge((kn) => new RegExp(String.raw`\b(?:in|at)\s+the\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+(${kn.lexicons.facts.capitalNouns.source.replace(/^\\b|\\b$/g, '')})\b`, 'gu'));
/** Each country's capital city (the first the country data lists), from the knowledge base. */
const capitalOf = perKnowledge((kn) => {
  const out = new Map<string, string>();
  for (const e of kn.byId.values()) if (e.type === 'Place' && e.kind === 'capital' && e.country && !out.has(e.country)) out.set(e.country, e.name);
  return out;
});

/** A denial right before a verb, two words between at most ("did not attend", "has never formally participated"). */
const denied = perKnowledge((kn) => new RegExp(String.raw`(?:${kn.lexicons.facts.denials.source})\s+(?:\p{L}+\s+){0,2}$`, 'iu'));

/** A whole word that is a form of address (facts.json honorifics). */
const honorific = perKnowledge((kn) => new RegExp(String.raw`^(?:${kn.lexicons.facts.honorifics.source})$`, 'i'));

/** A concluding verb right before a day ("agreed this Saturday, November 12", "signed on Friday"). */
const settlementDay = perKnowledge((kn) => new RegExp(String.raw`(?:${kn.lexicons.facts.concludedVerbs.source})\s+(?:(?:on|this|last|late|early|on\s+the)\s+)?$`, 'iu'));

/** A preposition right before a mediator word, a determiner and a word between at most ("seen with the mediators"). */
const objectOfCue = perKnowledge((kn) => new RegExp(String.raw`(?:${kn.lexicons.facts.objectOfCue.source})\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\p{Ll}-]+\s+)?$`, 'iu'));

/** What follows a duration that measures a session: "(13 days) of talks", "(nine-day) negotiations". */
const sessionDuration = perKnowledge((kn) => new RegExp(String.raw`^[\s-]*(?:[\p{L}-]+\s+)?${kn.lexicons.sessionDurationsSource}`, 'iu'));

/** The outcome, next-step and facility patterns (facts.json's last block). */
const outcomePatterns = perKnowledge((kn) => {
  const f = kn.lexicons.facts;
  const docs = f.outcomeDocuments.source;
  return {
    // "signed off on a seven-day truce", "produced two draft texts": a making verb, a few words, a document noun.
    making: new RegExp(String.raw`${f.outcomeMaking.source}\s+(?:[\p{L}\d,.'’-]+\s+){0,3}?${docs}`, 'giu'),
    // "the accord states", "…, the deal says.", "It also calls for".
    terms: new RegExp(String.raw`${docs}\s+(?:also\s+)?${f.outcomeTerms.source}`, 'iu'),
    termsIt: new RegExp(String.raw`^\s*It\s+(?:also\s+)?${f.outcomeTerms.source}`, 'u'),
    carry: new RegExp(f.termsCarry.source, 'i'),
    background: new RegExp(String.raw`^\s*(?:(?:people\s+|civilians\s+)?${f.backgroundCounts.source}|${f.sideCounts.source})`, 'i'),
    // "a war that has killed 4,000", "displaced more than a million": the count word before the number.
    backgroundBefore: new RegExp(String.raw`${f.backgroundCounts.source}\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|at\s+least\s+)?$`, 'i'),
    aims: new RegExp(String.raw`${f.aims.source}(?:\s+[\p{L}’'-]+){0,3}\s*$`, 'iu'),
    meetAgain: new RegExp(String.raw`^\s*${f.meetAgain.source}`, 'i'),
    next: new RegExp(f.nextStep.source, 'gi'),
    tentative: f.tentativeSteps,
    attribution: new RegExp(String.raw`^(?:,\s*["”]?|["”]\s*,?)\s*(?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}|(?:the|a|an)\s+(?:[\p{L}-]+\s+){1,3}|(?:he|she|they|it)\s+)(?:${kn.lexicons.speechVerbsSource}|read)\b.{0,40}$`, 'u'),
    levels: [
      ['leaders', f.levelLeaders],
      ['ministers', f.levelMinisters],
      ['experts', f.levelExperts],
    ] as Array<['leaders' | 'ministers' | 'experts', RegExp]>,
    // "the EEAS building", "the European Commission's landmark headquarters", "the Capella hotel": a name, a word at
    // most, a facility noun.
    any: new RegExp(
      String.raw`\b(?:${[f.outcomeMaking, f.outcomeTerms, f.nextStep, f.facilityNouns].map((x) => x.source.replace(/^\\b|\\b$/g, '')).join('|')})\b`,
      'i',
    ),
    locative: new RegExp(String.raw`${f.facilityLocatives.source}\s+(?:the\s+)?$`, 'i'),
    sessionVerb: f.facilityVerbs,
    site: new RegExp(String.raw`^\s*,\s*${f.facilitySite.source}`, 'i'),
    building: new RegExp(String.raw`\b(?:the\s+)?((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*)(?:[’']s)?\s+(?:[\p{Ll}-]+\s+)?(${f.facilityNouns.source.replace(/^\\b|\\b$/g, '')})\b`, 'gu'),
  };
});

export function extractFacts(doc: Doc, kn: Knowledge, options: FactsOptions = {}): Doc {
  const REPORT_DAY = reportDay(kn);
  const SESSION_AFTER = sessionAfter(kn);
  const SESSION_DURATION = sessionDuration(kn);
  const sentenceText = (at: number): string => sents.find((x) => x.start <= at && at < x.end)?.text ?? '';
  const RECENT_DAYS = options.recentDays ?? 45;
  const NEAR_DAYS = options.nearDays ?? 7;
  const { cues, current } = resolveRounds(doc.cues);
  /** The verbs of each sentence (wink's part-of-speech tags), by offset. */
  const verbsAt: number[][] = doc.sentences.map(() => []);
  for (const t of doc.tokens) if (t.pos === 'VERB' || t.pos === 'AUX') verbsAt[t.sentence]!.push(t.start);
  /** Where a phrase that starts at `at` ends: at its clause's end, or before the next verb ("between A and B opened in
   * the Nigerian city of X": the list of sides stops at "opened"). */
  const phraseEnd = (s: Sent, at: number): number => Math.min(clauseEnd(s, at), verbsAt[s.index]!.find((v) => v > at) ?? Infinity);
  /** The days, weeks and months a next step's clause gives, less those it counts from ("after the summit on May 2"). */
  const nextDates = (s: Sent, clause: TextSpan): Mention[] =>
    s.mentions.filter(
      (m) => m.type === 'Date' && m.value && /^(?:\d{4}|XXXX)-(\d{2}|W\d{2})/.test(m.value) && m.start >= clause.start && m.end <= clause.end && !/\b(following|after|conclusion of|end of)\b[^.]*$/i.test(text.slice(Math.max(s.start, m.start - 45), m.start)),
    );
  const OUT = outcomePatterns(kn);
  /** A next step's words, less what is not the step: quote marks, the attribution at its end (", NAME said", ", the
   * statement read") and the asides between commas (", presided over by X,", ", which is in charge of Y,"). */
  const stepText = (t: string): string =>
    withoutAttribution(t, OUT.attribution)
      .replace(/,\s*(?:which\b|who\b|\p{Ll}+ed\s+(?:\p{Ll}+\s+)?by\b)[^,]*(?=,\s*(?:which\b|who\b|\p{Ll}+ed\s+(?:\p{Ll}+\s+)?by\b))/gu, '')
      .replace(/,\s*(?:which\b|who\b|\p{Ll}+ed\s+(?:\p{Ll}+\s+)?by\b)[^,]*,/gu, '')
      .replace(/^[\s"“”]+|[\s"“”,]+$/g, '');
  /** A next step's days: those of its clause less the day a report was made ("the EU said Thursday"); a day, where one
   * is given, says more than the week or month around it ("next week … on Monday"). */
  const stepDates = (s: Sent, clause: TextSpan): Mention[] => {
    const dates = nextDates(s, clause).filter((m) => !REPORT_DAY.before.test(text.slice(Math.max(s.start, m.start - 40), m.start)));
    const days = dates.filter((m) => /^(?:\d{4}|XXXX)-\d{2}-\d{2}/.test(m.value!));
    return days.length ? days : dates;
  };
  /** What a next step's clause says besides its words: its date, place, level and whether it is only hoped for. */
  const stepOf = (s: Sent, clause: TextSpan): Pick<Fact, 'value' | 'entity' | 'level' | 'tentative'> => {
    const date = stepDates(s, clause)[0];
    const place = s.mentions.find((m) => m.type === 'Place' && m.start >= clause.start && m.end <= clause.end && /\b(?:in|to)\s+(?:the\s+)?$/.test(text.slice(m.start - 9, m.start)) && countryKind(m) !== 'country');
    const level = OUT.levels.find(([, re]) => re.test(clause.text))?.[0];
    const tentative = OUT.tentative.test(text.slice(s.start, clause.end));
    return { ...(date?.value ? { value: date.value.replace(/T.*$/, '') } : {}), ...(place ? { entity: cueOf(place) } : {}), ...(level ? { level } : {}), ...(tentative ? { tentative } : {}) };
  };
  /** The numbers an outcome states: its quantities and durations ("a seven-day truce", "within 135 days"), less the
   * length of the session ("after two weeks of talks"), a count of background ("a war that has killed 3,000"), and the
   * level a change starts from ("from about 12,000 to 8,600" states 8,600). */
  const outcomeNumbers = (s: Sent, phrase: TextSpan): NonNullable<Fact['quantities']> =>
    s.mentions
      .filter((m) => m.start >= phrase.start && m.end <= phrase.end)
      .flatMap((m) => {
        const after = text.slice(m.end, m.end + 40);
        if (OUT.background.test(after) || OUT.backgroundBefore.test(text.slice(Math.max(s.start, m.start - 30), m.start))) return [];
        if (m.type === 'Quantity') {
          const range = /\bto\s+(?:about\s+|around\s+|some\s+)?(\d[\d,]*(?:\.\d+)?)$/.exec(m.text);
          const value = range && /\bfrom\s+$/i.test(text.slice(Math.max(0, m.start - 6), m.start)) ? range[1]!.replace(/,/g, '') : m.value ?? '';
          return [{ value, ...(m.unit ? { unit: m.unit } : {}), ...(m.mod ? { mod: m.mod } : {}) }];
        }
        const d = m.type === 'Date' ? /^PT?(\d+(?:\.\d+)?)([YMWDH])$/.exec(m.value ?? '') : null;
        if (!d || SESSION_DURATION.test(after)) return [];
        return [{ value: d[1]!, unit: DURATION_UNIT[d[2]!]!, ...(m.mod ? { mod: m.mod } : {}) }];
      });
  /** Cues that point back to an earlier round ("their previous meeting"). */
  const backRefs = cues.filter((c) => c.relative === 'previous');
  const text = doc.text;
  // Mentions by sentence, in one sweep (both lists are sorted by offset).
  const bySentence: Mention[][] = doc.sentences.map(() => []);
  {
    let k = 0;
    for (const m of doc.mentions) {
      while (k < doc.sentences.length && doc.sentences[k]!.end < m.end) k++;
      if (k < doc.sentences.length && m.start >= doc.sentences[k]!.start) bySentence[k]!.push(m);
    }
  }
  // Cues by sentence, in one pass (a filter per sentence made long articles quadratic).
  const cuesOf: RoundCue[][] = doc.sentences.map(() => []);
  for (const c of cues) cuesOf[c.sentence]?.push(c);
  const sents: Sent[] = doc.sentences.map((s, index) => {
    const t = text.slice(s.start, s.end);
    const lineStart = s.start === 0 || text[s.start - 1] === '\n';
    const lineEnd = s.end >= text.length || text[s.end] === '\n' || /^\s*\n/.test(text.slice(s.end, s.end + 3));
    return {
      index,
      start: s.start,
      end: s.end,
      text: t,
      round: current,
      cues: cuesOf[index]!.filter((c) => c.round !== undefined),
      plain: cuesOf[index]!.filter((c) => c.round === undefined && c.ordinal === undefined && !c.relative),
      mentions: bySentence[index]!,
      heading: lineStart && lineEnd && !/[.!?"”’]\s*$/.test(t) && t.split(/\s+/).length <= 16,
      lineStart,
    };
  });
  // Sections and their rounds.
  let section = current;
  for (let i = 0; i < sents.length; i++) {
    const s = sents[i]!;
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
      const first = para.flatMap((x) => x.cues).find((c) => c.ordinal !== undefined);
      if (first) section = first.round!;
    }
    // A sentence that only announces a later round ("the sides agreed to hold a third round") reports
    // what the announcing round decided: it belongs to the round before.
    const announcing = s.cues.length > 0 && s.cues.every((c) => c.status === 'announced') && s.cues[0]!.round! > 1;
    s.round = s.cues.length ? (announcing ? s.cues[0]!.round! - 1 : s.cues.find((c) => c.status === 'held')?.round ?? s.cues[0]!.round!) : section;
    // "those discussions", "the same meeting": a sentence that points back to the round of the sentence before.
    const prev = sents[i - 1];
    if (!s.cues.length && prev && !s.lineStart && prev.cues.length && ANAPHOR.test(s.text)) s.round = prev.round;
  }

  const facts: Fact[] = [];
  // The member facts so far, indexed as they are added (a scan of every fact per sentence made long articles
  // quadratic): by the sentence their evidence starts in, and by their person's mention. Facts are only appended
  // until the sentences are all read.
  const membersIn = new Map<number, Fact[]>();
  const memberStarts = new Set<number | undefined>();
  let indexed = 0;
  const syncMembers = () => {
    for (; indexed < facts.length; indexed++) {
      const f = facts[indexed]!;
      if (f.kind !== 'member') continue;
      memberStarts.add(f.entity?.mention?.start);
      const at = lowerBound(sents, f.evidence.start + 1, startOf) - 1;
      if (at >= 0 && f.evidence.start >= sents[at]!.start) membersIn.set(at, [...(membersIn.get(at) ?? []), f]);
    }
  };
  const span = (start: number, end: number): TextSpan => ({ start, end, text: text.slice(start, end) });
  const cueOf = (m: Mention): EntityCue => ({ mention: { start: m.start, end: m.end } });
  const isMedia = (m: Mention) => kn.lexicons.media.has(aliasKey(m.text));
  const countryKind = (m: Mention) => kn.aliases.get(aliasKey(m.text))?.find((e) => e.type === 'Place')?.kind;
  const cityState = (m: Mention) => !!kn.aliases.get(aliasKey(m.text))?.find((e) => e.type === 'Place')?.cityState;
  /** Country words of a span: country mentions and demonyms, in order. */
  const countriesIn = (s: Sent, from: number, to: number): Array<{ cue: EntityCue; at: number; end: number }> => {
    const out: Array<{ cue: EntityCue; at: number; end: number }> = [];
    for (const m of s.mentions) if (m.start >= from && m.end <= to && m.type === 'Place' && countryKind(m) === 'country') out.push({ cue: cueOf(m), at: m.start, end: m.end });
    // Demonyms, and country words inside other names ("US Army Europe").
    const re = /(?:[A-Z]\.){2,}|\b[A-Z][A-Za-z]+\b/g;
    const seg = text.slice(from, to);
    const countryOf = (w: string) => kn.lexicons.demonymCountry.get(w) ?? kn.aliases.get(aliasKey(w))?.find((e) => e.kind === 'country')?.name;
    for (let m = re.exec(seg); m; m = re.exec(seg)) {
      const at = from + m.index;
      if (out.some((o) => o.at <= at && at < o.end)) continue;
      // Names of two or three words first ("North Korean", "South African"), then the word alone; only words that
      // start such a name are tried (most capitalized words start none).
      const first = m[0];
      const longer = MULTI_FIRST(kn).has(first) || kn.aliasFirstWords.has(first.toLowerCase()) ? (/^[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){1,2}/.exec(seg.slice(m.index))?.[0].split(/\s+/) ?? []) : [];
      let found: { country: string; len: number } | undefined;
      for (let n = longer.length; n >= 2 && !found; n--) {
        const w = longer.slice(0, n).join(' ');
        const c = countryOf(w);
        if (c) found = { country: c, len: seg.slice(m.index).indexOf(longer[n - 1]!) + longer[n - 1]!.length };
      }
      const country = found?.country ?? countryOf(m[0]);
      if (country) out.push({ cue: { country }, at, end: at + (found?.len ?? m[0].length) });
      if (found) re.lastIndex = m.index + found.len;
    }
    return out.sort((a, b) => a.at - b.at);
  };

  /** A country a role is about, not whose it is: "envoy for Afghan reconciliation", "special representative for North
   * Korea", "ambassador to Sudan". */
  const remitBefore = (at: number): boolean => remitEnd(kn).test(text.slice(Math.max(0, at - 12), at));
  /** A country in the possessive before a body ("Afghanistan's Taliban", "Sudan's army chief"): the body is the side. */
  const ownsBody = (s: Sent, end: number): boolean => {
    const poss = /^[’'´]s\s+(?:the\s+)?/.exec(text.slice(end, end + 8));
    return !!poss && s.mentions.some((m) => m.type === 'Organization' && m.start === end + poss[0].length);
  };
  /** The people of a span whose title names their country ("Serbian President NAME", "Kosovo PM NAME"): members of
   * that country's delegation, with the title as their role. */
  const membersOfTheirTitles = (s: Sent, from: number, to: number, r: number, rule: string, bodies = false): void => {
    const first = facts.length;
    for (const p of s.mentions.filter((m) => m.type === 'Person' && m.start >= from && m.end <= to)) {
      const segStart = Math.max(from, lastSeparator(text, from, p.start, s.mentions));
      // With `bodies`, a body the person's title names stands for their side ("a senior TPLF official").
      const segEnd0 = nextSeparator(text, p.end, to);
      const body = bodies
        ? s.mentions.find((m) => m.type === 'Organization' && !isMedia(m) && ((m.start >= segStart && m.end <= p.start) || (m.start >= p.end && m.end <= Math.max(segEnd0, p.end + 80) && m.end <= to)))
        : undefined;
      // The country of the title before the name, else (with `bodies`) of the role after it ("NAME, chief of staff of the
      // Ghana Armed Forces"), else the body itself.
      const apposition = bodies ? countriesIn(s, p.end, Math.min(to, Math.max(segEnd0, p.end + 80))).filter((c) => !s.mentions.some((m) => m.type === 'Person' && m.start > p.end && m.start < c.at) && !remitBefore(c.at))[0] : undefined;
      const own = countriesIn(s, segStart, p.start).filter((c) => !remitBefore(c.at)).at(-1) ?? apposition ?? (body ? { cue: cueOf(body), at: body.start, end: body.end } : undefined);
      // With no country of their own, a side only where the person's title or relation gives one in another report
      // (stage briefs); a person with neither title nor country is not read as a member.
      const segEnd = nextSeparator(text, p.end, to);
      const role = roleOf(text, segStart, p, Math.min(segEnd, to), kn, s.mentions);
      if (!own && !role) continue;
      facts.push({
        rule,
        kind: 'member',
        round: r,
        entity: cueOf(p),
        ...(own ? { party: own.cue } : {}),
        ...(role ? { role: cleanRole(role.text, kn), roleSource: role.apposition ? ('apposition' as const) : ('title' as const) } : {}),
        head: false,
        evidence: span(segStart, p.end),
      });
    }
    // Two signatories sign for two sides: one whose side nothing names is across the table from the other.
    const signed = facts.slice(first);
    if (bodies && signed.length === 2 && signed.filter((f) => f.party).length === 1) {
      const [withSide, without] = signed[0]!.party ? [signed[0]!, signed[1]!] : [signed[1]!, signed[0]!];
      without.opposite = withSide.entity!;
    }
  };
  const single = new Set(cues.filter((c) => c.ordinal !== undefined).map((c) => c.ordinal)).size === 1;
  /** The sides a span names: countries and demonyms, capitals standing for their country ("Belgrade's"), bodies in the possessive ("the EU's"). */
  const sidesIn = (s: Sent, from: number, to: number): Array<{ cue: EntityCue; at: number; end: number }> => {
    const out = countriesIn(s, from, to);
    for (const m of s.mentions) {
      if (m.start < from || m.end > to || out.some((o) => o.at <= m.start && m.start < o.end)) continue;
      const possessive = /^[’']s\b/.test(text.slice(m.end, m.end + 3));
      const kb = kn.aliases.get(aliasKey(m.text))?.find((e) => e.type === 'Place');
      if (m.type === 'Place' && kb?.kind === 'capital' && kb.country && possessive) out.push({ cue: { country: kb.country }, at: m.start, end: m.end });
      else if (m.type === 'Organization' && possessive && !isMedia(m)) out.push({ cue: cueOf(m), at: m.start, end: m.end });
    }
    return out.sort((a, b) => a.at - b.at);
  };
  /** A person's title before the name (from the last separator) and apposition after it, where they hold a negotiator's word. */
  const negotiatorRoles = (s: Sent, p: Mention): TextSpan[] => {
    const out: TextSpan[] = [];
    const relStart = p.start - s.start;
    const before = s.text.slice(0, relStart);
    // The title right before the name: back to a clause break, "and", "with" or a verb of saying.
    const cut = Math.max(0, ...[...before.matchAll(/[,;:(\u2013\u2014]\s*|\b(?:and|with|by|said|told|says|between|met|meet|meets|as|while|that|who|which|when|after|before|gave|of)\s+/g)].map((m) => m.index! + m[0].length));
    const title = before.slice(cut);
    // A title is a few words ("Iran's chief nuclear negotiator"), not a clause.
    if (title.trim() && title.trim().split(/\s+/).length <= 7 && kn.lexicons.negotiatorRoles.test(title)) out.push({ start: s.start + cut, end: p.start, text: title.trim() });
    // "THE ROLE, NAME": a role that stands alone before the comma.
    const prevClause = /(?:^|[,;(]\s*)((?:the\s+)?[^,;()]{3,90}?),\s*$/i.exec(before);
    if (prevClause && !title.trim() && kn.lexicons.negotiatorRoles.test(prevClause[1]!) && !s.mentions.some((m) => m.type === 'Person' && m.start >= s.start + prevClause.index && m.end <= p.start)) {
      const st = s.start + before.lastIndexOf(prevClause[1]!);
      out.push({ start: st, end: st + prevClause[1]!.length, text: prevClause[1]! });
    }
    // The apposition: ", ROLE," or ", who led the ADJ delegation".
    const app = /^,\s*((?:who\s+)?[^,;.()“"]{3,90})/.exec(s.text.slice(p.end - s.start));
    if (app && kn.lexicons.negotiatorRoles.test(app[1]!) && !s.mentions.some((m) => m.type === 'Person' && m.start > p.end && m.start < p.end + app[0].length)) {
      const st = p.end + app[0].length - app[1]!.length;
      out.push({ start: st, end: st + app[1]!.length, text: app[1]! });
    }
    return out;
  };
  const dateline = datelineOf(text);
  const inDateline = (at: number) => !!dateline && at >= dateline.start && at < dateline.end;
  const anchorTime = doc.anchor?.day ? Date.parse(doc.anchor.day) : undefined;
  let lastParty: EntityCue | undefined;
  // Photo captions and credits ("In this photo released by …, A meets B in X, Tuesday, March 12"): a whole line that
  // holds a caption marker describes a photograph, not the session; it gives no fact but a negotiator named by title
  // ("Iran's chief nuclear negotiator NAME", pictured at the talks).
  const captionLine = sents.map(() => false);
  // (A text with no caption marker at all has no caption line: one test of the whole text spares one per line.)
  if (kn.lexicons.captionMarkers.test(text)) {
    let lineFrom = 0;
    for (let i = 0; i <= sents.length; i++)
      if (i === sents.length || (i > 0 && sents[i]!.lineStart)) {
        const line = sents.slice(lineFrom, i);
        if (line.some((x) => kn.lexicons.captionMarkers.test(x.text))) for (const x of line) captionLine[x.index] = true;
        lineFrom = i;
      }
  }
  /** Whether the text before an offset recalls a settlement ("the agreement signed on … in"). */
  const recalls = (s: Sent, at: number) => recalledSettlement(kn).test(text.slice(Math.max(s.start, at - 80), at));
  /**
   * A settlement the sentence recalls as concluded within the days before the article appeared ("a joint agreement
   * signed in Doha on Saturday", the article's Saturday): the news the article reports, not an earlier round's.
   */
  const ofTheDay = (s: Sent): Mention | undefined =>
    anchorTime === undefined
      ? undefined
      : s.mentions.find((m) => m.type === 'Date' && /^\d{4}-\d{2}-\d{2}$/.test(m.value ?? '') && Date.parse(m.value!) <= anchorTime + DAY && Date.parse(m.value!) >= anchorTime - 2 * DAY && recalls(s, m.start));
  /** The last sentence that gave an agreement's terms (outcomes): the next sentence may go on with them. */
  let termsAt = -2;
  for (const s of sents) {
    const r = s.round;
    const sentenceFacts = facts.length;
    const news = ofTheDay(s);
    // Dates and venue: in the sentences that name the round, for the round the cue names.
    if (s.cues.length || (s.plain.length && single)) {
      const said = s.cues.length ? s.cues : s.plain;
      const r = s.cues.length ? s.cues.find((c) => c.status === 'held')?.round ?? s.cues[0]!.round! : s.round;
      const postponed = kn.lexicons.facts.postponeWords.test(s.text);
      // A line with no verb ("The Iran nuclear talks in Vienna on December 9.") is a caption or a label: its day
      // dates a photograph, often of an earlier session, not the session the article reports.
      const caption = !verbsAt[s.index]!.length;
      // "The talks are under way in Jeddah": a session going on as the article appeared met on its publication day,
      // unless the sentence dates it.
      const ongoing = kn.lexicons.ongoing.exec(s.text);
      if (ongoing && doc.anchor?.day && doc.anchor.source !== 'none' && said.some((c) => c.status !== 'planned' && c.status !== 'announced' && c.status !== 'cancelled' && c.status !== 'postponed') && !/\b(?:will|to|would|expected|set|may|might)\s+(?:\w+\s+)?$/i.test(s.text.slice(Math.max(0, ongoing.index - 20), ongoing.index)) && !s.mentions.some((m) => m.type === 'Date' && /^\d{4}-\d{2}-\d{2}/.test(m.value ?? '')))
        facts.push({ rule: 'facts:under-way-at-publication', kind: 'held', round: r, value: doc.anchor.day, inferred: `under way when ${doc.id} appeared`, evidence: span(s.start + ongoing.index, s.start + ongoing.index + ongoing[0].length) });
      // The lead of a report that tells of a session in the past tense and dates nothing ("Meeting in Jeddah, the
      // two sides signed a ceasefire"): news of the day it appeared.
      // A day after publication (the truce "due to take effect on Monday") dates what comes, not the session.
      if (s.index === sents.findIndex((x) => !x.heading) && doc.anchor?.day && doc.anchor.source === 'published' && said.some((c) => c.status === 'held') && !s.mentions.some((m) => m.type === 'Date' && /^(?:\d{4}|XXXX)-/.test(m.value ?? '') && !(/^\d{4}-\d{2}-\d{2}/.test(m.value!) && m.value!.slice(0, 10) > doc.anchor!.day!)))
        facts.push({ rule: 'facts:lead-at-publication', kind: 'held', round: r, value: doc.anchor.day, upTo: true, inferred: `on or before the publication of ${doc.id}, whose lead tells of the session undated`, evidence: span(said[0]!.start, said[0]!.end) });
      // "… later for the final day of the fourth round", undated: the round meets on the day the report appeared.
      const dayOf = kn.lexicons.facts.dayOfSession.exec(s.text);
      const dayCue = dayOf && s.cues.find((c) => c.start >= s.start + dayOf.index + dayOf[0].length && c.start - (s.start + dayOf.index + dayOf[0].length) <= 6);
      if (dayOf && dayCue && doc.anchor?.day && doc.anchor.source === 'published' && !s.mentions.some((m) => m.type === 'Date' && /^\d{4}-/.test(m.value ?? '')))
        facts.push({ rule: 'facts:day-of-session-at-publication', kind: 'held', round: dayCue.round!, value: doc.anchor.day, inferred: `a day of the session when ${doc.id} appeared`, evidence: span(s.start + dayOf.index, dayCue.end) });
      const factsBefore = facts.length;
      for (const m of s.mentions) {
        if (m.type === 'Date' && m.value && /^(\d{4}|XXXX)-(\d{2}|W\d{2})/.test(m.value) && !caption) {
          // Background dates (the war's start) are not the round's: a round is recent against the document's year.
          if (doc.anchor?.year !== undefined && Number(m.value.slice(0, 4)) < doc.anchor.year - 1) continue;
          // "the agreement signed on November 2 in Pretoria": the day of a settlement the report recalls, kept for the
          // round that met then (a background fact), not the session the sentence tells.
          if (!news && recalls(s, m.start)) {
            facts.push({ rule: 'facts:recalled-settlement-day', kind: 'held', round: r, background: s.index + 1, value: m.value, evidence: span(m.start, m.end) });
            continue;
          }
          const before = text.slice(Math.max(s.start, m.start - 30), m.start);
          if (/\b(following|after|conclusion of|end of)\b[^.]*$/i.test(text.slice(Math.max(s.start, m.start - 45), m.start))) continue;
          // "the seventh since they started in April", "since June": the day a count starts from is an earlier one.
          if (countStart(kn).test(text.slice(Math.max(s.start, m.start - 45), m.start))) continue;
          const planned = DATE_PLANNED.test(before) || (postponed && DATE_POSTPONED_FROM.test(before)) || said.every((c) => c.status === 'planned' || c.status === 'postponed');
          // In an announcement, the day it was made ("the EU said Thursday that talks resume on Monday") is neither
          // the plan nor a session day (a day said at a session's end may well be one).
          if (planned && (REPORT_DAY.before.test(text.slice(Math.max(s.start, m.start - 40), m.start)) || REPORT_DAY.after.test(text.slice(m.end, m.end + 30)))) continue;
          // A day a speaker said something that looks ahead ("had said on Saturday he would know") dates the saying.
          if (REPORT_DAY.before.test(text.slice(Math.max(s.start, m.start - 40), m.start)) && REPORT_DAY.ahead.test(text.slice(m.end, m.end + 40))) continue;
          // An unnumbered session is the one the article reports: met within weeks before its publication, not
          // after it; an older day is background (an earlier round, a past agreement).
          if (r === 0 && !planned && anchorTime !== undefined) {
            const t = Date.parse(m.value.slice(0, 10).length === 10 ? m.value.slice(0, 10) : m.value.slice(0, 7) + '-28');
            if (Number.isFinite(t) && (t > anchorTime + DAY || t < anchorTime - RECENT_DAYS * DAY)) continue;
          }
          facts.push({ rule: 'facts:date-in-session-sentence', kind: planned ? 'planned' : 'held', round: r, value: m.value, evidence: span(m.start, m.end) });
        }
        // A building ("Villa Solberg", "the Grand Hotel") is the session's facility, not its city.
        if (m.type === 'Place' && (countryKind(m) !== 'country' || cityState(m)) && !caption && m.rule !== 'names:facility' && m.rule !== 'names:facility-head') {
          const before = text.slice(Math.max(s.start, m.start - 40), m.start);
          // "since their previous meeting in Arica", "since their landmark summit in Singapore": the city of an earlier
          // round.
          if (!news && recalls(s, m.start)) {
            facts.push({ rule: 'facts:recalled-settlement-place', kind: 'venue', round: r, background: s.index + 1, entity: cueOf(m), evidence: span(m.start, m.end) });
            continue;
          }
          if (backRefs.some((c) => c.sentence === s.index && c.end <= m.start && m.start - c.end <= 15)) continue;
          if (SINCE_SESSION(kn).test(text.slice(Math.max(s.start, m.start - 50), m.start))) continue;
          if (/\b(in|at)\s+(?:the\s+)?$/i.test(before) || /\bcapital\s*(?:of\s+|,\s*)?$/.test(before) || /\b(?:in|at)\s+the\s+(?:[\p{L}-]+\s+){0,3}(?:city|capital|town|resort|port)\s+of\s+$/iu.test(before)) facts.push({ rule: 'facts:venue-in-session-sentence', kind: 'venue', round: r, entity: cueOf(m), evidence: span(m.start, m.end) });
          // "the Tacna meeting", "the Hanoi summit": the city names the session.
          else if (/\bthe\s+$/i.test(before) && SESSION_AFTER.test(text.slice(m.end, m.end + 40))) facts.push({ rule: 'facts:venue-modifier', kind: 'venue', round: r, entity: cueOf(m), evidence: span(m.start, m.end) });
        }
      }
      // "Talks in the Kenyan capital": the capital of the demonym's country, where no city follows ("the Kenyan capital
      // Nairobi" names it).
      if (!caption && kn.lexicons.facts.capitalNouns.test(s.text))
        for (const c of s.text.matchAll(capitalDescription(kn))) {
          const country = kn.lexicons.demonymCountry.get(c[1]!.replace(/\s+/g, ' '));
          const capital = country && capitalOf(kn).get(country);
          const at = s.start + c.index! + c[0].length - c[2]!.length;
          if (!capital || s.mentions.some((m) => m.type === 'Place' && m.start >= at && m.start - at <= c[2]!.length + 3)) continue;
          if (news || !recalls(s, at)) facts.push({ rule: 'facts:venue-capital-of-demonym', kind: 'venue', round: r, entity: { place: capital }, evidence: span(s.start + c.index! + c[0].length - c[1]!.length - c[2]!.length - 1, at + c[2]!.length) });
        }
      // A sentence whose days all lie after the article appeared ("calls for talks in Kabul beginning March 10") speaks
      // of a session to come: its city is not that of the session the article reports.
      const days = s.mentions.filter((m) => m.type === 'Date' && /^\d{4}-\d{2}-\d{2}/.test(m.value ?? ''));
      if (r === 0 && anchorTime !== undefined && days.length && days.every((m) => Date.parse(m.value!.slice(0, 10)) > anchorTime + DAY) && !said.some((c) => c.status === 'held'))
        for (let i = facts.length - 1; i >= factsBefore; i--) if (facts[i]!.kind === 'venue' && !facts[i]!.background) facts.splice(i, 1);
      // The sentence's venues in the order it gives them (the first is the session's).
      {
        const at: number[] = [];
        for (let i = factsBefore; i < facts.length; i++) if (facts[i]!.kind === 'venue') at.push(i);
        const ordered = at.map((i) => facts[i]!).sort((a, b) => a.evidence.start - b.evidence.start);
        at.forEach((i, k) => (facts[i] = ordered[k]!));
      }
      // "The rebel authorities in Tigray reached an agreement on Wednesday in Pretoria": where the sentence gives a city
      // after its session word, one before it placed someone, not the session.
      const sessionAt = said[0]!.start;
      if (facts.slice(factsBefore).some((f) => f.kind === 'venue' && !f.background && f.evidence.start > sessionAt))
        for (let i = facts.length - 1; i >= factsBefore; i--) if (facts[i]!.kind === 'venue' && !facts[i]!.background && facts[i]!.evidence.start < sessionAt) facts.splice(i, 1);
      // Parties: the countries (also as demonyms) and bodies the round's sentence names as meeting: "talks between
      // A, B and C", "involving A and B", "A and B negotiators".
      const between = /\b(between|involving|among)\b/i.exec(s.text);
      const sides = kn.lexicons.sideNouns.exec(s.text);
      const ranges: Array<[number, number]> = [];
      if (between) ranges.push([s.start + between.index, phraseEnd(s, s.start + between.index)]);
      if (sides) {
        // "A and B negotiators": the words before; "delegations from A, B and C": the list after.
        // (only the names right before the noun, "Chilean and Peruvian negotiators", not a clause's subject before it)
        const lead = s.text.slice(0, sides.index);
        const names = /(?:(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+and\s+|\s*,\s*|\s+))+$/u.exec(lead);
        if (names) ranges.push([s.start + names.index, s.start + sides.index]);
        const after = s.text.slice(sides.index + sides[0].length);
        const from = /^\s+(?:from|of)\s+/i.exec(after);
        if (from) {
          // The list of names: capitalized words joined by commas, "and", "the" ("from Chile and Peru ended …").
          const at = s.start + sides.index + sides[0].length + from[0].length;
          const list = /^(?:(?:the\s+)?[A-Z][\p{L}’'.-]*(?:\s+[A-Z][\p{L}’'.-]*)*(?:\s*,\s*|\s+and\s+|\s+plus\s+)?)+/u.exec(text.slice(at, s.end));
          if (list) ranges.push([at, at + list[0].length]);
        }
      }
      if (s.cues.length)
        for (const [from, to] of ranges) {
          const named = [...countriesIn(s, from, to), ...s.mentions.filter((m) => m.type === 'Organization' && !isMedia(m) && m.start >= from && m.end <= to).map((m) => ({ cue: cueOf(m), at: m.start, end: m.end }))];
          for (const c of named) if (!inDateline(c.at) && !ownsBody(s, c.end)) facts.push({ rule: 'facts:party-between-or-from', kind: 'party', round: r, entity: c.cue, evidence: span(c.at, c.end) });
        }
      // The sides as the subject of the session: "A and B met …", "ADJ TITLE NAME and ADJ TITLE NAME held talks …":
      // the countries and bodies joined by "and" before the session word are parties; the people among them are
      // their delegations' members, each of the country their title names.
      if (s.cues.length && !s.heading) {
        const at = s.cues[0]!.start;
        let from = s.start + subjectStart(s.text.slice(0, at - s.start));
        // A list of people whose last item follows ", and" ("TITLE NAME, TITLE NAME, and TITLE NAME participated in the
        // talks"): the subject starts at the list's first item, where every item before names a person.
        if (/^and\s/.test(text.slice(from, from + 4)) && /,\s*$/.test(text.slice(s.start, from))) {
          const head = s.text.slice(0, from - s.start).replace(/,\s*$/, '');
          const listFrom = s.start + subjectStart(head);
          const items = text.slice(listFrom, s.start + head.length).split(',');
          let at2 = listFrom;
          const allPeople = items.every((item) => {
            const ok = s.mentions.some((m) => m.type === 'Person' && m.start >= at2 && m.end <= at2 + item.length);
            at2 += item.length + 1;
            return ok;
          });
          if (allPeople) from = listFrom;
        }
        // "NAME said on Monday A and B had agreed at a meeting": the subject of the session is the reported clause's.
        const said = [...text.slice(from, at).matchAll(reportedClause(kn))].at(-1);
        if (said) from += said.index + said[0].length;
        const subject = text.slice(from, at);
        if (/\band\b/.test(subject) && !/\b(?:between|with|by)\b/.test(subject) && subject.split(/\s+/).length <= 24) {
          const sides = [...countriesIn(s, from, at), ...s.mentions.filter((m) => m.type === 'Organization' && !isMedia(m) && m.start >= from && m.end <= at).map((m) => ({ cue: cueOf(m), at: m.start, end: m.end }))]
            .filter((c) => !/^[-\u2010\u2011]\s*(?:mediated|brokered|hosted|facilitated|sponsored)\b/i.test(text.slice(c.end, c.end + 14)))
            .sort((a, b) => a.at - b.at);
          if (sides.length >= 2) for (const c of sides) if (!inDateline(c.at) && !ownsBody(s, c.end)) facts.push({ rule: 'facts:party-sides-that-meet', kind: 'party', round: r, entity: c.cue, evidence: span(c.at, c.end) });
          // "… the first talks since TITLE NAME and TITLE NAME met in June": the people of an earlier session.
          if (!kn.lexicons.facts.countsFrom.test(subject) && !kn.lexicons.recallingClauses.test(subject)) membersOfTheirTitles(s, from, at, r, 'facts:member-subject-of-session');
        } else if (!/\b(?:between|with|by)\b/.test(subject) && !kn.lexicons.speechVerbs.test(subject)) {
          // One person as the subject ("UK Brexit secretary NAME arrived … to begin the second round"): a member where
          // the title names a side.
          const people = s.mentions.filter((m) => m.type === 'Person' && m.start >= from && m.end <= at && !/^[’']s\b/.test(text.slice(m.end, m.end + 3)));
          const own = people.length === 1 ? countriesIn(s, Math.max(from, lastSeparator(text, from, people[0]!.start, s.mentions)), people[0]!.start).at(-1) : undefined;
          if (own) membersOfTheirTitles(s, from, at, r, 'facts:member-subject-of-session');
        }
        // "a round of talks with TITLE NAME": the person across the table, of the side their title or apposition names,
        // else of the other side than the subject's.
        for (const c of s.cues) {
          const w = /^(?:\s+of\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)?\s+with\s+/u.exec(text.slice(c.end, c.end + 50));
          if (!w) continue;
          const withEnd = c.end + w[0].length;
          const p = s.mentions.find((m) => m.type === 'Person' && m.start >= withEnd && m.start - withEnd <= 40);
          if (!p || /[,;]/.test(text.slice(withEnd, p.start))) continue;
          syncMembers();
          if (memberStarts.has(p.start)) continue;
          const segEnd = nextSeparator(text, p.end, s.end);
          const own = sidesIn(s, withEnd, p.start).at(-1) ?? countriesIn(s, p.end, segEnd)[0];
          const lead = s.mentions.filter((m) => m.type === 'Person' && m.end <= c.start && !/^[’']s\b/.test(text.slice(m.end, m.end + 3))).at(-1);
          if (!own && !lead) continue;
          const role = roleOf(text, withEnd, p, segEnd, kn, s.mentions);
          facts.push({
            rule: 'facts:member-talks-with',
            kind: 'member',
            round: r,
            entity: cueOf(p),
            ...(own ? { party: own.cue } : { opposite: cueOf(lead!) }),
            ...(role && !(kn.lexicons.facts.relationalTitles.test(role.text) && role.text.split(/\s+/).length <= 3) ? { role: cleanRole(role.text, kn), roleSource: role.apposition ? ('apposition' as const) : ('title' as const) } : {}),
            head: false,
            evidence: span(withEnd, Math.max(p.end, segEnd)),
          });
        }
        // "The United States has participated indirectly in the ongoing talks": the subject of a verb of taking part in
        // the session is a side.
        const part = kn.lexicons.facts.participation.exec(s.text);
        if (part && s.start + part.index < at && at - (s.start + part.index + part[0].length) <= 40 && !denied(kn).test(s.text.slice(0, part.index))) {
          const verbAt = s.start + part.index;
          const subjFrom = s.start + subjectStart(s.text.slice(0, part.index));
          const sides = [...countriesIn(s, subjFrom, verbAt), ...s.mentions.filter((m) => m.type === 'Organization' && !isMedia(m) && m.start >= subjFrom && m.end <= verbAt).map((m) => ({ cue: cueOf(m), at: m.start, end: m.end }))];
          // Only a subject that is itself the side ("The United States has …"), not a person's title ("US envoy NAME").
          if (!s.mentions.some((m) => m.type === 'Person' && m.start >= subjFrom && m.end <= verbAt))
            for (const c of sides) if (!inDateline(c.at) && !ownsBody(s, c.end)) facts.push({ rule: 'facts:party-takes-part', kind: 'party', round: r, entity: c.cue, evidence: span(c.at, c.end) });
        }
        // "a meeting between Serbian President NAME and Kosovo Prime Minister NAME": the same, after "between".
        if (between) membersOfTheirTitles(s, s.start + between.index + between[0].length, phraseEnd(s, s.start + between.index), r, 'facts:member-between');
      }

    }
    // "Secretary of State NAME was the highest-ranking U.S. official to attend", "NAME attended the talks": a person
    // who takes part in the session, or in what the article reports with nothing after the verb, is of the side their
    // title or its apposition names.
    if (!s.heading && !captionLine[s.index]) {
      const part = kn.lexicons.facts.participation.exec(s.text);
      if (part) {
        const verbAt = s.start + part.index;
        const after = text.slice(verbAt + part[0].length, s.end);
        const object = /^\s*[.!?"”]*\s*$/.test(after) || sessionAfter(kn).test(' ' + after.replace(/^\s*(?:in|at)?\s*(?:the|this|these|a)?\s*/i, '')) || kn.lexicons.facts.ceremonies.test(after.slice(0, 40));
        if (object && !denied(kn).test(text.slice(s.start, verbAt)))
          membersOfTheirTitles(s, s.start + subjectStart(s.text.slice(0, part.index)), verbAt, r, 'facts:member-takes-part', true);
      }
    }
    // Who signs the round's agreement for a side, in any sentence of the round: "signed by TITLE NAME, ROLE, and TITLE
    // NAME, ROLE", "NAME, ROLE, and NAME, ROLE, signed the accord".
    const signed = kn.lexicons.facts.signing.exec(s.text);
    if (signed && !s.heading) {
      const at = s.start + signed.index;
      const by = /^[^,.;]{0,30}?\bby\b/i.exec(s.text.slice(signed.index + signed[0].length));
      if (by) membersOfTheirTitles(s, at + signed[0].length + by[0].length, s.end, r, 'facts:member-signatory', true);
      else membersOfTheirTitles(s, s.start + subjectStart(s.text.slice(0, signed.index)), at, r, 'facts:member-signatory', true);
      // "NAME, ROLE, signed the deal along with NAME, ROLE": the co-signatory too.
      const along = kn.lexicons.facts.coSigning.exec(s.text.slice(signed.index + signed[0].length));
      if (!by && along) membersOfTheirTitles(s, at + signed[0].length + along.index + along[0].length, s.end, r, 'facts:member-signatory', true);
    }
    // A list of three or more countries beside a noun for the sides ("the signatories — A, B, C and D — are
    // convening", "participants from A, B and C will resume"): the round's parties, in any sentence of the round.
    if (kn.lexicons.partyNouns.test(s.text) && !s.heading) {
      const cs = countriesIn(s, s.start, s.end);
      let run: typeof cs = [];
      let best: typeof cs = [];
      for (const c of cs) {
        const prev = run.at(-1);
        run = prev && /^(?:\s*(?:,|--|[\u2013\u2014]|\band\b|\bplus\b|\bas well as\b)\s*)+(?:the\s+)?$/.test(text.slice(prev.end, c.at)) ? [...run, c] : [c];
        if (run.length > best.length) best = run;
      }
      if (best.length >= 3) for (const c of best) facts.push({ rule: 'facts:party-list', kind: 'party', round: r, entity: c.cue, evidence: span(c.at, c.end) });
    }
    // Facilities where the round met.
    /** Whether the sentence holds any word of the outcome, next-step and facility rules (one scan; most hold none). */
    const anyWord = OUT.any.test(s.text);
    // A building by its head or last word ("Palais Coburg", "the Capella Hotel"): where the session met when the
    // sentence says so ("venue", "held at") or a sentence on the session puts it "at" the building. A name the names
    // stage took for a person ("Villa X") counts when its first word is a building's head.
    /** Whether a building at [start, end) is where the session met: a locative before it ("at", "in", "entering") in a
     * sentence on the session (a session word or a meeting verb before it), or a city after it ("at the X hotel in
     * CITY"), or "X, site of the talks". */
    const sessionSite = (start: number, end: number): boolean => {
      const before = text.slice(Math.max(s.start, start - 14), start);
      if (OUT.site.test(text.slice(end, end + 24))) return true;
      if (!OUT.locative.test(before)) return false;
      return s.cues.length > 0 || s.plain.length > 0 || OUT.sessionVerb.test(text.slice(s.start, start)) || !!cityAfter(end);
    };
    /** The city a building is placed in: "the X Hotel in (central) CITY". */
    const cityAfter = (end: number): Mention | undefined =>
      s.mentions.find((m) => m.type === 'Place' && m.start > end && m.start <= end + 24 && /^\s*(?:,\s*)?in\s+(?:the\s+)?(?:\p{Ll}+\s+)?$/u.test(text.slice(end, m.start)) && countryKind(m) !== 'country');
    const facilityAt: Array<[number, number]> = [];
    for (const m of s.mentions) {
      if (m.type !== 'Place' && m.type !== 'Organization' && m.type !== 'Person') continue;
      const sp = m.text.search(/\s/);
      if (sp < 0) continue;
      const head = kn.lexicons.facilityHeads.has(m.text.slice(0, sp).toLowerCase());
      if (m.type === 'Person' && !head) continue;
      const building = head || kn.lexicons.facilities.has(m.text.slice(m.text.search(/\S+$/)).toLowerCase());
      if (!building) continue;
      const atIt = /\bat\s+(?:the\s+)?$/i.test(text.slice(Math.max(s.start, m.start - 8), m.start)) && (s.cues.length > 0 || s.plain.length > 0);
      const said = atIt || (m.type === 'Place' && /\b(venue|held at|hosted at|met at|took place at|such as)\b/i.test(s.text));
      if (said || sessionSite(m.start, m.end)) {
        const city = cityAfter(m.end);
        facilityAt.push([m.start, m.end]);
        facts.push({ rule: said ? 'facts:facility-building' : 'facts:facility-session-site', kind: 'facility', round: r, entity: cueOf(m), ...(city ? { place: cueOf(city) } : {}), evidence: span(m.start, m.end) });
      }
    }
    // A building named by a body or a name and a lower-case building noun, which no mention covers ("the EEAS
    // building", "the Commission's landmark headquarters"): named by the name and the noun.
    OUT.building.lastIndex = 0;
    // (Most sentences name no building noun: the cheap test first.)
    for (let hit = anyWord && kn.lexicons.facts.facilityNouns.test(s.text) ? OUT.building.exec(s.text) : null; hit; hit = OUT.building.exec(s.text)) {
      const start = s.start + hit.index + hit[0].indexOf(hit[1]!);
      const end = s.start + hit.index + hit[0].length;
      if (facilityAt.some(([a, b]) => a < end && start < b) || !sessionSite(start, end)) continue;
      const city = cityAfter(end);
      facts.push({ rule: 'facts:facility-named-building', kind: 'facility', round: r, entity: { facility: `${hit[1]} ${hit[2]}` }, ...(city ? { place: cueOf(city) } : {}), evidence: span(start, end) });
    }
    // Mediators and hosts.
    // "the EU-mediated talks", "Qatar-hosted negotiations": the name before the hyphen.
    for (const m of s.mentions) {
      if ((m.type === 'Organization' || m.type === 'Place') && /^[-\u2010\u2011]\s*(?:mediated|brokered|hosted|facilitated|sponsored)\b/i.test(text.slice(m.end, m.end + 14)))
      {
        facts.push({ rule: 'facts:mediator-x-mediated', kind: 'mediator', round: r, entity: cueOf(m), evidence: span(m.start, m.end) });
        // "US-brokered trilateral talks": the broker is also a side.
        if (kn.lexicons.facts.atTheTable.test(text.slice(m.end, m.end + 30))) facts.push({ rule: 'facts:party-broker-at-the-table', kind: 'party', round: r, entity: cueOf(m), evidence: span(m.start, m.end) });
      }
    }
    const med = /[-\u2010\u2011](?:mediated|brokered|hosted|facilitated|sponsored)\b/i.test(s.text) ? null : kn.lexicons.mediatorCues.exec(s.text);
    if (med) {
      // "mediated by X": the one after; "X, serving as mediator": the subject, the first one before.
      const at = s.start + med.index;
      const candidates = [...countriesIn(s, s.start, s.end), ...s.mentions.filter((m) => m.type === 'Organization' && !isMedia(m)).map((m) => ({ cue: cueOf(m), at: m.start, end: m.end }))].sort((a, b) => a.at - b.at);
      // "mediated by X", "talks held “in partnership” with X": the mediators follow.
      const by = /^[”"’]?\s+(?:by|with)\b/i.test(s.text.slice(med.index + med[0].length));
      // "mediated by Qatar and Egypt": every one named in the phrase after "by".
      // The people who mediate: named after "by" ("mediated by former president NAME"), or the person the cue
      // describes right before it ("NAME, who chaired the meeting").
      const people = s.mentions.filter((m) => m.type === 'Person');
      const named = by
        ? people.filter((m) => m.start > at && m.end <= clauseEnd(s, at)).slice(0, 4)
        : people.filter((m) => m.end <= at && /^,\s*(?:who|the|a|an)?\s*[^,.;]{0,40}$/i.test(text.slice(m.end, at))).slice(-1);
      for (const p of named) facts.push({ rule: 'facts:mediator-person', kind: 'mediator', round: r, entity: cueOf(p), evidence: span(p.start, p.end) });
      // Otherwise the subject, the first one before the cue; for "ADJ minister NAME, who mediated", the country of
      // that person's title, not a party named earlier in the sentence (D4).
      // A former official's country ("Former Kenyan President NAME, who hosted the talks") does not act through them.
      const titleFrom = named[0] ? lastSeparator(text, s.start, named[0].start, s.mentions) : 0;
      const described = !by && named[0] && !kn.lexicons.facts.formerTitles.test(text.slice(titleFrom, named[0].start)) ? countriesIn(s, titleFrom, named[0].start) : [];
      // The subject must stand right before the cue ("Qatar, which mediated", "Norway hosted", "Egypt, acting as
      // mediator"): a side named earlier in the sentence, or "the mediators did not say", names no one.
      const subject = candidates.filter((c) => c.at < at && SUBJECT_OF_CUE.test(text.slice(c.end, at)) && !objectOfCue(kn).test(text.slice(c.end, at))).slice(-1);
      // After "by", a country that only says a former official's nationality ("by Nigeria's former President NAME") is
      // not itself a mediator; a serving envoy or minister acts for theirs ("by Norwegian envoy NAME").
      const titleOfPerson = (c: { at: number }) =>
        named.some((p) => {
          const from = lastSeparator(text, s.start, p.start, s.mentions);
          return c.at < p.start && c.at >= from && kn.lexicons.facts.formerTitles.test(text.slice(from, p.start));
        });
      const picks = by ? candidates.filter((c) => c.at > at && c.end <= clauseEnd(s, at) && !titleOfPerson(c)).slice(0, 4) : named[0] ? described.slice(-1) : subject;
      for (const pick of picks) facts.push({ rule: 'facts:mediator-cue', kind: 'mediator', round: r, entity: pick.cue, evidence: span(pick.at, pick.end) });
    }
    // A body the sentence names as mediating is not, in that sentence, a side ("talks … in partnership with
    // representatives of the AU"), unless the sentence seats it at the table ("US-brokered trilateral talks").
    {
      const mediating = new Set(facts.slice(sentenceFacts).filter((f) => f.kind === 'mediator' && f.entity?.mention).map((f) => f.entity!.mention!.start));
      if (mediating.size) for (let i = facts.length - 1; i >= sentenceFacts; i--) if (facts[i]!.kind === 'party' && facts[i]!.rule !== 'facts:party-broker-at-the-table' && facts[i]!.entity?.mention && mediating.has(facts[i]!.entity!.mention!.start)) facts.splice(i, 1);
    }
    // "The two sides agreed this Saturday, November 12, on …", "signed on Friday": the day a settlement was concluded
    // is a day of the session that concluded it (a settlement the sentence only recalls is left to its own round).
    if (!captionLine[s.index])
      for (const m of s.mentions) {
        if (m.type !== 'Date' || !/^\d{4}-\d{2}-\d{2}$/.test(m.value ?? '')) continue;
        const before = text.slice(Math.max(s.start, m.start - 80), m.start);
        if (m !== news && (!settlementDay(kn).test(before) || recalls(s, m.start))) continue;
        if (anchorTime !== undefined && (Date.parse(m.value!) > anchorTime + DAY || Date.parse(m.value!) < anchorTime - RECENT_DAYS * DAY)) continue;
        if (!facts.some((f) => f.kind === 'held' && groupKey(f) === r && f.value === m.value))
          facts.push({ rule: 'facts:day-of-settlement', kind: 'held', round: r, value: m.value!, evidence: span(m.start, m.end) });
      }
    // "… abides by a joint agreement signed in Doha on Saturday", the day the article appeared: where the settlement
    // of the day was concluded, in a sentence that names no session (a session sentence reads its own places).
    if (news && !captionLine[s.index] && !s.cues.length && !(s.plain.length && single))
      for (const m of s.mentions)
        if (m.type === 'Place' && (countryKind(m) !== 'country' || cityState(m)) && recalls(s, m.start) && /\b(?:in|at)\s+(?:the\s+)?$/i.test(text.slice(Math.max(s.start, m.start - 10), m.start)))
          facts.push({ rule: 'facts:venue-of-settlement', kind: 'venue', round: r, entity: cueOf(m), evidence: span(m.start, m.end) });
    // Delegations: who is on them, with their roles.
    const mem = kn.lexicons.facts.memberCues.exec(s.text);
    if (mem && ((kn.lexicons.facts.delegationNouns.test(s.text) || kn.lexicons.sideNouns.test(s.text)) || (/^(It|They)\b/.test(s.text) && lastParty))) {
      const cueAt = s.start + mem.index;
      // Whose delegation: the country word right before a delegation word ("Leading the Ukrainian delegation is …"),
      // else the last one before the cue, else (for "It is headed by …") the delegation the text spoke of last.
      const delegationWord = /\b(delegation|team|negotiators|negotiating team)\b/i.exec(s.text);
      const owner = delegationWord ? countriesIn(s, s.start, s.start + delegationWord.index).filter((c) => s.start + delegationWord.index - c.end < 25).at(-1)?.cue : undefined;
      const subject = owner ?? countriesIn(s, s.start, cueAt).at(-1)?.cue ?? (/^(It|They|The team)\b/.test(s.text) ? lastParty : undefined);
      const people = s.mentions.filter((m) => m.type === 'Person' && m.start > cueAt && !/^[’']s\b/.test(text.slice(m.end, m.end + 3)));
      // A person named inside another's dashed role ("NAME - aide to NAME") is not an item of the list.
      const dashed = people.map((p) => dashRole(text, p, s.mentions)).filter((d): d is TextSpan => !!d);
      people
        .filter((p) => dashed.some((d) => p.start >= d.start && p.end <= d.end) || (dashed.length > 0 && !dashRole(text, p, s.mentions) && /[ \t][-\u2013\u2014][ \t][^,;]*$/.test(text.slice(Math.max(s.start, p.start - 80), p.start))))
        .forEach((p) => people.splice(people.indexOf(p), 1));
      people.forEach((p, i) => {
        // The segment of the person: from the previous separator to the next.
        let segStart = Math.max(cueAt + mem[0].length, lastSeparator(text, s.start, p.start, s.mentions));
        segStart += /^\s*(?:and\s+)?/.exec(text.slice(segStart, p.start))![0].length;
        let segEnd = nextSeparator(text, p.end, s.end);
        // An apposition holds no other person: "Kushner, Secretary of … Umerov" is the next person's title.
        if (s.mentions.some((m) => m.type === 'Person' && m.start > p.end && m.start < segEnd)) segEnd = p.end;
        const own = countriesIn(s, segStart, segEnd).find((c) => c.at < p.start);
        const party = own?.cue ?? subject;
        if (!party) return;
        const role = roleOf(text, segStart, p, segEnd, kn, s.mentions);
        facts.push({
          rule: 'facts:member-delegation-list',
          kind: 'member',
          round: r,
          entity: cueOf(p),
          party,
          ...(role ? { role: cleanRole(role.text, kn), roleSource: role.apposition ? ('apposition' as const) : ('title' as const) } : {}),
          head: i === 0 && kn.lexicons.facts.headCues.test(s.text),
          evidence: span(Math.min(segStart, p.start), Math.max(p.end, role ? segEnd : p.end)),
        });
      });
    }
    // Negotiators named by their title, in any sentence: "Iran's chief negotiator NAME", "NAME, the head of the ADJ
    // delegation", "NAME, who led the ADJ delegation", "ADJ envoy NAME".
    syncMembers();
    const already = new Set((membersIn.get(s.index) ?? []).filter((f) => f.evidence.end <= s.end).map((f) => f.entity?.mention?.start));
    for (const p of s.mentions) {
      if (p.type !== 'Person' || already.has(p.start) || /^[’']s\b/.test(text.slice(p.end, p.end + 3))) continue;
      for (const role of negotiatorRoles(s, p)) {
        // A representative or envoy who mediates ("the EU's special representative for the dialogue, NAME, who
        // facilitates") is a mediator, not a side's member.
        if (kn.lexicons.mediatorCues.test(role.text)) {
          facts.push({ rule: 'facts:mediator-representative', kind: 'mediator', round: s.round, entity: cueOf(p), evidence: span(Math.min(role.start, p.start), Math.max(role.end, p.end)) });
          break;
        }
        const party = sidesIn(s, role.start, role.end).filter((c) => !remitBefore(c.at)).at(-1);
        if (!party) continue;
        const words = role.text.replace(/^(?:who|the|a|an)\s+/i, '').replace(/^(?:the\s+)?/i, '');
        facts.push({
          rule: 'facts:member-negotiator-title',
          kind: 'member',
          round: s.round,
          entity: cueOf(p),
          party: party.cue,
          // "his Peruvian counterpart NAME": a member, but "counterpart" is no office.
          ...(kn.lexicons.facts.relationalTitles.test(words) && cleanRole(words, kn).split(/\s+/).length <= 2
            ? {}
            : { role: cleanRole(words, kn), roleSource: role.start >= p.end ? ('apposition' as const) : ('title' as const) }),
          head: kn.lexicons.headRoles.test(role.text),
          evidence: span(Math.min(role.start, p.start), Math.max(role.end, p.end)),
        });
        break;
      }
    }
    // "A will be joined by TITLE NAME and TITLE NAME": the people at a negotiator's side are of A's side, unless their own
    // title names another.
    const joined = kn.lexicons.facts.accompaniedBy.exec(s.text);
    if (joined) {
      const cueAt = s.start + joined.index;
      const listFrom = cueAt + joined[0].length;
      const lead = s.mentions.filter((m) => m.type === 'Person' && m.start >= s.start + subjectStart(s.text.slice(0, joined.index)) && m.end <= cueAt).at(-1);
      syncMembers();
      if (lead)
        for (const p of s.mentions.filter((m) => m.type === 'Person' && m.start >= listFrom && !/^[’']s\b/.test(text.slice(m.end, m.end + 3)))) {
          if (already.has(p.start) || memberStarts.has(p.start)) continue;
          const segStart = Math.max(listFrom, lastSeparator(text, listFrom, p.start, s.mentions));
          // A person inside another's apposition ("NAME, who met NAME on Tuesday") is not on the list.
          if (/\b(?:who|which|whom)\b/.test(text.slice(segStart, p.start))) continue;
          const own = countriesIn(s, segStart, p.start).at(-1);
          const role = roleOf(text, segStart, p, Math.min(nextSeparator(text, p.end, s.end), s.end), kn, s.mentions);
          facts.push({
            rule: 'facts:member-alongside',
            kind: 'member',
            round: s.round,
            entity: cueOf(p),
            ...(own ? { party: own.cue } : { alongside: cueOf(lead) }),
            ...(role ? { role: cleanRole(role.text, kn), roleSource: role.apposition ? ('apposition' as const) : ('title' as const) } : {}),
            head: false,
            evidence: span(segStart, p.end),
          });
        }
    }
    // "A met B", "A will meet B", "A held talks with B": both sit at the table, each for the side of their own title,
    // or (with no country in the title) for the side B does not speak for.
    const meet = /\b(?:met|meets|meet|held talks with|holds talks with|sat down with)\s+(?:with\s+)?/i.exec(s.text);
    if (meet && (s.cues.length || s.plain.length)) {
      const at = s.start + meet.index;
      const after = at + meet[0].length;
      const a = s.mentions.filter((m) => m.type === 'Person' && m.end <= at && !/^[’']s\b/.test(text.slice(m.end, m.end + 3))).at(-1);
      const b = s.mentions.find((m) => m.type === 'Person' && m.start >= after && m.start - after < 60);
      if (a && b && !/[,;]/.test(text.slice(a.end, at).replace(/,\s*(?:the\s+)?[^,]{0,60},\s*$/, ''))) {
        for (const [p, q] of [
          [a, b],
          [b, a],
        ] as const) {
          syncMembers();
          if (already.has(p.start) || memberStarts.has(p.start)) continue;
          const segStart = p === a ? Math.max(s.start, lastSeparator(text, s.start, p.start, s.mentions)) : after;
          const own = sidesIn(s, segStart, p.start).at(-1);
          const role = roleOf(text, segStart, p, p.end, kn, s.mentions);
          facts.push({
            rule: 'facts:member-across-the-table',
            kind: 'member',
            round: s.round,
            entity: cueOf(p),
            ...(own ? { party: own.cue } : { opposite: cueOf(q) }),
            ...(role ? { role: cleanRole(role.text, kn), roleSource: 'title' as const } : {}),
            head: false,
            evidence: span(segStart, p.end),
          });
        }
      }
    }
    const delegationParty = /\bdelegation|team\b/i.test(s.text) ? countriesIn(s, s.start, s.end)[0]?.cue : undefined;
    if (delegationParty) lastParty = delegationParty;
    // Topics: the items of an agenda sentence.
    const topic = kn.lexicons.facts.topicCues.exec(s.text);
    if (topic)
      for (const item of listItems(s, s.start + topic.index + topic[0].length)) {
        if (!isNounPhrase(doc, item, s.mentions)) continue;
        facts.push({ rule: 'facts:topic-list', kind: 'topic', round: r, text: item.text, evidence: item });
      }
    if (/^\s*[-•*]\s/.test(s.text) && isAgendaList(sents, s)) {
      // A bullet of an agenda: the items it lists ("… measures, such as A, B, and C"), else its head.
      const sub = /\b(?:such as|including|specifically)\b/i.exec(s.text);
      const items = sub ? listItems(s, s.start + sub.index + sub[0].length).filter((item) => isNounPhrase(doc, item, [])) : [];
      for (const item of items) facts.push({ rule: 'facts:topic-agenda-bullet', kind: 'topic', round: r, text: item.text, evidence: item });
      const body = s.start + s.text.search(/[^-•*\s]/) + (/^\s*[-•*]\s+the\s/i.test(s.text) ? 4 : 0);
      const end = s.start + (s.text.search(/[,.;:]/) > 0 ? s.text.search(/[,.;:]/) : s.text.length);
      if (!items.length && end > body) facts.push({ rule: 'facts:topic-phrase', kind: 'topic', round: r, text: text.slice(body, end), evidence: span(body, end) });
    }
    // Outcomes.
    // Outcomes: each failure, agreement or other result the sentence states, as the phrase that states it.
    const quoted = quotesIn(s.text, s.start);
    const seen: TextSpan[] = [];
    const inQuote = (at: number) => quoted.some((q) => q.start <= at && at < q.end);
    const outcome = (rule: string, kind: 'failure' | 'agreement' | 'other', phrase: TextSpan, quantities = outcomeNumbers(s, phrase)): void => {
      seen.push(phrase);
      // An outcome the phrase dates weeks before the report ("agreed in June to restart them", in an October report) is
      // background: an earlier round's, not this one's.
      if (anchorTime !== undefined && s.mentions.some((m) => m.type === 'Date' && m.value && m.start >= phrase.start && m.end <= phrase.end && Date.parse(dayBounds(m.value)?.[1] ?? '9999-12-31') < anchorTime - RECENT_DAYS * DAY)) return;
      facts.push({ rule, kind: 'outcome', round: r, outcome: kind, text: phrase.text, quantities, evidence: phrase });
    };
    for (const [name, kind] of OUTCOME_RULES) {
      const re = outcomeRegexes(kn)[name]!;
      re.lastIndex = 0;
      for (let hit = re.exec(s.text); hit; hit = re.exec(s.text)) {
        const at = s.start + hit.index;
        if (kn.lexicons.facts.hedges.test(s.text.slice(0, hit.index)) || inQuote(at) || seen.some((x) => x.start <= at && at < x.end)) continue;
        // "talks aimed at reaching an agreement on …": an aim, not an agreement.
        if (kind === 'agreement' && OUT.aims.test(s.text.slice(Math.max(0, hit.index - 40), hit.index))) continue;
        const phrase = outcomePhrase(s, at, doc.tokens);
        // "agreed to meet each month for four days": the agreement is a schedule, and its numbers are the schedule's,
        // not an outcome's.
        const meet = kind === 'agreement' && OUT.meetAgain.test(s.text.slice(hit.index + hit[0].length).replace(/^\s*to\b/i, ''));
        outcome('facts:outcome-cue', kind, phrase, meet ? [] : outcomeNumbers(s, phrase));
      }
    }
    // Outcomes not phrased with agree words: "signed off on a seven-day truce", "the talks produced two draft texts",
    // "released a joint statement, which has 12 articles".
    OUT.making.lastIndex = 0;
    for (let hit = anyWord && kn.lexicons.facts.outcomeMaking.test(s.text) ? OUT.making.exec(s.text) : null; hit; hit = OUT.making.exec(s.text)) {
      const at = s.start + hit.index;
      if (kn.lexicons.facts.hedges.test(s.text.slice(0, hit.index)) || inQuote(at) || seen.some((x) => x.start <= at && at < x.end)) continue;
      outcome('facts:outcome-document', 'other', documentPhrase(s, at));
    }
    // The terms of an agreement: "…, the agreement states.", "The accord mandates …", "It also calls for …" after
    // terms; then the sentences of the same paragraph that go on in the conditional ("All troops would also leave
    // five bases.").
    if (!quoted.length || quoted.every((q) => q.end - q.start < s.text.length / 2)) {
      // (The terms verbs are rare: tested alone first.)
      const verb = anyWord && kn.lexicons.facts.outcomeTerms.test(s.text);
      const terms = verb ? OUT.terms.exec(s.text) ?? (termsAt >= s.index - 1 ? OUT.termsIt.exec(s.text) : null) : null;
      const carried = !terms && termsAt === s.index - 1 && !s.lineStart && OUT.carry.test(s.text);
      if ((terms && !seen.some((x) => x.start <= s.start + terms.index && s.start + terms.index < x.end)) || carried) {
        const phrase = sentencePhrase(s);
        outcome(terms ? 'facts:outcome-terms' : 'facts:outcome-terms-continued', 'agreement', phrase);
        termsAt = s.index;
      }
    }

    // What comes next: a later round announced or planned; in a document that numbers no round, "the next round".
    if (!current)
      for (const c of cues) {
        if (c.sentence !== s.index || c.relative !== 'next' || c.round !== undefined) continue;
        const clause = clauseAround(s, c.start);
        // "further talks in the weeks starting on 17 July, 28 August and 18 September": a next step for each day.
        const dates = nextDates(s, clause);
        for (const date of dates.length ? dates : [undefined]) facts.push({ rule: 'facts:next-unnumbered', kind: 'next', round: 0, text: clause.text, ...(date?.value ? { value: date.value } : {}), evidence: clause });
      }
    const announced = new Set<number>();
    for (const c of s.cues) {
      if (c.round === undefined || (c.status !== 'announced' && c.status !== 'planned') || c.round <= 1) continue;
      const place = s.mentions.find((m) => m.type === 'Place' && m.start > c.end && /\bin\s+(?:the\s+)?$/.test(text.slice(m.start - 9, m.start)));
      const clause = clauseAround(s, c.start);
      // The days of the clause, less the day a report was made ("the EU said Thursday"); a day, if one is given, says
      // more than a week or a month around it ("next week … on Monday").
      const dates = stepDates(s, clause);
      const date =
        dates[0] ??
        s.mentions.find(
          (m) => m.type === 'Date' && m.value && /^\d{4}-(\d{2}|W\d{2})/.test(m.value) && !REPORT_DAY.before.test(text.slice(Math.max(s.start, m.start - 40), m.start)) && !/\b(following|after|conclusion of|end of)\b[^.]*$/i.test(text.slice(Math.max(s.start, m.start - 45), m.start)),
        );
      announced.add(clause.start);
      for (const d of dates.length > 1 ? dates : [date]) facts.push({ rule: 'facts:next-later-round', kind: 'next', round: c.round - 1, text: clause.text, ...(place ? { entity: cueOf(place) } : {}), ...(d?.value ? { value: d.value } : {}), evidence: clause });
    }
    // A session the clause dates after the report ("when they meet for a summit in CITY next week", "talks beginning
    // March 10" in a report of February): a next step of the sentence's round.
    // (Only a sentence with a day after the report's can hold one: that cheap test first.)
    const anchorDay = doc.anchor?.day;
    if (anchorDay && (s.cues.length || s.plain.length) && s.mentions.some((m) => m.type === 'Date' && m.value && (dayBounds(m.value)?.[0] ?? '') > anchorDay))
      for (const c of [...s.cues, ...s.plain]) {
        const clause = clauseAround(s, c.start);
        // (A date right before the session word names a session by its day, "the February talks": not a plan.)
        const later = stepDates(s, clause).find((m) => (dayBounds(m.value!)?.[0] ?? '') > anchorDay && !(m.end <= c.start && /^\s*$/.test(text.slice(m.end, c.start))));
        if (!later || announced.has(clause.start) || facts.some((f) => f.kind === 'next' && f.evidence.start === clause.start)) continue;
        announced.add(clause.start);
        facts.push({ rule: 'facts:next-dated-session', kind: 'next', round: r, text: stepText(clause.text), ...stepOf(s, clause), value: later.value!.replace(/T.*$/, ''), evidence: clause });
      }
    // Any other step the sentence says comes next ("will convene another meeting in March", "a truce due to take
    // effect on Monday", "plans to take part in the coming days"), with its date, place, level and whether it is only
    // hoped for: a next step of the sentence's round.
    OUT.next.lastIndex = 0;
    const stepped: TextSpan[] = [];
    for (let hit = anyWord ? OUT.next.exec(s.text) : null; hit; hit = OUT.next.exec(s.text)) {
      const clause = clauseAround(s, s.start + hit.index);
      if (announced.has(clause.start) || stepped.some((x) => x.start === clause.start) || facts.some((f) => f.kind === 'next' && f.evidence.start === clause.start && f.evidence.end === clause.end)) continue;
      stepped.push(clause);
      facts.push({ rule: 'facts:next-step', kind: 'next', round: r, text: stepText(clause.text), ...stepOf(s, clause), evidence: clause });
    }
  }
  // A session of many days: "13 days of talks", "the nine-day negotiations" with the day it ended ("concluded Tuesday")
  // give its first day (B7): the span, inferred.
  for (const s of sents) {
    if (captionLine[s.index]) continue;
    for (const m of s.mentions) {
      const d = m.type === 'Date' && m.value ? /^P(\d+)([DW])$/.exec(m.value) : null;
      if (!d || !SESSION_DURATION.test(text.slice(m.end, m.end + 40))) continue;
      const days = Number(d[1]) * (d[2] === 'W' ? 7 : 1);
      if (days < 2 || days > 31) continue;
      const known = facts
        .filter((f) => f.kind === 'held' && groupKey(f) === s.round && /^\d{4}-\d{2}-\d{2}/.test(f.value ?? '') && (anchorTime === undefined || Date.parse(f.value!.slice(0, 10)) <= anchorTime + DAY))
        .map((f) => f.value!.slice(0, 10))
        .sort();
      if (!known.length) continue;
      // "four-day talks begin on Monday": the span runs from the first day; "concluded after 13 days of talks", to the
      // last day said. A duration that says neither gives no span.
      const forward = kn.lexicons.facts.sessionBegins.test(s.text);
      if (!forward && !kn.lexicons.facts.sessionEnds.test(s.text) && !facts.some((f) => f.kind === 'held' && groupKey(f) === s.round && f.value?.slice(0, 10) === known.at(-1) && kn.lexicons.facts.sessionEnds.test(sentenceText(f.evidence.start)))) continue;
      const from = forward ? known[0]! : new Date(Date.parse(known.at(-1)!) - (days - 1) * DAY).toISOString().slice(0, 10);
      const to = forward ? new Date(Date.parse(known[0]!) + (days - 1) * DAY).toISOString().slice(0, 10) : known.at(-1)!;
      facts.push({ rule: 'facts:session-duration', kind: 'held', round: s.round, value: `${from}/${to}`, inferred: `${m.text} ${forward ? 'from' : 'ending'} ${forward ? from : to}`, evidence: span(m.start, m.end) });
    }
  }
  for (let i = facts.length - 1; i >= 0; i--) {
    const f = facts[i]!;
    const k = doc.sentences.findIndex((x) => x.start <= f.evidence.start && f.evidence.start < x.end);
    if (k >= 0 && captionLine[k] && f.rule !== 'facts:member-negotiator-title') facts.splice(i, 1);
  }
  // An unnumbered session is the latest the article reports: its held days lie within a week of the last one (on or
  // before publication); older days in the same article are background (an earlier meeting, a past agreement).
  // The same holds, over the weeks a numbered round may last, for each round an article numbers: "the second summit,
  // in Hanoi on Wednesday, eight months after the first in Singapore last June" gives the second round Wednesday, not
  // June, nor Singapore, whose sentence speaks of the earlier round.
  {
    const dayOf = (f: Fact) => (/^\d{4}-\d{2}-\d{2}/.test(f.value ?? '') ? Date.parse(f.value!.slice(0, 10)) : NaN);
    /** The last day a value can stand for: the day, the month's last day, or a span's last day. */
    const lastDayOf = (f: Fact) => {
      const m = /^(\d{4})-(\d{2})$/.exec(f.value ?? '');
      const range = /^\d{4}-\d{2}-\d{2}\/(\d{4}-\d{2}-\d{2})$/.exec(f.value ?? '');
      return m ? Date.UTC(Number(m[1]), Number(m[2]), 0) : range ? Date.parse(range[1]!) : dayOf(f);
    };
    const sentenceOf = (at: number) => doc.sentences.findIndex((x) => x.start <= at && at < x.end);
    for (const key of new Set(facts.filter((f) => f.kind === 'held').map(groupKey))) {
      const days = facts.filter((f) => f.kind === 'held' && groupKey(f) === key).map(dayOf).filter((t) => Number.isFinite(t) && (anchorTime === undefined || t <= anchorTime + DAY));
      if (!days.length) continue;
      const last = Math.max(...days);
      const background = new Set<number>();
      for (let i = facts.length - 1; i >= 0; i--)
        if (facts[i]!.kind === 'held' && groupKey(facts[i]!) === key && lastDayOf(facts[i]!) < last - (key === 0 ? NEAR_DAYS : RECENT_DAYS) * DAY) {
          background.add(sentenceOf(facts[i]!.evidence.start));
          facts.splice(i, 1);
        }
      // A venue in a sentence dated to an earlier time, beside other venues of the round, is the earlier round's.
      const venues = facts.filter((f) => f.kind === 'venue' && groupKey(f) === key);
      if (background.size && venues.some((f) => !background.has(sentenceOf(f.evidence.start))))
        for (let i = facts.length - 1; i >= 0; i--) if (facts[i]!.kind === 'venue' && groupKey(facts[i]!) === key && background.has(sentenceOf(facts[i]!.evidence.start))) facts.splice(i, 1);
    }
  }
  // The dateline's city is where the reporter is, most often the venue: the venue of the article's own round when
  // no sentence names one.
  if (dateline) {
    const main = current;
    const city = doc.mentions.find((m) => m.start >= dateline.start && m.end <= dateline.cityEnd && m.type === 'Place' && countryKind(m) !== 'country' && !isMedia(m));
    if (city && !facts.some((f) => f.kind === 'venue' && f.round === main)) facts.push({ rule: 'facts:venue-dateline', kind: 'venue', round: main, entity: cueOf(city), evidence: span(city.start, city.end) });
  }
  // The first sentence (in order) that holds a position, by binary search among the two that can (sentences are
  // sorted and apart): a scan of every sentence per quote made long articles quadratic.
  const sentFor = (holds: (x: Sent) => boolean, pos: number): Sent | undefined => {
    const i = lowerBound(sents, pos + 1, startOf) - 1;
    return [sents[i - 1], sents[i]].find((x) => x !== undefined && holds(x));
  };
  // Quotes, with their speakers: found in the whole text, since a quote may run over several sentences.
  for (const q of quotesIn(text)) {
    const first = sentFor((x) => x.start <= q.start && q.start < x.end + 1, q.start);
    const last = sentFor((x) => x.start <= q.end && q.end <= x.end + 1, q.end) ?? first;
    if (!first || !last) continue;
    // The attribution: the sentence that opens the quote and the one that closes it ("…,” said Rubio.").
    const inside: Mention[] = [];
    for (let i = lowerBound(doc.mentions, first.start, startOf); i < doc.mentions.length && doc.mentions[i]!.start < last.end; i++) if (doc.mentions[i]!.end <= last.end) inside.push(doc.mentions[i]!);
    const around = { ...first, end: last.end, text: text.slice(first.start, last.end), mentions: inside };
    const outside = text.slice(first.start, q.start - 1) + ' '.repeat(q.end - q.start + 2) + text.slice(q.end + 1, last.end);
    const speech = kn.lexicons.speechVerbs.exec(outside);
    if (!speech) continue;
    const lead = text.slice(Math.max(first.start, q.start - 25), q.start - 1);
    if (SCARE.test(lead) && !kn.lexicons.speechVerbs.test(lead.split(/\s+/).slice(-3).join(' '))) continue;
    let speaker = speakerOf(around, first.start + speech.index, q, kn);
    // "He noted, “…”": the pronoun's person is the last one named in the sentence before.
    if (!speaker && /^(He|She)\b/.test(first.text) && first.index > 0) speaker = sents[first.index - 1]!.mentions.filter((m) => m.type === 'Person').at(0);
    facts.push({ rule: 'facts:quote', kind: 'quote', round: first.round, text: q.text, ...(speaker ? { entity: cueOf(speaker) } : {}), evidence: q });
  }
  // A role the cleaner emptied ("North Korea's" before a name) is none.
  for (const f of facts)
    if (f.role === '') {
      delete f.role;
      delete f.roleSource;
    }
  return { ...doc, cues, facts };
}

/**
 * The dateline that opens a report's body, in its first lines: "CITY —", "CITY, Country (AGENCY) –",
 * "CITY: ", "CITY, Month D. /AGENCY/." — its span and where its city ends.
 */
export function datelineOf(text: string): { start: number; end: number; cityEnd: number } | undefined {
  let at = 0;
  for (let line = 0; line < 4 && at < text.length; line++) {
    const rest = text.slice(at, at + 200);
    const m =
      /^([A-Z][\p{Lu} .'’-]{2,40}?|[A-Z][\p{Ll}]+(?: [A-Z][\p{Ll}]+){0,2})(?:,\s*[A-Z][\p{L} .]{1,30}?)?(?:\s*\([^)\n]{2,40}\))?\s*(?:[\u2013\u2014]|--?)\s+/u.exec(rest) ??
      /^([A-Z][\p{Lu} .'’-]{2,40}?)(?::\s+|,\s*[A-Z][a-z]+\.? \d{1,2}\.?\s*(?:\/[\p{Lu}]+\/\.?)?\s*)/u.exec(rest);
    // A label of two letters ("ID :") is a page's metadata, not a city.
    if (m && m[1]!.replace(/[^\p{L}]/gu, '').length >= 3) return { start: at, end: at + m[0].length, cityEnd: at + m[1]!.length };
    const nl = text.indexOf('\n', at);
    if (nl < 0) break;
    at = nl + 1;
    while (text[at] === '\n') at++;
  }
  return undefined;
}

/** Where the subject of a clause starts: after a dateline ("BRUSSELS —", "Jeddah (AFP) -") or the last clause break. */
function subjectStart(before: string): number {
  const re = /(?:^|\n)[A-Z][\p{L} .,'()/-]{1,60}?(?:\s[\u2013\u2014-]\s|:\s)|[;:]\s|,\s(?=(?:and|but|while|as|after|when)\s)|\b(?:that|after|when|as|while|where)\s/gu;
  let at = 0;
  for (let m = re.exec(before); m; m = re.exec(before)) at = m.index + m[0].length;
  return at;
}

/** Where a person's segment of a list starts: after a comma, a list keyword, or an "and" that follows another person. */
const lastSeparator = (text: string, from: number, at: number, mentions: Mention[]): number => {
  const seg = text.slice(from, at);
  let best = from;
  // (a spaced dash too: "SEOUL, June 30 (Yonhap) -- U.S. President NAME" starts the title after the dateline)
  const re = /,|;|\bby\b|\bincluding\b|\bincludes\b|\bis\b|\band\b|\s-{1,2}\s|\s[\u2013\u2014]\s/g;
  for (let m = re.exec(seg); m; m = re.exec(seg)) {
    const abs = from + m.index;
    if (m[0] === 'and' && !mentions.some((x) => x.type === 'Person' && x.end <= abs && /^\s*$/.test(text.slice(x.end, abs)))) continue;
    best = abs + m[0].length;
  }
  return best + (text.slice(best, at).length - text.slice(best, at).trimStart().length);
};
const nextSeparator = (text: string, at: number, to: number): number => {
  const rest = text.slice(at, to);
  // The apposition runs to the comma that closes it (", the Secretary of …, who") or the sentence's end.
  const m = /^,\s*(?:the\s+)?[^,;.]*?(?=,|;|\.(?:\s|$)|\s+(?:while|who|which)\s|$)/.exec(rest);
  return m ? at + m[0].length : at;
};

/** The role of a person: the apposition after the name (", the Secretary of …"), else the title before it. */
function roleOf(text: string, segStart: number, p: Mention, segEnd: number, kn: Knowledge, mentions: Mention[]): { text: string; apposition: boolean } | undefined {
  const dashed = dashRole(text, p, mentions);
  if (dashed) return { text: dashed.text, apposition: true };
  const raw = text.slice(p.end, segEnd);
  const after = withoutKinship(raw.replace(/^,\s*/, '').replace(/^(the|a|an)\s+/i, '').trim(), kn);
  // An apposition follows a comma and names no one else ("NAME, the chief negotiator"; not "NAME, NAME and TITLE NAME").
  const appositive = /^\s*,/.test(raw) && !mentions.some((m) => m.type === 'Person' && m.start >= p.end && m.end <= segEnd);
  if (after && appositive && after.split(/\s+/).length <= 14 && !/^(who|which|that|and|said|says|it|he|she|they|we|i|you|this|these|those|there)\b/i.test(after)) return { text: after.replace(/\s*\([^)]*\)/g, ''), apposition: true };
  // The title before the name, less the country words and possessive names in front of it ("Russia’s military intelligence chief").
  // A person's possessive in front ("President Donald Trump’s son-in-law") is not part of the role.
  let from = segStart;
  for (const m of mentions) if (m.type === 'Person' && m.end <= p.start && m.start >= segStart && /^[’']s\b/.test(text.slice(m.end, m.end + 3))) from = Math.max(from, m.end + 2);
  // Nor is another person named before it ("talks between NAME and Mullah NAME").
  for (const m of mentions) if (m.type === 'Person' && m !== p && m.end <= p.start && m.start >= segStart) from = Math.max(from, m.end);
  const before = text.slice(from, p.start).trim().replace(/^(?:(?:and|or|both|she|he|they|we|I)(?:\s+|$))+/i, '').replace(/^(the|a|an)\s+/i, '');
  // Country words in front ("US special envoy", "Russia’s military intelligence chief") say the party, not the role.
  const words = before.split(/\s+/).filter(Boolean);
  for (;;) {
    // Two-word demonyms and country names first ("North Korean", "South Africa's").
    if (words.length > 2 && (kn.lexicons.demonyms.has(`${words[0]} ${words[1]}`) || kn.lexicons.demonymCountry.has(`${words[0]} ${words[1]}`) || (/[’']s$/.test(words[1]!) && /^[A-Z]/.test(words[0]!)))) words.splice(0, 2);
    else if (words.length > 1 && (kn.lexicons.demonyms.has(words[0]!) || /^[A-Z.]{2,5}$/.test(words[0]!) || /[’']s$/.test(words[0]!))) words.shift();
    else break;
  }
  // An honorific or rank right before the name is not the role ("intelligence chief Admiral").
  while (words.length > 1 && kn.lexicons.titles.includes(words.at(-1)!.toLowerCase()) && /^[A-Z]/.test(words.at(-1)!) && kn.lexicons.titles.includes(words.slice(0, -1).join(' ').toLowerCase().split(' ').at(-1)!)) words.pop();
  const role = withoutKinship(words.join(' ').trim(), kn);
  return role && role.split(/\s+/).length <= 10 ? { text: role, apposition: false } : undefined;
}

/** A spaced dash after a name ("NAME - director general at the Home Office, NAME - aide to NAME"): the role runs to the
 * next name a dash follows, or to the clause's end. */
function dashRole(text: string, p: Mention, mentions: Mention[]): TextSpan | undefined {
  const dash = /^[ \t]+[-\u2013\u2014][ \t]+/.exec(text.slice(p.end, p.end + 4));
  if (!dash) return undefined;
  const from = p.end + dash[0].length;
  const stop = /[.;:\n](?:\s|$)|\n/.exec(text.slice(from, from + 160));
  let to = from + (stop ? stop.index : Math.min(160, text.length - from));
  const next = mentions.find((m) => m.type === 'Person' && m.start > from && m.start < to && /^[ \t]+[-\u2013\u2014][ \t]+/.test(text.slice(m.end, m.end + 4)));
  if (next) to = next.start;
  // The next item may be a name the tagger missed: capitalized words before a spaced dash.
  const item = /(?:,|\s+and)\s+(?=\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}[ \t]+[-\u2013\u2014][ \t])/u.exec(text.slice(from, to));
  if (item) to = from + item.index;
  const role = text.slice(from, to).replace(/(?:\s*,\s*|\s+and\s*|\s+)+$/, '');
  if (!role || role.split(/\s+/).length > 14) return undefined;
  return { start: from, end: from + role.length, text: role };
}

/** A negotiator's role as a brief shows it: no leading article or relative pronoun, no country words in front. */
function cleanRole(role: string, kn: Knowledge): string {
  const words = role.replace(/^[\s"“”'‘’]+/, '').replace(/^(?:who|the|a|an|his|her|their|its)\s+/i, '').trim().split(/\s+/);
  // Two-word demonyms ("North Korean") go with both their words.
  const pair = (i: number) => kn.lexicons.demonyms.has(`${words[i]} ${words[i + 1]}`) || kn.lexicons.demonyms.has(`${words[i - 1]} ${words[i]}`);
  // Only the country words of the title itself, not those of its remit after "for", "to", "on" ("Chief Chilean negotiator" → "Chief negotiator";
  // "envoy for Peruvian affairs" keeps its object).
  const prep = words.findIndex((w) => remitWord(kn).test(w));
  const head = prep < 0 ? words.length : prep;
  // Country words: demonyms, possessives, a country's name ("Kosovo PM"), a code the knowledge base knows ("US"), not
  // a title's short form ("PM").
  const countryWord = (w: string) => !kn.lexicons.roleAbbreviations.has(w) && !!kn.aliases.get(aliasKey(w))?.some((e) => e.type === 'Place' || e.type === 'Organization');
  // (a country's name only in the title's leading capitalized words: "chief of staff of the Ghana Armed Forces" keeps it)
  const lead = words.findIndex((w) => /^\p{Ll}/u.test(w));
  const kept = words.filter((w, i) => i >= head || !(kn.lexicons.demonyms.has(w) || pair(i) || /[’']s$/.test(w) || ((lead < 0 || i < lead) && countryWord(w))));
  // "PM" is "Prime Minister" (facts.json roleAbbreviations).
  for (let i = 0; i < kept.length; i++) kept[i] = kn.lexicons.roleAbbreviations.get(kept[i]!) ?? kept[i]!;
  // "Mullah NAME", "Mr NAME": a form of address alone is no role.
  if (words.every((w) => honorific(kn).test(w))) return '';
  // "North Korea's NAME": a possessive before the name says whose the person is, it is no role (none is left).
  if (/[’']s$/.test(words.at(-1)!)) return kept.filter((w) => /^\p{Ll}/u.test(w)).join(' ');
  return (kept.length ? kept : words).join(' ');
}

/** A role without the kinship that describes the person ("President’s son-in-law and informal advisor" → "informal advisor"). */
function withoutKinship(role: string, kn: Knowledge): string {
  const parts = role.split(/\s+and\s+/).filter((part) => !kn.lexicons.kinship.has(part.split(/\s+/).at(-1)!.toLowerCase()));
  return parts.join(' and ').replace(/^(the|a|an)\s+/i, '');
}

/** Items of a list after `from` in a sentence: "X, Y, and the Z". */
function listItems(s: Sent, from: number): TextSpan[] {
  // "… are three contentious issues: A, B and C": the items follow the colon.
  const colon = s.text.indexOf(': ', from - s.start);
  if (colon >= 0) from = s.start + colon + 1;
  const rest = s.text.slice(from - s.start);
  const body = rest.replace(/^[\s:,]*(?:(?:were|was|are|is|include|included|including)\s+)?/i, '');
  const offset = from + (rest.length - body.length);
  const out: TextSpan[] = [];
  const re = /[^,;]+/g;
  const stop = body.search(/[.:;](\s|$)/);
  const limited = stop >= 0 ? body.slice(0, stop) : body;
  // "A, B and C": the last comma-separated part holds two items.
  const parts: Array<{ index: number; text: string }> = [];
  for (let m = re.exec(limited); m; m = re.exec(limited)) parts.push({ index: m.index, text: m[0] });
  const last = parts.at(-1);
  if (parts.length >= 2 && last && / and (?:the |a |an )?/.test(last.text) && !/^\s*and\s/.test(last.text)) {
    const k = last.text.search(/ and (?:the |a |an )?/);
    parts.splice(parts.length - 1, 1, { index: last.index, text: last.text.slice(0, k) }, { index: last.index + k + 1, text: last.text.slice(k + 1) });
  }
  for (const m of parts) {
    let t = m.text;
    let start = offset + m.index;
    const lead = /^\s*(?:and\s+|or\s+)?(?:the\s+|a\s+|an\s+)?/i.exec(t)![0];
    start += lead.length;
    t = t.slice(lead.length).replace(/\s+$/, '');
    if (t.split(/\s+/).length < 1 || t.split(/\s+/).length > 12 || !/[a-z]/.test(t)) continue;
    out.push({ start, end: start + t.length, text: t });
  }
  return out.length >= 1 && out.length <= 8 ? out : [];
}

/** Is this bullet part of a list that a sentence announced as topics? */
function isAgendaList(sents: Sent[], s: Sent): boolean {
  for (let i = s.index - 1; i >= 0 && i >= s.index - 8; i--) {
    const p = sents[i]!;
    if (/^\s*[-•*]\s/.test(p.text)) continue;
    return /\b(topics?|agenda|issues|include):?\s*$/i.test(p.text);
  }
  return false;
}

/**
 * The phrase that states an outcome: from its cue word, with the subject in front where the cue is
 * a verb ("positions remained divided"), to the next clause break ("No ceasefire was announced, no
 * joint statement …": each its own phrase), at most 14 words.
 */
function outcomePhrase(s: Sent, at: number, tokens: Token[]): TextSpan {
  const rel = at - s.start;
  const after = s.text.slice(rel);
  // A noun cue ("an agreement on …", "the decision to …") ends where its clause's verb begins ("… was reached").
  const nounCue = /^(agreement|decision|no\s)/i.test(after);
  const stop = after.search(nounCue ? /[,;:.](\s|$)|\s(?:but|while|which|who|as|because|although|despite|paving|in which|was|were|is|are|has|have|had|indicates|shows|suggests|means|signals)\s|[“"(]/ : /[,;:.](\s|$)|\s(?:but|while|which|who|as|because|although|despite|paving|in which)\s|[“"(]/);
  let end = stop >= 0 ? rel + stop : s.text.length;
  // "No agreement was reached on the border": the passive says what the agreement was about; keep it.
  if (nounCue && /^\s(?:was|were)\s(?:reached|made|announced|issued|adopted|signed|achieved|struck)\b/.test(s.text.slice(end))) {
    const more = s.text.slice(end).search(/[,;:.](\s|$)|\s(?:but|while|which|who|as|because|although|despite)\s/);
    end = more >= 0 ? end + more : s.text.length;
  }
  const words = s.text.slice(rel, end).split(/\s+/);
  if (words.length > 14) end = rel + s.text.slice(rel).split(/\s+/).slice(0, 14).join(' ').length;
  // A verb cue keeps its subject in front ("positions remained …", "the US and Russia agreed …"):
  // the nouns and names right before it, joined by "and", but no date ("this week failed …").
  let start = rel;
  if (/^(remained|remain|agreed|failed|fell|did|produced)/i.test(after)) {
    const next = lowerBound(tokens, at, startOf); // binary search: findIndex over every token was quadratic
    let k = (next < tokens.length ? next : -1) - 1;
    // Past an auxiliary ("Washington and Moscow have agreed").
    while (k >= 0 && /^(have|has|had|had been|was|were)$/i.test(tokens[k]!.text)) k--;
    let first = -1;
    while (k >= 0 && tokens[k]!.start >= s.start) {
      const t = tokens[k]!;
      const inDate = s.mentions.some((m) => m.type === 'Date' && m.start <= t.start && t.end <= m.end);
      if (!inDate && (t.pos === 'NOUN' || t.pos === 'PROPN' || (t.text === 'and' && first >= 0))) {
        first = t.start;
        k--;
      } else break;
    }
    if (first >= 0 && !/^and\b/.test(s.text.slice(first - s.start))) start = first - s.start;
  }
  const text = s.text.slice(start, end).trim();
  return { start: s.start + start, end: s.start + start + text.length, text };
}

/** A text less the attribution at its end (", NAME said", "," the statement read"), tried only where one can start:
 * at a comma or a closing quote mark near the end. */
function withoutAttribution(t: string, attribution: RegExp): string {
  for (let i = Math.max(0, t.length - 90); i < t.length; i++) {
    const ch = t[i];
    if ((ch === ',' || ch === '"' || ch === '”') && attribution.test(t.slice(i))) return t.slice(0, i).trimEnd();
  }
  return t;
}

/** The first and last day a date value stands for: a day (or a time on it), a range, an ISO week or a month. */
export function dayBounds(v: string): [string, string] | undefined {
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
  const day = /^(\d{4}-\d{2}-\d{2})(?:T[\dA-Z:]+)?$/.exec(v);
  if (day) return [day[1]!, day[1]!];
  const range = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(v);
  if (range) return [range[1]!, range[2]!];
  const week = /^(\d{4})-W(\d{2})$/.exec(v);
  if (week) {
    const jan4 = Date.UTC(Number(week[1]), 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY + (Number(week[2]) - 1) * 7 * DAY;
    return [iso(monday), iso(monday + 6 * DAY)];
  }
  const month = /^(\d{4})-(\d{2})$/.exec(v);
  if (month) return [`${v}-01`, iso(Date.UTC(Number(month[1]), Number(month[2]), 0))];
  return undefined;
}

/**
 * The phrase of an outcome made without an agree word ("signed off on a seven-day truce that takes effect on Monday",
 * "released a joint statement which has 12 articles"): from its verb to the sentence's next clause break (a relative
 * clause about the document stays), at most 30 words.
 */
function documentPhrase(s: Sent, at: number): TextSpan {
  const rel = at - s.start;
  const stop = s.text.slice(rel).search(/[;:](\s|$)|\.(\s|$)|,\s*(?:but|while|although|according|as)\b|,\s*(?:\p{Lu}[\p{L}'-]+\s+){1,3}(?:said|says|told|added)\b|,\s*(?:the|a|an)\s+[\p{L}\s]{0,40}?(?:said|says)\b|[“"(]/u);
  let end = stop >= 0 ? rel + stop : s.text.length;
  const words = s.text.slice(rel, end).split(/\s+/);
  if (words.length > 30) end = rel + words.slice(0, 30).join(' ').length;
  const t = s.text.slice(rel, end).trim();
  return { start: at, end: at + t.length, text: t };
}

/** A sentence that states an outcome whole (an agreement's terms), less an attribution at its end (", the deal states"). */
function sentencePhrase(s: Sent): TextSpan {
  const lead = s.text.length - s.text.trimStart().length;
  const body = s.text.trim().replace(/[.!?]+$/, '');
  const attribution = /,\s*(?:the\s+|a\s+)?[\p{L}\s-]{0,40}?\s(?:states|stated|says|said|stipulates|reads)$/u.exec(body);
  const t = attribution ? body.slice(0, attribution.index) : body;
  return { start: s.start + lead, end: s.start + lead + t.length, text: t };
}

/** Where the clause from an offset ends: the next semicolon, colon or full stop, or a clause word after a comma. */
function clauseEnd(s: Sent, at: number): number {
  const rest = s.text.slice(at - s.start);
  // A clause also ends at a comma before a participle or a past verb (", mediated by", ", ended with") or before a
  // speaker (", Kofi Dade said").
  // So does a second passive joined by "and" ("chaired by X and attended by Y").
  const e = rest.search(/[;:.](\s|$)|,\s*(?:but|while|although|which|who|according|as)\b|,\s*\p{Ll}{2,}ed\b|,?\s+and\s+\p{Ll}{2,}ed\s+by\b|,\s*(?:\p{Lu}[\p{L}'-]+\s+){1,3}(?:said|says|told|added)\b/u);
  return e >= 0 ? at + e : s.end;
}

/** The clause around an offset: from the previous clause break to the next. */
function clauseAround(s: Sent, at: number): TextSpan {
  const rel = at - s.start;
  const before = s.text.slice(0, rel);
  const b = Math.max(before.lastIndexOf(';'), before.lastIndexOf(': '), /,\s*(?:but|while|although|and|as)\s/.test(before) ? before.search(/,\s*(?:but|while|although|and|as)\s[^,]*$/) : -1);
  const start = b >= 0 ? b + 1 : 0;
  const after = s.text.slice(rel);
  const e = after.search(/[;.](\s|$)|,\s*(?:but|while|although|which|as|so)\s/);
  const end = e >= 0 ? rel + e : s.text.length;
  const raw = s.text.slice(start, end);
  const lead = /^\s*(?:but|and|while|although|however,?)?\s*/i.exec(raw)![0].length;
  const trail = raw.length - raw.trimEnd().length;
  return { start: s.start + start + lead, end: s.start + end - trail, text: raw.slice(lead, raw.length - trail) };
}

/** Direct quotes: text in straight or curly double quotes, within a paragraph (the words without the marks). */
function quotesIn(text: string, offset = 0): TextSpan[] {
  const out: TextSpan[] = [];
  const re = /[“"]([^“”"\n]+?)[”"]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const t = m[1]!.replace(/[,.]+$/, '').trim();
    if (!t) continue;
    const start = offset + m.index + 1 + m[1]!.indexOf(t);
    out.push({ start, end: start + t.length, text: t });
  }
  return out;
}

/**
 * The speaker of a quote: the person nearest the verb of saying, outside the quote (else a body,
 * else a country as a government: "The US said"); unknown stays unknown.
 */
function speakerOf(s: Sent, verbAt: number, q: TextSpan, kn: Knowledge): Mention | undefined {
  const outside = s.mentions.filter((m) => (m.end <= q.start - 1 || m.start >= q.end + 1) && !kn.lexicons.media.has(aliasKey(m.text)) && !/^[’']s\b/.test(s.text.slice(m.end - s.start, m.end - s.start + 3)));
  // The subject before the verb ("Rustem Umerov, Secretary of …, said"), else the one after it ("said Rubio").
  const before = outside.filter((m) => m.end <= verbAt);
  const after = outside.filter((m) => m.start >= verbAt && m.start - verbAt < 40);
  const isCountry = (m: Mention) => kn.aliases.get(aliasKey(m.text))?.some((e) => e.kind === 'country') === true;
  for (const type of ['Person', 'Organization', 'Place'] as const) {
    const ok = (m: Mention) => m.type === type && (type !== 'Place' || isCountry(m));
    const b = before.filter(ok);
    if (b.length) return type === 'Person' ? b[0] : b.at(-1);
    const a = after.filter(ok);
    if (a.length && type !== 'Place') return a[0];
  }
  return undefined;
}

/** A topic is a noun phrase: it names no person or date, does not start with a verb, and holds a noun. */
function isNounPhrase(doc: Doc, item: TextSpan, mentions: Mention[]): boolean {
  // A topic names no person and no day ("a six-week ceasefire" is one; "Wednesday in Abu Dhabi" is not).
  if (mentions.some((m) => (m.type === 'Person' || (m.type === 'Date' && !m.value?.startsWith('P'))) && m.start < item.end && item.start < m.end)) return false;
  if (mentions.some((m) => m.start <= item.start && item.end <= m.end)) return false;
  // The item's tokens, found by binary search (a scan of every token made long articles quadratic).
  const toks: Token[] = [];
  for (let i = lowerBound(doc.tokens, item.start, startOf); i < doc.tokens.length && doc.tokens[i]!.start < item.end; i++) if (doc.tokens[i]!.end <= item.end) toks.push(doc.tokens[i]!);
  if (!toks.length || /^(VERB|AUX|ADP|PRON|SCONJ|CCONJ|ADV)$/.test(toks[0]!.pos)) return false;
  // A clause is not a topic: an auxiliary, two verbs, or a relative pronoun ("… that Russia seized").
  if (toks.some((t) => t.pos === 'AUX' || /^(that|which|who|whom)$/i.test(t.text)) || toks.filter((t) => t.pos === 'VERB').length >= 2) return false;
  // Nor is a generic head with nothing to say what it is ("three contentious issues", "concrete steps").
  if (GENERIC_TOPIC.test(item.text) && !toks.some((t) => t.pos === 'ADP')) return false;
  return toks.some((t) => t.pos === 'NOUN');
}

export const factsStage: DocStage = {
  name: 'facts',
  requires: ['sentences', 'mentions', 'cues'],
  assigns: ['facts', 'cues'],
  run: (doc, options, ctx) => extractFacts(doc, ctx.knowledge, options as FactsOptions),
};
