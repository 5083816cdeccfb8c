import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DataClient } from '../data/client.ts';
import { wagesInArea } from '../data/loaders.ts';
import { occupationJsonLd } from './occupation-json-ld.ts';

/** What the block describes; null removes it. */
export interface JsonLdTarget {
  code: string;
  client: DataClient;
  /** The resolved location (`US` or a state code). */
  location: string;
}

/**
 * Keeps one `<script type="application/ld+json">` right after its host in the light DOM, for the
 * occupation the host shows; gone when the host leaves the page or the attribute is removed. It
 * reads through the host's client, so the documents are the ones the widget already fetched.
 */
export class JsonLdController implements ReactiveController {
  private script?: HTMLScriptElement;
  private key = '';
  private client?: DataClient;
  private aborter?: AbortController;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Called on every update: loads and writes the block when the target has changed. */
  set(target: JsonLdTarget | null): void {
    const key = target ? `${target.code}|${target.location}` : '';
    if (key === this.key && (!target || this.client === target.client)) return;
    this.key = key;
    this.client = target?.client;
    this.aborter?.abort();
    if (!target) return this.remove();
    const aborter = (this.aborter = new AbortController());
    wagesInArea(target.code, { client: target.client, signal: aborter.signal, location: target.location })
      .then((found) => {
        if (aborter.signal.aborted) return;
        const row = found.local ?? found.nation;
        this.write(JSON.stringify(occupationJsonLd({ ...found, row, area: row === found.nation ? 'US' : found.area })));
      })
      // The widget shows its own error; a page without structured data is still a working page.
      .catch(() => aborter.signal.aborted || this.remove());
  }

  hostConnected(): void {
    if (this.script && !this.script.isConnected) this.host.after(this.script);
  }

  hostDisconnected(): void {
    this.aborter?.abort();
    this.script?.remove();
    this.key = '';
  }

  private write(json: string): void {
    if (!this.host.isConnected) return;
    this.script ??= Object.assign(document.createElement('script'), { type: 'application/ld+json' });
    this.script.dataset.occupationWidgets = this.host.localName;
    // textContent of a script is never parsed as HTML; `<` is escaped anyway so that a title can
    // never close the script element in a serialized page.
    this.script.textContent = json.replaceAll('<', '\\u003c');
    if (this.script.previousElementSibling !== this.host) this.host.after(this.script);
  }

  private remove(): void {
    this.script?.remove();
    this.script = undefined;
  }
}
