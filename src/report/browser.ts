/**
 * Debian's chromium, driven by playwright-core (a development dependency, which downloads no
 * browser of its own): for the report's browser tests and `npm run bench:report`. The browser is
 * CHROMIUM_PATH or `chromium` on the PATH; .ci/run installs the Debian package when it is missing.
 */
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { Browser } from 'playwright-core';

export function chromiumPath(): string {
  const env = process.env.CHROMIUM_PATH;
  if (env) {
    if (!existsSync(env)) throw new Error(`CHROMIUM_PATH=${env}: no such file`);
    return env;
  }
  // As `command -v chromium` looks it up.
  const found = (process.env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, 'chromium'))
    .find((file) => {
      try {
        accessSync(file, constants.X_OK);
        return true;
      } catch {
        return false;
      }
    });
  if (!found) throw new Error("the report's browser checks need Debian's chromium: 'apt-get install chromium' (bash .ci/run does it), or set CHROMIUM_PATH to a Chromium binary");
  return found;
}

/** A headless chromium (no sandbox: CI runs as root). */
export async function launchChromium(): Promise<Browser> {
  const path = chromiumPath();
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: path, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
}
