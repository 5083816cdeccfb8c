// Type-level check, run by `npm run typecheck`: the JSON-LD the widgets write is a schema.org
// Occupation as schema-dts (generated from schema.org's own definitions) types it, down to
// every nested value. A property schema.org does not define, or a value of the wrong type,
// fails the typecheck.
import type { Occupation, WithContext } from 'schema-dts';
import type { OccupationJsonLd } from '../../src/structured-data/occupation-json-ld.ts';

export const checked = (ld: OccupationJsonLd): WithContext<Occupation> => ld;

// @ts-expect-error a property schema.org's Occupation does not have
export const unknownProperty = (ld: OccupationJsonLd): WithContext<Occupation> => ({ ...ld, salary: 1 });
