import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/index.ts';
import type { EmploymentOutlook } from '../../../src/elements/employment-outlook/employment-outlook.ts';
import type { ProjectionsDocument } from '../../../src/data/schema.ts';
import {
  ENDPOINT,
  failed,
  type FetchLog,
  freshEndpoint,
  headerTexts as headers,
  late,
  loaded,
  mount,
  readable,
  readJson,
  rowTexts as rows,
  stubFetch,
  textOf,
} from '../helpers.ts';

/** Each body row as [row header, cells...], whitespace folded. */

/** Mounts the element listening first: a cached document can load before a fixture resolves. */
async function render(attrs: Record<string, string>): Promise<EmploymentOutlook> {
  const { el, event } = await mount<EmploymentOutlook>('employment-outlook', attrs);
  expect(event.type).to.equal('occupation-load');
  return el;
}

describe('<employment-outlook>', () => {
  let log: FetchLog | undefined;
  afterEach(() => log?.restore());

  // Checked against BLS Employment Projections 2024–34, occupation.xlsx Table 1.2, 29-2072:
  // 194.8 and 208.6 thousand, +7.1%, 14.2 thousand openings a year.
  it('shows Medical Records Specialists as Bright Outlook (rapid growth) with the BLS 2024–2034 projections', async () => {
    const el = await render({ code: '29-2072.00', endpoint: ENDPOINT });
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Outlook: will there be jobs?');
    const bright = el.shadowRoot!.querySelector('[part=bright-outlook]')!.textContent!.replace(/\s+/g, ' ');
    expect(bright).to.contain('Bright Outlook: new job opportunities are very likely in the future.');
    expect(bright).to.contain('Rapid growth: employment is projected to grow much faster than average.');
    expect(bright).not.to.contain('Numerous job openings');
    expect(readable(el.shadowRoot!.querySelector('caption')!.textContent)).to.equal(
      'Projected employment of Medical Records Specialists, 2024–2034',
    );
    expect(headers(el)).to.deep.equal(['Measure', 'United States']);
    expect(rows(el)).to.deep.equal([
      ['Employment, 2024', '194,800'],
      ['Projected employment, 2034', '208,600'],
      ['Percent change, 2024–2034', '+7.1%'],
      ['Projected job openings per year', '14,200'],
    ]);
    // The same figures as the built document the element read.
    const doc = await readJson<ProjectionsDocument>('projections/29-2072.json');
    expect(doc.rows[0]).to.include({ base: 194800, projected: 208600, percentChange: 7.1, annualOpenings: 14200 });
    expect(textOf(el)).to.contain('Source: U.S. Bureau of Labor Statistics (BLS), Employment Projections 2024–34.');
    expect(textOf(el)).not.to.contain('not available');
    await expect(el).to.be.accessible();
  });

  it('names every Bright Outlook category, such as Medical Assistants’ numerous job openings', async () => {
    const el = await render({ code: '31-9092.00', endpoint: ENDPOINT });
    const items = [...el.shadowRoot!.querySelectorAll('[part=bright-outlook] li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(items).to.deep.equal([
      'Rapid growth: employment is projected to grow much faster than average.',
      'Numerous job openings: a large number of job openings is projected.',
    ]);
    expect(rows(el)[3]).to.deep.equal(['Projected job openings per year', '112,300']);
  });

  it('in California, says state projections are not available and shows the nation, never a state figure', async () => {
    const el = await render({ code: '29-2072.00', location: 'CA', endpoint: ENDPOINT });
    expect(headers(el)).to.deep.equal(['Measure', 'United States']);
    expect(rows(el)[0]).to.deep.equal(['Employment, 2024', '194,800']);
    expect(textOf(el)).to.contain(
      'State projections for California are not available from this source: these figures are for the United States.',
    );
    await expect(el).to.be.accessible();
  });

  it('speaks Spanish, with US-style figures', async () => {
    const el = await render({ code: '29-2072.00', lang: 'es', location: 'TX', endpoint: ENDPOINT });
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Perspectivas: ¿habrá empleos?');
    expect(textOf(el)).to.contain('Perspectiva favorable: es muy probable que surjan nuevas oportunidades de empleo.');
    expect(textOf(el)).to.contain('Crecimiento rápido: se prevé que el empleo crezca mucho más rápido que el promedio.');
    expect(headers(el)).to.deep.equal(['Indicador', 'Estados Unidos']);
    expect(rows(el)).to.deep.equal([
      ['Empleo en 2024', '194,800'],
      ['Empleo proyectado para 2034', '208,600'],
      ['Cambio porcentual, 2024–2034', '+7.1%'],
      ['Vacantes proyectadas por año', '14,200'],
    ]);
    expect(textOf(el)).to.contain('Esta fuente no ofrece proyecciones para Texas');
    await expect(el).to.be.accessible();
  });

  it('names the BLS aggregate whose projections cover the occupation', async () => {
    // occupation.xlsx Table 1.2, 31-1120: 4,347.7 thousand in 2024, +17%.
    const el = await render({ code: '31-1121.00', endpoint: ENDPOINT });
    expect(el.shadowRoot!.querySelector('caption')!.textContent).to.contain('Home health and personal care aides');
    expect(rows(el)[0]).to.deep.equal(['Employment, 2024', '4,347,700']);
    expect(rows(el)[2]).to.deep.equal(['Percent change, 2024–2034', '+17%']);
    expect(textOf(el)).to.contain(
      'BLS publishes these projections for Home health and personal care aides (31-1120), a group that includes this occupation.',
    );
  });

  it('says the figures are the whole SOC occupation’s for an O*NET specialty (new and emerging)', async () => {
    const el = await render({ code: '15-1299.04', endpoint: ENDPOINT });
    expect(textOf(el)).to.contain('New and emerging: a new occupation in a growing industry.');
    expect(textOf(el)).to.contain('Computer occupations, all other (15-1299), a group that includes this occupation');
  });

  it('says BLS publishes no projections, without a table or a Bright Outlook claim', async () => {
    const el = await render({ code: '55-3016.00', endpoint: ENDPOINT });
    expect(el.shadowRoot!.querySelector('table')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part=bright-outlook]')).to.equal(null);
    expect(textOf(el)).to.equal('Outlook: will there be jobs? BLS does not publish employment projections for this occupation.');
    await expect(el).to.be.accessible();
  });

  it('puts its heading at the host page’s level, or none', async () => {
    const h4 = await render({ code: '29-2072.00', 'heading-level': '4', endpoint: ENDPOINT });
    expect(h4.shadowRoot!.querySelector('h4')!.textContent).to.equal('Outlook: will there be jobs?');
    const none = await render({ code: '29-2072.00', 'heading-level': '0', endpoint: ENDPOINT });
    expect(none.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6')).to.equal(null);
    expect(none.shadowRoot!.querySelector('caption')).to.exist;
  });

});
