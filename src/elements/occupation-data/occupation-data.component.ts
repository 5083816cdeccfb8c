import { ContextConsumer, ContextProvider } from '@lit/context';
import { LitElement, html, css } from 'lit';
import { property } from 'lit/decorators.js';
import { widgetContext, type WidgetContext } from '../../context.ts';
import type { DataClient } from '../../data/client.ts';
import { VERSION } from '../../version.ts';

/**
 * Gives every widget inside it the same data endpoint (or data client), location and language,
 * so a page sets them once. A widget's own attributes still win; an inner `<occupation-data>`
 * overrides an outer one.
 *
 * @summary Shares endpoint, location and language with the widgets inside it.
 * @slot - The widgets (and any other content).
 */
export class OccupationData extends LitElement {
  static readonly version = VERSION;
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** Base URL of the data endpoint for the widgets inside. */
  @property() endpoint?: string;
  /** `US`, a state code such as `CA` or a BLS area code such as `0600003`, for the widgets inside. */
  @property() location?: string;
  /**
   * A `DataClient` over another document source (a live API behind a proxy, say) for the widgets
   * inside; set as a property. Unset, they read the static endpoint at `endpoint`.
   */
  @property({ attribute: false }) client?: DataClient;

  private readonly outer = new ContextConsumer(this, {
    context: widgetContext,
    subscribe: true,
    callback: () => this.share(),
  });
  private readonly provider = new ContextProvider(this, { context: widgetContext, initialValue: {} });

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.share();
  }

  protected override willUpdate(): void {
    this.share();
  }

  private share(): void {
    const outer = this.outer.value ?? {};
    const lang = this.getAttribute('lang');
    const value: WidgetContext = {
      ...outer,
      // An endpoint here replaces a client from further out, and the other way round.
      ...(this.endpoint ? { endpoint: this.endpoint, client: undefined } : {}),
      ...(this.client ? { client: this.client } : {}),
      ...(this.location ? { location: this.location } : {}),
      ...(lang ? { lang } : {}),
    };
    const old = this.provider.value;
    const same = (Object.keys({ ...old, ...value }) as (keyof WidgetContext)[]).every((k) => old[k] === value[k]);
    if (!same) this.provider.setValue(value);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
