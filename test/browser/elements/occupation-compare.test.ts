import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/index.ts';
import type { OccupationCompare } from '../../../src/elements/occupation-compare/occupation-compare.ts';
import type { Occupation, ProjectionsDocument, WagesDocument } from '../../../src/data/schema.ts';
import { ENDPOINT, loaded, mount, readJson, textOf } from '../helpers.ts';

const chartJsLoaded = () => performance.getEntriesByType('resource').some((e) => /\/chart\.js\/dist\//.test(e.name));

/** The table as text: the header row (titles and codes), then each measure's row. */
const table = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('tr')].map((tr) =>
    [...tr.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()),
  );
const titles = (el: Element) => [...el.shadowRoot!.querySelectorAll('thead .title')].map((t) => t.textContent!.trim());
const status = (el: Element) => el.shadowRoot!.querySelector('[role=status]:not([part=loading])')!.textContent!.trim();
const input = (el: Element) => el.shadowRoot!.querySelector<HTMLInputElement>('[part=add] input')!;

async function render(attrs: Record<string, string>): Promise<OccupationCompare> {
  const { el, event } = await mount<OccupationCompare>('occupation-compare', { endpoint: ENDPOINT, ...attrs });
  expect(event.type).to.equal('occupation-load');
  return el;
}

/** The next change event and the reload it causes. */
function changed(el: OccupationCompare): Promise<CustomEvent> {
  return new Promise((resolve) =>
    el.addEventListener('occupation-compare-change', (e) => void loaded(el).then(() => el.updateComplete).then(() => resolve(e as CustomEvent)), {
      once: true,
    }),
  );
}

/** Types a title in the add box and presses Enter, as a keyboard user does; the change and its reload. */
async function addFromKeyboard(el: OccupationCompare, title: string): Promise<CustomEvent> {
  input(el).focus();
  await sendKeys({ type: title });
  const change = changed(el);
  await sendKeys({ press: 'Enter' });
  return change;
}

describe('<occupation-compare>', () => {
  // BLS OEWS May 2025 (California, annual) and Employment Projections 2024–34 (nation); O*NET 29.3.
  it('puts Medical Records Specialists beside Medical Assistants in California, without chart.js', async () => {
    const el = await render({ codes: '29-2072.00,31-9092.00', location: 'CA' });
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Compare occupations');
    expect(el.shadowRoot!.querySelector('caption')!.textContent!.trim()).to.equal('Occupations compared, wages in California');
    expect(table(el)).to.deep.equal([
      ['', 'Medical Records Specialists 29-2072.00 Remove', 'Medical Assistants 31-9092.00 Remove'],
      ['Median annual wage, California', '$61,810', '$49,660'],
      ['Wage range (10th to 90th percentile), California', '$43,800 to $102,470', '$39,290 to $77,300'],
      ['Employment, California', '18,700', '117,060'],
      ['Projected employment change', '+7.1% (United States, 2024–2034)', '+12.5% (United States, 2024–2034)'],
      ['Projected job openings per year', '14,200 (United States, 2024–2034)', '112,300 (United States, 2024–2034)'],
      ['Typical education needed for entry', 'Postsecondary nondegree award', 'Postsecondary nondegree award'],
      ['Bright Outlook', 'Yes: Rapid growth', 'Yes: Rapid growth, Numerous job openings'],
    ]);
    const wages = await readJson<WagesDocument>('wages/31-9092.json');
    expect(wages.areas.find((a) => a.area === 'CA')!.annual.median).to.equal(49660);
    const projections = await readJson<ProjectionsDocument>('projections/31-9092.json');
    expect(projections.rows[0]).to.include({ area: 'US', percentChange: 12.5, annualOpenings: 112300 });
    const occupation = await readJson<Occupation>('occupations/31-9092.00.json');
    expect(occupation.brightOutlook).to.deep.equal(['Rapid Growth', 'Numerous Job Openings']);
    expect(textOf(el)).to.contain('May 2025 OEWS Estimates');
    expect(textOf(el)).to.contain('Employment Projections 2024–34');
    expect(el.shadowRoot!.querySelector('[part=remove]')!.getAttribute('aria-label')).to.equal('Remove Medical Records Specialists');
    await expect(el).to.be.accessible();
    await new Promise((r) => setTimeout(r, 100));
    expect(chartJsLoaded()).to.equal(false);
  });

  it('compares four at most: the add field says why it adds no more', async () => {
    const el = await render({ codes: '29-2072.00,31-9092.00,29-1141.00,25-2021.00', location: 'CA' });
    expect(titles(el)).to.deep.equal([
      'Medical Records Specialists',
      'Medical Assistants',
      'Registered Nurses',
      'Elementary School Teachers, Except Special Education',
    ]);
    const rows = table(el);
    expect(rows[1]).to.deep.equal(['Median annual wage, California', '$61,810', '$49,660', '$140,270', '$99,650']);
    expect(rows[4]![4]).to.equal('-2% (United States, 2024–2034)');
    expect(rows[6]!.slice(3)).to.deep.equal(["Bachelor's degree", "Bachelor's degree"]);
    expect(input(el).readOnly).to.equal(true);
    expect(input(el).getAttribute('aria-disabled')).to.equal('true');
    expect(textOf(el)).not.to.contain('a group that includes this occupation');
    expect(textOf(el)).to.contain('Up to four occupations can be compared: remove one to add another.');
    await expect(el).to.be.accessible();
  });

  it('removes one from the keyboard: announces it, fires the event, keeps focus in the widget', async () => {
    const el = await render({ codes: '29-2072.00,31-9092.00,29-1141.00', location: 'CA' });
    const change = changed(el);
    const remove = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=remove]')[1]!;
    remove.focus();
    await sendKeys({ press: 'Enter' });
    const { detail } = await change;
    expect(detail).to.deep.equal({ codes: ['29-2072.00', '29-1141.00'], removed: '31-9092.00' });
    expect(el.getAttribute('codes')).to.equal('29-2072.00,29-1141.00');
    expect(titles(el)).to.deep.equal(['Medical Records Specialists', 'Registered Nurses']);
    expect(table(el)[1]).to.deep.equal(['Median annual wage, California', '$61,810', '$140,270']);
    expect(status(el)).to.equal('Medical Assistants removed from the comparison.');
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
    await expect(el).to.be.accessible();
  });

  it('adds one by title from the keyboard', async () => {
    const el = await render({ codes: '29-2072.00,31-9092.00', location: 'CA' });
    const { detail } = await addFromKeyboard(el, 'registered nurses');
    expect(detail).to.deep.equal({ codes: ['29-2072.00', '31-9092.00', '29-1141.00'], added: '29-1141.00' });
    expect(titles(el)).to.deep.equal(['Medical Records Specialists', 'Medical Assistants', 'Registered Nurses']);
    expect(table(el)[2]![3]).to.equal('$101,260 to $213,320');
    expect(status(el)).to.equal('Registered Nurses added to the comparison.');
    expect(input(el).value).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('keeps focus in the box when the fourth is added from the keyboard, and says why a fifth is not', async () => {
    const el = await render({ codes: '29-2072.00,31-9092.00,25-2021.00', location: 'CA' });
    await addFromKeyboard(el, 'registered nurses');
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
    await sendKeys({ type: 'actors' });
    expect(input(el).value, 'a full comparison takes no more text').to.equal('');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status(el).startsWith('Up to four'));
    expect(el.codes).to.equal('29-2072.00,31-9092.00,25-2021.00,29-1141.00');
  });

  it('suggests titles as the reader types, and says when nothing matches or it is already there', async () => {
    const el = await render({ codes: '29-2072.00,31-9092.00' });
    input(el).focus();
    await sendKeys({ type: 'medical a' });
    const first = () => el.shadowRoot!.querySelector('datalist option')?.getAttribute('value');
    await waitUntil(() => first() === 'Medical Assistants', 'Medical Assistants was not suggested first');
    expect(el.shadowRoot!.querySelectorAll('datalist option').length).to.be.at.most(8);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status(el) !== '');
    expect(status(el)).to.equal('Medical Assistants is already in the comparison.');
    input(el).value = 'zzqxw';
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status(el).startsWith('No occupation'));
    expect(status(el)).to.equal('No occupation matches “zzqxw”.');
    expect(el.codes).to.equal('29-2072.00,31-9092.00');
  });

  // Home Health Aides (31-1121.00): BLS publishes wages and projections for 31-1120, Home Health
  // and Personal Care Aides; Actors (27-2011.00): OEWS publishes hourly wages only.
  it('says whose figures a group’s are, and shows hourly-only wages as hourly', async () => {
    const el = await render({ codes: '31-1121.00,27-2011.00' });
    expect(textOf(el)).to.contain(
      'Home Health Aides: BLS publishes these wages for Home Health and Personal Care Aides (31-1120), a group that includes this occupation.',
    );
    const wages = await readJson<WagesDocument>('wages/27-2011.json');
    expect(wages.hourlyOnly).to.equal(true);
    const median = wages.areas.find((a) => a.area === 'US')!.hourly.median as number;
    expect(table(el)[1]![2]).to.equal(`$${median.toFixed(2)} (hourly)`);
    await expect(el).to.be.accessible();
  });

  it('keeps its codes when a listener cancels the change', async () => {
    const el = await render({ codes: '29-2072.00,31-9092.00' });
    el.addEventListener('occupation-compare-change', (e) => e.preventDefault(), { once: true });
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=remove]')!.click();
    await el.updateComplete;
    expect(el.codes).to.equal('29-2072.00,31-9092.00');
    expect(titles(el)).to.have.length(2);
  });

  it('shows the nation for location US, and an unknown code as not found with a remove button', async () => {
    const el = await render({ codes: '29-2072.00,99-9999.00' });
    expect(table(el)[1]).to.deep.equal(['Median annual wage, United States', '$51,140']);
    expect(textOf(el)).to.contain('No career information was found for 99-9999.00.');
    expect(el.shadowRoot!.querySelector('p [part=remove]')!.getAttribute('aria-label')).to.equal('Remove 99-9999.00');
    await expect(el).to.be.accessible();
  });

  it('names a nonmetropolitan area, Puerto Rico’s, by its name (nonmetro_M2025_dl.csv, 7200006, 29-2072: A_MEDIAN 21840)', async () => {
    const el = await render({ codes: '29-2072.00', location: '7200006' });
    expect(el.shadowRoot!.querySelector('caption')!.textContent!.trim()).to.equal(
      'Occupations compared, wages in Puerto Rico nonmetropolitan area',
    );
    expect(table(el)[1]).to.deep.equal(['Median annual wage, Puerto Rico nonmetropolitan area', '$21,840']);
    expect(textOf(el)).not.to.contain('7200006');
  });

  it('says a list of more than four codes is invalid', async () => {
    const { el, event } = await mount<OccupationCompare>('occupation-compare', {
      endpoint: ENDPOINT,
      codes: '29-2072.00,31-9092.00,29-1141.00,25-2021.00,11-1011.00',
    });
    expect(event.detail).to.include({ kind: 'invalid-attribute', attribute: 'codes' });
    expect(textOf(el)).to.contain('is not a list of 1 to 4 O*NET-SOC codes, such as 29-2072.00,31-9092.00.');
    expect(el.shadowRoot!.querySelector('[part=add]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('speaks Spanish, keeping the sources’ titles in English', async () => {
    const el = await render({ codes: '29-2072.00,31-9092.00', location: 'CA', lang: 'es' });
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Comparar ocupaciones');
    const rows = table(el);
    expect(rows[1]).to.deep.equal(['Salario anual (mediana), California', '$61,810', '$49,660']);
    expect(rows[7]![2]).to.equal('Sí: Crecimiento rápido, Numerosas vacantes');
    expect(el.shadowRoot!.querySelector('thead .title span')!.getAttribute('lang')).to.equal('en');
    expect(el.shadowRoot!.querySelector('[part=add] label')!.textContent).to.equal('Agregar una ocupación por su nombre');
    await expect(el).to.be.accessible();
  });

  it('fits a 320px-wide phone: the table scrolls inside the widget', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await render({ codes: '29-2072.00,31-9092.00,29-1141.00', location: 'CA' });
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
