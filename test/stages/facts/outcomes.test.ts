import { describe, expect, it } from 'vitest';
import { factsWith } from '../../helpers.js';

// Passages written for these tests, about invented talks (no article's words). test/stages/outcomes.test.ts tests
// what the outcome steps read together; these, that each reads its own kind.
const text = 'Chile and Bolivia held talks in Lima on Monday. The two sides agreed to reopen three border crossings. They signed off on a ten-day truce.';
const read = (steps: string[], t = text) => factsWith(steps, t, { published: '2031-03-06' }).map((f) => [f.rule, f.text, f.quantities?.map((q) => q.value)]);

describe('step outcome-cues', () => {
  it('reads a result stated with an outcome word, with its numbers, and not a document made', () => {
    expect(read(['outcome-cues'])).toEqual([['facts:outcome-cue', 'sides agreed to reopen three border crossings', ['3']]]);
  });
  it('not an aim', () => {
    expect(read(['outcome-cues'], 'Chile and Bolivia held talks in Lima on Monday, aimed at reaching an agreement on water.')).toEqual([]);
  });
});

describe('step outcome-documents', () => {
  it('reads a document the sides made, with its numbers, and not a result stated with an outcome word', () => {
    expect(read(['outcome-documents'])).toEqual([['facts:outcome-document', 'signed off on a ten-day truce', ['10']]]);
  });
});

describe('step outcome-terms', () => {
  it('reads the terms an agreement states and the sentence that goes on with them', () => {
    const t = 'Chile and Bolivia held talks in Lima on Monday. Bolivia is to open two ports to Chilean trucks, the accord states. Both sides would also share river data.';
    expect(read(['outcome-terms'], t).map((f) => f[0])).toEqual(['facts:outcome-terms', 'facts:outcome-terms-continued']);
  });
});

describe('step outcome-terms: what an agreement includes', () => {
  // Passage written for this test.
  it('reads what the document "includes" or "covers" as its terms, with their numbers', () => {
    const t = 'Chile and Bolivia signed a border accord in Lima on Monday. The accord also includes the release of 40 detainees.';
    const out = read(['outcome-terms'], t);
    expect(out.length).toBe(1);
    expect(out[0]![2]).toEqual(['40']);
  });
});

describe('step outcome-terms: a sentence that opens on the document', () => {
  // Passage written for this test.
  it('reads "Under the joint statement, …" as the terms, with their numbers', () => {
    const t = 'Ghana and Togo signed a joint statement in Lome on Monday. Under the joint statement, the 40 soldiers held in Togo will be returned after 72 hours of calm.';
    const out = read(['outcome-terms'], t);
    expect(out.length).toBe(1);
    expect(out[0]![2]).toEqual(['40', '72']);
  });
});

describe('step outcome-cues: numbers and proposals', () => {
  // Passages written for these tests, about invented talks.
  const outcomes = (text: string) => factsWith(['outcome-cues'], text, { published: '2031-03-06' }).filter((f) => f.kind === 'outcome').map((f) => [f.text, (f.quantities ?? []).map((q) => q.value)]);

  it('gives both ends of a range the outcome states', () => {
    expect(outcomes('The delegations agreed to exchange all conscripts aged 18 to 25.')).toEqual([['delegations agreed to exchange all conscripts aged 18 to 25', ['18', '25']]]);
  });

  it('reads on past a short quotation that holds a number', () => {
    expect(outcomes('They agreed on a swap of bodies in a "500 for 500" format.')[0]![1]).toEqual(['500', '500']);
  });

  it('reads a proposal put to the other side before its object, not a proposal word that is an adjective or speech', () => {
    expect(outcomes('Chile offered to transfer 300 more bodies and proposed forming two working groups.').flatMap((o) => o[1])).toEqual(['300', '2']);
    expect(outcomes('Peru viewed the proposed 30-day ceasefire with suspicion.')).toEqual([]);
    expect(outcomes('Officials suggested that 40 prisoners could go free.')).toEqual([]);
  });
});
