import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/index.ts';
import type { OccupationProfile } from '../../../src/elements/occupation-profile/occupation-profile.ts';
import { ENDPOINT, loaded, mount, readJson, textOf } from '../helpers.ts';
import type { IndexDocument } from '../../../src/data/schema.ts';

const card = (attrs: Record<string, string>) =>
  mount<OccupationProfile>('occupation-profile', { endpoint: ENDPOINT, variant: 'card', 'heading-level': '3', ...attrs }).then(
    (m) => m.el,
  );

/** The focused element, looking inside shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function sourcesOf(el: OccupationProfile): Promise<HTMLElement> {
  const attribution = el.shadowRoot!.querySelector('article occupation-attribution')!;
  await waitUntil(() => attribution.shadowRoot!.querySelector('summary'), 'the sources line is shown');
  return attribution as HTMLElement;
}

describe('<occupation-profile variant="card">', () => {
  it('carries its sources as one short line inside the card, one tab stop that opens the full attribution', async () => {
    const el = await card({ code: '29-2072.00', location: 'CA' });
    const attribution = await sourcesOf(el);
    const summary = attribution.shadowRoot!.querySelector('summary')!;
    expect(summary.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Sources: O*NET 29.3, BLS, NCES');
    // The licence text is there for whoever opens it, not printed below every card.
    expect(attribution.shadowRoot!.querySelector('details')!.open).to.be.false;

    el.shadowRoot!.querySelector<HTMLElement>('[part=more]')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(summary);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.contains(deepActive()) || attribution.shadowRoot!.contains(deepActive())).to.be.false;

    summary.click();
    const index = await readJson<IndexDocument>('index.json');
    expect(textOf(attribution)).to.contain(index.attribution.onet);
    expect(textOf(attribution)).to.contain('Wages: BLS Occupational Employment and Wage Statistics.');
    await expect(el).to.be.accessible();
  });

  it('has no gap between its title and its description', async () => {
    const el = await card({ code: '29-2072.00', location: 'CA' });
    const title = el.shadowRoot!.querySelector('[part=title]')!.getBoundingClientRect();
    const description = el.shadowRoot!.querySelector('[part=description]')!.getBoundingClientRect();
    expect(description.top - title.bottom).to.be.below(20);
  });

  it('speaks Spanish: typical education, the sources line and their labels', async () => {
    const el = await card({ code: '29-2072.00', location: 'CA', lang: 'es' });
    const facts = [...el.shadowRoot!.querySelectorAll('dl > div')].map((d) => [d.querySelector('dt')!, d.querySelector('dd')!]);
    const [, education] = facts.find(([dt]) => dt!.textContent === 'Educación típica')!;
    expect(education!.textContent).to.equal('Certificado postsecundario (sin título universitario)');
    expect(education!.hasAttribute('lang')).to.be.false;
    // The occupation's title is O*NET's English: a screen reader reads it with an English voice.
    expect(el.shadowRoot!.querySelector('[part=title] bdi')!.getAttribute('lang')).to.equal('en');
    const attribution = await sourcesOf(el);
    const summary = attribution.shadowRoot!.querySelector('summary')!;
    expect(summary.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Fuentes: O*NET 29.3, BLS, NCES');
    summary.click();
    const items = [...attribution.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items.some((t) => t.startsWith('Salarios: BLS Occupational Employment and Wage Statistics.'))).to.be.true;
    expect(items.some((t) => t.startsWith('Proyecciones: BLS Employment Projections'))).to.be.true;
    expect(items.some((t) => t.startsWith('Programas: NCES'))).to.be.true;
    // The sources' own words stay English, marked so.
    expect(attribution.shadowRoot!.querySelector('li span')!.getAttribute('lang')).to.equal('en');
    await expect(el).to.be.accessible();
  });

  it('opens the full profile in a modal dialog: focus moves in, Escape closes it, focus returns to the button', async () => {
    const el = await card({ code: '31-9092.00', location: 'CA' });
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[part=more]')!;
    const selected = new Promise<CustomEvent>((r) => el.addEventListener('occupation-select', (e) => r(e as CustomEvent), { once: true }));
    button.focus();
    button.click();
    expect((await selected).detail).to.deep.equal({ code: '31-9092.00', title: 'Medical Assistants' });
    await waitUntil(() => el.shadowRoot!.querySelector('dialog')?.open, 'the dialog opens');
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    const inner = dialog.querySelector<OccupationProfile>('occupation-profile')!;
    await waitUntil(() => inner.shadowRoot?.querySelector('[part=profile]'), 'the full profile shows in the dialog');
    expect(dialog.getAttribute('aria-label')).to.equal('Medical Assistants');
    expect(inner.shadowRoot!.querySelector('[part=title]')!.localName).to.equal('h2');
    expect(el.variant, 'the card stays a card').to.equal('card');
    expect(dialog.contains(deepActive()) || inner.shadowRoot!.contains(deepActive()), 'focus is in the dialog').to.be.true;
    expect(getComputedStyle(document.documentElement).overflow, 'the page behind does not scroll').to.equal('hidden');
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !el.shadowRoot!.querySelector('dialog'), 'the dialog closes');
    expect(deepActive()).to.equal(button);
    expect(document.documentElement.style.overflow).to.equal('');
  });

  it('closes from its close button, and stays shut when the page handles the selection', async () => {
    const el = await card({ code: '31-9092.00' });
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[part=more]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('dialog')?.open);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=close]')!.click();
    await waitUntil(() => !el.shadowRoot!.querySelector('dialog'));
    expect(deepActive()).to.equal(el.shadowRoot!.querySelector('button[part=more]'));

    el.addEventListener('occupation-select', (e) => e.preventDefault(), { once: true });
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[part=more]')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('dialog')).to.equal(null);
  });

  it('keeps a related occupation chosen in the dialog inside the dialog, with its way back', async () => {
    const el = await card({ code: '29-2072.00', location: 'CA' });
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[part=more]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('dialog')?.open);
    const inner = el.shadowRoot!.querySelector('dialog occupation-profile') as OccupationProfile;
    await waitUntil(() => inner.shadowRoot?.querySelector('related-occupations')?.shadowRoot?.querySelector('button[part=select]'));
    const moved = loaded(inner);
    inner.shadowRoot!.querySelector('related-occupations')!.shadowRoot!.querySelector<HTMLButtonElement>('button[part=select]')!.click();
    await moved;
    await inner.updateComplete;
    expect(inner.shadowRoot!.querySelector('[part=back]')!.textContent).to.contain('Back to Medical Records Specialists');
    expect(el.shadowRoot!.querySelector('[part=title]')!.textContent).to.contain('Medical Records Specialists');
    // The dialog is named for what it now shows, not for the occupation it opened on.
    await el.updateComplete;
    const title = inner.shadowRoot!.querySelector('[part=title] [lang=en]')!.textContent;
    expect(title).not.to.equal('Medical Records Specialists');
    expect(el.shadowRoot!.querySelector('dialog')!.getAttribute('aria-label')).to.equal(title);
    el.shadowRoot!.querySelector('dialog')!.close();
  });
});
