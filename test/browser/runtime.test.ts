import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { configure, pageConfig } from '../../src/config.ts';
import '../../src/index.ts';
import { WageTable } from '../../src/elements/wage-table/wage-table.ts';
import { canDefine } from '../../src/runtime/define.ts';
import { DataClient } from '../../src/data/client.ts';
import { StaticSource, type DocumentRequest } from '../../src/data/sources/static.ts';
import { ENDPOINT, freshEndpoint, late, loaded, mount, stubFetch, textOf, type FetchLog } from './helpers.ts';

const median = (el: Element) =>
  el.shadowRoot!.querySelector('tbody tr.median')?.textContent?.replace(/\s+/g, ' ').trim();

describe('the widget runtime', () => {
  const saved = { ...pageConfig() };
  let log: FetchLog | undefined;
  afterEach(() => {
    log?.restore();
    configure(saved);
    document.documentElement.lang = 'en';
  });

  it('takes the endpoint and location set once for the page with configure()', async () => {
    configure({ endpoint: ENDPOINT, location: 'CA' });
    const { el } = await mount<WageTable>('wage-table', { code: '29-2072.00' });
    expect(median(el)).to.equal('Median $61,810 $51,140');
  });

  it('lets an element attribute win over <occupation-data>, and <occupation-data> over configure()', async () => {
    configure({ endpoint: '/no-such-endpoint/', location: 'TX' });
    const wrapper = await fixture(html`<occupation-data endpoint=${ENDPOINT} location="CA">
      <wage-table code="29-2072.00"></wage-table>
      <wage-table code="29-2072.00" location="US"></wage-table>
    </occupation-data>`);
    const [inherited, own] = [...wrapper.querySelectorAll('wage-table')];
    await waitUntil(() => median(inherited!) && median(own!));
    expect(median(inherited!)).to.equal('Median $61,810 $51,140');
    expect(median(own!)).to.equal('Median $51,140');
  });

  it('follows the page language, and a change of <html lang>', async () => {
    document.documentElement.lang = 'es-MX';
    const { el } = await mount<WageTable>('wage-table', { code: '29-2072.00', endpoint: ENDPOINT });
    expect(median(el)).to.equal('Mediana $51,140');
    const again = loaded(el);
    document.documentElement.lang = 'en';
    await again;
    await el.updateComplete;
    expect(median(el)).to.equal('Median $51,140');
  });

  it('fails a request slower than the page timeout with a retry, and loads on retry', async () => {
    let slow = true;
    log = stubFetch((url, init, real) => late(slow ? 5000 : 0, () => real(url, init), init));
    configure({ timeout: 100 });
    const { el, event } = await mount<WageTable>('wage-table', { code: '29-2072.00', endpoint: freshEndpoint() });
    expect(event.detail.kind).to.equal('timeout');
    expect(textOf(el)).to.contain('taking too long');
    await expect(el).to.be.accessible();
    slow = false;
    const again = loaded(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry]')!.click();
    await again;
    await el.updateComplete;
    expect(median(el)).to.equal('Median $51,140');
  });

  it('reads documents through a client that <occupation-data> supplies (a live source, say)', async () => {
    // A source of its own: the same documents, asked for by kind and id, as a live adapter would be.
    const asked: string[] = [];
    class LoggingSource extends StaticSource {
      override fetch(request: DocumentRequest, signal: AbortSignal): Promise<Response> {
        asked.push(`${request.kind}:${request.id ?? ''}`);
        return super.fetch(request, signal);
      }
    }
    const client = new DataClient(new LoggingSource(freshEndpoint()));
    const wrapper = await fixture(html`<occupation-data .client=${client} location="CA">
      <wage-table code="29-2072.00"></wage-table>
    </occupation-data>`);
    const table = wrapper.querySelector('wage-table')!;
    await waitUntil(() => median(table));
    expect(median(table)).to.equal('Median $61,810 $51,140');
    expect(asked.sort()).to.deep.equal(['index:', 'occupation:29-2072.00', 'wages:29-2072']);
  });

  it('shows hostile text in a document as text, never as markup', async () => {
    log = stubFetch(async (url, init, real) => {
      const response = await real(url, init);
      if (!url.endsWith('/occupations/29-2072.00.json')) return response;
      const doc = await response.json();
      return new Response(JSON.stringify({ ...doc, title: '<img src=x onerror="window.hacked=1">' }));
    });
    const { el } = await mount<WageTable>('wage-table', { code: '29-2072.00', endpoint: freshEndpoint() });
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('caption')!.textContent).to.contain('<img src=x');
    expect((window as { hacked?: number }).hacked).to.equal(undefined);
  });

  it('skips a tag that a second copy of the same version registers, quietly', () => {
    class Copy extends WageTable {}
    const warnings = captureWarnings();
    expect(canDefine('wage-table', Copy)).to.equal(false);
    expect(customElements.get('wage-table')).to.equal(WageTable);
    expect(warnings.restore()).to.deep.equal([]);
  });

  it('warns once, naming both versions, when another version defined the tag', () => {
    class Other extends WageTable {
      static override readonly version = '0.0.9';
    }
    customElements.define('other-version-table', Other);
    const warnings = captureWarnings();
    expect(canDefine('other-version-table', WageTable)).to.equal(false);
    expect(canDefine('other-version-table', WageTable)).to.equal(false);
    const said = warnings.restore();
    expect(said).to.have.length(1);
    expect(said[0]).to.contain('0.0.9').and.to.contain('0.1.0');
  });

  it('leaves the host page untouched when the endpoint is dead', async () => {
    const before = document.body.children.length;
    const { el, event } = await mount<WageTable>('wage-table', { code: '29-2072.00', endpoint: '/no-such-endpoint/' });
    expect(event.detail).to.include({ kind: 'network', status: 404 });
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('could not be loaded');
    expect(el.shadowRoot!.querySelector('[part=retry]')).to.exist;
    expect(document.body.children.length).to.equal(before + 1);
  });
});

/** Collects console.warn calls until restored. */
function captureWarnings(): { restore(): string[] } {
  const said: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void said.push(args.join(' '));
  return {
    restore: () => {
      console.warn = original;
      return said;
    },
  };
}
