/**
 * The lexicon gate (src/knowledge/gate.ts) may only skip a lexicon regex that cannot match: over the bundled corpus's
 * sentences, its lines, every phrase of every lexicon file written in a sentence, and sentences written here, a
 * lexicon the gate turns down never matches; and it does turn lexicons down where none of their first words stands.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LexiconGate, gatedBy, leadingRuns, lexAny, lexExec, lexTest } from '../../src/knowledge/gate.js';
import type { Knowledge } from '../../src/knowledge/knowledge.js';
import { accordBetween, anyOutcomeRule, meetingVerb, pluralTitleEnd, outcomePatterns, outcomeRuleLexicons, recallingOpener, resumedAfterGap, sponsoredAnywhere } from '../../src/stages/facts/patterns.js';
import { statusOf } from '../../src/stages/cues.js';
import { analyze, defaultPipeline } from '../helpers.js';

const ROOT = resolve(import.meta.dirname, '../..');

/** Every regex of the lexicons, by its path. */
function lexiconRegexes(kn: Knowledge): Array<[string, RegExp]> {
  const out: Array<[string, RegExp]> = [];
  const visit = (v: unknown, path: string): void => {
    if (v instanceof RegExp) out.push([path, v]);
    else if (Array.isArray(v)) v.forEach((x, i) => visit(x, `${path}[${i}]`));
    else if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) for (const [k, x] of Object.entries(v)) visit(x, `${path}.${k}`);
  };
  visit(kn.lexicons, 'lexicons');
  return out;
}

/** Every string of a lexicon file (its phrases, and the rest), found anywhere in its JSON. */
function stringsOf(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => stringsOf(x, out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) out.push(k), stringsOf(x, out);
  return out;
}

const INVENTED = [
  'The third round of talks ended without a breakthrough on Friday, the foreign ministry said.',
  'Delegations from both sides met in Geneva; the head of the delegation, Deputy Foreign Minister Ana Ruiz, led it.',
  "The talks, mediated by Norway's envoy, will resume next week after a pause of two days.",
  'They signed a memorandum of understanding and agreed to meet again in March.',
  '"We are not there yet," said the spokesman, adding that no date had been set.',
  'UN-brokered negotiations on prisoner swaps, the ceasefire and humanitarian access continued.',
  'THE TALKS WERE POSTPONED INDEFINITELY, OFFICIALS SAID ON MONDAY.',
  'Round-two talks—hosted by Qatar—focused on sanctions relief; the U.S. delegation attended as observers.',
  'Ministers of the two countries (accompanied by their advisers) held a joint press conference.',
  'A café in the old town, a naïve hope, the Ærø ferry: none of it was on the agenda.',
  'x',
  '',
];

describe('lexicon gate', () => {
  const kn = defaultPipeline().knowledge;
  const gate = kn.lexiconGate!;
  const regexes = lexiconRegexes(kn);

  const texts: string[] = [...INVENTED];
  const corpus = join(ROOT, 'corpus');
  for (const f of readdirSync(corpus).filter((f) => f.endsWith('.txt'))) {
    const text = readFileSync(join(corpus, f), 'utf8');
    for (const s of analyze(text).sentences) texts.push(text.slice(s.start, s.end));
    texts.push(...text.split('\n'));
  }
  const lexDir = join(ROOT, 'pipeline', 'lexicons');
  for (const f of readdirSync(lexDir).filter((f) => f.endsWith('.json'))) {
    for (const p of stringsOf(JSON.parse(readFileSync(join(lexDir, f), 'utf8')))) {
      // (each phrase alone, in a sentence, upper case, and glued to the words around it)
      texts.push(p, `Officials said ${p} on Friday.`, `"${p.toUpperCase()}," he said.`, `x${p}y`, `(${p})`);
    }
  }

  it('gates most lexicons', () => {
    expect(regexes.filter(([, re]) => gate.gates(re)).length).toBeGreaterThan(200);
  });

  it('lets through a lexicon whose phrase opens with an apostrophe where the word after it stands', () => {
    const re = kn.lexicons.facts.nextModals;
    expect(gate.gates(re)).toBe(true);
    for (const text of ["They'll meet again.", 'They’ll meet again.', "THEY'LL MEET AGAIN."]) {
      expect(re.test(text)).toBe(true);
      expect(gate.may({ text }, re)).toBe(true);
    }
    expect(gate.may({ text: 'They met again.' }, re)).toBe(false);
  });

  it('never turns down a lexicon that matches the text', () => {
    const wrong: string[] = [];
    let turnedDown = 0;
    for (const text of texts) {
      const s = { text };
      for (const [path, re] of regexes) {
        const may = gate.may(s, re);
        if (!may) turnedDown++;
        if (!may && re.test(text)) wrong.push(`${path}: ${text}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(turnedDown).toBeGreaterThan(0);
  });

  it('turns down every gated lexicon where none of its first words stands, and agrees with the regex through the helpers', () => {
    const s = { text: 'Zzyzx qwv plugh-xyzzy 12345678 ___' };
    for (const [, re] of regexes) if (gate.gates(re)) expect(gate.may(s, re)).toBe(false);
    for (const text of texts.slice(0, 200))
      for (const [, re] of regexes) {
        expect(lexTest(kn, { text }, re)).toBe(re.test(text));
        expect(lexExec(kn, { text }, re)?.[0]).toBe(re.exec(text)?.[0]);
      }
  });

  it('never turns down a regex made of alternatives that open with the lexicons it is gated by (lexAny)', () => {
    const composites: Array<[RegExp, readonly RegExp[]]> = [
      [outcomePatterns(kn).any, outcomePatterns(kn).anyLexicons],
      [anyOutcomeRule(kn), outcomeRuleLexicons(kn)],
    ];
    const wrong: string[] = [];
    for (const text of texts)
      for (const [re, lexicons] of composites) if (re.test(text) && !lexAny(kn, { text }, lexicons)) wrong.push(`${re.source.slice(0, 40)}: ${text}`);
    expect(wrong).toEqual([]);
    expect(lexAny(kn, { text: 'Zzyzx qwv.' }, outcomeRuleLexicons(kn))).toBe(false);
  });

  it('never turns down a regex gated by a lexicon it is made of (gatedBy), and gates none that keeps a state or reads words otherwise', () => {
    const composites = [recallingOpener(kn), resumedAfterGap(kn), sponsoredAnywhere(kn), meetingVerb(kn), accordBetween(kn)];
    for (const re of composites) expect(gate.gates(re)).toBe(true);
    const wrong: string[] = [];
    for (const text of texts) for (const re of composites) if (re.test(text) && !gate.may({ text }, re)) wrong.push(`${re.source.slice(0, 40)}: ${text}`);
    expect(wrong).toEqual([]);
    const lexicon = kn.lexicons.events.meetingVerbs;
    for (const flags of ['g', 'y', 'iu', 'gi']) expect(gate.gates(gatedBy(kn, new RegExp(lexicon.source, flags), lexicon))).toBe(false);
    expect(gate.gates(gatedBy(kn, new RegExp(lexicon.source, 'ims'), lexicon))).toBe(true);
  });

  it('gives the status of every text as the status rules alone do (cues: statusOf)', () => {
    const ungated = { ...kn, lexiconGate: undefined };
    const wrong = texts.filter((text) => statusOf(text, kn) !== statusOf(text, ungated));
    expect(wrong).toEqual([]);
    expect(texts.some((text) => statusOf(text, kn) !== undefined)).toBe(true);
  });

  it('finds the end of a plural title where the regex of the titles\' last words and "s" does (facts: pluralTitleEnd)', () => {
    const last = [...new Set(kn.lexicons.titles.map((t) => t.split(/[^\p{L}]+/u).filter(Boolean).at(-1)).filter((w): w is string => !!w))].sort((a, b) => b.length - a.length);
    const re = new RegExp(String.raw`(?:${last.join('|')})s\b`, 'iu');
    const end = pluralTitleEnd(kn);
    expect(end).not.toBeInstanceOf(RegExp);
    const odd = ['ministers', 'MINISTERS.', 'Foreign Ministers met', 'subministers', 'ministers_', 'ministers1', 'ministerſ', 'ministerS', 'miniſters', 'miniſterſ,', 'ministersé', 'ministers\u212a', 'presidents’', 'ministers-elect', 's', '', 'ss', 'Presidents', 'envoy’s', 'envoys', 'Envoyſ'];
    const wrong = [...texts, ...odd, ...last.flatMap((w) => [`${w}s`, `x${w.toUpperCase()}S.`, `${w}s${w}`, `${w.slice(1)}s`, `${w}\u017f`])].filter((text) => end.test(text) !== re.test(text));
    expect(wrong).toEqual([]);
  });

  it('keeps what it worked out on the sentence, for its own gate only', () => {
    const re = kn.lexicons.facts.delegationWords;
    const s: { text: string; gateWords?: { gate: LexiconGate; mask: Uint32Array } } = { text: 'The delegation arrived.' };
    expect(gate.may(s, re)).toBe(re.test(s.text));
    expect(s.gateWords?.gate).toBe(gate);
    const other = new LexiconGate([[re, ['zzz']]]);
    expect(other.may(s, re)).toBe(false);
    expect(gate.may(s, re)).toBe(re.test(s.text));
  });

  it('gates no lexicon whose phrase opens with a character outside ASCII words, nor a regex it was not given', () => {
    expect(leadingRuns(['talks', '— and', 'held'])).toBeNull();
    expect(leadingRuns(['éé talks'])).toBeNull();
    expect(leadingRuns(['U.S. envoy', 'café', 'no  deal', "'ll", '’d go', 'Élysée talks'])).toEqual(['u', 'caf', 'no', 'll', 'd', 'lys']);
    const g = new LexiconGate([]);
    expect(g.may({ text: 'anything' }, /x/i)).toBe(true);
    const cafe = /\bcaf\u00e9\b/i;
    const lone = new LexiconGate([[cafe, ['caf']]]);
    expect(lone.may({ text: 'A CAFÉ.' }, cafe)).toBe(true);
    expect(lone.may({ text: 'A cafeteria.' }, cafe)).toBe(false);
    // (a regex with other flags than `i` alone is never gated)
    const unicode = /café/iu;
    expect(new LexiconGate([[unicode, ['caf']]]).gates(unicode)).toBe(false);
  });
});
