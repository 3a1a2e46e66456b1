/**
 * rounds (corpus stage): the negotiation rounds the corpus speaks of. Round cues from every
 * document, resolved to a round within their document (stage `facts`: "the next meeting"
 * after the second round is the third; "a renewed round" is the document's current one), are
 * merged across documents into one round per real meeting (event coreference on the ordinal).
 * A round's status comes from the statuses its cues state: held wins over cancelled, postponed
 * and planned, which win over announced.
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

export function findRounds(docs: DocResult[]): Round[] {
  const byOrdinal = new Map<number, RoundCueRef[]>();
  for (const d of [...docs].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    for (const cue of d.cues) {
      if (cue.round === undefined) continue;
      const list = byOrdinal.get(cue.round);
      if (list) list.push({ doc: d.id, cue });
      else byOrdinal.set(cue.round, [{ doc: d.id, cue }]);
    }
  }
  const rounds: Round[] = [];
  for (const [ordinal, cues] of [...byOrdinal].sort((a, b) => a[0] - b[0])) {
    let status: RoundStatus = 'announced';
    for (const { cue } of cues) if (cue.status && STATUS_RANK[cue.status] > STATUS_RANK[status]) status = cue.status;
    rounds.push({ id: `round-${ordinal}`, ordinal, status, cues, docs: [...new Set(cues.map((c) => c.doc))].sort() });
  }
  return rounds;
}
