/**
 * `parley report`: writes `OUT/report/`, a static page that opens from disk.
 *
 *   index.html, report.css, report.js   the page (no data in it)
 *   data/index.js                       article list, rounds, scores: what every view needs
 *   data/briefs.js, data/entities.js, data/errors.js   loaded when their view is opened
 *   data/docs/N.js                      one article with its mentions and gold differences, loaded when opened
 *   data/evidence/R.js                  round R's facts' whole evidence lists, where longer than shown at first
 *
 * The folder is written beside the old one and then renamed over it, so a report is whole or
 * absent. Each data file is one call `parleyData(key, JSON)`: JSON is a JavaScript expression,
 * so no text in it can end the call.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { buildReport, type BuildOptions, type ReportData } from './build.js';
import { INDEX_HTML, REPORT_CSS } from './assets.js';
import { corpusOfRun } from './manifest.js';

/** The compiled page script: beside this module's compiled form (or in dist/ when running from the sources). */
function clientFile(): string {
  const here = fileURLToPath(import.meta.url);
  return here.endsWith('.ts') ? resolve(dirname(here), '..', '..', 'dist', 'report', 'client', 'report.js') : join(dirname(here), 'client', 'report.js');
}

export interface ReportOptions {
  out: string;
  /** Default: the run's corpus folder, from OUT/run.json. */
  corpus?: string;
  gold?: string;
}

export interface ReportResult {
  dir: string;
  articles: number;
  /** Problems met (a missing article, an ann file that disagrees with its text, a broken gold file): the report is written without what they concern. */
  problems: string[];
  /** Bytes of index.html, of what opening it loads (page, style, script, data/index.js), and of the whole folder. */
  size: { indexHtml: number; firstLoad: number; total: number };
}

const dataFile = (key: string, value: unknown) => `parleyData(${JSON.stringify(key)},${JSON.stringify(value)});\n`;

export async function writeReport(opts: ReportOptions): Promise<ReportResult> {
  const out = opts.out;
  if (!existsSync(out)) throw new Error(`${out}: output folder not found (run 'parley run CORPUS_DIR --out ${out}' first)`);
  const corpus = opts.corpus ?? corpusOfRun(out);
  if (!corpus) throw new Error(`${join(out, 'run.json')}: not found, so the run's corpus folder is unknown (give --corpus CORPUS_DIR, or rerun 'parley run')`);
  if (!existsSync(corpus)) throw new Error(`${corpus}: corpus folder not found`);
  const client = clientFile();
  if (!existsSync(client)) throw new Error(`${client}: the page script is missing (run 'npm run build')`);
  const build: BuildOptions = { out, corpus, ...(opts.gold ? { gold: opts.gold } : {}) };
  const data: ReportData = await buildReport(build);

  const final = join(out, 'report');
  const tmp = join(out, `.report-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    mkdirSync(join(tmp, 'data', 'docs'), { recursive: true });
    writeFileSync(join(tmp, 'index.html'), INDEX_HTML);
    writeFileSync(join(tmp, 'report.css'), REPORT_CSS);
    writeFileSync(join(tmp, 'report.js'), readFileSync(client, 'utf8').replace(/\n\/\/# sourceMappingURL=.*\n?$/, '\n'));
    writeFileSync(join(tmp, 'data', 'index.js'), dataFile('index', data.index));
    writeFileSync(join(tmp, 'data', 'briefs.js'), dataFile('briefs', data.briefs));
    writeFileSync(join(tmp, 'data', 'entities.js'), dataFile('entities', data.entities));
    writeFileSync(join(tmp, 'data', 'errors.js'), dataFile('errors', data.errors));
    mkdirSync(join(tmp, 'data', 'evidence'));
    data.evidence.forEach((lists, r) => {
      if (lists.length) writeFileSync(join(tmp, 'data', 'evidence', `${r}.js`), dataFile(`evidence:${r}`, lists));
    });
    for (const d of data.docs) writeFileSync(join(tmp, 'data', 'docs', `${d.n}.js`), dataFile(`doc:${d.n}`, d));
    rmSync(final, { recursive: true, force: true });
    renameSync(tmp, final);
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
  const size = (f: string) => statSync(join(final, f)).size;
  const firstLoad = ['index.html', 'report.css', 'report.js', join('data', 'index.js')].reduce((n, f) => n + size(f), 0);
  return { dir: final, articles: data.docs.length, problems: data.index.problems, size: { indexHtml: size('index.html'), firstLoad, total: folderSize(final) } };
}

function folderSize(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) n += e.isDirectory() ? folderSize(join(dir, e.name)) : statSync(join(dir, e.name)).size;
  return n;
}
