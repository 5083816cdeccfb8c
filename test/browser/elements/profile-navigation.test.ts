import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/index.ts';
import type { OccupationProfile } from '../../../src/elements/occupation-profile/occupation-profile.ts';
import { ENDPOINT, loaded, mount, readJson } from '../helpers.ts';
import type { Occupation } from '../../../src/data/schema.ts';

const titleOf = (el: OccupationProfile) =>
  el.shadowRoot!.querySelector('[part=title]')!.textContent!.replace(/\s+/g, ' ').trim();
const backOf = (el: OccupationProfile) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part=back]');

/** Clicks the related occupation `code` inside the profile and waits for it to show. */
async function choose(el: OccupationProfile, code: string): Promise<void> {
  const related = el.shadowRoot!.querySelector('related-occupations')!;
  await waitUntil(() => related.shadowRoot!.querySelector('button[part=select]'), 'related occupations shown');
  const doc = await readJson<Occupation>(`occupations/${el.code}.json`);
  const index = doc.related.findIndex((r) => r.code === code);
  const buttons = related.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part=select]');
  const moved = loaded(el);
  buttons[index]!.click();
  await moved;
  await el.updateComplete;
}

/** Does `move` (the browser's Back, the profile's Back button) and waits for the profile to show `code`. */
async function shows(el: OccupationProfile, move: () => void, code: string): Promise<void> {
  const done = loaded(el);
  move();
  await done;
  await el.updateComplete;
  expect(el.code).to.equal(code);
}

const profile = (attrs: Record<string, string>) =>
  mount<OccupationProfile>('occupation-profile', { endpoint: ENDPOINT, sections: 'related', ...attrs }).then((m) => m.el);

describe('<occupation-profile> moving between occupations', () => {
  const start = window.location.href;
  afterEach(() => window.history.replaceState(null, '', start));

  it('gives a way back after a related occupation, keeping the trail over several steps, and leaves the URL alone', async () => {
    const el = await profile({ code: '29-2072.00' });
    expect(backOf(el)).to.equal(null);
    const length = window.history.length;
    await choose(el, '31-9092.00');
    expect(titleOf(el)).to.equal('Medical Assistants');
    expect(backOf(el)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('← Back to Medical Records Specialists');
    await expect(el).to.be.accessible();
    const next = (await readJson<Occupation>('occupations/31-9092.00.json')).related[0]!;
    await choose(el, next.code);
    expect(backOf(el)!.textContent).to.contain('Back to Medical Assistants');
    expect(window.location.href).to.equal(start);
    expect(window.history.length).to.equal(length);

    await shows(el, () => backOf(el)!.click(), '31-9092.00');
    expect(backOf(el)!.textContent).to.contain('Back to Medical Records Specialists');
    await new Promise((r) => setTimeout(r, 20));
    expect(el.shadowRoot!.activeElement, 'focus is on the title shown').to.equal(el.shadowRoot!.querySelector('[part=title]'));
    await shows(el, () => backOf(el)!.click(), '29-2072.00');
    expect(backOf(el)).to.equal(null);
    expect(window.location.href).to.equal(start);
  });

  it('with history, records each step so Back and Forward move between occupations', async () => {
    const el = await profile({ code: '29-2072.00', history: 'career' });
    await choose(el, '31-9092.00');
    expect(new URL(window.location.href).searchParams.get('career')).to.equal('31-9092.00');
    const next = (await readJson<Occupation>('occupations/31-9092.00.json')).related[0]!;
    await choose(el, next.code);
    expect(new URL(window.location.href).searchParams.get('career')).to.equal(next.code);

    await shows(el, () => window.history.back(), '31-9092.00');
    expect(backOf(el)!.textContent).to.contain('Back to Medical Records Specialists');
    await shows(el, () => window.history.back(), '29-2072.00');
    expect(backOf(el)).to.equal(null);
    await shows(el, () => window.history.forward(), '31-9092.00');

    // The profile's own Back button goes through the browser's history too.
    await shows(el, () => backOf(el)!.click(), '29-2072.00');
    expect(new URL(window.location.href).searchParams.has('career')).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('with history, a reloaded or shared URL opens the occupation it names', async () => {
    const url = new URL(start);
    url.searchParams.set('occupation', '31-9092.00');
    window.history.replaceState(null, '', url);
    const el = await profile({ code: '29-2072.00', history: '' });
    expect(el.code).to.equal('31-9092.00');
    expect(titleOf(el)).to.equal('Medical Assistants');
    // Opened from a link, the profile has no step to go back to.
    expect(backOf(el)).to.equal(null);
    // Without the attribute, the parameter means nothing to the profile.
    const plain = await profile({ code: '29-2072.00' });
    expect(titleOf(plain)).to.equal('Medical Records Specialists');
  });

  it('clears the way back when the page itself sets another occupation', async () => {
    const el = await profile({ code: '29-2072.00' });
    await choose(el, '31-9092.00');
    expect(backOf(el)).to.exist;
    const moved = loaded(el);
    el.code = '43-6013.00';
    await moved;
    await el.updateComplete;
    expect(backOf(el)).to.equal(null);
  });
});
