/**
 * rounds (corpus stage): the negotiation rounds the corpus speaks of. Round cues from every
 * document are resolved to an ordinal ("the next meeting" after the second round is the third;
 * "a renewed round" is the document's current one) and merged across documents into one
 * round per real meeting (event coreference on the ordinal). A round's status comes from the
 * statuses its cues state: held wins over planned or postponed, which win over announced.
 */
import type { DocResult, RoundCue, RoundStatus } from '../model/schema.js';

export interface RoundCueRef {
  doc: string;
  cue: RoundCue;
}

export interface Round {
  id: string;
  ordinal: number;
  status: RoundStatus;
  cues: RoundCueRef[];
  docs: string[];
}

const STATUS_RANK: Record<RoundStatus, number> = { held: 5, postponed: 3, planned: 2, cancelled: 4, announced: 1 };

/** Resolves each cue's ordinal within its document. */
export function resolveOrdinals(doc: DocResult): Array<{ cue: RoundCue; ordinal: number }> {
  const explicit = doc.cues.filter((c) => c.ordinal !== undefined);
  // The document's current round: the highest ordinal it speaks of as held or about to open.
  const current = Math.max(0, ...explicit.filter((c) => c.status !== 'announced' || explicit.length === 1).map((c) => c.ordinal!));
  const out: Array<{ cue: RoundCue; ordinal: number }> = [];
  for (const c of doc.cues) {
    if (c.ordinal !== undefined) out.push({ cue: c, ordinal: c.ordinal });
    else if (!current) continue;
    else if (c.relative === 'next') out.push({ cue: c, ordinal: current + 1 });
    else if (c.relative === 'previous') out.push({ cue: c, ordinal: Math.max(1, current - 1) });
    else out.push({ cue: c, ordinal: current });
  }
  return out;
}

export function findRounds(docs: DocResult[]): Round[] {
  const byOrdinal = new Map<number, RoundCueRef[]>();
  for (const d of [...docs].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    for (const { cue, ordinal } of resolveOrdinals(d)) byOrdinal.set(ordinal, [...(byOrdinal.get(ordinal) ?? []), { doc: d.id, cue }]);
  }
  const rounds: Round[] = [];
  for (const [ordinal, cues] of [...byOrdinal].sort((a, b) => a[0] - b[0])) {
    let status: RoundStatus = 'announced';
    for (const { cue } of cues) if (cue.status && STATUS_RANK[cue.status] > STATUS_RANK[status]) status = cue.status;
    rounds.push({ id: `round-${ordinal}`, ordinal, status, cues, docs: [...new Set(cues.map((c) => c.doc))].sort() });
  }
  return rounds;
}
