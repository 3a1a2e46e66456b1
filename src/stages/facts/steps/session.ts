/**
 * The steps that read a sentence reporting the session (a sentence that names the round): the days it met or is
 * planned to meet, its city, its parties and the people at its table.
 */
import { documentDated, buildingNounAfter, reporterWord, seatedBodyWord, pressAppearanceIn, namesList, partnerAfterCue, convenerPossessive, warPairAfter, warInBefore, deadlineAfter, wishBefore, backerAfter, venueNamingSession, reportedClause, sequenceBefore, stanceVerb, DAY, deadlineBefore, datePlanned, datePostponedFrom, afterSomething, travelBefore, antecedentEvent, sessionWord, pairSession, sessionLength, sponsoredBy, placedIn, capitalOfBefore, cityOfBefore, cityNounAfter, pointSideNamed, pointSideOfBefore, personClauseOpen, modalBefore, countStart, runningSince, runningFromOpening, SINCE_SESSION, capitalDescription, capitalOf, denied, observersAround, chairListLead, accordBetween, listJoin, countsSessions, sessionAdjunctBefore } from '../patterns.js';
import { subjectStart, lastSeparator, nextSeparator, roleOf, cleanRole, dayBounds, opensWithTitle } from '../text.js';
import type { EntityCue, Mention, RoundCue } from '../../../model/schema.js';
import type { Reader } from '../reader.js';
import { aliasKey, ordinalOf, type Knowledge } from '../../../knowledge/knowledge.js';
import type { Sent } from '../text.js';
import type { FactStep } from './step.js';
import { roundNear, sessionOf, sessionSubject, sidesEnd } from '../session.js';
import { lexExec, lexTest } from '../../../knowledge/gate.js';

/** The longest a session may have run without a break (two months): a longer run is a process, not a round. */
const MAX_RUN_DAYS = 62;

/** Whether a day without its year ("XXXX-11-06") lies in the half-year after a dateline's month and day ("10-31"). */
const afterMonthDay = (value: string, monthDay: string): boolean => {
  const m = /^XXXX-(\d{2}-\d{2})$/.exec(value);
  if (!m) return false;
  // (within a leap year, and across its end: a dateline of December 28 and a day of January 3)
  const gap = (Date.parse(`2000-${m[1]}`) - Date.parse(`2000-${monthDay}`)) / DAY;
  const ahead = gap < 0 ? gap + 366 : gap;
  return ahead > 0 && ahead <= 183;
};

/** Whether a place's own last word is a generic place word or its plural ("Southern Border Provinces"; places.json generics). */
function regionByName(kn: Knowledge, name: string): boolean {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return false;
  const last = words.at(-1)!.toLowerCase();
  return kn.lexicons.placeGenerics.has(last) || (last.endsWith('s') && kn.lexicons.placeGenerics.has(last.slice(0, -1)));
}

export const sessionDates: FactStep = {
  name: 'session-dates',
  reason: 'A sentence that names the round dates it: its days are held days, or planned ones after a word of planning; a session under way, or told undated in the lead, met on the day the report appeared.',
  sentence(x, s, st) {
    const { doc, kn, text, sents, facts, anchorTime, RECENT_DAYS, REPORT_DAY, span, recalls } = x;
    const { news } = st;
    const session = sessionOf(x, s);
    if (!session) return;
    const { said, r, postponed, caption } = session;
    /** Whether a value ends more than the near days before the report (a month, its last day). */
    const longBefore = (v: string) => {
      const end = dayBounds(v)?.[1];
      return anchorTime !== undefined && !!end && Date.parse(end) < anchorTime - x.NEAR_DAYS * DAY;
    };
    /** Whether the article numbers round `n` only as one to come (no cue of it says it met). */
    const onlyToCome = (n: number) => {
      const own = x.cues.filter((c) => c.round === n && c.ordinal !== undefined);
      return own.length > 0 && own.every((c) => c.status === 'planned' || c.status === 'announced' || c.status === 'postponed' || c.status === 'cancelled');
    };
    // "The talks are under way in Jeddah": a session going on as the article appeared met on its publication day,
    // unless the sentence dates it.
    const ongoing = lexExec(kn, s, kn.lexicons.ongoing);
    if (ongoing && doc.anchor?.day && doc.anchor.source !== 'none' && said.some((c) => c.status !== 'planned' && c.status !== 'announced' && c.status !== 'cancelled' && c.status !== 'postponed') && !modalBefore(kn).test(s.text.slice(Math.max(0, ongoing.index - 20), ongoing.index)) && !s.mentions.some((m) => m.type === 'Date' && /^\d{4}-\d{2}-\d{2}/.test(m.value ?? '')))
      facts.push({ rule: 'facts:under-way-at-publication', kind: 'held', round: r, value: doc.anchor.day, inferred: `under way when ${doc.id} appeared`, evidence: span(s.start + ongoing.index, s.start + ongoing.index + ongoing[0].length) });
    // The lead of a report that tells of a session in the past tense and dates nothing ("Meeting in Jeddah, the
    // two sides signed a ceasefire"): news of the day it appeared.
    // A day after publication (the truce "due to take effect on Monday") dates what comes, not the session.
    // (a session word after a word of sequence is one that is over: "… next week, after talks in Qatar saw them
    // agree"; facts.json laterThan) (and a week or a month that begins after the report dates what comes)
    const over = (c: RoundCue) => c.status === 'held' || (c.status === undefined && afterSomething(kn).test(text.slice(Math.max(s.start, c.start - 30), c.start)));
    // (told by the report, not in the words it quotes: "we were able to create a positive dialogue space," said NAME)
    const unquoted = (c: RoundCue) => !st.quoted.some((q) => q.start <= c.start && c.end <= q.end);
    if (s.index === sents.findIndex((x) => !x.heading) && doc.anchor?.day && doc.anchor.source === 'published' && said.some((c) => over(c) && unquoted(c)) && !s.mentions.some((m) => m.type === 'Date' && /^(?:\d{4}|XXXX)-/.test(m.value ?? '') && !(/^\d{4}-(?:\d{2}|W\d{2})/.test(m.value!) && (dayBounds(m.value!)?.[0] ?? '') > doc.anchor!.day!)))
      facts.push({ rule: 'facts:lead-at-publication', kind: 'held', round: r, value: doc.anchor.day, upTo: true, inferred: `on or before the publication of ${doc.id}, whose lead tells of the session undated`, evidence: span(said[0]!.start, said[0]!.end) });
    // "… later for the final day of the fourth round", undated: the round meets on the day the report appeared.
    const dayOf = lexExec(kn, s, kn.lexicons.facts.dayOfSession);
    // (three words may stand between: "the third day of peace talks", "the seventh day of the UN-brokered peace talks")
    const dayCue = dayOf && s.cues.find((c) => c.start >= s.start + dayOf.index + dayOf[0].length && /^\s+(?:[\p{L}-]+\s+){0,3}$/u.test(text.slice(s.start + dayOf.index + dayOf[0].length, c.start)));
    // (the report's day from its metadata or its own head: "AFP, Thursday 13 Dec 2018")
    if (dayOf && dayCue && doc.anchor?.day && doc.anchor.source !== 'none' && !s.mentions.some((m) => m.type === 'Date' && /^\d{4}-/.test(m.value ?? ''))) {
      // The day a number gives ("the third day of talks") says when the session began: that many days back, inferred.
      const n = ordinalOf(kn, dayOf[0].split(/\s+/)[0]!) ?? 1;
      const first = new Date(Date.parse(doc.anchor.day) - (Math.min(n, 31) - 1) * DAY).toISOString().slice(0, 10);
      const value = n > 1 ? `${first}/${doc.anchor.day}` : doc.anchor.day;
      facts.push({ rule: 'facts:day-of-session-at-publication', kind: 'held', round: dayCue.round!, value, inferred: `${n > 1 ? `day ${n}` : 'a day'} of the session when ${doc.id} appeared`, evidence: span(s.start + dayOf.index, dayCue.end) });
    }
    for (const m of s.mentions) {
      const rn = roundNear(x, s, m.start, r);
      // (not the day in a dateline, "MEXICO CITY (Outlet - 7 September, 2021)": the report's, not the session's)
      // (the dateline's day is the report's, unless nothing else dates the report: then it is the only day there is)
      if (m.type === 'Date' && m.value && /^(\d{4}|XXXX)-(\d{2}|W\d{2}|WXX-\d)/.test(m.value) && !caption && (!x.inDateline(m.start) || (doc.anchor?.source === 'none' && !!doc.anchor.monthDay))) {
        // Background dates (the war's start) are not the round's: a round is recent against the document's year.
        if (doc.anchor?.year !== undefined && Number(m.value.slice(0, 4)) < doc.anchor.year - 1) continue;
        // "the agreement signed on November 2 in Pretoria": the day of a settlement the report recalls, kept for the
        // round that met then (a background fact), not the session the sentence tells.
        // (not a day after the report's: "agreement was reached on holding the next round on 28 October" sets a day)
        if (!news && recalls(s, m.start) && !(anchorTime !== undefined && (dayBounds(m.value)?.[0] ? Date.parse(dayBounds(m.value)![0]) > anchorTime + DAY : false))) {
          facts.push({ rule: 'facts:recalled-settlement-day', kind: 'held', round: rn, background: s.index + 1, value: m.value, evidence: span(m.start, m.end) });
          continue;
        }
        // "the round that has been held in Havana since January 22": every day from that one to the last the sentence
        // gives, else to the report's day.
        // (or "Since January 20, talks resumed and have been ongoing")
        const opening = runningFromOpening(kn);
        if (/^\d{4}-\d{2}-\d{2}$/.test(m.value) && (runningSince(kn).test(text.slice(Math.max(s.start, m.start - 80), m.start)) || (opening.before.test(text.slice(s.start, m.start)) && opening.after.test(text.slice(m.end, s.end))))) {
          const later = s.mentions.filter((o) => o.type === 'Date' && /^\d{4}-\d{2}-\d{2}/.test(o.value ?? '') && o.value!.slice(0, 10) > m.value!).map((o) => o.value!.slice(0, 10));
          const to = later.sort().at(-1) ?? (doc.anchor?.day && doc.anchor.source !== 'none' ? doc.anchor.day : undefined);
          if (to && to >= m.value && Date.parse(to) - Date.parse(m.value) <= MAX_RUN_DAYS * DAY)
            facts.push({ rule: 'facts:running-since', kind: 'held', round: rn, value: to === m.value ? m.value : `${m.value}/${to}`, inferred: `the session has run since ${m.text}, to ${to}`, evidence: span(m.start, m.end) });
          continue;
        }
        // A day inside a direct quote, where the words on the session stand outside it ('the talks brought a deal
        // "much closer than it was three days ago"'), is the speaker's, not the session's.
        const quote = st.quoted.find((q) => q.start <= m.start && m.end <= q.end);
        if (quote && !said.some((c) => c.start >= quote.start && c.end <= quote.end)) continue;
        // And a day outside the quotes, where every session word stands inside them ('NAME told reporters Tuesday,
        // "we'll be meeting with them"'), is the day of the saying.
        const quotedCue = (c: { start: number; end: number }) => st.quoted.some((q) => q.start <= c.start && c.end <= q.end);
        if (!quote && said.length > 0 && said.every(quotedCue) && s.cues.every(quotedCue)) continue;
        // So is a day that opens the sentence, before a verb of speech whose reported clause holds every session word
        // ("Last week, NAME said these talks may be the last chance"): the day of the saying.
        const firstCue = Math.min(...s.cues.map((c) => c.start), ...said.map((c) => c.start));
        if (m.end < firstCue && /^\W*(?:\p{L}+\s+)?$/u.test(text.slice(s.start, m.start)) && /^\s*,/.test(text.slice(m.end, m.end + 3))) {
          const speech = reportedClause(kn);
          speech.lastIndex = 0;
          if (speech.test(text.slice(m.end, firstCue))) continue;
        }
        // (a day in a relative clause on a person: "NAME, who took office last week, led the delegation")
        if (s.mentions.some((p) => p.type === 'Person' && p.end < m.start && personClauseOpen(kn).test(text.slice(p.end, m.start)) && !said.some((c) => c.start > p.end && c.start < m.start))) continue;
        const before = text.slice(Math.max(s.start, m.start - 30), m.start);
        // "held today, October 23": the day restated right after says which day it is (a day written with its number
        // is none restated: "on January 9, February 6 and March 3" lists days).
        if (!/\d/.test(m.text) && s.mentions.some((n) => n !== m && n.type === 'Date' && n.start > m.end && n.start - m.end <= 3 && /^[\s,(]*$/.test(text.slice(m.end, n.start)) && /^\d{4}-\d{2}-\d{2}/.test(n.value ?? ''))) continue;
        // (not "after 12 hours of talks held on Sunday": the session's own length, and its day)
        const lead = text.slice(Math.max(s.start, m.start - 45), m.start);
        if (afterSomething(kn).test(lead) && !sessionLength(kn).test(lead)) continue;
        if (travelBefore(kn).test(text.slice(Math.max(s.start, m.start - 60), m.start))) continue;
        if (afterTheSession(kn, text, s, m.start)) continue;
        // "before the October 15 deadline": a term, not a day of the session's.
        if (deadlineAfter(kn).test(text.slice(m.end, m.end + 20))) continue;
        // "a press release dated December 14": the day a paper bears, not the session's.
        if (documentDated(kn).test(text.slice(Math.max(s.start, m.start - 25), m.start))) continue;
        // "the seventh since they started in April", "since June": the day a count starts from is an earlier one.
        if (countStart(kn).test(text.slice(Math.max(s.start, m.start - 100), m.start))) continue;
        // (a term set "by 8 August at the latest" is a deadline: what is due then, never a day the session met)
        // (and a day after the report's own: "agreed to convene a meeting of commanders tomorrow morning")
        // (a week or a month that begins after it too: "will continue the talks in December", in a report of October)
        // (with only a dateline's day and no year, "ISTANBUL, OCT 31:", a day without its year in the half-year after it)
        const afterReport = doc.anchor?.day !== undefined && doc.anchor.source !== 'none' ? (dayBounds(m.value)?.[0] ?? '') > doc.anchor.day : !!doc.anchor?.monthDay && afterMonthDay(m.value, doc.anchor.monthDay);
        // (so, where no day of the report tells whether its days lie ahead, is a numbered round the sides agreed to hold:
        // "agreed to hold the ninth round between 25 and 29 July")
        const unanchored = !(doc.anchor?.day !== undefined && doc.anchor.source !== 'none');
        const planned = datePlanned(kn).test(before) || deadlineBefore(kn).test(before) || (postponed && datePostponedFrom(kn).test(before)) || said.every((c) => c.status === 'planned' || c.status === 'postponed' || c.status === 'cancelled' || (unanchored && c.status === 'announced' && c.ordinal !== undefined));
        // In an announcement, the day it was made ("the EU said Thursday that talks resume on Monday") is neither
        // the plan nor a session day (a day said at a session's end may well be one).
        const saidOn = REPORT_DAY.before.test(text.slice(Math.max(s.start, m.start - 40), m.start));
        // (so is the day of a statement that announces a session: "will hold the next round …, the ministry said on Friday")
        if ((planned || said.every((c) => c.status === 'announced')) && (saidOn || REPORT_DAY.after.test(text.slice(m.end, m.end + 30)))) continue;
        // (and a week or a month right before a verb of speech dates the saying: "officials earlier this week said they
        // had reached a deal")
        if (/^\d{4}-(?:W\d{2}|\d{2})$/.test(m.value) && REPORT_DAY.after.test(text.slice(m.end, m.end + 30))) continue;
        // A day a speaker said something that looks ahead ("had said on Saturday he would know") dates the saying, and
        // so does the day that closes the attribution of a sentence on a session that is over ("… following talks in
        // Qatar, a joint statement said Wednesday."; talks still "ongoing", or told in the present, meet on the day they
        // are spoken of: facts.json presentStateWords).
        // So does the day of a statement that goes on to give the session's own day ("Norway confirmed it this
        // Thursday: … will resume the talks on November 26"; "the envoy said on Monday the talks ended on Friday"), or
        // gives it before ("… will hold the next round in Ankara on Oct. 6, the ministry said on Friday, as …").
        if (saidOn && s.mentions.some((n) => n !== m && n.type === 'Date' && /^(?:\d{4}|XXXX)-\d{2}-\d{2}/.test(n.value ?? ''))) continue;
        // (and the day of a saying whose reported clause follows it and speaks of the talks at large, naming no round:
        // "the minister said on Sunday that the talks remain exploratory", "the spokesman said last month that the talks
        // made progress"; not "said Thursday that the third round made no breakthrough", said as that round ended)
        // (nor where the sentence's session words all come before the day, in what the speaker is: "NAME, who attended
        // the talks in Geneva, said on Wednesday that progress was slow")
        if (saidOn && (!s.cues.length || said.every((c) => c.end <= m.start)) && REPORT_DAY.clause.test(text.slice(m.end, m.end + 12))) continue;
        // (so is the day of a saying whose reported clause holds none of the sentence's session words: "Highlighting the
        // aim of the 13th round talks, the spokesperson on Thursday had stated that India expects …")
        const speech = REPORT_DAY.speechAfter.exec(text.slice(m.end, m.end + 40));
        if (speech && REPORT_DAY.clause.test(text.slice(m.end + speech[0].length, m.end + speech[0].length + 12)) && said.every((c) => c.end <= m.start)) continue;
        // (and the day right before a verb of speech where another date after it dates the session: "A spokesperson on
        // Saturday made remarks on the talks in Beijing this week")
        if (speech && s.mentions.some((n) => n.type === 'Date' && n.start >= m.end + speech[0].length && /^(?:\d{4}|XXXX)-/.test(n.value ?? ''))) continue;
        if (saidOn && (REPORT_DAY.ahead.test(text.slice(m.end, m.end + 40)) || (/^[\s\p{P}]*$/u.test(text.slice(m.end, s.end)) && !ongoing && !kn.lexicons.facts.presentStateWords.test(text.slice(s.start, m.start))))) continue;
        // An unnumbered session is the one the article reports: met within weeks before its publication, not
        // after it; an older day is background (an earlier round, a past agreement).
        if (r === 0 && !planned && anchorTime !== undefined) {
          const [from, to] = dayBounds(m.value) ?? [];
          // (a day after it, in a sentence that does not say the session met, is the day it is planned for: "before
          // it returns on Sunday for a high-level summit")
          if (from && to && Date.parse(from) > anchorTime + DAY && said.every((c) => c.status === undefined) && /^\d{4}-\d{2}-\d{2}$/.test(m.value)) {
            facts.push({ rule: 'facts:date-in-session-sentence', kind: 'planned', round: rn, value: m.value, evidence: span(m.start, m.end) });
            continue;
          }
          // (a month or a week lies in that window where any of its days does: "met earlier this month"; an older day
          // that a count of the series' sessions dates is one of them, "Four rounds of talks followed, on January 4,
          // February 9, …", which the step listed-sessions keeps as background of its own)
          if (from && to && (Date.parse(from) > anchorTime + DAY || (Date.parse(to) < anchorTime - RECENT_DAYS * DAY && !countsSessions(kn, text, s)))) continue;
        }
        // A sentence that names no round, in an article that numbers its round only as one to come ("the fifth round
        // will take place in Rome on Friday"): a day weeks before that it says met is an earlier session's ("resumed
        // last month").
        // (unless the sentence itself looks ahead: "the talks prepare to reconvene in Brussels on February 27")
        if (!planned && !s.cues.length && onlyToCome(r) && longBefore(m.value)) {
          if (said.some((c) => c.status === 'announced')) facts.push({ rule: 'facts:date-in-session-sentence', kind: 'planned', round: rn, value: m.value, evidence: span(m.start, m.end) });
          continue;
        }
        // (a day the sentence says the session broke off on, or was taken up again on: facts.json sessionPauses, sessionResumptions)
        const upToDay = text.slice(s.start, m.start);
        const sitting = planned || afterReport ? undefined : kn.lexicons.facts.sessionPauses.test(upToDay) ? 'paused' : kn.lexicons.facts.sessionResumptions.test(upToDay) ? 'resumed' : undefined;
        facts.push({ rule: 'facts:date-in-session-sentence', kind: planned || afterReport ? 'planned' : 'held', round: rn, value: m.value, evidence: span(m.start, m.end), ...(sitting ? { sitting } as const : {}) });
      }
    }
  },
};

/** Whether what stands at `at` is in the session the round came after, named after the sentence's own session word
 * ("this round was held following the meeting of the ministers on July 14 in Dushanbe"). */
function afterTheSession(kn: Knowledge, text: string, s: Sent, at: number): boolean {
  const m = antecedentEvent(kn).exec(text.slice(s.start, at));
  return !!m && sessionWord(kn).test(text.slice(s.start, s.start + m.index));
}

/**
 * The village of a two-village border meeting point ("the Ashdale-Brenna meeting point", two place mentions joined by
 * a hyphen or a space) on the side the sentence puts the session ("on the Ghanaian side"): the two are places of two
 * countries (knowledge base `country`), and the side named nearest the point is one of them. Its name, and where the
 * point's second village ends; undefined for any other place.
 */
function sideOfPairedPoint(x: Reader, s: Sent, m: Mention): { village: string; end: number } | undefined {
  const { kn, text } = x;
  const next = s.mentions.find((o) => o.type === 'Place' && o.start > m.end && o.start <= m.end + 3 && /^\s*[-–]\s*$|^\s$/u.test(text.slice(m.end, o.start)));
  if (!next) return undefined;
  const places = [m, next].map((p) => kn.aliases.get(aliasKey(p.text))?.find((e) => e.type === 'Place' && e.country));
  const countries = places.map((p) => p?.country);
  if (!countries[0] || !countries[1] || countries[0] === countries[1]) return undefined;
  let best: { at: number; country: string } | undefined;
  for (const hit of s.text.matchAll(pointSideNamed(kn))) {
    const word = hit[1]!;
    const country = kn.lexicons.demonymCountry.get(word) ?? kn.aliases.get(aliasKey(word))?.find((e) => e.kind === 'country')?.name;
    if (!country || !countries.includes(country)) continue;
    const at = s.start + hit.index!;
    if (!best || Math.abs(at - m.start) < Math.abs(best.at - m.start)) best = { at, country };
  }
  return best ? { village: places[countries.indexOf(best.country)]!.name, end: next.end } : undefined;
}

export const sessionVenues: FactStep = {
  name: 'session-venues',
  reason: 'A sentence that names the round places it: the city after "in"/"at" or before the session word ("the Hanoi summit"), or the capital a demonym describes, less the cities of a recalled settlement or an earlier session.',
  sentence(x, s, st) {
    const { kn, text, backRefs, facts, anchorTime, SESSION_AFTER, span, cueOf, countryKind, cityState, recalls } = x;
    const { news } = st;
    const session = sessionOf(x, s);
    if (!session) return;
    const { said, r, caption } = session;
    const factsBefore = facts.length;
    const inQuote = (at: number) => st.quoted.some((q) => q.start <= at && at < q.end);
    /** Where the last border meeting point read ends: its second village is not read again. */
    let pointEnd = -1;
    for (const m of s.mentions) {
      if (m.end === pointEnd) continue;
      // A building ("Villa Solberg", "the Grand Hotel") is the session's facility, not its city.
      // (nor a name unknown as a place that a lower-case building noun follows, "at Çırağan palace": the building's)
      // (nor a region named so by its own last word, "the Southern Border Provinces", "the Kurdistan Region": places.json
      // generics; a session meets in a city)
      if (m.type === 'Place' && (countryKind(m) !== 'country' || cityState(m)) && !caption && m.rule !== 'names:facility' && m.rule !== 'names:facility-head' && !(countryKind(m) === undefined && buildingNounAfter(kn, text, m.end)) && !regionByName(kn, m.text)) {
        const rn = roundNear(x, s, m.start, r);
        const before = text.slice(Math.max(s.start, m.start - 40), m.start);
        // "since their previous meeting in Arica", "since their landmark summit in Singapore": the city of an earlier
        // round.
        if (!news && recalls(s, m.start)) {
          facts.push({ rule: 'facts:recalled-settlement-place', kind: 'venue', round: rn, background: s.index + 1, entity: cueOf(m), evidence: span(m.start, m.end) });
          continue;
        }
        if (backRefs.some((c) => c.sentence === s.index && c.end <= m.start && m.start - c.end <= 15)) continue;
        // (a place in words quoted from someone, where the session is named outside them: what was said, not where)
        if (inQuote(m.start) && !said.some((c) => inQuote(c.start))) continue;
        // "its ambassador in Lima", "the envoy in Kabul": where a person is posted, not where the session met; "a
        // diplomatic source in Damascus said": where one who tells of it is (facts.json reportersInPlace).
        const posted = /(\p{L}+)\s+in\s+(?:the\s+)?$/u.exec(before);
        // (nor "the authorities in Tskhinvali": where a body that governs sits; facts.json seatedBodies)
        if (posted && (kn.lexicons.titles.includes(posted[1]!.toLowerCase()) || reporterWord(kn).test(posted[1]!) || seatedBodyWord(kn).test(posted[1]!))) continue;
        // (nor where one spoke of the talks: "during a press briefing in Tskhinvali"; facts.json pressAppearances)
        if (pressAppearanceIn(kn).test(before)) continue;
        // (nor a city in the possessive before a noun of calling the session: "at Washington's initiative" names the
        // government)
        if (convenerPossessive(kn).test(text.slice(m.end, m.end + 20))) continue;
        if (SINCE_SESSION(kn).test(text.slice(Math.max(s.start, m.start - 50), m.start))) continue;
        if (travelBefore(kn).test(text.slice(Math.max(s.start, m.start - 60), m.start))) continue;
        if (afterTheSession(kn, text, s, m.start)) continue;
        // (a border meeting point of two villages: the one on the side the sentence names, "on the Ghanaian side")
        // (its second village is read with the first)
        const point = sideOfPairedPoint(x, s, m);
        if (point) pointEnd = point.end;
        if (point && (placedIn(kn).test(before) || pointSideOfBefore(kn).test(before))) facts.push({ rule: 'facts:venue-side-of-paired-point', kind: 'venue', round: rn, entity: { place: point.village }, evidence: span(m.start, point.end) });
        else if (placedIn(kn).test(before) || capitalOfBefore(kn).test(before) || cityOfBefore(kn).test(before)) facts.push({ rule: 'facts:venue-in-session-sentence', kind: 'venue', round: rn, entity: cueOf(m), evidence: span(m.start, m.end) });
        // "the Tacna meeting", "the Hanoi summit": the city names the session.
        // (not after a word of sequence: "… following the Doha talks" names an earlier session)
        else if (/\bthe\s+$/i.test(before) && SESSION_AFTER.test(text.slice(m.end, m.end + 40)) && !sequenceBefore(kn).test(before)) facts.push({ rule: 'facts:venue-modifier', kind: 'venue', round: rn, entity: cueOf(m), evidence: span(m.start, m.end) });
      }
    }
    // "Talks in the Kenyan capital": the capital of the demonym's country, where no city follows ("the Kenyan capital
    // Nairobi" names it).
    if (!caption && lexTest(kn, s, kn.lexicons.facts.capitalNouns))
      for (const c of s.text.matchAll(capitalDescription(kn))) {
        // (the demonym's country, or the country named: "in Azerbaijan's capital")
        const named = c[2] ? kn.aliases.get(aliasKey(c[2]))?.find((e) => e.type === 'Place' && e.kind === 'country')?.name : undefined;
        const country = c[1] ? kn.lexicons.demonymCountry.get(c[1].replace(/\s+/g, ' ')) : named;
        const capital = country && capitalOf(kn).get(country);
        const noun = c[3]!;
        const at = s.start + c.index! + c[0].length - noun.length;
        // (nor where the city follows, "of" between: "the Bolivian capital of La Paz")
        const ofGap = /^\s+(?:of\s+)?/.exec(text.slice(at + noun.length, at + noun.length + 8))?.[0].length ?? 0;
        if (!capital || s.mentions.some((m) => m.type === 'Place' && m.start >= at && m.start - at <= noun.length + Math.max(3, ofGap))) continue;
        const from = s.start + c.index! + c[0].search(/\p{Lu}/u);
        if (news || !recalls(s, at)) facts.push({ rule: 'facts:venue-capital-of-demonym', kind: 'venue', round: r, entity: { place: capital }, evidence: span(from, at + noun.length) });
      }
    // A sentence on a session to come is not on the session the article reports: its city is not that session's.
    if (toCome(x, s, said, r, false))
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
  },
};

/**
 * Whether a sentence on the article's own (unnumbered) round speaks only of a session to come: its days all lie after
 * the article appeared ("calls for talks in Kabul beginning March 10"), or, where the article reports a session held
 * in another sentence, its weeks and months do too ("the talks are expected to resume in Cairo next week"), or its
 * session word is said to meet again (events.json repeatWords: "officials will meet again in Cairo"). With `held`,
 * only where the article reports a session held elsewhere.
 */
function toCome(x: Reader, s: Sent, said: RoundCue[], r: number, held: boolean): boolean {
  const { kn, text, anchorTime } = x;
  if (r !== 0 || said.some((c) => c.status === 'held')) return false;
  const heldElsewhere = x.cues.some((c) => c.sentence !== s.index && c.status === 'held');
  if (held && !heldElsewhere) return false;
  if (heldElsewhere && said.every((c) => c.status === 'planned' || c.status === 'announced') && said.some((c) => kn.lexicons.events.repeatWords.test(text.slice(c.end, Math.min(s.end, c.end + 40))))) return true;
  const days = s.mentions.map((m) => (m.type === 'Date' && (heldElsewhere ? /^\d{4}-(?:\d{2}|W\d{2})/ : /^\d{4}-\d{2}-\d{2}/).test(m.value ?? '') ? dayBounds(m.value!)?.[0] : undefined)).filter((d): d is string => !!d);
  return anchorTime !== undefined && days.length > 0 && days.every((d) => Date.parse(d) > anchorTime + DAY);
}

type Side = { cue: EntityCue; at: number; end: number };
/** The sides a span names by name, with those it names by a common noun ("the opposition"), which take the place of a
 * country word or body inside them ("the Venezuelan opposition", "the opposition grouped in the X"). */
function withCommonSides(x: Reader, s: Sent, from: number, to: number, named: Side[]): Side[] {
  const common = x.commonSidesIn(s, from, to);
  if (!common.length) return named;
  return [...named.filter((n) => !common.some((c) => c.at <= n.at && n.end <= c.end)), ...common].sort((a, b) => a.at - b.at);
}

export const sessionParties: FactStep = {
  name: 'session-parties',
  reason: 'The sides a sentence on the round names as meeting: "talks between A and B", "delegations from A, B and C", "A and B met", "A has taken part in the talks".',
  sentence(x, s) {
    const { kn, text, facts, phraseEnd, span, cueOf, sideCue, isMedia, countriesIn, ownsBody, inDateline } = x;
    const session = sessionOf(x, s);
    if (!session) return;
    const { r } = session;
    const factsAt = facts.length;
    // (not the sides of a session to come, in a report of one held: "officials from A, B and C will meet again")
    if (toCome(x, s, session.said, r, true)) return;
    // Parties: the countries (also as demonyms) and bodies the round's sentence names as meeting: "talks between
    // A, B and C", "involving A and B", "A and B negotiators".
    const between = lexExec(kn, s, kn.lexicons.facts.betweenWords);
    const sides = lexExec(kn, s, kn.lexicons.sideNouns);
    const ranges: Array<[number, number]> = [];
    if (between) ranges.push([s.start + between.index, sidesEnd(x, s, s.start + between.index)]);
    if (sides) {
      // "A and B negotiators": the words before; "delegations from A, B and C": the list after.
      // (only the names right before the noun, "Chilean and Peruvian negotiators", not a clause's subject before it)
      const lead = s.text.slice(0, sides.index);
      // (two names or more: one country word before "officials" is who speaks, "Qatari officials have confirmed")
      const names = /(?:(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+and\s+|\s*,\s*|\s+))+$/u.exec(lead);
      if (names && /\s+and\s+|,/.test(names[0].trim())) ranges.push([s.start + names.index, s.start + sides.index]);
      const after = s.text.slice(sides.index + sides[0].length);
      const from = /^\s+(?:from|of)\s+/i.exec(after);
      if (from) {
        // The list of names: capitalized words joined by commas, "and", "the" ("from Chile and Peru ended …").
        const at = s.start + sides.index + sides[0].length + from[0].length;
        const list = /^(?:(?:the\s+)?[A-Z][\p{L}’'.-]*(?:\s+[A-Z][\p{L}’'.-]*)*(?:\s*,\s*|\s+and\s+|\s+plus\s+)?)+/u.exec(text.slice(at, s.end));
        if (list) ranges.push([at, at + list[0].length]);
      }
    }
    // A body whose name opens an official's title ("the UN Secretary-General") names the official, not the body as a
    // side: "bilateral meetings between the UN Secretary-General and each delegation".
    const officialOf = (m: { end: number }) => opensWithTitle(text.slice(m.end, m.end + 40).split(/[,;]/)[0]!, kn) && /^\s+\p{Lu}/u.test(text.slice(m.end, m.end + 3));
    // (or, in the lead, a plain word of a meeting, whatever it says of it: "Senior officials from A and B have met in a
    // bid to …", "Days of talks involving A and B brought no progress")
    if (s.cues.length || (s.plain.length && s.index === x.sents.findIndex((o) => !o.heading)))
      for (const [from, to] of ranges) {
        // (a list of observers names no side: "observed by the representatives from A and B")
        if (observersAround(kn).before.test(text.slice(Math.max(s.start, from - 50), from)) || observersAround(kn).after.test(text.slice(to, s.end))) continue;
        const named = withCommonSides(x, s, from, to, [...countriesIn(s, from, to), ...s.mentions.filter((m) => m.type === 'Organization' && !isMedia(m) && m.start >= from && m.end <= to && !backerAfter(kn).test(text.slice(m.end, m.end + 16)) && !officialOf(m)).map((m) => ({ cue: sideCue(m), at: m.start, end: m.end }))]);
        // (not a place that names a session after "the": "exchanged between the two sides during the Sweden talks")
        const namesVenue = (c: Side) => venueNamingSession(kn).before.test(text.slice(Math.max(s.start, c.at - 5), c.at)) && venueNamingSession(kn).after.test(text.slice(c.end, c.end + 40));
        // (nor one after the words that bring in the session's chairs: "involving the co-chairs from A, B and C")
        const chaired = (c: Side) => chairListLead(kn).test(text.slice(from, c.at));
        for (const c of named) if (!inDateline(c.at) && !ownsBody(s, c.end) && !namesVenue(c) && !chaired(c)) facts.push({ rule: 'facts:party-between-or-from', kind: 'party', round: r, entity: c.cue, evidence: span(c.at, c.end) });
      }
    // "the US-China talks", "the 15th round China-India Corps Commander Level Meeting": two sides joined by a hyphen
    // before the session noun meet.
    if (s.cues.length) {
      const named = [...countriesIn(s, s.start, s.end), ...s.mentions.filter((m) => m.type === 'Organization' && !isMedia(m)).map((m) => ({ cue: sideCue(m), at: m.start, end: m.end }))].sort((a, b) => a.at - b.at);
      // (not a pair of whom one is none of the sides the sentence lists as meeting: "a meeting between A, B and C …
      // following the postponement of A-D negotiations" names another negotiation)
      const listed = new Set(facts.slice(factsAt).filter((f) => f.kind === 'party').map((f) => x.sideKey(f.entity)));
      named.forEach((a, i) => {
        const b = named[i + 1];
        if (!b || !/^[-\u2013]$/.test(text.slice(a.end, b.at)) || !pairSession(kn).test(text.slice(b.end, s.end))) return;
        if (listed.size >= 2 && ![a, b].every((c) => listed.has(x.sideKey(c.cue)))) return;
        for (const c of [a, b]) if (!inDateline(c.at)) facts.push({ rule: 'facts:party-pair-before-session', kind: 'party', round: r, entity: c.cue, evidence: span(c.at, c.end) });
      });
    }
    if (s.cues.length && !s.heading) {
      const { at, from, subject } = sessionSubject(x, s);
      /** The bodies of a span, as sides (no outlet). */
      const orgsIn = (a: number, b: number) => s.mentions.filter((m) => m.type === 'Organization' && !isMedia(m) && m.start >= a && m.end <= b).map((m) => ({ cue: sideCue(m), at: m.start, end: m.end }));
      if (kn.lexicons.clauses.coordinators.test(subject) && !kn.lexicons.clauses.notSubject.test(subject) && subject.split(/\s+/).length <= 24) {
        // (not two countries a hyphen joins before a noun of war, "since the outbreak of the Russia-Ukraine conflict", nor
        // the country a war is in, "ending the conflict in Ukraine", nor one named alone before such a noun, "the two
        // parties to the Western Sahara conflict, A and B", where no list runs into it: "A and B conflict" names no war)
        const listedBefore = new RegExp(String.raw`(?:,|\b(?:${kn.lexicons.clauses.itemConjunctions.source}))\s*$`, 'i');
        const ofWar = (c: Side) =>
          (warPairAfter(kn).test(text.slice(c.end, c.end + 30)) && (/^[-\u2013]/.test(text.slice(c.end, c.end + 1)) || /[-\u2013]$/.test(text.slice(c.at - 1, c.at)) || !listedBefore.test(text.slice(Math.max(s.start, c.at - 8), c.at)))) ||
          warInBefore(kn).test(text.slice(Math.max(s.start, c.at - 30), c.at));
        // (nor a demonym that names a place, "in the Kazakh city of Almaty", "the Kazakh capital")
        const ofPlace = (c: Side) => cityNounAfter(kn).test(text.slice(c.end, c.end + 24));
        const sides = withCommonSides(x, s, from, at, [...countriesIn(s, from, at), ...orgsIn(from, at)])
          .filter((c) => !sponsoredBy(kn).test(text.slice(c.end, c.end + 14)) && !ofWar(c) && !ofPlace(c))
          .sort((a, b) => a.at - b.at);
        if (sides.length >= 2) for (const c of sides) if (!inDateline(c.at) && !ownsBody(s, c.end)) facts.push({ rule: 'facts:party-sides-that-meet', kind: 'party', round: r, entity: c.cue, evidence: span(c.at, c.end) });
      }
      // "A and B have agreed to a ceasefire after week-long talks": where the session word stands in an adjunct after the
      // main clause, the sides that met are the main clause's subject, up to its verb (clauses.json sessionAdjuncts).
      const adjunct = sessionAdjunctBefore(kn).exec(text.slice(s.start, at));
      if (adjunct && !facts.slice(factsAt).some((f) => f.rule === 'facts:party-sides-that-meet')) {
        const adjAt = s.start + adjunct.index;
        const mainFrom = s.start + subjectStart(text.slice(s.start, adjAt), kn);
        const verbAt = x.verbsAt[s.index]!.find((v) => v > mainFrom && v < adjAt);
        const main = verbAt !== undefined ? text.slice(mainFrom, verbAt) : '';
        if (main && kn.lexicons.clauses.coordinators.test(main) && !kn.lexicons.clauses.notSubject.test(main) && main.split(/\s+/).length <= 16 && !s.mentions.some((m) => m.type === 'Person' && m.start >= mainFrom && m.end <= verbAt!)) {
          const sides = withCommonSides(x, s, mainFrom, verbAt!, [...countriesIn(s, mainFrom, verbAt!), ...orgsIn(mainFrom, verbAt!)]).sort((a, b) => a.at - b.at);
          if (sides.length >= 2) for (const c of sides) if (!inDateline(c.at) && !ownsBody(s, c.end)) facts.push({ rule: 'facts:party-subject-before-session', kind: 'party', round: r, entity: c.cue, evidence: span(c.at, c.end) });
        }
      }
      // "Germany, the UK and France met in Geneva on Tuesday with Iran", "Russia held talks with Ukraine": where the
      // subject names a side, the sides named right after the session's partner word (facts.json meetingPartners) meet
      // as well, and so does the subject (not one named there as a mediator or host).
      const partner = partnerAfterCue(kn).exec(text.slice(s.cues[0]!.end, s.end));
      if (partner) {
        const listAt = s.cues[0]!.end + partner.index + partner[0].length;
        // (names joined by commas and list joiners, facts.json listJoiners: "with Iran", "with Chile and Peru")
        const list = namesList(kn).exec(text.slice(listAt, s.end));
        const listEnd = listAt + (list?.[0].trimEnd().length ?? 0);
        const subjectSides = withCommonSides(x, s, from, at, [...countriesIn(s, from, at), ...orgsIn(from, at)]);
        // (not a body or country that opens an official's title, "with the UN Secretary-General", "with the UK Minister for Europe")
        const partners = list && !kn.lexicons.mediatorCues.test(text.slice(listEnd, listEnd + 30)) ? withCommonSides(x, s, listAt, listEnd, [...countriesIn(s, listAt, listEnd), ...orgsIn(listAt, listEnd)]).filter((c) => !opensWithTitle(text.slice(c.end, c.end + 40).split(/[,;]|\.(?:\s|$)/)[0]!, kn)) : [];
        if (subjectSides.length && partners.length && !s.mentions.some((m) => m.type === 'Person' && m.start >= from && m.end <= at))
          for (const c of [...subjectSides, ...partners]) if (!inDateline(c.at) && !ownsBody(s, c.end)) facts.push({ rule: 'facts:party-met-with', kind: 'party', round: r, entity: c.cue, evidence: span(c.at, c.end) });
      }
      // "The United States has participated indirectly in the ongoing talks": the subject of a verb of taking part in
      // the session is a side.
      const part = lexExec(kn, s, kn.lexicons.facts.participation);
      if (part && s.start + part.index < at && at - (s.start + part.index + part[0].length) <= 40 && !denied(kn).test(s.text.slice(0, part.index))) {
        const verbAt = s.start + part.index;
        const subjFrom = s.start + subjectStart(s.text.slice(0, part.index), kn);
        const sides = [...countriesIn(s, subjFrom, verbAt), ...orgsIn(subjFrom, verbAt)];
        // Only a subject that is itself the side ("The United States has …"), not a person's title ("US envoy NAME").
        if (!s.mentions.some((m) => m.type === 'Person' && m.start >= subjFrom && m.end <= verbAt))
          for (const c of sides) if (!inDateline(c.at) && !ownsBody(s, c.end)) facts.push({ rule: 'facts:party-takes-part', kind: 'party', round: r, entity: c.cue, evidence: span(c.at, c.end) });
      }
    }
  },
};

export const accordSides: FactStep = {
  name: 'accord-sides',
  reason: "Where nothing else in a report names the sides of its session, an accord it tells of between two sides or more ('announced a ceasefire agreement between A and B') names them: the talks' sides are the accord's.",
  document(x) {
    const { text, facts, sents, kn, span, countriesIn, sideCue, isMedia } = x;
    if (facts.some((f) => f.kind === 'party')) return;
    for (const s of sents) {
      const m = lexExec(kn, s, accordBetween(kn));
      if (!m) continue;
      const from = s.start + m.index + m[0].length;
      const to = sidesEnd(x, s, from);
      const named = [...countriesIn(s, from, to), ...s.mentions.filter((o) => o.type === 'Organization' && !isMedia(o) && o.start >= from && o.end <= to).map((o) => ({ cue: sideCue(o), at: o.start, end: o.end }))].sort((a, b) => a.at - b.at);
      // (two sides or more, joined as a list: facts.json listJoiners)
      if (named.length < 2 || !listJoin(kn).test(text.slice(named[0]!.end, named[1]!.at))) continue;
      for (const c of named) facts.push({ rule: 'facts:party-accord-between', kind: 'party', round: s.round, entity: c.cue, evidence: span(c.at, c.end) });
      return;
    }
  },
};

export const sessionMembers: FactStep = {
  name: 'session-members',
  reason: 'The people a sentence on the round seats at the table: the subject of the session ("ADJ TITLE NAME and ADJ TITLE NAME held talks"), the one "talks with" reach, the people "between" names.',
  sentence(x, s, st) {
    const { kn, text, facts, phraseEnd, span, cueOf, countriesIn, membersOfTheirTitles, sidesIn, syncMembers, memberStarts } = x;
    const session = sessionOf(x, s);
    if (!session) return;
    const { r } = session;
    // (a plain session word too, in an article that numbers one round: "A and B are again leading the discussions")
    const said = s.cues;
    if (!said.length || s.heading) return;
    const { at: cueAt, from, subject } = sessionSubject(x, s, said);
    // The subject ends at its verb: "the two delegations thanked Secretary NAME for hosting the meeting" seats no NAME.
    const verb = x.verbsAt[s.index]!.find((v) => v > from && /^[a-z]+(?<!ing)\b/.test(text.slice(v, v + 30)));
    const at = Math.min(cueAt, verb ?? Infinity);
    // A subject that comments on the session or stays away does not sit at it: "NAME expressed optimism about the talks"
    // (facts.json stanceVerbs, the verb or the one after its auxiliary).
    if (verb !== undefined && verb < cueAt && stanceVerb(kn).test(text.slice(verb, verb + 30))) return;
    if (kn.lexicons.clauses.coordinators.test(subject) && !kn.lexicons.clauses.notSubject.test(subject) && subject.split(/\s+/).length <= 24) {
      // "… the first talks since TITLE NAME and TITLE NAME met in June": the people of an earlier session.
      if (!kn.lexicons.facts.countsFrom.test(subject) && !kn.lexicons.recallingClauses.test(subject)) membersOfTheirTitles(s, from, at, r, 'facts:member-subject-of-session');
    } else if (!kn.lexicons.clauses.notSubject.test(subject) && !kn.lexicons.speechVerbs.test(subject)) {
      // One person as the subject ("UK Brexit secretary NAME arrived … to begin the second round"): a member where
      // the title names a side.
      const people = s.mentions.filter((m) => m.type === 'Person' && m.start >= from && m.end <= at && !/^[’']s\b/.test(text.slice(m.end, m.end + 3)));
      const own = people.length === 1 ? countriesIn(s, Math.max(from, lastSeparator(text, from, people[0]!.start, s.mentions, kn)), people[0]!.start).at(-1) : undefined;
      // "ADJ Vice President NAME inaugurated the talks between A and B": one whose country is none of the two or more
      // sides the sentence names opens the session as its host.
      const sides = new Set(facts.slice(st.first).filter((f) => f.kind === 'party').map((f) => x.sideKey(f.entity)));
      if (own && sides.size >= 2 && !sides.has(x.sideKey(own.cue))) {
        facts.push({ rule: 'facts:mediator-opens-session', kind: 'mediator', round: r, entity: x.cueOf(people[0]!), evidence: span(people[0]!.start, people[0]!.end) });
        facts.push({ rule: 'facts:mediator-opens-session', kind: 'mediator', round: r, entity: own.cue, evidence: span(own.at, own.end) });
      } else if (own) membersOfTheirTitles(s, from, at, r, 'facts:member-subject-of-session', true);
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
      const role = roleOf(text, withEnd, p, segEnd, kn, s.mentions, x.verbsAt[s.index]);
      const cleaned = role ? cleanRole(role.text, kn) : '';
      facts.push({
        rule: 'facts:member-talks-with',
        kind: 'member',
        round: r,
        entity: cueOf(p),
        ...(own ? { party: own.cue } : { opposite: cueOf(lead!) }),
        // (no role where cleanRole leaves none: "his Peruvian counterpart NAME")
        ...(role && cleaned ? { role: cleaned, roleSource: role.apposition ? ('apposition' as const) : ('title' as const) } : {}),
        head: false,
        evidence: span(withEnd, Math.max(p.end, segEnd)),
      });
    }
    const between = lexExec(kn, s, kn.lexicons.facts.betweenWords);
    // "a meeting between Serbian President NAME and Kosovo Prime Minister NAME": the same, after "between".
    // (not a meeting only wished for: "eager to schedule a meeting between NAME and NAME")
    if (!between || wishBefore(kn).test(s.text.slice(Math.max(0, between.index - 60), between.index))) return;
    // (nor, in a report of the round met, one only planned: "preparations are underway for a meeting between NAME and NAME"
    // is another meeting)
    if (said.every((c) => c.status === 'planned' || c.status === 'announced') && x.cues.some((c) => c.round === r && c.status === 'held')) return;
    const listFrom = s.start + between.index + between[0].length;
    const listTo = sidesEnd(x, s, s.start + between.index);
    const before = facts.length;
    membersOfTheirTitles(s, listFrom, listTo, r, 'facts:member-between');
    // "Talks between NAME and NAME": two people with no title or country of their own sit across the table from each
    // other (their sides may come from another report).
    const people = s.mentions.filter((m) => m.type === 'Person' && m.start >= listFrom && m.end <= listTo);
    if (people.length !== 2 || facts.length > before) return;
    for (const [p, q] of [people, [...people].reverse()] as Array<[Mention, Mention]>)
      facts.push({ rule: 'facts:member-between', kind: 'member', round: r, entity: cueOf(p), opposite: cueOf(q), head: false, evidence: span(p.start, p.end) });
  },
};
