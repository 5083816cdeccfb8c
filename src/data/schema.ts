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
 *
 * One module per group of kinds (schema/), so a page's client validates with the kinds it reads:
 * the profile's kinds come with the client; the area table's, search's and the live-only kinds
 * load on first use (src/data/client.ts). This module gathers them for the data build, the proxy,
 * the types and `schema.json`.
 */
import type * as v from 'valibot';
import { IndexDocument, LocalWagesDocument, Occupation, ProjectionsDocument, WagesDocument } from './schema/profile.ts';
import { AreaWagesDocument, OccupationsSummary } from './schema/area.ts';
import { ProgramDocument, ProgramsIndex, SearchIndex, SearchShard } from './schema/search.ts';
import { ApprenticeshipsDocument, CertificationsDocument, LicensesDocument, LiveWagesDocument, VideosDocument } from './schema/live.ts';

export {
  SCHEMA_VERSION,
  Release,
  HourlyWageValue,
  AnnualWageValue,
  HourlyWageRow,
  AnnualWageRow,
  Employment,
  EstimatedField,
  AreaWages,
} from './schema/base.ts';
export type { WageValue, WageRow } from './schema/base.ts';
export * from './schema/profile.ts';
export * from './schema/area.ts';
export * from './schema/search.ts';
export * from './schema/live.ts';

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
