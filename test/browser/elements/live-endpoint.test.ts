/**
 * The widgets on a live endpoint: the proxy (tools/proxy) running in front of the proxy tests'
 * fake CareerOneStop and O*NET (started by web-test-runner.config.mjs). Every figure, title and
 * link expected here is read from the fake upstream's own answers (test/proxy/careeronestop-answers.ts),
 * so what is checked is the whole way from CareerOneStop's shape to what a reader sees.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/index.ts';
import { wage } from '../../../src/format/index.ts';
import { apprenticeshipsAnswers, certificationsAnswer, licensesAnswer, occupationAnswer } from '../../proxy/careeronestop-answers.ts';
import { ENDPOINT, freshEndpoint, mount, readable, stubFetch, textOf, type FetchLog } from '../helpers.ts';

const CODE = '29-2072.00';
let LIVE = '';
before(async () => {
  LIVE = ((await (await fetch('/live/endpoint')).json()) as { url: string }).url;
});

interface WageItem {
  RateType: string;
  Median: string;
  AreaName: string;
}
interface Detail {
  Projections: { Projections: { StateName: string; EstimatedEmployment: string }[] };
  COSVideoURL: string;
  Video: { VideoTitle: string }[];
  Wages: { NationalWagesList: WageItem[]; StateWagesList: WageItem[]; BLSAreaWagesList: WageItem[] | null };
}
/** CareerOneStop's occupation details for a location, as the fake upstream answers them. */
const detail = (location: string) => (occupationAnswer(CODE, location) as { OccupationDetail: Detail[] }).OccupationDetail[0]!;
/** An annual median as CareerOneStop writes it ("79,990"), read as a number. */
const median = (items: WageItem[] | null) => Number(items!.find((i) => i.RateType === 'Annual')!.Median.replaceAll(',', ''));

/** A section element inside the profile, once it has loaded. */
async function section(profile: Element, tag: string): Promise<HTMLElement> {
  await waitUntil(() => profile.shadowRoot!.querySelector(tag)?.shadowRoot?.querySelector('h3, [part=error]'), `${tag} rendered`, {
    timeout: 5000,
  });
  return profile.shadowRoot!.querySelector<HTMLElement>(tag)!;
}

describe('a live endpoint (the proxy over CareerOneStop)', () => {
  it('shows the profile with the live-only sections, and the wages of the ZIP code’s metro area', async () => {
    const { el, event } = await mount('occupation-profile', { code: CODE, location: '94110', endpoint: LIVE });
    expect(event.type).to.equal('occupation-load');
    const sections = (event.detail as { sections: string[] }).sections;
    // In the order of CareerOneStop's page; licenses only for a place in a state (94110 is in CA).
    const order = ['video', 'education', 'certifications', 'licenses', 'apprenticeships'];
    expect(sections.filter((s) => order.includes(s))).to.deep.equal(order);

    const answer = detail('94110');
    const video = await section(el, 'career-video');
    const link = video.shadowRoot!.querySelector<HTMLAnchorElement>('[part=link]')!;
    expect(link.href).to.equal(answer.COSVideoURL);
    expect(readable(link.textContent)).to.equal(`▶ Watch on CareerOneStop: ${answer.Video[0]!.VideoTitle}`);
    expect(video.shadowRoot!.querySelector('video[autoplay]')).to.equal(null);

    const certifications = await section(el, 'occupation-certifications');
    const listed = certificationsAnswer.CertList.filter((c) => c.Id !== null && c.Name);
    const links = [...certifications.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part=list] a')];
    expect(links.map((a) => a.textContent)).to.deep.equal(listed.map((c) => c.Name));
    // The second's own page is http: it links its organization's https page instead.
    expect(links.map((a) => a.href)).to.deep.equal([listed[0]!.Url, listed[1]!.OrgWebPage]);
    expect(textOf(certifications)).to.contain(`Offered by ${listed[0]!.Org}`);

    // CareerOneStop's License Finder has nothing for California in the fake: said, not hidden.
    const licenses = await section(el, 'occupation-licenses');
    expect(textOf(licenses)).to.contain('CareerOneStop lists no license for this career in California.');

    // Right after licenses, as on CareerOneStop's page: California's offices (94110's state).
    const apprenticeships = await section(el, 'occupation-apprenticeships');
    expect(apprenticeships.parentElement!.previousElementSibling!.getAttribute('data-section')).to.equal('licenses');
    expect(readable(apprenticeships.shadowRoot!.querySelector('h3')!.textContent)).to.equal('Apprenticeships: learn on the job');
    const offices = (apprenticeshipsAnswers.CA as { ApprenticeshipOfficeList: { ListFedAppOfficeContact: { Name: string }[] }[] })
      .ApprenticeshipOfficeList[0]!;
    expect(textOf(apprenticeships)).to.contain(offices.ListFedAppOfficeContact[0]!.Name);
    expect(apprenticeships.shadowRoot!.querySelectorAll('h4').length).to.equal(2);

    const table = await section(el, 'wage-table');
    const headers = [...table.shadowRoot!.querySelectorAll('thead th')].map((th) => readable(th.textContent));
    const metro = answer.Wages.BLSAreaWagesList![0]!.AreaName;
    expect(headers).to.deep.equal(['Percentile', metro, 'California', 'United States']);
    const medians = [...table.shadowRoot!.querySelectorAll('tr.median td')].map((td) => readable(td.textContent));
    expect(medians).to.deep.equal(
      [answer.Wages.BLSAreaWagesList, answer.Wages.StateWagesList, answer.Wages.NationalWagesList].map((items) =>
        wage(median(items), 'en', 'annual'),
      ),
    );
    expect(textOf(table)).to.contain(`CareerOneStop places 94110 in ${metro}.`);
    expect(textOf(table)).to.contain('Source: BLS Occupational Employment and Wage Statistics 2024, through CareerOneStop.');

    // The current cycle's projections for the ZIP code's state, beside the nation's.
    const outlook = await section(el, 'employment-outlook');
    const rows = answer.Projections.Projections;
    const california = rows.find((r) => r.StateName === 'California')!;
    const nation = rows.find((r) => r.StateName === 'United States')!;
    const employment = [...outlook.shadowRoot!.querySelectorAll('tbody tr')]
      .find((tr) => readable(tr.querySelector('th')?.textContent).startsWith('Employment,'))!;
    const cells = [...employment.querySelectorAll('td')].map((td) => readable(td.textContent));
    expect(cells).to.include.members([california.EstimatedEmployment, nation.EstimatedEmployment]);
    expect(textOf(outlook)).not.to.contain('not available from this source');

    // The upstream's attribution reaches the footer.
    const footer = el.shadowRoot!.querySelector('occupation-attribution')!;
    await waitUntil(() => footer.shadowRoot?.querySelector('[part=sources]'), 'attribution rendered');
    expect(textOf(footer)).to.contain('This page includes information from CareerOneStop (www.careeronestop.org)');
    expect(textOf(footer)).to.contain('O*NET Web Services');
    // And the programs CareerOneStop's answer names as its sources (MetaData.DataSource).
    const bls = (occupationAnswer(CODE, 'US') as { MetaData: { DataSource: { DataName: string; DataSourceName: string }[] } })
      .MetaData.DataSource[0]!;
    expect(textOf(footer)).to.contain(`${bls.DataSourceName}, ${bls.DataName}.`);
    await expect(el).to.be.accessible();
  });

  it('reads a city: the card’s median beside its state’s and the nation’s', async () => {
    const { el } = await mount('occupation-profile', { code: CODE, location: 'Saint Paul, MN', variant: 'card', endpoint: LIVE });
    const answer = detail('Saint Paul, MN');
    const places = [...el.shadowRoot!.querySelectorAll('.places li')].map((li) => readable(li.textContent));
    expect(places).to.deep.equal([
      `${answer.Wages.BLSAreaWagesList![0]!.AreaName}: ${wage(median(answer.Wages.BLSAreaWagesList), 'en', 'annual')}`,
      `Minnesota: ${wage(median(answer.Wages.StateWagesList), 'en', 'annual')}`,
      `United States: ${wage(median(answer.Wages.NationalWagesList), 'en', 'annual')}`,
    ]);
  });

  it('lists a state’s licenses with their agencies, in Spanish around CareerOneStop’s English', async () => {
    const { el, event } = await mount('occupation-licenses', { code: CODE, location: 'MN', lang: 'es', endpoint: LIVE });
    expect(event.detail).to.deep.equal({ code: CODE, state: 'MN', licenses: licensesAnswer.LicenseList.length });
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Licencias en \u2068Minnesota\u2069');
    const titles = [...el.shadowRoot!.querySelectorAll('[part=list] strong')].map((s) => s.textContent);
    expect(titles).to.deep.equal(licensesAnswer.LicenseList.map((l) => l.Title));
    const agency = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part=link]')!;
    expect(agency.href).to.equal(licensesAnswer.LicenseList[0]!.LicenseAgency!.Url);
    expect(agency.getAttribute('lang')).to.equal('en');
    await expect(el).to.be.accessible();
  });
});

describe('the live-only widgets on the static endpoint', () => {
  let log: FetchLog | undefined;
  afterEach(() => log?.restore());

  for (const tag of ['career-video', 'occupation-certifications', 'occupation-licenses', 'occupation-apprenticeships']) {
    it(`<${tag}> is absent without an error, a warning or a request for its document`, async () => {
      log = stubFetch((url, init, real) => real(url, init));
      const warnings: unknown[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => void warnings.push(args);
      let errors = 0;
      addEventListener('occupation-error', () => errors++);
      try {
        const endpoint = freshEndpoint();
        const { el, event } = await mount(tag, { code: CODE, location: 'MN', endpoint });
        // index.json alone: it says the endpoint serves none of the live kinds.
        expect(log.urls.map((u) => new URL(u, location.href).pathname)).to.deep.equal([`${endpoint}index.json`]);
        expect(event.type).to.equal('occupation-load');
        expect(el.hasAttribute('absent')).to.equal(true);
        expect(getComputedStyle(el).display).to.equal('none');
        expect(el.shadowRoot!.querySelector('h2, [part=error], a')).to.equal(null);
      } finally {
        console.warn = warn;
      }
      expect(errors).to.equal(0);
      expect(warnings).to.deep.equal([]);
    });
  }

  it('the profile shows none of the live sections, and asks for none of their documents', async () => {
    log = stubFetch((url, init, real) => real(url, init));
    const { el, event } = await mount('occupation-profile', { code: CODE, location: 'CA', endpoint: ENDPOINT });
    const sections = (event.detail as { sections: string[] }).sections;
    expect(sections).to.not.include.members(['video']);
    expect(sections).to.not.include('certifications');
    expect(sections).to.not.include('licenses');
    expect(sections).to.not.include('apprenticeships');
    expect(el.shadowRoot!.querySelector('career-video, occupation-certifications, occupation-licenses, occupation-apprenticeships')).to.equal(null);
    expect(log.urls.filter((u) => /videos\/|certifications\/|licenses\/|apprenticeships|areas\/[^/]+\/wages\//.test(u))).to.deep.equal([]);
  });

  it('a ZIP code or a city is an invalid location there, said in the reader’s language', async () => {
    const zip = await mount('wage-table', { code: CODE, location: '94110', endpoint: ENDPOINT });
    expect(zip.event.detail).to.include({ kind: 'invalid-attribute', attribute: 'location' });
    expect(textOf(zip.el)).to.equal('This career information has no figures for the area “94110”.');
    const city = await mount('wage-table', { code: CODE, location: 'Saint Paul, MN', endpoint: ENDPOINT, lang: 'es' });
    expect(city.event.detail).to.include({ kind: 'invalid-attribute', attribute: 'location' });
    expect(city.el.shadowRoot!.querySelector('[part=error]')!.getAttribute('data-state')).to.equal('invalid');
    expect(textOf(city.el)).to.contain('Saint Paul, MN');
  });
});
