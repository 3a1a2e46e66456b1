import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { corpusStages, processCorpus, run } from '../../src/run.js';
import { preferredWhen } from '../../src/stages/briefs.js';
import { listArticles } from '../../src/io/corpus.js';
import type { Brief } from '../../src/model/schema.js';
import { defaultPipeline, tempDir } from '../helpers.js';

// Passages written for this test, about another negotiation (the rules must not know the corpus).
const A = `Serbia and Kosovo held the second round of talks in Brussels on March 6-7, 2025, mediated by the European Union.
The Serbian delegation was led by Marko Petrovic, the chief negotiator of Serbia. The Kosovar team included Drita Berisha, the deputy prime minister.
The agenda included the border regime, the return of detainees, and energy links.
The sides agreed to exchange 12 detainees. No agreement was reached on the border regime.
“We made real progress on energy,” said Marko Petrovic.
A third round of talks will be held in Vienna on April 2, 2025.
`;
const B = `The second round of talks between Serbia and Kosovo ended in Brussels on Friday.
Drita Berisha said the talks had been “difficult but honest.”
`;

async function briefsOf(): Promise<{ briefs: Brief[]; dir: string }> {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.txt'), A);
  writeFileSync(join(dir, 'b.txt'), B);
  writeFileSync(join(dir, 'b.meta.json'), '{"published":"2025-03-08"}');
  const res = await run({ corpus: dir });
  return { briefs: res.briefs, dir };
}

describe('rounds and briefs on passages about another negotiation', () => {
  it('finds the held round and the announced one, merged across documents', async () => {
    const { briefs } = await briefsOf();
    expect(briefs.map((b) => [b.id, b.status])).toEqual([
      ['round-2', 'held'],
      ['round-3', 'planned'],
    ]);
    expect(briefs[0]!.docs).toEqual(['a', 'b']);
  });

  it('fills the slots of the held round', async () => {
    const { briefs } = await briefsOf();
    const b = briefs[0]!;
    expect(b.dates.held.map((d) => d.value)).toContain('2025-03-06/2025-03-07');
    expect(b.venue.city.map((c) => c.name)).toEqual(['Brussels']);
    expect(b.parties.map((p) => p.name).sort()).toEqual(['Kosovo', 'Serbia']);
    expect(b.mediators.map((p) => p.name)).toContain('European Union');
    const serbia = b.delegations.find((d) => d.party.name === 'Serbia')!;
    expect(serbia.members).toEqual([expect.objectContaining({ person: expect.objectContaining({ name: 'Marko Petrovic' }), role: 'chief negotiator of Serbia', head: true })]);
    const kosovo = b.delegations.find((d) => d.party.name === 'Kosovo')!;
    expect(kosovo.members[0]).toMatchObject({ person: { name: 'Drita Berisha' }, role: 'deputy prime minister', head: false });
    expect(b.topics.map((t) => t.text)).toEqual(expect.arrayContaining(['border regime', 'return of detainees', 'energy links']));
    const agreement = b.outcomes.find((o) => o.kind === 'agreement')!;
    expect(agreement.quantities).toEqual([{ value: '12', unit: 'detainee' }]);
    expect(b.outcomes.some((o) => o.kind === 'failure' && /border regime/.test(o.text))).toBe(true);
    expect(b.quotes.map((q) => [q.text, q.speaker?.name])).toEqual(
      expect.arrayContaining([
        ['We made real progress on energy', 'Marko Petrovic'],
        ['difficult but honest', 'Drita Berisha'],
      ]),
    );
    expect(b.next).toEqual([expect.objectContaining({ date: '2025-04-02', place: expect.objectContaining({ name: 'Vienna' }) })]);
    // The later round is in the folder: the step keeps the words that announce it, not the later round's cue alone.
    expect(b.next[0]!.text).toMatch(/^A third round of talks will be held in Vienna/);
  });

  it('finds the mentions its facts rest on in whatever order a document lists them', async () => {
    const { dir } = await briefsOf();
    const pipeline = defaultPipeline();
    const docs = (await processCorpus(await listArticles(dir), pipeline, { workers: 1 })).map((p) => p.result!);
    const reversed = docs.map((d) => ({ ...d, mentions: [...d.mentions].reverse() }));
    const briefs = corpusStages(docs, pipeline).briefs;
    expect(briefs[0]!.delegations.length).toBeGreaterThan(0);
    expect(corpusStages(reversed, pipeline).briefs).toEqual(briefs);
  });

  it('never guesses a speaker', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'c.txt'), 'The first round of talks was held in Oslo on May 3, 2024.\nOfficials described the meeting as “useful.”\n');
    const res = await run({ corpus: dir });
    const q = res.briefs[0]!.quotes;
    expect(q).toEqual([expect.objectContaining({ text: 'useful' })]);
    expect(q[0]!.speaker).toBeUndefined();
  });
});

describe('briefs: a body as a party, several mediators, members in apposition', () => {
  it('reads them from another shape of report', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'd.txt'),
      [
        'DOHA, Qatar — Israeli and Hamas negotiators began a third round of indirect talks in Doha on Sunday, mediated by Qatar and Egypt.',
        'The Israeli delegation is led by Dana Levi, the head of the negotiating team, and includes Ronen Bar, the director of Shin Bet.',
        'The talks focus on a six-week ceasefire, the release of 33 hostages and the return of displaced Palestinians.',
        '“We are closer than ever,” said Majed al-Ansari, the spokesman of Qatar’s Foreign Ministry.',
        'A fourth round is expected in Cairo next week.',
      ].join('\n'),
    );
    writeFileSync(join(dir, 'd.meta.json'), '{"published":"2025-01-13"}');
    const [b] = (await run({ corpus: dir })).briefs;
    expect(b).toMatchObject({ id: 'round-3', status: 'held' });
    expect(b!.dates.held.map((d) => d.value)).toEqual(['2025-01-12']);
    expect(b!.parties.map((p) => p.name)).toEqual(['Israel', 'Hamas']);
    expect(b!.mediators.map((p) => p.name)).toEqual(['Qatar', 'Egypt']);
    expect(b!.delegations[0]!.members.map((m) => [m.person.name, m.role, m.head])).toEqual([
      ['Dana Levi', 'head of the negotiating team', true],
      ['Ronen Bar', 'director of Shin Bet', false],
    ]);
    expect(b!.topics.map((t) => t.text)).toEqual(['six-week ceasefire', 'release of 33 hostages', 'return of displaced Palestinians']);
    expect(b!.quotes[0]!.speaker?.name).toBe('Majed al-Ansari');
    expect(b!.next[0]).toMatchObject({ date: '2025-W04', place: { name: 'Cairo' } });
  });
});

describe('evidence', () => {
  const check = (briefs: Brief[], textOf: (doc: string) => string) => {
    const all = JSON.stringify(briefs).match(/\{"doc":"[^"]+","start":\d+,"end":\d+,"text":"(?:[^"\\]|\\.)*"\}/g) ?? [];
    for (const e of all) {
      const { doc, start, end, text } = JSON.parse(e);
      expect([...textOf(doc)].slice(start, end).join('')).toBe(text);
    }
    return all.length;
  };

  it('of every emitted fact equals the document text at its code-point offsets (bundled corpus)', async () => {
    const corpus = resolve(__dirname, '..', '..', 'corpus');
    const res = await run({ corpus });
    const n = check(res.briefs, (doc) => readFileSync(join(corpus, `${doc}.txt`), 'utf8'));
    expect(n).toBeGreaterThan(50);
  });

  it('holds after an astral character too', async () => {
    const dir = tempDir();
    const text = `😀 ${A}`;
    writeFileSync(join(dir, 'e.txt'), text);
    const res = await run({ corpus: dir });
    expect(check(res.briefs, () => text)).toBeGreaterThan(10);
  });
});

describe('the one value a brief gives for when a round met, and what sources give against it (B11)', () => {
  const ev = (doc: string) => [{ doc, start: 0, end: 6, text: 'Monday' }];
  it('prefers a span a source states, and flags a day outside it', () => {
    const { preferred, conflicts } = preferredWhen([
      { value: '2031-05-05/2031-05-08', evidence: ev('a'), rules: ['facts:date-in-session-sentence'] },
      { value: '2031-05-06', evidence: ev('b') },
      { value: '2031-05-12', evidence: ev('c') },
    ]);
    expect(preferred?.value).toBe('2031-05-05/2031-05-08');
    expect(conflicts.map((d) => d.value)).toEqual(['2031-05-12']);
  });
  it('spans the days its sources give for a session over several days, marked inferred', () => {
    const { preferred, conflicts } = preferredWhen([
      { value: '2031-05-05', evidence: ev('a') },
      { value: '2031-05-08', evidence: ev('b') },
      { value: '2031-05-09', inferred: 'on or before the publication of c', evidence: ev('c'), rules: ['facts:lead-at-publication'] },
    ]);
    expect(preferred?.value).toBe('2031-05-05/2031-05-08');
    expect(preferred?.inferred).toMatch(/span/);
    expect(conflicts).toEqual([]);
  });
  it('falls back on an inferred bound where no day is stated, and gives nothing where there is none', () => {
    expect(preferredWhen([{ value: '2031-05-09', inferred: 'on or before the publication of c', evidence: ev('c') }]).preferred?.value).toBe('2031-05-09');
    expect(preferredWhen([{ value: '2031-05', evidence: ev('c') }]).preferred).toBeUndefined();
  });
  it('gives the city most sources name and lists another a source gives the session as a conflict', async () => {
    const dir = tempDir();
    const texts: Record<string, [string, string]> = {
      a: ['Ghana and Togo held talks in Takoradi on Tuesday.\n', '2031-05-06'],
      b: ['Talks between Ghana and Togo took place in Takoradi on Tuesday.\n', '2031-05-07'],
      c: ['Ghana and Togo held talks in Accra on Tuesday.\n', '2031-05-07'],
    };
    for (const [name, [text, published]] of Object.entries(texts)) {
      writeFileSync(join(dir, `${name}.txt`), text);
      writeFileSync(join(dir, `${name}.meta.json`), JSON.stringify({ published }));
    }
    const briefs = (await run({ corpus: dir, workers: 1 })).briefs;
    expect(briefs).toHaveLength(1);
    expect(briefs[0]!.venue.city.map((c) => c.name)).toEqual(['Takoradi']);
    expect(briefs[0]!.venue.conflicts?.map((c) => [c.name, c.evidence.map((e) => e.doc)])).toEqual([['Accra', ['c']]]);
    expect(briefs[0]!.dates.preferred?.value).toBe('2031-05-06');
  });
});

describe('a round of several weeks', () => {
  // Passages written for this test.
  it("joins the first and last days its sources give into one span, up to the briefs stage's maxSpanDays", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'The third cycle of talks between Chile and Bolivia opened in Havana on May 2, 2031.\n');
    writeFileSync(join(dir, 'b.txt'), 'The third cycle of talks between Chile and Bolivia ended in Havana on June 6, 2031, after five weeks.\n');
    const held = (await run({ corpus: dir })).briefs.flatMap((b) => b.dates.held.map((d) => d.value));
    expect(held).toContain('2031-05-02/2031-06-06');
  });

  it('not where a source states the span: a day beyond it is no end of the session', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'The first round of talks between Chile and Bolivia opened in Havana on May 2, 2031. The first round was held on May 2 and 3.\n');
    writeFileSync(join(dir, 'b.txt'), 'The first round of talks between Chile and Bolivia was held in Havana on May 20, 2031.\n');
    const held = (await run({ corpus: dir })).briefs.flatMap((b) => b.dates.held.map((d) => d.value));
    expect(held).toContain('2031-05-02/2031-05-03');
    expect(held).not.toContain('2031-05-02/2031-05-20');
  });
});

describe('a member whose side another round gives', () => {
  // Passages written for this test.
  it("takes the side the person's title gives in another round of the series", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'Chilean Foreign Minister Ana Ruiz and Bolivian Foreign Minister Pablo Mena held talks in Lima on March 3, 2031.\n');
    writeFileSync(join(dir, 'b.txt'), 'Talks between Ana Ruiz and Pablo Mena opened in Quito on May 5, 2031.\n');
    const briefs = (await run({ corpus: dir })).briefs;
    const quito = briefs.find((b) => b.venue.city.some((c) => c.name === 'Quito'))!;
    expect(quito.delegations.map((d) => [d.party.name, d.members.map((m) => m.person.name)]).sort()).toEqual([
      ['Bolivia', ['Pablo Mena']],
      ['Chile', ['Ana Ruiz']],
    ]);
  });
});

describe('an official of a country that is none of the sides', () => {
  // Passage written for this test.
  it('is a third party at the table: a mediator with their country, not a member', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'a.txt'),
      'Chilean Foreign Minister Ana Ruiz and Bolivian Foreign Minister Pablo Mena held talks in Geneva on March 3, 2031. The talks were attended by Norwegian envoy Lars Holm.\n',
    );
    const [b] = (await run({ corpus: dir })).briefs;
    expect(b!.parties.map((p) => p.name).sort()).toEqual(['Bolivia', 'Chile']);
    expect(b!.mediators.map((m) => m.name).sort()).toEqual(['Lars Holm', 'Norway']);
    expect(b!.delegations.map((d) => d.party.name).sort()).toEqual(['Bolivia', 'Chile']);
  });
});

describe('a community named by two demonyms', () => {
  // Passages written for this test (invented people).
  it('is a side of its own, not the country of its first demonym', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'Greek Cypriot leader Ana Ruiz and Turkish Cypriot leader Lars Holm met in Geneva on March 3, 2031.\n');
    writeFileSync(join(dir, 'b.txt'), 'Greek and Turkish Cypriot negotiators met again in Geneva on March 4, 2031.\n');
    const briefs = (await run({ corpus: dir })).briefs;
    expect(briefs).toHaveLength(1);
    expect(briefs[0]!.parties.map((p) => p.name).sort()).toEqual(['Greek Cypriots', 'Turkish Cypriots']);
    expect(briefs[0]!.delegations.map((d) => `${d.party.name}: ${d.members.map((m) => m.person.name).join()}`).sort()).toEqual(['Greek Cypriots: Ana Ruiz', 'Turkish Cypriots: Lars Holm']);
  });
});

describe('an official present at the round', () => {
  // Passage written for this test.
  it('witnesses for a third party however few sides the sources name: a mediator with their body, not a member; the country of their posting is no side', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'a.txt'),
      'The second round of the military talks on the Andean border concluded in Geneva on March 3, 2031, in the presence of the UN special representative in Bolivia, Lars Holm.\n',
    );
    const [b] = (await run({ corpus: dir })).briefs;
    expect(b!.mediators.map((m) => m.name).sort()).toEqual(['Lars Holm', 'United Nations']);
    expect(b!.delegations).toEqual([]);
    expect(b!.parties.map((p) => p.name)).not.toContain('Bolivia');
    expect(b!.parties.map((p) => p.name)).not.toContain('United Nations');
  });
});

describe('an official of the country that hosts the round', () => {
  // Passage written for this test.
  it('takes part as the host: the country a mediator, the official no delegation member', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), "Chile and Bolivia held talks in Lima on March 3, 2031. In attendance were Chile's Foreign Minister Ana Ruiz, Bolivia's Foreign Minister Pablo Mena and Peru's Foreign Minister Lars Holm.\n");
    const [b] = (await run({ corpus: dir })).briefs;
    expect(b!.parties.map((p) => p.name).sort()).toEqual(['Bolivia', 'Chile']);
    expect(b!.mediators.map((m) => m.name)).toContain('Peru');
    expect(b!.delegations.flatMap((d) => d.members.map((m) => m.person.name)).sort()).toEqual(['Ana Ruiz', 'Pablo Mena']);
  });
});

describe('a side named by a common noun', () => {
  // Passages written for these tests, about invented talks.
  it('is the body a source of the series calls so ("the opposition grouped in X"), and a delegate of it its member', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'Talks between the Bolivian government and the opposition opened in Lima on March 3, 2031.\n');
    writeFileSync(
      join(dir, 'b.txt'),
      'The talks between the Bolivian government and the opposition grouped in the Civic Front of Bolivia ended in Lima on March 5, 2031. The head of the opposition delegation Rosa Vidal spoke to reporters.\n',
    );
    const [b] = (await run({ corpus: dir })).briefs;
    expect(b!.parties.map((p) => p.name).sort()).toEqual(['Bolivia', 'Civic Front of Bolivia']);
    expect(b!.delegations.map((d) => [d.party.name, d.members.map((m) => m.person.name)])).toEqual([['Civic Front of Bolivia', ['Rosa Vidal']]]);
  });
  it("else a side of its own, by the noun and its country, never a mediator", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), "Talks between the Bolivian government and the opposition opened in Lima on March 3, 2031. The head of Bolivia's opposition delegation, Rosa Vidal, spoke to reporters.\n");
    const [b] = (await run({ corpus: dir })).briefs;
    expect(b!.parties.map((p) => p.name).sort()).toEqual(['Bolivia', 'Bolivian opposition']);
    expect(b!.mediators).toEqual([]);
    expect(b!.delegations.map((d) => [d.party.name, d.members.map((m) => m.person.name)])).toEqual([['Bolivian opposition', ['Rosa Vidal']]]);
  });
  it('is no side where it only qualifies someone ("opposition leader NAME")', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'Talks between Chile and Bolivia and opposition leader Rosa Vidal opened in Lima on March 3, 2031.\n');
    const [b] = (await run({ corpus: dir })).briefs;
    expect(b!.parties.map((p) => p.name).sort()).toEqual(['Bolivia', 'Chile']);
  });
});

describe('"the Government delegation" in a report that names no government', () => {
  // Passages written for this test, about invented talks.
  it("is the government side the series' rounds name, not the host country the report names most", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'Talks between the Bolivian government and the Andean Front opened in Mexico City on March 3, 2031.\n');
    writeFileSync(
      join(dir, 'b.txt'),
      'The talks in Mexico City ended on March 5, 2031, hosted by Mexico. Lars Holm read the statement in Mexico, accompanied by Pablo Mena, head of the Government delegation, and the delegate for the Andean Front, Rosa Vidal. Mexico thanked both.\n',
    );
    const [b] = (await run({ corpus: dir })).briefs;
    expect(b!.delegations.map((d) => [d.party.name, d.members.map((m) => m.person.name)]).sort()).toEqual([
      ['Andean Front', ['Rosa Vidal']],
      ['Bolivia', ['Pablo Mena']],
    ]);
  });
});

describe("a body's envoy at a meeting of two countries' leaders", () => {
  // Passage written for this test, about invented talks.
  it('is a third party: the body and its envoy mediate, though only the members\' titles name the two sides', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'a.txt'),
      'Chilean President Ana Ruiz and Bolivia\'s Prime Minister Pablo Mena met in Geneva on March 3, 2031. Speaking after the meeting with Ruiz and Mena, also attended by the UN special envoy for the dialogue Lars Holm, the UN chief said the talks had been useful.\n',
    );
    const [b] = (await run({ corpus: dir })).briefs;
    expect(b!.parties.map((p) => p.name).sort()).toEqual(['Bolivia', 'Chile']);
    expect(b!.mediators.map((m) => m.name)).toContain('Lars Holm');
    expect(b!.delegations.flatMap((d) => d.members.map((m) => m.person.name)).sort()).toEqual(['Ana Ruiz', 'Pablo Mena']);
  });
});

describe('a demonym several countries share, a list of sides, and one who speaks', () => {
  // Passages written for this test, about invented talks.
  it('reads "Congolese" as the Congo the folder names, ends the list at its last item, and takes no speaker\'s country for a side', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'Talks between the Democratic Republic of the Congo and the Andean Front opened in Doha on March 3, 2031.\n');
    writeFileSync(
      join(dir, 'b.txt'),
      'The second round of talks between the Congolese government and the Andean Front rebel movement, known as Doha 2, ended in Doha on May 5, 2031, Qatari officials have confirmed.\n',
    );
    const briefs = (await run({ corpus: dir })).briefs;
    const may = briefs.find((b) => b.dates.held.some((d) => d.value === '2031-05-05'))!;
    expect(may.parties.map((p) => p.name).sort()).toEqual(['Andean Front', 'DR Congo']);
  });
});

describe('briefs: the host of a series', () => {
  // Passages written for this test.
  it('makes the country that hosts one round of a series the host of its other rounds in its cities', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'Ghana and Togo held talks in Abuja on Monday, hosted by Nigeria.\n');
    writeFileSync(join(dir, 'a.meta.json'), JSON.stringify({ published: '2031-05-06' }));
    writeFileSync(join(dir, 'b.txt'), 'Ghana and Togo held a second round of talks in Abuja on Monday.\n');
    writeFileSync(join(dir, 'b.meta.json'), JSON.stringify({ published: '2031-06-10' }));
    const { briefs } = await run({ corpus: dir, workers: 1 });
    expect(briefs.map((b) => b.mediators.map((m) => m.name))).toEqual([['Nigeria'], ['Nigeria']]);
    expect(briefs[1]!.mediators[0]!.rules).toEqual(['briefs:venue-host']);
  });
});

describe('briefs: the envoys of a mediator do not make it one of the series\' sides', () => {
  // A passage written for this test.
  it('keeps a side named only by its negotiator a side, however many envoys of the mediators attend', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), "Talks opened in Havana on Monday. The FARC's lead negotiator Ivan Rojas met Ana Ruiz, who is part of the Colombian delegation. Norway and Cuba are taking part in the talks. Norwegian envoy Ola Berg and Norwegian diplomat Kari Dahl attended the talks. Norwegian minister Nils Lund attended the talks too.\n");
    writeFileSync(join(dir, 'a.meta.json'), JSON.stringify({ published: '2031-05-06' }));
    const [b] = (await run({ corpus: dir, workers: 1 })).briefs;
    expect(b!.parties.map((p) => p.name).sort()).toEqual(['Colombia', 'FARC']);
    expect(b!.mediators.map((m) => m.name)).not.toContain('FARC');
  });
});

describe('briefs: a city in the name of the building where the round met', () => {
  // A passage written for this test.
  it('goes before a place as many sources name for what the talks are about', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'India and Pakistan are set to hold the seventh round of border talks to discuss the stand-off along the river in Kashmir. The talks will take place at the Attari-Wagah border meeting point, which is on the Indian side.\n');
    writeFileSync(join(dir, 'a.meta.json'), JSON.stringify({ published: '2031-05-06' }));
    const [b] = (await run({ corpus: dir, workers: 1 })).briefs;
    expect(b!.venue.facility.map((f) => f.name)).toEqual(['Attari-Wagah border meeting point']);
    expect(b!.venue.city.map((c) => c.name)).toEqual(['Attari']);
  });
});

describe('briefs: a round a side stayed away from', () => {
  // Passages written for this test.
  it('has not met, however other sentences on it are told: its days are its plan', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'Peace talks between Ghana and the Volta rebels were due to open in Accra on Thursday, May 8. The government delegation met the UN envoy in Accra on Thursday, but the rebel team had not shown up.\n');
    writeFileSync(join(dir, 'a.meta.json'), JSON.stringify({ published: '2031-05-09' }));
    writeFileSync(join(dir, 'b.txt'), 'The Accra peace talks between Ghana and the Volta rebels collapsed on Saturday after the rebels failed to show up.\n');
    writeFileSync(join(dir, 'b.meta.json'), JSON.stringify({ published: '2031-05-11' }));
    const { briefs } = await run({ corpus: dir, workers: 1 });
    expect(briefs.map((b) => [b.status, b.dates.held.map((d) => d.value)])).toEqual([['cancelled', []]]);
  });  it('has met where a report that calls nothing off dates it as met, whatever another report grouped with it says', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'The fifth round of talks between Ghana and Togo was held in Accra on Thursday, May 8.\n');
    writeFileSync(join(dir, 'a.meta.json'), JSON.stringify({ published: '2031-05-09' }));
    writeFileSync(join(dir, 'b.txt'), 'The fifth round of talks between Ghana and Togo is over, and a meeting of their experts collapsed on Saturday after the Togolese failed to show up.\n');
    writeFileSync(join(dir, 'b.meta.json'), JSON.stringify({ published: '2031-05-11' }));
    const { briefs } = await run({ corpus: dir, workers: 1 });
    expect(briefs.map((b) => [b.status, b.dates.held.map((d) => d.value)])).toEqual([['held', ['2031-05-08']]]);
  });
});

describe('briefs: a member whose reports give a grade of rank and an office', () => {
  // Passages written for this test.
  it('has the office as role, however more reports give the rank alone', async () => {
    const dir = tempDir();
    const opened = 'The third round of talks between Norway and the Lapland Liberation Front opened in Oslo on Tuesday. The Norwegian delegation was led by Gen Erik Dahlberg.';
    const second = 'Norway and the Lapland Liberation Front began their third round of talks in Oslo on Tuesday. The Norwegian delegation was headed by Gen Erik Dahlberg.';
    const ended = 'The third round of talks between Norway and the Lapland Liberation Front ended in Oslo on Wednesday. The Norwegian delegation was led by Erik Dahlberg, the head of the Norwegian dialogue panel.';
    [opened, second, ended].forEach((t, i) => {
      writeFileSync(join(dir, `d${i}.txt`), `${t}\n`);
      writeFileSync(join(dir, `d${i}.meta.json`), JSON.stringify({ published: '2031-03-06' }));
    });
    const { briefs } = await run({ corpus: dir, workers: 1 });
    expect(briefs.flatMap((b) => b.delegations.flatMap((d) => d.members.map((m) => [m.person.name, m.role])))).toEqual([['Erik Dahlberg', 'head of the dialogue panel']]);
  });
});

describe('briefs: a group of states named as a side', () => {
  // Passage written for this test.
  it('has its members as sides, inferred (knowledge base members)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'The second round of talks between Chile and the E3 ended in Lima on Tuesday.\n');
    writeFileSync(join(dir, 'a.meta.json'), JSON.stringify({ published: '2031-03-06' }));
    const [b] = (await run({ corpus: dir, workers: 1 })).briefs;
    expect(b!.parties.map((p) => p.name)).toEqual(['Chile', 'France', 'Germany', 'United Kingdom']);
    expect(b!.parties.slice(1).every((p) => p.rules?.includes('briefs:group-members') && p.inferred)).toBe(true);
  });
});
