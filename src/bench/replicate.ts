/** A corpus replicated `times` times into `into/x{times}`, each copy of an article under a distinct name (rNNN_NAME.txt). */
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function replicate(src: string, times: number, into: string): string {
  const dir = join(into, `x${times}`);
  mkdirSync(dir, { recursive: true });
  const files = readdirSync(src).filter((f) => f.endsWith('.txt'));
  for (let k = 0; k < times; k++) for (const f of files) copyFileSync(join(src, f), join(dir, `r${String(k).padStart(3, '0')}_${f}`));
  return dir;
}
