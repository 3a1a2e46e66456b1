/**
 * `npm run bench:report`: the size of the HTML report (parley report) for the bundled corpus with
 * its gold, and for the corpus replicated to 2,000 articles (or the count given): the page, what
 * opening it loads, each on-demand data file, the whole folder; the time to write it; and, in
 * Debian's chromium, the milliseconds from opening each view to its first content on screen.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { run } from '../run.js';
import { writeReport } from '../report/write.js';
import { replicate } from './replicate.js';
import { launchChromium } from '../report/browser.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

async function measure(label: string, corpus: string, out: string, gold?: string): Promise<void> {
  await run({ corpus, out });
  const t0 = performance.now();
  const r = await writeReport({ out, ...(gold ? { gold } : {}) });
  const ms = performance.now() - t0;
  const data = join(r.dir, 'data');
  const docs = readdirSync(join(data, 'docs')).map((f) => statSync(join(data, 'docs', f)).size);
  const size = (f: string) => statSync(join(data, f)).size;
  process.stdout.write(
    `${label}: ${r.articles} articles, written in ${(ms / 1000).toFixed(1)} s\n` +
      `  index.html ${kib(r.size.indexHtml)}; opening the page loads ${kib(r.size.firstLoad)} (page, style, script, data/index.js ${kib(size('index.js'))})\n` +
      `  on demand: briefs ${kib(size('briefs.js'))}, entities ${kib(size('entities.js'))}, errors ${kib(size('errors.js'))}, one article ${kib(Math.min(...docs))}–${kib(Math.max(...docs))}\n` +
      `  whole folder ${kib(r.size.total)}\n`,
  );
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const url = pathToFileURL(join(r.dir, 'index.html')).href;
    const views: Array<[string, string, string]> = [
      ['briefs (first view)', '', 'article.round'],
      ['last article', `#doc/${r.articles - 1}`, '#article-text .m'],
      ['article list', '#docs', 'table.list tbody tr'],
      ['entities', '#entities', '.entity'],
      ...(gold ? ([['gold differences', '#gold', '#score-table']] as Array<[string, string, string]>) : []),
    ];
    const times: string[] = [];
    for (const [name, hash, selector] of views) {
      const t = performance.now();
      if (!hash) await page.goto(url);
      else await page.evaluate((h) => ((globalThis as unknown as { location: { hash: string } }).location.hash = h), hash);
      await page.waitForSelector(selector);
      times.push(`${name} ${Math.round(performance.now() - t)} ms`);
    }
    process.stdout.write(`  chromium, from navigation to first content: ${times.join(', ')}\n`);
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 2000);
  const work = mkdtempSync(join(tmpdir(), 'parley-bench-report-'));
  try {
    const corpus = join(ROOT, 'corpus');
    await measure('bundled corpus with gold', corpus, join(work, 'out-bundled'), join(ROOT, 'gold'));
    const per = readdirSync(corpus).filter((f) => f.endsWith('.txt')).length;
    const big = replicate(corpus, Math.ceil(n / per), work);
    await measure(`replicated ×${Math.ceil(n / per)}`, big, join(work, 'out-big'));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err) => {
  process.stderr.write(`bench:report: ${(err as Error).stack ?? err}\n`);
  process.exitCode = 1;
});
