/**
 * O*NET's text release: tab-delimited, one header row, no quoting (a tab or newline never occurs
 * inside a field), UTF-8. A row with a different number of fields than the header is malformed.
 */
import { rowError } from '../errors.ts';
import { Table } from './table.ts';

export function readTsv(bytes: Buffer, source: string): Table {
  const lines = decodeText(bytes).split(/\r?\n/);
  const header = (lines[0] ?? '').split('\t');
  const rows: string[][] = [];
  const lineOf: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue; // the trailing newline, or a blank line between rows
    const cells = line.split('\t');
    if (cells.length !== header.length) {
      throw rowError(`${source}:${i + 1}`, `${cells.length} fields where the header has ${header.length}`);
    }
    rows.push(cells);
    lineOf.push(i + 1);
  }
  return new Table(source, header, rows, lineOf);
}

/** UTF-8 without the byte-order mark some exports carry. */
export function decodeText(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
