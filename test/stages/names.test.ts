import { describe, expect, it } from 'vitest';
import { analyze, texts } from '../helpers.js';

// Sentences written for these tests, about other negotiations: the rules must not depend on the corpus.
describe('names: general rules on unseen text', () => {
  for (const noKnowledge of [false, true]) {
    describe(noKnowledge ? 'without the knowledge base' : 'with the knowledge base', () => {
      it('finds a new name after a title, and leaves the title out', () => {
        const doc = analyze('Ambassador Lena Okafor met Foreign Minister Tomas Varga in Ankara on Monday.', { noKnowledge });
        expect(texts(doc, 'Person')).toEqual(['Lena Okafor', 'Tomas Varga']);
        expect(texts(doc, 'Place')).toContain('Ankara');
      });

      it('types an acronym defined in the text like its expansion', () => {
        const doc = analyze('The Joint Monitoring Commission (JMC) will meet again. Observers said the JMC lacks staff.', { noKnowledge });
        expect(texts(doc, 'Organization')).toEqual(['Joint Monitoring Commission', 'JMC', 'JMC']);
        const jmc = doc.mentions.find((m) => m.text === 'JMC')!;
        expect(jmc.expansion).toBe('Joint Monitoring Commission');
      });

      it('keeps names used as modifiers and splits hyphenated pairs', () => {
        const doc = analyze('President Ilse Marchetti spoke in Vienna. Critics of the Marchetti government doubt the Serbia-Kosovo deal.', { noKnowledge });
        expect(texts(doc, 'Person')).toEqual(['Ilse Marchetti', 'Marchetti']);
        expect(texts(doc, 'Place')).toEqual(expect.arrayContaining(['Vienna', 'Serbia', 'Kosovo']));
      });

      it('leaves demonyms out, and out of the names they precede', () => {
        const doc = analyze('Norwegian mediators and the Turkish Foreign Ministry welcomed the move.', { noKnowledge });
        expect(texts(doc, 'Organization')).toEqual(['Foreign Ministry']);
        expect(doc.mentions.some((m) => /Norwegian|Turkish/.test(m.text))).toBe(false);
      });

      it('does not take a sentence-initial word for a name', () => {
        const doc = analyze('However, Norway hosted the talks. Meanwhile Qatar stayed silent.', { noKnowledge });
        expect(texts(doc, 'Place')).toEqual(['Norway', 'Qatar']);
        expect(doc.mentions.filter((m) => m.type !== 'Place')).toEqual([]);
      });

      it('trims the determiner and a generic place word', () => {
        const doc = analyze('Fighting continued in the Tigray region while the Kremlin watched.', { noKnowledge });
        expect(texts(doc, 'Place')).toEqual(['Tigray']);
      });
    });
  }

  it('leaves the people of a body out of its name ("Representatives of the X Forces")', () => {
    const doc = analyze('Representatives of the Rapid Response Forces and members of the National Dialogue Council met in Lome.', { noKnowledge: true });
    expect(texts(doc, 'Organization')).toEqual(['Rapid Response Forces', 'National Dialogue Council']);
  });

  it('keeps a hyphenated given name whose second syllable is lower case, but not an affix after a name', () => {
    const doc = analyze('Envoy Park Chul-ho met Minister Lee Dong-min; the Al Qaeda-led cell and the EU-led talks were not discussed.', { noKnowledge: true });
    expect(texts(doc, 'Person')).toEqual(['Park Chul-ho', 'Lee Dong-min']);
    expect(doc.mentions.some((m) => /-led/.test(m.text))).toBe(false);
  });

  it('keeps name particles inside a person’s name', () => {
    const doc = analyze('President Abdel Fattah el-Sisi met Ursula von der Leyen and spokesman Majed al-Ansari.', { noKnowledge: true });
    expect(texts(doc, 'Person')).toEqual(['Abdel Fattah el-Sisi', 'Ursula von der Leyen', 'Majed al-Ansari']);
  });

  it('finds places by their shape: after a place preposition, with a prefix, with a compass word', () => {
    const doc = analyze('Fighting in El Fasher, the capital of North Darfur, spread to Port Sudan.');
    expect(texts(doc, 'Place')).toEqual(['El Fasher', 'North Darfur', 'Port Sudan']);
  });

  it('reads a dateline in capitals', () => {
    const doc = analyze('CAIRO, Egypt — Envoys met on Sunday.');
    expect(texts(doc, 'Place')).toEqual(['CAIRO', 'Egypt']);
  });

  it('uses the knowledge base for well-known bodies', () => {
    const doc = analyze('The Kremlin and NATO traded warnings, Reuters reported.');
    expect(texts(doc, 'Organization')).toEqual(['Kremlin', 'NATO', 'Reuters']);
  });

  it('never takes a well-known process word for a name, even after a title word', () => {
    const doc = analyze('The talks with Ruiz, the bloc’s chief Brexit negotiator, resumed as Brexit talks stalled in Lisbon.');
    expect(texts(doc, 'Person')).toEqual(['Ruiz']);
    expect(doc.mentions.some((m) => m.text === 'Brexit')).toBe(false);
  });
});
