import { describe, it, expect } from 'vitest';
import { parseConll, scoreConll, formatConllTable } from '../../src/eval/conll-score.js';
import { InputError } from '../../src/io/errors.js';

// A tiny file in the CoNLL-2003 layout, written for this test (IOB1 tags, as the original files use).
const SNIPPET = [
  '-DOCSTART- -X- O O',
  '',
  'Marta NNP I-NP I-PER',
  'Oyelaran NNP I-NP I-PER',
  'joined VBD I-VP O',
  'Brindle NNP I-NP I-ORG',
  'Mills NNP I-NP I-ORG',
  'in IN I-PP O',
  'Tallinn NNP I-NP I-LOC',
  '. . O O',
  '',
  'Estonian JJ I-NP I-MISC',
  'buyers NNS I-NP O',
  'cheered VBD I-VP O',
  '. . O O',
  '',
  '-DOCSTART- -X- O O',
  '',
  'Kessler NNP I-NP I-PER',
  'Lund NNP I-NP B-PER',
  'won VBD I-VP O',
  '.',
].join('\n');

describe('CoNLL-2003 reading', () => {
  it('rebuilds each document as text, sentences on lines, and reads IOB1/IOB2 names with their offsets', () => {
    const docs = parseConll(SNIPPET.replace(/\n\.$/, '\n. . O O'));
    expect(docs).toHaveLength(2);
    expect(docs[0]!.text).toBe('Marta Oyelaran joined Brindle Mills in Tallinn .\nEstonian buyers cheered .');
    expect(docs[0]!.gold.map((g) => [g.type, g.text])).toEqual([
      ['PER', 'Marta Oyelaran'],
      ['ORG', 'Brindle Mills'],
      ['LOC', 'Tallinn'],
      ['MISC', 'Estonian'],
    ]);
    for (const g of docs[0]!.gold) expect(docs[0]!.text.slice(g.start, g.end)).toBe(g.text);
    // B- starts a new name even after a name of the same type.
    expect(docs[1]!.gold.map((g) => g.text)).toEqual(['Kessler', 'Lund']);
    expect(docs[1]!.line).toBe(17);
  });

  it('refuses a line without a tag, naming file and line', () => {
    expect(() => parseConll(SNIPPET, 'valid.txt')).toThrow(InputError);
    expect(() => parseConll(SNIPPET, 'valid.txt')).toThrow(/^valid\.txt:22: /);
  });
});

describe('CoNLL-2003 strict scoring', () => {
  const [doc] = parseConll(SNIPPET.replace(/\n\.$/, '\n. . O O'));
  const at = (text: string, type: string) => {
    const start = doc!.text.indexOf(text);
    return { start, end: start + text.length, type, text };
  };

  it('counts exact span and type only, leaves MISC out of gold, and sums the micro', () => {
    const pred = [
      at('Marta Oyelaran', 'PER'), // correct
      at('Brindle', 'ORG'), // span too short: spurious, and Brindle Mills missed
      at('Tallinn', 'PER'), // wrong type: spurious, and the LOC missed
      at('Estonian', 'LOC'), // on a MISC name: spurious
    ];
    const { rows, errors } = scoreConll([{ doc: 1, gold: doc!.gold, pred }]);
    const by = Object.fromEntries(rows.map((r) => [r.type, r]));
    expect(by.PER).toMatchObject({ gold: 1, pred: 2, correct: 1 });
    expect(by.ORG).toMatchObject({ gold: 1, pred: 1, correct: 0, f: 0 });
    expect(by.LOC).toMatchObject({ gold: 1, pred: 1, correct: 0 });
    expect(by.micro).toMatchObject({ gold: 3, pred: 4, correct: 1 });
    expect(by.micro!.p).toBeCloseTo(0.25);
    expect(by.micro!.r).toBeCloseTo(1 / 3);
    expect(by.micro!.f).toBeCloseTo((2 * 0.25 * (1 / 3)) / (0.25 + 1 / 3));
    expect(errors.filter((e) => e.kind === 'missed').map((e) => e.span.text).sort()).toEqual(['Brindle Mills', 'Tallinn']);
    expect(errors.filter((e) => e.kind === 'spurious')).toHaveLength(3);
    const table = formatConllTable(rows);
    expect(table.split('\n')[0]).toMatch(/^type\s+gold\s+pred\s+correct\s+P\s+R\s+F1$/);
    expect(table).toMatch(/micro\s+3\s+4\s+1\s+0\.250\s+0\.333\s+0\.286/);
  });

  it('counts a prediction made twice once', () => {
    const { rows } = scoreConll([{ doc: 1, gold: doc!.gold, pred: [at('Tallinn', 'LOC'), at('Tallinn', 'LOC')] }]);
    expect(rows.find((r) => r.type === 'LOC')).toMatchObject({ pred: 1, correct: 1, f: 1 });
  });
});
