/**
 * The rows of an area table: the area's wages joined with the national summary by SOC code,
 * narrowed to a SOC group or a chosen list, and the keys they sort by. No rendering here.
 */
import type { AreaWagesDocument, OccupationsSummary, WageValue } from '../../data/schema.ts';
import { invalidAttribute } from '../../data/errors.ts';
import type { WageUnit } from '../../format/index.ts';

export type AreaWagesRow = AreaWagesDocument['occupations'][number];
export type SummaryRow = OccupationsSummary['occupations'][number];

export const WAGE_KEYS = ['p10', 'p25', 'median', 'p75', 'p90'] as const;
export const COLUMN_KEYS = ['occupation', 'employment', ...WAGE_KEYS, 'growth', 'openings', 'education', 'bright'] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

/** A column shown: `nation` for the compare area's figure beside the area's own. */
export interface Column {
  id: string;
  key: ColumnKey;
  nation: boolean;
}

export interface AreaRow {
  soc: string;
  /** The O*NET code a link or an event names: the one asked for, else the SOC's `.00` code. */
  code: string;
  title: string;
  wages: AreaWagesRow;
  /** The compare area's row (`compare="US"`), when asked for and published. */
  nation: AreaWagesRow | undefined;
  summary: SummaryRow | undefined;
  /** Title and alternate titles, folded, one per line: what the filter searches (made on first use). */
  search?: string;
}

/** Lower case without accents, so "tecnico" finds "Técnico" (plain ASCII, most titles, skips the costly part). */
export const fold = (s: string): string =>
  // eslint-disable-next-line no-control-regex
  (/[^\x00-\x7f]/.test(s) ? s.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : s).toLowerCase();

const isColumn = (key: string): key is ColumnKey => (COLUMN_KEYS as readonly string[]).includes(key);
export type WageKey = (typeof WAGE_KEYS)[number];
export const isWageKey = (key: ColumnKey): key is WageKey => (WAGE_KEYS as readonly string[]).includes(key);
/** Columns that have a figure for the compare area too. */
export const hasNation = (key: ColumnKey): boolean => key === 'employment' || isWageKey(key);

/** A projections or education cell the national summary lacks: it reads "Not available". */
export const unpublished = (r: AreaRow, key: ColumnKey): boolean =>
  (key === 'growth' && r.summary?.percentChange == null) ||
  (key === 'openings' && r.summary?.annualOpenings == null) ||
  (key === 'education' && !r.summary?.education);

/** The `columns` attribute (unset: all), with a compare column after each of the area's figures. */
export function parseColumns(value: string | undefined, compare: boolean): Column[] {
  const keys = value?.trim() ? value.split(/[\s,]+/).filter(Boolean) : [...COLUMN_KEYS];
  if (!keys.every(isColumn)) {
    const given = value ?? '';
    throw invalidAttribute('columns', given, `columns "${given}" names a column other than ${COLUMN_KEYS.join(', ')}`, (t) =>
      t.common.invalidAttribute('columns', given),
    );
  }
  const own = keys.includes('occupation') ? keys : ['occupation' as const, ...keys];
  return own.flatMap((key) => {
    const column = { id: key, key, nation: false };
    return compare && hasNation(key) ? [column, { id: `${key}-us`, key, nation: true }] : [column];
  });
}

/** The `sort` attribute: a column id, such as `median`, `openings` or `median-us`. */
export function parseSort(value: string | undefined, columns: readonly Column[]): string | undefined {
  const sort = value?.trim();
  if (!sort) return undefined;
  if (!columns.some((c) => c.id === sort)) {
    throw invalidAttribute('sort', sort, `sort "${sort}" is not one of the table's columns`, (t) =>
      t.common.invalidAttribute('sort', sort),
    );
  }
  return sort;
}

/**
 * The `group` attribute as the prefix its occupations' codes start with (`31-`, `29-2`, `29-207`),
 * and its full SOC code (`29-2000`) for its title. A group's code less its trailing zeros.
 */
export function parseGroup(value: string | undefined): { prefix: string; code: string } | undefined {
  const group = value?.trim();
  if (!group) return undefined;
  if (!/^\d{2}(-\d{1,4})?$/.test(group)) {
    throw invalidAttribute('group', group, `group "${group}" is not a SOC group code (31, 29-2, 29-2070)`, (t) =>
      t.common.invalidAttribute('group', group),
    );
  }
  const [major, rest = ''] = group.split('-') as [string, string?];
  const digits = rest.replace(/0+$/, '');
  return { prefix: `${major}-${digits}`, code: `${major}-${digits.padEnd(4, '0')}` };
}

/** The `codes` attribute: O*NET-SOC (`29-2072.00`) or SOC (`29-2072`) codes, in the page's order. */
export function parseCodes(value: string | undefined): string[] | undefined {
  const given = value?.trim();
  if (!given) return undefined;
  const codes = given.split(/[\s,]+/).filter(Boolean);
  if (!codes.every((c) => /^\d{2}-\d{4}(\.\d{2})?$/.test(c))) {
    throw invalidAttribute('codes', given, `codes "${given}" is not a list of O*NET-SOC codes`, (t) =>
      t.common.invalidAttribute('codes', given),
    );
  }
  return codes;
}

export interface JoinedRows {
  rows: AreaRow[];
  /** Codes of the list that have no row in the area. */
  missing: string[];
}

/** Joins the area's rows with the summary (and the compare area's), narrowed to a group or a list. */
export function joinRows(
  area: AreaWagesDocument,
  summary: OccupationsSummary,
  nation: AreaWagesDocument | undefined,
  narrow: { prefix?: string | undefined; codes?: string[] | undefined },
): JoinedRows {
  const bySoc = new Map(summary.occupations.map((s) => [s.soc, s]));
  const socOf = new Map(summary.occupations.flatMap((s) => s.codes.map((c) => [c, s.soc] as const)));
  const wages = new Map(area.occupations.map((w) => [w.soc, w]));
  const national = nation ? new Map(nation.occupations.map((w) => [w.soc, w])) : undefined;
  const row = (w: AreaWagesRow, code?: string): AreaRow => {
    const s = bySoc.get(w.soc);
    return {
      soc: w.soc,
      code: code ?? s?.codes.find((c) => c.endsWith('.00')) ?? s?.codes[0] ?? `${w.soc}.00`,
      title: w.title,
      wages: w,
      nation: national?.get(w.soc),
      summary: s,
    };
  };
  if (narrow.codes) {
    const rows: AreaRow[] = [];
    const missing: string[] = [];
    for (const code of narrow.codes) {
      const w = wages.get(socOf.get(code) ?? code.slice(0, 7));
      if (w) rows.push(row(w, code.includes('.') ? code : undefined));
      else missing.push(code);
    }
    return { rows, missing };
  }
  const prefix = narrow.prefix;
  const chosen = prefix ? area.occupations.filter((w) => w.soc.startsWith(prefix)) : area.occupations;
  return { rows: chosen.map((w) => row(w)), missing: [] };
}

/** What the filter searches in a row, folded once (not while the table first renders). */
export const searchText = (row: AreaRow): string =>
  (row.search ??= fold([row.title, ...(row.summary?.titles ?? [])].join('\n')));

// BLS's typical entry education, lowest first: the education column sorts by level, not by name.
const EDUCATION = [
  'No formal educational credential',
  'High school diploma or equivalent',
  'Some college, no degree',
  'Postsecondary nondegree award',
  "Associate's degree",
  "Bachelor's degree",
  "Master's degree",
  'Doctoral or professional degree',
];

/** A wage as it sorts: a top-coded one at its threshold, a withheld one as null. */
const wageKey = (v: WageValue): number | null => (typeof v === 'number' ? v : v === 'not-available' ? null : v.atLeast);

/** What a row sorts by in a column: a number, a title, or null for a withheld value (always last). */
export function sortKey(row: AreaRow, column: Column, rate: WageUnit): number | string | null {
  const w = column.nation ? row.nation : row.wages;
  const s = row.summary;
  switch (column.key) {
    case 'occupation':
      return row.title;
    case 'employment':
      return !w || w.employment === 'not-released' ? null : w.employment;
    case 'growth':
      return s?.percentChange ?? null;
    case 'openings':
      return s?.annualOpenings ?? null;
    case 'education': {
      const level = s?.education ? EDUCATION.indexOf(s.education) : -1;
      return level < 0 ? null : level;
    }
    case 'bright':
      return s?.brightOutlook.length ? 1 : 0;
    default:
      return w ? wageKey(w[rate][column.key]) : null;
  }
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Row indexes in sorted order: withheld values last whichever the direction, ties in SOC order. */
export function sortOrder(rows: readonly AreaRow[], column: Column, rate: WageUnit, descending: boolean): number[] {
  const keys = rows.map((r) => sortKey(r, column, rate));
  const dir = descending ? -1 : 1;
  return rows
    .map((_, i) => i)
    .sort((a, b) => {
      const x = keys[a]!;
      const y = keys[b]!;
      if (x === null || y === null) return x === y ? a - b : x === null ? 1 : -1;
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
      return c === 0 ? a - b : c * dir;
    });
}
