import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/index.ts';
import type { TechnologySkills } from '../../../src/elements/technology-skills/technology-skills.ts';
import type { Occupation } from '../../../src/data/schema.ts';
import { ENDPOINT, mount, readJson, textOf } from '../helpers.ts';

const text = (node: Element | null) => node!.textContent!.replace(/\s+/g, ' ').trim();
const categories = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part~=category-name]')].map(text);
const toggle = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=show-all]');
const examplesOf = (el: Element, category: string) => {
  const group = [...el.shadowRoot!.querySelectorAll('[part~=category]')].find(
    (g) => text(g.querySelector('[part~=category-name]')) === category,
  )!;
  return [...group.querySelectorAll('[part~=examples] > li')].map(text);
};

describe('<technology-skills>', () => {
  it('groups the software Medical Assistants use by kind, hot technologies marked in words', async () => {
    const { el, event } = await mount<TechnologySkills>('technology-skills', { code: '31-9092.00', endpoint: ENDPOINT });
    const doc = await readJson<Occupation>('occupations/31-9092.00.json');
    expect(event.detail).to.deep.equal({ code: '31-9092.00', categories: 13 });
    expect(text(el.shadowRoot!.querySelector('h2'))).to.equal('Technology skills: software you might use');
    expect(categories(el)).to.deep.equal(doc.technologySkills.slice(0, 8).map((g) => g.category));
    // O*NET 29.3 Technology Skills.txt: Intuit QuickBooks is a Hot Technology, Billing software is not.
    expect(examplesOf(el, 'Accounting software')).to.deep.equal([
      'Billing software',
      'Bookkeeping software',
      'Intuit QuickBooks Hot technology',
    ]);
    expect(examplesOf(el, 'Medical software')).to.include('Epic Systems Hot technology');
    expect(textOf(el)).to.contain('Hot technology: often named in employers’ job postings.');
    expect(text(toggle(el))).to.equal('Show all 13 kinds of technology');
    await expect(el).to.be.accessible();
  });

  it('shows every kind by keyboard, with all 11 hot technologies', async () => {
    const { el } = await mount<TechnologySkills>('technology-skills', { code: '31-9092.00', endpoint: ENDPOINT });
    toggle(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(categories(el)).to.have.length(13);
    expect(el.shadowRoot!.querySelectorAll('[part~=hot]')).to.have.length(11);
    expect(toggle(el)!.getAttribute('aria-expanded')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(toggle(el));
    await expect(el).to.be.accessible();
  });

  it('shows all 32 kinds for Medical Records Specialists with limit 0', async () => {
    const { el } = await mount<TechnologySkills>('technology-skills', { code: '29-2072.00', limit: '0', endpoint: ENDPOINT });
    expect(categories(el)).to.have.length(32);
    expect(el.shadowRoot!.querySelectorAll('[part~=hot]')).to.have.length(24);
    expect(toggle(el)).to.equal(null);
  });

  it('speaks Spanish around O*NET’s English names', async () => {
    const { el } = await mount<TechnologySkills>('technology-skills', { code: '31-9092.00', lang: 'es', endpoint: ENDPOINT });
    expect(text(el.shadowRoot!.querySelector('h2'))).to.equal('Habilidades tecnológicas: programas que podría usar');
    expect(examplesOf(el, 'Accounting software')[2]).to.equal('Intuit QuickBooks Tecnología en auge');
    expect(el.shadowRoot!.querySelector('[part~=category-name]')!.getAttribute('lang')).to.equal('en');
    const hot = el.shadowRoot!.querySelector('[part~=hot]')!;
    expect(hot.closest('[lang]')!.getAttribute('lang')).to.equal('es');
    expect(hot.previousElementSibling!.getAttribute('lang')).to.equal('en');
    expect(text(toggle(el))).to.equal('Mostrar los 13 tipos de tecnología');
    await expect(el).to.be.accessible();
  });

});
