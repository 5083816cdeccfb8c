/**
 * Finding careers: programs, the search index and its shards. The client loads this module when
 * a page first asks for one.
 */
import * as v from 'valibot';
import {
  schemaVersion,
  list,
  whole,
  title,
  onetCode,
  socCode,
  cipCode,
  shardKey,
  sources,
} from './base.ts';

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
