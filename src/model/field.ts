/**
 * The field set: negotiations other than the bundled corpus, kept apart to measure Parley on.
 * Their texts stay out of the repository; each negotiation commits a manifest (where every text
 * comes from and its sha256) and gold round facts written by reading the articles.
 * `gold/field/README.md` says how a text is cut from its page; `gold/field/NOTES.md` the decisions.
 */
import { z } from 'zod';
import { ISODate } from './schema.js';

const realDay = (v: string): boolean => {
  const [y, m, d] = v.split('-').map(Number);
  if (m! < 1 || m! > 12) return false;
  if (d === undefined) return true;
  const t = new Date(Date.UTC(y!, m! - 1, d));
  return t.getUTCMonth() === m! - 1 && t.getUTCDate() === d;
};

/** A day, a month, or a range of days (`2019-02-27/2019-02-28`), as TIMEX3/ISO 8601 writes them. */
export const GoldDay = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2})?(\/\d{4}-\d{2}-\d{2})?$/, 'a day YYYY-MM-DD, a month YYYY-MM or a range YYYY-MM-DD/YYYY-MM-DD')
  .refine((v) => v.split('/').every(realDay), 'not a real calendar day or month')
  .refine((v) => !v.includes('/') || v.length !== 21 || v.slice(0, 10) < v.slice(11), 'a range must end after it starts');
export type GoldDay = z.infer<typeof GoldDay>;

/** An entity: its usual name, and other names the articles give it ("the US", "Washington"). */
export const GoldEntity = z.union([
  z.string().min(1),
  z.strictObject({ name: z.string().min(1), aliases: z.array(z.string().min(1)).default([]) }),
]);
export type GoldEntity = z.infer<typeof GoldEntity>;

export const GoldMediator = z.strictObject({
  entity: GoldEntity,
  /** host (the venue's country or body), mediator, chair, facilitator. */
  role: z.enum(['host', 'mediator', 'chair', 'facilitator']),
});
export type GoldMediator = z.infer<typeof GoldMediator>;

export const GoldMember = z.strictObject({
  name: z.string().min(1),
  /** Spellings other articles use. */
  aliases: z.array(z.string().min(1)).default([]),
  /** The role or title the articles give, in their words ("Foreign Minister", "chief negotiator"). */
  role: z.string().min(1).optional(),
  head: z.boolean().default(false),
});
export type GoldMember = z.infer<typeof GoldMember>;

export const GoldRound = z.strictObject({
  /**
   * Position in the series, 1-based, whether or not any article states it; where an article
   * numbers the round, its number (the series may start before the field set's articles).
   */
  ordinal: z.number().int().positive(),
  /** True when an article numbers this round ("the second round"). */
  ordinalStated: z.boolean(),
  /** A short human label: "Hanoi summit", "round 3 (Brussels)". */
  label: z.string().min(1),
  status: z.enum(['held', 'planned', 'announced', 'postponed', 'cancelled']),
  /** The days it met (ranges for multi-day sessions). Empty when no article lets a reader tell. */
  held: z.array(GoldDay),
  /** The days it was planned for, as announced before it met (or for a round that has not met). */
  planned: z.array(GoldDay).default([]),
  venue: z.strictObject({ city: z.string().min(1).nullable(), facility: z.string().min(1).nullable() }),
  parties: z.array(GoldEntity).min(1),
  /** Hosts, mediators, chairs and facilitators, each with its role. */
  mediators: z.array(GoldMediator).default([]),
  delegations: z
    .array(z.strictObject({ party: z.string().min(1), members: z.array(GoldMember).min(1) }))
    .default([]),
  /** The numbers the round's outcomes state (prisoners freed, days of truce, 90 per cent …). */
  outcomeNumbers: z.array(z.number()).default([]),
  /** A short list of what the round produced, one line each. */
  outcomes: z.array(z.string().min(1)).default([]),
  /** What comes next, as the articles state it. */
  next: z.array(z.strictObject({ text: z.string().min(1), date: GoldDay.optional() })).default([]),
  /** The article files (manifest `file` names) that report this round. */
  sources: z.array(z.string().min(1)).min(1),
});
export type GoldRound = z.infer<typeof GoldRound>;

export const GoldRounds = z.strictObject({
  /** The folder name under gold/field/. */
  negotiation: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  rounds: z.array(GoldRound).min(2),
});
export type GoldRounds = z.infer<typeof GoldRounds>;

export const ManifestArticle = z.strictObject({
  /** The text's file name under texts/: NAME.txt. */
  file: z.string().regex(/^[A-Za-z0-9_.-]+\.txt$/),
  outlet: z.string().min(1),
  url: z.string().url(),
  /** The publication day where the page shows one. */
  published: ISODate.optional(),
  /** Where `published` was read: the page's own date line, or the date in its URL. */
  publishedFrom: z.enum(['page', 'url']).optional(),
  /** sha256 (hex) of the text file's UTF-8 bytes, cut as gold/field/README.md says. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ManifestArticle = z.infer<typeof ManifestArticle>;

export const Manifest = z.strictObject({
  negotiation: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  articles: z.array(ManifestArticle).min(1),
});
export type Manifest = z.infer<typeof Manifest>;
