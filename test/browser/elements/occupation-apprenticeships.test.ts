/**
 * <occupation-apprenticeships> on a live endpoint: the proxy (tools/proxy) in front of the fake
 * CareerOneStop (test/proxy/fake-upstream.ts). Every office, phone, email and address expected
 * here is read from the fake's own answers (test/proxy/careeronestop-answers.ts).
 */
import { expect } from '@open-wc/testing';
import '../../../src/index.ts';
import { apprenticeshipsAnswers } from '../../proxy/careeronestop-answers.ts';
import { mount, readable, textOf } from '../helpers.ts';

interface Contact {
  Name: string;
  Phone: string;
  ContactName: string;
  ContactEmail: string;
  ContactPhone: string;
  ContactTitle: string;
  Address1: string;
  Address2: string;
  City: string;
  State: string;
  Zip: string;
}
type Entry = Record<'ListFedAppOfficeContact' | 'ListStateAppOfficeContact' | 'ListRegionalAppOfficeContact', Contact[] | null | undefined>;
const entry = (state: string) => (apprenticeshipsAnswers[state] as { ApprenticeshipOfficeList: Entry[] }).ApprenticeshipOfficeList[0]!;

let LIVE = '';
before(async () => {
  LIVE = ((await (await fetch('/live/endpoint')).json()) as { url: string }).url;
});

const texts = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((e) => readable(e.textContent));

describe('<occupation-apprenticeships> on a live endpoint', () => {
  it('lists a state’s offices by level, with address, phone and contact linked, and the finder', async () => {
    const { el, event } = await mount('occupation-apprenticeships', { location: 'CA', endpoint: LIVE });
    const ca = entry('CA');
    const federal = ca.ListFedAppOfficeContact![0]!;
    const state = ca.ListStateAppOfficeContact![0]!;
    // The second state office has no name: left out.
    expect(event.detail).to.deep.equal({ code: null, state: 'CA', offices: 2 });
    const root = el.shadowRoot!;
    expect(readable(root.querySelector('h2')!.textContent)).to.equal('Apprenticeships: learn on the job');
    expect(textOf(el)).to.contain('Apprenticeships combine paid on-the-job-training with classroom lessons.');
    expect(textOf(el)).to.contain('Offices that oversee apprenticeships in California, from CareerOneStop:');
    // No regional list (null in the answer): no heading for it.
    expect(texts(root, 'h3')).to.deep.equal(['Federal offices', 'State offices']);
    expect(texts(root, '[part=list] strong')).to.deep.equal([federal.Name, state.Name]);

    const [first, second] = [...root.querySelectorAll('[part=list] li')];
    expect(readable(first!.querySelector('address')!.textContent)).to.equal(
      `${federal.Address1}${federal.Address2}${federal.City}, ${federal.State} ${federal.Zip}`,
    );
    expect(first!.querySelectorAll('address br').length).to.equal(2);
    const links = [...first!.querySelectorAll<HTMLAnchorElement>('a')].map((a) => [a.getAttribute('href'), readable(a.textContent)]);
    // "(415) 555-0142 ext. 3": dialled without the extension, shown as written.
    expect(links).to.deep.equal([
      ['tel:+14155550142', federal.ContactPhone],
      [`mailto:${federal.ContactEmail}`, federal.ContactEmail],
    ]);
    expect(readable(first!.textContent)).to.contain(`Contact: ${federal.ContactName}, ${federal.ContactTitle}`);
    // The state office: its own phone; a blank contact name and no email or phone, so no contact line.
    expect(readable(second!.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!.textContent)).to.equal(state.Phone);
    expect(second!.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:+19165550199');
    expect(readable(second!.textContent)).not.to.contain('Contact:');

    const finder = root.querySelector<HTMLAnchorElement>('.finder a')!;
    expect(finder.href).to.equal('https://www.careeronestop.org/LocalHelp/EmploymentAndTraining/find-apprenticeship-offices.aspx');
    expect(readable(finder.textContent)).to.equal('Find apprenticeship sponsors');
    await expect(el).to.be.accessible();
  });

  it('reads a city’s state, in Spanish around CareerOneStop’s English', async () => {
    const { el, event } = await mount('occupation-apprenticeships', { location: 'Saint Paul, MN', lang: 'es', endpoint: LIVE });
    const mn = entry('MN');
    expect(event.detail).to.deep.equal({ code: null, state: 'MN', offices: 2 });
    const root = el.shadowRoot!;
    expect(readable(root.querySelector('h2')!.textContent)).to.equal('Programas de aprendizaje: aprenda en el trabajo');
    // No federal list in the answer at all.
    expect(texts(root, 'h3')).to.deep.equal(['Oficinas estatales', 'Oficinas regionales']);
    expect(texts(root, '[part=list] strong')).to.deep.equal([mn.ListStateAppOfficeContact![0]!.Name, mn.ListRegionalAppOfficeContact![0]!.Name]);
    expect(root.querySelector('[part=list] strong')!.getAttribute('lang')).to.equal('en');
    // "not an address" is not linked as an email; the regional office's email is.
    expect([...root.querySelectorAll('a[href^="mailto:"]')].map((a) => a.getAttribute('href'))).to.deep.equal([
      `mailto:${mn.ListRegionalAppOfficeContact![0]!.ContactEmail}`,
    ]);
    expect(textOf(el)).not.to.contain('not an address');
    await expect(el).to.be.accessible();
  });

  it('says when a state has no office listed, and is absent for the nation', async () => {
    const none = await mount('occupation-apprenticeships', { location: 'WY', endpoint: LIVE });
    expect(textOf(none.el)).to.contain('CareerOneStop lists no apprenticeship office for Wyoming.');
    expect(none.el.shadowRoot!.querySelector('.finder a')).to.not.equal(null);
    const nation = await mount('occupation-apprenticeships', { location: 'US', endpoint: LIVE });
    expect(nation.event.detail).to.deep.equal({ code: null, state: null, offices: 0 });
    expect(nation.el.hasAttribute('absent')).to.equal(true);
  });

  it('places a ZIP code in its state with a code, and asks for one without', async () => {
    const withCode = await mount('occupation-apprenticeships', { code: '29-2072.00', location: '94110', endpoint: LIVE });
    expect(withCode.event.detail).to.deep.equal({ code: '29-2072.00', state: 'CA', offices: 2 });
    const without = await mount('occupation-apprenticeships', { location: '94110', endpoint: LIVE });
    expect(without.event.detail).to.include({ kind: 'invalid-attribute', attribute: 'location' });
    expect(textOf(without.el)).to.contain('The apprenticeship offices for the ZIP code “94110” need an occupation code, or a state.');
  });

  it('fits 320 px without scrolling sideways', async () => {
    const { el } = await mount('occupation-apprenticeships', { location: 'CA', endpoint: LIVE, style: 'width: 320px; display: block' });
    expect(el.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });
});
