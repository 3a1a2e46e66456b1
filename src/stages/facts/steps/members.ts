/**
 * The steps that read the people of a delegation: those who take part, sign, are listed on a delegation, are named
 * by a negotiator's title, come alongside a negotiator, or meet across the table.
 */
import type { EntityCue, TextSpan } from '../../../model/schema.js';
import { GOVERNMENT_SIDE } from '../patterns.js';
import { appositionBeforeJoiner, clausePatterns, coLeadAfter, titleBeforeCommaPattern, briefingLead, partTurn, originAfter, governmentAt, wishBefore, sideOpener, speechPossessive, appositionBetween, contrastClause, governmentPhrase, respectivelyAfter, respectivelyBefore, sessionAfter, stanceVerb, denied, meetingVerb, groupPronoun, groupOpener, memberCueAll, governmentBefore, joinsDelegation, headsDelegation, activeHead, attendanceOpener, newSubject, delegationAfter, delegationWordAll, outcomePatterns, sendingVerbAll, sideSpanAll, speechAfterName, sideLedBy, otherSideOpener, titleBoundary, delegationOwner, gappedAgent, pluralTitleOpening, listedNext } from '../patterns.js';
import { subjectStart, servesTitle, lastSeparator, nextSeparator, roleOf, dashRole, cleanRole, withoutAttribution, opensWithTitle, PLURAL_ROLE, singularRole } from '../text.js';
import type { FactStep } from './step.js';
import type { Reader } from '../reader.js';
import { sessionOf } from '../session.js';
import { aliasKey } from '../../../knowledge/knowledge.js';
import { lexExec, lexTest } from '../../../knowledge/gate.js';

/** The member rules that put a person on their own side's delegation (the delegation is named, not only an office). */
export const DELEGATION_RULES = new Set(['facts:member-delegation-list', 'facts:member-of-delegation', 'facts:member-joins-delegation', 'facts:member-heads-delegation']);

export const attendance: FactStep = {
  name: 'attendance',
  reason: 'A person who attends the session or its ceremony ("NAME attended the talks", "the highest-ranking official to attend") or speaks at it ("in their opening remarks") is a member of the side their title or apposition names.',
  sentence(x, s, st) {
    const { kn, text, facts, captionLine, membersOfTheirTitles } = x;
    const { r } = st;
    // "Secretary of State NAME was the highest-ranking U.S. official to attend", "NAME attended the talks": a person
    // who takes part in the session, or in what the article reports with nothing after the verb, is of the side their
    // title or its apposition names.
    if (!s.heading && !captionLine[s.index]) {
      // "In attendance were TITLE NAME, TITLE NAME and TITLE NAME."
      const opener = attendanceOpener(kn).exec(s.text);
      if (opener) membersOfTheirTitles(s, s.start + opener[0].length, s.end, r, 'facts:member-in-attendance', true);
      // "the meeting with A and B, also attended by TITLE NAME (and TITLE NAME)": those named after the words, in a
      // sentence on a session.
      // (in the presence of TITLE NAME: one who witnesses the session, for the body their title names, facts.json
      // presenceWords; stage briefs makes them a third party where that body is not a side)
      for (const [words, rule] of [[kn.lexicons.facts.passiveAttendance, 'facts:member-attended-by'], [kn.lexicons.facts.presenceWords, 'facts:member-present']] as const) {
        const passive = s.cues.length || s.plain.length ? lexExec(kn, s, words) : null;
        if (passive) {
          const from = s.start + passive.index + passive[0].length;
          const people = s.mentions.filter((m) => m.type === 'Person' && m.start >= from);
          let end = people[0]?.end;
          for (let i = 1; end !== undefined && i < people.length && /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:[^,;.]{0,80})(?:,\s*)?$/.test(text.slice(end, people[i]!.start)) && /^\s*(?:,\s*)?and\b|^\s*,/.test(text.slice(end, end + 6)); i++) {
            // (a list goes on only through titles and "and", a title's comma before its name too, "and Thailand's acting
            // prime minister, NAME", not into the clause of someone who speaks: ", NAME said")
            if (/^\s*(?:[’']s\b|said|says|told|added)/.test(text.slice(people[i]!.end, people[i]!.end + 8))) break;
            end = people[i]!.end;
          }
          if (end !== undefined && end - from <= 200) membersOfTheirTitles(s, from, end, r, rule, true);
        }
      }
      // "A's minister NAME and B's minister NAME expressed their hope in their respective opening remarks", "In his opening
      // statement, TITLE NAME said": who speaks at the session is there (facts.json sessionSpeeches): the people of the
      // subject, before the speech where a possessive opens it, else those right after the opening clause.
      const speech = lexExec(kn, s, kn.lexicons.facts.sessionSpeeches);
      if (speech) {
        const at = s.start + speech.index;
        const opener = /^\W*\p{Lu}\p{Ll}*\s+(?:\p{L}+\s+){0,2}$/u.test(s.text.slice(0, speech.index)) ? /^[^,]{0,20},\s*/.exec(s.text.slice(speech.index + speech[0].length)) : null;
        if (opener) {
          const from = at + speech[0].length + opener[0].length;
          const first = s.mentions.find((m) => m.type === 'Person' && m.start >= from);
          if (first && first.start - from <= 80) membersOfTheirTitles(s, from, first.end, r, 'facts:member-session-speech', true);
        } else if (speechPossessive(kn).test(s.text.slice(0, speech.index))) {
          // (the subject: the people before the first verb after the first of them)
          const first = s.mentions.find((m) => m.type === 'Person' && m.start < at);
          const verb = first && x.verbsAt[s.index]!.find((v) => v > first.end && v < at && /^[a-z]+(?<!ing)\b/.test(x.text.slice(v, v + 30)));
          if (verb !== undefined) membersOfTheirTitles(s, s.start, verb, r, 'facts:member-session-speech', true);
        }
      }
      // "Speaking at a briefing after the talks, TITLE NAME said …": one who briefs on the session as it ends was at it
      // (facts.json briefingLeads); so was the one the next sentence turns to, "For his part, TITLE NAME said …"
      // (facts.json partTurns).
      const briefing = briefingLead(kn).exec(s.text);
      const prev = x.sents[s.index - 1];
      const turn = !briefing && prev ? partTurn(kn).exec(s.text) : null;
      const lead = briefing ?? (turn && facts.some((f) => f.rule === 'facts:member-briefing' && f.evidence.start >= prev!.start && f.evidence.start < prev!.end) ? turn : null);
      if (lead) {
        const from = s.start + lead[0].length;
        const first = s.mentions.find((m) => m.type === 'Person' && m.start >= from);
        // (not one whose work is to speak for a body: "Foreign Ministry spokesperson NAME"; facts.json pressOfficers)
        if (first && first.start - from <= 80 && !kn.lexicons.facts.pressOfficers.test(text.slice(from, first.start))) membersOfTheirTitles(s, from, first.end, r, 'facts:member-briefing', true);
      }
      const part = lexExec(kn, s, kn.lexicons.facts.participation);
      if (part) {
        const verbAt = s.start + part.index;
        // (less the attribution at the end: "NAME was also joining, an official said")
        const after = withoutAttribution(text.slice(verbAt + part[0].length, s.end), outcomePatterns(kn).attribution);
        const object = /^\s*[.!?"”]*\s*$/.test(after) || sessionAfter(kn).test(' ' + after.replace(/^\s*(?:in|at)?\s*(?:the|this|these|a)?\s*/i, '')) || kn.lexicons.facts.ceremonies.test(after.slice(0, 40));
        // (nor one in doubt, or after the subject stayed away: "NAME has pulled out of a visit, and it is unclear whether
        // he was going to join the negotiations"; facts.json doubts, stanceVerbs)
        const doubted = kn.lexicons.facts.doubts.test(text.slice(s.start, verbAt)) || kn.lexicons.facts.stanceVerbs.test(text.slice(s.start, verbAt));
        if (object && !doubted && !denied(kn).test(text.slice(s.start, verbAt))) {
          // (those sent, not the one who sends them: "NAME has directed his deputy NAME and NAME to participate";
          // facts.json sendingVerbs)
          const subjFrom = s.start + subjectStart(s.text.slice(0, part.index), kn);
          const sending = [...text.slice(subjFrom, verbAt).matchAll(sendingVerbAll(kn))].at(-1);
          membersOfTheirTitles(s, sending ? subjFrom + sending.index! + sending[0].length : subjFrom, verbAt, r, 'facts:member-takes-part', true);
        }
      }
    }
  },
};

export const signatories: FactStep = {
  name: 'signatories',
  reason: 'Who signs the round\'s agreement signs for a side: "signed by TITLE NAME, ROLE, and TITLE NAME, ROLE", "NAME, ROLE, signed the accord along with NAME".',
  sentence(x, s, st) {
    const { kn, facts, membersOfTheirTitles } = x;
    const { r } = st;
    // Who signs the round's agreement for a side, in any sentence of the round: "signed by TITLE NAME, ROLE, and TITLE
    // NAME, ROLE", "NAME, ROLE, and NAME, ROLE, signed the accord".
    const signed = lexExec(kn, s, kn.lexicons.facts.signing);
    if (signed && !s.heading) {
      const at = s.start + signed.index;
      const by = /^[^,.;]{0,30}?\bby\b/i.exec(s.text.slice(signed.index + signed[0].length));
      if (by) membersOfTheirTitles(s, at + signed[0].length + by[0].length, s.end, r, 'facts:member-signatory', true);
      else membersOfTheirTitles(s, s.start + subjectStart(s.text.slice(0, signed.index), kn), at, r, 'facts:member-signatory', true);
      // "NAME, ROLE, signed the deal along with NAME, ROLE": the co-signatory too.
      const along = kn.lexicons.facts.coSigning.exec(s.text.slice(signed.index + signed[0].length));
      if (!by && along) membersOfTheirTitles(s, at + signed[0].length + along.index + along[0].length, s.end, r, 'facts:member-signatory', true);
    }
  },
};

/** Between two items of one list: a comma or "and", and the short forms of address before the next name ("…, Atty. "). */
const LIST_GAP = /^\s*(?:,\s*)?(?:and\s+)?(?:\p{Lu}\p{Ll}{0,4}\.\s*)*$/u;

/**
 * The side not yet named, for "The other side will be led by …": of the two sides the document names as parties so far,
 * the one whose people the last member fact before the sentence does not sit for.
 */
function otherSide(x: Reader, before: number): EntityCue | undefined {
  const last = x.facts.slice(0, before).findLast((f) => f.kind === 'member' && f.party);
  const lastKey = last ? x.sideKey(last.party) : undefined;
  if (!lastKey) return undefined;
  const sides = new Map<string, EntityCue>();
  for (const f of x.facts.slice(0, before)) {
    if (f.kind !== 'party' || !f.entity) continue;
    const k = x.sideKey(f.entity);
    if (k && !sides.has(k)) sides.set(k, f.entity);
  }
  if (sides.size !== 2 || !sides.has(lastKey)) return undefined;
  return [...sides].find(([k]) => k !== lastKey)![1];
}

export const delegationLists: FactStep = {
  name: 'delegation-lists',
  reason: 'The people a member cue lists on a delegation ("the delegation, led by TITLE NAME, included NAME and NAME"), of the side whose delegation it is, the first its head where a head cue says so.',
  sentence(x, s, st) {
    const { kn, text, facts, span, cueOf, countriesIn } = x;
    const { r } = st;
    // Delegations: who is on them, with their roles.
    const mem = lexExec(kn, s, kn.lexicons.facts.memberCues);
    // "the administration led by NAME": a government and its leader, not a delegation and its head.
    if (mem && governmentBefore(kn).test(s.text.slice(0, mem.index))) return;
    // "NAME leads the ADJ delegation": the subject heads it (step heads-of-delegations); who follows is no member.
    // (with no one before the verb, the subject follows it: "Leading the ADJ delegation is TITLE NAME")
    if (mem && activeHead(kn).test(s.text.slice(mem.index)) && s.mentions.some((m) => m.type === 'Person' && m.end <= s.start + mem.index)) return;
    if (mem && ((lexTest(kn, s, kn.lexicons.facts.delegationNouns) || lexTest(kn, s, kn.lexicons.sideNouns) || sideLedBy(kn).test(s.text)) || (x.lastParty && groupPronoun(kn).test(s.text)))) {
      const cueAt = s.start + mem.index;
      // Whose delegation: the country word right before a delegation word ("Leading the Ukrainian delegation is …"),
      // else the last one before the cue, else (for "It is headed by …") the delegation the text spoke of last.
      const delegationWord = lexExec(kn, s, kn.lexicons.facts.delegationWords);
      /** The country word right before the delegation word at `at` (in the sentence's text). */
      // (or the one right after it and "of": "the delegation of Chile headed by NAME")
      const ownerAt = (at: number) => {
        const word = kn.lexicons.facts.delegationWords.exec(s.text.slice(at));
        const end = s.start + at + (word?.index === 0 ? word[0].length : 0);
        const of = delegationOwner(kn).exec(text.slice(end, end + 12));
        const after = of ? x.sidesIn(s, end + of[0].length, s.end).find((c) => c.at === end + of[0].length) : undefined;
        return after?.cue ?? x.sidesIn(s, s.start, s.start + at).filter((c) => s.start + at - c.end < 25).sort((a, b) => a.at - b.at).at(-1)?.cue;
      };
      // (not the delegation word of a side named with its passive's verb left out, which is that side's alone: "PEDP
      // was led by NAME and the BRN delegation by NAME2")
      const named = s.mentions.filter((m) => m.type === 'Person' && m.start > cueAt);
      const gapAt = (at: number) => named.some((m, k) => k > 0 && at > named[k - 1]!.end && at < m.start && gappedAgent(kn).test(text.slice(named[k - 1]!.end, m.start)));
      const owner = delegationWord && !gapAt(s.start + delegationWord.index) ? ownerAt(delegationWord.index) : undefined;
      const subject = owner ?? countriesIn(s, s.start, cueAt).at(-1)?.cue ?? (groupOpener(kn).test(s.text) ? x.lastParty : undefined) ?? (otherSideOpener(kn).test(s.text) ? otherSide(x, st.first) : undefined);
      // "NAME's team included …": the people at that person's side (of the side the person is of).
      const leadOwner = delegationWord ? s.mentions.find((m) => m.type === 'Person' && /^[’']s\s+$/.test(text.slice(m.end, s.start + delegationWord.index))) : undefined;
      // (not one the sentence names as its host or mediator: "met … with the participation of TITLE NAME", who called
      // the meeting)
      const mediating = new Set(facts.slice(st.first).filter((f) => f.kind === 'mediator' && f.entity?.mention).map((f) => f.entity!.mention!.start));
      // (nor the speaker of an attribution closing the sentence: "…, Taliban spokesperson NAME told state broadcaster RTA")
      // (nor one who heads a delegation of their own, told right after the name: "…, while TITLE NAME heads the US
      // delegation": step heads-of-delegations)
      const people = s.mentions.filter((m) => m.type === 'Person' && m.start > cueAt && !mediating.has(m.start) && !/^[’']s\b/.test(text.slice(m.end, m.end + 3)) && !speechAfterName(kn).test(text.slice(m.end, m.end + 30)) && !activeHead(kn).test(text.slice(m.end, m.end + 80).replace(/^\s+/, '')));
      // A person named inside another's apposition ("NAME, a close confidant of Prime Minister NAME") is not an item of
      // the list (clauses.json articles, appositionLinks).
      for (let i = people.length - 1; i > 0; i--) if (appositionBetween(kn).test(text.slice(people[i - 1]!.end, people[i]!.start))) people.splice(i, 1);
      // A person named inside another's dashed role ("NAME - aide to NAME") is not an item of the list.
      const dashed = people.map((p) => dashRole(text, p, s.mentions)).filter((d): d is TextSpan => !!d);
      people
        .filter((p) => dashed.some((d) => p.start >= d.start && p.end <= d.end) || (dashed.length > 0 && !dashRole(text, p, s.mentions) && /[ \t][-\u2013\u2014][ \t][^,;]*$/.test(text.slice(Math.max(s.start, p.start - 80), p.start))))
        .forEach((p) => people.splice(people.indexOf(p), 1));
      // Where each member cue of the sentence ends ("led by NAME, included NAME and NAME"): a person's title starts after
      // the last one before them.
      const cueEnds = [...s.text.matchAll(memberCueAll(kn))].map((c) => s.start + c.index! + c[0].length);
      let listRole: string | undefined;
      // A list whose titles come before the names, each closed by a comma ("accompanied by her deputy for legal affairs,
      // NAME, deputy for economic affairs, NAME2, and adviser NAME3"): the title between two names is the next one's,
      // not the apposition of the one before.
      const titleBeforeComma = (from: number, to: number): string | undefined => {
        const m = titleBeforeCommaPattern(kn).exec(text.slice(from, to));
        return m && opensWithTitle(m[1]!, kn) && !s.mentions.some((o) => o.type === 'Person' && o.start >= to - m[0].length && o.end <= to) ? m[1]! : undefined;
      };
      const cueBefore = (at: number) => Math.max(cueAt + mem[0].length, ...cueEnds.filter((e) => e <= at));
      const titlesFirst = people.length >= 2 && !!titleBeforeComma(cueBefore(people[0]!.start), people[0]!.start) && !!titleBeforeComma(people[0]!.end, people[1]!.start) && /^\s*,/.test(text.slice(people[0]!.end, people[1]!.start));
      people.forEach((p, i) => {
        // The segment of the person: from the previous separator or member cue to the next separator.
        let segStart = Math.max(cueAt + mem[0].length, ...cueEnds.filter((e) => e <= p.start), lastSeparator(text, s.start, p.start, s.mentions, kn));
        segStart += /^\s*(?:and\s+)?/.exec(text.slice(segStart, p.start))![0].length;
        let segEnd = nextSeparator(text, p.end, s.end);
        // An apposition holds no other person: "Kushner, Secretary of … Umerov" is the next person's title.
        // (nor the side of the next person, named with their passive's verb left out: "led by NAME and the ADJ
        // delegation by NAME2")
        const next = people[i + 1];
        // (unless a list joiner ends the apposition before the next person: "NAME, commander of the 4th Army Corps and
        // NAME2, director-general")
        const inside = s.mentions.find((m) => m.type === 'Person' && m.start > p.end && m.start < segEnd);
        // (what stands between the joiner and that person is a title or nothing: not "…, while Deputy Assistant Secretary
        // for European and Eurasian Affairs NAME2")
        const joined = inside ? appositionBeforeJoiner(kn).exec(text.slice(p.end, inside.start)) : null;
        if (joined && (!joined[2] || opensWithTitle(joined[2], kn))) segEnd = p.end + joined[0].indexOf(joined[1]!) + joined[1]!.length;
        else if (inside || (next && gappedAgent(kn).test(text.slice(p.end, next.start)))) segEnd = p.end;
        // (a person's own side: a country, a side's delegation or a body the title names as the one they are a delegate of:
        // "NAME, head of the Government delegation, and the delegate for the Unitary Platform, NAME")
        // (the title may stand alone before the name's comma: "and the delegate for X, NAME")
        const titleFrom = Math.max(cueAt + mem[0].length, i > 0 ? people[i - 1]!.end : s.start);
        // (after "and", or first after the cue: not the previous person's apposition, "NAME - ROLE, ROLE, NAME")
        const lone = /(?:^\s*|,?\s*\band\s+)((?:the\s+)?[^,;]{3,80}),\s*$/.exec(text.slice(titleFrom, p.start));
        const titleAt = lone ? p.start - lone[0].length + lone[0].indexOf(lone[1]!) : segStart;
        const delegateOf = kn.lexicons.facts.sideDelegateWords.test(text.slice(titleAt, p.start)) ? s.mentions.find((m) => m.type === 'Organization' && !x.isMedia(m) && m.start >= titleAt && m.end <= p.start) : undefined;
        // (not a country's name written right before the name, with no title between: a given name, "Israel Ramírez")
        const own = x.sidesIn(s, segStart, segEnd).find((c) => (c.at < p.start && !(c.cue.mention && /^ $/.test(text.slice(c.end, p.start)))) || (c.at >= p.end && delegationAfter(kn).test(text.slice(c.end, c.end + 30)))) ?? (delegateOf ? { cue: x.sideCue(delegateOf) } : undefined);
        // (else the side whose delegation word stands last before the person's own member cue: "A's delegation was
        // headed by NAME, while B's delegation was led by NAME")
        const cueOfPerson = Math.max(cueAt, ...cueEnds.filter((e) => e <= p.start));
        const ownerBefore = [...text.slice(s.start, cueOfPerson).matchAll(delegationWordAll(kn))].map((d) => ownerAt(d.index!)).filter((c) => !!c).at(-1);
        // (else the country an apposition's title belongs to: "led by NAME, Afghanistan's Deputy Interior Minister")
        const appositionOwner = !own && !ownerBefore && !subject ? x.sidesIn(s, p.end, s.end).find((c) => /^\s*,\s*(?:the\s+)?$/.test(text.slice(p.end, c.at)) && /^[’']s\s/.test(text.slice(c.end, c.end + 3))) : undefined;
        // (the delegation word of a clause a contrast opens after the person's cue is the other side's: "A was represented
        // by NAME, while B's delegation was headed by NAME" seats the first person with A, the side before their cue)
        const contrast = delegationWord && s.start + delegationWord.index > cueOfPerson && contrastClause(kn).test(text.slice(cueOfPerson, s.start + delegationWord.index));
        const clauseSide = contrast ? countriesIn(s, s.start, cueOfPerson).at(-1)?.cue : undefined;
        // (a side named with its passive's verb left out comes first: "A's team was led by NAME and B's delegation by NAME")
        const gapped = i > 0 ? gappedAgent(kn).exec(text.slice(people[i - 1]!.end, p.start)) : null;
        const gappedSide = gapped ? x.sidesIn(s, p.start - gapped[0].length, p.start).at(-1)?.cue : undefined;
        const party = own?.cue ?? gappedSide ?? ownerBefore ?? (contrast ? clauseSide : subject) ?? appositionOwner?.cue;
        if (!party && leadOwner && leadOwner !== p) {
          const role = roleOf(text, segStart, p, segEnd, kn, s.mentions, x.verbsAt[s.index]);
          facts.push({ rule: 'facts:member-delegation-list', kind: 'member', round: r, entity: cueOf(p), alongside: cueOf(leadOwner), ...(role ? { role: cleanRole(role.text, kn), roleSource: role.apposition ? ('apposition' as const) : ('title' as const) } : {}), head: false, evidence: span(Math.min(segStart, p.start), Math.max(p.end, role ? segEnd : p.end)) });
          return;
        }
        // (with no side of its own, the one before a side named with its verb left out sits across from that side's
        // person: "PEDP was led by NAME and the BRN delegation by NAME2")
        const across = !party && next && gappedAgent(kn).test(text.slice(p.end, next.start)) ? next : undefined;
        if (!party && !across) return;
        // (or a title standing alone before the name's comma: "included the Director-General of the Energy Ministry, NAME")
        // (in a list whose titles come first, the title before the name's comma, and no apposition after it)
        const titleFirst = titlesFirst ? titleBeforeComma(i ? people[i - 1]!.end : cueBefore(p.start), p.start) : undefined;
        if (titlesFirst) segEnd = p.end;
        let role = (titleFirst ? { text: titleFirst, apposition: false } : undefined) ?? roleOf(text, segStart, p, segEnd, kn, s.mentions, x.verbsAt[s.index]) ?? (lone && (delegateOf || opensWithTitle(lone[1]!, kn)) ? { text: lone[1]!, apposition: false } : undefined);
        // (a plural role before a list is each one's: "panel members Mr. NAME, Atty. NAME and Atty. NAME")
        const prev = people[i - 1];
        if (role && !role.apposition && PLURAL_ROLE.test(role.text)) role = { text: (listRole = singularRole(role.text)), apposition: false };
        else if (!role && listRole && prev && LIST_GAP.test(text.slice(prev.end, p.start))) role = { text: listRole, apposition: false };
        else listRole = undefined;
        facts.push({
          rule: 'facts:member-delegation-list',
          kind: 'member',
          round: r,
          entity: cueOf(p),
          ...(party ? { party } : { opposite: cueOf(across!) }),
          ...(role ? { role: cleanRole(role.text, kn), roleSource: role.apposition ? ('apposition' as const) : ('title' as const) } : {}),
          // (and the first after another side's head cue: "…, while B's delegation was led by NAME")
          // (the first only where their own cue is one: not "headed by NAME, accompanied by TITLE, NAME2" where the head
          // is no name the text tags)
          head: gappedSide || (i === 0 && cueOfPerson <= cueAt + mem[0].length) ? lexTest(kn, s, kn.lexicons.facts.headCues) : i === 0 ? kn.lexicons.facts.headCues.test(text.slice(Math.max(s.start, cueOfPerson - 20), cueOfPerson)) : !!ownerBefore && !people.slice(0, i).some((q) => q.start > cueOfPerson) && kn.lexicons.facts.headCues.test(text.slice(Math.max(s.start, cueOfPerson - 20), cueOfPerson)),
          evidence: span(Math.min(segStart, p.start), Math.max(p.end, role ? segEnd : p.end)),
        });
      });
    }
  },
};

export const joiningDelegation: FactStep = {
  name: 'joining-delegation',
  reason: 'One who "is joining its delegation" or "joined the ADJ team" is a member of that side: the one whose delegation word names it, or (for "its", "their") the side the sentence speaks of before the person.',
  sentence(x, s) {
    const { kn, text, facts, span, cueOf, sidesIn, syncMembers, memberStarts } = x;
    // (the cheap test first: most sentences hold no delegation word)
    if (!lexTest(kn, s, kn.lexicons.facts.delegationWords)) return;
    const j = joinsDelegation(kn).exec(s.text);
    if (!j) return;
    const at = s.start + j.index;
    // The person: the last one named before the verb, with nothing but an aside between ("NAME, known as X, is joining").
    const p = s.mentions.filter((m) => m.type === 'Person' && m.end <= at).at(-1);
    if (!p) return;
    // (an aside, then at most a few lower-case words: "NAME, who faces charges, was recently added as a member of …")
    const between = text.slice(p.end, at);
    if (!/^\s*(?:,[^,;]*,\s*)?(?:\p{Ll}+\s+){0,4}$/u.test(between)) return;
    syncMembers();
    if (memberStarts.has(p.start)) return;
    // (for "its delegation": the body the sentence opens with, "The ELN announced that NAME is joining its delegation")
    const body = s.mentions.find((m) => m.type === 'Organization' && !x.isMedia(m) && m.end <= p.start);
    const own = sidesIn(s, at, at + j[0].length).at(-1) ?? sidesIn(s, s.start, p.start).at(-1);
    const party = own?.cue ?? (body ? x.sideCue(body) : x.lastParty);
    if (!party) return;
    // (with no title, a relation that names the post is the role: "a member of the ADJ government's negotiation team")
    const title =
      roleOf(text, Math.max(s.start, lastSeparator(text, s.start, p.start, s.mentions, kn)), p, p.end, kn, s.mentions, x.verbsAt[s.index]) ??
      (() => {
        const post = kn.lexicons.facts.membershipPosts.exec(j[0]);
        return post ? { text: j[0].slice(post.index), apposition: false } : undefined;
      })();
    facts.push({
      rule: 'facts:member-joins-delegation',
      kind: 'member',
      round: s.round,
      entity: cueOf(p),
      party,
      ...(title ? { role: cleanRole(title.text, kn), roleSource: 'title' as const } : {}),
      head: false,
      evidence: span(p.start, at + j[0].length),
    });
  },
};

export const sideOfOrigin: FactStep = {
  name: 'side-of-origin',
  reason: 'One named "from" a side ("the two co-chairs, NAME from the regime and NAME from the opposition") sits for that side: a side noun, the government, or a side the document names as a party.',
  sentence(x, s) {
    const { kn, text, facts, span, cueOf, syncMembers, memberStarts } = x;
    if (s.heading || !lexTest(kn, s, kn.lexicons.facts.originWords)) return;
    // (the sides the document names so far, read only where a name is followed by the word)
    let parties: Set<string | undefined> | undefined;
    for (const p of s.mentions) {
      if (p.type !== 'Person') continue;
      const from = originAfter(kn).exec(text.slice(p.end, p.end + 20));
      if (!from) continue;
      const at = p.end + from[0].length;
      // The side: a side noun or the government ("from the opposition", "from the regime"), else a side the document
      // already names as a party ("from the BRN", "from Chile").
      const common = x.commonSidesIn(s, at, Math.min(s.end, at + 40)).find((c) => c.at === at);
      const government = !common && governmentAt(kn).test(text.slice(at, at + 20));
      const named = !common && !government ? x.sidesIn(s, at, Math.min(s.end, at + 60)).find((c) => c.at === at && (parties ??= new Set(facts.filter((f) => f.kind === 'party').map((f) => x.sideKey(f.entity)))).has(x.sideKey(c.cue))) : undefined;
      const stated = government ? x.statedGovernment() : undefined;
      const party = common?.cue ?? (government ? (stated ? { country: stated } : { side: GOVERNMENT_SIDE }) : named?.cue);
      if (!party) continue;
      syncMembers();
      if (memberStarts.has(p.start)) continue;
      // (the plural title that opens the list is each one's: "the two co-chairs (NAME from the regime and NAME from …")
      const lead = pluralTitleOpening(kn).exec(text.slice(s.start, p.start));
      const plural = lead && singularRole(lead[1]!) !== lead[1] && kn.lexicons.titleSet.has(singularRole(lead[1]!)) ? singularRole(lead[1]!) : undefined;
      facts.push({ rule: 'facts:member-side-of-origin', kind: 'member', round: s.round, entity: cueOf(p), party, ...(plural ? { role: plural, roleSource: 'title' as const } : {}), head: false, evidence: span(p.start, at) });
    }
  },
};

export const headsOfDelegations: FactStep = {
  name: 'heads-of-delegations',
  reason: 'The subject of a head verb in the active voice ("NAME headed the ADJ delegation", "NAME, TITLE, led CAPITAL\'s delegation", "A and B are leading the delegations", "NAME represented the ADJ side") heads the side the object names, or the side of their own title.',
  sentence(x, s) {
    const { kn, text, facts, span, cueOf, sidesIn, countriesIn, syncMembers, memberStarts } = x;
    // (the cheap test first: most sentences hold no head verb)
    if (!lexTest(kn, s, kn.lexicons.facts.headVerbs)) return;
    const re = headsDelegation(kn);
    re.lastIndex = 0;
    let clauseFrom = s.start;
    for (let h = re.exec(s.text); h; h = re.exec(s.text)) {
      const at = s.start + h.index;
      const end = at + h[0].length;
      // The subject: the people from the clause's start (or the last head phrase, or "while", "and" before a new
      // subject) to the verb, less possessives ("NAME's team").
      const opener = [...text.slice(clauseFrom, at).matchAll(newSubject(kn))].at(-1);
      const from = opener ? clauseFrom + opener.index! + opener[0].length : clauseFrom;
      clauseFrom = end;
      const people = s.mentions.filter((m) => m.type === 'Person' && m.start >= from && m.end <= at && !/^[’']s\b/.test(text.slice(m.end, m.end + 3)));
      if (!people.length) continue;
      // "NAME will lead the US team", in a report of a session held: the team of talks to come, not of this round.
      if (/^will\s/i.test(h[0]) && x.cues.some((c) => c.round === s.round && c.status === 'held')) continue;
      // (a capital or country in the possessive the tagger left alone: "will lead Tehran's")
      const poss = /([\p{L}.]+)[’']s$/u.exec(h[0]);
      const place = poss ? kn.aliases.get(aliasKey(poss[1]!))?.find((e) => e.type === 'Place' && (e.kind === 'country' || e.kind === 'capital')) : undefined;
      // (or after the delegation word and "from" or "of": "NAME heads the delegation from the ORG")
      const owner = delegationOwner(kn).exec(text.slice(end, end + 12));
      const objectAfter = owner ? sidesIn(s, end + owner[0].length, s.end).find((c) => c.at === end + owner[0].length) : undefined;
      const object = sidesIn(s, at, end).at(-1) ?? objectAfter ?? (place ? { cue: { country: place.kind === 'capital' ? place.country! : place.name }, at: end - poss![0].length, end } : undefined);
      // (else the side the sentence opens with: "For China, TITLE NAME, ROLE, led the delegation")
      const sideOpen = object ? null : sideOpener(kn).exec(s.text);
      const openerSide = sideOpen ? countriesIn(s, s.start + sideOpen[0].length, at).find((c) => c.at === s.start + sideOpen[0].length && /^\s*,/.test(text.slice(c.end, c.end + 3))) : undefined;
      syncMembers();
      for (const p of people) {
        if (memberStarts.has(p.start)) continue;
        const segStart = Math.max(from, lastSeparator(text, from, p.start, s.mentions, kn));
        // (the side of the person's own title first: "Chile's Ana Ruiz and Bolivia's Pablo Mena are leading the delegations")
        const own = countriesIn(s, segStart, p.start).at(-1) ?? (people.length > 1 && !object ? undefined : object) ?? (people.length === 1 ? openerSide : undefined);
        if (!own) continue;
        const role = roleOf(text, segStart, p, Math.min(nextSeparator(text, p.end, at), at), kn, s.mentions, x.verbsAt[s.index]);
        facts.push({
          rule: 'facts:member-heads-delegation',
          kind: 'member',
          round: s.round,
          entity: cueOf(p),
          party: own.cue,
          ...(role ? { role: cleanRole(role.text, kn), roleSource: role.apposition ? ('apposition' as const) : ('title' as const) } : {}),
          head: true,
          evidence: span(p.start, end),
        });
        // (and who led it with them: "NAME, who led the ADJ delegation together with TITLE NAME2", a title and no comma
        // between)
        const co = coLeadAfter(kn).exec(text.slice(end, end + 20));
        const second = co ? s.mentions.find((m) => m.type === 'Person' && m.start >= end + co[0].length && m.start - end - co[0].length <= 50 && !/[,;]/.test(text.slice(end + co[0].length, m.start))) : undefined;
        if (second && !memberStarts.has(second.start) && people.length === 1) {
          const title = roleOf(text, end + co![0].length, second, second.end, kn, s.mentions, x.verbsAt[s.index]);
          facts.push({ rule: 'facts:member-heads-delegation', kind: 'member', round: s.round, entity: cueOf(second), party: own.cue, ...(title ? { role: cleanRole(title.text, kn), roleSource: 'title' as const } : {}), head: true, evidence: span(end, second.end) });
        }
      }
    }
  },
};

export const negotiatorTitles: FactStep = {
  name: 'negotiator-titles',
  reason: 'A person whose title or apposition holds a negotiator\'s word and a side ("Iran\'s chief negotiator NAME", "NAME, who led the ADJ delegation") is that side\'s member; a representative who mediates is a mediator.',
  sentence(x, s) {
    const { kn, text, facts, span, cueOf, remitBefore, sidesIn, negotiatorRoles, syncMembers, membersIn } = x;
    // Negotiators named by their title, in any sentence: "Iran's chief negotiator NAME", "NAME, the head of the ADJ
    // delegation", "NAME, who led the ADJ delegation", "ADJ envoy NAME".
    syncMembers();
    const already = new Set((membersIn.get(s.index) ?? []).filter((f) => f.evidence.end <= s.end).map((f) => f.entity?.mention?.start));
    for (const p of s.mentions) {
      if (p.type !== 'Person' || /^[’']s\b/.test(text.slice(p.end, p.end + 3))) continue;
      // One another step already seats: the head of the delegation where the apposition says so ("Foreign Minister NAME,
      // who heads the government's delegation to the talks, told …").
      if (already.has(p.start)) {
        if (negotiatorRoles(s, p).some((role) => role.start >= p.end && kn.lexicons.headRoles.test(role.text) && !kn.lexicons.mediatorCues.test(role.text)))
          for (const f of membersIn.get(s.index) ?? []) if (f.entity?.mention?.start === p.start && f.party) f.head = true;
        continue;
      }
      for (const role of negotiatorRoles(s, p)) {
        // A representative or envoy who mediates ("the EU's special representative for the dialogue, NAME, who
        // facilitates") is a mediator, not a side's member.
        if (kn.lexicons.mediatorCues.test(role.text)) {
          facts.push({ rule: 'facts:mediator-representative', kind: 'mediator', round: s.round, entity: cueOf(p), evidence: span(Math.min(role.start, p.start), Math.max(role.end, p.end)) });
          break;
        }
        // (else a body the title names: "the delegate for the Unitary Platform, NAME")
        // (a delegate's or negotiator's, not an envoy's or representative's, who may well speak for a mediator)
        const body = kn.lexicons.facts.sideDelegateWords.test(role.text) ? s.mentions.find((m) => m.type === 'Organization' && !x.isMedia(m) && m.start >= role.start && m.end <= role.end) : undefined;
        const party = sidesIn(s, role.start, role.end).filter((c) => !remitBefore(c.at, c.end)).at(-1) ?? (body ? { cue: x.sideCue(body), at: body.start, end: body.end } : undefined);
        if (!party) continue;
        // (not a body's envoy whose apposition a verb of comment closes, "NAME, the EU's special representative for the
        // region, commented on the meeting": who comments on the session does not sit at it; facts.json stanceVerbs)
        if (role.start >= p.end && s.mentions.some((m) => m.type === 'Organization' && m.start === party.at) && stanceVerb(kn).test(text.slice(role.end, role.end + 40).replace(/^[\s,]+/, ''))) continue;
        // "NAME, who is part of the ADJ delegation": a relation, not an office; the role is the title before the name.
        if (role.start >= p.end && kn.lexicons.facts.membershipRelations.test(role.text)) {
          // (or the title that ends in a comma right before the name: "Policy adviser to NAME, NAME, is part of …")
          // (a phrase of ten words at most with no finite verb: "After the talks ended, NAME, …" gives none)
          const commaAt = /,\s*$/.test(text.slice(Math.max(s.start, p.start - 3), p.start)) ? text.lastIndexOf(',', p.start) : -1;
          const titleFrom = commaAt > s.start ? lastSeparator(text, s.start, commaAt, s.mentions, kn) : -1;
          const before = titleFrom >= 0 ? text.slice(titleFrom, commaAt).trim() : '';
          const titled = before && before.split(/\s+/).length <= 10 && !x.verbsAt[s.index]!.some((v) => v >= titleFrom && v < commaAt);
          const title = roleOf(text, Math.max(s.start, lastSeparator(text, s.start, p.start, s.mentions, kn)), p, p.end, kn, s.mentions) ?? (titled ? { text: before } : undefined);
          facts.push({
            rule: 'facts:member-of-delegation',
            kind: 'member',
            round: s.round,
            entity: cueOf(p),
            party: party.cue,
            ...(title ? { role: cleanRole(title.text, kn), roleSource: 'title' as const } : {}),
            head: false,
            evidence: span(p.start, role.end),
          });
          break;
        }
        const words = role.text.replace(/^(?:who|the|a|an)\s+/i, '').replace(/^(?:the\s+)?/i, '');
        const cleaned = cleanRole(words, kn);
        facts.push({
          rule: 'facts:member-negotiator-title',
          kind: 'member',
          round: s.round,
          entity: cueOf(p),
          party: party.cue,
          // ("his Peruvian counterpart NAME": a member, but "counterpart" is no office; cleanRole gives no role of it)
          ...(cleaned ? { role: cleaned, roleSource: role.start >= p.end ? ('apposition' as const) : ('title' as const) } : {}),
          head: kn.lexicons.headRoles.test(role.text),
          evidence: span(Math.min(role.start, p.start), Math.max(role.end, p.end)),
        });
        break;
      }
    }
  },
};

export const alongside: FactStep = {
  name: 'alongside',
  reason: '"A will be joined by TITLE NAME and TITLE NAME", "TITLE NAME accompanied A to the meeting": the people at a negotiator\'s side are of that side, unless their own title names another.',
  sentence(x, s) {
    const { kn, text, facts, span, cueOf, countriesIn, syncMembers, memberStarts } = x;
    // "A will be joined by TITLE NAME and TITLE NAME": the people at a negotiator's side are of A's side, unless their own
    // title names another.
    const joined = lexExec(kn, s, kn.lexicons.facts.accompaniedBy);
    if (joined) {
      const cueAt = s.start + joined.index;
      const listFrom = cueAt + joined[0].length;
      const lead = s.mentions.filter((m) => m.type === 'Person' && m.start >= s.start + subjectStart(s.text.slice(0, joined.index), kn) && m.end <= cueAt).at(-1);
      syncMembers();
      if (lead)
        for (const p of s.mentions.filter((m) => m.type === 'Person' && m.start >= listFrom && !/^[’']s\b/.test(text.slice(m.end, m.end + 3)))) {
          if (memberStarts.has(p.start)) continue;
          const segStart = Math.max(listFrom, lastSeparator(text, listFrom, p.start, s.mentions, kn));
          // A person inside another's apposition ("NAME, who met NAME on Tuesday") is not on the list.
          if (kn.lexicons.clauses.relativePronouns.test(text.slice(segStart, p.start))) continue;
          const own = countriesIn(s, segStart, p.start).at(-1);
          const role = roleOf(text, segStart, p, Math.min(nextSeparator(text, p.end, s.end), s.end), kn, s.mentions, x.verbsAt[s.index]);
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
    // "TITLE NAME accompanied NAME to the meeting": the subject goes to the session with a negotiator, of the side their
    // own title names, else of the negotiator's.
    const going = lexExec(kn, s, kn.lexicons.facts.accompanying);
    if (going && (s.cues.length || s.plain.length)) {
      const at = s.start + going.index;
      const after = at + going[0].length;
      const subject = s.mentions.filter((m) => m.type === 'Person' && m.end <= at && /^\s*,?\s*$/.test(text.slice(m.end, at))).at(-1);
      const lead = s.mentions.find((m) => m.type === 'Person' && m.start >= after && m.start - after <= 40 && !/[,;]/.test(text.slice(after, m.start)));
      // (to the session: a session word of the sentence after the negotiator)
      const toSession = lead && [...s.cues, ...s.plain].some((c) => c.start >= lead.end && c.start - lead.end <= 30);
      syncMembers();
      if (subject && lead && toSession && !memberStarts.has(subject.start)) {
        const before = facts.length;
        // (the subject's own title: from the person named before it, if any)
        const from = s.mentions.filter((m) => m.type === 'Person' && m.end < subject.start).at(-1)?.end ?? s.start;
        x.membersOfTheirTitles(s, from, subject.end, s.round, 'facts:member-accompanying');
        const own = facts.slice(before).find((f) => f.entity?.mention?.start === subject.start);
        if (own && !own.party) own.alongside = cueOf(lead);
        if (!own) facts.push({ rule: 'facts:member-accompanying', kind: 'member', round: s.round, entity: cueOf(subject), alongside: cueOf(lead), head: false, evidence: span(subject.start, lead.end) });
      }
    }
  },
};

export const acrossTheTable: FactStep = {
  name: 'across-the-table',
  reason: '"A met B", "A held talks with B": both sit at the table, each for the side of their own title, or for the side the other does not speak for.',
  sentence(x, s) {
    const { kn, text, facts, span, cueOf, sidesIn, syncMembers, memberStarts } = x;
    // "A met B", "A will meet B", "A held talks with B": both sit at the table, each for the side of their own title,
    // or (with no country in the title) for the side B does not speak for.
    const meet = lexExec(kn, s, meetingVerb(kn));
    // (not a meeting only wished for: "NAME said he was willing to meet his counterpart NAME")
    if (meet && (s.cues.length || s.plain.length) && !wishBefore(kn).test(s.text.slice(Math.max(0, meet.index - 40), meet.index))) {
      const at = s.start + meet.index;
      const after = at + meet[0].length;
      const a = s.mentions.filter((m) => m.type === 'Person' && m.end <= at && !/^[’']s\b/.test(text.slice(m.end, m.end + 3))).at(-1);
      // (further where "with" brings B in after the meeting's place and time: "held separate meetings in the capital CITY
      // with his ADJ counterpart, NAME")
      const b = s.mentions.find((m) => m.type === 'Person' && m.start >= after && (m.start - after < 60 || (m.start - after < 100 && /\bwith\s+[^;.]*$/i.test(text.slice(after, m.start)))));
      if (a && b && !/[,;]/.test(text.slice(a.end, at).replace(/,\s*(?:the\s+)?[^,]{0,60},\s*$/, ''))) {
        // (and those listed before A with "and", each with a title of their own: "TITLE NAME and TITLE NAME will meet …")
        const subjects = [a];
        for (let k = s.mentions.indexOf(a) - 1; k >= 0; k--) {
          const m = s.mentions[k]!;
          if (m.type !== 'Person') continue;
          if (!/^\s*(?:,\s*(?:and\s+)?|and\s+)(?:[\p{L}.'’-]+\s+){0,5}$/u.test(text.slice(m.end, subjects[0]!.start))) break;
          subjects.unshift(m);
        }
        // (B's title starts after the words that place the meeting: "will meet this weekend in Geneva with TITLE B")
        // (the last "with" before B, a comma of B's own title between: "met … on Monday with his ADJ counterpart, NAME")
        const withAt = text.slice(after, b.start).search(/\bwith\s+(?:(?!\bwith\b)[^;])*$/i);
        // (a plural title before the first of the listed subjects is each one's: "Deputy ministers NAME and NAME engaged …")
        let sharedTitle: string | undefined;
        for (const [p, q] of [
          ...subjects.map((x) => [x, b] as const),
          [b, a] as const,
        ]) {
          syncMembers();
          if (memberStarts.has(p.start)) continue;
          const segStart = p !== b ? Math.max(s.start, lastSeparator(text, s.start, p.start, s.mentions, kn)) : withAt >= 0 ? after + withAt + /^with\s+/i.exec(text.slice(after + withAt))![0].length : after;
          const own = sidesIn(s, segStart, p.start).at(-1);
          // (with an apposition of their own: the subject's before the verb, "A, the head of X's panel, met B"; the
          // other's to the next separator)
          const segEnd = p === a ? at - /,?\s*$/.exec(text.slice(a.end, at))![0].length : p === b ? nextSeparator(text, b.end, s.end) : p.end;
          let role = roleOf(text, segStart, p, segEnd, kn, s.mentions, x.verbsAt[s.index]);
          if (p === subjects[0] && subjects.length > 1 && role && !role.apposition && PLURAL_ROLE.test(role.text.toLowerCase())) role = { text: (sharedTitle = singularRole(role.text)), apposition: false };
          else if (!role && sharedTitle && subjects.includes(p)) role = { text: sharedTitle, apposition: false };
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
        // (B named as A's counterpart holds A's office: "TITLE A met … with his ADJ counterpart, NAME"; facts.json
        // relationalTitles)
        const lastOf = (p: { end: number }) => {
          for (let i = facts.length - 1; i >= 0; i--) if (facts[i]!.rule === 'facts:member-across-the-table' && facts[i]!.evidence.end === p.end) return facts[i];
          return undefined;
        };
        const fb = lastOf(b);
        // (A's office from any member fact of A's: the subject may be read by another step first)
        const fa = lastOf(a) ?? [...facts].reverse().find((f) => f.kind === 'member' && f.role && f.evidence.start <= a.start && f.evidence.end >= a.end);
        if (fb && !fb.role && fa?.role && kn.lexicons.facts.relationalTitles.test(text.slice(fb.evidence.start, b.start))) fb.role = fa.role;
        // (and those listed after B with "and", each with a side in a title of their own: "met … with his ADJ
        // counterpart, NAME, and ADJ TITLE NAME2")
        let prev = b;
        for (const m of s.mentions.filter((o) => o.type === 'Person' && o.start > b.end)) {
          // (not past the speaker of an attribution: "…, and NAME said"; facts.json speech verbs)
          const listed = listedNext(kn).exec(text.slice(prev.end, m.start));
          if (!listed || /^[’']s\b/.test(text.slice(m.end, m.end + 3)) || speechAfterName(kn).test(text.slice(m.end, m.end + 30))) break;
          const segStart = m.start - listed[1]!.length;
          const own = sidesIn(s, segStart, m.start).at(-1);
          syncMembers();
          if (!own || memberStarts.has(m.start)) break;
          const role = roleOf(text, segStart, m, nextSeparator(text, m.end, s.end), kn, s.mentions, x.verbsAt[s.index]);
          facts.push({ rule: 'facts:member-across-the-table', kind: 'member', round: s.round, entity: cueOf(m), party: own.cue, ...(role ? { role: cleanRole(role.text, kn), roleSource: 'title' as const } : {}), head: false, evidence: span(segStart, m.end) });
          prev = m;
        }
      }
    }
  },
};

export const sideSpans: FactStep = {
  name: 'side-spans',
  reason: "A sentence that sets people under the side they sit for ('On the U.S. side were TITLE NAME and NAME, while on the Chinese side was TITLE NAME'): each for the side its span names, with their titles.",
  sentence(x, s) {
    const { kn, text, facts, span, cueOf, sidesIn, syncMembers, memberStarts } = x;
    if (!lexTest(kn, s, kn.lexicons.facts.sideSpanNouns) || !lexTest(kn, s, kn.lexicons.facts.sideSpanLeads)) return;
    const hits = [...s.text.matchAll(sideSpanAll(kn))];
    hits.forEach((h, i) => {
      const from = s.start + h.index!;
      const bodyStart = from + h[0].length;
      const side = sidesIn(s, from, bodyStart).at(-1);
      if (!side) return;
      const end = i + 1 < hits.length ? s.start + hits[i + 1]!.index! : s.end;
      for (const p of s.mentions.filter((m) => m.type === 'Person' && m.start >= bodyStart && m.end <= end && !/^[’']s\b/.test(text.slice(m.end, m.end + 3)))) {
        syncMembers();
        if (memberStarts.has(p.start)) continue;
        const segStart = Math.max(bodyStart, lastSeparator(text, bodyStart, p.start, s.mentions, kn));
        const role = roleOf(text, segStart, p, Math.min(nextSeparator(text, p.end, end), end), kn, s.mentions, x.verbsAt[s.index]);
        facts.push({
          rule: 'facts:member-side-span',
          kind: 'member',
          round: s.round,
          entity: cueOf(p),
          party: side.cue,
          ...(role ? { role: cleanRole(role.text, kn), roleSource: role.apposition ? ('apposition' as const) : ('title' as const) } : {}),
          head: false,
          evidence: span(segStart, p.end),
        });
      }
    });
  },
};

export const namedAtSession: FactStep = {
  name: 'named-at-session',
  reason: "A person a sentence that tells of the round names, whom no other step seats ('Blinken said he and Foreign Ministers NAME and NAME will take stock'), may sit at its table: a member with no side of their own, kept in the brief only where another round of the series seats that person for a side.",
  sentence(x, s) {
    const { kn, text, facts, span, cueOf, syncMembers, memberStarts, captionLine } = x;
    // (a sentence that tells of the round itself: not of the next or an earlier one, nor one it only dates something by)
    // (and of no other: "the first talks since NAME and NAME met in June" names people of that other meeting)
    if (captionLine[s.index] || !s.cues.length || s.cues.some((c) => c.round !== s.round || c.relative || c.recalled || c.datedBy)) return;
    syncMembers();
    const mediating = new Set(facts.filter((f) => f.kind === 'mediator' && f.entity?.mention).map((f) => f.entity!.mention!.start));
    // (not after a word that turns to another meeting: "the first talks since NAME and NAME met in June")
    const other = x.kn.lexicons.facts.otherMeetingLeads;
    other.lastIndex = 0;
    const turn = other.exec(s.text);
    const until = turn ? s.start + turn.index : s.end;
    let shared: { role: string; end: number } | undefined;
    for (const p of s.mentions) {
      if (p.type !== 'Person' || p.start >= until || memberStarts.has(p.start) || mediating.has(p.start) || /^[’']s\b/.test(text.slice(p.end, p.end + 3))) continue;
      // (nor one whose title follows "to", "of", "for": "NAME, the national security adviser to Prime Minister NAME2")
      if (servesTitle(text, s.mentions, kn, p.start, s.start)) continue;
      // (with the title before the name, one person's of a plural one: "Foreign Ministers NAME and NAME")
      const segStart = Math.max(s.start, lastSeparator(text, s.start, p.start, s.mentions, x.kn));
      const title = roleOf(text, segStart, p, p.end, x.kn, s.mentions, x.verbsAt[s.index]);
      // (a title that ends in a title's word: not the words of a clause, "wraps up lunch with … co-founder Mullah")
      // (and from the last word no title reaches over: "… lunch with | rebel founder"; clauses.json titleBoundaries)
      const cut = title && !title.apposition ? title.text.split(titleBoundary(x.kn)).at(-1)!.trim() : '';
      const cleaned = cut ? cleanRole(cut, x.kn) : undefined;
      const last = cleaned?.split(/\s+/).at(-1)?.toLowerCase() ?? '';
      const own = cleaned && (x.kn.lexicons.titleLastWords.has(last) || x.kn.lexicons.pluralTitleLastWords.has(last)) ? cleaned : undefined;
      // (a plural title goes on to the names listed after the first: "Foreign Ministers NAME and NAME")
      const listed = !own && shared && /^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(text.slice(shared.end, p.start)) ? shared.role : undefined;
      const pluralOwn = !!own && PLURAL_ROLE.test(own.toLowerCase());
      const role = pluralOwn ? singularRole(own!) : (own ?? listed);
      shared = role && (pluralOwn || listed) ? { role, end: p.end } : undefined;
      facts.push({ rule: 'facts:member-named-at-session', kind: 'member', round: s.round, entity: cueOf(p), ...(role ? { role, roleSource: 'title' as const } : {}), head: false, evidence: span(segStart, p.end) });
    }
  },
};

export const delegationInFocus: FactStep = {
  name: 'delegation-in-focus',
  reason: 'The delegation a sentence speaks of is the one a later "It is headed by …" or "The team included …" means.',
  sentence(x, s) {
    const { kn, countriesIn } = x;
    // (the country word right before the delegation word, "after an Israeli delegation returned", else the sentence's first)
    // (or the body that names it, "the Taliban delegation")
    const word = lexExec(kn, s, kn.lexicons.facts.delegationWords);
    const at = word ? s.start + word.index : 0;
    const owner = word ? x.sidesIn(s, s.start, at).filter((c) => at - c.end < 25).at(-1) : undefined;
    const delegationParty = word ? (owner ?? countriesIn(s, s.start, s.end)[0])?.cue : undefined;
    if (delegationParty) x.lastParty = delegationParty;
  },
};

export const respectivelyLists: FactStep = {
  name: 'respectively-lists',
  reason: 'Two sides and two people paired in order ("the delegates of the government and the opposition, NAME and NAME, respectively", "Belgrade\'s and Pristina\'s chief negotiators, NAME and NAME, respectively"): each person is a member of the side in the same place, with the noun (and the side it is of) as their role. A plural title of two countries set beside two names pairs them in order too, without "respectively" ("the special representatives of A and B, NAME and NAME, will meet"): each has the title in the singular.',
  sentence(x, s, st) {
    const { kn, text, facts, span, cueOf } = x;
    const respectively = lexTest(kn, s, kn.lexicons.facts.respectivelyWords);
    const people = s.mentions.filter((m) => m.type === 'Person');
    for (let i = 0; i + 1 < people.length; i++) {
      const [a, b] = [people[i]!, people[i + 1]!];
      // The pairing word after the two sides and before the two people, each with a title or none ("Special
      // Representatives for the process between A and B, respectively, the Deputy Speaker of A's parliament NAME and
      // Ambassador NAME held a meeting"): each person is a member of the side in the same place, with their own title.
      if (respectively && i === 0) {
        const ahead = respectivelyBefore(kn).exec(text.slice(s.start, a.start));
        const joined = ahead ? /^\s+and\s+((?:[^,;:]*\s)?)$/.exec(text.slice(a.end, b.start)) : null;
        if (ahead && joined) {
          const at = (k: number) => ahead.indices![k]!.map((o) => s.start + o) as [number, number];
          const sides = [x.sidesIn(s, ...at(1)), x.sidesIn(s, ...at(2))];
          const titles = [ahead[3]!.trim(), joined[1]!.trim()];
          if (sides.every((c) => c.length === 1) && x.sideKey(sides[0]![0]!.cue) !== x.sideKey(sides[1]![0]!.cue) && titles.every((t) => !t || opensWithTitle(t, kn))) {
            const r = sessionOf(x, s)?.r ?? st.r;
            [a, b].forEach((p, k) => facts.push({ rule: 'facts:member-respectively-before', kind: 'member', round: r, entity: cueOf(p), party: sides[k]![0]!.cue, ...(titles[k] ? { role: cleanRole(titles[k]!.replace(clausePatterns(kn).article, ''), kn), roleSource: 'title' as const } : {}), head: false, evidence: span(at(1)[0], b.end) }));
            break;
          }
        }
      }
      if (!/^\s+and\s+$/.test(text.slice(a.end, b.start))) continue;
      // The list of sides before the pair: "NOUN(S) of|for SIDE and SIDE, " back to the clause's start.
      const lead = text.slice(s.start, a.start);
      if (!respectively || !respectivelyAfter(kn).test(text.slice(b.end, b.end + 20))) {
        // (without "respectively": a plural title of two countries right before the pair, "the special representatives
        // from Chile and Peru for the border talks, NAME and NAME")
        const titled = /(?:^|\b(?:[Tt]he|[Tt]heir)\s+)((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+[^\Ws]s)\s+(?:of|from)\s+((?:(?!\s(?:of|for|from)\s)[^,;:])+?)\s+and\s+(\p{Lu}[^,;:]*?)(?:\s+(?:for|on|to)\s+[^,;:]+)?,\s*$/du.exec(lead);
        if (!titled || !kn.lexicons.titleSet.has(singularRole(titled[1]!.split(/\s+/).at(-1)!))) continue;
        const at = (k: number) => titled.indices![k]!.map((o) => s.start + o) as [number, number];
        const sides = [x.countriesIn(s, ...at(2)), x.countriesIn(s, ...at(3))];
        if (sides.some((c) => c.length !== 1) || x.sideKey(sides[0]![0]!.cue) === x.sideKey(sides[1]![0]!.cue)) continue;
        const role = singularRole(titled[1]!);
        // (the round the sentence reports, as for the session's subject: "… will hold their fifth meeting")
        const r = sessionOf(x, s)?.r ?? st.r;
        [a, b].forEach((p, k) => facts.push({ rule: 'facts:member-paired-title', kind: 'member', round: r, entity: cueOf(p), party: sides[k]![0]!.cue, role, roleSource: 'title', head: false, evidence: span(at(1)[0], b.end) }));
        continue;
      }
      // (or, first, the sides before the noun, as possessives: "Belgrade's and Pristina's chief negotiators, NAME and NAME")
      const owners = /(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*)['’]s\s+and\s+(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*)['’]s\s+((?:[\p{Ll}-]+\s+){0,2}\p{Ll}[\p{L}-]*),\s*$/u.exec(lead);
      // (the noun may hold a body of its own: "the Ministers of Foreign Affairs of A and B")
      const of = owners ? null : /((?:\p{L}+\s+of\s+(?:\p{Lu}\p{L}*\s+)*?)?\p{L}+)\s+(?:of|for)\s+((?:(?!\s(?:of|for)\s)[^,;:])+?)\s+and\s+([^,;:]+?),\s*$/u.exec(lead);
      // The noun, the two sides' words and where they start, from either form.
      const hit = owners ?? of;
      if (!hit) continue;
      const [nounText, side1, side2] = owners ? [owners[3]!, owners[1]!, owners[2]!] : [of![1]!, of![2]!, of![3]!];
      const leadAt = s.start + hit.index;
      // (one of them: the head noun in the singular, the first word of "Ministers of Foreign Affairs", else the last)
      const noun = / of /.test(nounText) ? nounText.replace(/^(\p{L}+?)(?<!s)s\b/u, '$1') : nounText.replace(/(?<!s)s$/i, '');
      const at1 = leadAt + hit[0].indexOf(side1, owners ? 0 : nounText.length);
      const at2 = leadAt + hit[0].lastIndexOf(side2);
      const sideOf = (from: number, to: number): EntityCue | undefined => {
        const words = text.slice(from, to);
        if (governmentPhrase(kn).test(words)) {
          const named = x.sidesIn(s, from, to).at(-1)?.cue;
          const country = x.statedGovernment();
          return named ?? (country ? { country } : { side: GOVERNMENT_SIDE });
        }
        return x.sidesIn(s, from, to).at(-1)?.cue ?? x.commonSidesIn(s, from, to).at(-1)?.cue ?? s.mentions.filter((o) => o.type === 'Organization' && !x.isMedia(o) && o.start >= from && o.end <= to).map((o) => x.sideCue(o)).at(-1);
      };
      const sides = [sideOf(at1, at1 + side1.length), sideOf(at2, at2 + side2.length)];
      if (!sides[0] || !sides[1]) continue;
      [a, b].forEach((p, k) => {
        const sideText = k === 0 ? side1 : side2;
        facts.push({ rule: 'facts:member-respectively', kind: 'member', round: st.r, entity: cueOf(p), party: sides[k]!, role: of ? `${noun} of ${sideText}` : noun, roleSource: 'title', head: false, evidence: span(leadAt, b.end) });
      });
    }
  },
};
