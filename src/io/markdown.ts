/** A brief as an analyst reads it: `OUT/briefs/ROUND_ID.md`. */
import type { Brief, Evidence } from '../model/schema.js';

const src = (ev: Evidence[]) => [...new Set(ev.map((e) => e.doc))].map((d) => `\`${d}\``).join(', ');

export function briefMarkdown(b: Brief): string {
  const out: string[] = [];
  out.push(`# Round ${b.ordinal ?? '?'}${b.ordinalInferred ? ' (numbered by date: no article numbers it)' : ''} — ${b.status}`, '');
  out.push(`Sources: ${b.docs.map((d) => `\`${d}\``).join(', ')}`, '');
  const section = (title: string, lines: string[]) => {
    out.push(`## ${title}`, '');
    out.push(...(lines.length ? lines : ['_none found_']), '');
  };
  section('Dates', [
    ...(b.dates.preferred ? [`- **when: ${b.dates.preferred.value}**${b.dates.preferred.inferred ? ` (inferred: ${b.dates.preferred.inferred})` : ''} (${src(b.dates.preferred.evidence)})`] : []),
    ...(b.dates.conflicts ?? []).map((d) => `- ⚠ conflict: ${d.value} (${src(d.evidence)}: “${d.evidence[0]!.text}”)`),
    ...b.dates.held.map((d) => `- held: **${d.value}**${d.inferred ? ` (inferred: ${d.inferred})` : ''} (${src(d.evidence)}: “${d.evidence[0]!.text}”)`),
    ...b.dates.planned.map((d) => `- planned: **${d.value}** (${src(d.evidence)}: “${d.evidence[0]!.text}”)`),
  ]);
  section('Venue', [
    ...b.venue.city.map((c) => `- city: **${c.name}** (${src(c.evidence)})`),
    ...(b.venue.conflicts ?? []).map((c) => `- ⚠ conflict: ${c.name} (${src(c.evidence)})`),
    ...b.venue.facility.map((c) => `- facility: **${c.name}** (${src(c.evidence)})`)]);
  section('Parties', b.parties.map((p) => `- ${p.name} (${src(p.evidence)})`));
  section('Mediators and hosts', b.mediators.map((p) => `- ${p.name} (${src(p.evidence)})`));
  section(
    'Delegations',
    b.delegations.flatMap((d) => [`- **${d.party.name}**`, ...d.members.map((m) => `  - ${m.person.name}${m.role ? `, ${m.role}` : ''}${m.head ? ' (head)' : ''} (${src(m.evidence)})`)]),
  );
  section('Topics', b.topics.map((t) => `- ${t.text} (${src(t.evidence)})`));
  section(
    'Outcomes',
    b.outcomes.map((o) => `- ${o.kind}: ${o.text}${o.quantities.length ? ` [${o.quantities.map((q) => `${q.value}${q.unit ? ` ${q.unit}` : ''}`).join(', ')}]` : ''} (${src(o.evidence)})`),
  );
  section('Quotes', b.quotes.map((q) => `- “${q.text}” — ${q.speaker?.name ?? 'unknown speaker'} (${src(q.evidence)})`));
  section('Next', b.next.map((n) => `- ${n.text}${n.date ? `, ${n.date}` : ''}${n.place ? `, ${n.place.name}` : ''} (${src(n.evidence)})`));
  return out.join('\n');
}
