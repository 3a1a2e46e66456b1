/**
 * The steps that read what came of a round: failures, agreements and other results, documents made, and the terms
 * of an agreement.
 */
import type { TextSpan } from '../../../model/schema.js';
import { DAY, OUTCOME_RULES, outcomeRegexes, outcomeRuleLexicons } from '../patterns.js';
import { outcomePhrase, dayBounds, documentPhrase, sentencePhrase } from '../text.js';
import type { FactStep } from './step.js';
import type { Reader } from '../reader.js';
import type { Sent } from '../text.js';
import type { SentenceState } from './step.js';
import { lexAny, lexTest } from '../../../knowledge/gate.js';

/** The sentence's outcome recorder: a phrase is seen once, and an outcome the phrase dates weeks before the report
 * ("agreed in June to restart them", in an October report) is background, an earlier round's, not this one's. */
function outcomesOf(x: Reader, s: Sent, st: SentenceState) {
  const { facts, anchorTime, RECENT_DAYS, outcomeNumbers } = x;
  const { r, quoted, seen } = st;
  const inQuote = (at: number) => quoted.some((q) => q.start <= at && at < q.end);
  const outcome = (rule: string, kind: 'failure' | 'agreement' | 'other', phrase: TextSpan, quantities = outcomeNumbers(s, phrase)): void => {
    seen.push(phrase);
    // An outcome the phrase dates weeks before the report ("agreed in June to restart them", in an October report) is
    // background: an earlier round's, not this one's.
    if (anchorTime !== undefined && s.mentions.some((m) => m.type === 'Date' && m.value && m.start >= phrase.start && m.end <= phrase.end && Date.parse(dayBounds(m.value)?.[1] ?? '9999-12-31') < anchorTime - RECENT_DAYS * DAY)) return;
    facts.push({ rule, kind: 'outcome', round: r, outcome: kind, text: phrase.text, quantities, evidence: phrase });
  };
  return { inQuote, outcome };
}

export const outcomeCues: FactStep = {
  name: 'outcome-cues',
  reason: 'Each failure, agreement or other result a sentence states with an outcome word ("agreed to", "failed to", "no breakthrough"), as the phrase that states it, with its numbers; not an aim, a hedge or a quote.',
  sentence(x, s, st) {
    const { doc, kn, facts, OUT, outcomeNumbers } = x;
    const { seen } = st;
    const { inQuote, outcome } = outcomesOf(x, s, st);
    // Each rule's regex is its lexicon's (the proposals' with a look-ahead after it): only the rules whose lexicon the gate
    // lets through are scanned, each once (no scan of the rules' alternation first: its match is one of theirs).
    const lexicons = outcomeRuleLexicons(kn);
    if (!lexAny(kn, s, lexicons)) return;
    for (const [k, [name, kind]] of OUTCOME_RULES.entries()) {
      if (kn.lexiconGate && !kn.lexiconGate.may(s, lexicons[k]!)) continue;
      const re = outcomeRegexes(kn)[name]!;
      re.lastIndex = 0;
      for (let hit = re.exec(s.text); hit; hit = re.exec(s.text)) {
        const at = s.start + hit.index;
        if (kn.lexicons.facts.hedges.test(s.text.slice(0, hit.index)) || inQuote(at) || seen.some((x) => x.start <= at && at < x.end)) continue;
        // "talks aimed at reaching an agreement on …": an aim, not an agreement.
        if (kind === 'agreement' && OUT.aims.test(s.text.slice(Math.max(0, hit.index - 40), hit.index))) continue;
        const phrase = outcomePhrase(s, at, doc.tokens, kn);
        // "agreed to meet each month for four days": the agreement is a schedule, and its numbers are the schedule's,
        // not an outcome's.
        const meet = kind === 'agreement' && OUT.meetAgain.test(s.text.slice(hit.index + hit[0].length).replace(/^\s*to\b/i, ''));
        outcome('facts:outcome-cue', kind, phrase, meet ? [] : outcomeNumbers(s, phrase));
      }
    }
  },
};

export const outcomeDocuments: FactStep = {
  name: 'outcome-documents',
  reason: 'Outcomes not phrased with agree words: a document made, signed or released ("signed off on a seven-day truce", "the talks produced two draft texts").',
  sentence(x, s, st) {
    const { kn, facts, OUT } = x;
    const { anyWord, seen } = st;
    const { inQuote, outcome } = outcomesOf(x, s, st);
    // Outcomes not phrased with agree words: "signed off on a seven-day truce", "the talks produced two draft texts",
    // "released a joint statement, which has 12 articles".
    OUT.making.lastIndex = 0;
    for (let hit = anyWord && lexTest(kn, s, kn.lexicons.facts.outcomeMaking) ? OUT.making.exec(s.text) : null; hit; hit = OUT.making.exec(s.text)) {
      const at = s.start + hit.index;
      if (kn.lexicons.facts.hedges.test(s.text.slice(0, hit.index)) || inQuote(at) || seen.some((x) => x.start <= at && at < x.end)) continue;
      outcome('facts:outcome-document', 'other', documentPhrase(s, at, kn));
    }
  },
};

export const outcomeTerms: FactStep = {
  name: 'outcome-terms',
  reason: 'The terms of an agreement ("…, the agreement states", "It also calls for …") and the sentences of the paragraph that go on with them in the conditional.',
  sentence(x, s, st) {
    const { kn, facts, OUT } = x;
    const { anyWord, quoted, seen } = st;
    const { outcome } = outcomesOf(x, s, st);
    // The terms of an agreement: "…, the agreement states.", "The accord mandates …", "It also calls for …" after
    // terms; then the sentences of the same paragraph that go on in the conditional ("All troops would also leave
    // five bases.").
    if (!quoted.length || quoted.every((q) => q.end - q.start < s.text.length / 2)) {
      // (The terms verbs are rare: tested alone first.)
      const verb = anyWord && lexTest(kn, s, kn.lexicons.facts.outcomeTerms);
      const terms = (verb ? OUT.terms.exec(s.text) ?? (x.termsAt >= s.index - 1 ? OUT.termsIt.exec(s.text) : null) : null) ?? OUT.termsUnder.exec(s.text);
      const carried = !terms && x.termsAt === s.index - 1 && !s.lineStart && OUT.carry.test(s.text);
      if ((terms && !seen.some((x) => x.start <= s.start + terms.index && s.start + terms.index < x.end)) || carried) {
        const phrase = sentencePhrase(s, kn);
        outcome(terms ? 'facts:outcome-terms' : 'facts:outcome-terms-continued', 'agreement', phrase);
        x.termsAt = s.index;
      }
    }
  },
};
