// `npm run bench`: cold page loads of the built library (dist/) in Debian's Chromium, from a
// static server on 127.0.0.1, measuring what a reader waits for and what the page downloads.
// Run `npm run build` and `npm run data` first. Exits 1 when a budget below is missed.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const RUNS = Number(process.env.RUNS ?? 5);
const BUDGET = { profileMs: 1500, allSectionsMs: 3000 };
const types = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };

const page = (code, location) => `<!doctype html><html lang="en"><meta charset="utf-8">
<script type="module">
  const t0 = performance.now();
  let loads = 0;
  window.bench = new Promise((resolve) => {
    addEventListener('occupation-load', async (e) => {
      loads++;
      const profile = document.querySelector('occupation-profile');
      if (e.composedPath()[0] === profile) window.profileMs = performance.now() - t0;
      await profile.updateComplete;
      const widgets = [...profile.shadowRoot.querySelectorAll('*')].filter((n) => n.localName.includes('-'));
      if (window.profileMs && loads === widgets.length + 1) resolve({ profileMs: window.profileMs, allSectionsMs: performance.now() - t0, widgets: widgets.length });
    });
  });
</script>
<script type="module" src="/dist/occupation-widgets.js"></script>
<occupation-profile code="${code}" location="${location}" endpoint="/data/"></occupation-profile></html>`;

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/') {
    res.writeHead(200, { 'content-type': 'text/html' });
    return res.end(page(url.searchParams.get('code'), url.searchParams.get('location')));
  }
  const path = normalize(url.pathname).replace(/^\/data\//, 'public/data/').replace(/^\//, '');
  if (!path.startsWith('dist/') && !path.startsWith('public/data/')) return res.writeHead(404).end();
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

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
let failed = false;
for (const [code, location, label] of [
  ['29-2072.00', 'CA', 'Medical Records Specialists, CA (no chart)'],
  ['31-9092.00', 'CA', 'Medical Assistants, CA (every section, chart)'],
]) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext(); // a cold cache every run
    const tab = await context.newPage();
    const requests = [];
    tab.on('requestfinished', async (request) => {
      const sizes = await request.sizes();
      requests.push({ url: request.url(), bytes: sizes.responseBodySize });
    });
    await tab.goto(`${base}/?code=${code}&location=${location}`);
    const result = await tab.evaluate(() => window.bench);
    await tab.waitForLoadState('networkidle');
    const documents = requests.filter((r) => r.url.includes('/data/'));
    const duplicates = documents.length - new Set(documents.map((r) => r.url)).size;
    runs.push({
      ...result,
      requests: requests.length,
      documents: documents.length,
      duplicates,
      chartLoaded: requests.some((r) => /\/dist\/chart-/.test(r.url)),
      kb: requests.reduce((n, r) => n + r.bytes, 0) / 1024,
    });
    await context.close();
  }
  const row = {
    page: label,
    'profile ms': Math.round(median(runs.map((r) => r.profileMs))),
    'all sections ms': Math.round(median(runs.map((r) => r.allSectionsMs))),
    widgets: runs[0].widgets,
    requests: runs[0].requests,
    'doc requests': runs[0].documents,
    'duplicate docs': Math.max(...runs.map((r) => r.duplicates)),
    'chart.js': runs[0].chartLoaded,
    'KB (uncompressed)': Math.round(median(runs.map((r) => r.kb))),
  };
  rows.push(row);
  if (row['profile ms'] > BUDGET.profileMs || row['all sections ms'] > BUDGET.allSectionsMs || row['duplicate docs'] > 0) failed = true;
}
await browser.close();
server.close();
console.log(`median of ${RUNS} cold loads each, budgets: profile ${BUDGET.profileMs} ms, all sections ${BUDGET.allSectionsMs} ms, no duplicate document request`);
console.table(rows);
if (rows[0]['chart.js'] || !rows[1]['chart.js']) {
  console.error('chart.js must load only on a page that shows a chart');
  failed = true;
}
process.exit(failed ? 1 : 0);
