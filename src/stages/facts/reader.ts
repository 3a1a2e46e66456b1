/**
 * The reader of one document: what every facts step shares. Its sentences with their rounds (stage rounds'
 * `resolveRounds` and `attributeSentences`), the facts read so far, and the helpers that read sides, members, dates and
 * next steps from a span of a sentence. Built once per document; the steps (steps/*.ts) add to `facts`.
 */
import type { Doc, EntityCue, Fact, Mention, RoundCue, TextSpan } from '../../model/schema.js';
import { aliasKey, bodySide, type Knowledge } from '../../knowledge/knowledge.js';
import { lowerBound, startOf } from '../../text/sorted.js';
import { lexTest } from '../../knowledge/gate.js';
import { attributeSentences, resolveRounds } from '../rounds.js';
import { boundLead, ownPhraseLead, sharedDemonymPair, pastTense, backerAfter, sideOpener, GOVERNMENT_SIDE, governmentBefore, governmentOfBefore, leaderGovernment, sideCommonNoun, sideDescriptorLink, sideNounModifier, afterSomething, anaphor, countryGovernment, governmentOpen, sideHead, delegationAfter, governmentDelegation, governmentOf, DAY, DURATION_UNIT, MULTI_FIRST, outcomePatterns, recalledLaunch, recalledSettlement, remitEnd, reportDay, sessionAfter, sessionDuration } from './patterns.js';
import { clauseEnd, cleanRole, servesTitle, datelineOf, lastSeparator, nextSeparator, roleOf, singularRole, withoutAttribution, type Sent } from './text.js';

/** Stage options (pipeline.json): how long before its report an unnumbered session may have met, how many days around
 * its last day still belong to it, and which steps run in which order (all, in their order, when not given). */
export interface FactsOptions {
  recentDays?: number;
  nearDays?: number;
  steps?: string[];
}

/** The reader of a document (see `readerOf`). */
export type Reader = ReturnType<typeof readerOf>;

export function readerOf(doc: Doc, kn: Knowledge, options: FactsOptions = {}) {
  const REPORT_DAY = reportDay(kn);
  const SESSION_AFTER = sessionAfter(kn);
  const SESSION_DURATION = sessionDuration(kn);
  const sentenceText = (at: number): string => sents.find((x) => x.start <= at && at < x.end)?.text ?? '';
  const RECENT_DAYS = options.recentDays ?? 45;
  const NEAR_DAYS = options.nearDays ?? 7;
  /** Whether a sentence is a heading: a line of its own, sixteen words at most, with no closing stop, and text after it
   * (a last line with no stop is a sentence the text was cut off in: "For his part, NAME said that they will fully im"). */
  const headingAt = (i: number): boolean => {
    if (i === doc.sentences.length - 1 && i > 0) return false;
    const { start, end } = doc.sentences[i]!;
    const t = doc.text.slice(start, end);
    const lineStart = start === 0 || doc.text[start - 1] === '\n';
    const lineEnd = end >= doc.text.length || doc.text[end] === '\n' || /^\s*\n/.test(doc.text.slice(end, end + 3));
    return lineStart && lineEnd && !/[.!?"”’]\s*$/.test(t) && t.split(/\s+/).length <= 16;
  };
  // (the last sentence of a sentence's paragraph: the one before the next that starts a line)
  const paragraphEnd = (i: number): number => {
    let k = i;
    while (k + 1 < doc.sentences.length && !/\n\s*$/.test(doc.text.slice(doc.sentences[k]!.end, doc.sentences[k + 1]!.start))) k++;
    return k;
  };
  const { cues, current } = resolveRounds(doc.cues, { paragraphEnd, heading: headingAt });
  /** The verbs of each sentence (wink's part-of-speech tags), by offset. */
  const verbsAt: number[][] = doc.sentences.map(() => []);
  for (const t of doc.tokens) if (t.pos === 'VERB' || t.pos === 'AUX') verbsAt[t.sentence]!.push(t.start);
  // The second half of a compound adjective ("the Iran-backed Houthis", "UN-brokered") is no verb of the clause.
  const compound = (v: number) => v > 1 && doc.text[v - 1] === '-' && /\p{L}/u.test(doc.text[v - 2]!);
  /** Where a phrase that starts at `at` ends: at its clause's end, or before the next verb ("between A and B opened in
   * the Nigerian city of X": the list of sides stops at "opened"). */
  const phraseEnd = (s: Sent, at: number): number => Math.min(clauseEnd(s, at, kn), verbsAt[s.index]!.find((v) => v > at && !compound(v)) ?? Infinity);
  /** The days, weeks and months a next step's clause gives, less those it counts from ("after the summit on May 2"). */
  const nextDates = (s: Sent, clause: TextSpan): Mention[] =>
    s.mentions.filter(
      (m) => m.type === 'Date' && m.value && /^(?:\d{4}|XXXX)-(\d{2}|W\d{2})/.test(m.value) && m.start >= clause.start && m.end <= clause.end && !afterSomething(kn).test(text.slice(Math.max(s.start, m.start - 45), m.start)),
    );
  const OUT = outcomePatterns(kn);
  /** A next step's words, less what is not the step: quote marks, the attribution at its end (", NAME said", ", the
   * statement read") and the asides between commas (", presided over by X,", ", which is in charge of Y,"). */
  const stepText = (t: string): string => {
    const words = withoutAttribution(t, OUT.attribution)
      .replace(OUT.asideBefore, '')
      .replace(OUT.aside, '')
      .replace(/^[\s"“”]+|[\s"“”,]+$/g, '');
    // (less the words of a report before it, where at least three words of the step remain: "…, noting that another
    // round had been scheduled")
    const lead = OUT.reportLead.exec(words);
    return lead && words.slice(lead[0].length).split(/\s+/).length >= 3 ? words.slice(lead[0].length) : words;
  };
  /** A next step's days: those of its clause less the day a report was made ("the EU said Thursday"); a day, where one
   * is given, says more than the week or month around it ("next week … on Monday"). */
  const stepDates = (s: Sent, clause: TextSpan): Mention[] => {
    const dates = nextDates(s, clause).filter((m) => !REPORT_DAY.before.test(text.slice(Math.max(s.start, m.start - 40), m.start)));
    const days = dates.filter((m) => /^(?:\d{4}|XXXX)-\d{2}-\d{2}/.test(m.value!));
    return days.length ? days : dates;
  };
  /** What a next step's clause says besides its words: its date, place, level and whether it is only hoped for. */
  const stepOf = (s: Sent, clause: TextSpan): Pick<Fact, 'value' | 'entity' | 'level' | 'tentative'> => {
    // (or, in a report nothing anchors, a bare weekday, XXXX-WXX-n: the rounds stage may place it by the round's other
    // reports, "On Thursday, the envoy will hold bilateral meetings", the session's own Thursday)
    const date = stepDates(s, clause)[0] ?? s.mentions.find((m) => m.type === 'Date' && /^XXXX-WXX-[1-7]$/.test(m.value ?? '') && m.start >= clause.start && m.end <= clause.end);
    const place = s.mentions.find((m) => m.type === 'Place' && m.start >= clause.start && m.end <= clause.end && OUT.destination.test(text.slice(m.start - 9, m.start)) && countryKind(m) !== 'country');
    const level = OUT.levels.find(([, re]) => re.test(clause.text))?.[0];
    const tentative = OUT.tentative.test(text.slice(s.start, clause.end));
    return { ...(date?.value ? { value: date.value.replace(/T.*$/, '') } : {}), ...(place ? { entity: cueOf(place) } : {}), ...(level ? { level } : {}), ...(tentative ? { tentative } : {}) };
  };
  /** The numbers an outcome states: its quantities and durations ("a seven-day truce", "within 135 days"), less the
   * length of the session ("after two weeks of talks"), a count of background ("a war that has killed 3,000"), and the
   * level a change starts from ("from about 12,000 to 8,600" states 8,600). */
  const outcomeNumbers = (s: Sent, phrase: TextSpan): NonNullable<Fact['quantities']> =>
    s.mentions
      .filter((m) => m.start >= phrase.start && m.end <= phrase.end)
      .flatMap((m) => {
        const after = text.slice(m.end, m.end + 40);
        if (OUT.background.test(after) || OUT.backgroundBefore.test(text.slice(Math.max(s.start, m.start - 30), m.start))) return [];
        if (m.type === 'Quantity') {
          const range = OUT.rangeTo.exec(m.text);
          const extra = { ...(m.unit ? { unit: m.unit } : {}), ...(m.mod ? { mod: m.mod } : {}) };
          // "from 5 to 30": the number it came to; "aged 18 to 25": both ends, each a number the outcome states.
          if (range && /\bfrom\s+$/i.test(text.slice(Math.max(0, m.start - 6), m.start))) return [{ value: range[1]!.replace(/,/g, ''), ...extra }];
          if (range && m.value) return [{ value: m.value, ...extra }, { value: range[1]!.replace(/,/g, ''), ...extra }];
          return [{ value: m.value ?? '', ...extra }];
        }
        const d = m.type === 'Date' ? /^PT?(\d+(?:\.\d+)?)([YMWDH])$/.exec(m.value ?? '') : null;
        if (!d || SESSION_DURATION.test(after)) return [];
        return [{ value: d[1]!, unit: DURATION_UNIT[d[2]!]!, ...(m.mod ? { mod: m.mod } : {}) }];
      });
  /** Cues that point back to an earlier round ("their previous meeting"). */
  const backRefs = cues.filter((c) => c.relative === 'previous');
  const text = doc.text;
  // Mentions by sentence, in one sweep (both lists are sorted by offset).
  const bySentence: Mention[][] = doc.sentences.map(() => []);
  {
    let k = 0;
    for (const m of doc.mentions) {
      while (k < doc.sentences.length && doc.sentences[k]!.end < m.end) k++;
      if (k < doc.sentences.length && m.start >= doc.sentences[k]!.start) bySentence[k]!.push(m);
    }
  }
  // Cues by sentence, in one pass (a filter per sentence made long articles quadratic).
  const cuesOf: RoundCue[][] = doc.sentences.map(() => []);
  for (const c of cues) cuesOf[c.sentence]?.push(c);
  const sents: Sent[] = doc.sentences.map((s, index) => {
    const t = text.slice(s.start, s.end);
    const lineStart = s.start === 0 || text[s.start - 1] === '\n';
    return {
      index,
      start: s.start,
      end: s.end,
      text: t,
      round: current,
      cues: cuesOf[index]!.filter((c) => c.round !== undefined),
      plain: cuesOf[index]!.filter((c) => c.round === undefined && c.ordinal === undefined && !c.relative),
      mentions: bySentence[index]!,
      heading: headingAt(index),
      lineStart,
      gateWords: undefined,
    };
  });
  attributeSentences(sents, current, anaphor(kn), pastTense(kn), boundLead(kn));

  const facts: Fact[] = [];
  // The member facts so far, indexed as they are added (a scan of every fact per sentence made long articles
  // quadratic): by the sentence their evidence starts in, and by their person's mention. Facts are only appended
  // until the sentences are all read.
  const membersIn = new Map<number, Fact[]>();
  const memberStarts = new Set<number | undefined>();
  let indexed = 0;
  const syncMembers = () => {
    for (; indexed < facts.length; indexed++) {
      const f = facts[indexed]!;
      if (f.kind !== 'member') continue;
      memberStarts.add(f.entity?.mention?.start);
      const at = lowerBound(sents, f.evidence.start + 1, startOf) - 1;
      if (at >= 0 && f.evidence.start >= sents[at]!.start) membersIn.set(at, [...(membersIn.get(at) ?? []), f]);
    }
  };
  const span = (start: number, end: number): TextSpan => ({ start, end, text: text.slice(start, end) });
  const cueOf = (m: Mention): EntityCue => ({ mention: { start: m.start, end: m.end } });
  /** A body as a side: "the Government of Colombia" is Colombia (facts.json governmentNouns); any other body is itself. */
  const sideCue = (m: Mention): EntityCue => {
    const g = governmentOf(kn).exec(m.text);
    let country = g && kn.aliases.get(aliasKey(g[1]!))?.find((e) => e.kind === 'country')?.name;
    // "the Government of the Bolivarian Republic of Venezuela", cut where the country's own long name begins: the
    // country the words right after the body's name name.
    if (!country && governmentOpen(kn).test(m.text)) {
      const at = lowerBound(doc.mentions, m.end, startOf);
      const next = doc.mentions.slice(at, at + 3).find((n) => n.type === 'Place' && /^(?:\s+(?:of|the|\p{Lu}[\p{L}’']*)){0,4}\s*$/u.test(text.slice(m.end, n.start)));
      const e = next && kn.aliases.get(aliasKey(next.text))?.find((x) => x.kind === 'country');
      if (e) country = e.name;
    }
    // (a state body acts for its country: "Mossad's NAME", "the CIA's NAME"; the knowledge base's `country`)
    // (and a movement that speaks for a territory's people is the side named by that territory: the Polisario Front,
    // "the Sahrawi delegation"; stage briefs names the side by the movement)
    country ??= bodySide(m.text, kn);
    return country ? { country } : cueOf(m);
  };
  /** A side by its country's name, however written ("Chile", "Chilean", "the Government of Chile"), else its words. */
  const sideKey = (c: EntityCue | undefined): string | undefined => {
    const t = c?.mention ? text.slice(c.mention.start, c.mention.end) : undefined;
    return c?.country ?? (t ? kn.lexicons.demonymCountry.get(t) ?? kn.aliases.get(aliasKey(t))?.find((e) => e.kind === 'country')?.name ?? t : undefined);
  };
  const isMedia = (m: Mention) => kn.lexicons.media.has(aliasKey(m.text));
  const countryKind = (m: Mention) => kn.aliases.get(aliasKey(m.text))?.find((e) => e.type === 'Place')?.kind;
  const cityState = (m: Mention) => !!kn.aliases.get(aliasKey(m.text))?.find((e) => e.type === 'Place')?.cityState;
  /** Country words of a span: country mentions and demonyms, in order (those of the sentence, found once). */
  const sentenceCountries = new Map<number, Array<{ cue: EntityCue; at: number; end: number }>>();
  const countriesIn = (s: Sent, from: number, to: number): Array<{ cue: EntityCue; at: number; end: number }> => {
    let all = sentenceCountries.get(s.index);
    if (!all) sentenceCountries.set(s.index, (all = countriesOfSpan(s, s.start, s.end)));
    return all.filter((o) => o.at >= from && o.end <= to);
  };
  const countriesOfSpan = (s: Sent, from: number, to: number): Array<{ cue: EntityCue; at: number; end: number }> => {
    const out: Array<{ cue: EntityCue; at: number; end: number }> = [];
    // (not a country that backs a side, "the Iran-backed Houthis": facts.json backers)
    const backer = (end: number) => backerAfter(kn).test(text.slice(end, end + 16));
    for (const m of s.mentions) if (m.start >= from && m.end <= to && m.type === 'Place' && countryKind(m) === 'country' && !backer(m.end)) out.push({ cue: cueOf(m), at: m.start, end: m.end });
    // Demonyms, and country words inside other names ("US Army Europe").
    const re = /(?:[A-Z]\.){2,}|\b[A-Z][A-Za-z]+\b/g;
    const seg = text.slice(from, to);
    const countryOf = (w: string) => kn.lexicons.demonymCountry.get(w) ?? kn.aliases.get(aliasKey(w))?.find((e) => e.kind === 'country')?.name;
    for (let m = re.exec(seg); m; m = re.exec(seg)) {
      const at = from + m.index;
      if (out.some((o) => o.at <= at && at < o.end)) continue;
      // (not a word of a city's name: "Mexico City", "Kuwait City")
      if (s.mentions.some((x) => x.type === 'Place' && x.start <= at && at < x.end && x.end - x.start > m![0].length && !!countryKind(x) && countryKind(x) !== 'country')) continue;
      // Names of two or three words first ("North Korean", "South African"), then the word alone; only words that
      // start such a name are tried (most capitalized words start none).
      const first = m[0];
      // (two demonyms that name a community: "Greek Cypriot leader NAME" is of the Greek Cypriots, not of Greece)
      const pairAt = /^\p{Lu}\p{L}+\s+\p{Lu}\p{L}+/u.exec(seg.slice(m.index))?.[0];
      const pair = pairAt?.replace(/\s+/, ' ');
      // (also the first of two that share their country's word: "Greek and Turkish Cypriot leaders")
      const shared = sharedDemonymPair(kn).exec(seg.slice(m.index));
      const sharedCommunity = shared && kn.lexicons.communities.has(`${shared[2]} ${shared[3]}`) ? kn.lexicons.communities.get(`${shared[1]} ${shared[3]}`) : undefined;
      if (sharedCommunity) {
        if (!backer(at + first.length)) out.push({ cue: { community: sharedCommunity.name }, at, end: at + first.length });
        continue;
      }
      const community = pair ? kn.lexicons.communities.get(pair) : undefined;
      if (community) {
        const len = pairAt!.length;
        if (!backer(at + len)) out.push({ cue: { community: community.name }, at, end: at + len });
        re.lastIndex = m.index + len;
        continue;
      }
      const longer = MULTI_FIRST(kn).has(first) || kn.aliasFirstWords.has(first.toLowerCase()) ? (/^[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){1,2}/.exec(seg.slice(m.index))?.[0].split(/\s+/) ?? []) : [];
      let found: { country: string; len: number } | undefined;
      for (let n = longer.length; n >= 2 && !found; n--) {
        const w = longer.slice(0, n).join(' ');
        const c = countryOf(w);
        if (c) found = { country: c, len: seg.slice(m.index).indexOf(longer[n - 1]!) + longer[n - 1]!.length };
      }
      const country = found?.country ?? countryOf(m[0]);
      if (country && !backer(at + (found?.len ?? m[0].length))) out.push({ cue: { country }, at, end: at + (found?.len ?? m[0].length) });
      if (found) re.lastIndex = m.index + found.len;
    }
    return out.sort((a, b) => a.at - b.at);
  };

  /**
   * Sides a span names by a common noun ("the government and the opposition", facts.json sideCommonNouns): the body the
   * noun describes where one follows it ("the opposition grouped in the Unitary Platform"), else the side of the noun,
   * with the country a word right before it names ("Venezuela's opposition"), else the country whose government the
   * article names. Not a noun that modifies someone ("opposition leader NAME").
   */
  const commonSidesIn = (s: Sent, from: number, to: number): Array<{ cue: EntityCue; at: number; end: number }> => {
    const out: Array<{ cue: EntityCue; at: number; end: number }> = [];
    const seg = text.slice(from, to);
    if (!kn.lexicons.facts.sideCommonNouns.test(seg)) return out;
    const re = sideCommonNoun(kn);
    re.lastIndex = 0;
    for (let m = re.exec(seg); m; m = re.exec(seg)) {
      const at = from + m.index;
      const end = at + m[0].length;
      if (s.mentions.some((x) => x.start <= at && end <= x.end) || sideNounModifier(kn).test(text.slice(end, end + 30))) continue;
      const body = s.mentions.find((x) => x.type === 'Organization' && !isMedia(x) && x.start >= end && sideDescriptorLink(kn).test(text.slice(end, x.start)));
      if (body) {
        const c = sideCue(body);
        out.push({ cue: c.mention ? { ...c, side: m[1]!.toLowerCase() } : c, at, end: body.end });
        continue;
      }
      // The country: a country word among the three words before ("the Venezuelan opposition", "Venezuela's political opposition").
      const lead = ownPhraseLead(kn).exec(text.slice(Math.max(s.start, at - 50), at))![0];
      const own = countriesIn(s, at - lead.length, at).at(-1);
      const country = (own?.cue.country ?? (own?.cue.mention ? kn.aliases.get(aliasKey(text.slice(own.cue.mention.start, own.cue.mention.end)))?.find((e) => e.kind === 'country')?.name : undefined)) ?? governmentCountry();
      out.push({ cue: { side: m[1]!.toLowerCase(), ...(country ? { country } : {}) }, at: own?.at ?? at, end });
    }
    return out;
  };
  /** A country a role is about, not whose it is: "envoy for Afghan reconciliation", "special representative for North
   * Korea", "ambassador to Sudan". */
  // (not where a noun for the side follows the country: "chief negotiator for the Colombian State")
  const remitBefore = (at: number, end?: number): boolean => remitEnd(kn).test(text.slice(Math.max(0, at - 12), at)) && !(end !== undefined && sideHead(kn).test(text.slice(end, end + 20)));
  /** A country in the possessive before a body ("Afghanistan's Taliban", "Sudan's army chief"): the body is the side. */
  const ownsBody = (s: Sent, end: number): boolean => {
    const poss = /^[’'´]s\s+(?:the\s+)?/.exec(text.slice(end, end + 8));
    return !!poss && s.mentions.some((m) => m.type === 'Organization' && m.start === end + poss[0].length);
  };
  /** The people of a span whose title names their country ("Serbian President NAME", "Kosovo PM NAME"): members of
   * that country's delegation, with the title as their role. */
  const ownerOf = /\bof\s+(?:the\s+)?$/i;
  const membersOfTheirTitles = (s: Sent, from: number, to: number, r: number, rule: string, bodies = false): void => {
    const first = facts.length;
    // (not one whose title or aide the possessive names: "NAME's top adviser NAME")
    for (const p of s.mentions.filter((m) => m.type === 'Person' && m.start >= from && m.end <= to && !/^[’']s\b/.test(text.slice(m.end, m.end + 3)))) {
      // A title holds no finite verb: the clause before one ("the delegations expressed their gratitude to Secretary
      // NAME") is not the person's title ("acting", "visiting" may still lead one).
      const verb = verbsAt[s.index]!.filter((v) => v >= from && v < p.start && /^[a-z]+(?<!ing)\b/.test(text.slice(v, v + 30))).at(-1);
      const afterVerb = verb === undefined ? from : verb + /^\S+\s*/.exec(text.slice(verb))![0].length;
      const segStart = Math.max(afterVerb, lastSeparator(text, from, p.start, s.mentions, kn));
      // One named after "of" owns the group before, and is not in it: "the delegates of the opposition coalition of NAME",
      // "the government of NAME".
      if (ownerOf.test(text.slice(segStart, p.start))) continue;
      // (nor one whose title follows "to", "of", "for": "NAME, the national security adviser to Prime Minister NAME2")
      if (servesTitle(text, s.mentions, kn, p.start, s.start)) continue;
      // With `bodies`, a body the person's title names stands for their side ("a senior TPLF official").
      const segEnd0 = nextSeparator(text, p.end, to);
      const body = bodies
        ? s.mentions.find((m) => m.type === 'Organization' && !isMedia(m) && ((m.start >= segStart && m.end <= p.start) || (m.start >= p.end && m.end <= Math.max(segEnd0, p.end + 80) && m.end <= to)))
        : undefined;
      // The country of the title before the name, else (with `bodies`) of the role after it ("NAME, chief of staff of the
      // Ghana Armed Forces"), else the body itself.
      // (not the country of the next person's title: "attended by NAME, Cambodian prime minister NAME")
      const nextTitle = (c: { end: number }) => s.mentions.some((m) => m.type === 'Person' && m.start >= c.end && m.start <= to && !/[,;(]/.test(text.slice(c.end, m.start)));
      // (nor, after "and", the country of the next person's title: "A's minister, NAME, and B's minister, NAME")
      const nextItem = (c: { at: number; end: number }) => /\band\s+(?:the\s+)?$/.test(text.slice(p.end, c.at)) && s.mentions.some((m) => m.type === 'Person' && m.start > c.end && m.start <= to);
      const apposition = bodies ? countriesIn(s, p.end, Math.min(to, Math.max(segEnd0, p.end + 80))).filter((c) => !s.mentions.some((m) => m.type === 'Person' && m.start > p.end && m.start < c.at) && !remitBefore(c.at, c.end) && !nextTitle(c) && !nextItem(c))[0] : undefined;
      // (a side named by a common noun in the title: "the head of Venezuela's opposition delegation NAME")
      // (a country word inside a body's name in the title is the body's: "National Democratic Front of the Philippines
      // Chief Political Consultant NAME" speaks for the Front, "the Government of Colombia's delegate" for Colombia)
      const inBody = (c: { at: number; end: number }) => s.mentions.find((o) => o.type === 'Organization' && !isMedia(o) && o.start <= c.at && c.end <= o.end && o.end - o.start > c.end - c.at);
      const titleCountry = countriesIn(s, segStart, p.start).filter((c) => !remitBefore(c.at, c.end)).at(-1);
      const owner = titleCountry && inBody(titleCountry);
      // (or the country right after the name: "Deputy Speaker NAME of Chile")
      const ofCountry = countriesIn(s, p.end, Math.min(to, p.end + 40)).find((c) => /^\s+of\s+(?:the\s+)?$/.test(text.slice(p.end, c.at)));
      const named = commonSidesIn(s, segStart, p.start).at(-1) ?? (owner ? { cue: sideCue(owner), at: owner.start, end: owner.end } : titleCountry) ?? ofCountry ?? apposition ?? (body ? { cue: sideCue(body), at: body.start, end: body.end } : undefined);
      // (else a title of theirs that ends in a comma right before the name, honorifics aside: "Qatar's prime minister
      // and top diplomat, NAME, was heading to …", where that title names no one else; it is their role too)
      const comma = !named && /^(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u.test(text.slice(segStart, p.start)) ? /,\s*$/.exec(text.slice(Math.max(from, segStart - 4), segStart)) : null;
      const commaAt = comma ? Math.max(from, segStart - 4) + comma.index : -1;
      const titleFrom = comma ? lastSeparator(text, from, commaAt, s.mentions, kn) : -1;
      // (not a title in the plural, which two names share: "the foreign ministers of A and B, NAME and NAME"; step
      // respectively-lists pairs them; but where a title of one ends the list after it, that one is the person's:
      // "senior representatives of A and B's intelligence chief, NAME")
      const titleText = comma ? text.slice(titleFrom, commaAt) : '';
      const plural = comma ? /([\p{Ll}-]+)\s+(?:of|from)\s/u.exec(titleText) ?? /([\p{Ll}-]+)$/u.exec(titleText) : null;
      const ownAfterList = kn.lexicons.titleLastWords.has(titleText.split(/\s+/).at(-1)!.toLowerCase());
      const shared = !!plural && !ownAfterList && singularRole(plural[1]!) !== plural[1] && kn.lexicons.titleSet.has(singularRole(plural[1]!));
      const ownTitle = comma && !shared && !s.mentions.some((m) => m.type === 'Person' && m.start >= titleFrom && m.start < commaAt);
      // (with `bodies`, a body that title names where it names no country of theirs: "the UN special representative
      // in Bolivia, NAME")
      const titleBody = ownTitle && bodies ? s.mentions.find((m) => m.type === 'Organization' && !isMedia(m) && m.start >= titleFrom && m.end <= commaAt) : undefined;
      const titleBefore = ownTitle ? (countriesIn(s, titleFrom, commaAt).filter((c) => !remitBefore(c.at, c.end)).at(-1) ?? (titleBody ? { cue: sideCue(titleBody), at: titleBody.start, end: titleBody.end } : undefined)) : undefined;
      // (else the side the sentence opens with: "From Ghana, the president's top aide NAME was also joining")
      const opener = !named && !titleBefore && p.start > s.start + 6 ? sideOpener(kn).exec(s.text) : null;
      const openerSide = opener ? countriesIn(s, s.start + opener[0].length, s.end).find((c) => c.at === s.start + opener[0].length && /^\s*,/.test(text.slice(c.end, c.end + 3))) : undefined;
      const own = named ?? titleBefore ?? openerSide;
      // With no country of their own, a side only where the person's title or relation gives one in another report
      // (stage briefs); a person with neither title nor country is not read as a member.
      const segEnd = nextSeparator(text, p.end, to);
      const role = roleOf(text, segStart, p, Math.min(segEnd, to), kn, s.mentions, verbsAt[s.index]) ?? (titleBefore ? { text: text.slice(titleFrom, commaAt), apposition: false } : undefined);
      if (!own && !role) continue;
      facts.push({
        rule,
        kind: 'member',
        round: r,
        entity: cueOf(p),
        ...(own ? { party: own.cue } : {}),
        ...(role ? { role: cleanRole(role.text, kn), roleSource: role.apposition ? ('apposition' as const) : ('title' as const) } : {}),
        head: false,
        evidence: span(segStart, p.end),
      });
    }
    // Two signatories sign for two sides: one whose side nothing names is across the table from the other.
    const signed = facts.slice(first);
    if (bodies && signed.length === 2 && signed.filter((f) => f.party).length === 1) {
      const [withSide, without] = signed[0]!.party ? [signed[0]!, signed[1]!] : [signed[1]!, signed[0]!];
      without.opposite = withSide.entity!;
    }
  };
  const single = new Set(cues.filter((c) => c.ordinal !== undefined).map((c) => c.ordinal)).size === 1;
  /** The sides a span names: countries and demonyms, capitals standing for their country ("Belgrade's"), bodies in the possessive ("the EU's"). */
  const sidesIn = (s: Sent, from: number, to: number): Array<{ cue: EntityCue; at: number; end: number }> => {
    const out = countriesIn(s, from, to);
    for (const m of s.mentions) {
      if (m.start < from || m.end > to || out.some((o) => o.at <= m.start && m.start < o.end)) continue;
      const possessive = /^[’']s\b/.test(text.slice(m.end, m.end + 3));
      const kb = kn.aliases.get(aliasKey(m.text))?.find((e) => e.type === 'Place');
      if (m.type === 'Place' && kb?.kind === 'capital' && kb.country && possessive) out.push({ cue: { country: kb.country }, at: m.start, end: m.end });
      // A body in the possessive ("the EU's"), or naming a delegation ("the ELN delegation", "the Taliban team").
      // (a government office the text ties to its country is that country's: "the Foreign Ministry's department head NAME")
      else if (m.type === 'Organization' && !isMedia(m) && (possessive || delegationAfter(kn).test(text.slice(m.end, m.end + 30)))) out.push({ cue: m.office ? { country: m.office.country } : sideCue(m), at: m.start, end: m.end });
    }
    // "the opposition delegation", "Venezuela's opposition team": a side named by a common noun.
    for (const c of commonSidesIn(s, from, to))
      if (delegationAfter(kn).test(text.slice(c.end, c.end + 30))) {
        for (let i = out.length - 1; i >= 0; i--) if (out[i]!.at >= c.at && out[i]!.end <= c.end) out.splice(i, 1);
        out.push(c);
      }
    // "the Government delegation", "the government's negotiating team": the side of the government the article names
    // ("the Government of Colombia", "the Colombian government"), else the government side of the series (stage briefs:
    // the country its rounds name as a side).
    const seg = text.slice(from, to);
    for (const g of seg.matchAll(governmentDelegation(kn))) {
      // (the span of the government noun: "the [Government] delegation")
      const at = from + g.index! + g[0].toLowerCase().indexOf(g[1]!.toLowerCase(), 3);
      const country = statedGovernment();
      if (!out.some((o) => o.at <= at && at < o.end)) out.push({ cue: country ? { country } : { side: GOVERNMENT_SIDE }, at, end: at + g[1]!.length });
    }
    // "the NAME government", "the government of NAME": the government a leader heads, the one the article names.
    for (const m of s.mentions) {
      if (m.type !== 'Person' || m.start < from || m.end > to || out.some((o) => o.at <= m.start && m.start < o.end)) continue;
      if (!leaderGovernment(kn).test(text.slice(m.end, m.end + 16)) && !governmentOfBefore(kn).test(text.slice(Math.max(0, m.start - 20), m.start))) continue;
      const country = statedGovernment();
      out.push({ cue: country ? { country } : { side: GOVERNMENT_SIDE }, at: m.start, end: m.end });
    }
    return out.sort((a, b) => a.at - b.at);
  };
  /** The country whose government the article names ("the Government of Colombia", "the Colombian government",
   * "Colombia's government"), found once. */
  let stated: string | null | undefined;
  const statedGovernment = (): string | undefined => {
    if (stated === undefined) {
      stated = null;
      for (const m of doc.mentions) {
        if (m.type !== 'Organization') continue;
        const g = governmentOf(kn).exec(m.text);
        const c = g && kn.aliases.get(aliasKey(g[1]!))?.find((e) => e.kind === 'country')?.name;
        if (c) {
          stated = c;
          break;
        }
      }
      if (!stated)
        for (const g of text.matchAll(countryGovernment(kn))) {
          // (the longest country name the words end with: "the South Sudan government" is South Sudan's, not Sudan's)
          const words = g[1]!.replace(/[’']s$/, '').split(/\s+/);
          let c: string | undefined;
          for (let k = 0; k < words.length && !c; k++) {
            const w = words.slice(k).join(' ');
            c = kn.lexicons.demonymCountry.get(w) ?? kn.aliases.get(aliasKey(w))?.find((e) => e.kind === 'country')?.name;
          }
          if (c) {
            stated = c;
            break;
          }
        }
    }
    return stated ?? undefined;
  };
  /** That country, else the country the article names most, where one stands out (whose opposition "the opposition"
   * of a report on Venezuela's talks is), found once. */
  let government: string | null | undefined;
  const governmentCountry = (): string | undefined => {
    if (government === undefined) {
      government = statedGovernment() ?? null;
      if (!government) {
        const counts = new Map<string, number>();
        for (const m of doc.mentions) {
          if (m.type !== 'Place') continue;
          const c = kn.aliases.get(aliasKey(m.text))?.find((e) => e.kind === 'country')?.name;
          if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
        }
        const ranked = [...counts].sort((a, b) => b[1] - a[1]);
        if (ranked[0] && (!ranked[1] || ranked[0][1] > ranked[1][1])) government = ranked[0][0];
      }
    }
    return government ?? undefined;
  };
  /** A person's title before the name (from the last separator) and apposition after it, where they hold a negotiator's word. */
  const negotiatorRoles = (s: Sent, p: Mention): TextSpan[] => {
    const out: TextSpan[] = [];
    const relStart = p.start - s.start;
    const before = s.text.slice(0, relStart);
    // The title right before the name: back to a clause break, "and", "with" or a verb of saying.
    let cut = Math.max(0, ...[...before.matchAll(OUT.titleCut)].map((m) => m.index! + m[0].length));
    // (back past "of" to a head's noun: "Head of Houthi delegation NAME")
    const headOf = OUT.headOf.exec(before.slice(Math.max(0, cut - 16), cut));
    if (headOf) cut = Math.max(0, cut - 16) + headOf.index;
    const title = before.slice(cut);
    // A title is a few words ("Iran's chief nuclear negotiator"), not a clause.
    if (title.trim() && title.trim().split(/\s+/).length <= 7 && kn.lexicons.negotiatorRoles.test(title)) out.push({ start: s.start + cut, end: p.start, text: title.trim() });
    // "THE ROLE, NAME": a role that stands alone before the comma.
    const prevClause = /(?:^|[,;(]\s*)((?:the\s+)?[^,;()]{3,90}?),\s*$/i.exec(before);
    if (prevClause && !title.trim() && kn.lexicons.negotiatorRoles.test(prevClause[1]!) && !s.mentions.some((m) => m.type === 'Person' && m.start >= s.start + prevClause.index && m.end <= p.start)) {
      // (a title holds no finite verb: in a clause, only what follows its last verb and a boundary after it, "and he
      // reflected on his meeting with his Armenian counterpart, NAME" gives "his Armenian counterpart")
      const from = s.start + before.lastIndexOf(prevClause[1]!);
      const verb = verbsAt[s.index]!.filter((v) => v >= from && v < p.start && /^[a-z]+(?<!ing)\b/.test(text.slice(v, v + 30))).at(-1);
      // (or, with no boundary after it, what follows the verb itself: "spoke beside the delegate for the Front, NAME")
      const afterVerb = verb === undefined ? 0 : verb - from + /^\S+\s*/.exec(text.slice(verb))![0].length;
      const inner = verb === undefined ? 0 : Math.max(afterVerb, ...[...prevClause[1]!.matchAll(OUT.titleCut)].map((m) => m.index! + m[0].length).filter((e) => from + e > verb));
      const role = prevClause[1]!.slice(inner);
      if (role && kn.lexicons.negotiatorRoles.test(role)) out.push({ start: from + inner, end: from + inner + role.length, text: role });
    }
    // "THE ROLE, TITLE NAME": the same role before a comma, with the person's own titles between it and the name ("The
    // head of Peru's delegation, presidential adviser and former sports minister NAME, said"): a few words, no verb and
    // no other name between.
    if (!out.length && !prevClause) {
      const comma = before.lastIndexOf(',');
      const between = comma >= 0 ? before.slice(comma + 1).trim() : '';
      // (a title: it ends in a title's last word, and no conjunction opens it, "…, and top commander NAME"; clauses.json
      // itemConjunctions, contrastOpeners)
      const words = between.split(/\s+/);
      const plain = between && words.length <= 8 && kn.lexicons.titleLastWords.has(words.at(-1)!.toLowerCase()) && !kn.lexicons.clauses.itemConjunctions.test(words[0]!) && !kn.lexicons.clauses.contrastOpeners.test(words[0]!) && !/[;:()\u2013\u2014]/.test(between) && !verbsAt[s.index]!.some((v) => v > s.start + comma && v < p.start) && !s.mentions.some((m) => m.type === 'Person' && m.start > s.start + comma && m.end <= p.start);
      const lead = plain ? /(?:^|[,;(]\s*)((?:the\s+)?[^,;()]{3,90}?),\s*$/i.exec(before.slice(0, comma + 1)) : null;
      if (lead && kn.lexicons.negotiatorRoles.test(lead[1]!) && !s.mentions.some((m) => m.type === 'Person' && m.start >= s.start + lead.index && m.end <= s.start + comma)) {
        const at = s.start + before.slice(0, comma + 1).lastIndexOf(lead[1]!);
        if (!verbsAt[s.index]!.some((v) => v >= at && v < at + lead[1]!.length && /^[a-z]+(?<!ing)\b/.test(text.slice(v, v + 30)))) out.push({ start: at, end: at + lead[1]!.length, text: lead[1]! });
      }
    }
    // The apposition: ", ROLE," or ", who led the ADJ delegation".
    // (two offices joined by "and" may run long: "president of the X Assembly and chief of the government delegation")
    // (or a second office the apposition adds after ", and": "NAME, president of the Assembly, and representative of
    // the government in the talks, said …")
    const after = s.text.slice(p.end - s.start);
    const app = /^,\s*((?:who\s+)?[^,;.()“"]{3,130})/.exec(after);
    const second = app && !kn.lexicons.negotiatorRoles.test(app[1]!) ? /^,\s*[^,;.()“"]{3,130},\s*and\s+((?:the\s+)?[^,;.()“"]{3,130})/.exec(after) : null;
    // (no other person in it, but one whose government it names: "representative of the NAME government")
    const otherPerson = (m: Mention, end: number) => m.type === 'Person' && m.start > p.end && m.start < end && !governmentBefore(kn).test(text.slice(m.end, m.end + 14).replace(/^\s*(\S+).*$/s, '$1'));
    for (const a of [app, second])
      if (a && kn.lexicons.negotiatorRoles.test(a[1]!) && !s.mentions.some((m) => otherPerson(m, p.end + a[0].length))) {
        const st = p.end + a[0].length - a[1]!.length;
        out.push({ start: st, end: st + a[1]!.length, text: a[1]! });
      }
    return out;
  };
  const dateline = datelineOf(text);
  const inDateline = (at: number) => !!dateline && at >= dateline.start && at < dateline.end;
  const anchorTime = doc.anchor?.day ? Date.parse(doc.anchor.day) : undefined;
  // Photo captions and credits ("In this photo released by …, A meets B in X, Tuesday, March 12"): a whole line that
  // holds a caption marker describes a photograph, not the session; it gives no fact but a negotiator named by title
  // ("Iran's chief nuclear negotiator NAME", pictured at the talks).
  // (A text with no marker at all has no such line: one test of the whole text spares one per line.)
  // (A marker made of a lexicon is asked of a sentence only where the lexicon gate lets it through: where it lets
  // none through, no line is marked, and the text is not scanned either.)
  const linesMarked = (marker: { test(text: string): boolean }): boolean[] => {
    const marked = sents.map(() => false);
    const gated = marker instanceof RegExp && !!kn.lexiconGate?.gates(marker);
    const test = gated ? (x: Sent) => lexTest(kn, x, marker as RegExp) : (x: Sent) => marker.test(x.text);
    if (gated && !sents.some((x) => kn.lexiconGate!.may(x, marker as RegExp))) return marked;
    if (!marker.test(text)) return marked;
    let lineFrom = 0;
    for (let i = 0; i <= sents.length; i++)
      if (i === sents.length || (i > 0 && sents[i]!.lineStart)) {
        const line = sents.slice(lineFrom, i);
        if (line.some(test)) for (const x of line) marked[x.index] = true;
        lineFrom = i;
      }
    return marked;
  };
  const captionLine = linesMarked(kn.lexicons.captionMarkers);
  // Lines that end in a photographer's or an agency's credit ("(NAME/AGENCY)", "… last September. AGENCY"): captions
  // too, of a photograph that may be of another meeting.
  const creditLine = linesMarked(kn.lexicons.photoCredits);
  /** Whether the text before an offset recalls a settlement ("the agreement signed on … in") or a process's launch ("the
   * Initiative, launched on"). */
  const recalls = (s: Sent, at: number) => recalledSettlement(kn).test(text.slice(Math.max(s.start, at - 80), at)) || launches(s, at);
  /** Whether the text before an offset recalls the launch of the process or the body whose sittings are the talks: the
   * series' first session. */
  const launches = (s: Sent, at: number) => recalledLaunch(kn).test(text.slice(Math.max(s.start, at - 240), at));
  /**
   * A settlement the sentence recalls as concluded within the days before the article appeared ("a joint agreement
   * signed in Doha on Saturday", the article's Saturday): the news the article reports, not an earlier round's.
   */
  const ofTheDay = (s: Sent): Mention | undefined =>
    anchorTime === undefined
      ? undefined
      : s.mentions.find((m) => m.type === 'Date' && /^\d{4}-\d{2}-\d{2}$/.test(m.value ?? '') && Date.parse(m.value!) <= anchorTime + DAY && Date.parse(m.value!) >= anchorTime - 2 * DAY && recalls(s, m.start));
  return {
    doc, kn, text, cues, current, single, backRefs, sents, facts, verbsAt, dateline, anchorTime, captionLine, creditLine,
    RECENT_DAYS, NEAR_DAYS, REPORT_DAY, SESSION_AFTER, SESSION_DURATION, OUT,
    sentenceText, phraseEnd, nextDates, stepText, stepDates, stepOf, outcomeNumbers, span, cueOf, sideCue, sideKey, isMedia, countryKind, cityState,
    countriesIn, commonSidesIn, statedGovernment, remitBefore, ownsBody, membersOfTheirTitles, sidesIn, negotiatorRoles, inDateline, recalls, launches, ofTheDay,
    syncMembers, membersIn, memberStarts,
    /** The delegation the text spoke of last ("It is headed by …" reads it). */
    lastParty: undefined as EntityCue | undefined,
    /** The last sentence that gave an agreement's terms (outcomes): the next sentence may go on with them. */
    termsAt: -2,
  };
}
