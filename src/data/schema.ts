/**
 * The endpoint's documents: the one contract shared by the data build (which writes them) and the
 * browser (which validates every document it fetches before an element renders it).
 *
 * Defined with valibot so that one definition gives the TypeScript types, a runtime check small
 * enough for the browser bundle, and `schema.json` (JSON Schema, written by `npm run schema`).
 *
 * Values a source withholds are explicit, never 0 and never a missing key:
 * - a wage is a number, `"not-available"` (OEWS `*`) or `{ atLeast: n }` (OEWS `#`, top-coded);
 * - an employment count is a number or `"not-released"` (OEWS `**`);
 * - a section the release has no data for is `null` (object) or `[]` (list), and index.json's
 *   `missingFiles` names the release files that were absent.
 */
import * as v from 'valibot';

/** Bumped whenever a document changes shape in a way an older client cannot read. */
export const SCHEMA_VERSION = 2;

const schemaVersion = v.literal(SCHEMA_VERSION);

/*
 * Bounds. Every number is finite and in its range, so "$∞", "-$37,000", "120%" or "Job Zone -1"
 * is invalid data, never rendered (JSON cannot carry ±Infinity or NaN, and a live source adapter
 * must not either: min and max reject them). Every list and string has a ceiling several times what
 * a release holds today (checked against the real endpoint in test/tools/schema-bounds.test.ts): a
 * later release fits, a corrupt or hostile document (50,000 programs) does not freeze a page.
 */
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const list = <T extends v.GenericSchema>(item: T, max: number) => v.pipe(v.array(item), v.maxLength(max));
const range = (min: number, max: number) => v.pipe(v.number(), v.minValue(min), v.maxValue(max));
const whole = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

/** An occupation, program or area title; longest today 126 characters. */
const title = text(300);
/** A sentence or paragraph: descriptions, tasks, attribution; longest today 811. */
const paragraph = text(5_000);
/** An id or a short label (element ids, task ids, tiers, scale names); longest today 46. */
const label = text(200);
/** More than the US labour force: no single count can be larger. */
const MAX_COUNT = 200_000_000;
/** Hourly wages: BLS top-codes at about $115; $1,000 an hour is far past any published figure. */
const MAX_HOURLY = 1_000;
/** Annual wages: the same, times BLS's 2,080 hours a year. */
const MAX_ANNUAL = MAX_HOURLY * 2_080;

const onetCode = v.pipe(v.string(), v.regex(/^\d{2}-\d{4}\.\d{2}$/));
const socCode = v.pipe(v.string(), v.regex(/^\d{2}-\d{4}$/));
const cipCode = v.pipe(v.string(), v.regex(/^\d{2}\.\d{4}$/));
/**
 * `US` for the nation, a USPS state code (`CA`, `DC`), or BLS's code for a sub-state area: 7 digits
 * for a nonmetropolitan area (`0600003`, the state FIPS code first), 5 for a metropolitan area
 * (`31080`).
 */
const areaCode = v.pipe(v.string(), v.regex(/^(?:[A-Z]{2}|\d{5}|\d{7})$/));
const stateCode = v.pipe(v.string(), v.regex(/^[A-Z]{2}$/));
const year = v.pipe(v.number(), v.integer(), v.minValue(1990), v.maxValue(2100));
/** Only https links are carried, so hostile data cannot smuggle a `javascript:` URL into a page. */
const httpsUrl = v.pipe(v.string(), v.maxLength(2_000), v.regex(/^https:\/\/[^\s"<>]+$/));
const count = whole(0, MAX_COUNT);
/** A search shard's key: two lower-case letters or digits (src/search/normalize.ts). */
const shardKey = v.pipe(v.string(), v.regex(/^[a-z0-9]{2}$/));

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

const sources = list(Release, 20);

// ---------------------------------------------------------------- wages (OEWS)

/** A wage above 0 (a withheld one is a marker, never 0) and at most `max`. */
const wageValue = (max: number) => {
  const amount = v.pipe(v.number(), v.gtValue(0), v.maxValue(max));
  return v.union([amount, v.literal('not-available'), v.object({ atLeast: amount })]);
};
const wageRow = (max: number) => {
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
const estimated = v.optional(v.array(EstimatedField));
/** How each estimated field of the document's rows was made, in the input's own words; absent when none is. */
const estimates = v.optional(
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

export const WagesDocument = v.object({
  schemaVersion,
  kind: v.literal('wages'),
  sources,
  soc: socCode,
  title,
  /** BLS publishes only annual wages (teachers, pilots): hourly values are "not-available". */
  annualOnly: v.boolean(),
  /** BLS publishes only hourly wages (actors, musicians): annual values are "not-available". */
  hourlyOnly: v.boolean(),
  /** The nation first (`US`), then states in alphabetical order of their codes. */
  areas: list(AreaWages, 1_000),
  estimates,
});
export type WagesDocument = v.InferOutput<typeof WagesDocument>;

/**
 * `wages/{soc}/{state}.json`: one occupation in the metropolitan and nonmetropolitan areas of one
 * state, beside the nation and the state, so a page showing a local area needs this one document.
 * Written only for states where BLS published a row for the occupation in at least one such area
 * (a 404 means none). Kept apart from `wages/{soc}.json` so that document stays small however many
 * areas a build reads.
 */
export const LocalWagesDocument = v.object({
  schemaVersion,
  kind: v.literal('local-wages'),
  sources,
  soc: socCode,
  title,
  annualOnly: v.boolean(),
  hourlyOnly: v.boolean(),
  state: stateCode,
  /**
   * The nation (`US`) and the state first, when BLS published them, then the sub-state areas by
   * code; a metropolitan area across a state line is in each of its states' documents.
   */
  areas: list(AreaWages, 500),
  estimates,
});
export type LocalWagesDocument = v.InferOutput<typeof LocalWagesDocument>;

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

// ---------------------------------------------------------------- projections (BLS EP)

export const ProjectionRow = v.object({
  area: areaCode,
  /**
   * The row's own projection period. A state row from Projections Central may be another cycle
   * than the nation's (2020–30 beside 2024–34): never show two rows as one period. Written on
   * every row; absent only in documents built before state rows existed (then the document's).
   */
  baseYear: v.optional(year),
  projectedYear: v.optional(year),
  /** Employment in the base year, in jobs (BLS publishes thousands; multiplied, not rounded). */
  base: count,
  projected: count,
  /** Numeric change, in jobs; negative for a decline. */
  change: whole(-MAX_COUNT, MAX_COUNT),
  /** Percent change as BLS publishes it (one decimal); a decline stops at -100. */
  percentChange: range(-100, 10_000),
  /** Average annual openings over the projection period, in jobs. */
  annualOpenings: count,
});
export type ProjectionRow = v.InferOutput<typeof ProjectionRow>;

export const ProjectionsDocument = v.object({
  schemaVersion,
  kind: v.literal('projections'),
  sources,
  soc: socCode,
  title,
  /** The national projection period (the `US` row's). */
  baseYear: year,
  projectedYear: year,
  /**
   * The nation (`US`) first; a build given state projections (`--state-projections`) adds the
   * states after it, by code, each with its own period.
   */
  rows: list(ProjectionRow, 100),
});
export type ProjectionsDocument = v.InferOutput<typeof ProjectionsDocument>;

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

// ---------------------------------------------------------------- occupations (O*NET + BLS)

export const Task = v.object({
  id: label,
  text: paragraph,
  /** O*NET's task type; null for tasks not yet rated. */
  type: v.nullable(v.picklist(['Core', 'Supplemental'])),
  /** O*NET importance (1-5) when the release has Task Ratings.txt, else null. */
  importance: v.nullable(range(1, 5)),
});
export type Task = v.InferOutput<typeof Task>;

/**
 * A knowledge, skill, ability or work-activity descriptor with its O*NET ratings. O*NET flags some
 * values: a level "Not Relevant" (most raters found the descriptor not important, so how much of
 * it the job needs means nothing) is left out, `"not-relevant"` in its place; a value "Recommend
 * Suppress" (low precision: a small panel or a wide spread) is kept and listed in the section's
 * `lowPrecision`, to be marked where it is shown.
 */
export const Rating = v.object({
  id: label,
  name: label,
  /** Importance, 1 (not important) to 5 (extremely important). */
  importance: range(1, 5),
  /** Level, 0 to 7; `"not-relevant"` where O*NET flags it; null where the release gives importance only. */
  level: v.nullable(v.union([range(0, 7), v.literal('not-relevant')])),
});
export type Rating = v.InferOutput<typeof Rating>;

export const RatedSection = v.object({
  /** Which release the ratings come from (the abilities may come from an older release). */
  source: label,
  /** Highest importance first; ties keep O*NET's element order (52 abilities today, the most). */
  items: list(Rating, 300),
  /** The items' values O*NET flags "Recommend Suppress" (low precision), by item id and scale. */
  lowPrecision: list(v.object({ id: label, scale: v.picklist(['importance', 'level']) }), 600),
});
export type RatedSection = v.InferOutput<typeof RatedSection>;

export const EducationLevel = v.object({
  /** O*NET's Required Level of Education category, 1-12. */
  category: whole(1, 12),
  label,
  /** Percent of respondents, as O*NET publishes it. */
  percent: range(0, 100),
  /** O*NET flags the percent "Recommend Suppress" (low precision): shown, and marked. */
  lowPrecision: v.boolean(),
});
export type EducationLevel = v.InferOutput<typeof EducationLevel>;

export const Occupation = v.object({
  schemaVersion,
  kind: v.literal('occupation'),
  sources,
  code: onetCode,
  /** The 6-digit SOC code the O*NET code belongs to. */
  soc: socCode,
  title,
  description: paragraph,
  /** The short list of titles people recognise (O*NET's sample of reported titles). */
  alsoKnownAs: list(title, 100),
  /** O*NET Bright Outlook categories; empty when the occupation is not Bright Outlook. */
  brightOutlook: list(label, 10),
  /**
   * Where this occupation's wages and projections are published: its own SOC code, or the BLS
   * aggregate that includes it (then `aggregate` is true and `title` names the aggregate).
   * null when BLS publishes neither.
   */
  wages: v.nullable(v.object({ soc: socCode, title, aggregate: v.boolean() })),
  projections: v.nullable(v.object({ soc: socCode, title, aggregate: v.boolean() })),
  /** Core tasks before supplemental ones. */
  tasks: list(Task, 300),
  knowledge: v.nullable(RatedSection),
  skills: v.nullable(RatedSection),
  abilities: v.nullable(RatedSection),
  workActivities: v.nullable(RatedSection),
  education: v.object({
    /** BLS Employment Projections' typical entry requirements; null without a projections row. */
    typical: v.nullable(v.object({ education: label, experience: label, training: label })),
    /** O*NET's distribution of required education levels; null when not rated. */
    levels: v.nullable(list(EducationLevel, 12)),
  }),
  jobZone: v.nullable(
    v.object({
      zone: whole(1, 5),
      name: label,
      education: paragraph,
      experience: paragraph,
      training: paragraph,
    }),
  ),
  /** RIASEC interests (the six of Holland's model), highest first; score 1 to 7. */
  interests: list(v.object({ id: label, name: label, score: range(1, 7) }), 6),
  /** Technology skills grouped by commodity, in O*NET's order (75 groups and 91 examples today at most). */
  technologySkills: list(
    v.object({
      category: title,
      examples: list(v.object({ name: title, hot: v.boolean(), inDemand: v.boolean() }), 1_000),
    }),
    500,
  ),
  /** Related occupations in O*NET's order (20 today). */
  related: list(v.object({ code: onetCode, title, tier: label }), 100),
  /** Education programs (CIP 2020) that prepare for this occupation (337 today at most). */
  programs: list(v.object({ cip: cipCode, title }), 3_000),
  /** The BLS Occupational Outlook Handbook page, when BLS links one. */
  oohUrl: v.nullable(httpsUrl),
});
export type Occupation = v.InferOutput<typeof Occupation>;

// ---------------------------------------------------------------- programs, search, index

export const ProgramDocument = v.object({
  schemaVersion,
  kind: v.literal('program'),
  sources,
  cip: cipCode,
  title,
  /** 45 today at most. */
  occupations: list(v.object({ code: onetCode, soc: socCode, title }), 1_000),
});
export type ProgramDocument = v.InferOutput<typeof ProgramDocument>;

export const SearchIndex = v.object({
  schemaVersion,
  kind: v.literal('search-index'),
  sources,
  /**
   * `[onetCode, title, reportedTitles]`, compact on purpose: a search box fetches it whole on first
   * focus. Reported titles are O*NET's sample of the titles people recognise ("Coder", "RN" is
   * not one: it is an alternate title, in a shard).
   */
  occupations: list(v.tuple([onetCode, title, list(title, 100)]), 3_000),
  /** The key of every `search/{key}.json` shard written, sorted: a query fetches only these. */
  shards: list(shardKey, 36 * 36),
});
export type SearchIndex = v.InferOutput<typeof SearchIndex>;

/**
 * `search/{key}.json`: O*NET's alternate titles (and their short forms, "RN", "CPC") with a word
 * whose first two letters, normalised (src/search/normalize.ts), are `key`. A title with several
 * words is in several shards, so a query needs only the shards of its own words.
 */
export const SearchShard = v.object({
  schemaVersion,
  kind: v.literal('search-shard'),
  sources,
  key: shardKey,
  /** `[alternateTitle, onetCode]`, by code then O*NET's order (6,437 in the largest today). */
  titles: list(v.tuple([title, onetCode]), 30_000),
});
export type SearchShard = v.InferOutput<typeof SearchShard>;

/** `programs-index.json`: every education program (CIP) with a `programs/{cip}.json` document. */
export const ProgramsIndex = v.object({
  schemaVersion,
  kind: v.literal('programs-index'),
  sources,
  /** `[cipCode, title]`, by CIP code (1,948 today; CIP 2020 has about 2,300 programs in all). */
  programs: list(v.tuple([cipCode, title]), 10_000),
});
export type ProgramsIndex = v.InferOutput<typeof ProgramsIndex>;

/** The live-only document kinds (below): a live source's index.json lists those it serves. */
export const LIVE_KINDS = ['live-wages', 'live-projections', 'videos', 'certifications', 'licenses', 'apprenticeships'] as const;
export type LiveKind = (typeof LIVE_KINDS)[number];

export const IndexDocument = v.object({
  schemaVersion,
  kind: v.literal('index'),
  /** Changes whenever any release used changes; the same inputs give the same value. */
  datasetVersion: label,
  sources,
  /** Attribution each source requires, keyed by release id. */
  attribution: v.pipe(v.record(label, paragraph), v.maxEntries(20)),
  /** The nation first, then the states and DC. */
  areas: list(
    v.object({
      code: areaCode,
      name: title,
      /** BLS's AREA code (the state FIPS code for a state). */
      fips: label,
      /** Absent only in endpoints built before sub-state areas: then `US` is the nation, the rest states. */
      type: v.optional(v.picklist(['nation', 'state'])),
      /** The state itself for a state; empty for the nation. Absent as `type` is. */
      states: v.optional(list(stateCode, 60)),
    }),
    1_000,
  ),
  /**
   * U.S. territories that sub-state areas lie in but that have no wages as a whole here (no
   * `areas` entry, no `areas/{code}/wages.json`): Puerto Rico, whose nonmetropolitan area BLS
   * publishes while the state file read has no Puerto Rico row. Named so a picker can list them;
   * absent when there are none.
   */
  territories: v.optional(
    list(
      v.object({
        /** USPS code (`PR`), as the sub-state areas' `states` give it. */
        code: stateCode,
        name: title,
        /** FIPS code (`72`). */
        fips: label,
      }),
      10,
    ),
  ),
  /**
   * Sub-state areas with wages (`areas/{code}/wages.json`, `wages/{soc}/{state}.json`), by code.
   * Apart from `areas` so that a client that knows only states still reads this document.
   * Absent in endpoints built before sub-state areas.
   */
  localAreas: v.optional(
    list(
      v.object({
        /** BLS's area code. */
        code: areaCode,
        name: title,
        type: v.picklist(['metropolitan', 'nonmetropolitan']),
        /** Every state the area lies in (Philadelphia-Camden-Wilmington: PA, NJ, DE, MD). */
        states: list(stateCode, 60),
      }),
      2_000,
    ),
  ),
  counts: v.object({
    occupations: count,
    wages: count,
    projections: count,
    programs: count,
    /** Area documents (`areas/{area}/wages.json`): the nation, states and sub-state areas. */
    areas: count,
  }),
  /** Release files the build looked for and did not find, and what that leaves out. */
  missingFiles: list(v.object({ file: label, effect: paragraph }), 50),
  /** Short descriptions of O*NET descriptors (knowledge, skills, ...), keyed by element id. */
  descriptors: v.pipe(v.record(label, v.object({ name: label, description: paragraph })), v.maxEntries(2_000)),
  /**
   * Set by a live source (tools/proxy) only: the live-only kinds it serves. Absent on the static
   * endpoint, so the elements for those kinds render nothing there without asking for a document.
   */
  live: v.optional(v.object({ kinds: list(v.picklist(LIVE_KINDS), LIVE_KINDS.length) })),
});
export type IndexDocument = v.InferOutput<typeof IndexDocument>;

// ---------------------------------------------------------------- live-only documents (tools/proxy)
// What the static releases lack and a live source (CareerOneStop behind the proxy) adds: wages for
// a city's or ZIP code's metro area, videos, certifications, licenses and apprenticeship offices. Static endpoints never
// serve these kinds; an element asks for them only when its endpoint is a proxy.

/**
 * A place as a live source takes it: `US`, a state code, a 5-digit ZIP code, or "City, ST".
 * In a URL it is one path segment (`areas/94110/...`, `areas/Saint%20Paul%2C%20MN/...`).
 */
export const LiveLocation = v.pipe(
  v.string(),
  v.regex(/^(?:[A-Z]{2}|\d{5}|[A-Za-z][A-Za-z .'-]{0,39}, [A-Z]{2})$/),
);

/** CareerOneStop publishes percentiles only (no mean, no employment) for every area. */
export const LiveWageRow = v.object({
  p10: AnnualWageValue,
  p25: AnnualWageValue,
  median: AnnualWageValue,
  p75: AnnualWageValue,
  p90: AnnualWageValue,
});
export type LiveWageRow = v.InferOutput<typeof LiveWageRow>;

export const LiveArea = v.object({
  /** `nation`, `state`, or the BLS metropolitan/nonmetropolitan area the source chose. */
  type: v.picklist(['nation', 'state', 'metro']),
  /** `US`, a state code, or the BLS area code (`41860`). */
  code: v.string(),
  name: v.string(),
  /** null when the source gave no figures at that rate for the area. */
  hourly: v.nullable(LiveWageRow),
  annual: v.nullable(LiveWageRow),
});
export type LiveArea = v.InferOutput<typeof LiveArea>;

/** `areas/{location}/wages/{soc}.json`: wages where a reader is, down to the metro area. */
export const LiveWagesDocument = v.object({
  schemaVersion,
  kind: v.literal('live-wages'),
  sources,
  soc: socCode,
  title: v.string(),
  /** The location as asked. */
  location: LiveLocation,
  /** The wage estimates' year as the source gives it; null when it gives none. */
  wageYear: v.nullable(v.string()),
  /** The nation, then the state, then the metro area(s); each present only when published. */
  areas: v.array(LiveArea),
});
export type LiveWagesDocument = v.InferOutput<typeof LiveWagesDocument>;

/** `videos/{onetCode}.json`: CareerOneStop's career videos for an occupation. */
export const VideosDocument = v.object({
  schemaVersion,
  kind: v.literal('videos'),
  sources,
  code: onetCode,
  title: v.string(),
  /** CareerOneStop's page that plays the occupation's video; null when it links none. */
  pageUrl: v.nullable(httpsUrl),
  /** In the source's order; empty when it has no video for the occupation. */
  videos: v.array(v.object({ code: v.string(), title: v.string(), type: v.nullable(v.string()) })),
});
export type VideosDocument = v.InferOutput<typeof VideosDocument>;

/** `certifications/{onetCode}.json`: certifications from CareerOneStop's Certification Finder. */
export const CertificationsDocument = v.object({
  schemaVersion,
  kind: v.literal('certifications'),
  sources,
  code: onetCode,
  /** In the source's order; empty when it lists none. */
  certifications: v.array(
    v.object({
      id: v.string(),
      name: v.string(),
      organization: v.nullable(v.string()),
      url: v.nullable(httpsUrl),
      type: v.nullable(v.string()),
      description: v.nullable(v.string()),
    }),
  ),
});
export type CertificationsDocument = v.InferOutput<typeof CertificationsDocument>;

/** `areas/{state}/licenses/{onetCode}.json`: a state's licenses from CareerOneStop's License Finder. */
export const LicensesDocument = v.object({
  schemaVersion,
  kind: v.literal('licenses'),
  sources,
  code: onetCode,
  area: areaCode,
  /** In the source's order; empty when the state licenses nothing for the occupation. */
  licenses: v.array(
    v.object({
      id: v.string(),
      title: v.string(),
      description: v.nullable(v.string()),
      agency: v.nullable(v.object({ name: v.string(), url: v.nullable(httpsUrl) })),
    }),
  ),
});
export type LicensesDocument = v.InferOutput<typeof LicensesDocument>;

/**
 * `areas/{state}/apprenticeships.json`: the offices that register and oversee apprenticeships in
 * a state, from CareerOneStop's "List Apprenticeship Offices". By place, not by occupation: every
 * career shares them. Every field but the level and the name may be missing from the source.
 */
export const ApprenticeshipsDocument = v.object({
  schemaVersion,
  kind: v.literal('apprenticeships'),
  sources,
  area: stateCode,
  /** In the source's order within each level; empty when it lists none. */
  offices: list(
    v.object({
      /** Which list the source put it in: the federal Office of Apprenticeship, the state's agency, or a regional office. */
      level: v.picklist(['federal', 'state', 'regional']),
      name: title,
      /** The office's own phone number, as the source writes it. */
      phone: v.nullable(label),
      /** The person to ask: at least a name, an email or a phone. */
      contact: v.nullable(
        v.object({
          name: v.nullable(label),
          title: v.nullable(label),
          email: v.nullable(v.pipe(v.string(), v.maxLength(200), v.regex(/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/))),
          phone: v.nullable(label),
        }),
      ),
      /** Street lines, then city, state and ZIP as the source writes them; null when it gives none. */
      address: v.nullable(
        v.object({
          lines: list(label, 2),
          city: v.nullable(label),
          state: v.nullable(label),
          zip: v.nullable(label),
        }),
      ),
    }),
    500,
  ),
});
export type ApprenticeshipsDocument = v.InferOutput<typeof ApprenticeshipsDocument>;

/** Every document, by the `kind` it carries. */
export const documents = {
  index: IndexDocument,
  occupation: Occupation,
  wages: WagesDocument,
  'local-wages': LocalWagesDocument,
  projections: ProjectionsDocument,
  'area-wages': AreaWagesDocument,
  'occupations-summary': OccupationsSummary,
  program: ProgramDocument,
  'search-index': SearchIndex,
  'live-wages': LiveWagesDocument,
  /** `areas/{location}/projections/{soc}.json`: a `projections` document, the location's state beside the nation. */
  'live-projections': ProjectionsDocument,
  videos: VideosDocument,
  certifications: CertificationsDocument,
  licenses: LicensesDocument,
  apprenticeships: ApprenticeshipsDocument,
  'search-shard': SearchShard,
  'programs-index': ProgramsIndex,
} as const;
export type DocumentKind = keyof typeof documents;
export type DocumentOf<K extends DocumentKind> = v.InferOutput<(typeof documents)[K]>;
