/**
 * The steps that read the sides and those between them: lists of parties, mediators and hosts.
 */
import { chairedBodyAfter, delegationChaired, delegationAfter, sideNounAfter, articleObject, lastListItem, joinedVerb, sessionWord, partitiveSubject, subjectOfCue, sponsoredBy, ledSession, sponsoredAnywhere, sponsoredSession, listJoin, objectOfCue, convenerOf, verbLead, pronounLead, supportAfter, mediatorCueAll, creditFor, doerAfter, observersAround, futureRoleBefore, premisesAfter, roleBy, gerundClauseBetween, liaisonTitle } from '../patterns.js';
import { lastSeparator, clauseEnd } from '../text.js';
import type { FactStep } from './step.js';
import type { EntityCue } from '../../../model/schema.js';
import { aliasKey, bodySide } from '../../../knowledge/knowledge.js';
import { groupKey } from '../../rounds.js';
import { DELEGATION_RULES } from './members.js';
import { lexExec, lexTest } from '../../../knowledge/gate.js';

export const partyList: FactStep = {
  name: 'party-list',
  reason: 'A list of three or more countries beside a noun for the sides ("the signatories — A, B, C and D — are convening") names the round\'s parties, in any sentence of the round.',
  sentence(x, s, st) {
    const { kn, text, facts, span, countriesIn } = x;
    const { r } = st;
    // A list of three or more countries beside a noun for the sides ("the signatories — A, B, C and D — are
    // convening", "participants from A, B and C will resume"): the round's parties, in any sentence of the round.
    if (lexTest(kn, s, kn.lexicons.partyNouns) && !s.heading) {
      // (and a body that acts or speaks for a country, as the knowledge base says: "Morocco, Algeria, Mauritania and the
      // Polisario")
      const countries = countriesIn(s, s.start, s.end);
      const forCountry = s.mentions.filter((m) => m.type === 'Organization' && !countries.some((c) => c.at <= m.start && m.start < c.end) && bodySide(m.text, kn) !== undefined);
      const cs = forCountry.length ? [...countries, ...forCountry.map((m) => ({ cue: x.sideCue(m), at: m.start, end: m.end }))].sort((a, b) => a.at - b.at) : countries;
      let run: typeof cs = [];
      let best: typeof cs = [];
      for (const c of cs) {
        const prev = run.at(-1);
        run = prev && listJoin(kn).test(text.slice(prev.end, c.at)) ? [...run, c] : [c];
        if (run.length > best.length) best = run;
      }
      // (not the observers: "delegates from A, B and C participated as third-party observers")
      const observers = best.length >= 3 && (observersAround(kn).before.test(text.slice(Math.max(s.start, best[0]!.at - 50), best[0]!.at)) || observersAround(kn).after.test(text.slice(best.at(-1)!.end, s.end)));
      if (best.length >= 3 && !observers) for (const c of best) facts.push({ rule: 'facts:party-list', kind: 'party', round: r, entity: c.cue, evidence: span(c.at, c.end) });
    }
  },
};

export const delegationSides: FactStep = {
  name: 'delegation-sides',
  reason: 'A side a sentence of the round names by its delegation ("the ADJ delegation", "X\'s negotiating team", "the government delegation", "the opposition delegation") sits at the table, whatever the sentence says it did.',
  sentence(x, s, st) {
    const { kn, text, facts, span, inDateline, sidesIn } = x;
    // (the cheap test first: most sentences name no delegation)
    if (!lexTest(kn, s, kn.lexicons.facts.delegationWords)) return;
    // (not a country word that a number of delegations share: "the two Libyan delegations" are both sides, neither
    // of them Libya as such)
    const counted = (at: number) => s.mentions.some((m) => m.type === 'Quantity' && Number(m.value) >= 2 && /^\s+$/.test(text.slice(m.end, at)));
    for (const c of sidesIn(s, s.start, s.end))
      if (delegationAfter(kn).test(text.slice(c.end, c.end + 30)) && !inDateline(c.at) && !counted(c.at)) facts.push({ rule: 'facts:party-delegation', kind: 'party', round: st.r, entity: c.cue, evidence: span(c.at, c.end) });
  },
};

export const mediators: FactStep = {
  name: 'mediators',
  reason: 'The mediators and hosts a sentence names: "the EU-mediated talks", "mediated by X and Y", "X, which hosted the talks", "chaired by NAME".',
  sentence(x, s, st) {
    const { kn, text, facts, span, cueOf, sideCue, isMedia, countriesIn } = x;
    const { r } = st;
    // Mediators and hosts.
    // "the EU-mediated talks", "Qatar-hosted negotiations": the name before the hyphen; "the Kenya-led peace talks" too,
    // where a session noun follows.
    for (const m of s.mentions) {
      if ((m.type === 'Organization' || m.type === 'Place') && (sponsoredBy(kn).test(text.slice(m.end, m.end + 14)) || ledSession(kn).test(text.slice(m.end, m.end + 40))))
      {
        facts.push({ rule: 'facts:mediator-x-mediated', kind: 'mediator', round: r, entity: cueOf(m), evidence: span(m.start, m.end) });
        // "US-brokered trilateral talks": the broker is also a side.
        if (kn.lexicons.facts.atTheTable.test(text.slice(m.end, m.end + 30))) facts.push({ rule: 'facts:party-broker-at-the-table', kind: 'party', round: r, entity: cueOf(m), evidence: span(m.start, m.end) });
      }
    }
    // (a demonym too, which is no mention, before a session noun: "Norwegian-brokered negotiations" are Norway's to
    // mediate; a "Russian-brokered peace agreement" is no session)
    if (lexTest(kn, s, sponsoredAnywhere(kn)))
      for (const c of countriesIn(s, s.start, s.end))
        if (c.cue.country && !s.mentions.some((m) => m.start === c.at) && sponsoredSession(kn).test(text.slice(c.end, c.end + 40))) facts.push({ rule: 'facts:mediator-x-mediated', kind: 'mediator', round: r, entity: c.cue, evidence: span(c.at, c.end) });
    // "A and B met at the initiative of TITLE NAME", "talks under the auspices of the AU": who called the session hosts
    // or mediates it: the person named, else the country or body; not a side the sentence already names.
    const conv = lexExec(kn, s, kn.lexicons.facts.conveners);
    const of = conv ? convenerOf(kn).exec(s.text.slice(conv.index + conv[0].length)) : null;
    if (conv && of) {
      const from = s.start + conv.index + conv[0].length + of[0].length;
      const end = clauseEnd(s, from, kn);
      const { sideKey } = x;
      const sides = new Set(facts.slice(st.first).filter((f) => f.kind === 'party').map((f) => sideKey(f.entity)));
      const person = s.mentions.find((m) => m.type === 'Person' && m.start >= from && m.end <= end);
      // (the first named, country or body; not a country inside a body's name, "the UN Support Mission in Libya")
      const bodies = s.mentions.filter((m) => m.type === 'Organization' && !isMedia(m) && m.start >= from && m.end <= end);
      const countries = countriesIn(s, from, end).filter((c) => !bodies.some((m) => m.start <= c.at && c.end <= m.end && m.end - m.start > c.end - c.at));
      const body = [...countries, ...bodies.map((m) => ({ cue: sideCue(m), at: m.start, end: m.end }))].sort((a, b) => a.at - b.at)[0];
      if (person) facts.push({ rule: 'facts:mediator-convener', kind: 'mediator', round: r, entity: cueOf(person), evidence: span(person.start, person.end) });
      else if (body && !sides.has(sideKey(body.cue))) facts.push({ rule: 'facts:mediator-convener', kind: 'mediator', round: r, entity: body.cue, evidence: span(body.at, body.end) });
    }
    // "gratitude to Norway for its mediation efforts, … and Mexico for hosting the meetings", "the facilitation of the
    // Kingdom of Norway", "the host country, the United Mexican States": the one thanked for a third party's work, or
    // named as its doer.
    let thankedOnce: Array<{ cue: EntityCue; at: number; end: number }> | undefined;
    const thankedList = () => (thankedOnce ??= [...countriesIn(s, s.start, s.end), ...s.mentions.filter((m) => m.type === 'Organization' && !isMedia(m)).map((m) => ({ cue: sideCue(m), at: m.start, end: m.end }))]);
    // (the cheap test first: most sentences hold no mediator word)
    if (lexTest(kn, s, kn.lexicons.mediatorCues))
      for (const cue of s.text.matchAll(mediatorCueAll(kn))) {
        const thanked = thankedList();
        const at = s.start + cue.index!;
        const end = at + cue[0].length;
        // (a role in something other than a session: "thanked Pakistan for facilitating the travel of Taliban leaders")
        const object = articleObject(kn).exec(text.slice(end, end + 40));
        if (object && !sessionWord(kn).test(object[1]!) && /^\s+of\b/.test(text.slice(end + object[0].length, end + object[0].length + 4))) continue;
        // (nor an office in a side's own body: "NAME, Chair of the Government of the Autonomous Republic of X")
        if (chairedBodyAfter(kn).test(text.slice(end, end + 80))) continue;
        // (nor a delegation's head: "the Chilean delegation will be chaired by NAME")
        if (delegationChaired(kn).test(text.slice(Math.max(s.start, at - 30), at))) continue;
        const doer = thanked.find((c) => creditFor(kn).test(text.slice(c.end, at))) ?? thanked.find((c) => c.at > end && doerAfter(kn).test(text.slice(end, c.at)));
        // (and those listed with it: "under the mediation of Turkiye and Qatar")
        const doers = doer ? [doer, ...thanked.filter((c) => c.at > doer.at).sort((a, b) => a.at - b.at)] : [];
        const listed = doers.filter((c, k) => k === 0 || doers.slice(1, k + 1).every((d, j) => listJoin(kn).test(text.slice(doers[j]!.end, d.at))));
        for (const d of listed) if (!facts.slice(st.first).some((f) => f.kind === 'mediator' && f.evidence.start === d.at)) facts.push({ rule: 'facts:mediator-named-for-the-role', kind: 'mediator', round: r, entity: d.cue, evidence: span(d.at, d.end) });
      }
    const med0 = lexTest(kn, s, sponsoredAnywhere(kn)) ? null : lexExec(kn, s, kn.lexicons.mediatorCues);
    // (the title of an office in a side's own body is no role in the talks: "NAME, Chair of the Government of …")
    // (nor does a delegation that a person chairs: "the delegation will be chaired by Foreign Minister NAME" is headed by
    // them; facts.json delegationWords)
    // (nor a role noun that opens a liaison's title before their name: "Sahrawi coordinator with UN Mission for Referendum
    // in Western Sahara (MINURSO) NAME" is a side's liaison to that body, not a third party of the talks)
    const liaison = (m: RegExpExecArray) => {
      if (/(?:ed|ing)$/i.test(m[0])) return false;
      const end = s.start + m.index + m[0].length;
      const person = s.mentions.find((p) => p.type === 'Person' && p.start > end);
      return !!person && person.start - end <= 100 && liaisonTitle(kn).test(text.slice(end, person.start));
    };
    const med = med0 && (chairedBodyAfter(kn).test(s.text.slice(med0.index + med0[0].length, med0.index + med0[0].length + 80)) || delegationChaired(kn).test(s.text.slice(Math.max(0, med0.index - 30), med0.index)) || liaison(med0)) ? null : med0;
    if (med) {
      // "mediated by X": the one after; "X, serving as mediator": the subject, the first one before.
      const at = s.start + med.index;
      const candidates = [...countriesIn(s, s.start, s.end), ...s.mentions.filter((m) => m.type === 'Organization' && !isMedia(m)).map((m) => ({ cue: sideCue(m), at: m.start, end: m.end }))].sort((a, b) => a.at - b.at);
      // "mediated by X", "talks held “in partnership” with X": the mediators follow.
      // ("mediation efforts by X and Y": a noun of the work may stand between; facts.json roleEffortNouns)
      const by = roleBy(kn).test(s.text.slice(med.index + med[0].length));
      // "mediated by Qatar and Egypt": every one named in the phrase after "by".
      // The people who mediate: named after "by" ("mediated by former president NAME"), or the person the cue
      // describes right before it ("NAME, who chaired the meeting").
      const people = s.mentions.filter((m) => m.type === 'Person');
      // (up to a word that names the sides: "talks mediated by Turkish officials between Somali Foreign Minister NAME and
      // his Ethiopian counterpart NAME" — those after it meet, they do not mediate; facts.json betweenWords)
      const sidesFrom = by ? kn.lexicons.facts.betweenWords.exec(text.slice(at + med[0].length, s.end)) : null;
      const sidesAt = sidesFrom ? at + med[0].length + sidesFrom.index : Infinity;
      const named = by
        ? people.filter((m) => m.start > at && m.end <= Math.min(clauseEnd(s, at, kn), sidesAt)).slice(0, 4)
        : people.filter((m) => m.end <= at && (/^,\s*(?:who|the|a|an)?\s*[^,.;]{0,40}$/i.test(text.slice(m.end, at)) || verbLead(kn).test(text.slice(m.end, at)) || pronounLead(kn).test(text.slice(m.end, at)))).slice(-1);
      for (const p of named) facts.push({ rule: 'facts:mediator-person', kind: 'mediator', round: r, entity: cueOf(p), evidence: span(p.start, p.end) });
      // "TITLE NAME will host A's NAME and B's NAME": the guests of a host are the sides' people.
      const host = !by && named[0] && verbLead(kn).test(text.slice(named[0].end, at));
      if (host) x.membersOfTheirTitles(s, at + med[0].length, clauseEnd(s, at + med[0].length, kn), r, 'facts:member-hosted');
      // Otherwise the subject, the first one before the cue; for "ADJ minister NAME, who mediated", the country of
      // that person's title, not a party named earlier in the sentence (D4).
      // A former official's country ("Former Kenyan President NAME, who hosted the talks") does not act through them.
      const titleFrom = named[0] ? lastSeparator(text, s.start, named[0].start, s.mentions, kn) : 0;
      const described = !by && named[0] && !kn.lexicons.facts.formerTitles.test(text.slice(titleFrom, named[0].start)) ? countriesIn(s, titleFrom, named[0].start) : [];
      // The subject must stand right before the cue ("Qatar, which mediated", "Norway hosted", "Egypt, acting as
      // mediator"): a side named earlier in the sentence, or "the mediators did not say", names no one.
      // (not a country word that names a side by its noun: "the Syrian government and opposition co-chairs")
      // (nor the noun before a gerund's clause, whose subject is the main clause's: "talks with A and B before hosting
      // new negotiations"; clauses.json gerundSubordinators)
      const subject = candidates.filter((c) => c.at < at && subjectOfCue(kn).test(text.slice(c.end, at)) && !(/ing$/i.test(med[0]) && gerundClauseBetween(kn).test(text.slice(c.end, at))) && (!objectOfCue(kn).test(text.slice(c.end, at)) || partitiveSubject(kn).test(text.slice(c.end, at))) && !sideNounAfter(kn).test(text.slice(c.end, c.end + 20))).slice(-1);
      // (a participle after a comma says what the sentence's subject does: "Spain, meanwhile, has seized the
      // opportunity …, hosting the talks in Madrid" — the subject that opens the sentence, where no other stands between)
      if (!subject.length && !by && /ing$/i.test(med[0]) && /,\s*$/.test(text.slice(Math.max(s.start, at - 3), at))) {
        const opener = candidates.find((c) => c.at < at && /^\W*(?:the\s+)?$/i.test(text.slice(s.start, c.at)));
        if (opener && !candidates.some((c) => c !== opener && c.at > opener.end && c.at < at)) subject.push(opener);
      }
      // (and the list it ends, where the list is the cue's modifier: "Qatari, Egyptian and US mediators"; facts.json
      // listJoiners)
      const modifier = subject.length && /^\s+$/.test(text.slice(subject[0]!.end, at));
      for (let i = modifier ? candidates.indexOf(subject[0]!) - 1 : -1; i >= 0 && listJoin(kn).test(text.slice(candidates[i]!.end, subject[0]!.at)); i--) subject.unshift(candidates[i]!);
      // After "by", a country that only says a former official's nationality ("by Nigeria's former President NAME") is
      // not itself a mediator; a serving envoy or minister acts for theirs ("by Norwegian envoy NAME").
      // (nor one in an apposition after the person: "by NAME, Nigeria's former president")
      const titleOfPerson = (c: { at: number; end: number }) =>
        named.some((p) => {
          const from = lastSeparator(text, s.start, p.start, s.mentions, kn);
          if (c.at > p.end && /^\s*,\s*(?:the\s+)?$/.test(text.slice(p.end, c.at))) return kn.lexicons.facts.formerTitles.test(text.slice(c.end, c.end + 30).split(/[,;]/)[0]!);
          return c.at < p.start && c.at >= from && kn.lexicons.facts.formerTitles.test(text.slice(from, p.start));
        });
      // (nor the country a title is about: "hosted by Oman's ambassador to Italy")
      // After "by", up to a phrase of support: "mediated by Norway, with the accompanying governments of Russia and the
      // Netherlands" names Norway alone (facts.json supportPhrases).
      const support = supportAfter(kn).exec(text.slice(at, clauseEnd(s, at, kn)));
      // (and at the comma after a list's last item: "facilitated by both the United States and Turkey, comes amid
      // instability in southern Syria")
      const byClause = support ? at + support.index : clauseEnd(s, at, kn);
      // (and before a coordinator that opens a clause of its own: "mediated by the United States and centered on measures
      // to strengthen stability in southern Syria")
      const joined = joinedVerb(kn).exec(text.slice(at, byClause));
      const byClause2 = joined ? at + joined.index : byClause;
      const lastItem = lastListItem(kn).exec(text.slice(at, byClause2));
      const byEnd = Math.min(lastItem ? at + lastItem.index + lastItem[0].length : byClause2, sidesAt);
      // "talks hosted at the Malaysian Ministry of Defence", "hosted in Qatar": the country whose premises or land
      // hold the talks (the country or demonym right after "at"/"in"), not the subject before.
      const premises = !by ? premisesAfter(kn).exec(s.text.slice(med.index + med[0].length)) : null;
      const owner = premises ? candidates.find((c) => c.at === at + med[0].length + premises[0].length && c.cue.country) : undefined;
      if (owner) facts.push({ rule: 'facts:mediator-premises', kind: 'mediator', round: r, entity: owner.cue, evidence: span(owner.at, owner.end) });
      const picks = by ? candidates.filter((c) => c.at > at && c.end <= byEnd && !titleOfPerson(c) && !x.remitBefore(c.at, c.end)).slice(0, 4) : owner ? [] : named[0] ? described.slice(-1) : subject;
      // (not the host of a session still to come: "a meeting to be hosted by Cambodia on Aug 4"; facts.json futureRoleLeads)
      const later = by && futureRoleBefore(kn).test(s.text.slice(Math.max(0, med.index - 20), med.index));
      if (!later) for (const pick of picks) facts.push({ rule: 'facts:mediator-cue', kind: 'mediator', round: r, entity: pick.cue, evidence: span(pick.at, pick.end) });
      // "Mexico is one of the guarantor nations, along with Norway, Cuba and Chile": those named with the subject share
      // its role (facts.json coSigning: "along with", "together with").
      const along = subject.length && !by ? kn.lexicons.facts.coSigning.exec(s.text.slice(med.index)) : null;
      if (along) {
        const listAt = at + along.index + along[0].length;
        const listEnd = clauseEnd(s, listAt, kn);
        for (const c of candidates) if (c.at >= listAt && c.end <= listEnd) facts.push({ rule: 'facts:mediator-along-with', kind: 'mediator', round: r, entity: c.cue, evidence: span(c.at, c.end) });
      }
    }
  },
};

export const mediatorNotSide: FactStep = {
  name: 'mediator-not-side',
  reason: 'A body the sentence names as mediating is not, in that sentence, a side, unless the sentence seats it at the table ("US-brokered trilateral talks").',
  sentence(x, s, st) {
    const { facts } = x;
    const { first } = st;
    // A body the sentence names as mediating is not, in that sentence, a side ("talks … in partnership with
    // representatives of the AU"), unless the sentence seats it at the table ("US-brokered trilateral talks").
    {
      // (the same words: the same mention, or the same demonym, "Qatari, Egyptian and US mediators")
      const mediating = new Set(facts.slice(first).filter((f) => f.kind === 'mediator').map((f) => f.entity?.mention?.start ?? f.evidence.start));
      if (mediating.size) for (let i = facts.length - 1; i >= first; i--) if (facts[i]!.kind === 'party' && facts[i]!.rule !== 'facts:party-broker-at-the-table' && mediating.has(facts[i]!.entity?.mention?.start ?? facts[i]!.evidence.start)) facts.splice(i, 1);
    }
  },
};

/** The member rules that tie a person to their own side's delegation or negotiators (they say which side is at the table). */
const OWN_SIDE_RULES = new Set([...DELEGATION_RULES, 'facts:member-negotiator-title']);
/** The party rules that only say a country or body takes part, not that it is one of the sides. */
const TAKING_PART_RULES = new Set(['facts:party-takes-part', 'facts:party-sides-that-meet', 'facts:party-met-with']);

export const thirdParties: FactStep = {
  name: 'third-parties',
  reason: 'Where an article fixes the two sides of a session (the talks "between A and B", or each side\'s own delegation or negotiator), a country or body it names there only as taking part ("C, D and E are taking part in the talks") is a third party at the table: a mediator, not a side.',
  document(x) {
    const { kn, facts, sentenceText } = x;
    // (a side by its knowledge-base name, however written: "the EU", "the European Union")
    const sideKey = (c: EntityCue | undefined) => {
      const k = x.sideKey(c);
      return k === undefined ? k : (kn.aliases.get(aliasKey(k))?.[0]?.name ?? k);
    };
    const fixed = new Map<number, Set<string>>();
    const fix = (key: number, side: string | undefined) => {
      if (side) fixed.set(key, (fixed.get(key) ?? new Set()).add(side));
    };
    // (not by a person the text names as mediating: "the talks were chaired by Norwegian envoy NAME" seats no Norway)
    const mediating = new Set(facts.filter((f) => f.kind === 'mediator' && f.entity?.mention).map((f) => f.entity!.mention!.start));
    for (const f of facts) {
      if (f.kind === 'party' && f.rule === 'facts:party-between-or-from' && kn.lexicons.facts.betweenWords.test(sentenceText(f.evidence.start))) fix(groupKey(f), sideKey(f.entity));
      else if (f.kind === 'member' && f.party && OWN_SIDE_RULES.has(f.rule ?? '') && !mediating.has(f.entity?.mention?.start ?? -1)) fix(groupKey(f), sideKey(f.party));
    }
    const moved = new Set<number>();
    for (let i = 0; i < facts.length; i++) {
      const f = facts[i]!;
      const sides = fixed.get(groupKey(f));
      if (f.kind !== 'party' || !TAKING_PART_RULES.has(f.rule ?? '') || !sides || sides.size < 2) continue;
      const side = sideKey(f.entity);
      if (!side || sides.has(side)) continue;
      // (nor a side by the short name the text gives it in brackets: "the National Liberation Army (ELN)")
      const short = f.entity?.mention ? /^\s*\(([^()]{2,12})\)/.exec(x.text.slice(f.entity.mention.end, f.entity.mention.end + 16))?.[1] : undefined;
      if (short && sides.has(short)) continue;
      // (nor a body of one of the sides, by the demonym right before it or the country the knowledge base gives it: "the
      // Afghan Taliban" where Afghanistan is a side)
      const m = f.entity?.mention;
      const demonym = m ? /([\p{Lu}][\p{L}-]+)\s+$/u.exec(x.text.slice(Math.max(0, m.start - 30), m.start))?.[1] : undefined;
      const own = (demonym ? kn.lexicons.demonymCountry.get(demonym) : undefined) ?? (m ? bodySide(x.text.slice(m.start, m.end), kn) : undefined);
      if (own && sides.has(sideKey({ country: own }) ?? own)) continue;
      // (once for the words: two rules may have read the same name)
      if (moved.has(f.evidence.start)) {
        facts.splice(i--, 1);
        continue;
      }
      moved.add(f.evidence.start);
      f.kind = 'mediator';
      f.rule = 'facts:mediator-third-party';
    }
  },
};
