/**
 * The patterns of the facts steps: built once per knowledge from the lexicons of `pipeline/` (the words), with the
 * grammar that joins them (a determiner, a few words between, the end of the text before a mention).
 */
import { phraseSource, type Knowledge } from '../../knowledge/knowledge.js';

/**
 * What may stand between a mediator and its cue: "X, which mediated", "X has hosted", "X, acting as mediator",
 * "X continues to serve as a neutral host", "X acted as the primary mediator" — a few words, no clause break.
 */
export const SUBJECT_OF_CUE = /^(?:[’']s)?(?:\s*,\s*(?:who|which|acting as|serving as)\b)?(?:\s+[\p{Ll}-]+){0,6}\s*$/u;
/** The unit of a TIMEX3 duration's designator (P7D, PT48H): months and minutes share M, told apart by the T. */
export const DURATION_UNIT: Record<string, string> = { Y: 'year', M: 'month', W: 'week', D: 'day', H: 'hour' };
export const DAY = 86_400_000;

/** Words right before a date that make it the plan, not the meeting: "scheduled for February 1", "delayed from the weekend". */
export const DATE_PLANNED = /\b(scheduled|set|planned|slated|due|expected|originally|initially)\s+(?:for|to|on|as)?\s*(?:the\s+)?$/i;
export const DATE_POSTPONED_FROM = /\bfrom\s+(?:the\s+)?$/i;
/** Outcome rules (lexicons/facts.json) and the kind of outcome each reports. */
export const OUTCOME_RULES: Array<['outcomeFailure' | 'outcomeAgreement' | 'outcomeOther', 'failure' | 'agreement' | 'other']> = [
  ['outcomeFailure', 'failure'],
  ['outcomeAgreement', 'agreement'],
  ['outcomeOther', 'other'],
];
export const GENERIC_TOPIC = /\b(issues|topics|matters|questions|points|areas|steps|measures|things|items|range)$/i;
export const ANAPHOR = /\b(those|these|that|the same) (talks|discussions|meetings?|sessions?|rounds?|negotiations)\b/i;
/** A word before an opening quote mark that makes it a scare quote inside a phrase, not speech. */
export const SCARE = /\b(a|an|the|of|to|for|on|in|its|their|his|her|potential|possible|so-called|called for)\s*$/i;


/** A value built once per knowledge (the patterns built from its lexicons), then reused. */
export function perKnowledge<T>(build: (kn: Knowledge) => T): (kn: Knowledge) => T {
  const cache = new WeakMap<Knowledge, T>();
  return (kn) => {
    let v = cache.get(kn);
    if (v === undefined) cache.set(kn, (v = build(kn)));
    return v;
  };
}

/** A day that dates the report, not the session: right after a speech verb ("the EU said Thursday", "told reporters on
 * Monday") or right before one ("Iran on Sunday said"); `ahead`: the clause after such a day looks forward. */
export const reportDay = perKnowledge((kn) => {
  const verbs = kn.lexicons.speechVerbsSource;
  return {
    before: new RegExp(String.raw`${verbs}(?:\s+(?:reporters|journalists|the press|the media|state media|\p{Lu}\p{L}+))?\s+(?:on\s+|late\s+|early\s+)?$`, 'iu'),
    after: new RegExp(String.raw`^\s+${verbs}`, 'i'),
    // The reported clause after the day, where it looks ahead ("… on Saturday he would know").
    ahead: new RegExp(String.raw`^[\s,]*(?:that\s+)?(?:\p{L}+\s+){0,2}(?:${kn.lexicons.facts.lookingAhead.source})`, 'iu'),
  };
});

/** The outcome rules as global regexes (every phrase of a sentence). */
export const outcomeRegexes = perKnowledge((kn): Record<string, RegExp> => Object.fromEntries(OUTCOME_RULES.map(([name]) => [name, new RegExp(kn.lexicons.facts[name].source, 'gi')])));

/** A session noun right after a name, with a word between at most ("the Hanoi summit", "the Doha peace talks"). */
export const sessionAfter = perKnowledge((kn) => new RegExp(String.raw`^\s+(?:[\p{Ll}-]+\s+)?(?:${kn.lexicons.sessionNouns.map(phraseSource).join('|')})\b`, 'u'));

/** First words of the demonyms of more than one word ("North" of "North Korean"). */
export const MULTI_FIRST = perKnowledge((kn) => new Set([...kn.lexicons.demonymCountry.keys()].filter((d) => d.includes(' ')).map((d) => d.split(' ')[0]!)));

/** A speech verb and the day it was said ("NAME said on Monday evening (that)"): a reported clause starts after it. */
export const reportedClause = perKnowledge((kn) => new RegExp(String.raw`(?:${kn.lexicons.speechVerbsSource})(?:\s+(?:on\s+|late\s+|early\s+)?\p{Lu}\p{Ll}+day(?:\s+(?:morning|afternoon|evening|night))?)?(?:\s+that)?\s+`, 'giu'));

/** The words before a day a count starts from ("since talks broke down in"), up to the day. */
export const countStart = perKnowledge((kn) => new RegExp(String.raw`(?:${kn.lexicons.facts.countsFrom.source})\s+(?:[\p{L}’']+\s+){0,4}?(?:(?:in|on|at)\s+)?(?:(?:the|early|late|mid)\s+)?$`, 'iu'));

/** A remit preposition ending a text ("envoy for the ") and one alone (a role's word), from facts.json remitWords. */
export const remitEnd = perKnowledge((kn) => new RegExp(String.raw`(?:${kn.lexicons.facts.remitWords.source})\s+(?:the\s+)?$`, 'i'));
export const remitWord = perKnowledge((kn) => new RegExp(String.raw`^(?:${kn.lexicons.facts.remitWords.source})$`, 'i'));

/** "since their landmark summit in": a session named after "since" is an earlier one, and so is its city. */
export const SINCE_SESSION = perKnowledge((kn) => new RegExp(String.raw`\bsince\s+(?:(?:the|their|its|his|her|a|an)\s+)?(?:[\p{L}-]+\s+){0,2}(?:${kn.lexicons.sessionNouns.map(phraseSource).join('|')})\s+(?:in|at)\s+(?:the\s+)?$`, 'iu'));

/**
 * The words before a day or a city that belong to a settlement the sentence recalls ("the peace agreement signed on …
 * in", "the deal that was reached in"): an agreement noun, a concluding participle, then no clause boundary.
 */
export const recalledSettlement = perKnowledge((kn) => new RegExp(String.raw`(?:${kn.lexicons.facts.agreementNouns.source})\s+(?:(?:that|which)\s+)?(?:(?:was|were|had\s+been|has\s+been)\s+)?(?:${kn.lexicons.facts.concludedVerbs.source})[^,;.()“”"]{0,40}$`, 'iu'));

/** "in the Kenyan capital": a demonym (group 1) and a capital noun (group 2) after "in"/"at". */
export const capitalDescription = perKnowledge((kn) => new RegExp(String.raw`\b(?:in|at)\s+the\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+(${kn.lexicons.facts.capitalNouns.source.replace(/^\\b|\\b$/g, '')})\b`, 'gu'));
/** Each country's capital city (the first the country data lists), from the knowledge base. */
export const capitalOf = perKnowledge((kn) => {
  const out = new Map<string, string>();
  for (const e of kn.byId.values()) if (e.type === 'Place' && e.kind === 'capital' && e.country && !out.has(e.country)) out.set(e.country, e.name);
  return out;
});

/** A denial right before a verb, two words between at most ("did not attend", "has never formally participated"). */
export const denied = perKnowledge((kn) => new RegExp(String.raw`(?:${kn.lexicons.facts.denials.source})\s+(?:\p{L}+\s+){0,2}$`, 'iu'));

/** A whole word that is a form of address (facts.json honorifics). */
export const honorific = perKnowledge((kn) => new RegExp(String.raw`^(?:${kn.lexicons.facts.honorifics.source})$`, 'i'));

/** A concluding verb right before a day ("agreed this Saturday, November 12", "signed on Friday"). */
export const settlementDay = perKnowledge((kn) => new RegExp(String.raw`(?:${kn.lexicons.facts.concludedVerbs.source})\s+(?:(?:on|this|last|late|early|on\s+the)\s+)?$`, 'iu'));

/** A preposition right before a mediator word, a determiner and a word between at most ("seen with the mediators"). */
export const objectOfCue = perKnowledge((kn) => new RegExp(String.raw`(?:${kn.lexicons.facts.objectOfCue.source})\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\p{Ll}-]+\s+)?$`, 'iu'));

/** What follows a duration that measures a session: "(13 days) of talks", "(nine-day) negotiations". */
export const sessionDuration = perKnowledge((kn) => new RegExp(String.raw`^[\s-]*(?:[\p{L}-]+\s+)?${kn.lexicons.sessionDurationsSource}`, 'iu'));

/** The outcome, next-step and facility patterns (facts.json's last block). */
export const outcomePatterns = perKnowledge((kn) => {
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
