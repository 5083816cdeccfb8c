// The benchmark's one table: a row per figure with its median, [min–max] over the runs and the
// target the issues set, and the checks that must hold on every run (returned as failures).
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const num = (x, digits = 0) => (x == null ? '-' : x.toFixed(digits));

/** A timed figure over the runs: its median and range. */
function timed(xs, unit = 'ms', digits = 0) {
  const values = xs.filter((x) => x != null);
  if (!values.length) return { median: '-', range: '-' };
  return { median: `${num(median(values), digits)} ${unit}`, range: `${num(Math.min(...values), digits)}–${num(Math.max(...values), digits)}`, value: median(values) };
}

export function summarize({ once, runs, builds, codes }) {
  const table = [];
  const checks = [];
  const row = (measure, figure, target = '') => table.push({ measure, median: figure.median, range: figure.range ?? '-', target });
  const fixed = (text) => ({ median: text, range: '-' });

  // JavaScript a page downloads.
  for (const [kind, target] of [
    ['one card', '20 KB'],
    ['one full profile (with a chart)', ''],
    ['one wage table', ''],
    ['one area table', ''],
    ['one wage chart', ''],
    ['search, before focus', ''],
    ['search, after focus and a query', ''],
    ['every element (occupation-widgets.js) and a card', '30 KB without charts'],
  ]) {
    row(`JS gzip: ${kind}`, fixed(kb(once[kind].jsBytes)), target);
  }
  const chart = (kind) => once[kind].js.some((f) => /^chart-(?!controller)/.test(f.split('/').pop())); // chart.js's own chunk
  if (chart('one card')) checks.push('chart.js loaded on a page with one card');
  if (!chart('one wage chart')) checks.push('chart.js not loaded on a page with a wage chart');

  // Requests: one per distinct document.
  for (const kind of ['ten widgets, one occupation', `50 widgets, 25 occupations`]) {
    const { data } = once[kind];
    const distinct = new Set(data).size;
    row(`requests: ${kind}`, fixed(`${data.length} documents (${distinct} distinct)`), 'one per distinct document');
    if (data.length !== distinct) checks.push(`${kind}: ${data.length - distinct} documents asked for twice`);
  }
  if (codes.length !== 25) checks.push(`only ${codes.length} occupations for the 50-widget page`);

  // Time to content from navigation, and what the page waited on after the documents arrived.
  for (const page of ['card, 0 ms latency', 'card, +100 ms latency', 'profile, 0 ms latency', 'profile, +100 ms latency', 'area table from navigation']) {
    const r = runs[page];
    row(`time to content: ${page}`, timed(r.map((x) => x.contentMs)));
    row(`  after its last document arrived`, timed(r.map((x) => x.afterDataMs)), page.startsWith('profile') ? '≤ 100 ms' : '');
    row(`  longest task on the way`, timed(r.map((x) => x.longestTask)), '≤ 50 ms');
    if (r.some((x) => x.errors)) checks.push(`${page}: a widget failed to load`);
  }

  // The ~830-row area table, ours and the libraries (data already in the page, timed in it).
  const ours = runs['table ours'];
  const metric = (r, k) => timed(r.map((x) => x[k]));
  row('area table (807 CA rows): render', metric(ours, 'render'));
  row('  scroll to the bottom, to the next frame', metric(ours, 'scroll'));
  row('  re-sort by median', metric(ours, 'sort'), '< 50 ms');
  row('  filter keystroke', metric(ours, 'filter'), '< 16 ms');
  row('  longest task in all of the above', metric(ours, 'longestTask'), '≤ 50 ms');
  row('  JS heap after render', timed(ours.map((x) => x.heapMb), 'MB', 1));
  row('  DOM elements after render (rows in the DOM)', fixed(`${num(median(ours.map((x) => x.domNodes)))} (${median(ours.map((x) => x.rowsInDom))})`));
  if (ours.some((x) => x.rowsInDom < 800)) checks.push('our area table left rows out of the DOM');
  for (const [lib, name, bytes] of [
    ['gridjs', 'Grid.js', 'table: gridjs'],
    ['tabulator', 'Tabulator', 'table: tabulator'],
    ['tabulator-virtual', 'Tabulator, virtual DOM', 'table: tabulator'],
  ]) {
    const r = runs[`table ${lib}`];
    const ratio = (k) => `${(median(r.map((x) => x[k])) / median(ours.map((x) => x[k]))).toFixed(1)}×`;
    const rows = median(r.map((x) => x.rowsInDom));
    row(
      `  ${name} ÷ ours (${rows} rows in its DOM)`,
      fixed(`render ${ratio('render')}, sort ${ratio('sort')}, filter ${ratio('filter')}, JS ${(once[bytes].jsBytes / once['table: ours'].jsBytes).toFixed(1)}×`),
      '> 1× each',
    );
    row(`    its longest task`, metric(r, 'longestTask'));
  }

  // Search: keystroke to results announced (the box waits 60 ms for the next key), index bytes.
  for (const q of ['n', 'nur', 'engineer']) {
    const r = runs[`search "${q}"`];
    row(`search: keystroke to results, ${q.length} letter${q.length > 1 ? 's' : ''} ("${q}")`, metric(r, 'ms'), '60 ms debounce included');
    if (r.some((x) => !x.results && q !== 'n')) checks.push(`search "${q}" found nothing`);
  }
  const index = once['search, after focus and a query'].dataBytes;
  const indexFile = index.find((f) => f.url.endsWith('/search-index.json'));
  row('search: index on first focus (gzip)', fixed(indexFile ? kb(indexFile.gz) : '-'), '≤ 100 KB');
  row('  and the shards for "nur" (gzip)', fixed(kb(index.filter((f) => f.url.includes('/search/')).reduce((n, f) => n + f.gz, 0))));

  // The data build.
  if (builds.length) {
    row('data build: wall time', timed(builds.map((b) => b.seconds), 's', 1));
    row('  peak memory (largest process)', timed(builds.map((b) => b.peakMb), 'MB'));
  }
  return { table, checks };
}
