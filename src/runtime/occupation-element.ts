import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { VERSION } from '../version.ts';
import { ColorSchemeController, type Theme } from './color-scheme.ts';

/**
 * What every widget shares: the attributes the page sets on any of them, and `emit()`, the one
 * way they fire events (bubbling and composed, so a listener on the page hears them).
 */
export class OccupationElement extends LitElement {
  /** The library version that defined the element (read when two copies meet on one page). */
  static readonly version = VERSION;

  // `lang` is a global attribute: observed here so a change re-renders, yet left native.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /**
   * Base URL of the data endpoint (the folder `npm run data` writes). Unset, the nearest
   * `<occupation-data>` around the widget decides, then `configure()`, else `/data/`.
   */
  @property() endpoint?: string;

  /** Level of the widget's heading, 1-6, to fit the host page's outline; 0 leaves the heading out. */
  // An empty attribute (heading-level="") is a careless host page, not a request for no heading.
  @property({ attribute: 'heading-level', converter: (v) => (v === null || v.trim() === '' ? 2 : Number(v)) })
  headingLevel = 2;

  /**
   * Unset, the widget follows the host page: dark only where the page supports dark (its
   * `color-scheme`, such as `:root { color-scheme: light dark }`, or `<meta name="color-scheme">`)
   * and the reader prefers it. `light` or `dark` forces a scheme; `auto` follows the reader's
   * preference whatever the page says. Charts are redrawn in the scheme's colours.
   */
  @property({ reflect: true }) theme?: Theme;

  // Sets the host's :state(dark), which the shared theme styles read.
  private readonly colorScheme = new ColorSchemeController(this);

  /** Set by the element's DataController: the download of its language's messages, while one is needed. */
  messagesPending?: () => Promise<void> | undefined;

  /**
   * A widget waits for its language's messages before it renders (Spanish downloads on first
   * use), so it never shows English first; English and registered languages render at once.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const pending = this.messagesPending?.();
    return pending ? pending.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /** Fires `type` from this element; returns the event, so a caller can read `defaultPrevented`. */
  emit<T>(type: string, detail: T, options: { cancelable?: boolean } = {}): CustomEvent<T> {
    const event = new CustomEvent<T>(type, {
      detail,
      bubbles: true,
      composed: true,
      cancelable: options.cancelable ?? false,
    });
    this.dispatchEvent(event);
    return event;
  }
}

/** A widget about one occupation. */
export class OccupationCodeElement extends OccupationElement {
  /** O*NET-SOC code of the occupation, such as `29-2072.00`. */
  @property() code = '';
}

/** A widget about one occupation whose figures depend on the place. */
export class LocatedOccupationElement extends OccupationCodeElement {
  /**
   * `US`, a state code (`CA`) or a BLS metropolitan or nonmetropolitan area code (`0600003`,
   * `31080`) the endpoint has: the place whose figures are shown, beside its state's and the
   * nation's. On a live endpoint (tools/proxy) also a ZIP code (`94110`) or a city (`Saint Paul, MN`):
   * the metropolitan area CareerOneStop places it in. Unset, the nearest `<occupation-data>`
   * decides, then `configure()`, else `US`.
   */
  @property() location?: string;
}
