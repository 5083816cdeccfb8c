import { css, html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import type { Messages } from '../../i18n/index.ts';
import type { Step } from './profile-trail.ts';

type DialogHost = ReactiveElement & { theme?: string | undefined; renderRoot: HTMLElement | DocumentFragment };

export const dialogStyles = css`
  .dialog {
    width: min(60rem, calc(100vw - 1rem));
    max-width: none;
    max-height: calc(100dvh - 1rem);
    padding: 0 var(--_space) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_text);
    background: var(--_canvas);
    overflow: auto;
    overscroll-behavior: contain;
  }
  .dialog::backdrop {
    background: rgb(0 0 0 / 0.55);
  }
  .dialog-bar {
    position: sticky;
    top: 0;
    z-index: 1;
    display: flex;
    justify-content: flex-end;
    margin-inline: calc(var(--_space) * -1);
    padding: calc(var(--_space) / 2) var(--_space);
    background: var(--_canvas);
  }
  /* The dialog is the surface: the profile inside paints none of its own. */
  .dialog > occupation-profile {
    --ow-surface-padding: 0;
    --ow-color-surface-dark: transparent;
  }
`;

/**
 * The full profile a card opens when the page gives it no `profile-href`: a modal `<dialog>`
 * above the page rather than an 11,000-pixel profile inside a narrow sidebar. Focus moves into
 * it and returns to the card's button on close; Escape, the close button or a click outside it
 * close it; the page behind does not scroll while it is open.
 */
export class ProfileDialog implements ReactiveController {
  private shown: Step | null = null;
  /** The dialog's name: the occupation the profile inside shows, after any move to a related one. */
  private label = '';
  private opener: HTMLElement | null = null;
  /** The page's own `overflow` on <html>, put back on close. */
  private pageOverflow: string | null = null;

  constructor(private readonly host: DialogHost) {
    host.addController(this);
    // Its styles come with it, added to the card's own.
    const root = host.renderRoot;
    if (root instanceof ShadowRoot && dialogStyles.styleSheet) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, dialogStyles.styleSheet];
    }
  }

  hostDisconnected(): void {
    this.unlock();
  }

  /** Whether an event came from the profile inside the dialog (it speaks for itself). */
  holds(target: EventTarget | null): boolean {
    return target instanceof Element && target.localName === 'occupation-profile' && !!target.closest('dialog');
  }

  async open(step: Step, opener: HTMLElement | null): Promise<void> {
    this.shown = step;
    this.label = step.title;
    this.opener = opener;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.element();
    if (!dialog || dialog.open) return;
    dialog.showModal();
    this.lock();
  }

  render(t: Messages['profile']): TemplateResult | typeof nothing {
    if (!this.shown) return nothing;
    return html`<dialog part="dialog" class="dialog" aria-label=${this.label} closedby="any"
        @close=${() => this.closed()} @occupation-load=${(e: CustomEvent<{ title: string }>) => this.named(e.detail.title)}>
      <div class="dialog-bar">
        <button type="button" part="close" class="close" @click=${() => this.element()?.close()}>${t.close}</button>
      </div>
      <occupation-profile code=${this.shown.code} heading-level="2" theme=${this.host.theme ?? nothing}></occupation-profile>
    </dialog>`;
  }

  private named(title: string): void {
    this.label = title;
    this.host.requestUpdate();
  }

  private element(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog');
  }

  private closed(): void {
    this.unlock();
    this.shown = null;
    this.host.requestUpdate();
    this.opener?.focus();
    this.opener = null;
  }

  // The page behind must not scroll under the dialog (a modal dialog makes it inert, not still).
  private lock(): void {
    if (this.pageOverflow !== null) return;
    this.pageOverflow = document.documentElement.style.overflow;
    document.documentElement.style.overflow = 'hidden';
  }

  private unlock(): void {
    if (this.pageOverflow === null) return;
    document.documentElement.style.overflow = this.pageOverflow;
    this.pageOverflow = null;
  }
}
