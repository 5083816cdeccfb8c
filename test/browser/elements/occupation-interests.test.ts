import { expect } from '@open-wc/testing';
import '../../../src/index.ts';
import type { OccupationInterests } from '../../../src/elements/occupation-interests/occupation-interests.ts';
import { ENDPOINT, mount, textOf } from '../helpers.ts';

const text = (node: Element | null) => node!.textContent!.replace(/\s+/g, ' ').trim();
const names = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part~=name]')].map(text);
const scores = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part~=score]')].map(text);

describe('<occupation-interests>', () => {
  it('lists the six RIASEC interests of Medical Assistants, best fit first, with scores', async () => {
    const { el, event } = await mount<OccupationInterests>('occupation-interests', { code: '31-9092.00', endpoint: ENDPOINT });
    expect(event.detail).to.deep.equal({ code: '31-9092.00', interests: 6 });
    expect(text(el.shadowRoot!.querySelector('h2'))).to.equal('Interests: what kind of work is this?');
    // O*NET 29.3 Interests.txt, 31-9092.00, scale OI: C 5.76, S 4.81, R 4.06, I 3.8, E 1.98, A 1.
    expect(names(el)).to.deep.equal(['Conventional', 'Social', 'Realistic', 'Investigative', 'Enterprising', 'Artistic']);
    expect(scores(el)).to.deep.equal([
      'Score 5.76 of 7',
      'Score 4.81 of 7',
      'Score 4.06 of 7',
      'Score 3.8 of 7',
      'Score 1.98 of 7',
      'Score 1 of 7',
    ]);
    expect(textOf(el)).to.contain(
      'Conventional – Work involves following procedures and regulations to organize information or data',
    );
    const bar = el.shadowRoot!.querySelector<HTMLElement>('[part~=bar]')!;
    expect(bar.getAttribute('aria-hidden')).to.equal('true');
    expect((bar.firstElementChild as HTMLElement).style.inlineSize).to.equal('82.3%');
    expect(textOf(el)).to.contain('Scores run from 1 (low) to 7 (high)');
    await expect(el).to.be.accessible();
  });

  it('puts Conventional first for Medical Records Specialists', async () => {
    const { el } = await mount<OccupationInterests>('occupation-interests', { code: '29-2072.00', endpoint: ENDPOINT });
    expect(names(el)[0]).to.equal('Conventional');
    expect(scores(el)[0]).to.equal('Score 6.97 of 7');
  });

  it('speaks Spanish, marking O*NET’s names and descriptions as English', async () => {
    const { el } = await mount<OccupationInterests>('occupation-interests', {
      code: '31-9092.00',
      lang: 'es',
      'heading-level': '3',
      endpoint: ENDPOINT,
    });
    expect(text(el.shadowRoot!.querySelector('h3'))).to.equal('Intereses: ¿qué tipo de trabajo es?');
    const first = el.shadowRoot!.querySelector('[part~=item]')!;
    expect(first.querySelector('[part~=description]')!.closest('[lang]')!.getAttribute('lang')).to.equal('en');
    expect(first.querySelector('[part~=score]')!.closest('[lang]')!.getAttribute('lang')).to.equal('es');
    expect(scores(el)[0]).to.match(/^Puntuación 5[.,]76 de 7$/);
    await expect(el).to.be.accessible();
  });

});
