/** The endpoint's JSON Schema, derived from the valibot definitions in src/data/schema.ts. */
import { toJsonSchemaDefs } from '@valibot/to-json-schema';
import { documents, SCHEMA_VERSION } from '../../src/data/schema.ts';

export function endpointJsonSchema(): object {
  const $defs = toJsonSchemaDefs(documents, { errorMode: 'throw' });
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `https://occupation-widgets.github.io/schema/v${SCHEMA_VERSION}.json`,
    title: 'occupation-widgets endpoint documents',
    description:
      'Every document the static endpoint serves; `kind` tells which definition applies. ' +
      'Generated from src/data/schema.ts by `npm run schema`; do not edit by hand.',
    // `live-projections` is a `projections` document at a live path: one branch, or a document
    // would match two and fail the oneOf.
    oneOf: Object.keys(documents)
      .filter((kind) => kind !== 'live-projections')
      .map((kind) => ({ $ref: `#/$defs/${kind}` })),
    $defs: closeObjects($defs),
  };
}

/**
 * The browser's check strips unknown keys so an older client reads a newer endpoint; the published
 * schema is strict instead, so a build that writes a key the contract does not name fails its tests.
 */
function closeObjects<T>(node: T): T {
  if (Array.isArray(node)) return node.map(closeObjects) as T;
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = closeObjects(value);
  if ('properties' in out && !('additionalProperties' in out)) out.additionalProperties = false;
  // A tuple is exactly as long as its items (draft-07 spells it out).
  if (Array.isArray(out.items)) {
    out.minItems = out.maxItems = out.items.length;
    out.additionalItems = false;
  }
  return out as T;
}
