import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/index.ts';
import type { AreaPicker } from '../../../src/elements/area-picker/area-picker.ts';
import type { IndexDocument } from '../../../src/data/schema.ts';
import {
  choose,
  ENDPOINT,
  headerTexts as headers,
  loaded,
  mount,
  optionTexts as options,
  readJson,
  selectIn as select,
  textOf,
} from '../helpers.ts';

const NORTH_COAST = 'North Coast Region of California nonmetropolitan area';


/** A board's region page: the picker drives a wage table and an outlook by id. */
async function regionPage(location = 'CA') {
  const host = await fixture<HTMLDivElement>(html`<div>
    <area-picker for="wages outlook" location=${location} endpoint=${ENDPOINT}></area-picker>
    <wage-table id="wages" code="29-2072.00" endpoint=${ENDPOINT}></wage-table>
    <employment-outlook id="outlook" code="29-2072.00" endpoint=${ENDPOINT}></employment-outlook>
  </div>`);
  const picker = host.querySelector('area-picker')!;
  const wages = host.querySelector('wage-table')!;
  if (!select(picker, 'state')) await loaded(picker);
  await waitUntil(() => wages.getAttribute('location') === location && wages.shadowRoot!.querySelector('table'));
  return { picker, wages, outlook: host.querySelector('employment-outlook')! };
}

describe('<area-picker>', () => {
  it('lists a state’s areas as index.json names them, under labelled selects', async () => {
    const { picker } = await regionPage();
    const index = await readJson<IndexDocument>('index.json');
    const california = index.localAreas!.filter((a) => a.states.includes('CA')).map((a) => a.name);
    expect(california).to.include(NORTH_COAST);
    const area = select(picker, 'area')!;
    expect(options(area)).to.deep.equal(['All of California', ...california]);
    expect(area.value).to.equal('CA');
    expect(picker.shadowRoot!.querySelector('label[for=area]')!.textContent).to.equal('Metropolitan or nonmetropolitan area');
    // The endpoint has Puerto Rico's nonmetropolitan area (area-picker-areas.test.ts): a territory.
    expect(picker.shadowRoot!.querySelector('label[for=state]')!.textContent).to.equal('State or territory');
    // The nation, then every state, DC and Puerto Rico.
    expect(options(select(picker, 'state')!)).to.have.length(53);
    await expect(picker).to.be.accessible();
  });

  it('sets the widgets’ location from the keyboard: the area beside its state and the nation', async () => {
    const { picker, wages, outlook } = await regionPage();
    const area = select(picker, 'area')!;
    area.focus();
    const changed = oneEvent(picker, 'occupation-area-change');
    const reloaded = loaded(wages);
    await sendKeys({ press: 'ArrowDown' });
    expect((await changed).detail).to.deep.equal({ location: '0600003', name: NORTH_COAST });
    await reloaded;
    expect(wages.getAttribute('location')).to.equal('0600003');
    expect(outlook.getAttribute('location')).to.equal('0600003');
    expect(headers(wages)).to.deep.equal(['Percentile', NORTH_COAST, 'California', 'United States']);
    // Focus stays on the select the reader used.
    await waitUntil(() => picker.shadowRoot!.activeElement?.id === 'area');
    expect(select(picker, 'area')!.value).to.equal('0600003');
    await expect(picker).to.be.accessible();
  });

  it('chooses a state by typing its name, then offers that state’s areas', async () => {
    const { picker, wages } = await regionPage();
    select(picker, 'state')!.focus();
    // Type-ahead: a native select changes (and fires change) at each letter, Tennessee then Texas.
    await sendKeys({ type: 'Texas' });
    await waitUntil(() => wages.getAttribute('location') === 'TX' && headers(wages)[1] === 'Texas');
    expect(headers(wages)).to.deep.equal(['Percentile', 'Texas', 'United States']);
    expect((picker as AreaPicker).value).to.equal('TX');
    await waitUntil(() => options(select(picker, 'area')!)[0] === 'All of Texas');
    expect(options(select(picker, 'area')!)).to.include('Northwestern Region of Texas nonmetropolitan area');
    expect(picker.shadowRoot!.activeElement?.id).to.equal('state');
  });

  it('leaves the widgets alone when the page prevents the change', async () => {
    const { picker, wages } = await regionPage();
    picker.addEventListener('occupation-area-change', (e) => e.preventDefault(), { once: true });
    choose(select(picker, 'area')!, '0600003');
    expect(wages.getAttribute('location')).to.equal('CA');
  });

  it('sets the <occupation-data> around it when it names no widgets, in Spanish', async () => {
    const host = await fixture<HTMLDivElement>(html`<occupation-data endpoint=${ENDPOINT} location="CA" lang="es">
      <area-picker></area-picker>
      <wage-table code="29-2072.00"></wage-table>
    </occupation-data>`);
    const picker = host.querySelector<AreaPicker>('area-picker')!;
    const wages = host.querySelector('wage-table')!;
    await waitUntil(() => select(picker, 'area') && wages.shadowRoot!.querySelector('table'));
    expect(textOf(picker)).to.contain('Área metropolitana o no metropolitana');
    expect(options(select(picker, 'area')!)[0]).to.equal('Todo el estado de California');
    const reloaded = loaded(wages);
    choose(select(picker, 'area')!, '0600003');
    await reloaded;
    expect(host.getAttribute('location')).to.equal('0600003');
    expect(headers(wages)).to.deep.equal(['Percentil', NORTH_COAST, 'California', 'Estados Unidos']);
    await expect(picker).to.be.accessible();
  });

  it('rejects a location that is not a place in the data', async () => {
    const { el, event } = await mount('area-picker', { location: '9999999', endpoint: ENDPOINT });
    expect(event.detail).to.include({ kind: 'invalid-attribute', attribute: 'location' });
    expect(textOf(el)).to.contain('“9999999”');
  });
});
