/**
 * The knowledge the stages read: lexicons (titles, organisation cues, place generics, name
 * particles) and the knowledge base of canonical entities. Countries, their capitals and
 * demonyms come from the world-countries package (always loaded: it is general knowledge);
 * pipeline/knowledge/entities.json adds international bodies, offices, media and places
 * (left out with `--no-knowledge`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { z } from 'zod';
import type { EntityType, RoundStatus } from '../model/schema.js';
import { EntityType as EntityTypeSchema, RoundStatus as RoundStatusSchema } from '../model/schema.js';
import { InputError } from '../io/errors.js';
import { isCommonWord, isGivenName } from './compromise-lexicon.js';
import { LexiconGate, leadingRuns } from './gate.js';

export interface KbEntity {
  id: string;
  name: string;
  type: EntityType;
  qid?: string;
  aliases: string[];
  /** Where the entry comes from: `countries` (world-countries) or `kb` (pipeline knowledge base). */
  source: 'countries' | 'kb';
  /** For places: a country or a capital city (from world-countries); the capital's country. */
  kind?: 'country' | 'capital' | 'city' | 'region';
  /** The country of a capital or city; for a state body (the Kremlin, the CIA), the country it acts for. */
  country?: string;
  /** For a movement that speaks for a territory's people at the table (the Polisario Front, Western Sahara): a side that
   * text names by the territory or its people ("the Sahrawi delegation") is this movement. */
  speaksFor?: string;
  /** For a group of states that sits at a table as one side (the E3): its members, by the gazetteer's common names. */
  members?: string[];
  /** A country whose capital bears its name (Singapore, Monaco): also a city, where a session can meet. */
  cityState?: boolean;
}

export interface Lexicons {
  titles: string[];
  /** Grades of rank (titles.json ranks): a role that names an office drops one that ends it before the name. */
  ranks: Set<string>;
  /** Forms of address (titles.json honorifics): no role, and no part of one when they end it before the name. */
  honorifics: Set<string>;
  /** Words that make one office of the title after them (titles.json modifiers): "Deputy Speaker". */
  titleModifiers: Set<string>;
  /** The titles as a set, and the words they can start and end with (cheap filters before a look-up). */
  titleSet: Set<string>;
  titleFirstWords: Set<string>;
  titleLastWords: Set<string>;
  /** Titles of two words or more with their last word in the plural ("foreign ministers"), for a title before a list of
   * names ("Foreign Ministers NAME and NAME"); their last words. */
  pluralTitleSet: Set<string>;
  pluralTitleLastWords: Set<string>;
  maxTitleWords: number;
  orgCues: Set<string>;
  /** The plurals of the organisation cue words ("committees", "ministries"): a run that ends in one names bodies. */
  orgCuePlurals: Set<string>;
  orgConnectors: string[];
  /** A body's head words that the place it works in continues ("Support Mission in Libya"; lexicons/organizations.json
   * placedHeads), lower case, and the links between them ("in"). */
  orgPlacedHeads: { links: Set<string>; words: Set<string> };
  /** What a name does in its sentence that makes it an organisation (lexicons/organizations.json contexts): phrases right after or before it, as words. */
  /** Legal-form words at the end of a company's name (lexicons/organizations.json companySuffixes), lower case: "Inc", "SpA". */
  companySuffixes: Set<string>;
  /** Organisation cues of other languages whose name runs on after them (lexicons/organizations.json headFirst), lower case: "barisan", "frente". */
  orgHeadFirst: Set<string>;
  orgContexts: Array<{ name: string; reason: string; after: string[][]; before: string[][] }>;
  /** Sports reports (lexicons/organizations.json sports): the words that make a document one, and the phrases around a team's name. */
  sports?: { reportWords: Set<string>; minReportWords: number; teamAfter: string[][]; teamBefore: string[][]; placeTeamAfter: string[][]; placeTeamBefore: string[][] };
  placeGenerics: Set<string>;
  facilities: Set<string>;
  /** The facility words that name a building where a session may meet: not land or water (places.json landforms). */
  buildings: Set<string>;
  /** First words that make a name a building or compound ("Palais Coburg", "Villa Elfvik"). */
  facilityHeads: Set<string>;
  /** Endings of a compound word that make it a building's last word ("Fjordhotell", "Strandschloss"; places.json). */
  facilitySuffixes: string[];
  placePrepositions: Set<string>;
  /** Nouns of a settlement before "of" and its name ("the town of X"). */
  settlementNouns: Set<string>;
  /** Communities named by two demonyms ("Greek Cypriot", and its plural), with the name of the side and its country
   * (places.json communities). */
  communities: Map<string, { name: string; country: string }>;
  placePrefixes: Set<string>;
  particles: Set<string>;
  notNames: Set<string>;
  documentHeads: Set<string>;
  kinship: Set<string>;
  /** Plural nouns for the people of a body ("Representatives of the Sudanese Armed Forces"): not part of its name. */
  groupNouns: Set<string>;
  /** Collective nouns in the possessive that stand inside a body's name ("People's", "Workers'"; lexicons/names.json collectivePossessives), lower case, straight apostrophe. */
  collectivePossessives: Set<string>;
  /** Words of a minister's portfolio between a title's words ("Deputy Political Affairs Minister"; lexicons/names.json portfolioWords), lower case. */
  portfolioWords: Set<string>;
  /** Head nouns of a meeting's or a process's name, which never end a person's name (lexicons/names.json forumHeads), lower case. */
  forumHeads: Set<string>;
  /** Words between a title and its portfolio ("Minister of …", "Director General for …"; names.json portfolioLinks), lower case. */
  portfolioLinks: Set<string>;
  /** Words after a surname that are no part of it ("Jr", "III"; names.json generationalSuffixes), lower case, no dots. */
  generationalSuffixes: Set<string>;
  /** Lower-case words a page may glue to the name before them ("NAMEfrom the government"; names.json gluedWords). */
  gluedWords: string[];
  /** Words between two names of one body ("NAME, formerly known as NAME2"; names.json renameLinks). */
  renameLinks: RegExp;
  /** The groups each familiar form of a given name belongs to ("tom" → the group of "thomas"; names.json
   * givenNameForms), by group index. */
  givenNameForms: Map<string, number[]>;
  /** Transliteration rules (lexicons/names.json spellings), in order: see spellingKey. */
  spellings: Array<{ name: string; from: string[]; to: string; at: 'end' | 'any' | 'double' }>;
  /** Government-office form (lower case) → its standard name ("foreign ministry" → "Ministry of Foreign Affairs"). */
  offices: Map<string, string>;
  demonyms: Set<string>;
  /** Meeting events (lexicons/events.json): words that make a sentence speak of a session, and ordinal words. */
  sessionNouns: string[];
  sessionVerbs: string[];
  ordinals: Map<string, number>;
  /** The endings that make a number an ordinal (events.json ordinals.numericSuffixes: "61st"). */
  ordinalSuffixes: string[];
  /** Words that place a session against the article's own ("the next round", "the previous meeting"). */
  relatives: Map<string, 'next' | 'previous' | 'renewed' | 'current'>;
  /** Status rules in order (lexicons/events.json): the first whose phrases stand in a sentence, and none of its 'unless' phrases, gives its status. */
  statuses: Array<{ status: RoundStatus; phrases: RegExp; unless?: RegExp }>;
  /** Titles that make a person a negotiator for the side they name, and the words that make one the head (lexicons/events.json). */
  negotiatorRoles: RegExp;
  headRoles: RegExp;
  /** Nouns for those who speak for a side ("delegations from A and B"), and words of a third party's role (lexicons/events.json). */
  sideNouns: RegExp;
  mediatorCues: RegExp;
  /** Verbs that report speech (lexicons/events.json): quotes' speakers, and report days that are not session days. */
  speechVerbs: RegExp;
  /** Words that deny a session is planned (lexicons/events.json): their sentence's ordinal makes no round. */
  negatedPlans: RegExp;
  /** Words opening a clause of time whose numbered round is an earlier one (events.json recallingClauses). */
  recallingClauses: RegExp;
  /** Prepositions of time right before a numbered round that is an earlier one (events.json recallingPrepositions). */
  recallingPrepositions: RegExp;
  /** Past participles of a round's outcome right before "during/at/in" a numbered round it recalls (events.json recallingParticiples). */
  recallingParticiples: RegExp;
  /** The prepositions between such a participle and the round (events.json recallingParticipleLinks). */
  recallingParticipleLinks: RegExp;
  /** Words that mark a photo caption or credit (lexicons/events.json). */
  captionMarkers: RegExp;
  /** Whether a text holds a line that ends in a photographer's credit, "(NAME/AGENCY)", "AGENCY/NAME" or ". AGENCY", of
   * an agency of media.json (case kept: the name is capitalized): its line's day is the photograph's, not the report's. */
  photoCredits: { test(text: string): boolean };
  /** What follows a duration that measures a session ("13 days of talks"), as a regex source (lexicons/events.json). */
  sessionDurationsSource: string;
  /** Nouns for the sides as a group, beside a list of countries that are the round's parties (lexicons/events.json). */
  partyNouns: RegExp;
  /** Words that say a session is going on as the article is written (lexicons/events.json). */
  ongoing: RegExp;
  /** The same verbs, as a regex source to build patterns with (a date right after one). */
  speechVerbsSource: string;
  /** News outlets and agencies (lexicons/media.json), by alias key: never a party, mediator or speaker. */
  media: Set<string>;
  /** The facts stage's word rules (lexicons/facts.json), each a regex that finds its phrases at word boundaries. */
  facts: Record<FactRuleName, RegExp>;
  /** The cue and round word rules of lexicons/events.json, each a regex that finds its phrases at word boundaries. */
  events: Record<EventRuleName, RegExp>;
  /** The grammar words of lexicons/clauses.json (clause, list and title boundaries), the same way. */
  clauses: Record<ClauseRuleName, RegExp>;
  /** Short forms of titles in roles and their full form ("PM" → "Prime Minister"; lexicons/facts.json roleAbbreviations). */
  roleAbbreviations: Map<string, string>;
  /** Demonym (and its plural) → the country's common name, where it names one. */
  demonymCountry: Map<string, string>;
  /** Country (common name) → the other countries that share a demonym with it ("Congolese"). */
  demonymSiblings: Map<string, string[]>;
  /** Date grammar words (lexicons/dates.json). */
  dates: DateLexicon;
}

/** The dates stage's word rules (lexicons/dates.json), as regex sources that find their phrases at word boundaries. */
export interface DateLexicon {
  futureCues: string;
  pastCues: string;
  /** Words that put forward an event: a date after them looks forward ("proposed holding talks on May 15"). */
  proposalCues: string;
  /** Words that open a phrase awaiting an event: a date in it looks forward ("ahead of talks in Lisbon on March 9"). */
  awaitedLeads: string;
  possessivePlanWords: string;
  /** A plan told in the past tense ("was scheduled to take place in March"): its day is the nearest, either way. */
  pastPlanCues: string;
  /** Verbs of an attribution closing a sentence after its date (", the ministry said"). */
  attributionVerbs: string;
  /** Words before two days joined by "and" that make them the ends of one span ("between October 25 and 30"). */
  spanLeads: string;
  /** Words before a day of the month named by its number alone ("on the 29th"), and the words that may follow it. */
  dayOfMonthLeads: string;
  dayOfMonthFollowers: string;
  /** Words joining a year-less day to a next day with its year, whose year it shares (dates.json yearSharingJoiners). */
  yearSharingJoiners: string;
  /** Words after such a day that name its month relative to the report's ("of next month", "of last month", "of this month"). */
  monthAheadWords: string;
  monthBackWords: string;
  monthSameWords: string;
  /** Words before a participle that deny the event ("has not yet confirmed"). */
  negatedPerfectLeads: string;
  presentRefs: string;
  pastRefs: string;
  futureRefs: string;
  reportedDays: string;
  /** Words of a byline before the day a page was published ("Published: February 29, 2020"). */
  publicationMarkers: string;
  /** Head nouns of a body named after a day ("the March 23 Movement"): such a day is part of a name. */
  bodyNames: string;
  eventPrepositions: string;
  pastPrepositions: string;
  habitualCues: string;
  /** Named days and how the calendar gives their date (weekday 0 = Monday; nth -1 the last). */
  holidays: Holiday[];
  /** Month names of other languages (lower case) and their month (1–12), for full dates in a page's other language. */
  otherMonths: Map<string, number>;
  /** The first word of each rule's phrases, lower case (a text without one of them needs no regex). */
  firstWords: Record<(typeof DATE_RULES)[number], string[]>;
}
export interface Holiday {
  names: string[];
  month: number;
  day?: number;
  weekday?: number;
  nth?: number;
  fromDay?: number;
}
export const DATE_RULES = ['futureCues', 'pastCues', 'proposalCues', 'awaitedLeads', 'pastPlanCues', 'attributionVerbs', 'spanLeads', 'dayOfMonthLeads', 'dayOfMonthFollowers', 'yearSharingJoiners', 'monthAheadWords', 'monthBackWords', 'monthSameWords', 'negatedPerfectLeads', 'possessivePlanWords', 'eventPrepositions', 'pastPrepositions', 'habitualCues', 'presentRefs', 'pastRefs', 'futureRefs', 'reportedDays', 'publicationMarkers', 'bodyNames'] as const;

export interface Knowledge {
  lexicons: Lexicons;
  entities: KbEntity[];
  /** Alias key (see aliasKey) → entities. */
  aliases: Map<string, KbEntity[]>;
  byId: Map<string, KbEntity>;
  /** Territory (its place's name) → the movement that speaks for its people at the table (an entity's `speaksFor`). */
  speakers: Map<string, KbEntity>;
  /** Longest alias length in tokens (bounds the gazetteer lookup). */
  maxAliasWords: number;
  /** First words of every alias, lower-cased (a token that starts none cannot start a match). */
  aliasFirstWords: Set<string>;
  /** First word of an alias (lower case) → the most tokens an alias starting with it can span (bounds the gazetteer lookup). */
  aliasTokensByFirstWord: Map<string, number>;
  /** Names that are documents (treaties), never entities. */
  notEntities: Set<string>;
  /** Which lexicon regexes can match a sentence, from its words (gate.ts): a cheap test before their scan. */
  lexiconGate?: LexiconGate;
}

export const slug = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

export const entityIdFor = (name: string, qid?: string): string => (qid ? `Wikidata:${qid}` : `local:${slug(name)}`);

/** Lookup key of an alias: acronyms (all capitals, ≤ 5 letters) keep their case; other names fold case, dots and dashes. */
const aliasKeys = new Map<string, string>();
export function aliasKey(text: string): string {
  // Memoized: the same names are looked up again and again (bounded, so a long batch does not grow it without end).
  const known = aliasKeys.get(text);
  if (known !== undefined) return known;
  const key = computeAliasKey(text);
  if (aliasKeys.size >= 50_000) aliasKeys.clear();
  aliasKeys.set(text, key);
  return key;
}
function computeAliasKey(text: string): string {
  const t = text.replace(/[’']s$/, '').replace(/[\u2010-\u2015\u2212]/g, '-').trim();
  const letters = t.replace(/[^A-Za-z]/g, '');
  if (letters.length > 0 && letters.length <= 5 && letters === letters.toUpperCase()) return letters; // U.S. → US, GU/GRU → GUGRU
  return t.toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ');
}

const KbFile = z.object({
  notEntities: z.array(z.string()).optional(),
  // (`country`: for a state body, the country it acts for, by its common name: the Kremlin, Russia)
  entities: z.array(z.object({ name: z.string(), type: EntityTypeSchema, qid: z.string().regex(/^Q\d+$/).optional(), aliases: z.array(z.string()).optional(), country: z.string().optional(), speaksFor: z.string().optional(), members: z.array(z.string()).min(2).optional() })),
});
const TitlesFile = z.object({ titles: z.array(z.string()), ranks: z.array(z.string()).default([]), honorifics: z.array(z.string()).default([]), modifiers: z.array(z.string()).default([]) });
const OrgContextRule = z.object({ name: z.string().min(1), reason: z.string().min(1), after: z.array(z.string().min(1)).default([]), before: z.array(z.string().min(1)).default([]) });
const OrgFile = z.object({
  cues: z.array(z.string()),
  connectors: z.array(z.string()),
  companySuffixes: z.object({ reason: z.string().min(1), words: z.array(z.string().min(1)) }).optional(),
  headFirst: z.object({ reason: z.string().min(1), words: z.array(z.string().min(1)) }).optional(),
  placedHeads: z.object({ reason: z.string().min(1), links: z.array(z.string().min(1)), words: z.array(z.string().min(1)) }).optional(),
  contexts: z.object({ rules: z.array(OrgContextRule) }).default({ rules: [] }),
  sports: z
    .object({
      reason: z.string().min(1),
      reportWords: z.array(z.string().min(1)),
      minReportWords: z.number().int().positive(),
      teamAfter: z.array(z.string().min(1)),
      teamBefore: z.array(z.string().min(1)),
      placeTeamAfter: z.array(z.string().min(1)).default([]),
      placeTeamBefore: z.array(z.string().min(1)).default([]),
    })
    .optional(),
});
/** A phrase as its lower-case words, "'s" apart ("Nice's coach" → ["'s", "coach"] after the name). */
const phraseWords = (p: string): string[] => p.toLowerCase().replace(/(\S)'s\b/g, "$1 's").split(/\s+/).filter(Boolean);
const Community = z.object({ demonym: z.string().min(1), name: z.string().min(1), country: z.string().min(1) });
const PlacesFile = z.object({ demonyms: z.array(z.object({ demonym: z.string().min(1), country: z.string().min(1) })).default([]), communities: z.array(Community).default([]), generics: z.array(z.string()), facilities: z.array(z.string()), landforms: z.array(z.string()).default([]), facilityHeads: z.array(z.string()).default([]), facilitySuffixes: z.array(z.string()).default([]), placePrepositions: z.array(z.string()), settlementNouns: z.array(z.string()).default([]), prefixes: z.array(z.string()) });
const OfficesFile = z.object({ offices: z.array(z.object({ name: z.string(), forms: z.array(z.string()) })) });
const Rule = z.object({ reason: z.string().min(1), words: z.array(z.string().min(1)).min(1) });
const StatusRule = z.object({ status: RoundStatusSchema, reason: z.string().min(1), phrases: z.array(z.string().min(1)).min(1), unless: z.array(z.string().min(1)).optional() });
/** The word rules of events.json that the cue and round patterns read as they are (`lexicons.events`). */
export const EVENT_RULES = ['sessionModifiers', 'sponsorship', 'leadingParticiples', 'countingPhrases', 'countingSpans', 'sinceTheStart', 'pastVerbs', 'pastSuffixes', 'copulas', 'copulaAdverbs', 'roundOnlyRelatives', 'roundNouns', 'boundLeads', 'anaphoricDeterminers', 'continuingDeterminers', 'anaphoricSessionNouns', 'sessionRelatives', 'freshDeterminers', 'freshModifierTags', 'repeatWords', 'timesCountedVerbs', 'countedSessionNouns', 'partialCounts', 'meetingVerbs', 'bodySessionNouns', 'recallingOpeners', 'recallingMeetingLeads', 'runningSince', 'comparisonLeads', 'namedSettlementLeads', 'namedSettlementHeads', 'otherRounds', 'separateSessionLeads', 'preparatoryLeads', 'resumptionVerbs', 'gapNouns', 'subSeriesBodies', 'subSeriesSessions', 'partOfRoundLinks', 'ellipticalLeads', 'ellipticalVerbs', 'occasionWords'] as const;
export type EventRuleName = (typeof EVENT_RULES)[number];
/** The grammar words of clauses.json: where clauses, lists and titles start and end (`lexicons.clauses`). */
export const CLAUSE_RULES = ['titleBoundaries', 'appositionLinks', 'subjectBoundaries', 'subjectOpeners', 'listSeparators', 'coordinators', 'relativePronouns', 'personRelatives', 'clauseBreaks', 'documentClauseBreaks', 'attributionVerbs', 'stepClauseOpeners', 'stepBareOpeners', 'stepClauseBreaks', 'outcomeClauseBreaks', 'outcomeCoordinators', 'outcomeNounVerbs', 'outcomeNounCues', 'outcomePassives', 'outcomeVerbCues', 'verbLeads', 'contrastOpeners', 'gerundSubordinators', 'liaisonLinks', 'pluperfectAuxiliaries', 'auxiliaries', 'placeLocatives', 'destinationPrepositions', 'notSubject', 'approximators', 'listLeads', 'indefiniteArticles', 'articles', 'itemConjunctions', 'roleStops', 'roleClauses', 'roleLeads', 'statingVerbs', 'stepReportLeads', 'stepLeads', 'dayLeads', 'dayparts', 'timePrepositions', 'timeModifiers', 'settlementDayLeads', 'countApproximators', 'personPronouns', 'groupPronouns', 'groupOpeners', 'partitives', 'headOfNouns', 'presentAuxiliaries', 'addresseeVerbs', 'possessiveDeterminers', 'groupPossessives', 'sessionParticiples', 'sessionAdjuncts'] as const;
export type ClauseRuleName = (typeof CLAUSE_RULES)[number];
const ClausesFile = z.object(Object.fromEntries(CLAUSE_RULES.map((k) => [k, Rule])) as Record<ClauseRuleName, typeof Rule>);
const EventsFile = z.object({
  sessionNouns: Rule,
  sessionVerbs: Rule,
  settlementVerbs: Rule,
  statuses: z.object({ reason: z.string().min(1), rules: z.array(StatusRule).min(1) }),
  negotiatorRoles: Rule,
  headRoles: Rule,
  sideNouns: Rule,
  mediatorCues: Rule,
  speechVerbs: Rule,
  ongoing: Rule,
  partyNouns: Rule,
  captionMarkers: Rule,
  negatedPlans: Rule,
  recallingClauses: Rule,
  recallingPrepositions: Rule,
  recallingParticiples: Rule,
  recallingParticipleLinks: Rule,
  sessionDurations: Rule,
  // (`numericSuffixes`: the endings that make a number an ordinal, "61st", "64th", beyond the words listed)
  ordinals: z.object({ reason: z.string().min(1), values: z.record(z.string(), z.number().int().positive()), numericSuffixes: z.array(z.string().min(1)).default([]) }),
  relatives: z.object({ reason: z.string().min(1), values: z.record(z.string(), z.enum(['next', 'previous', 'renewed', 'current'])) }),
  ...(Object.fromEntries(EVENT_RULES.map((k) => [k, Rule])) as Record<EventRuleName, typeof Rule>),
});
const MediaFile = z.object({ media: z.array(z.string().min(1)) });
/** The outcome, next-step and facility rules of facts.json (its last block). */
const OUTCOME_RULE_NAMES = ['outcomeProposals', 'outcomeMaking', 'outcomeDocuments', 'outcomeTerms', 'termsCarry', 'backgroundCounts', 'sideCounts', 'meetAgain', 'nextStep', 'nextModals', 'nextVerbs', 'nextAdverbs', 'nextVerbFollowers', 'tentativeSteps', 'levelLeaders', 'levelMinisters', 'levelExperts', 'facilityNouns', 'facilityModifiers', 'facilityLocatives', 'facilityVerbs', 'facilitySite', 'aims'] as const;
export const FACT_RULES = ['memberCues', 'headCues', 'delegationNouns', 'topicCues', 'outcomeFailure', 'outcomeAgreement', 'outcomeOther', 'hedges', 'postponeWords', 'sessionBegins', 'sessionEnds', 'sessionPauses', 'sessionResumptions', 'signing', 'lookingAhead', 'accompaniedBy', 'accompanying', 'relationalTitles', 'atTheTable', 'countsFrom', 'participation', 'coSigning', 'dayOfSession', 'remitWords', 'agreementNouns', 'concludedVerbs', 'pairedSideLeads', 'endedAfterLeads', 'launchedProcesses', 'launchedBodies', 'launchAdverbs', 'launchVerbs', 'objectOfCue', 'capitalNouns', 'honorifics', 'ceremonies', 'formerTitles', 'denials', 'wishes', 'wishArrangements', 'planningWords', 'planningLinks', 'postponedFrom', 'genericTopicHeads', 'scareQuoteLeads', 'laterThan', 'travelClauses', 'venueMoves', 'delegationWords', 'venueWords', 'cityNouns', 'betweenWords', 'examplesWords', 'agendaWords', 'modalsBefore', 'listJoiners', 'actingAs', 'pressAudiences', 'governmentNouns', 'stateBodyNouns', 'conveners', 'convenerNouns', 'convenerLinks', 'membershipRelations', 'sideHeadNouns', 'headVerbs', 'supportPhrases', 'attendanceOpeners', 'sideDelegateWords', 'creditLeads', 'roleEffortNouns', 'doerNouns', 'sideCommonNouns', 'sideNounModifies', 'sideDescriptorLinks', 'respectivelyWords', 'passiveAttendance', 'presenceWords', 'sessionSpeeches', 'speechPossessives', 'briefingLeads', 'pressOfficers', 'reportDayWords', 'sessionRunsOn', 'partTurns', 'servedLinks', 'talksTails', 'talksTailLinks', 'reportersInPlace', 'seatedBodies', 'pressAppearances', 'durationLeads', 'deadlineWords', 'deadlineNouns', 'documentDates', 'membershipPosts', 'presentStateWords', 'observerWords', 'reportObjects', 'proposalVerbs', 'futureRoleLeads', 'termsLeads', 'observerLeads', 'coLeadLinks', 'chairListLeads', 'observerRoleLeads', 'sideOpeners', 'originWords', 'delegationOwners', 'gappedAgents', 'stepTerms', 'obligationModals', 'otherSideOpeners', 'sideSpanLeads', 'sideSpanNouns', 'sideSpanVerbs', 'pointSides', 'stanceVerbs', 'doubts', 'sendingVerbs', 'backers', 'plannedEvents', 'otherMeetingLeads', 'meetingPartners', 'conflictNouns', 'chairedBodies', 'delegationRoleLinks', ...OUTCOME_RULE_NAMES] as const;
export type FactRuleName = (typeof FACT_RULES)[number];
const FactsFile = z.object({
  ...(Object.fromEntries(FACT_RULES.map((k) => [k, Rule])) as Record<FactRuleName, typeof Rule>),
  roleAbbreviations: z.object({ reason: z.string().min(1), forms: z.record(z.string().min(1), z.string().min(1)) }),
});
/** A lexicon phrase as a regex source: special characters escaped, any white space between its words. */
/** The place a word gives a session in its series: a word of the lexicon ("third"), else a number of three digits at
 * most with an ordinal ending ("61st"; events.json ordinals). */
export function ordinalOf(kn: Knowledge, word: string): number | undefined {
  const w = word.toLowerCase();
  const listed = kn.lexicons.ordinals.get(w);
  if (listed !== undefined) return listed;
  const m = /^(\d{1,3})(\p{L}+)$/u.exec(w);
  return m && kn.lexicons.ordinalSuffixes.includes(m[2]!) && Number(m[1]) > 0 ? Number(m[1]) : undefined;
}

/** A pattern's source for the numbers with an ordinal ending ("61st"), or none where the lexicon gives no ending. */
export function numericOrdinalSource(kn: Knowledge): string[] {
  const suffixes = kn.lexicons.ordinalSuffixes.map(phraseSource).join('|');
  return suffixes ? [String.raw`\d{1,3}(?:${suffixes})`] : [];
}

/** A pattern's source for the ordinal words: the lexicon's, each as `form` writes it, and numbers with an ordinal ending. */
export function ordinalSource(kn: Knowledge, form: (w: string) => string): string {
  return [...[...kn.lexicons.ordinals.keys()].sort((a, b) => b.length - a.length).map(form), ...numericOrdinalSource(kn)].join('|');
}

/** Whether a word is a compound ending in a building's noun ("Fjordhotell"; places.json facilitySuffixes), the rest of
 * it three letters at least. */
export const facilityCompound = (kn: Knowledge, word: string): boolean => {
  const w = word.toLowerCase();
  return kn.lexicons.facilitySuffixes.some((x) => w.length >= x.length + 3 && w.endsWith(x));
};

export const phraseSource = (p: string): string => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
/** A regex that finds any of the phrases at word boundaries, case-insensitively. */
/**
 * A regex source that finds any of the phrases at word boundaries: the phrases as a trie of their words ("no
 * breakthrough", "no tangible breakthrough" → `no\s+(?:tangible\s+breakthrough|breakthrough)`), so that a long list
 * costs a regex little more than a short one. Longer continuations come first, so the longest phrase matches.
 */
interface WordTrie {
  end: boolean;
  next: Map<string, WordTrie>;
}
const trieSource = (t: WordTrie): string => {
  const alts = [...t.next.entries()]
    .sort((a, b) => depth(b[1]) - depth(a[1]) || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))
    .map(([w, sub]) => {
      const esc = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (!sub.next.size) return esc;
      const rest = trieSource(sub);
      return sub.end ? `${esc}(?:\\s+${rest}\\b)?` : `${esc}\\s+${rest}`;
    });
  return alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
};
const depth = (t: WordTrie): number => (t.next.size ? 1 + Math.max(...[...t.next.values()].map(depth)) : 0);
const phrasesSource = (phrases: string[]): string => {
  const root: WordTrie = { end: false, next: new Map() };
  for (const p of phrases) {
    let node = root;
    for (const w of p.split(' ').filter(Boolean)) {
      let sub = node.next.get(w);
      if (!sub) node.next.set(w, (sub = { end: false, next: new Map() }));
      node = sub;
    }
    node.end = true;
  }
  return String.raw`\b${trieSource(root)}\b`;
};
/** The runs of word characters a lexicon regex's matches can open with (gate.ts), by regex. */
const OPENING_RUNS = new WeakMap<RegExp, readonly string[]>();
const phrasesRegex = (phrases: string[]): RegExp => {
  const re = new RegExp(phrasesSource(phrases), 'i');
  const runs = leadingRuns(phrases);
  if (runs) OPENING_RUNS.set(re, runs);
  return re;
};
/** The gate of every lexicon regex of the lexicons whose opening runs are known. */
function gateOf(lexicons: Lexicons): LexiconGate {
  const found: Array<readonly [RegExp, readonly string[]]> = [];
  const visit = (v: unknown): void => {
    if (v instanceof RegExp) {
      const runs = OPENING_RUNS.get(v);
      if (runs) found.push([v, runs]);
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) Object.values(v).forEach(visit);
  };
  visit(lexicons);
  return new LexiconGate(found);
}
/** A photographer's credit naming an agency: "(First Last/AGENCY)", or "AGENCY/First Last" or ". AGENCY" ending its line. */
const photoCredit = (agencies: string[]): { test(text: string): boolean } => {
  // (an agency's name in any case, "REUTERS/NAME": each letter a class of its two cases)
  const anyCase = (a: string) => [...a].map((c) => (c.toLowerCase() !== c.toUpperCase() ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))).join('');
  const agency = `(?:${agencies.map(anyCase).join('|')})`;
  const name = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}`;
  const slashed = new RegExp(String.raw`\(\s*${name}\s*\/\s*${agency}\s*\)|\b${agency}\/\s*${name}\s*$`, 'mu');
  // (or the agency alone after a caption's last full stop, "… in the palace last September. ABS-CBN News", which a
  // sentence of its own may hold: each line's last words looked up by their length, not a pattern tried at every
  // offset)
  const names = new Set(agencies.map((a) => a.toLowerCase()));
  const lengths = [...new Set(agencies.map((a) => a.length))];
  const lastChars = new Set(agencies.map((a) => a.slice(-1).toLowerCase()));
  const endsInAgency = (line: string): boolean => {
    const t = line.trimEnd();
    // (most lines end in a full stop, which no agency's name does)
    if (!lastChars.has(t.slice(-1).toLowerCase())) return false;
    const low = t.toLowerCase();
    for (const n of lengths) {
      if (n > t.length || !names.has(low.slice(t.length - n))) continue;
      const before = t.slice(0, t.length - n);
      if (/^\s*$/.test(before) || /[.!?]\s+$/.test(before)) return true;
    }
    return false;
  };
  return { test: (text: string) => (text.includes('/') && slashed.test(text)) || text.split('\n').some(endsInAgency) };
};
const SpellingRule = z.object({ name: z.string().min(1), reason: z.string().min(1), from: z.array(z.string().min(1)).min(1), to: z.string(), at: z.enum(['end', 'any', 'double']) });
const NamesFile = z.object({ particles: z.array(z.string()), notNames: z.array(z.string()), documentHeads: z.array(z.string()), kinship: z.array(z.string()), groupNouns: z.array(z.string()).default([]), collectivePossessives: z.object({ reason: z.string().min(1), forms: z.array(z.string().regex(/^\S+'s?$/)) }).optional(), portfolioWords: z.object({ reason: z.string().min(1), words: z.array(z.string()) }).optional(), portfolioLinks: z.object({ reason: z.string().min(1), words: z.array(z.string()) }).optional(), renameLinks: z.object({ reason: z.string().min(1), words: z.array(z.string()) }).optional(), givenNameForms: z.object({ reason: z.string().min(1), groups: z.array(z.array(z.string().min(1)).min(2)) }).optional(), generationalSuffixes: z.object({ reason: z.string().min(1), words: z.array(z.string()) }).optional(), gluedWords: z.object({ reason: z.string().min(1), words: z.array(z.string().regex(/^\p{Ll}+$/u)) }).optional(), forumHeads: z.object({ reason: z.string().min(1), words: z.array(z.string()) }).optional(), spellings: z.array(SpellingRule).default([]) });
/**
 * The spelling key of a name word (lexicons/names.json spellings): lower case, accents removed, each rule applied in
 * order; two words with one key are one name written two ways.
 */
export function spellingKey(word: string, rules: Array<{ from: string[]; to: string; at: 'end' | 'any' | 'double' }>): string {
  let w = word.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  for (const r of rules) {
    for (const f of r.from) {
      if (r.at === 'end') {
        if (w.length > f.length + 2 && w.endsWith(f)) {
          w = w.slice(0, -f.length) + r.to;
          break;
        }
      } else if (r.at === 'double') w = w.split(f).join(f[0]!);
      else w = w.split(f).join(r.to);
    }
  }
  return w;
}

function readJson<T>(path: string, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new InputError(path, `cannot read knowledge file: ${(err as Error).message}`);
  }
  const r = schema.safeParse(raw);
  if (!r.success) throw new InputError(path, `invalid knowledge file: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return r.data;
}

const HolidayDef = z
  .object({ names: z.array(z.string().min(1)).min(1), month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31).optional(), weekday: z.number().int().min(0).max(6).optional(), nth: z.number().int().min(-1).max(5).optional(), fromDay: z.number().int().min(1).max(31).optional() })
  .refine((h) => (h.day !== undefined) !== (h.weekday !== undefined && h.nth !== undefined), { message: 'a holiday has either a day, or a weekday and nth' });
const DatesFile = z.object({
  ...(Object.fromEntries(DATE_RULES.map((k) => [k, Rule])) as Record<(typeof DATE_RULES)[number], typeof Rule>),
  holidays: z.object({ reason: z.string().min(1), days: z.array(HolidayDef).min(1) }),
  otherMonths: z.object({ reason: z.string().min(1), months: z.array(z.array(z.string().min(1))).length(12) }),
});
/** Reads lexicons/dates.json (the dates stage also reads it alone, where it runs without a loaded pipeline). */
export function loadDateLexicon(file: string): DateLexicon {
  const f = readJson(file, DatesFile);
  return {
    ...(Object.fromEntries(DATE_RULES.map((k) => [k, phrasesSource(f[k].words)])) as Omit<DateLexicon, 'holidays' | 'firstWords' | 'otherMonths'>),
    holidays: f.holidays.days,
    otherMonths: new Map(f.otherMonths.months.flatMap((names, i) => names.map((n) => [n.toLowerCase(), i + 1] as [string, number]))),
    firstWords: Object.fromEntries(DATE_RULES.map((k) => [k, [...new Set(f[k].words.map((w) => w.toLowerCase().match(/[a-z]+/)?.[0] ?? w))]])) as DateLexicon['firstWords'],
  };
}

interface WorldCountry {
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  demonyms?: { eng?: { m: string; f: string } };
  unMember?: boolean;
}

function countryEntities(): { entities: Omit<KbEntity, 'id'>[]; demonyms: string[]; demonymCountry: Map<string, string>; demonymSiblings: Map<string, string[]> } {
  const require = createRequire(import.meta.url);
  const countries = require('world-countries') as WorldCountry[];
  const entities: Omit<KbEntity, 'id'>[] = [];
  const demonyms: string[] = [];
  const demonymCountry = new Map<string, string>();
  const byDemonym = new Map<string, Set<string>>();
  for (const c of countries) {
    const aliases = new Set<string>([c.name.official]);
    for (const a of c.altSpellings) {
      if (/^[A-Z]{2,3}$/.test(a)) {
        // Short codes only where they read as a name in English prose (US, UK, UAE), not ISO codes like IN or IT.
        if (a.length === 3 || ['US', 'UK'].includes(a)) {
          aliases.add(a);
          aliases.add(a.split('').join('.') + '.');
        }
      } else if (/^[\p{L} .'-]+$/u.test(a) && a.length > 3) aliases.add(a);
    }
    aliases.delete(c.name.common);
    entities.push({ name: c.name.common, type: 'Place', aliases: [...aliases], source: 'countries', kind: 'country' });
    for (const cap of c.capital ?? []) if (cap) entities.push({ name: cap, type: 'Place', aliases: [], source: 'countries', kind: 'capital', country: c.name.common });
    const d = c.demonyms?.eng;
    if (d)
      for (const x of [d.m, d.f]) {
        if (!x) continue;
        demonyms.push(x, `${x}s`);
        // A demonym shared by several countries names the UN member among them ("American").
        for (const form of [x, `${x}s`]) if (!demonymCountry.has(form) || c.unMember) demonymCountry.set(form, c.name.common);
        byDemonym.set(x, (byDemonym.get(x) ?? new Set()).add(c.name.common));
      }
  }
  // The other countries that share a demonym with a country ("Congolese": the two Congos).
  const demonymSiblings = new Map<string, string[]>();
  for (const set of byDemonym.values())
    if (set.size > 1) for (const c of set) demonymSiblings.set(c, [...new Set([...(demonymSiblings.get(c) ?? []), ...[...set].filter((o) => o !== c)])]);
  return { entities, demonyms, demonymCountry, demonymSiblings };
}

interface CityRow {
  city: string;
  city_ascii: string;
  pop: number;
  country: string;
  province?: string;
}

/**
 * Cities of the world and their provinces or states, from the city-timezones package (Natural Earth's
 * populated places, public domain): the cities of at least CITY_MIN_POPULATION people, and the provinces
 * such a city lies in. A name that is also an ordinary English word or a given name ("Nice", "Mobile",
 * "Victoria") is left out: its capital letter alone does not make it a place. Countries and capitals come
 * from world-countries, which takes precedence.
 */
export const CITY_MIN_POPULATION = 100_000;
function cityEntities(isOrdinary: (w: string) => boolean): Omit<KbEntity, 'id'>[] {
  const require = createRequire(import.meta.url);
  const rows = require('city-timezones/data/cityMap.json') as CityRow[];
  const out = new Map<string, Omit<KbEntity, 'id'>>();
  const ok = (name: string) => name.length >= 4 && /^\p{Lu}[\p{L} .'-]+$/u.test(name) && !name.split(/[\s-]+/).every(isOrdinary);
  // (one entry per id: a name spelled with and without its accents, "São Paulo" and "Sao Paulo", is one place, the first
  // one met, with the other spelling as an alias; two entries would share one id)
  const put = (name: string, e: Omit<KbEntity, 'id'>) => {
    const prev = out.get(slug(name));
    if (!prev) out.set(slug(name), e);
    else if (prev.name !== name && !prev.aliases.includes(name)) prev.aliases.push(name);
  };
  for (const r of rows) {
    if (!(r.pop >= CITY_MIN_POPULATION)) continue;
    if (ok(r.city)) put(r.city, { name: r.city, type: 'Place', aliases: r.city_ascii !== r.city && ok(r.city_ascii) ? [r.city_ascii] : [], source: 'countries', kind: 'city', country: r.country });
    if (r.province && ok(r.province)) put(r.province, { name: r.province, type: 'Place', aliases: [], source: 'countries', kind: 'region', country: r.country });
  }
  return [...out.values()];
}

export interface LoadOptions {
  /** Folder of pipeline.json (holds lexicons/ and knowledge/). */
  pipelineDir: string;
  lexiconsDir?: string;
  entitiesFile?: string;
  /** Leave out the knowledge base file (lexicons and the country package stay). */
  noKnowledge?: boolean;
}

export function loadKnowledge(opts: LoadOptions): Knowledge {
  const lexDir = join(opts.pipelineDir, opts.lexiconsDir ?? 'lexicons');
  const titlesFile = readJson(join(lexDir, 'titles.json'), TitlesFile);
  const titles = titlesFile.titles.map((t) => t.toLowerCase());
  const org = readJson(join(lexDir, 'organizations.json'), OrgFile);
  const places = readJson(join(lexDir, 'places.json'), PlacesFile);
  const names = readJson(join(lexDir, 'names.json'), NamesFile);
  const offices = readJson(join(lexDir, 'offices.json'), OfficesFile);
  const events = readJson(join(lexDir, 'events.json'), EventsFile);
  const factRules = readJson(join(lexDir, 'facts.json'), FactsFile);
  const clauseRules = readJson(join(lexDir, 'clauses.json'), ClausesFile);
  const media = readJson(join(lexDir, 'media.json'), MediaFile);
  const dates = loadDateLexicon(join(lexDir, 'dates.json'));
  const { entities: countryList, demonyms, demonymCountry, demonymSiblings } = countryEntities();
  demonyms.push('Western', 'Westerners', 'European', 'Europeans', 'Asian', 'African', 'Arab', 'Arabs', 'Soviet', 'Slavic', 'Latin');
  // (the demonyms the gazetteer does not give: places.json demonyms)
  for (const { demonym, country } of places.demonyms)
    for (const form of [demonym, `${demonym}s`])
      if (!demonymCountry.has(form)) {
        demonyms.push(form);
        demonymCountry.set(form, country);
      }

  const merged = new Map<string, Omit<KbEntity, 'id'>>();
  const add = (e: Omit<KbEntity, 'id'>) => {
    const key = `${e.type}:${e.name}`;
    const prev = merged.get(key);
    if (prev) {
      prev.aliases = [...new Set([...prev.aliases, ...e.aliases])];
      if (e.qid) prev.qid = e.qid;
      if (e.source === 'kb') prev.source = 'kb';
      if (prev.kind === 'country' && e.kind === 'capital') prev.cityState = true;
      prev.kind ??= e.kind;
      prev.country ??= e.country;
      prev.speaksFor ??= e.speaksFor;
      prev.members ??= e.members;
    } else merged.set(key, { ...e, aliases: [...e.aliases] });
  };
  countryList.forEach(add);
  const countryNames = new Set(countryList.flatMap((e) => [e.name, ...e.aliases]));
  // (a city or province whose name differs from a country's or a capital's by its accents alone, "México" the state
  // beside Mexico, "Lome" beside Lomé, is another spelling of it: as its own entry it would share its id, local:mexico,
  // and take its place)
  const countryKeys = new Map([...merged.values()].map((e) => [slug(e.name), e]));
  for (const c of cityEntities((w) => { const l = w.toLowerCase(); return isCommonWord(l) || isGivenName(l); })) {
    if (countryNames.has(c.name)) continue;
    const same = countryKeys.get(slug(c.name));
    if (same) same.aliases = [...new Set([...same.aliases, c.name, ...c.aliases])];
    else add(c);
  }
  const notEntities = new Set<string>();
  if (!opts.noKnowledge) {
    const kb = readJson(join(opts.pipelineDir, opts.entitiesFile ?? 'knowledge/entities.json'), KbFile);
    for (const e of kb.entities) {
      // A KB entry that names a country-package entry among its aliases (Washington D.C.) takes it over.
      for (const a of e.aliases ?? []) {
        const key = `${e.type}:${a}`;
        const prev = merged.get(key);
        if (prev && a !== e.name) {
          merged.delete(key);
          add({ ...prev, name: e.name, aliases: [...prev.aliases, a] });
        }
      }
      add({ name: e.name, type: e.type, ...(e.qid ? { qid: e.qid } : {}), ...(e.country ? { country: e.country } : {}), ...(e.speaksFor ? { speaksFor: e.speaksFor } : {}), ...(e.members ? { members: e.members } : {}), aliases: e.aliases ?? [], source: 'kb' });
    }
    for (const n of kb.notEntities ?? []) notEntities.add(n);
  }
  const entities: KbEntity[] = [...merged.values()].map((e) => ({ ...e, id: entityIdFor(e.name, e.qid) }));
  const aliases = new Map<string, KbEntity[]>();
  let maxAliasWords = 1;
  const aliasFirstWords = new Set<string>();
  const aliasTokensByFirstWord = new Map<string, number>();
  for (const e of entities) {
    for (const a of [e.name, ...e.aliases]) {
      const first = a.split(/[\s/-]+/)[0]!.toLowerCase();
      aliasFirstWords.add(first);
      // Words, plus every punctuation mark a tokenizer may cut off ("Guinea-Bissau", "U.S.", "Côte d'Ivoire").
      const span = a.split(/\s+/).length + (a.match(/[^\p{L}\p{N}\s]/gu)?.length ?? 0);
      aliasTokensByFirstWord.set(first, Math.max(aliasTokensByFirstWord.get(first) ?? 0, span));
      const k = aliasKey(a);
      const list = aliases.get(k) ?? [];
      if (!list.includes(e)) list.push(e);
      aliases.set(k, list);
      maxAliasWords = Math.max(maxAliasWords, a.split(/\s+/).length);
    }
  }
  const titleWords = titles.map((t) => t.split(' '));
  // (English plurals of a title's last word and of a body's cue word: "ministers", "secretaries", "committees")
  const plural = (w: string) => (/(?:s|x|ch|sh)$/.test(w) ? `${w}es` : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`);
  const pluralTitles = titleWords.filter((w) => w.length >= 2 && /^\p{Ll}+$/u.test(w.at(-1)!)).map((w) => [...w.slice(0, -1), plural(w.at(-1)!)]);
  const lexicons: Lexicons = {
    titles,
    ranks: new Set(titlesFile.ranks.map((t) => t.toLowerCase())),
    honorifics: new Set(titlesFile.honorifics.map((t) => t.toLowerCase())),
    titleModifiers: new Set(titlesFile.modifiers.map((t) => t.toLowerCase())),
    titleSet: new Set(titles),
    titleFirstWords: new Set(titleWords.map((w) => w[0]!)),
    titleLastWords: new Set(titleWords.map((w) => w.at(-1)!)),
    pluralTitleSet: new Set(pluralTitles.map((w) => w.join(' '))),
    pluralTitleLastWords: new Set(pluralTitles.map((w) => w.at(-1)!)),
    maxTitleWords: Math.max(...titleWords.map((w) => w.length)),
    orgCues: new Set([...org.cues, ...(org.headFirst?.words ?? [])].map((c) => c.toLowerCase())),
    orgHeadFirst: new Set((org.headFirst?.words ?? []).map((w) => w.toLowerCase())),
    orgCuePlurals: new Set(org.cues.filter((c) => /^\p{L}+$/u.test(c)).map((c) => plural(c.toLowerCase()))),
    orgConnectors: org.connectors,
    orgPlacedHeads: { links: new Set((org.placedHeads?.links ?? []).map((w) => w.toLowerCase())), words: new Set((org.placedHeads?.words ?? []).map((w) => w.toLowerCase())) },
    companySuffixes: new Set((org.companySuffixes?.words ?? []).map((w) => w.toLowerCase())),
    orgContexts: org.contexts.rules.map((r) => ({ name: r.name, reason: r.reason, after: r.after.map(phraseWords), before: r.before.map(phraseWords) })),
    ...(org.sports
      ? { sports: { reportWords: new Set(org.sports.reportWords.map((w) => w.toLowerCase())), minReportWords: org.sports.minReportWords, teamAfter: org.sports.teamAfter.map(phraseWords), teamBefore: org.sports.teamBefore.map(phraseWords), placeTeamAfter: org.sports.placeTeamAfter.map(phraseWords), placeTeamBefore: org.sports.placeTeamBefore.map(phraseWords) } }
      : {}),
    placeGenerics: new Set(places.generics),
    facilities: new Set(places.facilities),
    buildings: new Set(places.facilities.filter((w) => !places.landforms.includes(w))),
    facilityHeads: new Set(places.facilityHeads.map((w) => w.toLowerCase())),
    communities: new Map(places.communities.flatMap((c) => [c.demonym, `${c.demonym}s`, c.name].map((form) => [form, { name: c.name, country: c.country }] as const))),
    facilitySuffixes: places.facilitySuffixes.map((w) => w.toLowerCase()),
    placePrepositions: new Set(places.placePrepositions),
    settlementNouns: new Set(places.settlementNouns),
    placePrefixes: new Set(places.prefixes),
    particles: new Set(names.particles),
    notNames: new Set(names.notNames),
    documentHeads: new Set(names.documentHeads),
    kinship: new Set(names.kinship),
    groupNouns: new Set(names.groupNouns.map((w) => w.toLowerCase())),
    collectivePossessives: new Set((names.collectivePossessives?.forms ?? []).map((w) => w.toLowerCase())),
    portfolioWords: new Set((names.portfolioWords?.words ?? []).map((w) => w.toLowerCase())),
    forumHeads: new Set((names.forumHeads?.words ?? []).map((w) => w.toLowerCase())),
    portfolioLinks: new Set((names.portfolioLinks?.words ?? ['of']).map((w) => w.toLowerCase())),
    generationalSuffixes: new Set((names.generationalSuffixes?.words ?? []).map((w) => w.toLowerCase().replace(/\./g, ''))),
    gluedWords: names.gluedWords?.words ?? [],
    renameLinks: names.renameLinks?.words.length ? phrasesRegex(names.renameLinks.words) : /(?!)/,
    givenNameForms: (names.givenNameForms?.groups ?? []).reduce((m, g, i) => {
      for (const w of g) m.set(w.toLowerCase(), [...(m.get(w.toLowerCase()) ?? []), i]);
      return m;
    }, new Map<string, number[]>()),
    spellings: names.spellings.map((r) => ({ name: r.name, from: r.from, to: r.to, at: r.at })),
    offices: new Map(offices.offices.flatMap((o) => o.forms.map((f) => [f.toLowerCase(), o.name] as [string, string]))),
    demonyms: new Set(demonyms),
    sessionNouns: events.sessionNouns.words.map((w) => w.toLowerCase()),
    // Concluding a settlement reports a session as meeting does (events.json settlementVerbs).
    sessionVerbs: [...events.sessionVerbs.words, ...events.settlementVerbs.words].map((w) => w.toLowerCase()),
    ordinals: new Map(Object.entries(events.ordinals.values).map(([k, v]) => [k.toLowerCase(), v])),
    ordinalSuffixes: events.ordinals.numericSuffixes.map((w) => w.toLowerCase()),
    relatives: new Map(Object.entries(events.relatives.values).map(([k, v]) => [k.toLowerCase(), v])),
    statuses: events.statuses.rules.map((r) => ({ status: r.status, phrases: phrasesRegex(r.phrases), ...(r.unless ? { unless: phrasesRegex(r.unless) } : {}) })),
    media: new Set(media.media.map(aliasKey)),
    negotiatorRoles: phrasesRegex(events.negotiatorRoles.words),
    headRoles: phrasesRegex(events.headRoles.words),
    sideNouns: phrasesRegex(events.sideNouns.words),
    mediatorCues: phrasesRegex(events.mediatorCues.words),
    facts: Object.fromEntries(FACT_RULES.map((k) => [k, phrasesRegex(factRules[k].words)])) as Record<FactRuleName, RegExp>,
    events: Object.fromEntries(EVENT_RULES.map((k) => [k, phrasesRegex(events[k].words)])) as Record<EventRuleName, RegExp>,
    clauses: Object.fromEntries(CLAUSE_RULES.map((k) => [k, phrasesRegex(clauseRules[k].words)])) as Record<ClauseRuleName, RegExp>,
    roleAbbreviations: new Map(Object.entries(factRules.roleAbbreviations.forms)),
    speechVerbs: phrasesRegex(events.speechVerbs.words),
    ongoing: phrasesRegex(events.ongoing.words),
    partyNouns: phrasesRegex(events.partyNouns.words),
    captionMarkers: phrasesRegex(events.captionMarkers.words),
    photoCredits: photoCredit(media.media),
    negatedPlans: phrasesRegex(events.negatedPlans.words),
    recallingClauses: phrasesRegex(events.recallingClauses.words),
    recallingPrepositions: phrasesRegex(events.recallingPrepositions.words),
    recallingParticiples: phrasesRegex(events.recallingParticiples.words),
    recallingParticipleLinks: phrasesRegex(events.recallingParticipleLinks.words),
    sessionDurationsSource: phrasesSource(events.sessionDurations.words),
    speechVerbsSource: phrasesSource(events.speechVerbs.words),
    demonymCountry,
    demonymSiblings,
    dates,
  };
  return {
    lexicons,
    lexiconGate: gateOf(lexicons),
    entities,
    aliases,
    byId: new Map(entities.map((e) => [e.id, e])),
    speakers: new Map(entities.filter((e) => e.speaksFor).map((e) => [e.speaksFor!, e])),
    maxAliasWords,
    aliasFirstWords,
    aliasTokensByFirstWord,
    notEntities,
  };
}

/**
 * A country read from a demonym several countries share ("Congolese"), as the one a folder's reports name: where they
 * name exactly one of the countries that share it and not this one, that one; else the country as given.
 */
/** The country a body stands for as a side, as the knowledge base says: the one a state body acts for (`country`: the
 * Kremlin, Russia) or the territory a movement speaks for (`speaksFor`: the Polisario Front, Western Sahara). */
export function bodySide(name: string, kn: Knowledge): string | undefined {
  const e = kn.aliases.get(aliasKey(name))?.find((x) => x.type === 'Organization' && (x.country || x.speaksFor));
  return e?.country ?? e?.speaksFor;
}

export function sharedDemonymCountry(country: string, named: ReadonlySet<string>, kn: Knowledge): string {
  const siblings = kn.lexicons.demonymSiblings.get(country);
  if (!siblings || named.has(country)) return country;
  const others = siblings.filter((o) => named.has(o));
  return others.length === 1 ? others[0]! : country;
}
