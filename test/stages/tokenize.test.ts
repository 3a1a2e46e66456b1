import { describe, expect, it } from 'vitest';
import { analyze } from '../helpers.js';

describe('tokenize', () => {
  it('gives tokens whose offsets point at their text, after an emoji too', () => {
    const text = 'Gen. Lena Okafor 😀 met U.S. envoys at 8 p.m.\nHeadline Without A Stop\nThe talks — tense — ended.';
    const doc = analyze(text);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.tokens.map((t) => t.text)).toEqual(expect.arrayContaining(['Gen.', 'U.S.', 'p.m.', '😀']));
  });

  it('splits sentences at line ends and keeps abbreviations inside sentences', () => {
    const text = 'Gen. Okafor met U.S. envoys.\nHeadline Without A Stop\nThe talks ended.';
    const doc = analyze(text);
    expect(doc.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Gen. Okafor met U.S. envoys.', 'Headline Without A Stop', 'The talks ended.']);
  });

  // Passages written for this test, with an invented city that no other test names.
  it("splits a name's possessive whatever the process read before (wink's cache outlives a document)", () => {
    const before = analyze("Ministers will lead Vornaby's, according to the agency.");
    const text = "Talks over Vornaby’s reservoir and Vornaby's border resumed.";
    const doc = analyze(text);
    for (const t of before.tokens) expect(before.text.slice(t.start, t.end)).toBe(t.text);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.tokens.map((t) => t.text)).toEqual(['Talks', 'over', 'Vornaby', '’s', 'reservoir', 'and', 'Vornaby', "'s", 'border', 'resumed', '.']);
    expect(doc.sentences.map((x) => text.slice(x.start, x.end))).toEqual([text]);
  });
});

describe('tokenize: a short form hyphened to a word', () => {
  // Passage written for this test.
  it('cuts "UN-mediated" into the short form, the hyphen and the word, as wink cuts "EU-mediated"', () => {
    const text = 'Chile and Peru held UN-mediated talks and EU-mediated ones in Lima.';
    const doc = analyze(text);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.tokens.map((t) => t.text).slice(4, 10)).toEqual(['UN', '-', 'mediated', 'talks', 'and', 'EU']);
    expect(doc.mentions.filter((m) => m.type === 'Organization').map((m) => m.text)).toEqual(['UN', 'EU']);
  });
});

describe('tokenize: two names hyphened into one word, one a short form with a digit', () => {
  // Passage written for this test.
  it('cuts "Chile-G4" into the names and the hyphen, and leaves a name and its number whole', () => {
    const text = 'The Chile-G4 talks on the F-16 sale met in Lima.';
    const doc = analyze(text);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.tokens.map((t) => t.text).slice(0, 9)).toEqual(['The', 'Chile', '-', 'G4', 'talks', 'on', 'the', 'F-16', 'sale']);
    expect(doc.mentions.filter((m) => m.type === 'Place').map((m) => m.text)).toEqual(['Chile', 'Lima']);
  });
});

describe('tokenize: a full stop inside a word', () => {
  // A passage written for this test.
  it('ends a sentence whose space after the stop was lost, but not at a hyphened pair of short forms', () => {
    const text = 'The talks ended in Quito, Ecuador.At the end, Brig.-Gen. Dr. Luis Choque spoke.';
    expect(analyze(text).sentences.map((s) => text.slice(s.start, s.end))).toEqual(['The talks ended in Quito, Ecuador.', 'At the end, Brig.-Gen. Dr. Luis Choque spoke.']);
  });

  it('ends no sentence at the stop of a title\'s short form before a name ("Atty. NAME", "Amb. NAME")', () => {
    const text = 'The panel included Atty. Rosa Lanuza and Amb. Pedro Salas. It met in Quito.';
    expect(analyze(text).sentences.map((s) => text.slice(s.start, s.end))).toEqual(['The panel included Atty. Rosa Lanuza and Amb. Pedro Salas.', 'It met in Quito.']);
  });

  it('ends no sentence at the first stop of "China-U.S."', () => {
    const text = 'The first meeting of the China-U.S. trade mechanism opened in London on Monday. It ended on Tuesday.';
    expect(analyze(text).sentences.map((s) => text.slice(s.start, s.end))).toEqual(['The first meeting of the China-U.S. trade mechanism opened in London on Monday.', 'It ended on Tuesday.']);
  });
});
