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
  console.error(`over budget: ${over.map((r) => r.what).join(', ')}`);
  process.exit(1);
}
