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
  it('ends the list after "mediated by" before a coordinator that opens a clause of its own', () => {
    expect(read(['mediators'], 'The talks were mediated by Norway and centered on ways to calm the border with Bolivia.')).toEqual([['facts:mediator-cue', 'mediator', 'Norway']]);
  });
});

describe('step mediators: a chair of a side\'s own body', () => {
  it('makes no mediator of one whose title chairs a government or council of a side, but does of one who chairs the talks', () => {
    expect(read(['mediators'], 'Chile and Bolivia met in Arica; Pablo Mena, Chair of the Government of the Autonomous Region of Tarapaca, spoke for the Chilean side.').filter((f) => f[1] === 'mediator')).toEqual([]);
    expect(read(['mediators'], 'Chile and Bolivia met in Arica; Pablo Mena, chairman of the Arica Region Council, spoke for the Chilean side.').filter((f) => f[1] === 'mediator')).toEqual([]);
    expect(read(['mediators'], 'Chile and Bolivia met in Arica; Pablo Mena, who chaired the talks, spoke to reporters.').filter((f) => f[1] === 'mediator').map((f) => f[2])).toEqual(['Pablo Mena']);
  });
});

describe('step mediators: one thanked for another service', () => {
  it('takes one thanked for facilitating the talks as a mediator, not one thanked for facilitating a journey to them', () => {
    const named = (text: string) => read(['mediators'], text).filter((f) => f[0] === 'facts:mediator-named-for-the-role').map((f) => f[2]);
    expect(named('The Chilean envoy thanked Peru for facilitating the talks in Lima.')).toEqual(['Peru']);
    expect(named('The Chilean envoy thanked Peru for facilitating the travel of Bolivian delegates to Lima for the talks.')).toEqual([]);
  });
});

describe('step mediators: a former official in an apposition', () => {
  it('takes the person, not the country of the former title after the name ("by NAME, Ghana\'s former president")', () => {
    const out = read(['mediators'], 'The talks in Lome will be mediated by Kofi Mensah, Ghana\'s former president, and Ana Ruiz, Chile\'s former deputy minister.');
    expect(out.filter((f) => f[1] === 'mediator').map((f) => f[2])).toEqual(['Kofi Mensah', 'Ana Ruiz']);
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

describe('step mediators: who called the meeting', () => {
  // Passages written for this test.
  const people = (steps: string[], text: string) => factsWith(steps, text, { published: '2031-03-06' }).map((f) => [f.rule, f.kind, f.evidence.text.split(' ').slice(-2).join(' ')]);
  it('makes the person named after "at the initiative of" a mediator', () => {
    expect(people(['mediators'], 'The Chilean and Bolivian ministers met in Geneva at the initiative of Norwegian Foreign Minister Lars Holm.')).toEqual([['facts:mediator-convener', 'mediator', 'Lars Holm']]);
  });
  it('reads past a second phrase of the kind, and the convener is then no member of a delegation', () => {
    const text = 'The Chilean and Bolivian delegations met under the initiative and with the participation of Norwegian envoy Lars Holm.';
    expect(people(['mediators', 'delegation-lists'], text)).toEqual([['facts:mediator-convener', 'mediator', 'Lars Holm']]);
    expect(people(['delegation-lists'], text)).toEqual([['facts:member-delegation-list', 'member', 'Lars Holm']]);
  });
  it('makes the body named after "under the auspices of" a mediator, not a country inside its name', () => {
    expect(read(['mediators'], 'The joint commission met in Tarqaba on Tuesday under the auspices of the United Nations Support Mission in Bolivia.')).toEqual([['facts:mediator-convener', 'mediator', 'United Nations Support Mission in Bolivia']]);
  });
  it('not a side the sentence names', () => {
    expect(people(['session-parties', 'mediators'], 'Talks between Chile and Bolivia opened in Lima at the invitation of Chile.').filter((f) => f[1] === 'mediator')).toEqual([]);
  });
});

describe('step mediators: a host and the guests', () => {
  // Passage written for this test.
  it('makes the subject of "will host" a mediator, and its guests members of their sides', () => {
    const out = factsWith(['mediators'], "Norwegian Foreign Minister Lars Holm will host Chile's Ana Ruiz and Bolivia's Pablo Mena in Oslo on Monday.", { published: '2031-03-06' });
    expect(out.map((f) => [f.rule, f.evidence.text, f.party ?? null])).toEqual([
      ['facts:mediator-person', 'Lars Holm', null],
      ['facts:member-hosted', "Chile's Ana Ruiz", expect.anything()],
      ['facts:member-hosted', "Bolivia's Pablo Mena", expect.anything()],
      ['facts:mediator-cue', 'Norwegian', null],
    ]);
  });
});

describe('step mediators: a demonym before a sponsor\'s participle', () => {
  // Passage written for this test.
  it('makes the country of "Norwegian-brokered negotiations" a mediator, not that of "a Russian-brokered peace agreement"', () => {
    const med = (text: string) => factsWith(['mediators'], 'Chile and Peru held a third round of talks in Lima on Monday. ' + text, { published: '2031-03-06' }).filter((f) => f.kind === 'mediator').map((f) => f.entity?.country);
    expect(med('Both sides called the week of Norwegian-brokered negotiations a success.')).toEqual(['Norway']);
    expect(med('The war ended with a Russian-brokered peace agreement.')).toEqual([]);
  });
});

describe('step mediators: a pronoun for the one named before', () => {
  // Passage written for this test.
  it('makes the one a pronoun stands for the subject of "chaired" ("NAME; he chaired the opening session")', () => {
    const out = factsWith(['mediators'], 'The first meeting was attended by Norwegian envoy Lars Holm; he chaired the opening session.', { published: '2031-03-06' });
    expect(out.filter((f) => f.rule === 'facts:mediator-person').map((f) => f.evidence.text)).toEqual(['Lars Holm']);
  });
});

describe('step mediators: a remit is no mediator', () => {
  it('takes not the country a title is about ("ambassador to Italy")', () => {
    const out = factsWith(['mediators'], "The talks were hosted by Norway's ambassador to Italy.", { published: '2031-03-06' });
    expect(out.map((f) => f.evidence.text)).toEqual(['Norway']);
  });
});

describe('step mediators: those who only support', () => {
  it('takes the mediators named after "by", not the countries a phrase of support adds', () => {
    const out = factsWith(['mediators'], 'The talks are mediated by Norway, with the accompanying governments of Russia and the Netherlands.', { published: '2031-03-06' });
    expect(out.map((f) => f.evidence.text)).toEqual(['Norway']);
  });
});

describe('step mediators: one thanked for a third party\'s work', () => {
  it('reads "X for its mediation", "Y for hosting the talks" and "the host country, Z", not "W for the support"', () => {
    const text = 'The delegations thanked Norway for its mediation efforts, Russia for the support of the process, and Peru for hosting the meetings. They praised the host country, Chile.';
    const out = factsWith(['mediators'], text, { published: '2031-03-06' });
    expect(out.filter((f) => f.rule === 'facts:mediator-named-for-the-role').map((f) => f.evidence.text)).toEqual(['Norway', 'Peru', 'Chile']);
  });
});

describe('parties: observers are not sides', () => {
  // Passages written for this test.
  it('names no party in a list of observers, before "as observers" or after "observed by"', () => {
    const a = 'Officials from Ghana and Togo attended the meeting, while delegates from France, Brazil and Japan took part as observers.';
    const b = 'Ghana and Togo held talks in Lome on Monday, which were observed by the representatives from France and Japan.';
    const names = (text: string) => factsWith(['session-parties', 'party-list'], text, { published: '2031-05-09' }).filter((f) => f.kind === 'party').map((f) => f.entity?.country ?? text.slice(f.entity!.mention!.start, f.entity!.mention!.end));
    expect(new Set(names(a))).toEqual(new Set(['Ghana', 'Togo']));
    expect(new Set(names(b))).toEqual(new Set(['Ghana', 'Togo']));
  });
});

describe('mediators: premises and a later session', () => {
  // Passages written for these tests.
  const hosts = (text: string) => factsWith(['mediators'], text, { published: '2031-05-09' }).filter((f) => f.kind === 'mediator').map((f) => f.entity?.country ?? text.slice(f.entity!.mention!.start, f.entity!.mention!.end));
  it('takes the country whose premises host the talks for their host', () => {
    expect(hosts('Ghana and Togo agreed on a ceasefire at talks hosted at the Nigerian Ministry of Defence on Thursday.')).toEqual(['Nigeria']);
  });
  it('takes no host of a session still to come for the round\'s', () => {
    expect(hosts('Ghana and Togo met in Abuja and will convene a border committee meeting to be hosted by Togo on May 20.')).toEqual([]);
  });
});

describe('step mediators: a list of demonyms before the mediator noun', () => {
  it('makes each country of "Chilean, Peruvian and US mediators" a mediator, and none of them a side', () => {
    const text = 'As Chilean, Peruvian and US mediators met both sides in Lima on Monday, the talks between Bolivia and Paraguay went on.';
    const facts = read(['session-parties', 'mediators', 'mediator-not-side'], text);
    expect(facts.filter((f) => f[1] === 'mediator').map((f) => f[2])).toEqual(['Chilean', 'Peruvian', 'US']);
    expect(facts.filter((f) => f[1] === 'party').map((f) => f[2])).toEqual(['Bolivia', 'Paraguay']);
  });
});

describe('step third-parties', () => {
  // Passages written for these tests.
  const steps = ['session-parties', 'delegation-lists', 'third-parties'];
  const kinds = (text: string) => read(steps, text).filter((f) => f[1] !== 'member').map((f) => `${f[1]}:${f[2]}`);
  it('makes those only taking part, where the talks are between two others, mediators (once each)', () => {
    const text = 'The indirect talks between Ghana and Togo opened in Lome on Monday. Nigeria and Benin are taking part in the talks.';
    expect(read(steps, text).filter((f) => f[1] === 'mediator')).toEqual([
      ['facts:mediator-third-party', 'mediator', 'Nigeria'],
      ['facts:mediator-third-party', 'mediator', 'Benin'],
    ]);
    expect(kinds(text).filter((k) => k.startsWith('party'))).toEqual(['party:Ghana', 'party:Togo']);
  });
  it('does so where each side\'s own delegation is named', () => {
    const text = "Ghana's delegation at the talks in Lome is led by Foreign Minister Kwame Mensah. Togo's delegation is headed by Defence Minister Eyadema Adjo. Nigeria, Benin and France are taking part in the talks.";
    expect(kinds(text)).toEqual(['mediator:Nigeria', 'mediator:Benin', 'mediator:France']);
  });
  it('leaves them sides where the article fixes no two others', () => {
    const text = 'Talks on the border opened in Lome on Monday. Nigeria, Benin and France are taking part in the talks.';
    expect(new Set(kinds(text))).toEqual(new Set(['party:Nigeria', 'party:Benin', 'party:France']));
  });
});

describe('step third-parties: a side by its short name', () => {
  // A passage written for this test.
  it('keeps a side the text names in full where the sides it fixes give its short name, in brackets after it', () => {
    const text = 'The Andean Liberation Front (ALF) and a delegation of the Peruvian government held talks in Quito on Monday, the first talks between Peru and the ALF in a year.';
    const facts = read(['session-parties', 'third-parties'], text);
    expect(facts.filter((f) => f[2] === 'Andean Liberation Front').map((f) => f[1])).toEqual(['party']);
    expect(facts.filter((f) => f[1] === 'mediator')).toEqual([]);
  });
});

describe('step third-parties: a body of one of the sides', () => {
  // A passage written for this test.
  it('leaves a body a side\'s demonym names ("the Peruvian Andean Front") a party, not a third party', () => {
    const text = "Chile's delegation at the talks in Quito is led by Foreign Minister Ana Ruiz. Peru's delegation is headed by Defence Minister Luis Marsh. Chile and the Peruvian Andean Front are taking part in the talks.";
    const facts = read(['session-parties', 'delegation-lists', 'third-parties'], text);
    expect(facts.filter((f) => f[1] === 'mediator')).toEqual([]);
  });
});

describe('step mediators: a participle after a comma', () => {
  // Passages written for this test.
  it("makes the subject that opens the sentence the host ('Ecuador, …, hosting the talks')", () => {
    const text = 'Ecuador, meanwhile, has seized the chance to show its diplomatic weight, hosting the talks at the Carondelet Palace in Quito.';
    expect(factsWith(['mediators'], text, { published: '2031-03-06' }).filter((f) => f.kind === 'mediator').map((f) => f.evidence.text)).toEqual(['Ecuador']);
  });

  it('not where another name stands between the subject and the participle', () => {
    const text = 'Ecuador said Chile had agreed to attend, hosting the talks in Quito.';
    expect(factsWith(['mediators'], text, { published: '2031-03-06' }).filter((f) => f.kind === 'mediator').map((f) => f.evidence.text)).toEqual([]);
  });
});

describe('step mediators: mediators named in a list', () => {
  // Passages written for this test.
  const mediators = (text: string) => factsWith(['mediators'], `Chile and Peru held talks in Quito on Monday. ${text}`, { published: '2031-03-06' }).filter((f) => f.kind === 'mediator').map((f) => f.evidence.text);
  it('reads every one after "the mediation of", and after "mediation efforts by"', () => {
    expect(mediators('The talks, held under the mediation of Ecuador and Brazil, aimed to firm up the truce.')).toEqual(['Ecuador', 'Brazil']);
    expect(mediators('Despite mediation efforts by Ecuador and Brazil, the negotiators could not agree in the talks.')).toEqual(['Ecuador', 'Brazil']);
  });
});

describe('step mediators: the end of the list after "by"', () => {
  // Passage written for this test.
  it('ends the list at the comma after its last item, not at the clause\'s end', () => {
    const out = read(['mediators'], 'The meeting, facilitated by both Norway and Qatar, comes amid new clashes in southern Chile and a Peruvian airstrike.');
    expect(out.filter((f) => f[0] === 'facts:mediator-cue').map((f) => f[2])).toEqual(['Norway', 'Qatar']);
  });
});

describe('step delegation-sides', () => {
  const sides = (text: string) => factsWith(['delegation-sides'], text, { published: '2031-03-06' }).filter((f) => f.kind === 'party').map((f) => f.entity?.side ? `${f.entity.side} (${f.entity.country ?? '?'})` : f.entity?.country ?? text.slice(f.entity!.mention!.start, f.entity!.mention!.end));
  it('takes a side a sentence of the round names by its delegation, whatever the sentence says it did', () => {
    expect(sides('The second round of talks ended in Lima. The Chilean delegation walked out on the last day, and the opposition delegation stayed.')).toEqual(['Chile', 'opposition (?)']);
    expect(sides("The talks resumed in Lima on Monday. Peru's negotiating team brought new maps.")).toEqual(['Peru']);
  });
  it('reads a government noun between the country and the delegation ("the Chilean regime delegation")', () => {
    expect(sides('The third round ended in Geneva. The Chilean regime delegation raised the issue of sanctions.')).toEqual(['Chile']);
    expect(sides('The third round ended in Geneva. The Peruvian government delegation submitted no texts.')).toEqual(['Peru']);
  });
  it('not a country word a number of delegations share ("the two Chilean delegations" are both sides)', () => {
    expect(sides('The third round ended in Geneva. The two Chilean delegations signed the deal.')).toEqual([]);
  });
  it('not a country named with no delegation word after it', () => {
    expect(sides('The third round ended in Geneva. Chilean officials said the delegation of observers left early.')).toEqual([]);
  });
});

describe('sides named by a common noun: the country word before it', () => {
  it('is not an item of the list before ("Chile and the opposition" are two sides)', () => {
    const parties = (text: string) => factsWith(['session-parties'], text, { published: '2031-03-06' }).filter((f) => f.kind === 'party').map((f) => f.entity?.side ? `${f.entity.side} (${f.entity.country ?? '?'})` : f.entity?.country ?? text.slice(f.entity!.mention!.start, f.entity!.mention!.end));
    expect(parties('Talks involving both Chile and the opposition ended in Lima on Friday.')).toEqual(['Chile', 'opposition (Chile)']);
    expect(parties("Talks between the government and Chile's political opposition ended in Lima on Friday.")).toEqual(['opposition (Chile)']);
  });
});

describe('step mediators: a country word that names a side by its noun', () => {
  it('is no mediator before a third-party word ("the Chilean government and opposition co-chairs")', () => {
    expect(read(['mediators'], 'The second round ended in Lima on Friday. The Chilean government and opposition co-chairs could not agree on an agenda.').filter((f) => f[1] === 'mediator')).toEqual([]);
    expect(read(['mediators'], 'The second round ended in Lima on Friday. Norway, which chaired the talks, said little.').filter((f) => f[1] === 'mediator').map((f) => f[2])).toEqual(['Norway']);
  });
});

describe('the government an article names', () => {
  it('is the longest country name before the noun ("the Equatorial Guinea government" is not Guinea\'s)', () => {
    const sides = (text: string) => factsWith(['delegation-sides'], text, { published: '2031-03-06' }).filter((f) => f.kind === 'party').map((f) => f.entity?.country ?? text.slice(f.entity!.mention!.start, f.entity!.mention!.end));
    expect(sides('Talks with the rebels resumed in Libreville, the Equatorial Guinea government said on Monday. The government delegation walked out on the second day.')).toEqual(['Equatorial Guinea']);
  });
});

describe('parties: the chairs of a session are not sides', () => {
  // Passage written for this test.
  it('names no party in a list after "the co-chairs from"', () => {
    const text = 'The second round of talks took place in Lima on Tuesday, involving the co-chairs from the European Union, the United Nations and the OSCE.';
    expect(factsWith(['session-parties'], text, { published: '2031-03-06' }).filter((f) => f.kind === 'party')).toEqual([]);
    const sides = 'The second round of talks took place in Lima on Tuesday, involving Chile and Peru.';
    expect(factsWith(['session-parties'], sides, { published: '2031-03-06' }).filter((f) => f.kind === 'party')).toHaveLength(2);
  });
});

describe('step session-parties: a side whose name holds a verb of saying', () => {
  // Passage written for this test.
  it('reads "the United States" as a side, not "States" as the verb of a reported clause', () => {
    const sides = (text: string) => factsWith(['session-parties'], text, { published: '2031-04-13' }).filter((f) => f.kind === 'party').map((f) => text.slice(f.entity!.mention!.start, f.entity!.mention!.end));
    expect(sides('Peru and the United States held a second round of talks in Lima on Saturday.')).toEqual(['Peru', 'United States']);
    expect(sides('The United States and Peru held a second round of talks in Lima on Saturday.')).toEqual(['United States', 'Peru']);
  });
});

describe('step session-parties: a demonym that names a place', () => {
  // Passage written for this test.
  it('reads no side from "in the Bolivian city of La Paz" in the subject of the session', () => {
    const text = 'Chilean and Peruvian diplomats are set to convene in the Bolivian city of La Paz on May 10 to engage in negotiations on the border.';
    const sides = factsWith(['session-parties'], text, { published: '2031-05-01' }).filter((f) => f.kind === 'party').map((f) => f.evidence.text);
    expect([...new Set(sides)]).toEqual(['Chilean', 'Peruvian']);
  });
});

describe('mediators: the subject of a gerund after a subordinator', () => {
  // Passages written for this test, about invented talks.
  const mediators = (text: string) => factsWith(['mediators'], text, { published: '2031-03-06' }).filter((f) => f.kind === 'mediator').map((f) => f.evidence.text);
  it('takes no noun right before "before hosting" for the host (the main clause\'s subject hosts)', () => {
    expect(mediators('Officials said Norway plans to meet Chile and Peru separately before hosting a new round of talks.')).not.toContain('Peru');
  });
  it('still takes the subject right before a plain gerund ("Norway, hosting the talks")', () => {
    expect(mediators('Norway, hosting the talks in Oslo, welcomed both delegations.')).toContain('Norway');
  });
});

describe('mediators: a liaison\'s title before a name', () => {
  // Passages written for this test, about invented talks.
  const mediators = (text: string) => factsWith(['mediators'], text, { published: '2031-03-06' }).filter((f) => f.kind === 'mediator').map((f) => f.evidence.text);
  it('takes no third party from "ADJ coordinator with BODY NAME", and still from "coordinated by BODY"', () => {
    expect(mediators('The talks in Lima will see the participation of Chilean coordinator with the UN Observer Mission in Arica (UNOMA) Ana Rojas and Peruvian envoy Luis Paredes.')).toEqual([]);
    expect(mediators('The talks in Lima were coordinated by Norway.')).toEqual(['Norway']);
  });
});
