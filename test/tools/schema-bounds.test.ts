/**
 * Issue 9: the contract rejects numbers out of range (±Infinity, negative wages, "Score -3 of 7",
 * "120%", "Job Zone -1") and lists or strings past a plausible size, in both of its forms: the
 * valibot schema the browser validates with and the JSON Schema published beside it. The bounds
 * are checked against the real endpoint: no document of the release fails.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { Ajv } from 'ajv';
import * as v from 'valibot';
import { type DocumentKind, documents } from '../../src/data/schema.ts';
import { ENDPOINT, readJson, ROOT, runBuild } from './official.ts';

let ajv: ReturnType<Ajv['compile']>;
const doc = (path: string) => readJson(join(ENDPOINT, path));

before(() => {
  if (!existsSync(join(ENDPOINT, 'index.json'))) {
    const result = runBuild([]);
    assert.equal(result.status, 0, `npm run data failed:\n${result.stderr}`);
  }
  ajv = new Ajv({ strict: true }).compile(readJson(join(ROOT, 'src/data/schema.json')));
});

/** Valid in the browser's check (valibot) and in the published JSON Schema (ajv). */
function verdicts(document: { kind: DocumentKind }): [boolean, boolean] {
  return [v.safeParse(documents[document.kind], document).success, ajv(document) === true];
}

function assertInvalid(document: any, what: string, { json = true } = {}) {
  const [valibot, jsonSchema] = verdicts(document);
  assert.equal(valibot, false, `valibot accepts ${what}`);
  // ±Infinity and NaN cannot be written in JSON; only a live source's objects could carry them.
  if (json) assert.equal(jsonSchema, false, `the JSON Schema accepts ${what}`);
}

describe('the schema\'s bounds (issue 9)', () => {
  it('every document of the real release is valid in the browser\'s check too', () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
    let checked = 0;
    for (const file of walk(ENDPOINT)) {
      const document = readJson(file);
      const result = v.safeParse(documents[document.kind as DocumentKind], document);
      assert.ok(result.success, `${file}: ${JSON.stringify(result.issues?.[0]?.path?.map((p) => p.key))} ${result.issues?.[0]?.message}`);
      checked++;
    }
    assert.ok(checked > 4000);
  });

  it('wages are above 0 and within reach: "$∞", "-$37,000", $0 and $5,000 an hour are invalid', () => {
    const wages = () => doc('wages/29-2072.json');
    const cases: [string, (w: any) => void, boolean?][] = [
      ['an infinite median', (w) => (w.areas[0].annual.median = Infinity), false],
      ['a NaN mean', (w) => (w.areas[0].hourly.mean = Number.NaN), false],
      ['-$37,000', (w) => (w.areas[0].annual.p10 = -37000)],
      ['a withheld wage written as 0', (w) => (w.areas[0].annual.p25 = 0)],
      ['$5,000 an hour', (w) => (w.areas[1].hourly.p90 = 5000)],
      ['$50 million a year', (w) => (w.areas[1].annual.p90 = 50_000_000)],
      ['a top code of -1', (w) => (w.areas[0].annual.p90 = { atLeast: -1 })],
      ['a negative employment', (w) => (w.areas[0].employment = -5)],
      ['employment of a billion', (w) => (w.areas[0].employment = 1e9)],
      ['a fractional employment', (w) => (w.areas[0].employment = 10.5)],
    ];
    assert.deepEqual(verdicts(wages()), [true, true]);
    for (const [what, change, json] of cases) {
      const w = wages();
      change(w);
      assertInvalid(w, what, { json: json ?? true });
    }
  });

  it('scores, percents and zones are in their scales', () => {
    const cases: [string, string, (o: any) => void][] = [
      ['31-9092.00', 'an interest score of -3 (of 7)', (o) => (o.interests[0].score = -3)],
      ['31-9092.00', 'an interest score of 8 (of 7)', (o) => (o.interests[0].score = 8)],
      ['31-9092.00', 'an importance of 6 (of 5)', (o) => (o.knowledge.items[0].importance = 6)],
      ['31-9092.00', 'a level of -0.5 (of 0-7)', (o) => (o.skills.items[0].level = -0.5)],
      ['31-9092.00', 'an education share of 120%', (o) => (o.education.levels[0].percent = 120)],
      ['31-9092.00', 'education category 13 (of 12)', (o) => (o.education.levels[0].category = 13)],
      ['31-9092.00', 'Job Zone -1', (o) => (o.jobZone.zone = -1)],
      ['31-9092.00', 'Job Zone 2.5', (o) => (o.jobZone.zone = 2.5)],
      ['31-9092.00', 'a seventh RIASEC interest', (o) => o.interests.push(o.interests[0])],
    ];
    for (const [code, what, change] of cases) {
      const o = doc(`occupations/${code}.json`);
      assert.deepEqual(verdicts(o), [true, true]);
      change(o);
      assertInvalid(o, what);
    }
    const projections = doc('projections/29-2072.json');
    projections.rows[0].percentChange = -120;
    assertInvalid(projections, 'a decline of 120%');
    const year = doc('projections/29-2072.json');
    year.projectedYear = 20340;
    assertInvalid(year, 'the year 20340');
  });

  it('lists and strings stop at a plausible size: 50,000 programs or a 1 MB title are invalid', () => {
    const programs = doc('programs-index.json');
    const many = Array.from({ length: 50_000 }, (_, i) => [`${String(10 + (i % 89)).padStart(2, '0')}.${String(i % 10_000).padStart(4, '0')}`, 'Program']);
    assertInvalid({ ...programs, programs: many }, '50,000 programs');
    const occupation = doc('occupations/29-2072.00.json');
    assertInvalid({ ...occupation, title: 'x'.repeat(1_000_000) }, 'a 1 MB title');
    assertInvalid({ ...occupation, tasks: Array(10_000).fill(occupation.tasks[0]) }, '10,000 tasks');
    const shard = doc('search/me.json');
    assertInvalid({ ...shard, titles: Array(100_000).fill(shard.titles[0]) }, 'a shard of 100,000 titles');
  });
});
