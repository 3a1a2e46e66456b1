/**
 * facts: what one document says about each round, with the span that says it.
 *
 * 1. Every round cue gets the round it speaks of, and every sentence the round it reports (stage rounds'
 *    `resolveRounds` and `attributeSentences`: one home for round logic).
 * 2. The facts steps (facts/steps/*.ts) read the sentences in text order, each sentence through every sentence step
 *    in the order pipeline.json lists them: dates held and planned and the venue (in sentences on the session),
 *    facilities, parties, mediators and hosts, delegation members with their roles, topics, outcomes with their
 *    quantities, and what comes next. Then the document steps: spans of many-day sessions, captions, background
 *    days, the dateline's city, quotes with their speakers.
 *
 * Each step has one job, a name and a reason; the words it reads are lexicons of `pipeline/`. Nothing here names a
 * place, person or date of any corpus.
 */
import type { Doc, TextSpan } from '../model/schema.js';
import type { Knowledge } from '../knowledge/knowledge.js';
import type { DocStage } from './stage.js';
import { lexAny } from '../knowledge/gate.js';
import { readerOf, type FactsOptions } from './facts/reader.js';
import { quotesIn } from './facts/text.js';
import type { FactStep, SentenceState } from './facts/steps/step.js';
import { accordSides, sessionDates, sessionMembers, sessionParties, sessionVenues } from './facts/steps/session.js';
import { acrossTheTable, alongside, attendance, delegationInFocus, delegationLists, headsOfDelegations, joiningDelegation, namedAtSession, negotiatorTitles, respectivelyLists, sideOfOrigin, sideSpans, signatories } from './facts/steps/members.js';
import { delegationSides, mediatorNotSide, mediators, partyList, thirdParties } from './facts/steps/sides.js';
import { daysOfSettlement, facilities, venueOfSettlement } from './facts/steps/place.js';
import { topics } from './facts/steps/topics.js';
import { outcomeCues, outcomeDocuments, outcomeTerms } from './facts/steps/outcomes.js';
import { nextDatedSession, nextLaterRound, nextSteps, nextTerms, nextUnnumbered, reportedPlans, ownPlan } from './facts/steps/next.js';
import { captionLines, numberedRoundDays, otherCityDays, datelineVenue, emptyRoles, sharedTitles, foreseenSessions, pluperfectBackground, launchedSeries, listedSessions, quotes, preparatorySessions, recalledOpeners, recentDays, resumedSeries, sessionSpan } from './facts/steps/document.js';

export { dayBounds, datelineOf, withYear } from './facts/text.js';
export type { FactsOptions } from './facts/reader.js';

/** Every facts step, in the order they run when pipeline.json lists none. */
export const FACT_STEPS: readonly FactStep[] = [
  sessionDates,
  sessionVenues,
  sessionParties,
  sessionMembers,
  attendance,
  signatories,
  partyList,
  delegationSides,
  accordSides,
  facilities,
  mediators,
  mediatorNotSide,
  thirdParties,
  daysOfSettlement,
  venueOfSettlement,
  delegationLists,
  headsOfDelegations,
  negotiatorTitles,
  joiningDelegation,
  sideOfOrigin,
  respectivelyLists,
  alongside,
  acrossTheTable,
  namedAtSession,
  sideSpans,
  delegationInFocus,
  topics,
  outcomeCues,
  outcomeDocuments,
  outcomeTerms,
  nextUnnumbered,
  nextLaterRound,
  nextDatedSession,
  nextSteps,
  nextTerms,
  reportedPlans,
  ownPlan,
  recalledOpeners,
  preparatorySessions,
  resumedSeries,
  pluperfectBackground,
  listedSessions,
  launchedSeries,
  sessionSpan,
  captionLines,
  numberedRoundDays,
  recentDays,
  foreseenSessions,
  otherCityDays,
  datelineVenue,
  quotes,
  sharedTitles,
  emptyRoles,
];
const BY_NAME = new Map(FACT_STEPS.map((s) => [s.name, s]));
export const FACT_STEP_NAMES = FACT_STEPS.map((s) => s.name);

/** The steps an options object names, in its order (all when it names none). */
function stepsOf(options: FactsOptions): readonly FactStep[] {
  if (!options.steps) return FACT_STEPS;
  return options.steps.map((n) => {
    const step = BY_NAME.get(n);
    if (!step) throw new Error(`unknown facts step '${n}' (known: ${FACT_STEP_NAMES.join(', ')})`);
    return step;
  });
}

export function extractFacts(doc: Doc, kn: Knowledge, options: FactsOptions = {}): Doc {
  const steps = stepsOf(options);
  const x = readerOf(doc, kn, options);
  const perSentence = steps.filter((step) => step.sentence);
  // The quotes of the whole text, each sentence's part of them: a quote may run over sentences ('"The third round was
  // held in Geneva. The talks were serious," NAME said on Tuesday': the second sentence's session words are quoted too).
  const quotes = quotesIn(doc.text);
  let q0 = 0;
  for (const s of x.sents) {
    while (q0 < quotes.length && quotes[q0]!.end <= s.start) q0++;
    const quoted: TextSpan[] = [];
    for (let k = q0; k < quotes.length && quotes[k]!.start < s.end; k++) {
      const start = Math.max(quotes[k]!.start, s.start);
      const end = Math.min(quotes[k]!.end, s.end);
      if (end > start) quoted.push({ start, end, text: doc.text.slice(start, end) });
    }
    const st: SentenceState = { r: s.round, first: x.facts.length, news: x.ofTheDay(s), anyWord: lexAny(kn, s, x.OUT.anyLexicons) && x.OUT.any.test(s.text), quoted, seen: [], announced: new Set() };
    for (const step of perSentence) step.sentence!(x, s, st);
  }
  for (const step of steps) step.document?.(x);
  return { ...doc, cues: x.cues, facts: x.facts };
}

export const factsStage: DocStage = {
  name: 'facts',
  requires: ['sentences', 'mentions', 'cues'],
  assigns: ['facts', 'cues'],
  run: (doc, options, ctx) => extractFacts(doc, ctx.knowledge, options as FactsOptions),
};
