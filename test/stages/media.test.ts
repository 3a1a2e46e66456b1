/**
 * Issue 20: a news outlet or a dateline's agency is the source of a report, never a party, mediator or
 * speaker of a round. Passages written for this test: invented talks between real countries, invented people.
 */
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/run.js';
import { tempDir } from '../helpers.js';

describe('media: outlets and dateline agencies', () => {
  it('types them as organisations and keeps them out of parties, mediators, delegations and quotes', async () => {
    const dir = tempDir();
    const articles: Record<string, [string, string]> = {
      a: [
        'OSLO, Norway (Reuters) — Chile and Peru began a second round of talks in Oslo on Monday, mediated by Norway.\n' +
          '"We are close to a deal on the border," Chilean negotiator Ana Rell told Reuters.\n' +
          'Interfax said Peru wanted more time, and Tanjug reported the same.\n',
        '2031-05-12',
      ],
      b: [
        'LIMA (AFP) — The second round of talks between Chile and Peru ended in Oslo on Tuesday, AFP said.\n' +
          '"Nothing is agreed until everything is agreed," AFP quoted Peruvian envoy Tomas Quell as saying.\n',
        '2031-05-13',
      ],
    };
    for (const [name, [text, published]] of Object.entries(articles)) {
      writeFileSync(join(dir, `${name}.txt`), text);
      writeFileSync(join(dir, `${name}.meta.json`), JSON.stringify({ published }));
    }
    const { briefs, entities } = await run({ corpus: dir, workers: 1 });
    const outlets = ['Reuters', 'AFP', 'Interfax', 'Tanjug'];
    // Each outlet's entity (by any of its names: AFP's canonical name is Agence France-Presse).
    const outletEntities = outlets.map((o) => entities.find((x) => x.name === o || x.aliases.some((a) => a.text === o)));
    outletEntities.forEach((e, i) => expect(e?.type, outlets[i]).toBe('Organization'));
    const outletNames = new Set(outletEntities.map((e) => e!.name));
    expect(briefs.length).toBeGreaterThan(0);
    for (const b of briefs) {
      const named = [...b.parties, ...b.mediators, ...b.delegations.map((d) => d.party), ...b.delegations.flatMap((d) => d.members.map((m) => m.person))].map((x) => x.name);
      expect(named.filter((n) => outletNames.has(n))).toEqual([]);
      expect(b.quotes.map((q) => q.speaker?.name).filter((n) => n && outletNames.has(n))).toEqual([]);
    }
    const all = briefs.flatMap((b) => b.quotes.map((q) => q.speaker?.name));
    expect(all).toEqual(expect.arrayContaining(['Ana Rell', 'Tomas Quell']));
  });
});
