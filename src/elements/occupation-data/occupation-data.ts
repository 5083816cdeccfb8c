import { ContextConsumer, ContextProvider } from '@lit/context';
import { LitElement, html, css, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { widgetContext, type WidgetContext } from '../../context.ts';

/**
 * Gives every widget inside it the same data endpoint, location and language, so a page sets
 * them once. A widget's own attributes still win; an inner `<occupation-data>` overrides an outer one.
 *
 * @summary Shares endpoint, location and language with the widgets inside it.
 * @slot - The widgets (and any other content).
 */
export class OccupationData extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Base URL of the data endpoint. */
  @property() endpoint?: string;
  /** `US` or a state code such as `CA`. */
  @property() location?: string;

  private readonly outer = new ContextConsumer(this, {
    context: widgetContext,
    subscribe: true,
    callback: () => this.share(),
  });
  private readonly provider = new ContextProvider(this, { context: widgetContext, initialValue: {} });
  private readonly langObserver = new MutationObserver(() => this.share());

  override connectedCallback(): void {
    super.connectedCallback();
    this.langObserver.observe(this, { attributes: true, attributeFilter: ['lang'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.langObserver.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('endpoint') || changed.has('location')) this.share();
  }

  private share(): void {
    const outer = this.outer.value ?? {};
    const value: WidgetContext = {
      ...outer,
      ...(this.endpoint ? { endpoint: this.endpoint } : {}),
      ...(this.location ? { location: this.location } : {}),
      ...(this.getAttribute('lang') ? { lang: this.getAttribute('lang')! } : {}),
    };
    this.provider.setValue(value);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'occupation-data': OccupationData;
  }
}
