/**
 * CSV as BLS, NCES and O*NET OnLine export it: quoted fields, possibly a byte-order mark and CRLF
 * line ends. NCES also writes `="01.0000"` (an Excel trick to keep leading zeros); that wrapper is
 * removed. A row with a different number of fields than the header is malformed.
 */
import { parse } from 'csv-parse/sync';
import { rowError } from '../errors.ts';
import { Table } from './table.ts';
import { decodeText } from './tsv.ts';

export function readCsv(bytes: Buffer, source: string): Table {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(decodeText(bytes), {
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    // csv-parse names the line of an unclosed quote or similar; keep its words.
    const { lines, message } = error as { lines?: number; message: string };
    throw rowError(`${source}:${lines ?? '?'}`, message);
  }
  const [first, ...rest] = records;
  const header = (first?.record ?? []).map(unwrapExcelText);
  const rows: string[][] = [];
  const lineOf: number[] = [];
  for (const { record, info } of rest) {
    if (record.length !== header.length) {
      throw rowError(`${source}:${info.lines}`, `${record.length} fields where the header has ${header.length}`);
    }
    rows.push(record.map(unwrapExcelText));
    lineOf.push(info.lines);
  }
  return new Table(source, header, rows, lineOf, first?.info.lines ?? 1);
}

function unwrapExcelText(value: string): string {
  return value.startsWith('="') && value.endsWith('"') ? value.slice(2, -1) : value;
}
