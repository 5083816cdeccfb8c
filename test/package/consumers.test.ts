// The package as an adopter gets it: packed (`npm pack`), installed into a blank Vite app in a
// temporary folder, built, and rendered in Chromium from plain JS, React 19 and Vue 3 (each with
// an event handler that must fire); and the CDN folder on a plain HTML page with no build step.
// React, Vue and Vite are this repo's devDependencies, linked into the app: no network but the
// npm cache for the package's own dependencies.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { launch, openPage, widgetText } from './browser.ts';
import { serve } from './serve.ts';

const repo = resolve('.');
const data = join(repo, 'public/data');
const tmp = mkdtempSync(join(tmpdir(), 'ow-package-'));
const npm = (args: string[], cwd: string) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
let browser: Browser;

before(async () => {
  if (!existsSync('dist/cdn/occupation-widgets.js') || !existsSync('dist/types/index.d.ts')) npm(['run', 'build'], repo);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
});

test('the packed package installs into a blank Vite app, builds, and renders from JS, React 19 and Vue 3', async () => {
  const [packed] = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], repo)) as { filename: string }[];
  const app = join(tmp, 'app');
  cpSync(join(repo, 'examples/npm'), app, { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  npm(['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', join(tmp, packed!.filename)], app);
  for (const dep of ['react', 'react-dom', 'vue', '@types/react', '@types/react-dom']) {
    mkdirSync(join(app, 'node_modules', dep, '..'), { recursive: true });
    symlinkSync(join(repo, 'node_modules', dep), join(app, 'node_modules', dep), 'dir');
  }

  // TypeScript users: the React app typechecks against the installed package's types and JSX typings.
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', jsx: 'react-jsx', strict: true,
      noEmit: true, allowImportingTsExtensions: true, types: [], lib: ['ES2023', 'DOM', 'DOM.Iterable'] },
    files: ['react.tsx'],
  }));
  execFileSync(join(repo, 'node_modules/.bin/tsc'), ['-p', app], { encoding: 'utf8' });

  await build({
    root: app,
    configFile: false,
    logLevel: 'error',
    oxc: { jsx: { runtime: 'automatic' } },
    build: { outDir: join(app, 'dist'), rollupOptions: { input: ['index.html', 'react.html', 'vue.html'].map((f) => join(app, f)) } },
  });
  const server = await serve({ '/': join(app, 'dist'), '/data/': data });
  try {
    for (const page of ['index.html', 'react.html', 'vue.html']) {
      const errors: string[] = [];
      const tab = await openPage(browser, errors);
      await tab.goto(server.url + page);
      assert.match(await widgetText(tab, 'occupation-profile'), /Medical Records Specialists/, page);
      await tab.waitForFunction(() => document.querySelector('#status')?.textContent === 'Loaded: Medical Records Specialists');
      assert.deepEqual(errors, [], page);
      await tab.close();
    }
  } finally {
    await server.close();
  }
});

test('the CDN folder, copied beside a plain HTML page, renders a profile and loads chart.js beside itself, and no element the page lacks', async () => {
  const site = join(tmp, 'site');
  cpSync(join(repo, 'examples/plain-html'), site, { recursive: true });
  cpSync(join(repo, 'dist/cdn'), join(site, 'occupation-widgets'), { recursive: true });
  const server = await serve({ '/college/': site, '/college/data/': data });
  try {
    const errors: string[] = [];
    const tab = await openPage(browser, errors);
    const chart = tab.waitForResponse((r) => /\/college\/occupation-widgets\/chunks\/chart-[\w-]+\.js$/.test(r.url()));
    const scripts: string[] = [];
    tab.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url().replace(/.*\//, '')));
    await tab.goto(`${server.url}college/`);
    assert.match(await widgetText(tab, 'occupation-profile'), /Medical Records Specialists/);
    assert.equal((await chart).status(), 200);
    await tab.waitForSelector('script[type="application/ld+json"]', { state: 'attached' });
    const ld = await tab.$eval('script[type="application/ld+json"]', (s) => JSON.parse(s.textContent!).name);
    assert.equal(ld, 'Medical Records Specialists');
    // Its two scripts (a profile, an education chart) and their chunks: no search, picker or comparison.
    assert.ok(scripts.includes('occupation-profile.js') && scripts.includes('education-chart.js'), scripts.join(' '));
    assert.deepEqual(scripts.filter((f) => /^(occupation-widgets|occupation-search|area-picker|occupation-compare|program-careers)[-.]/.test(f)), []);
    assert.deepEqual(errors, []);
  } finally {
    await server.close();
  }
});
