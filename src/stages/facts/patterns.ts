/**
 * The patterns of the facts steps: built once per knowledge from the lexicons of `pipeline/` (the words), with the
 * grammar that joins them (a determiner, a few words between, the end of the text before a mention).
 */
import { phraseSource, type Knowledge } from '../../knowledge/knowledge.js';
import { gatedBy } from '../../knowledge/gate.js';

/**
 * What may stand between a mediator and its cue: "X, which mediated", "X has hosted", "X, acting as mediator",
 * "X continues to serve as a neutral host", "X acted as the primary mediator" — a few words, no clause break.
 */
export const subjectOfCue = perKnowledge((kn) => new RegExp(String.raw`^(?:[’']s)?(?:\s*,\s*(?:${kn.lexicons.clauses.relativePronouns.source}|${kn.lexicons.facts.actingAs.source}))?(?:\s+[\p{Ll}-]+){0,6}\s*$`, 'u'));
/** The unit of a TIMEX3 duration's designator (P7D, PT48H): months and minutes share M, told apart by the T. */
export const DURATION_UNIT: Record<string, string> = { Y: 'year', M: 'month', W: 'week', D: 'day', H: 'hour' };
export const DAY = 86_400_000;

/** Words right before a date that make it the plan, not the meeting: "scheduled for February 1" (facts.json planningWords),
 * and in a sentence on a postponement, "delayed from the weekend" (postponedFrom). */
/** Observers named in a list: the words right before it ("observed by the representatives from "; facts.json
 * observerLeads) and right after it (" participated as third-party observers": a role's lead, then observerWords). */
export const observersAround = perKnowledge((kn) => {
  const f = kn.lexicons.facts;
  return {
    before: new RegExp(String.raw`(?:${f.observerLeads.source})\s+(?:the\s+)?(?:\p{L}+\s+){0,2}?(?:from\s+)?$`, 'iu'),
    after: new RegExp(String.raw`^[^.;]{0,30}?(?:${f.observerRoleLeads.source})\s+(?:[\p{L}-]+\s+)?(?:${f.observerWords.source})`, 'iu'),
  };
});

/** Words before a list of a session's chairs or mediators, anywhere in the text before a name (facts.json chairListLeads). */
export const chairListLead = perKnowledge((kn) => new RegExp(String.raw`\b(?:${kn.lexicons.facts.chairListLeads.source})\s`, 'i'));

/** A list item's title before its comma: the last comma-closed words, less an article or a possessive that opens them
 * ("…, accompanied by her deputy for legal affairs, "; clauses.json articles, possessiveDeterminers). */
export const titleBeforeCommaPattern = perKnowledge((kn) => new RegExp(String.raw`(?:^|,)\s*(?:(?:${kn.lexicons.clauses.articles.source}|${kn.lexicons.clauses.possessiveDeterminers.source})\s+)?([^,;]{3,80}?),\s*$`, 'i'));

/** A verb of telling right before its object, who hears the words ("told the "; clauses.json addresseeVerbs). */
export const addresseeBefore = perKnowledge((kn) => new RegExp(String.raw`\b(?:${kn.lexicons.clauses.addresseeVerbs.source})\s+(?:${kn.lexicons.clauses.articles.source}\s+)?$`, 'i'));

/** A role noun phrase right after a speech verb, to the clause's end ("said the Peruvian trade minister."). */
export const titledRoleAfter = perKnowledge((kn) => new RegExp(String.raw`^\s+(?:${kn.lexicons.clauses.articles.source})\s+([\p{L}\s-]{2,50}?)\s*(?:[,.;]|$)`, 'iu'));
/** A role noun phrase right before a speech verb, its subject ("the trade minister said"). */
export const titledRoleBefore = perKnowledge((kn) => new RegExp(String.raw`(?:^|[,;”"]\s*|\s)(?:${kn.lexicons.clauses.articles.source})\s+([\p{L}\s-]{2,50}?)\s*$`, 'iu'));

/** The words that open a list of examples, each match ("senior officials such as "; facts.json examplesWords). */
export const examplesLead = perKnowledge((kn) => new RegExp(String.raw`(?:${kn.lexicons.facts.examplesWords.source})\s+`, 'gi'));

/** The words right after a led delegation that bring in a co-head, to the co-head's title ("together with "; facts.json
 * coLeadLinks). */
export const coLeadAfter = perKnowledge((kn) => new RegExp(String.raw`^\s*(?:${kn.lexicons.facts.coLeadLinks.source})\s+`, 'i'));

/** Every delegation word of a text (facts.json delegationWords). */
export const delegationWordAll = perKnowledge((kn) => new RegExp(kn.lexicons.facts.delegationWords.source, 'gi'));
/** A place that ends a list of sides, after its "and": "(between A and B) in an Egyptian resort" (clauses.json
 * placeLocatives, articles). */
export const placeAfterList = perKnowledge((kn) => new RegExp(String.raw`\s(?:${kn.lexicons.clauses.placeLocatives.source})\s+(?:${kn.lexicons.clauses.articles.source})\s`, 'i'));
/** A place's preposition right after a host's word ("hosted at the ", "hosted in "; clauses.json placeLocatives). */
export const premisesAfter = perKnowledge((kn) => new RegExp(String.raw`^\s+(?:${kn.lexicons.clauses.placeLocatives.source})\s+(?:the\s+)?`, 'i'));

/** Words right before a mediator's word that put the role in a session to come ("to be hosted by"; facts.json futureRoleLeads). */
export const futureRoleBefore = perKnowledge((kn) => new RegExp(String.raw`(?:${kn.lexicons.facts.futureRoleLeads.source})\s+$`, 'i'));

/** A term's noun right after a date ("the October 15 deadline"; facts.json deadlineNouns). */
export const deadlineAfter = perKnowledge((kn) => new RegExp(String.raw`^\s*(?:${kn.lexicons.facts.deadlineNouns.source})`, 'i'));
/** A deadline's preposition right before a date ("by 8 August", "no later than May 3"; facts.json deadlineWords). */
export const deadlineBefore = perKnowledge((kn) => new RegExp(String.raw`\b(?:${kn.lexicons.facts.deadlineWords.source})\s+(?:the\s+)?$`, 'i'));
/** The word that gives a paper its date, right before the date ("a press release dated December 14"; facts.json documentDates). */
export const documentDated = perKnowledge((kn) => new RegExp(String.raw`\b(?:${kn.lexicons.facts.documentDates.source})\s+$`, 'i'));
/** The words of planning before a date ("scheduled for", "was scheduled to take place in"; facts.json planningWords,
 * planningLinks, plannedEvents). */
export const datePlanned = perKnowledge((kn) => {
  const link = kn.lexicons.facts.planningLinks.source;
  return new RegExp(String.raw`${kn.lexicons.facts.planningWords.source}\s+(?:(?:${link})\s+)?(?:(?:${kn.lexicons.facts.plannedEvents.source})\s+(?:(?:${link})\s+)?)?(?:the\s+)?$`, 'i');
});
export const datePostponedFrom = perKnowledge((kn) => new RegExp(String.raw`${kn.lexicons.facts.postponedFrom.source}\s+(?:the\s+)?$`, 'i'));
/** Outcome rules (lexicons/facts.json) and the kind of outcome each reports. */
export const OUTCOME_RULES: Array<['outcomeFailure' | 'outcomeAgreement' | 'outcomeOther' | 'outcomeProposals', 'failure' | 'agreement' | 'other']> = [
  ['outcomeFailure', 'failure'],
  ['outcomeAgreement', 'agreement'],
  ['outcomeOther', 'other'],
  ['outcomeProposals', 'other'],
];
/** A value built once per knowledge (the patterns built from its lexicons), then reused. */
export function perKnowledge<T>(build: (kn: Knowledge) => T): (kn: Knowledge) => T {
  const cache = new WeakMap<Knowledge, T>();
  return (kn) => {
    let v = cache.get(kn);
    if (v === undefined) cache.set(kn, (v = build(kn)));
    return v;
  };
}

/** A list item's generic head, at its end ("three contentious issues"; facts.json genericTopicHeads). */
export const genericTopic = perKnowledge((kn) => new RegExp(String.raw`${kn.lexicons.facts.genericTopicHeads.source}$`, 'i'));
/** A sentence that points back to the session of the sentence before: "those discussions" (events.json anaphoric…). */
/** A sentence whose opening clause ends with (or is) a time that sets it well before the report, before its comma
 * ("Earlier this month, …", "During a meeting with NAME last month, …": events.json recallingOpeners). */
export const recallingOpener = perKnowledge((kn) => gatedBy(kn, new RegExp(String.raw`^\W*(?:[^,;:]{0,100}\s)?${kn.lexicons.events.recallingOpeners.source}\s*,`, 'i'), kn.lexicons.events.recallingOpeners));
/** A sentence that opens on a meeting not named before as the time of what follows ("During a three-hour meeting with
 * NAME in CITY on DATE, …": events.json recallingMeetingLeads, session nouns). */
export const recallingMeeting = perKnowledge((kn) => new RegExp(String.raw`^\W*${kn.lexicons.events.recallingMeetingLeads.source}\s+(?:[\p{L}-]+\s+){0,3}?(?:${kn.lexicons.sessionNouns.map(phraseSource).join('|')})\b[^,;:]{0,160},`, 'iu'));
/** A count of the series' sessions, around its number (events.json countedSessionNouns, partialCounts): `after` the
 * number, its noun with at most one word before it ("Four rounds", "three formal meetings"), and not a word that
 * makes it part of the series ("two more rounds"); `before` it, such a word ("the last three rounds"). */
export const countedSessions = perKnowledge((kn) => ({
  after: new RegExp(String.raw`^\s+(?!(?:${kn.lexicons.events.partialCounts.source})\b)(?:[\p{L}-]+\s+)?(?:${kn.lexicons.events.countedSessionNouns.source})\b`, 'iu'),
  before: new RegExp(String.raw`\b(?:${kn.lexicons.events.partialCounts.source})\s+$`, 'i'),
}));
/** Whether a sentence counts the series' sessions and dates each ("Four rounds of talks followed, on January 4, February
 * 9, May 3 and July 1"): a number before a count's noun (countedSessions) equal to the days it gives. */
export function countsSessions(kn: Knowledge, text: string, s: { start: number; end: number; mentions: ReadonlyArray<{ type: string; start: number; end: number; value?: string | undefined }> }): boolean {
  const days = s.mentions.filter((m) => m.type === 'Date' && /^(?:\d{4}|XXXX)-\d{2}-\d{2}$/.test(m.value ?? '')).length;
  return days >= 2 && s.mentions.some((m) => m.type === 'Quantity' && Number(m.value) === days && countedSessions(kn).after.test(text.slice(m.end, s.end)) && !countedSessions(kn).before.test(text.slice(Math.max(s.start, m.start - 20), m.start)));
}
/** A sentence that says the series started again after a stretch without talks ("Direct talks resumed on May 16 after a
 * more than three-year pause": events.json resumptionVerbs, gapNouns). */
export const resumedAfterGap = perKnowledge((kn) => gatedBy(kn, new RegExp(String.raw`\b(?:${kn.lexicons.events.resumptionVerbs.source})\b[^.;:]{0,120}?\bafter\s+(?:an?\s+|the\s+)?[^.;:,]{0,40}?\b(?:${kn.lexicons.events.gapNouns.source})\b`, 'i'), kn.lexicons.events.resumptionVerbs));
/** A word that introduces a session not named before, and the tags of the words between it and the session noun
 * (events.json freshDeterminers, freshModifierTags): "an informal meeting". */
export const freshDeterminer = perKnowledge((kn) => new RegExp(String.raw`^(?:${kn.lexicons.events.freshDeterminers.source})$`, 'i'));
export const freshModifier = perKnowledge((kn) => new RegExp(String.raw`^(?:${kn.lexicons.events.freshModifierTags.source})$`));
/** A sentence that opens with a definite session noun ("The talks ended …": events.json continuingDeterminers, anaphoricSessionNouns). */
export const continuingOpening = perKnowledge((kn) => new RegExp(String.raw`^\W*(?:${kn.lexicons.events.continuingDeterminers.source})\s+(?:${kn.lexicons.events.anaphoricSessionNouns.source})\b`, 'i'));
/** A sentence that opens by pointing back to a session ("That meeting was …": events.json anaphoricDeterminers, anaphoricSessionNouns). */
export const anaphorOpening = perKnowledge((kn) => new RegExp(String.raw`^\W*${kn.lexicons.events.anaphoricDeterminers.source}\s+${kn.lexicons.events.anaphoricSessionNouns.source}`, 'i'));
/** What may stand between a person and the verb they are the subject of: nothing but auxiliaries and adverbs ("NAME will
 * separately host": clauses.json verbLeads). */
export const verbLead = perKnowledge((kn) => new RegExp(String.raw`^\s+(?:(?:${kn.lexicons.clauses.verbLeads.source})\s+){0,3}$`, 'i'));
/** A clause of its own whose subject is a pronoun for the person named right before ("NAME; he chaired the opening
 * session", "NAME, and she will host"): clauses.json personPronouns, verbLeads. */
export const pronounLead = perKnowledge((kn) => new RegExp(String.raw`^\s*[;,]?\s*(?:and\s+)?(?:${kn.lexicons.clauses.personPronouns.source})\s+(?:(?:${kn.lexicons.clauses.verbLeads.source})\s+){0,3}$`, 'i'));
/** Before a day: a session that has run since it ("has been held in Havana since ": events.json runningSince). */
/** A day that opens its sentence after "since", where a word of a session run without a break follows ("Since January
 * 20, talks resumed and have been ongoing"; facts.json countsFrom, events.json runningSince). */
export const runningFromOpening = perKnowledge((kn) => ({
  before: new RegExp(String.raw`^\W*(?:${kn.lexicons.facts.countsFrom.source})\s+$`, 'i'),
  after: new RegExp(String.raw`\b(?:${kn.lexicons.events.runningSince.source})\b`, 'i'),
}));
export const runningSince = perKnowledge((kn) => new RegExp(String.raw`(?:${kn.lexicons.events.runningSince.source})[^,.;]{0,40}?\s(?:${kn.lexicons.facts.countsFrom.source})\s+(?:${kn.lexicons.clauses.timePrepositions.source}\s+)?$`, 'i'));
/** A verb in the past tense (events.json pastVerbs, pastSuffixes): the sentence tells what happened (not a participle
 * after a present auxiliary, clauses.json presentAuxiliaries: "are maintained", "has positioned"). */
export const pastTense = perKnowledge((kn) => new RegExp(String.raw`${kn.lexicons.events.pastVerbs.source}|(?<!(?:${kn.lexicons.clauses.presentAuxiliaries.source})\s+)\b\w{3,}${kn.lexicons.events.pastSuffixes.source.replace(/^\\b/, '')}`));
/** A word that makes the session right after it a bound in time, "before the" (events.json boundLeads). */
export const boundLead = perKnowledge((kn) => new RegExp(String.raw`\b(?:${kn.lexicons.events.boundLeads.source})\s+(?:the\s+)?$`, 'i'));
export const anaphor = perKnowledge((kn) => new RegExp(String.raw`${kn.lexicons.events.anaphoricDeterminers.source}\s+${kn.lexicons.events.anaphoricSessionNouns.source}`, 'i'));
/** Words that await a session right before its word, a few modifiers between: "ahead of new peace talks" (dates.json
 * awaitedLeads). */
export const awaitedBefore = perKnowledge((kn) => new RegExp(String.raw`(?:${kn.lexicons.dates.awaitedLeads})\s+(?:[\p{L}’'-]+\s+){0,3}$`, 'iu'));
/** A word before an opening quote mark that makes it a scare quote inside a phrase, not speech (facts.json scareQuoteLeads). */
export const scareQuote = perKnowledge((kn) => new RegExp(String.raw`${kn.lexicons.facts.scareQuoteLeads.source}\s*$`, 'i'));
/** The words before a date that make it the day something else came after ("following the summit on"; facts.json laterThan). */
/** A word no title reaches over, with the space after it ("talks with | chief negotiator NAME"; clauses.json titleBoundaries). */
export const titleBoundary = perKnowledge((kn) => new RegExp(String.raw`\b(?:${kn.lexicons.clauses.titleBoundaries.source})\s+`, 'i'));
export const afterSomething = perKnowledge((kn) => new RegExp(String.raw`${kn.lexicons.facts.laterThan.source}(?!\s+\p{Ll}+ing\b)[^.]*$`, 'iu'));
/** After the session's words, a phrase of sequence and the session the round came after ("this round was held
 * following the meeting of the ministers on July 14 in Dushanbe"): a day or a city in it is that session's (facts.json
 * laterThan, events.json sessionNouns; not "resumed after a pause on Monday", which names no session). */
/** A session noun anywhere (events.json sessionNouns). */
export const sessionWord = perKnowledge((kn) => new RegExp(String.raw`\b(?:${kn.lexicons.sessionNouns.map(phraseSource).join('|')})\b`, 'iu'));
/** A place that names a session as its venue: "the Sweden talks", "the Doha negotiations" (events.json sessionNouns). */
export const venueNamingSession = perKnowledge((kn) => ({
  before: /\bthe\s+$/i,
  after: new RegExp(String.raw`^\s+(?:${kn.lexicons.sessionNouns.map(phraseSource).join('|')})\b`, 'iu'),
}));
/** After the second of two sides joined by a hyphen, up to five words and a session noun: "the US-China talks", "the
 * China-India Corps Commander Level Meeting" (events.json sessionNouns). */
export const pairSession = perKnowledge((kn) => new RegExp(String.raw`^(?:\s+[\p{L}’'-]+){0,5}?\s+(?:${kn.lexicons.sessionNouns.map(phraseSource).join('|')})\b`, 'iu'));
export const antecedentEvent = perKnowledge((kn) => new RegExp(String.raw`\b(?:${kn.lexicons.facts.laterThan.source})\s+(?:the|a|an|its|their)\s(?:[^.;]*?\s)?(?:${kn.lexicons.sessionNouns.map(phraseSource).join('|')})\b[^.;]*$`, 'iu'));
/** A journey's clause right before a city or a day, which are then the journey's ("after arriving in Beirut on Tuesday";
 * facts.json travelClauses). */
/** A verb that moves a session to another place ("… moves to Havana"; facts.json venueMoves). */
export const venueMove = perKnowledge((kn) => new RegExp(String.raw`\s(?:${kn.lexicons.facts.venueMoves.source})\b`, 'i'));
export const travelBefore = perKnowledge((kn) => new RegExp(String.raw`\b(?:${kn.lexicons.facts.travelClauses.source})\b[^.;,]{0,50}$`, 'i'));
/** A word of sequence and the article right before a name of a session ("following the Doha talks"; facts.json laterThan). */
export const sequenceBefore = perKnowledge((kn) => new RegExp(String.raw`${kn.lexicons.facts.laterThan.source}\s+the\s+$`, 'i'));
/** A verb by which the subject comments on the session, stays away or only puts it forward, perhaps after an auxiliary
 * ("has pulled out", "proposed holding talks": facts.json stanceVerbs, proposalVerbs, clauses.json auxiliaries). */
export const stanceVerb = perKnowledge((kn) => new RegExp(String.raw`^(?:(?:${kn.lexicons.clauses.auxiliaries.source})\s+)?(?:${kn.lexicons.facts.stanceVerbs.source}|${kn.lexicons.facts.proposalVerbs.source})`, 'i'));
/** A verb by which one person sends others to the session, each occurrence (facts.json sendingVerbs). */
export const sendingVerbAll = perKnowledge((kn) => new RegExp(kn.lexicons.facts.sendingVerbs.source, 'gi'));
/** The opening of the span of a side's people: "On the U.S. side were", "on the Chinese side," (facts.json sideSpanLeads,
 * sideSpanNouns, sideSpanVerbs); the side's name is the group of one to three words. */
export const sideSpanAll = perKnowledge((kn) => new RegExp(String.raw`${kn.lexicons.facts.sideSpanLeads.source}\s+((?:[\p{L}.'’-]+\s+){1,3}?)${kn.lexicons.facts.sideSpanNouns.source}\s*[,:]?\s*(?:${kn.lexicons.facts.sideSpanVerbs.source}\s+)?`, 'giu'));
/** A side's noun, a short phrase after it and the words of its head ("The Indian side of the talks will be headed by",
 * "the other team is also led by": facts.json sideSpanNouns, clauses.json verbLeads and presentAuxiliaries, facts.json headCues). */
export const sideLedBy = perKnowledge((kn) => new RegExp(String.raw`\b(?:${kn.lexicons.facts.sideSpanNouns.source})(?:\s+(?:of|at|in|to)\s+(?:the\s+)?[\p{L}-]+)?\s*,?\s+(?:(?:${kn.lexicons.clauses.verbLeads.source}|${kn.lexicons.clauses.presentAuxiliaries.source})\s+){0,3}(?:${kn.lexicons.facts.headCues.source})`, 'iu'));
/** The words that open a sentence on the side not yet named (facts.json otherSideOpeners). */
export const otherSideOpener = perKnowledge((kn) => new RegExp(String.raw`^\W*(?:${kn.lexicons.facts.otherSideOpeners.source})`, 'i'));
/** The words that open a sentence on the side its people come from (facts.json sideOpeners: "From Ghana, …"). */
export const sideOpener = perKnowledge((kn) => new RegExp(String.raw`^(?:${kn.lexicons.facts.sideOpeners.source})\s+`, 'i'));
/** A name and a hyphen before a sponsorship participle ("EU-mediated", "Qatar-hosted"; events.json sponsorship). */
export const sponsoredBy = perKnowledge((kn) => new RegExp(String.raw`^[-\u2010\u2011]\s*${kn.lexicons.events.sponsorship.source}`, 'i'));
/** After a convener phrase ("at the initiative", facts.json conveners), the "of" that names the convener, perhaps past a
 * second phrase of the kind ("and with the participation": facts.json convenerLinks). */
export const convenerOf = perKnowledge((kn) => new RegExp(String.raw`^\s*(?:,\s*)?(?:(?:${kn.lexicons.facts.convenerLinks.source})\s+)?of\s+`, 'i'));
/** What follows a country or a body that backs a side ("Iran-backed"; facts.json backers). */
export const backerAfter = perKnowledge((kn) => new RegExp(String.raw`^[-\u2010\u2011](?:${kn.lexicons.facts.backers.source})`, 'iu'));
/** A sponsor's hyphened participle and the session it qualifies: "-brokered negotiations", "-mediated peace talks"
 * (events.json sponsorship, sessionModifiers, sessionNouns). */
export const sponsoredSession = perKnowledge((kn) => new RegExp(String.raw`^[-\u2010\u2011]\s*(?:${kn.lexicons.events.sponsorship.source})\s+(?:(?:${kn.lexicons.events.sessionModifiers.source})\s+)*(?:${kn.lexicons.sessionNouns.map(phraseSource).join('|')})\b`, 'iu'));
/** A leader's hyphened participle and the session it qualifies: "-led peace talks" (events.json leadingParticiples,
 * sessionModifiers, sessionNouns). */
export const ledSession = perKnowledge((kn) => new RegExp(String.raw`^[-\u2010\u2011]\s*(?:${kn.lexicons.events.leadingParticiples.source})\s+(?:(?:${kn.lexicons.events.sessionModifiers.source})\s+)*(?:${kn.lexicons.sessionNouns.map(phraseSource).join('|')})\b`, 'iu'));
export const sponsoredAnywhere = perKnowledge((kn) => gatedBy(kn, new RegExp(String.raw`[-\u2010\u2011]${kn.lexicons.events.sponsorship.source}`, 'i'), kn.lexicons.events.sponsorship));

/** The lower-case building noun right after a name ("Çırağan palace": " palace"), with its space; places.json
 * facilities less landforms. */
export function buildingNounAfter(kn: Knowledge, text: string, end: number): string | undefined {
  const noun = /^\s+(\p{Ll}+)\b/u.exec(text.slice(end, end + 20));
  return noun && kn.lexicons.buildings.has(noun[1]!) ? noun[0] : undefined;
}

/** Words before a city that place what the sentence tells there: "in (the)", "capital (of)", "in the Red Sea city of"
 * (clauses.json placeLocatives, facts.json capitalNouns and cityNouns). */
export const placedIn = perKnowledge((kn) => new RegExp(String.raw`${kn.lexicons.clauses.placeLocatives.source}\s+(?:the\s+)?$`, 'i'));
/** A country word and the noun of a side ("the Indian side", "India's side"; facts.json pointSides): group 1 the word. */
export const pointSideNamed = perKnowledge((kn) => new RegExp(String.raw`(\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)?)(?:['’]s)?\s+${kn.lexicons.facts.pointSides.source}`, 'gu'));
/** "on the Indian side of the A-B meeting point": the noun of a side and "of" right before a place. */
export const pointSideOfBefore = perKnowledge((kn) => new RegExp(String.raw`${kn.lexicons.facts.pointSides.source}\s+of\s+(?:the\s+)?$`, 'iu'));
/** A relative clause on a person, open up to the end of the text it is tested on: ", who had taken over as the
 * commander of the corps " (clauses.json personRelatives; no comma, semicolon or dash after the pronoun). */
export const personClauseOpen = perKnowledge((kn) => new RegExp(String.raw`^\s*,\s*${kn.lexicons.clauses.personRelatives.source}[^,;:()–—]*$`, 'iu'));
export const capitalOfBefore = perKnowledge((kn) => new RegExp(String.raw`${kn.lexicons.facts.capitalNouns.source}\s*(?:of\s+|,\s*)?$`));
/** A city's noun right after a demonym or a country's name ("(Kazakh) city of", "(Kazakh) capital"; facts.json cityNouns). */
export const cityNounAfter = perKnowledge((kn) => new RegExp(String.raw`^\s+(?:${kn.lexicons.facts.cityNouns.source})\b`, 'i'));
export const cityOfBefore = perKnowledge((kn) => new RegExp(String.raw`${kn.lexicons.clauses.placeLocatives.source}\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}${kn.lexicons.facts.cityNouns.source}\s+of\s+$`, 'iu'));

/** Verbs that seat two at one table, and a "with" after them ("A met with B"; events.json meetingVerbs). */
export const meetingVerb = perKnowledge((kn) => gatedBy(kn, new RegExp(String.raw`${kn.lexicons.events.meetingVerbs.source}\s+(?:with\s+)?`, 'i'), kn.lexicons.events.meetingVerbs));
/** The partner word of a session's verb or noun, after at most a few words of place and time in the same clause: "met
 * in Geneva on Tuesday with " (facts.json meetingPartners). */
export const partnerAfterCue = perKnowledge((kn) => new RegExp(String.raw`^[^,;:.()\u2013\u2014]{0,40}?\b${kn.lexicons.facts.meetingPartners.source}\s+(?:the\s+)?`, 'iu'));
/** A possessive and a noun of calling a session right after a city: "(at) Washington's initiative" names the government
 * (facts.json convenerNouns). */
export const convenerPossessive = perKnowledge((kn) => new RegExp(String.raw`^[’']s\s+${kn.lexicons.facts.convenerNouns.source}`, 'iu'));
/** After a country: the rest of a hyphened pair and a noun of war, or the noun alone ("-Ukraine conflict", " war";
 * facts.json conflictNouns). */
export const warPairAfter = perKnowledge((kn) => new RegExp(String.raw`^[-\u2013]\S+\s+(?:${kn.lexicons.facts.conflictNouns.source})\b|^\s+(?:${kn.lexicons.facts.conflictNouns.source})\b`, 'i'));
/** Before a country: a noun of war and a locative ("the conflict in "; facts.json conflictNouns, clauses.json placeLocatives). */
export const warInBefore = perKnowledge((kn) => new RegExp(String.raw`\b(?:${kn.lexicons.facts.conflictNouns.source})\s+(?:${kn.lexicons.clauses.placeLocatives.source})\s+(?:the\s+)?$`, 'i'));
/** The first of two demonyms that share their country's word: "Greek and Turkish Cypriot" (groups 1-3: "Greek",
 * "Turkish", "Cypriot"; clauses.json itemConjunctions). */
export const sharedDemonymPair = perKnowledge((kn) => new RegExp(String.raw`^(\p{Lu}\p{L}+)\s+${kn.lexicons.clauses.itemConjunctions.source}\s+(\p{Lu}\p{L}+)\s+(\p{Lu}\p{L}+)`, 'u'));
/** A word that turns a list to another time or event: " since ", " after " (facts.json otherMeetingLeads). */
export const turnWord = perKnowledge((kn) => new RegExp(String.raw`\s(?:${kn.lexicons.facts.otherMeetingLeads.source})\s`, 'i'));
/** The words between a person and a name inside their apposition: ", a close confidant of Prime Minister " (clauses.json
 * articles, appositionLinks). */
export const appositionBetween = perKnowledge((kn) => new RegExp(String.raw`^\s*,\s*(?:${kn.lexicons.clauses.articles.source})\s+[^,;]*?\b(?:${kn.lexicons.clauses.appositionLinks.source})\s+[^,;]*$`, 'i'));
/** The rest of a liaison's title between a role noun and the name: "with UN Mission for Referendum in Western Sahara
 * (MINURSO) " (clauses.json liaisonLinks): a body's name, its short form, no clause. */
export const liaisonTitle = perKnowledge((kn) => new RegExp(String.raw`^\s+(?:${kn.lexicons.clauses.liaisonLinks.source})\s+(?:the\s+)?\p{Lu}[^,;:.]*?\s*$`, 'u'));
/** The words between a noun and a gerund that open the gerund's adverbial clause, "… B before " (clauses.json
 * gerundSubordinators): the gerund's subject is the main clause's. */
export const gerundClauseBetween = perKnowledge((kn) => new RegExp(String.raw`\s(?:${kn.lexicons.clauses.gerundSubordinators.source})\s+$`, 'i'));
/** A comma and a word that opens a contrasting clause: ", while" (clauses.json contrastOpeners). */
export const contrastClause = perKnowledge((kn) => new RegExp(String.raw`,\s*${kn.lexicons.clauses.contrastOpeners.source}\b`, 'i'));
/** A list's last item, from its coordinator to the comma after it: " and Turkey" before "," (clauses.json coordinators). */
export const lastListItem = perKnowledge((kn) => new RegExp(String.raw`\s${kn.lexicons.clauses.coordinators.source}\s+[^,;]*?(?=,)`, 'i'));
/** A coordinator and a verb in the past after it, that end a list with a clause of its own: " and centered on …" after
 * "mediated by the United States" (clauses.json coordinators). */
export const joinedVerb = perKnowledge((kn) => new RegExp(String.raw`\s${kn.lexicons.clauses.coordinators.source}\s+\p{Ll}+ed\b`, 'iu'));
/** Names joined by commas and list joiners: "Chile and Peru", "the UK, France and Germany" (facts.json listJoiners). */
export const namesList = perKnowledge((kn) => new RegExp(String.raw`^(?:(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*(?:\s*,\s*|\s+(?:${kn.lexicons.facts.listJoiners.source})\s+)?)+`, 'u'));
/** A modal right before a word, a word between at most and an opening quote mark ("expected to be under way", 'agreed to
 * “continue the work”'; facts.json modalsBefore). */
export const modalBefore = perKnowledge((kn) => new RegExp(String.raw`${kn.lexicons.facts.modalsBefore.source}\s+(?:\w+\s+)?[“"‘']?$`, 'i'));
/** A person's apposition that a list joiner ends before the next person: ", commander of the 4th Army Corps and (Lt-Gen)
 * NAME" (group 1: the apposition; group 2: what stands between the joiner and the person, a title or nothing; facts.json
 * listJoiners). */
export const appositionBeforeJoiner = perKnowledge((kn) => new RegExp(String.raw`^\s*,\s*([^,;]+?)\s+(?:${kn.lexicons.facts.listJoiners.source})\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,3})$`, 'u'));
/** What joins two items of a list of countries: commas, dashes, "and", "plus" (facts.json listJoiners). */
export const listJoin = perKnowledge((kn) => new RegExp(String.raw`^(?:\s*(?:,|--|[\u2013\u2014]|${kn.lexicons.facts.listJoiners.source})\s*)+(?:the\s+)?$`));
/** The words between two listed names, up to the second's title: ", and ADJ TITLE " (clauses.json coordinators). */
export const listedNext = perKnowledge((kn) => new RegExp(String.raw`^\s*,?\s+(?:${kn.lexicons.clauses.coordinators.source})\s+([^,;()]{0,80})$`, 'i'));
/** The words right before a noun, back to three, that stay in its own phrase: not past a comma or a list joiner ("Syria
 * and the opposition": Syria is a side of its own, not the opposition's country; facts.json listJoiners). */
export const ownPhraseLead = perKnowledge((kn) => new RegExp(String.raw`(?:(?!(?:${kn.lexicons.facts.listJoiners.source})\s)[^\s,;]+\s+){0,3}$`, 'i'));

/**
 * The clause, list and phrase boundaries of the text helpers (facts/text.ts), from the grammar words of clauses.json:
 * the punctuation and word shapes are grammar, the words are the language's.
 */
export const clausePatterns = perKnowledge((kn) => {
  const c = kn.lexicons.clauses;
  const said = c.attributionVerbs.source;
  // A full stop, not the dot of an initial or a title's short form ("U.S. Secretary", "Gen. NAME"; titles.json).
  const abbreviations = kn.lexicons.titles.filter((t) => /^[a-z]+\.$/.test(t)).map((t) => t.slice(0, -1)).sort((x, y) => y.length - x.length);
  const stop = String.raw`(?<!\b\p{Lu}|\b(?:${abbreviations.map((t) => `[${t[0]}${t[0]!.toUpperCase()}]${t.slice(1)}`).join('|')}))\.`;
  return {
    // Where a clause's subject starts: after a dateline, a semicolon or colon, a comma before a clause opener, or a subordinator.
    subject: new RegExp(String.raw`(?:^|\n)[A-Z][\p{L} .,'()/-]{1,60}?(?:\s[\u2013\u2014-]\s|:\s)|[;:]\s|,\s(?=${c.subjectOpeners.source}\s)|${c.subjectBoundaries.source}\s`, 'gu'),
    // Where a person's item of a list starts (the coordinator only after a person).
    separator: new RegExp(String.raw`,|;|${c.listSeparators.source}|${c.coordinators.source}|\s-{1,2}\s|\s[\u2013\u2014]\s`, 'g'),
    coordinator: new RegExp(String.raw`^${c.coordinators.source}$`),
    roleStops: new RegExp(String.raw`^${c.roleStops.source}`, 'i'),
    /** ", who had taken over as (the) " right after a name: the office after it is the role (clauses.json roleClauses). */
    roleClause: new RegExp(String.raw`^\s*,\s*${c.roleClauses.source}\s+(?:${c.articles.source}\s+)?`, 'i'),
    /** The same clause after an apposition that gives a former office (", a former diplomat who is now "): the clause's
     * office is the role. */
    formerRoleClause: new RegExp(String.raw`^\s*,\s*(?:(?:${c.articles.source}|${c.indefiniteArticles.source})\s+)?(?:${kn.lexicons.facts.formerTitles.source})\s+[^,;.]{1,60}?\s+${c.roleClauses.source}\s+(?:${c.articles.source}\s+)?`, 'i'),
    /** A preposition of time ending a phrase, before the day it introduces ("… of the XIV Corps in"). */
    timePrepositionEnd: new RegExp(String.raw`\s+(?:${c.timePrepositions.source})$`, 'i'),
    roleLeads: new RegExp(String.raw`^(?:${c.roleLeads.source}(?:\s+|$))+`, 'i'),
    article: new RegExp(String.raw`^${c.articles.source}\s+`, 'i'),
    // An apposition that opens with an indefinite article, a description ("NAME, a close confidant of …"; clauses.json
    // indefiniteArticles).
    describing: new RegExp(String.raw`^\s*,\s*${c.indefiniteArticles.source}\s`, 'i'),
    listLead: new RegExp(String.raw`^[\s:,]*(?:${c.listLeads.source}\s+)?`, 'i'),
    itemLead: new RegExp(String.raw`^\s*(?:${c.itemConjunctions.source}\s+)?(?:${c.articles.source}\s+)?`, 'i'),
    agenda: new RegExp(String.raw`${kn.lexicons.facts.agendaWords.source}:?\s*$`, 'i'),
    // An outcome phrase: led by a noun (it ends at its clause's verb) or by a verb (it keeps its subject).
    outcomeNoun: new RegExp(String.raw`^${c.outcomeNounCues.source}`, 'i'),
    outcomeNounStop: new RegExp(String.raw`(?:[,;:]|${stop})(\s|$)|\s(?:${c.outcomeClauseBreaks.source}|${c.outcomeNounVerbs.source})\s|[“"(]`, 'u'),
    outcomeStop: new RegExp(String.raw`(?:[,;:]|${stop})(\s|$)|\s${c.outcomeClauseBreaks.source}\s|[“"(]`, 'u'),
    // (a comma and a coordinator before a second infinitive go on with the outcome: ", as well as to return …")
    outcomeGoesOn: new RegExp(String.raw`^,\s*(?:${c.outcomeCoordinators.source})\s+to\s`, 'i'),
    outcomePassive: new RegExp(String.raw`^\s(?:was|were)\s${c.outcomePassives.source}`),
    outcomeMore: new RegExp(String.raw`(?:[,;:]|${stop})(\s|$)|\s${c.outcomeClauseBreaks.source}\s`, 'u'),
    outcomeVerb: new RegExp(String.raw`^${c.outcomeVerbCues.source}`, 'i'),
    auxiliary: new RegExp(String.raw`^${c.auxiliaries.source}$`, 'i'),
    documentStop: new RegExp(String.raw`[;:](\s|$)|${stop}(\s|$)|,\s*${c.documentClauseBreaks.source}|,\s*(?:\p{Lu}[\p{L}'-]+\s+){1,3}${said}|,\s*${c.articles.source}\s+[\p{L}\s]{0,40}?${said}|[“"(]`, 'u'),
    statedBy: new RegExp(String.raw`,\s*(?:the\s+|a\s+)?[\p{L}\s-]{0,40}?\s${c.statingVerbs.source}$`, 'u'),
    // A clause also ends at a comma before a participle or a past verb (", mediated by", ", ended with"), before a speaker
    // (", NAME said"), and at a second passive joined by "and" ("chaired by X and attended by Y").
    clauseStop: new RegExp(String.raw`(?:[;:]|${stop})(\s|$)|,\s*${c.clauseBreaks.source}|,\s*\p{Ll}{2,}ed\b|,?\s+and\s+\p{Ll}{2,}ed\s+by\b|,\s*(?:\p{Lu}[\p{L}'-]+\s+){1,3}${said}`, 'u'),
    stepOpener: new RegExp(String.raw`,\s*${c.stepClauseOpeners.source}\s`),
    stepOpenerLast: new RegExp(String.raw`,\s*${c.stepClauseOpeners.source}\s[^,]*$`),
    stepOpenerBare: new RegExp(String.raw`\s${c.stepBareOpeners.source},?\s[^,]*$`, 'i'),
    stepStop: new RegExp(String.raw`(?:;|${stop})(\s|$)|,\s*${c.stepClauseBreaks.source}\s`, 'u'),
    stepLead: new RegExp(String.raw`^\s*(?:${c.stepLeads.source},?)?\s*`, 'i'),
    // A quote broken by its attribution ('"… ten points," he said, "they agreed to meet again"'): two sayings, each
    // its own clause (the speaker a pronoun, up to four capitalized words, or a noun phrase; clauses.json personPronouns,
    // attributionVerbs).
    quoteBreak: new RegExp(String.raw`[,.]?["”]\s*(?:${c.personPronouns.source}|(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}|${c.articles.source}\s+(?:[\p{L}-]+\s+){1,3})\s*${said}\s*,\s*["“]`, 'gu'),
    relative: new RegExp(String.raw`^(?:that|${c.relativePronouns.source})$`, 'i'),
    // Words after a name that end with a speech verb attribute the sentence (", the agency reports"): no role.
    attributed: new RegExp(String.raw`(?:${kn.lexicons.speechVerbsSource})\s*[.!?]?\s*$`, 'i'),
  };
});

/** A pronoun or noun opening a sentence that stands for the delegation spoken of last ("It is headed by …"; clauses.json). */
/** A pronoun opening a sentence that stands for the person the sentence before named ('He said, “…”'; clauses.json). */
export const personPronoun = perKnowledge((kn) => new RegExp(String.raw`^${kn.lexicons.clauses.personPronouns.source}`, 'i'));
export const groupPronoun = perKnowledge((kn) => new RegExp(String.raw`^${kn.lexicons.clauses.groupPronouns.source}`, 'i'));
export const groupOpener = perKnowledge((kn) => new RegExp(String.raw`^${kn.lexicons.clauses.groupOpeners.source}`, 'i'));

/** The words after a delegation word up to the side it belongs to: " of the " in "the delegation of the BRN" (facts.json
 * delegationOwners). */
export const delegationOwner = perKnowledge((kn) => new RegExp(String.raw`^\s+(?:${kn.lexicons.facts.delegationOwners.source})\s+(?:the\s+)?`, 'i'));
/** A passive's agent with the verb left out, between two names: " and the ADJ delegation by " (group 1: the words that
 * name the side; clauses.json coordinators, contrastOpeners; facts.json gappedAgents). */
export const gappedAgent = perKnowledge((kn) => new RegExp(String.raw`^,?\s+(?:${kn.lexicons.clauses.coordinators.source}|${kn.lexicons.clauses.contrastOpeners.source})\s+([^,;]{1,60}?)\s+(?:${kn.lexicons.facts.gappedAgents.source})\s+(?:[^,;]{1,60}?\s+)?$`, 'i'));

/** Every member cue of a sentence (facts.json memberCues), in order. */
export const memberCueAll = perKnowledge((kn) => new RegExp(kn.lexicons.facts.memberCues.source, 'gi'));

/** A body named as a country's government: "the Government of Colombia" (group 1 the country; facts.json governmentNouns). */
/** A government's own delegation, unnamed: "the Government delegation", "the government's negotiating team" (its first
 * group: the government noun; facts.json governmentNouns, delegationWords). */
/** A noun for the side right after a country word ("(Colombian) State", "(Afghan) government": facts.json sideHeadNouns). */
export const sideHead = perKnowledge((kn) => new RegExp(String.raw`^\s+${kn.lexicons.facts.sideHeadNouns.source}`, 'i'));
/** A government noun that ends a text ("the right-wing administration "; facts.json governmentNouns). */
export const governmentBefore = perKnowledge((kn) => new RegExp(String.raw`${kn.lexicons.facts.governmentNouns.source}\s*$`, 'i'));
/** "is joining its delegation", "joined the ADJ team": a membership verb, a determiner and up to two words, and a
 * delegation word (facts.json membershipRelations, delegationWords). */
export const joinsDelegation = perKnowledge((kn) => new RegExp(String.raw`(?:${kn.lexicons.facts.membershipRelations.source})\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}’'-]+\s+){0,3}?${kn.lexicons.facts.delegationWords.source}`, 'iu'));
/** A head verb in the active voice and the delegation it heads: "headed the Chilean delegation", "led Lima's team",
 * "are leading the delegations", "represented the Chilean side", "will lead Lima's" (the noun left out). Group 1: the
 * words that own the delegation. Not "leading the team to adjust its stance" (a cause, not a head). (facts.json
 * headVerbs, delegationWords.) */
export const headsDelegation = perKnowledge(
  (kn) =>
    new RegExp(
      String.raw`\b(?:${kn.lexicons.facts.headVerbs.source})\s+(?!by\b)(?:(?:the|his|her|its|their)\s+)?((?:[\p{L}’'.-]+\s+){0,3}?)(?:${kn.lexicons.facts.delegationWords.source}|sides?\b|(?:${kn.lexicons.sessionNouns.map(phraseSource).join('|')})\b|[\p{L}.]+[’']s(?=\s*(?:[,.;]|$|\s+(?:and|while|in|at|on)\b)))(?!\s+to\s+(?!the\b|an?\b)\p{Ll})`,
      'giu',
    ),
);
/** The same, anchored at the start of a text (not global). */
export const activeHead = perKnowledge((kn) => new RegExp('^' + headsDelegation(kn).source.replace(/^\\b/, ''), 'iu'));
/** A phrase of support that ends a list of mediators: ", with the accompanying governments of", ", supported by"
 * (facts.json supportPhrases). */
export const supportAfter = perKnowledge((kn) => new RegExp(String.raw`,?\s+(?:${kn.lexicons.facts.supportPhrases.source})`, 'i'));
/** A body's name that opens as a government's ("Government of the …"; facts.json governmentNouns). */
/** A government noun that opens the words ("regime", "the government side"; facts.json governmentNouns). */
export const governmentAt = perKnowledge((kn) => new RegExp(String.raw`^(?:the\s+)?${kn.lexicons.facts.governmentNouns.source}\b`, 'i'));
export const governmentOpen = perKnowledge((kn) => new RegExp(String.raw`^(?:the\s+)?${kn.lexicons.facts.governmentNouns.source}\s+of\b`, 'i'));
/** A sentence that opens by listing who attended: "In attendance were " (facts.json attendanceOpeners). */
export const attendanceOpener = perKnowledge((kn) => new RegExp(String.raw`^\W*(?:${kn.lexicons.facts.attendanceOpeners.source})\s+`, 'i'));
/** Every mediator cue of a text (events.json mediatorCues). */
export const mediatorCueAll = perKnowledge((kn) => new RegExp(kn.lexicons.mediatorCues.source, 'gi'));
/** Where a new subject's clause opens: a semicolon or colon, a comma and a conjunction, or a conjunction of contrast
 * (clauses.json subjectOpeners, contrastOpeners). */
export const newSubject = perKnowledge((kn) => new RegExp(String.raw`[;:]|,\s+(?:${kn.lexicons.clauses.subjectOpeners.source})\s|\s(?:${kn.lexicons.clauses.contrastOpeners.source})\s`, 'gi'));
/** The words between one thanked and their work ("Norway for its mediation": facts.json creditLeads). */
export const creditFor = perKnowledge((kn) => new RegExp(String.raw`^\s+(?:${kn.lexicons.facts.creditLeads.source})\s+$`, 'i'));
/** The words between a role word and its holder ("the host country, X": facts.json doerNouns). */
/** "by" or "with" right after a role word, a noun of the work between at most ("mediated by", "mediation efforts by";
 * facts.json roleEffortNouns): who plays the role follows. */
export const roleBy = perKnowledge((kn) => new RegExp(String.raw`^[”"’]?\s+(?:${kn.lexicons.facts.roleEffortNouns.source}\s+)?(?:by|with)\b`, 'i'));
/** A verb of speech right after a name ("…, spokesperson NAME told state television"): the name is the speaker of an
 * attribution, not an item of the list before it. */
export const speechAfterName = perKnowledge((kn) => new RegExp(String.raw`^\s+(?:\p{Ll}+ly\s+)?(?:${kn.lexicons.speechVerbsSource})\b`, 'u'));
/** A third party's role word used as the title of an office in a side's own body: "Chair of the Government of …",
 * "chairman of the Laayoune Region Council" (facts.json chairedBodies, past up to four capitalized words of its name). */
export const chairedBodyAfter = perKnowledge((kn) => new RegExp(String.raw`^\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,4}?(?:${kn.lexicons.facts.chairedBodies.source})`, 'iu'));
/** A delegation word right before a third party's role word ("the delegation will be chaired by", "the Moroccan
 * delegation, chaired by"): the one after it heads that delegation (facts.json delegationWords, delegationRoleLinks). */
export const delegationChaired = perKnowledge((kn) => new RegExp(String.raw`\b(?:${kn.lexicons.facts.delegationWords.source}),?\s+(?:(?:${kn.lexicons.facts.delegationRoleLinks.source})\s+)?$`, 'i'));
export const doerAfter = perKnowledge((kn) => new RegExp(String.raw`^(?:\s+(?:${kn.lexicons.facts.doerNouns.source}))?(?:\s+of|,)\s+(?:the\s+)?$`, 'i'));
/** "the government delegation", "the government's negotiating team", "the government's chief negotiator": the government
 * noun (group 1) before a delegation's or a delegate's word, past one word of rank (facts.json governmentNouns,
 * delegationWords, sideDelegateWords). */
export const governmentDelegation = perKnowledge((kn) => new RegExp(String.raw`\bthe\s+(${kn.lexicons.facts.governmentNouns.source})(?:[’']s)?\s+(?:${kn.lexicons.facts.delegationWords.source}|(?:\p{Ll}+\s+)?${kn.lexicons.facts.sideDelegateWords.source})`, 'giu'));
/** Two sides and the pairing word before a first person and their title ("between A and B, respectively, the Deputy
 * Speaker of A's parliament "): the sides (groups 1, 2) and the title (group 3), to the person's name (facts.json
 * pairedSideLeads, respectivelyWords). */
export const respectivelyBefore = perKnowledge((kn) => new RegExp(String.raw`\b(?:${kn.lexicons.facts.pairedSideLeads.source})\s+((?:(?!\s(?:${kn.lexicons.facts.pairedSideLeads.source})\s)[^,;:])+?)\s+and\s+([^,;:]+?),\s*(?:${kn.lexicons.facts.respectivelyWords.source}),\s*([^,;:]*)$`, 'di'));

/** The word that pairs two lists in order, right after the second ("NAME and NAME, respectively"; facts.json respectivelyWords). */
export const respectivelyAfter = perKnowledge((kn) => new RegExp(String.raw`^,?\s+(?:${kn.lexicons.facts.respectivelyWords.source})\b`, 'i'));
/** A side named as a government by a common noun: "the national government", "the Government" (facts.json governmentNouns). */
export const governmentPhrase = perKnowledge((kn) => new RegExp(String.raw`^(?:the\s+)?(?:\p{L}+\s+)?${kn.lexicons.facts.governmentNouns.source}$`, 'iu'));
/** A government noun right after a leader's name: "the Maduro government" (facts.json governmentNouns). */
export const leaderGovernment = perKnowledge((kn) => new RegExp(String.raw`^\s+${kn.lexicons.facts.governmentNouns.source}\b`, 'i'));
/** A government noun and "of" right before a leader's name: "the government of NAME" (facts.json governmentNouns). */
export const governmentOfBefore = perKnowledge((kn) => new RegExp(String.raw`${kn.lexicons.facts.governmentNouns.source}\s+of\s+$`, 'i'));
/** A country's government: "the Colombian government", "Colombia's government" (its first group: the country word). */
export const countryGovernment = perKnowledge((kn) => new RegExp(String.raw`\b((?:[A-Z][\p{L}]+\s+){0,2}[A-Z][\p{L}]+(?:[’']s)?)\s+${kn.lexicons.facts.governmentNouns.source}`, 'gu'));
export const governmentOf = perKnowledge((kn) => new RegExp(String.raw`^(?:the\s+)?${kn.lexicons.facts.governmentNouns.source}\s+of\s+(?:the\s+)?(.+)$`, 'i'));

/** A copula and a partitive between a subject and its role ("Mexico is one of the guarantors"; events.json copulas,
 * clauses.json partitives): the subject holds the role, though "of" stands before it. */
export const partitiveSubject = perKnowledge((kn) => new RegExp(String.raw`^\s*,?\s*${kn.lexicons.events.copulas.source}\s+${kn.lexicons.clauses.partitives.source}\s+(?:the\s+)?(?:[\p{Ll}-]+\s+)?$`, 'iu'));

/** A delegation word right after a body's name ("the ELN delegation", "the Taliban's negotiating team"; facts.json delegationWords). */
/** The side an EntityCue names as "the government" where the article names none: the country the series' rounds name. */
/** The id of a side with no entity of its own, by its name ("Greek Cypriots", "Venezuelan opposition"): stages rounds
 * and briefs give it alike. */
export const sideId = (name: string): string => `side:${name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')}`;
/** A verb of speech, in lower case, after a title's words ("head of the X delegation said that …"; events.json
 * speechVerbs; not "United States"): the title ends before it. */
export const speechInRole = perKnowledge((kn) => new RegExp(String.raw`(?<=\S)\s+(?:${kn.lexicons.speechVerbsSource})\b`));
export const GOVERNMENT_SIDE = 'government';
/** A side named by a common noun ("the opposition"; facts.json sideCommonNouns), its noun in the first group. */
export const sideCommonNoun = perKnowledge((kn) => new RegExp(String.raw`\b(${kn.lexicons.facts.sideCommonNouns.source})\b`, 'gi'));
/** The words after a side noun that make it a modifier ("opposition leader NAME"; facts.json sideNounModifies). */
export const sideNounModifier = perKnowledge((kn) => new RegExp(String.raw`^\s+(?:${kn.lexicons.facts.sideNounModifies.source})\b`, 'i'));
/** The words between a side noun and the body it describes ("opposition grouped in the X"; facts.json sideDescriptorLinks). */
export const sideDescriptorLink = perKnowledge((kn) => new RegExp(String.raw`^(?:\s*,)?(?:\s+(?:${kn.lexicons.facts.sideDescriptorLinks.source}))*(?:\s*,)?\s+(?:the\s+)?$`, 'i'));
/** A noun for a side right after a country word ("Syrian government", "Venezuelan opposition"; facts.json
 * governmentNouns, sideCommonNouns): the country word names that side. */
export const sideNounAfter = perKnowledge((kn) => new RegExp(String.raw`^\s+(?:${kn.lexicons.facts.governmentNouns.source}|${kn.lexicons.facts.sideCommonNouns.source})\b`, 'i'));
/** The words right after a name that say which side the person comes from ("NAME from the opposition"; facts.json
 * originWords), up to the side. */
// (no space where a page glued the word to the name: "NAMEfrom the government", stage names' gluedWords)
export const originAfter = perKnowledge((kn) => new RegExp(String.raw`^\s*(?:${kn.lexicons.facts.originWords.source})\s+(?:the\s+)?`, 'i'));
export const delegationAfter = perKnowledge((kn) => new RegExp(String.raw`^(?:[’']s)?(?:\s+${kn.lexicons.facts.governmentNouns.source})?\s+${kn.lexicons.facts.delegationWords.source}`, 'i'));

/** A day that dates the report, not the session: right after a speech verb ("the EU said Thursday", "told reporters on
 * Monday") or right before one ("Iran on Sunday said"); `ahead`: the clause after such a day looks forward. */
export const reportDay = perKnowledge((kn) => {
  const verbs = kn.lexicons.speechVerbsSource;
  return {
    before: new RegExp(String.raw`${verbs}(?:\s+(?:${kn.lexicons.facts.reportObjects.source}))?(?:\s+(?:${kn.lexicons.facts.pressAudiences.source}|(?:to\s+)?\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+){0,2}))?\s+(?:${kn.lexicons.clauses.dayLeads.source}\s+)?$`, 'iu'),
    after: new RegExp(String.raw`^\s+(?:${verbs}|${kn.lexicons.facts.proposalVerbs.source})`, 'i'),
    // A speech verb right after the day, perhaps after its auxiliary ("the spokesperson on Thursday had stated";
    // clauses.json auxiliaries).
    speechAfter: new RegExp(String.raw`^\s+(?:(?:${kn.lexicons.clauses.auxiliaries.source})\s+)?(?:${verbs})\b`, 'i'),
    // A reported clause right after the day ("said on Sunday that talks remain exploratory"): the day is the saying's.
    clause: /^[\s,]*that\b/i,
    // The reported clause after the day, where it looks ahead ("… on Saturday he would know").
    ahead: new RegExp(String.raw`^[\s,]*(?:that\s+)?(?:\p{L}+\s+){0,2}(?:${kn.lexicons.facts.lookingAhead.source})`, 'iu'),
  };
});

/** The outcome rules as global regexes (every phrase of a sentence). */
// (a proposal verb counts only before its object: a gerund, "to" or an article — "suggested forming", "offered to transfer")
export const outcomeRegexes = perKnowledge((kn): Record<string, RegExp> =>
  Object.fromEntries(OUTCOME_RULES.map(([name]) => [name, name === 'outcomeProposals' ? new RegExp(String.raw`${kn.lexicons.facts[name].source}(?=\s+(?:to|an?|the|[a-z]+ing)\b)`, 'gi') : new RegExp(kn.lexicons.facts[name].source, 'gi')])),
);
/** Any phrase of the outcome rules: one scan of a sentence that holds none (most) spares the four of the rules. */
export const anyOutcomeRule = perKnowledge((kn) => new RegExp(Object.values(outcomeRegexes(kn)).map((re) => re.source).join('|'), 'i'));
/** The lexicons every match of anyOutcomeRule opens with a match of (the outcome rules'): a sentence none of them can
 * match needs no scan (gate.ts, lexAny). */
export const outcomeRuleLexicons = perKnowledge((kn) => OUTCOME_RULES.map(([name]) => kn.lexicons.facts[name]));

/** A session noun right after a name, with a word between at most ("the Hanoi summit", "the Doha peace talks"). */
export const sessionAfter = perKnowledge((kn) => new RegExp(String.raw`^\s+(?:[\p{Ll}-]+\s+)?(?:${kn.lexicons.sessionNouns.map(phraseSource).join('|')})\b`, 'u'));

/** First words of the demonyms of more than one word ("North" of "North Korean"). */
export const MULTI_FIRST = perKnowledge((kn) => new Set([...kn.lexicons.demonymCountry.keys()].filter((d) => d.includes(' ')).map((d) => d.split(' ')[0]!)));

/** A speech verb and the day it was said ("NAME said on Monday evening (that)"): a reported clause starts after it. */
export const reportedClause = perKnowledge((kn) => new RegExp(String.raw`(?:${kn.lexicons.speechVerbsSource})(?:\s+(?:${kn.lexicons.clauses.dayLeads.source}\s+)?\p{Lu}\p{Ll}+day(?:\s+${kn.lexicons.clauses.dayparts.source})?)?(?:\s+that)?\s+`, 'gu'));

/** The words before a day a count starts from ("since talks broke down in"), up to the day. */
export const countStart = perKnowledge((kn) => new RegExp(String.raw`(?:${kn.lexicons.facts.countsFrom.source})\s+(?:[^\s,;:.!?"“”]+\s+){0,12}?(?:${kn.lexicons.clauses.timePrepositions.source}\s+)?(?:${kn.lexicons.clauses.timeModifiers.source}\s+)?$`, 'iu'));

/** A remit preposition ending a text ("envoy for the ") and one alone (a role's word), from facts.json remitWords. */
export const remitEnd = perKnowledge((kn) => new RegExp(String.raw`(?:${kn.lexicons.facts.remitWords.source})\s+(?:the\s+)?$`, 'i'));
/** A noun of one who tells of the talks from a place (facts.json reportersInPlace), the whole word. */
export const reporterWord = perKnowledge((kn) => new RegExp(String.raw`^(?:${kn.lexicons.facts.reportersInPlace.source})$`, 'i'));
/** A noun of a body that governs from a city (facts.json seatedBodies), the whole word. */
export const seatedBodyWord = perKnowledge((kn) => new RegExp(String.raw`^(?:${kn.lexicons.facts.seatedBodies.source})$`, 'i'));
/** A press appearance just before "in" and a place (facts.json pressAppearances): "during a press briefing in". */
export const pressAppearanceIn = perKnowledge((kn) => new RegExp(String.raw`\b(?:${kn.lexicons.facts.pressAppearances.source})\s+in\s+(?:the\s+)?$`, 'i'));
/** A role's tail that names the talks, not an office: " to the talks", " at the Tumaini Peace Initiative" (facts.json
 * talksTailLinks, talksTails; events.json sessionNouns), up to the end of the role. */
export const talksTail = perKnowledge((kn) => new RegExp(String.raw`\s+(?:${kn.lexicons.facts.talksTailLinks.source})\s+(?:[\p{L}'’-]+\s+){0,4}?(?:${kn.lexicons.facts.talksTails.source}|${kn.lexicons.sessionNouns.map(phraseSource).join('|')})$`, 'iu'));
export const remitWord = perKnowledge((kn) => new RegExp(String.raw`^(?:${kn.lexicons.facts.remitWords.source})$`, 'i'));

/** "since their landmark summit in": a session named after "since" is an earlier one, and so is its city. */
export const SINCE_SESSION = perKnowledge((kn) => new RegExp(String.raw`\bsince\s+(?:(?:the|their|its|his|her|a|an)\s+)?(?:[\p{L}-]+\s+){0,2}(?:${kn.lexicons.sessionNouns.map(phraseSource).join('|')})\s+(?:in|at)\s+(?:the\s+)?$`, 'iu'));

/**
 * The words before a day or a city that belong to a settlement the sentence recalls ("the peace agreement signed on …
 * in", "the deal that was reached in"): an agreement noun, a concluding participle, then no clause boundary.
 */
export const recalledSettlement = perKnowledge((kn) => new RegExp(String.raw`(?:${kn.lexicons.facts.agreementNouns.source})(?:\s+(?:of|on|for|\p{Lu}[\p{L}-]*)){0,4}\s+(?:(?:that|which)\s+)?(?:(?:was|were|had\s+been|has\s+been)\s+)?(?:${kn.lexicons.facts.concludedVerbs.source})[^,;.()“”"]{0,40}$`, 'iu'));

/**
 * The words before a day or a city that belong to a process the sentence recalls as launched ("the Andes Initiative,
 * launched on …", "the dialogue, which was started in"): a process noun, a comma or "which was", a launching participle,
 * then no clause boundary.
 */
export const recalledLaunch = perKnowledge((kn) => {
  const f = kn.lexicons.facts;
  // (the participle, after "was" and an adverb or not, to the day or the city)
  const launched = String.raw`(?:${f.launchVerbs.source})[^,;.()“”"]{0,40}$`;
  const apposition = new RegExp(String.raw`(?:${f.launchedProcesses.source})(?:\s*,\s*|\s+(?:that|which)\s+(?:was|were|had\s+been|has\s+been)\s+)${launched}`, 'iu');
  // ("The Andean Border Commission — which brings together … — was officially launched in Lima on March 3, 2029": a
  // body's name, capitalized, a dashed aside or none, "was launched")
  const finite = new RegExp(String.raw`\p{Lu}[\p{L}'’-]*\s+(?:${f.launchedBodies.source})(?:\s*[—–]\s*[^—–]{1,160}?\s*[—–])?\s+(?:was|were|had\s+been|has\s+been)\s+(?:(?:${f.launchAdverbs.source})\s+)?${launched}`, 'u');
  // (first the participle near the end, which most texts before a day or a city lack: one short test)
  const near = new RegExp(launched, 'iu');
  return { test: (before: string) => near.test(before.slice(-60)) && (apposition.test(before) || finite.test(before)) };
});

/** "in the Kenyan capital", "in Kenya's capital": a demonym or a country's name in the possessive (group 1) and a
 * capital noun (group 2) after "in"/"at". */
export const capitalDescription = perKnowledge((kn) => new RegExp(String.raw`\b(?:in|at)\s+(?:the\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)|(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)['’]s)\s+(${kn.lexicons.facts.capitalNouns.source.replace(/^\\b|\\b$/g, '')})\b`, 'gu'));
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
export const settlementDay = perKnowledge((kn) => new RegExp(String.raw`(?:${kn.lexicons.facts.concludedVerbs.source})\s+(?:${kn.lexicons.clauses.settlementDayLeads.source}\s+)?$`, 'iu'));

/** A preposition right before a mediator word, a determiner and a word between at most ("seen with the mediators"). */
export const objectOfCue = perKnowledge((kn) => new RegExp(String.raw`(?:${kn.lexicons.facts.objectOfCue.source})\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\p{Ll}-]+\s+)?$`, 'iu'));

/** A session's length: "12 hours of talks", "two days of negotiations" (events.json sessionDurations). */
export const sessionLength = perKnowledge((kn) => new RegExp(String.raw`\b(?:hours?|days?|weeks?)\s+${kn.lexicons.sessionDurationsSource}`, 'iu'));
/** What follows a duration that measures a session: "(13 days) of talks", "(nine-day) negotiations". */
export const sessionDuration = perKnowledge((kn) => new RegExp(String.raw`^[\s-]*(?:[\p{L}-]+\s+)?${kn.lexicons.sessionDurationsSource}`, 'iu'));

/**
 * A clause's words that say what comes next: a phrase of facts.json nextStep, or a word that puts a verb in the report's
 * future or in a decision (nextModals: "will", "agreed to"; not after a denial: "was not expected to hold any talks"),
 * an adverb at most (nextAdverbs), and a verb of the talks going on (nextVerbs: "talks would restart", "the meeting
 * will take place", "agreed to hold another round"): a verb with no object (the end of the clause, or a word of
 * nextVerbFollowers after it), or one whose object holds a session noun within four words ("agreed to resume talks",
 * not "agreed to resume diplomatic relations").
 */
export const nextStepSource = perKnowledge((kn) => {
  const f = kn.lexicons.facts;
  const session = kn.lexicons.sessionNouns.map(phraseSource).join('|');
  const noObject = String.raw`\s*(?:[,.;:!?"”’)]|$)|\s+(?:${f.nextVerbFollowers.source})`;
  const sessionObject = String.raw`(?:\s+[\w'’-]+){0,3}?\s+(?:${session})\b`;
  return String.raw`${f.nextStep.source}|${f.nextModals.source}(?<!\b(?:${f.denials.source})\s+(?:${f.nextModals.source}))\s+(?:${f.nextAdverbs.source}\s+)?${f.nextVerbs.source}(?=${noObject}|${sessionObject})`;
});

/** The word that opens a list of people, right before its bracket, colon or comma, with the list's items before the
 * person at hand (group 1: "the two co-chairs (NAME from X and "; facts.json listJoiners). */
export const pluralTitleOpening = perKnowledge((kn) => new RegExp(String.raw`([\p{Ll}-]+)\s*[(:,]\s*(?:[^()]{0,100}?\s+(?:${kn.lexicons.facts.listJoiners.source})\s+)?$`, 'u'));
/** A verb of saying or proposing in the past perfect ("had said", "had reportedly confirmed", "had proposed";
 * clauses.json pluperfectAuxiliaries, events.json speechVerbs, facts.json proposalVerbs). */
export const pluperfectSaying = perKnowledge((kn) => new RegExp(String.raw`\b(?:${kn.lexicons.clauses.pluperfectAuxiliaries.source})\s+(?:\p{Ll}+ly\s+)?(?:${kn.lexicons.speechVerbs.source}|${kn.lexicons.facts.proposalVerbs.source})`, 'iu'));
/** Right before a span of time, the words that make it a step's term ("to be convened (within) two weeks"; facts.json
 * stepTerms). */
export const stepTermBefore = perKnowledge((kn) => new RegExp(String.raw`${kn.lexicons.facts.stepTerms.source}\s+$`, 'i'));
/** A word of the report's future, a decision or an obligation (facts.json nextModals, obligationModals). */
export const stepModal = perKnowledge((kn) => new RegExp(`${kn.lexicons.facts.nextModals.source}|${kn.lexicons.facts.obligationModals.source}`, 'i'));

/** The session the report tells of, named as such ("this meeting", "the current talks"; events.json relatives whose value
 * is current, before a session noun). */
export const currentSession = perKnowledge((kn) => {
  const words = [...kn.lexicons.relatives].filter(([, v]) => v === 'current').map(([k]) => phraseSource(k));
  return new RegExp(String.raw`\b(?:${words.join('|')})\s+(?:${kn.lexicons.sessionNouns.map(phraseSource).join('|')})\b`, 'i');
});
/** The session carried on to a day of its own, said of the session itself ("the talks will continue until April 22",
 * "the negotiations are expected to run through Friday": a session noun, a few words, facts.json sessionRunsOn). */
export const sessionRunsOn = perKnowledge((kn) => new RegExp(String.raw`\b(?:${kn.lexicons.sessionNouns.map(phraseSource).join('|')})\b(?:\s+[\p{L}-]+){0,4}?\s+(?:${kn.lexicons.facts.sessionRunsOn.source})`, 'iu'));
/** A date that is the report's own day and no more ("today", "this afternoon"; facts.json reportDayWords). */
export const reportDayOnly = perKnowledge((kn) => new RegExp(String.raw`^\W*(?:${kn.lexicons.facts.reportDayWords.source})\W*$`, 'i'));
/** A sentence that opens on a press appearance just after the session, up to the comma after its noun ("Speaking at a
 * briefing after the talks, "; facts.json briefingLeads), and one that turns to the other side's speaker there ("For
 * his part, "; facts.json partTurns). */
export const briefingLead = perKnowledge((kn) => new RegExp(String.raw`^\W*(?:${kn.lexicons.facts.briefingLeads.source})\s+(?:[\p{Ll}’'-]+\s+)?(?:${kn.lexicons.sessionNouns.map(phraseSource).join('|')})\b[^,;.]{0,60},\s*`, 'iu'));
export const partTurn = perKnowledge((kn) => new RegExp(String.raw`^\W*(?:${kn.lexicons.facts.partTurns.source}),\s*`, 'i'));
/** An accord and the word that opens its sides ("a ceasefire agreement between "; facts.json agreementNouns,
 * betweenWords). */
export const accordBetween = perKnowledge((kn) => gatedBy(kn, new RegExp(String.raw`\b(?:${kn.lexicons.facts.agreementNouns.source})\s+(?:${kn.lexicons.facts.betweenWords.source})\s+`, 'i'), kn.lexicons.facts.agreementNouns));
/** Right before a speech at the session, a possessive that makes it the subject's own ("in their respective (opening
 * remarks)"; facts.json speechPossessives). */
export const speechPossessive = perKnowledge((kn) => new RegExp(String.raw`(?:${kn.lexicons.facts.speechPossessives.source})\s+$`, 'i'));

/** Right before a building's name, a building noun it stands in apposition to ("at the UN building, (Palais des
 * Nations)"; facts.json facilityLocatives, facilityNouns). */
export const buildingApposed = perKnowledge((kn) => new RegExp(String.raw`${kn.lexicons.facts.facilityLocatives.source}\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?${kn.lexicons.facts.facilityNouns.source}\s*,\s*$`, 'iu'));

/** Right before a duration, the words that make it the length of the session named before ("the meeting, held over
 * (two days)"; facts.json durationLeads). */
export const durationLed = perKnowledge((kn) => new RegExp(String.raw`(?:${kn.lexicons.facts.durationLeads.source})\s+$`, 'i'));

/** The outcome, next-step and facility patterns (facts.json's last block). */
export const outcomePatterns = perKnowledge((kn) => {
  const f = kn.lexicons.facts;
  const c = kn.lexicons.clauses;
  const docs = f.outcomeDocuments.source;
  return {
    // "signed off on a seven-day truce", "produced two draft texts": a making verb, a few words, a document noun.
    making: new RegExp(String.raw`${f.outcomeMaking.source}\s+(?:[\p{L}\d,.'’-]+\s+){0,3}?${docs}`, 'giu'),
    // "the accord states", "…, the deal says.", "It also calls for".
    terms: new RegExp(String.raw`${docs}\s+(?:also\s+)?${f.outcomeTerms.source}`, 'iu'),
    termsIt: new RegExp(String.raw`^\s*It\s+(?:also\s+)?${f.outcomeTerms.source}`, 'u'),
    // "Under the Joint Statement, the soldiers will be returned …": a sentence that opens on the document gives its
    // terms (facts.json termsLeads).
    termsUnder: new RegExp(String.raw`^\W*(?:${f.termsLeads.source})\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?${docs},`, 'iu'),
    carry: new RegExp(f.termsCarry.source, 'i'),
    background: new RegExp(String.raw`^\s*(?:(?:people\s+|civilians\s+)?${f.backgroundCounts.source}|${f.sideCounts.source})`, 'i'),
    // "a war that has killed 4,000", "displaced more than a million": the count word before the number.
    backgroundBefore: new RegExp(String.raw`${f.backgroundCounts.source}\s+(?:${c.countApproximators.source}\s+)?$`, 'i'),
    aims: new RegExp(String.raw`${f.aims.source}(?:\s+[\p{L}’'-]+){0,3}\s*$`, 'iu'),
    meetAgain: new RegExp(String.raw`^\s*${f.meetAgain.source}`, 'i'),
    next: new RegExp(nextStepSource(kn), 'gi'),
    tentative: f.tentativeSteps,
    // The words of a report or a decision before a next step ("…, noting that", "It was decided that"; clauses.json
    // stepReportLeads): the step is what follows the first of them.
    reportLead: new RegExp(String.raw`^.*?\b(?:${c.stepReportLeads.source})\s+`, 'iu'),
    // The asides between commas a next step's words leave out (", presided over by X,", ", which is in charge of Y,").
    aside: new RegExp(String.raw`,\s*(?:${c.relativePronouns.source}|\p{Ll}+ed\s+(?:\p{Ll}+\s+)?by\b)[^,]*,`, 'gu'),
    asideBefore: new RegExp(String.raw`,\s*(?:${c.relativePronouns.source}|\p{Ll}+ed\s+(?:\p{Ll}+\s+)?by\b)[^,]*(?=,\s*(?:${c.relativePronouns.source}|\p{Ll}+ed\s+(?:\p{Ll}+\s+)?by\b))`, 'gu'),
    destination: new RegExp(String.raw`${c.destinationPrepositions.source}\s+(?:the\s+)?$`),
    rangeTo: new RegExp(String.raw`\bto\s+(?:${c.approximators.source}\s+)?(\d[\d,]*(?:\.\d+)?)$`),
    // Where a title before a name starts: after a clause break or a word no title reaches over (clauses.json titleBoundaries).
    titleCut: new RegExp(String.raw`[,;:(\u2013\u2014]\s*|${c.titleBoundaries.source}\s+`, 'g'),
    // A head's noun and "of" that end the words before a title cut ("Head of | Houthi delegation NAME"; clauses.json
    // headOfNouns): the title reaches back to the noun.
    headOf: new RegExp(String.raw`${c.headOfNouns.source}\s+of\s+$`, 'i'),
    attribution: new RegExp(String.raw`^(?:(?:,\s*["”]?|["”]\s*,?)\s*(?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}|(?:the|a|an)\s+(?:[\p{L}-]+\s+){1,3}|(?:he|she|they|it)\s+)(?:${kn.lexicons.speechVerbsSource}|read)\b.{0,40}|["”]\s*,?\s*(?:[\p{L}.'’-]+\s+){1,9}(?:${kn.lexicons.speechVerbsSource}|read)\b.{0,60})$`, 'u'),
    levels: [
      ['leaders', f.levelLeaders],
      ['ministers', f.levelMinisters],
      ['experts', f.levelExperts],
    ] as Array<['leaders' | 'ministers' | 'experts', RegExp]>,
    // "the EEAS building", "the European Commission's landmark headquarters", "the Capella hotel": a name, a word at
    // most, a facility noun.
    any: new RegExp(
      String.raw`\b(?:${[f.outcomeMaking.source, f.outcomeTerms.source, nextStepSource(kn), f.facilityNouns.source].map((x) => x.replace(/^\\b|\\b$/g, '')).join('|')})\b`,
      'i',
    ),
    // The lexicons each alternative of `any` opens with a match of (nextStepSource: nextStep or nextModals): a sentence
    // none of them can match needs no scan (gate.ts, lexAny).
    anyLexicons: [f.outcomeMaking, f.outcomeTerms, f.nextStep, f.nextModals, f.facilityNouns],
    locative: new RegExp(String.raw`${f.facilityLocatives.source}\s+(?:the\s+)?$`, 'i'),
    sessionVerb: f.facilityVerbs,
    site: new RegExp(String.raw`^\s*,\s*${f.facilitySite.source}`, 'i'),
    /** "the headquarters of (the) " right before a body's name: group 1 the building noun. */
    buildingOf: new RegExp(String.raw`\bthe\s+(${f.facilityNouns.source.replace(/^\\b|\\b$/g, '')})\s+of\s+(?:the\s+)?$`, 'i'),
    building: new RegExp(String.raw`\b(?:the\s+)?((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*)(?:[’']s)?\s+((?:[\p{Ll}-]+\s+){0,2}?)(${f.facilityNouns.source.replace(/^\\b|\\b$/g, '')})\b`, 'gu'),
  };
});

/** The titles of titles.json written with letters, spaces and hyphens only, longest first, as one regex alternation (any
 * hyphen or space between their words). */
const titleAlternatives = perKnowledge((kn) => [...kn.lexicons.titles].filter((t) => /^[\p{L} -]+$/u.test(t)).sort((a, b) => b.length - a.length).map((t) => t.replace(/[-\s]+/g, '[-\\s]+')).join('|'));
/** Right before a name, "to", "of" or "for" (facts.json servedLinks) and a title (titles.json), a demonym or two before
 * it at most: the name holds that title and is whom the words before serve, not one of them ("NAME, the national
 * security adviser to (Ethiopian) Prime Minister NAME2"). */
export const servedTitleBefore = perKnowledge((kn) => new RegExp(String.raw`${kn.lexicons.facts.servedLinks.source}\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){0,2}?(?:${titleAlternatives(kn)})\s+$`, 'iu'));
/** One of those words anywhere: the cheap test before servedTitleBefore (facts.json servedLinks). */
export const servedLink = perKnowledge((kn) => new RegExp(String.raw`${kn.lexicons.facts.servedLinks.source}\s`, 'i'));
/** A plural title ("foreign ministers", "presidents"; titles.json), longest first: group 1 the title. */
export const pluralTitle = perKnowledge((kn) => new RegExp(String.raw`\b(${titleAlternatives(kn)})s\b`, 'giu'));
/** The end of any plural title: the last word of a title and "s". Every match of pluralTitle ends with one, and this
 * shorter test scans a sentence in a fraction of the time (most sentences hold none). As the regex
 * `(?:WORD|…)s\b` with the flags `iu` does, but read from the ends of words in "s" back, where the last words are all
 * of ASCII letters (else the regex itself). */
export const pluralTitleEnd = perKnowledge((kn): { test(text: string): boolean } => {
  // (the last run of letters of every title, whatever stands between its words: "Lt. Gen." ends in "Gen")
  const last = [...kn.lexicons.titles].map((t) => t.split(/[^\p{L}]+/u).filter(Boolean).at(-1)).filter((w): w is string => !!w);
  const words = [...new Set(last)].sort((a, b) => b.length - a.length);
  if (!words.every((w) => /^[A-Za-z]+$/.test(w))) return new RegExp(String.raw`(?:${words.join('|')})s\b`, 'iu');
  // (the words backwards, as a trie of their lower-case letters: state × letter → next state, 0 none; 1 the root)
  const next = new Int32Array((words.reduce((n, w) => n + w.length, 0) + 2) * 26);
  const ends = new Uint8Array(next.length / 26);
  let used = 2;
  for (const w of words) {
    let at = 1;
    for (let k = w.length - 1; k >= 0; k--) {
      const i = at * 26 + (w.toLowerCase().charCodeAt(k) - 97);
      if (!next[i]) next[i] = used++;
      at = next[i]!;
    }
    ends[at] = 1;
  }
  return { test: (text) => wordBeforeS(text, next, ends) };
});
/** The ASCII letter a code unit matches under the flags `iu`, lower case (the long s matches s, the Kelvin sign k), or 0. */
const foldedLetter = (c: number): number => (c >= 97 && c <= 122 ? c : c >= 65 && c <= 90 ? c + 32 : c === 0x17f ? 115 : c === 0x212a ? 107 : 0);
/** An "s" under the flags `iu` (s, S, the long s) that no word character under them follows (`\w`, the long s and the
 * Kelvin sign): the end of `s\b` with `iu`. */
const S_AT_WORD_END = /[sS\u017f](?![A-Za-z0-9_\u017f\u212a])/g;
/** Whether one of the words of a backward trie (see pluralTitleEnd) stands right before an "s" that ends a word, in any
 * case: `(?:WORD|…)s\b` with the flags `iu`. */
function wordBeforeS(text: string, next: Int32Array, ends: Uint8Array): boolean {
  // (each "s" that ends a word, from the second code unit on, found by the regex engine's scan rather than a loop over
  // every code unit)
  const re = S_AT_WORD_END;
  re.lastIndex = 1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const e = m.index;
    for (let k = e - 1, at = 1; k >= 0; k--) {
      const c = foldedLetter(text.charCodeAt(k));
      if (c === 0 || !(at = next[at * 26 + c - 97]!)) break;
      if (ends[at]) return true;
    }
  }
  return false;
}

/** Right before a meeting verb or noun: a wish to meet ("willing to meet", "eager to schedule a meeting between";
 * facts.json wishes), with a verb of arranging (wishArrangements) and an article between at most. */
export const wishBefore = perKnowledge((kn) => new RegExp(String.raw`(?:${kn.lexicons.facts.wishes.source})\s+(?:(?:${kn.lexicons.facts.wishArrangements.source})\s+(?:${kn.lexicons.clauses.articles.source})\s+)?(?:\p{L}+\s+)?$`, 'iu'));

/** Right after a word: an article and the noun it opens (group 1), "for facilitating the travel of …". */
export const articleObject = perKnowledge((kn) => new RegExp(String.raw`^\s+(?:${kn.lexicons.clauses.articles.source})\s+([\p{L}-]+)`, 'iu'));

/** ", held in Lima last", ", which took place on": a session's participle apposition up to a day or a place
 * (clauses.json sessionParticiples). */
export const participleApposition = perKnowledge((kn) => new RegExp(String.raw`^\s*,\s*(?:${kn.lexicons.clauses.sessionParticiples.source})\b[^,;:()"“”\n]{0,50}$`, 'i'));

/** "after week-long", "at the end of two days of": an adjunct opener and up to four words, right before a session word
 * (clauses.json sessionAdjuncts). */
export const sessionAdjunctBefore = perKnowledge((kn) => new RegExp(String.raw`\b(?:${kn.lexicons.clauses.sessionAdjuncts.source})\s+(?:[\p{L}\d'’-]+\s+){0,4}$`, 'iu'));

/** "after", "at the end of" right before a session's length ("after week-long talks"): the session is over (facts.json
 * endedAfterLeads). */
export const endedAfter = perKnowledge((kn) => new RegExp(String.raw`\b(?:${kn.lexicons.facts.endedAfterLeads.source})\s+(?:the\s+)?$`, 'i'));
