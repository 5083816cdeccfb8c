/**
 * One shape for every tabular input (O*NET .txt, CSV, a workbook sheet): a header and rows, each
 * row knowing where it came from. Columns are found by header name, never by position, so a
 * release that adds, drops or reorders columns still reads; a missing column is named.
 */
import { rowError } from '../errors.ts';

/** A workbook cell keeps its link (BLS links each occupation to its Handbook page). */
export interface Link {
  text: string;
  hyperlink: string;
}
export type Cell = string | number | Link | null;

export class Table {
  private readonly columns = new Map<string, number>();

  /**
   * @param source what a message calls the file: its path, plus the sheet for a workbook
   * @param lineOf each row's position as a user would look it up (text line or sheet row)
   * @param headerLine the header's position, for messages about columns
   * @param style `file:line` for text files, `file (sheet "X") row N` for workbooks
   */
  constructor(
    readonly source: string,
    readonly header: readonly string[],
    readonly rows: readonly (readonly Cell[])[],
    private readonly lineOf: readonly number[],
    private readonly headerLine = 1,
    private readonly style: 'line' | 'row' = 'line',
  ) {
    // Header names are matched case- and space-insensitively: BLS has written them both ways.
    header.forEach((name, i) => {
      const key = normalise(name);
      if (key && !this.columns.has(key)) this.columns.set(key, i);
    });
  }

  has(name: string): boolean {
    return this.columns.has(normalise(name));
  }

  /** Stops the build, naming every column the file lacks, when any is absent. */
  require(...names: string[]): void {
    const missing = names.filter((name) => !this.has(name));
    if (missing.length > 0) {
      throw rowError(
        this.at(this.headerLine),
        `missing column${missing.length > 1 ? 's' : ''} ${missing.map((n) => `"${n}"`).join(', ')}`,
      );
    }
  }

  /** Where a data row is, as a message names it. */
  where(rowIndex: number): string {
    return this.at(this.lineOf[rowIndex] ?? this.headerLine);
  }

  private at(line: number): string {
    return this.style === 'line' ? `${this.source}:${line}` : `${this.source} row ${line}`;
  }

  *records(): Generator<Row> {
    for (let i = 0; i < this.rows.length; i++) yield new Row(this, i);
  }

  /**
   * The name of the column whose header matches, for headers that carry the release's years
   * ("Employment, 2024"); stops the build naming what was looked for when none does.
   */
  find(pattern: RegExp, what: string): string {
    const name = this.header.find((h) => pattern.test(h.trim()));
    if (name === undefined) throw rowError(this.at(this.headerLine), `missing column ${what}`);
    return name;
  }

  /** The column's position; -1 when absent. */
  indexOf(name: string): number {
    return this.columns.get(normalise(name)) ?? -1;
  }
}

/** One data row; every accessor that fails names the file and line. */
export class Row {
  constructor(
    private readonly table: Table,
    private readonly index: number,
  ) {}

  get where(): string {
    return this.table.where(this.index);
  }

  fail(message: string): never {
    throw rowError(this.where, message);
  }

  cell(name: string): Cell {
    const i = this.table.indexOf(name);
    if (i < 0) this.fail(`missing column "${name}"`);
    return this.table.rows[this.index]?.[i] ?? null;
  }

  /** The cell as trimmed text ('' when empty); a link gives its text. */
  text(name: string): string {
    const value = this.cell(name);
    if (value === null) return '';
    if (typeof value === 'object') return value.text.trim();
    return String(value).trim();
  }

  /** A cell that must hold text. */
  required(name: string): string {
    const value = this.text(name);
    if (value === '') this.fail(`empty "${name}"`);
    return value;
  }

  /** A cell that must hold a finite number (workbooks give numbers, text files give digits). */
  number(name: string): number {
    const value = this.cell(name);
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    const text = this.text(name);
    const parsed = parseNumber(text);
    if (parsed === null) this.fail(`"${name}" is ${JSON.stringify(text)}, not a number`);
    return parsed;
  }

  /** A number that must lie in its scale ("Data Value" of an importance, 1 to 5). */
  numberIn(name: string, min: number, max: number): number {
    const value = this.number(name);
    if (value < min || value > max) this.fail(`"${name}" is ${value}, outside its scale of ${min} to ${max}`);
    return value;
  }

  /** A cell that must match a pattern (codes), so a shifted or corrupt row stops the build. */
  matching(name: string, pattern: RegExp, what: string): string {
    const value = this.text(name);
    if (!pattern.test(value)) this.fail(`"${name}" is ${JSON.stringify(value)}, not ${what}`);
    return value;
  }

  link(name: string): string | null {
    const value = this.cell(name);
    return value !== null && typeof value === 'object' ? value.hyperlink : null;
  }
}

/**
 * Rows that must be unique by a key (an occupation's rating of one element on one scale): a second
 * one is a duplicated or conflicting row, which stops the build naming both lines rather than
 * letting the later silently win.
 */
export class UniqueRows {
  private readonly first = new Map<string, string>();

  /** @param what names a key in the message ("29-2072.00 2.C.1.a IM") */
  check(row: Row, key: string, what: string = key): void {
    const where = this.first.get(key);
    if (where !== undefined) row.fail(`${what} appears twice (also at ${where})`);
    this.first.set(key, row.where);
  }
}

/** Plain decimal numbers only ("1,234" and "12e3" are not how these releases write figures). */
export function parseNumber(text: string): number | null {
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(text)) return null;
  return Number(text);
}

function normalise(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}
