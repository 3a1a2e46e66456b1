/**
 * cues: phrases that speak of a negotiation round ("the second round", "the initial round",
 * "the inaugural trilateral talks", "a third round of talks", "the next meeting", "a renewed
 * round"), with the ordinal they give and the status their sentence states (held, planned,
 * announced, postponed, cancelled), from tense and cue words.
 */
import type { Doc, RoundCue, RoundStatus } from '../model/schema.js';
import type { DocStage } from './stage.js';

const ORDINALS: Record<string, number> = {
  first: 1, initial: 1, inaugural: 1, opening: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5,
};
const RELATIVE: Record<string, RoundCue['relative']> = { next: 'next', renewed: 'renewed', new: 'renewed', previous: 'previous', earlier: 'previous', last: 'previous', latest: 'current', current: 'current', this: 'current', upcoming: 'next', another: 'next' };
const EVENT = String.raw`(?:round|meeting|session|talks|negotiations|dialogue|summit)`;
const CUE = new RegExp(
  String.raw`\b(first|initial|inaugural|opening|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|1st|2nd|3rd|4th|5th|next|renewed|new|previous|earlier|latest|upcoming|another|this)((?:[ \u2011-](?:trilateral|bilateral|direct|formal|peace|negotiation|negotiating|diplomatic|high-level|expert-level|US-brokered|U\.S\.\u2011brokered|U\.S\.-brokered)){0,3}) (${EVENT})\b`,
  'gi',
);

/** The status a sentence states for the round it speaks of. */
export function statusOf(sentence: string): RoundStatus | undefined {
  const s = sentence.toLowerCase();
  if (/\b(cancell?ed|called off|scrapped)\b/.test(s)) return 'cancelled';
  if (/\b(postponed|delayed|pushed back|put off)\b/.test(s) && !/\b(began|took place|held|commenced|opened|started|concluded)\b/.test(s)) return 'postponed';
  if (/\b(may be announced|will be announced|to be announced|agreed to hold|agreed to meet|plan(?:s|ned)? to hold|will hold|would hold|to reconvene|decision to reconvene)\b/.test(s)) return 'announced';
  if (/\b(is set to|are set to|scheduled for|is scheduled|will (?:open|begin|start|take place|be held)|approaches|upcoming|expected to (?:open|begin|start|take place))\b/.test(s)) return 'planned';
  if (/\b(took place|held|began|commenced|concluded|ended|wrapped up|opened|met|produced|attended|failed|was delayed|participated|marked)\b/.test(s)) return 'held';
  // No status word: the tense still tells a plan ("the second round … will test whether …").
  if (/\b(will|shall|is to|are to|is expected|are expected)\b/.test(s)) return 'planned';
  return undefined;
}

export function findCues(doc: Doc): Doc {
  const cues: RoundCue[] = [];
  for (let si = 0; si < doc.sentences.length; si++) {
    const sent = doc.sentences[si]!;
    const text = doc.text.slice(sent.start, sent.end);
    CUE.lastIndex = 0;
    for (let m = CUE.exec(text); m; m = CUE.exec(text)) {
      const word = m[1]!.toLowerCase();
      const event = m[3]!.toLowerCase();
      // "first time", "new agreement": only meeting words make a cue; "new talks" alone is too vague.
      if (word === 'new' && event !== 'round') continue;
      if (word === 'another' && event !== 'round') continue;
      if (word === 'this' && event !== 'round') continue;
      const start = sent.start + m.index;
      const status = statusOf(text);
      cues.push({
        start,
        end: start + m[0].length,
        text: m[0],
        ...(ORDINALS[word] !== undefined ? { ordinal: ORDINALS[word] } : {}),
        ...(RELATIVE[word] ? { relative: RELATIVE[word] } : {}),
        ...(status ? { status } : {}),
        sentence: si,
      });
    }
  }
  return { ...doc, cues };
}

export const cuesStage: DocStage = {
  name: 'cues',
  requires: ['sentences', 'mentions'],
  assigns: ['cues'],
  run: (doc) => findCues(doc),
};
