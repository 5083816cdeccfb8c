/**
 * The places sub-state areas lie in that the state file has no row for: U.S. territories. BLS
 * publishes Puerto Rico's nonmetropolitan area (7200006, PRIM_STATE PR) in the nonmetropolitan
 * table, while the state table this build reads by default has the 50 states and DC only. The
 * picker needs the territory's name to list it; no release the build reads names it as a place
 * (the area's title is the area's name, and BLS's area titles are not a rule for a state's name:
 * "Sussex Delaware nonmetropolitan area", "Balance of Nevada nonmetropolitan area"), so the
 * names come from this table.
 */
import { InputError } from '../errors.ts';
import type { OewsArea } from './oews.ts';

/**
 * The territories OEWS covers (AREA_TYPE 3, "U.S. Territory", in BLS's field descriptions), by
 * USPS code: their FIPS codes and names as BLS and Projections Central title them. Names only,
 * never figures; test/tools/territories.test.ts checks them against Projections Central's file.
 */
export const OEWS_TERRITORIES: Readonly<Record<string, { fips: string; name: string }>> = {
  GU: { fips: '66', name: 'Guam' },
  PR: { fips: '72', name: 'Puerto Rico' },
  VI: { fips: '78', name: 'Virgin Islands' },
};

/**
 * Every place a sub-state area lies in that `areas` (the nation, the states and DC the state file
 * has) lacks, named from OEWS_TERRITORIES, by code. A state missing from the state file is an
 * input error: the picker could not name it.
 */
export function territoriesOf(areas: readonly OewsArea[], localAreas: readonly OewsArea[]): OewsArea[] {
  const listed = new Set(areas.map((a) => a.code));
  const missing = new Map<string, OewsArea>();
  for (const local of localAreas) {
    for (const code of local.states) {
      if (listed.has(code) || missing.has(code)) continue;
      const territory = OEWS_TERRITORIES[code];
      if (!territory) {
        throw new InputError(
          `${local.code} (${local.name}) lies in ${code}, which the state file has no rows for: use a state file with every state`,
        );
      }
      missing.set(code, { code, name: territory.name, fips: territory.fips, type: 'territory', states: [code] });
    }
  }
  return [...missing.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
}
