/**
 * Hostile data in every string field of every document a widget reads (occupation, wages, area
 * wages, projections, index), served by the real test server: nothing executes (each payload
 * would push to window.__owPwned, and the page listens for errors), links keep only http(s) and
 * relative URLs, no element comes from the data, and the layout stays inside a 320 px box.
 */
import { expect } from '@open-wc/testing';
import '../../../src/index.ts';
import { faultEndpoint, realDocument } from '../fault-server.ts';
import { deepElements, guard, settle, settledDeep } from './guard.ts';

const CODE = '29-2072.00';
const AIDE = '31-9092.00';
const PATHS = [
  `occupations/${CODE}.json`,
  `occupations/${AIDE}.json`,
  'wages/29-2072.json',
  'wages/31-9092.json',
  'projections/29-2072.json',
  'projections/31-9092.json',
  'areas/CA/wages.json',
  'index.json',
];

const pwn = (how: string) => `window.__owPwned.push('${how}')`;
export const PAYLOADS: string[] = [
  `<script>${pwn('script')}</script>`,
  `<img src=x onerror="${pwn('img')}">`,
  `"><svg onload="${pwn('svg')}">`,
  `' onmouseover='${pwn('attr')}' x='`,
  `<a href="javascript:${pwn('a')}">click</a>`,
  `javascript:${pwn('js')}`,
  `data:text/html,<script>${pwn('data')}</script>`,
  `\${${pwn('template')}}`,
  `{{constructor.constructor("${pwn('angular')}")()}}`,
  `</style><style>*{display:none!important}</style>`,
  `red;background:url("javascript:${pwn('css')}")`,
  `<!--`,
  `&lt;script&gt;${pwn('entity')}&lt;/script&gt;`,
  `\u202Egnp.exe Medical`,
  `\u202E\u2067\u202B`,
  'W'.repeat(10_000),
  // Floods of 2,750 and 4,000 code units in every field (22,000 in every field took over 8 s to lay out).
  '👩‍👩‍👧‍👦'.repeat(250),
  `Z${'\u0336\u0334\u0335\u0337'.repeat(1_000)}`,
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  '\u0000nul\u0000',
];

/** Fields whose form the schema fixes (codes, URLs, kinds): left real, so the rest gets rendered. */
const FIXED = new Set(['schemaVersion', 'kind', 'code', 'soc', 'cip', 'area', 'url', 'oohUrl', 'type', 'version', 'datasetVersion']);

function poison(value: unknown, payload: string, key = ''): unknown {
  if (typeof value === 'string') return FIXED.has(key) ? value : payload;
  if (Array.isArray(value)) return value.map((v) => poison(v, payload, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, payload, k)]));
  }
  return value;
}

async function hostileEndpoint(payload: string): Promise<string> {
  const routes: Record<string, { body: string }> = {};
  for (const path of PATHS) routes[path] = { body: JSON.stringify(poison(await realDocument(path), payload)) };
  return faultEndpoint(routes);
}

const WIDGETS: [string, Record<string, string>][] = [
  ['occupation-profile', { code: CODE, location: 'CA' }],
  ['occupation-profile', { code: AIDE, location: 'CA' }],
  ['occupation-profile', { code: CODE, location: 'CA', variant: 'card' }],
  ['occupation-programs', { code: AIDE, 'program-href': '/catalog?cip={cip}&t={title}' }],
  ['related-occupations', { code: CODE, 'href-template': '/careers/{code}' }],
  ['occupation-attribution', {}],
];

function linksAreSafe(root: Element): string[] {
  return deepElements(root)
    .filter((e): e is HTMLAnchorElement => e instanceof HTMLAnchorElement && e.hasAttribute('href'))
    .map((a) => a.getAttribute('href')!)
    .filter((href) => !/^(https?:|\/|\.|\?|#)/i.test(href) || /^\s*(javascript|data|vbscript):/i.test(href));
}

describe('issue 9: hostile data in every string field', function () {
  this.timeout(30_000);
  for (const [i, payload] of PAYLOADS.entries()) {
    const label = JSON.stringify(payload.length > 40 ? `${payload.slice(0, 40)}… (${payload.length})` : payload);
    it(`payload ${i + 1}: ${label}`, async () => {
      const g = guard();
      const endpoint = await hostileEndpoint(payload);
      const box = document.createElement('div');
      box.style.width = '320px';
      document.body.append(box);
      try {
        const widgets = WIDGETS.map(([tag, attrs]) => {
          const el = document.createElement(tag);
          for (const [k, v] of Object.entries({ ...attrs, endpoint })) el.setAttribute(k, v);
          box.append(el);
          return el;
        });
        for (const el of widgets) await settledDeep(el);
        // Open every "Show all" once, so that the lists' items are rendered too.
        for (const el of widgets) for (const b of deepElements(el)) if (b.matches('[part=show-all]')) (b as HTMLElement).click();
        await settle(300);
        for (const el of widgets) {
          expect(linksAreSafe(el), 'unsafe links').to.deep.equal([]);
          const made = deepElements(el).filter((e) => ['script', 'img', 'svg', 'iframe', 'object', 'embed', 'style'].includes(e.localName));
          expect(made.map((e) => e.localName), 'elements from data').to.deep.equal([]);
          const handlers = deepElements(el).flatMap((e) => e.getAttributeNames().filter((n) => n.startsWith('on')));
          expect(handlers, 'event-handler attributes').to.deep.equal([]);
          expect(el.getBoundingClientRect().right).to.be.at.most(box.getBoundingClientRect().right + 0.5);
          for (const inner of deepElements(el)) {
            const r = inner.getBoundingClientRect();
            if (r.width === 0 || inner.closest('.scroll')) continue;
            expect(r.right, `<${inner.localName} class="${inner.className}"> inside the box`).to.be.at.most(
              box.getBoundingClientRect().right + 0.5,
            );
          }
        }
        expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
        expect(window.__owPwned, 'script ran').to.deep.equal([]);
        expect(g.errors).to.deep.equal([]);
      } finally {
        g.stop();
        box.remove();
      }
    });
  }

  it('javascript: and data: URLs in the sources and oohUrl: never a link', async () => {
    for (const url of [`javascript:${pwn('url')}`, 'data:text/html,x', ' javascript:alert(1)', 'https://example.org/"><script>']) {
      const g = guard();
      const routes: Record<string, { body: string }> = {};
      for (const path of PATHS) {
        const doc = JSON.parse(JSON.stringify(await realDocument(path)), (k, v: unknown) =>
          k === 'url' || k === 'oohUrl' ? url : v,
        ) as unknown;
        routes[path] = { body: JSON.stringify(doc) };
      }
      const endpoint = await faultEndpoint(routes);
      const box = document.createElement('div');
      document.body.append(box);
      try {
        for (const [tag, attrs] of WIDGETS) {
          const el = document.createElement(tag);
          for (const [k, v] of Object.entries({ ...attrs, endpoint })) el.setAttribute(k, v);
          box.append(el);
          await settledDeep(el);
          expect(linksAreSafe(el), `${tag} with url ${url}`).to.deep.equal([]);
        }
        expect(window.__owPwned).to.deep.equal([]);
        expect(g.errors).to.deep.equal([]);
      } finally {
        g.stop();
        box.remove();
      }
    }
  });
});
