/**
 * Every nonmetropolitan area BLS publishes is reachable in <area-picker>, Puerto Rico's too: its
 * area (7200006, PRIM_STATE PR) is in the nonmetropolitan table while the state table has no
 * Puerto Rico row, so the picker lists the territory itself and the widgets show the area beside
 * the nation. Checked against BLS's table as published (web-test-runner.config.mjs serves it at
 * /official/nonmetro.csv), read here independently of the data build.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
// The parser the data build reads BLS's tables with (tools/build-data/readers/csv.ts), in its browser build.
import { parse } from 'csv-parse/browser/esm/sync';
import '../../../src/index.ts';
import type { AreaPicker } from '../../../src/elements/area-picker/area-picker.ts';
import type { IndexDocument, WagesDocument } from '../../../src/data/schema.ts';
import { wage } from '../../../src/format/index.ts';
import {
  choose,
  ENDPOINT,
  headerTexts as headers,
  loaded,
  optionTexts as options,
  readJson,
  rowTexts as rows,
  selectIn as select,
  textOf,
} from '../helpers.ts';

const PUERTO_RICO = 'Puerto Rico nonmetropolitan area';
const PERCENTILES = ['PCT10', 'PCT25', 'MEDIAN', 'PCT75', 'PCT90'] as const;

let table: Promise<Record<string, string>[]> | undefined;
/** BLS's nonmetropolitan table, one object per row keyed by its official column names. */
function nonmetro(): Promise<Record<string, string>[]> {
  table ??= fetch('/official/nonmetro.csv')
    .then((r) => r.text())
    .then((text) => parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[]);
  return table;
}

/** A board's region page: the picker drives a wage table, an outlook and a card by id. */
async function regionPage(attrs = html``) {
  const host = await fixture<HTMLDivElement>(html`<div>
    <area-picker for="wages outlook card" location="CA" endpoint=${ENDPOINT}></area-picker>
    <wage-table id="wages" code="29-2072.00" endpoint=${ENDPOINT}></wage-table>
    <employment-outlook id="outlook" code="29-2072.00" endpoint=${ENDPOINT}></employment-outlook>
    <occupation-profile id="card" variant="card" code="29-2072.00" endpoint=${ENDPOINT}></occupation-profile>
    ${attrs}
  </div>`);
  const picker = host.querySelector<AreaPicker>('area-picker')!;
  const wages = host.querySelector('wage-table')!;
  await waitUntil(() => select(picker, 'state') && wages.getAttribute('location') === 'CA' && wages.shadowRoot!.querySelector('table'));
  return { picker, wages, outlook: host.querySelector('employment-outlook')!, card: host.querySelector('occupation-profile')! };
}

describe('<area-picker> and Puerto Rico', () => {
  it('lists Puerto Rico as index.json names it, in its alphabetical place, under “State or territory”', async () => {
    const { picker } = await regionPage();
    const index = await readJson<IndexDocument>('index.json');
    expect(index.territories).to.deep.equal([{ code: 'PR', name: 'Puerto Rico', fips: '72' }]);
    const states = options(select(picker, 'state')!);
    // The nation, the 50 states and DC, and Puerto Rico.
    expect(states).to.have.length(53);
    expect(states.slice(states.indexOf('Pennsylvania'), states.indexOf('Pennsylvania') + 3)).to.deep.equal([
      'Pennsylvania',
      'Puerto Rico',
      'Rhode Island',
    ]);
    expect(picker.shadowRoot!.querySelector('label[for=state]')!.textContent).to.equal('State or territory');
  });

  it('reaches Puerto Rico’s area from the keyboard: its wages as BLS publishes them, beside the nation’s', async () => {
    const { picker, wages, outlook, card } = await regionPage();
    const changes: string[] = [];
    picker.addEventListener('occupation-area-change', (e) => changes.push(`${e.detail.location} ${e.detail.name}`));
    select(picker, 'state')!.focus();
    // Type-ahead: "P" is Pennsylvania, "Pu" Puerto Rico, which has no "all of": its one area is chosen.
    await sendKeys({ type: 'Puerto' });
    await waitUntil(() => wages.getAttribute('location') === '7200006' && headers(wages)[1] === PUERTO_RICO);
    expect(changes.at(-1)).to.equal(`7200006 ${PUERTO_RICO}`);
    expect(picker.value).to.equal('7200006');
    expect(picker.shadowRoot!.activeElement?.id).to.equal('state');
    await waitUntil(() => select(picker, 'area'));
    expect(options(select(picker, 'area')!)).to.deep.equal([PUERTO_RICO]);
    expect(select(picker, 'area')!.value).to.equal('7200006');

    // No column for Puerto Rico as a whole (the data has no figures for it), and the table says why.
    expect(headers(wages)).to.deep.equal(['Percentile', PUERTO_RICO, 'United States']);
    expect(textOf(wages)).to.contain('This data has no wages for Puerto Rico as a whole.');
    const row = (await nonmetro()).find((r) => r.AREA === '7200006' && r.OCC_CODE === '29-2072')!;
    expect(row.PRIM_STATE).to.equal('PR');
    const nation = (await readJson<WagesDocument>('wages/29-2072.json')).areas.find((a) => a.area === 'US')!;
    const keys = ['p10', 'p25', 'median', 'p75', 'p90'] as const;
    expect(rows(wages).map((r) => r.slice(1))).to.deep.equal(
      PERCENTILES.map((p, i) => [wage(Number(row[`A_${p}`]), 'en', 'annual'), wage(nation.annual[keys[i]!], 'en', 'annual')]),
    );
    expect(rows(wages)[2]).to.deep.equal(['Median', '$21,840', '$51,140']);
    await expect(wages).to.be.accessible();
    await expect(picker).to.be.accessible();

    // The outlook: the nation's projections, saying Puerto Rico's are not in this data.
    await waitUntil(() => outlook.getAttribute('location') === '7200006' && textOf(outlook).includes('Puerto Rico'));
    expect(headers(outlook)).to.deep.equal(['Measure', 'United States']);
    expect(textOf(outlook)).to.contain('State projections for Puerto Rico are not available from this source');

    // The card: the area's median beside the nation's.
    await waitUntil(() => card.getAttribute('location') === '7200006' && card.shadowRoot!.querySelector('ul.places'));
    await waitUntil(() => card.shadowRoot!.querySelector('ul.places li')!.textContent!.includes('Puerto Rico'));
    expect([...card.shadowRoot!.querySelectorAll('ul.places li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      `${PUERTO_RICO}: ${wage(Number(row.A_MEDIAN), 'en', 'annual')}`,
      `United States: ${wage(nation.annual.median, 'en', 'annual')}`,
    ]);
  });

  it('shows the area’s published hourly median', async () => {
    const { picker, wages } = await regionPage();
    choose(select(picker, 'state')!, 'PR');
    await waitUntil(() => headers(wages)[1] === PUERTO_RICO);
    wages.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=toggle] button')[1]!.click();
    await waitUntil(() => rows(wages)[2]![1]!.startsWith('$1'));
    const row = (await nonmetro()).find((r) => r.AREA === '7200006' && r.OCC_CODE === '29-2072')!;
    // H_MEDIAN is BLS's; the other hourly percentiles are the table's estimates (annual ÷ 2080, marked †).
    expect(rows(wages)[2]![1]).to.equal(wage(Number(row.H_MEDIAN), 'en', 'hourly'));
    expect(rows(wages)[2]![1]).to.equal('$10.50');
  });

  it('reads in Spanish', async () => {
    const host = await fixture<HTMLDivElement>(html`<occupation-data endpoint=${ENDPOINT} location="CA" lang="es">
      <area-picker></area-picker>
      <wage-table code="29-2072.00"></wage-table>
    </occupation-data>`);
    const picker = host.querySelector<AreaPicker>('area-picker')!;
    const wages = host.querySelector('wage-table')!;
    await waitUntil(() => select(picker, 'state') && wages.shadowRoot!.querySelector('table'));
    expect(picker.shadowRoot!.querySelector('label[for=state]')!.textContent).to.equal('Estado o territorio');
    const reloaded = loaded(wages);
    choose(select(picker, 'state')!, 'PR');
    await reloaded;
    expect(host.getAttribute('location')).to.equal('7200006');
    await waitUntil(() => select(picker, 'area'));
    expect(options(select(picker, 'area')!)).to.deep.equal([PUERTO_RICO]);
    expect(headers(wages)).to.deep.equal(['Percentil', PUERTO_RICO, 'Estados Unidos']);
    expect(textOf(wages)).to.contain('Estos datos no incluyen salarios de Puerto Rico en su conjunto');
    await expect(picker).to.be.accessible();
    await expect(wages).to.be.accessible();
  });
});

describe('<area-picker> reaches every area', () => {
  it('selects each of the nonmetropolitan table’s areas, under its state', async () => {
    const csv = await nonmetro();
    const published = new Map(csv.map((r) => [r.AREA!, { name: r.AREA_TITLE!, state: r.PRIM_STATE! }]));
    const index = await readJson<IndexDocument>('index.json');
    expect(published.size).to.equal(135);
    expect(new Set(index.localAreas!.map((a) => a.code))).to.deep.equal(new Set(published.keys()));

    const host = await fixture<HTMLDivElement>(html`<div>
      <area-picker for="target" location="US" endpoint=${ENDPOINT}></area-picker>
      <div id="target"></div>
    </div>`);
    const picker = host.querySelector<AreaPicker>('area-picker')!;
    const target = host.querySelector('#target')!;
    await waitUntil(() => select(picker, 'state'));
    const chooseIn = async (id: string, value: string) => {
      const s = select(picker, id)!;
      expect([...s.options].map((o) => o.value), `${id} offers ${value}`).to.include(value);
      choose(s, value);
      await picker.updateComplete;
    };
    const reached: string[] = [];
    for (const [code, { name, state }] of published) {
      await chooseIn('state', state);
      await chooseIn('area', code);
      const option = [...select(picker, 'area')!.selectedOptions][0]!;
      expect(option.textContent!.trim()).to.equal(name);
      expect(target.getAttribute('location')).to.equal(code);
      reached.push(picker.value);
    }
    expect(reached).to.deep.equal([...published.keys()]);
  });
});
