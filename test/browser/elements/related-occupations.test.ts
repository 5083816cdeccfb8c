import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/index.ts';
import type { RelatedOccupations } from '../../../src/elements/related-occupations/related-occupations.ts';
import type { AreaWagesDocument, OccupationsSummary } from '../../../src/data/schema.ts';
import { ENDPOINT, freshEndpoint, mount, readJson, stubFetch, textOf } from '../helpers.ts';

const text = (node: Element | null) => node!.textContent!.replace(/\s+/g, ' ').trim();
const titles = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part~=item]')].map(text);
const toggle = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=show-all]');

// O*NET 29.3 Related Occupations.txt, 29-2072.00, by Related Index.
const MEDICAL_RECORDS_RELATED = [
  'Medical Transcriptionists',
  'Health Information Technologists and Medical Registrars',
  'Medical Assistants',
  'Medical Secretaries and Administrative Assistants',
  'File Clerks',
  'Patient Representatives',
  'Document Management Specialists',
  'Health Informatics Specialists',
  'Statistical Assistants',
  'Pharmacy Technicians',
  'Physician Assistants',
  'Emergency Medicine Physicians',
  'Clinical Nurse Specialists',
  'Family Medicine Physicians',
  'Management Analysts',
  'Phlebotomists',
  'Nurse Practitioners',
  'Registered Nurses',
  'Cardiovascular Technologists and Technicians',
  'Office Clerks, General',
];

describe('<related-occupations>', () => {
  it('links the first 10 of 20 related occupations in O*NET’s order through href-template', async () => {
    const { el, event } = await mount<RelatedOccupations>('related-occupations', {
      code: '29-2072.00',
      'href-template': '/careers/{code}',
      endpoint: ENDPOINT,
    });
    expect(event.detail).to.deep.equal({ code: '29-2072.00', related: 20 });
    expect(text(el.shadowRoot!.querySelector('h2'))).to.equal('Related occupations');
    expect(titles(el)).to.deep.equal(MEDICAL_RECORDS_RELATED.slice(0, 10));
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~=link]')];
    expect(links).to.have.length(10);
    expect(links[0]!.getAttribute('href')).to.equal('/careers/31-9094.00');
    expect(links[2]!.pathname).to.equal('/careers/31-9092.00');
    expect(el.shadowRoot!.querySelector('button[part~=select]')).to.equal(null);
    expect(text(toggle(el))).to.equal('Show all 20 related occupations');
    await expect(el).to.be.accessible();
  });

  it('follows a link when one is activated', async () => {
    const { el } = await mount<RelatedOccupations>('related-occupations', {
      code: '29-2072.00',
      'href-template': '/careers/{code}?from=profile',
      endpoint: ENDPOINT,
    });
    // Stop the navigation at the document, having seen which link the browser would follow.
    const followed = new Promise<string>((resolve) =>
      document.addEventListener(
        'click',
        (e) => {
          const a = e.composedPath()[0] as HTMLAnchorElement;
          e.preventDefault();
          resolve(a.href);
        },
        { once: true },
      ),
    );
    el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~=link]')[4]!.click();
    expect(new URL(await followed).pathname + new URL(await followed).search).to.equal('/careers/43-4071.00?from=profile');
  });

  it('shows all 20 in O*NET’s order after "Show all"', async () => {
    const { el } = await mount<RelatedOccupations>('related-occupations', { code: '29-2072.00', endpoint: ENDPOINT });
    toggle(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(MEDICAL_RECORDS_RELATED);
    expect(el.shadowRoot!.activeElement).to.equal(toggle(el));
    expect(text(toggle(el))).to.equal('Show fewer related occupations');
    await expect(el).to.be.accessible();
  });

  it('without href-template, fires occupation-select from a button, also by keyboard', async () => {
    const { el } = await mount<RelatedOccupations>('related-occupations', { code: '29-2072.00', endpoint: ENDPOINT });
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part~=select]')];
    expect(buttons).to.have.length(10);
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);

    // Heard outside the element (bubbles, composed), as the profile or a page hears it.
    let selected = oneEvent(document.body, 'occupation-select');
    buttons[2]!.click();
    const event = await selected;
    expect(event.detail).to.deep.equal({ code: '31-9092.00', title: 'Medical Assistants' });
    expect(event.composed).to.equal(true);
    expect(event.cancelable).to.equal(true);

    selected = oneEvent(document.body, 'occupation-select');
    buttons[0]!.focus();
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail).to.deep.equal({ code: '31-9094.00', title: 'Medical Transcriptionists' });
    await expect(el).to.be.accessible();
  });

  it('takes its limit, 0 showing all', async () => {
    const { el } = await mount<RelatedOccupations>('related-occupations', { code: '29-2072.00', limit: '3', endpoint: ENDPOINT });
    expect(titles(el)).to.deep.equal(MEDICAL_RECORDS_RELATED.slice(0, 3));
    el.limit = 0;
    await el.updateComplete;
    expect(titles(el)).to.have.length(20);
    expect(toggle(el)).to.equal(null);
  });

  it('speaks Spanish, the titles marked as English', async () => {
    const { el } = await mount<RelatedOccupations>('related-occupations', { code: '29-2072.00', lang: 'es', endpoint: ENDPOINT });
    expect(text(el.shadowRoot!.querySelector('h2'))).to.equal('Ocupaciones relacionadas');
    expect(el.shadowRoot!.querySelector('[part~=item] [part~=select]')!.getAttribute('lang')).to.equal('en');
    expect(text(toggle(el))).to.equal('Mostrar las 20 ocupaciones relacionadas');
    await expect(el).to.be.accessible();
  });

  it('says a link template without {code} is invalid', async () => {
    const { el, event } = await mount('related-occupations', {
      code: '29-2072.00',
      'href-template': '/careers/',
      endpoint: ENDPOINT,
    });
    expect(event.detail.kind).to.equal('invalid-attribute');
    expect(textOf(el)).to.contain('has no {code} placeholder');
    await expect(el).to.be.accessible();
  });

});

describe('<related-occupations show="wage,outlook">', () => {
  it('shows each occupation’s median wage in the location and U.S. outlook, from one area document', async () => {
    const log = stubFetch((url, init, real) => real(url, init));
    try {
      const { el } = await mount<RelatedOccupations>('related-occupations', {
        code: '29-2072.00',
        location: 'TX',
        show: 'wage,outlook',
        endpoint: freshEndpoint(),
      });
      const tx = await readJson<AreaWagesDocument>('areas/TX/wages.json');
      const summary = await readJson<OccupationsSummary>('occupations-summary.json');
      // The first related occupation, Medical Transcriptionists (31-9094.00).
      const row = summary.occupations.find((o) => o.codes.includes('31-9094.00'))!;
      const median = tx.occupations.find((o) => o.soc === row.soc)!.annual.median as number;
      const first = text(el.shadowRoot!.querySelector('[part~=item]'));
      expect(first).to.contain('Medical Transcriptionists');
      expect(first).to.contain(`Median annual wage, Texas: $${median.toLocaleString('en-US')}`);
      expect(first).to.contain(`${summary.baseYear}–${summary.projectedYear}: ${row.percentChange! > 0 ? '+' : ''}${row.percentChange}%`);
      const asked = log.urls.map((u) => new URL(u).pathname.replace(/^\/endpoints\/[^/]+\//, ''));
      expect(asked.filter((p) => p.startsWith('areas/'))).to.deep.equal(['areas/TX/wages.json']);
      expect(asked.filter((p) => p.startsWith('wages/') || p.startsWith('projections/'))).to.deep.equal([]);
      await expect(el).to.be.accessible();
    } finally {
      log.restore();
    }
  });

  it('says an unknown show value is invalid', async () => {
    const { el, event } = await mount<RelatedOccupations>('related-occupations', { code: '29-2072.00', show: 'salary', endpoint: ENDPOINT });
    expect(event.detail).to.include({ kind: 'invalid-attribute', attribute: 'show' });
    expect(textOf(el)).to.contain('“salary” is not a valid show attribute');
  });
});
