// `npm run bench` (table part): <wage-table area="CA"> against Grid.js and Tabulator (basic and
// virtual renderers) on California's 807 rows, same columns, production builds, Debian Chromium.
// Render, a re-sort and a filter keystroke, each timed until the DOM is updated and laid out, and
// the longest task. Runs interleaved; medians and ranges printed and written to bench-table.json.
// Run `npm run build` and `npm run data` first.
import { createServer } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const RUNS = Number(process.env.RUNS ?? 7);
const LIBS = process.env.LIBS?.split(',') ?? ['ours', 'gridjs', 'tabulator', 'tabulator-virtual'];
const TARGET = { sort: 50, filter: 16, longestTask: 50 };
const types = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.html': 'text/html', '.css': 'text/css' };

const page = (lib) => `<!doctype html><html lang="en"><meta charset="utf-8">
${lib === 'gridjs' ? '<link rel="stylesheet" href="/node_modules/gridjs/dist/theme/mermaid.min.css">' : ''}
${lib.startsWith('tabulator') ? '<link rel="stylesheet" href="/node_modules/tabulator-tables/dist/css/tabulator.min.css">' : ''}
${lib === 'ours' ? '<script type="module" src="/dist/wage-table.js"></script>' : ''}
<div id="host" style="width:1000px"></div>
<script type="module" src="/tools/bench/table-page.js"></script></html>`;

const allowed = ['dist/', 'public/data/', 'tools/bench/', 'node_modules/gridjs/dist/', 'node_modules/tabulator-tables/dist/'];
const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/') {
    res.writeHead(200, { 'content-type': 'text/html' });
    return res.end(page(url.searchParams.get('lib')));
  }
  const path = normalize(decodeURIComponent(url.pathname)).replace(/^\/data\//, 'public/data/').replace(/^\//, '');
  if (!allowed.some((a) => path.startsWith(a))) return res.writeHead(404).end();
  try {
    const body = await readFile(join(process.cwd(), path));
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});

const runs = Object.fromEntries(LIBS.map((l) => [l, []]));
for (let i = 0; i < RUNS; i++) {
  for (const lib of LIBS) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const tab = await context.newPage();
    tab.on('pageerror', (e) => console.error(lib, e.message));
    await tab.goto(`${base}/?lib=${lib}`);
    runs[lib].push(await tab.evaluate(() => window.bench));
    await context.close();
  }
}
await browser.close();
server.close();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const summary = (xs) => ({ median: +median(xs).toFixed(1), min: +Math.min(...xs).toFixed(1), max: +Math.max(...xs).toFixed(1) });
const results = Object.fromEntries(
  LIBS.map((lib) => [
    lib,
    Object.fromEntries(['render', 'sort', 'filter', 'longestTask', 'rowsInDom'].map((k) => [k, summary(runs[lib].map((r) => r[k]))])),
  ]),
);
console.log(`California, ${RUNS} interleaved runs each: median ms [min-max]`);
console.table(
  Object.fromEntries(
    LIBS.map((lib) => [
      lib,
      Object.fromEntries(
        Object.entries(results[lib]).map(([k, s]) => [k, k === 'rowsInDom' ? s.median : `${s.median} [${s.min}-${s.max}]`]),
      ),
    ]),
  ),
);
await writeFile('bench-table.json', JSON.stringify({ date: new Date().toISOString(), runs: RUNS, target: TARGET, results }, null, 2) + '\n');
const ours = results.ours;
const misses = [];
for (const lib of LIBS.slice(1)) for (const k of ['render', 'sort', 'filter']) if (ours[k].median >= results[lib][k].median) misses.push(`${k} not faster than ${lib}`);
for (const [k, ms] of Object.entries(TARGET)) if (ours[k].median > ms) misses.push(`${k} ${ours[k].median} ms > ${ms} ms`);
if (misses.length) console.error(`table targets missed: ${misses.join('; ')}`);
process.exit(misses.length ? 1 : 0);
