/**
 * Reading the field set (gold/field/NEG/): a negotiation's manifest, its gold round facts and,
 * where they have been rebuilt, its texts (git-ignored, checked against the manifest's sha256).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GoldRounds, Manifest, type GoldEntity } from '../model/field.js';
import { parseJson } from '../io/json.js';

export interface Negotiation {
  id: string;
  dir: string;
  manifest: Manifest;
  gold: GoldRounds;
  /** Manifest files whose text is present and matches its sha256. */
  present: string[];
  /** Manifest files whose text is absent. */
  missing: string[];
  /** Cross-reference and checksum problems, each naming its file. */
  problems: string[];
}

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

export const entityName = (e: GoldEntity): string => (typeof e === 'string' ? e : e.name);
export const entityNames = (e: GoldEntity): string[] => (typeof e === 'string' ? [e] : [e.name, ...e.aliases]);

/** A manifest's document ids: its file names without `.txt`. */
export const manifestDocIds = (m: Manifest): Set<string> => new Set(m.articles.map((a) => a.file.replace(/\.txt$/, '')));

/** The separator of a combined run's document ids: `NEG--NAME` (see eval:field). */
export const FIELD_SEP = '--';
/** A run's document id as negotiation `neg`'s manifest names it: a combined run's `NEG--NAME` is `NAME` when NEG is `neg`. */
export const fieldDocId =
  (neg: string) =>
  (id: string): string =>
    id.startsWith(neg + FIELD_SEP) ? id.slice(neg.length + FIELD_SEP.length) : id;

/** Reads one negotiation's folder; throws an InputError when its manifest or gold is unreadable. */
export function loadNegotiation(dir: string): Negotiation {
  const mFile = join(dir, 'manifest.json');
  const gFile = join(dir, 'rounds.json');
  for (const f of [mFile, gFile]) if (!existsSync(f)) throw new Error(`${f}: not found`);
  const manifest = parseJson(mFile, readFileSync(mFile, 'utf8'), Manifest, 'manifest');
  const gold = parseJson(gFile, readFileSync(gFile, 'utf8'), GoldRounds, 'gold round facts');
  const problems: string[] = [];
  const present: string[] = [];
  const missing: string[] = [];
  const files = new Set<string>();
  for (const a of manifest.articles) {
    if (files.has(a.file)) problems.push(`${mFile}: ${a.file} is listed twice`);
    files.add(a.file);
    const t = join(dir, 'texts', a.file);
    if (!existsSync(t)) {
      missing.push(a.file);
      continue;
    }
    const got = sha256(readFileSync(t, 'utf8'));
    if (got !== a.sha256) problems.push(`${t}: sha256 ${got} differs from the manifest's ${a.sha256} (rebuild it as gold/field/README.md says)`);
    else present.push(a.file);
  }
  if (manifest.negotiation !== gold.negotiation) problems.push(`${gFile}: negotiation '${gold.negotiation}' differs from the manifest's '${manifest.negotiation}'`);
  gold.rounds.forEach((r, i) => {
    const prev = gold.rounds[i - 1];
    if (prev && r.ordinal <= prev.ordinal) problems.push(`${gFile}: round ${r.ordinal} follows round ${prev.ordinal} (rounds are listed in order of their ordinals)`);
    for (const s of r.sources) if (!files.has(s)) problems.push(`${gFile}: round ${r.ordinal} cites ${s}, which the manifest does not list`);
    const parties = new Set(r.parties.flatMap(entityNames));
    for (const d of r.delegations) if (!parties.has(d.party)) problems.push(`${gFile}: round ${r.ordinal}: delegation party '${d.party}' is not one of the round's parties (name or alias)`);
    if (r.status === 'held' && r.planned.length && !r.held.length) problems.push(`${gFile}: round ${r.ordinal} is held but has only planned days`);
  });
  return { id: manifest.negotiation, dir, manifest, gold, present, missing, problems };
}

/** The negotiation folders under a field folder (those with a manifest). */
export function negotiationDirs(fieldDir: string): string[] {
  return readdirSync(fieldDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(fieldDir, e.name, 'manifest.json')))
    .map((e) => join(fieldDir, e.name))
    .sort();
}
