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
export const SCHEMA_VERSION = 1;

const schemaVersion = v.literal(SCHEMA_VERSION);
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
const year = v.pipe(v.number(), v.integer());
/** Only https links are carried, so hostile data cannot smuggle a `javascript:` URL into a page. */
const httpsUrl = v.pipe(v.string(), v.regex(/^https:\/\/[^\s"<>]+$/));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));

/** One official release a document was built from. */
export const Release = v.object({
  /** Stable id: `onet`, `oews`, `projections`, `cip`, `bright-outlook`, `abilities`. */
  id: v.string(),
  /** As the publisher names it: "O*NET 29.3 Database". */
  name: v.string(),
  /** "29.3", "May 2025", "2024–34", "2020". */
  version: v.string(),
  publisher: v.string(),
  url: httpsUrl,
});
export type Release = v.InferOutput<typeof Release>;

const sources = v.array(Release);

// ---------------------------------------------------------------- wages (OEWS)

export const WageValue = v.union([
  v.number(),
  v.literal('not-available'),
  v.object({ atLeast: v.number() }),
]);
/** A wage: the figure, `"not-available"` (OEWS `*`), or top-coded `{ atLeast }` (OEWS `#`). */
export type WageValue = v.InferOutput<typeof WageValue>;

export const WageRow = v.object({
  p10: WageValue,
  p25: WageValue,
  median: WageValue,
  p75: WageValue,
  p90: WageValue,
  mean: WageValue,
});
export type WageRow = v.InferOutput<typeof WageRow>;

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
  hourly: WageRow,
  annual: WageRow,
  estimated,
});
export type AreaWages = v.InferOutput<typeof AreaWages>;

export const WagesDocument = v.object({
  schemaVersion,
  kind: v.literal('wages'),
  sources,
  soc: socCode,
  title: v.string(),
  /** BLS publishes only annual wages (teachers, pilots): hourly values are "not-available". */
  annualOnly: v.boolean(),
  /** BLS publishes only hourly wages (actors, musicians): annual values are "not-available". */
  hourlyOnly: v.boolean(),
  /** The nation first (`US`), then states in alphabetical order of their codes. */
  areas: v.array(AreaWages),
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
  title: v.string(),
  annualOnly: v.boolean(),
  hourlyOnly: v.boolean(),
  state: stateCode,
  /**
   * The nation (`US`) and the state first, when BLS published them, then the sub-state areas by
   * code; a metropolitan area across a state line is in each of its states' documents.
   */
  areas: v.array(AreaWages),
  estimates,
});
export type LocalWagesDocument = v.InferOutput<typeof LocalWagesDocument>;

/** One row of `areas/{area}/wages.json`: an occupation's wages in that area. */
export const AreaOccupationWages = v.object({
  soc: socCode,
  title: v.string(),
  annualOnly: v.boolean(),
  hourlyOnly: v.boolean(),
  employment: Employment,
  hourly: WageRow,
  annual: WageRow,
  estimated,
});
export type AreaOccupationWages = v.InferOutput<typeof AreaOccupationWages>;

export const AreaWagesDocument = v.object({
  schemaVersion,
  kind: v.literal('area-wages'),
  sources,
  area: areaCode,
  name: v.string(),
  /** Ordered by SOC code. */
  occupations: v.array(AreaOccupationWages),
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
  change: v.pipe(v.number(), v.integer()),
  /** Percent change as BLS publishes it (one decimal). */
  percentChange: v.number(),
  /** Average annual openings over the projection period, in jobs. */
  annualOpenings: count,
});
export type ProjectionRow = v.InferOutput<typeof ProjectionRow>;

export const ProjectionsDocument = v.object({
  schemaVersion,
  kind: v.literal('projections'),
  sources,
  soc: socCode,
  title: v.string(),
  /** The national projection period (the `US` row's). */
  baseYear: year,
  projectedYear: year,
  /**
   * The nation (`US`) first; a build given state projections (`--state-projections`) adds the
   * states after it, by code, each with its own period.
   */
  rows: v.array(ProjectionRow),
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
  groups: v.record(socCode, v.string()),
  /** Ordered by SOC code. */
  occupations: v.array(
    v.object({
      soc: socCode,
      /** The O*NET occupations the row covers (several for a BLS aggregate or a SOC with specialties). */
      codes: v.array(onetCode),
      /** National employment change over the period, percent; null where BLS projects none. */
      percentChange: v.nullable(v.number()),
      /** National average annual openings over the period, in jobs; null where BLS projects none. */
      annualOpenings: v.nullable(count),
      /** BLS's typical education needed for entry; null where BLS gives none. */
      education: v.nullable(v.string()),
      /** O*NET Bright Outlook categories; empty when not Bright Outlook. */
      brightOutlook: v.array(v.string()),
      /** Other titles to filter by: O*NET's titles and the sample of titles workers reported. */
      titles: v.array(v.string()),
    }),
  ),
});
export type OccupationsSummary = v.InferOutput<typeof OccupationsSummary>;

// ---------------------------------------------------------------- occupations (O*NET + BLS)

export const Task = v.object({
  id: v.string(),
  text: v.string(),
  /** O*NET's task type; null for tasks not yet rated. */
  type: v.nullable(v.picklist(['Core', 'Supplemental'])),
  /** O*NET importance (1-5) when the release has Task Ratings.txt, else null. */
  importance: v.nullable(v.number()),
});
export type Task = v.InferOutput<typeof Task>;

/** A knowledge, skill, ability or work-activity descriptor with its O*NET ratings. */
export const Rating = v.object({
  id: v.string(),
  name: v.string(),
  /** Importance, 1 (not important) to 5 (extremely important). */
  importance: v.number(),
  /** Level, 0 to 7; null where the release gives importance only. */
  level: v.nullable(v.number()),
});
export type Rating = v.InferOutput<typeof Rating>;

export const RatedSection = v.object({
  /** Which release the ratings come from (the abilities may come from an older release). */
  source: v.string(),
  /** Highest importance first; ties keep O*NET's element order. */
  items: v.array(Rating),
});
export type RatedSection = v.InferOutput<typeof RatedSection>;

export const EducationLevel = v.object({
  /** O*NET's Required Level of Education category, 1-12. */
  category: v.pipe(v.number(), v.integer()),
  label: v.string(),
  /** Percent of respondents, as O*NET publishes it. */
  percent: v.number(),
});
export type EducationLevel = v.InferOutput<typeof EducationLevel>;

export const Occupation = v.object({
  schemaVersion,
  kind: v.literal('occupation'),
  sources,
  code: onetCode,
  /** The 6-digit SOC code the O*NET code belongs to. */
  soc: socCode,
  title: v.string(),
  description: v.string(),
  /** The short list of titles people recognise (O*NET's sample of reported titles). */
  alsoKnownAs: v.array(v.string()),
  /** O*NET Bright Outlook categories; empty when the occupation is not Bright Outlook. */
  brightOutlook: v.array(v.string()),
  /**
   * Where this occupation's wages and projections are published: its own SOC code, or the BLS
   * aggregate that includes it (then `aggregate` is true and `title` names the aggregate).
   * null when BLS publishes neither.
   */
  wages: v.nullable(v.object({ soc: socCode, title: v.string(), aggregate: v.boolean() })),
  projections: v.nullable(v.object({ soc: socCode, title: v.string(), aggregate: v.boolean() })),
  /** Core tasks before supplemental ones. */
  tasks: v.array(Task),
  knowledge: v.nullable(RatedSection),
  skills: v.nullable(RatedSection),
  abilities: v.nullable(RatedSection),
  workActivities: v.nullable(RatedSection),
  education: v.object({
    /** BLS Employment Projections' typical entry requirements; null without a projections row. */
    typical: v.nullable(
      v.object({ education: v.string(), experience: v.string(), training: v.string() }),
    ),
    /** O*NET's distribution of required education levels; null when not rated. */
    levels: v.nullable(v.array(EducationLevel)),
  }),
  jobZone: v.nullable(
    v.object({
      zone: v.pipe(v.number(), v.integer()),
      name: v.string(),
      education: v.string(),
      experience: v.string(),
      training: v.string(),
    }),
  ),
  /** RIASEC interests, highest first. */
  interests: v.array(v.object({ id: v.string(), name: v.string(), score: v.number() })),
  /** Technology skills grouped by commodity, in O*NET's order. */
  technologySkills: v.array(
    v.object({
      category: v.string(),
      examples: v.array(v.object({ name: v.string(), hot: v.boolean(), inDemand: v.boolean() })),
    }),
  ),
  /** Related occupations in O*NET's order. */
  related: v.array(v.object({ code: onetCode, title: v.string(), tier: v.string() })),
  /** Education programs (CIP 2020) that prepare for this occupation. */
  programs: v.array(v.object({ cip: cipCode, title: v.string() })),
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
  title: v.string(),
  occupations: v.array(v.object({ code: onetCode, soc: socCode, title: v.string() })),
});
export type ProgramDocument = v.InferOutput<typeof ProgramDocument>;

export const SearchIndex = v.object({
  schemaVersion,
  kind: v.literal('search-index'),
  sources,
  /** `[onetCode, title, otherTitles]`, compact on purpose: it is fetched whole. */
  occupations: v.array(v.tuple([onetCode, v.string(), v.array(v.string())])),
});
export type SearchIndex = v.InferOutput<typeof SearchIndex>;

export const IndexDocument = v.object({
  schemaVersion,
  kind: v.literal('index'),
  /** Changes whenever any release used changes; the same inputs give the same value. */
  datasetVersion: v.string(),
  sources,
  /** Attribution each source requires, keyed by release id. */
  attribution: v.record(v.string(), v.string()),
  /** The nation first, then the states and DC. */
  areas: v.array(
    v.object({
      code: areaCode,
      name: v.string(),
      /** BLS's AREA code (the state FIPS code for a state). */
      fips: v.string(),
      /** Absent only in endpoints built before sub-state areas: then `US` is the nation, the rest states. */
      type: v.optional(v.picklist(['nation', 'state'])),
      /** The state itself for a state; empty for the nation. Absent as `type` is. */
      states: v.optional(v.array(stateCode)),
    }),
  ),
  /**
   * Sub-state areas with wages (`areas/{code}/wages.json`, `wages/{soc}/{state}.json`), by code.
   * Apart from `areas` so that a client that knows only states still reads this document.
   * Absent in endpoints built before sub-state areas.
   */
  localAreas: v.optional(
    v.array(
      v.object({
        /** BLS's area code. */
        code: areaCode,
        name: v.string(),
        type: v.picklist(['metropolitan', 'nonmetropolitan']),
        /** Every state the area lies in (Philadelphia-Camden-Wilmington: PA, NJ, DE, MD). */
        states: v.array(stateCode),
      }),
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
  missingFiles: v.array(v.object({ file: v.string(), effect: v.string() })),
  /** Short descriptions of O*NET descriptors (knowledge, skills, ...), keyed by element id. */
  descriptors: v.record(v.string(), v.object({ name: v.string(), description: v.string() })),
});
export type IndexDocument = v.InferOutput<typeof IndexDocument>;

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
} as const;
export type DocumentKind = keyof typeof documents;
export type DocumentOf<K extends DocumentKind> = v.InferOutput<(typeof documents)[K]>;
