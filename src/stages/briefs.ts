/**
 * briefs (corpus stage): what happened at each round, every fact with its evidence.
 *
 * The sentences that speak of a round (those holding its cues) are read for its dates (held,
 * or planned where the sentence plans or postpones), its venue (a city, and a facility where
 * named), its parties (the countries its sentences name, less the host), its mediators and
 * hosts, the quotes said of it with their speakers, and what comes next.
 */
import type { Brief, DateFact, DocResult, Entity, EntityFact, Evidence, EvidenceSentence, Mention, NextStep, Quote } from '../model/schema.js';
import type { Knowledge } from '../knowledge/knowledge.js';
import { OffsetMap } from '../io/offsets.js';
import type { Round } from './rounds.js';

interface Ctx {
  docs: Map<string, DocResult>;
  maps: Map<string, OffsetMap>;
  entities: Map<string, Entity>;
  knowledge: Knowledge;
}

/** Evidence for a JS-offset span of a document, in code points. */
function evidenceOf(ctx: Ctx, doc: string, start: number, end: number, text: string): Evidence {
  const map = ctx.maps.get(doc)!;
  return { doc, start: map.toCodePoint(start), end: map.toCodePoint(end), text };
}

const isDayValue = (v: string | undefined) => !!v && /^\d{4}-\d{2}(-\d{2}|-W\d{2}(-WE)?)?(T\w+)?(\/\d{4}-\d{2}-\d{2})?$/.test(v);

function addFact<T extends { evidence: Evidence[] }>(list: T[], key: (x: T) => string, fact: T): void {
  const prev = list.find((x) => key(x) === key(fact));
  if (!prev) list.push(fact);
  else if (!prev.evidence.some((e) => e.doc === fact.evidence[0]!.doc && e.start === fact.evidence[0]!.start)) prev.evidence.push(...fact.evidence);
}

export function buildBriefs(rounds: Round[], docs: DocResult[], entities: Entity[], knowledge: Knowledge): Brief[] {
  const ctx: Ctx = {
    docs: new Map(docs.map((d) => [d.id, d])),
    maps: new Map(docs.map((d) => [d.id, new OffsetMap({ astral: d.astral, length: d.length })])),
    entities: new Map(entities.map((e) => [e.id, e])),
    knowledge,
  };
  const kbOf = (id: string) => knowledge.byId.get(id);
  const isCountry = (id: string) => kbOf(id)?.kind === 'country';
  const ref = (m: Mention) => ({ id: m.entityId!, name: ctx.entities.get(m.entityId!)?.name ?? m.text });

  return rounds.map((round) => {
    const held: DateFact[] = [];
    const planned: DateFact[] = [];
    const city: EntityFact[] = [];
    const facility: EntityFact[] = [];
    const countries = new Map<string, EntityFact>();
    const mediators: EntityFact[] = [];
    const quotes: Quote[] = [];
    const next: NextStep[] = [];
    for (const { doc, cue } of round.cues) {
      const d = ctx.docs.get(doc)!;
      const sentence = d.sentences.find((s) => s.index === cue.sentence);
      if (!sentence) continue;
      const inSentence = d.mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
      const plannedHere = cue.status === 'planned' || cue.status === 'postponed' || (cue.status === 'announced' && round.status !== 'announced');
      for (const m of inSentence) {
        const ev = [evidenceOf(ctx, doc, m.start, m.end, m.text)];
        if (m.type === 'Date' && isDayValue(m.value) && !/^P/.test(m.value!)) {
          addFact(plannedHere && round.status === 'held' ? planned : held, (x) => x.value, { value: m.value!, evidence: ev });
        } else if (m.type === 'Place' && m.entityId) {
          if (isCountry(m.entityId)) {
            const c = countries.get(m.entityId);
            if (c) c.evidence.push(...ev);
            else countries.set(m.entityId, { ...ref(m), evidence: ev });
          } else if (/facility/.test(m.rule ?? '') || knowledge.lexicons.facilities.has(m.text.split(/\s+/).at(-1)!.toLowerCase())) addFact(facility, (x) => x.id, { ...ref(m), evidence: ev });
          else if (kbOf(m.entityId)?.kind === 'capital' || !kbOf(m.entityId)) addFact(city, (x) => x.id, { ...ref(m), evidence: ev });
        }
      }
      if (/\b(mediat|broker|host|facilitat)/i.test(sentence.text)) {
        for (const m of inSentence) if ((m.type === 'Place' && m.entityId && isCountry(m.entityId)) || (m.type === 'Organization' && m.entityId)) addFact(mediators, (x) => x.id, { ...ref(m), evidence: [evidenceOf(ctx, doc, m.start, m.end, m.text)] });
      }
      for (const q of quotesIn(sentence)) {
        const speaker = speakerOf(sentence, inSentence);
        addFact(quotes, (x) => x.text, { text: q.text, ...(speaker ? { speaker: ref(speaker) } : {}), evidence: [evidenceOf(ctx, doc, q.start, q.end, q.text)] });
      }
    }
    // What comes next: the round after this one, where the corpus announces or plans it.
    const after = rounds.find((r) => r.ordinal === round.ordinal + 1);
    if (after && after.status !== 'held') {
      for (const { doc, cue } of after.cues) {
        const d = ctx.docs.get(doc)!;
        const sentence = d.sentences.find((s) => s.index === cue.sentence);
        if (!sentence) continue;
        const inSentence = d.mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
        const date = inSentence.find((m) => m.type === 'Date' && isDayValue(m.value));
        const place = inSentence.find((m) => m.type === 'Place' && m.entityId && m.start > cue.end);
        addFact(next, (x) => x.text, {
          text: cue.text,
          ...(date?.value ? { date: date.value } : {}),
          ...(place ? { place: ref(place) } : {}),
          evidence: [evidenceOf(ctx, doc, cue.start, cue.end, cue.text)],
        });
      }
    }
    // Parties: the countries named with the round, less the host country of its venue.
    const hosts = new Set(city.map((c) => kbOf(c.id)?.country).filter(Boolean) as string[]);
    const parties = [...countries.values()].filter((c) => !hosts.has(c.name) && c.evidence.length >= 2);
    return {
      id: round.id,
      ordinal: round.ordinal,
      status: round.status,
      dates: { held, planned: planned.filter((p) => !held.some((h) => h.value === p.value)) },
      venue: { city, facility },
      parties,
      mediators,
      delegations: [],
      topics: [],
      outcomes: [],
      quotes,
      next,
      docs: round.docs,
    } satisfies Brief;
  });
}

/** Direct quotes in a sentence: text in straight or curly double quotes. */
function quotesIn(s: EvidenceSentence): Array<{ text: string; start: number; end: number }> {
  const out: Array<{ text: string; start: number; end: number }> = [];
  const re = /[“"]([^“”"]{3,}?)[”"]/g;
  for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
    const text = m[1]!.replace(/[,.]$/, '');
    if (text.split(/\s+/).length < 2) continue;
    const start = s.start + m.index + 1;
    out.push({ text, start, end: start + text.length });
  }
  return out;
}

/** The speaker of a sentence's quote: the person (or body) next to a verb of saying; unknown stays unknown. */
function speakerOf(s: EvidenceSentence, mentions: Mention[]): Mention | undefined {
  const verb = /\b(said|says|noted|stated|told|added|wrote|declared|according to)\b/i.exec(s.text);
  if (!verb) return undefined;
  const at = s.start + verb.index;
  const people = mentions.filter((m) => m.type === 'Person' && m.entityId);
  if (people.length === 0) return undefined;
  return people.reduce((best, m) => (Math.abs(m.start - at) < Math.abs(best.start - at) ? m : best));
}
