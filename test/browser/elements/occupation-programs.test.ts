import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/index.ts';
import type { OccupationPrograms } from '../../../src/elements/occupation-programs/occupation-programs.ts';
import type { Occupation } from '../../../src/data/schema.ts';
import { ENDPOINT, failed, freshEndpoint, late, loaded, mount, stubFetch, textOf, type FetchLog } from '../helpers.ts';

const items = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part=list] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

/** Mounts the element listening first: a cached document can load before a fixture resolves. */
async function render(attrs: Record<string, string>): Promise<OccupationPrograms> {
  const { el, event } = await mount<OccupationPrograms>('occupation-programs', attrs);
  expect(event.type).to.equal('occupation-load');
  return el;
}

describe('<occupation-programs>', () => {
  let log: FetchLog | undefined;
  afterEach(() => log?.restore());

  // NCES CIP2020_SOC2018_Crosswalk.csv: 51.0706, 51.0707, 51.0713 and 51.0721 map to 29-2072.
  it('lists the CIP programs that prepare for Medical Records Specialists, as plain text', async () => {
    const el = await render({ code: '29-2072.00', endpoint: ENDPOINT });
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Programs that can prepare you');
    expect(items(el)).to.deep.equal([
      'Health Information/Medical Records Administration/Administrator (CIP 51.0706)',
      'Health Information/Medical Records Technology/Technician (CIP 51.0707)',
      'Medical Insurance Coding Specialist/Coder (CIP 51.0713)',
      'Disease Registry Data Management (CIP 51.0721)',
    ]);
    expect(el.shadowRoot!.querySelector('[part=list] a')).to.equal(null);
    expect(textOf(el)).to.contain('Source: National Center for Education Statistics (NCES), CIP 2020 to SOC 2018 Crosswalk.');
    await expect(el).to.be.accessible();
  });

  it('links each program through program-href, its CIP code in place of {cip}', async () => {
    const el = await render({
      code: '31-9092.00',
      'program-href': 'https://college.example/catalog/search?cip={cip}',
      endpoint: ENDPOINT,
    });
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part=link]')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).to.deep.equal([
      ['Medical/Health Management and Clinical Assistant/Specialist', 'https://college.example/catalog/search?cip=51.0711'],
      ['Medical/Clinical Assistant', 'https://college.example/catalog/search?cip=51.0801'],
      ['Anesthesiologist Assistant', 'https://college.example/catalog/search?cip=51.0809'],
      ['Chiropractic Technician/Assistant', 'https://college.example/catalog/search?cip=51.0813'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('fills {title} too, URL-encoded', async () => {
    const el = await render({ code: '31-9092.00', 'program-href': '/programs?q={title}', endpoint: ENDPOINT });
    expect(el.shadowRoot!.querySelectorAll('a[part=link]')[1]!.getAttribute('href')).to.equal(
      '/programs?q=Medical%2FClinical%20Assistant',
    );
  });

  it('speaks Spanish and marks the English CIP titles', async () => {
    const el = await render({ code: '29-2072.00', lang: 'es', endpoint: ENDPOINT });
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Programas que pueden prepararle');
    expect(textOf(el)).to.contain('Programas de estudio que conducen a esta carrera:');
    const titles = [...el.shadowRoot!.querySelectorAll('[part=list] li > span:first-child')];
    expect(titles.map((t) => t.getAttribute('lang'))).to.deep.equal(['en', 'en', 'en', 'en']);
    expect(textOf(el)).to.contain('Fuente:');
    await expect(el).to.be.accessible();
  });

  it('says so when the crosswalk matches no program', async () => {
    // Every occupation in this release has programs: an endpoint whose document has none.
    log = stubFetch(async (url, init, real) => {
      const response = await real(url, init);
      if (!url.endsWith('occupations/29-2072.00.json')) return response;
      const doc = (await response.json()) as Occupation;
      doc.programs = [];
      return new Response(JSON.stringify(doc), { headers: { 'content-type': 'application/json' } });
    });
    const el = await render({ code: '29-2072.00', endpoint: freshEndpoint() });
    expect(el.shadowRoot!.querySelector('[part=list]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part=note]')!.textContent).to.equal(
      'No education programs are matched to this occupation in the CIP–SOC crosswalk.',
    );
    await expect(el).to.be.accessible();
  });

  it('puts its heading at the host page’s level, or none', async () => {
    const el = await render({ code: '29-2072.00', 'heading-level': '3', endpoint: ENDPOINT });
    expect(el.shadowRoot!.querySelector('h3')!.textContent).to.equal('Programs that can prepare you');
    el.headingLevel = 0;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6')).to.equal(null);
  });

});
