/**
 * The language knowledge lives in pipeline/ as named rules with reasons: a rule file that lacks a rule, or a rule
 * without its reason, is refused with the file's name; a phrase added to a rule file changes what the stage finds.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { aliasKey, loadKnowledge } from '../../src/knowledge/knowledge.js';
import { tempDir } from '../helpers.js';

const PIPELINE = resolve(import.meta.dirname, '../../pipeline');

function copyPipeline(): string {
  const dir = tempDir();
  cpSync(PIPELINE, dir, { recursive: true });
  return dir;
}

describe('rules as data', () => {
  it('refuses a facts rule file that lacks a rule or a reason, naming the file', () => {
    const dir = copyPipeline();
    const file = join(dir, 'lexicons', 'facts.json');
    const rules = JSON.parse(readFileSync(file, 'utf8'));
    delete rules.signing;
    writeFileSync(file, JSON.stringify(rules));
    expect(() => loadKnowledge({ pipelineDir: dir, noKnowledge: true })).toThrow(/facts\.json.*signing/);
    rules.signing = { words: ['signed'] };
    writeFileSync(file, JSON.stringify(rules));
    expect(() => loadKnowledge({ pipelineDir: dir, noKnowledge: true })).toThrow(/facts\.json.*reason/);
  });

  it('finds a phrase added to a rule file, at word boundaries and in any case', () => {
    const dir = copyPipeline();
    const file = join(dir, 'lexicons', 'facts.json');
    const rules = JSON.parse(readFileSync(file, 'utf8'));
    expect(loadKnowledge({ pipelineDir: dir, noKnowledge: true }).lexicons.facts.signing.test('The envoys initialled the text.')).toBe(false);
    rules.signing.words.push('initialled');
    writeFileSync(file, JSON.stringify(rules));
    const kn = loadKnowledge({ pipelineDir: dir, noKnowledge: true });
    expect(kn.lexicons.facts.signing.test('The envoys Initialled the text.')).toBe(true);
    expect(kn.lexicons.facts.signing.test('The envoys reinitialled the text.')).toBe(false);
  });

  it('reads the collective possessives of body names from names.json: a form added there joins a name, a malformed one is refused', async () => {
    const { loadPipeline, processDocument } = await import('../../src/pipeline.js');
    const dir = copyPipeline();
    const file = join(dir, 'lexicons', 'names.json');
    const names = JSON.parse(readFileSync(file, 'utf8'));
    const orgs = (p: ReturnType<typeof loadPipeline>) =>
      processDocument({ id: 't', path: 't.txt', text: "The Ostrand Sailors' Union met the Velmara People's Front.", meta: {} }, p).doc.mentions.filter((m) => m.type === 'Organization').map((m) => m.text);
    expect(orgs(loadPipeline(join(dir, 'pipeline.json'), { noKnowledge: true }))).toEqual(["Velmara People's Front"]);
    names.collectivePossessives.forms.push("sailors'");
    writeFileSync(file, JSON.stringify(names));
    expect(orgs(loadPipeline(join(dir, 'pipeline.json'), { noKnowledge: true }))).toEqual(["Ostrand Sailors' Union", "Velmara People's Front"]);
    names.collectivePossessives.forms.push('sailors');
    writeFileSync(file, JSON.stringify(names));
    expect(() => loadKnowledge({ pipelineDir: dir, noKnowledge: true })).toThrow(/names\.json.*collectivePossessives/);
  });
});

describe('rules as data: the words of the facts steps', () => {
  // A passage written for this test; the pipeline copy differs from the bundled one in one word of one rule.
  const text = 'Chilean Foreign Minister Ana Ruiz conferred with Pablo Mena in Lima on Tuesday for talks.';
  const membersWith = async (dir: string) => {
    const { loadPipeline, processDocument } = await import('../../src/pipeline.js');
    const p = loadPipeline(join(dir, 'pipeline.json'));
    return processDocument({ id: 't', path: 't.txt', text, meta: {} }, p).doc.facts.filter((f) => f.rule === 'facts:member-across-the-table').map((f) => text.slice(f.entity!.mention!.start, f.entity!.mention!.end));
  };

  it('reads a meeting verb added to events.json, with no change to src/', async () => {
    const dir = copyPipeline();
    expect(await membersWith(dir)).toEqual([]);
    const file = join(dir, 'lexicons', 'events.json');
    const events = JSON.parse(readFileSync(file, 'utf8'));
    events.meetingVerbs.words.push('conferred with');
    writeFileSync(file, JSON.stringify(events));
    expect(await membersWith(dir)).toEqual(['Ana Ruiz', 'Pablo Mena']);
  });

  it('refuses a clauses.json that lacks a rule, naming the file and the rule', () => {
    const dir = copyPipeline();
    const file = join(dir, 'lexicons', 'clauses.json');
    const rules = JSON.parse(readFileSync(file, 'utf8'));
    delete rules.clauseBreaks;
    writeFileSync(file, JSON.stringify(rules));
    expect(() => loadKnowledge({ pipelineDir: dir, noKnowledge: true })).toThrow(/clauses\.json.*clauseBreaks/);
  });
});

describe('knowledge: cities and provinces (city-timezones)', () => {
  it('knows large cities and their provinces as places, and leaves out names that are ordinary words', async () => {
    const { loadPipeline } = await import('../../src/pipeline.js');
    const k = loadPipeline(undefined, { noKnowledge: true }).knowledge;
    const place = (s: string) => k.aliases.get(aliasKey(s))?.find((e) => e.type === 'Place');
    expect(place('Karachi')?.kind).toBe('city');
    expect(place('Los Angeles')?.kind).toBe('city');
    expect(place('Ontario')?.kind).toBe('region');
    // A country keeps its own entry.
    expect(place('Singapore')?.kind).toBe('country');
    // "Nice", "Mobile" and "Reading" (ordinary words) are not places by their capital alone.
    for (const w of ['Nice', 'Mobile', 'Reading']) expect(place(w), w).toBeUndefined();
  });

  it('gives each place one id: a province spelled like a country but for its accents does not take the country\'s id, and two spellings of one city are one entry', async () => {
    const { loadPipeline } = await import('../../src/pipeline.js');
    const k = loadPipeline(undefined, { noKnowledge: true }).knowledge;
    const ids = k.entities.map((e) => e.id);
    expect(ids.length - new Set(ids).size).toBe(0);
    // (the State of Mexico, "México" in the city data, beside the country)
    expect(k.byId.get('local:mexico')?.kind).toBe('country');
    // (São Paulo the city and Sao Paulo the state)
    expect(k.aliases.get(aliasKey('Sao Paulo'))?.[0]?.id).toBe(k.aliases.get(aliasKey('São Paulo'))?.[0]?.id);
  });
});

describe('knowledge: the country a state body acts for', () => {
  it("reads a state body's `country` from the knowledge base; an international body has none", () => {
    const k = loadKnowledge({ pipelineDir: PIPELINE });
    const body = (s: string) => k.aliases.get(aliasKey(s))?.find((e) => e.type === 'Organization');
    expect(body('Kremlin')?.country).toBe('Russia');
    expect(body('CIA')?.country).toBe('United States');
    expect(body('African Union')?.country).toBeUndefined();
  });
  it('names every `country` and `speaksFor` of the knowledge base by a place it holds, and maps each territory to the one movement that speaks for it', () => {
    const k = loadKnowledge({ pipelineDir: PIPELINE });
    const place = (s: string) => k.aliases.get(aliasKey(s))?.some((e) => e.type === 'Place');
    for (const e of k.entities.filter((x) => x.source === 'kb' && x.type === 'Organization')) {
      if (e.country) expect(place(e.country), `${e.name}: country ${e.country}`).toBe(true);
      if (e.speaksFor) expect(place(e.speaksFor), `${e.name}: speaksFor ${e.speaksFor}`).toBe(true);
    }
    expect(k.speakers.get('Western Sahara')?.name).toBe('Polisario Front');
    expect([...k.speakers.values()].every((e) => e.speaksFor && k.speakers.get(e.speaksFor) === e)).toBe(true);
  });
});
