/**
 * <wage-table> for many occupations of an area, against the real built documents
 * (areas/{area}/wages.json and occupations-summary.json, which the data tests check against the
 * OEWS and projections files; projections/{soc}.json for the in-demand list).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../../src/index.ts';
import type { WageTable } from '../../../src/elements/wage-table/wage-table.ts';
import type { AreaWagesDocument, OccupationsSummary, ProjectionsDocument } from '../../../src/data/schema.ts';
import { ENDPOINT, mount, readJson, textOf } from '../helpers.ts';

type Row = AreaWagesDocument['occupations'][number];

/** Mounts a table and waits until every row is in the body (rows are inserted in chunks). */
async function table(attrs: Record<string, string>): Promise<WageTable> {
  const { el, event } = await mount<WageTable>('wage-table', { endpoint: ENDPOINT, ...attrs });
  expect(event.type).to.equal('occupation-load');
  await settled(el);
  return el;
}
const body = (el: WageTable) => el.shadowRoot!.querySelector('tbody')!;
const settled = async (el: WageTable) => {
  await el.updateComplete;
  await waitUntil(() => !body(el).hasAttribute('aria-busy'), 'rows still inserting', { timeout: 5000 });
};
const rows = (el: WageTable) =>
  [...body(el).rows].map((tr) => [...tr.cells].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()));
const titles = (el: WageTable) => rows(el).map((r) => r[0]);
const headers = (el: WageTable) =>
  [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.replace(/[▲▼↕]/g, '').replace(/\s+/g, ' ').trim());
const sortButton = (el: WageTable, name: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('thead button')].find((b) => b.textContent!.trim().startsWith(name))!;
const money = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: digits, maximumFractionDigits: digits });

describe('<wage-table area=...>', () => {
  let ca: AreaWagesDocument;
  let us: AreaWagesDocument;
  let summary: OccupationsSummary;
  before(async () => {
    [ca, us, summary] = await Promise.all([
      readJson<AreaWagesDocument>('areas/CA/wages.json'),
      readJson<AreaWagesDocument>('areas/US/wages.json'),
      readJson<OccupationsSummary>('occupations-summary.json'),
    ]);
  });
  const caRow = (soc: string) => ca.occupations.find((o) => o.soc === soc)!;

  it('shows every occupation of California with its published wages', async () => {
    const el = await table({ area: 'CA' });
    expect(rows(el)).to.have.length(ca.occupations.length);
    expect(ca.occupations.length).to.be.greaterThan(800);
    const headerText = headers(el);
    expect(headerText.slice(0, 7)).to.deep.equal(['Occupation', 'Employment', '10th percentile', '25th percentile', 'Median', '75th percentile', '90th percentile']);
    for (const soc of ['29-2072', '31-9092', '11-1011']) {
      const o = caRow(soc);
      const r = rows(el).find((cells) => cells[0] === o.title)!;
      expect(r[1]).to.equal((o.employment as number).toLocaleString('en-US'));
      expect(r[4]).to.equal(money(o.annual.median as number));
    }
    expect(textOf(el)).to.contain('Wages by occupation in California');
    expect(textOf(el)).to.contain(`${ca.occupations.length} occupations`);
  });

  it('announces occupation-load once every row is in the page, and a sort made while rows arrive shows them all in order', async () => {
    const el = document.createElement('wage-table') as WageTable;
    el.setAttribute('endpoint', ENDPOINT);
    el.setAttribute('area', 'CA');
    const rowsAtLoad = new Promise<number>((resolve) =>
      el.addEventListener('occupation-load', () => resolve(body(el).rows.length), { once: true }),
    );
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.append(el);
    expect(await rowsAtLoad).to.equal(ca.occupations.length);

    // Again, sorting by median before the last rows are in: the sort wins, and no row is lost.
    const again = document.createElement('wage-table') as WageTable;
    again.setAttribute('endpoint', ENDPOINT);
    again.setAttribute('area', 'CA');
    host.append(again);
    const clicked = new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        if (!again.shadowRoot!.querySelector('tbody[aria-busy]')) return;
        observer.disconnect();
        resolve(body(again).rows.length);
        sortButton(again, 'Median').click();
      });
      observer.observe(again.shadowRoot!, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] });
    });
    expect(await clicked).to.be.lessThan(ca.occupations.length);
    await again.updateComplete;
    const shown = titles(again);
    expect(shown).to.have.length(ca.occupations.length);
    expect(new Set(shown).size).to.equal(ca.occupations.length);
    const medians = shown.map((title) => ca.occupations.find((o) => o.title === title)!.annual.median);
    const figures = medians.map((m) => (typeof m === 'number' ? m : typeof m === 'object' ? m.atLeast : null));
    const published = figures.filter((m): m is number => m !== null);
    expect(published).to.deep.equal([...published].sort((a, b) => a - b));
    expect(figures.slice(published.length).every((m) => m === null)).to.equal(true);
  });

  it('says which employment totals BLS does not release, never 0', async () => {
    const el = await table({ area: 'CA', columns: 'occupation,employment' });
    const withheld = ca.occupations.filter((o) => o.employment === 'not-released');
    expect(withheld.length).to.be.greaterThan(0);
    const r = rows(el).find((cells) => cells[0] === withheld[0]!.title)!;
    expect(r[1]).to.equal('not released');
    expect(textOf(el)).to.contain('BLS does not release employment for some occupations');
    // The columns shown hold no withheld wage: no note on them.
    expect(textOf(el)).not.to.contain('BLS withholds the figure');
    const withWages = await table({ area: 'CA', columns: 'occupation,p90' });
    expect(ca.occupations.some((o) => o.annual.p90 === 'not-available')).to.equal(true);
    expect(textOf(withWages)).to.contain('“Not available”: BLS withholds the figure');
  });

  it('narrows to a SOC group and names it', async () => {
    const el = await table({ area: 'CA', group: '31' });
    const expected = ca.occupations.filter((o) => o.soc.startsWith('31-')).map((o) => o.title);
    expect(titles(el)).to.deep.equal(expected);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(`${summary.groups['31-0000']}: wages in California`);
    await expect(el).to.be.accessible();
    const broad = await table({ area: 'CA', group: '29-2070' });
    expect(titles(broad)).to.deep.equal(ca.occupations.filter((o) => o.soc.startsWith('29-207')).map((o) => o.title));
  });

  it('shows a chosen list in the page order and names codes without wages', async () => {
    const el = await table({ area: 'CA', codes: '31-9092.00,29-2072.00,31-1121.00,99-9999.00' });
    expect(titles(el)).to.deep.equal([caRow('31-9092').title, caRow('29-2072').title, caRow('31-1120').title]);
    expect(textOf(el)).to.contain('No wages in this area for: 99-9999.00');
  });

  it('sorts both ways with the pointer and keyboard, withheld values last each way', async () => {
    const el = await table({ area: 'CA', rate: 'hourly', columns: 'occupation,median' });
    const withheld = ca.occupations.filter((o) => typeof o.hourly.median !== 'number').map((o) => o.title);
    expect(withheld.length).to.be.greaterThan(0);
    const published = ca.occupations.filter((o) => typeof o.hourly.median === 'number');
    const value = (o: Row) => o.hourly.median as number;
    const button = sortButton(el, 'Median');
    button.click();
    await settled(el);
    const th = button.closest('th')!;
    expect(th.getAttribute('aria-sort')).to.equal('ascending');
    expect(textOf(el)).to.contain('Sorted by Median, ascending.');
    let shown = titles(el);
    expect(shown[0]).to.equal(published.reduce((a, b) => (value(b) < value(a) ? b : a)).title);
    expect(shown.slice(-withheld.length).sort()).to.deep.equal([...withheld].sort());
    button.focus();
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    button.click(); // a focused button's Enter is a click
    await settled(el);
    expect(th.getAttribute('aria-sort')).to.equal('descending');
    shown = titles(el);
    expect(shown[0]).to.equal(published.reduce((a, b) => (value(b) > value(a) ? b : a)).title);
    expect(shown.slice(-withheld.length).sort()).to.deep.equal([...withheld].sort());
    expect(rows(el).at(-1)![1]).to.equal('annual only');
  });

  it('filters by title as you type, alternate titles included', async () => {
    const el = await table({ area: 'CA' });
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part=filter]')!;
    input.value = 'coder';
    input.dispatchEvent(new Event('input'));
    await settled(el);
    expect(titles(el)).to.include('Medical Records Specialists');
    const expected = ca.occupations.filter((o) => {
      const s = summary.occupations.find((x) => x.soc === o.soc);
      return [o.title, ...(s?.titles ?? [])].some((t) => t.toLowerCase().includes('coder'));
    });
    expect(titles(el)).to.have.length(expected.length);
    expect(textOf(el)).to.contain(`${expected.length} of ${ca.occupations.length} occupations`);
  });

  it('switches between annual and hourly figures', async () => {
    const el = await table({ area: 'CA', codes: '29-2072.00', columns: 'occupation,median' });
    expect(rows(el)[0]![1]).to.equal(money(caRow('29-2072').annual.median as number));
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=toggle] button')[1]!.click();
    await settled(el);
    expect(rows(el)[0]![1]).to.equal(money(caRow('29-2072').hourly.median as number, 2));
  });

  it('marks estimated figures and says how they were made', async () => {
    const el = await table({ area: 'CA', codes: '11-1011.00', rate: 'hourly', columns: 'occupation,p10,median' });
    const o = caRow('11-1011');
    expect(o.estimated).to.include('hourly.p10');
    expect(rows(el)[0]![1]).to.equal(`${money(o.hourly.p10 as number, 2)}† (estimate)`);
    expect(rows(el)[0]![2]).to.equal(money(o.hourly.median as number, 2));
    expect(ca.estimates!['hourly.p10']).to.equal('A_PCT10 / 2080, rounded to the cent');
    expect(textOf(el)).to.contain('hourly 10th percentile: the annual figure divided by 2,080 work hours');
  });

  it('downloads exactly what is shown as CSV, withheld values as BLS writes them', async () => {
    const el = await table({ area: 'CA', columns: 'occupation,employment,median', sort: 'employment', order: 'desc' });
    let blob: Blob | undefined;
    const create = URL.createObjectURL;
    URL.createObjectURL = (b: Blob | MediaSource) => ((blob = b as Blob), 'blob:test');
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = () => {};
    try {
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=download]')!.click();
    } finally {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    }
    const lines = (await blob!.text()).trim().split('\r\n');
    expect(lines[0]).to.equal('Occupation,Employment,Median (Annual)');
    expect(lines).to.have.length(ca.occupations.length + 1);
    const top = [...ca.occupations].sort((a, b) => Number(b.employment === 'not-released' ? -1 : b.employment) - Number(a.employment === 'not-released' ? -1 : a.employment))[0]!;
    expect(lines[1]).to.equal(`${top.title.includes(',') ? `"${top.title}"` : top.title},${top.employment},${top.annual.median}`);
    expect(lines.filter((l) => l.split(',').at(-2) === '**')).to.have.length(ca.occupations.filter((o) => o.employment === 'not-released').length);
  });

  it('puts the nation beside the area with compare="US"', async () => {
    const el = await table({ area: 'CA', compare: 'US', codes: '29-2072.00', columns: 'occupation,median' });
    expect(headers(el)).to.deep.equal(['Occupation', 'Median', 'Median, US']);
    const n = us.occupations.find((o) => o.soc === '29-2072')!;
    expect(rows(el)[0]).to.deep.equal(['Medical Records Specialists', money(caRow('29-2072').annual.median as number), money(n.annual.median as number)]);
    await expect(el).to.be.accessible();
  });

  it('lists the 20 occupations with the most openings, as the projections documents give them', async () => {
    const el = await table({ area: 'CA', sort: 'openings', order: 'desc', limit: '20', columns: 'occupation,openings,education,bright' });
    expect(rows(el)).to.have.length(20);
    const inCa = new Set(ca.occupations.map((o) => o.soc));
    const ranked = summary.occupations.filter((s) => inCa.has(s.soc) && s.annualOpenings !== null).sort((a, b) => b.annualOpenings! - a.annualOpenings!);
    for (const s of ranked.slice(0, 3)) {
      const doc = await readJson<ProjectionsDocument>(`projections/${s.soc}.json`);
      expect(doc.rows[0]!.annualOpenings).to.equal(s.annualOpenings);
    }
    expect(titles(el).slice(0, 3)).to.deep.equal(ranked.slice(0, 3).map((s) => caRow(s.soc).title));
    expect(rows(el)[0]![1]).to.equal(ranked[0]!.annualOpenings!.toLocaleString('en-US'));
    expect(textOf(el)).to.contain(`20 of ${ca.occupations.length} occupations`);
    // None of these 20 cells reads "Not available": no note explains it.
    expect(textOf(el)).not.to.contain('Not available');
  });

  it('links titles through href-template, else fires a cancelable occupation-select', async () => {
    const linked = await table({ area: 'CA', codes: '29-2072.00', 'href-template': '/careers/{code}' });
    expect(body(linked).querySelector('a')!.getAttribute('href')).to.equal('/careers/29-2072.00');
    const el = await table({ area: 'CA', codes: '29-2072.00' });
    const events: CustomEvent[] = [];
    el.addEventListener('occupation-select', (e) => events.push(e as CustomEvent));
    body(el).querySelector<HTMLButtonElement>('th button')!.click();
    expect(events).to.have.length(1);
    expect(events[0]!.detail).to.deep.equal({ code: '29-2072.00', title: 'Medical Records Specialists' });
    expect(events[0]!.cancelable).to.equal(true);
  });

  it('prints every row, without the controls, with the sources', async () => {
    const el = await table({ area: 'CA', group: '29' });
    await emulateMedia({ media: 'print' });
    try {
      const scroll = el.shadowRoot!.querySelector<HTMLElement>('[part=scroll]')!;
      expect(getComputedStyle(scroll).overflow).to.equal('visible');
      expect(getComputedStyle(el.shadowRoot!.querySelector('.controls')!).display).to.equal('none');
      expect(rows(el)).to.have.length(ca.occupations.filter((o) => o.soc.startsWith('29-')).length);
      expect(textOf(el)).to.contain('May 2025 OEWS Estimates');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('scrolls inside its own box at 320 px with the occupation column pinned', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await table({ area: 'CA', group: '31' });
      const scroll = el.shadowRoot!.querySelector<HTMLElement>('[part=scroll]')!;
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      expect(scroll.scrollWidth).to.be.greaterThan(scroll.clientWidth);
      expect(getComputedStyle(body(el).querySelector('th')!).position).to.equal('sticky');
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('shows every column when scrolled to its end: the last figures, the pinned title over a solid header', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await table({ area: 'CA', group: '29-2' });
      const scroll = el.shadowRoot!.querySelector<HTMLElement>('[part=scroll]')!;
      scroll.scrollLeft = scroll.scrollWidth;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const box = scroll.getBoundingClientRect();
      const row = body(el).rows[0]!;
      const last = row.cells[row.cells.length - 1]!;
      const cell = last.getBoundingClientRect();
      expect(cell.right, 'the last column is scrolled into view').to.be.at.most(box.right + 1);
      // What the reader sees at the last cell is that cell (its row is as wide as its cells).
      const seen = el.shadowRoot!.elementFromPoint(cell.left + cell.width / 2, cell.top + cell.height / 2);
      expect(last.contains(seen), `at the last cell: <${seen?.localName}>`).to.equal(true);
      const title = row.cells[0]!.getBoundingClientRect();
      expect(title.left, 'the title stays pinned').to.be.closeTo(box.left, 2);
      const head = el.shadowRoot!.querySelector('thead tr')!.getBoundingClientRect();
      const pinned = el.shadowRoot!.querySelector('thead th.title')!.getBoundingClientRect();
      expect(pinned.height, 'the pinned header is as tall as the header row').to.be.closeTo(head.height, 1);
      // A reader who prefers dark, on this light page: the pinned column still hides what scrolls under it.
      await emulateMedia({ colorScheme: 'dark' });
      await el.updateComplete;
      expect(getComputedStyle(row.cells[0]!).backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
    } finally {
      await emulateMedia({ colorScheme: 'light' });
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('speaks Spanish: headers, the release month, BLS education, Bright Outlook, how estimates were made', async () => {
    const el = await table({ area: 'CA', codes: '29-2072.00', lang: 'es', rate: 'hourly', columns: 'occupation,p10,education,bright' });
    expect(headers(el)).to.deep.equal(['Ocupación', 'Percentil 10', 'Educación típica para empezar', 'Perspectiva favorable']);
    expect(el.shadowRoot!.querySelector('caption')!.textContent).to.equal(
      'Salarios (por hora) por ocupación en California, mayo de 2025',
    );
    const [row] = body(el).rows;
    expect(row!.cells[2]!.textContent).to.equal('Certificado postsecundario (sin título universitario)');
    expect(row!.cells[2]!.hasAttribute('lang'), 'Spanish, not marked English').to.equal(false);
    expect(row!.cells[3]!.textContent).to.equal('Perspectiva favorable');
    expect(textOf(el)).to.contain('la cifra anual dividida entre 2,080 horas de trabajo');
    expect(textOf(el)).to.contain('solo están disponibles en inglés');
  });

  it('refuses an unknown group before any request', async () => {
    const { el, event } = await mount<WageTable>('wage-table', { endpoint: ENDPOINT, area: 'CA', group: 'nurses' });
    expect(event.detail).to.include({ kind: 'invalid-attribute', attribute: 'group' });
    expect(textOf(el)).to.contain('“nurses” is not a valid value for the group attribute.');
  });
});
