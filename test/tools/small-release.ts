/**
 * A small release made from the real files, for fast builds in tests: the official O*NET, OEWS,
 * projections, CIP and supplement files filtered to a handful of occupations, in the publishers'
 * own formats (tab-delimited text, BLS workbooks with their notes sheet, CSV with BOM and CRLF).
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ABILITIES, BRIGHT_OUTLOOK, CIP, OEWS_NATIONAL, OEWS_NONMETRO, OEWS_STATE, ONET, PROJECTIONS } from './official.ts';

/**
 * Medical records specialists (no knowledge/skills ratings), medical assistants (complete), home
 * health and personal care aides (published only as BLS aggregate 31-1120), elementary teachers
 * (annual-only wages), musicians (hourly-only), registered nurses (several O*NET codes, one SOC),
 * and an infantry occupation (no BLS figures at all).
 */
export const CODES = [
  '25-2021.00',
  '27-2042.00',
  '29-1141.00',
  '29-1141.01',
  '29-2072.00',
  '31-1121.00',
  '31-1122.00',
  '31-9092.00',
  '55-3016.00',
];
const SOCS = new Set([...CODES.map((c) => c.slice(0, 7)), '31-1120']);

export interface SmallRelease {
  dir: string;
  onet: string;
  national: string;
  state: string;
  /** The nonmetropolitan table, the same occupations. */
  nonmetro: string;
  projections: string;
  cip: string;
  brightOutlook: string;
  abilities: string;
  /** The CLI flags that build from this release into `out`. */
  /** An override of null leaves that flag out (its default applies). */
  args(out: string, overrides?: Record<string, string | null>): string[];
}

export async function makeSmallRelease(dir: string): Promise<SmallRelease> {
  const onet = join(dir, 'onet');
  mkdirSync(onet, { recursive: true });
  for (const file of readdirSync(ONET)) {
    const text = readFileSync(join(ONET, file), 'utf8');
    const [header, ...lines] = text.split('\n');
    // Files about occupations start with the O*NET-SOC code; reference files are kept whole. A
    // related occupation is kept only when it is in the small release too (the build checks that
    // every code a release names is one of its occupations).
    const related = file === 'Related Occupations.txt' ? header!.split('\t').indexOf('Related O*NET-SOC Code') : -1;
    const keep = header!.startsWith('O*NET-SOC Code')
      ? lines.filter((l) => CODES.includes(l.slice(0, 10)) && (related < 0 || CODES.includes(l.split('\t')[related]!)))
      : lines;
    writeFileSync(join(onet, file), [header, ...keep.filter((l) => l !== '')].join('\n') + '\n');
  }

  const release: SmallRelease = {
    dir,
    onet,
    national: join(dir, 'national_M2025_dl.xlsx'),
    state: join(dir, 'state_M2025_dl.csv'),
    nonmetro: join(dir, 'nonmetro_M2025_dl.csv'),
    projections: join(dir, 'occupation.xlsx'),
    cip: join(dir, 'CIP2020_SOC2018_Crosswalk.csv'),
    brightOutlook: join(dir, 'bright-outlook.csv'),
    abilities: join(dir, 'abilities-importance-onet24.csv'),
    args(out, overrides = {}) {
      const flags: Record<string, string | null> = {
        '--onet': this.onet,
        '--oews-national': this.national,
        '--oews-state': this.state,
        '--oews-areas': this.nonmetro,
        '--projections': this.projections,
        '--cip-crosswalk': this.cip,
        '--bright-outlook': this.brightOutlook,
        '--abilities-supplement': this.abilities,
        '--out': out,
        ...overrides,
      };
      return Object.entries(flags).flatMap(([flag, value]) => (value === null ? [] : [flag, value]));
    },
  };

  // State CSV: header plus the rows whose OCC_CODE (the first thing shaped like a SOC code) is kept.
  writeFileSync(release.state, filterLines(readFileSync(OEWS_STATE, 'utf8'), (line) => SOCS.has(/,(\d\d-\d{4}),/.exec(line)?.[1] ?? '')));
  // The rebuilt tables' sidecars go with them: they say which columns are estimates.
  for (const [from, to] of [[OEWS_STATE, release.state], [OEWS_NONMETRO, release.nonmetro]] as const) {
    copyFileSync(`${from}.meta.json`, `${to}.meta.json`);
  }
  writeFileSync(release.nonmetro, filterLines(readFileSync(OEWS_NONMETRO, 'utf8'), (line) => SOCS.has(/,(\d\d-\d{4}),/.exec(line)?.[1] ?? '')));
  writeFileSync(release.cip, filterLines(readFileSync(CIP, 'utf8'), (line) => SOCS.has(/,(\d\d-\d{4}),/.exec(line)?.[1] ?? '') || line.startsWith('01.0508,')));
  writeFileSync(release.brightOutlook, filterLines(readFileSync(BRIGHT_OUTLOOK, 'utf8'), (line) => CODES.includes(line.slice(0, 10))));
  writeFileSync(release.abilities, filterLines(readFileSync(ABILITIES, 'utf8'), (line) => CODES.includes(line.slice(0, 10))));

  await filterWorkbook(OEWS_NATIONAL, release.national, 0, 1, (row) => SOCS.has(String(row.getCell(columnOf(row, 'OCC_CODE')).value)));
  await filterWorkbook(PROJECTIONS, release.projections, 'Table 1.2', 2, (row) => {
    const code = String(row.getCell(2).value ?? '');
    return SOCS.has(code) || code === '';
  });
  return release;
}

/** Keeps the header and matching lines, with the file's own line ends and byte-order mark. */
function filterLines(text: string, keep: (line: string) => boolean): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const [header, ...lines] = text.split(eol);
  return [header, ...lines.filter((l) => l !== '' && keep(l))].join(eol) + eol;
}

let headerCells: Map<string, number> | null = null;
function columnOf(row: ExcelJS.Row, name: string): number {
  if (!headerCells) {
    headerCells = new Map();
    row.worksheet.getRow(1).eachCell((cell, column) => headerCells!.set(String(cell.value), column));
  }
  return headerCells.get(name)!;
}

/**
 * Copies a workbook, keeping the rows above and including the header of one sheet and the data
 * rows that match; every other sheet (the notes BLS puts in "Field Descriptions") is copied whole.
 */
async function filterWorkbook(
  from: string,
  to: string,
  sheet: string | 0,
  headerRow: number,
  keep: (row: ExcelJS.Row) => boolean,
): Promise<void> {
  const source = new ExcelJS.Workbook();
  await source.xlsx.readFile(from);
  const target = new ExcelJS.Workbook();
  const filtered = sheet === 0 ? source.worksheets[0]! : source.getWorksheet(sheet)!;
  for (const ws of source.worksheets) {
    const copy = target.addWorksheet(ws.name);
    ws.eachRow((row, n) => {
      if (ws === filtered && n > headerRow && !keep(row)) return;
      copy.addRow(row.values as ExcelJS.CellValue[]);
    });
  }
  headerCells = null;
  await target.xlsx.writeFile(to);
}
