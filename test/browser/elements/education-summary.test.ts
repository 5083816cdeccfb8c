import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/index.ts';
import type { EducationSummary } from '../../../src/elements/education-summary/education-summary.ts';
import type { Occupation } from '../../../src/data/schema.ts';
import { ENDPOINT, failed, freshEndpoint, late, loaded, mount, stubFetch, textOf, type FetchLog } from '../helpers.ts';

/** A description list as [term, description] pairs, whitespace folded. */
const pairs = (dl: Element | null) =>
  [...dl!.querySelectorAll(':scope > div')].map((div) => [
    div.querySelector('dt')!.textContent!.replace(/\s+/g, ' ').trim(),
    div.querySelector('dd')!.textContent!.replace(/\s+/g, ' ').trim(),
  ]);

/** Mounts the element listening first: a cached document can load before a fixture resolves. */
async function render(attrs: Record<string, string>): Promise<EducationSummary> {
  const { el, event } = await mount<EducationSummary>('education-summary', attrs);
  expect(event.type).to.equal('occupation-load');
  return el;
}

/** Serves the real occupation document with `change` applied (a fresh endpoint, so not cached). */
function serveChanged(code: string, change: (o: Occupation) => void): FetchLog {
  return stubFetch(async (url, init, real) => {
    const response = await real(url, init);
    if (!url.endsWith(`occupations/${code}.json`)) return response;
    const doc = (await response.json()) as Occupation;
    change(doc);
    return new Response(JSON.stringify(doc), { headers: { 'content-type': 'application/json' } });
  });
}

describe('<education-summary>', () => {
  let log: FetchLog | undefined;
  afterEach(() => log?.restore());

  // BLS occupation.xlsx Table 1.2, 29-2072: Postsecondary nondegree award | None | None;
  // O*NET 29.3 Job Zones.txt: 29-2072.00 is in job zone 3.
  it('lists BLS’s typical entry requirements in BLS’s words and the O*NET job zone', async () => {
    const el = await render({ code: '29-2072.00', endpoint: ENDPOINT });
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Education and experience: to get started');
    expect(textOf(el)).to.contain('People starting in this career usually have:');
    expect(pairs(el.shadowRoot!.querySelector('[part=requirements]'))).to.deep.equal([
      ['Typical education needed for entry', 'Postsecondary nondegree award'],
      ['Work experience in a related occupation', 'None'],
      ['Typical on-the-job training', 'None'],
    ]);
    const zone = el.shadowRoot!.querySelector('[part=job-zone]')!;
    expect(zone.querySelector('.zone-name')!.textContent).to.equal('Job Zone Three: Medium Preparation Needed');
    expect(pairs(zone.querySelector('dl'))[0]).to.deep.equal([
      'Education',
      'Most occupations in this zone require training in vocational schools, related on-the-job experience, or an associate\'s degree.',
    ]);
    expect(textOf(el)).to.contain(
      'Sources: BLS, Employment Projections 2024–34 (typical entry requirements); O*NET 29.3 Database (May 2025 Release) (job zone).',
    );
    expect(el.shadowRoot!.querySelector('.lang')!.getAttribute('lang')).to.equal('en');
    expect(el.shadowRoot!.querySelector('.lang [lang=en]'), 'nothing marked as English inside English').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('translates labels and BLS’s categories into Spanish, and marks O*NET’s English text', async () => {
    const el = await render({ code: '29-2072.00', lang: 'es', endpoint: ENDPOINT });
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Educación y experiencia: para empezar');
    expect(pairs(el.shadowRoot!.querySelector('[part=requirements]'))).to.deep.equal([
      ['Educación típica necesaria para empezar', 'Certificado postsecundario (sin título universitario)'],
      ['Experiencia laboral en una ocupación relacionada', 'Ninguna'],
      ['Capacitación típica en el trabajo', 'Ninguna'],
    ]);
    const zone = el.shadowRoot!.querySelector('[part=job-zone]')!;
    expect(zone.querySelector('.zone-name')!.textContent).to.equal('Zona de empleo 3: se necesita una preparación media');
    const explanations = [...zone.querySelectorAll('dd')];
    expect(explanations.map((dd) => dd.lang)).to.deep.equal(['en', 'en', 'en']);
    expect(zone.querySelectorAll('dt')[2]!.textContent).to.equal('Capacitación');
    await expect(el).to.be.accessible();
  });

  it('keeps a BLS category it cannot translate in English, marked as English', async () => {
    log = serveChanged('31-9092.00', (o) => (o.education.typical!.training = 'Some future BLS category'));
    const el = await render({ code: '31-9092.00', lang: 'es', endpoint: freshEndpoint() });
    const dd = el.shadowRoot!.querySelectorAll('[part=requirements] dd')[2]!;
    expect(dd.textContent).to.equal('Some future BLS category');
    expect(dd.getAttribute('lang')).to.equal('en');
  });

  it('says BLS publishes no entry requirements when only the job zone is known', async () => {
    log = serveChanged('29-2072.00', (o) => (o.education.typical = null));
    const el = await render({ code: '29-2072.00', endpoint: freshEndpoint() });
    expect(el.shadowRoot!.querySelector('[part=requirements]')).to.equal(null);
    expect(textOf(el)).to.contain('BLS does not publish typical entry requirements for this occupation.');
    expect(el.shadowRoot!.querySelector('[part=job-zone]')).to.exist;
    expect(textOf(el)).not.to.contain('Employment Projections');
  });

  it('shows the requirements alone for an occupation O*NET gives no job zone', async () => {
    // Managers, All Other: Bachelor's degree, less than 5 years, no training (BLS); no O*NET job zone.
    const el = await render({ code: '11-9199.00', endpoint: ENDPOINT });
    expect(pairs(el.shadowRoot!.querySelector('[part=requirements]'))).to.deep.equal([
      ['Typical education needed for entry', "Bachelor's degree"],
      ['Work experience in a related occupation', 'Less than 5 years'],
      ['Typical on-the-job training', 'None'],
    ]);
    expect(el.shadowRoot!.querySelector('[part=job-zone]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says so when neither BLS nor O*NET has requirements (Infantry)', async () => {
    const el = await render({ code: '55-3016.00', endpoint: ENDPOINT });
    expect(el.shadowRoot!.querySelector('[part=note]')!.textContent).to.equal(
      'BLS and O*NET publish no education or experience requirements for this occupation.',
    );
    expect(el.shadowRoot!.querySelector('dl')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('puts its heading at the host page’s level, or none', async () => {
    const el = await render({ code: '29-2072.00', 'heading-level': '3', endpoint: ENDPOINT });
    expect(el.shadowRoot!.querySelector('h3')!.textContent).to.equal('Education and experience: to get started');
    el.headingLevel = 0;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6')).to.equal(null);
  });

  it('shows an invalid code as such, in Spanish too', async () => {
    const { el, event } = await mount('education-summary', { code: 'medical', lang: 'es', endpoint: ENDPOINT });
    expect(event.detail.kind).to.equal('invalid-attribute');
    expect(textOf(el)).to.contain('“medical” no es un código de ocupación O*NET-SOC');
    await expect(el).to.be.accessible();
  });

});
