import { describe, expect, it } from 'vitest';
import { OffsetMap } from '../../src/io/offsets.js';

describe('OffsetMap', () => {
  it('is the identity on text without astral characters', () => {
    const m = new OffsetMap('Kyiv — Odesa “talks”');
    for (const i of [0, 5, 10, 19]) {
      expect(m.toCodePoint(i)).toBe(i);
      expect(m.toUtf16(i)).toBe(i);
    }
  });

  it('counts an emoji as one code point and two UTF-16 units', () => {
    const text = 'a😀b😀c';
    const m = new OffsetMap(text);
    expect(m.length).toBe(5);
    // "c" is at UTF-16 index 6 and code point 4
    expect(m.toCodePoint(text.indexOf('c'))).toBe(4);
    expect(m.toUtf16(4)).toBe(6);
    for (let cp = 0; cp <= 5; cp++) expect(m.toCodePoint(m.toUtf16(cp))).toBe(cp);
  });

  it('rebuilds the same conversion from the astral positions alone', () => {
    const text = '😀 Abu Dhabi 😀 Kyiv';
    const a = new OffsetMap(text);
    const b = new OffsetMap({ astral: a.astral, length: text.length });
    for (let i = 0; i <= text.length; i++) expect(b.toCodePoint(i)).toBe(a.toCodePoint(i));
  });
});
