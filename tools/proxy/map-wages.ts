/**
 * Wage documents from CareerOneStop's `Wages` lists: `NationalWagesList`, `StateWagesList` and
 * `BLSAreaWagesList` (the metro or nonmetro areas it chose for a city or ZIP), one item per area
 * and rate (`RateType` "Annual" or "Hourly"), percentiles only.
 */
import {
  SCHEMA_VERSION,
  type LiveArea,
  type LiveWageRow,
  type LiveWagesDocument,
  type Release,
  type WagesDocument,
} from '../../src/data/schema.ts';
import { stateName, stateOfFips } from './areas.ts';
import { list, parseWage, record, text } from './numbers.ts';

type Item = Record<string, unknown>;

const items = (value: unknown): Item[] => list(value).map(record);

function rateRow(group: Item[], rate: 'annual' | 'hourly'): LiveWageRow | null {
  const item = group.find((i) => text(i.RateType)?.toLowerCase() === rate);
  if (!item) return null;
  return {
    p10: parseWage(item.Pct10),
    p25: parseWage(item.Pct25),
    median: parseWage(item.Median),
    p75: parseWage(item.Pct75),
    p90: parseWage(item.Pct90),
  };
}

export function wagesTitle(detail: Item): string {
  return text(record(detail.SocInfo).SocTitle) ?? text(detail.OnetTitle) ?? '';
}

/**
 * `wages/{soc}.json`: the nation's row. CareerOneStop publishes no employment or mean with its
 * wages, so they read "not-released" and "not-available", as a withheld OEWS figure does; null
 * when the answer has no national wages (the proxy answers 404, as the static endpoint does).
 */
export function wagesDocument(detail: Item, soc: string, sources: Release[]): WagesDocument | null {
  const national = items(record(detail.Wages).NationalWagesList);
  const annual = rateRow(national, 'annual');
  const hourly = rateRow(national, 'hourly');
  if (!annual && !hourly) return null;
  const full = (row: LiveWageRow | null) => ({
    ...(row ?? { p10: 'not-available', p25: 'not-available', median: 'not-available', p75: 'not-available', p90: 'not-available' }),
    mean: 'not-available' as const,
  });
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: 'wages',
    sources,
    soc,
    title: wagesTitle(detail),
    annualOnly: !hourly,
    hourlyOnly: !annual,
    areas: [{ area: 'US', employment: 'not-released', hourly: full(hourly), annual: full(annual) }],
  };
}

/** Items grouped by area, in the order the areas first appear. */
function byArea(list: Item[], key: (i: Item) => string | null): Map<string, Item[]> {
  const groups = new Map<string, Item[]>();
  for (const item of list) {
    const k = key(item);
    if (k === null) continue;
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}

/** `areas/{location}/wages/{soc}.json`: the nation, the state, then the metro area(s). */
export function localWagesDocument(
  detail: Item,
  soc: string,
  location: string,
  sources: Release[],
): LiveWagesDocument | null {
  const wages = record(detail.Wages);
  const areas: LiveArea[] = [];
  const add = (type: LiveArea['type'], code: string, name: string, group: Item[]) => {
    const hourly = rateRow(group, 'hourly');
    const annual = rateRow(group, 'annual');
    if (hourly || annual) areas.push({ type, code, name, hourly, annual });
  };
  const national = items(wages.NationalWagesList);
  add('nation', 'US', text(national[0]?.AreaName) ?? 'United States', national);
  for (const [code, group] of byArea(items(wages.StateWagesList), (i) => stateOfFips(i.StFips))) {
    add('state', code, text(group[0]!.AreaName) ?? stateName(code)!, group);
  }
  for (const [code, group] of byArea(items(wages.BLSAreaWagesList), (i) => text(String(i.Area ?? '')))) {
    const name = text(group[0]!.AreaName);
    if (name) add('metro', code, name, group);
  }
  if (!areas.length) return null;
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: 'live-wages',
    sources,
    soc,
    title: wagesTitle(detail),
    location,
    wageYear: text(String(wages.WageYear ?? '')),
    areas,
  };
}
