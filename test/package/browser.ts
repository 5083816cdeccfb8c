// Debian's Chromium through playwright-core (no npm package may download a browser here), with
// every console error and page error of a page collected for the test to check.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/** A new page whose console errors and uncaught errors land in `errors`. */
export async function openPage(browser: Browser, errors: string[], context?: BrowserContext): Promise<Page> {
  const page = await (context ?? browser).newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return page;
}

/** The text a reader sees in `selector`'s shadow root once the widget has loaded. */
export async function widgetText(page: Page, selector: string): Promise<string> {
  await page.waitForFunction(
    (s) => {
      const el = document.querySelector(s);
      return !!el?.shadowRoot && !el.shadowRoot.querySelector('[part="loading"]') && el.shadowRoot.textContent!.trim().length > 0;
    },
    selector,
    { timeout: 20_000 },
  );
  return page.$eval(selector, (el) => (el.shadowRoot as ShadowRoot).textContent!.replace(/\s+/g, ' ').trim());
}
