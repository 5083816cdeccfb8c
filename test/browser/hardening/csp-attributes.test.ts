/**
 * Issue 9, defect 4: under a CSP without 'unsafe-inline' for styles, `style` attributes are
 * blocked. This page forbids them (a meta policy, added before any widget renders), so a score
 * bar or chart that still set its size through a style attribute would be drawn wrong and reported.
 */
import { expect } from '@open-wc/testing';
import '../../../src/index.ts';
import { ENDPOINT, mount } from '../helpers.ts';
import { guard, settle, type Guard } from './guard.ts';

const meta = document.createElement('meta');
meta.httpEquiv = 'Content-Security-Policy';
meta.content = "style-src-attr 'none'";
document.head.append(meta);

const AIDE = '31-9092.00';

describe('issue 9: sizes set through the CSSOM under style-src-attr none', () => {
  let g: Guard;
  beforeEach(() => (g = guard()));
  afterEach(() => g.stop());

  it('the page really blocks style attributes', async () => {
    const probe = document.createElement('div');
    document.body.append(probe);
    probe.setAttribute('style', 'width: 13px');
    await settle(50);
    expect(probe.getBoundingClientRect().width).not.to.equal(13);
    probe.remove();
    expect(g.violations.length).to.be.above(0);
  });

  it('an interest scored low draws a short bar, with no violation', async () => {
    const { el } = await mount('occupation-interests', { code: AIDE, endpoint: ENDPOINT });
    await settle(50);
    const fills = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.fill')].map((f) => f.getBoundingClientRect().width);
    const bars = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.bar')].map((b) => b.getBoundingClientRect().width);
    expect(fills.length).to.equal(6);
    // Medical Assistants' lowest interest, Artistic, is rated 1 of 7 in O*NET 29.3.
    expect(fills.at(-1)! / bars.at(-1)!).to.be.closeTo(1 / 7, 0.02);
    expect(g.violations).to.deep.equal([]);
  });

  it('the chart keeps its height, with no violation', async () => {
    const { el } = await mount('education-chart', { code: AIDE, endpoint: ENDPOINT });
    await settle(300);
    const chart = el.shadowRoot!.querySelector<HTMLElement>('[part=chart]')!;
    expect(chart.getBoundingClientRect().height).to.be.above(100);
    expect(g.violations).to.deep.equal([]);
  });

  it('ratings draw their bars, with no violation', async () => {
    const { el } = await mount('occupation-ratings', { code: AIDE, endpoint: ENDPOINT, kind: 'skills' });
    await settle(50);
    const fill = el.shadowRoot!.querySelector<HTMLElement>('.fill')!;
    expect(fill.getBoundingClientRect().width).to.be.above(0);
    expect(fill.getBoundingClientRect().width).to.be.below(fill.parentElement!.getBoundingClientRect().width);
    expect(g.violations).to.deep.equal([]);
  });
});
