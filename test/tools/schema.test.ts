/**
 * The JSON Schema is the published contract: it must be what the valibot definitions generate
 * today (endpoint.test.ts checks every built document against it).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { endpointJsonSchema } from '../../tools/schema/json-schema.ts';
import { ROOT } from './official.ts';

const SCHEMA_FILE = join(ROOT, 'src/data/schema.json');

describe('src/data/schema.json', () => {
  it('is what `npm run schema` generates from src/data/schema.ts now', () => {
    assert.equal(
      readFileSync(SCHEMA_FILE, 'utf8'),
      JSON.stringify(endpointJsonSchema(), null, 2) + '\n',
      'src/data/schema.json is stale: run `npm run schema`',
    );
  });
});
