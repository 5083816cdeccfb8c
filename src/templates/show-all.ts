import { css, html, nothing, type ReactiveControllerHost } from 'lit';

/**
 * At most this many items are added to the page at once: a list of any length (a document the
 * site did not check) renders promptly, and "Show all" reveals the rest in steps of this size.
 */
export const STEP = 200;

/**
 * The "Show all N" / "Show fewer" disclosure under a long list (tasks, ratings, technology,
 * related occupations, programs, alternate titles). The button stays in the same place in the DOM
 * whichever way it is toggled, so keyboard focus stays on it; after "Show fewer" it is scrolled
 * back into view. No list is ever rendered whole past STEP items: each press adds STEP more.
 */
export class ShowAll {
  /** How many items are shown; undefined for the element's limit. */
  private shown: number | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {}

  /** The first `limit` items (STEP when `limit` is 0 or less), or as many as "Show all" revealed. */
  visible<T>(items: readonly T[], limit: number): readonly T[] {
    return items.slice(0, this.count(items.length, limit));
  }

  /** Collapses again, e.g. when the element is given another occupation. */
  reset(): void {
    this.shown = undefined;
  }

  private first(limit: number): number {
    return limit > 0 ? Math.min(limit, STEP) : STEP;
  }

  private count(total: number, limit: number): number {
    return Math.min(total, this.shown ?? this.first(limit));
  }

  /** The toggle, or nothing when every item already fits within the limit. */
  button(total: number, limit: number, labels: { more: string; less: string }, controls: string) {
    const first = this.first(limit);
    if (total <= first) return nothing;
    const expanded = this.count(total, limit) >= total;
    return html`<button
      type="button"
      class="show-all"
      part="show-all"
      aria-expanded=${expanded ? 'true' : 'false'}
      aria-controls=${controls}
      @click=${(e: Event) => this.toggle(e.currentTarget as HTMLElement, total, first, expanded)}
    >
      ${expanded ? labels.less : labels.more}
    </button>`;
  }

  private async toggle(button: HTMLElement, total: number, first: number, expanded: boolean): Promise<void> {
    this.shown = expanded ? undefined : Math.min(total, (this.shown ?? first) + STEP);
    this.host.requestUpdate();
    await this.host.updateComplete;
    // The list above shrank: bring the button (still focused) back where the reader is looking.
    if (expanded) button.scrollIntoView?.({ block: 'nearest' });
  }
}

/** The list and disclosure styles the list elements share. */
export const listStyles = css`
  .items {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .items > li + li {
    margin-block-start: 0.4em;
  }
  .show-all {
    margin-block-start: calc(var(--_space) / 2);
  }
  p.note {
    margin: calc(var(--_space) / 2) 0 0;
    font-size: 0.9em;
  }
`;
