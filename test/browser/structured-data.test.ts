import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.ts';
import type { OccupationProfile } from '../../src/elements/occupation-profile/occupation-profile.ts';
import type { LocalWagesDocument, Occupation, WagesDocument } from '../../src/data/schema.ts';
import { ENDPOINT, loaded, mount, readJson } from './helpers.ts';

/** The JSON-LD blocks on the page, parsed. */
const blocks = () =>
  [...document.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')].map(
    (s) => JSON.parse(s.textContent!) as Record<string, any>,
  );

/** Waits for the block to describe `name`. */
const describes = (name: string) => waitUntil(() => blocks().length === 1 && blocks()[0]!.name === name, `JSON-LD for ${name}`);

// What Google's Occupation (estimated salary) structured data requires and schema.org defines:
// the properties an Occupation and its MonetaryAmountDistribution may have (test/types/json-ld.ts
// checks the whole shape against schema-dts, generated from schema.org's definitions).
const OCCUPATION = ['@context', '@type', 'name', 'description', 'alternateName', 'occupationalCategory', 'estimatedSalary',
  'educationRequirements', 'experienceRequirements', 'qualifications', 'occupationLocation'];
const DISTRIBUTION = ['@type', 'name', 'currency', 'duration', 'percentile10', 'percentile25', 'median', 'percentile75', 'percentile90'];

describe('structured-data', () => {
  it('adds nothing to the host page without the attribute', async () => {
    await mount('occupation-profile', { endpoint: ENDPOINT, code: '29-2072.00', location: 'CA' });
    await new Promise((r) => setTimeout(r, 100));
    expect(blocks()).to.have.length(0);
  });

  it("adds one Occupation block beside a profile, with the place's published wage percentiles", async () => {
    const { el } = await mount<OccupationProfile>('occupation-profile', {
      endpoint: ENDPOINT, code: '29-2072.00', location: 'CA', 'structured-data': '',
    });
    await describes('Medical Records Specialists');
    const script = el.nextElementSibling as HTMLScriptElement;
    expect(script.localName).to.equal('script');
    expect(script.type).to.equal('application/ld+json');
    const ld = blocks()[0]!;
    const occupation = await readJson<Occupation>('occupations/29-2072.00.json');
    const wages = await readJson<WagesDocument>('wages/29-2072.json');
    const ca = wages.areas.find((a) => a.area === 'CA')!.annual;
    expect(ld['@context']).to.equal('https://schema.org');
    expect(ld['@type']).to.equal('Occupation');
    expect(Object.keys(ld).every((k) => OCCUPATION.includes(k)), Object.keys(ld).join()).to.equal(true);
    expect(ld.description).to.equal(occupation.description);
    expect(ld.occupationalCategory.map((c: any) => [c['@type'], c.codeValue, c.inCodeSet.name])).to.deep.equal([
      ['CategoryCode', '29-2072.00', 'O*NET-SOC'],
      ['CategoryCode', '29-2072', 'SOC 2018'],
    ]);
    expect(ld.occupationLocation).to.deep.equal([{ '@type': 'State', name: 'California' }]);
    const [salary] = ld.estimatedSalary;
    expect(Object.keys(salary).every((k: string) => DISTRIBUTION.includes(k))).to.equal(true);
    expect(salary).to.include({ '@type': 'MonetaryAmountDistribution', currency: 'USD', duration: 'P1Y', name: 'May 2025 OEWS Estimates, California' });
    expect([salary.percentile10, salary.percentile25, salary.median, salary.percentile75, salary.percentile90]).to.deep.equal([
      ca.p10, ca.p25, ca.median, ca.p75, ca.p90,
    ]);
    expect(ld.educationRequirements).to.equal(occupation.education.typical!.education);
    expect(ld.qualifications).to.contain(occupation.jobZone!.name);
  });

  it('names a metropolitan or nonmetropolitan area as an AdministrativeArea (not a State), with its wages', async () => {
    await mount('occupation-profile', { endpoint: ENDPOINT, code: '29-2072.00', location: '0600003', variant: 'card', 'structured-data': '' });
    await describes('Medical Records Specialists');
    const index = await readJson<{ localAreas: { code: string; name: string }[] }>('index.json');
    const name = index.localAreas.find((a) => a.code === '0600003')!.name;
    const local = (await readJson<LocalWagesDocument>('wages/29-2072/CA.json')).areas.find((a) => a.area === '0600003')!.annual;
    const ld = blocks()[0]!;
    expect(ld.occupationLocation).to.deep.equal([{ '@type': 'AdministrativeArea', name }]);
    expect(ld.estimatedSalary[0].name).to.equal(`May 2025 OEWS Estimates, ${name}`);
    expect(ld.estimatedSalary[0].median).to.equal(local.median);
  });

  it('follows the occupation the profile shows, and leaves with the attribute', async () => {
    const { el } = await mount<OccupationProfile>('occupation-profile', {
      endpoint: ENDPOINT, code: '29-2072.00', variant: 'card', 'structured-data': '',
    });
    await describes('Medical Records Specialists');
    expect(blocks()[0]!.occupationLocation).to.deep.equal([{ '@type': 'Country', name: 'United States' }]);
    const next = loaded(el);
    el.code = '29-1141.00';
    await next;
    await describes('Registered Nurses');
    el.structuredData = false;
    await waitUntil(() => blocks().length === 0, 'block removed');
  });

  it('leaves a withheld percentile out rather than guessing it', async () => {
    // Athletes in California: BLS withholds the 90th percentile ("not-available").
    const wages = await readJson<WagesDocument>('wages/27-2021.json');
    const ca = wages.areas.find((a) => a.area === 'CA')!.annual;
    expect(ca.p90).to.equal('not-available');
    await mount('occupation-profile', { endpoint: ENDPOINT, code: '27-2021.00', location: 'CA', variant: 'card', 'structured-data': '' });
    await describes('Athletes and Sports Competitors');
    const [salary] = blocks()[0]!.estimatedSalary;
    expect([salary.percentile10, salary.median, salary.percentile75]).to.deep.equal([ca.p10, ca.median, ca.p75]);
    expect(salary).not.to.have.property('percentile90');
  });

  it('gives hourly percentiles where BLS publishes only hourly wages', async () => {
    const wages = await readJson<WagesDocument>('wages/27-2011.json');
    expect(wages.hourlyOnly).to.equal(true);
    await mount('occupation-profile', { endpoint: ENDPOINT, code: '27-2011.00', variant: 'card', 'structured-data': '' });
    await describes('Actors');
    const [salary] = blocks()[0]!.estimatedSalary;
    expect(salary.duration).to.equal('PT1H');
    expect(salary.median).to.equal(wages.areas[0]!.hourly.median);
  });
});
