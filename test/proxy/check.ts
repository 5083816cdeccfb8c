/** Every document the proxy serves must be what the widgets accept: the valibot contract and the strict JSON Schema. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import * as v from 'valibot';
import { documents, type DocumentKind, type DocumentOf } from '../../src/data/schema.ts';

const schema = JSON.parse(readFileSync(new URL('../../src/data/schema.json', import.meta.url), 'utf8'));
const strict = new Ajv({ strict: true, allErrors: true }).compile(schema);

/** The body as a `kind` document, after checking it against both forms of the schema. */
export async function valid<K extends DocumentKind>(response: Response, kind: K): Promise<DocumentOf<K>> {
  assert.equal(response.status, 200, `HTTP ${response.status}: ${await response.clone().text()}`);
  const body = (await response.json()) as { kind?: unknown };
  const result = v.safeParse(documents[kind], body);
  assert.ok(result.success, `not a valid ${kind}: ${JSON.stringify(result.issues?.[0]?.path?.map((p) => p.key))} ${result.issues?.[0]?.message}`);
  // valibot drops unknown keys; the JSON Schema refuses them.
  assert.ok(strict(body), JSON.stringify(strict.errors));
  assert.equal(body.kind, kind);
  return body as DocumentOf<K>;
}

/** The JSON error body every failure carries. */
export async function jsonError(response: Response, status: number, code: string): Promise<string> {
  assert.equal(response.status, status);
  assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
  const body = (await response.json()) as { error: { status: number; code: string; message: string } };
  assert.equal(body.error.status, status);
  assert.equal(body.error.code, code);
  assert.ok(body.error.message.length > 0);
  return body.error.message;
}
