/**
 * The report in a real browser (Debian's chromium through playwright-core): the report of the
 * bundled corpus with its gold, and a report of articles written to attack the page.
 * The screenshot is kept as an artifact in test-artifacts/report/ (git-ignored).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { run } from '../../src/run.js';
import { writeReport } from '../../src/report/write.js';
import { BriefsFile } from '../../src/model/schema.js';
import { makeBrief, tempDir } from '../helpers.js';
import { writeRunManifest } from '../../src/report/manifest.js';
import { launch, openReport } from './chromium.js';

// What the page functions below use of the browser (this project's types are Node's, not the DOM's).
declare function getComputedStyle(el: unknown, pseudo?: string): { backgroundColor: string; content: string; textDecorationLine: string };
declare const location: { hash: string };
declare const window: unknown;

const ROOT = resolve(__dirname, '..', '..');
const ARTIFACTS = join(ROOT, 'test-artifacts', 'report');

/** Every evidence text of a briefs.json. */
function evidenceTexts(file: string): Set<string> {
  const out = new Set<string>();
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object')
      for (const [k, v] of Object.entries(x)) {
        if (k === 'evidence') for (const e of v as Array<{ text: string }>) out.add(e.text);
        else walk(v);
      }
  };
  walk(BriefsFile.parse(JSON.parse(readFileSync(file, 'utf8'))).briefs);
  return out;
}

const reportUrl = (out: string) => pathToFileURL(join(out, 'report', 'index.html')).href;

/** The value of a report data file (`parleyData(key, JSON);`). */
const dataOf = (file: string): any => JSON.parse(readFileSync(file, 'utf8').replace(/^parleyData\("[^"]*",/, '').replace(/\);\n$/, ''));

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the report of the bundled corpus with gold, in chromium', () => {
  let out: string;
  let url: string;
  beforeAll(async () => {
    out = tempDir();
    await run({ corpus: join(ROOT, 'corpus'), out });
    const r = await writeReport({ out, gold: join(ROOT, 'gold') });
    expect(r.problems).toEqual([]);
    url = reportUrl(out);
  });

  it('goes from a brief fact to its evidence, highlighted in the article, with no console error and no request off the disk', async () => {
    const { page, errors, requests } = await openReport(browser, url, 'article.round');
    const links = page.locator('a.evlink');
    expect(await links.count()).toBeGreaterThan(10);
    // A fact further down the page, not only the first one.
    const link = links.nth(7);
    const evidence = (await link.getAttribute('data-evidence'))!;
    expect(evidenceTexts(join(out, 'briefs.json')).has(evidence)).toBe(true);
    await link.click();
    const mark = page.locator('mark.ev');
    await mark.waitFor();
    expect(await mark.count()).toBe(1);
    expect(await mark.textContent()).toBe(evidence);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'bundled-corpus-evidence.png') });
    expect(await page.evaluate(() => location.hash)).toMatch(/^#doc\/\d+\/ev\/\d+-\d+$/);
    // The highlighted span is in view.
    const box = (await mark.boundingBox())!;
    expect(box.y + box.height).toBeGreaterThan(0);
    expect(box.y).toBeLessThan(900);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('marks mentions by type with a label, toggles a type off and on, shows the canonical entity on focus; screenshot kept', async () => {
    const { page, errors, requests } = await openReport(browser, url + '#doc/0', '#article-text .m');
    const person = page.locator('#article-text .t-Person[data-label]').first();
    const place = page.locator('#article-text .t-Place[data-label]').first();
    const style = (loc: typeof person) =>
      loc.evaluate((el) => ({ bg: getComputedStyle(el).backgroundColor, label: getComputedStyle(el, '::before').content, line: getComputedStyle(el).textDecorationLine }));
    const on = await style(person);
    expect(on.bg).not.toBe('rgba(0, 0, 0, 0)');
    expect(on.label).toBe('"PER"');
    expect(on.line).toContain('underline');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'bundled-corpus-article.png'), fullPage: true });

    await page.locator('#toggle-Person').uncheck();
    const off = await style(person);
    expect(off.bg).toBe('rgba(0, 0, 0, 0)');
    expect(off.label).toBe('none');
    expect((await style(place)).bg).not.toBe('rgba(0, 0, 0, 0)');
    await page.locator('#toggle-Person').check();
    expect((await style(person)).bg).toBe(on.bg);

    // Focus (keyboard) shows the canonical entity of a linked mention.
    const linked = page.locator('#article-text .m[data-entity][data-label]').first();
    const [entityId, tip] = await linked.evaluate((el) => [el.getAttribute('data-entity'), el.getAttribute('data-tip')]);
    await linked.focus();
    const after = await linked.evaluate((el) => getComputedStyle(el, '::after').content);
    expect(after).toContain(entityId!);
    expect(after).toBe(JSON.stringify(tip));

    // Dates and quantities with their normalized values, as the run wrote them; each leads to its mention.
    const doc = dataOf(join(out, 'report', 'data', 'docs', '0.js')) as { text: string; mentions: Array<{ s: number; e: number; t: string; v?: string }> };
    const valued = doc.mentions.filter((m) => m.t === 'Date' || m.t === 'Quantity');
    const rows = page.locator('#values-table tbody tr');
    expect(await rows.count()).toBe(valued.length);
    expect(await rows.locator('td.value').allTextContents()).toEqual(valued.map((m) => m.v ?? '—'));
    const last = valued[valued.length - 1]!;
    await rows.last().locator('a').click();
    const chosen = page.locator('#article-text .m.sel');
    await chosen.waitFor();
    expect(await chosen.getAttribute('data-span')).toBe(`${last.s}-${last.e}`);
    expect(await chosen.textContent()).toBe(doc.text.slice(last.s, last.e));
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('shows the score table with bars and an error list that filters by kind and leads to the place in the text', async () => {
    const { page, errors } = await openReport(browser, url + '#gold', '#score-table');
    expect(await page.locator('#score-table tbody tr').count()).toBe(6);
    expect(await page.locator('#score-table .bar .fill').count()).toBe(12);
    expect(await page.locator('#brief-scores tbody tr').count()).toBeGreaterThan(5);
    const all = dataOf(join(out, 'report', 'data', 'errors.js')) as Array<{ k: string; i: number; g?: { x: string }; p?: { x: string } }>;
    expect(await page.locator('ul.errors li').count()).toBe(Math.min(500, all.length));
    const kind = all[0]!.k;
    await page.locator('select.f-kind').first().selectOption(kind);
    const shown = page.locator('ul.errors li');
    expect(await shown.count()).toBe(all.filter((e) => e.k === kind).length);
    expect(new Set(await shown.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-kind'))))).toEqual(new Set([kind]));
    await shown.first().locator('a').click();
    const focused = page.locator('#article-text .gd.focus');
    await focused.first().waitFor();
    const err = all.find((e) => e.k === kind)!;
    expect(await focused.first().getAttribute('id')).toBe(`err-${err.i}`);
    const expected = kind === 'missed' || kind === 'partial' ? err.g!.x : (err.p ?? err.g)!.x;
    expect((await focused.allTextContents()).join('')).toBe(expected);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists every entity with its aliases and leads to its mentions in an article', async () => {
    const { page, errors } = await openReport(browser, url + '#entities', '.entity');
    const entities = dataOf(join(out, 'report', 'data', 'entities.js')) as Array<{ id: string; name: string }>;
    expect(await page.locator('.entity').count()).toBe(Math.min(300, entities.length));
    await page.locator('input[type=search]').fill(entities[0]!.name);
    const first = page.locator('.entity').first();
    expect(await first.locator('h3 .m').textContent()).toBe(entities[0]!.name);
    await first.locator('.docs a').first().click();
    const sel = page.locator('#article-text .m.sel');
    await sel.first().waitFor();
    expect(new Set(await sel.evaluateAll((els) => els.map((e) => e.getAttribute('data-entity'))))).toEqual(new Set([entities[0]!.id]));
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a report of hostile articles, in chromium', () => {
  const evil =
    'Talks resumed in Geneva on 3 March 2025. <script>window.__pwned = 1; alert(1)</script> ' +
    'The envoy <img src=x onerror="window.__pwned = 2"> said "<b>no</b>" to Maria Lopez & co.\n' +
    'A second line: <a href="javascript:window.__pwned=3">click</a> </mark></span><style>body{display:none}</style>';
  let url: string;
  beforeAll(async () => {
    const corpus = tempDir();
    writeFileSync(join(corpus, 'evil.txt'), evil);
    writeFileSync(join(corpus, 'evil.meta.json'), JSON.stringify({ title: '<img src=y onerror="window.__pwned=4">Title', source: '<script>window.__pwned=5</script>' }));
    const out = tempDir();
    await run({ corpus, out });
    await writeReport({ out });
    url = reportUrl(out);
  });

  it('shows the text as written and runs none of it', async () => {
    const { page, errors, requests } = await openReport(browser, url + '#doc/0', '#article-text');
    expect(await page.locator('#article-text').textContent()).toBe(evil);
    expect(await page.locator('h1').textContent()).toBe('<img src=y onerror="window.__pwned=4">Title');
    expect(await page.locator('#main img, #main script, #main b, #main style, #article-text a').count()).toBe(0);
    await page.goto(url + '#docs');
    await page.waitForSelector('table.list');
    expect(await page.locator('table.list').textContent()).toContain('<script>window.__pwned=5</script>');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });
});

describe('a brief whose sources disagree, in chromium (a run written by hand)', () => {
  const text =
    'Delegates met in Geneva on 4 March 2026, one paper says. Another says they met in Vienna on 10 March 2026.\n' +
    Array.from({ length: 7 }, (_, i) => `Norway spoke (${i + 1}).`).join(' ');
  const at = (t: string, from = 0) => {
    const start = text.indexOf(t, from);
    return { doc: 'a', start, end: start + t.length, text: t };
  };
  const norway = [...text.matchAll(/Norway/g)].map((m) => at('Norway', m.index));
  let url: string;
  beforeAll(async () => {
    const corpus = tempDir();
    writeFileSync(join(corpus, 'a.txt'), text);
    const out = tempDir();
    mkdirSync(join(out, 'ann'));
    writeFileSync(join(out, 'ann', 'a.ann'), '');
    writeFileSync(join(out, 'entities.json'), JSON.stringify({ entities: [] }));
    const brief = makeBrief({
      ordinal: 1,
      dates: {
        held: [
          { value: '2026-03-04', evidence: [at('4 March 2026')] },
          { value: '2026-03-10', evidence: [at('10 March 2026')] },
        ],
        // A vaguer value and a day inside it: no disagreement.
        planned: [
          { value: '2026-03', evidence: [at('March 2026')] },
          { value: '2026-03-04', evidence: [at('4 March 2026')] },
        ],
      },
      venue: { city: [{ id: 'local:geneva', name: 'Geneva', evidence: [at('Geneva')] }, { id: 'local:vienna', name: 'Vienna', evidence: [at('Vienna')] }], facility: [] },
      parties: [{ id: 'local:norway', name: 'Norway', evidence: norway }],
    });
    writeFileSync(join(out, 'briefs.json'), JSON.stringify({ briefs: [brief] }));
    await writeRunManifest(out, corpus);
    await writeReport({ out });
    url = reportUrl(out);
  });

  it('flags the disagreeing dates and cities, not a vaguer date, and loads a long evidence list on demand', async () => {
    const { page, errors, requests } = await openReport(browser, url, 'article.round');
    const conflicts = page.locator('.conflict');
    expect(await conflicts.count()).toBe(2);
    expect(await conflicts.nth(0).textContent()).toBe('⚠ Sources disagree: 2026-03-04 (1 article); 2026-03-10 (1 article)');
    expect(await conflicts.nth(1).textContent()).toContain('Geneva');
    expect(await conflicts.nth(1).textContent()).toContain('Vienna');
    const parties = page.locator('section.slot', { hasText: 'Parties' });
    expect(await parties.locator('a.evlink').count()).toBe(5);
    await parties.getByRole('button', { name: 'all 7 sources' }).click();
    await parties.locator('a.evlink').nth(6).waitFor();
    expect(await parties.locator('a.evlink').count()).toBe(7);
    await parties.locator('a.evlink').nth(6).click();
    await page.locator('mark.ev').waitFor();
    expect(await page.evaluate(() => location.hash)).toBe(`#doc/0/ev/${norway[6]!.start}-${norway[6]!.end}`);
    expect(await page.locator('mark.ev').textContent()).toBe('Norway');
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });
});
