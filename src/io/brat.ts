/**
 * brat standoff, as ../shared/ANNOTATION.md defines it: `T` lines (mentions), `N` lines
 * (Reference: the canonical entity of a Person/Organization/Place mention) and `#` lines
 * (AnnotatorNotes: `value=` / `mod=` / `unit=` of a Date or Quantity). Offsets in the file
 * count code points; in memory they are JavaScript string indices.
 */
import { MENTION_TYPES, isEntityType, type Mention, type MentionType } from '../model/schema.js';
import { InputError } from './errors.js';
import { OffsetMap } from './offsets.js';

export interface BratMention extends Mention {
  /** Canonical entity name from the N line. */
  entityName?: string;
  /** Line of the T line in the file (1-based). */
  line: number;
}

export interface BratParse {
  mentions: BratMention[];
  /** Problems, each naming file and line. The mentions parsed despite them are kept. */
  errors: InputError[];
}

const NOTE_KEYS = new Set(['value', 'mod', 'unit']);
const DATE_VALUE = /^(\d{3,4}(-\d{2}(-\d{2})?)?|XXXX-\d{2}-\d{2}|XXXX-WXX-[1-7]|\d{4}-Q[1-4]|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)|\d{4}-\d{2}-\d{2}T(\d{2}:\d{2}|MO|AF|EV|NI)|P(\d+(\.\d+)?|X)[DWMY]|PT(\d+(\.\d+)?|X)[HMS]|[^/\s]+\/[^/\s]+)$/;
const DATE_MODS = new Set(['START', 'MID', 'END', 'APPROX', 'LESS_THAN', 'MORE_THAN', 'EQUAL_OR_LESS', 'EQUAL_OR_MORE']);
const QUANTITY_MODS = new Set(['MIN', 'MAX', 'APPROX']);

/** Checks a normalized-value note for a mention type; returns a reason or undefined. */
export function checkNote(type: MentionType, note: Record<string, string>): string | undefined {
  for (const k of Object.keys(note)) if (!NOTE_KEYS.has(k)) return `unknown note key '${k}'`;
  if (type === 'Date') {
    if (note.unit !== undefined) return 'a Date note has no unit';
    if (note.value !== undefined && !DATE_VALUE.test(note.value)) return `'${note.value}' is not an ISO 8601 / TIMEX3 date value`;
    if (note.value !== undefined && note.value.includes('/')) {
      for (const part of note.value.split('/')) if (!DATE_VALUE.test(part)) return `'${note.value}' is not a valid interval`;
    }
    if (note.mod !== undefined && !DATE_MODS.has(note.mod)) return `'${note.mod}' is not a Date mod`;
  } else if (type === 'Quantity') {
    if (note.value !== undefined && !/^-?\d+(\.\d+)?$/.test(note.value)) return `'${note.value}' is not a number`;
    if (note.mod !== undefined && !QUANTITY_MODS.has(note.mod)) return `'${note.mod}' is not a Quantity mod`;
  } else return `a ${type} mention has no AnnotatorNotes`;
  return undefined;
}

export function parseNote(text: string): Record<string, string> | undefined {
  const note: Record<string, string> = {};
  for (const part of text.trim().split(/\s+/)) {
    const m = /^([a-z]+)=(\S+)$/.exec(part);
    if (!m) return undefined;
    note[m[1]!] = m[2]!;
  }
  return note;
}

/**
 * Parses a brat file. With `text`, also checks each T line's covered text against the
 * document. Every problem is returned as an error naming file and line.
 */
export function parseBrat(file: string, content: string, text?: string): BratParse {
  const errors: InputError[] = [];
  const byId = new Map<string, BratMention>();
  const refs = new Map<string, number>();
  const map = text === undefined ? undefined : new OffsetMap(text);
  const lines = content.replace(/\r\n?/g, '\n').split('\n');
  const pending: Array<{ kind: 'N' | '#'; line: number; cols: string[] }> = [];
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    const cols = raw.split('\t');
    const id = cols[0] ?? '';
    if (/^T\d+$/.test(id)) {
      const m = /^(\S+) (\d+) (\d+)$/.exec(cols[1] ?? '');
      if (!m || cols.length < 3) {
        errors.push(new InputError(file, `malformed T line (expected 'Tn<TAB>Type start end<TAB>text')`, line));
        return;
      }
      const type = m[1]!;
      if (!(MENTION_TYPES as readonly string[]).includes(type)) {
        errors.push(new InputError(file, `unknown type '${type}' (expected ${MENTION_TYPES.join(', ')})`, line));
        return;
      }
      const cs = Number(m[2]);
      const ce = Number(m[3]);
      const covered = cols.slice(2).join('\t');
      if (ce <= cs) {
        errors.push(new InputError(file, `empty or inverted span ${cs}-${ce}`, line));
        return;
      }
      let start = cs;
      let end = ce;
      if (map && text !== undefined) {
        if (ce > map.length) {
          errors.push(new InputError(file, `span ${cs}-${ce} runs past the end of the text (${map.length} characters)`, line));
          return;
        }
        start = map.toUtf16(cs);
        end = map.toUtf16(ce);
        const actual = text.slice(start, end);
        if (actual !== covered) {
          errors.push(new InputError(file, `covered text '${covered}' differs from the text at ${cs}-${ce}: '${actual}'`, line));
          return;
        }
      }
      if (byId.has(id)) {
        errors.push(new InputError(file, `duplicate id ${id}`, line));
        return;
      }
      byId.set(id, { start, end, type: type as MentionType, text: covered, line });
    } else if (/^N\d+$/.test(id) || /^#\d+$/.test(id)) {
      pending.push({ kind: id.startsWith('N') ? 'N' : '#', line, cols });
    } else {
      errors.push(new InputError(file, `unsupported line '${id}' (expected T, N or # lines)`, line));
    }
  });
  for (const { kind, line, cols } of pending) {
    if (kind === 'N') {
      const m = /^Reference (T\d+) (\S+)$/.exec(cols[1] ?? '');
      const target = m ? byId.get(m[1]!) : undefined;
      if (!m || cols.length < 3 || (cols[2] ?? '').trim() === '') {
        errors.push(new InputError(file, `malformed N line (expected 'Nn<TAB>Reference Tn Ref:id<TAB>name')`, line));
      } else if (!target) {
        errors.push(new InputError(file, `N line refers to unknown mention ${m[1]}`, line));
      } else if (!isEntityType(target.type)) {
        errors.push(new InputError(file, `a ${target.type} mention cannot have a Reference`, line));
      } else if (!/^(Wikidata:Q\d+|local:[a-z0-9]+(-[a-z0-9]+)*)$/.test(m[2]!)) {
        errors.push(new InputError(file, `entity id '${m[2]}' is neither Wikidata:Q… nor local:slug`, line));
      } else {
        refs.set(m[1]!, (refs.get(m[1]!) ?? 0) + 1);
        target.entityId = m[2]!;
        target.entityName = cols.slice(2).join('\t');
      }
    } else {
      const m = /^AnnotatorNotes (T\d+)$/.exec(cols[1] ?? '');
      const target = m ? byId.get(m[1]!) : undefined;
      const note = parseNote(cols.slice(2).join('\t'));
      if (!m || cols.length < 3) errors.push(new InputError(file, `malformed AnnotatorNotes line`, line));
      else if (!target) errors.push(new InputError(file, `AnnotatorNotes refers to unknown mention ${m[1]}`, line));
      else if (!note) errors.push(new InputError(file, `malformed note (expected key=value pairs)`, line));
      else {
        const reason = checkNote(target.type, note);
        if (reason) errors.push(new InputError(file, reason, line));
        else {
          if (note.value !== undefined) target.value = note.value;
          if (note.mod !== undefined) target.mod = note.mod;
          if (note.unit !== undefined) target.unit = note.unit;
        }
      }
    }
  }
  for (const [id, m] of byId) {
    if (isEntityType(m.type) && refs.get(id) !== 1) {
      errors.push(new InputError(file, `${m.type} mention ${id} '${m.text}' needs exactly one N line (has ${refs.get(id) ?? 0})`, m.line));
    }
  }
  const mentions = [...byId.values()].sort((a, b) => a.start - b.start || a.end - b.end);
  return { mentions, errors };
}

/**
 * Writes mentions as brat standoff (code-point offsets). `offsets` is the document's text or its
 * OffsetMap; `nameOf` gives an entity's canonical name.
 */
export function formatBrat(offsets: string | OffsetMap, mentions: readonly Mention[], nameOf: (entityId: string) => string | undefined): string {
  const map = typeof offsets === 'string' ? new OffsetMap(offsets) : offsets;
  const out: string[] = [];
  let n = 0;
  let note = 0;
  const sorted = [...mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  sorted.forEach((m, i) => {
    const t = `T${i + 1}`;
    out.push(`${t}\t${m.type} ${map.toCodePoint(m.start)} ${map.toCodePoint(m.end)}\t${m.text}`);
    if (isEntityType(m.type) && m.entityId) {
      out.push(`N${++n}\tReference ${t} ${m.entityId}\t${nameOf(m.entityId) ?? m.text}`);
    }
    const parts: string[] = [];
    if (m.value !== undefined) parts.push(`value=${m.value}`);
    if (m.mod !== undefined) parts.push(`mod=${m.mod}`);
    if (m.unit !== undefined) parts.push(`unit=${m.unit}`);
    if (parts.length > 0 && !isEntityType(m.type)) out.push(`#${++note}\tAnnotatorNotes ${t}\t${parts.join(' ')}`);
  });
  return out.join('\n') + (out.length ? '\n' : '');
}
