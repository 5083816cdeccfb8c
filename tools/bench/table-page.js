// Runs in the page: one table implementation on California's 807 rows, the same columns, and
// times render, a scroll to the bottom, a re-sort and a filter keystroke until the DOM is updated
// and laid out (the scroll: until the next frame is painted); JS heap and DOM nodes after render.
const LIB = new URLSearchParams(location.search).get('lib');
const KEYS = ['employment', 'p10', 'p25', 'median', 'p75', 'p90'];
const FILTER = 'nurs';

// Long tasks with their start, so only those overlapping the timed window count: an entry is
// delivered a little after its task ends, so one from loading the data could arrive after t0.
const longTasks = [];
new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e))).observe({ type: 'longtask' });
let since = Infinity;
/** When the page measured itself (the heap): long tasks then are the benchmark's. */
const measuring = [];
/** A fresh task after a quiet moment, as a reader's click or keystroke is: timing starts there. */
const quiet = () => new Promise((r) => setTimeout(r, 100));
const start = async () => {
  await quiet();
  const t = performance.now();
  performance.mark('bench:step'); // where a trace of the page lines up with the steps
  since = Math.min(since, t);
  return t;
};

/** Elements in the document and in every shadow root. */
const nodes = (root = document) =>
  [...root.querySelectorAll('*')].reduce((n, e) => n + 1 + (e.shadowRoot ? nodes(e.shadowRoot) : 0), 0);

/** Scrolls `box` (or the page) to the bottom and times it until the frame after is painted. */
async function scroll(box) {
  const t = await start();
  if (box) box.scrollTop = box.scrollHeight;
  else scrollTo(0, document.documentElement.scrollHeight);
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  const ms = performance.now() - t;
  if (box) box.scrollTop = 0;
  else scrollTo(0, 0);
  return ms;
}

/** After render: the heap (after a collection, when the bench exposes gc) and the DOM's size. */
async function weight() {
  await quiet(); // the forced collection in a task of its own, left out of the long tasks
  const t = performance.now();
  globalThis.gc?.();
  const result = { heapMb: performance.memory ? performance.memory.usedJSHeapSize / 2 ** 20 : null, domNodes: nodes() };
  measuring.push([t, performance.now()]);
  return result;
}

/** Resolves when `done()` holds after a DOM change under `root` (checked at once too), then forces layout. */
function until(root, done) {
  return new Promise((resolve) => {
    const finish = () => {
      observer.disconnect();
      document.body.offsetHeight; // style and layout count too
      resolve(performance.now());
    };
    const observer = new MutationObserver(() => done() && finish());
    observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
    if (done()) finish();
  });
}

async function documents() {
  const [area, summary] = await Promise.all(['/data/areas/CA/wages.json', '/data/occupations-summary.json'].map((u) => fetch(u).then((r) => r.json())));
  const bySoc = new Map(summary.occupations.map((s) => [s.soc, s]));
  const cell = (v) => (typeof v === 'number' ? v : v === 'not-available' || v === 'not-released' ? null : v.atLeast);
  return area.occupations.map((o) => ({
    title: o.title,
    employment: cell(o.employment),
    ...Object.fromEntries(KEYS.slice(1).map((k) => [k, cell(o.annual[k])])),
    openings: bySoc.get(o.soc)?.annualOpenings ?? null,
  }));
}

const host = document.querySelector('#host');

const libraries = {
  async ours() {
    // The documents cached by a first table, so the timed one measures rendering, as for the libraries.
    const warm = document.createElement('wage-table');
    Object.assign(warm, { endpoint: '/data/', area: 'CA', codes: '29-2072.00' });
    await new Promise((r) => (warm.addEventListener('occupation-load', r, { once: true }), host.append(warm)));
    warm.remove();
    const el = document.createElement('wage-table');
    el.setAttribute('endpoint', '/data/');
    el.setAttribute('area', 'CA');
    el.setAttribute('columns', 'occupation,employment,p10,p25,median,p75,p90,openings');
    const body = () => el.shadowRoot?.querySelector('tbody');
    const complete = () => body() && !body().hasAttribute('aria-busy') && body().rows.length > 800;
    const t0 = await start(); // the data arrived before: only rendering counts, as for every table
    host.append(el);
    await new Promise((r) => el.addEventListener('occupation-load', r, { once: true }));
    const render = (await until(el.shadowRoot, complete)) - t0;
    const rowsInDom = body().rows.length;
    const after = await weight();
    const scrolled = await scroll(el.shadowRoot.querySelector('.scroll'));
    const first = () => body().rows[0].cells[0].textContent;
    const before = first();
    const button = [...el.shadowRoot.querySelectorAll('thead button')].find((b) => b.textContent.includes('Median'));
    const t1 = await start();
    button.click();
    const sort = (await until(el.shadowRoot, () => first() !== before && complete())) - t1;
    const input = el.shadowRoot.querySelector('input');
    const t2 = await start();
    input.value = FILTER;
    input.dispatchEvent(new Event('input'));
    const filter = (await until(el.shadowRoot, () => body().rows.length < 100 && !body().hasAttribute('aria-busy'))) - t2;
    return { render, scroll: scrolled, sort, filter, rowsInDom, ...after, steps: [t1 - t0, t2 - t0].map(Math.round) };
  },

  async gridjs() {
    const data = await documents();
    const { Grid } = await import('/node_modules/gridjs/dist/gridjs.module.js');
    const t0 = await start(); // the data arrived before: only rendering counts, as for every table
    const grid = new Grid({
      columns: [{ id: 'title', name: 'Occupation' }, ...KEYS.map((k) => ({ id: k, name: k })), { id: 'openings', name: 'Openings' }],
      data,
      sort: true,
      search: { debounceTimeout: 0 },
    }).render(host);
    const rows = () => host.querySelectorAll('tbody tr');
    const render = (await until(host, () => rows().length >= data.length)) - t0;
    const rowsInDom = rows().length;
    const after = await weight();
    const scrolled = await scroll(null);
    const first = () => rows()[0]?.cells[0].textContent;
    const before = first();
    const t1 = await start();
    host.querySelector('th[data-column-id=median] button, th[data-column-id=median]').click();
    const sort = (await until(host, () => first() !== before)) - t1;
    const input = host.querySelector('input.gridjs-search-input');
    const t2 = await start();
    input.value = FILTER;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const filter = (await until(host, () => rows().length < 100)) - t2;
    void grid;
    return { render, scroll: scrolled, sort, filter, rowsInDom, ...after };
  },

  async tabulator(virtual) {
    const data = await documents();
    const { TabulatorFull } = await import('/node_modules/tabulator-tables/dist/js/tabulator_esm.min.mjs');
    const t0 = await start(); // the data arrived before: only rendering counts, as for every table
    const table = new TabulatorFull(host, {
      data,
      height: virtual ? 600 : undefined,
      renderVertical: virtual ? 'virtual' : 'basic',
      columns: [{ field: 'title', title: 'Occupation' }, ...KEYS.map((k) => ({ field: k, title: k, sorter: 'number' })), { field: 'openings', title: 'Openings', sorter: 'number' }],
    });
    await new Promise((r) => table.on('tableBuilt', r));
    const rows = () => host.querySelectorAll('.tabulator-row');
    const render = (await until(host, () => rows().length > 0)) - t0;
    const rowsInDom = rows().length;
    const after = await weight();
    const scrolled = await scroll(virtual ? host.querySelector('.tabulator-tableholder') : null);
    const first = () => rows()[0]?.textContent;
    const before = first();
    const t1 = await start();
    table.setSort('median', 'asc');
    const sort = (await until(host, () => first() !== before)) - t1;
    const t2 = await start();
    table.setFilter('title', 'like', FILTER);
    const filter = (await until(host, () => rows().length < 100)) - t2;
    return { render, scroll: scrolled, sort, filter, rowsInDom, ...after };
  },
};

window.bench = (async () => {
  const result = LIB === 'tabulator-virtual' ? await libraries.tabulator(true) : await libraries[LIB]();
  await quiet();
  const timed = longTasks.filter((e) => e.startTime + e.duration > since && !measuring.some(([a, b]) => e.startTime < b && e.startTime + e.duration > a));
  // Each long task with when it started, from the start of the render (to see which step it was in).
  const tasks = timed.map((e) => [Math.round(e.startTime - since), Math.round(e.duration)]);
  return { ...result, longestTask: Math.max(0, ...timed.map((e) => e.duration)), tasks };
})();
