import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/index.ts';
import type { OccupationTasks } from '../../../src/elements/occupation-tasks/occupation-tasks.ts';
import type { Occupation } from '../../../src/data/schema.ts';
import { ENDPOINT, failed, freshEndpoint, late, loaded, mount, readJson, stubFetch, textOf, type FetchLog } from '../helpers.ts';

const items = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part~=item]')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
const toggle = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=show-all]');

// O*NET 29.3 Task Statements.txt, 29-2072.00, in file order (this occupation's tasks have no type).
const MEDICAL_RECORDS_FIRST = 'Assign the patient to diagnosis-related groups (DRGs), using appropriate computer software.';
const MEDICAL_RECORDS_LAST = 'Transcribe medical reports.';

describe('<occupation-tasks>', () => {
  let log: FetchLog | undefined;
  afterEach(() => log?.restore());

  it('shows the first 8 of the 17 activities of Medical Records Specialists, in O*NET order', async () => {
    const { el } = await mount<OccupationTasks>('occupation-tasks', { code: '29-2072.00', endpoint: ENDPOINT });
    const doc = await readJson<Occupation>('occupations/29-2072.00.json');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Activities: what you might do in a day');
    expect(items(el)).to.deep.equal(doc.tasks.slice(0, 8).map((t) => t.text));
    expect(items(el)[0]).to.equal(MEDICAL_RECORDS_FIRST);
    expect(toggle(el)!.textContent!.trim()).to.equal('Show all 17 activities');
    expect(toggle(el)!.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle(el)!.getAttribute('aria-controls')).to.equal('items');
    await expect(el).to.be.accessible();
  });

  it('shows all 17 after "Show all", and 8 again after "Show fewer"', async () => {
    const { el } = await mount<OccupationTasks>('occupation-tasks', { code: '29-2072.00', endpoint: ENDPOINT });
    toggle(el)!.click();
    await el.updateComplete;
    expect(items(el)).to.have.length(17);
    expect(items(el)[16]).to.equal(MEDICAL_RECORDS_LAST);
    expect(toggle(el)!.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle(el)!.textContent!.trim()).to.equal('Show fewer activities');
    await expect(el).to.be.accessible();
    toggle(el)!.click();
    await el.updateComplete;
    expect(items(el)).to.have.length(8);
  });

  it('opens and closes by keyboard, focus staying on the button', async () => {
    const { el } = await mount<OccupationTasks>('occupation-tasks', { code: '29-2072.00', endpoint: ENDPOINT });
    const button = toggle(el)!;
    button.focus();
    expect(el.shadowRoot!.activeElement).to.equal(button);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(items(el)).to.have.length(17);
    expect(el.shadowRoot!.activeElement).to.equal(button);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(items(el)).to.have.length(8);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.activeElement).to.equal(button);
  });

  it('puts core tasks first for Medical Assistants, the supplemental one last', async () => {
    const { el } = await mount<OccupationTasks>('occupation-tasks', { code: '31-9092.00', limit: '0', endpoint: ENDPOINT });
    const doc = await readJson<Occupation>('occupations/31-9092.00.json');
    expect(items(el)).to.have.length(20);
    expect(doc.tasks.slice(0, 19).every((t) => t.type === 'Core')).to.equal(true);
    expect(items(el)[0]).to.equal(
      'Interview patients to obtain medical information and measure their vital signs, weight, and height.',
    );
    expect(items(el)[19]).to.match(/^Keep financial records or perform other bookkeeping duties/);
    expect(toggle(el)).to.equal(null);
  });

  it('sets its heading level, or hides the heading with 0', async () => {
    const { el } = await mount<OccupationTasks>('occupation-tasks', { code: '29-2072.00', 'heading-level': '4', endpoint: ENDPOINT });
    expect(el.shadowRoot!.querySelector('h4')!.textContent).to.contain('Activities');
    el.headingLevel = 0;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6')).to.equal(null);
    expect(items(el)).to.have.length(8);
  });

  it('speaks Spanish, marking the O*NET task statements as English', async () => {
    const { el } = await mount<OccupationTasks>('occupation-tasks', { code: '29-2072.00', lang: 'es', endpoint: ENDPOINT });
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Actividades: lo que podría hacer en un día');
    expect(toggle(el)!.textContent!.trim()).to.equal('Mostrar las 17 actividades');
    expect(el.shadowRoot!.querySelector('[part~=list]')!.getAttribute('lang')).to.equal('en');
    expect(items(el)[0]).to.equal(MEDICAL_RECORDS_FIRST);
    await expect(el).to.be.accessible();
  });

});
