/**
 * Projections Central's long-term state projections (the bulk download every state labor market
 * information office feeds): one row per state and occupation, `stfips, areaname, code, name,
 * baseyear, base, projyear, proj, change, percentchange, avgannualopenings`, figures in jobs. Each
 * row keeps its own base and projected years: the state cycle is often not the national one.
 */
import type { Release } from '../../../src/data/schema.ts';
import { InputError, PUBLISHED_AT } from '../errors.ts';
import { readCsv } from '../readers/csv.ts';
import type { InputFiles } from '../readers/files.ts';
import type { Row } from '../readers/table.ts';
import { SOC_CODE } from './cip.ts';

export interface StateProjectionRow {
  /** USPS state code. */
  area: string;
  baseYear: number;
  projectedYear: number;
  base: number;
  projected: number;
  change: number;
  percentChange: number;
  annualOpenings: number;
}

export interface StateProjections {
  release: Release;
  /** By SOC code, the states in code order. */
  rows: Map<string, StateProjectionRow[]>;
  /** Areas in the file that are not among the endpoint's places (the nation, territories without areas), by name. */
  leftOut: string[];
}

const COLUMNS = ['stfips', 'areaname', 'code', 'baseyear', 'base', 'projyear', 'proj', 'change', 'percentchange', 'avgannualopenings'];

/**
 * @param states state FIPS code (`06`) to USPS code (`CA`): the OEWS state file's states, and the
 * territories whose sub-state areas the build reads (Puerto Rico's nonmetropolitan area)
 */
export function readStateProjections(path: string, inputs: InputFiles, states: Map<string, string>): StateProjections {
  const table = readCsv(inputs.read(path, 'state-projections'), path);
  table.require(...COLUMNS);
  const rows = new Map<string, StateProjectionRow[]>();
  const leftOut = new Set<string>();
  const periods = new Set<string>();
  for (const row of table.records()) {
    const fips = row.matching('stfips', /^\d{1,2}$/, 'a state FIPS code').padStart(2, '0');
    const area = states.get(fips);
    // The nation comes from BLS's own national projections; a place with no OEWS areas in this
    // build (Guam, the Virgin Islands) has no widget that would show its projections.
    if (area === undefined) {
      leftOut.add(row.text('areaname'));
      continue;
    }
    const soc = row.matching('code', SOC_CODE, 'a SOC code like 29-2072');
    const figures: StateProjectionRow = {
      area,
      baseYear: year(row, 'baseyear'),
      projectedYear: year(row, 'projyear'),
      base: jobs(row, 'base'),
      projected: jobs(row, 'proj'),
      change: whole(row, 'change'),
      percentChange: row.number('percentchange'),
      annualOpenings: jobs(row, 'avgannualopenings'),
    };
    periods.add(`${figures.baseYear}–${String(figures.projectedYear).slice(2)}`);
    const list = rows.get(soc) ?? [];
    if (list.length === 0) rows.set(soc, list);
    if (list.some((r) => r.area === area)) row.fail(`${soc} appears twice for ${area}`);
    list.push(figures);
  }
  if (rows.size === 0) throw new InputError(`${path}: no state rows`);
  for (const list of rows.values()) list.sort((a, b) => (a.area < b.area ? -1 : 1));
  const version = [...periods].sort().join(', ');
  return {
    release: {
      id: 'state-projections',
      name: `Projections Central long-term occupational projections ${version}`,
      version,
      publisher: 'Projections Central (state labor market information offices)',
      url: PUBLISHED_AT.stateProjections,
    },
    rows,
    leftOut: [...leftOut].map((n) => n.trim()).sort(),
  };
}

function year(row: Row, column: string): number {
  const value = row.number(column);
  if (!Number.isInteger(value) || value < 1900 || value > 2200) row.fail(`"${column}" is ${value}, not a year`);
  return value;
}

function whole(row: Row, column: string): number {
  const value = row.number(column);
  if (!Number.isInteger(value)) row.fail(`"${column}" is ${value}, not a whole number of jobs`);
  return value;
}

function jobs(row: Row, column: string): number {
  const value = whole(row, column);
  if (value < 0) row.fail(`"${column}" is ${value}, not a count of jobs`);
  return value;
}
