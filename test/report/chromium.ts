/** A page for the report's browser tests, watching everything that would be a fault. */
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../src/report/browser.js';

export const launch = launchChromium;

/** A page that records console errors, uncaught exceptions, dialogs and every request that is not a file of the disk. */
export async function watchedPage(browser: Browser): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (!r.url().startsWith('file://')) requests.push(r.url());
  });
  return { page, errors, requests };
}

/** A watched page opened at a report's URL, once `selector` shows. */
export async function openReport(browser: Browser, url: string, selector: string): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const w = await watchedPage(browser);
  await w.page.goto(url);
  await w.page.waitForSelector(selector);
  return w;
}
