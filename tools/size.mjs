// `npm run size`: the gzip JavaScript a page downloads for each use of the library (an entry and
// every module it imports statically; lazy chunks such as chart.js counted apart), and the
// endpoint's documents, against their budgets. Exits 1 when a budget is exceeded.
// Run `npm run build` and `npm run data` first.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const rows = [];
const check = (what, bytes, budget) =>
  rows.push({ what, kb: +(bytes / KB).toFixed(1), budgetKb: budget / KB, ok: bytes <= budget });

/** An entry and every module it imports statically, transitively (what a page must download). */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  // Static imports only: `import(...)` is a lazy chunk, fetched when it is needed.
  for (const [, spec] of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.[^"']+)["']/g)) {
    closure(normalize(join(dirname(file), spec)), seen);
  }
  return seen;
}
const pageBytes = (entry) => [...closure(join('dist', entry))].reduce((n, f) => n + gz(f), 0);

if (!existsSync('dist/occupation-widgets.js')) throw new Error('dist/ is missing: run npm run build');
// Regression guards at today's sizes (per file gzip, summed); the performance issue lowers them.
const pages = [
  ['one card or profile: occupation-profile.js', 'occupation-profile.js', 42 * KB],
  ['one wage table: wage-table.js', 'wage-table.js', 26 * KB],
  ['every element: occupation-widgets.js', 'occupation-widgets.js', 43 * KB],
];
for (const [what, entry, budget] of pages) check(`page JS, ${what}`, pageBytes(entry), budget);
// The one-file build for a script tag: everything but chart.js, which is lazy beside it.
check('page JS, CDN script: cdn/occupation-widgets.js', pageBytes('cdn/occupation-widgets.js'), 36 * KB);
const eager = new Set(closure('dist/occupation-widgets.js'));
for (const chunk of readdirSync('dist/chunks').filter((f) => f.endsWith('.js'))) {
  const file = join('dist/chunks', chunk);
  if (!eager.has(file)) check(`lazy ${file}`, gz(file), 60 * KB);
}

const data = 'public/data';
if (existsSync(data)) {
  const sizes = (dir) => readdirSync(join(data, dir)).map((f) => gz(join(data, dir, f)));
  check('median occupations/*.json', median(sizes('occupations')), 6 * KB);
  check('median wages/*.json', median(sizes('wages')), 3 * KB);
  check('index.json', gz(join(data, 'index.json')), 40 * KB);
  check('areas/US/wages.json', gz(join(data, 'areas/US/wages.json')), 80 * KB);
  const total = readdirSync(join(data, 'occupations')).reduce((n, f) => n + statSync(join(data, 'occupations', f)).size, 0);
  rows.push({ what: 'occupations/ total (raw)', kb: +(total / KB).toFixed(0), budgetKb: '-', ok: true });
}

console.table(rows);
const over = rows.filter((r) => !r.ok);
if (over.length) {
  console.error(`over budget: ${over.map((r) => `${r.what} ${r.kb} KB > ${r.budgetKb} KB`).join('; ')}`);
  process.exit(1);
}
