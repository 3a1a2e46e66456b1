import { describe, expect, it } from 'vitest';
import { formatBrat, parseBrat } from '../../src/io/brat.js';
import type { Mention } from '../../src/model/schema.js';

const text = 'By 🙂 gaya: Abu Dhabi hosted 314 prisoners on February 4, 2026.';
const mention = (s: string, type: Mention['type'], extra: Partial<Mention> = {}): Mention => {
  const start = text.indexOf(s);
  return { start, end: start + s.length, type, text: s, ...extra };
};

describe('brat standoff', () => {
  it('round-trips mentions after an astral character, with code-point offsets in the file', () => {
    const mentions = [
      mention('Abu Dhabi', 'Place', { entityId: 'Wikidata:Q1519' }),
      mention('314', 'Quantity', { value: '314', unit: 'prisoner' }),
      mention('February 4, 2026', 'Date', { value: '2026-02-04' }),
    ];
    const ann = formatBrat(text, mentions, () => 'Abu Dhabi');
    // 🙂 is two UTF-16 units but one code point: the file's offsets are one less than JS indices.
    expect(ann).toContain(`T1\tPlace ${text.indexOf('Abu') - 1} ${text.indexOf('Abu') - 1 + 9}\tAbu Dhabi`);
    expect(ann).toContain('N1\tReference T1 Wikidata:Q1519\tAbu Dhabi');
    expect(ann).toContain('AnnotatorNotes T2\tvalue=314 unit=prisoner');
    const back = parseBrat('x.ann', ann, text);
    expect(back.errors).toEqual([]);
    for (const m of back.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(back.mentions.map((m) => [m.start, m.end, m.type, m.value, m.unit, m.entityId])).toEqual(mentions.map((m) => [m.start, m.end, m.type, m.value, m.unit, m.entityId]));
  });

  it('names file and line for every kind of error', () => {
    const ann = [
      'T1\tPlace 0 2\tBy',
      'T2\tCountry 3 5\tgaya',
      'T3\tPerson 6 10\tgaya',
      'T4\tDate 45 61\tFebruary 4, 2026',
      '#1\tAnnotatorNotes T4\tvalue=4 Feb',
      'N1\tReference T1 Wikidata:Q1\tBy',
      'N2\tReference T1 local:by\tBy',
    ].join('\n');
    const { errors } = parseBrat('bad.ann', ann, text);
    const msgs = errors.map((e) => e.message);
    expect(msgs).toContainEqual(expect.stringMatching(/^bad\.ann:2: unknown type 'Country'/));
    expect(msgs).toContainEqual(expect.stringMatching(/^bad\.ann:3: covered text 'gaya' differs/));
    expect(msgs).toContainEqual(expect.stringMatching(/^bad\.ann:5: malformed note/));
    expect(msgs).toContainEqual(expect.stringMatching(/^bad\.ann:1: Place mention T1 'By' needs exactly one N line \(has 2\)/));
  });

  it('rejects a Date value that is not ISO 8601 / TIMEX3 and a Quantity value that is not a number', () => {
    const t = 'On Monday seven people';
    const ann = 'T1\tDate 3 9\tMonday\n#1\tAnnotatorNotes T1\tvalue=monday\nT2\tQuantity 10 15\tseven\n#2\tAnnotatorNotes T2\tvalue=seven unit=person\n';
    const msgs = parseBrat('v.ann', ann, t).errors.map((e) => e.message);
    expect(msgs).toEqual([expect.stringMatching(/v\.ann:2: 'monday' is not an ISO 8601/), expect.stringMatching(/v\.ann:4: 'seven' is not a number/)]);
  });
});
