/**
 * The area codes the endpoint writes are the ones the browser accepts: `areaCode()` (the
 * `location` attribute) and the schema's check agree on `US`, states and BLS's sub-state codes.
 * Plain functions with no DOM, so they are tested here beside the data build that writes the codes.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as v from 'valibot';
import { areaCode } from '../../src/data/codes.ts';
import { DataError } from '../../src/data/errors.ts';
import { AreaWages, IndexDocument } from '../../src/data/schema.ts';
import { ENDPOINT, readJson } from './official.ts';
import { join } from 'node:path';

describe('area codes', () => {
  it('areaCode() keeps US and states as they were and accepts BLS metropolitan and nonmetropolitan codes', () => {
    assert.equal(areaCode(null), 'US');
    assert.equal(areaCode(' ca '), 'CA');
    assert.equal(areaCode('DC'), 'DC');
    assert.equal(areaCode('0600003'), '0600003');
    assert.equal(areaCode('31080'), '31080');
    for (const bad of ['XX', 'California', '600003', '060000312', '31080a', '../CA']) {
      assert.throws(() => areaCode(bad), (e: unknown) => e instanceof DataError && e.kind === 'invalid-attribute', bad);
    }
  });

  it('the schema accepts every area code index.json lists, and the same codes areaCode() accepts', () => {
    const index = v.parse(IndexDocument, readJson(join(ENDPOINT, 'index.json')));
    const codes = [...index.areas, ...(index.localAreas ?? [])].map((a) => a.code);
    assert.ok(codes.includes('0600003'));
    const row = { employment: 1, hourly: {}, annual: {} };
    for (const code of [...codes, '31080']) {
      assert.equal(areaCode(code), code);
      const issues = v.safeParse(AreaWages, { ...row, area: code }).issues ?? [];
      assert.ok(!issues.some((i) => i.path?.[0]?.key === 'area'), code);
    }
    assert.ok(v.safeParse(AreaWages, { ...row, area: '600003' }).issues?.some((i) => i.path?.[0]?.key === 'area'));
  });
});
