/**
 * compromise's lexicon, used as a dictionary: O(1) look-ups of what compromise knows a word
 * to be (a given name, a surname, a country, a city, a common noun …) without paying for its
 * full parse, which costs about 100 times wink-nlp's tokenizer on news text.
 */
import nlp from 'compromise';

let lexicon: Record<string, string | string[]> | undefined;

function lex(): Record<string, string | string[]> {
  lexicon ??= (nlp.model() as unknown as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  return lexicon;
}

/** The tags compromise's lexicon gives a lower-case word (empty when unknown). */
export function lexiconTags(word: string): string[] {
  const t = lex()[word.toLowerCase()];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

const GIVEN = new Set(['MaleName', 'FemaleName', 'FirstName']);
const PERSON = new Set(['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person', 'Honorific']);
const PLACE = new Set(['Country', 'City', 'Region', 'Place']);

export const isGivenName = (w: string): boolean => lexiconTags(w).some((t) => GIVEN.has(t));
export const isPersonWord = (w: string): boolean => lexiconTags(w).some((t) => PERSON.has(t));
export const isPlaceWord = (w: string): boolean => lexiconTags(w).some((t) => PLACE.has(t));
export const isOrganizationWord = (w: string): boolean => lexiconTags(w).includes('Organization');
/** A word compromise knows only as an ordinary word (noun, verb, adjective …), never as a name. */
export const isCommonWord = (w: string): boolean => {
  const tags = lexiconTags(w);
  return tags.length > 0 && !tags.some((t) => PERSON.has(t) || PLACE.has(t) || t === 'Organization' || t === 'ProperNoun');
};
