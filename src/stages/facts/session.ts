/** A sentence that reports the session: what the session steps read it by. */
import type { RoundCue } from '../../model/schema.js';
import { awaitedBefore, venueMove, turnWord, continuingOpening, participleApposition, placeAfterList, placedIn, reportedClause } from './patterns.js';
import type { Reader } from './reader.js';
import { subjectStart, type Sent } from './text.js';
import { lexTest } from '../../knowledge/gate.js';

export interface SessionSentence {
  /** Its cues: numbered and relative ones, else (in an article that numbers one round) its plain session words. */
  said: RoundCue[];
  /** The round the cue names (a held one first). */
  r: number;
  /** Whether it speaks of a postponement. */
  postponed: boolean;
  /** A line with no verb ("The Iran nuclear talks in Vienna on December 9.") is a caption or a label: its day dates a
   * photograph, often of an earlier session, not the session the article reports. */
  caption: boolean;
}

/** The sentence as a report of the session, where it names the round (else undefined). */
export function sessionOf(x: Reader, s: Sent): SessionSentence | undefined {
  // (an article of several rounds: a sentence that opens with "The talks …" right after one that reports a numbered
  // round held, in its paragraph, goes on about that round)
  if (!s.cues.length && s.plain.length && !x.single) {
    const prev = x.sents[s.index - 1];
    // (a sentence of plain sessions to come, after one that announces a numbered round to come, goes on about that one:
    // "Both sides are set to hold a 5th round on Monday. The talks will take place at the border post."; and one after a
    // line that names a numbered round with no status, a headline: "Fifth round: no deal but next meeting soon")
    const ahead = s.plain.every((c) => c.status === 'planned');
    const held = prev ? prev.cues.find((c) => c.ordinal !== undefined && (c.status === 'held' || (ahead ? c.status === 'planned' : !c.status)) && !c.recalled) : undefined;
    // (or, in the next paragraph too, a sentence of a plain session word that the article's sections give to that round:
    // "After 12 hours of talks held on Sunday, …")
    // (or, in an article that looks ahead to the round it reports, a session the sentence awaits: "Ahead of new talks in
    // Lisbon on May 3 to 9, the rebels said …" dates the plan of that round)
    if (!held && s.round && s.plain.every((c) => c.status === 'planned' && awaitedBefore(x.kn).test(x.text.slice(Math.max(s.start, c.start - 60), c.start))) && x.cues.some((c) => c.round === s.round && c.ordinal !== undefined)) return { said: s.plain, r: s.round, postponed: false, caption: !x.verbsAt[s.index]!.length };
    if (!held || !((!s.lineStart && continuingOpening(x.kn).test(s.text)) || s.round === held.round)) return undefined;
    return { said: s.plain, r: held.round!, postponed: lexTest(x.kn, s, x.kn.lexicons.facts.postponeWords), caption: !x.verbsAt[s.index]!.length };
  }
  if (!(s.cues.length || (s.plain.length && x.single))) return undefined;
  return {
    said: s.cues.length ? s.cues : s.plain,
    // (a cue the article numbers no round for goes on about the sentence's round: "after 12 hours of talks held on Sunday")
    r: s.cues.length ? s.cues.find((c) => c.status === 'held' && c.round !== undefined)?.round ?? s.cues.find((c) => c.round !== undefined)?.round ?? s.round : s.round,
    postponed: lexTest(x.kn, s, x.kn.lexicons.facts.postponeWords),
    caption: !x.verbsAt[s.index]!.length,
  };
}

/**
 * The round a date or a place belongs to in a sentence that speaks of two rounds: that of the cue right before it, where
 * it stands in that cue's own phrase, with no break between ("This round follows the initial discussions held in Doha
 * last week": Doha and the week are the first round's); else the sentence's round.
 */
export function roundNear(x: Reader, s: Sent, at: number, r: number): number {
  let before: RoundCue | undefined;
  let other = false;
  for (const c of s.cues) {
    if (c.round === undefined) continue;
    if (c.round !== r) other = true;
    if (c.end <= at) before = c;
  }
  if (!other || !before || before.round === r) return r;
  // (or in an apposition a participle opens: "like the first round, held in Lima last March 3-4")
  const between = x.text.slice(before.end, at);
  return /^[^,;:()"“”\n]{0,50}$/.test(between) || participleApposition(x.kn).test(between) ? before.round! : r;
}

/**
 * The subject of the session in a sentence with a numbered cue: the words from the clause's start to the first cue
 * ("A and B met …"), past a reported clause's speech verb ("NAME said on Monday A and B had agreed at a meeting").
 */
export function sessionSubject(x: Reader, s: Sent, cues: RoundCue[] = s.cues): { at: number; from: number; subject: string } {
  const { text, kn } = x;
  const at = cues[0]!.start;
  let from = s.start + subjectStart(s.text.slice(0, at - s.start), kn);
  // A list of people whose last item follows ", and" ("TITLE NAME, TITLE NAME, and TITLE NAME participated in the
  // talks"): the subject starts at the list's first item, where every item before names a person.
  if (/^and\s/.test(text.slice(from, from + 4)) && /,\s*$/.test(text.slice(s.start, from))) {
    const head = s.text.slice(0, from - s.start).replace(/,\s*$/, '');
    const listFrom = s.start + subjectStart(head, kn);
    const items = text.slice(listFrom, s.start + head.length).split(',');
    let at2 = listFrom;
    const allPeople = items.every((item) => {
      const ok = s.mentions.some((m) => m.type === 'Person' && m.start >= at2 && m.end <= at2 + item.length);
      at2 += item.length + 1;
      return ok;
    });
    if (allPeople) from = listFrom;
  }
  // "NAME said on Monday A and B had agreed at a meeting": the subject of the session is the reported clause's.
  const said = [...text.slice(from, at).matchAll(reportedClause(kn))].at(-1);
  if (said) from += said.index + said[0].length;
  const subject = text.slice(from, at);
  return { at, from, subject };
}

/**
 * Where the list of sides after "between" ends: at the phrase's end (stage facts' `phraseEnd`), or before a place the
 * sides meet in ("talks between A and B in Havana, Cuba": Cuba is no side).
 */
export function sidesEnd(x: Reader, s: Sent, from: number): number {
  let end = x.phraseEnd(s, from);
  // A first item that names no one ends the list at its comma: "between both sides, a joint statement from A, B and C
  // said" names no side.
  const firstComma = x.text.slice(from, end).search(/[,;]/);
  if (firstComma >= 0 && !x.countriesIn(s, from, from + firstComma).length && !s.mentions.some((m) => (m.type === 'Organization' || m.type === 'Place') && m.start >= from && m.end <= from + firstComma)) return from + firstComma;
  // A list of sides ends at the comma after its last item, the one "and" joins ("between A and the B movement, known
  // as …, officials of C have confirmed").
  const and = x.text.slice(from, end).search(/\s(?:and|&)\s/);
  if (and >= 0) {
    const comma = x.text.slice(from + and, end).search(/[,;]/);
    if (comma >= 0) end = from + and + comma;
    // (or at a place after it, "between A and B in an Egyptian resort": clauses.json placeLocatives)
    const at = x.text.slice(from + and, end).search(placeAfterList(x.kn));
    if (at >= 0) end = from + and + at;
  }
  // (or at a word that turns to another time or event, "between the two countries since Russia's invasion of Ukraine":
  // facts.json otherMeetingLeads)
  const turn = x.text.slice(from, end).search(turnWord(x.kn));
  if (turn >= 0) end = from + turn;
  // (or before a verb that moves the session elsewhere: "between A and B moves to Cuba in early 2024"; facts.json
  // venueMoves)
  const move = x.text.slice(from, end).search(venueMove(x.kn));
  if (move >= 0) end = from + move;
  const place = s.mentions.find((m) => m.type === 'Place' && m.start > from && m.start < end && placedIn(x.kn).test(x.text.slice(Math.max(from, m.start - 10), m.start)));
  if (!place) return end;
  return from + x.text.slice(from, place.start).search(/\s+\S+\s+(?:the\s+)?$/);
}
