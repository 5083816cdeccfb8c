// Every Storybook story, as a designer opens it: rendered from storybook-static (built by
// `npm run build-storybook`), settled, then checked with axe (WCAG 2.1 A and AA) and for console
// errors. The stories of a failing endpoint or code, and of a program the crosswalk maps to no
// occupation (the endpoint writes no document for it), expect the browser's own "Failed to load
// resource" line for their 404s; nothing else.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage } from './browser.ts';
import { serve, type Served } from './serve.ts';

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const EXPECTED_404 = /--(not-found|dead-endpoint|shared-dead-endpoint|no-match)$/;
let browser: Browser;
let server: Served;

before(async () => {
  if (!existsSync('storybook-static/index.json')) execFileSync('npm', ['run', 'build-storybook'], { stdio: 'ignore' });
  server = await serve({ '/': 'storybook-static' });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Resolves once every widget in the story has left its loading state (for the Loading story: is
 * in it). A string, not a function:
 * tsx's transform would add helpers to a function that the page does not have.
 */
const SETTLED = (loading: boolean) => `(() => {
  const root = document.querySelector('#storybook-root');
  if (!root || !root.children.length) return false;
  const all = (node) => [...node.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
  const widgets = all(root).filter((el) => el.localName.includes('-') && el.shadowRoot);
  const loading = (el) => !!el.shadowRoot.querySelector('[part=loading]');
  return ${loading}
    ? widgets.some(loading)
    : widgets.length > 0 && widgets.every((el) => !loading(el) && el.shadowRoot.childElementCount > 0);
})()`;
const AXE_RUN = `axe.run('#storybook-root', { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'], resultTypes: ['violations'] })
  .then((r) => r.violations.map((v) => v.id + ' at ' + JSON.stringify(v.nodes.map((n) => n.target))))`;

async function check(page: Page, errors: string[], id: string): Promise<string[]> {
  errors.length = 0;
  await page.goto(`${server.url}iframe.html?id=${id}&viewMode=story&globals=a11y.manual:!true`);
  await page.waitForFunction(SETTLED(id.endsWith('--loading')), undefined, { timeout: 10_000 });
  await page.addScriptTag({ content: AXE });
  const violations = (await page.evaluate(AXE_RUN)) as string[];
  // The 320 px stories: the widget fits the narrow box (scrolls sideways nowhere).
  const overflow = id.endsWith('--narrow-320')
    ? ((await page.evaluate(`(() => { const box = document.querySelector('#storybook-root > div'); return box.scrollWidth - box.clientWidth; })()`)) as number)
    : 0;
  const unexpected = errors.filter((e) => !(EXPECTED_404.test(id) && /Failed to load resource.*404/.test(e)));
  return [...(overflow > 0 ? [`${id}: ${overflow}px wider than 320px`] : []), ...violations.map((v) => `${id}: axe ${v}`), ...unexpected.map((e) => `${id}: console error ${e}`)];
}

test('every story renders with no axe violation and no console error', async () => {
  const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8')) as { entries: Record<string, { type: string }> };
  const ids = Object.entries(index.entries).filter(([, e]) => e.type === 'story').map(([id]) => id);
  assert.ok(ids.length > 50, `${ids.length} stories`);
  const queue = [...ids];
  const problems: string[] = [];
  // Three tabs at a time: the machine has two cores, and most of a story's time is waiting.
  await Promise.all(
    [1, 2, 3].map(async () => {
      const errors: string[] = [];
      const page = await openPage(browser, errors);
      for (let id = queue.shift(); id; id = queue.shift()) {
        problems.push(...(await check(page, errors, id).catch((e: Error) => [`${id}: ${e.message.split('\n')[0]}`])));
      }
      await page.close();
    }),
  );
  assert.deepEqual(problems, []);
});
