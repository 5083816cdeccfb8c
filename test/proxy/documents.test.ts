/**
 * The documents the proxy maps from the (fake) upstream answers, field by field: every figure is
 * exactly what CareerOneStop or O*NET wrote, withheld and top-coded values follow the schema's
 * conventions, and every document validates against src/data/schema.ts and schema.json.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startFakeUpstream, type FakeUpstream } from './fake-upstream.ts';
import { startProxy, testEnv, type RunningProxy } from './proxy-server.ts';
import { jsonError, valid } from './check.ts';
import { SCHEMA_VERSION } from '../../src/data/schema.ts';

let fake: FakeUpstream;
let proxy: RunningProxy;

before(async () => {
  fake = await startFakeUpstream();
  proxy = await startProxy(testEnv(fake));
});
after(async () => {
  await proxy.close();
  await fake.close();
});

describe('occupations/{code}.json', () => {
  it('maps CareerOneStop details and adds O*NET job zone', async () => {
    const doc = await valid(await proxy.get('/occupations/29-2072.00.json'), 'occupation');
    assert.equal(doc.code, '29-2072.00');
    assert.equal(doc.soc, '29-2072');
    assert.equal(doc.title, 'Medical Records Specialists');
    assert.equal(doc.description, 'Compile, process, and maintain medical records of hospital and clinic patients.');
    assert.deepEqual(doc.alsoKnownAs, ['Health Information Technician', 'Medical Coder', 'Medical Records Clerk']);
    assert.deepEqual(doc.brightOutlook, ['Rapid Growth']);
    assert.deepEqual(doc.wages, { soc: '29-2072', title: 'Medical Records Specialists', aggregate: false });
    assert.deepEqual(doc.projections, { soc: '29-2072', title: 'Medical Records Specialists', aggregate: false });
    // Unordered upstream; highest DataValue first, the tie (3.62) in the source's order.
    assert.deepEqual(
      doc.tasks.map((t) => [t.id, t.importance, t.type]),
      [['22882', 4.71, null], ['22880', 4.48, null], ['22889', 3.62, null], ['22885', 3.62, null]],
    );
    assert.equal(doc.tasks[0]!.text, 'Protect the security of medical records to ensure that confidentiality is maintained.');
    // The item without a DataValue is left out rather than rated 0.
    assert.deepEqual(doc.skills, {
      source: 'careeronestop',
      items: [
        { id: '2.A.1.a', name: 'Reading Comprehension', importance: 3.88, level: null },
        { id: '2.A.2.a', name: 'Critical Thinking', importance: 3.5, level: null },
      ],
      // CareerOneStop carries no O*NET precision flags.
      lowPrecision: [],
    });
    assert.deepEqual(doc.knowledge?.items.map((k) => [k.id, k.importance]), [['2.C.1.b', 4.19], ['2.C.1.a', 2.95]]);
    assert.equal(doc.abilities, null);
    assert.equal(doc.workActivities, null);
    assert.deepEqual(doc.education, {
      typical: { education: 'Postsecondary nondegree award', experience: 'None', training: 'None' },
      levels: [
        { category: 2, label: 'High school diploma or equivalent', percent: 31, lowPrecision: false },
        { category: 3, label: 'Post-secondary certificate', percent: 46, lowPrecision: false },
        { category: 5, label: "Associate's degree", percent: 23, lowPrecision: false },
      ],
    });
    assert.deepEqual(doc.jobZone, {
      zone: 3,
      name: 'Job Zone Three: Medium Preparation Needed',
      education: 'Most occupations in this zone require training in vocational schools.',
      experience: 'Previous work-related skill, knowledge, or experience is required.',
      training: 'Employees in these occupations usually need one or two years of training.',
    });
    assert.deepEqual(doc.interests, [
      { id: '1.B.1.f', name: 'Conventional', score: 6.97 },
      { id: '1.B.1.b', name: 'Investigative', score: 4.33 },
    ]);
    assert.deepEqual(doc.related, [
      { code: '29-9021.00', title: 'Health Information Technologists and Medical Registrars', tier: '' },
      { code: '31-9094.00', title: 'Medical Transcriptionists', tier: '' },
    ]);
    assert.deepEqual(doc.technologySkills, []);
    assert.deepEqual(doc.programs, []);
    assert.equal(doc.oohUrl, 'https://www.bls.gov/ooh/healthcare/medical-records-and-health-information-technicians.htm');
  });

  it('credits CareerOneStop, the sources its answer names, and O*NET Web Services', async () => {
    const doc = await valid(await proxy.get('/occupations/29-2072.00.json'), 'occupation');
    assert.deepEqual(
      doc.sources.map((s) => [s.id, s.name, s.publisher, s.url, s.version]),
      [
        ['careeronestop', 'CareerOneStop Web API', 'CareerOneStop', 'https://www.careeronestop.org/', '11/26/2026'],
        ['careeronestop:occupational-employment-and-wage-statistics', 'Occupational Employment and Wage Statistics', 'U.S. Bureau of Labor Statistics', 'https://www.bls.gov/oes/', '11/26/2026'],
        // Its http link is not carried: the release links CareerOneStop.
        ['careeronestop:o-net', 'O*NET', 'National Center for O*NET Development', 'https://www.careeronestop.org/', '11/26/2026'],
        ['onet-web-services', 'O*NET Web Services', 'National Center for O*NET Development, for USDOL/ETA', 'https://services.onetcenter.org/', 'API version 2'],
      ],
    );
  });

  it('reads related titles as [{ Key, Value }] and null sections as null or empty', async () => {
    const doc = await valid(await proxy.get('/occupations/29-1215.00.json'), 'occupation');
    assert.deepEqual(doc.related, [{ code: '29-1216.00', title: 'General Internal Medicine Physicians', tier: '' }]);
    assert.deepEqual([doc.tasks, doc.alsoKnownAs, doc.brightOutlook, doc.interests], [[], [], [], []]);
    assert.deepEqual([doc.skills, doc.knowledge, doc.jobZone, doc.oohUrl, doc.projections], [null, null, null, null, null]);
    assert.deepEqual(doc.education, { typical: null, levels: null });
    // O*NET does not know this code here: its release is not credited.
    assert.ok(!doc.sources.some((s) => s.id === 'onet-web-services'));
  });

  it('answers 404 for a code CareerOneStop does not have (aggregates answer 404 there)', async () => {
    await jsonError(await proxy.get('/occupations/13-1020.00.json'), 404, 'not-found');
    await jsonError(await proxy.get('/wages/13-1020.json'), 404, 'not-found');
  });
});

describe('wages and projections', () => {
  it('wages/{soc}.json: the nation, strings with commas read exactly; no mean or employment from this source', async () => {
    const doc = await valid(await proxy.get('/wages/29-2072.json'), 'wages');
    assert.deepEqual(doc, {
      schemaVersion: SCHEMA_VERSION,
      kind: 'wages',
      sources: doc.sources,
      soc: '29-2072',
      title: 'Medical Records Specialists',
      annualOnly: false,
      hourlyOnly: false,
      areas: [
        {
          area: 'US',
          employment: 'not-released',
          hourly: { p10: 17.79, p25: 20.91, median: 24.59, p75: 31.17, p90: 39.01, mean: 'not-available' },
          annual: { p10: 37000, p25: 43490, median: 51140, p75: 64820, p90: 81150, mean: 'not-available' },
        },
      ],
    });
  });

  it('top-coded "100+" and "208,000+" become { atLeast }, never a number', async () => {
    const doc = await valid(await proxy.get('/wages/29-1215.json'), 'wages');
    const us = doc.areas[0]!;
    assert.deepEqual(us.hourly, { p10: 39.71, p25: 82.24, median: { atLeast: 100 }, p75: { atLeast: 100 }, p90: { atLeast: 100 }, mean: 'not-available' });
    assert.deepEqual(us.annual, { p10: 82600, p25: 171050, median: 224460, p75: { atLeast: 208000 }, p90: { atLeast: 208000 }, mean: 'not-available' });
  });

  it('projections/{soc}.json: the nation only, change computed from the two counts', async () => {
    const doc = await valid(await proxy.get('/projections/29-2072.json'), 'projections');
    assert.equal(doc.baseYear, 2024);
    assert.equal(doc.projectedYear, 2034);
    assert.deepEqual(doc.rows, [{ area: 'US', base: 194800, projected: 208600, change: 13800, percentChange: 7.1, annualOpenings: 14200 }]);
    await jsonError(await proxy.get('/projections/29-1215.json'), 404, 'not-found');
  });

  it('areas/{state}/projections/{soc}.json: the state row and the nation row from one list, the nation first', async () => {
    const doc = await valid(await proxy.get('/areas/CA/projections/29-2072.json'), 'projections');
    assert.deepEqual(doc.rows, [
      { area: 'US', base: 194800, projected: 208600, change: 13800, percentChange: 7.1, annualOpenings: 14200 },
      { area: 'CA', base: 18540, projected: 20110, change: 1570, percentChange: 8.5, annualOpenings: 1550 },
    ]);
  });
});

describe('areas/{location}/wages/{soc}.json (live-wages)', () => {
  it('a ZIP code: the nation, its state and the metro area CareerOneStop picked', async () => {
    const doc = await valid(await proxy.get('/areas/94110/wages/29-2072.json'), 'live-wages');
    assert.equal(doc.location, '94110');
    assert.equal(doc.wageYear, '2024');
    assert.deepEqual(doc.areas.map((a) => [a.type, a.code, a.name]), [
      ['nation', 'US', 'United States'],
      ['state', 'CA', 'California'],
      ['metro', '41860', 'San Francisco-Oakland-Hayward, CA'],
    ]);
    assert.deepEqual(doc.areas[2]!.annual, { p10: 56790, p25: 66620, median: 79990, p75: 96180, p90: 113740 });
    assert.deepEqual(doc.areas[2]!.hourly, { p10: 27.3, p25: 32.03, median: 38.46, p75: 46.24, p90: 54.68 });
    assert.deepEqual(doc.areas[1]!.hourly, { p10: 21.07, p25: 24.56, median: 29.92, p75: 37.38, p90: 45.57 });
    // The ZIP went upstream as the location, once.
    assert.ok(fake.requests.some((r) => r.path.includes('/29-2072.00/94110?')));
  });

  it('a city: "Saint Paul, MN" as one encoded segment; a rate the source lacks is null', async () => {
    const doc = await valid(await proxy.get(`/areas/${encodeURIComponent('Saint Paul, MN')}/wages/29-2072.json`), 'live-wages');
    assert.equal(doc.location, 'Saint Paul, MN');
    assert.deepEqual(doc.areas.slice(1), [
      { type: 'state', code: 'MN', name: 'Minnesota', hourly: null, annual: { p10: 42010, p25: 48560, median: 56620, p75: 67520, p90: 79330 } },
      { type: 'metro', code: '33460', name: 'Minneapolis-St. Paul-Bloomington, MN-WI', hourly: null, annual: { p10: 44570, p25: 50330, median: 58800, p75: 69490, p90: 81140 } },
    ]);
  });
});

describe('live-only documents', () => {
  it('videos/{code}.json', async () => {
    const doc = await valid(await proxy.get('/videos/29-2072.00.json'), 'videos');
    assert.equal(doc.pageUrl, 'https://www.careeronestop.org/Videos/CareerVideos/career-videos.aspx?videocode=29207100');
    assert.deepEqual(doc.videos, [
      { code: '29207100', title: 'Medical Records Specialists', type: 'Occupation' },
      { code: '29000000', title: 'Healthcare Practitioners and Technical', type: 'Cluster' },
    ]);
    const none = await valid(await proxy.get('/videos/29-1215.00.json'), 'videos');
    assert.deepEqual([none.pageUrl, none.videos], [null, []]);
  });

  it('certifications/{code}.json: https links only, entries without an id left out', async () => {
    const doc = await valid(await proxy.get('/certifications/29-2072.00.json'), 'certifications');
    assert.deepEqual(doc.certifications, [
      { id: 'CERT-00145', name: 'Registered Health Information Technician', organization: 'American Health Information Management Association', url: 'https://www.ahima.org/certification/rhit', type: 'Certification', description: 'Validates medical records skills.' },
      { id: '9001', name: 'Certified Coding Associate', organization: 'American Health Information Management Association', url: 'https://www.ahima.org/', type: null, description: null },
    ]);
    const none = await valid(await proxy.get('/certifications/29-1215.00.json'), 'certifications');
    assert.deepEqual(none.certifications, []);
  });

  it('areas/{state}/licenses/{code}.json', async () => {
    const doc = await valid(await proxy.get('/areas/MN/licenses/29-2072.00.json'), 'licenses');
    assert.equal(doc.area, 'MN');
    assert.deepEqual(doc.licenses, [
      { id: '4312', title: 'Health Information Technician License', description: 'Required to practise in the state.', agency: { name: 'Minnesota Department of Health', url: 'https://www.health.state.mn.us/' } },
      { id: '4313', title: 'Coder Registration', description: null, agency: null },
    ]);
    await jsonError(await proxy.get('/areas/94110/licenses/29-2072.00.json'), 400, 'invalid-path');
  });

  it('areas/{state}/apprenticeships.json: offices by level, empty strings absent, null and missing lists empty', async () => {
    const ca = await valid(await proxy.get('/areas/CA/apprenticeships.json'), 'apprenticeships');
    assert.equal(ca.area, 'CA');
    assert.deepEqual(ca.offices, [
      {
        level: 'federal',
        name: 'U.S. Department of Labor, Office of Apprenticeship, California',
        phone: null,
        contact: { name: 'Jordan Rivera', title: 'State Director', email: 'rivera.jordan@dol.example.gov', phone: '(415) 555-0142 ext. 3' },
        address: { lines: ['90 7th Street', 'Suite 17-300'], city: 'San Francisco', state: 'CA', zip: '94103' },
      },
      // A blank contact name and empty email and phone: no one to ask, so no contact (the title alone names nobody).
      {
        level: 'state',
        name: 'California Division of Apprenticeship Standards',
        phone: '(916) 555-0199',
        contact: null,
        address: { lines: ['455 Golden Gate Avenue'], city: 'San Francisco', state: 'CA', zip: '94102' },
      },
      // The office with an empty Name is left out; the null regional list is no office.
    ]);
    assert.deepEqual(ca.sources.map((s) => s.id), ['careeronestop', 'careeronestop:occupational-employment-and-wage-statistics', 'careeronestop:o-net']);

    const mn = await valid(await proxy.get('/areas/MN/apprenticeships.json'), 'apprenticeships');
    assert.deepEqual(mn.offices, [
      {
        level: 'state',
        name: 'Apprenticeship Minnesota, Department of Labor and Industry',
        phone: '651-555-0123',
        // "not an address" is no email to link.
        contact: { name: 'Casey Lindqvist', title: null, email: null, phone: null },
        address: { lines: ['443 Lafayette Road N.'], city: 'Saint Paul', state: 'MN', zip: '55155' },
      },
      { level: 'regional', name: 'Office of Apprenticeship, Region 5 (Chicago)', phone: null, contact: { name: null, title: null, email: 'region5@dol.example.gov', phone: null }, address: null },
    ]);
    // Asked by state code, with the radius the path requires.
    assert.ok(fake.requests.some((r) => r.path.startsWith('/v1/apprenticeshipfinder/user-7Q2xK/MN/50?')));

    // The finder's 404 (nothing listed there) is an empty list, as for licenses.
    const none = await valid(await proxy.get('/areas/WY/apprenticeships.json'), 'apprenticeships');
    assert.deepEqual([none.area, none.offices], ['WY', []]);
    for (const bad of ['94110', 'US', 'ZZ', 'Saint%20Paul%2C%20MN', '..%2Fx']) {
      await jsonError(await proxy.get(`/areas/${bad}/apprenticeships.json`), 400, 'invalid-path');
    }
  });

  it('index.json names the configured sources and their attribution', async () => {
    const doc = await valid(await proxy.get('/index.json'), 'index');
    assert.deepEqual(doc.sources.map((s) => s.id), ['careeronestop', 'onet-web-services']);
    assert.match(doc.attribution['onet-web-services']!, /O\*NET Web Services/);
    assert.match(doc.attribution.careeronestop!, /CareerOneStop/);
    assert.equal(doc.areas.length, 52);
    // What the widgets read to show the live-only sections (src/data/live.ts).
    assert.deepEqual(doc.live, { kinds: ['live-wages', 'live-projections', 'videos', 'certifications', 'licenses', 'apprenticeships'] });
  });
});
