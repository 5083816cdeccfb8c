/**
 * The states every widget shares, written once and run for every tag: what a visitor sees while
 * loading, for a bad attribute, an unknown occupation, a dead endpoint and its retry, a code set
 * from script, a superseded request, no heading, and the page's language; axe in each state.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { configure, pageConfig } from '../../src/config.ts';
import '../../src/index.ts';
import { freshEndpoint, freshLiveEndpoint, late, loaded, stubFetch, textOf, type FetchLog } from './helpers.ts';

interface Case {
  tag: string;
  /** Attributes besides code and endpoint. */
  attrs?: Record<string, string>;
  /** The occupation it shows (the widget has a `code`). */
  code?: string;
  /** Inside `<occupation-data>`: the states are those of the widget it shares its settings with. */
  wrapped?: boolean;
  /**
   * A live-only widget: its states are those on the live endpoint (the proxy over the fake
   * upstream, which knows 29-2072.00 and 29-1215.00); on the static one it is absent.
   */
  live?: boolean;
  /**
   * Certifications: CareerOneStop's finder answers an unknown code as it answers a code without
   * certifications, so an unknown occupation is an empty list there (absent), not "not found".
   */
  unknownIsEmpty?: boolean;
}

const CASES: Case[] = [
  { tag: 'wage-table', code: '29-2072.00', attrs: { location: 'CA' } },
  { tag: 'wage-chart', code: '29-2072.00', attrs: { location: 'CA' } },
  { tag: 'occupation-compare', attrs: { codes: '29-2072.00,31-9092.00', location: 'CA' } },
  { tag: 'wage-table', code: '29-2072.00', attrs: { location: '0600003' } },
  { tag: 'wage-table', attrs: { area: 'CA', group: '29' } },
  { tag: 'employment-outlook', code: '29-2072.00', attrs: { location: 'CA' } },
  { tag: 'education-summary', code: '31-9092.00' },
  { tag: 'education-chart', code: '31-9092.00' },
  { tag: 'occupation-programs', code: '31-9092.00' },
  { tag: 'occupation-tasks', code: '29-2072.00' },
  { tag: 'occupation-ratings', code: '31-9092.00', attrs: { kind: 'skills' } },
  { tag: 'occupation-interests', code: '29-2072.00' },
  { tag: 'technology-skills', code: '29-2072.00' },
  { tag: 'related-occupations', code: '29-2072.00' },
  { tag: 'related-occupations', code: '29-2072.00', attrs: { location: 'TX', show: 'wage,outlook' } },
  { tag: 'program-careers', attrs: { cip: '51.0716 51.0710', location: 'CA' } },
  { tag: 'occupation-profile', code: '29-2072.00', attrs: { location: 'CA', sections: 'description,wages' } },
  { tag: 'occupation-profile', code: '31-9092.00', attrs: { variant: 'card', location: 'TX' } },
  { tag: 'occupation-attribution' },
  { tag: 'area-picker', attrs: { location: '0600003' } },
  { tag: 'occupation-data', code: '29-2072.00', wrapped: true },
  { tag: 'career-video', code: '29-2072.00', live: true },
  { tag: 'occupation-certifications', code: '29-2072.00', live: true, unknownIsEmpty: true },
  { tag: 'occupation-licenses', code: '29-2072.00', attrs: { location: 'MN' }, live: true },
  // A state's offices, for any occupation: no code.
  { tag: 'occupation-apprenticeships', attrs: { location: 'MN' }, live: true },
];

type Widget = HTMLElement & { code?: string; updateComplete: Promise<unknown> };

/** Mounts the case's element, listening before it connects; returns the widget whose states show. */
async function mount(c: Case, endpoint: string, code = c.code): Promise<{ el: Widget; first: Promise<CustomEvent> }> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const make = (tag: string, attrs: Record<string, string>) => {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    return el as Widget;
  };
  const el = c.wrapped
    ? make('wage-table', { code: code ?? '' })
    : make(c.tag, { ...c.attrs, ...(code === undefined ? {} : { code }), endpoint });
  const first = new Promise<CustomEvent>((resolve) => {
    el.addEventListener('occupation-load', (e) => resolve(e as CustomEvent), { once: true });
    el.addEventListener('occupation-error', (e) => resolve(e as CustomEvent), { once: true });
  });
  if (c.wrapped) {
    const wrapper = make('occupation-data', { endpoint });
    wrapper.append(el);
    host.append(wrapper);
  } else host.append(el);
  return { el, first };
}

const headings = (el: Element) => el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6').length;
const state = (el: Element) => el.shadowRoot!.querySelector('[part=error]')?.getAttribute('data-state');
const name = (c: Case) =>
  `<${c.tag}${c.attrs?.variant ? ` variant="${c.attrs.variant}"` : ''}${c.attrs?.area ? ` area="${c.attrs.area}"` : ''}${c.attrs?.show ? ` show="${c.attrs.show}"` : ''}>`;

for (const c of CASES) {
  describe(`${name(c)}: the shared states`, () => {
    const fresh = () => (c.live ? freshLiveEndpoint() : freshEndpoint());
    /** Another occupation the case's endpoint has. */
    const other = c.live ? '29-1215.00' : '11-1011.00';
    let log: FetchLog | undefined;
    const saved = { ...pageConfig() };
    afterEach(() => {
      log?.restore();
      log = undefined;
      configure({ ...saved, lang: undefined });
      document.documentElement.lang = 'en';
    });

    it('shows a skeleton with role=status while loading, then its content', async () => {
      log = stubFetch((url, init, real) => late(150, () => real(url, init), init));
      const { el, first } = await mount(c, fresh());
      const skeleton = el.shadowRoot!.querySelector('[part=loading]')!;
      expect(skeleton.getAttribute('role')).to.equal('status');
      expect(skeleton.textContent).to.contain('Loading career information');
      await expect(el).to.be.accessible();
      expect((await first).type).to.equal('occupation-load');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part=loading]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('fails a dead endpoint with a retry, and recovers on retry', async () => {
      let down = true;
      log = stubFetch(async (url, init, real) => {
        if (down) throw new TypeError('Failed to fetch');
        return real(url, init);
      });
      const { el, first } = await mount(c, fresh());
      const { detail } = await first;
      await el.updateComplete;
      expect(detail.kind).to.equal('network');
      expect(textOf(el)).to.contain('could not be loaded');
      await expect(el).to.be.accessible();
      down = false;
      const again = loaded(el);
      // From the keyboard: the button leaves with the error, and focus goes to what replaced it.
      const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry]')!;
      retry.focus();
      retry.click();
      await again;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part=error]')).to.equal(null);
      expect(el.shadowRoot!.activeElement, 'focus stays in the widget').not.to.equal(null);
    });

    it('marks its language when configure({ lang }) sets it on a page without lang', async () => {
      document.documentElement.removeAttribute('lang');
      configure({ lang: 'es' });
      const { el, first } = await mount(c, fresh());
      expect((await first).type).to.equal('occupation-load');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.lang')!.getAttribute('lang')).to.equal('es');
      await expect(el).to.be.accessible();
    });

    if (c.code === undefined) return;

    it('shows an invalid code as such, with one console warning, no request and no retry', async () => {
      log = stubFetch((url, init, real) => real(url, init));
      const warnings: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => void warnings.push(args);
      const { el, first } = await mount(c, fresh(), 'nurse');
      const errors: Event[] = [];
      try {
        const { detail } = await first;
        el.addEventListener('occupation-error', (e) => errors.push(e));
        await el.updateComplete;
        expect(warnings).to.have.length(1);
        expect(String(warnings[0])).to.contain('nurse');
        expect(detail).to.include({ kind: 'invalid-attribute', attribute: 'code', code: 'nurse' });
        expect(state(el)).to.equal('invalid');
        expect(textOf(el)).to.contain('“nurse” is not an O*NET-SOC occupation code');
        expect(el.shadowRoot!.querySelector('[part=retry]')).to.equal(null);
        expect(log.urls).to.deep.equal([]);
        await expect(el).to.be.accessible();
        // The page switches to Spanish: the message follows; the developer was told already.
        document.documentElement.lang = 'es';
        await waitUntil(() => textOf(el).includes('“nurse” no es un código de ocupación O*NET-SOC'), 'no Spanish message');
        expect(warnings).to.have.length(1);
        expect(errors, 'no second occupation-error').to.have.length(0);
      } finally {
        console.warn = warn;
      }
    });

    if (c.unknownIsEmpty) it('shows nothing for an unknown occupation, as its source answers one with no entries', async () => {
      const { el, first } = await mount(c, fresh(), '99-9999.00');
      expect((await first).type).to.equal('occupation-load');
      await el.updateComplete;
      expect(el.hasAttribute('absent')).to.equal(true);
      expect(textOf(el).trim()).to.equal('');
      expect(el.shadowRoot!.querySelector('[part=retry]')).to.equal(null);
    });

    if (!c.unknownIsEmpty) it('says an unknown occupation is not found, without a retry', async () => {
      const { el, first } = await mount(c, fresh(), '99-9999.00');
      const { detail } = await first;
      await el.updateComplete;
      expect(detail).to.include({ kind: 'not-found', status: 404, code: '99-9999.00' });
      expect(state(el)).to.equal('not-found');
      expect(textOf(el)).to.contain('No career information was found for 99-9999.00');
      expect(el.shadowRoot!.querySelector('[part=retry]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    if (!c.unknownIsEmpty) it('reports the code set as a property, not the attribute it replaced', async () => {
      const { el, first } = await mount(c, fresh());
      await first;
      const failed = new Promise<CustomEvent>((r) => el.addEventListener('occupation-error', (e) => r(e as CustomEvent), { once: true }));
      el.code = '99-9999.00';
      const { detail } = await failed;
      await el.updateComplete;
      expect(detail.code).to.equal('99-9999.00');
      expect(textOf(el)).to.contain('No career information was found for 99-9999.00');
    });

    it('renders only the latest code when a request is superseded', async () => {
      log = stubFetch((url, init, real) => late(url.includes(c.code!) ? 300 : 10, () => real(url, init), init));
      const { el } = await mount(c, fresh());
      const loads: string[] = [];
      el.addEventListener('occupation-load', (e) => loads.push(String((e as CustomEvent).detail.code)));
      el.code = other;
      await waitUntil(() => loads.length > 0);
      await new Promise((r) => setTimeout(r, 400));
      expect(loads).to.deep.equal([other]);
      expect(textOf(el)).not.to.contain(c.code === '29-2072.00' ? 'Medical Records' : 'Medical Assistants');
    });

    if (c.wrapped) return;

    it('leaves its heading out with heading-level=0', async () => {
      const { el, first } = await mount({ ...c, attrs: { ...c.attrs, 'heading-level': '0' } }, fresh());
      await first;
      await el.updateComplete;
      expect(headings(el)).to.equal(0);
      await expect(el).to.be.accessible();
    });
  });
}
