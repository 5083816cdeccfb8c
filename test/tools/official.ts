/**
 * The official files, read the plainest way possible and independently of tools/build-data, so
 * the tests compare the endpoint with what the publishers wrote rather than with the build's own
 * reading of it.
 */
import { type ChildProcess, spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DATA = resolve(ROOT, '../shared/data');
export const ONET = join(DATA, 'onet/db_29_3_text');
export const OEWS_NATIONAL = join(DATA, 'oews/national_M2025_dl.xlsx');
export const OEWS_STATE = join(DATA, 'oews/state_M2025_dl.csv');
export const OEWS_NONMETRO = join(DATA, 'oews/nonmetro_M2025_dl.csv');
export const STATE_PROJECTIONS_2020 = join(DATA, 'older/state-projections-2020-30/ltprojections.csv');
export const OLDER_NATIONAL = join(DATA, 'older/oews-2024/national_M2024_dl.xlsx');
export const OLDER_STATE = join(DATA, 'older/oews-2024/state_M2024_dl.csv');
export const PROJECTIONS = join(DATA, 'projections/occupation.xlsx');
export const CIP = join(DATA, 'cip/CIP2020_SOC2018_Crosswalk.csv');
export const BRIGHT_OUTLOOK = join(DATA, 'onet/supplements/bright-outlook.csv');
export const ABILITIES = join(DATA, 'onet/supplements/abilities-importance-onet24.csv');
export const SOC_STRUCTURE = join(DATA, 'soc/soc_structure_2018.xlsx');
export const ENDPOINT = join(ROOT, 'public/data');

/** An O*NET .txt file as objects keyed by header name. */
export function onetRows(file: string, dir = ONET): Record<string, string>[] {
  const [header, ...lines] = readFileSync(join(dir, file), 'utf8').split(/\r?\n/).filter((l) => l !== '');
  const names = header!.split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(names.map((n, i) => [n, cells[i] ?? '']));
  });
}

export function csvRows(path: string): Record<string, string>[] {
  return parse(readFileSync(path), { columns: true, bom: true }) as Record<string, string>[];
}

/** A workbook sheet as objects keyed by the header row's texts; cells keep exceljs's values. */
export async function sheetRows(
  path: string,
  sheet: string | 0,
  headerRow: number,
): Promise<{ rows: Record<string, ExcelJS.CellValue>[]; workbook: ExcelJS.Workbook }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const ws = sheet === 0 ? workbook.worksheets[0]! : workbook.getWorksheet(sheet)!;
  const header = (ws.getRow(headerRow).values as ExcelJS.CellValue[]).map((v) => String(v ?? ''));
  const rows: Record<string, ExcelJS.CellValue>[] = [];
  ws.eachRow((row, n) => {
    if (n <= headerRow) return;
    const values = row.values as ExcelJS.CellValue[];
    rows.push(Object.fromEntries(header.map((h, i) => [h, values[i] ?? null]).filter(([h]) => h !== '')));
  });
  return { rows, workbook };
}

export function readJson<T = any>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** Runs `npm run data` the way a user does (same CLI, same exit code and messages). */
export function runBuild(args: string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'tools/build-data/cli.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
}

/** The same, without waiting: for a test that interrupts it. */
export function startBuild(args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'tools/build-data/cli.ts'), ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}
