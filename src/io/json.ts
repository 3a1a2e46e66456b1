/** Reading a JSON file against a zod schema, with errors that name the file and line. */
import type { z } from 'zod';
import { InputError } from './errors.js';

/** 1-based line of a character offset. */
const lineAt = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

/**
 * The line where a zod issue's path lands, found by walking the keys of the path through the
 * text (good enough for the pretty-printed files people write by hand); undefined when lost.
 */
function lineOfPath(text: string, path: readonly PropertyKey[]): number | undefined {
  let at = 0;
  for (const key of path) {
    if (typeof key === 'number') {
      // Skip to the key's element: count the top-level items of the array from here.
      let depth = 0;
      let item = 0;
      let inString = false;
      let i = text.indexOf('[', at);
      if (i < 0) return undefined;
      for (i = i + 1; i < text.length; i++) {
        const c = text[i];
        if (inString) {
          if (c === '\\') i++;
          else if (c === '"') inString = false;
          continue;
        }
        if (c === '"') inString = true;
        else if (c === '[' || c === '{') depth++;
        else if (c === ']' || c === '}') {
          if (depth === 0) return undefined;
          depth--;
        } else if (c === ',' && depth === 0) item++;
        if (item === key && !/[\s,]/.test(c!)) break;
      }
      at = i;
    } else {
      const i = text.indexOf(JSON.stringify(String(key)), at);
      if (i < 0) return undefined;
      at = i;
    }
  }
  return lineAt(text, at);
}

/** Parses `text` (the contents of `file`) as JSON and validates it; throws an InputError naming file and line. */
export function parseJson<S extends z.ZodType>(file: string, text: string, schema: S, what: string): z.infer<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const m = /position (\d+)/.exec(String(err));
    throw new InputError(file, `invalid JSON: ${(err as Error).message}`, m ? lineAt(text, Number(m[1])) : undefined);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new InputError(file, `invalid ${what}: ${issues}`, lineOfPath(text, first.path));
  }
  return parsed.data;
}
