import { describe, expect, it } from 'vitest';
import { findDates, inferAnchor } from '../../src/stages/dates.js';
import { analyze } from '../helpers.js';

/**
 * Expressions with their anchor (the article's `published` date) and expected value and mod.
 * Most are written fresh; a few shapes mirror what news about any negotiation says.
 * [sentence, expected span, value, mod?] — the anchor is a Wednesday, 2025-06-18, unless the row gives one.
 */
type Row = [string, string, string | undefined, string?, string?];
const ANCHOR = '2025-06-18';
const TABLE: Row[] = [
  // days and years
  ['The ceasefire began on June 3, 2025.', 'June 3, 2025', '2025-06-03'],
  ['The accord was signed on 22nd September 2024.', '22nd September 2024', '2024-09-22'],
  ['It was signed on 9 May 2023 in Moscow.', '9 May 2023', '2023-05-09'],
  ['Talks resumed on March 14.', 'March 14', '2025-03-14'],
  ['The summit will open on Jan. 5.', 'Jan. 5', '2026-01-05'],
  ['Voting will end on Dec. 30.', 'Dec. 30', '2025-12-30'],
  ['The treaty lapsed on Dec. 30.', 'Dec. 30', '2024-12-30'],
  ['The war began in 2014.', '2014', '2014'],
  ['Since 1999 the border has been closed.', '1999', '1999'],
  ['In February 2022 troops crossed the border.', 'February 2022', '2022-02'],
  ['In January, the envoys met.', 'January', '2025-01'],
  ['The deadline is in August.', 'August', '2025-08'],
  ['They met on the 4th of July, 2024.', '4th of July, 2024', '2024-07-04'],
  ['On March 3 rebel movements regrouped.', 'March 3', '2025-03-03'],
  // a word of plan after a day's possessive: the day to come, whatever the clause's verb
  ["He referred to Saturday's scheduled meeting with the envoys.", 'Saturday', '2025-06-21'],
  ["The envoys discussed Monday's planned vote.", 'Monday', '2025-06-23'],
  // ranges
  ['Talks were held on February 4-5, 2026.', 'February 4-5, 2026', '2026-02-04/2026-02-05', undefined, '2026-02-10'],
  ['The first round took place on January 23–24.', 'January 23–24', '2025-01-23/2025-01-24'],
  ['The envoys will meet between 20 and 30 June.', '20 and 30 June', '2025-06-20/2025-06-30'],
  ['Delegations met on 4 and 5 February.', '4 and 5 February', '2026-02-04/2026-02-05', undefined, '2026-02-10'],
  ['Sessions ran from May 12 to May 15.', 'May 12 to May 15', '2025-05-12/2025-05-15'],
  ['The forum runs June 30 - July 2.', 'June 30 - July 2', '2025-06-30/2025-07-02'],
  ['Delegations met on February 4 and 5.', 'February 4 and 5', '2026-02-04/2026-02-05', undefined, '2026-02-10'],
  ['Talks are set for 8-9 July 2025.', '8-9 July 2025', '2025-07-08/2025-07-09'],
  // parts of periods
  ['An initial round was held in late January.', 'late January', '2025-01', 'END'],
  ['A deal is expected in early 2026.', 'early 2026', '2026', 'START'],
  ['Fighting eased by mid-June.', 'mid-June', '2025-06', 'MID'],
  ['The report came at the end of March.', 'end of March', '2025-03', 'END'],
  ['Elections are due at the beginning of 2027.', 'beginning of 2027', '2027', 'START'],
  ['Negotiations stalled in early May.', 'early May', '2025-05', 'START'],
  // weekdays by tense
  ['The minister said on Monday that talks had failed.', 'Monday', '2025-06-16'],
  ['The envoys will meet on Friday.', 'Friday', '2025-06-20'],
  ['Delegates arrived on Wednesday.', 'Wednesday', '2025-06-18'],
  ['Negotiators met on Tuesday and Wednesday.', 'Tuesday and Wednesday', '2025-06-17/2025-06-18'],
  ['The talks are set to resume on Thursday.', 'Thursday', '2025-06-19'],
  ['Officials spoke on Sunday.', 'Sunday', '2025-06-15'],
  ['Delegations arrived on Wednesday morning.', 'Wednesday morning', '2025-06-18TMO'],
  ['The vote is scheduled for Saturday evening.', 'Saturday evening', '2025-06-21TEV'],
  ['The envoys met on the morning of June 2.', 'morning of June 2', '2025-06-02TMO'],
  // deictic and relative
  ['The minister spoke today.', 'today', '2025-06-18'],
  ['The ministers met yesterday.', 'yesterday', '2025-06-17'],
  ['They will sign tomorrow.', 'tomorrow', '2025-06-19'],
  ['A vote is planned for tonight.', 'tonight', '2025-06-18TNI'],
  ['Talks continued this week.', 'this week', '2025-W25'],
  ['Envoys met last week.', 'last week', '2025-W24'],
  ['Talks resume next week.', 'next week', '2025-W26'],
  ['"The next round will take place in Panama City from October 17 to 20," the embassy indicated on its account.', 'October 17 to 20', '2025-10-17/2025-10-20'],
  ['Prices rose last year.', 'last year', '2024'],
  ['Elections are due next year.', 'next year', '2026'],
  ['The budget passed this year.', 'this year', '2025'],
  ['Talks collapsed last month.', 'last month', '2025-05'],
  ['A summit is planned next month.', 'next month', '2025-07'],
  ['Shelling continued over the weekend.', 'weekend', '2025-W24-WE'],
  ['The start was delayed from the weekend.', 'weekend', '2026-W05-WE', undefined, '2026-02-04'],
  ['They will meet this weekend.', 'this weekend', '2025-W25-WE'],
  ['Strikes hit power plants this winter.', 'this winter', '2025-WI'],
  ['A deal may come by next spring.', 'next spring', '2026-SP'],
  ['A springtime truce was floated.', 'springtime', '2025-SP'],
  ['Compared with this time last year, fewer died.', 'this time last year', '2024'],
  // durations
  ['The talks lasted two days.', 'two days', 'P2D'],
  ['The two-day summit ended.', 'two-day', 'P2D'],
  ['The war has lasted nearly four years.', 'nearly four years', 'P4Y', 'LESS_THAN'],
  ['The truce held for at least six months.', 'at least six months', 'P6M', 'EQUAL_OR_MORE'],
  ['The meeting lasted over five hours.', 'over five hours', 'PT5H', 'MORE_THAN'],
  ['The first such deal in about 35 years.', 'about 35 years', 'P35Y', 'APPROX'],
  ['A new round is likely within a week or two.', 'a week or two', 'P1W', 'APPROX'],
  ['The treaty was extended for another year.', 'another year', 'P1Y'],
  ['The siege lasted 18 months.', '18 months', 'P18M'],
  ['The ceasefire lasted a week.', 'a week', 'P1W'],
  ['Inspections take several days.', 'several days', 'PXD'],
  ['Talks could take months.', 'months', 'PXM'],
  ['Gaps narrowed over the past week.', 'past week', 'P1W'],
  ['Both camps hardened in the past month.', 'past month', 'P1M'],
  ['It may take months or even years.', 'months', 'PXM'],
  ['Relations froze in recent years.', 'recent years', 'PXY'],
  ['Strikes came just hours after the vote.', 'hours', 'PTXH'],
  ['The crisis has lasted a decade.', 'a decade', 'P10Y'],
  ['The mission ran for thirty-five days.', 'thirty-five days', 'P35D'],
  ['A week-long pause was discussed.', 'week', 'P1W'],
  ['The nearly four-year-long war goes on.', 'nearly four-year', 'P4Y', 'LESS_THAN'],
  ['A 90-day review began.', '90-day', 'P90D'],
  ['Talks ran for up to three weeks.', 'up to three weeks', 'P3W', 'EQUAL_OR_LESS'],
  ['Aid was halted for almost two months.', 'almost two months', 'P2M', 'LESS_THAN'],
  ['The memo is dated 2025-06-02.', '2025-06-02', '2025-06-02'],
  ['Relations were warm in the 1990s.', '1990s', '199'],
  ['The vote opens at 14:30 GMT.', '14:30 GMT', '2025-06-18T14:30'],
  ['The accord was signed two weeks ago.', 'two weeks ago', '2025-W23'],
  ['A year ago, talks collapsed.', 'A year ago', '2024'],
  ['Three days ago the envoys left.', 'Three days ago', '2025-06-15'],
  ['The vote came late last year.', 'late last year', '2024', 'END'],
  ['Talks began on June 2. The next day, envoys left.', 'next day', '2025-06-03'],
  // A quarter without its year: looking back, the last such quarter that has begun (in June, last year's third).
  ['Profits fell in the third quarter.', 'third quarter', '2024-Q3'],
  ['Profits should recover in the third quarter.', 'third quarter', '2025-Q3'],
  ['Sales rose in the first quarter of 2024.', 'first quarter of 2024', '2024-Q1'],
  ['A deal is due by the end of the year.', 'end of the year', '2025', 'END'],
  // times
  ['The vote began at 8 p.m.', '8 p.m.', '2025-06-18T20:00'],
  ['Sirens sounded around 6:30 a.m. on June 12.', 'around 6:30 a.m.', '2025-06-12T06:30', 'APPROX'],
  // no anchor: values the text cannot give are left out (a weekday keeps its weekday, in an unknown week)
  ['Delegations met on Thursday.', 'Thursday', 'XXXX-WXX-4', undefined, 'none'],
  ['Talks continued this week.', 'this week', undefined, undefined, 'none'],
  ['The war began in 2014.', '2014', '2014', undefined, 'none'],
];

describe('dates: a table of expressions with their anchors', () => {
  it('has at least 80 rows', () => expect(TABLE.length).toBeGreaterThanOrEqual(80));
  for (const [sentence, span, value, mod, anchor] of TABLE) {
    it(`${span} in “${sentence}” (anchor ${anchor ?? ANCHOR})`, () => {
      const doc = analyze(sentence, anchor === 'none' ? {} : { published: anchor ?? ANCHOR });
      const dates = doc.mentions.filter((m) => m.type === 'Date');
      const m = dates.find((d) => d.text === span);
      expect(m, `found ${JSON.stringify(dates.map((d) => d.text))}`).toBeDefined();
      expect(m!.value).toBe(value);
      expect(m!.mod).toBe(mod);
    });
  }
});

describe('dates: what is not a date', () => {
  // (a day that names a body: "the June 4 Front", "the October 9 (OCN) movement"; dates.json bodyNames)
  for (const s of ['The June 4 Front and the October 9 (OCN) movement signed.', 'The Alaska Summit failed.', 'He said it was too soon, for now.', 'Prices rose 2025 percent.', 'May we ask?', 'The spring offensive was a fall from grace.']) {
    it(`nothing in “${s}”`, () => {
      expect(analyze(s, { published: ANCHOR }).mentions.filter((m) => m.type === 'Date').map((m) => m.text)).toEqual([]);
    });
  }
});

describe('dates: anchor inferred from the text', () => {
  it('takes the reference year from the latest date written with its year, and the latest day as reference day', () => {
    const text = 'In January 2026 the first round was held. The second round, on February 4 and 5, ended on Thursday. The war began in 2022.';
    const found = findDates(text);
    const a = inferAnchor(found);
    expect(a.year).toBe(2026);
    expect(a.day).toEqual({ y: 2026, m: 2, d: 5 });
    const doc = analyze(text);
    expect(doc.anchor).toEqual({ day: '2026-02-05', year: 2026, source: 'text' });
    expect(doc.mentions.find((m) => m.text === 'Thursday')!.value).toBe('2026-02-05');
  });

  it('takes the day before the latest day where a clause looks ahead to it: the report was written before that day', () => {
    // Passage written for this test.
    const doc = analyze('The two delegations will reconvene in Velmar on Monday, 9th June, the mediator announced on Thursday. Their last meeting ended on 30th May 2031.');
    expect(doc.anchor).toEqual({ day: '2031-06-08', year: 2031, source: 'text' });
    expect(doc.mentions.find((m) => m.text === 'Thursday')!.value).toBe('2031-06-05');
    // (a latest day the text looks back to stays the anchor's)
    expect(analyze('The two delegations met in Velmar on Monday, 9th June, the mediator said. Their last meeting ended on 30th May 2031.').anchor?.day).toBe('2031-06-09');
  });

  it('uses the published date over the text', () => {
    const doc = analyze('Talks ended yesterday, a year after May 2, 2024.', { published: '2025-05-03' });
    expect(doc.anchor?.source).toBe('published');
    expect(doc.mentions.find((m) => m.text === 'yesterday')!.value).toBe('2025-05-02');
  });
});

describe('dates: a recalled launch or settlement in a report with no date of its own', () => {
  // Passages written for this test.
  it('takes no anchor day from the day a process was launched or an accord signed, only its year', () => {
    const doc = analyze('Talks between Chile and Peru reopened in Lima on Wednesday. The talks are part of the Andes Initiative, launched on May 9, 2031, to settle the border.');
    expect(doc.anchor).toEqual({ year: 2031, source: 'text' });
    expect(doc.mentions.find((m) => m.text === 'Wednesday')!.value).toBe('XXXX-WXX-3');
    const signed = analyze('Chile and Peru met in Lima on Wednesday to carry out the accord signed on May 9, 2031.');
    expect(signed.anchor).toEqual({ year: 2031, source: 'text' });
    // (a session's own day stays the anchor's)
    const own = analyze('Talks between Chile and Peru were launched in Lima on May 9, 2031. They met again on Wednesday.');
    expect(own.anchor).toEqual({ day: '2031-05-09', year: 2031, source: 'text' });
  });
});

describe('dates: a photo caption\'s date', () => {
  // A passage written for this test.
  it('takes no caption\'s day for the anchor day, but lets it bound the year', () => {
    const text = 'Chile, Peru hold talks\nFlags of Chile and Peru fly in Lima, June 2, 2031. (File photo)\n\nThe talks were held on Wednesday. The last round was held in Lima on March 16, after a pause since May 2026.';
    expect(analyze(text).anchor).toEqual({ day: '2031-03-16', year: 2031, source: 'text' });
  });
  it('reads a line that ends with a photographer\'s credit as a caption ("(NAME/AP)", "REUTERS/NAME")', () => {
    for (const credit of ['(Ana Ruiz/AP)', 'REUTERS/Ana Ruiz']) {
      const text = `Chile, Peru hold talks\nFlags of Chile and Peru fly in Lima, June 2, 2031. ${credit}\n\nThe talks were held on Wednesday. The last round was held in Lima on March 16, after a pause since May 2026.`;
      expect(analyze(text).anchor).toEqual({ day: '2031-03-16', year: 2031, source: 'text' });
    }
  });
});

describe('dates: a day to come in a report with no date of its own', () => {
  // A passage written for this test (no publication date; the latest day written with its year is March 9, 2031).
  const text = 'The first meeting of the envoys took place in Lima on March 9, 2031. The envoys will meet again at the border on February 2, the ministry said. They will brief the press on April 2.';
  it('leaves the year open where the nearest year would put it before the latest dated day, and keeps it where it falls after', () => {
    const doc = analyze(text);
    expect(doc.anchor?.source).toBe('text');
    expect(doc.mentions.find((m) => m.text === 'February 2')!.value).toBe('XXXX-02-02');
    expect(doc.mentions.find((m) => m.text === 'April 2')!.value).toBe('2031-04-02');
  });
});

describe('dates: a page date line and "Sept"', () => {
  // Passages written for this test.
  it('takes a full date alone on the first line for the anchor, not a later day the text plans', () => {
    const doc = analyze('March 4, 2031\nLOME – The border committee met today. The leaders will sign the accord on March 9.');
    expect(doc.anchor).toEqual({ day: '2031-03-04', year: 2031, source: 'text' });
  });
  it("takes a full date that ends a line of the page's head after an outlet's name and a weekday for the anchor, not an older dated year", () => {
    const text = 'Border committee opens its fifth session\n\nLome Courier , Tuesday 4 Mar 2031\n\nThe committee met on Monday, two years after the talks collapsed in June 2029.';
    const doc = analyze(text);
    expect(doc.anchor).toEqual({ day: '2031-03-04', year: 2031, source: 'text' });
    expect(doc.mentions.find((m) => m.text === 'Monday')!.value).toBe('2031-03-03');
  });
  it('reads a range of days with no year anywhere as days whose year is left open', () => {
    expect(analyze('The round, held in Lome on September 23 and 24, ended without progress.').mentions.filter((m) => m.type === 'Date').map((m) => m.value)).toEqual(['XXXX-09-23/XXXX-09-24']);
  });
  it('reads "Sept" without its full stop as September', () => {
    expect(analyze('The session opened on Wednesday (Sept 10) in Lome.', { published: '2031-09-12' }).mentions.filter((m) => m.type === 'Date').map((m) => m.value)).toEqual(['2031-09-10', '2031-09-10']);
  });
});

describe('dates: a dateline day without its year', () => {
  // Passage written for this test.
  it('makes it the day "today" is, its year left open, where nothing else anchors the text', () => {
    const doc = analyze('ACCRA, Dec 27 — The border committee ended its meeting, the minister told reporters today.');
    expect(doc.anchor).toEqual({ monthDay: '12-27', source: 'none' });
    expect(doc.mentions.find((m) => m.text === 'today')!.value).toBe('XXXX-12-27');
  });

  // Passages written for this test.
  it('reads it after a syndication tag in brackets, and in capitals', () => {
    expect(analyze('(WIRE- Andes Agency (ANDA)) LIMA, Oct 19 (ANDA) -- Chile and Peru agreed a truce in talks in Lima.').anchor).toEqual({ monthDay: '10-19', source: 'none' });
    expect(analyze('LIMA, OCT 31: Chile and Peru agreed to extend the truce after talks in Lima.').anchor).toEqual({ monthDay: '10-31', source: 'none' });
  });
});

describe('dates: two days after "between"', () => {
  // Passage written for this test.
  it('are the ends of one span, whether or not they follow each other', () => {
    const doc = analyze('The talks, held between October 25 and 30, ended without a deal. Envoys met on July 8 and 10.');
    expect(doc.mentions.filter((m) => m.type === 'Date').map((m) => [m.text, m.value])).toEqual([
      ['October 25 and 30', 'XXXX-10-25/XXXX-10-30'],
      ['July 8', 'XXXX-07-08'],
    ]);
  });
});

describe('dates: a year the next day states, and a dateline over a background day', () => {
  // Passages written for this test.
  const values = (text: string, published?: string) => analyze(text, published ? { published } : {}).mentions.filter((m) => m.type === 'Date').map((m) => `${m.text}=${m.value}`);
  it('gives a day without its year, joined by "and" to a day with one, that year as stated', () => {
    const doc = analyze('The second meeting was held on March 2 and March 3, 2030, in Lima.', { published: '2031-05-01' });
    const first = doc.mentions.find((m) => m.text === 'March 2')!;
    expect(first.value).toBe('2030-03-02');
    expect(first.dateParts?.inferred ?? []).not.toContain('year');
  });
  it('reads a weekday against a dateline without its year, not against the latest day the text writes with its year', () => {
    expect(values('LIMA, Jan 12 — Talks resumed on Tuesday in Lima. The first meeting was held on March 3, 2030.')).toContain('Tuesday=XXXX-WXX-2');
    // (a page's date a day after the dateline's is the report's: "Mon, 07/01/2030 … LIMA, June 30")
    expect(values('Mon, July 1, 2030\nLIMA, June 30 — Talks resumed on Sunday in Lima.')).toContain('Sunday=2030-06-30');
  });
});
