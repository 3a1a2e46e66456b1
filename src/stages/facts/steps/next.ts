/**
 * The steps that read what comes next: a later round announced or planned, a session dated after the report, any
 * other step the sentence says comes next, with its date, place, level and whether it is only hoped for.
 */
import type { TextSpan } from '../../../model/schema.js';
import { dayBounds, clauseAround } from '../text.js';
import { afterSomething, deadlineBefore, pluperfectSaying, stepModal, stepTermBefore, reportDayOnly, currentSession, sessionRunsOn } from '../patterns.js';
import type { FactStep } from './step.js';

export const nextUnnumbered: FactStep = {
  name: 'next-unnumbered',
  reason: 'In a document that numbers no round, "the next round" is what comes next, once for each day its clause gives.',
  sentence(x, s) {
    const { kn, text, cues, current, facts, nextDates, stepText } = x;
    // What comes next: a later round announced or planned; in a document that numbers no round, "the next round".
    if (!current)
      for (const c of cues) {
        if (c.sentence !== s.index || c.relative !== 'next' || c.round !== undefined) continue;
        const clause = clauseAround(s, c.start, kn);
        // "further talks in the weeks starting on 17 July, 28 August and 18 September": a next step for each day.
        const dates = nextDates(s, clause);
        for (const date of dates.length ? dates : [undefined]) facts.push({ rule: 'facts:next-unnumbered', kind: 'next', round: 0, text: stepText(clause.text), ...(date?.value ? { value: date.value } : {}), evidence: clause });
      }
  },
};

export const nextLaterRound: FactStep = {
  name: 'next-later-round',
  reason: 'A later round announced or planned ("a third round will be held in Geneva next month") is a next step of the round before it.',
  sentence(x, s, st) {
    if (s.heading) return;
    const { kn, text, facts, REPORT_DAY, stepDates, cueOf, stepText } = x;
    const { announced } = st;
    for (const c of s.cues) {
      if (c.round === undefined || (c.status !== 'announced' && c.status !== 'planned') || c.round <= 1) continue;
      const place = s.mentions.find((m) => m.type === 'Place' && m.start > c.end && /\bin\s+(?:the\s+)?$/.test(text.slice(m.start - 9, m.start)));
      const clause = clauseAround(s, c.start, kn);
      // The days of the clause, less the day a report was made ("the EU said Thursday"); a day, if one is given, says
      // more than a week or a month around it ("next week … on Monday").
      const dates = stepDates(s, clause);
      const date =
        dates[0] ??
        s.mentions.find(
          (m) => m.type === 'Date' && m.value && /^\d{4}-(\d{2}|W\d{2})/.test(m.value) && !REPORT_DAY.before.test(text.slice(Math.max(s.start, m.start - 40), m.start)) && !afterSomething(kn).test(text.slice(Math.max(s.start, m.start - 45), m.start)),
        );
      announced.add(clause.start);
      // (tentative as any step: "is provisionally set for", "is expected to")
      const { tentative } = x.stepOf(s, clause);
      for (const d of dates.length > 1 ? dates : [date]) facts.push({ rule: 'facts:next-later-round', kind: 'next', round: c.round - 1, text: stepText(clause.text), ...(place ? { entity: cueOf(place) } : {}), ...(d?.value ? { value: d.value } : {}), ...(tentative ? { tentative } : {}), evidence: clause });
    }
  },
};

export const nextDatedSession: FactStep = {
  name: 'next-dated-session',
  reason: 'A session the clause dates after the report ("when they meet for a summit in CITY next week") is a next step of the sentence\'s round.',
  sentence(x, s, st) {
    if (s.heading) return;
    const { kn, doc, text, facts, stepText, stepDates, stepOf } = x;
    const { r, announced } = st;
    // A session the clause dates after the report ("when they meet for a summit in CITY next week", "talks beginning
    // March 10" in a report of February): a next step of the sentence's round.
    // (Only a sentence with a day after the report's can hold one: that cheap test first.)
    const anchorDay = doc.anchor?.day;
    if (anchorDay && (s.cues.length || s.plain.length) && s.mentions.some((m) => m.type === 'Date' && m.value && (dayBounds(m.value)?.[0] ?? '') > anchorDay))
      for (const c of [...s.cues, ...s.plain]) {
        const clause = clauseAround(s, c.start, kn);
        // (A date right before the session word names a session by its day, "the February talks": not a plan.)
        const later = stepDates(s, clause).find((m) => (dayBounds(m.value!)?.[0] ?? '') > anchorDay && !(m.end <= c.start && /^\s*$/.test(text.slice(m.end, c.start))));
        if (!later || announced.has(clause.start) || facts.some((f) => f.kind === 'next' && f.evidence.start === clause.start)) continue;
        // (not the session's own days still to come: "The talks will continue until April 22")
        if (sessionRunsOn(kn).test(clause.text)) continue;
        announced.add(clause.start);
        facts.push({ rule: 'facts:next-dated-session', kind: 'next', round: r, text: stepText(clause.text), ...stepOf(s, clause), value: later.value!.replace(/T.*$/, ''), evidence: clause });
      }
  },
};

export const nextSteps: FactStep = {
  name: 'next-steps',
  reason: 'Any other step the sentence says comes next ("will convene another meeting in March", "a truce due to take effect on Monday"), with its date, place, level and whether it is only hoped for.',
  sentence(x, s, st) {
    if (s.heading) return;
    const { kn, text, facts, OUT, stepText, stepOf } = x;
    const { r, anyWord, announced } = st;
    // Any other step the sentence says comes next ("will convene another meeting in March", "a truce due to take
    // effect on Monday", "plans to take part in the coming days"), with its date, place, level and whether it is only
    // hoped for: a next step of the sentence's round.
    OUT.next.lastIndex = 0;
    const stepped: TextSpan[] = [];
    for (let hit = anyWord ? OUT.next.exec(s.text) : null; hit; hit = OUT.next.exec(s.text)) {
      const clause = clauseAround(s, s.start + hit.index, kn);
      if (announced.has(clause.start) || stepped.some((x) => x.start === clause.start) || facts.some((f) => f.kind === 'next' && f.evidence.start === clause.start && f.evidence.end === clause.end)) continue;
      // (a clause that numbers the sentence's own round tells of that round, not of what comes after it: "will meet …
      // for the final day of the fourth round")
      if (s.cues.some((c) => c.start >= clause.start && c.end <= clause.end && c.ordinal !== undefined && c.round === r && c.relative !== 'next')) continue;
      // (nor one set on the report's own day, "Today, the President will hold a bilateral meeting with …": the day's
      // programme of the session the report tells of; facts.json reportDayWords)
      if (s.mentions.some((m) => m.type === 'Date' && m.start >= clause.start && m.end <= clause.end && reportDayOnly(kn).test(text.slice(m.start, m.end)))) continue;
      // (nor one at the session the report tells of, "At this meeting, discussions will continue on six areas")
      // (nor the session carried on to a day of its own, "The talks will continue until April 22")
      if (currentSession(kn).test(clause.text) || sessionRunsOn(kn).test(clause.text)) continue;
      stepped.push(clause);
      facts.push({ rule: 'facts:next-step', kind: 'next', round: r, text: stepText(clause.text), ...stepOf(s, clause), evidence: clause });
    }
  },
};

export const nextTerms: FactStep = {
  name: 'next-terms',
  reason: 'A step due within a span of time or by a day, in a clause of the report\'s future, a decision or an obligation ("a meeting to be convened within two weeks", "the forces must leave within three months of the signing", "the parties undertake to begin negotiations by 8 August at the latest"), is a next step of the sentence\'s round, dated by its day.',
  sentence(x, s, st) {
    if (s.heading) return;
    const { kn, text, facts, stepText, stepOf } = x;
    for (const m of s.mentions) {
      if (m.type !== 'Date' || !m.value) continue;
      const before = text.slice(Math.max(s.start, m.start - 20), m.start);
      // (a span of days or longer, "two weeks": a duration's value, P2W; not "within a minute", PT1M)
      const span = m.value.startsWith('P') && !m.value.startsWith('PT') && stepTermBefore(kn).test(before);
      // (or a day, after a deadline's preposition: "by 8 August")
      // (still to come when the report appeared, where its day is known: "would lift the truce by February 10", told in
      // March, is background)
      // (a publication day says; a day the text gives does not, it may be the deadline itself; a dateline's day without
      // the year says for a day without one)
      const anchor = x.doc.anchor;
      const past = anchor?.source === 'published' && anchor.day ? (dayBounds(m.value)?.[1] ?? '') <= anchor.day : !!anchor?.monthDay && /^XXXX-\d{2}-\d{2}$/.test(m.value) && m.value.slice(5) <= anchor.monthDay;
      const day = /^(?:\d{4}|XXXX)-\d{2}/.test(m.value) && deadlineBefore(kn).test(before) && !past;
      if (!span && !day) continue;
      const clause = clauseAround(s, m.start, kn);
      if (!stepModal(kn).test(text.slice(s.start, m.start)) || facts.some((f) => f.kind === 'next' && f.evidence.start <= m.start && f.evidence.end >= m.end)) continue;
      facts.push({ rule: 'facts:next-term', kind: 'next', round: st.r, text: stepText(clause.text), ...stepOf(s, clause), ...(day ? { value: m.value.replace(/T.*$/, '') } : {}), evidence: clause });
    }
  },
};

export const ownPlan: FactStep = {
  name: 'own-plan',
  reason: 'In a report published before the round it tells of (its round dated by planned days after the report, none held; or every session word of the report of one to come), a sentence that speaks of that session as to come ("The two parties will meet to discuss …", "The negotiations, to which A will take part, …") tells what the round itself will be, not a step after it.',
  document(x) {
    const { facts, doc } = x;
    const anchorDay = doc.anchor?.source === 'published' ? doc.anchor.day : undefined;
    if (!anchorDay) return;
    // (the rounds of the report that are still to come: planned days, each after the report, and no held day)
    const ahead = new Map<number, string[]>();
    const held = new Set<number>();
    for (const f of facts) {
      if (f.kind === 'held') held.add(f.round);
      else if (f.kind === 'planned' && f.value) ahead.set(f.round, [...(ahead.get(f.round) ?? []), f.value]);
    }
    for (const [r, days] of ahead) if (held.has(r) || !days.every((d) => (dayBounds(d)?.[0] ?? '') > anchorDay)) ahead.delete(r);
    // (or, undated, every session word of the report is of one to come: "A and B will hold talks in CITY on Monday")
    const toCome = x.cues.length > 0 && x.cues.every((c) => c.status === 'planned' || c.status === 'announced');
    if (!ahead.size && !toCome) return;
    const isAhead = (r: number) => ahead.has(r) || (toCome && !held.has(r) && !facts.some((f) => f.kind === 'planned' && f.round === r));
    for (let i = facts.length - 1; i >= 0; i--) {
      const f = facts[i]!;
      if (f.kind !== 'next' || (f.rule !== 'facts:next-step' && f.rule !== 'facts:next-dated-session') || !isAhead(f.round)) continue;
      // (a step dated otherwise than the round is another session)
      if (f.value && ahead.has(f.round) && !ahead.get(f.round)!.includes(f.value)) continue;
      const s = x.sents.find((o) => o.start <= f.evidence.start && f.evidence.start < o.end);
      if (!s) continue;
      // (the sentence's session words: of that round, to come, none of a later one or numbered otherwise)
      const said = [...s.cues, ...s.plain];
      const own = said.filter((c) => (c.round === undefined || c.round === f.round) && !c.relative && (c.status === 'planned' || c.status === 'announced') && c.start < f.evidence.end);
      if (!own.length || said.some((c) => c.relative === 'next' || c.relative === 'renewed' || (c.round !== undefined && c.round !== f.round))) continue;
      facts.splice(i, 1);
    }
  },
};

export const reportedPlans: FactStep = {
  name: 'reported-plans',
  reason: 'A plan the report tells as said before, in the past perfect ("reports had said NAME would meet NAME in CITY", "he had proposed the meeting in March", "sources had confirmed that the meeting would take place"), is what had been expected then, not a next step of the round.',
  document(x) {
    const { facts, text } = x;
    const told = pluperfectSaying(x.kn);
    for (let i = facts.length - 1; i >= 0; i--) {
      const f = facts[i]!;
      if (f.kind === 'next' && told.test(text.slice(f.evidence.start, f.evidence.end))) facts.splice(i, 1);
    }
  },
};
