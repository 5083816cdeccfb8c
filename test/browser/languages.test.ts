import { expect } from '@open-wc/testing';
import '../../src/index.ts';
import { registerMessages } from '../../src/i18n/index.ts';
import { ENDPOINT, mount, textOf } from './helpers.ts';

const median = (el: Element) =>
  el.shadowRoot!.querySelector('tbody tr.median')?.textContent?.replace(/\s+/g, ' ').trim();

describe('languages', () => {
  // First in this file: Spanish is not downloaded until a widget speaks it.
  it('downloads Spanish when a widget first speaks it, with what a site added to it beforehand', async () => {
    // The Spanish namespaces downloaded so far (web-test-runner serves each module as a file).
    const spanish = () =>
      performance.getEntriesByType('resource').flatMap((e) => /\/i18n\/es\/([\w-]+)\.ts/.exec(e.name)?.[1] ?? []).sort();
    const english = await mount('wage-table', { code: '29-2072.00', endpoint: ENDPOINT });
    expect(english.el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Typical wages');
    expect(spanish()).to.have.length(0);
    registerMessages('es', { wages: { heading: 'Salarios en nuestra región' } });
    const { el } = await mount('wage-table', { code: '29-2072.00', location: 'CA', lang: 'es-MX', endpoint: ENDPOINT });
    // The table's namespaces only (and the BLS education names its area table shares with the
    // education section), not every element's.
    expect(spanish()).to.deep.equal(['area-table', 'bls-education', 'common', 'wages']);
    expect(el.shadowRoot!.querySelector('.lang')!.getAttribute('lang')).to.equal('es');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Salarios en nuestra región');
    expect(median(el)).to.contain('Mediana');
  });

  it('uses a language a site registers, English for the keys it leaves out, and Intl for figures', async () => {
    // A partial Vietnamese table, as a California college might add one.
    registerMessages('vi', { wages: { heading: 'Mức lương tiêu biểu', median: 'Trung vị' } });
    const { el } = await mount('wage-table', { code: '29-2072.00', location: 'CA', lang: 'vi-VN', endpoint: ENDPOINT });
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Mức lương tiêu biểu');
    expect(el.shadowRoot!.querySelector('.lang')!.getAttribute('lang')).to.equal('vi');
    // Vietnamese money: digits grouped with dots, the dollar after the figure.
    const money = (n: number) => n.toLocaleString('vi', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
    expect(median(el)).to.equal(`Trung vị ${money(61810)} ${money(51140)}`.replace(/\s+/g, ' '));
    expect(median(el)).to.contain('61.810');
    // Left out of the table: English.
    expect(textOf(el)).to.contain('75th percentile');
  });

  it('falls back to English for a language it does not have, with one console note', async () => {
    const notes: unknown[] = [];
    const info = console.info;
    console.info = (...args: unknown[]) => void notes.push(args.join(' '));
    try {
      const first = await mount('wage-table', { code: '29-2072.00', lang: 'tl', endpoint: ENDPOINT });
      const second = await mount('wage-table', { code: '29-2072.00', lang: 'tl', endpoint: ENDPOINT });
      expect(median(first.el)).to.equal('Median $51,140');
      expect(second.el.shadowRoot!.querySelector('.lang')!.getAttribute('lang')).to.equal('en');
      expect(notes).to.have.length(1);
      expect(String(notes[0])).to.contain('lang="tl"');
    } finally {
      console.info = info;
    }
  });

  it('gives occupation-error an English message whatever the widget speaks', async () => {
    const { el, event } = await mount('wage-table', { code: 'enfermera', lang: 'es', endpoint: ENDPOINT });
    expect(event.detail.message).to.equal('code "enfermera" is not an O*NET-SOC code (like 29-2072.00)');
    expect(textOf(el)).to.contain('“enfermera” no es un código de ocupación O*NET-SOC');
  });
});
