/**
 * Text helpers of the facts steps: sentences as the steps see them, clause and list boundaries, roles, phrases of
 * outcomes, quotes and their speakers. Each reads only the text and the mentions it is given.
 */
import type { Doc, Mention, RoundCue, TextSpan, Token } from '../../model/schema.js';
import { aliasKey, type Knowledge } from '../../knowledge/knowledge.js';
import type { GateSlot } from '../../knowledge/gate.js';
import { lowerBound, startOf } from '../../text/sorted.js';
import { addresseeBefore, clausePatterns, examplesLead, servedLink, servedTitleBefore, DAY, genericTopic, honorific, remitWord, speechInRole, talksTail } from './patterns.js';

/** A sentence of the document, with its round, its cues and its mentions (and which lexicons can match it: gate.ts). */
export interface Sent extends GateSlot {
  index: number;
  start: number;
  end: number;
  text: string;
  round: number;
  cues: RoundCue[];
  mentions: Mention[];
  heading: boolean;
  /** It speaks of a session without numbering it, in an article that numbers rounds: it reports its section's round. */
  plain: RoundCue[];
  /** First sentence of its line (paragraph). */
  lineStart: boolean;
}

export function datelineOf(text: string): { start: number; end: number; cityEnd: number } | undefined {
  let at = 0;
  // (within a page's head: its headline, a standfirst, a byline and a counter may come first)
  for (let line = 0; line < 6 && at < text.length; line++) {
    // (a syndication tag in brackets may open the line: "(MENAFN- Kuwait News Agency (KUNA)) DOHA, Oct 19 (KUNA) --")
    const tag = /^\((?:[^()\n]|\([^()\n]*\))*\)\s*/.exec(text.slice(at, at + 120))?.[0].length ?? 0;
    const from = at + tag;
    const rest = text.slice(from, from + 200);
    const m =
      // (with its day after the city: "GENEVA, 5 April 2024 –", "BRUSSELS, June 2 —")
      /^([A-Z][\p{Lu} .'’-]{2,40}?|[A-Z][\p{Ll}]+(?: [A-Z][\p{Ll}]+){0,2})(?:,\s*[A-Z][\p{L} .]{1,30}?)?(?:,\s*(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2}),?(?:\s+\d{4})?)?(?:\s*\([^)\n]{2,60}\))?\s*(?:[\u2013\u2014]|--?)\s+/u.exec(rest) ??
      // (a city in capitals and the outlet and day in parentheses, with no dash: "MEXICO CITY (Outlet - 7 September, 2021) ")
      /^([A-Z][\p{Lu} .'’-]{2,40}?)\s*\([^)\n]{2,60}\)\s+/u.exec(rest) ??
      // (a city, a day and the agency in parentheses or a colon, with no dash: "Kuala Lumpur, Aug 7 (IANS) ", "New Delhi,
      // Jan 14: "; or cities joined by slashes, "Istanbul/Islamabad/Kabul, November 8 (Agency): ")
      /^([A-Z][\p{Ll}]+(?: [A-Z][\p{Ll}]+){0,2}(?:\/[A-Z][\p{Ll}]+(?: [A-Z][\p{Ll}]+){0,2}){0,4}),\s*[A-Z][a-z]{2,8}\.? \d{1,2}\s*(?:\([\p{Lu}\p{Ll} -]{2,30}\):?|:)\s+/u.exec(rest) ??
      /^([A-Z][\p{Lu} .'’-]{2,40}?)(?::\s+|,\s*[A-Z][A-Za-z]+\.? \d{1,2}\.?\s*(?:\/[\p{Lu}]+\/\.?)?\s*)/u.exec(rest);
    // (a day and an outlet with no city: "23 Oct 2021; MEMO: ")
    const dayLine = /^\d{1,2} [A-Z][a-z]{2,8}\.? \d{4}\s*;\s*\p{Lu}[\p{L}&. -]{1,30}:\s+/u.exec(rest);
    if (dayLine) return { start: at, end: from + dayLine[0].length, cityEnd: from };
    // A label of two letters ("ID :") is a page's metadata, not a city.
    // (Cities joined by slashes are where the report was filed from, none of them the venue: no city.)
    if (m && m[1]!.replace(/[^\p{L}]/gu, '').length >= 3) return { start: at, end: from + m[0].length, cityEnd: m[1]!.includes('/') ? from : from + m[1]!.length };
    const nl = text.indexOf('\n', at);
    if (nl < 0) break;
    at = nl + 1;
    while (text[at] === '\n') at++;
  }
  return undefined;
}

/** Where the subject of a clause starts: after a dateline ("BRUSSELS —", "Jeddah (AFP) -") or the last clause break. */
export function subjectStart(before: string, kn: Knowledge): number {
  const re = clausePatterns(kn).subject;
  re.lastIndex = 0;
  let at = 0;
  for (let m = re.exec(before); m; m = re.exec(before)) at = m.index + m[0].length;
  return at;
}

/** Where a person's segment of a list starts: after a comma, a list keyword, or an "and" that follows another person. */
export const lastSeparator = (text: string, from: number, at: number, mentions: Mention[], kn: Knowledge): number => {
  const seg = text.slice(from, at);
  let best = from;
  // (a spaced dash too: "SEOUL, June 30 (Yonhap) -- U.S. President NAME" starts the title after the dateline)
  const { separator: re, coordinator } = clausePatterns(kn);
  re.lastIndex = 0;
  for (let m = re.exec(seg); m; m = re.exec(seg)) {
    const abs = from + m.index;
    // "and" parts two people, or opens a second title with its demonym ("ADJ TITLE NAME and ADJ TITLE NAME", where the
    // first name went untagged); not the words of one title ("Foreign and Commonwealth Secretary").
    // (a person's country after the name is theirs, and the "and" after it parts the two: "Ambassador NAME of Peru and
    // Deputy Speaker NAME")
    const endsPerson = (x: Mention) => x.type === 'Person' && x.end <= abs && (/^\s*$/.test(text.slice(x.end, abs)) || mentions.some((c) => c.type === 'Place' && c.start > x.end && c.end <= abs && /^\s+of\s+(?:the\s+)?$/.test(text.slice(x.end, c.start)) && /^\s*$/.test(text.slice(c.end, abs))));
    if (coordinator.test(m[0]) && !mentions.some(endsPerson) && !kn.lexicons.demonymCountry.has(/^[A-Z][a-z]+/.exec(text.slice(abs + m[0].length, at).trimStart())?.[0] ?? '')) continue;
    best = abs + m[0].length;
  }
  return best + (text.slice(best, at).length - text.slice(best, at).trimStart().length);
};
export const nextSeparator = (text: string, at: number, to: number): number => {
  const rest = text.slice(at, to);
  // The apposition runs to the comma that closes it (", the Secretary of …, who") or the sentence's end.
  const m = /^,\s*(?:the\s+)?[^,;.]*?(?=,|;|\.(?:\s|$)|\s+(?:while|who|which)\s|$)/.exec(rest);
  return m ? at + m[0].length : at;
};

/** A role in the plural, in lower case, of up to three words: "panel members", "negotiators" (not "Affairs"). */
export const PLURAL_ROLE = /^(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]*[^\Ws]s$/u;
/** The role of one of the people a plural role names: "panel members" → "panel member", "deputies" → "deputy". */
export const singularRole = (role: string): string => role.replace(/ies$/, 'y').replace(/s$/, '');

/** The role of a person: the apposition after the name (", the Secretary of …"), else the title before it. */
export function roleOf(text: string, segStart: number, p: Mention, segEnd: number, kn: Knowledge, mentions: Mention[], verbs: readonly number[] = []): { text: string; apposition: boolean } | undefined {
  const dashed = dashRole(text, p, mentions);
  if (dashed) return { text: dashed.text, apposition: true };
  const raw = text.slice(p.end, segEnd);
  const P = clausePatterns(kn);
  // "NAME, who had taken over as the commander of the XIV Corps": the office the relative clause gives (a title of the
  // lexicon must open it: "who is expected to …" gives none).
  // (and after an apposition that gives a former office, read past the segment's end: "NAME, a former diplomat who is
  // now chair of the Senate's committee, and NAME2")
  const clause = P.roleClause.exec(raw) ?? P.formerRoleClause.exec(text.slice(p.end, Math.max(segEnd, p.end + 200)));
  if (clause) {
    const ahead = segEnd < p.end + clause[0].length;
    if (ahead) {
      const from = p.end + clause[0].length;
      // (to the clause's end: a comma, a semicolon or a full stop, else the end of the text)
      const stop = /[,;]|\.(?:\s|$)/.exec(text.slice(from, from + 120));
      const office = text.slice(from, stop ? from + stop.index : Math.min(text.length, from + 120)).trim();
      if (office && office.split(/\s+/).length <= 12 && opensWithTitle(office, kn)) return { text: office, apposition: true };
    }
    // (to a day that dates the taking over, if any: "… of the XIV Corps last week")
    const from = p.end + clause[0].length;
    const day = mentions.find((m) => m.type === 'Date' && m.start >= from && m.start < segEnd);
    const office = text.slice(from, day ? day.start : segEnd).trim().replace(P.timePrepositionEnd, '').replace(/[.,;:]+$/, '');
    if (office && office.split(/\s+/).length <= 12 && opensWithTitle(office, kn)) return { text: office, apposition: true };
  }
  const after = withoutKinship(raw.replace(/^,\s*/, '').replace(P.article, '').trim(), kn);
  // An apposition follows a comma and names no one else ("NAME, the chief negotiator"; not "NAME, NAME and TITLE NAME").
  // (nor a place or a day alone: "NAME, Munich, February 17" in a caption; "NAME, Britain's Brexit minister" is a role)
  const appStart = p.end + raw.length - raw.replace(/^\s*,\s*/, '').length;
  const appEnd = p.end + raw.trimEnd().length;
  // (nor the verb of the clause the name is the subject of: "the delegation, led by NAME, resumed talks")
  // (nor the title of the next name, whose short form's stop ended the segment: "NAME, Atty. NAME", "NAME, Chief
  // Consultant Prof. NAME")
  const nextTitle = mentions.some((m) => m.type === 'Person' && m.start >= appEnd && /^\.?\s*$/.test(text.slice(appEnd, m.start)));
  // (a name the apposition serves stays in it: "NAME, the national security adviser to Prime Minister NAME2")
  const served = (m: Mention) => servesTitle(text, mentions, kn, m.start, p.end);
  const appositive = /^\s*,/.test(raw) && !nextTitle && !(verbs.includes(appStart) && /^\p{Ll}/u.test(text.slice(appStart, appStart + 1))) && !mentions.some((m) => (m.type === 'Person' && m.start >= p.end && m.end <= segEnd && !served(m)) || ((m.type === 'Place' || m.type === 'Date') && m.start === appStart && m.end >= appEnd));
  // (nor a plural noun, which names a group the list goes on to: "NAME, political consultants, legal consultants and …")
  let described: { text: string; apposition: boolean } | undefined;
  if (after && appositive && after.split(/\s+/).length <= 14 && !P.roleStops.test(after) && !P.attributed.test(after) && !PLURAL_ROLE.test(after)) {
    // (an apposition that describes, with an indefinite article, "NAME, a close confidant of the prime minister", gives
    // way to an office before the name: "Strategic Affairs Minister NAME, a close confidant of …")
    described = { text: after.replace(/\s*\([^)]*\)/g, ''), apposition: true };
    if (!P.describing.test(raw)) return described;
  }
  // The title before the name, less the country words and possessive names in front of it ("Russia’s military intelligence chief").
  // A person's possessive in front ("President Donald Trump’s son-in-law") is not part of the role.
  let from = segStart;
  for (const m of mentions) if (m.type === 'Person' && m.end <= p.start && m.start >= segStart && /^[’']s\b/.test(text.slice(m.end, m.end + 3))) from = Math.max(from, m.end + 2);
  // Nor is another person named before it ("talks between NAME and Mullah NAME").
  for (const m of mentions) if (m.type === 'Person' && m !== p && m.end <= p.start && m.start >= segStart) from = Math.max(from, m.end);
  // Nor the clause before a verb ("the ELN announced that NAME …"): a title holds no finite verb.
  for (const v of verbs) if (v >= from && v < p.start && /^[a-z]+(?<!ing)\b/.test(text.slice(v, v + 30))) from = Math.max(from, v + /^\S+/.exec(text.slice(v))![0].length);
  // Nor the group a list of examples names first ("senior officials such as Deputy Minister NAME"; facts.json
  // examplesWords): the role is the title after it.
  const examples = [...text.slice(from, p.start).matchAll(examplesLead(kn))].at(-1);
  if (examples) from += examples.index! + examples[0].length;
  const before = text.slice(from, p.start).trim().replace(P.roleLeads, '').replace(P.article, '');
  // Country words in front ("US special envoy", "Russia’s military intelligence chief") say the party, not the role.
  const words = before.split(/\s+/).filter(Boolean);
  for (;;) {
    // Two-word demonyms and country names first ("North Korean", "South Africa's").
    if (words.length > 2 && (kn.lexicons.demonyms.has(`${words[0]} ${words[1]}`) || kn.lexicons.demonymCountry.has(`${words[0]} ${words[1]}`) || (/[’']s$/.test(words[1]!) && /^[A-Z]/.test(words[0]!)))) words.splice(0, 2);
    else if (words.length > 1 && (kn.lexicons.demonyms.has(words[0]!) || (/^[A-Z.]{2,5}$/.test(words[0]!) && !/^[IVXLC]+$/.test(words[0]!)) || /[’']s$/.test(words[0]!))) words.shift();
    else break;
  }
  // An honorific or rank right before the name is not the role ("intelligence chief Admiral"), unless it ends a title of
  // two words ("Deputy Minister", "Vice President"), or one a modifier makes ("Deputy Speaker"; titles.json modifiers).
  while (words.length > 1 && kn.lexicons.titles.includes(words.at(-1)!.toLowerCase()) && /^[A-Z]/.test(words.at(-1)!) && kn.lexicons.titles.includes(words.slice(0, -1).join(' ').toLowerCase().split(' ').at(-1)!) && !kn.lexicons.titles.includes(words.slice(-2).join(' ').toLowerCase()) && !kn.lexicons.titleModifiers.has(words.at(-2)!.toLowerCase())) words.pop();
  // A form of address before the name ("panel members Mr. NAME", "Chief Political Consultant Prof. NAME") is no part of
  // the role, and alone is none (titles.json honorifics).
  while (words.length && kn.lexicons.honorifics.has(words.at(-1)!.toLowerCase())) words.pop();
  // A rank after an office ("XIV Corps chief Lt Gen NAME") is the person's grade: the office is the role.
  for (const n of [3, 2, 1]) {
    const rest = words.slice(0, -n);
    const last = rest.at(-1)?.toLowerCase();
    // (not the end of a longer rank: "Lt Gen")
    if (rest.length && kn.lexicons.ranks.has(words.slice(-n).join(' ').toLowerCase()) && !kn.lexicons.ranks.has(words.slice(-n - 1).join(' ').toLowerCase()) && last && kn.lexicons.titleLastWords.has(last) && !kn.lexicons.ranks.has(last)) {
      words.splice(-n);
      break;
    }
  }
  const role = withoutKinship(words.join(' ').trim(), kn);
  if (described) return role && role.split(/\s+/).length <= 10 && kn.lexicons.titleLastWords.has(role.split(/\s+/).at(-1)!.toLowerCase()) ? { text: role, apposition: false } : described;
  return role && role.split(/\s+/).length <= 10 ? { text: role, apposition: false } : undefined;
}

/**
 * Whether the name at `at` holds a title after "to", "of" or "for" (facts/patterns.ts servedTitleBefore): whom the words
 * before serve ("the national security adviser to Prime Minister NAME"), not where that word is inside a body's name
 * ("National Democratic Front of the Philippines Chief Political Consultant NAME").
 */
export function servesTitle(text: string, mentions: readonly Mention[], kn: Knowledge, at: number, from = 0): boolean {
  const start = Math.max(from, at - 60);
  const before = text.slice(start, at);
  // (the cheap test first: most names follow no "to", "of" or "for")
  if (!servedLink(kn).test(before)) return false;
  const hit = servedTitleBefore(kn).exec(before);
  if (!hit) return false;
  const word = start + hit.index;
  return !mentions.some((m) => m.start <= word && word < m.end);
}

/** Whether a phrase opens with a title of the lexicon ("the Director-General of the Energy Ministry", "Deputy Foreign
 * Minister"): its first one to three words, less an article, are one (titles.json). */
export function opensWithTitle(phrase: string, kn: Knowledge): boolean {
  const words = phrase.trim().replace(/^the\s+/i, '').toLowerCase().split(/\s+/);
  return [3, 2, 1].some((n) => words.length >= n && kn.lexicons.titles.includes(words.slice(0, n).join(' ')));
}

/** A spaced dash after a name ("NAME - director general at the Home Office, NAME - aide to NAME"): the role runs to the
 * next name a dash follows, or to the clause's end. */
export function dashRole(text: string, p: Mention, mentions: Mention[]): TextSpan | undefined {
  const dash = /^[ \t]+[-\u2013\u2014][ \t]+/.exec(text.slice(p.end, p.end + 4));
  if (!dash) return undefined;
  const from = p.end + dash[0].length;
  const stop = /[.;:\n](?:\s|$)|\n/.exec(text.slice(from, from + 160));
  let to = from + (stop ? stop.index : Math.min(160, text.length - from));
  // (the next item: a name followed by its own dash, or any name after the list's comma or "and": "…, and NAME.")
  const next = mentions.find((m) => m.type === 'Person' && m.start > from && m.start < to && (/^[ \t]+[-\u2013\u2014][ \t]+/.test(text.slice(m.end, m.end + 4)) || /(?:,\s*(?:and\s+)?|\s+and\s+)$/.test(text.slice(from, m.start))));
  if (next) to = next.start;
  // The next item may be a name the tagger missed: capitalized words before a spaced dash.
  const item = /(?:,|\s+and)\s+(?=\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}[ \t]+[-\u2013\u2014][ \t])/u.exec(text.slice(from, to));
  if (item) to = from + item.index;
  const role = text.slice(from, to).replace(/(?:\s*,\s*|\s+and\s*|\s+)+$/, '');
  if (!role || role.split(/\s+/).length > 14) return undefined;
  return { start: from, end: from + role.length, text: role };
}

/** A negotiator's role as a brief shows it: no leading article or relative pronoun, no country words in front. */
export function cleanRole(role: string, kn: Knowledge): string {
  // (a title ends before a verb of speech the name is the subject of: "NAME, head of the X delegation said that …")
  const said = speechInRole(kn).exec(role);
  if (said) role = role.slice(0, said.index);
  // (nor does it run on to the talks themselves: "head of the X delegation to the talks", "chief negotiator at the
  // Tumaini Initiative"; facts.json talksTails)
  const tail = talksTail(kn).exec(role);
  if (tail && tail.index > 0) role = role.slice(0, tail.index);
  // (a plural title joined before the person's own is other people's: "senior representatives of the council and Chile's
  // intelligence chief, NAME" → "intelligence chief")
  const and = /\s+and\s+/.exec(role);
  if (and) {
    const plural = (w: string) => w !== singularRole(w) && kn.lexicons.titleSet.has(singularRole(w));
    if (role.slice(0, and.index).toLowerCase().split(/\s+/).slice(0, 3).some(plural)) role = role.slice(and.index + and[0].length);
  }
  // (a list's "and" is no word of the title: ", and the delegate for X, NAME")
  const words = role.replace(/^[\s"“”'‘’]+/, '').replace(/^(?:and|or)\s+/i, '').replace(/^(?:who|the|a|an|his|her|their|its)\s+/i, '').trim().split(/\s+/);
  // Two-word demonyms ("North Korean") go with both their words.
  const pair = (i: number) => kn.lexicons.demonyms.has(`${words[i]} ${words[i + 1]}`) || kn.lexicons.demonyms.has(`${words[i - 1]} ${words[i]}`);
  // Only the country words of the title itself, not those of its remit after "for", "to", "on" ("Chief Chilean negotiator" → "Chief negotiator";
  // "envoy for Peruvian affairs" keeps its object).
  const prep = words.findIndex((w) => remitWord(kn).test(w));
  const head = prep < 0 ? words.length : prep;
  // Country words: demonyms, possessives, a country's name ("Kosovo PM"), a code the knowledge base knows ("US"), not
  // a title's short form ("PM").
  const countryWord = (w: string) => !kn.lexicons.roleAbbreviations.has(w) && !!kn.aliases.get(aliasKey(w))?.some((e) => e.type === 'Place' || e.type === 'Organization');
  // (a country's name only in the title's leading capitalized words: "chief of staff of the Ghana Armed Forces" keeps it)
  const lead = words.findIndex((w) => /^\p{Ll}/u.test(w));
  // (a possessive of a name or a side, "Russia's", "the government's", not of a title, "the energy minister's chief of
  // staff")
  const ownerName = (w: string) => /[’']s$/.test(w) && !kn.lexicons.titles.includes(w.slice(0, -2).toLowerCase());
  const kept = words.filter((w, i) => i >= head || !(kn.lexicons.demonyms.has(w) || pair(i) || ownerName(w) || ((lead < 0 || i < lead) && countryWord(w))));
  // "PM" is "Prime Minister" (facts.json roleAbbreviations).
  for (let i = 0; i < kept.length; i++) kept[i] = kn.lexicons.roleAbbreviations.get(kept[i]!) ?? kept[i]!;
  // "Mullah NAME", "Mr NAME": a form of address alone is no role.
  if (words.every((w) => honorific(kn).test(w))) return '';
  // (nor is one that ends the title, before the name: "Taliban co-founder Mullah NAME" → "co-founder")
  while (kept.length > 1 && honorific(kn).test(kept.at(-1)!)) kept.pop();
  // "North Korea's NAME": a possessive before the name says whose the person is, it is no role (none is left).
  if (/[’']s$/.test(words.at(-1)!)) return kept.filter((w) => /^\p{Ll}/u.test(w)).join(' ');
  // (a country's name or demonym alone is no role: "represented by Israel NAME", a given name read as the country; nor
  // is a word that says whom the person faces, "his Thai counterpart NAME": facts.json relationalTitles)
  const relational = kn.lexicons.facts.relationalTitles;
  relational.lastIndex = 0;
  if (kept.length <= 2 && relational.test(kept.join(' '))) return '';
  return kept.join(' ');
}

/** A role without the kinship that describes the person ("President’s son-in-law and informal advisor" → "informal advisor"). */
export function withoutKinship(role: string, kn: Knowledge): string {
  const parts = role.split(/\s+and\s+/).filter((part) => !kn.lexicons.kinship.has(part.split(/\s+/).at(-1)!.toLowerCase()));
  return parts.join(' and ').replace(clausePatterns(kn).article, '');
}

/** Items of a list after `from` in a sentence: "X, Y, and the Z". */
export function listItems(s: Sent, from: number, kn: Knowledge): TextSpan[] {
  const P = clausePatterns(kn);
  // "… are three contentious issues: A, B and C": the items follow the colon.
  const colon = s.text.indexOf(': ', from - s.start);
  if (colon >= 0) from = s.start + colon + 1;
  const rest = s.text.slice(from - s.start);
  const body = rest.replace(P.listLead, '');
  const offset = from + (rest.length - body.length);
  const out: TextSpan[] = [];
  const re = /[^,;]+/g;
  const stop = body.search(/[.:;](\s|$)/);
  const limited = stop >= 0 ? body.slice(0, stop) : body;
  // "A, B and C": the last comma-separated part holds two items.
  const parts: Array<{ index: number; text: string }> = [];
  for (let m = re.exec(limited); m; m = re.exec(limited)) parts.push({ index: m.index, text: m[0] });
  const last = parts.at(-1);
  if (parts.length >= 2 && last && / and (?:the |a |an )?/.test(last.text) && !/^\s*and\s/.test(last.text)) {
    const k = last.text.search(/ and (?:the |a |an )?/);
    parts.splice(parts.length - 1, 1, { index: last.index, text: last.text.slice(0, k) }, { index: last.index + k + 1, text: last.text.slice(k + 1) });
  }
  for (const m of parts) {
    let t = m.text;
    let start = offset + m.index;
    const lead = P.itemLead.exec(t)![0];
    start += lead.length;
    t = t.slice(lead.length).replace(/\s+$/, '');
    if (t.split(/\s+/).length < 1 || t.split(/\s+/).length > 12 || !/[a-z]/.test(t)) continue;
    out.push({ start, end: start + t.length, text: t });
  }
  return out.length >= 1 && out.length <= 8 ? out : [];
}

/** Is this bullet part of a list that a sentence announced as topics? */
export function isAgendaList(sents: Sent[], s: Sent, kn: Knowledge): boolean {
  for (let i = s.index - 1; i >= 0 && i >= s.index - 8; i--) {
    const p = sents[i]!;
    if (/^\s*[-•*]\s/.test(p.text)) continue;
    return clausePatterns(kn).agenda.test(p.text);
  }
  return false;
}

/**
 * The phrase that states an outcome: from its cue word, with the subject in front where the cue is
 * a verb ("positions remained divided"), to the next clause break ("No ceasefire was announced, no
 * joint statement …": each its own phrase), at most 14 words.
 */
export function outcomePhrase(s: Sent, at: number, tokens: Token[], kn: Knowledge): TextSpan {
  const P = clausePatterns(kn);
  const rel = at - s.start;
  const after = s.text.slice(rel);
  // A noun cue ("an agreement on …", "the decision to …") ends where its clause's verb begins ("… was reached").
  const nounCue = P.outcomeNoun.test(after);
  let stop = after.search(nounCue ? P.outcomeNounStop : P.outcomeStop);
  // (a short quotation that holds a number is a label of the terms, not speech: 'in a "6000 for 6000" format')
  for (let q = stop >= 0 ? /^[“"]([^“”"]{1,40})[”"]/.exec(after.slice(stop)) : null; q && /\d/.test(q[1]!) && q[1]!.trim().split(/\s+/).length <= 4; q = stop >= 0 ? /^[“"]([^“”"]{1,40})[”"]/.exec(after.slice(stop)) : null) {
    const past = stop + q[0].length;
    const more = after.slice(past).search(nounCue ? P.outcomeNounStop : P.outcomeStop);
    stop = more >= 0 ? past + more : -1;
  }
  // (a second infinitive after a comma and a coordinator goes on with it: "agreed to a swap, as well as to return 900 …")
  for (let on = stop >= 0 && !nounCue ? P.outcomeGoesOn.exec(after.slice(stop)) : null; on; on = stop >= 0 ? P.outcomeGoesOn.exec(after.slice(stop)) : null) {
    const past = stop + on[0].length;
    const more = after.slice(past).search(P.outcomeStop);
    stop = more >= 0 ? past + more : -1;
  }
  let end = stop >= 0 ? rel + stop : s.text.length;
  // "No agreement was reached on the border": the passive says what the agreement was about; keep it.
  if (nounCue && P.outcomePassive.test(s.text.slice(end))) {
    const more = s.text.slice(end).search(P.outcomeMore);
    end = more >= 0 ? end + more : s.text.length;
  }
  const words = s.text.slice(rel, end).split(/\s+/);
  if (words.length > 14) end = rel + s.text.slice(rel).split(/\s+/).slice(0, 14).join(' ').length;
  // A verb cue keeps its subject in front ("positions remained …", "the US and Russia agreed …"):
  // the nouns and names right before it, joined by "and", but no date ("this week failed …").
  let start = rel;
  if (P.outcomeVerb.test(after)) {
    const next = lowerBound(tokens, at, startOf); // binary search: findIndex over every token was quadratic
    let k = (next < tokens.length ? next : -1) - 1;
    // Past an auxiliary ("Washington and Moscow have agreed").
    while (k >= 0 && P.auxiliary.test(tokens[k]!.text)) k--;
    let first = -1;
    while (k >= 0 && tokens[k]!.start >= s.start) {
      const t = tokens[k]!;
      const inDate = s.mentions.some((m) => m.type === 'Date' && m.start <= t.start && t.end <= m.end);
      if (!inDate && (t.pos === 'NOUN' || t.pos === 'PROPN' || (t.text === 'and' && first >= 0))) {
        first = t.start;
        k--;
      } else break;
    }
    if (first >= 0 && !/^and\b/.test(s.text.slice(first - s.start))) start = first - s.start;
  }
  const text = s.text.slice(start, end).trim();
  return { start: s.start + start, end: s.start + start + text.length, text };
}

/** A text less the attribution at its end (", NAME said", "," the statement read"), tried only where one can start:
 * at a comma or a closing quote mark near the end. */
export function withoutAttribution(t: string, attribution: RegExp): string {
  for (let i = Math.max(0, t.length - 140); i < t.length; i++) {
    const ch = t[i];
    if ((ch === ',' || ch === '"' || ch === '”') && attribution.test(t.slice(i))) return t.slice(0, i).trimEnd();
  }
  return t;
}

/** A value without its year (`XXXX-05-02`, `XXXX-09-23/XXXX-09-24`) in the year `y`. */
export const withYear = (v: string, y: number): string => v.replace(/XXXX/g, String(y));

/** The first and last day a date value stands for: a day (or a time on it), a range, an ISO week or a month. */
export function dayBounds(v: string): [string, string] | undefined {
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
  const day = /^(\d{4}-\d{2}-\d{2})(?:T[\dA-Z:]+)?$/.exec(v);
  if (day) return [day[1]!, day[1]!];
  const range = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(v);
  if (range) return [range[1]!, range[2]!];
  const week = /^(\d{4})-W(\d{2})$/.exec(v);
  if (week) {
    const jan4 = Date.UTC(Number(week[1]), 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY + (Number(week[2]) - 1) * 7 * DAY;
    return [iso(monday), iso(monday + 6 * DAY)];
  }
  const month = /^(\d{4})-(\d{2})$/.exec(v);
  if (month) return [`${v}-01`, iso(Date.UTC(Number(month[1]), Number(month[2]), 0))];
  return undefined;
}

/**
 * The phrase of an outcome made without an agree word ("signed off on a seven-day truce that takes effect on Monday",
 * "released a joint statement which has 12 articles"): from its verb to the sentence's next clause break (a relative
 * clause about the document stays), at most 30 words.
 */
export function documentPhrase(s: Sent, at: number, kn: Knowledge): TextSpan {
  const rel = at - s.start;
  const stop = s.text.slice(rel).search(clausePatterns(kn).documentStop);
  let end = stop >= 0 ? rel + stop : s.text.length;
  const words = s.text.slice(rel, end).split(/\s+/);
  if (words.length > 30) end = rel + words.slice(0, 30).join(' ').length;
  const t = s.text.slice(rel, end).trim();
  return { start: at, end: at + t.length, text: t };
}

/** A sentence that states an outcome whole (an agreement's terms), less an attribution at its end (", the deal states"). */
export function sentencePhrase(s: Sent, kn: Knowledge): TextSpan {
  const lead = s.text.length - s.text.trimStart().length;
  const body = s.text.trim().replace(/[.!?]+$/, '');
  const attribution = clausePatterns(kn).statedBy.exec(body);
  const t = attribution ? body.slice(0, attribution.index) : body;
  return { start: s.start + lead, end: s.start + lead + t.length, text: t };
}

/** Where the clause from an offset ends: the next semicolon, colon or full stop, or a clause word after a comma. */
export function clauseEnd(s: Sent, at: number, kn: Knowledge): number {
  const rest = s.text.slice(at - s.start);
  // A clause also ends at a comma before a participle or a past verb (", mediated by", ", ended with") or before a
  // speaker (", Kofi Dade said").
  // So does a second passive joined by "and" ("chaired by X and attended by Y").
  const e = rest.search(clausePatterns(kn).clauseStop);
  return e >= 0 ? at + e : s.end;
}

/** The clause around an offset: from the previous clause break to the next. */
export function clauseAround(s: Sent, at: number, kn: Knowledge): TextSpan {
  const P = clausePatterns(kn);
  const rel = at - s.start;
  const before = s.text.slice(0, rel);
  // (also a contrast word with no comma before it: "… on Wednesday however the two sides agreed to meet again")
  const b = Math.max(before.lastIndexOf(';'), before.lastIndexOf(': '), P.stepOpener.test(before) ? before.search(P.stepOpenerLast) : -1, before.search(P.stepOpenerBare));
  let start = b >= 0 ? b + 1 : 0;
  const after = s.text.slice(rel);
  const e = after.search(P.stepStop);
  let end = e >= 0 ? rel + e : s.text.length;
  // (a quote broken by its attribution: the saying that holds the position)
  if (s.text.includes(',"') || s.text.includes(',”'))
    for (const q of s.text.matchAll(P.quoteBreak)) {
      if (q.index + q[0].length <= rel) start = Math.max(start, q.index + q[0].length);
      else if (q.index >= rel) end = Math.min(end, q.index);
    }
  const raw = s.text.slice(start, end);
  const lead = P.stepLead.exec(raw)![0].length;
  const trail = raw.length - raw.trimEnd().length;
  return { start: s.start + start + lead, end: s.start + end - trail, text: raw.slice(lead, raw.length - trail) };
}

/** Direct quotes: text in straight or curly double quotes, within a paragraph (the words without the marks). */
export function quotesIn(text: string, offset = 0): TextSpan[] {
  const out: TextSpan[] = [];
  const re = /[“"]([^“”"\n]+?)[”"]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const t = m[1]!.replace(/[,.]+$/, '').trim();
    if (!t) continue;
    const start = offset + m.index + 1 + m[1]!.indexOf(t);
    out.push({ start, end: start + t.length, text: t });
  }
  return out;
}

/**
 * The speaker of a quote: the person nearest the verb of saying, outside the quote (else a body,
 * else a country as a government: "The US said"); unknown stays unknown.
 */
export function speakerOf(s: Sent, verbAt: number, q: TextSpan, kn: Knowledge): Mention | undefined {
  // (not who hears the words: "… an official told the Harbor Ledger")
  const outside = s.mentions.filter((m) => (m.end <= q.start - 1 || m.start >= q.end + 1) && !kn.lexicons.media.has(aliasKey(m.text)) && !/^[’']s\b/.test(s.text.slice(m.end - s.start, m.end - s.start + 3)) && !addresseeBefore(kn).test(s.text.slice(Math.max(0, m.start - s.start - 20), m.start - s.start)));
  // The subject before the verb ("Rustem Umerov, Secretary of …, said"), else the one after it ("said Rubio").
  const before = outside.filter((m) => m.end <= verbAt);
  const after = outside.filter((m) => m.start >= verbAt && m.start - verbAt < 40);
  const isCountry = (m: Mention) => kn.aliases.get(aliasKey(m.text))?.some((e) => e.kind === 'country') === true;
  for (const type of ['Person', 'Organization', 'Place'] as const) {
    const ok = (m: Mention) => m.type === type && (type !== 'Place' || isCountry(m));
    const b = before.filter(ok);
    if (b.length) return type === 'Person' ? b[0] : b.at(-1);
    const a = after.filter(ok);
    if (a.length && type !== 'Place') return a[0];
  }
  return undefined;
}

/** A topic is a noun phrase: it names no person or date, does not start with a verb, and holds a noun. */
export function isNounPhrase(doc: Doc, item: TextSpan, mentions: Mention[], kn: Knowledge): boolean {
  // A topic names no person and no day ("a six-week ceasefire" is one; "Wednesday in Abu Dhabi" is not).
  if (mentions.some((m) => (m.type === 'Person' || (m.type === 'Date' && !m.value?.startsWith('P'))) && m.start < item.end && item.start < m.end)) return false;
  if (mentions.some((m) => m.start <= item.start && item.end <= m.end)) return false;
  // The item's tokens, found by binary search (a scan of every token made long articles quadratic).
  const toks: Token[] = [];
  for (let i = lowerBound(doc.tokens, item.start, startOf); i < doc.tokens.length && doc.tokens[i]!.start < item.end; i++) if (doc.tokens[i]!.end <= item.end) toks.push(doc.tokens[i]!);
  // (a gerund may open one, with a noun after it: "extending the truce")
  const gerund = toks[0]?.pos === 'VERB' && /ing$/i.test(toks[0].text) && toks.length >= 2;
  if (!toks.length || (!gerund && /^(VERB|AUX|ADP|PRON|SCONJ|CCONJ|ADV)$/.test(toks[0]!.pos))) return false;
  // A clause is not a topic: an auxiliary, two verbs, or a relative pronoun ("… that Russia seized").
  if (toks.some((t) => t.pos === 'AUX' || clausePatterns(kn).relative.test(t.text)) || toks.filter((t) => t.pos === 'VERB').length >= 2) return false;
  // Nor is a generic head with nothing to say what it is ("three contentious issues", "concrete steps").
  if (genericTopic(kn).test(item.text) && !toks.some((t) => t.pos === 'ADP')) return false;
  return toks.some((t) => t.pos === 'NOUN');
}

