/**
 * The area table's kinds: an area's wages for every occupation, and the national summary beside
 * them. The client loads this module when a page first asks for one.
 */
import * as v from 'valibot';
import {
  schemaVersion,
  list,
  range,
  title,
  label,
  onetCode,
  socCode,
  areaCode,
  year,
  count,
  sources,
  HourlyWageRow,
  AnnualWageRow,
  Employment,
  estimated,
  estimates,
} from './base.ts';

/** One row of `areas/{area}/wages.json`: an occupation's wages in that area. */
export const AreaOccupationWages = v.object({
  soc: socCode,
  title,
  annualOnly: v.boolean(),
  hourlyOnly: v.boolean(),
  employment: Employment,
  hourly: HourlyWageRow,
  annual: AnnualWageRow,
  estimated,
});
export type AreaOccupationWages = v.InferOutput<typeof AreaOccupationWages>;

export const AreaWagesDocument = v.object({
  schemaVersion,
  kind: v.literal('area-wages'),
  sources,
  area: areaCode,
  name: title,
  /** Ordered by SOC code. */
  occupations: list(AreaOccupationWages, 3_000),
  estimates,
});
export type AreaWagesDocument = v.InferOutput<typeof AreaWagesDocument>;

// ---------------------------------------------------------------- area tables

/**
 * `occupations-summary.json`: for every occupation with OEWS wages (the rows of
 * `areas/{area}/wages.json`, by the same SOC code), the national facts an area table shows beside
 * the area's wages, and the titles it filters by. Shared by every area's table.
 */
export const OccupationsSummary = v.object({
  schemaVersion,
  kind: v.literal('occupations-summary'),
  sources,
  /** The national projection period of `percentChange` and `annualOpenings`. */
  baseYear: year,
  projectedYear: year,
  /**
   * SOC 2018 major, minor and broad group titles by code (`31-0000`, `29-2000`, `29-2070`), for the
   * groups that hold an occupation below; empty when the build had no SOC structure file. A group
   * holds the codes that start with its code less its trailing zeros (`29-2070`: `29-207`).
   */
  groups: v.pipe(v.record(socCode, title), v.maxEntries(2_000)),
  /** Ordered by SOC code. */
  occupations: list(
    v.object({
      soc: socCode,
      /** The O*NET occupations the row covers (several for a BLS aggregate or a SOC with specialties). */
      codes: list(onetCode, 100),
      /** National employment change over the period, percent; null where BLS projects none. */
      percentChange: v.nullable(range(-100, 10_000)),
      /** National average annual openings over the period, in jobs; null where BLS projects none. */
      annualOpenings: v.nullable(count),
      /** BLS's typical education needed for entry; null where BLS gives none. */
      education: v.nullable(title),
      /** O*NET Bright Outlook categories; empty when not Bright Outlook. */
      brightOutlook: list(label, 10),
      /** Other titles to filter by: O*NET's titles and the sample of titles workers reported. */
      titles: list(title, 2_000),
    }),
    3_000,
  ),
});
export type OccupationsSummary = v.InferOutput<typeof OccupationsSummary>;
