/**
 * The full endpoint in public/data (built by `npm run data`, built here if missing), checked
 * against the official files read independently (./official.ts) and against the JSON Schema
 * (additionalProperties: false, so an unexpected key fails too).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { Ajv } from 'ajv';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import {
  ABILITIES,
  BRIGHT_OUTLOOK,
  CIP,
  csvRows,
  ENDPOINT,
  OEWS_NATIONAL,
  OEWS_NONMETRO,
  OEWS_STATE,
  onetRows,
  PROJECTIONS,
  readJson,
  ROOT,
  runBuild,
  sheetRows,
  SOC_STRUCTURE,
} from './official.ts';

const doc = (path: string) => readJson(join(ENDPOINT, path));

type Sheet = Awaited<ReturnType<typeof sheetRows>>['rows'];
let national: Sheet;
let projections: Sheet;
let state: Record<string, string>[];

before(async () => {
  if (!existsSync(join(ENDPOINT, 'index.json'))) {
    const result = runBuild([]);
    assert.equal(result.status, 0, `npm run data failed:\n${result.stderr}`);
  }
  national = (await sheetRows(OEWS_NATIONAL, 0, 1)).rows;
  projections = (await sheetRows(PROJECTIONS, 'Table 1.2', 2)).rows;
  state = csvRows(OEWS_STATE);
});

const nationalRow = (soc: string) => national.find((r) => r.OCC_CODE === soc && r.O_GROUP === 'detailed')!;
const projectionRow = (soc: string) =>
  projections.find((r) => r['2024 National Employment Matrix code'] === soc && r['Occupation type'] === 'Line item')!;

describe('occupations/29-2072.00.json (Medical Records Specialists)', () => {
  it('has O*NET 29.3\'s 17 tasks in the release\'s order', () => {
    const tasks = onetRows('Task Statements.txt').filter((r) => r['O*NET-SOC Code'] === '29-2072.00');
    const occupation = doc('occupations/29-2072.00.json');
    assert.equal(occupation.tasks.length, 17);
    assert.deepEqual(
      occupation.tasks.map((t: { id: string; text: string }) => [t.id, t.text]),
      tasks.map((r) => [r['Task ID'], r.Task]),
    );
  });

  it('has its 20 related occupations in O*NET\'s order, with their tiers', () => {
    const related = onetRows('Related Occupations.txt')
      .filter((r) => r['O*NET-SOC Code'] === '29-2072.00')
      .sort((a, b) => Number(a.Index) - Number(b.Index));
    const occupation = doc('occupations/29-2072.00.json');
    assert.equal(occupation.related.length, 20);
    assert.deepEqual(
      occupation.related,
      related.map((r) => ({ code: r['Related O*NET-SOC Code'], title: r['Related Title'], tier: r['Relatedness Tier'] })),
    );
  });

  it('leaves the sections O*NET has not rated null and keeps the rest', () => {
    const occupation = doc('occupations/29-2072.00.json');
    assert.equal(occupation.knowledge, null);
    assert.equal(occupation.skills, null);
    assert.equal(occupation.abilities, null, 'the older abilities release has no 29-2072.00');
    assert.equal(occupation.education.levels, null);
    assert.deepEqual(occupation.education.typical, {
      education: 'Postsecondary nondegree award',
      experience: 'None',
      training: 'None',
    });
    assert.equal(occupation.soc, '29-2072');
    assert.deepEqual(occupation.brightOutlook, ['Rapid Growth']);
    assert.ok(occupation.interests.length === 6 && occupation.technologySkills.length > 0 && occupation.jobZone);
    assert.deepEqual(occupation.wages, { soc: '29-2072', title: 'Medical Records Specialists', aggregate: false });
  });
});

describe('wages/29-2072.json', () => {
  it('shows the May 2025 California and national figures BLS published', () => {
    const wages = doc('wages/29-2072.json');
    const ca = wages.areas.find((a: { area: string }) => a.area === 'CA');
    const us = wages.areas[0];
    assert.equal(us.area, 'US');
    assert.equal(ca.annual.median, 61810);
    assert.equal(ca.hourly.median, 29.71);
    assert.equal(us.annual.median, 51140);

    const csv = state.find((r) => r.PRIM_STATE === 'CA' && r.OCC_CODE === '29-2072')!;
    assert.equal(ca.employment, Number(csv.TOT_EMP));
    assert.equal(ca.annual.p90, Number(csv.A_PCT90));
    const row = nationalRow('29-2072');
    assert.equal(us.employment, row.TOT_EMP);
    assert.equal(us.hourly.p10, row.H_PCT10);
  });

  it('lists the nation first, then every state and DC by code', () => {
    const areas = doc('wages/29-2072.json').areas.map((a: { area: string }) => a.area);
    const states = [...new Set(state.map((r) => r.PRIM_STATE))].sort();
    assert.equal(states.length, 51);
    assert.deepEqual(areas, ['US', ...states]);
  });
});

describe('projections', () => {
  it('projections/29-2072.json is the 2024–34 workbook row, in jobs', () => {
    const row = projectionRow('29-2072');
    const thousands = (v: unknown) => Math.round(Number(v) * 1000);
    assert.deepEqual(doc('projections/29-2072.json').rows, [
      {
        area: 'US',
        baseYear: 2024,
        projectedYear: 2034,
        base: thousands(row['Employment, 2024']),
        projected: thousands(row['Employment, 2034']),
        change: thousands(row['Employment change, numeric, 2024–34']),
        percentChange: row['Employment change, percent, 2024–34'],
        annualOpenings: thousands(row['Occupational openings, 2024–34 annual average']),
      },
    ]);
    assert.equal(doc('projections/29-2072.json').rows[0].base, 194800);
    assert.equal(doc('projections/29-2072.json').baseYear, 2024);
    assert.equal(doc('projections/29-2072.json').projectedYear, 2034);
  });
});

describe('occupations/31-9092.00.json (Medical Assistants), a fully rated occupation', () => {
  const code = '31-9092.00';
  const ranked = (file: string) => {
    const rows = onetRows(file).filter((r) => r['O*NET-SOC Code'] === code);
    // A level O*NET flags "Not Relevant" is left out (onet-flags.test.ts checks the flags).
    const level = new Map(
      rows
        .filter((r) => r['Scale ID'] === 'LV')
        .map((r) => [r['Element ID'], r['Not Relevant'] === 'Y' ? 'not-relevant' : Number(r['Data Value'])]),
    );
    return rows
      .filter((r) => r['Scale ID'] === 'IM')
      .map((r) => ({
        id: r['Element ID'],
        name: r['Element Name'],
        importance: Number(r['Data Value']),
        level: level.get(r['Element ID']) ?? null,
      }))
      .sort((a, b) => b.importance - a.importance);
  };

  it('ranks knowledge and skills by importance and keeps the levels', () => {
    const occupation = doc(`occupations/${code}.json`);
    assert.deepEqual(occupation.knowledge.items, ranked('Knowledge.txt'));
    assert.deepEqual(occupation.skills.items, ranked('Skills.txt'));
    assert.match(occupation.knowledge.source, /^O\*NET 29\.3 Database/);
  });

  it('takes abilities from the older release, importance only, and names that release', () => {
    const occupation = doc(`occupations/${code}.json`);
    const older = csvRows(ABILITIES).filter((r) => r['O*NET-SOC Code'] === code);
    assert.equal(occupation.abilities.items.length, older.length);
    assert.match(occupation.abilities.source, /O\*NET 24/);
    for (const item of occupation.abilities.items) {
      assert.equal(item.level, null);
      assert.equal(item.importance, Number(older.find((r) => r['Element Name'] === item.name)!['Data Value']));
    }
    const importances = occupation.abilities.items.map((i: { importance: number }) => i.importance);
    assert.deepEqual(importances, [...importances].sort((a, b) => b - a));
    assert.ok(occupation.sources.some((s: { id: string }) => s.id === 'abilities'));
  });

  it('has every other section, each as O*NET, BLS and NCES publish it', () => {
    const occupation = doc(`occupations/${code}.json`);
    const reported = onetRows('Sample of Reported Titles.txt').filter((r) => r['O*NET-SOC Code'] === code);
    assert.deepEqual(occupation.alsoKnownAs, [
      ...reported.filter((r) => r['Shown in My Next Move'] === 'Y').map((r) => r['Reported Job Title']),
      ...reported.filter((r) => r['Shown in My Next Move'] !== 'Y').map((r) => r['Reported Job Title']),
    ]);
    const tasks = onetRows('Task Statements.txt').filter((r) => r['O*NET-SOC Code'] === code);
    const order = ['Core', 'Supplemental', ''];
    assert.deepEqual(
      occupation.tasks.map((t: { id: string }) => t.id),
      order.flatMap((type) => tasks.filter((t) => t['Task Type'] === type).map((t) => t['Task ID'])),
    );
    assert.equal(occupation.tasks[0].type, 'Core');

    const levels = onetRows('Education, Training, and Experience.txt').filter(
      (r) => r['O*NET-SOC Code'] === code && r['Scale ID'] === 'RL',
    );
    assert.deepEqual(
      occupation.education.levels.map((l: { category: number; percent: number }) => [l.category, l.percent]),
      levels.map((r) => [Number(r.Category), Number(r['Data Value'])]),
    );
    assert.equal(occupation.education.levels[1].label, 'High School Diploma');
    assert.deepEqual(occupation.education.typical, {
      education: projectionRow('31-9092')['Typical education needed for entry'],
      experience: projectionRow('31-9092')['Work experience in a related occupation'],
      training: projectionRow('31-9092')['Typical on-the-job training needed to attain competency in the occupation'],
    });

    const zone = onetRows('Job Zones.txt').find((r) => r['O*NET-SOC Code'] === code)!['Job Zone'];
    const reference = onetRows('Job Zone Reference.txt').find((r) => r['Job Zone'] === zone)!;
    assert.deepEqual(occupation.jobZone, {
      zone: Number(zone),
      name: reference.Name,
      education: reference.Education,
      experience: reference.Experience,
      training: reference['Job Training'],
    });

    const interests = onetRows('Interests.txt').filter((r) => r['O*NET-SOC Code'] === code && r['Scale ID'] === 'OI');
    assert.deepEqual(
      occupation.interests.map((i: { name: string }) => i.name),
      interests.sort((a, b) => Number(b['Data Value']) - Number(a['Data Value'])).map((r) => r['Element Name']),
    );

    const technology = onetRows('Technology Skills.txt').filter((r) => r['O*NET-SOC Code'] === code);
    const examples = occupation.technologySkills.flatMap((g: { category: string; examples: { name: string; hot: boolean }[] }) =>
      g.examples.map((e) => [g.category, e.name, e.hot]),
    );
    assert.equal(examples.length, technology.length);
    for (const r of technology) {
      assert.ok(examples.some(([c, n, hot]: [string, string, boolean]) => c === r['Commodity Title'] && n === r.Example && hot === (r['Hot Technology'] === 'Y')));
    }

    const programs = csvRows(CIP).filter((r) => r.SOC2018Code === '31-9092');
    assert.deepEqual(
      occupation.programs,
      programs.map((r) => ({ cip: r.CIP2020Code, title: r.CIP2020Title!.replace(/\.$/, '') })),
    );
    const bright = csvRows(BRIGHT_OUTLOOK).find((r) => r.Code === code)!;
    assert.deepEqual(occupation.brightOutlook, bright.Categories!.split('; '));
    assert.equal(occupation.workActivities, null, 'O*NET 29.3 here has no Work Activities.txt');
    assert.equal(occupation.oohUrl, 'https://www.bls.gov/ooh/healthcare/medical-assistants.htm');
    assert.deepEqual(occupation.wages, { soc: '31-9092', title: 'Medical Assistants', aggregate: false });
  });
});

describe('nonmetropolitan areas (nonmetro_M2025_dl.csv, read by default)', () => {
  let nonmetro: Record<string, string>[];
  before(() => {
    nonmetro = csvRows(OEWS_NONMETRO);
  });
  const FIELD = { PCT10: 'p10', PCT25: 'p25', MEDIAN: 'median', PCT75: 'p75', PCT90: 'p90', MEAN: 'mean' } as const;
  const expectFigure = (built: unknown, cell: string, label: string) =>
    assert.equal(built, cell === '*' ? 'not-available' : cell === '**' ? 'not-released' : Number(cell), label);

  it('index.json lists all 135 areas with their BLS code, name, type and state', () => {
    const areas = new Map(nonmetro.map((r) => [r.AREA!, { code: r.AREA, name: r.AREA_TITLE, type: 'nonmetropolitan', states: [r.PRIM_STATE] }]));
    assert.equal(areas.size, 135);
    const index = doc('index.json');
    assert.deepEqual(index.localAreas, [...areas.values()].sort((a, b) => (a.code! < b.code! ? -1 : 1)));
    assert.deepEqual(index.areas[0], { code: 'US', name: nationalRow('11-1011').AREA_TITLE, fips: String(nationalRow('11-1011').AREA), type: 'nation', states: [] });
    assert.equal(index.counts.areas, 52 + 135);
  });

  it('a sample of rows: employment, percentiles and means in the area and per-state documents', () => {
    // Every 97th row (466 rows across all areas and occupations) and the rows of 29-2072.
    const sample = nonmetro.filter((r, i) => i % 97 === 0 || r.OCC_CODE === '29-2072');
    assert.ok(sample.length > 500);
    const areaDocs = new Map<string, any>();
    for (const row of sample) {
      const label = `${row.AREA} ${row.OCC_CODE}`;
      if (!areaDocs.has(row.AREA!)) areaDocs.set(row.AREA!, doc(`areas/${row.AREA}/wages.json`));
      const inArea = areaDocs.get(row.AREA!).occupations.find((o: { soc: string }) => o.soc === row.OCC_CODE);
      const inState = doc(`wages/${row.OCC_CODE}/${row.PRIM_STATE}.json`).areas.find((a: { area: string }) => a.area === row.AREA);
      for (const built of [inArea, inState]) {
        assert.ok(built, label);
        expectFigure(built.employment, row.TOT_EMP!, `${label} TOT_EMP`);
        for (const [column, field] of Object.entries(FIELD)) {
          expectFigure(built.annual[field], row[`A_${column}`]!, `${label} A_${column}`);
          expectFigure(built.hourly[field], row[`H_${column}`]!, `${label} H_${column}`);
        }
      }
    }
    const area = doc('areas/0600003/wages.json');
    assert.equal(area.name, nonmetro.find((r) => r.AREA === '0600003')!.AREA_TITLE);
    assert.equal(area.occupations.length, nonmetro.filter((r) => r.AREA === '0600003').length);
  });

  it('wages/{soc}.json keeps the nation and states; wages/{soc}/{state}.json exists where the table has a row', () => {
    assert.ok(doc('wages/29-2072.json').areas.every((a: { area: string }) => /^[A-Z]{2}$/.test(a.area)));
    const states = [...new Set(nonmetro.filter((r) => r.OCC_CODE === '29-2072').map((r) => r.PRIM_STATE))].sort();
    assert.deepEqual(readdirSync(join(ENDPOINT, 'wages/29-2072')), states.map((s) => `${s}.json`));
    const ca = doc('wages/29-2072/CA.json');
    assert.deepEqual(
      ca.areas.map((a: { area: string }) => a.area),
      ['US', 'CA', ...nonmetro.filter((r) => r.OCC_CODE === '29-2072' && r.PRIM_STATE === 'CA').map((r) => r.AREA).sort()],
    );
    assert.deepEqual(ca.areas.slice(0, 2), doc('wages/29-2072.json').areas.filter((a: { area: string }) => a.area === 'US' || a.area === 'CA'));
  });
});

describe('estimates (issue 8): figures a sidecar names as derived', () => {
  const sidecar = (path: string) => readJson<{ derivedColumns: Record<string, string> }>(`${path}.meta.json`).derivedColumns;
  const FIELDS: Record<string, string> = { H_PCT10: 'hourly.p10', H_PCT25: 'hourly.p25', H_PCT75: 'hourly.p75', H_PCT90: 'hourly.p90' };

  it('a state row\'s hourly p10 is marked as an estimate, with the sidecar\'s words; the nation is unmarked', () => {
    const derived = sidecar(OEWS_STATE);
    assert.deepEqual(Object.keys(derived).sort(), Object.keys(FIELDS).sort());
    const wages = doc('wages/29-2072.json');
    const ca = wages.areas.find((a: { area: string }) => a.area === 'CA');
    assert.ok(ca.estimated.includes('hourly.p10'));
    assert.equal(wages.estimates['hourly.p10'], derived.H_PCT10);
    assert.equal(ca.hourly.p10, Number(state.find((r) => r.PRIM_STATE === 'CA' && r.OCC_CODE === '29-2072')!.H_PCT10));
    // The national workbook has no sidecar: all BLS's published figures.
    assert.equal(wages.areas[0].estimated, undefined);
    assert.equal(doc('areas/US/wages.json').estimates, undefined);
    assert.ok(doc('areas/US/wages.json').occupations.every((o: { estimated?: string[] }) => o.estimated === undefined));
  });

  it('every state and nonmetropolitan figure from a derived column is marked, and only those', () => {
    for (const [file, rows, path] of [
      [OEWS_STATE, state, (r: Record<string, string>) => `areas/${r.PRIM_STATE}/wages.json`],
      [OEWS_NONMETRO, csvRows(OEWS_NONMETRO), (r: Record<string, string>) => `areas/${r.AREA}/wages.json`],
    ] as const) {
      const derived = sidecar(file);
      const documents = new Map<string, any>();
      for (const row of rows) {
        const p = path(row);
        if (!documents.has(p)) documents.set(p, doc(p));
        const built = documents.get(p).occupations.find((o: { soc: string }) => o.soc === row.OCC_CODE);
        const expected = Object.keys(derived).filter((c) => row[c] !== '*').map((c) => FIELDS[c]);
        assert.deepEqual(built.estimated ?? [], expected, `${p} ${row.OCC_CODE}`);
      }
      for (const document of documents.values()) {
        for (const [column, field] of Object.entries(FIELDS)) {
          if (document.occupations.some((o: { estimated?: string[] }) => o.estimated?.includes(field))) {
            assert.equal(document.estimates[field], derived[column]);
          }
        }
      }
    }
  });
});

describe('area tables (issue 7): areas/{area}/wages.json with occupations-summary.json', () => {
  const summaryOf = () => new Map(doc('occupations-summary.json').occupations.map((o: { soc: string }) => [o.soc, o]));

  it('the top 20 by annual openings are the projections workbook\'s, with their outlook and education', () => {
    const summary = doc('occupations-summary.json');
    assert.deepEqual([summary.baseYear, summary.projectedYear], [2024, 2034]);
    const bySoc = summaryOf();
    const area = doc('areas/US/wages.json').occupations;
    const table = area
      .map((row: { soc: string }) => ({ soc: row.soc, ...(bySoc.get(row.soc) as object) }))
      .filter((r: { annualOpenings: number | null }) => r.annualOpenings !== null)
      .sort((a: any, b: any) => b.annualOpenings - a.annualOpenings || (a.soc < b.soc ? -1 : 1))
      .slice(0, 20);
    const published = new Set(area.map((r: { soc: string }) => r.soc));
    const openings = 'Occupational openings, 2024–34 annual average';
    const expected = projections
      .filter((r) => r['Occupation type'] === 'Line item' && published.has(String(r['2024 National Employment Matrix code'])))
      .sort((a, b) => Number(b[openings]) - Number(a[openings]) || (String(a['2024 National Employment Matrix code']) < String(b['2024 National Employment Matrix code']) ? -1 : 1))
      .slice(0, 20);
    assert.deepEqual(
      table.map((r: any) => [r.soc, r.annualOpenings, r.percentChange, r.education]),
      expected.map((r) => [
        r['2024 National Employment Matrix code'],
        Math.round(Number(r[openings]) * 1000),
        r['Employment change, percent, 2024–34'],
        r['Typical education needed for entry'],
      ]),
    );
  });

  it('every CA row is the state CSV\'s, and every row has its summary', () => {
    const rows = state.filter((r) => r.PRIM_STATE === 'CA');
    const ca = doc('areas/CA/wages.json');
    assert.equal(ca.occupations.length, rows.length);
    const bySoc = summaryOf();
    const figure = (cell: string) => (cell === '*' ? 'not-available' : cell === '**' ? 'not-released' : Number(cell));
    for (const row of rows) {
      const built = ca.occupations.find((o: { soc: string }) => o.soc === row.OCC_CODE);
      assert.equal(built.title, row.OCC_TITLE);
      assert.equal(built.employment, figure(row.TOT_EMP!), row.OCC_CODE);
      for (const [column, field] of [['PCT10', 'p10'], ['PCT25', 'p25'], ['MEDIAN', 'median'], ['PCT75', 'p75'], ['PCT90', 'p90']]) {
        assert.equal(built.annual[field!], figure(row[`A_${column}`]!), `${row.OCC_CODE} A_${column}`);
        assert.equal(built.hourly[field!], figure(row[`H_${column}`]!), `${row.OCC_CODE} H_${column}`);
      }
      assert.ok(bySoc.has(row.OCC_CODE), row.OCC_CODE);
    }
  });

  it('titles to filter by come from O*NET ("coder" finds Medical Records Specialists); Bright Outlook, codes and SOC groups too', async () => {
    const bySoc = summaryOf() as Map<string, any>;
    const reported = onetRows('Sample of Reported Titles.txt').filter((r) => r['O*NET-SOC Code'] === '29-2072.00').map((r) => r['Reported Job Title']);
    const records = bySoc.get('29-2072');
    assert.deepEqual([...records.titles].sort(), [...reported].sort());
    const matches = [...bySoc.values()].filter((o) => o.titles.some((t: string) => /coder/i.test(t))).map((o) => o.soc);
    assert.ok(matches.includes('29-2072'), matches.join());
    assert.deepEqual(records.codes, ['29-2072.00']);
    assert.deepEqual(records.brightOutlook, csvRows(BRIGHT_OUTLOOK).find((r) => r.Code === '29-2072.00')!.Categories!.split('; '));
    // An aggregate covers its O*NET occupations, titles included.
    const aides = bySoc.get('31-1120');
    assert.deepEqual(aides.codes, ['31-1121.00', '31-1122.00']);
    const titles = onetRows('Occupation Data.txt').filter((r) => aides.codes.includes(r['O*NET-SOC Code'])).map((r) => r.Title);
    for (const title of titles) assert.ok(aides.titles.includes(title), title);
    // SOC groups for a group filter (`31`, `29-2`, `29-2070`), titled as BLS's structure has them.
    const groups = doc('occupations-summary.json').groups;
    const structure = await sheetRows(SOC_STRUCTURE, 0, 1);
    // The title is in the unnamed column after the four code columns.
    const groupTitles = new Map<string, unknown>();
    structure.workbook.worksheets[0]!.eachRow((row) => {
      const values = row.values as unknown[];
      groupTitles.set(String(values.slice(1, 5).find((v) => v) ?? ''), values[5]);
    });
    const titleOf = (code: string) => groupTitles.get(code);
    for (const code of ['31-0000', '29-2000', '29-2070', '15-1200']) assert.equal(groups[code], titleOf(code), code);
    for (const code of Object.keys(groups)) {
      const prefix = code.replace(/0+$/, '');
      assert.ok([...bySoc.keys()].some((s) => s.startsWith(prefix)), `${code} holds an occupation`);
    }
    const notBright = [...bySoc.values()].filter((o) => o.brightOutlook.length === 0).length;
    assert.ok(notBright > 300 && notBright < bySoc.size - 200, `${notBright} of ${bySoc.size} not Bright Outlook`);
  });
});

describe('withheld and annual-only wages', () => {
  it('an annual-only occupation (25-2021) says so and carries no hourly figures', () => {
    const wages = doc('wages/25-2021.json');
    assert.equal(wages.annualOnly, true);
    assert.equal(wages.hourlyOnly, false);
    for (const area of wages.areas) {
      assert.deepEqual(Object.values(area.hourly), Array(6).fill('not-available'), area.area);
    }
    assert.equal(wages.areas[0].annual.median, nationalRow('25-2021').A_MEDIAN);
  });

  it('every `*` and `**` BLS wrote is "not-available" or "not-released", never 0 or missing', () => {
    const columns = {
      TOT_EMP: (a: any) => a.employment,
      H_MEAN: (a: any) => a.hourly.mean,
      A_MEAN: (a: any) => a.annual.mean,
      H_MEDIAN: (a: any) => a.hourly.median,
      A_MEDIAN: (a: any) => a.annual.median,
      H_PCT10: (a: any) => a.hourly.p10,
      A_PCT90: (a: any) => a.annual.p90,
    };
    let withheld = 0;
    for (const row of state) {
      const area = doc(`wages/${row.OCC_CODE}.json`).areas.find((a: { area: string }) => a.area === row.PRIM_STATE);
      for (const [column, get] of Object.entries(columns)) {
        const source = row[column]!;
        const value = get(area);
        if (source === '*' || source === '**') {
          withheld++;
          assert.equal(value, column === 'TOT_EMP' ? 'not-released' : 'not-available', `${row.PRIM_STATE} ${row.OCC_CODE} ${column}`);
        } else {
          assert.equal(value, Number(source), `${row.PRIM_STATE} ${row.OCC_CODE} ${column}`);
        }
      }
    }
    assert.ok(withheld > 1000, 'the May 2025 state file withholds many values');
  });
});

describe('occupations BLS publishes only inside an aggregate', () => {
  it('31-1121.00 points at 31-1120 Home Health and Personal Care Aides, named as the aggregate', () => {
    const occupation = doc('occupations/31-1121.00.json');
    assert.deepEqual(occupation.wages, { soc: '31-1120', title: nationalRow('31-1120').OCC_TITLE, aggregate: true });
    assert.deepEqual(occupation.projections, {
      soc: '31-1120',
      title: 'Home health and personal care aides',
      aggregate: true,
    });
    assert.equal(doc('wages/31-1120.json').soc, '31-1120');
    assert.equal(doc('projections/31-1120.json').soc, '31-1120');
  });

  it('55 occupations have no OEWS row of their own; 34 of them use 12 aggregates, the rest say so', () => {
    const published = new Set(national.filter((r) => r.O_GROUP === 'detailed').map((r) => String(r.OCC_CODE)));
    const codes = onetRows('Occupation Data.txt').map((r) => r['O*NET-SOC Code']!);
    const withoutOwn = codes.filter((c) => !published.has(c.slice(0, 7)));
    assert.equal(withoutOwn.length, 55);
    const aggregates = new Set<string>();
    let none = 0;
    for (const c of withoutOwn) {
      const wages = doc(`occupations/${c}.json`).wages;
      if (wages === null) {
        none++;
        continue;
      }
      assert.equal(wages.aggregate, true, c);
      assert.ok(published.has(wages.soc), `${c} -> ${wages.soc} is published`);
      assert.equal(wages.soc.slice(0, 6), c.slice(0, 6), `${c} -> ${wages.soc} is in the same broad group`);
      aggregates.add(wages.soc);
    }
    assert.equal(aggregates.size, 12);
    assert.equal(none, 21);
  });
});

describe('index.json', () => {
  it('names the releases, their credits, the areas and what the release lacks', () => {
    const index = doc('index.json');
    const versions = Object.fromEntries(index.sources.map((s: { id: string; version: string }) => [s.id, s.version]));
    assert.deepEqual(
      { onet: versions.onet, oews: versions.oews, projections: versions.projections, cip: versions.cip },
      { onet: '29.3', oews: 'May 2025', projections: '2024–34', cip: '2020' },
    );
    assert.match(index.attribution.onet, /^This page includes information from the O\*NET 29\.3 Database by the U\.S\. Department of Labor, Employment and Training Administration \(USDOL\/ETA\)\. Used under the CC BY 4\.0 license\. O\*NET® is a trademark of USDOL\/ETA\./);
    assert.match(index.attribution.onet, /modified.*USDOL\/ETA has not approved/);
    assert.equal(index.attribution.oews, 'Wages: BLS Occupational Employment and Wage Statistics.');
    assert.equal(index.attribution.projections, 'Projections: BLS Employment Projections program.');
    assert.match(index.attribution.cip, /NCES/);
    // Only a live source (tools/proxy) lists live-only kinds: the static widgets for them stay absent.
    assert.equal(index.live, undefined);

    assert.equal(index.areas[0].code, 'US');
    assert.equal(index.areas.length, 52);
    const ca = state.find((r) => r.PRIM_STATE === 'CA')!;
    assert.deepEqual(index.areas.find((a: { code: string }) => a.code === 'CA'), { code: 'CA', name: ca.AREA_TITLE, fips: ca.AREA, type: 'state', states: ['CA'] });

    assert.deepEqual(index.missingFiles.map((m: { file: string }) => m.file).sort(), [
      'Abilities.txt',
      'Task Ratings.txt',
      'Work Activities.txt',
    ]);
    const knowledge = onetRows('Content Model Reference.txt').find((r) => r['Element ID'] === '2.C.7.a')!;
    assert.deepEqual(index.descriptors['2.C.7.a'], { name: knowledge['Element Name'], description: knowledge.Description });
  });

  it('counts match the files written, one occupation file per O*NET occupation', () => {
    const index = doc('index.json');
    const occupations = onetRows('Occupation Data.txt').map((r) => `${r['O*NET-SOC Code']}.json`);
    assert.deepEqual(readdirSync(join(ENDPOINT, 'occupations')).sort(), occupations.sort());
    assert.equal(index.counts.occupations, occupations.length);
    assert.equal(index.counts.wages, readdirSync(join(ENDPOINT, 'wages')).filter((f) => f.endsWith('.json')).length);
    assert.equal(index.counts.projections, readdirSync(join(ENDPOINT, 'projections')).length);
    assert.equal(index.counts.programs, readdirSync(join(ENDPOINT, 'programs')).length);
    assert.equal(index.counts.areas, readdirSync(join(ENDPOINT, 'areas')).length);
  });

  it('search-index.json has every occupation with its reported titles; alternate titles are in shards', () => {
    const search = doc('search-index.json');
    assert.equal(search.occupations.length, doc('index.json').counts.occupations);
    const entry = search.occupations.find((o: [string]) => o[0] === '29-2072.00');
    assert.equal(entry.length, 3);
    assert.equal(entry[1], 'Medical Records Specialists');
    assert.ok(entry[2].includes('Coder'), 'reported titles are in the index');
    assert.ok(!entry[2].includes('Medical Coder'), 'alternate titles are not');
    assert.ok(doc('search/me.json').titles.some(([t, c]: [string, string]) => t === 'Medical Coder' && c === '29-2072.00'));
  });
});

describe('every document in public/data', () => {
  it('validates against src/data/schema.json', () => {
    const schema = readJson(join(ROOT, 'src/data/schema.json'));
    const validate = new Ajv({ strict: true, allErrors: true }).compile(schema);
    const files = walk(ENDPOINT);
    const kinds = new Map<string, number>();
    for (const file of files) {
      const document = readJson<{ kind: string }>(file);
      assert.ok(validate(document), `${file}: ${JSON.stringify(validate.errors, null, 1)}`);
      kinds.set(document.kind, (kinds.get(document.kind) ?? 0) + 1);
    }
    assert.deepEqual(
      [...kinds.keys()].sort(),
      ['area-wages', 'index', 'local-wages', 'occupation', 'occupations-summary', 'program', 'programs-index', 'projections', 'search-index', 'search-shard', 'wages'],
    );
    assert.ok(files.length > 4000, `${files.length} documents`);

    // The check has teeth: a key the contract does not name, or a withheld wage written as 0
    // where a marker belongs in the wrong type, is rejected.
    assert.equal(validate({ ...doc('occupations/29-2072.00.json'), salary: 1 }), false);
    const wages = doc('wages/25-2021.json');
    wages.areas[0].hourly.median = 'n/a';
    assert.equal(validate(wages), false);
  });
});

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}
