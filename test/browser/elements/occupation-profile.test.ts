import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/index.ts';
import type { OccupationProfile } from '../../../src/elements/occupation-profile/occupation-profile.ts';
import { ENDPOINT, freshEndpoint, late, loaded, mount, readJson, readable, stubFetch, textOf, type FetchLog } from '../helpers.ts';
import type { Occupation } from '../../../src/data/schema.ts';

const sectionsOf = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('section[data-section]')].map((s) => s.getAttribute('data-section'));

/** Waits until every widget inside the profile has loaded or failed. */
async function settled(el: OccupationProfile): Promise<void> {
  await el.updateComplete;
  for (let i = 0; i < 50; i++) {
    const inner = [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')].filter((c) =>
      c.localName.includes('-'),
    );
    await Promise.all(inner.map((c) => (c as unknown as { updateComplete: Promise<unknown> }).updateComplete));
    if (!inner.some((c) => c.shadowRoot?.querySelector('[part=loading]'))) return;
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function profile(attrs: Record<string, string>): Promise<OccupationProfile> {
  const { el, event } = await mount<OccupationProfile>('occupation-profile', { endpoint: ENDPOINT, ...attrs });
  expect(event.type).to.equal('occupation-load');
  await settled(el);
  return el;
}

describe('<occupation-profile>', () => {
  let log: FetchLog | undefined;
  afterEach(() => log?.restore());

  it('shows Medical Records Specialists in California, saying in one line what O*NET has not rated', async () => {
    const el = await profile({ code: '29-2072.00', location: 'CA' });
    const title = el.shadowRoot!.querySelector('[part=title]')!;
    expect(title.localName).to.equal('h2');
    expect(title.textContent).to.contain('Medical Records Specialists');
    expect(textOf(el)).to.contain('29-2072.00');
    expect(textOf(el)).to.contain('Bright Outlook');
    expect(sectionsOf(el)).to.deep.equal([
      'description', 'also-known-as', 'outlook', 'wages', 'education', 'programs',
      'activities', 'interests', 'technology', 'related',
    ]);
    // Where the education chart and the ratings would be: after the programs, before the activities.
    const unrated = el.shadowRoot!.querySelector('.not-rated')!;
    expect(unrated.textContent!.trim()).to.equal(
      'O*NET has not rated the education levels, knowledge, skills, and abilities of this occupation yet.',
    );
    expect(unrated.previousElementSibling!.getAttribute('data-section')).to.equal('programs');
    const doc = await readJson<Occupation>('occupations/29-2072.00.json');
    expect(textOf(el)).to.contain(doc.description);
    for (const title of doc.alsoKnownAs) expect(textOf(el)).to.contain(title);
    const wages = el.shadowRoot!.querySelector('wage-table')!;
    expect(wages.getAttribute('heading-level')).to.equal('3');
    expect(textOf(wages)).to.contain('$61,810');
    expect(textOf(el.shadowRoot!.querySelector('occupation-attribution')!)).to.contain(
      'This page includes information from the O*NET 29.3 Database',
    );
    await expect(el).to.be.accessible();
  });

  it('shows every section for Medical Assistants, in the nation alone', async () => {
    const el = await profile({ code: '31-9092.00' });
    expect(sectionsOf(el)).to.deep.equal([
      'description', 'also-known-as', 'outlook', 'wages', 'education', 'programs', 'typical-education',
      'activities', 'knowledge', 'skills', 'abilities', 'interests', 'technology', 'related',
    ]);
    const headers = [...el.shadowRoot!.querySelector('wage-table')!.shadowRoot!.querySelectorAll('thead th')];
    expect(headers.map((h) => h.textContent!.trim())).to.deep.equal(['Percentile', 'United States']);
    await expect(el).to.be.accessible();
  });

  it('speaks Spanish, says once that O*NET text is English, and marks that text as English', async () => {
    const el = await profile({ code: '31-9092.00', location: 'CA', lang: 'es' });
    expect(textOf(el)).to.contain('Descripción: ¿qué hacen?');
    expect(textOf(el)).to.contain('solo están disponibles en inglés');
    expect(el.shadowRoot!.querySelector('[data-section=description] p')!.getAttribute('lang')).to.equal('en');
    expect(textOf(el.shadowRoot!.querySelector('wage-table')!)).to.contain('Mediana');
    await expect(el).to.be.accessible();
  });

  it('says once, not in every section, that the sources\' text is English only', async () => {
    const el = await profile({ code: '31-9092.00', lang: 'es' });
    const notes = (root: ShadowRoot): number =>
      [...root.querySelectorAll('*')].reduce(
        (n, node) => n + (node.shadowRoot ? notes(node.shadowRoot) : 0),
        (root.textContent ?? '').split('solo están disponibles en inglés').length - 1,
      );
    expect(notes(el.shadowRoot!)).to.equal(1);
    const alone = await mount('occupation-tasks', { code: '31-9092.00', lang: 'es', endpoint: ENDPOINT });
    expect(textOf(alone.el)).to.contain('solo están disponibles en inglés');
    const english = await mount('occupation-tasks', { code: '31-9092.00', endpoint: ENDPOINT });
    expect(textOf(english.el)).not.to.contain('English only');
  });

  it('paints its own dark surface with theme="dark", readable (axe checks the contrast)', async () => {
    const el = await profile({ code: '31-9092.00', location: 'CA', theme: 'dark' });
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(21, 24, 29)');
    expect(el.shadowRoot!.querySelector('wage-table')!.getAttribute('theme')).to.equal('dark');
    await expect(el).to.be.accessible();
  });

  it('says in Spanish what O*NET has not rated, and only for the sections asked for', async () => {
    const el = await profile({ code: '29-2072.00', lang: 'es', sections: 'description,skills,wages' });
    expect(el.shadowRoot!.querySelector('.not-rated')!.textContent!.trim()).to.equal(
      'O*NET todavía no ha calificado las habilidades de esta ocupación.',
    );
    expect(el.shadowRoot!.querySelector('.not-rated')!.previousElementSibling!.getAttribute('data-section')).to.equal('description');
    const rated = await profile({ code: '31-9092.00', sections: 'knowledge,skills' });
    expect(rated.shadowRoot!.querySelector('.not-rated')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('chooses and orders sections, and places headings where the host page needs them', async () => {
    const el = await profile({ code: '29-2072.00', sections: 'wages, description', 'heading-level': '4' });
    expect(sectionsOf(el)).to.deep.equal(['wages', 'description']);
    expect(el.shadowRoot!.querySelector('.not-rated'), 'sections can leave the ratings out').to.equal(null);
    expect(el.shadowRoot!.querySelector('[part=title]')!.localName).to.equal('h4');
    expect(el.shadowRoot!.querySelector('[data-section=description] h5')).to.exist;
  });

  it('names unknown sections as an invalid attribute', async () => {
    const { el, event } = await mount('occupation-profile', { code: '29-2072.00', sections: 'wages,salary', endpoint: ENDPOINT });
    expect(event.detail.kind).to.equal('invalid-attribute');
    expect(textOf(el)).to.contain('Unknown sections: salary');
    await expect(el).to.be.accessible();
  });

  it('names a mistyped variant instead of showing the whole profile in a card\'s place', async () => {
    const { el, event } = await mount('occupation-profile', { code: '29-2072.00', variant: 'cards', endpoint: ENDPOINT });
    expect(event.detail).to.include({ kind: 'invalid-attribute', attribute: 'variant' });
    expect(textOf(el)).to.contain('“cards” is not a valid value for the variant attribute.');
    expect(el.shadowRoot!.querySelector('[part=profile]')).to.equal(null);
  });

  it('summarises the occupation as a card for a program page', async () => {
    const el = await profile({ code: '29-2072.00', location: 'CA', variant: 'card', 'profile-href': '/careers/{code}' });
    const text = textOf(el);
    expect(text).to.contain('Medical Records Specialists');
    const facts = [...el.shadowRoot!.querySelectorAll('dl > div')].map((d) =>
      [...d.children].map((c) => readable(c.textContent)),
    );
    expect(facts[0]).to.deep.equal(['Median annual wage, California', '$61,810']);
    expect(text).to.contain('Rapid growth');
    expect(text).to.contain('Postsecondary nondegree award');
    const projections = await readJson<{ rows: { percentChange: number }[] }>('projections/29-2072.json');
    expect(text).to.contain(`+${projections.rows[0]!.percentChange}% employment change (United States, 2024–2034)`);
    expect(el.shadowRoot!.querySelector('a[part=more]')!.getAttribute('href')).to.equal('/careers/29-2072.00');
    expect(textOf(el.shadowRoot!.querySelector('occupation-attribution')!)).to.contain('CC BY 4.0');
    await expect(el).to.be.accessible();
  });

  it('shows a card in Spanish for the nation', async () => {
    const el = await profile({ code: '31-9092.00', variant: 'card', lang: 'es' });
    // The median, as the wage table calls it ("Mediana"), not the mean ("medio").
    expect(readable(el.shadowRoot!.querySelector('dt')!.textContent)).to.equal('Salario anual (mediana), Estados Unidos');
    await expect(el).to.be.accessible();
  });

  it('moves to a related occupation the reader chooses, and puts focus on its title', async () => {
    const el = await profile({ code: '29-2072.00', location: 'CA', sections: 'related' });
    const related = el.shadowRoot!.querySelector('related-occupations')!;
    const choice = related.shadowRoot!.querySelector<HTMLButtonElement>('button[data-code="31-9092.00"], li button')!;
    const title = choice.textContent!.trim();
    const moved = loaded(el);
    choice.click();
    await moved;
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    const heading = el.shadowRoot!.querySelector<HTMLElement>('[part=title]')!;
    expect(heading.textContent).to.contain(title);
    expect(el.shadowRoot!.activeElement === heading, 'focus is on the new title').to.be.true;
  });

  it('says when an occupation is not found, and when a code is invalid', async () => {
    const missing = await mount('occupation-profile', { code: '11-9999.99', endpoint: ENDPOINT });
    expect(missing.event.detail.kind).to.equal('not-found');
    expect(textOf(missing.el)).to.contain('No career information was found for 11-9999.99');
    await expect(missing.el).to.be.accessible();
    const invalid = await mount('occupation-profile', { code: '<img src=x onerror=alert(1)>', endpoint: ENDPOINT });
    expect(invalid.event.detail.kind).to.equal('invalid-attribute');
    expect(invalid.el.shadowRoot!.querySelector('img')).to.equal(null);
    await expect(invalid.el).to.be.accessible();
  });

  it('follows <occupation-data> around it for endpoint, location and language', async () => {
    const wrapper = await fixture(html`<occupation-data endpoint=${ENDPOINT} location="TX" lang="es">
      <occupation-profile code="29-2072.00" sections="wages"></occupation-profile>
    </occupation-data>`);
    const el = wrapper.querySelector('occupation-profile')!;
    await waitUntil(() => el.shadowRoot!.querySelector('wage-table'));
    await settled(el);
    expect(textOf(el.shadowRoot!.querySelector('wage-table')!)).to.contain('Texas');
    expect(textOf(el.shadowRoot!.querySelector('wage-table')!)).to.contain('Mediana');
  });

  it('makes one request per document, however many widgets need it', async () => {
    log = stubFetch((url, init, real) => real(url, init));
    const endpoint = freshEndpoint();
    const el = await fixture<OccupationProfile>(html`<occupation-profile code="31-9092.00" location="CA" endpoint=${endpoint}></occupation-profile>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part=profile]'));
    await settled(el);
    const counts = new Map<string, number>();
    for (const url of log.urls) counts.set(url, (counts.get(url) ?? 0) + 1);
    expect([...counts.values()].every((n) => n === 1), JSON.stringify([...counts])).to.be.true;
    expect(log.urls.some((u) => u.endsWith('/occupations/31-9092.00.json'))).to.be.true;
  });

  it('announces itself once to the page, listing its sections, however many sections load', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const heard: CustomEvent[] = [];
    host.addEventListener('occupation-load', (e) => heard.push(e as CustomEvent));
    const el = document.createElement('occupation-profile');
    Object.assign(el, { code: '31-9092.00', location: 'CA', endpoint: ENDPOINT });
    host.append(el);
    await waitUntil(() => heard.length > 0);
    await settled(el);
    await new Promise((r) => setTimeout(r, 100));
    expect(heard.map((e) => e.target)).to.deep.equal([el]);
    expect(heard[0]!.detail.sections).to.deep.equal(sectionsOf(el));
    expect(sectionsOf(el)).to.have.length(14);
  });

  it('reports a section that fails as the profile, naming the section', async () => {
    log = stubFetch(async (url, init, real) =>
      url.includes('/wages/') ? new Response('gone', { status: 500 }) : real(url, init),
    );
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const errors: CustomEvent[] = [];
    host.addEventListener('occupation-error', (e) => errors.push(e as CustomEvent));
    const el = document.createElement('occupation-profile');
    Object.assign(el, { code: '29-2072.00', location: 'CA', sections: 'description,wages', endpoint: freshEndpoint() });
    host.append(el);
    await waitUntil(() => errors.length > 0, 'the wage section reports', { timeout: 5000 });
    expect(errors).to.have.length(1);
    expect(errors[0]!.target).to.equal(el);
    expect(errors[0]!.detail).to.include({ section: 'wages', kind: 'network', status: 500, code: '29-2072.00' });
  });
});
