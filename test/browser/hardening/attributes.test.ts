/**
 * Bad attributes and careless use, as a host page would do it: invalid codes and paths, unknown
 * locations, languages, heading levels and sections, 100 changes in a row, an element removed
 * mid-request, and 500 widgets on one page. Requests go to the real test server; a spy on fetch
 * only records what was asked and whether it was aborted.
 */
import { expect } from '@open-wc/testing';
import '../../../src/index.ts';
import { faultEndpoint, hits } from '../fault-server.ts';
import { ENDPOINT, mount, stubFetch, textOf, type FetchLog } from '../helpers.ts';
import { guard, settle, type Guard } from './guard.ts';

type Widget = HTMLElement & { code: string; updateComplete: Promise<unknown> };

export const BAD_ATTRIBUTES: [string, Record<string, string>, string][] = [
  ['wage-table', { code: 'abc' }, 'code'],
  ['wage-table', { code: '../../index' }, 'code'],
  ['occupation-tasks', { code: '29-2072.00/../../index' }, 'code'],
  ['occupation-tasks', { code: '29-2072.00?x=1' }, 'code'],
  ['occupation-tasks', { code: '29-2072.00#x' }, 'code'],
  ['occupation-tasks', { code: '%2e%2e%2f' }, 'code'],
  ['occupation-tasks', { code: '<img src=x onerror=alert(1)>' }, 'code'],
  ['occupation-tasks', { code: 'constructor' }, 'code'],
  ['occupation-tasks', { code: ' '.repeat(10) }, 'code'],
  ['occupation-tasks', { code: '2'.repeat(10_000) }, 'code'],
  ['wage-table', { code: '29-2072.00', location: 'ZZ' }, 'location'],
  ['wage-table', { code: '29-2072.00', location: '../US' }, 'location'],
  ['wage-table', { code: '29-2072.00', location: '__proto__' }, 'location'],
  ['occupation-ratings', { code: '29-2072.00', kind: 'toString' }, 'kind'],
  ['occupation-ratings', { code: '29-2072.00', kind: '' }, 'kind'],
  ['occupation-profile', { code: '29-2072.00', sections: 'wages,constructor' }, 'sections'],
  ['occupation-profile', { code: '29-2072.00', sections: '<script>' }, 'sections'],
];

describe('issue 9: bad attributes and careless use', function () {
  this.timeout(20_000);
  let g: Guard;
  let log: FetchLog | undefined;
  beforeEach(() => (g = guard()));
  afterEach(() => {
    g.stop();
    log?.restore();
    log = undefined;
    expect(g.errors).to.deep.equal([]);
  });

  for (const [tag, attrs, attribute] of BAD_ATTRIBUTES) {
    it(`<${tag}> ${JSON.stringify(attrs).slice(0, 80)}: invalid ${attribute}, no document request, no retry`, async () => {
      log = stubFetch((url, init, real) => real(url, init));
      const { el, event } = await mount(tag, { ...attrs, endpoint: ENDPOINT });
      expect(event.type).to.equal('occupation-error');
      expect(event.detail.kind).to.equal('invalid-attribute');
      expect(event.detail.attribute).to.equal(attribute);
      expect(el.shadowRoot!.querySelector('[part=error]')!.getAttribute('data-state')).to.equal('invalid');
      expect(el.shadowRoot!.querySelector('[part=retry]')).to.equal(null);
      // Only index.json may be read (to list the known areas); never a document named by the bad value.
      expect(log.urls.filter((u) => !u.endsWith('/index.json'))).to.deep.equal([]);
      expect(el.shadowRoot!.querySelectorAll('img, script').length).to.equal(0);
    });
  }

  it('an unknown language reads English', async () => {
    const { el, event } = await mount('occupation-tasks', { code: '29-2072.00', endpoint: ENDPOINT, lang: 'x-klingon' });
    expect(event.type).to.equal('occupation-load');
    expect(textOf(el)).to.contain('Activities');
  });

  for (const level of ['99', '-1', 'abc', '2.5', '1e3', '', ' ']) {
    it(`heading-level="${level}" still gives one heading, h1 to h6`, async () => {
      const { el, event } = await mount('occupation-tasks', { code: '29-2072.00', endpoint: ENDPOINT, 'heading-level': level });
      expect(event.type).to.equal('occupation-load');
      const headings = el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6');
      expect(headings.length).to.equal(1);
    });
  }

  it('100 changes of code in a row: only the last renders, and the superseded requests are aborted', async () => {
    const endpoint = await faultEndpoint({ '*': { delay: 150 } });
    const signals: AbortSignal[] = [];
    log = stubFetch((url, init, real) => {
      if (init?.signal) signals.push(init.signal);
      return real(url, init);
    });
    const list = ['29-2072.00', '31-9092.00', '11-1011.00', '11-1021.00'];
    const { el } = await mount<Widget>('occupation-tasks', { code: list[0]!, endpoint: ENDPOINT });
    const loads: CustomEvent[] = [];
    el.addEventListener('occupation-load', (e) => loads.push(e as CustomEvent));
    el.setAttribute('endpoint', endpoint);
    for (let i = 1; i <= 100; i++) {
      el.code = list[i % list.length]!;
      await el.updateComplete;
    }
    const last = list[100 % list.length]!;
    await new Promise((r) => el.addEventListener('occupation-load', r, { once: true }));
    await settle(300);
    expect(loads.map((e) => e.detail.code)).to.deep.equal([last]);
    const aborted = signals.filter((s) => s.aborted).length;
    // Every request but those for the last code was stopped (documents shared by two codes in flight may finish).
    expect(aborted).to.be.at.least(90);
    const served = await hits(endpoint);
    expect(Object.keys(served).length).to.be.at.most(list.length);
  });

  it('an element removed mid-request has its request aborted; one another widget waits for is not', async () => {
    const endpoint = await faultEndpoint({ '*': { delay: 400 } });
    const signals = new Map<string, AbortSignal[]>();
    log = stubFetch((url, init, real) => {
      if (init?.signal) signals.set(url, [...(signals.get(url) ?? []), init.signal]);
      return real(url, init);
    });
    const host = document.createElement('div');
    document.body.append(host);
    const alone = document.createElement('occupation-tasks');
    alone.setAttribute('code', '11-1011.00');
    alone.setAttribute('endpoint', endpoint);
    const a = document.createElement('occupation-tasks');
    const b = document.createElement('occupation-programs');
    for (const el of [a, b]) {
      el.setAttribute('code', '31-9092.00');
      el.setAttribute('endpoint', endpoint);
    }
    host.append(alone, a, b);
    await settle(100);
    alone.remove();
    a.remove();
    const loaded = new Promise((r) => b.addEventListener('occupation-load', r, { once: true }));
    await loaded;
    const signalFor = (code: string) => [...signals].find(([url]) => url.includes(code))![1][0]!;
    expect(signalFor('11-1011.00').aborted, 'removed, no one else waits').to.equal(true);
    expect(signalFor('31-9092.00').aborted, 'still awaited by <occupation-programs>').to.equal(false);
    host.remove();
  });

  it('500 widgets on a page: one request per distinct document', async () => {
    const endpoint = await faultEndpoint({});
    const host = document.createElement('div');
    document.body.append(host);
    const codes = ['29-2072.00', '31-9092.00', '11-1011.00', '11-1021.00', '11-1011.03'];
    const tags = ['occupation-tasks', 'wage-table', 'occupation-programs', 'related-occupations', 'technology-skills'];
    const events: Promise<Event>[] = [];
    for (let i = 0; i < 500; i++) {
      const el = document.createElement(tags[i % tags.length]!);
      el.setAttribute('code', codes[Math.floor(i / tags.length) % codes.length]!);
      el.setAttribute('endpoint', endpoint);
      events.push(
        new Promise((r) => {
          el.addEventListener('occupation-load', r, { once: true });
          el.addEventListener('occupation-error', r, { once: true });
        }),
      );
      host.append(el);
    }
    const done = await Promise.all(events);
    expect(done.filter((e) => e.type === 'occupation-load').length).to.equal(500);
    const served = await hits(endpoint);
    for (const [path, n] of Object.entries(served)) expect(n, path).to.equal(1);
    // 5 occupations and their wages documents (SOC 11-1011 is shared by 11-1011.00 and .03).
    expect(Object.keys(served).filter((p) => p.startsWith('occupations/')).length).to.equal(5);
    host.remove();
  });
});
