/**
 * The CSV of exactly what an area table shows: its columns, its rows in their order. Figures are
 * plain numbers (no currency, no grouping); withheld values are written as BLS writes them in its
 * OEWS tables: `*` a wage not available, `**` employment not released, `#` a top-coded wage.
 */
import type { WageUnit } from '../../format/index.ts';
import type { AreaRow, Column } from './area-rows.ts';

function value(row: AreaRow, column: Column, rate: WageUnit): string | number {
  const w = column.nation ? row.nation : row.wages;
  const s = row.summary;
  switch (column.key) {
    case 'occupation':
      return row.title;
    case 'employment':
      return !w ? '' : w.employment === 'not-released' ? '**' : w.employment;
    case 'growth':
      return s?.percentChange ?? '';
    case 'openings':
      return s?.annualOpenings ?? '';
    case 'education':
      return s?.education ?? '';
    case 'bright':
      return s?.brightOutlook.length ? 'Bright Outlook' : '';
    default: {
      if (!w) return '';
      const v = w[rate][column.key];
      return typeof v === 'number' ? v : v === 'not-available' ? '*' : '#';
    }
  }
}

/** A field quoted when it holds a comma, quote or line break (RFC 4180). */
const field = (v: string | number): string => {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The CSV text: a header of the shown column names, then one line per shown row. */
export function toCsv(rows: readonly AreaRow[], columns: readonly Column[], names: readonly string[], rate: WageUnit): string {
  const lines = [names.map(field).join(',')];
  for (const row of rows) lines.push(columns.map((c) => field(value(row, c, rate))).join(','));
  return lines.join('\r\n') + '\r\n';
}

/** Offers the text as a file download. */
export function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${name}.csv`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
