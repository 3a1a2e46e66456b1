import { describe, expect, it } from 'vitest';
import { analyze } from '../helpers.js';
import type { Doc, Mention } from '../../src/model/schema.js';

/**
 * Dates an analyst can trust (issue 20): each class on sentences written for this test.
 * Publication dates: 2025-06-18 is a Wednesday.
 */
const date = (doc: Doc, text: string): Mention => {
  const m = doc.mentions.find((x) => x.type === 'Date' && x.text === text);
  expect(m, `no Date “${text}” among ${JSON.stringify(doc.mentions.filter((x) => x.type === 'Date').map((x) => x.text))}`).toBeDefined();
  return m!;
};
const valueOf = (text: string, span: string, published?: string): string | undefined => date(analyze(text, published ? { published } : {}), span).value;

describe('dates: a stated direction before a weekday, and a weekday in a future clause, resolve forward', () => {
  it('"next Tuesday" is the first Tuesday after the publication date, whatever the tense', () => {
    expect(valueOf('The mediators said they meet again next Tuesday.', 'next Tuesday', '2025-06-18')).toBe('2025-06-24');
  });
  it('"last Thursday" is the last one before it', () => {
    expect(valueOf('The shelling stopped last Thursday.', 'last Thursday', '2025-06-18')).toBe('2025-06-12');
  });
  it('"the following Friday" counts from the date the text gave before, not from the publication date', () => {
    expect(valueOf('The envoys arrived on June 2. The following Friday, both delegations went home.', 'following Friday', '2025-06-18')).toBe('2025-06-06');
  });
  it('a day in a phrase that awaits its event looks forward, whatever the clause\'s verb ("Ahead of talks … on March 9 to 12, the rebels warned")', () => {
    expect(valueOf('Ahead of fresh talks in Lima on March 9 to 12, the rebels warned that their fighters wanted an end to the truce as they became tired of broken promises.', 'March 9 to 12', '2031-03-06')).toBe('2031-03-09/2031-03-12');
  });
  it('a month a plan told in the past set is the nearest one, before or after the report ("was scheduled to take place in March")', () => {
    expect(valueOf('The ninth round was scheduled to take place in March.', 'March', '2031-06-10')).toBe('2031-03');
    expect(valueOf('The ninth round was scheduled to take place in August.', 'August', '2031-06-10')).toBe('2031-08');
  });
  it('a weekday a plan told in the past set is the nearest one to the publication day, before or after it ("were scheduled to meet on Monday")', () => {
    // (2031-03-09 is a Sunday: the Monday after is one day away, the one before six)
    expect(valueOf('The two delegations were scheduled to meet in Lima on Monday, the agency reported.', 'Monday', '2031-03-09')).toBe('2031-03-10');
    // (2031-03-13 is a Thursday: the Monday before is three days away, the one after four)
    expect(valueOf('The two delegations were scheduled to meet in Lima on Monday, the agency reported.', 'Monday', '2031-03-13')).toBe('2031-03-10');
  });
  it('a weekday a sentence gives no tense for is the day the same weekday names where a tense says which one (a headline over "will resume talks on Wednesday")', () => {
    // (2031-03-10 is a Monday)
    const text = 'Ghana and Togo resume talks Wednesday in Accra\n\nThe two sides will resume talks on Wednesday in Accra, the mediators said.';
    expect(valueOf(text, 'Wednesday', '2031-03-10')).toBe('2031-03-12');
    // (alone, such a weekday is the last one before the report)
    expect(valueOf('Ghana and Togo resume talks Wednesday in Accra', 'Wednesday', '2031-03-10')).toBe('2031-03-05');
  });
  it('a weekday a session "is confirmed to take place" on is the coming one', () => {
    expect(valueOf('The ninth round is confirmed to take place on Sunday.', 'Sunday', '2025-06-18')).toBe('2025-06-22');
  });
  it('a bare weekday in a clause that looks forward is the coming one, in one that looks back the past one', () => {
    expect(valueOf('The negotiators will sit down again on Monday.', 'Monday', '2025-06-18')).toBe('2025-06-23');
    expect(valueOf('The negotiators sat down on Monday.', 'Monday', '2025-06-18')).toBe('2025-06-16');
  });
});

describe('dates: a year-less month and day against the publication date', () => {
  it('stays in the publication year when the clause looks forward', () => {
    expect(valueOf('The truce will run out on Aug. 30.', 'Aug. 30', '2025-06-18')).toBe('2025-08-30');
  });
  it('takes the past year only when the clause looks back on an event on that day', () => {
    expect(valueOf('The truce broke down on Aug. 30.', 'Aug. 30', '2025-06-18')).toBe('2024-08-30');
  });
  it('keeps the publication year for a term a past-tense clause sets ("extended to", "payable")', () => {
    expect(valueOf('The offer was extended to Aug. 30.', 'Aug. 30', '2025-06-18')).toBe('2025-08-30');
    expect(valueOf('The board declared a dividend, payable Aug. 1.', 'Aug. 1', '2025-06-18')).toBe('2025-08-01');
  });
});

describe('dates: an attribution that closes the sentence does not set its tense', () => {
  it('a day in a forward-looking clause keeps its year before ", the ministry said"', () => {
    expect(valueOf('Chile and Peru will hold the next round in Quito on June 8, the ministry said.', 'June 8', '2025-06-18')).toBe('2026-06-08');
    expect(valueOf('The envoys will return to Quito on June 14, the ministry announced on Monday, in a short statement.', 'June 14', '2025-06-10')).toBe('2025-06-14');
  });
  it('nor a weekday: "will meet on Friday, an official told reporters" is the coming Friday', () => {
    expect(valueOf('The two sides will sit down with the Norwegian mediators again on Friday, an official told reporters.', 'Friday', '2025-06-18')).toBe('2025-06-20');
  });
  it('a quoted clause with no tense of its own takes the year nearest the publication, not the past of "said"', () => {
    expect(valueOf('"Lima proposes a meeting with Quito on June 2," the minister said.', 'June 2', '2025-05-28')).toBe('2025-06-02');
    expect(valueOf('"Lima hopes everyone will support a new round of talks on June 2," the minister summarized.', 'June 2', '2025-05-28')).toBe('2025-06-02');
  });
});

describe('dates: a proposal and an infinitive of beginning look forward', () => {
  it('a day after "proposed holding" is the coming one, the day before it the proposal\'s', () => {
    const text = 'President Lio Marsh on Sunday proposed holding direct talks with Bolivia in Lima on May 15.';
    expect(valueOf(text, 'May 15', '2025-06-01')).toBe('2026-05-15');
    expect(valueOf(text, 'Sunday', '2025-05-20')).toBe('2025-05-18');
  });
  it('a month after "agreed to convene" another meeting is the coming one, though the report looks back', () => {
    expect(valueOf('The envoy noted that the parties agreed to convene another meeting in late July.', 'late July', '2025-03-19')).toBe('2025-07');
  });
  it('"a ceasefire to start Monday" is the coming Monday', () => {
    expect(valueOf('The envoys called for a 30-day ceasefire to start Monday.', 'Monday', '2025-06-18')).toBe('2025-06-23');
  });
});

describe('dates: two days joined by "and"', () => {
  const dates = (text: string) => analyze(text, { published: '2025-10-01' }).mentions.filter((m) => m.type === 'Date').map((m) => m.value);
  it('are a span only where they follow each other', () => {
    expect(dates('The sides met in Lima on September 23 and 24.')).toEqual(['2025-09-23/2025-09-24']);
    expect(dates('The sides met in Lima on May 31 and June 1.')).toEqual(['2025-05-31/2025-06-01']);
    expect(dates('The sides met in Lima on May 16 and June 2.')).toEqual(['2025-05-16', '2025-06-02']);
  });
});

describe('dates: a day of the month by its number alone', () => {
  const dates = (text: string, published: string) => analyze(text, { published }).mentions.filter((m) => m.type === 'Date').map((m) => [m.text, m.value]);
  it('is a day of the report\'s month, or of the month it names relative to it', () => {
    expect(dates('The envoy said on the 29th (local time) that the truce would hold.', '2025-07-30')).toEqual([['the 29th', '2025-07-29']]);
    expect(dates('The deadline falls on the 11th of next month.', '2025-07-30')).toEqual([['the 11th of next month', '2025-08-11']]);
  });
  it('in a clause that looks back on a day after the report\'s, of the month before', () => {
    expect(dates('The envoys met on the 28th, officials said.', '2025-08-03')).toEqual([['the 28th', '2025-07-28']]);
  });
  it('not an ordinal before a noun ("the 5th round")', () => {
    expect(dates('The envoys met in the 5th round.', '2025-08-03')).toEqual([]);
  });
});

describe('dates: "not yet" looks forward', () => {
  it('"has not yet confirmed the meeting on June 2" is the coming June 2', () => {
    expect(valueOf('Bolivia has not yet confirmed the meeting with the Chilean envoys in Lima on June 2.', 'June 2', '2025-06-18')).toBe('2026-06-02');
  });
});

describe('dates: a weekday and the calendar date beside it are checked against each other', () => {
  it('agreeing, they make one Date with the calendar value and no message', () => {
    const doc = analyze('The summit opens on Tuesday, July 8.', { published: '2025-06-18' });
    expect(date(doc, 'Tuesday, July 8').value).toBe('2025-07-08');
    expect(doc.messages.filter((m) => m.origin === 'dates:weekday-date')).toEqual([]);
  });
  it('disagreeing, the calendar date is kept and the document carries a message naming both', () => {
    const doc = analyze('Ministers voted on Friday, 2 March 2025, after a long night.', { published: '2025-06-18' });
    expect(date(doc, 'Friday, 2 March 2025').value).toBe('2025-03-02');
    const msg = doc.messages.find((m) => m.origin === 'dates:weekday-date');
    expect(msg?.reason).toMatch(/Friday disagrees with the date, a Sunday \(2025-03-02\); the date is kept/);
    expect(msg?.fatal).toBe(false);
    expect(msg?.file).toBe('test.txt');
    expect(msg?.line).toBe(1);
  });
  it('a year the text did not state is the one that makes them agree, where one near the anchor does', () => {
    // Half a year from either: the nearer year alone would be 2026, but 2026-12-19 is a Saturday and 2025-12-19 a Friday.
    expect(valueOf('Agenda for Dec. 19: ceasefire terms.', 'Dec. 19', '2026-06-20')).toBe('2026-12-19');
    const doc = analyze('Agenda for Friday, Dec. 19: ceasefire terms.', { published: '2026-06-20' });
    expect(date(doc, 'Friday, Dec. 19').value).toBe('2025-12-19');
    expect(doc.messages.filter((m) => m.origin === 'dates:weekday-date')).toEqual([]);
  });
});

describe('dates: an article without a publication date, anchored by a weekday', () => {
  it('takes for its anchor the day a weekday gives a year-less date, in the year near the others whose calendar agrees', () => {
    // 2030-10-13 is a Sunday, 2029-10-13 a Saturday: "last year" (2029) puts the year-less day in 2030.
    const doc = analyze('The sixth round of talks on Sunday, 13 October, ended after nine hours.\nThe clashes of March 2029 had stopped the talks last year.');
    expect(doc.anchor?.day).toBe('2030-10-13');
    expect(date(doc, 'Sunday, 13 October').value).toBe('2030-10-13');
  });
});

describe('dates: an article without a publication date', () => {
  it('anchors on the dates it writes, a caption line included', () => {
    const doc = analyze('Photo: the delegations in Geneva, 12 May 2026.\nThe envoys met on Tuesday and meet again next Friday.');
    expect(doc.anchor).toEqual({ day: '2026-05-12', year: 2026, source: 'text' });
    expect(date(doc, 'Tuesday').value).toBe('2026-05-12');
    expect(date(doc, 'next Friday').value).toBe('2026-05-15');
    expect(date(doc, 'Tuesday').dateParts).toEqual({ stated: ['weekday'], inferred: ['year', 'month', 'day'], basis: 'text' });
  });
  it('anchors on the day its byline gives, not on a later day it plans', () => {
    const doc = analyze('Published: May 16, 2026\nThe envoys met on Saturday and agreed that talks open on May 25.');
    expect(doc.anchor).toEqual({ day: '2026-05-16', year: 2026, source: 'text' });
    expect(date(doc, 'Saturday').value).toBe('2026-05-16');
  });
  it('reads a whole date written in another language, and anchors on it', () => {
    const doc = analyze('14. mart 2031 09:10\nThe envoys met on Friday. Talks resume on 5 de mayo de 2031.');
    expect(date(doc, '14. mart 2031').value).toBe('2031-03-14');
    expect(date(doc, '5 de mayo de 2031').value).toBe('2031-05-05');
    expect(doc.anchor?.day).toBe('2031-05-05');
    expect(analyze('Published: 3. März 2031\nThe envoys met on Monday.').anchor?.day).toBe('2031-03-03');
  });
  it('does not anchor on a day without its year that would fall months after every dated day', () => {
    // Passage written for this test: the truce began the August before; the report is of early February.
    const doc = analyze('The sides agreed on February 6, 2031 to extend the truce in force since August 3.');
    expect(doc.anchor?.day).toBe('2031-02-06');
    // A day weeks after the dated one still may be the report's.
    expect(analyze('The talks of April 19, 2031 were prepared. The envoys met again on May 10.').anchor?.day).toBe('2031-05-10');
  });
  it('gives a weekday only its weekday when nothing in it gives a day, rather than guessing the week', () => {
    const doc = analyze('The envoys met on Tuesday. A further round is due in 2027.');
    expect(doc.anchor?.day).toBeUndefined();
    expect(date(doc, 'Tuesday').value).toBe('XXXX-WXX-2');
    expect(date(doc, 'Tuesday').dateParts?.inferred).toEqual([]);
    expect(date(doc, '2027').value).toBe('2027');
  });
});

describe('dates: a clock time belongs to the day of its own sentence', () => {
  it('the session day its sentence names, not the last date the text gave', () => {
    const doc = analyze('The talks, which opened on March 3, resumed on Thursday at 10 a.m.', { published: '2026-03-13' });
    expect(date(doc, 'Thursday').value).toBe('2026-03-12');
    expect(date(doc, '10 a.m.').value).toBe('2026-03-12T10:00');
    expect(date(doc, '10 a.m.').dateParts).toEqual({ stated: ['time'], inferred: ['year', 'month', 'day'], basis: 'sentence-day' });
  });
  it('a sentence without a day puts it on the publication day, not on a day of an earlier sentence', () => {
    const doc = analyze('Talks opened on March 3. The vote is set for 6 p.m.', { published: '2026-03-10' });
    expect(date(doc, '6 p.m.').value).toBe('2026-03-10T18:00');
  });
});

describe('dates: yesterday, today and tomorrow inside a quotation', () => {
  it('have no value: the speaker may have spoken on another day than the publication', () => {
    const doc = analyze('“We will sign the accord tomorrow,” the envoy said. “Today we rest.”', { published: '2025-06-18' });
    expect(date(doc, 'tomorrow').value).toBeUndefined();
    expect(date(doc, 'Today').value).toBeUndefined();
    expect(date(doc, 'tomorrow').dateParts?.basis).toBe('none');
  });
  it('count from the day the quotation is dated by in its sentence', () => {
    const doc = analyze('"We sign tomorrow," the envoy said on Monday, June 16.', { published: '2025-06-18' });
    expect(date(doc, 'tomorrow').value).toBe('2025-06-17');
  });
  it('count from the day the attribution after a quotation of several sentences gives', () => {
    const doc = analyze('"The envoys met today in Lima. Their talks focused on the border," the agency reported on Monday, June 16.', { published: '2025-06-18' });
    expect(date(doc, 'today').value).toBe('2025-06-16');
    // (not a day of another sentence before the quotation)
    const other = analyze('The talks began on Monday, June 16. "We will finish today. Then we rest," the envoy said.', { published: '2025-06-18' });
    expect(date(other, 'today').value).toBeUndefined();
  });
  it('outside a quotation, count from the publication date as before', () => {
    expect(valueOf('The envoy will sign tomorrow.', 'tomorrow', '2025-06-18')).toBe('2025-06-19');
  });
});

describe('dates: each Date says which parts the text stated and which were inferred', () => {
  const doc = analyze('Talks resumed on March 14 and the accord of June 3, 2024 was read out on Friday.', { published: '2025-06-18' });
  it('a day with its year: all stated', () => {
    expect(date(doc, 'June 3, 2024').dateParts).toEqual({ stated: ['year', 'month', 'day'], inferred: [] });
  });
  it('a day without its year: the year inferred from the publication date', () => {
    expect(date(doc, 'March 14').dateParts).toEqual({ stated: ['month', 'day'], inferred: ['year'], basis: 'published' });
  });
  it('a weekday: year, month and day inferred', () => {
    expect(date(doc, 'Friday').dateParts).toEqual({ stated: ['weekday'], inferred: ['year', 'month', 'day'], basis: 'published' });
  });
  it('a duration states itself', () => {
    expect(date(analyze('The talks lasted three days.'), 'three days').dateParts).toEqual({ stated: ['duration'], inferred: [] });
  });
});

describe('dates: words for the present, the past and the future', () => {
  it('are kept apart from Date mentions, as TimeML reference values', () => {
    const doc = analyze('Talks are now stalled; recently they were cancelled, and they may resume in the future.', { published: '2025-06-18' });
    expect(doc.mentions.filter((m) => m.type === 'Date')).toEqual([]);
    expect((doc.dateRefs ?? []).map((m) => [m.text, m.value])).toEqual([
      ['now', 'PRESENT_REF'],
      ['recently', 'PAST_REF'],
      ['the future', 'FUTURE_REF'],
    ]);
  });
  it('a reference word before a count is part of a duration, not a reference ("the past two months")', () => {
    const doc = analyze('Prices rose over the past two months.', { published: '2025-06-18' });
    expect(doc.dateRefs ?? []).toEqual([]);
  });
});
