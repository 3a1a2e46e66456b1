/**
 * names: Person, Organization and Place mentions.
 *
 * Capitalized runs of tokens are cut into titles (left out of every span), gazetteer and
 * knowledge-base matches, and name chunks, which are then typed by general rules: organisation
 * cue words, facility words, acronyms defined in the text, a title before a name, given names
 * known to compromise's lexicon, the name shape, and surnames met earlier in the document. A collective noun in
 * the possessive (lexicons/names.json collectivePossessives: "the Tigray People's Liberation Front") stays inside a run.
 * Every mention records the rule that made it (`names:<rule>`).
 */
import type { Doc, Mention, Token, EntityType } from '../model/schema.js';
import type { Knowledge, KbEntity } from '../knowledge/knowledge.js';
import { aliasKey, facilityCompound } from '../knowledge/knowledge.js';
import { isCommonWord, isGivenName, isOrganizationWord, isPersonWord, isPlaceWord, lexiconTags } from '../knowledge/compromise-lexicon.js';
import type { DocStage } from './stage.js';

const MONTHS = /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?$/i;
const WEEKDAYS = /^(mon|tues?|wed(nes)?|thu(rs?)?|fri|sat(ur)?|sun)(day)?$/i;
const COMPASS = /^(North|South|East|West|Upper|Lower|Central)$/;
/** Words that follow a name and a hyphen as an affix, not as a syllable of the name ("EU-led", "Qatar-run"). */
const AFFIX_WORDS = new Set(['led', 'run', 'era', 'wide', 'free', 'like', 'type', 'born', 'made', 'held', 'hit', 'bound', 'owned', 'based', 'style']);
const SPEECH = /^(said|says|told|tells|noted|notes|added|adds|stated|states|wrote|writes|argued|argues|warned|warns|declared|announced|confirmed|insisted|claimed|explained|asked)$/;

interface Chunk {
  from: number; // token index, inclusive
  to: number; // token index, exclusive
  type?: EntityType;
  rule: string;
  kb?: KbEntity;
}

const HYPHEN = /^[-\u2010\u2011]$/;
/** The most words of four letters or more a headline holds (a line without final punctuation that holds more is a
 * sentence a page cut short). */
const HEADLINE_WORDS = 16;
/** A token that starts with a capital letter (ASCII first, a cheap test; the regex for the rest). */
const isCap = (t: Token): boolean => {
  const c = t.text.charCodeAt(0);
  return (c < 128 ? c >= 65 && c <= 90 : /^[\p{Lu}]/u.test(t.text)) && t.kind !== 'punctuation';
};
const isAcronym = (t: Token): boolean => /^(?:[A-Z]\.){2,}$|^[A-Z][A-Z0-9&]{1,9}$/.test(t.text);

export function tagNames(doc: Doc, kn: Knowledge): Doc {
  const { tokens, text } = doc;
  const lx = kn.lexicons;
  const { titleSet, maxTitleWords } = lx;
  const spanText = (from: number, to: number) => text.slice(tokens[from]!.start, tokens[to - 1]!.end);
  // Lower-cased token texts, once per document: the rules below ask for them many times over.
  const lows = tokens.map((t) => t.text.toLowerCase());
  const lower = (i: number) => lows[i]!;
  const connectors = lx.orgConnectors.map((conn) => ({ conn, words: conn.split(' ') }));
  /** Tokens a and b touch (no space between), and token k is a hyphen that touches the token before it. */
  const tight = (a: number, b: number) => tokens[a] !== undefined && tokens[b] !== undefined && tokens[a]!.end === tokens[b]!.start;
  const isTightHyphen = (k: number) => k > 0 && tokens[k] !== undefined && HYPHEN.test(tokens[k]!.text) && tight(k - 1, k);
  /**
   * The tokens that are the possessive mark of a collective noun standing inside a body's name ("People 's",
   * "Workers '": lexicons/names.json collectivePossessives), found once per document (the cheap test first: the token
   * starts with an apostrophe); undefined where there is none, as in most texts.
   */
  let collectiveMarks: Set<number> | undefined;
  for (let k = 1; k < tokens.length; k++) {
    const c = tokens[k]!.text.charCodeAt(0);
    if ((c === 39 || c === 0x2019) && tight(k - 1, k) && lx.collectivePossessives.has(`${lows[k - 1]}'${lows[k]!.slice(1)}`)) (collectiveMarks ??= new Set()).add(k);
  }
  const collectiveMark = (k: number): boolean => collectiveMarks !== undefined && collectiveMarks.has(k);

  /** Longest knowledge-base match starting at token i, within [i, limit). */
  const kbMatch = (i: number, limit: number): { to: number; kb: KbEntity } | undefined => {
    const span = kn.aliasTokensByFirstWord.get(lower(i)) ?? kn.aliasTokensByFirstWord.get(lower(i).split(/[/-]/)[0]!);
    if (span === undefined) return undefined;
    for (let to = Math.min(limit, i + span + 1); to > i; to--) {
      const last = tokens[to - 1]!;
      if (last.kind === 'punctuation' && !/\.$/.test(last.text)) continue;
      const s0 = spanText(i, to);
      // A dateline or headline in capitals ("DOHA, Qatar —") names what its title case names.
      const hits = kn.aliases.get(aliasKey(s0)) ?? (/^[A-Z][A-Z .-]{3,}$/.test(s0) ? kn.aliases.get(s0.toLowerCase()) : undefined);
      if (hits && hits.length) {
        // Acronym keys are case-sensitive: "us" is a pronoun, "US" the country.
        const s = spanText(i, to);
        if (/^[a-z]/.test(s)) continue;
        return { to, kb: hits[0]! };
      }
    }
    return undefined;
  };
  /** Whether token k stands where a surname does: after a middle initial ("H. Bello"), or a particle after one ("S. de
   * Lima"), itself after a capitalized word. */
  const surnameAt = (k: number): boolean => {
    let j = k - 1;
    if (j > 0 && lx.particles.has(lower(j))) j--;
    return j > 0 && /^\p{Lu}\.$/u.test(tokens[j]!.text) && isCap(tokens[j - 1]!) && tokens[j - 1]!.sentence === tokens[k]!.sentence;
  };
  /** Longest title (lexicon) starting at token i, as a number of tokens. */
  const titleAt = (i: number, limit: number): number => {
    if (!lx.titleFirstWords.has(lower(i))) return 0;
    let best = 0;
    for (let n = 1; n <= maxTitleWords + 4 && i + n <= limit; n++) {
      const s = spanText(i, i + n).toLowerCase().replace(/\s+/g, ' ');
      if (titleSet.has(s) || lx.pluralTitleSet.has(s)) best = n;
    }
    return best;
  };
  /** Does a title (lexicon) end right before token i? */
  const titleBefore = (i: number): boolean => {
    if (i === 0 || (!lx.titleLastWords.has(lower(i - 1).replace(/^.*-/, '')) && !lx.titleLastWords.has(lower(i - 1)) && !lx.pluralTitleLastWords.has(lower(i - 1)))) return false;
    for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
      if (tokens[k]!.sentence !== tokens[i]!.sentence) break;
      const s = text.slice(tokens[k]!.start, tokens[i]!.start).trim().toLowerCase().replace(/\s+/g, ' ');
      if (titleSet.has(s) || lx.pluralTitleSet.has(s)) return true;
    }
    return false;
  };
  /** Does a title and "of" (and "the") end right before token i ("the head of | Shin Bet")? */
  const titleOfBefore = (i: number): boolean => {
    let k = i - 1;
    if (k >= 0 && lower(k) === 'the') k--;
    return k >= 1 && lower(k) === 'of' && tokens[k]!.sentence === tokens[i]!.sentence && titleBefore(k);
  };
  /** An organisation's cue word, or its plural ("the Ceasefire Committees of both parties"; knowledge.ts orgCuePlurals). */
  const isCue = (k: number) => lx.orgCues.has(lower(k)) || lx.orgCuePlurals.has(lower(k));
  const hasCue = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (isCue(k)) return true;
    return false;
  };
  const endsWithFacility = (from: number, to: number) => {
    for (let n = 3; n >= 1; n--) if (to - n >= from && lx.facilities.has(spanText(to - n, to).toLowerCase())) return true;
    // (or a compound whose ending is a building's noun: "Holmen Fjordhotell"; places.json facilitySuffixes)
    return to - from >= 2 && facilityCompound(kn, tokens[to - 1]!.text);
  };

  const chunks: Chunk[] = [];
  const isHeadline = new Map<number, boolean>();
  // A line in capitals ("BASEBALL - MAJOR LEAGUE RESULTS"): every word looks like an acronym there.
  const capsLine = new Set<number>();
  for (let s = 0; s < doc.sentences.length; s++) isHeadline.set(s, false);
  {
    const caps = new Map<number, [number, number]>();
    for (const t of tokens) {
      if (t.kind !== 'word' || t.text.length < 2) continue;
      const w = caps.get(t.sentence) ?? [0, 0];
      w[0]++;
      // Two capitals first (a cheap test, once per token): "CRICKET", "NEW".
      const c0 = t.text.charCodeAt(0);
      const c1 = t.text.charCodeAt(1);
      if (c0 >= 65 && c0 <= 90 && c1 >= 65 && c1 <= 90) w[1]++;
      caps.set(t.sentence, w);
    }
    for (const [s, [n, c]] of caps) if (c >= 3 && c / n >= 0.7) capsLine.add(s);
  }
  {
    // A line without final punctuation where most longer words are capitalized is a headline: name shape says little there.
    const words = new Map<number, [number, number]>();
    for (const t of tokens) {
      if (t.kind !== 'word' || t.text.length < 4) continue;
      const w = words.get(t.sentence) ?? [0, 0];
      w[0]++;
      if (isCap(t)) w[1]++;
      words.set(t.sentence, w);
    }
    for (const [s, [n, c]] of words) {
      const sent = doc.sentences[s]!;
      const ends = /[.!?"”’)]\s*$/.test(text.slice(sent.start, sent.end));
      // (not a long sentence a page cut short, whose names and titles fill it: a headline holds few longer words)
      isHeadline.set(s, !ends && n >= 3 && n <= HEADLINE_WORDS && c / n > 0.6);
    }
  }

  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!isCap(t) || MONTHS.test(t.text) || WEEKDAYS.test(t.text) || (capsLine.has(t.sentence) && isCommonWord(lower(i)) && !kn.aliasFirstWords.has(lower(i)))) {
      i++;
      continue;
    }
    // The run: capitalized tokens, joined by connectors when an organisation or facility name spans them.
    let end = i;
    const sentence = t.sentence;
    const caps = capsLine.has(sentence);
    const inRun = (k: number) => {
      const x = tokens[k];
      if (caps && x && isCommonWord(lower(k)) && !kn.aliasFirstWords.has(lower(k))) return false;
      return x !== undefined && x.sentence === sentence && (isCap(x) || (lx.particles.has(lower(k)) && particleJoins(k)) || titleApostrophe(k)) && !MONTHS.test(x.text) && !WEEKDAYS.test(x.text);
    };
    // (the apostrophe of a title written with one, "Dato' Sri NAME": the title runs on past it)
    const titleApostrophe = (k: number): boolean => /^['’]$/.test(tokens[k]!.text) && k > i && tight(k - 1, k) && lx.titleFirstWords.has(lower(k - 1) + tokens[k]!.text) && !!tokens[k + 1] && isCap(tokens[k + 1]!);
    // A particle inside a name: "Majed al-Ansari", "Abdel Fattah el-Sisi", "Ursula von der Leyen".
    const particleJoins = (k: number): boolean => {
      const next = tokens[k + 1];
      if (!next) return false;
      if (isCap(next)) return true;
      if (/^[-\u2010\u2011]$/.test(next.text) && next.start === tokens[k]!.end && tokens[k + 2] && isCap(tokens[k + 2]!) && tokens[k + 2]!.start === next.end) return true;
      return lx.particles.has(lower(k + 1)) && particleJoins(k + 1);
    };
    // A collective noun's possessive inside a body's name ("Tigray People's Liberation Front", "Kurdistan Workers' Party")
    // continues the run.
    while (inRun(end) || (collectiveMarks !== undefined && collectiveMarks.has(end) && inRun(end + 1))) {
      end++;
      // The hyphen of a particle ("al-Ansari") is part of the name.
      if (/^[-\u2010\u2011]$/.test(tokens[end]?.text ?? '') && lx.particles.has(lower(end - 1)) && tokens[end]!.start === tokens[end - 1]!.end) end++;
      // A hyphenated given name whose second syllable is lower case ("Kim Jong-un", "Moon Jae-in"): after two name
      // words, a tight hyphen and a short syllable that is no English affix word ("Al Qaeda-led").
      if (/^[-\u2010\u2011]$/.test(tokens[end]?.text ?? '') && end - i >= 2 && tokens[end]!.start === tokens[end - 1]!.end && tokens[end + 1] && tokens[end + 1]!.start === tokens[end]!.end && /^\p{Ll}{2,4}$/u.test(tokens[end + 1]!.text) && !AFFIX_WORDS.has(tokens[end + 1]!.text) && (!tokens[end + 2] || tokens[end + 2]!.start > tokens[end + 1]!.end || tokens[end + 2]!.kind !== 'word')) end += 2;
      // A hyphenated name of capitalized parts, or of parts joined by a short lower-case syllable ("Jean-Luc",
      // "Sahl-e-Morvan", "Chester-le-Street"), is one name; two known names joined so ("Russia-Ukraine") stay two.
      // (a surname after a middle initial or a particle is one name whatever it holds: "Julieta S. de Lima-Sison")
      if (isTightHyphen(end) && tokens[end + 1] && isCap(tokens[end + 1]!) && tight(end, end + 1) && ((!kn.aliasFirstWords.has(lower(end - 1)) && !kn.aliasFirstWords.has(lower(end + 1))) || surnameAt(end - 1))) end++;
      else if (isTightHyphen(end) && /^\p{Ll}{1,3}$/u.test(tokens[end + 1]?.text ?? '') && tight(end, end + 1) && isTightHyphen(end + 2) && tight(end + 1, end + 2) && tokens[end + 3] && isCap(tokens[end + 3]!) && tight(end + 2, end + 3)) end += 3;
      // "GU/GRU": an acronym pair joined by a slash is one token run.
      if (tokens[end]?.text === '/' && tokens[end + 1] && isAcronym(tokens[end - 1]!) && isAcronym(tokens[end + 1]!) && tokens[end]!.start === tokens[end - 1]!.end) end++;
      // Connectors: "Ministry of Foreign Affairs", "National Security and Defence Council", "Office of the President".
      for (const { conn, words } of connectors) {
        const n = words.length;
        if (end + n >= tokens.length) continue;
        if (!words.every((w, k) => lower(end + k) === w) || !inRun(end + n)) continue;
        let after = end + n;
        while (inRun(after)) after++;
        const leftCue = hasCue(i, end) || endsWithFacility(i, end);
        // "U.S. Secretary of State": the run so far ends with a title that the connector continues.
        let leftTitle = false;
        for (let k = i; k < end && !leftTitle; k++) leftTitle = titleSet.has(spanText(k, end).toLowerCase());
        const rightCue = hasCue(end + n, after);
        // (a known name that runs across the connector is one name: "Democratic Republic of the Congo")
        // (across several connectors too: "Organization for Security and Co-operation in Europe")
        const reach = (k: number) => kbMatch(k, tokens.length)?.to ?? k;
        const known = reach(i) >= after || (lower(i) === 'the' && i + 1 < end && reach(i + 1) >= after);
        // (a minister's portfolio of two parts: "Minister of Irrigation and Water Resources NAME"; names.json
        // portfolioWords on both sides, after a title and "of")
        const portfolioAnd = (conn === 'and' || conn === '&') && lx.portfolioWords.has(lower(end + n)) && portfolioAfterTitle(i, end);
        // (a title and a name of two words or more before "and" are a person, not the first half of a body's name:
        // "Foreign Minister NAME and General Intelligence chief NAME")
        const nameFrom = (k: number) => {
          for (let j = k; j < end; j++) if (!isCap(tokens[j]!) && !lx.particles.has(lower(j)) && !HYPHEN.test(tokens[j]!.text)) return false;
          return !hasCue(k, end);
        };
        // (the title may follow a demonym or two: "German Foreign Minister NAME and …")
        const leftPerson = () => {
          let from = i;
          while (from < end - 2 && lx.demonyms.has(tokens[from]!.text)) from++;
          for (let k = from + 1; k < end - 1; k++) if (titleSet.has(spanText(from, k).toLowerCase()) && nameFrom(k)) return true;
          return false;
        };
        const ok = known || portfolioAnd || (conn.startsWith('and') || conn === '&' ? rightCue && !leftTitle && !leftPerson() : leftCue || leftTitle || (conn.startsWith('of') && rightCue && !kbMatch(end + n, after) && !isGivenName(lower(i)) && !(end - i === 1 && isCommonWord(lower(i)))));
        if (ok) {
          end += n;
          break;
        }
      }
      // (the place a body works in, after its head word: "United Nations Support Mission in Libya"; organizations.json
      // placedHeads)
      if (end - i >= 2 && placedLink(end) && inRun(end + 1) && (hasCue(i, end) || kbMatch(i, end - 1) !== undefined)) end++;
    }
    segment(i, end);
    i = Math.max(end, i + 1);
  }

  /** Whether a run ends with a title, "of" and portfolio words ("Acting Minister of Irrigation"). */
  function portfolioAfterTitle(from: number, end: number): boolean {
    let k = end - 1;
    while (k > from && lx.portfolioWords.has(lower(k))) k--;
    if (k === end - 1 || !lx.portfolioLinks.has(lower(k))) return false;
    for (let q = from; q < k; q++) if (titleSet.has(spanText(q, k).toLowerCase())) return true;
    return false;
  }

  /** A knowledge-base name of two words or more that starts at p ("New York" at "New"). */
  function longerKbMatch(p: number, to: number): boolean {
    return (kbMatch(p, to)?.to ?? p) > p + 1;
  }

  function segment(from: number, to: number): void {
    const sentence = tokens[from]!.sentence;
    const headline = isHeadline.get(sentence) ?? false;
    const sentenceStart = from === 0 || tokens[from - 1]!.sentence !== sentence || /^[:\-–—•"“‘(]$/.test(tokens[from - 1]!.text);
    let p = from;
    let afterTitle = titleBefore(from);
    // A sentence-initial ordinary word ("However", "Clearly", "Leading") is not part of a name.
    if (sentenceStart && p < to) {
      const w = lower(p);
      const shouted = to - p >= 2 && tokens[p]!.text.length >= 2 && tokens[p]!.text === tokens[p]!.text.toUpperCase() && tokens[p + 1]!.text === tokens[p + 1]!.text.toUpperCase();
      // (A collective noun whose possessive the run holds starts a body's name: "People's Liberation Army troops".)
      const collective = p + 1 < to && collectiveMark(p + 1);
      // (not a word that begins a known name of more words: "New York", "New Zealand")
      if ((lx.notNames.has(w) && !longerKbMatch(p, to)) || (tokens[p]!.pos !== 'PROPN' && !kbMatch(p, to) && !isGivenName(w) && !shouted && !collective)) p++;
    }
    while (p < to) {
      const w = lower(p);
      // "New" or "First" inside a run that an organisation's cue word ends belongs to its name ("the New York Stock Exchange").
      const startsOrg = w !== 'the' && p + 1 < to && (p > from || !sentenceStart) && isCap(tokens[p]!) && hasCue(p + 1, to);
      // A family name that is also a function word, after a title: "Vice Premier He Dannan", "Minister An Lin".
      const familyName = afterTitle && p > from && isCap(tokens[p]!) && tokens[p]!.text !== tokens[p]!.text.toUpperCase() && p + 1 < to && isCap(tokens[p + 1]!) && !lx.notNames.has(lower(p + 1));
      if (lx.notNames.has(w) && !startsOrg && !familyName && (w === 'the' ? !kbMatch(p, to) : !longerKbMatch(p, to))) {
        p++;
        continue;
      }
      // "Port Sudan", "Mount Hermon": a place prefix and the name after it are one place.
      if (lx.placePrefixes.has(tokens[p]!.text) && p + 1 < to && isCap(tokens[p + 1]!) && !kbMatch(p, to)) {
        const q = kbMatch(p + 1, to)?.to ?? p + 2;
        chunks.push({ from: p, to: q, type: 'Place', rule: 'place-prefix' });
        p = q;
        afterTitle = false;
        continue;
      }
      // "North Darfur", "East Jerusalem": a compass word before a known place names another place.
      if (COMPASS.test(tokens[p]!.text) && p + 1 < to && !kbMatch(p, to)) {
        const inner = kbMatch(p + 1, to);
        if (inner?.kb.type === 'Place') {
          chunks.push({ from: p, to: inner.to, type: 'Place', rule: 'compass+place' });
          p = inner.to;
          afterTitle = false;
          continue;
        }
      }
      const title = titleAt(p, to);
      const kb = kbMatch(p, to);
      if (title > 0 && (!kb || kb.to - p <= title)) {
        p += title;
        afterTitle = true;
        // "Secretary of the National Security and Defence Council": skip the connector to the body.
        // What follows the connector is the title's body or remit ("Representative for the Horn of Africa"), no name.
        if (/^(of|for)$/i.test(tokens[p]?.text ?? '') && p < to) {
          p += tokens[p + 1]?.text.toLowerCase() === 'the' ? 2 : 1;
          afterTitle = false;
          // A minister's portfolio and then a name ("Minister of National Defence NAME", "Minister of Foreign Affairs
          // NAME"; names.json portfolioWords): the name after the portfolio is the title's holder, unless the rest is a
          // body ("Secretary of the National Security and Defence Council").
          let k = p;
          // (hyphenated too: "for Maritime-Aviation-Border Affairs NAME")
          while (k < to && (lx.portfolioWords.has(lower(k)) || (k > p && (/^(?:and|&)$/i.test(tokens[k]!.text) || (isTightHyphen(k) && tight(k, k + 1)))))) k++;
          // (not where the portfolio's words begin a known name: "Special Representative for North Korea NAME")
          if (k > p && k < to && isCap(tokens[k]!) && !hasCue(k, to) && titleAt(k, to) === 0 && !kbMatch(k, to) && !((kbMatch(p, to)?.to ?? 0) > k)) {
            p = k;
            afterTitle = true;
          }
        }
        continue;
      }
      if (kb) {
        let q = kb.to;
        let type = kb.kb.type;
        let rule = 'kb';
        // A place followed by an organisation's name is part of it: "UAE Ministry of Foreign Affairs"; so is a body
        // followed by the name of one of its missions: "United Nations Support Mission in Libya".
        if ((type === 'Place' || (type === 'Organization' && placedAt(q, to))) && q < to && hasCue(q, to) && titleAt(q, to) === 0) {
          const rest = restOfChunk(q, to);
          if (hasCue(q, rest)) {
            rule = type === 'Place' ? 'place+org-cue' : 'body+placed-body';
            q = rest;
            type = 'Organization';
          }
        } else if (type === 'Place' && q < to && endsWithFacility(q, restOfChunk(q, to))) {
          q = restOfChunk(q, to);
          rule = 'place+facility';
        }
        chunks.push({ from: p, to: q, type, rule, ...(rule === 'kb' ? { kb: kb.kb } : {}) });
        // ("the head of Shin Bet NAME", "director of the CIA NAME": a body that a title's "of" opens, and its holder's
        // name after it)
        afterTitle = type === 'Organization' && p === from && titleOfBefore(from);
        p = q;
        continue;
      }
      const q = restOfChunk(p, to);
      // A title's portfolio between its words ("Deputy Political Affairs Minister NAME", "Deputy International and Legal
      // Affairs Minister NAME"): words after a title that another title word follows, in this run or in the run that
      // "and" joins on, are no name.
      if (afterTitle && portfolioBefore(q, to)) {
        p = q;
        continue;
      }
      const c = classify(p, q, afterTitle, headline);
      if (c) chunks.push(c);
      afterTitle = false;
      p = q;
    }
  }

  /** Whether token k links a body's head word right before it to the place the body works in ("Mission | in | Libya";
   * organizations.json placedHeads). */
  function placedLink(k: number): boolean {
    return k > 0 && lx.orgPlacedHeads.links.has(lower(k)) && lx.orgPlacedHeads.words.has(lower(k - 1));
  }

  /** Whether the place a body works in follows its head word between from and to ("Support Mission in Libya"). */
  function placedAt(from: number, to: number): boolean {
    for (let k = from + 1; k < to - 1; k++) if (placedLink(k)) return true;
    return false;
  }

  /** Whether a title word follows at q (a run's next words), or in the capitalized run that "and" opens after the run's end. */
  function portfolioBefore(q: number, to: number): boolean {
    if (q < to) return titleAt(q, to) > 0;
    if (!/^(?:and|&)$/i.test(tokens[to]?.text ?? '')) return false;
    // (only portfolio words on both sides of "and", names.json portfolioWords: "Deputy International and Legal Affairs
    // Minister", not "President Lula and Israeli Prime Minister")
    if (!lx.portfolioWords.has(lower(to - 1))) return false;
    let k = to + 1;
    for (let n = 0; n < 4 && tokens[k] && isCap(tokens[k]!) && tokens[k]!.sentence === tokens[to]!.sentence; n++, k++) {
      if (titleAt(k, k + 3) > 0) return n > 0;
      if (!lx.portfolioWords.has(lower(k))) return false;
    }
    return false;
  }
  /** A name chunk from p: up to the next title or knowledge-base match (an organisation name runs to its last cue word). */
  function restOfChunk(p: number, to: number): number {
    let q = p + 1;
    while (q < to) {
      // A title ends the chunk, except inside an organisation's name ("Office of the President").
      const inOrgTail = hasCue(p, q) && /^(of|the|for)$/i.test(tokens[q - 1]!.text);
      if (titleAt(q, to) > 0 && !hasCue(q, q + titleAt(q, to)) && !inOrgTail) break;
      const kb = kbMatch(q, to);
      // (a place's name after a building's head word is the building's: "Palacio de Santa Cruz", places.json facilityHeads)
      // (and one after a middle initial, or an initial and a particle, is a surname: "Silvestre H. Bello", "S. de Lima")
      if (kb && !hasCue(p, q) && !surnameAt(q) && !lx.facilityHeads.has(lower(p)) && !(kb.kb.type !== 'Place' || lx.orgCues.has(lower(kb.to - 1)))) break;
      q++;
    }
    // An organisation name ends at its last cue word or its last connector-joined part; a person's name follows it.
    if (hasCue(p, q)) {
      let last = -1;
      for (let k = p; k < q; k++) if (isCue(k)) last = k;
      // (a head word of another language opens its name, which runs on after it: "Barisan Revolusi Nasional")
      if (lx.orgHeadFirst.has(lower(last))) return q;
      let e = last + 1;
      // keep "of X" tails ("Ministry of Foreign Affairs", "Times of Israel"), and the place a body works in after its
      // head word ("Support Mission in Libya"; organizations.json placedHeads)
      const placed = (k: number) => k === last + 1 && placedLink(k);
      while (e < q && (/^(of|the|and|for|on|&)$/i.test(tokens[e]!.text) || placed(e) || (e > last + 1 && (/^(of|the|and|for)$/i.test(tokens[e - 1]!.text) || placed(e - 1))))) e++;
      while (e < q && isCap(tokens[e]!) && e > last + 1 && (/^(of|the|and|for)$/i.test(tokens[e - 1]!.text) || placed(e - 1))) e++;
      if (e < q && (isGivenName(lower(e)) || titleAt(e, q) > 0)) q = e;
      else if (e < q && q - e >= 2 && !hasCue(e, q)) q = e;
    }
    return q;
  }

  function classify(from: number, to: number, afterTitle: boolean, headline: boolean): Chunk | undefined {
    let p = from;
    // "Representatives of the Sudanese Armed Forces": the people of a body are not part of its name.
    if (to - p > 2 && lx.groupNouns.has(lower(p)) && lower(p + 1) === 'of') {
      p += 2;
      if (p < to && lower(p) === 'the') p++;
    }
    // Leading demonym: "the Russian Foreign Ministry" → "Foreign Ministry", unless the name needs it.
    if (lx.demonyms.has(tokens[p]!.text)) {
      if (to - p === 1) return undefined;
      const rest = to - (p + 1);
      const needs = rest === 1 && lx.orgCues.has(lower(p + 1)); // "the Omani Embassy"
      const acr = acronymAfter(to);
      const keeps = acr !== undefined && acr[0] === tokens[p]!.text[0];
      // The people a collective possessive names are the demonym's: "the Eritrean People's Liberation Front".
      const collective = p + 2 < to && collectiveMark(p + 2);
      if (!needs && !keeps && !collective) p++;
    }
    if (p >= to) return undefined;
    // A chunk of punctuation alone ("-" between two names) names nothing.
    if (tokens.slice(p, to).every((x) => x.kind === 'punctuation' || HYPHEN.test(x.text))) return undefined;
    // Name words, not counting the hyphens of particles ("el-Sisi").
    const n = tokens.slice(p, to).filter((x) => !/^[-\u2010\u2011]$/.test(x.text)).length;
    // Name words without particles: "Tamim bin Karim Al Tazi" has the four words of a person's name.
    const core = tokens.slice(p, to).filter((x, j) => !/^[-\u2010\u2011]$/.test(x.text) && !(j > 0 && lx.particles.has(lower(p + j)))).length;
    const words = tokens.slice(p, to);
    if (hasCue(p, to) && !endsWithFacility(p, to)) {
      // A lone cue word ("Council", "Government") is a common noun, not a name.
      if (n === 1 && !isOrganizationWord(lower(p))) return undefined;
      return { from: p, to, type: 'Organization', rule: 'org-cue' };
    }
    if (endsWithFacility(p, to) && n >= 2) return { from: p, to, type: 'Place', rule: 'facility' };
    // "Villa Elfvik", "Palais Coburg", "Camp David": a building's head word before its name (places.json facilityHeads).
    if (n >= 2 && lx.facilityHeads.has(lower(p))) return { from: p, to, type: 'Place', rule: 'facility-head' };
    // "the Dakhla-Oued Eddahab region", "the Moroccan Sahara Provinces": a name of several words after "the" and before a
    // generic place word, or that ends with one (places.json generics, or their plural), is a place, not a person.
    const lastWord = lower(to - 1);
    const genericLast = n >= 2 && (lx.placeGenerics.has(lastWord) || (lastWord.endsWith('s') && lx.placeGenerics.has(lastWord.slice(0, -1))));
    const genericNext = n >= 2 && !!tokens[to] && tokens[to]!.sentence === words[0]!.sentence && lx.placeGenerics.has(tokens[to]!.text) && lower(p - 1) === 'the';
    if (genericLast || genericNext) return { from: p, to, type: 'Place', rule: 'place-generic' };
    // In a line of capitals only a short word reads as an acronym; a longer one is a name in capitals.
    // A word in capitals that is an ordinary English word ("NOTE", "DELIVERY") is emphasis, not an acronym.
    const shout = words[0]!.text.length >= 4 && isCommonWord(lower(p));
    if (n === 1 && isAcronym(words[0]!) && !shout && (!capsLine.has(words[0]!.sentence) || words[0]!.text.length <= 4)) return { from: p, to, type: 'Organization', rule: 'acronym' };
    if (n === 1 && capsLine.has(words[0]!.sentence)) {
      const w = lower(p);
      if (isPlaceWord(w)) return { from: p, to, type: 'Place', rule: 'lexicon-place' };
      if (isCommonWord(w)) return undefined;
      return { from: p, to, rule: 'single' };
    }
    if (to - p === 3 && tokens[p + 1]!.text === '/') return { from: p, to, type: 'Organization', rule: 'acronym' };
    const allNameish = words.every((x) => x.pos === 'PROPN' || isPersonWord(x.text) || /^[A-Z]\.$/.test(x.text) || lx.particles.has(x.text.toLowerCase()) || /^[-\u2010\u2011]$/.test(x.text));
    if (afterTitle && core <= 4) return { from: p, to, type: 'Person', rule: 'after-title' };
    // "Ronen Bar, the director of …": a title in apposition after the name.
    if (n >= 2 && n <= 4 && allNameish && !headline && titleInApposition(to)) return { from: p, to, type: 'Person', rule: 'apposition-title' };
    // A compound given name counts by either part ("Jean-Luc": "jean" is also a noun, "luc" a given name).
    const givenFirst = isGivenName(lower(p)) || (p + 2 < to && HYPHEN.test(tokens[p + 1]!.text) && isGivenName(lower(p + 2)));
    if (givenFirst && n >= 3 - (HYPHEN.test(tokens[p + 1]?.text ?? '') ? 0 : 1) && core <= 4) return { from: p, to, type: 'Person', rule: 'given-name' };
    if (n === 1) {
      const w = lower(p);
      if (isPlaceWord(w)) return { from: p, to, type: 'Place', rule: 'lexicon-place' };
      if (isOrganizationWord(w)) return { from: p, to, type: 'Organization', rule: 'lexicon-org' };
      const next = tokens[to];
      const prev = tokens[p - 1];
      if (next && SPEECH.test(next.text) && words[0]!.pos === 'PROPN') return { from: p, to, type: 'Person', rule: 'speaker' };
      if (prev && lx.placePrepositions.has(prev.text.toLowerCase()) && words[0]!.pos === 'PROPN' && !isCommonWord(w)) return { from: p, to, type: 'Place', rule: 'place-preposition' };
      // "the town of Naqura", "the village of X" (places.json settlementNouns)
      if (prev && prev.text === 'of' && p >= 2 && lx.settlementNouns.has(lower(p - 2)) && !isCommonWord(w)) return { from: p, to, type: 'Place', rule: 'settlement-of' };
      if (isPersonWord(w) && !isCommonWord(w)) return { from: p, to, type: 'Person', rule: 'lexicon-person' };
      // "the Tigray region": a generic place word after a name makes it a place.
      if (next && lx.placeGenerics.has(next.text.toLowerCase()) && !isCommonWord(w)) return { from: p, to, type: 'Place', rule: 'place-generic' };
      // Resolved later against the surnames of the document's people.
      if (words[0]!.pos === 'PROPN') return { from: p, to, rule: headline ? 'headline' : 'single' };
      return undefined;
    }
    // In a headline name shape says little: the chunk stays untyped unless what it does, or the rest of the text, types it.
    if (headline) return allNameish ? { from: p, to, rule: 'headline' } : undefined;
    // "in El Fasher", "near Port Sudan": a name after a place preposition that starts with no given name.
    const before = tokens[p - 1];
    if (n <= 3 && allNameish && before && lx.placePrepositions.has(before.text.toLowerCase()) && !isGivenName(lower(p)) && !afterTitle) return { from: p, to, type: 'Place', rule: 'place-preposition' };
    if (n <= 3 && allNameish && before?.text === 'of' && p >= 2 && lx.settlementNouns.has(lower(p - 2)) && !afterTitle) return { from: p, to, type: 'Place', rule: 'settlement-of' };
    // (not words of a minister's portfolio alone, "Director General for Bilateral Political & Maritime Affairs": names.json
    // portfolioWords), nor the name of a meeting or process ("the Geneva International Discussions": names.json forumHeads)
    if (core <= 4 && allNameish && !words.some((x, j) => isCommonWord(x.text) && !isPersonWord(x.text) && !(j > 0 && lx.particles.has(x.text.toLowerCase()))) && !words.every((x) => lx.portfolioWords.has(x.text.toLowerCase())) && !lx.forumHeads.has(words[words.length - 1]!.text.toLowerCase())) {
      // (nor the last word of a portfolio before the name: "Advisor for Middle East Affairs Bret McGurk"; nor that of the
      // talks a title names: "Representative to the Geneva International Discussions NAME")
      let lead = 0;
      while (lead < n - 2 && (lx.portfolioWords.has(words[lead]!.text.toLowerCase()) || lx.forumHeads.has(words[lead]!.text.toLowerCase()))) lead++;
      return { from: p + lead, to, type: 'Person', rule: 'name-shape' };
    }
    return undefined;
  }

  /** Does a title follow in apposition: ", the director of …", ", spokesman for …"? */
  function titleInApposition(to: number): boolean {
    if (tokens[to]?.text !== ',') return false;
    let k = to + 1;
    if (/^(the|a|an)$/i.test(tokens[k]?.text ?? '')) k++;
    const limit = Math.min(tokens.length, k + maxTitleWords + 4);
    for (let j = k; j < limit && j < k + 3; j++) if (tokens[j] && titleAt(j, limit) > 0) return true;
    return false;
  }

  /** The acronym in parentheses right after token index `to`, if any: "… Fund (RDIF)". */
  function acronymAfter(to: number): string | undefined {
    if (tokens[to]?.text !== '(') return undefined;
    let k = to + 1;
    let s = '';
    while (tokens[k] && tokens[k]!.text !== ')' && k < to + 5) s += tokens[k++]!.text;
    return tokens[k]?.text === ')' && /^[A-Z][A-Z/]+$/.test(s) ? s : undefined;
  }

  /**
   * A body's name its acronym spells out ("Office of the Special Envoy of the Secretary-General for Yemen (OSESGY)"): the
   * capitalized words whose initials make the acronym, with the connecting words between them (organizations.json
   * connectors) and hyphens, are one name, whatever titles or places stand among them, where a body's name starts it.
   */
  function spelledOut(list: Chunk[]): void {
    const small = new Set(lx.orgConnectors.flatMap((c) => c.split(' ')));
    for (let k = 1; k < tokens.length; k++) {
      if (tokens[k]!.text !== '(') continue;
      const acr = acronymAfter(k);
      if (!acr || acr.length < 3 || acr.includes('/')) continue;
      let i = acr.length - 1;
      let from = -1;
      for (let j = k - 1; j >= 0 && tokens[j]!.sentence === tokens[k]!.sentence && k - j <= 3 * acr.length; j--) {
        const t = tokens[j]!;
        if (isCap(t)) {
          if (t.text[0] !== acr[i]) break;
          if (--i < 0) {
            from = j;
            break;
          }
        } else if (!small.has(lower(j)) && !HYPHEN.test(t.text)) break;
      }
      if (from < 0) continue;
      const inside = list.filter((c) => c.from < k && c.to > from);
      // (only where a body's name opens it, and no name runs into it from before)
      const first = inside[0];
      if (!first || first.from !== from || first.type !== 'Organization' || (inside.length === 1 && first.to >= k)) continue;
      const at = list.indexOf(first);
      list.splice(at, inside.length, { from, to: k, type: 'Organization', rule: 'acronym-spelled' });
    }
  }

  /** Do the words of `phrase` stand right after token `to` (exclusive end), or right before token `from`? */
  function phraseAfter(to: number, phrase: string[]): boolean {
    const sentence = tokens[to - 1]!.sentence;
    for (let k = 0; k < phrase.length; k++) if (tokens[to + k]?.sentence !== sentence || lower(to + k) !== phrase[k]) return false;
    return true;
  }
  function phraseBefore(from: number, phrase: string[]): boolean {
    const sentence = tokens[from]!.sentence;
    const s0 = from - phrase.length;
    if (s0 < 0) return false;
    for (let k = 0; k < phrase.length; k++) if (tokens[s0 + k]!.sentence !== sentence || lower(s0 + k) !== phrase[k]) return false;
    return true;
  }
  const isNumber = (k: number) => tokens[k] !== undefined && /^\d+(?:-\d+)?$/.test(tokens[k]!.text);
  const isCountry = (c: Chunk) => c.kb?.kind === 'country' || (!c.kb && lexiconTags(lower(c.from)).includes('Country') && c.to - c.from === 1);
  /** The line break before token k (a sentence cut at a line end): datelines and results lines start there. */
  const lineStart = (k: number) => k === 0 || text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes('\n');
  /** Rules that type a chunk from its look alone, which what it does in the sentence may overrule. */
  const SHAPE_RULES = new Set(['single', 'headline', 'name-shape', 'lexicon-person', 'lexicon-place', 'place-preposition', 'speaker', 'place-generic', 'lexicon-org']);

  /**
   * What a name does in its sentence (lexicons/organizations.json contexts and sports): a name before a
   * company's role or stock is an organisation; in a sports report a city or region, or an unknown name,
   * that beats, plays or scores is a team; a line's first name before its date is a dateline's place; two to
   * four name words before a country in parentheses are a person ("Mara Lind ( Norway )").
   */
  function retypeByContext(list: Chunk[]): void {
    const sports = lx.sports;
    let sportsReport = false;
    if (sports) {
      const seen = new Set<string>();
      for (let k = 0; k < tokens.length && seen.size < sports.minReportWords; k++) if (sports.reportWords.has(lows[k]!)) seen.add(lows[k]!);
      sportsReport = seen.size >= sports.minReportWords;
    }
    const fullNames = new Set<string>();
    for (const c of list) if (c.type === 'Person' && c.to - c.from >= 2) fullNames.add(lower(c.to - 1));
    for (let ci = 0; ci < list.length; ci++) {
      const c = list[ci]!;
      // A news outlet or agency (lexicons/media.json) is an organisation, whatever its shape ("Interfax said").
      if (c.type !== 'Organization' && !c.kb && lx.media.has(aliasKey(spanText(c.from, c.to)))) {
        c.type = 'Organization';
        c.rule = 'media';
        continue;
      }
      const weak = !c.type || SHAPE_RULES.has(c.rule);
      const knownPerson = c.to - c.from === 1 && fullNames.has(lower(c.from));
      // A dateline: the first name of a line, then its date ("BRANTFORD 1997-03-02", "Velmar, Norland 12 May").
      if (lineStart(c.from) && !c.kb && (weak || c.rule === 'acronym') && c.type !== 'Person') {
        let k = c.to;
        const next = list[ci + 1];
        if (tokens[k]?.text === ',' && next && next.from === k + 1) k = next.to;
        if (tokens[k] && (/^\d{4}-\d{2}-\d{2}$/.test(tokens[k]!.text) || MONTHS.test(tokens[k]!.text)) && tokens[k]!.sentence === tokens[c.from]!.sentence) {
          c.type = 'Place';
          c.rule = 'dateline';
          continue;
        }
      }
      // A dateline in capitals: the first name of a line, a comma, its country and a dash ("VELMAR AAN ZEE, Norland —").
      if (lineStart(c.from) && !c.kb && weak && tokens.slice(c.from, c.to).every((t) => t.text === t.text.toUpperCase())) {
        const next = list[ci + 1];
        if (tokens[c.to]?.text === ',' && next && next.from === c.to + 1 && isCountry(next) && /^[-–—(]$/.test(tokens[next.to]?.text ?? '')) {
          c.type = 'Place';
          c.rule = 'dateline';
          continue;
        }
      }
      // A dateline in capitals alone on its line before a colon ("VELMAR:", then the story): a place, not a short form.
      // (not a word of the lexicon: "UPDATE:", "NOTE:")
      if (lineStart(c.from) && !c.kb && (weak || c.rule === 'acronym') && c.type !== 'Person' && tokens[c.to]?.text === ':' && /^[ \t]*\r?\n/.test(text.slice(tokens[c.to]!.end, tokens[c.to]!.end + 4))) {
        const words = tokens.slice(c.from, c.to);
        if (words.every((t) => /^\p{Lu}[\p{Lu}'’.-]*$/u.test(t.text)) && words.map((t) => t.text).join('').length >= 4 && !words.some((t) => isCommonWord(t.text.toLowerCase()))) {
          c.type = 'Place';
          c.rule = 'dateline';
          continue;
        }
      }
      // A person listed with their country: "Mara Lind ( Norway )".
      if (!c.kb && (weak || c.rule === 'given-name') && c.to - c.from >= 2 && c.to - c.from <= 4 && tokens[c.to]?.text === '(') {
        const inner = list[ci + 1];
        if (inner && inner.from === c.to + 1 && tokens[inner.to]?.text === ')' && isCountry(inner) && !tokens.slice(c.from, c.to).some((x, j) => isCommonWord(lower(c.from + j)) && !isPersonWord(x.text))) {
          c.type = 'Person';
          c.rule = 'person-country';
          continue;
        }
      }
      if (c.kb && c.kb.type !== 'Place') continue;
      if (!weak && !(c.kb && sportsReport)) continue;
      if (isCountry(c) || knownPerson) continue;
      // A demonym ("Scottish coach") or an ordinary word at the start of a sentence ("Women 's final") names no body.
      if (c.to - c.from === 1 && (lx.demonyms.has(tokens[c.from]!.text) || isCommonWord(lower(c.from)))) continue;
      // (A place by its preposition alone gives way: "an analyst at Brenholm"; a place the lexicon knows does not: "the Milan stock market".)
      if (!c.kb && weak && (c.type !== 'Place' || c.rule === 'place-preposition')) {
        const rule = lx.orgContexts.find((r) => r.after.some((ph) => phraseAfter(c.to, ph)) || r.before.some((ph) => phraseBefore(c.from, ph)));
        if (rule) {
          c.type = 'Organization';
          c.rule = `context:${rule.name}`;
          continue;
        }
      }
      if (!sportsReport || !sports || !(weak || c.kb)) continue;
      const place = c.type === 'Place';
      if (c.type === 'Person' && !(c.to - c.from === 1 && SHAPE_RULES.has(c.rule))) continue;
      const strong = (isNumber(c.to) && (lineStart(c.from) || isNumber(c.from - 1) || /^[,:;]$/.test(tokens[c.from - 1]?.text ?? ''))) || sports.teamAfter.some((ph) => phraseAfter(c.to, ph)) || sports.teamBefore.some((ph) => phraseBefore(c.from, ph));
      const placeCue = place && (sports.placeTeamAfter.some((ph) => phraseAfter(c.to, ph)) || sports.placeTeamBefore.some((ph) => phraseBefore(c.from, ph)));
      if (!strong && !placeCue) continue;
      // A team's name may join a place to another name: "Real Madrid", "Dynamo Moscow", "Rotor Volgograd".
      const prev = list[ci - 1];
      const next = list[ci + 1];
      const joins = (o: Chunk | undefined) => o !== undefined && !isCountry(o) && (!o.type || SHAPE_RULES.has(o.rule) || o.kb?.type === 'Place') && tokens[o.from]!.sentence === tokens[c.from]!.sentence;
      if (prev && prev.to === c.from && joins(prev)) {
        c.from = prev.from;
        prev.type = undefined;
        prev.to = prev.from;
      } else if (next && next.from === c.to && joins(next)) {
        c.to = next.to;
        next.type = undefined;
        next.from = next.to;
      }
      c.type = 'Organization';
      c.rule = 'sports-team';
      delete c.kb;
    }
  }

  // Documents, not entities: a name right before a document head ("the New START treaty"), an acronym
  // defined after one ("… Reduction Treaty (New START)"), and the knowledge base's list.
  const documents = new Set(kn.notEntities);
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k]!.text !== '(' || !lx.documentHeads.has(lower(k - 1))) continue;
    let e = k + 1;
    while (tokens[e] && tokens[e]!.text !== ')' && e < k + 5) e++;
    if (tokens[e]?.text !== ')') continue;
    documents.add(spanText(k + 1, e));
    for (let j = k + 1; j < e; j++) if (isAcronym(tokens[j]!)) documents.add(tokens[j]!.text);
  }
  const isDocumentName = (c: Chunk) => {
    const s = spanText(c.from, c.to);
    if (documents.has(s)) return true;
    if (c.from > 0 && documents.has(spanText(c.from - 1, c.to))) return true;
    const next = tokens[c.to];
    return !c.kb && !!next && next.text === next.text.toLowerCase() && lx.documentHeads.has(next.text);
  };

  retypeByContext(chunks);
  for (let k = chunks.length - 1; k >= 0; k--) if (chunks[k]!.from >= chunks[k]!.to) chunks.splice(k, 1);
  spelledOut(chunks);

  // Acronyms defined in the text take the type of their expansion: "… Council (NSDC)".
  const mentions: Mention[] = [];
  const definitions = new Map<string, { type: EntityType; expansion: string }>();
  for (const c of chunks) {
    const acr = acronymAfter(c.to);
    if (acr && c.type && c.to - c.from >= 2) definitions.set(acr, { type: c.type, expansion: spanText(c.from, c.to) });
  }
  // Surnames of the people named in full: "Witkoff" after "Steve Witkoff".
  const surnames = new Set<string>();
  for (const c of chunks) if (c.type === 'Person' && c.to - c.from >= 2) surnames.add(tokens[c.to - 1]!.text.toLowerCase());
  const WEAK = new Set(['place-preposition', 'speaker', 'lexicon-person', 'lexicon-place']);
  // Names typed by strong evidence (not their look alone), by lower-case text; a company's name without its legal suffix
  // ("Magna International Inc" → "Magna International", "Magna"). A name given two types is left out.
  const sameName = new Map<string, EntityType | null>();
  const sameNameTeams = new Set<string>();
  const note = (key: string, type: EntityType) => sameName.set(key, sameName.has(key) && sameName.get(key) !== type ? null : type);
  for (const c of chunks) {
    if (!c.type || SHAPE_RULES.has(c.rule) || c.rule === 'dateline' || c.rule === 'acronym') continue;
    const key = spanText(c.from, c.to).toLowerCase();
    note(key, c.type);
    if (c.rule === 'sports-team') sameNameTeams.add(key);
    if (c.type !== 'Organization') continue;
    let e = c.to;
    while (e > c.from + 1 && lx.companySuffixes.has(lower(e - 1))) e--;
    if (e < c.to) {
      note(spanText(c.from, e).toLowerCase(), 'Organization');
      if (e - c.from >= 2 && !isCommonWord(lower(c.from)) && isCap(tokens[c.from]!)) note(lower(c.from), 'Organization');
    }
  }
  for (const c of chunks) {
    const s = spanText(c.from, c.to);
    if (isDocumentName(c)) continue;
    let type = c.type;
    let rule = c.rule;
    // A surname of a person the document names in full outweighs weak evidence ("according to Witkoff").
    if (surnames.has(s.toLowerCase()) && (!type || WEAK.has(rule))) {
      type = 'Person';
      rule = 'surname';
    }
    // One name, one type in a document: a name typed by what it does elsewhere in it ("Kent 108-3" on a results
    // line, "Magna International Inc") types its bare mentions ("Kent had reached", "Magna was up").
    const same = sameName.get(s.toLowerCase()) ?? undefined;
    if (same && same !== type && (!type || SHAPE_RULES.has(rule) || rule === 'surname' || (c.kb?.kind !== 'country' && c.kb?.type === 'Place' && sameNameTeams.has(s.toLowerCase())))) {
      if (!(rule === 'surname' && same !== 'Organization')) {
        type = same;
        rule = 'same-name';
      }
    }
    // (also written in title case, as some papers write acronyms: "Eln" for an "(ELN)" the text defines)
    const def = definitions.get(s.replace(/\s+/g, '')) ?? (/^[A-Z][a-z]{2,4}$/.test(s) && !isCommonWord(s.toLowerCase()) ? definitions.get(s.toUpperCase()) : undefined);
    if (def && !c.kb) {
      type = def.type;
      rule = 'acronym-defined';
    }
    if (!type && surnames.has(s.toLowerCase())) {
      type = 'Person';
      rule = 'surname';
    }
    if (!type) continue;
    let from = c.from;
    let to = c.to;
    // A generic word after a place ("the Donbas region") stays out, unless the knowledge base names the whole.
    if (type === 'Place' && tokens[to] && lx.placeGenerics.has(lower(to))) {
      const whole = kn.aliases.get(aliasKey(spanText(from, to + 1)));
      if (whole?.length) to++;
    }
    // Trim a leading "The" unless the name keeps it ("The Times of Israel").
    if (tokens[from]!.text === 'The' && !(c.kb && /^the /i.test(c.kb.name))) from++;
    if (from >= to) continue;
    const m: Mention = { start: tokens[from]!.start, end: tokens[to - 1]!.end, type, text: spanText(from, to), rule: `names:${rule}` };
    if (def) m.expansion = def.expansion;
    mentions.push(m);
  }
  renamedBodies(doc.text, mentions, kn);
  unglue(doc.text, mentions, kn);
  tieOffices(doc, mentions, kn);
  return { ...doc, mentions: [...doc.mentions.filter((m) => m.type === 'Date' || m.type === 'Quantity'), ...mentions].sort((a, b) => a.start - b.start) };
}

/**
 * A person's name that a page glued to the word after it, a space lost ("Omar Khaledifrom the government"; names.json
 * gluedWords): where the text writes the last word without that ending elsewhere ("Khaledi"), the mention ends
 * before the glued word.
 */
function unglue(text: string, mentions: Mention[], kn: Knowledge): void {
  const words = kn.lexicons.gluedWords;
  if (!words.length) return;
  for (const m of mentions) {
    if (m.type !== 'Person') continue;
    const last = /[\p{L}'’-]+$/u.exec(m.text)?.[0];
    const glued = last && words.find((w) => last.length > w.length + 2 && last.endsWith(w) && /\p{Ll}/u.test(last.charAt(last.length - w.length - 1)));
    if (!last || !glued) continue;
    const stem = last.slice(0, last.length - glued.length);
    const alone = new RegExp(String.raw`(?<![\p{L}'’-])${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\p{L}'’-])`, 'u');
    if (!alone.test(text)) continue;
    m.end -= glued.length;
    m.text = m.text.slice(0, m.text.length - glued.length);
  }
}

/**
 * Two names of one body the text gives side by side ("the United People's Alliance (UPA), formerly known as the South
 * Sudan Opposition Movement Alliance"; names.json renameLinks): the second carries the first's text, for stage link.
 */
function renamedBodies(text: string, mentions: Mention[], kn: Knowledge): void {
  const links = kn.lexicons.renameLinks;
  if (!links.test(text)) return;
  const orgs = mentions.filter((m) => m.type === 'Organization');
  for (let i = 1; i < orgs.length; i++) {
    const b = orgs[i]!;
    // (the first name, with its acronym in brackets at most, a comma, the link words and "the")
    for (let k = i - 1; k >= 0; k--) {
      const a = orgs[k]!;
      const between = text.slice(a.end, b.start);
      if (between.length > 60) break;
      if (/^\s*\([^()]{1,12}\)\s*$/.test(between)) continue;
      // (after the first name's acronym, its closing bracket)
      const rest = between.replace(/^\s*\)?\s*(?:\([^()]{1,12}\))?\s*,?\s*/, '');
      const link = links.exec(rest);
      // (an acronym in brackets after the first name stands for it: "NAME (UPA), formerly …")
      if (link?.index === 0 && /^\s*(?:the\s+)?$/i.test(rest.slice(link[0].length))) b.renamed = a.expansion ?? a.text;
      break;
    }
  }
}

/**
 * Government offices named by a common noun ("the Foreign Ministry") belong to the country the
 * text ties them to: a country in the name ("UAE Ministry of Foreign Affairs"), a demonym or
 * possessive right before it ("the Russian Foreign Ministry", "Ukraine’s National Security
 * Council"), else the last country its sentence, or the paragraph before it, names.
 */
function tieOffices(doc: Doc, mentions: Mention[], kn: Knowledge): void {
  const { text } = doc;
  const countryOf = (s: string): string | undefined => kn.aliases.get(aliasKey(s))?.find((e) => e.kind === 'country')?.name ?? kn.lexicons.demonymCountry.get(s);
  const places = mentions.filter((m) => m.type === 'Place' && countryOf(m.text));
  for (const m of mentions) {
    if (m.type !== 'Organization') continue;
    const words = m.text.split(/\s+/);
    // "UAE Ministry of Foreign Affairs": the country word, then the office.
    const inName = words.length > 1 ? countryOf(words[0]!) : undefined;
    const form = (inName ? words.slice(1).join(' ') : m.text).toLowerCase();
    const name = kn.lexicons.offices.get(form);
    if (!name) continue;
    const before = /([\p{L}.]+)(?:[’']s)?\s+$/u.exec(text.slice(Math.max(0, m.start - 30), m.start))?.[1];
    let country = inName ?? (before ? countryOf(before) : undefined);
    if (!country) {
      // The paragraph so far: the last country named before the office.
      const para = text.lastIndexOf('\n', m.start) + 1;
      const prior = places.filter((p) => p.end <= m.start && p.start >= para).at(-1);
      const demonym = [...text.slice(para, m.start).matchAll(/\b[A-Z][a-z]+\b/g)].filter((x) => kn.lexicons.demonymCountry.has(x[0])).at(-1);
      const demonymAt = demonym ? para + demonym.index! : -1;
      country = prior && prior.start > demonymAt ? countryOf(prior.text) : demonym ? kn.lexicons.demonymCountry.get(demonym[0]) : prior ? countryOf(prior.text) : undefined;
    }
    if (country) m.office = { name, country };
  }
}

export const namesStage: DocStage = {
  name: 'names',
  requires: ['tokens', 'sentences'],
  assigns: ['mentions'],
  run: (doc, _options, ctx) => tagNames(doc, ctx.knowledge),
};
