/**
 * State projections beside the nation's, from an endpoint built with Projections Central's older
 * long-term file (tools/ensure-data.mjs: `--state-projections .../ltprojections.csv`, served at
 * /state-projections/NAME/). Its cycle, 2020–30, is not the nation's 2024–34: each column names
 * its own years. Texas, 31-9092 in ltprojections.csv: 72040 in 2020, 92940 in 2030, +29.0%,
 * 11640 openings a year; the nation in occupation.xlsx Table 1.2: 811.0 and 912.2 thousand,
 * +12.5%, 112.3 thousand openings.
 */
import { expect } from '@open-wc/testing';
import '../../../src/index.ts';
import type { ProjectionsDocument } from '../../../src/data/schema.ts';
import { mount, rowTexts as rows, textOf } from '../helpers.ts';

const ENDPOINT = '/state-projections/shared/';

const headers = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.replace(/\s+/g, ' ').trim());

async function outlook(attrs: Record<string, string>): Promise<HTMLElement> {
  const { el, event } = await mount<HTMLElement>('employment-outlook', { endpoint: ENDPOINT, code: '31-9092.00', ...attrs });
  expect(event.type, JSON.stringify(event.detail)).to.equal('occupation-load');
  return el;
}

describe('<employment-outlook> with state projections', () => {
  it('shows Texas’s 2020–2030 projections beside the nation’s 2024–2034, each with its own years', async () => {
    const el = await outlook({ location: 'TX' });
    expect(headers(el)).to.deep.equal(['Measure', 'Texas, 2020–2030', 'United States, 2024–2034']);
    expect(rows(el)).to.deep.equal([
      ['Employment, base year', '72,040', '811,000'],
      ['Projected employment, end year', '92,940', '912,200'],
      ['Percent change over the period', '+29%', '+12.5%'],
      ['Projected job openings per year', '11,640', '112,300'],
    ]);
    // No label carries one cycle's years over both columns.
    expect(el.shadowRoot!.querySelector('caption')!.textContent).not.to.match(/20\d\d/);
    expect(textOf(el)).to.contain(
      'The projections for Texas (2020–2030) are from another cycle than the nation’s (2024–2034): compare them with care.',
    );
    expect(textOf(el)).to.contain('Projections Central long-term occupational projections 2020–30');
    expect(textOf(el)).to.contain('Employment Projections 2024–34');
    // The figures are the built document's rows.
    const doc = (await (await fetch(`${ENDPOINT}projections/31-9092.json`)).json()) as ProjectionsDocument;
    expect(doc.rows.find((r) => r.area === 'TX')).to.include({ baseYear: 2020, projectedYear: 2030, base: 72040, projected: 92940 });
    await expect(el).to.be.accessible();
  });

  it('shows a nonmetropolitan area’s state projections, saying they are the state’s', async () => {
    const el = await outlook({ location: '4800001' });
    expect(headers(el)).to.deep.equal(['Measure', 'Texas, 2020–2030', 'United States, 2024–2034']);
    expect(rows(el)[0]).to.deep.equal(['Employment, base year', '72,040', '811,000']);
    expect(textOf(el)).to.contain(
      'Projections are published for states, not for Northwestern Region of Texas nonmetropolitan area: these figures are for Texas.',
    );
    await expect(el).to.be.accessible();
  });

  it('shows Puerto Rico’s projections for its nonmetropolitan area (ltprojections.csv, stfips 72: 500 to 640)', async () => {
    const el = await outlook({ location: '7200006' });
    expect(headers(el)).to.deep.equal(['Measure', 'Puerto Rico, 2020–2030', 'United States, 2024–2034']);
    expect(rows(el)[0]).to.deep.equal(['Employment, base year', '500', '811,000']);
    expect(rows(el)[1]).to.deep.equal(['Projected employment, end year', '640', '912,200']);
    await expect(el).to.be.accessible();
  });

  it('keeps the nation’s own years when it is shown alone', async () => {
    const el = await outlook({});
    expect(headers(el)).to.deep.equal(['Measure', 'United States']);
    expect(rows(el)[0]).to.deep.equal(['Employment, 2024', '811,000']);
    expect(textOf(el)).not.to.contain('Projections Central');
  });

  it('labels each cycle in Spanish too', async () => {
    const el = await outlook({ location: 'TX', lang: 'es' });
    expect(headers(el)).to.deep.equal(['Indicador', 'Texas, 2020–2030', 'Estados Unidos, 2024–2034']);
    expect(rows(el)[0]).to.deep.equal(['Empleo en el año base', '72,040', '811,000']);
    expect(textOf(el)).to.contain('corresponden a un ciclo distinto del de las nacionales (2024–2034)');
  });
});
