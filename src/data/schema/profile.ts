/**
 * The kinds nearly every page reads: index.json, an occupation, its wages (national, state and
 * local) and its projections. Loaded with the client.
 */
import * as v from 'valibot';
import {
  schemaVersion,
  text,
  list,
  range,
  whole,
  title,
  paragraph,
  label,
  MAX_COUNT,
  onetCode,
  socCode,
  cipCode,
  areaCode,
  stateCode,
  year,
  httpsUrl,
  count,
  Release,
  sources,
  Employment,
  estimates,
  AreaWages,
} from './base.ts';

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
