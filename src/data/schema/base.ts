/**
 * What every document kind is built from: the schema version, bounded strings and numbers, codes,
 * releases, and wage values and rows. Exported for the kinds' modules beside it; the public names
 * are re-exported by ../schema.ts.
 */
import * as v from 'valibot';


/** Bumped whenever a document changes shape in a way an older client cannot read. */
export const SCHEMA_VERSION = 2;

export const schemaVersion = v.literal(SCHEMA_VERSION);

/*
 * Bounds. Every number is finite and in its range, so "$∞", "-$37,000", "120%" or "Job Zone -1"
 * is invalid data, never rendered (JSON cannot carry ±Infinity or NaN, and a live source adapter
 * must not either: min and max reject them). Every list and string has a ceiling several times what
 * a release holds today (checked against the real endpoint in test/tools/schema-bounds.test.ts): a
 * later release fits, a corrupt or hostile document (50,000 programs) does not freeze a page.
 */
export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
export const list = <T extends v.GenericSchema>(item: T, max: number) => v.pipe(v.array(item), v.maxLength(max));
export const range = (min: number, max: number) => v.pipe(v.number(), v.minValue(min), v.maxValue(max));
export const whole = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

/** An occupation, program or area title; longest today 126 characters. */
export const title = text(300);
/** A sentence or paragraph: descriptions, tasks, attribution; longest today 811. */
export const paragraph = text(5_000);
/** An id or a short label (element ids, task ids, tiers, scale names); longest today 46. */
export const label = text(200);
/** More than the US labour force: no single count can be larger. */
export const MAX_COUNT = 200_000_000;
/** Hourly wages: BLS top-codes at about $115; $1,000 an hour is far past any published figure. */
export const MAX_HOURLY = 1_000;
/** Annual wages: the same, times BLS's 2,080 hours a year. */
export const MAX_ANNUAL = MAX_HOURLY * 2_080;

export const onetCode = v.pipe(v.string(), v.regex(/^\d{2}-\d{4}\.\d{2}$/));
export const socCode = v.pipe(v.string(), v.regex(/^\d{2}-\d{4}$/));
export const cipCode = v.pipe(v.string(), v.regex(/^\d{2}\.\d{4}$/));
/**
 * `US` for the nation, a USPS state code (`CA`, `DC`), or BLS's code for a sub-state area: 7 digits
 * for a nonmetropolitan area (`0600003`, the state FIPS code first), 5 for a metropolitan area
 * (`31080`).
 */
export const areaCode = v.pipe(v.string(), v.regex(/^(?:[A-Z]{2}|\d{5}|\d{7})$/));
export const stateCode = v.pipe(v.string(), v.regex(/^[A-Z]{2}$/));
export const year = v.pipe(v.number(), v.integer(), v.minValue(1990), v.maxValue(2100));
/** Only https links are carried, so hostile data cannot smuggle a `javascript:` URL into a page. */
export const httpsUrl = v.pipe(v.string(), v.maxLength(2_000), v.regex(/^https:\/\/[^\s"<>]+$/));
export const count = whole(0, MAX_COUNT);
/** A search shard's key: two lower-case letters or digits (src/search/normalize.ts). */
export const shardKey = v.pipe(v.string(), v.regex(/^[a-z0-9]{2}$/));

/** One official release a document was built from. */
export const Release = v.object({
  /** Stable id: `onet`, `oews`, `projections`, `cip`, `bright-outlook`, `abilities`. */
  id: label,
  /** As the publisher names it: "O*NET 29.3 Database". */
  name: label,
  /** "29.3", "May 2025", "2024–34", "2020". */
  version: label,
  publisher: label,
  url: httpsUrl,
});
export type Release = v.InferOutput<typeof Release>;

export const sources = list(Release, 20);

// ---------------------------------------------------------------- wages (OEWS)

/** A wage above 0 (a withheld one is a marker, never 0) and at most `max`. */
export const wageValue = (max: number) => {
  const amount = v.pipe(v.number(), v.gtValue(0), v.maxValue(max));
  return v.union([amount, v.literal('not-available'), v.object({ atLeast: amount })]);
};
export const wageRow = (max: number) => {
  const value = wageValue(max);
  return v.object({ p10: value, p25: value, median: value, p75: value, p90: value, mean: value });
};

export const HourlyWageValue = wageValue(MAX_HOURLY);
export const AnnualWageValue = wageValue(MAX_ANNUAL);
/** A wage: the figure, `"not-available"` (OEWS `*`), or top-coded `{ atLeast }` (OEWS `#`). */
export type WageValue = v.InferOutput<typeof AnnualWageValue>;

export const HourlyWageRow = wageRow(MAX_HOURLY);
export const AnnualWageRow = wageRow(MAX_ANNUAL);
/** Percentiles and mean, hourly or annual (the same shape; the bounds differ). */
export type WageRow = v.InferOutput<typeof AnnualWageRow>;

export const Employment = v.union([count, v.literal('not-released')]);
/** Employment count, or `"not-released"` (OEWS `**`). */
export type Employment = v.InferOutput<typeof Employment>;

/** A figure of a wages row, named by its path: `employment`, `hourly.p10`, `annual.median`, ... */
export const EstimatedField = v.picklist([
  'employment',
  'hourly.p10',
  'hourly.p25',
  'hourly.median',
  'hourly.p75',
  'hourly.p90',
  'hourly.mean',
  'annual.p10',
  'annual.p25',
  'annual.median',
  'annual.p75',
  'annual.p90',
  'annual.mean',
]);
export type EstimatedField = v.InferOutput<typeof EstimatedField>;

/**
 * The row's figures that are estimates rather than BLS's published values (a column the input's
 * sidecar names as derived, e.g. the state tables' hourly percentiles, annual ÷ 2080). Absent when
 * every figure is published. The document's `estimates` says how each was made.
 */
export const estimated = v.optional(v.array(EstimatedField));
/** How each estimated field of the document's rows was made, in the input's own words; absent when none is. */
export const estimates = v.optional(
  v.partial(
    v.object({
      employment: v.string(),
      'hourly.p10': v.string(),
      'hourly.p25': v.string(),
      'hourly.median': v.string(),
      'hourly.p75': v.string(),
      'hourly.p90': v.string(),
      'hourly.mean': v.string(),
      'annual.p10': v.string(),
      'annual.p25': v.string(),
      'annual.median': v.string(),
      'annual.p75': v.string(),
      'annual.p90': v.string(),
      'annual.mean': v.string(),
    }),
  ),
);

export const AreaWages = v.object({
  area: areaCode,
  employment: Employment,
  hourly: HourlyWageRow,
  annual: AnnualWageRow,
  estimated,
});
export type AreaWages = v.InferOutput<typeof AreaWages>;
