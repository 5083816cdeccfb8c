import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/index.ts';
import type { OccupationSearch } from '../../../src/elements/occupation-search/occupation-search.ts';
import type { OccupationProfile } from '../../../src/elements/occupation-profile/occupation-profile.ts';
import { ENDPOINT, freshEndpoint, loaded, stubFetch, textOf, type FetchLog } from '../helpers.ts';

const input = (el: OccupationSearch) => el.shadowRoot!.querySelector<HTMLInputElement>('input')!;
const options = (el: OccupationSearch) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role=option]')];
const status = (el: OccupationSearch) => el.shadowRoot!.querySelector('[role=status]')!.textContent!.trim();
const top = (el: OccupationSearch) => options(el)[0]!.textContent!.replace(/\s+/g, ' ').trim();

async function searchBox(attrs: Record<string, string> = {}): Promise<OccupationSearch> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('occupation-search');
  el.setAttribute('endpoint', freshEndpoint());
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  host.append(el);
  await el.updateComplete;
  return el;
}

/** Focuses the box (loading the index) and types `query` with real key presses. */
async function type(el: OccupationSearch, query: string): Promise<void> {
  if (el.shadowRoot!.activeElement !== input(el)) {
    const ready = loaded(el);
    input(el).focus();
    await ready;
  }
  await sendKeys({ type: query });
  await waitUntil(() => status(el) !== '' && input(el).value === query, `no results for ${query}`, { timeout: 5000 });
  await el.updateComplete;
}

describe('<occupation-search>', () => {
  let log: FetchLog | undefined;
  afterEach(() => {
    log?.restore();
    log = undefined;
  });

  it('fetches nothing until focused, then the index; shows an accessible combobox', async () => {
    log = stubFetch((url, init, real) => real(url, init));
    const el = await searchBox();
    await new Promise((r) => setTimeout(r, 100));
    expect(log.urls).to.deep.equal([]);
    const box = input(el);
    expect(box.getAttribute('role')).to.equal('combobox');
    expect(box.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.querySelector('label')!.textContent).to.equal('Search careers');
    await expect(el).to.be.accessible();
    const ready = loaded(el);
    box.focus();
    const { detail } = await ready;
    expect(log.urls.some((u) => u.endsWith('/search-index.json'))).to.equal(true);
    expect(log.urls.some((u) => u.includes('/search/'))).to.equal(false);
    expect(detail.kind).to.equal('occupations');
    expect(el.shadowRoot!.activeElement).to.equal(box);
  });

  it('finds Medical Records Specialists for “coder”, saying it matched the alternate title', async () => {
    const el = await searchBox();
    await type(el, 'coder');
    expect(top(el)).to.contain('Medical Records Specialists').and.contain('matched: Coder');
    expect(options(el)[0]!.querySelector('.title')!.getAttribute('lang')).to.equal('en');
    expect(status(el)).to.equal('10 results');
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('finds Registered Nurses for “RN”, and for a typo “regstered nurse”', async () => {
    const el = await searchBox();
    await type(el, 'RN');
    expect(top(el)).to.contain('Registered Nurses').and.contain('matched: RN');
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    expect(input(el).value).to.equal('');
    await type(el, 'regstered nurse');
    expect(top(el)).to.match(/^Registered Nurses/);
  });

  it('finds the billing and coding occupations for “medical billing”', async () => {
    const el = await searchBox();
    await type(el, 'medical billing');
    const first = options(el).slice(0, 3).map((o) => o.querySelector('.title')!.textContent);
    expect(first).to.include.members(['Billing and Posting Clerks', 'Medical Records Specialists']);
    expect(top(el)).to.contain('matched: Medical Billing Clerk');
  });

  it('puts exact and prefix title matches first', async () => {
    const el = await searchBox();
    await type(el, 'registered nurses');
    expect(top(el)).to.equal('Registered Nurses');
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    await type(el, 'weld');
    expect(top(el)).to.match(/^Welders, Cutters/);
  });

  it('is used from the keyboard alone: arrows, Home/End, Escape, Enter fires occupation-select', async () => {
    const el = await searchBox();
    await type(el, 'coder');
    const box = input(el);
    const active = () => box.getAttribute('aria-activedescendant');
    await sendKeys({ press: 'ArrowDown' });
    expect(active()).to.equal('option-0');
    expect(options(el)[0]!.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'ArrowDown' });
    expect(active()).to.equal('option-1');
    await sendKeys({ press: 'End' });
    expect(active()).to.equal('option-9');
    await sendKeys({ press: 'ArrowDown' });
    expect(active()).to.equal('option-0');
    await sendKeys({ press: 'ArrowUp' });
    expect(active()).to.equal('option-9');
    await sendKeys({ press: 'Home' });
    expect(active()).to.equal('option-0');
    await sendKeys({ press: 'Escape' });
    expect(box.getAttribute('aria-expanded')).to.equal('false');
    expect(box.value).to.equal('coder');
    await sendKeys({ press: 'ArrowDown' });
    expect(active()).to.equal('option-0');
    const chosen = oneEvent(el, 'occupation-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = await chosen;
    expect(detail).to.deep.equal({ code: '29-2072.00', title: 'Medical Records Specialists' });
    expect(box.value).to.equal('Medical Records Specialists');
    expect(box.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.activeElement).to.equal(box);
    // The "coder" list is gone: the box now holds the chosen title, not what was typed.
    await sendKeys({ press: 'ArrowDown' });
    box.blur();
    box.focus();
    await el.updateComplete;
    expect(box.getAttribute('aria-expanded')).to.equal('false');
    expect(options(el)).to.have.length(0);
  });

  it('drives a profile named by for=', async () => {
    const host = await fixture<HTMLDivElement>(html`<div>
      <occupation-search for="career" endpoint=${freshEndpoint()}></occupation-search>
      <occupation-profile id="career" code="31-9092.00" sections="description" endpoint=${ENDPOINT}></occupation-profile>
    </div>`);
    const el = host.querySelector('occupation-search')!;
    const profile = host.querySelector<OccupationProfile>('occupation-profile')!;
    await waitUntil(() => textOf(profile).includes('Medical Assistants'), 'the profile did not load');
    await type(el, 'RN');
    const shown = loaded(profile);
    options(el)[0]!.click();
    await shown;
    expect(profile.code).to.equal('29-1141.00');
    expect(textOf(profile)).to.contain('Registered Nurses');
  });

  it('names an unknown kind once: one warning and one occupation-error, also after focus', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      const errors: Event[] = [];
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('occupation-search');
      el.addEventListener('occupation-error', (e) => errors.push(e));
      el.setAttribute('kind', 'jobs');
      el.setAttribute('endpoint', freshEndpoint());
      host.append(el);
      await waitUntil(() => errors.length === 1, 'no occupation-error');
      input(el).focus();
      await new Promise((r) => setTimeout(r, 100));
      await el.updateComplete;
      expect(textOf(el)).to.contain('“jobs” is not a valid value for the kind attribute.');
      expect(errors).to.have.length(1);
      expect(warnings).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });

  it('says when nothing matches', async () => {
    const el = await searchBox();
    await type(el, 'zzqx');
    expect(options(el)).to.have.length(0);
    expect(status(el)).to.equal('0 results');
    expect(textOf(el)).to.contain('No careers match “zzqx”');
    await expect(el).to.be.accessible();
  });

  it('speaks Spanish around English titles', async () => {
    const el = await searchBox({ lang: 'es' });
    expect(el.shadowRoot!.querySelector('label')!.textContent).to.equal('Buscar carreras');
    await type(el, 'coder');
    expect(status(el)).to.equal('10 resultados');
    expect(top(el)).to.contain('coincide con: Coder');
    expect(options(el)[0]!.querySelector('.title')!.getAttribute('lang')).to.equal('en');
    await expect(el).to.be.accessible();
  });

  it('finds programs by title with kind="programs" and sets cip on its for= target', async () => {
    const host = await fixture<HTMLDivElement>(html`<div>
      <occupation-search kind="programs" for="careers" endpoint=${freshEndpoint()}></occupation-search>
      <program-careers id="careers" cip="51.0716" location="CA" endpoint=${ENDPOINT}></program-careers>
    </div>`);
    const el = host.querySelector('occupation-search')!;
    const careers = host.querySelector('program-careers')!;
    await waitUntil(() => textOf(careers).includes('Medical Secretaries'), 'the careers did not load');
    await type(el, 'welding');
    expect(top(el)).to.equal('Welding Technology/Welder CIP 48.0508');
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    await type(el, 'medical office');
    expect(top(el)).to.contain('Medical Office Assistant/Specialist');
    await sendKeys({ press: 'ArrowDown' });
    const shown = loaded(careers);
    const chosen = oneEvent(el, 'program-select');
    await sendKeys({ press: 'Enter' });
    expect((await chosen).detail).to.deep.equal({ cip: '51.0710', title: 'Medical Office Assistant/Specialist' });
    await shown;
    expect(careers.cip).to.equal('51.0710');
  });

  it('shows a dead endpoint with a retry after focus, and recovers', async () => {
    let down = true;
    log = stubFetch(async (url, init, real) => {
      if (down) throw new TypeError('Failed to fetch');
      return real(url, init);
    });
    const el = await searchBox();
    const failed = oneEvent(el, 'occupation-error');
    input(el).focus();
    expect((await failed).detail.kind).to.equal('network');
    await el.updateComplete;
    expect(textOf(el)).to.contain('could not be loaded');
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
    await expect(el).to.be.accessible();
    down = false;
    const again = loaded(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry]')!.click();
    await again;
  });

  it('measures keystroke to results for 1, 3 and 8 letters', async () => {
    const el = await searchBox();
    const ready = loaded(el);
    input(el).focus();
    await ready;
    const times: Record<string, number> = {};
    for (const query of ['n', 'nur', 'medical ', 'nurse', 'welding', 'electric']) {
      input(el).value = '';
      input(el).dispatchEvent(new Event('input'));
      await new Promise((r) => setTimeout(r, 100));
      const start = performance.now();
      input(el).value = query;
      input(el).dispatchEvent(new Event('input'));
      await waitUntil(() => status(el) !== '' && options(el).length > 0, query, { timeout: 5000 });
      times[`${query.length} letters (“${query}”)`] = Math.round(performance.now() - start);
    }
    console.log(`keystroke to results, first time each (includes 60 ms debounce and shard fetches): ${JSON.stringify(times)}`);
    expect(Object.values(times).every((ms) => ms < 2000)).to.equal(true);
  });
});
