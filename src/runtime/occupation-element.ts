import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { VERSION } from '../version.ts';

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
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /**
   * `light` or `dark` forces a colour scheme; unset, the widget follows the reader's preference.
   * Charts are redrawn in the scheme's colours.
   */
  @property({ reflect: true }) theme?: 'light' | 'dark';

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
   * nation's. Unset,
   * the nearest `<occupation-data>` decides, then `configure()`, else `US`.
   */
  @property() location?: string;
}
