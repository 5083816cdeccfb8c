/**
 * BLS workbooks (OEWS, Employment Projections) through exceljs. A sheet becomes a Table whose
 * header is the first row holding a known column name (the projections table has a title row
 * above it); rows are numbered as Excel shows them. Cells keep their type: numbers stay numbers,
 * a hyperlink keeps its URL, rich text and formula results become plain values.
 */
import ExcelJS from 'exceljs';
import { InputError } from '../errors.ts';
import { type Cell, Table } from './table.ts';

export type Workbook = ExcelJS.Workbook;

export async function readWorkbook(bytes: Buffer, source: string): Promise<Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its Buffer from an older @types/node; the bytes are the same.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new InputError(`${source}: not a readable .xlsx workbook (${(error as Error).message})`);
  }
  return workbook;
}

/**
 * @param sheet a sheet name, or 0 for the first sheet
 * @param headerContains a column name that identifies the header row
 */
export function sheetTable(workbook: Workbook, sheet: string | 0, source: string, headerContains: string): Table {
  const worksheet = sheet === 0 ? workbook.worksheets[0] : workbook.getWorksheet(sheet);
  if (!worksheet) {
    const names = workbook.worksheets.map((w) => `"${w.name}"`).join(', ');
    throw new InputError(`${source}: no sheet ${sheet === 0 ? '' : `"${sheet}" `}(it has ${names || 'none'})`);
  }
  const label = `${source} (sheet "${worksheet.name}")`;
  const wanted = headerContains.toLowerCase();
  let header: string[] | null = null;
  let headerLine = 1;
  const rows: Cell[][] = [];
  const lineOf: number[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    for (let column = 1; column <= worksheet.columnCount; column++) {
      cells.push(cellValue(row.getCell(column).value));
    }
    if (header === null) {
      if (cells.some((c) => typeof c === 'string' && c.trim().toLowerCase() === wanted)) {
        header = cells.map((c) => (c === null ? '' : typeof c === 'object' ? c.text : String(c)));
        headerLine = rowNumber;
      }
      return;
    }
    if (cells.every((c) => c === null || c === '')) return;
    rows.push(cells);
    lineOf.push(rowNumber);
  });
  if (header === null) {
    throw new InputError(`${label}: no header row with a column "${headerContains}"`);
  }
  return new Table(label, header, rows, lineOf, headerLine, 'row');
}

/** Every non-empty text cell of a sheet, top to bottom (release notes, titles). */
export function sheetTexts(workbook: Workbook, sheet: string): string[] | null {
  const worksheet = workbook.getWorksheet(sheet);
  if (!worksheet) return null;
  const texts: string[] = [];
  worksheet.eachRow((row) => {
    row.eachCell((cell) => {
      const value = cellValue(cell.value);
      const text = value === null ? '' : typeof value === 'object' ? value.text : String(value);
      if (text.trim() !== '') texts.push(text.trim());
    });
  });
  return texts;
}

function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString();
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) {
    const text = cellValue(value.text as ExcelJS.CellValue);
    return { text: text === null ? '' : typeof text === 'object' ? text.text : String(text), hyperlink: value.hyperlink };
  }
  if ('result' in value) return value.result === undefined ? null : cellValue(value.result);
  if ('error' in value) return value.error;
  return null;
}
