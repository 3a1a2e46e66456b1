/**
 * The steps that read where a session met beyond the session sentence: its building, and the place and day of a
 * settlement concluded at it.
 */
import type { Mention } from '../../../model/schema.js';
import { groupKey } from '../../rounds.js';
import { facilityCompound } from '../../../knowledge/knowledge.js';
import { buildingApposed, buildingNounAfter, DAY, placedIn, settlementDay } from '../patterns.js';
import type { FactStep } from './step.js';
import { lexTest } from '../../../knowledge/gate.js';

export const facilities: FactStep = {
  name: 'facilities',
  reason: 'A building where the session met: named by its head or last word ("Palais Coburg", "the Capella Hotel") or by a name and a building noun ("the EEAS building"), where the sentence puts the session at it.',
  sentence(x, s, st) {
    const { kn, text, facts, OUT, span, cueOf, countryKind } = x;
    const { r, anyWord } = st;
    // Facilities where the round met.
    // A building by its head or last word ("Palais Coburg", "the Capella Hotel"): where the session met when the
    // sentence says so ("venue", "held at") or a sentence on the session puts it "at" the building. A name the names
    // stage took for a person ("Villa X") counts when its first word is a building's head.
    /** Whether a building at [start, end) is where the session met: a locative before it ("at", "in", "entering") in a
     * sentence on the session (a session word or a meeting verb before it), or a city after it ("at the X hotel in
     * CITY"), or "X, site of the talks". */
    const sessionSite = (start: number, end: number): boolean => {
      const before = text.slice(Math.max(s.start, start - 14), start);
      if (OUT.site.test(text.slice(end, end + 24))) return true;
      if (!OUT.locative.test(before)) return false;
      return s.cues.length > 0 || s.plain.length > 0 || OUT.sessionVerb.test(text.slice(s.start, start)) || !!cityAfter(end);
    };
    /** The city a building is placed in: "the X Hotel in (central) CITY". */
    const cityAfter = (end: number): Mention | undefined =>
      s.mentions.find((m) => m.type === 'Place' && m.start > end && m.start <= end + 24 && /^\s*(?:,\s*)?in\s+(?:the\s+)?(?:\p{Ll}+\s+)?$/u.test(text.slice(end, m.start)) && countryKind(m) !== 'country');
    const facilityAt: Array<[number, number]> = [];
    for (const m of s.mentions) {
      if (m.type !== 'Place' && m.type !== 'Organization' && m.type !== 'Person') continue;
      const sp = m.text.search(/\s/);
      if (sp < 0) continue;
      const head = kn.lexicons.facilityHeads.has(m.text.slice(0, sp).toLowerCase());
      if (m.type === 'Person' && !head) continue;
      const last = m.text.slice(m.text.search(/\S+$/)).toLowerCase();
      // (a compound whose ending is a building's noun too: "Holmen Fjordhotell")
      const building = head || kn.lexicons.buildings.has(last) || (m.type === 'Place' && m.rule === 'names:facility' && facilityCompound(kn, last));
      if (!building) continue;
      // (also "at CITY's X": "hosting the talks at Madrid's Palacio de Santa Cruz", the city a possessive before it)
      const owner = s.mentions.find((o) => o.type === 'Place' && o.end < m.start && /^['’]s\s+$/.test(text.slice(o.end, m.start)) && countryKind(o) !== 'country');
      // (or in apposition to a building noun after "at": "at the UN building, Palais des Nations")
      const atIt = (/\bat\s+(?:the\s+)?$/i.test(text.slice(Math.max(s.start, (owner?.start ?? m.start) - 8), owner?.start ?? m.start)) || buildingApposed(kn).test(text.slice(Math.max(s.start, m.start - 50), m.start))) && (s.cues.length > 0 || s.plain.length > 0);
      const said = atIt || (m.type === 'Place' && lexTest(kn, s, kn.lexicons.facts.venueWords));
      // (a city's possessive before it is read through: "in CITY's X Palace")
      if (said || sessionSite(owner?.start ?? m.start, m.end)) {
        const city = cityAfter(m.end) ?? owner;
        facilityAt.push([m.start, m.end]);
        facts.push({ rule: said ? 'facts:facility-building' : 'facts:facility-session-site', kind: 'facility', round: r, entity: cueOf(m), ...(city ? { place: cueOf(city) } : {}), evidence: span(m.start, m.end) });
      }
    }
    // A place whose name a lower-case building noun follows ("at Çırağan palace"): the building, by the name and the
    // noun (a name tagger leaves the noun out of the place's name; places.json facilities).
    for (const m of s.mentions) {
      // (not a known city before the noun: "a Geneva hotel" is a hotel in Geneva)
      if (m.type !== 'Place' || countryKind(m) !== undefined || facilityAt.some(([a, b]) => a < m.end && m.start < b)) continue;
      const noun = buildingNounAfter(kn, text, m.end);
      if (!noun || !sessionSite(m.start, m.end + noun.length)) continue;
      const end = m.end + noun.length;
      facilityAt.push([m.start, end]);
      facts.push({ rule: 'facts:facility-place-noun', kind: 'facility', round: r, entity: { facility: text.slice(m.start, end) }, ...(cityAfter(end) ? { place: cueOf(cityAfter(end)!) } : {}), evidence: span(m.start, end) });
    }
    // A building named by a body or a name and a lower-case building noun, which no mention covers ("the EEAS
    // building", "the Commission's landmark headquarters"): named by the name and the noun.
    OUT.building.lastIndex = 0;
    // (Most sentences name no building noun: the cheap test first.)
    for (let hit = anyWord && lexTest(kn, s, kn.lexicons.facts.facilityNouns) ? OUT.building.exec(s.text) : null; hit; hit = OUT.building.exec(s.text)) {
      const start = s.start + hit.index + hit[0].indexOf(hit[1]!);
      const end = s.start + hit.index + hit[0].length;
      // (nor one whose own name follows it: "the UN building, Palais des Nations")
      if (facilityAt.some(([a, b]) => (a < end && start < b) || /^\s*,\s*$/.test(text.slice(end, a))) || !sessionSite(start, end)) continue;
      const city = cityAfter(end);
      // (words of the building's name between the name and its noun are kept: "the X border meeting point")
      const modifiers = hit[2]!.split(/\s+/).filter((w) => w && kn.lexicons.facts.facilityModifiers.test(w)).map((w) => `${w} `).join('');
      facts.push({ rule: 'facts:facility-named-building', kind: 'facility', round: r, entity: { facility: `${hit[1]} ${modifiers}${hit[3]}` }, ...(city ? { place: cueOf(city) } : {}), evidence: span(start, end) });
    }
    // "at the headquarters of the UN Interim Force in Lebanon (UNIFIL)": a building noun of a body, named by the body's
    // short form where the text gives one ("UNIFIL headquarters").
    if (anyWord && lexTest(kn, s, kn.lexicons.facts.facilityNouns))
      for (const m of s.mentions) {
        if (m.type !== 'Organization') continue;
        const of = OUT.buildingOf.exec(text.slice(Math.max(s.start, m.start - 40), m.start));
        if (!of) continue;
        const start = m.start - of[0].length + of[0].search(/\S/);
        // (the short form may close a longer name the mention is the start of: "the UN Interim Force in Lebanon (UNIFIL)")
        const short = /^(?:\s+(?:\p{Lu}[\p{L}-]*|of|in|for|the|and))*\s*\((\p{Lu}[\p{Lu}\d-]{1,9})\)/u.exec(text.slice(m.end, m.end + 60));
        const end = short ? m.end + short[0].length : m.end;
        if (facilityAt.some(([a, b]) => a < end && start < b) || !sessionSite(start, end)) continue;
        const city = cityAfter(end);
        facts.push({ rule: 'facts:facility-named-building', kind: 'facility', round: r, entity: { facility: `${short ? short[1] : m.text} ${of[1]!.toLowerCase()}` }, ...(city ? { place: cueOf(city) } : {}), evidence: span(start, end) });
      }
  },
};

export const daysOfSettlement: FactStep = {
  name: 'settlement-day',
  reason: 'The day a settlement was concluded ("the two sides agreed this Saturday", "signed on Friday") is a day of the session that concluded it; a settlement only recalled is left to its own round.',
  sentence(x, s, st) {
    const { kn, text, facts, anchorTime, captionLine, RECENT_DAYS, span, recalls } = x;
    const { r, news } = st;
    // "The two sides agreed this Saturday, November 12, on …", "signed on Friday": the day a settlement was concluded
    // is a day of the session that concluded it (a settlement the sentence only recalls is left to its own round).
    if (!captionLine[s.index])
      for (const m of s.mentions) {
        if (m.type !== 'Date' || !/^\d{4}-\d{2}-\d{2}$/.test(m.value ?? '')) continue;
        const before = text.slice(Math.max(s.start, m.start - 80), m.start);
        if (m !== news && (!settlementDay(kn).test(before) || recalls(s, m.start))) continue;
        if (anchorTime !== undefined && (Date.parse(m.value!) > anchorTime + DAY || Date.parse(m.value!) < anchorTime - RECENT_DAYS * DAY)) continue;
        if (!facts.some((f) => f.kind === 'held' && groupKey(f) === r && f.value === m.value))
          facts.push({ rule: 'facts:day-of-settlement', kind: 'held', round: r, value: m.value!, evidence: span(m.start, m.end) });
      }
  },
};

export const venueOfSettlement: FactStep = {
  name: 'settlement-venue',
  reason: 'Where a settlement of the days before the report was concluded ("a joint agreement signed in Doha on Saturday") is the venue, in a sentence that names no session.',
  sentence(x, s, st) {
    const { kn, text, single, facts, captionLine, span, cueOf, countryKind, cityState, recalls } = x;
    const { r, news } = st;
    // "… abides by a joint agreement signed in Doha on Saturday", the day the article appeared: where the settlement
    // of the day was concluded, in a sentence that names no session (a session sentence reads its own places).
    if (news && !captionLine[s.index] && !s.cues.length && !(s.plain.length && single))
      for (const m of s.mentions)
        if (m.type === 'Place' && (countryKind(m) !== 'country' || cityState(m)) && recalls(s, m.start) && placedIn(kn).test(text.slice(Math.max(s.start, m.start - 10), m.start)))
          facts.push({ rule: 'facts:venue-of-settlement', kind: 'venue', round: r, entity: cueOf(m), evidence: span(m.start, m.end) });
  },
};
