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

      it('reads no person in the name of a meeting or process ("the Lima Regional Consultations", "the Quito Security Forum")', () => {
        const doc = analyze('The 12th round of the Lima Regional Consultations ended on Friday, a week after the Quito Security Forum, and Tomas Varga spoke for Chile.', { noKnowledge });
        expect(texts(doc, 'Person')).toEqual(['Tomas Varga']);
        expect(texts(doc, 'Place')).toEqual(expect.arrayContaining(['Lima', 'Quito']));
      });

      it('reads a known body whose name runs across several connectors as one ("Organization for Security and Cooperation in Europe")', () => {
        const doc = analyze('The Organisation for Security and Cooperation in Europe sent two envoys to meet Tomas Varga in Lima.', { noKnowledge });
        if (noKnowledge) return;
        expect(texts(doc, 'Organization')).toEqual(['Organisation for Security and Cooperation in Europe']);
        expect(texts(doc, 'Place')).toEqual(['Lima']);
      });

      it('leaves Malay forms of address and titles of honour out of the name ("Tan Sri", "Datuk Seri", "Tun", "Ustaz")', () => {
        const doc = analyze('Tan Sri Rahman Yusof welcomed Datuk Seri Aziz Harun, Tun Kamal Idris and Ustaz Hafiz Omar to the talks.', { noKnowledge });
        expect(texts(doc, 'Person')).toEqual(['Rahman Yusof', 'Aziz Harun', 'Kamal Idris', 'Hafiz Omar']);
      });

      it('leaves a title written with an apostrophe out of the name ("Dato\' Sri NAME"), not an apostrophe inside a name', () => {
        const doc = analyze("Gen Tan Sri Dato' Sri Rahman Yusof met Dato' Aziz Harun and Sean O'Brien.", { noKnowledge });
        expect(texts(doc, 'Person')).toEqual(['Rahman Yusof', 'Aziz Harun', "Sean O'Brien"]);
      });

      it('reads the holder of a title with a continent in its portfolio, and a person with a demonym and a title before "and" ("Minister for Europe and Foreign Affairs NAME", "German Foreign Minister NAME and …")', () => {
        const doc = analyze('Minister for Europe and Foreign Affairs Lena Okafor met Chilean Foreign Minister Tomas Varga and European Union envoy Ana Ruiz.', { noKnowledge });
        expect(texts(doc, 'Person')).toEqual(['Lena Okafor', 'Tomas Varga', 'Ana Ruiz']);
      });

      it('keeps the place a mission or a force works in inside its name, not the place after a ministry ("UN Support Mission in Libya")', () => {
        const doc = analyze('The United Nations Verification Mission in Bolivia and the UN Interim Force in Peru met the Foreign Ministry in Lima.', { noKnowledge });
        expect(texts(doc, 'Organization')).toEqual(['United Nations Verification Mission in Bolivia', 'UN Interim Force in Peru', 'Foreign Ministry']);
        expect(texts(doc, 'Place')).toEqual(['Lima']);
      });

      it('types a name after a building\'s head word as a place', () => {
        const doc = analyze('A motorcade heads for Villa Solberg, and Palais Ostrand waits.', { noKnowledge });
        expect(texts(doc, 'Place')).toEqual(['Villa Solberg', 'Palais Ostrand']);
      });

      it('types a name after "the town of" as a place', () => {
        const doc = analyze('The envoys met in the border town of Tarqaba on Monday.', { noKnowledge });
        expect(texts(doc, 'Place')).toEqual(['Tarqaba']);
      });

      it('keeps a known place inside a building\'s name after its head word', () => {
        const doc = analyze('The envoys were received at the Palacio de Santa Cruz before flying to Valencia.', { noKnowledge });
        expect(texts(doc, 'Place')).toEqual(['Palacio de Santa Cruz', 'Valencia']);
      });

      it('types an emirate, a caliphate or a junta as a body, not a person', () => {
        const doc = analyze('Envoys of the Sahel Caliphate met the Volta Junta and the negotiation team of the Dunes Emirate.', { noKnowledge });
        expect(texts(doc, 'Organization')).toEqual(['Sahel Caliphate', 'Volta Junta', 'Dunes Emirate']);
        expect(texts(doc, 'Person')).toEqual([]);
      });

      it('types an acronym defined in the text like its expansion', () => {
        const doc = analyze('The Joint Monitoring Commission (JMC) will meet again. Observers said the JMC lacks staff.', { noKnowledge });
        expect(texts(doc, 'Organization')).toEqual(['Joint Monitoring Commission', 'JMC', 'JMC']);
        const jmc = doc.mentions.find((m) => m.text === 'JMC')!;
        expect(jmc.expansion).toBe('Joint Monitoring Commission');
      });

      it('marks a body\'s other name given beside it ("NAME (ACR), formerly known as NAME2") with the first name', () => {
        const doc = analyze('Talks resumed with the Unity Front (UF), formerly known as the Liberation Council (LC), and the Peace Council.', { noKnowledge });
        expect(doc.mentions.filter((m) => m.type === 'Organization').map((m) => [m.text, m.renamed ?? null])).toEqual([
          ['Unity Front', null],
          ['UF', null],
          ['Liberation Council', 'Unity Front'],
          ['LC', null],
          ['Peace Council', null],
        ]);
      });

      it('reads a defined acronym written in title case, as some papers write them', () => {
        const doc = analyze('The Andean Liberation Front (ALF) joined the talks. The Alf announced a truce.', { noKnowledge });
        expect(doc.mentions.filter((m) => m.text === 'Alf').map((m) => [m.type, m.rule])).toEqual([['Organization', 'names:acronym-defined']]);
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

      it('reads a name of several words before a generic place word, or ending with one, as a place, not a person', () => {
        const doc = analyze('The team included the governor of the Vel-Anora Maris region, Tomas Varga, and envoys of the Northern Kessel Provinces, namely the mayor of Ostrava, Lena Okafor.', { noKnowledge });
        expect(texts(doc, 'Person')).toEqual(['Tomas Varga', 'Lena Okafor']);
        expect(texts(doc, 'Place')).toEqual(expect.arrayContaining(['Vel-Anora Maris', 'Northern Kessel Provinces']));
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

  it('reads a dateline in capitals of a town no list knows, before its country and a dash', () => {
    const doc = analyze('A caption line about the signing.\n\nVELDHOVEN AAN DIJK, The Netherlands — The two sides signed an accord on Tuesday.');
    expect(texts(doc, 'Place')).toEqual(['VELDHOVEN AAN DIJK', 'Netherlands']);
    expect(texts(doc, 'Person')).toEqual([]);
  });

  it('reads a dateline in capitals alone on its line before a colon, and no word of the lexicon so written', () => {
    const doc = analyze('A caption line about the signing.\nVELDHOVEN:\nThe two sides signed an accord on Tuesday.');
    expect(texts(doc, 'Place')).toEqual(['VELDHOVEN']);
    expect(texts(doc, 'Organization')).toEqual([]);
    const update = analyze('A caption line about the signing.\nUPDATE:\nThe two sides signed an accord on Tuesday.');
    expect(texts(update, 'Place')).toEqual([]);
  });

  it('types a military unit as a body ("XIV Corps", "the 3rd Infantry Division")', () => {
    const doc = analyze('Lt Gen Mara Lind, commander of XIV Corps, met officers of the Northern Brigade.');
    expect(texts(doc, 'Organization')).toEqual(['XIV Corps', 'Northern Brigade']);
    expect(texts(doc, 'Person')).toEqual(['Mara Lind']);
  });

  it('reads a body\'s whole name where its acronym spells it out, titles and places inside it', () => {
    const doc = analyze('The talks were co-chaired by the Office of the Special Envoy of the Secretary-General for Ghana (OSESGG) and by Norway.');
    expect(texts(doc, 'Organization')).toEqual(['Office of the Special Envoy of the Secretary-General for Ghana', 'OSESGG']);
    expect(texts(doc, 'Place')).toEqual(['Norway']);
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

// A collective noun in the possessive ("People's", "Workers'") stands inside a body's name (names.json
// collectivePossessives); an ordinary possessive still ends a name. Sentences written for these tests.
describe('names: collective possessives inside a body’s name', () => {
  for (const noKnowledge of [false, true]) {
    describe(noKnowledge ? 'without the knowledge base' : 'with the knowledge base', () => {
      it('keeps an invented body whole, before its cue word, whatever the apostrophe', () => {
        const doc = analyze('The Velmara People’s Front and the Ostrand Workers\' Union signed; the Brenn Farmers\' Association and the Kaldor Women\'s League did not.', { noKnowledge });
        expect(texts(doc, 'Organization')).toEqual(['Velmara People’s Front', 'Ostrand Workers\' Union', 'Brenn Farmers\' Association', 'Kaldor Women\'s League']);
        expect(texts(doc, 'Person')).toEqual([]);
        expect(texts(doc, 'Place')).toEqual([]);
      });

      it('keeps a known place before the possessive inside the name, and links its acronym to the whole', () => {
        const doc = analyze('Envoys of the Tigray People\'s Liberation Front (TPLF) arrived. The TPLF said the Sudan Peoples\' Liberation Movement had been invited.', { noKnowledge });
        expect(texts(doc, 'Organization')).toEqual(["Tigray People's Liberation Front", 'TPLF', 'TPLF', "Sudan Peoples' Liberation Movement"]);
        expect(doc.mentions.find((m) => m.text === 'TPLF')!.expansion).toBe("Tigray People's Liberation Front");
        expect(texts(doc, 'Place')).toEqual([]);
      });

      it('keeps a demonym before the possessive, and a name that starts with it, even at a sentence start', () => {
        const doc = analyze('The Norland People\'s Revolutionary Party met the Eritrean People\'s Liberation Front. People\'s Liberation Army units stayed in their barracks.', { noKnowledge });
        expect(texts(doc, 'Organization')).toEqual(["Norland People's Revolutionary Party", "Eritrean People's Liberation Front", "People's Liberation Army"]);
      });

      it('still ends a name at an ordinary possessive, and at a collective one before a lower-case word', () => {
        const doc = analyze('Kenya\'s Uhuru Kenyatta met the AU\'s envoy and Iran\'s foreign minister. The Velmara People\'s hopes rose as Workers\' rights were debated.', { noKnowledge });
        expect(texts(doc, 'Person')).toEqual(['Uhuru Kenyatta']);
        expect(texts(doc, 'Place')).toEqual(expect.arrayContaining(['Kenya', 'Iran']));
        expect(texts(doc, 'Organization')).toEqual(['AU']);
        expect(doc.mentions.some((m) => /['’]/.test(m.text))).toBe(false);
      });
    });
  }

  it('reads a country’s long form that holds "People\'s" to the country, not to a body', () => {
    const doc = analyze('Diplomats of the People\'s Republic of China met Democratic People\'s Republic of Korea officials.');
    expect(texts(doc, 'Organization')).toEqual([]);
    expect(texts(doc, 'Place')).toEqual(expect.arrayContaining(['China']));
    expect(doc.mentions.some((m) => /People/.test(m.text) && m.type !== 'Place')).toBe(false);
  });
});

// Issue 20: name shapes beyond the negotiation beat, each on a sentence written for the test.
describe('names: other name shapes', () => {
  it('keeps a family name that is also an English function word after a title', () => {
    const doc = analyze('Vice Premier He Dannan opened the session in Geneva. He said it would be short.', { noKnowledge: true });
    expect(texts(doc, 'Person')).toEqual(['He Dannan']);
    // The pronoun at the start of the next sentence is no name.
    expect(doc.mentions.filter((m) => m.text === 'He')).toEqual([]);
  });

  it('reads names that start with a capital beyond ASCII (İ, Ł, Ö, Ś) as whole words', () => {
    const doc = analyze('Łukasz Wiśniewski met İlknur Özdemir and Śliwa Ostrowska in Łódź on Friday.', { noKnowledge: true });
    expect(texts(doc, 'Person')).toEqual(['Łukasz Wiśniewski', 'İlknur Özdemir', 'Śliwa Ostrowska']);
    expect(texts(doc, 'Place')).toEqual(['Łódź']);
    expect(doc.tokens.map((t) => t.text)).toContain('Wiśniewski');
  });

  it('reads the name after a title\'s body ("the head of Mossad NAME") as the title holder\'s', () => {
    const doc = analyze('The envoy was joined by the head of Mossad Dovan Bar on Monday.');
    expect(texts(doc, 'Person')).toEqual(['Dovan Bar']);
    expect(texts(analyze('The envoy met the head of Mossad on Monday.'), 'Person')).toEqual([]);
  });

  it('keeps hyphenated and particle surnames whole', () => {
    const doc = analyze('Envoy Reza Sahl-e-Morvan met Sheikh Tamim bin Karim Al Tazi, Ambassador Lucia de la Cruz and Minister Pieter van der Berg.', { noKnowledge: true });
    expect(texts(doc, 'Person')).toEqual(['Reza Sahl-e-Morvan', 'Tamim bin Karim Al Tazi', 'Lucia de la Cruz', 'Pieter van der Berg']);
    const plain = analyze('Marie-Claire Fontaine thanked Jean-Luc Brassard in Lyon.', { noKnowledge: true });
    expect(texts(plain, 'Person')).toEqual(['Marie-Claire Fontaine', 'Jean-Luc Brassard']);
    // Two known places joined by a hyphen stay two, and the hyphen names nothing.
    const pair = analyze('The US-North Korea summit and the Chile-Peru talks opened.', { noKnowledge: true });
    expect(texts(pair, 'Place')).toEqual(['US', 'North Korea', 'Chile', 'Peru']);
    expect(pair.mentions.filter((m) => !/\p{L}/u.test(m.text))).toEqual([]);
  });

  it('types a news agency as an organisation, never a speaker, whatever its shape', () => {
    const doc = analyze('Tanjug said the talks had stalled, and Interfax reported the same.');
    expect(texts(doc, 'Organization')).toEqual(['Tanjug', 'Interfax']);
    expect(texts(doc, 'Person')).toEqual([]);
  });
});

// Issue 20: organisations with no cue word, found by what they do in the sentence.
describe('names: a body named in another language, its head word first', () => {
  // Sentences written for this test (invented bodies).
  it('reads the words after the head word as part of the name, not a person', () => {
    const doc = analyze('Envoys of Chile and the Barisan Keadilan Rakyat (BKR) met in Quito. The Frente Unido Sur delegation was led by Rosa Vidal.');
    expect(texts(doc, 'Organization')).toEqual(['Barisan Keadilan Rakyat', 'BKR', 'Frente Unido Sur']);
    expect(texts(doc, 'Person')).toEqual(['Rosa Vidal']);
  });
});

describe('names: organisations from context', () => {
  it('finds companies by their legal form, their shares and their officers, and types their short names alike', () => {
    const doc = analyze(
      'Shares of Velto Systems Inc rose 4 percent on Tuesday. Brask AG said in a statement that it would buy Velto for $2 billion. ' +
        'Velto spokeswoman Ida Morne declined to comment.',
      { noKnowledge: true },
    );
    expect(texts(doc, 'Organization')).toEqual(['Velto Systems Inc', 'Brask AG', 'Velto', 'Velto']);
    expect(texts(doc, 'Person')).toEqual(['Ida Morne']);
  });

  it('finds an unknown company before its stock or after an analyst', () => {
    const doc = analyze('Tarrow stock fell 3 percent, said Lina Vos, an analyst at Brenholm.', { noKnowledge: true });
    expect(texts(doc, 'Organization')).toEqual(['Tarrow', 'Brenholm']);
  });

  it('reads a place as a team in a sports report, and a country as a national side (a place)', () => {
    const report = [
      'RUGBY LEAGUE - HALTWICK BEAT DUNMORE',
      'Leeds beat Wakefield 28-12 in the league on Sunday, while Norway drew with Denmark in the tournament.',
      'Leeds coach Ari Bell said the striker was fit.',
      'Results:',
      'Leeds 28 Wakefield 12',
    ].join('\n');
    const doc = analyze(report, { noKnowledge: true });
    const org = texts(doc, 'Organization');
    expect(org.filter((t) => t === 'Leeds')).toHaveLength(3);
    expect(org.filter((t) => t === 'Wakefield')).toHaveLength(2);
    expect(texts(doc, 'Place')).toEqual(expect.arrayContaining(['Norway', 'Denmark']));
    expect(org).not.toContain('Norway');
    // The same sentence outside a sports report keeps its places.
    const news = analyze('Officials from Leeds met officials from Wakefield on Sunday.', { noKnowledge: true });
    expect(texts(news, 'Place')).toEqual(['Leeds', 'Wakefield']);
  });

  it('reads a line in capitals word by word, and the place of a dateline', () => {
    const doc = analyze('MARKETS - TRADERS CAUTIOUS AHEAD OF HOLIDAY\nBRANTFORD 2031-05-02\nTraders in Brantford were cautious.', { noKnowledge: true });
    expect(texts(doc, 'Organization')).toEqual([]);
    expect(texts(doc, 'Place')).toEqual(['BRANTFORD', 'Brantford']);
  });

  it('reads a person listed with their country in parentheses', () => {
    const doc = analyze('Results of the women\'s 800 metres:\n1. Anneli Marsk ( Estonia ) 1:58.20\n2. Doreen Okapa ( Kenya ) 1:58.91', { noKnowledge: true });
    expect(texts(doc, 'Person')).toEqual(['Anneli Marsk', 'Doreen Okapa']);
    expect(texts(doc, 'Place')).toEqual(['Estonia', 'Kenya']);
  });
});

describe('offices of councils and commissions as titles', () => {
  // Passages written for this test.
  it('finds the person after "Federal Councillor", "Commissioner" and "High Commissioner"', () => {
    expect(texts(analyze('Swiss Federal Councillor Marta Keller, who chairs the talks, spoke first.'), 'Person')).toEqual(['Marta Keller']);
    expect(texts(analyze('EU Commissioner Ana Berg and UN High Commissioner Tomas Lind met the delegations.'), 'Person')).toEqual(['Ana Berg', 'Tomas Lind']);
  });
});

describe('a known name that starts with a word that alone is no name', () => {
  // Passages written for this test.
  it('keeps "New" in New York, New Delhi and New Zealand, and leaves it out of "New talks"', () => {
    expect(texts(analyze('The envoys met in New York, then flew to New Delhi.'), 'Place')).toEqual(['New York', 'New Delhi']);
    expect(texts(analyze('New Zealand and Fiji held talks.'), 'Place')).toEqual(['New Zealand', 'Fiji']);
    expect(texts(analyze('New talks opened in Doha.'), 'Place')).toEqual(['Doha']);
  });
});

describe('rooms and centres as buildings', () => {
  // A passage written for this test.
  it('types a named room or conference centre as a place (a facility)', () => {
    expect(texts(analyze('In the Tarsila Protocol Room, in Lima, the third cycle began.'), 'Place')).toEqual(['Tarsila Protocol Room', 'Lima']);
  });
});

describe("a minister's portfolio between the words of a title", () => {
  // Passage written for this test, about invented officials.
  it('names no person ("Deputy Political Affairs Minister NAME", "Deputy International and Legal Affairs Minister NAME")', () => {
    const t = 'The delegation included Deputy Political Affairs Minister Rosa Vidal and Deputy International and Legal Affairs Minister Pablo Mena.';
    expect(texts(analyze(t), 'Person')).toEqual(['Rosa Vidal', 'Pablo Mena']);
  });
  it('keeps a name before "and" where no portfolio follows ("President Lula and Israeli Prime Minister NAME")', () => {
    expect(texts(analyze('President Lula and Israeli Prime Minister Dan Avidor met.'), 'Person')).toEqual(['Lula', 'Dan Avidor']);
  });
});

describe('a known name that runs across "of the"', () => {
  // Passage written for this test.
  it('is one name ("the Democratic Republic of the Congo"), and an organisation\'s name with "of" is left as it was', () => {
    const a = analyze('Talks between the Democratic Republic of the Congo and the rebels opened. The Bank of England was shut.');
    expect(texts(a, 'Place')).toEqual(['Democratic Republic of the Congo']);
    expect(texts(a, 'Organization')).toEqual(['Bank of England']);
  });
});

describe('names: a surname after a middle initial', () => {
  // Passages written for this test.
  it('keeps a surname a place shares after a middle initial, a particle and a hyphen ("Rosa T. de Lima-Vega", "Pedro L. Quito III")', () => {
    const doc = analyze('The panel was made up of Rosa T. de Lima-Vega and Pedro L. Quito III, the GRP Panel Chairperson. Both went to Lima.');
    expect(doc.mentions.map((m) => [m.type, m.text])).toEqual([
      ['Person', 'Rosa T. de Lima-Vega'],
      ['Person', 'Pedro L. Quito III'],
      ['Organization', 'GRP Panel'],
      ['Place', 'Lima'],
    ]);
  });
});

describe('names: a minister of a portfolio and the holder', () => {
  // Passages written for this test.
  it('reads the name after "Minister of PORTFOLIO" as a person, and leaves a body after "Secretary of the …" whole', () => {
    const doc = analyze('Togolese Minister of Foreign Affairs Kodjo Amenyo said so. The Secretary of the National Security and Defence Council Ama Lawson spoke.');
    expect(doc.mentions.filter((m) => m.type !== 'Place').map((m) => [m.type, m.text])).toEqual([
      ['Person', 'Kodjo Amenyo'],
      ['Organization', 'National Security and Defence Council'],
      ['Person', 'Ama Lawson'],
    ]);
  });
  it('keeps a titled person before "and" apart from a body named after it ("Foreign Minister NAME and General Intelligence chief NAME")', () => {
    const doc = analyze('A delegation led by Foreign Minister Kodjo Amenyo and General Intelligence chief Ama Lawson took part in the talks.');
    expect(doc.mentions.filter((m) => m.type === 'Person').map((m) => m.text)).toEqual(['Kodjo Amenyo', 'Ama Lawson']);
  });
  it('reads the name after an office of the republic as its holder ("Attorney-General of the Republic NAME")', () => {
    const doc = analyze('The Togolese delegation included Mr Sena, Attorney-General of the Republic Kodjo Amenyo, and the legal expert Ama Lawson.');
    expect(doc.mentions.filter((m) => m.type === 'Person').map((m) => m.text)).toEqual(['Sena', 'Kodjo Amenyo', 'Ama Lawson']);
  });
  it('reads a portfolio of two parts joined by "and" ("Minister of Irrigation and Water Resources NAME")', () => {
    const doc = analyze("Togo's delegation was led by Acting Minister of Fisheries and Water Resources Kodjo Amenyo.");
    expect(doc.mentions.filter((m) => m.type !== 'Place').map((m) => [m.type, m.text])).toEqual([['Person', 'Kodjo Amenyo']]);
  });
  it('keeps a known place whose first word is also a portfolio word whole, and names the holder after it ("Special Envoy for North Korea NAME")', () => {
    const doc = analyze('The talks were attended by the Special Envoy for North Korea Kodjo Amenyo.');
    expect(doc.mentions.map((m) => [m.type, m.text])).toEqual([
      ['Place', 'North Korea'],
      ['Person', 'Kodjo Amenyo'],
    ]);
  });
  it('reads a run that ends in the plural of a body\'s cue word as no person ("the Ceasefire Committees of both sides")', () => {
    const doc = analyze('The accord asks the two Ceasefire Committees to meet before the next round.');
    expect(doc.mentions.filter((m) => m.type === 'Person').map((m) => m.text)).toEqual([]);
  });
  it('reads a plural title before a list of names as no part of the first name ("Foreign Ministers NAME and NAME")', () => {
    const doc = analyze('The host said he and Foreign Ministers Kodjo Amenyo and Ama Lawson would take stock.');
    expect(doc.mentions.map((m) => [m.type, m.text])).toEqual([
      ['Person', 'Kodjo Amenyo'],
      ['Person', 'Ama Lawson'],
    ]);
  });
  it('leaves the last word of a portfolio after a place out of the name ("Advisor for Middle East Affairs NAME")', () => {
    const doc = analyze('The talks were attended by the Togolese Advisor for West Africa Affairs Kodjo Amenyo.');
    expect(doc.mentions.filter((m) => m.type === 'Person').map((m) => m.text)).toEqual(['Kodjo Amenyo']);
  });
  it('reads a region as a portfolio and "Deputy Secretary of State" as one title ("Assistant Secretary of State for Near Eastern Affairs NAME")', () => {
    const doc = analyze('The talks were attended by Assistant Secretary of State for Near Eastern Affairs Kodjo Amenyo and Deputy Secretary of State Ama Lawson.');
    expect(doc.mentions.filter((m) => m.type !== 'Place').map((m) => [m.type, m.text])).toEqual([
      ['Person', 'Kodjo Amenyo'],
      ['Person', 'Ama Lawson'],
    ]);
  });
  it('reads a portfolio after "for", joined by "&" and hyphens ("Director General for Political & Maritime-Border Affairs NAME")', () => {
    const doc = analyze("Togo's team includes Director General for Bilateral Political & Maritime-Aviation-Border Affairs Kodjo Amenyo and Deputy General Manager Ama Lawson.");
    expect(doc.mentions.filter((m) => m.type !== 'Place').map((m) => [m.type, m.text])).toEqual([
      ['Person', 'Kodjo Amenyo'],
      ['Person', 'Ama Lawson'],
    ]);
  });
});

describe('names: a co-chair', () => {
  // Passage written for this test.
  it('reads "Co-Chairman" as a title, not a name', () => {
    const doc = analyze('The statement was signed by the Togolese GBC Co-Chairman General Ama Lawson.');
    expect(doc.mentions.filter((m) => m.type === 'Person').map((m) => m.text)).toEqual(['Ama Lawson']);
  });
});

describe('names: ranks abbreviated without their stops', () => {
  // A passage written for this test.
  it('keep "Lt Gen", "Maj Gen" and "Brig" out of the person', () => {
    const doc = analyze('The delegation was led by Lt Gen Omar Ruiz, with Maj Gen Ana Soto and Brig Pablo Mena.');
    expect(texts(doc, 'Person')).toEqual(['Omar Ruiz', 'Ana Soto', 'Pablo Mena']);
  });
});

describe('names: a long sentence a page cut short', () => {
  // Passage written for this test (invented people).
  it('is no headline: its names are read by their shape, "NAME, director-general of …" a person', () => {
    const doc = analyze('Other members of the Chilean delegation include Lt-Gen Rosa Vidal, commander of the Third Army Corps, Deputy Secretary Hugo Marsh of the Justice Ministry and Sarin Jayomala, director-general of the International Organisations Depar');
    expect(doc.mentions.filter((m) => m.type === 'Person').map((m) => m.text)).toContain('Sarin Jayomala');
  });
});

describe('names: a name glued to the word after it', () => {
  // Passage written for this test.
  it('ends the name before a glued word where the text writes the name alone elsewhere, and keeps a name that only ends so', () => {
    const persons = (text: string) => analyze(text).mentions.filter((m) => m.type === 'Person').map((m) => m.text);
    expect(persons('The co-chairs (Omar Khaledifrom the government and Lina Haddad from the opposition) met. Khaledi spoke first.').slice(0, 2)).toEqual(['Omar Khaledi', 'Lina Haddad']);
    // (not where the text never writes the name without the ending)
    expect(persons('The co-chairs (Omar Khaledifrom the government and Lina Haddad from the opposition) met.').slice(0, 1)).toEqual(['Omar Khaledifrom']);
    expect(persons('Omar Ferdinand spoke first.')).toEqual(['Omar Ferdinand']);
  });
});

describe('names: a title that names the talks before a name', () => {
  // Passage written for this test.
  it('starts the name after the head word of the talks\' name ("Representative to the Lima International Discussions NAME")', () => {
    const persons = analyze('She chaired the round with her colleagues, UN Representative to the Lima International Discussions Maria Castro and the OSCE envoy Omar Haddad.').mentions.filter((m) => m.type === 'Person').map((m) => m.text);
    expect(persons).toEqual(['Maria Castro', 'Omar Haddad']);
  });
});
