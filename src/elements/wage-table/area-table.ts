/**
 * An area table's shell, rendered with Lit (heading, controls, header, notes), and its state: the
 * sort, the filter and what is shown. The body is RowsView's.
 */
import { html, nothing } from 'lit';
import type { AreaTable } from '../../data/loaders.ts';
import type { Release } from '../../data/schema.ts';
import { releaseName, type WageUnit } from '../../format/index.ts';
import { estimateMethods } from './estimates.ts';
import type { Lang, Messages } from '../../i18n/index.ts';
import { heading } from '../../templates/heading.ts';
import { download, toCsv } from './area-csv.ts';
import { fold, isWageKey, joinRows, searchText, sortOrder, unpublished, type AreaRow, type Column, type JoinedRows } from './area-rows.ts';
import { RowsView } from './area-rows-view.ts';
import { areaTableStyles } from './area-table.styles.ts';

export interface AreaTableOptions {
  columns: Column[];
  /** The annual/hourly switch. */
  toggle: unknown;
  /** The note that the sources' titles are English only, in a language other than English. */
  englishNote: unknown;
  group: { prefix: string; code: string } | undefined;
  codes: string[] | undefined;
  rate: WageUnit;
  limit: number | undefined;
  hrefTemplate: string | undefined;
  headingLevel: number;
  lang: Lang;
  t: Pick<Messages, 'common' | 'wages' | 'areaTable'>;
}

interface Host {
  requestUpdate(): void;
  readonly renderRoot: HTMLElement | DocumentFragment;
  emit<T>(type: string, detail: T, options?: { cancelable?: boolean }): CustomEvent<T>;
}

/** Column widths in em: every row is a grid of these, so no row is measured to lay out another. */
const WIDTH: Record<string, number> = { occupation: 13, education: 11, bright: 7, growth: 8.5 };
const width = (c: Column) => WIDTH[c.key] ?? 8;

export class AreaTableView {
  /** The filter as typed. */
  filter = '';
  sortId: string | undefined;
  descending = false;
  private joined: { data: AreaTable; key: string; value: JoinedRows } | undefined;
  private view: RowsView | undefined;
  private shown: number[] = [];
  private pending: (() => void) | undefined;
  /** The last sort and notes, kept while only the filter changes (a keystroke re-renders the shell). */
  private sorted: { key: unknown[]; value: number[] } | undefined;
  private noted: { key: unknown[]; value: unknown } | undefined;

  constructor(private readonly host: Host) {
    // The area table's styles come with its code, so single-occupation pages never load them.
    const root = host.renderRoot;
    const sheet = areaTableStyles.styleSheet;
    if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
  }

  /** Sets the sort the `sort` and `order` attributes ask for. */
  sortBy(id: string | undefined, descending: boolean): void {
    this.sortId = id;
    this.descending = descending;
  }

  private rows(data: AreaTable, o: AreaTableOptions): JoinedRows {
    const key = `${o.group?.prefix}|${o.codes?.join()}`;
    if (this.joined?.data !== data || this.joined.key !== key) {
      const value = joinRows(data.area, data.summary, data.compare ?? undefined, { prefix: o.group?.prefix, codes: o.codes });
      this.joined = { data, key, value };
      // Ready for the first keystroke, made after the first rows are on screen.
      setTimeout(() => value.rows.forEach(searchText), 500);
    }
    return this.joined.value;
  }

  /** The rows shown, in order: sorted, filtered by title, then cut to the limit. */
  private order(rows: readonly AreaRow[], o: AreaTableOptions): number[] {
    const column = o.columns.find((c) => c.id === this.sortId);
    const key = [rows, column, o.rate, this.descending];
    if (!this.sorted || key.some((k, i) => k !== this.sorted!.key[i])) {
      this.sorted = { key, value: column ? sortOrder(rows, column, o.rate, this.descending) : rows.map((_, i) => i) };
    }
    const sorted = this.sorted.value;
    const query = fold(this.filter.trim());
    const matching = query ? sorted.filter((i) => searchText(rows[i]!).includes(query)) : sorted;
    return o.limit ? matching.slice(0, o.limit) : matching;
  }

  render(data: AreaTable, o: AreaTableOptions) {
    const { t, rate } = o;
    const a = t.areaTable;
    const { rows, missing } = this.rows(data, o);
    const shown = (this.shown = this.order(rows, o));
    const years = `${data.summary.baseYear}–${data.summary.projectedYear}`;
    const names = o.columns.map((c) => this.columnName(c, o, years, data.compare));
    const groupTitle = o.group && data.summary.groups[o.group.code];
    const release = releaseName(data.area.sources.find((s) => s.id === 'oews')?.version ?? '', o.lang);
    const sorted = o.columns.findIndex((c) => c.id === this.sortId);
    const status = `${a.count(shown.length, rows.length)}.${sorted < 0 ? '' : ` ${a.sorted(names[sorted]!, this.descending)}`}`;
    // RowsView fills the body once this template is in the shadow root.
    this.pending = () => this.sync(rows, o);
    return html`${heading(o.headingLevel, groupTitle ? a.groupHeading(groupTitle, data.area.name) : a.heading(data.area.name))}${o.englishNote}
      <div class="controls">
        ${o.toggle}
        <label class="filter"
          >${a.filter}
          <input type="search" part="filter" .value=${this.filter} @input=${(e: Event) => this.onFilter(e)}
        /></label>
        <button type="button" part="download" @click=${() => this.csv(rows, o, names, data.area.name)}>${a.download}</button>
      </div>
      <p class="status" part="status" role="status">${status}</p>
      <div class="scroll" part="scroll" tabindex="0" role="region" aria-label=${a.caption(rate === 'annual' ? t.wages.annual : t.wages.hourly, data.area.name, release)}>
        <table
          part="table"
          role="table"
          style="--cols:${o.columns.map((c) => `${width(c)}em`).join(' ')};width:${o.columns.reduce((sum, c) => sum + width(c), 0)}em"
        >
          <caption>${a.caption(rate === 'annual' ? t.wages.annual : t.wages.hourly, data.area.name, release)}</caption>
          <thead role="rowgroup">
            <tr role="row">
              ${o.columns.map((c, i) => this.header(c, names[i]!, i === sorted))}
            </tr>
          </thead>
          <tbody class="rows" role="rowgroup" @click=${(e: Event) => this.onSelect(e, rows)}></tbody>
        </table>
      </div>
      ${shown.length === 0 ? html`<p class="note" part="note">${a.none}</p>` : nothing}
      ${missing.length ? html`<p class="note" part="note">${a.missing(missing.join(', '))}</p>` : nothing}
      ${this.notesOnce(data, o.limit ? shown.map((i) => rows[i]!) : rows, o)}`;
  }

  /** Called after each render: attaches to the body (new after a state change) and shows the rows. */
  updated(): void {
    this.pending?.();
    this.pending = undefined;
  }

  /** Resolves once the body holds every row shown (they are inserted in chunks after a render). */
  settled(): Promise<void> {
    return this.view?.settled() ?? Promise.resolve();
  }

  private sync(rows: readonly AreaRow[], o: AreaTableOptions): void {
    const tbody = this.host.renderRoot.querySelector<HTMLTableSectionElement>('tbody.rows');
    if (!tbody) return;
    if (this.view?.tbody !== tbody) this.view = new RowsView(tbody);
    this.view.show({ rows, columns: o.columns, rate: o.rate, lang: o.lang, t: o.t, hrefTemplate: o.hrefTemplate }, this.shown);
  }

  private columnName(c: Column, o: AreaTableOptions, years: string, compare: AreaTable['compare']): string {
    const a = o.t.areaTable;
    const own =
      c.key === 'occupation' ? a.occupation
      : c.key === 'employment' ? a.employment
      : c.key === 'growth' ? a.growth(years)
      : c.key === 'openings' ? a.openings
      : c.key === 'education' ? a.education
      : c.key === 'bright' ? a.bright
      : o.t.wages[c.key];
    return !c.nation ? own : !compare || compare.area === 'US' ? a.nation(own) : `${own}, ${compare.name}`;
  }

  private header(c: Column, name: string, sorted: boolean) {
    const order = sorted ? (this.descending ? 'descending' : 'ascending') : undefined;
    const cls = c.key === 'occupation' ? 'title' : c.key === 'education' || c.key === 'bright' ? '' : 'num';
    return html`<th scope="col" role="columnheader" class="${cls} ${c.nation ? 'nation' : ''}" aria-sort=${order ?? 'none'}>
      <button type="button" class="sort" @click=${() => this.onSort(c.id)}>
        ${name}<span class="arrow" aria-hidden="true">${order === 'ascending' ? '▲' : order === 'descending' ? '▼' : '↕'}</span>
      </button>
    </th>`;
  }

  private onSort(id: string): void {
    this.descending = this.sortId === id ? !this.descending : false;
    this.sortId = id;
    this.host.requestUpdate();
  }

  private onFilter(e: Event): void {
    this.filter = (e.target as HTMLInputElement).value;
    this.host.requestUpdate();
  }

  private onSelect(e: Event, rows: readonly AreaRow[]): void {
    const button = (e.target as Element).closest<HTMLButtonElement>('button[data-i]');
    const row = button && rows[Number(button.dataset['i'])];
    if (row) this.host.emit('occupation-select', { code: row.code, title: row.title }, { cancelable: true });
  }

  private csv(rows: readonly AreaRow[], o: AreaTableOptions, names: string[], place: string): void {
    const rate = o.rate === 'annual' ? o.t.wages.annual : o.t.wages.hourly;
    const headers = names.map((n, i) => (o.columns[i]!.key.startsWith('p') || o.columns[i]!.key === 'median' ? `${n} (${rate})` : n));
    const text = toCsv(this.shown.map((i) => rows[i]!), o.columns, headers, o.rate);
    download(text, o.t.areaTable.fileName(place.replace(/\W+/g, '-')));
  }

  /**
   * The notes read every row the table can show (with `limit`, the rows shown: a top 20 without
   * withheld figures says nothing of them): made again only when what they say can change, not
   * per keystroke in the filter.
   */
  private notesOnce(data: AreaTable, rows: readonly AreaRow[], o: AreaTableOptions) {
    const key = [data, rows, o.rate, o.columns, o.t];
    if (!this.noted || key.some((k, i) => k !== this.noted!.key[i])) this.noted = { key, value: this.notes(data, rows, o) };
    return this.noted.value;
  }

  /** What the figures mean where the table holds them: estimates, withheld and top-coded values, sources. */
  private notes(data: AreaTable, rows: readonly AreaRow[], o: AreaTableOptions) {
    const a = o.t.areaTable;
    const docs = data.compare ? [data.area, data.compare] : [data.area];
    const shownFields = new Set(o.columns.map((c) => (c.key === 'employment' ? 'employment' : `${o.rate}.${c.key}`)));
    const estimates = new Map<string, string>();
    for (const doc of docs) {
      for (const [field, how] of Object.entries(doc.estimates ?? {})) if (shownFields.has(field) && how) estimates.set(field, how);
    }
    // What the shown columns hold: a note on withheld wages under a table of openings says nothing.
    const cells = (r: AreaRow) =>
      o.columns.flatMap((c): unknown[] => {
        const w = c.nation ? r.nation : r.wages;
        const key = c.key;
        if (key !== 'employment' && !isWageKey(key)) return [];
        if (!w) return ['not-available'];
        return [key === 'employment' ? w.employment : w[o.rate][key]];
      });
    const values = rows.flatMap(cells);
    const notReleased = values.includes('not-released');
    const withheld = values.includes('not-available') || rows.some((r) => o.columns.some((c) => unpublished(r, c.key)));
    const topCoded = values.some((v) => typeof v === 'object');
    const releases = new Map<string, Release>();
    for (const s of [...docs.flatMap((d) => d.sources), ...data.summary.sources]) releases.set(s.id, s);
    const fieldName = (field: string) => {
      const [, key] = field.split('.') as [string, keyof Messages['wages']];
      return key ? a.field(o.rate === 'annual' ? o.t.wages.annual : o.t.wages.hourly, String(o.t.wages[key])) : a.employment;
    };
    return html`<div class="notes" part="note">
      ${estimates.size
        ? html`<p class="note">${a.estimatesNote}
            ${estimateMethods([...estimates].map(([field, how]) => [fieldName(field), how] as const), o.t.wages)}</p>`
        : nothing}
      ${withheld ? html`<p class="note">${a.withheldNote}</p>` : nothing}
      ${topCoded ? html`<p class="note">${a.topCodedNote}</p>` : nothing}
      ${notReleased ? html`<p class="note">${a.notReleasedNote}</p>` : nothing}
      <p class="note muted">${a.sources}
        ${[...releases.values()].map((s, i) => html`${i ? '; ' : ''}<a href=${s.url} lang="en">${s.name}</a>, <span lang="en">${s.publisher}</span>`)}.</p>
    </div>`;
  }
}
