/**
 * A metropolitan or nonmetropolitan area (`location="0600003"`) beside its state and the nation:
 * the three columns of CareerOneStop's local wage comparison, in the wage table and the card.
 * Figures are checked against the built documents the widgets read, which the node data tests
 * compare to ../shared/data/oews/nonmetro_M2025_dl.csv; the figures written out here were read
 * from that file (row 0600003, 29-2072: A_MEDIAN 45890, H_MEDIAN 22.06).
 */
import { expect } from '@open-wc/testing';
import '../../../src/index.ts';
import type { LocalWagesDocument, WageRow } from '../../../src/data/schema.ts';
import { wage } from '../../../src/format/index.ts';
import { ENDPOINT, headerTexts as headers, mount, readable, readJson, rowTexts as rows, textOf } from '../helpers.ts';

const NORTH_COAST = 'North Coast Region of California nonmetropolitan area';

async function loadedWidget(tag: string, attrs: Record<string, string>): Promise<HTMLElement> {
  const { el, event } = await mount<HTMLElement>(tag, { endpoint: ENDPOINT, ...attrs });
  expect(event.type, JSON.stringify(event.detail)).to.equal('occupation-load');
  return el;
}

describe('local areas in <wage-table> and the card', () => {
  it('compares a nonmetropolitan area with its state and the nation, percentile by percentile', async () => {
    const el = await loadedWidget('wage-table', { code: '29-2072.00', location: '0600003' });
    expect(readable(el.shadowRoot!.querySelector('caption')!.textContent)).to.contain(
      `Annual wages for Medical Records Specialists in ${NORTH_COAST}`,
    );
    expect(headers(el)).to.deep.equal(['Percentile', NORTH_COAST, 'California', 'United States']);
    expect(rows(el)[2]).to.deep.equal(['Median', '$45,890', '$61,810', '$51,140']);
    // Every cell as the real document has it, area, state and nation.
    const doc = await readJson<LocalWagesDocument>('wages/29-2072/CA.json');
    const row = (area: string) => doc.areas.find((a) => a.area === area)!;
    const percentiles = ['p10', 'p25', 'median', 'p75', 'p90'] as const satisfies (keyof WageRow)[];
    expect(rows(el).map((r) => r.slice(1))).to.deep.equal(
      percentiles.map((p) => ['0600003', 'CA', 'US'].map((a) => wage(row(a).annual[p], 'en', 'annual'))),
    );
    await expect(el).to.be.accessible();
  });

  it('switches the three columns to hourly wages', async () => {
    const el = await loadedWidget('wage-table', { code: '29-2072.00', location: '0600003' });
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=toggle] button')[1]!.click();
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(rows(el)[2]).to.deep.equal(['Median', '$22.06', '$29.71', '$24.59']);
  });

  it('keeps the state and the nation when BLS publishes no wages in the area', async () => {
    // Advertising and Promotions Managers: no row in any nonmetropolitan area (no wages/11-2011/ documents).
    const el = await loadedWidget('wage-table', { code: '11-2011.00', location: '0600003' });
    expect(headers(el)).to.deep.equal(['Percentile', NORTH_COAST, 'California', 'United States']);
    expect(rows(el)[2]).to.deep.equal(['Median', 'not available', '$167,230', '$133,660']);
    expect(textOf(el)).to.contain(`BLS does not publish wages for this occupation in ${NORTH_COAST}.`);
    await expect(el).to.be.accessible();
  });

  it('shows the area, the state and the nation in Spanish', async () => {
    const el = await loadedWidget('wage-table', { code: '29-2072.00', location: '0600003', lang: 'es' });
    expect(headers(el)).to.deep.equal(['Percentil', NORTH_COAST, 'California', 'Estados Unidos']);
  });

  it('says an area code the endpoint does not have is not a place it knows', async () => {
    // 31080 (Los Angeles) is a real BLS code, but this endpoint has no metropolitan areas.
    const { el, event } = await mount('wage-table', { code: '29-2072.00', location: '31080', endpoint: ENDPOINT });
    expect(event.detail).to.include({ kind: 'invalid-attribute', attribute: 'location' });
    expect(textOf(el)).to.contain('has no figures for the area “31080”');
    await expect(el).to.be.accessible();
  });

  it('gives the card the area’s median beside the state’s and the nation’s', async () => {
    const el = await loadedWidget('occupation-profile', { code: '29-2072.00', location: '0600003', variant: 'card' });
    const wages = el.shadowRoot!.querySelector('dl > div')!;
    expect(wages.querySelector('dt')!.textContent!.trim()).to.equal('Median annual wage');
    expect([...wages.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      `${NORTH_COAST}: $45,890`,
      'California: $61,810',
      'United States: $51,140',
    ]);
    await expect(el).to.be.accessible();
  });
});
