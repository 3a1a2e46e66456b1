/**
 * Date grammar beyond the negotiation beat (issue 20, TempEval-3 error classes), on sentences written for this test;
 * and the date words as data (pipeline/lexicons/dates.json): a rule without its reason is refused, a word added to a
 * rule changes what the stage does.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze, tempDir } from '../helpers.js';
import { loadDateLexicon } from '../../src/knowledge/knowledge.js';
import { tagDates } from '../../src/stages/dates.js';
import { newDoc } from '../../src/pipeline.js';

type Row = [string, string, string | undefined, string?];
/** [sentence, span, value, publication date (default 1989-10-26, a Thursday in the fourth quarter)] */
const ROWS: Row[] = [
  // a day of the year named relative to the report's ("Oct. 23 last year")
  ['The accord was signed on Oct. 23 last year in Lima.', 'Oct. 23 last year', '1988-10-23'],
  ['The envoys met on 5 May this year.', '5 May this year', '1989-05-05'],
  // quarters and halves, as business news writes them
  ['Third-quarter profit fell 12%.', 'Third-quarter', '1989-Q3'],
  ['The bank expects a loss in the fourth quarter.', 'fourth quarter', '1989-Q4'],
  ['Profit in the latest quarter slipped.', 'the latest quarter', '1989-Q3'],
  ['Sales were higher in the year-ago quarter.', 'the year-ago quarter', '1988-Q3'],
  ['Orders rose in the third quarter from a year earlier.', 'a year earlier', '1988-Q3'],
  ['Spending slowed in the first half of 1990.', 'first half of 1990', '1990-H1'],
  ['The mill ran at a loss in the current quarter.', 'the current quarter', '1989-Q4'],
  // years, decades and centuries
  ['Results for fiscal 1990 will be weaker.', 'fiscal 1990', '1990'],
  ['The deal should close by year end.', 'year end', '1989'],
  ['The bridge was built in the 19th century.', '19th century', '18'],
  ['Prices were stable in the nineties.', 'nineties', '199'],
  ['The film came out in nineteen eighty-four.', 'nineteen eighty-four', '1984'],
  ['The plant opened in 1975. The following year it was sold.', 'following year', '1976'],
  ['The plant opened in 1975, and later that year it was sold.', 'later that year', '1975'],
  // months
  ['The merger was approved last April.', 'last April', '1989-04'],
  ['Exports picked up in February this year.', 'February this year', '1989-02'],
  ['The board will meet again in May.', 'May', '1990-05'],
  ['Since April, output has doubled.', 'April', '1989-04'],
  ['The October figures were revised.', 'October', '1989-10'],
  ['The audit ends on November the 3rd.', 'November the 3rd', '1989-11-03'],
  ['The audit opened on Monday, October the 23rd.', 'Monday, October the 23rd', '1989-10-23'],
  // relative and vague
  ['The rules changed several years ago.', 'several years ago', 'PAST_REF'],
  ['The line closed a week or so ago.', 'a week or so ago', '1989-W42'],
  ['A strike began on Thanksgiving.', 'Thanksgiving', '1988-11-24'],
  ['The unions plan to strike on Thanksgiving.', 'Thanksgiving', '1989-11-23'],
  // durations
  ['Repairs need two more weeks.', 'two more weeks', 'P2W'],
  ['The audit took 2 1/2 years.', '2 1/2 years', 'P2Y6M'],
  ['The vote took a minute and a half.', 'a minute and a half', 'PT1M30S'],
  ['Shares fell for eight trading days.', 'eight trading days', 'P8D'],
  ['The plan runs for a couple of years.', 'a couple of years', 'P2Y'],
];

describe('dates: grammar of general news', () => {
  for (const [sentence, span, value, published = '1989-10-26'] of ROWS) {
    it(`${span} in “${sentence}” (published ${published})`, () => {
      const doc = analyze(sentence, { published });
      const m = doc.mentions.find((d) => d.type === 'Date' && d.text === span);
      expect(m, `found ${JSON.stringify(doc.mentions.filter((d) => d.type === 'Date').map((d) => d.text))}`).toBeDefined();
      expect(m!.value).toBe(value);
    });
  }
  it('a weekday, a holiday or a month without its year in a habitual clause names no particular day', () => {
    const doc = analyze('Parliament usually sits on Monday, and rarely between Christmas and the new year.', { published: '1989-10-26' });
    const values = doc.mentions.filter((d) => d.type === 'Date').map((d) => [d.text, d.value]);
    expect(values).toEqual([
      ['Monday', undefined],
      ['Christmas', undefined],
    ]);
  });
});

describe('dates: the date words are data (lexicons/dates.json)', () => {
  const PIPELINE = resolve(import.meta.dirname, '../../pipeline');
  const copy = (): string => {
    const dir = tempDir();
    cpSync(PIPELINE, dir, { recursive: true });
    return join(dir, 'lexicons', 'dates.json');
  };
  it('refuses a rule without its reason, or a holiday without its day, naming the file', () => {
    const file = copy();
    const rules = JSON.parse(readFileSync(file, 'utf8'));
    delete rules.futureCues.reason;
    writeFileSync(file, JSON.stringify(rules));
    expect(() => loadDateLexicon(file)).toThrow(/dates\.json.*futureCues\.reason/);
    const again = JSON.parse(readFileSync(resolve(PIPELINE, 'lexicons', 'dates.json'), 'utf8'));
    again.holidays.days.push({ names: ['Founders Day'], month: 3 });
    writeFileSync(file, JSON.stringify(again));
    expect(() => loadDateLexicon(file)).toThrow(/dates\.json.*holidays/);
  });
  it('a word added to the future cues turns a weekday forward', () => {
    const file = copy();
    const text = 'The envoys pencilled in Monday for the signing.';
    const doc = { ...newDoc({ id: 't', path: 't.txt', text, meta: { published: '2025-06-18' } }), sentences: [{ start: 0, end: text.length }] };
    const before = tagDates(doc, loadDateLexicon(file)).mentions.find((m) => m.text === 'Monday')!.value;
    const rules = JSON.parse(readFileSync(file, 'utf8'));
    rules.futureCues.words.push('pencilled in');
    writeFileSync(file, JSON.stringify(rules));
    const after = tagDates(doc, loadDateLexicon(file)).mentions.find((m) => m.text === 'Monday')!.value;
    expect([before, after]).toEqual(['2025-06-16', '2025-06-23']);
  });
});
