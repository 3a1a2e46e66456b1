/**
 * JavaScript strings count UTF-16 code units; brat and Parley's evidence count Unicode code
 * points. They differ after any character beyond U+FFFF (an emoji). One `OffsetMap` per text
 * converts both ways in O(log n).
 */
import { lowerBound } from '../text/sorted.js';

export class OffsetMap {
  /** UTF-16 indices at which an astral character (surrogate pair) starts, ascending. */
  readonly astral: number[] = [];

  /** From a text, or from the UTF-16 positions of its astral characters (what a worker sends back). */
  constructor(text: string | { astral: number[]; length: number }) {
    if (typeof text !== 'string') {
      this.astral = [...text.astral];
      this.utf16Length = text.length;
      return;
    }
    this.utf16Length = text.length;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          this.astral.push(i);
          i++;
        }
      }
    }
  }

  /** Number of astral characters starting before UTF-16 index `u`. */
  private before(u: number): number {
    return lowerBound(this.astral, u, (a) => a);
  }

  toCodePoint(u: number): number {
    return u - this.before(u);
  }

  toUtf16(cp: number): number {
    // Each astral character before the target adds one unit; walk the sorted list.
    let u = cp;
    for (const a of this.astral) {
      if (a < u) u++;
      else break;
    }
    return u;
  }

  private readonly utf16Length: number;

  /** Length of the text in code points. */
  get length(): number {
    return this.utf16Length - this.astral.length;
  }
}
