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
// Regression guards at today's sizes (per file gzip, summed), about 1 KB above them: every
// element's messages (English and Spanish) are in the runtime chunk all pages share, so each new
// element grows every page. The performance issue (13) is where these come down.
// The live-only elements (issue 14) added their English and Spanish messages to that chunk
// (+0.5 KB on every page; their code is lazy on the profile, absent elsewhere), and their own code
// to the whole library's and the CDN script's.
const pages = [
  ['one card or profile: occupation-profile.js', 'occupation-profile.js', 54 * KB],
  ['one wage table: wage-table.js', 'wage-table.js', 33 * KB],
  ['one wage chart: wage-chart.js', 'wage-chart.js', 35 * KB],
  ['one comparison: occupation-compare.js', 'occupation-compare.js', 36 * KB],
  ['every element: occupation-widgets.js', 'occupation-widgets.js', 74 * KB],
];
for (const [what, entry, budget] of pages) check(`page JS, ${what}`, pageBytes(entry), budget);
// The one-file build for a script tag: everything but chart.js, which is lazy beside it.
check('page JS, CDN script: cdn/occupation-widgets.js', pageBytes('cdn/occupation-widgets.js'), 61 * KB);
const eager = new Set(closure('dist/occupation-widgets.js'));
for (const chunk of readdirSync('dist/chunks').filter((f) => f.endsWith('.js'))) {
  const file = join('dist/chunks', chunk);
  if (!eager.has(file)) check(`lazy ${file}`, gz(file), 60 * KB);
}

const data = 'public/data';
if (existsSync(data)) {
  const files = (dir) => readdirSync(join(data, dir)).filter((f) => f.endsWith('.json')).map((f) => join(dir, f));
  const sizes = (dir) => files(dir).map((f) => gz(join(data, f)));
  check('median occupations/*.json', median(sizes('occupations')), 6 * KB);
  check('median wages/*.json', median(sizes('wages')), 3 * KB);
  // With state projections (--state-projections) every document has 51 more rows: about 1.1 KB.
  check('median projections/*.json', median(sizes('projections')), 3 * KB);
  // One occupation in one state's metropolitan and nonmetropolitan areas (with the nation and state).
  const local = readdirSync(join(data, 'wages'), { withFileTypes: true }).filter((e) => e.isDirectory());
  const localSizes = local.flatMap((e) => sizes(join('wages', e.name)));
  if (localSizes.length) {
    check('median wages/*/{state}.json', median(localSizes), 3 * KB);
    check('largest wages/*/{state}.json', Math.max(...localSizes), 8 * KB);
  }
  check('index.json', gz(join(data, 'index.json')), 40 * KB);
  check('areas/US/wages.json', gz(join(data, 'areas/US/wages.json')), 80 * KB);
  // A search box loads the index on first focus, then one shard per new two-letter word start.
  check('search-index.json (on first focus)', gz(join(data, 'search-index.json')), 100 * KB);
  check('largest search/*.json shard', Math.max(...sizes('search')), 60 * KB);
  check('median search/*.json shard', median(sizes('search')), 4 * KB);
  check('programs-index.json', gz(join(data, 'programs-index.json')), 40 * KB);
  const areaSizes = readdirSync(join(data, 'areas')).map((a) => gz(join(data, 'areas', a, 'wages.json')));
  check('largest areas/*/wages.json', Math.max(...areaSizes), 80 * KB);
  // An area table loads its area's document and this shared one (outlook, education, titles).
  const summary = gz(join(data, 'occupations-summary.json'));
  check('occupations-summary.json', summary, 75 * KB);
  check('area table: largest areas/*/wages.json + summary', Math.max(...areaSizes) + summary, 140 * KB);
  const total = readdirSync(join(data, 'occupations')).reduce((n, f) => n + statSync(join(data, 'occupations', f)).size, 0);
  rows.push({ what: 'occupations/ total (raw)', kb: +(total / KB).toFixed(0), budgetKb: '-', ok: true });
}

console.table(rows);
const over = rows.filter((r) => !r.ok);
if (over.length) {
  console.error(`over budget: ${over.map((r) => `${r.what} ${r.kb} KB > ${r.budgetKb} KB`).join('; ')}`);
  process.exit(1);
}
