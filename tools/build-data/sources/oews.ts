/**
 * BLS Occupational Employment and Wage Statistics: the national file, the state file and any
 * sub-state area files (metropolitan and nonmetropolitan areas), each an official workbook
 * (.xlsx) or a CSV with the official column names. Values BLS withholds stay explicit: `*` wage
 * not available, `**` employment not released, `#` at or above the top code (read from the
 * release's own notes, never assumed).
 */
import { basename, extname } from 'node:path';
import type { Employment, EstimatedField, Release, WageRow, WageValue } from '../../../src/data/schema.ts';
import { InputError, PUBLISHED_AT } from '../errors.ts';
import { readCsv } from '../readers/csv.ts';
import type { InputFiles } from '../readers/files.ts';
import type { Row, Table } from '../readers/table.ts';
import { readWorkbook, sheetTable, sheetTexts } from '../readers/xlsx.ts';
import { SOC_CODE } from './cip.ts';
import { type Derived, OEWS_FIELDS, readSidecar } from './sidecar.ts';

export interface TopCode {
  hourly: number;
  annual: number;
}

/** `territory`: a U.S. territory named for its sub-state areas only (see territories.ts). */
export type AreaType = 'nation' | 'state' | 'territory' | 'metropolitan' | 'nonmetropolitan';

export interface OewsArea {
  /** `US`, a USPS state code, or BLS's area code for a sub-state area (`0600003`, `31080`). */
  code: string;
  name: string;
  /** BLS's AREA column: the state FIPS code for a state, BLS's own code for other areas. */
  fips: string;
  type: AreaType;
  /** The states the area lies in: one for a state or nonmetropolitan area, several for a metro area across a state line. */
  states: string[];
}

export interface OewsFigures {
  employment: Employment;
  hourly: WageRow;
  annual: WageRow;
  /** Figures that are estimates (a derived column, per the file's sidecar); absent when none. */
  estimated?: EstimatedField[];
}

export interface OewsOccupation {
  soc: string;
  title: string;
  annualOnly: boolean;
  hourlyOnly: boolean;
  /** By area code: `US`, the states as the state file lists them, then the sub-state areas. */
  areas: Map<string, OewsFigures>;
}

export interface Oews {
  release: Release;
  /** The nation first, then the states and DC in the state file's (FIPS) order. */
  areas: OewsArea[];
  /** Metropolitan and nonmetropolitan areas from the area files, by code. */
  localAreas: OewsArea[];
  /** Detailed occupations (O_GROUP "detailed", which includes BLS's published aggregates). */
  occupations: Map<string, OewsOccupation>;
  /** How each estimated field was made, from the sidecars (a field two files derive differently names both). */
  estimateNotes: Map<EstimatedField, string>;
}

/** What one OEWS file says about its release. */
interface OewsFile {
  path: string;
  table: Table;
  /** "May 2025", from the workbook's notes or the BLS file name (state_M2025_dl.csv). */
  version: string | null;
  topCode: TopCode | null;
  /** Columns its sidecar says were derived (estimates); empty for BLS's own files. */
  derived: Derived;
}

const WAGE_COLUMNS = ['PCT10', 'PCT25', 'MEDIAN', 'PCT75', 'PCT90'] as const;
const REQUIRED = [
  'AREA', 'AREA_TITLE', 'PRIM_STATE', 'OCC_CODE', 'OCC_TITLE', 'O_GROUP', 'TOT_EMP', 'H_MEAN', 'A_MEAN',
  ...WAGE_COLUMNS.flatMap((c) => [`H_${c}`, `A_${c}`]),
];

/**
 * @param areaFiles sub-state area tables (BLS's `MSA_M2025_dl.xlsx`, `BOS_M2025_dl.xlsx`, or the
 * rebuilt nonmetropolitan CSV), read the same way whatever their area type. Files the user did not
 * name (the default) are left out, and listed in `skipped`, when they are another release.
 */
export async function readOews(
  nationalPath: string,
  statePath: string,
  areaFiles: { paths: readonly string[]; explicit: boolean },
  inputs: InputFiles,
): Promise<Oews & { skipped: { path: string; version: string }[] }> {
  const national = await readOewsFile(nationalPath, 'oews-national', inputs);
  const state = await readOewsFile(statePath, 'oews-state', inputs);
  const local: OewsFile[] = [];
  const skipped: { path: string; version: string }[] = [];
  const main = national.version ?? state.version;
  for (const [i, path] of areaFiles.paths.entries()) {
    const file = await readOewsFile(path, `oews-areas-${i}`, inputs);
    if (!areaFiles.explicit && main && file.version && file.version !== main) {
      inputs.forget(`oews-areas-${i}`);
      inputs.forget(`oews-areas-${i}-meta`);
      skipped.push({ path, version: file.version });
    } else {
      local.push(file);
    }
  }
  const versions = [national, state, ...local].filter((f) => f.version !== null);
  const other = versions.find((f) => f.version !== versions[0]!.version);
  if (other) {
    throw new InputError(
      `the OEWS files are from different releases: ${versions[0]!.path} is ${versions[0]!.version}, ${other.path} is ${other.version}`,
    );
  }
  const version = versions[0]?.version;
  if (!version) {
    throw new InputError(
      `${nationalPath}: cannot tell which OEWS release this is; use the BLS workbook (its "Field Descriptions" sheet names the release) or keep BLS's file name (national_M2025_dl.csv)`,
    );
  }
  // Both files are one release, so the workbook's notes give the top code for a CSV beside it.
  const topCode = [national, state, ...local].find((f) => f.topCode)?.topCode ?? null;

  const areas: OewsArea[] = [];
  const occupations = new Map<string, OewsOccupation>();
  readRows(national, 'national', topCode, areas, occupations);
  readRows(state, 'state', topCode, areas, occupations);
  if (!areas.some((a) => a.code === 'US')) throw new InputError(`${nationalPath}: no national (U.S.) rows`);
  if (areas.length < 2) throw new InputError(`${statePath}: no state rows`);
  const localAreas: OewsArea[] = [];
  for (const file of local) {
    const before = localAreas.length;
    readRows(file, 'local', topCode, localAreas, occupations, new Set(areas.map((a) => a.code)));
    if (localAreas.length === before) {
      throw new InputError(`${file.path}: no metropolitan (AREA_TYPE 4) or nonmetropolitan (AREA_TYPE 6) area rows`);
    }
  }
  localAreas.sort((a, b) => (a.code < b.code ? -1 : 1));

  return {
    release: {
      id: 'oews',
      name: `${version} OEWS Estimates`,
      version,
      publisher: 'U.S. Bureau of Labor Statistics (BLS)',
      url: PUBLISHED_AT.oews,
    },
    areas,
    localAreas,
    skipped,
    occupations: new Map([...occupations].sort(([a], [b]) => (a < b ? -1 : 1))),
    estimateNotes: estimateNotes([national, state, ...local]),
  };
}

async function readOewsFile(path: string, role: string, inputs: InputFiles): Promise<OewsFile> {
  const bytes = inputs.read(path, role);
  const derived = readSidecar(path, role, inputs);
  const fromName = /_M(\d{4})_/i.exec(basename(path));
  const nameVersion = fromName ? `May ${fromName[1]}` : null;
  if (extname(path).toLowerCase() !== '.xlsx') {
    return { path, table: readCsv(bytes, path), version: nameVersion, topCode: null, derived };
  }
  const workbook = await readWorkbook(bytes, path);
  const notes = sheetTexts(workbook, 'Field Descriptions') ?? [];
  // "May 2025 OEWS Estimates"
  const title = notes.map((t) => /^(\w+ \d{4}) OEWS Estimates$/i.exec(t)).find(Boolean);
  return {
    path,
    table: sheetTable(workbook, 0, path, 'OCC_CODE'),
    version: title?.[1] ?? nameVersion,
    topCode: readTopCode(notes),
    derived,
  };
}

/** "#  = indicates a wage equal to or greater than $115.00 per hour or $239,200 per year" */
export function readTopCode(notes: string[]): TopCode | null {
  for (const note of notes) {
    const match = /^#\s*=.*?\$([\d,]+(?:\.\d+)?) per hour or \$([\d,]+(?:\.\d+)?) per year/i.exec(note);
    if (match) return { hourly: Number(match[1]!.replace(/,/g, '')), annual: Number(match[2]!.replace(/,/g, '')) };
  }
  return null;
}

/** BLS's AREA_TYPE codes for the area levels a file is read for. */
const AREA_TYPES: Record<string, AreaType> = { '1': 'nation', '2': 'state', '4': 'metropolitan', '6': 'nonmetropolitan' };

/**
 * @param kind which level of the file is read: the nation, the states and DC, or the sub-state
 * areas (metropolitan and nonmetropolitan), whichever rows of other levels the file also holds
 * @param areas the areas read so far at this level; a new one is appended
 * @param otherAreas area codes already read at another level (a code must be new to its level)
 */
function readRows(
  file: OewsFile,
  kind: 'national' | 'state' | 'local',
  topCode: TopCode | null,
  areas: OewsArea[],
  occupations: Map<string, OewsOccupation>,
  otherAreas: ReadonlySet<string> = new Set(),
): void {
  const { table } = file;
  table.require(...REQUIRED, ...(kind === 'national' ? [] : ['JOBS_1000', 'LOC_QUOTIENT']), ...(kind === 'local' ? ['AREA_TYPE'] : []));
  const hasType = table.has('AREA_TYPE');
  const hasIndustry = table.has('I_GROUP');
  const seenAreas = new Set(areas.map((a) => a.code));
  for (const row of table.records()) {
    // A file holding more than this file's level (BLS's all-data file) is read for that level
    // only: the nation (area type 1), states and DC (type 2), or metropolitan and nonmetropolitan
    // areas (types 4 and 6), all industries together.
    const type = hasType ? AREA_TYPES[row.text('AREA_TYPE')] : kind === 'national' ? 'nation' : 'state';
    if (type === undefined) continue;
    if ((type === 'nation') !== (kind === 'national')) continue;
    if ((type === 'state') !== (kind === 'state')) continue;
    if (hasIndustry && row.text('I_GROUP') !== 'cross-industry') continue;
    if (row.text('O_GROUP').toLowerCase() !== 'detailed') continue;

    if (kind === 'national' && row.text('PRIM_STATE') !== 'US') continue;
    const area =
      kind === 'national'
        ? 'US'
        : kind === 'state'
          ? row.matching('PRIM_STATE', /^[A-Z]{2}$/, 'a state code like CA')
          : localAreaCode(row, type);
    if (!seenAreas.has(area)) {
      if (otherAreas.has(area)) row.fail(`area ${area} is already read from another file`);
      seenAreas.add(area);
      const name = row.required('AREA_TITLE');
      const prim = kind === 'national' ? 'US' : row.matching('PRIM_STATE', /^[A-Z]{2}$/, 'a state code like CA');
      areas.push({
        code: area,
        name,
        fips: kind === 'local' ? area : row.required('AREA'),
        type,
        states: kind === 'national' ? [] : kind === 'state' ? [area] : areaStates(name, prim),
      });
    }
    const soc = row.matching('OCC_CODE', SOC_CODE, 'a SOC code like 29-2072');
    let occupation = occupations.get(soc);
    if (!occupation) {
      occupation = {
        soc,
        title: row.required('OCC_TITLE'),
        annualOnly: flag(row, 'ANNUAL'),
        hourlyOnly: flag(row, 'HOURLY'),
        areas: new Map(),
      };
      occupations.set(soc, occupation);
    }
    if (occupation.areas.has(area)) row.fail(`${soc} appears twice for ${area}`);
    const figures: OewsFigures = {
      employment: employment(row),
      hourly: wageRow(row, 'H', topCode?.hourly),
      annual: wageRow(row, 'A', topCode?.annual),
    };
    // A derived cell holding a figure is an estimate; a withheld one stays just withheld.
    const estimated = [...file.derived.keys()]
      .map((column) => OEWS_FIELDS[column]!)
      .filter((field) => typeof fieldValue(figures, field) === 'number')
      .sort((a, b) => FIELD_ORDER.indexOf(a) - FIELD_ORDER.indexOf(b));
    if (estimated.length > 0) figures.estimated = estimated;
    occupation.areas.set(area, figures);
  }
}

const FIELD_ORDER = Object.values(OEWS_FIELDS);

function fieldValue(figures: OewsFigures, field: EstimatedField): unknown {
  if (field === 'employment') return figures.employment;
  const [rate, key] = field.split('.') as ['hourly' | 'annual', keyof WageRow];
  return figures[rate][key];
}

/** Every derived field's method, from all files' sidecars; two different methods are both named. */
function estimateNotes(files: OewsFile[]): Map<EstimatedField, string> {
  const notes = new Map<EstimatedField, Map<string, string[]>>();
  for (const file of files) {
    for (const [column, how] of file.derived) {
      const field = OEWS_FIELDS[column]!;
      const byText = notes.get(field) ?? new Map<string, string[]>();
      notes.set(field, byText);
      byText.set(how, [...(byText.get(how) ?? []), basename(file.path)]);
    }
  }
  return new Map(
    [...notes]
      .sort(([a], [b]) => FIELD_ORDER.indexOf(a) - FIELD_ORDER.indexOf(b))
      .map(([field, byText]) => [
        field,
        byText.size === 1 ? [...byText.keys()][0]! : [...byText].map(([how, files]) => `${files.join(', ')}: ${how}`).join('; '),
      ]),
  );
}

/**
 * BLS's code for a metropolitan (5 digits, `31080`) or nonmetropolitan area (7 digits, the state
 * FIPS code then 5, `0600003`). A workbook may store it as a number, losing the leading zero.
 */
function localAreaCode(row: Row, type: AreaType): string {
  const raw = row.cell('AREA');
  let code = typeof raw === 'number' ? String(raw) : row.text('AREA');
  if (/^\d+$/.test(code)) code = code.padStart(type === 'nonmetropolitan' || code.length > 5 ? 7 : 5, '0');
  if (!/^(\d{5}|\d{7})$/.test(code)) row.fail(`"AREA" is ${JSON.stringify(row.text('AREA'))}, not a BLS area code like 31080 or 0600003`);
  return code;
}

/**
 * The states an area lies in. A metropolitan area across a state line names them all after its
 * title's comma ("Philadelphia-Camden-Wilmington, PA-NJ-DE-MD"); otherwise it is the primary state.
 */
export function areaStates(title: string, primaryState: string): string[] {
  const suffix = /,\s*([A-Z]{2}(?:-[A-Z]{2})*)(?:\s+(?:Metropolitan|NECTA|Micropolitan)\b.*)?$/.exec(title)?.[1];
  const states = suffix ? suffix.split('-') : [];
  return states.includes(primaryState) ? states : [primaryState, ...states];
}

function flag(row: Row, column: string): boolean {
  return row.text(column).toUpperCase() === 'TRUE';
}

/** "1,234" is accepted from a CSV saved by a spreadsheet; anything else not a number fails. */
function figure(row: Row, column: string): number | string {
  const value = row.cell(column);
  if (typeof value === 'number') return value;
  const text = row.text(column);
  return /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text) ? Number(text.replace(/,/g, '')) : text;
}

function employment(row: Row): Employment {
  const value = figure(row, 'TOT_EMP');
  // `**` is BLS's mark; `*` and an empty cell also mean no figure was released.
  if (value === '**' || value === '*' || value === '') return 'not-released';
  const count = typeof value === 'number' ? value : row.number('TOT_EMP');
  if (!Number.isInteger(count) || count < 0) row.fail(`"TOT_EMP" is ${count}, not a count of jobs`);
  return count;
}

function wage(row: Row, column: string, top: number | undefined): WageValue {
  const value = figure(row, column);
  if (typeof value === 'number') return value;
  if (value === '*' || value === '**' || value === '') return 'not-available';
  if (value === '#') {
    if (top === undefined) {
      row.fail(`"${column}" is "#" (at or above the top code) but the release states no top code; use the BLS workbook, whose notes state it`);
    }
    return { atLeast: top };
  }
  return row.number(column);
}

function wageRow(row: Row, prefix: 'H' | 'A', top: number | undefined): WageRow {
  return {
    p10: wage(row, `${prefix}_PCT10`, top),
    p25: wage(row, `${prefix}_PCT25`, top),
    median: wage(row, `${prefix}_MEDIAN`, top),
    p75: wage(row, `${prefix}_PCT75`, top),
    p90: wage(row, `${prefix}_PCT90`, top),
    mean: wage(row, `${prefix}_MEAN`, top),
  };
}
