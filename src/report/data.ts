/**
 * The shapes of the report's data files, shared by the code that writes them (build.ts) and the
 * page's script that reads them (client/report.ts, which takes them as type imports only).
 * Offsets are UTF-16 indices into the article's text.
 */
/** A mention as the page shows it: UTF-16 span, type, and what the run says of it. */
export interface RMention {
  s: number;
  e: number;
  t: string;
  /** Canonical entity id and name. */
  id?: string;
  n?: string;
  v?: string;
  mod?: string;
  unit?: string;
  rule?: string;
}

/** A gold difference. `k`: missed, spurious, partial, value or link. */
export interface RError {
  /** Index in the report's error list. */
  i: number;
  k: string;
  d: number;
  /** Mention type (the gold's where there is one). */
  t: string;
  g?: RMention & { x: string };
  p?: RMention & { x: string };
  note?: string;
}

export interface RDoc {
  /** Index of the article in the report (its file is data/docs/N.js). */
  n: number;
  id: string;
  title?: string;
  source?: string;
  url?: string;
  published?: string;
  text: string;
  mentions: RMention[];
  errors?: RError[];
  problems: string[];
}

export interface REvidence {
  d: number;
  s: number;
  e: number;
  text: string;
}

/** An article in the report's index (data/index.js). */
export interface RDocEntry {
  n: number;
  id: string;
  title?: string;
  source?: string;
  published?: string;
  mentions: number;
  /** With gold: the article's gold differences. */
  errors?: number;
  problems: number;
}
