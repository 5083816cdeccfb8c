import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/index.ts';
import type { WageTable } from '../../../src/elements/wage-table/wage-table.ts';
import {
  ENDPOINT,
  failed,
  type FetchLog,
  freshEndpoint,
  late,
  loaded,
  mount,
  readable,
  readJson,
  rowTexts as cells,
  stubFetch,
  textOf,
} from '../helpers.ts';
import type { WagesDocument } from '../../../src/data/schema.ts';
import { wage } from '../../../src/format/index.ts';

async function render(template: ReturnType<typeof html>): Promise<WageTable> {
  const el = await fixture<WageTable>(template);
  await loaded(el);
  await el.updateComplete;
  return el;
}

describe('<wage-table>', () => {
  let log: FetchLog | undefined;
  afterEach(() => log?.restore());

  it('shows California beside the nation for Medical Records Specialists (May 2025)', async () => {
    const el = await render(html`<wage-table code="29-2072.00" location="CA" endpoint=${ENDPOINT}></wage-table>`);
    const caption = readable(el.shadowRoot!.querySelector('caption')!.textContent);
    expect(caption).to.contain('Annual wages for Medical Records Specialists in California');
    const headers = [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(headers).to.deep.equal(['Percentile', 'California', 'United States']);
    expect(cells(el)[2]).to.deep.equal(['Median', '$61,810', '$51,140']);
    expect(textOf(el)).to.contain('May 2025');
    await expect(el).to.be.accessible();
  });

  it('switches to hourly wages with the keyboard-reachable toggle', async () => {
    const el = await render(html`<wage-table code="29-2072.00" location="CA" endpoint=${ENDPOINT}></wage-table>`);
    const hourly = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=toggle] button')][1]!;
    expect(hourly.getAttribute('aria-pressed')).to.equal('false');
    hourly.click();
    await el.updateComplete;
    expect(hourly.getAttribute('aria-pressed')).to.equal('true');
    expect(cells(el)[2]).to.deep.equal(['Median', '$29.71', '$24.59']);
    await expect(el).to.be.accessible();
  });

  it('shows the nation alone when the location is US, in Spanish', async () => {
    const el = await render(html`<wage-table code="29-2072.00" lang="es" endpoint=${ENDPOINT}></wage-table>`);
    const headers = [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(headers).to.deep.equal(['Percentil', 'Estados Unidos']);
    expect(cells(el)[2]).to.deep.equal(['Mediana', '$51,140']);
  });

  it('says an annual-only occupation has no hourly wages, never $0', async () => {
    const el = await render(html`<wage-table code="25-2021.00" location="TX" endpoint=${ENDPOINT}></wage-table>`);
    expect(el.shadowRoot!.querySelector('[part=toggle]')).to.equal(null);
    expect(textOf(el)).to.contain('BLS publishes only annual wages for this occupation.');
    expect(textOf(el)).not.to.contain('$0');
  });

  it('names the BLS aggregate when the occupation is published only within it', async () => {
    const el = await render(html`<wage-table code="31-1121.00" endpoint=${ENDPOINT}></wage-table>`);
    expect(textOf(el)).to.contain('Home Health and Personal Care Aides (31-1120)');
  });

  it('rejects a location that is not a state code', async () => {
    const { el, event } = await mount('wage-table', { code: '29-2072.00', location: 'California', endpoint: ENDPOINT });
    expect(event.detail.kind).to.equal('invalid-attribute');
    expect(textOf(el)).to.contain('use US, a two-letter state code such as CA, or a BLS area code');
  });

  it('marks a state’s hourly percentiles as estimates and says how they were made; the nation’s are published', async () => {
    const doc = await readJson<WagesDocument>('wages/29-2072.json');
    const ca = doc.areas.find((a) => a.area === 'CA')!;
    // The rebuilt state table's sidecar names the hourly percentiles (not the median) as derived.
    expect(ca.estimated).to.include('hourly.p10');
    const el = await render(html`<wage-table code="29-2072.00" location="CA" rate="hourly" endpoint=${ENDPOINT}></wage-table>`);
    const rows = cells(el);
    expect(rows[0]).to.deep.equal(['10th percentile', `${wage(ca.hourly.p10, 'en', 'hourly')}† (estimate)`, wage(doc.areas[0]!.hourly.p10, 'en', 'hourly')]);
    expect(rows[2]![1]).to.equal('$29.71');
    // The sidecar's rule (A_PCT10 / 2080, rounded to the cent), in words a visitor reads.
    expect(doc.estimates!['hourly.p10']).to.equal('A_PCT10 / 2080, rounded to the cent');
    expect(textOf(el)).to.contain(
      'An estimate, not a figure BLS publishes: 10th percentile, 25th percentile, 75th percentile, 90th percentile: ' +
        'the annual figure divided by 2,080 work hours (40 hours a week, 52 weeks), rounded to the cent.',
    );
    expect(textOf(el)).not.to.contain('A_PCT');
    await expect(el).to.be.accessible();
  });

  it('shows annual wages, all published, without estimate marks', async () => {
    const el = await render(html`<wage-table code="29-2072.00" location="CA" endpoint=${ENDPOINT}></wage-table>`);
    expect(textOf(el)).not.to.contain('†');
    expect(textOf(el)).not.to.contain('An estimate');
  });

  it('fits a phone: at 320 px the caption wraps in view and the percentile column stays while the figures scroll sideways', async () => {
    // A nonmetropolitan area's long name makes three wage columns wider than a phone.
    const el = document.createElement('wage-table') as WageTable;
    Object.assign(el, { code: '29-2072.00', location: '0600003', endpoint: ENDPOINT });
    const box = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
    const done = loaded(el);
    box.append(el);
    await done;
    await el.updateComplete;
    const scroll = el.shadowRoot!.querySelector<HTMLElement>('.scroll')!;
    const caption = el.shadowRoot!.querySelector('caption')!;
    const label = el.shadowRoot!.querySelector('tbody th')!;
    const view = scroll.getBoundingClientRect();
    expect(scroll.scrollWidth, 'the table scrolls sideways').to.be.greaterThan(scroll.clientWidth);
    expect(caption.getBoundingClientRect().right).to.be.at.most(view.right + 1);

    scroll.scrollLeft = scroll.scrollWidth;
    await new Promise(requestAnimationFrame);
    expect(scroll.scrollLeft).to.be.greaterThan(0);
    expect(label.getBoundingClientRect().left).to.be.closeTo(view.left, 1);
    expect(caption.getBoundingClientRect().left).to.be.closeTo(view.left, 1);
    expect(readable(label.textContent)).to.equal('10th percentile');
  });
});
