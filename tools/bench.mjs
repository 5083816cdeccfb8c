// `npm run bench`: what the library costs a host page, measured in Debian's Chromium against the
// production build and the real endpoint on 127.0.0.1, beside Grid.js and Tabulator. Prints one
// table (medians and [min–max] over interleaved runs, every page in a fresh browser context) and
// writes it with every run to bench.json. Targets are reported, not enforced (a shared machine is
// noisy); it exits 1 only when a page fails or a deterministic check does (a document asked for
// twice, chart code on a page without a chart).
//   RUNS=5 (default)   timed rounds; each loads every timed page once, in turn
//   --skip-build       no data build timing (it takes about 20 s a run)
//   --data-runs=N      data builds to time (default 3), one between rounds
// Builds dist/ and public/data/ first when they are missing.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { measureDataBuild } from './bench/data-build.mjs';
import { summarize } from './bench/report.mjs';
import { serve } from './bench/server.mjs';

const RUNS = Number(process.env.RUNS ?? 5);
const flag = (name) => process.argv.find((a) => a.startsWith(`--${name}`));
const DATA_RUNS = flag('skip-build') ? 0 : Number(flag('data-runs')?.split('=')[1] ?? 3);

const npm = (...args) => spawnSync('npm', args, { stdio: 'inherit' }).status === 0 || process.exit(1);
if (!existsSync('public/data/index.json')) npm('run', 'data');
if (!existsSync('dist/occupation-widgets.js')) npm('run', 'build');

// 25 occupations with California wages and an O*NET document, spread over the SOC list.
const caSocs = new Set(JSON.parse(readFileSync('public/data/areas/CA/wages.json', 'utf8')).occupations.map((o) => o.soc));
const withWages = readdirSync('public/data/occupations').map((f) => f.replace('.json', '')).filter((c) => caSocs.has(c.slice(0, 7)));
const CODES = Array.from({ length: 25 }, (_, i) => withWages[Math.floor((i * withWages.length) / 25)]);

const server = await serve();
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});
const failures = [];

/** Loads a page in a fresh context (a cold cache); returns its `window.bench` and what it fetched. */
async function load(path) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const tab = await context.newPage();
  tab.on('pageerror', (e) => failures.push(`${path}: ${e.message}`));
  const responses = [];
  tab.on('response', (r) => responses.push(r.body().then((body) => ({ url: new URL(r.url()).pathname, gz: gzipSync(body, { level: 9 }).length }), () => null)));
  await tab.goto(`${server.base}${path}`);
  const result = await Promise.race([
    tab.evaluate(() => window.bench),
    new Promise((r) => setTimeout(r, 60_000, { timedOut: true })),
  ]);
  if (result?.timedOut) failures.push(`${path}: no result within 60 s`);
  await tab.waitForLoadState('networkidle');
  const files = (await Promise.all(responses)).filter(Boolean);
  await context.close();
  const js = files.filter((f) => /\.m?js$/.test(f.url) && !f.url.startsWith('/tools/'));
  const data = files.filter((f) => /\/data\//.test(f.url)).map((f) => f.url.replace(/^\/delay\/\d+/, ''));
  return { ...result, jsBytes: js.reduce((n, f) => n + f.gz, 0), js: js.map((f) => f.url), data, dataBytes: files.filter((f) => /\/data\//.test(f.url)) };
}

// Deterministic figures, once: JavaScript per page kind (gzip -9 per file, summed, as
// `npm run size` counts; here what the page really fetched, lazy chunks included) and requests.
const once = {};
for (const [kind, path] of [
  ['one card', '/page/card'],
  ['one full profile (with a chart)', '/page/profile'],
  ['one wage table', '/page/wage-table'],
  ['one area table', '/page/area-table'],
  ['one wage chart', '/page/wage-chart'],
  ['search, before focus', '/page/search'],
  ['search, after focus and a query', '/page/search?q=nur'],
  ['every element (occupation-widgets.js) and a card', '/page/all'],
  ['ten widgets, one occupation', '/page/ten'],
  ['50 widgets, 25 occupations', `/page/fifty?codes=${CODES.join(',')}`],
  ['table: ours', '/page/table?lib=ours'],
  ['table: gridjs', '/page/table?lib=gridjs'],
  ['table: tabulator', '/page/table?lib=tabulator'],
]) {
  once[kind] = await load(path);
}

// Timed pages, interleaved: each round loads every one in turn, so drift hits all alike.
const TIMED = {
  'card, 0 ms latency': '/page/card',
  'card, +100 ms latency': '/page/card?delay=100',
  'profile, 0 ms latency': '/page/profile',
  'profile, +100 ms latency': '/page/profile?delay=100',
  'area table from navigation': '/page/area-table',
  'search "n"': '/page/search?q=n',
  'search "nur"': '/page/search?q=nur',
  'search "engineer"': '/page/search?q=engineer',
  'table ours': '/page/table?lib=ours',
  'table gridjs': '/page/table?lib=gridjs',
  'table tabulator': '/page/table?lib=tabulator',
  'table tabulator-virtual': '/page/table?lib=tabulator-virtual',
};
const runs = Object.fromEntries(Object.keys(TIMED).map((k) => [k, []]));
const builds = [];
for (let round = 0; round < RUNS; round++) {
  for (const [name, path] of Object.entries(TIMED)) runs[name].push(await load(path));
  if (round < DATA_RUNS) builds.push(measureDataBuild());
  process.stderr.write(`round ${round + 1}/${RUNS} done\n`);
}
for (let i = RUNS; i < DATA_RUNS; i++) builds.push(measureDataBuild());
const chromiumVersion = browser.version();
await browser.close();
server.close();

const machine = {
  cpu: os.cpus()[0]?.model.trim(),
  cores: os.cpus().length,
  memoryGb: Math.round(os.totalmem() / 2 ** 30),
  os: `${os.type()} ${os.release()}`,
  node: process.version,
  chromium: chromiumVersion,
};
const { table, checks } = summarize({ once, runs, builds, codes: CODES });
console.log(`${new Date().toISOString()}: ${RUNS} interleaved runs; ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, Chromium ${machine.chromium}`);
console.table(table);
await writeFile('bench.json', JSON.stringify({ date: new Date().toISOString(), machine, runs: RUNS, table, once, timed: runs, builds }, null, 2) + '\n');
console.log('written to bench.json');
failures.push(...checks);
if (failures.length) console.error(`failed:\n  ${failures.join('\n  ')}`);
process.exit(failures.length ? 1 : 0);
