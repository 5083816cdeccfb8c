import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { invalidAttribute } from '../../data/errors.ts';
import { count } from '../../format/index.ts';
import { DataController } from '../../runtime/data-controller.ts';
import { OccupationElement } from '../../runtime/occupation-element.ts';
import type { SearchResult } from '../../search/index.ts';
import { stateStyles, theme } from '../../styles/theme.ts';
import type { OccupationSelectDetail } from '../related-occupations/related-occupations.component.ts';
import { searchStyles } from './occupation-search.styles.ts';
import { loadSearcher, untilAborted, type Searcher, type SearchKind } from './search-source.ts';
import { related } from '../../i18n/en/related.ts';
import { search } from '../../i18n/en/search.ts';

export type { SearchKind };

/** The detail of `program-select`: the education program the reader chose. */
export interface ProgramSelectDetail {
  cip: string;
  title: string;
}

/** Typing pauses this long before a search: fast typists do not rank every letter. */
const DEBOUNCE_MS = 60;

/**
 * A search box for careers by the titles people use ("coder", "RN", "medical billing"), or with
 * `kind="programs"` for education programs by title ("welding"). An ARIA 1.2 combobox: arrow
 * keys move through the results, Enter chooses, Escape closes (then clears), Home/End jump to the
 * first or last result; the number of results is announced. Each result says which other title
 * it matched. The index loads on first focus, not with the page.
 *
 * Choosing fires `occupation-select` (or `program-select`); unless the page prevents it, the
 * element then follows `href-template`, or sets `code` (`cip` for programs) on the element whose
 * id is `for`, such as an `<occupation-profile>` or `<program-careers>`.
 *
 * One element for both kinds: the combobox's keyboard and announcements are the hard part, and
 * are written and tested once.
 *
 * @summary Find an occupation (or an education program) by the title people use.
 * @fires occupation-select - An occupation was chosen; detail `{ code, title }`. Cancelable.
 * @fires program-select - A program was chosen (`kind="programs"`); detail `{ cip, title }`. Cancelable.
 * @fires occupation-load - The index loaded (after first focus); detail `{ kind, size }`.
 * @fires occupation-error - The index could not load; detail `{ code: null, kind, status?, attribute?, message }`.
 * @csspart label - The label above the box.
 * @csspart input - The text box.
 * @csspart hint - The hint below the box.
 * @csspart listbox - The popup list of results.
 * @csspart option - One result.
 * @csspart empty - "No careers match".
 * @csspart loading - The loading placeholder (after first focus).
 * @csspart error - The error message.
 * @csspart retry - The retry button.
 */
export class OccupationSearch extends OccupationElement {
  static override styles = [theme, stateStyles, searchStyles];

  /** `occupations` (default) or `programs` (CIP programs by title, for a program page's editor). */
  @property() kind: SearchKind = 'occupations';
  /** The visible label; unset, "Search careers" (or "Search education programs") in the widget's language. */
  @property() label?: string;
  /** After a choice, go to this URL: `{code}` is the O*NET-SOC code (or CIP code), e.g. `/careers/{code}`. */
  @property({ attribute: 'href-template' }) hrefTemplate?: string;
  /** After a choice, set `code` (`cip` for programs) on the element with this id. */
  @property({ attribute: 'for' }) htmlFor?: string;
  /** How many results to show at most. */
  @property({ type: Number }) limit = 10;

  /** Set on first focus: the index loads only then. */
  @state() private activated = false;
  @state() private query = '';
  @state() private results: SearchResult[] = [];
  /** The query the results answer (null before any search). */
  @state() private answered: string | null = null;
  @state() private open = false;
  @state() private active = -1;
  @query('input') private input!: HTMLInputElement;

  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending: AbortController | undefined;
  private searched: Searcher | undefined;

  private readonly data = new DataController(this, {
    messages: { search, related },
    args: () => [this.kind, this.hrefTemplate, this.activated] as const,
    detail: (s: Searcher) => ({ kind: s.kind, size: s.size }),
    load: ([kind, template, activated], { client, signal }) => {
      if (kind !== 'occupations' && kind !== 'programs') {
        throw invalidAttribute('kind', String(kind), `kind "${String(kind)}" is not occupations or programs`, (t) =>
          t.common.invalidAttribute('kind', String(kind)),
        );
      }
      if (template && !template.includes('{code}')) {
        throw invalidAttribute('href-template', template, `href-template "${template}" has no {code} placeholder`, (t) =>
          t.related.invalidTemplate(template),
        );
      }
      return activated ? loadSearcher(kind, client, signal) : untilAborted(signal);
    },
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
    this.pending?.abort();
  }

  protected override updated(): void {
    // The index arrived while the reader was typing: answer what is in the box now.
    const searcher = this.data.value;
    if (searcher && searcher !== this.searched) {
      this.searched = searcher;
      if (this.query.trim()) void this.run();
    }
    // The active option stays in view as the arrow keys move through a list taller than the popup.
    if (this.open && this.active >= 0) {
      this.renderRoot.querySelector(`#option-${this.active}`)?.scrollIntoView({ block: 'nearest' });
    }
  }

  private get t() {
    return this.data.t.search;
  }

  protected override render() {
    const t = this.t;
    const programs = this.kind === 'programs';
    const label = this.label ?? (programs ? t.labelPrograms : t.label);
    const expanded = this.open && this.results.length > 0;
    return html`<div class="lang" lang=${this.data.lang}>
      <label for="input" part="label">${label}</label>
      <div class="field">
        <input id="input" part="input" type="text" role="combobox" autocomplete="off" spellcheck="false"
          aria-autocomplete="list" aria-expanded=${expanded ? 'true' : 'false'} aria-controls="listbox"
          aria-describedby="hint" aria-activedescendant=${ifDefined(expanded && this.active >= 0 ? `option-${this.active}` : undefined)}
          .value=${live(this.query)} @focus=${this.activate} @input=${this.onInput} @keydown=${this.onKeydown}
          @blur=${this.close} />
        <ul id="listbox" role="listbox" part="listbox" aria-label=${label} ?hidden=${!expanded}
          @mousedown=${(e: Event) => e.preventDefault()}>
          ${expanded ? this.results.map((r, i) => this.renderOption(r, i)) : nothing}
        </ul>
      </div>
      <p id="hint" class="hint muted" part="hint">${programs ? t.hintPrograms : t.hint}</p>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement()}</div>
      ${this.activated ? this.data.render(() => this.renderEmpty(), 1) : nothing}
    </div>`;
  }

  private renderOption(r: SearchResult, i: number) {
    const t = this.t;
    return html`<li id="option-${i}" role="option" part="option" aria-selected=${i === this.active ? 'true' : 'false'}
      @click=${() => this.choose(r)}>
      <span class="title" lang="en">${r.title}</span>
      ${r.matched ? html`<span class="matched muted">${t.matched} <span lang="en">${r.matched}</span></span>` : nothing}
      ${this.kind === 'programs' ? html`<span class="code muted">${t.cip} ${r.code}</span>` : nothing}
    </li>`;
  }

  /** Visible only once a query was answered with nothing. */
  private renderEmpty() {
    if (this.answered === null || this.results.length > 0 || !this.answered.trim()) return nothing;
    const t = this.t;
    return html`<p class="empty" part="empty">${this.kind === 'programs' ? t.noPrograms(this.answered) : t.none(this.answered)}</p>`;
  }

  /** "10 results" for a screen reader, once results answer the box's query. */
  private announcement(): string {
    if (this.answered === null || !this.answered.trim() || this.answered !== this.query) return '';
    return this.t.results(this.results.length, count(this.results.length, this.data.lang));
  }

  private activate(): void {
    this.activated = true;
    if (this.results.length && this.query.trim()) this.open = true;
  }

  private onInput(e: Event): void {
    this.query = (e.target as HTMLInputElement).value;
    this.active = -1;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), DEBOUNCE_MS);
  }

  /** Answers the box's current query (once the index is there; `updated()` calls again when it arrives). */
  private async run(): Promise<void> {
    const searcher = this.data.value;
    if (!searcher) return;
    this.pending?.abort();
    const controller = (this.pending = new AbortController());
    const asked = this.query;
    let results: SearchResult[];
    try {
      results = asked.trim() ? await searcher.search(asked, this.limit, controller.signal) : [];
    } catch (error) {
      if (controller.signal.aborted) return;
      throw error;
    }
    if (controller.signal.aborted || asked !== this.query) return;
    this.results = results;
    this.answered = asked;
    this.active = -1;
    this.open = results.length > 0 && this.matches(':focus-within');
  }

  private onKeydown(e: KeyboardEvent): void {
    const n = this.results.length;
    const expanded = this.open && n > 0;
    switch (e.key) {
      case 'ArrowDown':
        if (!n) return;
        this.active = expanded ? (this.active + 1) % n : 0;
        this.open = true;
        break;
      case 'ArrowUp':
        if (!n) return;
        this.active = expanded && this.active > 0 ? this.active - 1 : n - 1;
        this.open = true;
        break;
      case 'Home':
      case 'End':
        // In the list they move through it; in the text they move the caret, as in any text box.
        if (!expanded || this.active < 0) return;
        this.active = e.key === 'Home' ? 0 : n - 1;
        break;
      case 'Enter':
        if (!expanded || this.active < 0) return;
        this.choose(this.results[this.active]!);
        break;
      case 'Escape':
        if (expanded) this.close();
        else if (this.query) this.clear();
        else return;
        break;
      default:
        return;
    }
    e.preventDefault();
  }

  private close(): void {
    this.open = false;
    this.active = -1;
  }

  private clear(): void {
    clearTimeout(this.timer);
    this.pending?.abort();
    this.query = '';
    this.results = [];
    this.answered = null;
  }

  private choose(r: SearchResult): void {
    this.query = r.title;
    // The list answered what was typed, not the title now in the box: coming back to the box
    // shows no stale list; typing searches again.
    this.results = [];
    this.answered = null;
    this.close();
    this.input.focus();
    const programs = this.kind === 'programs';
    const event = programs
      ? this.emit<ProgramSelectDetail>('program-select', { cip: r.code, title: r.title }, { cancelable: true })
      : this.emit<OccupationSelectDetail>('occupation-select', { code: r.code, title: r.title }, { cancelable: true });
    if (event.defaultPrevented) return;
    if (this.hrefTemplate) {
      window.location.assign(this.hrefTemplate.replaceAll('{code}', encodeURIComponent(r.code)));
      return;
    }
    if (!this.htmlFor) return;
    const root = this.getRootNode() as Document | ShadowRoot;
    const target = (root.getElementById?.(this.htmlFor) ?? document.getElementById(this.htmlFor)) as
      | (HTMLElement & { code?: string; cip?: string })
      | null;
    if (!target) console.warn(`<occupation-search> for="${this.htmlFor}": no element has that id`);
    else if (programs) target.cip = r.code;
    else target.code = r.code;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'program-select': CustomEvent<ProgramSelectDetail>;
  }
}
