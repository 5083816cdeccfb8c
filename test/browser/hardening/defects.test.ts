/**
 * Issue 9's defects, each as a visitor or a host page would meet it, against documents served by
 * the fault server from the real built endpoint with one field made hostile.
 */
import { expect } from '@open-wc/testing';
import '../../../src/index.ts';
import type { Occupation } from '../../../src/data/schema.ts';
import { faultEndpoint, realDocument } from '../fault-server.ts';
import { ENDPOINT, mount, stubFetch, type FetchLog } from '../helpers.ts';
import { deepElements, deepText, guard, settle, settledDeep, type Guard } from './guard.ts';

const NURSE = '29-2072.00'; // Medical Records Specialists: Bright Outlook, no education levels
const AIDE = '31-9092.00'; // Medical Assistants: education levels, interests, programs

/** An endpoint whose occupation document is the real one, changed by `change`. */
async function withOccupation(code: string, change: (o: Occupation) => void): Promise<string> {
  const doc = await realDocument<Occupation>(`occupations/${code}.json`);
  change(doc);
  return faultEndpoint({ [`occupations/${code}.json`]: { body: JSON.stringify(doc) } });
}

describe('issue 9: defects that broke the host page', () => {
  let g: Guard;
  let log: FetchLog | undefined;
  beforeEach(() => (g = guard()));
  afterEach(() => {
    g.stop();
    log?.restore();
    log = undefined;
  });

  describe('1. a failure while rendering becomes the error state, never an uncaught exception', () => {
    it('shows "constructor" as a Bright Outlook category without throwing', async () => {
      const endpoint = await withOccupation(NURSE, (o) => (o.brightOutlook = ['constructor']));
      const { el, event } = await mount('employment-outlook', { code: NURSE, endpoint });
      await settle();
      expect(event.type).to.equal('occupation-load');
      expect(deepText(el)).to.contain('constructor');
      expect(deepText(el)).not.to.contain('native code');
      expect(g.errors).to.deep.equal([]);
    });

    it('200,000 education levels: the error state and occupation-error, nothing uncaught', async function () {
      this.timeout(30_000); // a 12 MB document is made, sent, parsed and validated
      const endpoint = await withOccupation(AIDE, (o) => {
        const levels = o.education.levels!;
        o.education.levels = Array.from({ length: 200_000 }, (_, i) => ({ ...levels[i % levels.length]!, percent: 1 }));
      });
      const { el, event } = await mount('education-chart', { code: AIDE, endpoint });
      await settle(300);
      expect(event.type).to.equal('occupation-error');
      expect(event.detail.kind).to.equal('invalid-data');
      expect(el.shadowRoot!.querySelector('[part=error]')).to.exist;
      expect(g.errors).to.deep.equal([]);
    });

    it('a throw while drawing the chart leaves the table, not an unhandled rejection', async () => {
      const endpoint = await withOccupation(AIDE, () => {});
      const el = document.createElement('education-chart') as HTMLElement & { updateComplete: Promise<unknown> };
      // A getComputedStyle that throws, as a broken polyfill on a host page might.
      const real = window.getComputedStyle;
      let calls = 0;
      window.getComputedStyle = ((e: Element, p?: string | null) => {
        if (e instanceof HTMLCanvasElement && calls++ === 0) throw new TypeError('host page broke getComputedStyle');
        return real.call(window, e, p);
      }) as typeof window.getComputedStyle;
      try {
        const { el: chart } = await mount('education-chart', { code: AIDE, endpoint });
        await settle(300);
        expect(chart.shadowRoot!.querySelector('details[open]'), 'table shown open').to.exist;
      } finally {
        window.getComputedStyle = real;
        el.remove();
      }
      expect(g.errors).to.deep.equal([]);
    });
  });

  describe('2. lists render a bounded number of items', () => {
    it('100,000 also-known-as titles (past what any release holds) are invalid data, shown at once', async () => {
      const endpoint = await withOccupation(NURSE, (o) => {
        o.alsoKnownAs = Array.from({ length: 100_000 }, (_, i) => `Title ${i + 1}`);
      });
      const start = performance.now();
      const { el, event } = await mount('occupation-profile', { code: NURSE, endpoint, sections: 'also-known-as' });
      expect(performance.now() - start).to.be.below(3000);
      expect(event.detail.kind).to.equal('invalid-data');
      expect(el.shadowRoot!.querySelector('[part=error]')).to.exist;
    });

    it('3,000 programs (the most a document may hold) render in steps', async () => {
      const endpoint = await withOccupation(AIDE, (o) => {
        const p = o.programs[0]!;
        o.programs = Array.from({ length: 3_000 }, (_, i) => ({ ...p, title: `${p.title} ${i}` }));
      });
      const start = performance.now();
      const { el, event } = await mount('occupation-programs', { code: AIDE, endpoint });
      expect(event.type).to.equal('occupation-load');
      expect(performance.now() - start).to.be.below(3000);
      const items = () => el.shadowRoot!.querySelectorAll('li').length;
      expect(items()).to.be.within(1, 500);
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=show-all]')!;
      expect(button.textContent).to.contain('3,000');
      const before = items();
      button.click();
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(items()).to.be.above(before);
      expect(items()).to.be.at.most(before + 1000);
    });

    it('limit="0" on the most activities a document may hold (300) still renders a bounded number', async () => {
      const endpoint = await withOccupation(NURSE, (o) => {
        const t = o.tasks[0]!;
        o.tasks = Array.from({ length: 300 }, (_, i) => ({ ...t, id: `${t.id}-${i}`, text: `${t.text} ${i}` }));
      });
      const { el, event } = await mount('occupation-tasks', { code: NURSE, endpoint, limit: '0' });
      expect(event.type).to.equal('occupation-load');
      expect(el.shadowRoot!.querySelectorAll('li').length).to.be.within(1, 200);
    });
  });

  describe('3. the full profile stays inside its box', () => {
    for (const width of [240, 280, 320]) {
      it(`at ${width} px, with a 300-character area name and long words`, async () => {
        const area = await realDocument<Record<string, unknown>>('areas/CA/wages.json');
        area.name = `California ${'Metropolitan'.repeat(25)}`;
        const doc = await realDocument<Occupation>(`occupations/${NURSE}.json`);
        doc.title = `Specialists${'x'.repeat(300)}`;
        const endpoint = await faultEndpoint({
          'areas/CA/wages.json': { body: JSON.stringify(area) },
          [`occupations/${NURSE}.json`]: { body: JSON.stringify(doc) },
        });
        const box = document.createElement('div');
        box.style.width = `${width}px`;
        document.body.append(box);
        try {
          const el = document.createElement('occupation-profile');
          for (const [k, v] of Object.entries({ code: NURSE, endpoint, location: 'CA' })) el.setAttribute(k, v);
          box.append(el);
          await settledDeep(el);
          await settle(200);
          expect(el.getBoundingClientRect().width).to.be.at.most(width);
          for (const inner of deepElements(el)) {
            const r = inner.getBoundingClientRect();
            if (r.width === 0) continue;
            const scroller = inner.closest('.scroll');
            if (scroller && scroller !== inner) continue; // inside a box that scrolls on its own
            expect(r.right, `<${inner.localName} ${inner.className}> ends inside`).to.be.at.most(
              box.getBoundingClientRect().right + 0.5,
            );
          }
          expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
        } finally {
          box.remove();
        }
      });
    }
  });

  describe("3b. a table that may scroll sideways can be scrolled by keyboard", () => {
    it("each of the full profile's tables sits in a focusable region named by its caption", async () => {
      const box = document.createElement('div');
      box.style.width = '248px';
      document.body.append(box);
      try {
        const el = document.createElement('occupation-profile');
        for (const [k, v] of Object.entries({ code: '31-9092.00', endpoint: ENDPOINT, location: 'CA', theme: 'dark' })) el.setAttribute(k, v);
        box.append(el);
        await settledDeep(el);
        const boxes = deepElements(el).filter((e): e is HTMLElement => e.classList.contains('scroll'));
        const names = boxes.map((scroll) => {
          expect(scroll.tabIndex, `<${(scroll.getRootNode() as ShadowRoot).host.localName}>'s table box`).to.equal(0);
          expect(scroll.getAttribute('role')).to.equal('region');
          const label = (scroll.getRootNode() as ShadowRoot).getElementById(scroll.getAttribute('aria-labelledby') ?? '');
          expect(label?.localName).to.equal('caption');
          return (scroll.getRootNode() as ShadowRoot).host.localName;
        });
        expect(names).to.include.members(['wage-table', 'employment-outlook', 'education-chart']);
      } finally {
        box.remove();
      }
    });
  });

  describe('6. a right-to-left override in data stays inside the data', () => {
    it("the profile's code reads 29-2072.00 after a title with U+202E", async () => {
      const endpoint = await withOccupation(NURSE, (o) => (o.title = `\u202EMedical Records`));
      const { el } = await mount('occupation-profile', { code: NURSE, endpoint, variant: 'card' });
      const code = [...el.shadowRoot!.querySelectorAll('.code')].find((c) => c.textContent!.includes(NURSE))!;
      const text = [...code.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes(NURSE))!;
      const at = text.textContent!.indexOf(NURSE);
      const x = (i: number) => {
        const r = document.createRange();
        r.setStart(text, at + i);
        r.setEnd(text, at + i + 1);
        return r.getBoundingClientRect().left;
      };
      expect(x(0), '"2" left of "0"').to.be.below(x(NURSE.length - 1));
    });

    it('every data string sits in an isolating element', async () => {
      const endpoint = await withOccupation(AIDE, (o) => {
        o.programs = o.programs.map((p) => ({ ...p, title: `\u202E${p.title}` }));
      });
      const { el } = await mount('occupation-programs', { code: AIDE, endpoint });
      const cip = el.shadowRoot!.querySelector('.cip')!;
      const title = cip.previousElementSibling!;
      expect(getComputedStyle(title).unicodeBidi).to.equal('isolate');
    });
  });

  describe('8. names of built-in members in data read as themselves', () => {
    it('a source id "constructor" in index.json shows no native code', async () => {
      const index = await realDocument<{ sources: { id: string }[] }>('index.json');
      index.sources[0]!.id = 'constructor';
      index.sources[1]!.id = 'toString';
      const endpoint = await faultEndpoint({ 'index.json': { body: JSON.stringify(index) } });
      const { el, event } = await mount('occupation-attribution', { endpoint });
      expect(event.type).to.equal('occupation-load');
      expect(deepText(el)).not.to.contain('native code');
      expect(deepText(el)).not.to.contain('function');
    });

    it('interests and ratings with ids "__proto__", "constructor", "toString"', async () => {
      const endpoint = await withOccupation(AIDE, (o) => {
        o.interests = o.interests.map((x, i) => ({ ...x, id: ['__proto__', 'constructor', 'toString'][i % 3]! }));
        o.skills!.items = o.skills!.items.map((x, i) => ({ ...x, id: ['__proto__', 'constructor', 'hasOwnProperty'][i % 3]! }));
      });
      for (const [tag, attrs] of [['occupation-interests', {}], ['occupation-ratings', { kind: 'skills' }]] as const) {
        const { el, event } = await mount(tag, { code: AIDE, endpoint, ...attrs });
        expect(event.type).to.equal('occupation-load');
        expect(deepText(el)).not.to.contain('native code');
      }
    });
  });

  describe('9. an unusable endpoint is an invalid attribute: no request, no retry', () => {
    for (const endpoint of ['http://[::1', 'javascript:alert(1)//', 'data:application/json,{}', 'ftp://127.0.0.1/data/']) {
      it(`endpoint="${endpoint}"`, async () => {
        log = stubFetch((url, init, real) => real(url, init));
        const { el, event } = await mount('wage-table', { code: NURSE, endpoint });
        expect(event.type).to.equal('occupation-error');
        expect(event.detail.kind).to.equal('invalid-attribute');
        expect(event.detail.attribute).to.equal('endpoint');
        expect(el.shadowRoot!.querySelector('[part=error]')!.getAttribute('data-state')).to.equal('invalid');
        expect(el.shadowRoot!.querySelector('[part=retry]')).to.equal(null);
        expect(log.urls).to.deep.equal([]);
      });
    }
  });
});
