// The pages the benchmark loads, as a web editor would write them: each loads one entry of the
// production build and sets `window.bench` to a promise of what it measured in the page (times
// from navigation start, from `performance.now()`; long tasks from a buffered observer).
const CODE = '29-2072.00'; // Medical Records Specialists: the demo's occupation
const CHART_CODE = '31-9092.00'; // Medical Assistants: every profile section, with a chart

/** Long tasks from the start of the page, and what a page reports once its widgets have loaded. */
const head = `<!doctype html><html lang="en"><meta charset="utf-8"><title>bench</title>
<script>
  window.longTasks = [];
  new PerformanceObserver((l) => l.getEntries().forEach((e) => longTasks.push({ start: e.startTime, duration: e.duration })))
    .observe({ type: 'longtask', buffered: true });
  /** Times at content: after navigation, after the last endpoint document arrived, the long tasks on the way. */
  window.report = (contentMs, extra = {}) => {
    const data = performance.getEntriesByType('resource').filter((r) => r.name.includes('/data/') && r.responseEnd <= contentMs);
    const before = longTasks.filter((t) => t.start < contentMs);
    return {
      contentMs,
      afterDataMs: data.length ? contentMs - Math.max(...data.map((r) => r.responseEnd)) : null,
      longestTask: Math.max(0, ...before.map((t) => t.duration)),
      longTasks: before.length,
      ...extra,
    };
  };
  /** Resolves when every widget placed in the page has fired occupation-load or occupation-error. */
  window.allLoaded = (count) => new Promise((resolve) => {
    let done = 0, errors = 0;
    const seen = (e) => {
      if (e.composedPath()[0].getRootNode() !== document) return; // a profile's own sections
      if (e.type === 'occupation-error') errors++;
      if (++done === count) resolve({ ms: performance.now(), errors });
    };
    addEventListener('occupation-load', seen);
    addEventListener('occupation-error', seen);
  });
</script>`;

const script = (entry) => `<script type="module" src="/dist/${entry}.js"></script>`;
const endpointOf = (params) => (Number(params.get('delay')) ? `/delay/${Number(params.get('delay'))}/data/` : '/data/');

/** Waits for `count` top-level widgets, then reports. */
const settle = (count) => `<script type="module">
  window.bench = allLoaded(${count}).then(({ ms, errors }) => report(ms, { errors }));
</script>`;

/** The full profile: its content is there once it and every section in it have loaded. */
const profile = (ep) => `<occupation-profile code="${CHART_CODE}" location="CA" endpoint="${ep}"></occupation-profile>
<script type="module">
  await customElements.whenDefined('occupation-profile');
  const profile = document.querySelector('occupation-profile');
  window.bench = new Promise((resolve) => {
    // The sections' events stop at the profile's shadow root: they are heard there.
    let sectionsDone = 0, errors = 0, profileMs;
    const check = async () => {
      if (!profileMs) return;
      await profile.updateComplete;
      const sections = [...profile.shadowRoot.querySelectorAll('*')].filter((n) => n.localName.includes('-'));
      if (sectionsDone === sections.length) resolve(report(performance.now(), { profileMs, sections: sections.length, errors }));
    };
    const section = (e) => {
      if (e.composedPath()[0] === profile) return;
      sectionsDone++;
      if (e.type === 'occupation-error') errors++;
      void check();
    };
    profile.shadowRoot.addEventListener('occupation-load', section);
    profile.shadowRoot.addEventListener('occupation-error', section);
    profile.addEventListener('occupation-load', () => ((profileMs = performance.now()), check()), { once: true });
  });
</script>`;

/** Focus, the index, then one query typed: the time from that keystroke to the results announced. */
const search = (ep, q) => `<occupation-search endpoint="${ep}"></occupation-search>
<script type="module">
  await customElements.whenDefined('occupation-search');
  const el = document.querySelector('occupation-search');
  await el.updateComplete;
  const query = ${JSON.stringify(q ?? '')};
  window.bench = (async () => {
    if (!query) return report(performance.now()); // before focus
    const input = el.shadowRoot.querySelector('input');
    const loaded = new Promise((r) => el.addEventListener('occupation-load', r, { once: true }));
    input.focus();
    await loaded;
    await new Promise((r) => setTimeout(r, 200)); // a reader starts typing after the box is ready
    const status = el.shadowRoot.querySelector('[role=status]');
    const t0 = performance.now();
    input.value = query;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: query.at(-1) }));
    await new Promise((resolve) => {
      const done = () => status.textContent.trim() && (observer.disconnect(), resolve());
      const observer = new MutationObserver(done);
      observer.observe(el.shadowRoot, { childList: true, subtree: true, characterData: true });
    });
    document.body.offsetHeight; // laid out
    const ms = performance.now() - t0;
    return { ms, results: el.shadowRoot.querySelectorAll('[role=option]').length, longestTask: Math.max(0, ...longTasks.filter((t) => t.start + t.duration > t0).map((t) => t.duration)) };
  })();
</script>`;

/** Ten widgets about one occupation in one state: one request per distinct document is the target. */
const TEN = ['occupation-profile variant="card"', 'wage-table', 'wage-chart', 'employment-outlook', 'education-summary',
  'education-chart', 'occupation-tasks', 'technology-skills', 'occupation-interests', 'related-occupations'];

const pages = {
  card: (p) => `${head}${script('occupation-profile')}
<occupation-profile variant="card" code="${CODE}" location="CA" endpoint="${endpointOf(p)}"></occupation-profile>${settle(1)}`,
  profile: (p) => `${head}${script('occupation-profile')}${profile(endpointOf(p))}`,
  'wage-table': (p) => `${head}${script('wage-table')}
<wage-table code="${CODE}" location="CA" endpoint="${endpointOf(p)}"></wage-table>${settle(1)}`,
  'area-table': (p) => `${head}${script('wage-table')}
<wage-table area="CA" endpoint="${endpointOf(p)}"></wage-table>${settle(1)}`,
  'wage-chart': (p) => `${head}${script('wage-chart')}
<wage-chart code="${CODE}" location="CA" endpoint="${endpointOf(p)}"></wage-chart>${settle(1)}`,
  search: (p) => `${head}${script('occupation-search')}${search(endpointOf(p), p.get('q'))}`,
  all: (p) => `${head}${script('occupation-widgets')}
<occupation-profile variant="card" code="${CODE}" location="CA" endpoint="${endpointOf(p)}"></occupation-profile>${settle(1)}`,
  ten: (p) => `${head}${script('occupation-widgets')}
${TEN.map((tag) => `<${tag} code="${CODE}" location="CA" endpoint="${endpointOf(p)}"></${tag.split(' ')[0]}>`).join('\n')}${settle(TEN.length)}`,
  // 25 occupations (the bench passes their codes), a card and a wage table each.
  fifty: (p) => {
    const codes = (p.get('codes') ?? '').split(',').filter(Boolean);
    const ep = endpointOf(p);
    const widgets = codes.flatMap((c) => [
      `<occupation-profile variant="card" code="${c}" location="CA" endpoint="${ep}"></occupation-profile>`,
      `<wage-table code="${c}" location="CA" endpoint="${ep}"></wage-table>`,
    ]);
    return `${head}${script('occupation-widgets')}\n${widgets.join('\n')}${settle(widgets.length)}`;
  },
  table: (p) => `<!doctype html><html lang="en"><meta charset="utf-8">
${p.get('lib') === 'gridjs' ? '<link rel="stylesheet" href="/node_modules/gridjs/dist/theme/mermaid.min.css">' : ''}
${p.get('lib')?.startsWith('tabulator') ? '<link rel="stylesheet" href="/node_modules/tabulator-tables/dist/css/tabulator.min.css">' : ''}
${p.get('lib') === 'ours' ? script('wage-table') : ''}
<div id="host" style="width:1000px"></div>
<script type="module" src="/tools/bench/table-page.js"></script></html>`,
};

/** The page's HTML, or undefined for an unknown name. */
export const page = (name, params) => pages[name]?.(params);
