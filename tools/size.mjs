// `npm run size`: gzip sizes of the built library and the endpoint, against the budgets.
// Exits 1 when a budget is exceeded. Run `npm run build` and `npm run data` first.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const rows = [];
const check = (what, bytes, budget) => rows.push({ what, kb: +(bytes / KB).toFixed(1), budgetKb: budget / KB, ok: bytes <= budget });

if (!existsSync('dist/occupation-widgets.js')) throw new Error('dist/ is missing: run npm run build');
const chunks = readdirSync('dist').filter((f) => f.endsWith('.js'));
check('dist/occupation-widgets.js (every element, no chart.js)', gz('dist/occupation-widgets.js'), 40 * KB);
for (const chunk of chunks.filter((f) => f !== 'occupation-widgets.js')) {
  check(`dist/${chunk} (lazy)`, gz(join('dist', chunk)), 60 * KB);
}

const data = 'public/data';
if (existsSync(data)) {
  const sizes = (dir) => readdirSync(join(data, dir)).map((f) => gz(join(data, dir, f)));
  check('median occupations/*.json', median(sizes('occupations')), 6 * KB);
  check('median wages/*.json', median(sizes('wages')), 3 * KB);
  check('index.json', gz(join(data, 'index.json')), 40 * KB);
  check('areas/US/wages.json', gz(join(data, 'areas/US/wages.json')), 80 * KB);
  // A search box loads the index on first focus, then one shard per new two-letter word start.
  check('search-index.json (on first focus)', gz(join(data, 'search-index.json')), 100 * KB);
  check('largest search/*.json shard', Math.max(...sizes('search')), 60 * KB);
  check('median search/*.json shard', median(sizes('search')), 4 * KB);
  check('programs-index.json', gz(join(data, 'programs-index.json')), 40 * KB);
  const total = readdirSync(join(data, 'occupations')).reduce((n, f) => n + statSync(join(data, 'occupations', f)).size, 0);
  rows.push({ what: 'occupations/ total (raw)', kb: +(total / KB).toFixed(0), budgetKb: '-', ok: true });
}

console.table(rows);
const over = rows.filter((r) => !r.ok);
if (over.length) {
  console.error(`over budget: ${over.map((r) => r.what).join(', ')}`);
  process.exit(1);
}
