/*
 * The report page's script (a classic script: pages opened from disk cannot load modules).
 * Every text from the run (articles, names, quotes, values) reaches the page through
 * textContent, text nodes or setAttribute, never as markup. Data comes from data/*.js files,
 * each a call `parleyData(key, value)`, loaded on demand by a <script> element (a page opened
 * from disk may not fetch files): the index on start, then the briefs, the entities, the
 * errors or one article when a view needs them.
 */
(() => {
  type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

  // The data files' shapes, from the code that writes them (type imports leave this a classic script).
  type Mention = import('../data.js').RMention & { x?: string };
  type Err = import('../data.js').RError;
  type Ev = import('../data.js').REvidence;
  type DocEntry = import('../data.js').RDocEntry;

  const LABEL: Record<string, string> = { Person: 'PER', Organization: 'ORG', Place: 'PLACE', Date: 'DATE', Quantity: 'QTY' };
  const KIND_LABEL: Record<string, string> = { missed: 'MISSED', spurious: 'SPURIOUS', partial: 'PARTIAL', value: 'WRONG VALUE', link: 'WRONG ENTITY' };

  // ------------------------------------------------------------------ DOM helpers (text only)
  type Child = Node | string | number | null | undefined | false | Child[];
  function h(tag: string, attrs: Record<string, string | number | boolean | undefined> = {}, ...children: Child[]): HTMLElement {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (v === undefined || v === false) continue;
      el.setAttribute(k, v === true ? '' : String(v));
    }
    append(el, children);
    return el;
  }
  function append(el: Node, children: Child[]): void {
    for (const c of children) {
      if (c === null || c === undefined || c === false) continue;
      if (Array.isArray(c)) append(el, c);
      else el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
    }
  }
  /** Replaces an element's children. */
  function fill(el: Element, ...children: Child[]): void {
    el.replaceChildren();
    append(el, children);
  }
  const $main = (): HTMLElement => document.getElementById('main')!;
  const pct = (x: number) => (x * 100).toFixed(1);
  const f3 = (x: number) => x.toFixed(3);

  // ------------------------------------------------------------------ data loading
  const cache = new Map<string, Promise<Json>>();
  const waiting = new Map<string, (v: Json) => void>();
  (window as Json).parleyData = (key: string, value: Json) => {
    const w = waiting.get(key);
    if (w) {
      waiting.delete(key);
      w(value);
    }
  };
  function load(key: string, src: string): Promise<Json> {
    let p = cache.get(key);
    if (!p) {
      p = new Promise((resolve, reject) => {
        waiting.set(key, resolve);
        const s = document.createElement('script');
        s.src = src;
        s.onerror = () => {
          cache.delete(key);
          reject(new Error(`could not load ${src}`));
        };
        document.head.appendChild(s);
      });
      cache.set(key, p);
    }
    return p;
  }
  const loadIndex = () => load('index', 'data/index.js');
  const loadDoc = (n: number): Promise<Json> => load(`doc:${n}`, `data/docs/${n}.js`);

  let INDEX: Json;
  const docName = (n: number): string => {
    const d: DocEntry | undefined = INDEX.docs[n];
    return d ? (d.title ? `${d.title} (${d.id})` : d.id) : `article #${n}`;
  };

  // ------------------------------------------------------------------ shared pieces
  const hidden = new Set<string>();
  let showGold = true;

  /**
   * A fact's evidence links. A fact of a large run may have thousands: the briefs carry the first
   * few, and `more` says where the whole list is (the round's evidence file, loaded on a click).
   */
  function evidenceLinks(evs: Ev[], more?: { round: number; key: number; total: number; docs: number }): HTMLElement {
    const ul = h('ul', { class: 'evidence' });
    for (const e of evs) {
      const snippet = e.text.length > 180 ? e.text.slice(0, 177) + '…' : e.text;
      const li = h('li');
      if (e.d < 0) li.append(h('span', { class: 'muted' }, 'article not in this report: '), h('q', {}, snippet));
      else li.append(h('a', { href: `#doc/${e.d}/ev/${e.s}-${e.e}`, class: 'evlink', 'data-evidence': e.text, title: e.text }, docName(e.d)), ' ', h('q', {}, snippet));
      ul.append(li);
    }
    if (more) {
      const button = h('button', { type: 'button', class: 'more' }, `all ${more.total} sources`);
      button.addEventListener('click', () => {
        button.setAttribute('disabled', '');
        load(`evidence:${more.round}`, `data/evidence/${more.round}.js`).then(
          (lists: Ev[][]) => ul.replaceWith(evidenceLinks(lists[more.key] ?? evs)),
          (err: Error) => button.replaceWith(h('span', { class: 'bad' }, err.message)),
        );
      });
      ul.append(h('li', {}, button));
    }
    return ul;
  }

  /** The distinct values of a slot and the documents behind each: more than one is a conflict between sources. */
  /** The days (as day numbers) an ISO 8601 / TIMEX3 date value covers; undefined for the forms not handled (seasons, quarters, durations). */
  function dayRange(v: string): [number, number] | undefined {
    const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 864e5;
    if (v.includes('/')) {
      const [a, b] = v.split('/');
      const ra = dayRange(a ?? '');
      const rb = dayRange(b ?? '');
      return ra && rb ? [ra[0], rb[1]] : undefined;
    }
    let m = /^(\d{4})-(\d{2})-(\d{2})(T.*)?$/.exec(v);
    if (m) return [day(+m[1]!, +m[2]!, +m[3]!), day(+m[1]!, +m[2]!, +m[3]!)];
    m = /^(\d{4})-(\d{2})$/.exec(v);
    if (m) return [day(+m[1]!, +m[2]!, 1), day(+m[1]!, +m[2]! + 1, 1) - 1];
    m = /^(\d{4})$/.exec(v);
    if (m) return [day(+m[1]!, 1, 1), day(+m[1]! + 1, 1, 1) - 1];
    m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(v);
    if (m) {
      // ISO weeks: week 1 holds 4 January; weeks start on Monday.
      const jan4 = day(+m[1]!, 1, 4);
      const monday = jan4 - ((new Date(jan4 * 864e5).getUTCDay() + 6) % 7) + (+m[2]! - 1) * 7;
      return m[3] ? [monday + 5, monday + 6] : [monday, monday + 6];
    }
    return undefined;
  }
  /**
   * Date values disagree when more than one is left after dropping each value that another's
   * days contain: "2026-02" and "2026-02-04" agree (one is vaguer), "2026-02-04" and "2026-03-10" do not.
   */
  const datesDisagree = (values: string[]): boolean => {
    const ranges = [...new Set(values)].map((v) => ({ v, r: dayRange(v) }));
    const inside = (a: (typeof ranges)[number], b: (typeof ranges)[number]) => a !== b && !!a.r && !!b.r && b.r[0] <= a.r[0] && a.r[1] <= b.r[1] && (b.r[0] !== a.r[0] || b.r[1] !== a.r[1] || a.v > b.v);
    return ranges.filter((a) => !ranges.some((b) => inside(a, b))).length > 1;
  };

  function conflict(items: Json[], keyOf: (it: Json) => string, disagree: (keys: string[]) => boolean = (k) => new Set(k).size > 1): HTMLElement | null {
    if (!disagree(items.map(keyOf))) return null;
    const by = new Map<string, number>();
    for (const it of items) {
      // Articles behind the value: counted at build time where the evidence list was cut.
      const docs: number = it.evidenceMore?.docs ?? new Set((it.evidence as Ev[]).map((e) => e.d)).size;
      by.set(keyOf(it), (by.get(keyOf(it)) ?? 0) + docs);
    }
    return h(
      'p',
      { class: 'conflict', role: 'note' },
      h('strong', {}, '⚠ Sources disagree: '),
      [...by].map(([k, n], i) => [i ? '; ' : '', h('b', {}, k), ` (${n} article${n === 1 ? '' : 's'})`]).flat(),
    );
  }

  // ------------------------------------------------------------------ briefs view
  async function viewBriefs(focus?: string): Promise<void> {
    const briefs: Json[] = await load('briefs', 'data/briefs.js');
    const main = $main();
    fill(main, h('h1', {}, 'Briefs'));
    if (!briefs.length) main.append(h('p', {}, 'No round was found in this run.'));
    main.append(h('nav', { class: 'toc' }, briefs.map((b) => h('a', { href: `#brief/${encodeURIComponent(b.id)}` }, roundTitle(b)))));
    for (const b of briefs) main.append(briefSection(b));
    if (focus) document.getElementById(`round-${focus}`)?.scrollIntoView();
  }
  const roundTitle = (b: Json): string => `Round ${b.ordinal ?? '?'}${b.ordinalInferred ? ' (numbered by date)' : ''} — ${b.status}`;

  function slot(title: string, body: Child[], conflicts: Array<HTMLElement | null> = []): HTMLElement {
    const empty = body.flat().filter(Boolean).length === 0;
    const notes = conflicts.filter((c): c is HTMLElement => c !== null);
    return h('section', { class: `slot${notes.length ? ' has-conflict' : ''}` }, h('h3', {}, title), notes, empty ? h('p', { class: 'muted' }, 'none found') : body);
  }
  const item = (...children: Child[]): HTMLElement => h('div', { class: 'fact' }, ...children);

  function briefSection(b: Json): HTMLElement {
    const dates = (kind: string, list: Json[]) =>
      list.map((d) => item(h('span', { class: 'k' }, kind), ' ', h('b', {}, d.value), d.inferred ? h('span', { class: 'muted' }, ` (inferred: ${d.inferred})`) : null, evidenceLinks(d.evidence, d.evidenceMore)));
    const ents = (list: Json[]) => list.map((e) => item(h('b', {}, e.name), ' ', h('span', { class: 'muted' }, e.id), evidenceLinks(e.evidence, e.evidenceMore)));
    const held = conflict(b.dates.held, (d) => d.value, datesDisagree);
    const planned = conflict(b.dates.planned, (d) => d.value, datesDisagree);
    const city = conflict(b.venue.city, (d) => d.name);
    const facility = conflict(b.venue.facility, (d) => d.name);
    const roleConflicts = b.delegations
      .flatMap((del: Json) => del.members)
      .filter((m: Json, _i: number, all: Json[]) => all.some((o) => o.person.id === m.person.id && (o.role ?? '') !== (m.role ?? '')));
    return h(
      'article',
      { class: 'round', id: `round-${b.id}` },
      h('h2', {}, roundTitle(b)),
      h('p', { class: 'muted' }, `${b.id} · ${b.docs.length} article(s): `, b.docs.map((d: number, i: number) => [i ? ', ' : '', d >= 0 ? h('a', { href: `#doc/${d}` }, docName(d)) : '?']).flat()),
      slot('Dates', [...dates('held', b.dates.held), ...dates('planned', b.dates.planned)], [held, planned]),
      slot(
        'Venue',
        [...b.venue.city.map((e: Json) => item(h('span', { class: 'k' }, 'city'), ' ', ...ents([e]))), ...b.venue.facility.map((e: Json) => item(h('span', { class: 'k' }, 'facility'), ' ', ...ents([e])))],
        [city, facility],
      ),
      slot('Parties', ents(b.parties)),
      slot('Mediators and hosts', ents(b.mediators)),
      slot(
        'Delegations',
        b.delegations.map((d: Json) =>
          h(
            'div',
            { class: 'delegation' },
            h('h4', {}, d.party.name),
            d.members.map((m: Json) => item(h('b', {}, m.person.name), m.role ? `, ${m.role}` : '', m.head ? h('span', { class: 'k' }, ' head') : null, evidenceLinks(m.evidence, m.evidenceMore))),
          ),
        ),
        [roleConflicts.length ? h('p', { class: 'conflict' }, h('strong', {}, '⚠ Sources disagree on a role: '), [...new Set(roleConflicts.map((m: Json) => m.person.name as string))].join(', ')) : null],
      ),
      slot('Topics', b.topics.map((t: Json) => item(t.text, evidenceLinks(t.evidence, t.evidenceMore)))),
      slot(
        'Outcomes',
        b.outcomes.map((o: Json) =>
          item(h('span', { class: 'k' }, o.kind), ' ', o.text, o.quantities.length ? ` [${o.quantities.map((q: Json) => `${q.mod ? q.mod + ' ' : ''}${q.value}${q.unit ? ' ' + q.unit : ''}`).join(', ')}]` : '', evidenceLinks(o.evidence, o.evidenceMore)),
        ),
      ),
      slot('Quotes', b.quotes.map((q: Json) => item(h('q', {}, q.text), ' — ', q.speaker ? h('b', {}, q.speaker.name) : h('span', { class: 'muted' }, 'unknown speaker'), evidenceLinks(q.evidence, q.evidenceMore)))),
      slot('Next', b.next.map((x: Json) => item(x.text, x.date ? `, ${x.date}` : '', x.place ? `, ${x.place.name}` : '', evidenceLinks(x.evidence, x.evidenceMore)))),
    );
  }

  // ------------------------------------------------------------------ articles list
  function viewDocs(): void {
    const main = $main();
    const filter = h('input', { type: 'search', placeholder: 'filter by name, title or source', 'aria-label': 'filter articles' }) as HTMLInputElement;
    const tbody = h('tbody');
    const head = ['article', 'source', 'published', 'mentions', ...(INDEX.gold ? ['gold differences'] : [])];
    const render = () => {
      const q = filter.value.toLowerCase();
      tbody.replaceChildren(
        ...INDEX.docs
          .filter((d: DocEntry) => !q || `${d.id} ${d.title ?? ''} ${d.source ?? ''}`.toLowerCase().includes(q))
          .map((d: DocEntry) =>
            h(
              'tr',
              {},
              h('td', {}, h('a', { href: `#doc/${d.n}` }, docName(d.n)), d.problems ? h('span', { class: 'bad' }, ` (${d.problems} problem(s))`) : null),
              h('td', {}, d.source ?? ''),
              h('td', {}, d.published ?? ''),
              h('td', { class: 'num' }, d.mentions),
              INDEX.gold ? h('td', { class: 'num' }, d.errors ?? 0) : null,
            ),
          ),
      );
    };
    filter.addEventListener('input', render);
    render();
    fill(main, h('h1', {}, `Articles (${INDEX.docs.length})`), filter, h('table', { class: 'list' }, h('thead', {}, h('tr', {}, head.map((x) => h('th', {}, x)))), tbody));
  }

  // ------------------------------------------------------------------ article view
  interface Mark {
    s: number;
    e: number;
    rank: number;
    make: (cont: boolean) => HTMLElement;
  }

  /**
   * The text with its marks, as nested elements: at each boundary the wanted stack of open marks
   * (outermost rank first) is compared with the open one; what differs is closed and (re)opened,
   * so a mark crossing another is split into pieces, the later ones flagged as continuations.
   */
  function renderText(text: string, marks: Mark[]): DocumentFragment {
    const frag = document.createDocumentFragment();
    const points = new Set<number>([0, text.length]);
    for (const m of marks) {
      points.add(Math.max(0, Math.min(text.length, m.s)));
      points.add(Math.max(0, Math.min(text.length, m.e)));
    }
    const sorted = [...points].sort((a, b) => a - b);
    const order = (a: Mark, b: Mark) => a.rank - b.rank || a.s - b.s || b.e - a.e;
    const byStart = [...marks].sort((a, b) => a.s - b.s);
    let active: Mark[] = [];
    let next = 0;
    const stack: Array<{ mark: Mark; el: HTMLElement }> = [];
    const opened = new Set<Mark>();
    for (let i = 0; i < sorted.length - 1; i++) {
      const from = sorted[i]!;
      const to = sorted[i + 1]!;
      active = active.filter((m) => m.e > from);
      while (next < byStart.length && byStart[next]!.s <= from) {
        const m = byStart[next++]!;
        if (m.e > from) active.push(m);
      }
      const want = [...active].sort(order);
      let common = 0;
      while (common < stack.length && common < want.length && stack[common]!.mark === want[common]) common++;
      stack.length = common;
      for (let k = common; k < want.length; k++) {
        const m = want[k]!;
        const el = m.make(opened.has(m));
        opened.add(m);
        (stack.length ? stack[stack.length - 1]!.el : frag).appendChild(el);
        stack.push({ mark: m, el });
      }
      (stack.length ? stack[stack.length - 1]!.el : frag).appendChild(document.createTextNode(text.slice(from, to)));
    }
    return frag;
  }

  const mentionTip = (m: Mention): string => {
    const parts = [m.t];
    if (m.n || m.id) parts.push(`→ ${m.n ?? ''}${m.id ? ` (${m.id})` : ''}`);
    if (m.v !== undefined) parts.push(`= ${m.v}${m.mod ? ` mod ${m.mod}` : ''}${m.unit ? ` unit ${m.unit}` : ''}`);
    if (m.rule) parts.push(`[${m.rule}]`);
    return parts.join(' ');
  };
  const errText = (e: Err): string => {
    const show = (m?: Mention) => (m ? `${m.t} '${m.x ?? ''}'${m.v !== undefined ? ` = ${m.v}${m.mod ? ` ${m.mod}` : ''}` : ''}` : '');
    return `${KIND_LABEL[e.k] ?? e.k}: ${e.g ? `gold ${show(e.g)}` : ''}${e.g && e.p ? ' · ' : ''}${e.p ? `predicted ${show(e.p)}` : ''}${e.note ? ` (${e.note})` : ''}`;
  };

  async function viewDoc(n: number, kind?: string, arg?: string): Promise<void> {
    const doc: Json = await loadDoc(n);
    const main = $main();
    const text: string = doc.text;
    const marks: Mark[] = [];
    for (const m of doc.mentions as Mention[]) {
      const tip = mentionTip(m);
      marks.push({
        s: m.s,
        e: m.e,
        rank: 2,
        make: (cont) =>
          h('span', {
            class: `m t-${m.t}${cont ? ' cont' : ''}`,
            'data-type': m.t,
            'data-label': cont ? undefined : LABEL[m.t] ?? m.t,
            'data-tip': tip,
            'data-span': `${m.s}-${m.e}`,
            'data-entity': m.id,
            title: tip,
            tabindex: cont ? undefined : 0,
          }),
      });
    }
    const errs: Err[] = doc.errors ?? [];
    for (const e of errs) {
      const at = e.k === 'missed' || e.k === 'partial' ? e.g! : e.p ?? e.g!;
      const tip = errText(e);
      marks.push({
        s: at.s,
        e: at.e,
        rank: 1,
        make: (cont) =>
          h('span', {
            class: `gd gd-${e.k}${cont ? ' cont' : ''}`,
            'data-err': e.i,
            'data-kind': e.k,
            'data-label': cont ? undefined : KIND_LABEL[e.k],
            id: cont ? undefined : `err-${e.i}`,
            title: tip,
          }),
      });
    }
    let ev: { s: number; e: number } | undefined;
    if (kind === 'ev' && arg) {
      const [s, e] = arg.split('-').map(Number);
      if (Number.isInteger(s) && Number.isInteger(e)) {
        ev = { s: s!, e: e! };
        marks.push({ s: s!, e: e!, rank: 0, make: (cont) => h('mark', { class: `ev${cont ? ' cont' : ''}`, id: cont ? undefined : 'evidence' }) });
      }
    }

    const legend = h(
      'fieldset',
      { class: 'legend' },
      h('legend', {}, 'Mention types (untick to hide)'),
      (INDEX.types as string[]).map((t) => {
        const box = h('input', { type: 'checkbox', 'data-type': t, id: `toggle-${t}` }) as HTMLInputElement;
        box.checked = !hidden.has(t);
        box.addEventListener('change', () => {
          if (box.checked) hidden.delete(t);
          else hidden.add(t);
          body.classList.toggle(`hide-${t}`, !box.checked);
        });
        return h('label', { for: `toggle-${t}`, class: 'toggle' }, box, h('span', { class: `m t-${t}`, 'data-label': LABEL[t] ?? t }, t));
      }),
    );
    let goldLegend: HTMLElement | null = null;
    if (INDEX.gold) {
      const box = h('input', { type: 'checkbox', id: 'toggle-gold' }) as HTMLInputElement;
      box.checked = showGold;
      box.addEventListener('change', () => {
        showGold = box.checked;
        body.classList.toggle('hide-gold', !showGold);
      });
      goldLegend = h(
        'fieldset',
        { class: 'legend' },
        h('legend', {}, 'Gold differences'),
        h('label', { for: 'toggle-gold', class: 'toggle' }, box, 'show'),
        Object.keys(KIND_LABEL).map((k) => h('span', { class: `gd gd-${k}`, 'data-label': KIND_LABEL[k] }, k)),
      );
    }
    const body = h('div', { class: 'text', id: 'article-text' });
    for (const t of hidden) body.classList.add(`hide-${t}`);
    if (!showGold) body.classList.add('hide-gold');
    body.append(renderText(text, marks));

    const meta = [doc.source, doc.published, doc.url].filter(Boolean).join(' · ');
    fill(main, 
      h('p', {}, n > 0 ? h('a', { href: `#doc/${n - 1}` }, '← previous') : null, ' ', h('a', { href: '#docs' }, 'all articles'), ' ', n + 1 < INDEX.docs.length ? h('a', { href: `#doc/${n + 1}` }, 'next →') : null),
      h('h1', {}, doc.title ?? doc.id),
      h('p', { class: 'muted' }, doc.id, meta ? ` · ${meta}` : ''),
      doc.problems.length ? h('ul', { class: 'bad' }, doc.problems.map((p: string) => h('li', {}, p))) : null,
      h('div', { class: 'legends' }, legend, goldLegend),
      ev ? h('p', { class: 'evnote' }, 'Evidence highlighted below.') : null,
      body,
      valuesTable(n, text, doc.mentions as Mention[]),
      errs.length ? h('section', { class: 'doc-errors' }, h('h2', {}, `Gold differences in this article (${errs.length})`), errorList(errs, false)) : null,
    );
    if (kind === 'ev') document.getElementById('evidence')?.scrollIntoView({ block: 'center' });
    if (kind === 'err' && arg) {
      const pieces = body.querySelectorAll(`[data-err="${Number(arg)}"]`);
      pieces.forEach((p) => p.classList.add('focus'));
      (pieces[0] as HTMLElement | undefined)?.scrollIntoView({ block: 'center' });
    }
    if (kind === 'm' && arg) {
      const el = body.querySelector<HTMLElement>(`.m[data-span="${arg.replace(/[^0-9-]/g, '')}"][data-label]`);
      el?.classList.add('sel');
      el?.scrollIntoView({ block: 'center' });
      el?.focus();
    }
    if (kind === 'entity' && arg) {
      const id = decodeURIComponent(arg);
      const hits = [...body.querySelectorAll<HTMLElement>('.m')].filter((el) => el.dataset.entity === id);
      hits.forEach((el) => el.classList.add('sel'));
      hits[0]?.scrollIntoView({ block: 'center' });
      hits[0]?.focus();
    }
  }

  /** The article's dates and quantities with their normalized values, each leading to its place in the text. */
  function valuesTable(n: number, text: string, mentions: Mention[]): HTMLElement | null {
    const rows = mentions.filter((m) => m.t === 'Date' || m.t === 'Quantity');
    if (!rows.length) return null;
    return h(
      'section',
      { class: 'values' },
      h('h2', {}, `Dates and quantities (${rows.length})`),
      h(
        'table',
        { class: 'list', id: 'values-table' },
        h('thead', {}, h('tr', {}, ['mention', 'type', 'value', 'mod', 'unit'].map((x) => h('th', {}, x)))),
        h(
          'tbody',
          {},
          rows.map((m) =>
            h('tr', {}, h('td', {}, h('a', { href: `#doc/${n}/m/${m.s}-${m.e}` }, text.slice(m.s, m.e))), h('td', {}, m.t), h('td', { class: 'value' }, m.v ?? '—'), h('td', {}, m.mod ?? ''), h('td', {}, m.unit ?? '')),
          ),
        ),
      ),
    );
  }

  // ------------------------------------------------------------------ entities
  async function viewEntities(): Promise<void> {
    const entities: Json[] = await load('entities', 'data/entities.js');
    const main = $main();
    const filter = h('input', { type: 'search', placeholder: 'filter by name or alias', 'aria-label': 'filter entities' }) as HTMLInputElement;
    const type = h('select', { 'aria-label': 'entity type' }, h('option', { value: '' }, 'all types'), ['Person', 'Organization', 'Place'].map((t) => h('option', { value: t }, t))) as HTMLSelectElement;
    const list = h('div', { class: 'entities' });
    const LIMIT = 300;
    const render = () => {
      const q = filter.value.toLowerCase();
      const rows = entities.filter((e) => (!type.value || e.type === type.value) && (!q || [e.name, ...e.aliases.map((a: Json) => a.text)].some((s: string) => s.toLowerCase().includes(q))));
      list.replaceChildren(h('p', { class: 'muted' }, `${rows.length} entit${rows.length === 1 ? 'y' : 'ies'}${rows.length > LIMIT ? `, the first ${LIMIT} shown (filter to narrow)` : ''}`), ...rows.slice(0, LIMIT).map(entityRow));
    };
    filter.addEventListener('input', render);
    type.addEventListener('change', render);
    render();
    fill(main, h('h1', {}, `Entities (${entities.length})`), h('p', {}, filter, ' ', type), list);
  }
  function entityRow(e: Json): HTMLElement {
    const docs = h('span', { class: 'docs' });
    const SHOW = 12;
    const fill = (all: boolean) => {
      const list: number[] = all ? e.docs : e.docs.slice(0, SHOW);
      docs.replaceChildren(...list.map((d, i) => [i ? ', ' : '', h('a', { href: `#doc/${d}/entity/${encodeURIComponent(e.id)}` }, docName(d))]).flat());
      if (!all && e.docs.length > SHOW) {
        const more = h('button', { type: 'button' }, `all ${e.docs.length} articles`);
        more.addEventListener('click', () => fill(true));
        docs.append(' ', more);
      }
    };
    fill(false);
    return h(
      'div',
      { class: 'entity' },
      h('h3', {}, h('span', { class: `m t-${e.type}`, 'data-label': LABEL[e.type] ?? e.type }, e.name), ' ', h('span', { class: 'muted' }, `${e.id} · ${e.count} mention(s)`)),
      h('p', {}, h('span', { class: 'k' }, 'aliases '), e.aliases.map((a: Json) => `${a.text} ×${a.count}`).join(', ')),
      h('p', {}, h('span', { class: 'k' }, 'articles '), docs),
    );
  }

  // ------------------------------------------------------------------ gold differences
  function bar(x: number, label: string): HTMLElement {
    const fillEl = h('span', { class: 'fill' });
    // Through the CSSOM: the page's policy refuses style attributes.
    fillEl.style.width = `${pct(Math.max(0, Math.min(1, x)))}%`;
    return h('span', { class: 'bar', role: 'img', 'aria-label': `${label} ${pct(x)}%` }, fillEl);
  }
  function errorList(errs: Err[], withDoc: boolean): HTMLElement {
    const kinds = [...new Set(errs.map((e) => e.k))];
    const types = [...new Set(errs.map((e) => e.t))];
    const kindSel = h('select', { 'aria-label': 'error kind', class: 'f-kind' }, h('option', { value: '' }, 'every kind'), kinds.map((k) => h('option', { value: k }, k))) as HTMLSelectElement;
    const typeSel = h('select', { 'aria-label': 'mention type', class: 'f-type' }, h('option', { value: '' }, 'every type'), types.map((t) => h('option', { value: t }, t))) as HTMLSelectElement;
    const ul = h('ul', { class: 'errors' });
    const count = h('span', { class: 'muted' });
    let limit = 500;
    const more = h('button', { type: 'button' }, 'show more');
    const render = () => {
      const rows = errs.filter((e) => (!kindSel.value || e.k === kindSel.value) && (!typeSel.value || e.t === typeSel.value));
      count.textContent = ` ${rows.length} shown of ${errs.length}`;
      ul.replaceChildren(
        ...rows.slice(0, limit).map((e) =>
          h('li', { 'data-kind': e.k, 'data-type': e.t }, h('a', { href: `#doc/${e.d}/err/${e.i}` }, h('span', { class: `gd gd-${e.k}`, 'data-label': KIND_LABEL[e.k] }, e.t)), ' ', withDoc ? `${docName(e.d)}: ` : '', errText(e)),
        ),
      );
      more.hidden = rows.length <= limit;
    };
    more.addEventListener('click', () => {
      limit += 500;
      render();
    });
    kindSel.addEventListener('change', render);
    typeSel.addEventListener('change', render);
    render();
    return h('div', { class: 'errlist' }, h('p', {}, 'Filter: ', kindSel, ' ', typeSel, count), ul, more);
  }

  async function viewGold(): Promise<void> {
    const main = $main();
    const g = INDEX.gold;
    if (!g) {
      fill(main, h('h1', {}, 'Gold differences'), h('p', {}, 'This report was written without a gold folder (parley report OUT --gold GOLD_DIR).'));
      return;
    }
    const errs: Err[] = await load('errors', 'data/errors.js');
    const s = g.scores;
    const typeRows = s.types.map((t: Json) =>
      h(
        'tr',
        { class: t.type === 'micro' ? 'total' : '' },
        h('th', {}, t.type),
        h('td', { class: 'num' }, t.gold),
        h('td', { class: 'num' }, t.pred),
        h('td', { class: 'num' }, f3(t.strict.p)),
        h('td', { class: 'num' }, f3(t.strict.r)),
        h('td', { class: 'num' }, f3(t.strict.f)),
        h('td', {}, bar(t.strict.f, 'strict F1')),
        h('td', { class: 'num' }, f3(t.partial.p)),
        h('td', { class: 'num' }, f3(t.partial.r)),
        h('td', { class: 'num' }, f3(t.partial.f)),
        h('td', {}, bar(t.partial.f, 'partial F1')),
      ),
    );
    const v = s.values;
    const acc = (name: string, a: Json) => h('tr', {}, h('th', {}, name), h('td', { class: 'num' }, `${a.correct}/${a.total}`), h('td', { class: 'num' }, f3(a.accuracy)), h('td', {}, bar(a.accuracy, name)));
    fill(main, 
      h('h1', {}, 'Gold differences'),
      h('p', { class: 'muted' }, `against ${g.dir}`),
      h('h2', {}, 'Mentions'),
      h(
        'table',
        { class: 'scores', id: 'score-table' },
        h('thead', {}, h('tr', {}, ['type', 'gold', 'pred', 'strict P', 'strict R', 'strict F1', '', 'partial P', 'partial R', 'partial F1', ''].map((x) => h('th', {}, x)))),
        h('tbody', {}, typeRows),
      ),
      h('h2', {}, 'Linking and values'),
      h(
        'table',
        { class: 'scores' },
        h('tbody', {}, h('tr', {}, h('th', {}, `linking B³ F1 (${s.linking.mentions} matched mentions)`), h('td', { class: 'num' }, `P ${f3(s.linking.b3.p)} R ${f3(s.linking.b3.r)}`), h('td', { class: 'num' }, f3(s.linking.b3.f)), h('td', {}, bar(s.linking.b3.f, 'B³ F1'))), h('tr', {}, h('th', {}, 'canonical-name accuracy'), h('td', {}), h('td', { class: 'num' }, f3(s.linking.canonicalAccuracy)), h('td', {}, bar(s.linking.canonicalAccuracy, 'canonical accuracy'))), acc('Date value+mod', v.dateValue), acc('Quantity value+mod', v.quantityValue), acc('Quantity unit', v.quantityUnit)),
      ),
      g.briefs
        ? [
            h('h2', {}, 'Brief slots'),
            h(
              'table',
              { class: 'scores', id: 'brief-scores' },
              h('thead', {}, h('tr', {}, ['slot', 'gold', 'pred', 'P', 'R', 'F1', ''].map((x) => h('th', {}, x)))),
              h(
                'tbody',
                {},
                g.briefs.slots.map((x: Json) =>
                  h('tr', { class: x.slot === 'micro' ? 'total' : '' }, h('th', {}, x.slot), h('td', { class: 'num' }, x.gold), h('td', { class: 'num' }, x.pred), h('td', { class: 'num' }, f3(x.prf.p)), h('td', { class: 'num' }, f3(x.prf.r)), h('td', { class: 'num' }, f3(x.prf.f)), h('td', {}, bar(x.prf.f, 'F1'))),
                ),
              ),
            ),
            h('p', { class: 'muted' }, 'Rounds aligned: ', g.briefs.alignment.map((a: Json) => `${a.gold} ↔ ${a.pred ?? 'none'}`).join('; ')),
          ]
        : null,
      h('h2', {}, `Errors (${errs.length})`),
      errorList(errs, true),
    );
  }

  // ------------------------------------------------------------------ routing
  async function route(): Promise<void> {
    const hash = decodeURIComponent(location.hash.slice(1)) || 'briefs';
    const parts = location.hash.slice(1).split('/');
    document.querySelectorAll('header nav a').forEach((a) => a.classList.toggle('current', hash.startsWith((a as HTMLAnchorElement).getAttribute('href')!.slice(1))));
    try {
      if (parts[0] === 'doc' && parts[1] !== undefined) await viewDoc(Number(parts[1]), parts[2], parts[3]);
      else if (hash === 'docs') viewDocs();
      else if (hash === 'entities') await viewEntities();
      else if (hash === 'gold') await viewGold();
      else if (parts[0] === 'brief') await viewBriefs(decodeURIComponent(parts[1] ?? ''));
      else await viewBriefs();
    } catch (err) {
      fill($main(), h('p', { class: 'bad' }, `Could not show this view: ${(err as Error).message}`));
    }
  }

  async function start(): Promise<void> {
    INDEX = await loadIndex();
    document.title = INDEX.title;
    const nav = h(
      'nav',
      {},
      h('a', { href: '#briefs' }, `Briefs (${INDEX.rounds.length})`),
      h('a', { href: '#docs' }, `Articles (${INDEX.docs.length})`),
      h('a', { href: '#entities' }, `Entities (${INDEX.entities})`),
      INDEX.gold ? h('a', { href: '#gold' }, `Gold differences (${INDEX.gold.errors})`) : null,
    );
    const header = document.getElementById('header')!;
    fill(header, h('strong', {}, 'Parley'), ' ', h('span', { class: 'muted' }, INDEX.corpus), nav);
    if (INDEX.problems.length) header.append(h('details', { class: 'bad' }, h('summary', {}, `${INDEX.problems.length} problem(s) while writing this report`), h('ul', {}, INDEX.problems.map((p: string) => h('li', {}, p)))));
    window.addEventListener('hashchange', () => void route());
    await route();
  }
  void start().catch((err: Error) => {
    document.getElementById('main')!.textContent = `Could not load the report's data: ${err.message}`;
  });
})();
