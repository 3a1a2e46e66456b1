import { describe, expect, it } from 'vitest';
import { cleanRole, lastSeparator } from '../../../src/stages/facts/text.js';
import { defaultPipeline } from '../../helpers.js';

// Passages written for this test.
describe('lastSeparator', () => {
  const kn = () => defaultPipeline().knowledge;
  const titleOf = (text: string, name: string) => text.slice(lastSeparator(text, 0, text.indexOf(name), [], kn()), text.indexOf(name));
  it('opens a second title at "and" before a demonym, even where the first name went untagged', () => {
    const text = 'Chilean Foreign Minister Ana Ruiz and Bolivian Foreign Minister Pablo Mena met.';
    expect(titleOf(text, 'Pablo Mena')).toBe('Bolivian Foreign Minister ');
  });
  it('keeps the words of one title joined by "and"', () => {
    const text = 'The Minister of Trade and Industry Pablo Mena met.';
    expect(titleOf(text, 'Pablo Mena')).toBe('The Minister of Trade and Industry ');
  });
});

describe('cleanRole', () => {
  const kn = () => defaultPipeline().knowledge;
  it('leaves out a plural title joined before the person\'s own (other people\'s), and keeps two titles of one person', () => {
    expect(cleanRole("Senior representatives of the Defence Council and Chile's intelligence chief", kn())).toBe('intelligence chief');
    expect(cleanRole('Deputy Prime Minister and Foreign Minister', kn())).toBe('Deputy Prime Minister and Foreign Minister');
    expect(cleanRole('Foreign Affairs and Trade Minister', kn())).toBe('Foreign Affairs and Trade Minister');
  });
  it('ends the title before a verb of speech in lower case ("head of the X delegation said that …"), not at a word of a name', () => {
    expect(cleanRole('head of the delegation of the Andean Council said that the deal would hold', kn())).toBe('head of the delegation of the Andean Council');
    expect(cleanRole('United States Special Envoy to the Andes', kn())).toBe('United States Special Envoy to the Andes');
  });
  it('ends the title before a tail that names the talks themselves ("head of the X delegation to the talks"), not an office', () => {
    expect(cleanRole('head of the Andean Front delegation to the talks', kn())).toBe('head of the Andean Front delegation');
    expect(cleanRole('chief negotiator at the Lakeside Peace Initiative', kn())).toBe('chief negotiator');
    expect(cleanRole('ambassador to the United Nations', kn())).toBe('ambassador to the United Nations');
    expect(cleanRole('envoy to the Andes', kn())).toBe('envoy to the Andes');
  });
  it('leaves out a form of address that ends the title, before the name ("rebel co-founder Mullah NAME")', () => {
    expect(cleanRole('rebel co-founder Mullah', kn())).toBe('rebel co-founder');
    expect(cleanRole('Mullah', kn())).toBe('');
  });
  it("gives no role of a country's name or demonym alone", () => {
    expect(cleanRole('Israel', kn())).toBe('');
    expect(cleanRole('Chilean', kn())).toBe('');
    expect(cleanRole('Chilean envoy', kn())).toBe('envoy');
  });
  it('gives no role of a word that says whom the person faces ("his Peruvian counterpart NAME")', () => {
    expect(cleanRole('his Peruvian counterpart', kn())).toBe('');
    expect(cleanRole('Peruvian counterpart', kn())).toBe('');
  });
});
