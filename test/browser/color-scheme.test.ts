import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.ts';
import { ENDPOINT, mount } from './helpers.ts';

const DARK_SURFACE = 'rgb(21, 24, 29)';
const TRANSPARENT = 'rgba(0, 0, 0, 0)';

const wages = (attrs: Record<string, string> = {}) =>
  mount('wage-table', { endpoint: ENDPOINT, code: '29-2072.00', location: 'CA', ...attrs }).then((m) => m.el);
const surface = (el: Element) => getComputedStyle(el).backgroundColor;

// Every case is read by a reader whose system prefers dark.
describe('colour scheme, for a reader who prefers dark', () => {
  before(() => emulateMedia({ colorScheme: 'dark' }));
  after(() => emulateMedia({ colorScheme: 'light' }));
  afterEach(() => {
    document.documentElement.style.colorScheme = '';
    document.querySelector('meta[name="color-scheme"]')?.remove();
  });

  it('stays light on a page that does not say it supports dark', async () => {
    expect(window.matchMedia('(prefers-color-scheme: dark)').matches).to.be.true;
    const el = await wages();
    expect(surface(el)).to.equal(TRANSPARENT);
    await expect(el).to.be.accessible();
  });

  it('turns dark on a page whose color-scheme includes dark, and follows the page when it changes', async () => {
    document.documentElement.style.colorScheme = 'light dark';
    const el = await wages();
    expect(surface(el)).to.equal(DARK_SURFACE);
    await expect(el).to.be.accessible();
    document.documentElement.style.colorScheme = 'light';
    await new Promise((r) => setTimeout(r, 50));
    expect(surface(el)).to.equal(TRANSPARENT);
  });

  it("gives a full profile's sections the profile's scheme, and follows the page with them", async () => {
    document.documentElement.style.colorScheme = 'light dark';
    const { el } = await mount('occupation-profile', { endpoint: ENDPOINT, code: '31-9092.00', location: 'CA' });
    const section = el.shadowRoot!.querySelector('wage-table')!;
    await (section as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.matches(':state(dark)')).to.be.true;
    expect(section.matches(':state(dark)')).to.be.true;
    document.documentElement.style.colorScheme = 'light';
    await new Promise((r) => setTimeout(r, 50));
    expect(el.matches(':state(dark)')).to.be.false;
    expect(section.matches(':state(dark)')).to.be.false;
    expect(surface(section)).to.equal(TRANSPARENT);
  });

  it('turns dark on a page that says so with <meta name="color-scheme">', async () => {
    const meta = Object.assign(document.createElement('meta'), { name: 'color-scheme', content: 'light dark' });
    document.head.append(meta);
    const el = await wages();
    expect(surface(el)).to.equal(DARK_SURFACE);
  });

  it('obeys theme="dark" and theme="light" whatever the page says', async () => {
    const dark = await wages({ theme: 'dark' });
    expect(surface(dark)).to.equal(DARK_SURFACE);
    await expect(dark).to.be.accessible();
    const light = await wages({ theme: 'light' });
    expect(surface(light)).to.equal(TRANSPARENT);
    // On a page that shows dark, a widget forced light paints its own light surface, readable.
    document.documentElement.style.colorScheme = 'light dark';
    const onDark = await wages({ theme: 'light' });
    expect(surface(onDark)).to.equal('rgb(255, 255, 255)');
    await expect(onDark).to.be.accessible();
  });

  it('follows the reader with theme="auto", even on a light page', async () => {
    const el = await wages({ theme: 'auto' });
    expect(surface(el)).to.equal(DARK_SURFACE);
    await expect(el).to.be.accessible();
  });

  it('paints one frame for a dark card: its border, with no surface padding around it', async () => {
    document.documentElement.style.colorScheme = 'light dark';
    const { el } = await mount('occupation-profile', { endpoint: ENDPOINT, code: '29-2072.00', variant: 'card' });
    expect(surface(el)).to.equal(DARK_SURFACE);
    expect(getComputedStyle(el).paddingTop).to.equal('0px');
    const attribution = el.shadowRoot!.querySelector('occupation-attribution')!;
    expect(surface(attribution)).to.equal(TRANSPARENT);
    await expect(el).to.be.accessible();
  });
});
