// The demo's embed builder, as a web editor uses it: pick an occupation by title and the options,
// copy the snippet, paste it into a blank page on another site, and the widget is there.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { launch, openPage, widgetText } from './browser.ts';
import { serve } from './serve.ts';

const tmp = mkdtempSync(join(tmpdir(), 'ow-embed-'));
let browser: Browser;
let vite: ViteDevServer;

before(async () => {
  // The snippet loads the CDN build, which the dev server serves from dist/cdn.
  if (!existsSync('dist/cdn/occupation-widgets.js')) execFileSync('npm', ['run', 'build'], { stdio: 'ignore' });
  browser = await launch();
  vite = await createServer({ configFile: 'vite.config.ts', logLevel: 'error', server: { port: 0, strictPort: false, hmr: false } });
  await vite.listen();
});
after(async () => {
  await browser?.close();
  await vite?.close();
  rmSync(tmp, { recursive: true, force: true });
});

test("the embed builder's snippet, pasted into a blank page of another site, shows the chosen widget", async () => {
  const errors: string[] = [];
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const builder = await openPage(browser, errors, context);
  await builder.goto(new URL('embed.html', vite.resolvedUrls!.local[0]).href);
  await builder.waitForFunction(() => (document.querySelector('[data-snippet]') as HTMLTextAreaElement).value.includes('29-2072.00'));

  // A title not in the list: no snippet of the occupation before it to copy.
  await builder.fill('[name=occupation]', 'Registered Nur');
  assert.equal(await builder.inputValue('[data-snippet]'), '');
  assert.equal(await builder.isDisabled('[data-copy]'), true);
  assert.match(await builder.textContent('[data-code]') ?? '', /Pick a title from the list/);
  await builder.fill('[name=occupation]', 'Registered Nurses');
  await builder.selectOption('[name=location]', 'TX');
  await builder.check('[name=variant][value=card]');
  await builder.selectOption('[name=lang]', 'es');
  await builder.fill('[name=heading-level]', '3');
  await builder.fill('[name=accent]', '#7a1f2b');
  assert.match(await widgetText(builder, '[data-preview] occupation-profile'), /Enfermeros|Registered Nurses/);
  await builder.click('[data-copy]');
  const snippet = await builder.evaluate(() => navigator.clipboard.readText());
  for (const part of ['code="29-1141.00"', 'location="TX"', 'variant="card"', 'lang="es"', 'heading-level="3"', '--ow-color-accent: #7a1f2b']) {
    assert.ok(snippet.includes(part), `${part} in ${snippet}`);
  }

  writeFileSync(join(tmp, 'index.html'), `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Blank</title></head>\n<body>\n${snippet}</body></html>\n`);
  const site = await serve({ '/': tmp });
  try {
    const page = await openPage(browser, errors);
    await page.goto(site.url);
    const text = await widgetText(page, 'occupation-profile');
    assert.match(text, /Registered Nurses/);
    assert.match(text, /Texas/);
    assert.equal(await page.$eval('occupation-profile', (el) => el.shadowRoot!.querySelector('h3') !== null), true);
    assert.deepEqual(errors, []);
  } finally {
    await site.close();
    await context.close();
  }
});
