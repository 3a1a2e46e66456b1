import { describe, expect, it } from 'vitest';
import { factsWith } from '../../helpers.js';
import type { Fact } from '../../../src/model/schema.js';

// Passages written for these tests, about invented negotiators (no article's words).
const who = (f: Fact, text: string) => text.slice(f.entity!.mention!.start, f.entity!.mention!.end);
const read = (steps: string[], text: string) => factsWith(steps, text).map((f) => ({ rule: f.rule, who: who(f, text), party: f.party, role: f.role }));

describe('step attendance', () => {
  it('makes a person who attends the talks a member of the side their title names', () => {
    const text = 'Chilean trade envoy Rosa Vidal attended the talks.';
    expect(read(['attendance'], text)).toEqual([{ rule: 'facts:member-takes-part', who: 'Rosa Vidal', party: { country: 'Chile' }, role: 'trade envoy' }]);
  });
  it('keeps a title of two words whole ("Deputy Minister"), and leaves out a rank that follows an office', () => {
    expect(read(['attendance'], 'Chilean Deputy Minister Rosa Vidal attended the talks.')[0]!.role).toBe('Deputy Minister');
    expect(read(['attendance'], 'Chilean army chief General Rosa Vidal attended the talks.')[0]!.role).toBe('army chief');
  });
  it('does not when the sentence denies it', () => {
    expect(read(['attendance'], 'Chilean trade envoy Rosa Vidal did not attend the talks.')).toEqual([]);
  });
  it('reads a list "attended by" through a title with its comma, and gives no one the country of the next title', () => {
    const text = 'The accord follows a meeting here attended by Hugo Rojas, Chilean trade minister Rosa Vidal, and Peru’s acting foreign minister, Luis Choque.';
    const side = (c: Fact['party']) => c?.country ?? (c?.mention ? text.slice(c.mention.start, c.mention.end) : null);
    expect(read(['attendance'], text).map((f) => [f.who, side(f.party), f.role ?? null])).toEqual([
      ['Rosa Vidal', 'Chile', 'trade minister'],
      ['Luis Choque', 'Peru', 'acting foreign minister'],
    ]);
  });
});

describe('step signatories', () => {
  it('reads who signed for each side', () => {
    const text = 'The accord was signed by Chilean Foreign Minister Ana Ruiz and Bolivian Foreign Minister Pablo Mena.';
    expect(read(['signatories'], text).map((f) => [f.rule, f.who, f.party])).toEqual([
      ['facts:member-signatory', 'Ana Ruiz', { country: 'Chile' }],
      ['facts:member-signatory', 'Pablo Mena', { country: 'Bolivia' }],
    ]);
  });
  it('gives one whose title opens with a body named for a country the body, not the country ("National Front of Peru Chief Political Consultant NAME")', () => {
    const text = 'National Liberation Front of Peru Chief Political Consultant Ana Ruiz and Chilean Foreign Minister Pablo Mena during the signing of the accord.';
    const side = (c: Fact['party']) => c?.country ?? (c?.mention ? text.slice(c.mention.start, c.mention.end) : null);
    expect(read(['signatories'], text).map((f) => [f.who, side(f.party)])).toEqual([
      ['Ana Ruiz', 'National Liberation Front of Peru'],
      ['Pablo Mena', 'Chile'],
    ]);
  });
  it('reads the people named "during the signing of" the accord, as a caption names them', () => {
    const text = 'Chilean Foreign Minister Ana Ruiz and Bolivian Foreign Minister Pablo Mena during the signing of the accord in Lima on Wednesday.';
    expect(read(['signatories'], text).map((f) => [f.who, f.party])).toEqual([
      ['Ana Ruiz', { country: 'Chile' }],
      ['Pablo Mena', { country: 'Bolivia' }],
    ]);
  });
});

describe('step delegation-lists', () => {
  it('reads the side of "the delegation of COUNTRY headed by NAME" from the country after it, not from one before', () => {
    const text = 'At the invitation of Norway, which backs talks between Chile and Peru, the delegation of Chile headed by Ana Ruiz, Minister of State, and the delegation of Peru headed by Pablo Mena met in Oslo.';
    const out = factsWith(['delegation-lists'], text).filter((f) => f.kind === 'member');
    const side = (f: Fact) => f.party?.country ?? (f.party?.mention ? text.slice(f.party.mention.start, f.party.mention.end) : undefined);
    expect(out.map((f) => [who(f, text), side(f)])).toEqual([
      ['Ana Ruiz', 'Chile'],
      ['Pablo Mena', 'Peru'],
    ]);
  });
  it('reads a side\'s head after a phrase on the side ("The Chilean side of the talks will be headed by …"), and "the other side" as the side not yet named', () => {
    const text = 'Chile and Peru are set to hold a fifth round of border talks in Arica. The Chilean side of the talks will be headed by Gen. Pablo Mena, commander of the Northern Division. The other side will be led by Col. Luis Choque, head of the Tacna garrison.';
    const out = factsWith(['session-parties', 'delegation-lists'], text).filter((f) => f.kind === 'member');
    const side = (f: Fact) => f.party?.country ?? (f.party?.mention ? text.slice(f.party.mention.start, f.party.mention.end) : undefined);
    expect(out.map((f) => [who(f, text), side(f), f.role])).toEqual([
      ['Pablo Mena', 'Chile', 'commander of the Northern Division'],
      ['Luis Choque', 'Peru', 'head of the Tacna garrison'],
    ]);
  });
  it('reads the people a delegation is led by and includes, of the side whose delegation it is, the first its head', () => {
    const text = 'The Bolivian delegation, led by Pablo Mena, included Sara Quispe and Luis Choque.';
    const out = factsWith(['delegation-lists'], text);
    expect(out.map((f) => [who(f, text), f.party, f.head])).toEqual([
      ['Pablo Mena', { country: 'Bolivia' }, true],
      ['Sara Quispe', { country: 'Bolivia' }, false],
      ['Luis Choque', { country: 'Bolivia' }, false],
    ]);
  });
  it('reads "Joining him were NAME, ROLE, and NAME, ROLE" after the sentence that names a delegation\'s head as that delegation\'s people', () => {
    const text = 'The Bolivian delegation, led by Deputy Minister Pablo Mena, raised the issue of water rights. Joining him were Sara Quispe, Governor of the Potosi Department, and Luis Choque, head of the Oruro water board.';
    const out = factsWith(['delegation-lists', 'delegation-in-focus'], text).filter((f) => f.kind === 'member');
    expect(out.map((f) => [who(f, text), f.party, f.head, f.role])).toEqual([
      ['Pablo Mena', { country: 'Bolivia' }, true, 'Deputy Minister'],
      ['Sara Quispe', { country: 'Bolivia' }, false, 'Governor of the Potosi Department'],
      ['Luis Choque', { country: 'Bolivia' }, false, 'head of the Oruro water board'],
    ]);
  });
});

describe('roles: a place alone after a name', () => {
  it('takes no caption\'s place for a role, but keeps a role that starts with a country', () => {
    const caption = 'Peru hosts talks between Chilean Foreign Minister Ana Ruiz and Bolivian President Pablo Mena, Lima, March 3, 2031.';
    const out = factsWith(['session-members'], caption, { published: '2031-03-04' });
    expect(out.map((f) => [who(f, caption), f.role])).toEqual([
      ['Ana Ruiz', 'Foreign Minister'],
      ['Pablo Mena', 'President'],
    ]);
    expect(read(['attendance'], 'Pablo Mena, Bolivia\'s trade envoy, attended the talks.')[0]!.role).toBe('trade envoy');
  });
});

describe('step delegation-lists: one who heads a delegation of their own', () => {
  it('leaves a person the sentence then says heads another delegation to that delegation', () => {
    const text = "The second round of talks opened in Quito on Monday. Chile's delegation is led by Ambassador Rosa Vidal, while Deputy Minister Pablo Mena heads the Peruvian delegation.";
    const side = (p: Fact['party']) => p?.country ?? (p?.mention ? text.slice(p.mention.start, p.mention.end) : undefined);
    const out = read(['delegation-lists', 'heads-of-delegations'], text).map((f) => [f.rule, f.who, side(f.party)]);
    expect(out).toEqual([
      ['facts:member-delegation-list', 'Rosa Vidal', 'Chile'],
      ['facts:member-heads-delegation', 'Pablo Mena', 'Peru'],
    ]);
  });
});

describe('step delegation-lists: the head named after the verb, and a passive with its verb left out', () => {
  const side = (text: string) => (p: Fact['party']) => p?.country ?? (p?.mention ? text.slice(p.mention.start, p.mention.end) : undefined);
  it('seats the one named after "Leading the ADJ delegation … is" on that side, and one who "heads the delegation from X" on X', () => {
    const text = 'Talks between Chile and Peru opened in Lima on Monday. Leading the Chilean delegation to the talks is Admiral Rosa Vidal, a former navy chief, while Pablo Mena heads the delegation from Peru.';
    const out = read(['delegation-lists', 'heads-of-delegations'], text).map((f) => [f.rule, f.who, side(text)(f.party)]);
    expect(out).toEqual([
      ['facts:member-delegation-list', 'Rosa Vidal', 'Chile'],
      ['facts:member-heads-delegation', 'Pablo Mena', 'Peru'],
    ]);
  });
  it('gives the second of "A was led by NAME and the ADJ delegation by NAME2" the side of the words before it, and the first the other one', () => {
    const text = 'Talks between Chile and Peru opened in Lima on Monday. During the session the Chilean team was led by Rosa Vidal and the Peruvian delegation by Pablo Mena.';
    const out = factsWith(['delegation-lists'], text).map((f) => [text.slice(f.entity!.mention!.start, f.entity!.mention!.end), side(text)(f.party), f.head]);
    expect(out).toEqual([
      ['Rosa Vidal', 'Chile', true],
      ['Pablo Mena', 'Peru', true],
    ]);
    // (a first side no country names sits across from the second: "the panel was led by …")
    const bare = 'Talks between Chile and Peru opened in Lima on Monday. During the session the panel was led by Rosa Vidal and the Peruvian delegation by Pablo Mena.';
    const facts = factsWith(['delegation-lists'], bare);
    expect(facts.map((f) => [bare.slice(f.entity!.mention!.start, f.entity!.mention!.end), side(bare)(f.party) ?? null, f.opposite ? bare.slice(f.opposite.mention!.start, f.opposite.mention!.end) : null])).toEqual([
      ['Rosa Vidal', null, 'Pablo Mena'],
      ['Pablo Mena', 'Peru', null],
    ]);
  });
  it('reads the gap with a title after "by" too: "…, and the Peruvian one by Deputy Minister NAME2"', () => {
    const text = 'Talks between Chile and Peru opened in Lima on Monday. The Chilean delegation was led by Foreign Minister Rosa Vidal, and the Peruvian one by Deputy Minister Pablo Mena.';
    const out = factsWith(['delegation-lists'], text).map((f) => [text.slice(f.entity!.mention!.start, f.entity!.mention!.end), side(text)(f.party), f.role]);
    expect(out).toEqual([
      ['Rosa Vidal', 'Chile', 'Foreign Minister'],
      ['Pablo Mena', 'Peru', 'Deputy Minister'],
    ]);
  });
});

describe('step delegation-lists: roles', () => {
  it("takes no member cue for a role ('included'), and a title after one for the person's", () => {
    const text = 'The Bolivian delegation, led by Foreign Minister Pablo Mena, included trade envoy Sara Quispe and Luis Choque.';
    expect(read(['delegation-lists'], text).map((f) => [f.who, f.role ?? null])).toEqual([
      ['Pablo Mena', 'Foreign Minister'],
      ['Sara Quispe', 'trade envoy'],
      ['Luis Choque', null],
    ]);
  });
  it('ends an apposition at the list joiner before the next person, a title at most between', () => {
    const text = 'Other members of the Bolivian delegation include Gen Rafael Soria, commander of the Second Army Division and Carla Paz, director of the Treaties Office.';
    expect(read(['delegation-lists'], text).map((f) => [f.who, f.role ?? null])).toEqual([
      ['Rafael Soria', 'commander of the Second Army Division'],
      ['Carla Paz', 'director of the Treaties Office'],
    ]);
    // (not where what follows the joiner is no title: the next person's own title, "while TITLE for X and Y NAME")
    const two = 'The Bolivian delegation is led by Ambassador Pablo Mena, while Deputy Secretary for Andean and Pacific Affairs Sara Quispe heads the Chilean delegation.';
    expect(read(['delegation-lists'], two).find((f) => f.who === 'Pablo Mena')?.role).toBe('Ambassador');
  });
});

describe('step delegation-lists: an office a relative clause gives', () => {
  it("takes the office after 'who had taken over as' for the role, less the day of the taking over, and none from another clause", () => {
    const text = 'For the meeting, the Ghanaian delegation was led by Maj Gen Kofi Mensah, who had taken over as the commander of the Volta Division last week.';
    expect(read(['delegation-lists'], text).map((f) => [f.who, f.role ?? null])).toEqual([['Kofi Mensah', 'commander of the Volta Division']]);
    const other = 'For the meeting, the Ghanaian delegation was led by Maj Gen Kofi Mensah, who is expected to report to the cabinet.';
    expect(read(['delegation-lists'], other).map((f) => [f.who, f.role ?? null])).toEqual([['Kofi Mensah', 'Maj Gen']]);
  });
});

describe('step delegation-lists: what is no role', () => {
  it("takes no list's joiner after a name for a role, and keeps a title's possessive", () => {
    const text = "Bolivia's delegation will be led by trade envoy Sara Quispe, who will be joined by the trade minister's chief of staff Luis Choque, as well as Ana Ruiz.";
    expect(read(['delegation-lists'], text).map((f) => [f.who, f.role ?? null])).toEqual([
      ['Sara Quispe', 'trade envoy'],
      ['Luis Choque', "trade minister's chief of staff"],
      ['Ana Ruiz', null],
    ]);
  });
});

describe('members of a round a sentence compares with another', () => {
  it('gives them to the round the article reports, not the one compared with', () => {
    const text = "Chile and Bolivia will hold the fourth round of talks on Friday. Similar to the third round, Bolivia's delegation will be led by trade envoy Sara Quispe.";
    expect(factsWith(['delegation-lists'], text, { published: '2031-03-04' }).map((f) => [f.round, f.role])).toEqual([[4, 'trade envoy']]);
  });
});

describe('step delegation-in-focus', () => {
  const text = 'Bolivia sent a delegation to Lima. It is headed by Pablo Mena.';
  it('tells a later "It is headed by" whose delegation it is', () => {
    expect(read(['delegation-in-focus', 'delegation-lists'], text).map((f) => f.who)).toEqual(['Pablo Mena']);
  });
  it('without it, the list has no side to give', () => {
    expect(read(['delegation-lists'], text)).toEqual([]);
  });
});

describe('step delegation-in-focus: "The delegation …" and whose it is', () => {
  it('gives a later "The delegation also includes" the side that stands right before the delegation word', () => {
    const text = 'Talks were held in Quito after a Bolivian delegation arrived from Lima. The delegation also includes envoy Sara Quispe and adviser Luis Choque.';
    expect(read(['delegation-in-focus', 'delegation-lists'], text).map((f) => [f.who, f.party?.country])).toEqual([
      ['Sara Quispe', 'Bolivia'],
      ['Luis Choque', 'Bolivia'],
    ]);
  });
  it("makes a country's government office in the possessive that country's side", () => {
    const text = "Chile and Bolivia met in Lima. Bolivia's team included the Foreign Ministry's legal adviser Sara Quispe.";
    expect(read(['delegation-lists'], text).map((f) => [f.who, f.party?.country])).toEqual([['Sara Quispe', 'Bolivia']]);
  });
});

describe('step negotiator-titles', () => {
  it('reads a negotiator by a title that names a side', () => {
    const text = "Chile's chief negotiator Tomas Herrera said progress was slow.";
    const out = factsWith(['negotiator-titles'], text);
    expect(out.map((f) => [f.rule, who(f, text), f.role, f.head])).toEqual([['facts:member-negotiator-title', 'Tomas Herrera', 'chief negotiator', true]]);
    expect(text.slice(out[0]!.party!.mention!.start, out[0]!.party!.mention!.end)).toBe('Chile');
  });
});

describe('step negotiator-titles: a rapporteur', () => {
  it('reads the government\'s rapporteur as a member of the government\'s side', () => {
    const text = 'The government rapporteur, Tomas Herrera, said his team asked the mediators to adjourn the talks.';
    const out = factsWith(['negotiator-titles'], text);
    expect(out.map((f) => [f.rule, who(f, text), f.role, f.party?.side])).toEqual([['facts:member-negotiator-title', 'Tomas Herrera', 'government rapporteur', 'government']]);
  });
});

describe('step negotiator-titles: a body that names the delegation', () => {
  it('makes the head of "the ELN delegation" a member of the body', () => {
    const text = 'Pablo Mena, the head of the Andean Front delegation, spoke first.';
    const out = factsWith(['negotiator-titles'], text);
    expect(out.map((f) => [who(f, text), f.role, text.slice(f.party!.mention!.start, f.party!.mention!.end)])).toEqual([['Pablo Mena', 'head of the Andean Front delegation', 'Andean Front']]);
  });
});

describe('step alongside', () => {
  it('gives the people who join a negotiator their own side where their title names one', () => {
    const text = 'Pablo Mena will be joined by Bolivian army chief Hugo Rojas and Sara Quispe.';
    const out = factsWith(['alongside'], text);
    expect(out.map((f) => [f.rule, who(f, text), f.party ?? null])).toEqual([
      ['facts:member-alongside', 'Hugo Rojas', { country: 'Bolivia' }],
      ['facts:member-alongside', 'Sara Quispe', null],
    ]);
    // One with no side of their own stands beside the negotiator they join.
    expect(text.slice(out[1]!.alongside!.mention!.start, out[1]!.alongside!.mention!.end)).toBe('Pablo Mena');
  });
  it('makes one who "accompanied NAME to the meeting" a member: of the side their title names, not the country of their post', () => {
    const text = 'The Chilean Ambassador to Peru, Ana Ruiz, accompanied envoy Pablo Mena to the meeting in Lima.';
    expect(factsWith(['alongside'], text).map((f) => [f.rule, who(f, text), f.party ?? null, f.role])).toEqual([['facts:member-accompanying', 'Ana Ruiz', { country: 'Chile' }, 'Ambassador to Peru']]);
  });
  it('stands one with no side of their own beside the negotiator, and reads no companion of a trip that names no session', () => {
    const text = 'Sara Quispe accompanied Pablo Mena to the meeting in Lima.';
    const out = factsWith(['alongside'], text);
    expect(out.map((f) => [who(f, text), text.slice(f.alongside!.mention!.start, f.alongside!.mention!.end)])).toEqual([['Sara Quispe', 'Pablo Mena']]);
    expect(factsWith(['alongside'], 'Sara Quispe accompanied Pablo Mena to the airport.')).toEqual([]);
  });
});

describe('steps across-the-table and session-members: a meeting only wished for', () => {
  it('seats no one a sentence only wishes to meet, and still seats those who met', () => {
    const people = (steps: string[], text: string) => factsWith(steps, text, { published: '2031-03-06' }).filter((f) => f.kind === 'member').map((f) => who(f, text));
    expect(people(['across-the-table'], 'Chilean Foreign Minister Ana Ruiz said she was willing to meet her Peruvian counterpart Pablo Mena for talks.')).toEqual([]);
    expect(people(['session-members'], 'Chile is eager to schedule a meeting between its foreign minister Ana Ruiz and her Peruvian counterpart, Pablo Mena.')).toEqual([]);
    expect(people(['across-the-table'], 'Chilean Foreign Minister Ana Ruiz met her Peruvian counterpart Pablo Mena for talks.')).toEqual(['Ana Ruiz', 'Pablo Mena']);
  });
});

describe('step across-the-table', () => {
  it('seats both people of "A met B", the one with no country opposite the other', () => {
    const text = 'Chilean Foreign Minister Ana Ruiz met Pablo Mena in Lima on Tuesday for talks.';
    const out = factsWith(['across-the-table'], text);
    expect(out.map((f) => [f.rule, who(f, text), f.party ?? null])).toEqual([
      ['facts:member-across-the-table', 'Ana Ruiz', { country: 'Chile' }],
      ['facts:member-across-the-table', 'Pablo Mena', null],
    ]);
    expect(text.slice(out[1]!.opposite!.mention!.start, out[1]!.opposite!.mention!.end)).toBe('Ana Ruiz');
  });
  it('gives the subject the apposition before the verb, and no conjunction of time for a title ("after Gen NAME, the head of …, met …")', () => {
    const text = 'The plan was agreed after Gen Ana Ruiz, the head of the negotiating panel, met Pablo Mena, a former judge, in Lima on Monday.';
    expect(factsWith(['across-the-table'], text).map((f) => [who(f, text), f.role ?? null])).toEqual([
      ['Ana Ruiz', 'head of the negotiating panel'],
      ['Pablo Mena', 'former judge'],
    ]);
  });
  it('gives no title the preposition that opens the words before the name ("…, with Trade Secretary NAME saying …")', () => {
    const text = 'The talks opened in Lima on Monday, with Trade Secretary Ana Ruiz saying the work would be hard as she met the Peruvian envoy Pablo Mena.';
    expect(factsWith(['across-the-table'], text).map((f) => [who(f, text), f.role ?? null])).toEqual([
      ['Ana Ruiz', 'Trade Secretary'],
      ['Pablo Mena', 'envoy'],
    ]);
  });
});

describe('step negotiator-titles: a delegation one belongs to', () => {
  it('makes one who "is part of the Government delegation" a member of the government the article names, with the title before the name', () => {
    const text = 'Talks between the Government of Chile and the Andean Front resumed. The speech was given by Senator Rosa Vidal, who is part of the Government delegation.';
    expect(read(['negotiator-titles'], text)).toEqual([{ rule: 'facts:member-of-delegation', who: 'Rosa Vidal', party: { country: 'Chile' }, role: 'Senator' }]);
  });
  it('reads the side after "for" where a noun for the side follows ("for the Chilean State"), not a remit', () => {
    expect(read(['negotiator-titles'], '"We came to work," said Rosa Vidal, chief negotiator for the Chilean State.')).toEqual([
      { rule: 'facts:member-negotiator-title', who: 'Rosa Vidal', party: { country: 'Chile' }, role: 'chief negotiator for the Chilean State' },
    ]);
    expect(read(['negotiator-titles'], 'Rosa Vidal, the envoy for Chilean affairs, spoke.')).toEqual([]);
  });
});

describe('step delegation-lists: a government and its leader', () => {
  it('takes "the administration led by NAME" for no delegation', () => {
    const text = 'The Chilean delegation resumed talks after years of silence under the administration led by Pablo Mena.';
    expect(read(['delegation-lists'], text)).toEqual([]);
    expect(read(['delegation-lists'], 'The Chilean delegation, led by Pablo Mena, resumed talks.')).toEqual([{ rule: 'facts:member-delegation-list', who: 'Pablo Mena', party: { country: 'Chile' }, role: undefined }]);
  });
});

describe('step joining-delegation', () => {
  it('makes one who joined the ADJ delegation a member of that side, with the title before the name', () => {
    expect(read(['joining-delegation'], 'Senator Rosa Vidal joined the Chilean delegation on Monday.')).toEqual([{ rule: 'facts:member-joins-delegation', who: 'Rosa Vidal', party: { country: 'Chile' }, role: 'Senator' }]);
  });
  it('gives "its delegation" to the body the sentence opens with, and no clause for a title', () => {
    const text = 'The Andean Front announced that Pablo Mena, known as the Engineer, is joining its delegation.';
    const out = factsWith(['joining-delegation'], text);
    expect(out.map((f) => [f.rule, who(f, text), f.party?.mention ? text.slice(f.party.mention.start, f.party.mention.end) : null, f.role ?? null])).toEqual([['facts:member-joins-delegation', 'Pablo Mena', 'Andean Front', null]]);
  });
});

describe('step heads-of-delegations (E1, E2, E3)', () => {
  const heads = (text: string) => factsWith(['heads-of-delegations'], text, { published: '2031-03-06' }).map((f) => [who(f, text), f.party?.country ?? (f.party?.mention ? text.slice(f.party.mention.start, f.party.mention.end) : null), f.head]);
  it('makes the subject of an active head verb the head of the side the object names', () => {
    expect(heads('Rosa Vidal headed the Chilean delegation.')).toEqual([['Rosa Vidal', 'Chile', true]]);
    expect(heads("Ana Ruiz, chief of staff, led Lima's delegation.")).toEqual([['Ana Ruiz', 'Peru', true]]);
    expect(heads('Envoy Pablo Mena represented the Bolivian side.')).toEqual([['Pablo Mena', 'Bolivia', true]]);
  });
  it('reads each clause of its own, a delegation left unsaid after a possessive, and the sides of two coordinated heads', () => {
    expect(heads("Ana Ruiz leads the Chilean delegation, while deputy ministers Pablo Mena and Rosa Vidal will lead Lima's.")).toEqual([
      ['Ana Ruiz', 'Chile', true],
      ['Pablo Mena', 'Peru', true],
      ['Rosa Vidal', 'Peru', true],
    ]);
    expect(heads("Chile's Ana Ruiz and Bolivia's Pablo Mena are leading the delegations.")).toEqual([
      ['Ana Ruiz', 'Chile', true],
      ['Pablo Mena', 'Bolivia', true],
    ]);
  });
  it('not a cause ("leading the team to adjust"), nor the team of talks to come in a report of a session held', () => {
    expect(heads('President Ana Ruiz scolded Lima, leading the Chilean team to adjust its stance.')).toEqual([]);
    expect(heads('Chile and Bolivia met in Quito on Monday. Ana Ruiz will lead the Chilean team, officials said.').length).toBe(0);
  });
});

describe('step attendance: a list of who attended (E4)', () => {
  it('reads "In attendance were TITLE NAME, …" as members of the sides their titles name', () => {
    const text = "In attendance were Chile's Foreign Minister Ana Ruiz, Bolivian envoy Pablo Mena, and Norway's Foreign Minister Lars Holm.";
    expect(read(['attendance'], text).map((f) => [f.rule, f.who, f.party?.mention ? text.slice(f.party.mention.start, f.party.mention.end) : f.party?.country])).toEqual([
      ['facts:member-in-attendance', 'Ana Ruiz', 'Chile'],
      ['facts:member-in-attendance', 'Pablo Mena', 'Bolivia'],
      ['facts:member-in-attendance', 'Lars Holm', 'Norway'],
    ]);
  });
});

describe("step delegation-lists: a person's team (E5)", () => {
  it('puts the people of "NAME\'s team included …" at that person\'s side', () => {
    const text = 'Chilean Foreign Minister Ana Ruiz opened the talks. Ruiz’s team included Deputy Minister Pablo Mena and trade envoy Rosa Vidal.';
    const out = factsWith(['delegation-lists'], text);
    expect(out.map((f) => [who(f, text), f.alongside?.mention ? text.slice(f.alongside.mention.start, f.alongside.mention.end) : null, f.role ?? null])).toEqual([
      ['Pablo Mena', 'Ruiz', 'Deputy Minister'],
      ['Rosa Vidal', 'Ruiz', 'trade envoy'],
    ]);
  });
});

describe('step negotiator-titles: a body a delegate speaks for', () => {
  it('makes "the delegate for the Andean Front, NAME" a member of that body, and "head of the Government delegation" one of the government side (the country the series names, stage briefs)', () => {
    const text = 'Bolivia hosted the talks in La Paz. Bolivia and the Andean Front met again. Pablo Mena, head of the Government delegation, spoke beside the delegate for the Andean Front, Rosa Vidal.';
    const out = factsWith(['negotiator-titles'], text);
    expect(out.map((f) => [who(f, text), f.party?.side ?? f.party?.country ?? (f.party?.mention ? text.slice(f.party.mention.start, f.party.mention.end) : null)])).toEqual([
      ['Pablo Mena', 'government'],
      ['Rosa Vidal', 'Andean Front'],
    ]);
  });
});

describe('step negotiator-titles: the government\'s negotiator', () => {
  // Passage written for this test.
  it('makes "NAME, the government\'s chief negotiator" a member of the government side, the word of rank between', () => {
    const text = 'The talks resumed in La Paz. Pablo Mena, the government’s chief negotiator at the talks, said little. Rosa Vidal, the government\'s negotiator, agreed.';
    const out = factsWith(['negotiator-titles'], text);
    expect(out.map((f) => [who(f, text), f.party?.side ?? f.party?.country ?? null])).toEqual([
      ['Pablo Mena', 'government'],
      ['Rosa Vidal', 'government'],
    ]);
  });
});

describe('step delegation-lists: two sides in two clauses', () => {
  // Passage written for this test.
  it('seats one named before a contrast with the side of their own clause, and no one named inside an apposition', () => {
    const text = 'Chile was represented by Trade Minister Ana Ruiz, a close confidant of President Hugo Marsh, while Peru’s delegation was headed by Foreign Minister Luis Choque.';
    const side = (c: Fact['party']) => c?.country ?? (c?.mention ? text.slice(c.mention.start, c.mention.end) : null);
    expect(factsWith(['delegation-lists'], text).filter((f) => f.rule === 'facts:member-delegation-list').map((f) => [who(f, text), side(f.party)])).toEqual([
      ['Ana Ruiz', 'Chile'],
      ['Luis Choque', 'Peru'],
    ]);
  });
});

describe('members: lists, owners and long appositions', () => {
  // Passages written for these tests, about invented negotiators.
  it('gives each person of a list the side of their own title ("head of the Government delegation", "the delegate for X")', () => {
    const text = 'The third round ended in La Paz, with Lars Holm accompanied by Pablo Mena, head of the Government delegation, and the delegate for the Andean Front, Rosa Vidal.';
    const out = factsWith(['delegation-lists'], text);
    expect(out.map((f) => [who(f, text), f.party?.side ?? f.party?.country ?? (f.party?.mention ? text.slice(f.party.mention.start, f.party.mention.end) : null), f.role ?? null])).toEqual([
      ['Pablo Mena', 'government', 'head of the Government delegation'],
      ['Rosa Vidal', 'Andean Front', 'delegate for the Andean Front'],
    ]);
  });
  it('reads no country out of a city\'s name ("Mexico City", "Panama City")', () => {
    const text = 'Bolivia and the Andean Front met in Panama City, accompanied by Rosa Vidal.';
    expect(factsWith(['delegation-lists'], text).filter((f) => f.party?.country === 'Panama')).toEqual([]);
  });
  it('does not make one named after "of" a member of the group before ("the delegates of the front of NAME")', () => {
    const text = 'The delegates of the Bolivian opposition coalition of Rosa Vidal and the Chilean government met in Lima.';
    expect(factsWith(['session-members'], text).map((f) => who(f, text))).not.toContain('Rosa Vidal');
  });
  it('takes no country after "with" in a title for the person\'s side ("Peru\'s Special Representative for Normalisation with Chile")', () => {
    const text = 'Pablo Mena, Peru\'s Special Representative for Normalisation with Chile, met in Lima on Tuesday for a fifth round.';
    expect(factsWith(['negotiator-titles'], text).map((f) => [who(f, text), f.party?.mention ? text.slice(f.party.mention.start, f.party.mention.end) : f.party?.country])).toEqual([['Pablo Mena', 'Peru']]);
  });
  it('reads no clause before a comma as a title: only what follows its verb ("and she reflected on her meeting with her Peruvian counterpart, NAME")', () => {
    const text = 'Ana Ruiz praised the fifth round in Lima, and she reflected on her meeting with her Peruvian counterpart, Pablo Mena.';
    expect(factsWith(['negotiator-titles'], text).map((f) => [who(f, text), f.party?.country, f.role])).toEqual([['Pablo Mena', 'Peru', undefined]]);
  });
  it('reads a side from an apposition of two offices joined by "and"', () => {
    const text = 'Bolivia and Chile met in Lima. “We will stay,” said Pablo Mena, president of the government-controlled chamber of commerce of the north and chief of the Bolivian delegation.';
    expect(factsWith(['negotiator-titles'], text).map((f) => [who(f, text), f.party?.country])).toEqual([['Pablo Mena', 'Bolivia']]);
  });
});

describe('members: a body\'s envoy who comments on the session', () => {
  // Passage written for this test.
  it('seats no envoy of a body whose apposition a verb of comment closes, and keeps one whose apposition a session verb closes', () => {
    const text = 'Ana Ruiz, the EU\'s special representative for the Andes, commented on the meeting in Lima. Pablo Mena, the African Union\'s special representative, attended the talks.';
    expect(factsWith(['negotiator-titles'], text, { published: '2031-03-06' }).map((f) => who(f, text))).toEqual(['Pablo Mena']);
  });
});

describe('members: pairs in order, added members, second offices', () => {
  // Passages written for these tests, about invented negotiators.
  const sideOf = (f: Fact) => f.party?.side ?? f.party?.country;
  it('pairs "the delegates of A and B, NAME and NAME, respectively" in order, with the noun and the side as role', () => {
    const text = 'Talks between the Government of Chile and the opposition opened in Lima. The memorandum was signed by the delegates of the national government and the opposition, Pablo Mena and Rosa Vidal, respectively.';
    expect(factsWith(['respectively-lists'], text).map((f) => [who(f, text), sideOf(f), f.role])).toEqual([
      ['Pablo Mena', 'Chile', 'delegate of the national government'],
      ['Rosa Vidal', 'opposition', 'delegate of the opposition'],
    ]);
  });
  it('pairs "A\'s and B\'s NOUNS, NAME and NAME, respectively", capitals standing for their countries, after a list that names other people', () => {
    const text = 'The plan was adopted at a meeting between the two presidents, the envoy of the Andean Community for the dialogue Ana Ruiz and Santiago\'s and Lima\'s chief negotiators, Pablo Mena and Rosa Vidal, respectively.';
    expect(factsWith(['respectively-lists'], text).map((f) => [who(f, text), sideOf(f), f.role])).toEqual([
      ['Pablo Mena', 'Chile', 'chief negotiator'],
      ['Rosa Vidal', 'Peru', 'chief negotiator'],
    ]);
  });
  it('pairs "the PLURAL TITLE of|from A and B, NAME and NAME" in order without "respectively", each with the title in the singular', () => {
    const text = 'The special representatives from Chile and Peru for the border talks, Ana Ruiz and Pablo Mena, will hold their fifth meeting in Lima on Tuesday.';
    const side = (f: Fact) => (f.party?.mention ? text.slice(f.party.mention.start, f.party.mention.end) : sideOf(f));
    expect(factsWith(['respectively-lists'], text).map((f) => [who(f, text), side(f), f.role])).toEqual([
      ['Ana Ruiz', 'Chile', 'special representative'],
      ['Pablo Mena', 'Peru', 'special representative'],
    ]);
    // (nor does the subject of the session read the shared title as the first one's alone, with the last country)
    const own = factsWith(['session-members'], text).filter((f) => who(f, text) === 'Ana Ruiz');
    expect(own.map((f) => (f.party?.mention ? text.slice(f.party.mention.start, f.party.mention.end) : sideOf(f)))).not.toContain('Peru');
  });
  it('pairs "between A and B, respectively, TITLE NAME and TITLE NAME" in order, each with their own title', () => {
    const text = 'Special envoys for the talks between Chile and Peru, respectively, the Deputy Speaker of the Congress of Chile Ana Ruiz and Ambassador Pablo Mena held a meeting today in Quito.';
    const side = (f: Fact) => (f.party?.mention ? text.slice(f.party.mention.start, f.party.mention.end) : sideOf(f));
    expect(factsWith(['respectively-lists'], text, { published: '2031-03-06' }).map((f) => [who(f, text), side(f), f.role])).toEqual([
      ['Ana Ruiz', 'Chile', 'Deputy Speaker of the Congress of Chile'],
      ['Pablo Mena', 'Peru', 'Ambassador'],
    ]);
  });
  it('pairs none where a title of one ends the list ("envoys of A and B\'s foreign minister, NAME"), and keeps that title the person\'s', () => {
    const text = 'Senior envoys of Chile and Peru\'s foreign minister, Pablo Mena, attended the fifth round of talks in Lima on Tuesday.';
    expect(factsWith(['respectively-lists'], text)).toEqual([]);
    expect(factsWith(['session-members'], text).map((f) => [who(f, text), f.role])).toEqual([['Pablo Mena', 'foreign minister']]);
  });
  it('keeps a noun that holds a body of its own whole, its head in the singular ("the Ministers of Foreign Affairs of A and B")', () => {
    const text = 'The envoys of Chile and Peru met in Lima. Also present were the Ministers of Foreign Affairs of Chile and Peru, Pablo Mena and Rosa Vidal respectively.';
    expect(factsWith(['respectively-lists'], text).map((f) => [who(f, text), f.party?.mention ? text.slice(f.party.mention.start, f.party.mention.end) : sideOf(f), f.role])).toEqual([
      ['Pablo Mena', 'Chile', 'Minister of Foreign Affairs of Chile'],
      ['Rosa Vidal', 'Peru', 'Minister of Foreign Affairs of Peru'],
    ]);
  });
  it('reads nothing where the pair is not ordered by "respectively"', () => {
    const text = 'The memorandum was signed by the delegates of the national government and the opposition, Pablo Mena and Rosa Vidal.';
    expect(factsWith(['respectively-lists'], text)).toEqual([]);
  });
  it('makes one "recently added as a member of the ADJ government\'s negotiation team" a member, the relation the role', () => {
    const text = 'Chile pulled out of the talks. Pablo Mena, who faces charges in a court in Lima, was recently added as a member of the Chilean government’s negotiation team.';
    expect(factsWith(['joining-delegation'], text).map((f) => [who(f, text), sideOf(f), f.role])).toEqual([['Pablo Mena', 'Chile', 'member of the negotiation team']]);
  });
  it('reads a second office after ", and" ("NAME, president of X, and representative of the NAME government in the talks")', () => {
    const text = 'The Government of Chile and the opposition will resume talks. Later, Pablo Mena, president of the Senate of Chile, and representative of the Mena government in the talks, posted a message.';
    expect(factsWith(['negotiator-titles'], text).map((f) => [who(f, text), sideOf(f)])).toEqual([['Pablo Mena', 'Chile']]);
  });
});

describe('step attendance: "attended by"', () => {
  // Passage written for this test.
  it('seats one named after "attended by" in a sentence on the session, with the body their title names, not the speaker after', () => {
    const text = 'After the meeting with Ruiz and Mena, also attended by the UN special envoy for the dialogue Lars Holm, Tomas Berg said the talks were useful.';
    const out = factsWith(['attendance'], text);
    expect(out.map((f) => [who(f, text), f.party?.mention ? text.slice(f.party.mention.start, f.party.mention.end) : f.party?.country])).toEqual([['Lars Holm', 'UN']]);
  });
});

describe('step delegation-lists: two delegations in one sentence', () => {
  // Passage written for this test.
  it("gives each head the side whose delegation word stands before their own cue ('…, while B's delegation was led by NAME')", () => {
    const text = "Chile and Peru held the third round of talks in Lima on Monday. Chile's delegation was headed by Ana Rell, the foreign minister, while Peru's delegation was led by Acting Minister of Fisheries Tito Vask.";
    const facts = factsWith(['delegation-lists'], text, { published: '2031-05-14' }).filter((f) => f.kind === 'member');
    expect(facts.map((f) => [f.evidence.text.includes('Tito') ? 'Tito Vask' : 'Ana Rell', f.party?.country ?? (f.party?.mention && text.slice(f.party.mention.start, f.party.mention.end)), f.head])).toEqual([
      ['Ana Rell', 'Chile', true],
      ['Tito Vask', 'Peru', true],
    ]);
  });
});

describe('step delegation-lists: a country\'s name as a given name', () => {
  // A passage written for this test.
  it('does not take the country written right before a name, with no title between, for the member\'s side', () => {
    const text = 'Talks between Ghana and the FARC opened in Lome on Monday. The FARC team is represented by Israel Ortiz Mena, who flew in on Friday.';
    const sides = factsWith(['delegation-lists'], text, { published: '2031-03-06' }).map((f) => f.party && (f.party.country ?? text.slice(f.party.mention!.start, f.party.mention!.end)));
    expect(sides).not.toContain('Israel');
  });
});

describe('step delegation-lists: a body\'s delegation beside a country\'s', () => {
  // A passage written for this test.
  it('gives the person after "a BODY delegation is led by" that body for their side', () => {
    const text = 'The Peruvian team is led by Interior Minister Ana Ruiz; and a FARC delegation is led by senior commander Tomas Vega.';
    const sides = factsWith(['delegation-lists'], text, { published: '2031-03-06' }).map((f) => f.party && (f.party.country ?? text.slice(f.party.mention!.start, f.party.mention!.end)));
    expect(sides).toEqual(['Peru', 'FARC']);
  });
});

describe('step delegation-lists: a state body for its country', () => {
  // A passage written for this test.
  it("gives a member named as a state body's person (\"the Kremlin's NAME\") that body's country for their side", () => {
    const text = "Talks between Russia and Ukraine opened in Geneva on Monday. The delegation included the Kremlin's Yuri Antonov and Ukraine's Petro Kovalenko.";
    const sides = factsWith(['delegation-lists'], text, { published: '2031-03-06' }).map((f) => f.party && (f.party.country ?? text.slice(f.party.mention!.start, f.party.mention!.end)));
    expect(sides).toEqual(['Russia', 'Ukraine']);
  });
});

describe('step attendance: joining the talks', () => {
  // A passage written for this test.
  const text = "Talks between Ghana and Togo entered a third day in Accra on Thursday. Nigeria's foreign minister, Chinedu Okafor, was heading to Accra to join the talks. From Ghana, President Kofi Mensah's top aide Ama Boateng was also joining, a Ghanaian official said.";
  const members = () => factsWith(['attendance'], text, { published: '2031-03-06' }).filter((f) => f.kind === 'member').map((f) => `${text.slice(f.entity!.mention!.start, f.entity!.mention!.end)}: ${f.party?.country ?? (f.party?.mention ? text.slice(f.party.mention.start, f.party.mention.end) : '')}`);
  it('seats one who joins the talks, of the side a title before the comma or the sentence\'s opener names, and not the one whose aide they are', () => {
    expect(members()).toEqual(['Chinedu Okafor: Nigeria', 'Ama Boateng: Ghana']);
  });
});

describe('step attendance: joining in doubt', () => {
  // A passage written for this test.
  it('seats no one who pulled out, of whom it is unclear whether they would join', () => {
    const text = 'Talks between Chile and Peru opened in Lima on Monday. Peruvian minister Luis Vega has pulled out of a visit to Lima this week, although it is unclear whether he was going to join the talks.';
    expect(factsWith(['attendance'], text, { published: '2031-03-06' }).filter((f) => f.kind === 'member')).toEqual([]);
  });
});

describe('step negotiator-titles: a clause before the name', () => {
  it('takes no words before a name that hold a modal for a title ("the delegation will brief PM NAME"), and still reads a title', () => {
    const read = (text: string) => factsWith(['negotiator-titles'], text, { published: '2031-03-06' }).filter((f) => f.kind === 'member').map((f) => [f.party?.country, f.role]);
    expect(read('The Chilean delegation will brief PM Ana Ruiz on the talks.')).toEqual([]);
    expect(read('The head of the Chilean delegation Ana Ruiz spoke on the talks.')).toEqual([['Chile', 'head of the delegation']]);
  });
});

describe('step negotiator-titles: a member by relation, titled before the comma', () => {
  // Passages written for this test.
  const read = (text: string) => factsWith(['negotiator-titles'], text, { published: '2031-03-06' }).filter((f) => f.kind === 'member').map((f) => [f.rule, f.party?.country, f.role]);
  it('reads "NAME, is also part of the ADJ delegation" with the title before the comma for the role', () => {
    expect(read('Talks between Ghana and Togo opened in Accra on Monday. Policy adviser to President Kofi Mensah, Ama Boateng, is also part of the Ghanaian delegation.')).toEqual([['facts:member-of-delegation', 'Ghana', 'Policy adviser to President Kofi Mensah']]);
  });
  it('takes no clause before the comma for a title', () => {
    expect(read('Talks between Ghana and Togo opened in Accra on Monday. After the talks ended, Ama Boateng, who is part of the Ghanaian delegation, left.')).toEqual([['facts:member-of-delegation', 'Ghana', undefined]]);
  });
});

describe('step attendance: those sent to the talks', () => {
  // A passage written for this test.
  it('seats those a person directs to take part, not that person', () => {
    const text = 'Talks between Chile and Peru open in Lima on Friday. Chilean President Ana Soto has directed her deputy Marco Ruiz and Chilean envoy Elena Paz to participate in the talks.';
    const seated = factsWith(['attendance'], text, { published: '2031-03-06' }).filter((f) => f.kind === 'member').map((f) => text.slice(f.entity!.mention!.start, f.entity!.mention!.end));
    expect(seated).toEqual(['Marco Ruiz', 'Elena Paz']);
  });
});

describe('step delegation-lists: a side made up of its people', () => {
  // A passage written for this test.
  it('reads the people of "the ADJ side is made up of TITLE NAME and TITLE NAME" as that side\'s members', () => {
    const text = 'Talks between Chile and Peru opened in Lima on Monday. The Chilean side is made up of Deputy Foreign Minister Ana Soto and Ambassador Luis Vega.';
    const members = factsWith(['delegation-lists'], text, { published: '2031-03-06' }).filter((f) => f.kind === 'member').map((f) => `${text.slice(f.entity!.mention!.start, f.entity!.mention!.end)}: ${f.party?.country}`);
    expect(members).toEqual(['Ana Soto: Chile', 'Luis Vega: Chile']);
  });
});

describe('step delegation-lists: a side headed by its head', () => {
  // A passage written for this test.
  it('reads "the ADJ side was headed by NAME, ROLE, accompanied by NAME and TITLE NAME" as that side\'s head and members', () => {
    const text = 'Talks between Chile and Peru ended in Lima on Monday. The Peruvian side was headed by Omar Ruiz, chief of the border service, accompanied by Elena Paz and Deputy Trade Minister Luis Vega.';
    const members = factsWith(['delegation-lists'], text, { published: '2031-03-06' }).filter((f) => f.kind === 'member').map((f) => `${text.slice(f.entity!.mention!.start, f.entity!.mention!.end)}: ${f.party?.country}${f.head ? ' (head)' : ''}`);
    expect(members).toEqual(['Omar Ruiz: Peru (head)', 'Elena Paz: Peru', 'Luis Vega: Peru']);
  });
  it('reads "the ADJ side will be led by TITLE NAME and the ADJ side will be led by TITLE NAME" as the two heads', () => {
    const text = 'The ninth round of Chile-Peru talks will start on Sunday in Tacna. The Chilean side will be led by southern army commander Ana Soto and the Peruvian side will be led by border district chief Omar Ruiz.';
    const members = factsWith(['delegation-lists'], text, { published: '2031-03-06' }).filter((f) => f.kind === 'member').map((f) => `${text.slice(f.entity!.mention!.start, f.entity!.mention!.end)}: ${f.party?.country}: ${f.role}${f.head ? ' (head)' : ''}`);
    expect(members).toEqual(['Ana Soto: Chile: southern army commander (head)', 'Omar Ruiz: Peru: border district chief (head)']);
  });
});

describe('step delegation-lists: a title before the name\'s comma', () => {
  // A passage written for this test.
  it('reads "included the TITLE of the BODY, NAME, in their team" as that member\'s role', () => {
    const text = 'Talks between Chile and Peru ended in Lima on Monday. The Peruvians included the Director-General of the Fisheries Ministry, Omar Ruiz, in their team.';
    const members = factsWith(['delegation-lists'], text, { published: '2031-03-06' }).filter((f) => f.kind === 'member').map((f) => `${text.slice(f.entity!.mention!.start, f.entity!.mention!.end)}: ${f.party?.country}: ${f.role}`);
    expect(members).toEqual(['Omar Ruiz: Peru: Director-General of the Fisheries Ministry']);
  });
});

describe('step delegation-lists: a rank after an office', () => {
  // A passage written for this test.
  it('takes the office for the role, not the rank before the name ("XII Corps chief Lt Gen NAME")', () => {
    const roles = (text: string) => factsWith(['delegation-lists'], 'Talks between Chile and Peru ended in Lima on Monday. ' + text, { published: '2031-03-06' }).filter((f) => f.kind === 'member').map((f) => f.role);
    expect(roles('The Peruvian delegation was led by Lima-based XII Corps chief Lt Gen Omar Ruiz.')).toEqual(['XII Corps chief']);
    expect(roles("The Peruvian delegation was led by the army's southern commander Maj Gen Omar Ruiz.")).toEqual(['southern commander']);
    // (a rank of two words alone is the role, not its first word: "Lt Gen NAME")
    expect(roles('The Peruvian delegation was led by Lt Gen Omar Ruiz, who had taken over the corps.')).toEqual(['Lt Gen']);
    // (a conjunction opening the clause is no part of the role)
    expect(roles('The Peruvian delegation was led by Defence Minister Ana Soto, while border chief General Omar Ruiz was also part of the team.')).toEqual(['Defence Minister', 'border chief']);
    // (a rank alone is the role)
    expect(roles('The Peruvian delegation was led by Brigadier General Omar Ruiz.')).toEqual(['Brigadier General']);
  });
});

describe('step delegation-lists: a plural role before a list, and forms of address', () => {
  // A passage written for this test.
  const roles = (text: string) => factsWith(['delegation-lists'], 'Talks between Chile and Peru ended in Lima on Monday. ' + text, { published: '2031-03-06' }).filter((f) => f.kind === 'member').map((f) => `${f.evidence.text.includes('Ruiz') ? 'Ruiz' : ''}${f.role ?? '-'}`);
  it('gives each listed one the plural role before the list, in the singular, and no role of "Mr." or "Atty."', () => {
    expect(roles('The Peruvian delegation included panel members Mr. Omar Ruiz, Atty. Elena Paz and Atty. Luis Vega.')).toEqual(['Ruizpanel member', 'panel member', 'panel member']);
  });
  it('takes no plural noun after a name for its apposition, and no title of the next name ("NAME, Chief Consultant Prof. NAME")', () => {
    expect(roles('The Peruvian delegation included new member Omar Ruiz, Chief Political Consultant Prof. Elena Paz, political consultants, legal consultants and staff.')).toEqual(['Ruiznew member', 'Chief Political Consultant']);
  });
});

describe('step delegation-lists: negotiators named as', () => {
  // A passage written for this test.
  it('reads "the other negotiators were named as TITLE NAME and TITLE NAME" as that side\'s members', () => {
    const text = "Talks between Chile and Peru opened in Lima on Monday. Chile's other two negotiators were named as Deputy Foreign Minister Ana Soto and Ambassador Luis Vega.";
    const members = factsWith(['delegation-lists'], text, { published: '2031-03-06' }).filter((f) => f.kind === 'member').map((f) => `${text.slice(f.entity!.mention!.start, f.entity!.mention!.end)}: ${f.party?.country ?? (f.party?.mention ? text.slice(f.party.mention.start, f.party.mention.end) : '')}`);
    expect(members).toEqual(['Ana Soto: Chile', 'Luis Vega: Chile']);
  });
});

describe('step across-the-table: a list of subjects, and a meeting placed before the other side', () => {
  // A passage written for this test.
  it('reads every titled subject listed with "and", and the title of the one met after "with"', () => {
    const text = 'Trade Minister Ana Soto and Chilean envoy Pablo Mena will meet this weekend in Quito with Peruvian Vice President Omar Ruiz.';
    const got = factsWith(['across-the-table'], text, { published: '2031-03-06' }).map((f) => [f.evidence.text, f.role ?? null]);
    expect(got).toEqual(
      expect.arrayContaining([
        ['Trade Minister Ana Soto', 'Trade Minister'],
        ['Chilean envoy Pablo Mena', 'envoy'],
        ['Peruvian Vice President Omar Ruiz', 'Vice President'],
      ]),
    );
  });
});

describe('step side-spans', () => {
  // A passage written for this test.
  it('gives each person the side whose span names them', () => {
    const text = 'On the Chilean side were Trade Minister Ana Soto and Pablo Mena, while on the Peruvian side was Vice President Omar Ruiz.';
    const got = factsWith(['side-spans'], text, { published: '2031-03-06' }).map((f) => [f.evidence.text, f.party?.country ?? null]);
    expect(got).toEqual([
      ['Trade Minister Ana Soto', 'Chile'],
      ['Pablo Mena', 'Chile'],
      ['Vice President Omar Ruiz', 'Peru'],
    ]);
  });
});

describe('step delegation-lists: an attribution after the list', () => {
  // A passage written for this test.
  it('takes the speaker of a closing attribution for no member', () => {
    const text = 'The Peruvian delegation will be led by trade minister Omar Ruiz, government spokesperson Ana Soto told state radio.';
    expect(factsWith(['delegation-lists'], text, { published: '2031-03-06' }).map((f) => f.evidence.text)).toEqual(['trade minister Omar Ruiz']);
  });
});

describe("step delegation-lists: a side named in the head's apposition", () => {
  // A passage written for this test.
  it("takes the country whose title the apposition gives for the member's side", () => {
    const text = 'The delegation is being led by Omar Ruiz, Peru’s Deputy Interior Minister.';
    const side = (f: Fact) => f.party?.country ?? (f.party?.mention ? text.slice(f.party.mention.start, f.party.mention.end) : null);
    expect(factsWith(['delegation-lists'], text, { published: '2031-03-06' }).map((f) => [f.evidence.text.split(',')[0], side(f), f.role ?? null])).toEqual([['Omar Ruiz', 'Peru', 'Deputy Interior Minister']]);
  });
});

describe('step delegation-lists: a delegation told after another round held', () => {
  // A passage written for this test.
  it('gives the delegation the round the paragraph told of, not one a present-tense sentence after it speaks of', () => {
    const text = 'The second round of talks between Chile and Peru opens in Lima tomorrow.\n\nSix days ago, the first round of talks was concluded in Quito. The Chilean delegation was led by Defence Minister Ana Soto. Peru is providing venues such as the Lima Palace, where restrictions are maintained.';
    const facts = factsWith(['delegation-lists', 'facilities'], text, { published: '2031-03-06' });
    expect(facts.filter((f) => f.kind === 'member').map((f) => f.round)).toEqual([1]);
    expect(facts.filter((f) => f.kind === 'facility').map((f) => f.round)).toEqual([2]);
  });
});

describe('step negotiator-titles: a head of a delegation before "of"', () => {
  // A passage written for this test.
  it('reads the title back to the head\'s noun ("Head of Peruvian delegation NAME")', () => {
    const text = 'Head of Peruvian delegation Omar Ruiz shook hands with the Chilean envoy at the end of the talks in Lima.';
    const members = factsWith(['negotiator-titles'], text, { published: '2031-03-06' }).filter((f) => f.kind === 'member').map((f) => `${f.party?.country}: ${f.role}${f.head ? ' (head)' : ''}`);
    expect(members).toEqual(['Peru: Head of delegation (head)']);
  });
});

describe('step negotiator-titles: the head an apposition names', () => {
  // A passage written for this test.
  it('marks one another step seats as the head where the apposition says so ("NAME, who heads the delegation to the talks")', () => {
    const text = "Chilean Foreign Minister Ana Soto, who heads the government's delegation to the talks, told reporters her team would keep its word.";
    const members = factsWith(['session-members', 'negotiator-titles'], text, { published: '2031-03-06' }).filter((f) => f.kind === 'member').map((f) => `${f.party?.country}: ${f.role}${f.head ? ' (head)' : ''}`);
    expect(members).toEqual(['Chile: Foreign Minister (head)']);
  });
});

describe('step named-at-session', () => {
  // Passages written for this test.
  it('names each person of a sentence of the round with no side, a plural title going to each name of its list', () => {
    const text = 'At the start of the talks in Lima on Monday, the host said he and Foreign Ministers Ana Ruiz and Pablo Mena would take stock.';
    expect(read(['named-at-session'], text)).toEqual([
      { rule: 'facts:member-named-at-session', who: 'Ana Ruiz', party: undefined, role: 'Foreign Minister' },
      { rule: 'facts:member-named-at-session', who: 'Pablo Mena', party: undefined, role: 'Foreign Minister' },
    ]);
  });
  it('takes the title from after the words of a clause before the name ("… lunch with | rebel founder NAME")', () => {
    const text = 'The talks in Lima went on on Monday as the envoy wrapped up lunch with rebel founder Mullah Pablo Mena.';
    expect(read(['named-at-session'], text).map((f) => [f.who, f.role ?? null])).toEqual([['Pablo Mena', 'rebel founder']]);
  });
});

describe('step side-of-origin', () => {
  it('seats one named "from" a side noun, the government, or a party the document names, with that side', () => {
    const members = (text: string) => factsWith(['session-parties', 'side-of-origin'], text, { published: '2031-03-06' }).filter((f) => f.kind === 'member').map((f) => [text.slice(f.entity!.mention!.start, f.entity!.mention!.end), f.party?.side ?? f.party?.country ?? (f.party?.mention ? text.slice(f.party.mention.start, f.party.mention.end) : '')]);
    expect(members('The sixth round of talks ended in Lima on Friday. The two co-chairs, Ana Ruiz from the government and Tito Vask from the opposition, met the envoy.')).toEqual([
      ['Ana Ruiz', 'government'],
      ['Tito Vask', 'opposition'],
    ]);
    expect(members('Talks between Chile and Peru ended in Lima on Friday. Ana Ruiz from Peru said little.')).toEqual([['Ana Ruiz', 'Peru']]);
    // (not a place none of the sides is: "NAME from Reuters", "NAME from Geneva")
    expect(members('Talks between Chile and Peru ended in Lima on Friday. Ana Ruiz from Geneva said little.')).toEqual([]);
  });
  it('gives each the plural title that opens the list ("the two co-chairs (NAME from X and NAME from Y)")', () => {
    const roles = (text: string) => factsWith(['session-parties', 'side-of-origin'], text, { published: '2031-03-06' }).filter((f) => f.kind === 'member').map((f) => [text.slice(f.entity!.mention!.start, f.entity!.mention!.end), f.role]);
    expect(roles('The sixth round of talks ended in Lima on Friday. The envoy met the two co-chairs (Ana Ruiz from the government and Tito Vask from the opposition).')).toEqual([
      ['Ana Ruiz', 'co-chair'],
      ['Tito Vask', 'co-chair'],
    ]);
    expect(roles('The sixth round of talks ended in Lima on Friday. In Lima, Ana Ruiz from the government said little.')).toEqual([['Ana Ruiz', undefined]]);
  });
  it('reads a name a page glued to "from" ("Ana Ruizfrom the government"), where the text writes the name alone elsewhere', () => {
    const text = 'The sixth round of talks ended in Lima on Friday. The envoy met the two co-chairs (Ana Ruizfrom the government and Tito Vask from the opposition). Ruiz and Vask then met alone.';
    const roles = factsWith(['session-parties', 'side-of-origin'], text, { published: '2031-03-06' }).filter((f) => f.kind === 'member').map((f) => [text.slice(f.entity!.mention!.start, f.entity!.mention!.end), f.role]);
    expect(roles).toEqual([
      ['Ana Ruiz', 'co-chair'],
      ['Tito Vask', 'co-chair'],
    ]);
  });
});

describe('members: who speaks at the session (facts.json sessionSpeeches)', () => {
  // Passages written for this test, about invented talks.
  const sideOf = (f: Fact, text: string) => (f.party?.mention ? text.slice(f.party.mention.start, f.party.mention.end) : (f.party?.side ?? f.party?.country));
  it('makes the subject of "in their respective opening remarks" members, each of the side of their own title', () => {
    const text = 'Chile and Peru opened a second round of talks in Lima on Saturday. Chile’s Minister of Mines, Pablo Mena, and Peru’s Acting Minister of Water, Rosa Vidal, expressed their hope for a deal in their respective opening remarks.';
    expect(factsWith(['attendance'], text).map((f) => [who(f, text), sideOf(f, text), f.role, f.rule])).toEqual([
      ['Pablo Mena', 'Chile', 'Minister of Mines', 'facts:member-session-speech'],
      ['Rosa Vidal', 'Peru', 'Acting Minister of Water', 'facts:member-session-speech'],
    ]);
  });
  it('makes the one named after "In his opening statement," a member, and not one the speaker thanks', () => {
    const text = 'Chile and Peru opened a second round of talks in Lima on Saturday. In his opening statement, Chilean envoy Ana Ruiz said the talks would be hard. Peruvian envoy Luis Soto thanked the Bolivian foreign minister Tor Berg in his opening remarks.';
    expect(factsWith(['attendance'], text).map((f) => [who(f, text), sideOf(f, text)])).toEqual([
      ['Ana Ruiz', 'Chile'],
      ['Luis Soto', 'Peru'],
    ]);
  });
});

describe('members: the side a sentence opens with, lists at the table', () => {
  // Passages written for these tests, about invented talks.
  it('makes the head of "For COUNTRY, TITLE NAME, ROLE led the delegation" a head for that country', () => {
    const text = 'Chile and Peru held the ninth round of border talks in Arica on Monday. For Peru, Maj Gen Luis Soto, commander of the Southern Military Region led the delegation.';
    expect(factsWith(['heads-of-delegations'], text).map((f) => [who(f, text), f.party?.mention ? text.slice(f.party.mention.start, f.party.mention.end) : f.party?.country, f.role, f.head])).toEqual([
      ['Luis Soto', 'Peru', 'commander of the Southern Military Region', true],
    ]);
  });
  it('reads "Other officials at the table included NAME - ROLE, NAME - ROLE, and NAME" as members, each role ending before the next name', () => {
    const text = 'Chile and Peru opened talks in Lima on Monday. Other officials at the table included Ana Ruiz - director general at the Chilean foreign ministry, Pablo Mena - director general at the Chilean treasury, and Rosa Vidal.';
    expect(factsWith(['attendance'], text).map((f) => [who(f, text), f.role])).toEqual([
      ['Ana Ruiz', 'director general at the foreign ministry'],
      ['Pablo Mena', 'director general at the treasury'],
    ]);
  });
});

describe('members: an office before the name and a description after it', () => {
  // Passage written for this test.
  it('takes the office for the role where the apposition only describes ("a close confidant of …"), and the description where no office precedes', () => {
    const text = 'Chile and Peru held talks in Paris on Monday. Chile was represented by Strategic Affairs Minister Pablo Mena, a close confidant of the president, while Peru\'s delegation was headed by Ana Ruiz, a former foreign minister.';
    expect(factsWith(['delegation-lists'], text).map((f) => [who(f, text), f.role])).toEqual([
      ['Pablo Mena', 'Strategic Affairs Minister'],
      ['Ana Ruiz', 'former foreign minister'],
    ]);
  });
});

describe('members: those leading the talks', () => {
  // Passage written for this test.
  it('makes each of "A and B are leading the discussions" the head of the side their own title names', () => {
    const text = 'Chile and Peru held a third round of talks in Lima on Saturday. Chilean envoy Ana Soto and Peruvian Foreign Minister Luis Vara are again leading the discussions, which this time include a technical meeting.';
    expect(factsWith(['heads-of-delegations'], text).map((f) => [who(f, text), f.party?.country, f.role, f.head])).toEqual([
      ['Ana Soto', 'Chile', 'envoy', true],
      ['Luis Vara', 'Peru', 'Foreign Minister', true],
    ]);
  });
});

describe('step negotiator-titles: the role before a comma, the person\'s own titles after it', () => {
  // Passages written for this test.
  it('reads "the head of X\'s delegation, TITLE and former TITLE NAME" as the head of that side', () => {
    const text = "The head of Peru's delegation, presidential adviser and former sports minister Luis Marsh, said the talks were useful.";
    const out = factsWith(['negotiator-titles'], text);
    expect(out.map((f) => [f.rule, who(f, text), f.head, f.party?.country ?? (f.party?.mention ? text.slice(f.party.mention.start, f.party.mention.end) : undefined)])).toEqual([['facts:member-negotiator-title', 'Luis Marsh', true, 'Peru']]);
  });
  it('not a person after words that are no title ("in the presence of") or a conjunction ("and top commander")', () => {
    for (const text of ['Ana Ruiz sat with Luis Marsh, leader of the Peruvian delegation to the talks, in the presence of Lars Holm.', 'Luis Marsh, the head of the Peruvian delegation, and top commander Lars Holm said the fighters agree.'])
      expect(factsWith(['negotiator-titles'], text).map((f) => who(f, text))).toEqual(['Luis Marsh']);
  });
});

describe('roles: a title after a list\'s examples word', () => {
  // Passage written for this test.
  it('is the title alone, not the group the list names first ("senior officials such as Deputy Minister NAME")', () => {
    const text = "Chile's team included senior officials such as Deputy Minister Rafi Sahl and Legal Adviser Ivo Drann.";
    expect(read(['delegation-lists'], text).map((f) => [f.who, f.role])).toEqual([['Rafi Sahl', 'Deputy Minister'], ['Ivo Drann', 'Legal Adviser']]);
  });
});

describe('step delegation-lists: titles before the names, each closed by a comma', () => {
  // Passage written for this test.
  it('gives each title to the name after it, and makes no one head by another\'s cue (field notes E10)', () => {
    const text = 'The Chilean delegation was headed by Holm, accompanied by her deputy for legal affairs, Rafi Sahl, deputy for economic affairs, Ivo Drann, and adviser Mara Lent.';
    const out = factsWith(['delegation-lists'], text).filter((f) => f.kind === 'member');
    expect(out.map((f) => [who(f, text), f.role, f.head])).toEqual([
      ['Rafi Sahl', 'deputy for legal affairs', false],
      ['Ivo Drann', 'deputy for economic affairs', false],
      ['Mara Lent', 'adviser', false],
    ]);
  });
});

describe('step across-the-table: an expert-level sub-team that "engaged" the other side', () => {
  // Passage written for this test.
  it('seats the listed subjects opposite the other side\'s person, each with the plural title made singular (field notes E9)', () => {
    const text = "Deputy ministers Rafi Sahl and Ivo Drann engaged Peru's legal adviser Mara Lent in the expert-level talks.";
    const out = factsWith(['across-the-table'], text);
    const side = (f: Fact) => f.party?.country ?? (f.party?.mention ? text.slice(f.party.mention.start, f.party.mention.end) : null);
    expect(out.map((f) => [who(f, text), f.role ?? null, side(f)])).toEqual([
      ['Rafi Sahl', 'Deputy minister', null],
      ['Ivo Drann', 'Deputy minister', null],
      ['Mara Lent', 'legal adviser', 'Peru'],
    ]);
  });
});

describe('step heads-of-delegations: a co-head', () => {
  // Passage written for this test (field notes E1).
  it('seats who led the delegation "together with" the head as a head of the same side, with their title', () => {
    const text = 'Ana Ruiz, who led the Chilean delegation together with Deputy Minister Rafi Sahl, said the talks were useful.';
    expect(read(['heads-of-delegations'], text).map((f) => [f.who, f.party, f.role ?? null])).toEqual([
      ['Ana Ruiz', { country: 'Chile' }, null],
      ['Rafi Sahl', { country: 'Chile' }, 'Deputy Minister'],
    ]);
  });
});

describe('step across-the-table: separate meetings with a list of counterparts', () => {
  // A passage written for this test, about invented talks.
  const text = 'Norwegian Foreign Minister Lars Holm held separate meetings in the Norwegian capital Oslo with his Chilean counterpart, Ana Rojas, and Peruvian Foreign Minister Luis Paredes, the ministry said.';
  it('seats each one listed after "with", for the side of their own title, the counterpart with the office of the one they face', () => {
    const got = factsWith(['across-the-table'], text, { published: '2031-03-06' })
      .filter((f) => f.kind === 'member')
      .map((f) => [who(f, text), f.party?.country, f.role]);
    expect(got).toEqual([
      ['Lars Holm', 'Norway', 'Foreign Minister'],
      ['Ana Rojas', 'Chile', 'Foreign Minister'],
      ['Luis Paredes', 'Peru', 'Foreign Minister'],
    ]);
  });
});
