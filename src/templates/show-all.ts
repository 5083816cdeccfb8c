import { css, html, nothing, type ReactiveControllerHost } from 'lit';

/**
 * The "Show all N" / "Show fewer" disclosure under a long list (tasks, ratings, technology,
 * related occupations). The button stays in the same place in the DOM whichever way it is
 * toggled, so keyboard focus stays on it; after "Show fewer" it is scrolled back into view.
 */
export class ShowAll {
  expanded = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {}

  /** The items to render: the first `limit`, or all when expanded or `limit` is 0 (or less). */
  visible<T>(items: readonly T[], limit: number): readonly T[] {
    return this.expanded || !(limit > 0) ? items : items.slice(0, limit);
  }

  /** Collapses again, e.g. when the element is given another occupation. */
  reset(): void {
    this.expanded = false;
  }

  /** The toggle, or nothing when every item already fits within the limit. */
  button(total: number, limit: number, labels: { more: string; less: string }, controls: string) {
    if (!(limit > 0) || total <= limit) return nothing;
    return html`<button
      type="button"
      class="show-all"
      part="show-all"
      aria-expanded=${this.expanded ? 'true' : 'false'}
      aria-controls=${controls}
      @click=${(e: Event) => this.toggle(e.currentTarget as HTMLElement)}
    >
      ${this.expanded ? labels.less : labels.more}
    </button>`;
  }

  private async toggle(button: HTMLElement): Promise<void> {
    this.expanded = !this.expanded;
    this.host.requestUpdate();
    await this.host.updateComplete;
    // The list above shrank: bring the button (still focused) back where the reader is looking.
    if (!this.expanded) button.scrollIntoView?.({ block: 'nearest' });
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
