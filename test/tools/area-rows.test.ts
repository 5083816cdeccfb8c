/**
 * How an area table orders its rows (src/elements/wage-table/area-rows.ts, plain functions with
 * no DOM): withheld values last in both directions, a top-coded wage at its threshold. California's
 * May 2025 rows have no top-coded wage, so one row's 90th percentile is replaced by a top code in
 * the form `{ atLeast }` the build writes for BLS's `#` ($239,200 a year, the threshold the issue
 * quotes), to check where such a value sorts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { join } from 'node:path';
import type { AreaWagesDocument, OccupationsSummary } from '../../src/data/schema.ts';
import { joinRows, parseColumns, parseGroup, sortOrder } from '../../src/elements/wage-table/area-rows.ts';
import { ENDPOINT, readJson } from './official.ts';

const ca = readJson<AreaWagesDocument>(join(ENDPOINT, 'areas/CA/wages.json'));
const summary = readJson<OccupationsSummary>(join(ENDPOINT, 'occupations-summary.json'));
const p90 = parseColumns('occupation,p90', false).find((c) => c.key === 'p90')!;

describe('area table rows', () => {
  it('puts withheld wages last whichever the direction', async () => {
    const { rows } = joinRows(await ca, await summary, undefined, {});
    const withheld = rows.filter((r) => typeof r.wages.hourly.p90 !== 'number').map((r) => r.soc);
    assert.ok(withheld.length > 0);
    for (const descending of [false, true]) {
      const order = sortOrder(rows, p90, 'hourly', descending).map((i) => rows[i]!.soc);
      assert.deepEqual(order.slice(-withheld.length).sort(), [...withheld].sort());
    }
  });

  it('sorts a top-coded wage at its threshold', async () => {
    const doc = structuredClone(await ca);
    const ceo = doc.occupations.find((o) => o.soc === '11-1011')!;
    ceo.annual.p90 = { atLeast: 239_200 };
    const { rows } = joinRows(doc, await summary, undefined, {});
    const order = sortOrder(rows, p90, 'annual', true).map((i) => rows[i]!);
    const at = order.findIndex((r) => r.soc === '11-1011');
    const value = (i: number) => order[i]!.wages.annual.p90 as number;
    if (at > 0) assert.ok(value(at - 1) >= 239_200);
    assert.ok(value(at + 1) <= 239_200);
  });

  it('reads a group code less its trailing zeros', () => {
    assert.deepEqual(parseGroup('31'), { prefix: '31-', code: '31-0000' });
    assert.deepEqual(parseGroup('29-2000'), { prefix: '29-2', code: '29-2000' });
    assert.deepEqual(parseGroup('29-2070'), { prefix: '29-207', code: '29-2070' });
  });
});
