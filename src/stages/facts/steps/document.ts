/**
 * The steps that run once all sentences are read: spans of many-day sessions, caption lines, background days, the
 * dateline's city, quotes, shared titles and empty roles.
 */
import type { Doc, Fact, Mention, RoundCue } from '../../../model/schema.js';
import { aliasKey, type Knowledge } from '../../../knowledge/knowledge.js';
import { daysOf, groupKey } from '../../rounds.js';
import { DAY, titledRoleAfter, titledRoleBefore, countsSessions, durationLed, listJoin, pluralTitle, pluralTitleEnd, placedIn, anaphorOpening, freshDeterminer, freshModifier, recallingMeeting, personPronoun, recallingOpener, resumedAfterGap, scareQuote, endedAfter } from '../patterns.js';
import { quotesIn, speakerOf } from '../text.js';
import type { FactStep } from './step.js';
import type { Sent } from '../text.js';
import { lowerBound, startOf } from '../../../text/sorted.js';
import { lexTest } from '../../../knowledge/gate.js';

export const sessionSpan: FactStep = {
  name: 'session-span',
  reason: 'A session of many days ("13 days of talks", "the nine-day negotiations", "the meeting, held over two days") with the day it began or ended, or the day its outcome was told, gives its span, inferred.',
  document(x) {
    const { kn, text, sents, facts, anchorTime, captionLine, SESSION_DURATION, REPORT_DAY, sentenceText, span } = x;
    // A session of many days: "13 days of talks", "the nine-day negotiations" with the day it ended ("concluded Tuesday")
    // give its first day (B7): the span, inferred.
    for (const s of sents) {
      if (captionLine[s.index]) continue;
      for (const m of s.mentions) {
        const d = m.type === 'Date' && m.value ? /^P(\d+)([DW])$/.exec(m.value) : null;
        // (or a session the sentence names before: "the meeting, held over two days"; facts.json durationLeads)
        const led = !!d && s.cues.length > 0 && durationLed(kn).test(text.slice(Math.max(s.start, m.start - 24), m.start));
        if (!d || (!led && !SESSION_DURATION.test(text.slice(m.end, m.end + 40)))) continue;
        const days = Number(d[1]) * (d[2] === 'W' ? 7 : 1);
        if (days < 2 || days > 31) continue;
        const known = facts
          .filter((f) => f.kind === 'held' && groupKey(f) === s.round && /^\d{4}-\d{2}-\d{2}/.test(f.value ?? '') && (anchorTime === undefined || Date.parse(f.value!.slice(0, 10)) <= anchorTime + DAY))
          .map((f) => f.value!.slice(0, 10))
          .sort();
        // A session the sentence measures with no day of its own ends on or before the day the report says its outcome
        // was told ("NAME said on Tuesday that the meeting, held over two days, had made progress").
        const toldOn = led && !known.length ? s.mentions.find((o) => o.type === 'Date' && o.end <= m.start && /^\d{4}-\d{2}-\d{2}$/.test(o.value ?? '') && REPORT_DAY.before.test(text.slice(Math.max(s.start, o.start - 40), o.start)) && (anchorTime === undefined || Date.parse(o.value!) <= anchorTime + DAY)) : undefined;
        if (toldOn) {
          const to = toldOn.value!;
          const from = new Date(Date.parse(to) - (days - 1) * DAY).toISOString().slice(0, 10);
          facts.push({ rule: 'facts:session-duration', kind: 'held', round: s.round, value: `${from}/${to}`, inferred: `${m.text}, ending on or before ${to}, the day its outcome was told`, evidence: span(toldOn.start, m.end) });
          continue;
        }
        // (a session measured as over, with no day in the report: "A and B have agreed to a truce after week-long talks";
        // its length, kept for the day the round's other reports give it ended on, stage briefs)
        if (!known.length && !toldOn && endedAfter(kn).test(text.slice(Math.max(s.start, m.start - 24), m.start)) && s.cues.some((c) => c.status === 'held'))
          facts.push({ rule: 'facts:session-duration-ending', kind: 'held', round: s.round, value: `P${days}D`, inferred: `${m.text}, ending on the last day the round's reports give`, evidence: span(m.start, m.end) });
        if (!known.length) continue;
        // "four-day talks begin on Monday": the span runs from the first day; "concluded after 13 days of talks", to the
        // last day said. A duration that says neither gives no span.
        const forward = lexTest(kn, s, kn.lexicons.facts.sessionBegins);
        if (!forward && !lexTest(kn, s, kn.lexicons.facts.sessionEnds) && !facts.some((f) => f.kind === 'held' && groupKey(f) === s.round && f.value?.slice(0, 10) === known.at(-1) && kn.lexicons.facts.sessionEnds.test(sentenceText(f.evidence.start)))) continue;
        const from = forward ? known[0]! : new Date(Date.parse(known.at(-1)!) - (days - 1) * DAY).toISOString().slice(0, 10);
        const to = forward ? new Date(Date.parse(known[0]!) + (days - 1) * DAY).toISOString().slice(0, 10) : known.at(-1)!;
        facts.push({ rule: 'facts:session-duration', kind: 'held', round: s.round, value: `${from}/${to}`, inferred: `${m.text} ${forward ? 'from' : 'ending'} ${forward ? from : to}`, evidence: span(m.start, m.end) });
      }
    }
  },
};

export const recalledOpeners: FactStep = {
  name: 'recalled-openers',
  reason: "A sentence that opens by setting itself well before the report ('Earlier this month, the leaders met in Munich'), or on a meeting not named before ('During a meeting with NAME in CITY on DATE, …'), tells of an earlier session, where the article reports its own elsewhere: its facts, and those of a next sentence that points back to it ('That meeting was mediated by …'), are background.",
  document(x) {
    const { doc, kn, sents, facts } = x;
    const opener = recallingOpener(kn);
    const meeting = recallingMeeting(kn);
    const told = new Set(doc.cues.map((c) => c.sentence));
    const recalled = new Map<number, number>();
    for (const s of sents) {
      if (told.has(s.index) && (lexTest(kn, s, opener) || meeting.test(s.text))) recalled.set(s.index, s.index + 1);
      // (the next sentence, pointing back: "That meeting …", "Those talks …")
      else if (recalled.has(s.index - 1) && !s.lineStart && anaphorOpening(kn).test(s.text)) recalled.set(s.index, recalled.get(s.index - 1)!);
    }
    // Only where the article tells of a session in another sentence.
    if (!recalled.size || ![...told].some((i) => !recalled.has(i))) return;
    for (const f of facts) {
      if (f.background) continue;
      const i = sents.find((s) => s.start <= f.evidence.start && f.evidence.start < s.end)?.index;
      const b = i === undefined ? undefined : recalled.get(i);
      if (b !== undefined) f.background = b;
    }
  },
};

/** Makes the facts of the given sentences (indices), those `which` keeps, background of the session each sentence tells. */
function markBackground(x: Parameters<NonNullable<FactStep['document']>>[0], sentences: Set<number>, which: (f: Fact) => boolean = () => true): void {
  for (const f of x.facts) {
    if (f.background || f.foreseen || !which(f)) continue;
    const i = x.sents.find((s) => s.start <= f.evidence.start && f.evidence.start < s.end)?.index;
    if (i !== undefined && sentences.has(i)) f.background = i + 1;
  }
}

export const preparatorySessions: FactStep = {
  name: 'preparatory-sessions',
  reason: "A sentence that tells of a session preparing a numbered round ('On March 3, a preparatory meeting for the 12th round took place in Cusco, with the co-chairs') gives the preparatory session's day, place and sides, not the round's, which is still to meet: its facts are background of that session (they join a round only where one met then and there).",
  document(x) {
    const prepared = new Set(x.doc.cues.filter((c) => c.prepared).map((c) => c.sentence));
    if (prepared.size) markBackground(x, prepared);
  },
};

export const resumedSeries: FactStep = {
  name: 'resumed-series',
  reason: "A sentence that says the talks started again after a stretch without them ('Direct talks resumed on May 16 after a more than three-year pause') tells of the series' restart, its first session after the gap: in a report of a later round the article numbers (the second, the third), its facts are background, not that round's.",
  document(x) {
    const { doc, kn, sents } = x;
    const re = resumedAfterGap(kn);
    const numbered = new Set(doc.cues.filter((c) => c.ordinal !== undefined).map((c) => c.sentence));
    const restart = new Set(sents.filter((s) => s.round >= 2 && !numbered.has(s.index) && lexTest(kn, s, re)).map((s) => s.index));
    if (restart.size) markBackground(x, restart);
  },
};

export const listedSessions: FactStep = {
  name: 'listed-sessions',
  reason: "One sentence that dates meetings on days weeks apart ('Both sides met in Geneva on March 3 and April 9') recounts several sessions, each of its own: each day, with the sentence's city, is background of its own (it joins the round that met then), not days of the session the article tells elsewhere.",
  document(x) {
    const { kn, text, doc, sents, facts, anchorTime, captionLine, NEAR_DAYS } = x;
    const told = new Set(doc.cues.map((c) => c.sentence));
    const numbered = new Set(doc.cues.filter((c) => c.ordinal !== undefined).map((c) => c.sentence));
    // (a background number of its own for each day after a sentence's first: above every sentence's own)
    let extra = sents.length;
    const within = (f: Fact, s: Sent) => s.start <= f.evidence.start && f.evidence.start < s.end;
    for (const s of sents) {
      if (captionLine[s.index] || numbered.has(s.index) || ![...told].some((i) => i !== s.index)) continue;
      const held = facts.filter((f) => f.kind === 'held' && !f.background && !f.foreseen && within(f, s) && /^(?:\d{4}|XXXX)-\d{2}-\d{2}$/.test(f.value ?? ''));
      // (days of one year: a day without its year is read in a leap year, so that February 29 is one)
      const dayOf = (f: Fact) => Date.parse(f.value!.replace('XXXX', '2000'));
      const days = [...new Set(held.map(dayOf))].sort((a, b) => a - b);
      // (all with their year or all without it, the latest on or before the report's day)
      const yearless = held.filter((f) => f.value!.startsWith('XXXX')).length;
      if (days.length < 2 || (yearless > 0 && yearless < held.length) || (anchorTime !== undefined && !yearless && days[days.length - 1]! > anchorTime + DAY)) continue;
      if (!days.slice(1).every((d, i) => d - days[i]! > NEAR_DAYS * DAY)) continue;
      const numberOf = new Map(days.map((d, i) => [d, i === 0 ? s.index + 1 : ++extra]));
      // (a count of the series' sessions with as many days as it counts: "Four rounds of talks followed, on January 4,
      // February 9, May 3 and July 1"; each day is a session of the series, counted)
      const counted = countsSessions(kn, text, s);
      for (const f of held) {
        f.background = numberOf.get(dayOf(f))!;
        if (counted) f.counted = true;
      }
      for (const v of facts.filter((f) => f.kind === 'venue' && !f.background && !f.foreseen && within(f, s))) {
        v.background = numberOf.get(days[0]!)!;
        for (const d of days.slice(1)) facts.push({ ...v, background: numberOf.get(d)! });
      }
    }
  },
};

export const launchedSeries: FactStep = {
  name: 'launched-series',
  reason: "A sentence that recalls the launch of the process or the body whose sittings are the talks ('The Andean Border Commission … was officially launched in Lima on March 3, 2029', 'the Initiative, launched on May 9') dates and places the series' first session, however long before the report: its day and city are background of their own, counted among the series' sessions, so that they join the round that met then or start one.",
  document(x) {
    const { kn, text, sents, facts, captionLine, span, cueOf, countryKind, cityState, launches } = x;
    for (const s of sents) {
      if (captionLine[s.index]) continue;
      const day = s.mentions.find((m) => m.type === 'Date' && /^\d{4}-\d{2}-\d{2}$/.test(m.value ?? '') && launches(s, m.start));
      if (!day) continue;
      const background = s.index + 1;
      // (the facts other steps read there, of a session the sentence does not tell, give way to these)
      for (let i = facts.length - 1; i >= 0; i--) {
        const f = facts[i]!;
        if ((f.kind === 'held' || f.kind === 'venue') && s.start <= f.evidence.start && f.evidence.start < s.end) facts.splice(i, 1);
      }
      facts.push({ rule: 'facts:launch-day', kind: 'held', round: 0, background, value: day.value!, counted: true, evidence: span(day.start, day.end) });
      // (its city: a place that is no country, right after "in" or "at", within the launch's words; clauses.json
      // placeLocatives)
      const city = s.mentions.find((m) => m.type === 'Place' && (countryKind(m) !== 'country' || cityState(m)) && placedIn(kn).test(text.slice(Math.max(s.start, m.start - 10), m.start)) && launches(s, m.start));
      if (city) facts.push({ rule: 'facts:launch-place', kind: 'venue', round: 0, background, entity: cueOf(city), evidence: span(city.start, city.end) });
    }
  },
};

export const pluperfectBackground: FactStep = {
  name: 'pluperfect-background',
  reason: "A sentence whose first verb is in the past perfect ('Both sides had signed a ceasefire in Doha on October 19') tells of what came before the events the report tells: its days and places are an earlier session's (background), where the article tells of a session in another sentence and the sentence numbers no round; not a past perfect after a verb of speech ('said they had agreed'), which reports the session; nor a session's beginning told after its end ('The talks had opened on Wednesday').",
  document(x) {
    const { doc, kn, sents, verbsAt } = x;
    const aux = kn.lexicons.clauses.pluperfectAuxiliaries;
    const told = new Set(doc.cues.map((c) => c.sentence));
    const numbered = new Set(doc.cues.filter((c) => c.ordinal !== undefined).map((c) => c.sentence));
    const earlier = new Set<number>();
    for (const s of sents) {
      if (numbered.has(s.index) || !aux.test(s.text)) continue;
      const first = verbsAt[s.index]![0];
      if (first === undefined) continue;
      const m = /^\S+/.exec(doc.text.slice(first))![0];
      // (the first verb is the auxiliary itself: its word, one token)
      if (!aux.test(m) || kn.lexicons.speechVerbs.test(doc.text.slice(s.start, first))) continue;
      // (followed by its participle: "had signed", "had been held"; not "had talks")
      const next = verbsAt[s.index]!.find((v) => v > first);
      if (next === undefined || !/^\s*(?:\p{L}+\s+){0,2}$/u.test(doc.text.slice(first + m.length, next))) continue;
      // (not a session's beginning told after its end: "concluded talks on Thursday. The talks had opened on Wednesday";
      // facts.json sessionBegins)
      const begins = kn.lexicons.facts.sessionBegins;
      begins.lastIndex = 0;
      const b = begins.exec(doc.text.slice(next, s.end));
      if (b && b.index === 0 && s.cues.length) continue;
      earlier.add(s.index);
    }
    if (!earlier.size || ![...told].some((i) => !earlier.has(i))) return;
    markBackground(x, earlier, (f) => f.kind === 'held' || f.kind === 'venue');
  },
};

export const numberedRoundDays: FactStep = {
  name: 'numbered-round-days',
  reason: "In one report a day is one round's: a day the report gives a numbered round by its date, in the sentence that numbers the round ('The first round of talks was held on October 14'), is not also a day of another of its rounds read more weakly: by a weekday read against a day of the text itself where no publication day anchors the report ('will meet on Wednesday for the second round', read from October 14), or by a sentence that numbers no round (a photo's caption of the talks, 'October 14, 2020').",
  document(x) {
    const { doc, facts } = x;
    const weekdayAt = new Set(doc.mentions.filter((m) => m.type === 'Date' && (m.rule === 'dates:weekday' || m.rule === 'dates:weekday-pair')).map((m) => m.start));
    // (a single weekday so read the rounds stage dates by the round's other reports; a pair of them it does not)
    const pairAt = new Set(doc.mentions.filter((m) => m.type === 'Date' && m.rule === 'dates:weekday-pair').map((m) => m.start));
    const sentenceOf = (f: Fact) => doc.sentences.findIndex((s) => s.start <= f.evidence.start && f.evidence.start < s.end);
    const numbers = (f: Fact) => {
      const k = sentenceOf(f);
      return doc.cues.some((c) => c.sentence === k && c.ordinal === f.round);
    };
    const dated = (f: Fact) => (f.kind === 'held' || f.kind === 'planned') && groupKey(f) === f.round && f.round > 0 && daysOf(f.value ?? '').length > 0;
    /** Each day, the rounds the report gives it by its date in the sentence that numbers them. */
    const told = new Map<string, Set<number>>();
    for (const f of facts)
      if (dated(f) && !weekdayAt.has(f.evidence.start) && numbers(f))
        for (const d of daysOf(f.value!)) (told.get(d) ?? told.set(d, new Set()).get(d)!).add(f.round);
    if (!told.size) return;
    const readFromText = doc.anchor?.source !== 'published';
    for (let i = facts.length - 1; i >= 0; i--) {
      const f = facts[i]!;
      if (!dated(f) || !((readFromText && pairAt.has(f.evidence.start)) || !numbers(f))) continue;
      if (daysOf(f.value!).some((d) => [...(told.get(d) ?? [])].some((r) => r !== f.round))) facts.splice(i, 1);
    }
  },
};

export const captionLines: FactStep = {
  name: 'caption-lines',
  reason: "A photo caption line describes a photograph, not the session: it gives no fact but a negotiator named by title and, where it names a session, the building the photograph was taken at ('… speaks after the third round of talks at X palace'). A line that ends in a photographer's or agency's credit seats no one at the session either (the photograph may be of another meeting: 'NAME meets with NAME in the palace last September. AGENCY'); its days and places stay, as such a photograph is often of the talks.",
  document(x) {
    const { doc, facts, captionLine, creditLine } = x;
    for (let i = facts.length - 1; i >= 0; i--) {
      const f = facts[i]!;
      const k = doc.sentences.findIndex((x) => x.start <= f.evidence.start && f.evidence.start < x.end);
      // (the building of a caption that names a session, "… after the third round of talks at X palace", is kept)
      if (k >= 0 && captionLine[k] && f.rule !== 'facts:member-negotiator-title' && !(f.kind === 'facility' && doc.cues.some((c) => c.sentence === k))) facts.splice(i, 1);
      else if (k >= 0 && creditLine[k] && f.kind === 'member' && f.rule !== 'facts:member-negotiator-title') facts.splice(i, 1);
    }
  },
};

export const recentDays: FactStep = {
  name: 'recent-days',
  reason: "A round's held days lie close together: older days in the same article, and the venues and people of their sentences, are background (an earlier meeting, a past agreement).",
  document(x) {
    const { doc, facts, anchorTime, RECENT_DAYS, NEAR_DAYS } = x;
    // An unnumbered session is the latest the article reports: its held days lie within a week of the last one (on or
    // before publication); older days in the same article are background (an earlier meeting, a past agreement).
    // The same holds, over the weeks a numbered round may last, for each round an article numbers: "the second summit,
    // in Hanoi on Wednesday, eight months after the first in Singapore last June" gives the second round Wednesday, not
    // June, nor Singapore, whose sentence speaks of the earlier round.
    {
      // In an article with no day to anchor it, days have no year ("May 10" is XXXX-05-10): they are compared within one
      // year (a leap year, so that February 29 is a day).
      const valueOf = (f: Fact) => (anchorTime === undefined ? (f.value ?? '').replace(/XXXX/g, '2000') : f.value ?? '');
      const dayOf = (f: Fact) => (/^\d{4}-\d{2}-\d{2}/.test(valueOf(f)) ? Date.parse(valueOf(f).slice(0, 10)) : NaN);
      /** The last day a value can stand for: the day, the month's last day, or a span's last day. */
      const lastDayOf = (f: Fact) => {
        const m = /^(\d{4})-(\d{2})$/.exec(valueOf(f));
        const range = /^\d{4}-\d{2}-\d{2}\/(\d{4}-\d{2}-\d{2})$/.exec(valueOf(f));
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
        // So are the people who met then ("President A met Prime Minister B in July", in a report of August), where the
        // sentence gives the round no day of its own.
        const keptDays = new Set(facts.filter((f) => f.kind === 'held' && groupKey(f) === key).map((f) => sentenceOf(f.evidence.start)));
        for (let i = facts.length - 1; i >= 0; i--) {
          const at = sentenceOf(facts[i]!.evidence.start);
          if (facts[i]!.kind === 'member' && groupKey(facts[i]!) === key && background.has(at) && !keptDays.has(at)) facts.splice(i, 1);
        }
      }
    }
  },
};

export const otherCityDays: FactStep = {
  name: 'other-city-days',
  reason: "A report places its round in the city it names first for it: a later sentence that dates a meeting in another city, and names no round, tells of another meeting ('NAME, who held talks with NAME in CITY last month'); its days and its city are not the round's.",
  document(x) {
    const { doc, facts, countryKind } = x;
    const sentenceOf = (at: number) => doc.sentences.findIndex((s) => s.start <= at && at < s.end);
    const cityOf = (f: Fact): string | undefined => {
      const m = f.entity?.mention;
      if (!m) return undefined;
      const mention = doc.mentions.find((x) => x.start === m.start && x.end === m.end);
      return mention && countryKind(mention) !== 'country' ? aliasKey(mention.text) : undefined;
    };
    const numbered = new Set(doc.cues.filter((c) => c.ordinal !== undefined).map((c) => c.sentence));
    for (const key of new Set(facts.filter((f) => f.kind === 'venue').map(groupKey))) {
      const venues = facts.filter((f) => f.kind === 'venue' && groupKey(f) === key).sort((a, b) => a.evidence.start - b.evidence.start);
      const first = venues.map(cityOf).find((c) => c !== undefined);
      if (first === undefined) continue;
      const elsewhere = new Set<number>();
      for (const f of venues) {
        const at = sentenceOf(f.evidence.start);
        if (numbered.has(at) || cityOf(f) === undefined || cityOf(f) === first) continue;
        // (every city of the sentence another one)
        if (venues.some((g) => sentenceOf(g.evidence.start) === at && cityOf(g) === first)) continue;
        elsewhere.add(at);
      }
      if (!elsewhere.size) continue;
      for (let i = facts.length - 1; i >= 0; i--) {
        const f = facts[i]!;
        if ((f.kind === 'held' || f.kind === 'venue') && groupKey(f) === key && elsewhere.has(sentenceOf(f.evidence.start))) facts.splice(i, 1);
      }
    }
  },
};

/** Whether a session word is introduced as a session not named before: "an informal meeting", "a GBC meeting"
 * (events.json freshDeterminers, with freshModifierTags between). */
function freshSession(doc: Doc, kn: Knowledge, cue: RoundCue): boolean {
  let i = lowerBound(doc.tokens, cue.start, startOf) - 1;
  for (let n = 0; i >= 0 && n < 6; i--, n++) {
    const t = doc.tokens[i]!;
    if (freshModifier(kn).test(t.pos) || /^[\u2010\u2011-]$/.test(t.text)) continue;
    return freshDeterminer(kn).test(t.text);
  }
  return false;
}

export const foreseenSessions: FactStep = {
  name: 'foreseen-sessions',
  reason:
    "A report of a session held that announces a new one ('the leaders agreed to convene an informal meeting of commanders tomorrow', 'will hold a meeting of the border committee on Monday') on a day after its own, or tells of one called off on a day before ('a planned meeting in Rome on May 2 was cancelled'), tells of another session: the days and places its sentence gives are that session's, which joins the round that meets then or is a planned round of its own; the sides that agreed it are its sides, inferred.",
  document(x) {
    const { doc, kn, sents, facts } = x;
    const dayOf = (f: Fact) => (/^(?:\d{4}|XXXX)-\d{2}-\d{2}/.test(f.value ?? '') ? Date.parse(f.value!.slice(0, 10).replace(/^XXXX/, '2000')) : NaN);
    // (the planned days by sentence, read once; most sentences give none)
    const plannedIn = new Map<Sent, Fact[]>();
    /** The session already foreseen on a day, by the round that foresees it and the day. */
    const foreseenOn = new Map<string, number>();
    for (const f of facts)
      if (f.kind === 'planned' && !f.background) {
        const s = sents[lowerBound(sents, f.evidence.start + 1, startOf) - 1];
        if (s) plannedIn.set(s, [...(plannedIn.get(s) ?? []), f]);
      }
    for (const [s, planned] of plannedIn) {
      // (or a session word said to meet again, "the delegations would meet again in Istanbul on October 25", in a report
      // that tells of a session held in another sentence, dated or not; events.json repeatWords)
      const again = (c: RoundCue) => kn.lexicons.events.repeatWords.test(doc.text.slice(c.end, Math.min(s.end, c.end + 40))) && doc.cues.some((o) => o.sentence !== s.index && o.status === 'held');
      // (or a session of its own that was called off, on a day before the report's: "A planned meeting between A and B in
      // CITY on May 2 was cancelled", in a report of their meeting on May 16)
      const off = (c: RoundCue) => (c.status === 'cancelled' || c.status === 'postponed') && freshSession(doc, kn, c);
      const cue = doc.cues.find((c) => c.sentence === s.index && c.ordinal === undefined && (((c.status === 'planned' || c.status === 'announced') && (freshSession(doc, kn, c) || again(c))) || off(c)));
      if (!cue) continue;
      const key = planned[0]!.round;
      // (only where the report tells of a session held before those days: a preview's planned day is its own session's)
      const held = facts.filter((f) => f.kind === 'held' && !f.upTo && groupKey(f) === key).map(dayOf).filter(Number.isFinite);
      if (!held.length && !again(cue)) continue;
      const last = held.length ? Math.max(...held) : -Infinity;
      const first = held.length ? Math.min(...held) : Infinity;
      const ahead = planned.filter((f) => f.round === key && (dayOf(f) > last || (off(cue) && dayOf(f) < first - x.NEAR_DAYS * DAY)));
      if (!ahead.length) continue;
      // (a session told again in a later sentence, on a day an earlier one gave it, is the same one: "will resume on
      // Monday … the talks will resume officially on Monday, November 18")
      const told = ahead.map((f) => foreseenOn.get(`${key}@${f.value}`)).find((n) => n !== undefined);
      const foreseen = told ?? s.index + 1;
      for (const f of ahead) {
        f.foreseen = foreseen;
        foreseenOn.set(`${key}@${f.value}`, foreseen);
      }
      // (a session called off takes its word with it: its status is not the held session's)
      if (off(cue)) for (const c of x.cues) if (c.start === cue.start && c.end === cue.end) c.round = groupKey({ round: key, foreseen });
      for (const f of facts) if ((f.kind === 'venue' || f.kind === 'facility') && groupKey(f) === key && f.evidence.start >= s.start && f.evidence.start < s.end) f.foreseen = foreseen;
      // The sides that agreed to meet are the sides of the meeting, where the sentence names none of its own.
      if (facts.some((f) => f.kind === 'party' && f.evidence.start >= s.start && f.evidence.start < s.end)) continue;
      const sides = new Map<string, Fact>();
      const sideOf = (f: Fact) => f.entity!.country ?? f.entity!.side ?? (f.entity!.mention ? doc.text.slice(f.entity!.mention.start, f.entity!.mention.end) : '');
      for (const f of facts) if (f.kind === 'party' && groupKey(f) === key && f.entity && !sides.has(sideOf(f))) sides.set(sideOf(f), f);
      for (const f of sides.values()) facts.push({ ...f, rule: 'facts:foreseen-sides', foreseen, inferred: 'a side of the session that agreed to meet' });
    }
  },
};

export const datelineVenue: FactStep = {
  name: 'dateline-venue',
  reason: "The dateline's city is where the reporter is, most often the venue: the venue of the article's own round when no sentence names one.",
  document(x) {
    const { doc, kn, text, sents, current, facts, dateline, span, cueOf, isMedia, countryKind } = x;
    // The dateline's city is where the reporter is, most often the venue: the venue of the article's own round when
    // no sentence names one.
    if (dateline) {
      const main = current;
      const city = doc.mentions.find((m) => m.start >= dateline.start && m.end <= dateline.cityEnd && m.type === 'Place' && countryKind(m) !== 'country' && !isMedia(m));
      // (not where a sentence on that round places it in another country: "ISLAMABAD – … talks in Türkiye tomorrow")
      const home = city && [city.text, city.text.toLowerCase()].map((t) => kn.aliases.get(aliasKey(t))?.find((e) => e.type === 'Place' && e.country)?.country).find(Boolean);
      const elsewhere = (s: Sent) =>
        s.cues.some((c) => c.round === main) &&
        s.mentions.some((m) => {
          if (m.type !== 'Place' || countryKind(m) !== 'country' || !placedIn(kn).test(text.slice(Math.max(s.start, m.start - 40), m.start))) return false;
          const country = kn.aliases.get(aliasKey(m.text))?.find((e) => e.type === 'Place' && e.kind === 'country')?.name;
          return !!home && !!country && country !== home;
        });
      // (a dateline's longer form of a city the text names by its first word, "NOORDWIJK AAN ZEE" beside "Noordwijk",
      // "FRANKFURT AM MAIN" beside "Frankfurt": the city as the text names it)
      const first = city ? city.text.split(/\s+/)[0]!.toLowerCase() : '';
      const named = city && city.text.includes(' ') ? doc.mentions.find((m) => m.type === 'Place' && (m.end <= dateline.start || m.start >= dateline.end) && m.text.toLowerCase() === first) : undefined;
      if (city && !facts.some((f) => f.kind === 'venue' && f.round === main && !f.background) && !sents.some(elsewhere)) facts.push({ rule: 'facts:venue-dateline', kind: 'venue', round: main, entity: cueOf(named ?? city), evidence: span(city.start, city.end) });
    }
  },
};

/**
 * The person a quote's role noun speaks of ("said the Peruvian trade minister", "the trade minister told …"): the one
 * named last before the quote whose title, in the words before their name, holds the role's words (a demonym there
 * or its country's name).
 */
function titledSpeaker(x: Parameters<NonNullable<FactStep['document']>>[0], verbAt: number, verbEnd: number, before: number): Mention | undefined {
  const { doc, kn, text } = x;
  const from = text.lastIndexOf('\n', verbAt) + 1;
  const lead = titledRoleBefore(kn).exec(text.slice(Math.max(from, verbAt - 80), verbAt));
  const trail = titledRoleAfter(kn).exec(text.slice(verbEnd, verbEnd + 80));
  const role = (trail ?? lead)?.[1]?.trim();
  if (!role) return undefined;
  const words = role.toLowerCase().split(/\s+/);
  if (!kn.lexicons.titleLastWords.has(words.at(-1)!)) return undefined;
  const countryOf = (w: string) => kn.lexicons.demonymCountry.get(w.charAt(0).toUpperCase() + w.slice(1));
  const holds = (title: string, w: string) => {
    const country = countryOf(w);
    return title.includes(w) || (!!country && title.includes(country.toLowerCase()));
  };
  const people = doc.mentions.filter((m) => m.type === 'Person' && m.end <= before);
  for (let i = people.length - 1; i >= 0; i--) {
    const p = people[i]!;
    const title = text.slice(Math.max(0, p.start - 60), p.start).split(/[.;\n]/).at(-1)!.toLowerCase();
    if (words.every((w) => holds(title, w))) return p;
  }
  return undefined;
}

export const quotes: FactStep = {
  name: 'quotes',
  reason: 'Direct quotes with their speakers, found in the whole text (a quote may run over several sentences); a pronoun that opens the sentence speaks for the person named in the sentence before, a role noun ("said the trade minister") for the person named before with that title; who hears the words ("told the Harbor Ledger") is no speaker.',
  document(x) {
    const { doc, kn, text, sents, facts, cueOf } = x;
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
      if (scareQuote(kn).test(lead) && !kn.lexicons.speechVerbs.test(lead.split(/\s+/).slice(-3).join(' '))) continue;
      let speaker = speakerOf(around, first.start + speech.index, q, kn);
      // "He noted, “…”": the pronoun's person is the last one named in the sentence before.
      if (!speaker && personPronoun(kn).test(first.text) && first.index > 0) speaker = sents[first.index - 1]!.mentions.filter((m) => m.type === 'Person').at(0);
      // "“…,” said the Peruvian trade minister": the person named before with that title.
      if (!speaker) speaker = titledSpeaker(x, first.start + speech.index, first.start + speech.index + speech[0].length, q.start);
      facts.push({ rule: 'facts:quote', kind: 'quote', round: first.round, text: q.text, ...(speaker ? { entity: cueOf(speaker) } : {}), evidence: q });
    }
  },
};

export const sharedTitles: FactStep = {
  name: 'shared-titles',
  reason: 'A title the article gives two sides\' people together ("the foreign ministers of A and B", "the A and B foreign ministers") is the role of a member of either side that no passage gives a role.',
  document(x) {
    const { kn, text, sents, facts, countriesIn, sideKey } = x;
    if (!facts.some((f) => f.kind === 'member' && !f.role && f.party)) return;
    const titleOf = new Map<string, string>();
    for (const s of sents) {
      if (!pluralTitleEnd(kn).test(s.text)) continue;
      // (a plural title, the longest: "foreign ministers", not "ministers"; then the countries after "of", or the
      // demonyms right before it)
      for (const hit of s.text.matchAll(pluralTitle(kn))) {
        const title = hit[1]!;
        const end = s.start + hit.index! + hit[0].length;
        const start = end - title.length - 1;
        const of = /^\s+of\s+/.exec(text.slice(end, end + 5));
        const sides = of
          ? countriesIn(s, end, Math.min(s.end, end + 60)).filter((c, i, all) => i === 0 ? c.at === end + of[0].length : listJoin(kn).test(text.slice(all[i - 1]!.end, c.at)))
          : countriesIn(s, Math.max(s.start, start - 60), start).filter((c, i, all) => (i === all.length - 1 ? /^\s+$/.test(text.slice(c.end, start)) : listJoin(kn).test(text.slice(c.end, all[i + 1]!.at))));
        if (sides.length < 2) continue;
        for (const c of sides) {
          const key = sideKey(c.cue);
          if (key && !titleOf.has(key)) titleOf.set(key, text.slice(start, start + title.length));
        }
      }
    }
    if (!titleOf.size) return;
    for (const f of facts) {
      if (f.kind !== 'member' || f.role || !f.party) continue;
      const title = titleOf.get(sideKey(f.party) ?? '');
      if (title) {
        f.role = title;
        f.roleSource = 'title';
      }
    }
  },
};

export const emptyRoles: FactStep = {
  name: 'empty-roles',
  reason: 'A role the cleaner emptied ("North Korea\'s" before a name) is none.',
  document(x) {
    const { facts } = x;
    // A role the cleaner emptied ("North Korea's" before a name) is none.
    for (const f of facts)
      if (f.role === '') {
        delete f.role;
        delete f.roleSource;
      }
  },
};
