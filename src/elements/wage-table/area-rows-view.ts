/**
 * The body of an area table, kept out of Lit's templates on purpose: ~830 rows of a dozen cells
 * are built once with plain DOM calls (each row kept, so a re-sort or a filter keystroke only
 * moves rows), and inserted in chunks between tasks so no task blocks the page for long. Each row
 * is its own grid box with `content-visibility: auto` (area-table.styles.ts), so the browser lays
 * out only the rows on screen.
 */
import { unpublished, type AreaWagesRow, type AreaRow, type Column } from './area-rows.ts';
import { count, employment, percent, wage, type WageUnit } from '../../format/index.ts';
import type { Lang, Messages } from '../../i18n/index.ts';

/** Rows inserted at once: more than a screenful of the scrolling box. */
const FIRST = 30;
/**
 * Then rows are built for this long (ms) per task: long enough that yielding costs little, short
 * enough that a task with the style and layout of its rows stays well under 50 ms on a slow machine.
 */
const BUDGET = 12;

/** Lets the browser paint and handle input: `scheduler.yield()` resumes before other queued tasks. */
export const yieldToMain = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve));
};

export interface RowsSettings {
  rows: readonly AreaRow[];
  columns: readonly Column[];
  rate: WageUnit;
  lang: Lang;
  t: Pick<Messages, 'common' | 'wages' | 'areaTable'>;
  hrefTemplate: string | undefined;
}

export class RowsView {
  private cells: (HTMLTableRowElement | undefined)[] = [];
  private settings: RowsSettings | undefined;
  private generation = 0;
  /** The current `show`'s remaining rows: resolves once they are all in the body, or when a newer `show` takes over. */
  private inserting: Promise<void> = Promise.resolve();

  constructor(readonly tbody: HTMLTableSectionElement) {}

  /** Shows `order` (row indexes), building rows not built under these settings. */
  show(settings: RowsSettings, order: readonly number[]): void {
    if (!this.settings || !sameSettings(this.settings, settings)) this.cells = [];
    this.settings = settings;
    const generation = ++this.generation;
    const tr = (i: number) => (this.cells[i] ??= buildRow(settings, i));
    // Rows already built (a re-sort, a filter) move at once; only new ones are built in chunks.
    let next = Math.min(FIRST, order.length);
    while (next < order.length && this.cells[order[next]!]) next++;
    this.tbody.replaceChildren(...order.slice(0, next).map(tr));
    if (next >= order.length) {
      this.inserting = Promise.resolve();
      return this.tbody.removeAttribute('aria-busy');
    }
    this.tbody.setAttribute('aria-busy', 'true');
    this.inserting = this.rest(generation, order, next, tr);
  }

  /** Resolves once every row of the latest `show` is in the body. */
  async settled(): Promise<void> {
    let current: Promise<void>;
    do await (current = this.inserting);
    while (current !== this.inserting);
  }

  /** Builds and appends the rows from `next` on, a time budget per task; a newer `show` stops it. */
  private async rest(generation: number, order: readonly number[], next: number, tr: (i: number) => HTMLTableRowElement) {
    const append = (deadline: number) => {
      const fragment = document.createDocumentFragment();
      do fragment.append(tr(order[next++]!));
      while (next < order.length && performance.now() < deadline);
      this.tbody.append(fragment);
    };
    // Printed before the last chunk: every row goes on paper.
    const print = () => generation === this.generation && next < order.length && append(Infinity);
    addEventListener('beforeprint', print);
    try {
      while (next < order.length) {
        await yieldToMain();
        if (generation !== this.generation) return;
        if (next < order.length) append(performance.now() + BUDGET);
      }
    } finally {
      removeEventListener('beforeprint', print);
    }
    this.tbody.removeAttribute('aria-busy');
  }
}

const sameSettings = (a: RowsSettings, b: RowsSettings) =>
  a.rows === b.rows && a.columns === b.columns && a.rate === b.rate && a.lang === b.lang && a.hrefTemplate === b.hrefTemplate;

function buildRow(s: RowsSettings, index: number): HTMLTableRowElement {
  const row = s.rows[index]!;
  const tr = document.createElement('tr');
  tr.setAttribute('role', 'row');
  for (const column of s.columns) {
    if (column.key === 'occupation') {
      tr.append(titleCell(row, index, s.hrefTemplate));
      continue;
    }
    const td = document.createElement('td');
    td.setAttribute('role', 'cell');
    td.className = column.nation ? 'num nation' : column.key === 'education' || column.key === 'bright' ? '' : 'num';
    fillCell(td, row, column, s);
    tr.append(td);
  }
  return tr;
}

function titleCell(row: AreaRow, index: number, hrefTemplate: string | undefined): HTMLTableCellElement {
  const th = document.createElement('th');
  th.scope = 'row';
  th.setAttribute('role', 'rowheader');
  const link = document.createElement(hrefTemplate ? 'a' : 'button');
  if (link instanceof HTMLAnchorElement) {
    link.href = hrefTemplate!.replaceAll('{code}', encodeURIComponent(row.code)).replaceAll('{soc}', encodeURIComponent(row.soc));
  } else {
    link.type = 'button';
    link.className = 'link';
    link.dataset['i'] = String(index);
  }
  link.textContent = row.title;
  th.append(link);
  return th;
}

function fillCell(td: HTMLTableCellElement, row: AreaRow, column: Column, s: RowsSettings): void {
  const { lang, t, rate } = s;
  const summary = row.summary;
  // The notes under the table (area-table.ts) explain "Not available" by the same test.
  if (unpublished(row, column.key)) {
    td.textContent = t.common.notAvailable;
    return;
  }
  switch (column.key) {
    case 'growth':
      td.textContent = percent(summary!.percentChange!, lang, true);
      return;
    case 'openings':
      td.textContent = count(summary!.annualOpenings!, lang);
      return;
    case 'education': {
      const value = t.areaTable.educationValue(summary!.education!);
      td.textContent = value.text;
      if (value.english) td.lang = 'en';
      return;
    }
    case 'bright':
      td.textContent = summary?.brightOutlook.length ? t.areaTable.brightYes : '';
      return;
  }
  const w: AreaWagesRow | undefined = column.nation ? row.nation : row.wages;
  if (!w) {
    td.textContent = t.common.notAvailable;
    return;
  }
  let field: string;
  if (column.key === 'employment') {
    td.textContent = employment(w.employment, lang);
    field = 'employment';
  } else {
    const key = column.key as Exclude<typeof column.key, 'occupation' | 'employment'>;
    const only = rate === 'hourly' && w.annualOnly ? t.areaTable.annualOnly : rate === 'annual' && w.hourlyOnly ? t.areaTable.hourlyOnly : '';
    td.textContent = only || wage(w[rate][key], lang, rate);
    field = `${rate}.${key}`;
  }
  if (w.estimated?.includes(field as never)) {
    const mark = document.createElement('span');
    mark.className = 'est';
    mark.setAttribute('aria-hidden', 'true');
    mark.textContent = '†';
    const said = document.createElement('span');
    said.className = 'visually-hidden';
    said.textContent = ` (${t.areaTable.estimate})`;
    td.append(mark, said);
  }
}
