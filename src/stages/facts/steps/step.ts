/**
 * A facts step: one job, with a name (what pipeline.json lists) and a reason. A sentence step reads one sentence at a
 * time, in text order, and appends the facts it finds; a document step runs once all sentences are read (it may drop
 * or complete facts). Steps run in the order pipeline.json gives, each sentence through every sentence step in turn.
 */
import type { Mention, TextSpan } from '../../../model/schema.js';
import type { Reader } from '../reader.js';
import type { Sent } from '../text.js';

/** What the steps share about the sentence being read. */
export interface SentenceState {
  /** The round the sentence reports. */
  r: number;
  /** The number of facts before the sentence was read: its own facts are those after. */
  first: number;
  /** The day of a settlement the sentence recalls as concluded in the days before the article appeared, if any. */
  news: Mention | undefined;
  /** Whether the sentence holds any word of the outcome, next-step and facility rules (one scan; most hold none). */
  anyWord: boolean;
  /** The direct quotes inside the sentence. */
  quoted: TextSpan[];
  /** The phrases already read as outcomes. */
  seen: TextSpan[];
  /** The starts of the clauses already read as next steps. */
  announced: Set<number>;
}

export interface FactStep {
  name: string;
  reason: string;
  sentence?: (x: Reader, s: Sent, at: SentenceState) => void;
  document?: (x: Reader) => void;
}
