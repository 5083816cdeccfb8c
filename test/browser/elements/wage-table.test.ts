import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/index.ts';
import type { WageTable } from '../../../src/elements/wage-table/wage-table.ts';
import { ENDPOINT, failed, freshEndpoint, late, loaded, mount, stubFetch, textOf, type FetchLog } from '../helpers.ts';

const cells = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) =>
    [...tr.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()),
  );

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
    const caption = el.shadowRoot!.querySelector('caption')!.textContent!;
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

  it('shows a skeleton while loading, then the table', async () => {
    log = stubFetch((url, init, real) => late(150, () => real(url, init), init));
    const el = await fixture<WageTable>(html`<wage-table code="29-2072.00" endpoint=${freshEndpoint()}></wage-table>`);
    const status = el.shadowRoot!.querySelector('[part=loading]')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent).to.contain('Loading');
    await expect(el).to.be.accessible();
    await loaded(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('table')).to.exist;
  });

  it('shows an invalid code as such, fires occupation-error and warns once, without fetching', async () => {
    log = stubFetch((url, init, real) => real(url, init));
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const { el, event } = await mount('wage-table', { code: 'nurse', endpoint: freshEndpoint() });
      expect(event.detail).to.include({ code: 'nurse', kind: 'invalid-attribute' });
      expect(textOf(el)).to.contain('“nurse” is not an O*NET-SOC occupation code');
      expect(el.shadowRoot!.querySelector('[part=retry]')).to.equal(null);
      expect(warnings).to.have.length(1);
      expect(log.urls).to.have.length(0);
      await expect(el).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });

  it('rejects a location that is not a state code', async () => {
    const { el, event } = await mount('wage-table', { code: '29-2072.00', location: 'California', endpoint: ENDPOINT });
    expect(event.detail.kind).to.equal('invalid-attribute');
    expect(textOf(el)).to.contain('use US or a two-letter state code');
  });

  it('says "not found" for an unknown occupation, without a retry', async () => {
    const el = await fixture<WageTable>(html`<wage-table code="99-9999.00" endpoint=${ENDPOINT}></wage-table>`);
    const { detail } = await failed(el);
    await el.updateComplete;
    expect(detail).to.include({ kind: 'not-found', status: 404 });
    expect(textOf(el)).to.contain('No career information was found for 99-9999.00');
    expect(el.shadowRoot!.querySelector('[part=retry]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('offers a retry after a dead endpoint, and recovers', async () => {
    let down = true;
    log = stubFetch(async (url, init, real) => {
      if (down) throw new TypeError('Failed to fetch');
      return real(url, init);
    });
    const el = await fixture<WageTable>(html`<wage-table code="29-2072.00" endpoint=${freshEndpoint()}></wage-table>`);
    const { detail } = await failed(el);
    await el.updateComplete;
    expect(detail.kind).to.equal('network');
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('could not be loaded');
    await expect(el).to.be.accessible();
    down = false;
    const done = loaded(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry]')!.click();
    await done;
    await el.updateComplete;
    expect(cells(el)[2]).to.deep.equal(['Median', '$51,140']);
  });

  it('renders only the answer for the latest code when the code changes mid-request', async () => {
    log = stubFetch((url, init, real) =>
      late(url.includes('29-2072') ? 300 : 10, () => real(url, init), init),
    );
    const el = await fixture<WageTable>(html`<wage-table code="29-2072.00" endpoint=${freshEndpoint()}></wage-table>`);
    const events: string[] = [];
    el.addEventListener('occupation-load', (e) => events.push(String(e.detail.code)));
    el.addEventListener('occupation-error', (e) => events.push(`error:${e.detail.kind}`));
    el.code = '31-9092.00';
    await loaded(el);
    await new Promise((r) => setTimeout(r, 400));
    await el.updateComplete;
    expect(events).to.deep.equal(['31-9092.00']);
    expect(el.shadowRoot!.querySelector('caption')!.textContent).to.contain('Medical Assistants');
  });
});
