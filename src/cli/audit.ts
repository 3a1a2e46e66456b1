/**
 * The gold audit: every capitalized word, number or number word, and month, weekday or time
 * word that no gold mention covers, with its context, so that each can be decided by the rules.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readAnnFolder } from '../io/annfolder.js';
import { decodeText } from '../io/corpus.js';
import { OffsetMap } from '../io/offsets.js';

const NUMBER_WORDS = /^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|tens)$/i;
const TIME_WORDS = /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow|now|day|days|week|weeks|weekend|month|months|year|years|decade|decades|hour|hours|minute|minutes|morning|afternoon|evening|night|winter|spring|summer|autumn|fall|springtime|season|century)$/i;

export async function auditGold(goldDir: string, textDir: string): Promise<string[]> {
  const files = await readAnnFolder(goldDir, textDir);
  const lines: string[] = [];
  for (const [id, parsed] of files) {
    const text = decodeText(id, await readFile(join(textDir, `${id}.txt`)));
    const map = new OffsetMap(text);
    const covered = (s: number, e: number) => parsed.mentions.some((m) => m.start <= s && e <= m.end);
    // Words split at hyphens and apostrophes ("US-Russia", "Russia’s"), keeping dotted abbreviations and numbers whole.
    const re = /(?:\p{Lu}\.){2,}|\d[\d.,]*\d|[\p{L}\p{N}]+/gu;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const word = m[0];
      if (/^s$/.test(word) && /[’']$/.test(text.slice(m.index - 1, m.index))) continue;
      const s = m.index;
      const e = s + word.length;
      const kind = /^\p{Lu}/u.test(word) ? 'capitalized' : /\d/.test(word) ? 'number' : NUMBER_WORDS.test(word) ? 'number-word' : TIME_WORDS.test(word) ? 'time-word' : undefined;
      if (!kind || covered(s, e)) continue;
      const ctx = text.slice(Math.max(0, s - 30), Math.min(text.length, e + 30)).replace(/\s+/g, ' ');
      lines.push(`${id}:${map.toCodePoint(s)}  ${kind.padEnd(11)}  ${word.padEnd(16)}  …${ctx}…`);
    }
  }
  return lines;
}
