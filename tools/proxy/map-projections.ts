/**
 * `projections/{soc}.json` (the nation) and `areas/{location}/projections/{soc}.json` (the nation
 * and the location's state, the current cycle) from CareerOneStop's `Projections`, which puts the
 * state's row and the nation's in one list and writes every figure as a string with commas.
 */
import { SCHEMA_VERSION, type ProjectionRow, type ProjectionsDocument, type Release } from '../../src/data/schema.ts';
import { stateOfFips } from './areas.ts';
import { list, parseCount, parseNumber, record, text } from './numbers.ts';
import { wagesTitle } from './map-wages.ts';

const NATION = /^(united states|u\.s\.|us|national|nationwide)$/i;

function areaOf(row: Record<string, unknown>): string | null {
  const name = text(row.StateName) ?? '';
  if (NATION.test(name)) return 'US';
  const fips = text(String(row.Stfips ?? ''));
  if (fips !== null && /^0+$/.test(fips)) return 'US';
  return stateOfFips(fips);
}

/** A row the schema can hold, else null (a projection without its counts is not shown). */
function projectionRow(row: Record<string, unknown>, area: string): ProjectionRow | null {
  const base = parseCount(row.EstimatedEmployment);
  const projected = parseCount(row.ProjectedEmployment);
  const percentChange = parseNumber(row.PerCentChange);
  const annualOpenings = parseCount(row.ProjectedAnnualJobOpening);
  if (base === null || projected === null || percentChange === null || annualOpenings === null) return null;
  return { area, base, projected, change: projected - base, percentChange, annualOpenings };
}

/**
 * The nation's row first, then states by code; `withStates` false keeps the nation only (what
 * `projections/{soc}.json` holds). null when there is no row to show.
 */
export function projectionsDocument(
  detail: Record<string, unknown>,
  soc: string,
  sources: Release[],
  withStates: boolean,
): ProjectionsDocument | null {
  const projections = record(detail.Projections);
  const baseYear = parseCount(projections.EstimatedYear);
  const projectedYear = parseCount(projections.ProjectedYear);
  if (baseYear === null || projectedYear === null) return null;
  const rows: ProjectionRow[] = [];
  for (const item of list(projections.Projections).map(record)) {
    const area = areaOf(item);
    if (area === null || (area !== 'US' && !withStates) || rows.some((r) => r.area === area)) continue;
    const row = projectionRow(item, area);
    if (row) rows.push(row);
  }
  if (!rows.length) return null;
  rows.sort((a, b) => (a.area === 'US' ? -1 : b.area === 'US' ? 1 : a.area.localeCompare(b.area)));
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: 'projections',
    sources,
    soc,
    title: wagesTitle(detail),
    baseYear,
    projectedYear,
    rows,
  };
}
