/**
 * link (corpus stage): one canonical entity per real-world person, body and place.
 *
 * 1. Knowledge base: a mention whose text is a known alias of an entity of its type links to it.
 *    A government office named by a common noun ("the Foreign Ministry") links to that office of
 *    the country the text ties it to (stage names), never to another country's.
 * 2. Within a document: an acronym links to the expansion it was defined with ("… Council
 *    (NSDC)"); a short name links to the full name met in the same document ("Witkoff" →
 *    "Steve Witkoff").
 * 3. Across documents: clusters of the same type merge when their names agree: the same
 *    normalized name; an acronym matching the other's initials; spelling variants and
 *    transliterations (Jaro-Winkler and Double Metaphone on the surname) with a compatible
 *    given name; a lone surname that fits exactly one person. Each merge records its reason.
 * Ids are `Wikidata:Q…` or `local:slug` of the canonical name; nothing depends on file order.
 */
import { createRequire } from 'node:module';
import type { Entity, EntityType, Merge, Mention } from '../model/schema.js';
import { isEntityType } from '../model/schema.js';
import type { Knowledge, KbEntity } from '../knowledge/knowledge.js';
import { aliasKey, entityIdFor, spellingKey } from '../knowledge/knowledge.js';

/**
 * Memoizes a string function: names repeat across mentions and documents, and linking asks the
 * same questions of them many times. Every cache is emptied when a `link` call ends.
 */
const caches: Array<Map<string, unknown>> = [];
function memo<T>(f: (s: string) => T): (s: string) => T {
  const cache = new Map<string, T>();
  caches.push(cache);
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) cache.set(s, (v = f(s)));
    return v;
  };
}
const require = createRequire(import.meta.url);
// natural's submodules, not the whole package: its index pulls in database clients and prints to stdout.
const JaroWinklerDistance = require('natural/lib/natural/distance/jaro-winkler_distance.js') as (a: string, b: string, opts?: { ignoreCase?: boolean }) => number;
const DoubleMetaphoneClass = require('natural/lib/natural/phonetics/double_metaphone.js') as new () => { process(s: string): [string, string] };
const doubleMetaphone = new DoubleMetaphoneClass();
const keyOf = memo(aliasKey);
/** A name in capitals only, of words of two letters or more ("DOHA", "ABU DHABI"). */
const SHOUTED = /^\p{Lu}{2,}(?:[ -]\p{Lu}{2,})*$/u;
/** A name in capitals as words: each capital word with its first letter alone a capital ("ABU DHABI" → "Abu Dhabi"). */
const asWords = (text: string): string => text.toLowerCase().replace(/(^|[ -])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
const metaphone = memo((s: string): [string, string] => doubleMetaphone.process(s));
const jaroWinkler = (a: string, b: string) => JaroWinklerDistance(a, b, { ignoreCase: true });

export interface LinkOptions {
  /** Jaro-Winkler similarity above which two surnames may be spelling variants. */
  jaroWinkler?: number;
  /** Two romanizations of one long surname ("Raksanoh" / "Rugsanaoh"): the Jaro-Winkler similarity above which two
   * surnames of `transliterationLength` letters or more that sound the same (one Double Metaphone) are one name. */
  transliterationJaroWinkler?: number;
  transliterationLength?: number;
}

/** A mention with where it comes from. */
export interface DocMention {
  doc: string;
  mention: Mention;
}

/** A mention while it is linked: where it is in the caller's list, and the cluster it is in so far. */
interface Item extends DocMention {
  at: number;
  cluster: Cluster | undefined;
}

interface Cluster {
  key: string;
  type: EntityType;
  kb?: KbEntity;
  /** Full names (most complete forms) seen. */
  names: Map<string, number>;
  mentions: Item[];
  docs: Set<string>;
  merges: Merge[];
  /** A name the evidence fixes (a government office with its country), over the forms seen. */
  fixedName?: string;
  /** Acronyms its documents define for it, with the names they define them as ("BRN" → "Barisan Revolusi Nasional"). */
  defined?: Map<string, Set<string>>;
}

const STOP = new Set(['of', 'the', 'and', 'for', 'on', 'in', '&']);
const norm = memo((s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’']s$/, '').replace(/[’'.]/g, '').replace(/[\u2010-\u2015]/g, '-').replace(/\s+/g, ' ').trim().toLowerCase());
/** The words of a normalized name (shared: do not modify). */
const words = memo((s: string): readonly string[] => norm(s).split(/[\s-]+/).filter(Boolean));
const initials = (s: string) =>
  s
    .split(/[\s-]+/)
    .filter((w) => w && !STOP.has(w.toLowerCase()))
    .map((w) => w[0]!.toUpperCase())
    .join('');
/** The initials of every word but "the": the letters of an acronym that keeps the small words ("RTGONU", "Revitalized
 * Transitional Government of National Unity"). */
const allInitials = (s: string) =>
  s
    .split(/[\s-]+/)
    .filter((w) => w && w.toLowerCase() !== 'the')
    .map((w) => w[0]!.toUpperCase())
    .join('');
const acronymLetters = (s: string) => s.replace(/[^A-Za-z]/g, '');
const isAcronymText = (s: string) => /^[A-Z][A-Z./&]*$/.test(s.replace(/\s/g, '')) && acronymLetters(s).length >= 2;

/** What linking compares of a name, worked out once per distinct name. */
interface NameForm {
  text: string;
  /** Normalized, hyphens as spaces: equal for the same name written differently. */
  flat: string;
  words: readonly string[];
  acronym: boolean;
  /** An acronym's letters, upper-cased. */
  letters: string;
  /** The initials of the name's content words. */
  initials: string;
  /** The initials of all its words but "the". */
  allInitials: string;
}
const nameForm = memo(
  (text: string): NameForm => ({
    text,
    flat: norm(text).replace(/-/g, ' '),
    words: words(text),
    acronym: isAcronymText(text),
    letters: acronymLetters(text).toUpperCase(),
    initials: initials(text),
    allInitials: allInitials(text),
  }),
);

/** Do two surnames look like spellings of one name? (Grynkevich / Grinkevich / Grynkewich, Zelensky / Zelenskyy). */
function surnameVariants(a: string, b: string, threshold: number): string | undefined {
  if (a === b) return 'same surname';
  const jw = jaroWinkler(a, b);
  if (jw < threshold) return undefined;
  // Zelensky / Zelenska: a different ending is a different person (gendered forms), not a spelling.
  const ea = a.slice(-1);
  const eb = b.slice(-1);
  if (ea !== eb && /[ai]/.test(ea + eb) && !/y/.test(ea + eb)) return undefined;
  const [pa, sa] = metaphone(a);
  const [pb, sb] = metaphone(b);
  const phon = pa === pb || pa === sb || sa === pb || sa === sb;
  if (phon) return `surname spellings ${a}/${b}: Jaro-Winkler ${jw.toFixed(3)}, same Double Metaphone`;
  if (jw >= threshold + 0.03 || Math.abs(a.length - b.length) <= 1) return `surname spellings ${a}/${b}: Jaro-Winkler ${jw.toFixed(3)}`;
  return undefined;
}

/** Two romanizations of one long surname: as long as `minLength` at least, the same Double Metaphone, and a Jaro-Winkler
 * similarity of `threshold` at least ("Raksanoh" / "Rugsanaoh", Thai written two ways). */
function transliteratedSurnames(a: string, b: string, threshold: number, minLength: number): string | undefined {
  if (a.length < minLength || b.length < minLength) return undefined;
  const jw = jaroWinkler(a, b);
  if (jw < threshold || metaphone(a)[0] !== metaphone(b)[0]) return undefined;
  return `surname romanizations ${a}/${b}: Jaro-Winkler ${jw.toFixed(3)}, same Double Metaphone`;
}

/** Given names compatible: equal, one an initial of the other, one missing, one name transliterated two ways (same
 * spelling key), or two forms of one name (`forms`: names.json givenNameForms, "Tom"/"Thomas"). */
const givenCompatible = (a: string | undefined, b: string | undefined, key?: (w: string) => string, forms?: Map<string, number[]>) =>
  !a ||
  !b ||
  a === b ||
  (a.length === 1 && b.startsWith(a)) ||
  (b.length === 1 && a.startsWith(b)) ||
  (key !== undefined && a.length > 2 && b.length > 2 && key(a) === key(b)) ||
  givenVariants(a, b) ||
  (forms?.get(a)?.some((g) => forms.get(b)?.includes(g)) ?? false);
/** Two spellings of one given name: a short form that begins the long one ("Steve"/"Steven"), or a transliteration
 * that differs by a letter or two with the same first letter ("Esmail"/"Esmaeil"). */
function givenVariants(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 4 && long.startsWith(short) && long.length - short.length <= 2) return true;
  // (one vowel written two ways inside a name of five letters or more, "Ronan"/"Ronen"; not at its end, where it may
  // mark another name, "Mario"/"Maria")
  if (a.length === b.length && a.length >= 5) {
    const diff = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
    if (diff.length === 1 && diff[0]! > 0 && diff[0]! < a.length - 1 && /^[aeiou]{2}$/.test(a[diff[0]!]! + b[diff[0]!]!)) return true;
  }
  return short.length >= 5 && a[0] === b[0] && Math.abs(a.length - b.length) <= 1 && jaroWinkler(a, b) >= 0.93;
}

/** The entities, and the entity id of each mention of `all`, at the same index (none for dates and quantities). */
export interface Linked {
  entities: Entity[];
  ids: Array<string | undefined>;
}

export function link(all: DocMention[], kn: Knowledge, opts: LinkOptions = {}): Linked {
  try {
    return linkMentions(all, kn, opts);
  } finally {
    for (const c of caches) c.clear();
  }
}

function linkMentions(all: DocMention[], kn: Knowledge, opts: LinkOptions): Linked {
  /** A person's name words less a generational suffix after the surname ("Silvestre H. Bello III" → … "bello"). */
  const personWords = (n: string): readonly string[] => {
    const w = words(n);
    return w.length > 2 && kn.lexicons.generationalSuffixes.has(w.at(-1)!) ? w.slice(0, -1) : w;
  };
  /** A surname written with its particle and a hyphen, alone: "al-Shaibani", "el-Sisi" (names.json particles). */
  const particleSurname = (n: string): boolean => {
    const w = words(n);
    return w.length === 2 && kn.lexicons.particles.has(w[0]!) && /^\S+$/.test(n.trim());
  };
  const threshold = opts.jaroWinkler ?? 0.9;
  const romanized = { threshold: opts.transliterationJaroWinkler ?? 0.8, length: opts.transliterationLength ?? 7 };
  const spellings = kn.lexicons.spellings;
  const spellingKeys = new Map<string, string>();
  const keyOfWord = (w: string): string => {
    let k = spellingKeys.get(w);
    if (k === undefined) spellingKeys.set(w, (k = spellingKey(w, spellings)));
    return k;
  };
  const entityMentions: Item[] = [];
  let docCountries: Map<string, Set<string>> | undefined;
  all.forEach((x, at) => {
    if (isEntityType(x.mention.type)) entityMentions.push({ doc: x.doc, mention: x.mention, at, cluster: undefined });
  });
  // Deterministic order: the documents' as given (the runner orders them by content, not by name), then offset.
  const rank = new Map<string, number>();
  for (const x of all) if (!rank.has(x.doc)) rank.set(x.doc, rank.size);
  entityMentions.sort((a, b) => rank.get(a.doc)! - rank.get(b.doc)! || a.mention.start - b.mention.start);
  const clusters = new Map<string, Cluster>();
  const ensure = (key: string, type: EntityType, kb?: KbEntity): Cluster => {
    let c = clusters.get(key);
    if (!c) {
      c = { key, type, ...(kb ? { kb } : {}), names: new Map(), mentions: [], docs: new Set(), merges: [] };
      clusters.set(key, c);
    }
    return c;
  };
  const attach = (c: Cluster, x: Item, reason?: string) => {
    c.mentions.push(x);
    c.docs.add(x.doc);
    x.cluster = c;
    // A merge is worth recording where the alias differs from the names the cluster already has.
    if (reason && !c.merges.some((m) => m.alias === x.mention.text) && !c.names.has(x.mention.text)) c.merges.push({ alias: x.mention.text, into: c.key, reason });
  };
  /** Into the cluster of its normalized name. */
  const byName = (x: Item) => {
    const c = ensure(`${x.mention.type}:${words(x.mention.text).join(' ')}`, x.mention.type as EntityType);
    c.names.set(x.mention.text, (c.names.get(x.mention.text) ?? 0) + 1);
    attach(c, x);
  };
  // (a place's name written in capitals, as a dateline writes it, "DOHA, Qatar —": where the capitals are no short form
  // the knowledge base knows, the name as a word, "Doha")
  const kbFor = (text: string, type: EntityType): KbEntity | undefined =>
    kn.aliases.get(keyOf(text))?.find((e) => e.type === type) ?? (type === 'Place' && SHOUTED.test(text) ? kn.aliases.get(keyOf(asWords(text)))?.find((e) => e.type === type) : undefined);

  // Pass 1: knowledge base, and full names (more than one word, or acronyms), per document.
  const byDoc = new Map<string, Item[]>();
  for (const x of entityMentions) {
    const list = byDoc.get(x.doc);
    if (list) list.push(x);
    else byDoc.set(x.doc, [x]);
  }
  const pending: Item[] = [];
  // A short name that ends a longer known name the same document uses is that entity ("Congo" in a report on the
  // "Democratic Republic of the Congo"), not another entity the short name alone would be.
  const longerInDoc = (x: Item, type: EntityType, kb: KbEntity | undefined): KbEntity | undefined => {
    // (only a short form, not the entity's own name: "Sudan" beside "South Sudan" stays Sudan)
    if (!kb || type !== 'Place' || keyOf(kb.name) === keyOf(x.mention.text) || words(x.mention.text).length > 1) return kb;
    const key = keyOf(x.mention.text);
    const longer = (o: Item) => o.mention.type === type && o.mention.text.length > x.mention.text.length && keyOf(o.mention.text).endsWith(` ${key}`);
    for (const o of longerForms(x.doc)) {
      if (!longer(o)) continue;
      const other = kbFor(o.mention.text, type);
      if (other && other.id !== kb.id) return other;
    }
    // (else, in a folder whose reports use one such longer name and never the short form's own entity by another name,
    // that longer name's entity: "Congo" in reports on talks the others name "the Democratic Republic of the Congo")
    const elsewhere = corpusLonger(key, type);
    if (elsewhere && elsewhere.id !== kb.id && !namedByOtherForm(kb, type)) return elsewhere;
    return kb;
  };
  /** A document's Place mentions whose key has several words: only those can end with another name's key after a
   * space (found once per document, in its order). */
  const longerFormsOf = new Map<string, Item[]>();
  const longerForms = (doc: string): Item[] => {
    let v = longerFormsOf.get(doc);
    if (!v) longerFormsOf.set(doc, (v = (byDoc.get(doc) ?? []).filter((o) => o.mention.type === 'Place' && keyOf(o.mention.text).includes(' '))));
    return v;
  };
  const corpusLongerCache = new Map<string, KbEntity | null>();
  function corpusLonger(key: string, type: EntityType): KbEntity | undefined {
    let v = corpusLongerCache.get(key);
    if (v === undefined) {
      const found = new Map<string, KbEntity>();
      for (const o of entityMentions) {
        if (o.mention.type !== type || !keyOf(o.mention.text).endsWith(` ${key}`)) continue;
        const e = kbFor(o.mention.text, type);
        if (e) found.set(e.id, e);
      }
      v = found.size === 1 ? [...found.values()][0]! : null;
      corpusLongerCache.set(key, v);
    }
    return v ?? undefined;
  }
  /** Whether some report names the entity by a form other than the short one ("Republic of the Congo" itself). */
  const namedOtherCache = new Map<string, boolean>();
  function namedByOtherForm(kb: KbEntity, type: EntityType): boolean {
    let v = namedOtherCache.get(kb.id);
    if (v === undefined) {
      v = entityMentions.some((o) => o.mention.type === type && words(o.mention.text).length > 1 && kbFor(o.mention.text, type)?.id === kb.id);
      namedOtherCache.set(kb.id, v);
    }
    return v;
  }
  for (const x of entityMentions) {
    const type = x.mention.type as EntityType;
    // A government office tied to its country: "Ministry of Foreign Affairs of Russia".
    const office = x.mention.office ? officeName(x.mention.office.name, x.mention.office.country) : undefined;
    const kb = (office ? kbFor(office, type) : undefined) ?? longerInDoc(x, type, kbFor(x.mention.text, type)) ?? (x.mention.expansion ? kbFor(x.mention.expansion, type) : undefined);
    if (kb) {
      attach(ensure(`kb:${kb.id}`, type, kb), x, x.mention.text === kb.name ? undefined : `knowledge base alias '${x.mention.text}'${office ? ` (${office})` : ''}`);
      continue;
    }
    if (office) {
      const c = ensure(`office:${office}`, type);
      c.fixedName = office;
      attach(c, x, `office '${x.mention.text}' of ${x.mention.office!.country}, as the text ties it`);
      continue;
    }
    if (x.mention.expansion || x.mention.renamed) {
      pending.push(x);
      continue;
    }
    const ws = words(x.mention.text);
    if (type === 'Person' && (ws.length === 1 || particleSurname(x.mention.text))) {
      pending.push(x);
      continue;
    }
    byName(x);
  }

  // Pass 2: within a document, acronyms to their expansions and short names to full names.
  const unresolved: Item[] = [];
  for (const x of pending) {
    const type = x.mention.type as EntityType;
    const docMentions = byDoc.get(x.doc) ?? [];
    if (x.mention.expansion) {
      const exp = docMentions.find((y) => y.mention.text === x.mention.expansion && y.cluster);
      if (exp) {
        attach(exp.cluster!, x, `acronym defined in ${x.doc} as '${x.mention.expansion}'`);
        const c = exp.cluster!;
        const letters = acronymLetters(x.mention.text).toUpperCase();
        c.defined ??= new Map();
        c.defined.set(letters, (c.defined.get(letters) ?? new Set()).add(x.mention.expansion));
        continue;
      }
    }
    // (another name of a body the document names right before: "NAME2, formerly known as NAME")
    if (x.mention.renamed) {
      const other = docMentions.find((y) => y.mention.text === x.mention.renamed && y.cluster);
      if (other) {
        // (a name of its own: reports that give only that name name the same body)
        attach(other.cluster!, x, `another name in ${x.doc} of '${x.mention.renamed}'`);
        other.cluster!.names.set(x.mention.text, (other.cluster!.names.get(x.mention.text) ?? 0) + 1);
        continue;
      }
      byName(x);
      continue;
    }
    const surname = words(x.mention.text)[0]!;
    // (a surname with its particle, "al-Shaibani", is the last two words of the full name)
    const short = type === 'Person' ? words(x.mention.text).join(' ') : surname;
    const n = short.split(' ').length;
    // (after a space in the full name: "Dermer-al-Shaibani", two names run together, is no full name of "al-Shaibani")
    const full = docMentions.filter((y) => y.mention.type === type && y.cluster && words(y.mention.text).length > n && (type === 'Person' ? personWords(y.mention.text) : words(y.mention.text)).slice(-n).join(' ') === short && (n === 1 || norm(y.mention.text).endsWith(` ${norm(x.mention.text)}`)));
    const targets = new Set(full.map((y) => y.cluster!));
    if (targets.size === 1) {
      attach([...targets][0]!, x, `short name in ${x.doc} for '${full[0]!.mention.text}'`);
      continue;
    }
    // A person named by the first word of one full name the document gives, where no name ends with it: a given name
    // where the press uses it alone ("Chatchai" for "Chatchai Bangchuad"), a family name written first ("Kim" for
    // "Kim Jong Un").
    if (type === 'Person' && !targets.size) {
      const first = docMentions.filter((y) => y.mention.type === 'Person' && y.cluster && personWords(y.mention.text).length > 1 && words(y.mention.text)[0] === surname);
      const owners = new Set(first.map((y) => y.cluster!));
      if (owners.size === 1) {
        attach([...owners][0]!, x, `first word in ${x.doc} of '${first[0]!.mention.text}'`);
        continue;
      }
    }
    unresolved.push(x);
  }

  // Pass 3: across documents, merge clusters whose names agree.
  const sorted = () => [...clusters.values()].filter((c) => c.mentions.length > 0).sort((a, b) => (a.key < b.key ? -1 : 1));
  const mergeInto = (a: Cluster, b: Cluster, reason: string) => {
    for (const x of b.mentions) attach(a, x);
    for (const [n, k] of b.names) a.names.set(n, (a.names.get(n) ?? 0) + k);
    a.merges.push(...b.merges, { alias: [...b.names.keys()][0] ?? b.key, into: a.key, reason });
    for (const [acr, names] of b.defined ?? []) {
      a.defined ??= new Map();
      a.defined.set(acr, new Set([...(a.defined.get(acr) ?? []), ...names]));
    }
    b.mentions = [];
    clusters.delete(b.key);
  };
  // Clusters of one type, in key order. After a merge at (i, j) the scan goes on at i: every pair
  // before it was compared with the names of both merged clusters already, so none can match now.
  const inKeyOrder = sorted();
  for (const type of new Set(inKeyOrder.map((c) => c.type))) {
    const list = inKeyOrder.filter((c) => c.type === type);
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (a.kb && b.kb) continue;
        const reason = sameEntity(a, b);
        if (!reason) continue;
        // Keep the knowledge-base cluster, else the one with more mentions (then the smaller key).
        const [keep, drop] = b.kb || (!a.kb && b.mentions.length > a.mentions.length) ? [b, a] : [a, b];
        mergeInto(keep, drop, reason);
        list.splice(list.indexOf(drop), 1);
        j = i; // compare list[i] (now the kept cluster, or the next one) with everything after it again
      }
    }
  }
  function namesOf(c: Cluster): NameForm[] {
    return [...c.names.keys(), ...(c.kb ? [c.kb.name, ...c.kb.aliases] : [])].map(nameForm);
  }
  // The countries each document names, for a body's name that adds its country ("the X of Venezuela" is the X of
  // reports that name Venezuela); found when first asked.
  function countriesOfDoc(doc: string): Set<string> | undefined {
    if (!docCountries) {
      docCountries = new Map();
      for (const x of entityMentions) {
        if (x.mention.type !== 'Place') continue;
        const c = kn.aliases.get(keyOf(x.mention.text))?.find((e) => e.type === 'Place' && e.kind === 'country');
        if (!c) continue;
        const set = docCountries.get(x.doc) ?? new Set<string>();
        set.add(c.name);
        docCountries.set(x.doc, set);
      }
    }
    return docCountries.get(doc);
  }
  function withCountry(long: NameForm, short: NameForm, shortCluster: Cluster): string | undefined {
    if (short.words.length < 2 || long.words.length <= short.words.length + 1) return undefined;
    const m = /^(.+?)\s+of\s+(?:the\s+)?(\S.*)$/.exec(long.text);
    if (!m || words(m[1]!).join(' ') !== short.words.join(' ')) return undefined;
    const country = kn.aliases.get(keyOf(m[2]!))?.find((e) => e.type === 'Place' && e.kind === 'country')?.name;
    if (!country || ![...shortCluster.docs].every((d) => countriesOfDoc(d)?.has(country))) return undefined;
    return `'${long.text}' is '${short.text}' with its country, which the reports of '${short.text}' name`;
  }
  /** A surname with a particle written onto it ("Albusaidi") and the same surname after the particle ("Al Busaidi"):
   * the same name (names.json particles), with the same given name. */
  function gluedParticle(long: string, short: string): string | undefined {
    for (const p of kn.lexicons.particles) {
      const q = p.replace(/-$/, '');
      if (q.length >= 2 && long.length >= q.length + 4 && long.startsWith(q) && long.slice(q.length).replace(/^-/, '') === short) return `surname '${long}' is '${short}' with its particle '${q}' (names.json particles)`;
    }
    return undefined;
  }
  /** A body named with its ally or wing by a slash ("AFC/M23") and the body alone ("M23"): one side. */
  function slashPair(pair: NameForm, one: NameForm): string | undefined {
    const parts = pair.text.split('/');
    if (parts.length !== 2 || !parts.every((p) => /^[A-Z][A-Z0-9-]{1,9}$/.test(p)) || !parts.includes(one.text)) return undefined;
    return `'${pair.text}' names '${one.text}' with its ally`;
  }
  /**
   * One acronym that reports define for two bodies, where one name extends the other ("Barisan Revolusi Nasional",
   * "Barisan Revolusi Nasional Melayu Patani": "BRN"), or where it is the initials of one name only and the other names
   * it in another language ("National Revolution Front (BRN)"): one body. (Two names whose initials both give the
   * acronym, neither extending the other, stay apart: "Self-Defense Forces (SDF)", "Syrian Democratic Forces (SDF)".)
   */
  function sameDefinedAcronym(a: Cluster, b: Cluster): string | undefined {
    for (const [acr, xs] of a.defined ?? []) {
      const ys = b.defined?.get(acr);
      if (!ys || acr.length < 3) continue;
      for (const x of xs)
        for (const y of ys) {
          const [wx, wy] = [words(x), words(y)];
          const [short, long] = wx.length <= wy.length ? [wx, wy] : [wy, wx];
          if (short.length >= 2 && short.every((w, k) => long[k] === w)) return `acronym '${acr}' defined as '${x}' and as '${y}', which extends it`;
          if ((initials(x) === acr) !== (initials(y) === acr)) return `acronym '${acr}' defined as '${x}' and as '${y}' (its initials, and another language's name)`;
        }
    }
    return undefined;
  }
  function sameEntity(a: Cluster, b: Cluster): string | undefined {
    if (a.type === 'Organization') {
      const r = sameDefinedAcronym(a, b);
      if (r) return r;
    }
    const an = namesOf(a);
    const bn = namesOf(b);
    for (const x of an) for (const y of bn) {
      if (x.flat === y.flat) return `same name '${x.text}' / '${y.text}'`;
      if (a.type === 'Organization') {
        const r = withCountry(x, y, b) ?? withCountry(y, x, a) ?? slashPair(x, y) ?? slashPair(y, x);
        if (r) return r;
      }
      if (a.type !== 'Person' && x.acronym && !y.acronym && (x.letters === y.initials || (y.allInitials !== y.initials && x.letters === y.allInitials))) return `acronym '${x.text}' = initials of '${y.text}'`;
      if (a.type !== 'Person' && y.acronym && !x.acronym && (y.letters === x.initials || (x.allInitials !== x.initials && y.letters === x.allInitials))) return `acronym '${y.text}' = initials of '${x.text}'`;
      const wx = x.words;
      const wy = y.words;
      // Organisation names that differ only in spelling variants (Defence / Defense).
      if (a.type === 'Organization' && wx.length >= 3 && wx.length === wy.length) {
        if (wx.every((w, k) => w === wy[k] || jaroWinkler(w, wy[k]!) >= 0.9)) return `organisation names agree word by word: '${x.text}' / '${y.text}'`;
      }
      // A place the knowledge base does not know, written two ways ("Naqoura" / "Naqura"; names.json spellings).
      if (a.type === 'Place' && !a.kb && !b.kb && wx.length === 1 && wy.length === 1 && wx[0]!.length > 4 && keyOfWord(wx[0]!) === keyOfWord(wy[0]!)) return `place transliterations ${x.text}/${y.text} (names.json spellings)`;
      if (a.type === 'Person') {
        if (wx.length < 2 || wy.length < 2) continue;
        const sx = personWords(x.text).at(-1)!;
        const sy = personWords(y.text).at(-1)!;
        const romanizedSurname = transliteratedSurnames(sx, sy, romanized.threshold, romanized.length);
        // (a given name romanized two ways beside a surname romanized two ways: "Wallop Raksanoh" / "Wanlop Rugsanaoh")
        const romanizedGiven = () => romanizedSurname !== undefined && wx[0]![0] === wy[0]![0] && Math.abs(wx[0]!.length - wy[0]!.length) <= 1 && jaroWinkler(wx[0]!, wy[0]!) >= romanized.threshold;
        if (!givenCompatible(wx[0], wy[0], keyOfWord, kn.lexicons.givenNameForms) && !romanizedGiven()) continue;
        const r =
          surnameVariants(sx, sy, threshold) ??
          (sx.length > 3 && keyOfWord(sx) === keyOfWord(sy) ? `surname transliterations ${sx}/${sy} (names.json spellings)` : undefined) ??
          romanizedSurname ??
          (wx[0] === wy[0] ? gluedParticle(sx, sy) ?? gluedParticle(sy, sx) : undefined);
        const given = wx[0] === wy[0] ? `given name '${wx[0]}' agrees` : `given names '${wx[0]}'/'${wy[0]}' agree (names.json spellings or variants)`;
        if (r) return `${r}; ${given}`;
      }
    }
    return undefined;
  }

  // Lone surnames and single names left: one person (or entity) of that type whose surname fits.
  // The clusters with full names are fixed by now (what is left only adds one-word names), so the
  // answer for a type and surname is worked out once.
  const withFullNames = sorted().filter((c) => [...c.names.keys()].some((n) => words(n).length > 1));
  const fitting = new Map<string, Cluster[]>();
  for (const x of unresolved) {
    const type = x.mention.type as EntityType;
    const surname = words(x.mention.text).at(-1)!;
    const key = `${type}\u0000${surname}`;
    let fits = fitting.get(key);
    if (!fits) {
      fits = withFullNames.filter((c) => c.type === type && [...c.names.keys()].some((n) => words(n).length > 1 && surnameVariants((type === 'Person' ? personWords(n) : words(n)).at(-1)!, surname, threshold)));
      fitting.set(key, fits);
    }
    if (fits.length === 1) {
      attach(fits[0]!, x, `surname '${x.mention.text}' fits '${[...fits[0]!.names.keys()][0]}' only`);
      continue;
    }
    byName(x);
  }

  // Canonical names and ids.
  const entities: Entity[] = [];
  const ids: Array<string | undefined> = new Array(all.length).fill(undefined);
  const usedIds = new Map<string, number>();
  for (const c of sorted()) {
    const name = c.kb?.name ?? c.fixedName ?? canonicalName(c);
    let id = c.kb?.id ?? entityIdFor(name);
    if (!c.kb) {
      const n = usedIds.get(id) ?? 0;
      usedIds.set(id, n + 1);
      if (n > 0) id = `${id}-${c.type.toLowerCase()}`;
    }
    const aliases = new Map<string, number>();
    for (const x of c.mentions) aliases.set(x.mention.text, (aliases.get(x.mention.text) ?? 0) + 1);
    for (const x of c.mentions) ids[x.at] = id;
    entities.push({
      id,
      name,
      type: c.type,
      ...(c.kb?.qid ? { qid: c.kb.qid } : {}),
      aliases: [...aliases].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([text, count]) => ({ text, count })),
      docs: [...c.docs].sort(),
      count: c.mentions.length,
      merges: c.merges.map((m) => ({ ...m, into: id })),
    });
  }
  entities.sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1));
  return { entities, ids };
}

/** "Ministry of Foreign Affairs" of "United Arab Emirates" → "Ministry of Foreign Affairs of the United Arab Emirates". */
export function officeName(office: string, country: string): string {
  const the = /^(United|Republic|Kingdom|Democratic|Central African|Dominican|Czech|Holy|Marshall|Solomon|Cayman|Faroe)\b|s$/.test(country) ? 'the ' : '';
  return `${office} of ${the}${country}`;
}

/** The most complete name seen: most words, then (for spelling variants) most frequent, then longest, then alphabetical. */
function canonicalName(c: Cluster): string {
  const counts = new Map<string, number>();
  for (const x of c.mentions) counts.set(x.mention.text, (counts.get(x.mention.text) ?? 0) + 1);
  const candidates = [...counts.keys()].filter((n) => !isAcronymText(n) || [...counts.keys()].every(isAcronymText));
  // Frequency of each word form across all the cluster's mentions ("Zelenskyy" in "Volodymyr Zelenskyy" and alone).
  const wordFreq = new Map<string, number>();
  for (const [n, k] of counts) for (const w of n.split(/\s+/)) wordFreq.set(w, (wordFreq.get(w) ?? 0) + k);
  const score = (n: string) => n.split(/\s+/).reduce((s, w) => s + (wordFreq.get(w) ?? 0), 0);
  candidates.sort((a, b) => b.split(/\s+/).length - a.split(/\s+/).length || score(b) - score(a) || b.length - a.length || (a < b ? -1 : 1));
  return (candidates[0] ?? c.mentions[0]!.mention.text).replace(/^the /i, '');
}
