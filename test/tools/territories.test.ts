/**
 * Puerto Rico in the default endpoint: BLS's nonmetropolitan table has its area (7200006,
 * PRIM_STATE PR), the state table has no Puerto Rico row, so index.json names the territory
 * (`territories`) for the picker and no figure is made up for it as a whole. Checked against the
 * official files, read independently of the build.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { IndexDocument, LocalWagesDocument, WagesDocument } from '../../src/data/schema.ts';
import { OEWS_TERRITORIES, territoriesOf } from '../../tools/build-data/sources/territories.ts';
import { csvRows, ENDPOINT, OEWS_NONMETRO, OEWS_STATE, readJson, STATE_PROJECTIONS_2020 } from './official.ts';

const index = readJson<IndexDocument>(join(ENDPOINT, 'index.json'));
const nonmetro = csvRows(OEWS_NONMETRO);

describe('territories (Puerto Rico\'s nonmetropolitan area)', () => {
  it('index.json names Puerto Rico, the one place of the nonmetropolitan table the state table lacks', () => {
    const states = new Set(csvRows(OEWS_STATE).map((r) => r.PRIM_STATE));
    const without = [...new Set(nonmetro.map((r) => r.PRIM_STATE!))].filter((s) => !states.has(s));
    assert.deepEqual(without, ['PR']);
    assert.deepEqual(index.territories, [{ code: 'PR', name: 'Puerto Rico', fips: '72' }]);
    const area = nonmetro.find((r) => r.PRIM_STATE === 'PR')!;
    assert.deepEqual([area.AREA, area.AREA_TITLE], ['7200006', 'Puerto Rico nonmetropolitan area']);
    assert.ok(area.AREA!.startsWith(index.territories![0]!.fips));
  });

  it('every local area lies in a place index.json names, so the picker can list it', () => {
    const named = new Set([...index.areas.map((a) => a.code), ...(index.territories ?? []).map((t) => t.code)]);
    assert.equal(index.localAreas!.length, 135);
    for (const area of index.localAreas!) for (const state of area.states) assert.ok(named.has(state), `${area.code} in ${state}`);
  });

  it('the territories\' names are those Projections Central\'s file gives their FIPS codes', () => {
    const names = new Map(csvRows(STATE_PROJECTIONS_2020).map((r) => [r.stfips!.padStart(2, '0'), r.areaname!.trim()]));
    for (const [code, { fips, name }] of Object.entries(OEWS_TERRITORIES)) assert.equal(names.get(fips), name, code);
  });

  it('makes up no figure for Puerto Rico as a whole: only its area\'s rows, as BLS published them', () => {
    assert.ok(!index.areas.some((a) => a.code === 'PR'));
    assert.ok(!existsSync(join(ENDPOINT, 'areas/PR/wages.json')));
    const wages = readJson<WagesDocument>(join(ENDPOINT, 'wages/29-2072.json'));
    assert.ok(!wages.areas.some((a) => a.area === 'PR'));
    const local = readJson<LocalWagesDocument>(join(ENDPOINT, 'wages/29-2072/PR.json'));
    assert.deepEqual(local.areas.map((a) => a.area), ['US', '7200006']);
    const row = nonmetro.find((r) => r.AREA === '7200006' && r.OCC_CODE === '29-2072')!;
    const annual = local.areas[1]!.annual;
    assert.deepEqual(
      [annual.p10, annual.p25, annual.median, annual.p75, annual.p90, annual.mean],
      ['A_PCT10', 'A_PCT25', 'A_MEDIAN', 'A_PCT75', 'A_PCT90', 'A_MEAN'].map((c) => Number(row[c])),
    );
    assert.equal(local.areas[1]!.hourly.median, Number(row.H_MEDIAN));
  });

  it('a place without a state row or a territory name is an input error, not a bare code', () => {
    const area = { code: '9900001', name: 'Nowhere nonmetropolitan area', fips: '9900001', type: 'nonmetropolitan' as const, states: ['ZZ'] };
    assert.throws(() => territoriesOf([], [area]), /lies in ZZ, which the state file has no rows for/);
  });
});
