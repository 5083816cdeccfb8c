import { html, nothing, type ReactiveControllerHost } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import type { DataClient } from '../../data/client.ts';
import type { Messages } from '../../i18n/index.ts';
import type { OccupationSearch, SearchResult } from '../../search/index.ts';

/** What the form needs of its element. */
interface Host extends ReactiveControllerHost {
  add(code: string, title: string): boolean;
  say(message: string): void;
}

const SUGGESTIONS = 8;

/**
 * The comparison's "add an occupation by title" form: a labelled input whose datalist suggests
 * titles from the endpoint's search index (downloaded on first focus), and an Add button. Enter
 * or Add takes the title typed or chosen, else the best match. The ranking code, like the index,
 * downloads on first focus (as `<occupation-search>`'s does).
 */
export class AddOccupation {
  private search: Promise<OccupationSearch> | undefined;
  private results: SearchResult[] = [];
  private readonly input = createRef<HTMLInputElement>();
  private readonly id = `ow-compare-${Math.random().toString(36).slice(2)}`;
  /** Four are compared: the form stays focusable (focus is often in it then) and says why it adds none. */
  private full = false;

  constructor(
    private readonly host: Host,
    private readonly client: () => DataClient,
  ) {}

  focus(): void {
    this.input.value?.focus();
  }

  render(t: Pick<Messages, 'common' | 'compare'>, full: boolean) {
    const c = t.compare;
    this.full = full;
    return html`<form part="add" class="add" @submit=${(e: Event) => this.submit(e, t)}>
      <label for=${`${this.id}-input`}>${c.add}</label>
      <div class="row">
        <input id=${`${this.id}-input`} type="text" autocomplete="off" list=${`${this.id}-list`} ${ref(this.input)}
          ?readonly=${full} aria-disabled=${full ? 'true' : nothing} aria-describedby=${full ? `${this.id}-full` : nothing}
          @focus=${() => void this.index().catch(() => undefined)} @input=${() => void this.suggest()} />
        <button type="submit" aria-disabled=${full ? 'true' : nothing}>${c.addButton}</button>
      </div>
      ${full ? html`<p class="note muted" id=${`${this.id}-full`}>${c.full}</p>` : ''}
      <datalist id=${`${this.id}-list`}>
        ${this.results.map((r) => html`<option value=${r.title}></option>`)}
      </datalist>
    </form>`;
  }

  /** The search over every occupation's titles, loaded once (again after a failure). */
  private index(): Promise<OccupationSearch> {
    return (this.search ??= Promise.all([import('../../search/index.ts'), this.client().get('search-index')])
      .then(([{ occupationSearch }, index]) => occupationSearch(index))
      .catch((error: unknown) => {
        this.search = undefined;
        throw error;
      }));
  }

  /** The best matches for a query, with the alternate titles it needs loaded first. */
  private async find(query: string): Promise<SearchResult[]> {
    const search = await this.index();
    const client = this.client();
    for (const key of search.shardsFor(query)) search.addShard(await client.get('search-shard', key));
    return search.search(query);
  }

  private async suggest(): Promise<void> {
    const query = this.input.value?.value.trim() ?? '';
    let results: SearchResult[] = [];
    try {
      if (query) results = (await this.find(query)).slice(0, SUGGESTIONS);
    } catch {
      // No suggestions: Add still searches, and says when it cannot.
    }
    // A slower answer to an earlier keystroke never replaces the current one's.
    if ((this.input.value?.value.trim() ?? '') !== query) return;
    this.results = results;
    this.host.requestUpdate();
  }

  private async submit(event: Event, t: Pick<Messages, 'common' | 'compare'>): Promise<void> {
    event.preventDefault();
    if (this.full) return this.host.say(t.compare.full);
    const input = this.input.value;
    const query = input?.value.trim() ?? '';
    if (!input || !query) return;
    let results: SearchResult[];
    try {
      results = await this.find(query);
    } catch {
      return this.host.say(t.common.network);
    }
    const pick = results.find((r) => r.title.toLowerCase() === query.toLowerCase()) ?? results[0];
    if (!pick) return this.host.say(t.compare.noMatch(query));
    if (this.host.add(pick.code, pick.title)) {
      input.value = '';
      this.results = [];
      this.host.requestUpdate();
    }
  }
}
