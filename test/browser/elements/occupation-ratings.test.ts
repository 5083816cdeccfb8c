import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/index.ts';
import type { OccupationRatings } from '../../../src/elements/occupation-ratings/occupation-ratings.ts';
import { ENDPOINT, freshEndpoint, mount, readJson, stubFetch, textOf, type FetchLog } from '../helpers.ts';
import type { Occupation } from '../../../src/data/schema.ts';

const text = (node: Element | null) => node!.textContent!.replace(/\s+/g, ' ').trim();
const names = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part~=name]')].map(text);
const scores = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part~=score]')].map(text);
const toggle = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=show-all]');

const ratings = (attrs: Record<string, string>) =>
  mount<OccupationRatings>('occupation-ratings', { endpoint: ENDPOINT, ...attrs });

describe('<occupation-ratings>', () => {
  let log: FetchLog | undefined;
  afterEach(() => log?.restore());

  it('ranks what Medical Assistants know, most important first, with O*NET descriptions', async () => {
    const { el, event } = await ratings({ code: '31-9092.00', kind: 'knowledge' });
    expect(event.detail).to.deep.equal({ code: '31-9092.00', kind: 'knowledge', items: 33 });
    expect(text(el.shadowRoot!.querySelector('h2'))).to.equal('People in this career often know a lot about:');
    // O*NET 29.3 Knowledge.txt, 31-9092.00, scale IM, highest first.
    expect(names(el)).to.deep.equal([
      'English Language',
      'Customer and Personal Service',
      'Medicine and Dentistry',
      'Administrative',
      'Computers and Electronics',
      'Education and Training',
      'Public Safety and Security',
      'Therapy and Counseling',
    ]);
    const first = el.shadowRoot!.querySelector('[part~=item]')!;
    expect(text(first.querySelector('[part~=description]'))).to.equal(
      'Knowledge of the structure and content of the English language including the meaning and spelling of words, and rules of composition and grammar.',
    );
    expect(scores(el).slice(0, 3)).to.deep.equal(['Importance 4.8 of 5', 'Importance 4.53 of 5', 'Importance 4.33 of 5']);
    // The bar shows the same value: 4.8 of 5 is 96% of the track, and is hidden from screen readers.
    const bar = first.querySelector<HTMLElement>('[part~=bar]')!;
    expect(bar.getAttribute('aria-hidden')).to.equal('true');
    expect((bar.firstElementChild as HTMLElement).style.inlineSize).to.equal('96%');
    expect(text(toggle(el))).to.equal('Show all 33 areas of knowledge');
    expect(textOf(el)).not.to.contain('older O*NET release');
    await expect(el).to.be.accessible();
  });

  it('ranks their skills, ties in O*NET element order', async () => {
    const { el } = await ratings({ code: '31-9092.00', kind: 'skills', limit: '0' });
    expect(text(el.shadowRoot!.querySelector('h2'))).to.equal('People in this career often have these skills:');
    expect(names(el)).to.have.length(35);
    expect(names(el).slice(0, 8)).to.deep.equal([
      'Social Perceptiveness',
      'Active Listening',
      'Speaking',
      'Reading Comprehension',
      'Critical Thinking',
      'Monitoring',
      'Coordination',
      'Service Orientation',
    ]);
    expect(textOf(el)).to.contain("Social Perceptiveness – Being aware of others' reactions and understanding why they react as they do.");
    expect(scores(el)[0]).to.equal('Importance 4 of 5');
    expect(toggle(el)).to.equal(null);
  });

  it('names the older O*NET 24 release its abilities come from', async () => {
    const { el } = await ratings({ code: '31-9092.00', kind: 'abilities' });
    expect(text(el.shadowRoot!.querySelector('h2'))).to.equal('People in this career often have talent in:');
    expect(names(el).slice(0, 3)).to.deep.equal(['Oral Comprehension', 'Oral Expression', 'Written Comprehension']);
    expect(textOf(el)).to.contain(
      'These ratings come from O*NET 24, an older O*NET release than the rest of this information (O*NET 29.3).',
    );
    await expect(el).to.be.accessible();
  });

  it('says O*NET has not rated the knowledge of Medical Records Specialists yet', async () => {
    const { el, event } = await ratings({ code: '29-2072.00', kind: 'knowledge' });
    expect(event.detail).to.deep.equal({ code: '29-2072.00', kind: 'knowledge', items: 0 });
    expect(text(el.shadowRoot!.querySelector('[part~=note]'))).to.equal(
      'O*NET has not rated the knowledge of this occupation yet.',
    );
    expect(el.shadowRoot!.querySelector('[part~=list]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says the same of work activities, absent from this release, in Spanish', async () => {
    const { el } = await ratings({ code: '31-9092.00', kind: 'work-activities', lang: 'es' });
    const notes = [...el.shadowRoot!.querySelectorAll('[part~=note]')].map((n) => text(n));
    expect(notes).to.include('O*NET todavía no ha calificado las actividades laborales de esta ocupación.');
  });

  it('speaks Spanish around O*NET’s English names and descriptions', async () => {
    const { el } = await ratings({ code: '31-9092.00', kind: 'abilities', lang: 'es' });
    expect(text(el.shadowRoot!.querySelector('h2'))).to.equal('Las personas en esta carrera suelen tener talento para:');
    const first = el.shadowRoot!.querySelector('[part~=item]')!;
    expect(first.querySelector('[part~=name]')!.closest('[lang]')!.getAttribute('lang')).to.equal('en');
    expect(first.querySelector('[part~=description]')!.closest('[lang]')!.getAttribute('lang')).to.equal('en');
    expect(first.querySelector('[part~=score]')!.closest('[lang]')!.getAttribute('lang')).to.equal('es');
    expect(scores(el)[0]).to.match(/^Importancia 4 de 5$/);
    expect(text(toggle(el))).to.equal('Mostrar las 52 aptitudes');
    expect(textOf(el)).to.contain('O*NET 24, una versión de O*NET anterior');
    await expect(el).to.be.accessible();
  });

  it('shows all by keyboard and back, focus staying on the button', async () => {
    const { el } = await ratings({ code: '31-9092.00', kind: 'skills' });
    const button = toggle(el)!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(names(el)).to.have.length(35);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(text(button)).to.equal('Show fewer skills');
    expect(el.shadowRoot!.activeElement).to.equal(button);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(names(el)).to.have.length(8);
  });

  it('says a kind it does not know is invalid, without fetching', async () => {
    log = stubFetch((url, init, real) => real(url, init));
    const { el, event } = await mount('occupation-ratings', { code: '31-9092.00', kind: 'talents', endpoint: freshEndpoint() });
    expect(event.detail).to.include({ code: '31-9092.00', kind: 'invalid-attribute' });
    expect(textOf(el)).to.contain('“talents” is not a kind of rating: use knowledge, skills, abilities or work-activities.');
    expect(el.shadowRoot!.querySelector('[part=retry]')).to.equal(null);
    expect(log.urls).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('asks for a kind when there is none, in Spanish', async () => {
    const { el, event } = await mount('occupation-ratings', { code: '31-9092.00', lang: 'es', endpoint: ENDPOINT });
    expect(event.detail.kind).to.equal('invalid-attribute');
    expect(textOf(el)).to.contain('Indique en el atributo kind');
  });

  it('follows a change of kind', async () => {
    const { el } = await ratings({ code: '31-9092.00', kind: 'knowledge' });
    const next = new Promise((resolve) => el.addEventListener('occupation-load', resolve, { once: true }));
    el.kind = 'skills';
    await next;
    await el.updateComplete;
    expect(names(el)[0]).to.equal('Social Perceptiveness');
  });

  it('marks the ratings O*NET recommends suppressing as low precision, and says what that means', async () => {
    // Writers and Authors: O*NET flags English Language's importance "Recommend Suppress".
    const doc = await readJson<Occupation>('occupations/27-3043.00.json');
    const low = new Set(doc.knowledge!.lowPrecision.filter((l) => l.scale === 'importance').map((l) => l.id));
    expect(low.size).to.be.above(0);
    const { el } = await mount('occupation-ratings', { code: '27-3043.00', kind: 'knowledge', limit: '0', endpoint: ENDPOINT });
    const items = [...el.shadowRoot!.querySelectorAll('[part=item]')];
    expect(items).to.have.length(doc.knowledge!.items.length);
    doc.knowledge!.items.forEach((item, i) => {
      expect(items[i]!.textContent!.includes('(low precision)'), item.name).to.equal(low.has(item.id));
    });
    expect(textOf(el)).to.contain('O*NET marks these ratings “Recommend Suppress”');
    await expect(el).to.be.accessible();
  });
});
