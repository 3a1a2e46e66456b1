/**
 * Parley's data model, defined once in zod. Every TypeScript type in the engine is inferred
 * from these schemas, and `parley schema` prints their JSON Schema.
 *
 * Offsets inside the engine are JavaScript string indices (UTF-16 units) into `Doc.text`.
 * Offsets in brat files and in `Evidence` count Unicode code points, as brat does; the
 * conversion happens at that boundary only (src/io/offsets.ts).
 */
import { z } from 'zod';

export const MENTION_TYPES = ['Person', 'Organization', 'Place', 'Date', 'Quantity'] as const;
export const MentionType = z.enum(MENTION_TYPES);
export type MentionType = z.infer<typeof MentionType>;
/** Types whose mentions link to an entity. */
export const ENTITY_TYPES = ['Person', 'Organization', 'Place'] as const;
export const EntityType = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityType>;
export const isEntityType = (t: MentionType): t is EntityType => t !== 'Date' && t !== 'Quantity';

/** TIMEX3 modifiers for dates. */
export const DateMod = z.enum(['START', 'MID', 'END', 'APPROX', 'LESS_THAN', 'MORE_THAN', 'EQUAL_OR_LESS', 'EQUAL_OR_MORE']);
export type DateMod = z.infer<typeof DateMod>;
/** Modifiers for quantities. */
export const QuantityMod = z.enum(['MIN', 'MAX', 'APPROX']);
export type QuantityMod = z.infer<typeof QuantityMod>;

export const ISODate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date YYYY-MM-DD');

/** Optional sidecar `NAME.meta.json` beside an article. */
export const DocMeta = z.strictObject({
  title: z.string().optional(),
  source: z.string().optional(),
  url: z.string().optional(),
  published: ISODate.optional(),
});
export type DocMeta = z.infer<typeof DocMeta>;

export const Span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export type Span = z.infer<typeof Span>;

export const Sentence = Span.extend({});
export type Sentence = z.infer<typeof Sentence>;

export const Token = Span.extend({
  text: z.string(),
  /** Universal POS tag from wink-nlp. */
  pos: z.string(),
  /** wink-nlp token type: word, number, punctuation, emoji, ... */
  kind: z.string(),
  /** A noun's lemma from wink-nlp ("talks" → "talk"); for other words their lower case. */
  lemma: z.string(),
  /** Index of the sentence the token belongs to. */
  sentence: z.number().int().nonnegative(),
});
export type Token = z.infer<typeof Token>;

/** A part of a date's value: what the text writes (`stated`) or Parley worked out (`inferred`). */
export const DatePart = z.enum(['century', 'decade', 'year', 'half', 'quarter', 'season', 'month', 'week', 'day', 'weekday', 'part-of-day', 'time', 'duration', 'reference']);
export type DatePart = z.infer<typeof DatePart>;
export const DateParts = z.object({
  stated: z.array(DatePart),
  inferred: z.array(DatePart),
  /**
   * What the inferred parts come from: the publication date, the anchor inferred from the text, a date the text
   * gave before (`previous-date`), a day in the same sentence (`sentence-day`); `none` when nothing could give them.
   */
  basis: z.enum(['published', 'text', 'previous-date', 'sentence-day', 'none']).optional(),
});
export type DateParts = z.infer<typeof DateParts>;

export const Mention = Span.extend({
  type: MentionType,
  text: z.string(),
  /** Normalized value: ISO 8601 / TIMEX3 for Date, a number for Quantity. */
  value: z.string().optional(),
  mod: z.string().optional(),
  /** Quantity: singular lemma of the counted noun, or `none`. */
  unit: z.string().optional(),
  /** Person/Organization/Place: the canonical entity id, set by the link stage. */
  entityId: z.string().optional(),
  /** Which rule produced the mention (`stage:rule`), so a wrong one can be traced. */
  rule: z.string().optional(),
  /** An acronym defined in its document ("… Council (NSDC)"): the expansion it was defined with. */
  expansion: z.string().optional(),
  /** Another name its document gives the same body right before ("NAME2, formerly known as NAME"): that name's text. */
  renamed: z.string().optional(),
  /** A government office named by a common noun: its standard name and the country the text ties it to. */
  office: z.object({ name: z.string(), country: z.string() }).optional(),
  /** Date: which parts of its value the text states and which were inferred, and from what. */
  dateParts: DateParts.optional(),
});
export type Mention = z.infer<typeof Mention>;

/** A problem found in a document: positioned, attributed to a stage, never thrown across a batch. */
export const Message = z.object({
  reason: z.string(),
  origin: z.string(),
  file: z.string().optional(),
  line: z.number().int().positive().optional(),
  column: z.number().int().positive().optional(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
  fatal: z.boolean(),
});
export type Message = z.infer<typeof Message>;

/** Code-point evidence for a fact: `text` equals the document's text at [start, end). */
export const Evidence = z.object({ doc: z.string(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), text: z.string() });
export type Evidence = z.infer<typeof Evidence>;

export const Alias = z.object({ text: z.string(), count: z.number().int().positive() });
export const Merge = z.object({ alias: z.string(), into: z.string(), reason: z.string() });
export type Merge = z.infer<typeof Merge>;

export const Entity = z.object({
  id: z.string(),
  name: z.string(),
  type: EntityType,
  qid: z.string().regex(/^Q\d+$/).optional(),
  aliases: z.array(Alias),
  docs: z.array(z.string()),
  count: z.number().int().nonnegative(),
  /** Why each alias was merged into this entity. */
  merges: z.array(Merge),
});
export type Entity = z.infer<typeof Entity>;
export const EntitiesFile = z.object({ entities: z.array(Entity) });
export type EntitiesFile = z.infer<typeof EntitiesFile>;

// ---------------------------------------------------------------------------------------
// Rounds and briefs

export const EntityRef = z.object({ id: z.string(), name: z.string() });
export type EntityRef = z.infer<typeof EntityRef>;

export const RoundStatus = z.enum(['held', 'planned', 'announced', 'postponed', 'cancelled']);
export type RoundStatus = z.infer<typeof RoundStatus>;

/** The rules (`stage:rule`) of the facts a brief item merges: how it was read, for tracing a wrong one. */
export const Rules = z.array(z.string()).optional();

/** A date fact: a normalized value with the spans that give it. */
export const DateFact = z.object({
  value: z.string(),
  /** How a value no text states was had ("on or before the publication of DOC"); absent when stated. */
  inferred: z.string().optional(),
  evidence: z.array(Evidence).min(1),
  rules: Rules,
});
export type DateFact = z.infer<typeof DateFact>;
export const EntityFact = EntityRef.extend({
  evidence: z.array(Evidence).min(1),
  rules: Rules,
  /** How an entity no source of the round names was had ("a side in the series' other rounds"); absent when stated. */
  inferred: z.string().optional(),
});
export type EntityFact = z.infer<typeof EntityFact>;
export const Member = z.object({
  person: EntityRef,
  role: z.string().optional(),
  head: z.boolean(),
  evidence: z.array(Evidence).min(1),
  rules: Rules,
});
export type Member = z.infer<typeof Member>;
export const Delegation = z.object({ party: EntityRef, members: z.array(Member) });
export type Delegation = z.infer<typeof Delegation>;
export const QuantityFact = z.object({ value: z.string(), unit: z.string().optional(), mod: z.string().optional() });
export const Outcome = z.object({
  text: z.string(),
  kind: z.enum(['agreement', 'failure', 'other']),
  quantities: z.array(QuantityFact),
  evidence: z.array(Evidence).min(1),
  rules: Rules,
});
export type Outcome = z.infer<typeof Outcome>;
export const TextFact = z.object({ text: z.string(), evidence: z.array(Evidence).min(1), rules: Rules });
export type TextFact = z.infer<typeof TextFact>;
export const Quote = z.object({ text: z.string(), speaker: EntityRef.optional(), evidence: z.array(Evidence).min(1), rules: Rules });
export type Quote = z.infer<typeof Quote>;
export const NextStep = z.object({
  text: z.string(),
  date: z.string().optional(),
  place: EntityRef.optional(),
  /** The level of the step's meeting where its words say it (a summit: leaders; working-level teams: experts). */
  level: z.enum(['leaders', 'ministers', 'experts']).optional(),
  /** True when its sources only hope for, expect or plan the step, or say no plan is set. */
  tentative: z.boolean().optional(),
  evidence: z.array(Evidence).min(1),
  rules: Rules,
});
export type NextStep = z.infer<typeof NextStep>;

export const Brief = z.object({
  id: z.string(),
  ordinal: z.number().int().positive().optional(),
  /** True when no article numbers the round: its ordinal comes from its place among the series' rounds by date. */
  ordinalInferred: z.boolean().optional(),
  status: RoundStatus,
  dates: z.object({
    held: z.array(DateFact),
    planned: z.array(DateFact),
    /**
     * When the round met, as one value: a stated span, the span of the days its sources give where they tell of one
     * session over several days, else the day most sources state (stated over inferred, then most sources).
     */
    preferred: DateFact.optional(),
    /** Days sources give against the preferred value (another day for a one-day session), with their evidence. */
    conflicts: z.array(DateFact).optional(),
  }),
  venue: z.object({
    city: z.array(EntityFact),
    facility: z.array(EntityFact),
    /** Other cities sources give for the session than the preferred one (`city`), with their evidence. */
    conflicts: z.array(EntityFact).optional(),
  }),
  parties: z.array(EntityFact),
  mediators: z.array(EntityFact),
  delegations: z.array(Delegation),
  topics: z.array(TextFact),
  outcomes: z.array(Outcome),
  quotes: z.array(Quote),
  next: z.array(NextStep),
  /** Every document that speaks of this round. */
  docs: z.array(z.string()),
});
export type Brief = z.infer<typeof Brief>;
export const BriefsFile = z.object({ briefs: z.array(Brief) });
export type BriefsFile = z.infer<typeof BriefsFile>;

// ---------------------------------------------------------------------------------------
// The document as it travels through the per-document stages: each stage adds a layer.

/** A cue for the round finder, found in one document: a phrase that speaks of a meeting. */
export const RoundCue = Span.extend({
  text: z.string(),
  /** 1 for "first"/"initial"/"inaugural", 2 for "second", … ; absent for "next meeting", "renewed round". */
  ordinal: z.number().int().positive().optional(),
  /** Relative position words: `next`, `renewed`, `previous`. */
  relative: z.enum(['next', 'previous', 'renewed', 'current']).optional(),
  /**
   * The round it speaks of, resolved within its document ("the next meeting" after the second is the third);
   * 0 for the session a document reports without numbering it (the corpus stage `rounds` places it).
   */
  round: z.number().int().nonnegative().optional(),
  status: RoundStatus.optional(),
  /**
   * A round the sentence only recalls, in a clause that sets the time of its main clause ("Before the first round was
   * suspended, …"): it names an earlier round, not the one the document reports.
   */
  recalled: z.boolean().optional(),
  /**
   * A numbered round right after a preposition of time ("the first talks since Athens broke them off after the 9th
   * round", "just days after the seventh round ended"): the sentence dates something by it. Alone, with nothing said
   * of it, it is no round of its own; it still tells which round the document is at.
   */
  datedBy: z.boolean().optional(),
  /**
   * A numbered round that a session of the sentence prepares ("a preparatory meeting for the 12th round took place in
   * Cusco on March 3"): the round is planned, and the sentence's facts are the preparatory session's.
   */
  prepared: z.boolean().optional(),
  /**
   * A numbered round that met, whose sentence dates it days before the report's own day ("The first meeting … was held
   * on Feb. 18 in Riyadh", in a report of February 27): where the report's lead tells of a session it does not number,
   * that round is an earlier one, not the lead's.
   */
  earlier: z.boolean().optional(),
  /** Index of the sentence it stands in. */
  sentence: z.number().int().nonnegative(),
});
export type RoundCue = z.infer<typeof RoundCue>;

/** A span of the document with its text (JS offsets inside the engine; code points once it is Evidence). */
export const TextSpan = Span.extend({ text: z.string() });
export type TextSpan = z.infer<typeof TextSpan>;
/**
 * An entity a fact names: the mention it rests on (its span), a country named by a demonym, a place of the knowledge
 * base named by a description ("the Kenyan capital"), or a building named by words no mention covers.
 */
export const EntityCue = z.object({
  mention: Span.optional(),
  country: z.string().optional(),
  place: z.string().optional(),
  /** A building named by words no mention covers ("the EEAS building", "the Commission's headquarters"), as written. */
  facility: z.string().optional(),
  /**
   * A side named by a common noun ("the opposition", facts.json sideCommonNouns), as the noun; `country` is then the
   * country it belongs to ("the Venezuelan opposition"), not the side itself.
   */
  side: z.string().optional(),
  /** A community of a country named by two demonyms ("Greek Cypriot"; places.json communities), as the side's name. */
  community: z.string().optional(),
});
export type EntityCue = z.infer<typeof EntityCue>;

export const FactKind = z.enum(['held', 'planned', 'venue', 'facility', 'party', 'mediator', 'member', 'topic', 'outcome', 'quote', 'next']);
export type FactKind = z.infer<typeof FactKind>;
/**
 * A fact about a round found in one document (stage `facts`), with the round it belongs to
 * (resolved within the document) and the span that states it. The briefs stage merges them.
 */
export const Fact = z.object({
  kind: FactKind,
  /** Which rule read it (`stage:rule`), so that a wrong fact can be traced, as mentions carry theirs. */
  rule: z.string().optional(),
  /** The round within the document: its ordinal, or 0 for the document's unnumbered session. */
  round: z.number().int().nonnegative(),
  /**
   * A fact of an earlier session the report only recalls ("the agreement signed on November 2 in Pretoria"), numbered
   * by the sentence that recalls it (its index + 1): it joins the round that met on that day at that place, never
   * starts one, and says nothing of the session the report tells.
   */
  background: z.number().int().positive().optional(),
  /**
   * A background held day that a sentence counts among the series' sessions, as many days as it counts ("Four rounds of
   * talks followed, on January 4, February 9, May 3 and July 1"): where no round met on it, it starts one.
   */
  counted: z.boolean().optional(),
  /**
   * A fact of a later session the report announces as a meeting of its own ("the leaders agreed to convene an informal
   * meeting of commanders tomorrow"), numbered by the sentence that announces it (its index + 1): it joins the round
   * that meets then, or is a planned round of its own, and says nothing of the session the report tells.
   */
  foreseen: z.number().int().positive().optional(),
  evidence: TextSpan,
  /** held / planned: the normalized date; next: the likely date. */
  value: z.string().optional(),
  /** venue, facility, party, mediator, member (the person), quote (the speaker), next (the place). */
  entity: EntityCue.optional(),
  /** member: the party whose delegation it belongs to. */
  party: EntityCue.optional(),
  /** member with no party of its own: the person met across the table ("A met B"), whose side it is not. */
  opposite: EntityCue.optional(),
  /** member with no party of its own: the person it accompanies ("A will be joined by B"), whose side it is. */
  alongside: EntityCue.optional(),
  role: z.string().optional(),
  /** Where the role was read: an apposition after the name (", the Secretary of …") or a title before it. */
  roleSource: z.enum(['apposition', 'title']).optional(),
  head: z.boolean().optional(),
  /**
   * held: the value bounds the session from above (it met on or before that day, as an undated account met on or
   * before its report's publication); it dates the brief but does not place the report among rounds by day.
   */
  upTo: z.boolean().optional(),
  /** held: the sentence says the session was broken off on that day, or taken up again on it after a break. */
  sitting: z.enum(['paused', 'resumed']).optional(),
  /** Why the value is inferred rather than stated (a day from the publication date, a side from the series). */
  inferred: z.string().optional(),
  /** topic, outcome, quote, next: the fact's own words. */
  text: z.string().optional(),
  outcome: z.enum(['agreement', 'failure', 'other']).optional(),
  quantities: z.array(z.object({ value: z.string(), unit: z.string().optional(), mod: z.string().optional() })).optional(),
  /** next: the level of the step's meeting, and whether it is only hoped for, expected or planned. */
  level: z.enum(['leaders', 'ministers', 'experts']).optional(),
  tentative: z.boolean().optional(),
  /** facility: the city the text places it in ("the X Hotel in CITY"). */
  place: EntityCue.optional(),
});
export type Fact = z.infer<typeof Fact>;

export const Doc = z.object({
  id: z.string(),
  text: z.string(),
  meta: DocMeta,
  /** Reference day for relative dates: the sidecar's `published`, else inferred from the text. */
  // (monthDay: a dateline's day without its year, "MM-DD", where no day anchors the text)
  anchor: z.object({ day: ISODate.optional(), year: z.number().int().optional(), monthDay: z.string().regex(/^\d{2}-\d{2}$/).optional(), source: z.enum(['published', 'text', 'none']) }).optional(),
  sentences: z.array(Sentence),
  tokens: z.array(Token),
  mentions: z.array(Mention),
  /**
   * Words for the present, the past or the future ("now", "recently", "in the future": TimeML's PRESENT_REF, PAST_REF,
   * FUTURE_REF), found by the dates stage. Not Date mentions (the annotation guide makes no Date of a vague adverb), so
   * neither written to brat nor scored against gold; the TimeML evaluation reads them.
   */
  dateRefs: z.array(Mention).optional(),
  cues: z.array(RoundCue),
  facts: z.array(Fact),
  messages: z.array(Message),
});
export type Doc = z.infer<typeof Doc>;
/** The layers a stage may read or write. */
export type Layer = 'sentences' | 'tokens' | 'mentions' | 'anchor' | 'cues' | 'facts';

/**
 * What the per-document stages hand to the corpus stages: mentions, round cues and facts, with
 * no tokens or full text (so a batch's memory stays flat and a worker's result is small).
 * Offsets are JS string indices; `astral` converts them to code points for brat and evidence.
 */
export const DocResult = z.object({
  id: z.string(),
  meta: DocMeta,
  anchor: Doc.shape.anchor,
  /** UTF-16 length of the text and positions of its astral characters. */
  length: z.number().int().nonnegative(),
  astral: z.array(z.number().int().nonnegative()),
  mentions: z.array(Mention),
  cues: z.array(RoundCue),
  facts: z.array(Fact),
  messages: z.array(Message),
});
export type DocResult = z.infer<typeof DocResult>;
