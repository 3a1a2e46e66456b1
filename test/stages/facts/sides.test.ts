import { describe, expect, it } from 'vitest';
import { factsWith } from '../../helpers.js';

// Passages written for these tests, about invented talks (no article's words).
const read = (steps: string[], text: string) => factsWith(steps, text, { published: '2031-03-06' }).map((f) => [f.rule, f.kind, f.evidence.text]);

describe('step party-list', () => {
  it('reads a list of three or more countries beside a noun for the sides', () => {
    expect(read(['party-list'], 'The signatories — Chile, Bolivia, Peru and Ecuador — are convening in Quito.').map((f) => f[2])).toEqual(['Chile', 'Bolivia', 'Peru', 'Ecuador']);
  });
  it('not two, nor a list with no such noun', () => {
    expect(read(['party-list'], 'The signatories — Chile and Bolivia — are convening in Quito.')).toEqual([]);
    expect(read(['party-list'], 'Ministers flew in from Chile, Bolivia, Peru and Ecuador.')).toEqual([]);
  });
});

describe('step mediators', () => {
  it('reads the mediators after "mediated by", and the name before "-brokered"', () => {
    expect(read(['mediators'], 'The talks were mediated by Norway and Qatar.')).toEqual([
      ['facts:mediator-cue', 'mediator', 'Norway'],
      ['facts:mediator-cue', 'mediator', 'Qatar'],
    ]);
    expect(read(['mediators'], 'The Norway-brokered talks resumed in Lima.')).toEqual([['facts:mediator-x-mediated', 'mediator', 'Norway']]);
  });
});

describe('step mediator-not-side', () => {
  const text = 'The second round of talks between Chile, Bolivia and the Andean Council, which mediated, opened in Lima on Monday.';
  it('drops a body the sentence names as mediating from its sides', () => {
    expect(read(['session-parties', 'mediators'], text).filter((f) => f[1] === 'party').map((f) => f[2])).toEqual(['Chile', 'Bolivia', 'Andean Council']);
    expect(read(['session-parties', 'mediators', 'mediator-not-side'], text)).toEqual([
      ['facts:party-between-or-from', 'party', 'Chile'],
      ['facts:party-between-or-from', 'party', 'Bolivia'],
      ['facts:mediator-cue', 'mediator', 'Andean Council'],
    ]);
  });
});

describe('step mediators: a subject one of a group', () => {
  it('makes the subject of "is one of the guarantor nations" a mediator, not the object of "of"', () => {
    expect(read(['mediators'], 'Mexico is one of the guarantor nations for the talks.')).toEqual([['facts:mediator-cue', 'mediator', 'Mexico']]);
    expect(read(['mediators'], 'Talks with the mediators stalled, Norway said.')).toEqual([]);
  });
});

describe('step mediators: initials are no full stop', () => {
  it('reads the host after "hosted by U.S. Secretary of State NAME", and the country they act for', () => {
    const out = read(['mediators'], 'The ministers held talks in Lima hosted by U.S. Secretary of State Ana Berg.');
    expect(out).toEqual([
      ['facts:mediator-person', 'mediator', 'Ana Berg'],
      ['facts:mediator-cue', 'mediator', 'U.S.'],
    ]);
  });
});

describe('step mediators: those named along with the subject', () => {
  it('gives the countries "along with" the subject its role', () => {
    expect(read(['mediators'], 'Peru is one of the hosts of the talks, together with Ecuador and Uruguay.').map((f) => [f[0], f[2]])).toEqual([
      ['facts:mediator-cue', 'Peru'],
      ['facts:mediator-along-with', 'Ecuador'],
      ['facts:mediator-along-with', 'Uruguay'],
    ]);
  });
});
