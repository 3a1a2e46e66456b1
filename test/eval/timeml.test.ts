import { describe, expect, it } from 'vitest';
import { formatTimexTable, measures, parseTimeml, scoreTimexes, timexTypeOfValue, type Predicted } from '../../src/eval/timeml.js';
import { InputError } from '../../src/io/errors.js';

/** A TimeML document written for this test: a DCT, tags to drop, an entity, two DATEs, a DURATION and a TIME. */
const TML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>test_doc</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-03-06" functionInDocument="CREATION_TIME">20240306</TIMEX3></DCT>
<TEXT>
The co-op &amp; its partners <EVENT eid="e1" class="OCCURRENCE">met</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2024-03-04">Monday</TIMEX3> for <TIMEX3 tid="t2" type="DURATION" value="PT3H">three hours</TIMEX3>.
They meet again <TIMEX3 tid="t3" type="DATE" value="2024-03">later this month</TIMEX3>, at <TIMEX3 tid="t4" type="TIME" value="2024-03-06T09:00">9 a.m.</TIMEX3>
</TEXT>
</TimeML>
`;

describe('eval:timeml: reading TimeML', () => {
  const doc = parseTimeml(TML, 'test.tml');
  it('reads the DCT as a day, the text without tags and with entities decoded, and every TIMEX3 with its span', () => {
    expect(doc.id).toBe('test_doc');
    expect(doc.dct).toBe('2024-03-06');
    expect(doc.text).toContain('The co-op & its partners met on Monday for three hours.');
    expect(doc.timexes.map((t) => [t.type, t.value, t.text])).toEqual([
      ['DATE', '2024-03-04', 'Monday'],
      ['DURATION', 'PT3H', 'three hours'],
      ['DATE', '2024-03', 'later this month'],
      ['TIME', '2024-03-06T09:00', '9 a.m.'],
    ]);
    for (const t of doc.timexes) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
  });
  it('refuses a file without DCT, or with an unclosed TIMEX3, naming the file and line', () => {
    expect(() => parseTimeml(TML.replace(/<DCT>.*<\/DCT>/, ''), 'a.tml')).toThrow(InputError);
    expect(() => parseTimeml(TML.replace(/<DCT>.*<\/DCT>/, ''), 'a.tml')).toThrow(/^a\.tml: no DCT/);
    expect(() => parseTimeml(TML.replace('three hours</TIMEX3>', 'three hours'), 'b.tml')).toThrow(/^b\.tml:6: a TIMEX3 is not closed/);
  });
});

describe('eval:timeml: scoring the TempEval-3 way', () => {
  const doc = parseTimeml(TML, 'test.tml');
  const at = (s: string) => doc.text.indexOf(s);
  const pred = (text: string, value: string | undefined, type = timexTypeOfValue(value)): Predicted => ({ start: at(text), end: at(text) + text.length, text, type, ...(value ? { value } : {}) });
  it('counts strict and relaxed matches, the value on relaxed ones, and sets aside what overlaps only a TIME', () => {
    const predicted = [
      pred('Monday', '2024-03-04'), // strict, right value
      pred('three', 'PT3H', 'DURATION'), // relaxed only, right value
      pred('this month', '2024-04'), // relaxed only, wrong value
      pred('9 a.m.', '2024-03-06T09:00', 'DATE'), // overlaps only a TIME gold: set aside
      pred('partners', '2024'), // spurious
    ];
    const { byType, errors } = scoreTimexes(doc.timexes, predicted, ['DATE', 'DURATION']);
    expect(byType.get('DATE')).toEqual({ gold: 2, pred: 3, relaxedGold: 2, relaxedPred: 2, strictGold: 1, strictPred: 1, valueRight: 1 });
    expect(byType.get('DURATION')).toEqual({ gold: 1, pred: 1, relaxedGold: 1, relaxedPred: 1, strictGold: 0, strictPred: 0, valueRight: 1 });
    expect(errors.map((e) => [e.kind, e.text])).toEqual([
      ['value', 'later this month'],
      ['spurious', 'partners'],
    ]);
    const m = measures(byType.get('DATE')!);
    expect(m.relaxed.p).toBeCloseTo(2 / 3);
    expect(m.relaxed.r).toBe(1);
    expect(m.valueAccuracy).toBe(0.5);
    // value F1 = value accuracy × relaxed F1
    expect(m.value.f).toBeCloseTo(0.5 * 0.8);
    expect(formatTimexTable(byType)).toMatch(/^all\s+3\s+4\s/m);
  });
  it('types a prediction by its value: a duration P…, a time of day …T…, a reference word a date', () => {
    expect(timexTypeOfValue('P2W')).toBe('DURATION');
    expect(timexTypeOfValue('2024-03-06T09:00')).toBe('TIME');
    expect(timexTypeOfValue('2024-W10-WE')).toBe('DATE');
    expect(timexTypeOfValue('PRESENT_REF')).toBe('DATE');
    expect(timexTypeOfValue(undefined, 'dates:duration')).toBe('DURATION');
  });
});
