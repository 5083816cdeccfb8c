/**
 * `npm run data` on a small release cut from the real files (./small-release.ts): what a user
 * sees when they rebuild, point it at another release, or hand it a broken or incomplete one.
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import { areaStates } from '../../tools/build-data/sources/oews.ts';
import { csvRows, OLDER_NATIONAL, OLDER_STATE, readJson, runBuild, sheetRows, startBuild, STATE_PROJECTIONS_2020 } from './official.ts';
import { makeSmallRelease, type SmallRelease } from './small-release.ts';

let work: string;
let release: SmallRelease;
let baseline: string;

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'build-data-'));
  release = await makeSmallRelease(join(work, 'release'));
  baseline = join(work, 'baseline');
  const result = runBuild(release.args(baseline));
  assert.equal(result.status, 0, result.stderr);
});

after(() => rmSync(work, { recursive: true, force: true }));

/** Every file of an endpoint, by path, as text. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else files.set(relative(dir, join(d, e.name)), readFileSync(join(d, e.name), 'utf8'));
    }
  };
  walk(dir);
  return files;
}

/** A copy of the small release's O*NET folder with one file changed. */
function onetWith(file: string, change: (text: string) => string | null): string {
  const dir = join(work, `onet-${Math.random().toString(36).slice(2)}`);
  cpSync(release.onet, dir, { recursive: true });
  const text = change(readFileSync(join(dir, file), 'utf8'));
  if (text === null) rmSync(join(dir, file));
  else writeFileSync(join(dir, file), text);
  return dir;
}

/** A changed copy of a table, its sidecar (if any) beside it as a user's copy would have it. */
function fileWith(path: string, change: (lines: string[]) => string[]): string {
  const copy = join(work, `${Math.random().toString(36).slice(2)}-${path.split('/').pop()}`);
  const eol = readFileSync(path, 'utf8').includes('\r\n') ? '\r\n' : '\n';
  writeFileSync(copy, change(readFileSync(path, 'utf8').split(eol)).join(eol));
  if (existsSync(`${path}.meta.json`)) cpSync(`${path}.meta.json`, `${copy}.meta.json`);
  return copy;
}

/** An endpoint's files without the dataset version and without the marks of estimated figures. */
function published(files: Map<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [path, text] of files) {
    const document = JSON.parse(text);
    delete document.datasetVersion;
    delete document.estimates;
    for (const row of [...(document.areas ?? []), ...(document.occupations ?? [])]) delete row.estimated;
    out.set(path, JSON.stringify(document));
  }
  return out;
}

describe('rebuilding', () => {
  it('the same inputs give byte-identical output', () => {
    const again = join(work, 'again');
    assert.equal(runBuild(release.args(again)).status, 0);
    assert.deepEqual(snapshot(again), snapshot(baseline));
  });

  it('--help explains every flag and exits 0; an unknown flag exits 2', () => {
    const help = runBuild(['--help']);
    assert.equal(help.status, 0);
    for (const flag of ['--onet', '--oews-national', '--oews-state', '--projections', '--cip-crosswalk', '--out']) {
      assert.ok(help.stdout.includes(flag), flag);
    }
    const wrong = runBuild(['--colour']);
    assert.equal(wrong.status, 2);
    assert.match(wrong.stderr, /--colour/);
  });
});

describe('another OEWS release by flag (May 2024)', () => {
  let out: string;
  let older: Awaited<ReturnType<typeof sheetRows>>;
  before(async () => {
    out = join(work, 'oews-2024');
    // No --oews-areas: the default nonmetropolitan table is May 2025, so it is left out.
    const result = runBuild(release.args(out, { '--oews-national': OLDER_NATIONAL, '--oews-state': OLDER_STATE, '--oews-areas': null }));
    assert.equal(result.status, 0, result.stderr);
    older = await sheetRows(OLDER_NATIONAL, 0, 1);
  });

  it('leaves out the default area table of another release, and says so', () => {
    const index = readJson(join(out, 'index.json'));
    assert.deepEqual(index.localAreas, []);
    const note = index.missingFiles.find((m: { file: string }) => m.file === 'nonmetro_M2025_dl.csv');
    assert.match(note.effect, /May 2025, not the release of the national file \(May 2024\)/);
    const named = runBuild(release.args(join(work, 'mixed'), { '--oews-national': OLDER_NATIONAL, '--oews-state': OLDER_STATE }));
    assert.equal(named.status, 1);
    assert.match(named.stderr, /different releases/);
  });

  it('names May 2024 as the wage release and shows its figures', () => {
    const oews = readJson(join(out, 'index.json')).sources.find((s: { id: string }) => s.id === 'oews');
    assert.equal(oews.version, 'May 2024');
    assert.equal(oews.name, 'May 2024 OEWS Estimates');
    const row = older.rows.find((r) => r.OCC_CODE === '29-2072' && r.O_GROUP === 'detailed')!;
    const wages = readJson(join(out, 'wages/29-2072.json'));
    assert.equal(wages.areas[0].annual.median, row.A_MEDIAN);
    assert.notEqual(wages.areas[0].annual.median, 51140, 'not the May 2025 figure');
    assert.equal(wages.sources[0].version, 'May 2024');
  });

  it('a top-coded `#` wage becomes { atLeast } with the top code the release states', () => {
    const notes: string[] = [];
    older.workbook.getWorksheet('Field Descriptions')!.eachRow((r) => notes.push(String(r.getCell(1).value)));
    const [, hourly, annual] = /\$([\d.,]+) per hour or \$([\d.,]+) per year/.exec(notes.find((n) => n.startsWith('#'))!)!;
    const topCoded = older.rows.filter((r) => r.O_GROUP === 'detailed' && r.A_PCT90 === '#');
    assert.ok(topCoded.length > 0, 'May 2024 has top-coded wages');
    for (const row of topCoded) {
      const us = readJson(join(out, `wages/${row.OCC_CODE}.json`)).areas[0];
      assert.deepEqual(us.annual.p90, { atLeast: Number(annual!.replace(/,/g, '')) }, String(row.OCC_CODE));
      if (row.H_PCT90 === '#') assert.deepEqual(us.hourly.p90, { atLeast: Number(hourly) });
    }
  });

  it('a `#` in a state CSV takes the top code from the national workbook\'s notes', () => {
    const state = fileWith(release.state, (lines) =>
      lines.map((l, i) => (i === 0 || !l.includes(',CA,29-2072,') ? l : l.replace(/,102470,/, ',#,'))),
    );
    const out2 = join(work, 'top-coded-state');
    assert.equal(runBuild(release.args(out2, { '--oews-state': state })).status, 0);
    const ca = readJson(join(out2, 'wages/29-2072.json')).areas.find((a: { area: string }) => a.area === 'CA');
    assert.deepEqual(ca.annual.p90, { atLeast: 239200 });
  });
});

describe('OEWS files in either format', () => {
  it('a national CSV and a state workbook give the same documents as the workbook and CSV', async () => {
    const dir = join(work, 'formats');
    mkdirSync(dir);
    // National: the workbook's first sheet saved as CSV, BLS's file name kept (it names the release).
    const national = new ExcelJS.Workbook();
    await national.xlsx.readFile(release.national);
    const quote = (v: ExcelJS.CellValue) => {
      const text = v === null || v === undefined ? '' : String(v);
      return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    };
    const lines: string[] = [];
    national.worksheets[0]!.eachRow((row) => lines.push((row.values as ExcelJS.CellValue[]).slice(1).map(quote).join(',')));
    writeFileSync(join(dir, 'national_M2025_dl.csv'), '\ufeff' + lines.join('\r\n') + '\r\n');
    // State: the CSV's rows in a workbook, with BLS's notes sheet beside them.
    const state = new ExcelJS.Workbook();
    const rows = csvRows(release.state);
    const sheet = state.addWorksheet('state_M2025_dl');
    sheet.addRow(Object.keys(rows[0]!));
    for (const row of rows) sheet.addRow(Object.values(row));
    const notes = state.addWorksheet('Field Descriptions');
    national.getWorksheet('Field Descriptions')!.eachRow((row) => notes.addRow((row.values as ExcelJS.CellValue[]).slice(1)));
    await state.xlsx.writeFile(join(dir, 'state_M2025_dl.xlsx'));

    const out = join(work, 'formats-out');
    const result = runBuild(
      release.args(out, { '--oews-national': join(dir, 'national_M2025_dl.csv'), '--oews-state': join(dir, 'state_M2025_dl.xlsx') }),
    );
    assert.equal(result.status, 0, result.stderr);
    // The same figures; the workbook has no sidecar, so its figures are published ones, unmarked.
    assert.deepEqual(published(snapshot(out)), published(snapshot(baseline)));
    const ca = readJson(join(out, 'wages/29-2072.json')).areas.find((a: { area: string }) => a.area === 'CA');
    assert.equal(ca.estimated, undefined);
    assert.equal(readJson(join(out, 'wages/29-2072.json')).estimates, undefined);
  });
});

describe('incomplete or broken input', () => {
  it('a missing required file stops the build, naming the file and where it is published', () => {
    const out = join(work, 'missing-projections');
    const result = runBuild(release.args(out, { '--projections': join(work, 'nowhere/occupation.xlsx') }));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /nowhere\/occupation\.xlsx/);
    assert.match(result.stderr, /https:\/\/www\.bls\.gov\/emp\/tables\.htm/);
    assert.equal(existsSync(out), false);

    const onet = onetWith('Knowledge.txt', () => null);
    const noKnowledge = runBuild(release.args(out, { '--onet': onet }));
    assert.equal(noKnowledge.status, 1);
    assert.match(noKnowledge.stderr, /Knowledge\.txt/);
    assert.match(noKnowledge.stderr, /https:\/\/www\.onetcenter\.org\/database\.html/);
  });

  it('a malformed row stops the build with the file and line', () => {
    const onet = onetWith('Task Statements.txt', (text) => {
      const lines = text.split('\n');
      lines[2] = lines[2]!.split('\t').slice(0, 4).join('\t'); // line 3 loses its last fields
      return lines.join('\n');
    });
    const tasks = runBuild(release.args(join(work, 'malformed'), { '--onet': onet }));
    assert.equal(tasks.status, 1);
    assert.match(tasks.stderr, /Task Statements\.txt:3: /);

    const state = fileWith(release.state, (lines) => lines.map((l, i) => (i === 4 ? l.replace(/,(\d+),(TRUE)?,$/, ',12x,$2,') : l)));
    const wages = runBuild(release.args(join(work, 'malformed'), { '--oews-state': state }));
    assert.equal(wages.status, 1);
    assert.match(wages.stderr, new RegExp(`${state.split('/').pop()}:5: "A_PCT90" is "12x", not a number`));
  });

  it('unknown extra columns are ignored, wherever they are', () => {
    const onet = onetWith('Occupation Data.txt', (text) =>
      text
        .split('\n')
        .map((l, i) => (l === '' ? l : `${i === 0 ? 'Publisher Note' : 'n/a'}\t${l}`))
        .join('\n'),
    );
    const state = fileWith(release.state, (lines) =>
      lines.map((l, i) => (l === '' ? l : l.replace(/^([^,]*,)/, `$1${i === 0 ? 'NEW_COLUMN' : 'x'},`))),
    );
    const out = join(work, 'extra-columns');
    const result = runBuild(release.args(out, { '--onet': onet, '--oews-state': state }));
    assert.equal(result.status, 0, result.stderr);
    const built = snapshot(out);
    const expected = snapshot(baseline);
    // Only the dataset version differs: it is derived from the input bytes, which changed.
    const withoutVersion = (text: string) => text.replace(/"datasetVersion":"[^"]*"/, '');
    built.set('index.json', withoutVersion(built.get('index.json')!));
    expected.set('index.json', withoutVersion(expected.get('index.json')!));
    assert.deepEqual(built, expected);
  });

  it('a failed build leaves the previous endpoint as it was and no temporary folder', () => {
    const out = join(work, 'kept');
    assert.equal(runBuild(release.args(out)).status, 0);
    const before = snapshot(out);
    let line = 0;
    const onet = onetWith('Related Occupations.txt', (text) => {
      line = text.slice(0, text.search(/\t1\n/)).split('\n').length;
      return text.replace(/\t1\n/, '\tfirst\n');
    });
    const result = runBuild(release.args(out, { '--onet': onet }));
    assert.equal(result.status, 1);
    assert.match(result.stderr, new RegExp(`Related Occupations\\.txt:${line}: "Index" is "first", not a number`));
    assert.deepEqual(snapshot(out), before);
    assert.deepEqual(
      readdirSync(dirname(out)).filter((name) => name.includes('.building-')),
      [],
    );
  });
});

describe('bad input stops the build, names the file and line, keeps the previous endpoint (issue 9)', () => {
  /** Builds over a copy of the baseline: exit 1, a message like `message`, nothing changed. */
  function assertRejected(overrides: Record<string, string>, message: RegExp): void {
    const out = join(work, `previous-${Math.random().toString(36).slice(2)}`);
    cpSync(baseline, out, { recursive: true });
    const before = snapshot(out);
    const result = runBuild(release.args(out, overrides));
    assert.equal(result.status, 1, `exit ${result.status}: ${result.stderr}`);
    assert.match(result.stderr, message);
    assert.deepEqual(snapshot(out), before, 'the previous endpoint is untouched');
    assert.deepEqual(readdirSync(work).filter((name) => name.includes('.building-')), []);
  }

  /** An O*NET file with the first line matching `pick` changed; returns the folder and that line's number. */
  function onetLine(file: string, pick: RegExp, change: (line: string) => string[]): { onet: string; line: number } {
    let line = 0;
    const onet = onetWith(file, (text) => {
      const lines = text.split('\n');
      const i = lines.findIndex((l) => pick.test(l));
      assert.ok(i > 0, `${file} has a line like ${pick}`);
      line = i + 1;
      lines.splice(i, 1, ...change(lines[i]!));
      return lines.join('\n');
    });
    return { onet, line };
  }
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

  it('a missing optional file the user named', () => {
    assertRejected({ '--bright-outlook': join(work, 'nowhere/bright-outlook.csv') }, /missing required file: .*nowhere\/bright-outlook\.csv[\s\S]*onetonline\.org/);
  });

  it('a truncated workbook', () => {
    const dir = join(work, `truncated-${Math.random().toString(36).slice(2)}`);
    mkdirSync(dir);
    const national = join(dir, 'national_M2025_dl.xlsx');
    const bytes = readFileSync(release.national);
    writeFileSync(national, bytes.subarray(0, Math.floor(bytes.length / 2)));
    assertRejected({ '--oews-national': national }, new RegExp(`${escape(national)}: not a readable \\.xlsx workbook`));
  });

  it('a CSV row with its columns shifted by one', () => {
    let line = 0;
    const cip = fileWith(release.cip, (lines) =>
      lines.map((l, i) => {
        if (!l.startsWith('51.0801,') || !l.includes(',31-9092,')) return l;
        line = i + 1;
        return `,${l.slice(0, l.lastIndexOf(','))}`; // a field inserted in front, the last one lost
      }),
    );
    assert.ok(line > 1);
    assertRejected({ '--cip-crosswalk': cip }, new RegExp(`${escape(cip)}:${line}: "CIP2020Code" is "", not a CIP code`));
  });

  it('an O*NET row with its columns shifted by one', () => {
    const { onet, line } = onetLine('Knowledge.txt', /^31-9092\.00\t/, (l) => [`\t${l.slice(0, l.lastIndexOf('\t'))}`]);
    assertRejected({ '--onet': onet }, new RegExp(`Knowledge\\.txt:${line}: "O\\*NET-SOC Code" is "", not an O\\*NET-SOC code`));
  });

  it('duplicate rows: a rating given twice, a job zone twice, a crosswalk link twice', () => {
    const knowledge = onetLine('Knowledge.txt', /^31-9092\.00\t[^\t]*\t2\.C\.1\.a\t.*\tIM\t/, (l) => [l, l.replace(/\t2\.87\t/, '\t4.5\t')]);
    assertRejected(
      { '--onet': knowledge.onet },
      new RegExp(`Knowledge\\.txt:${knowledge.line + 1}: 31-9092\\.00 2\\.C\\.1\\.a IM appears twice \\(also at .*Knowledge\\.txt:${knowledge.line}\\)`),
    );
    const zones = onetLine('Job Zones.txt', /^31-9092\.00\t/, (l) => [l, l]);
    assertRejected({ '--onet': zones.onet }, new RegExp(`Job Zones\\.txt:${zones.line + 1}: 31-9092\\.00's job zone appears twice`));
    let line = 0;
    const cip = fileWith(release.cip, (lines) =>
      lines.flatMap((l, i) => {
        if (!l.startsWith('51.0801,') || !l.includes(',31-9092,')) return [l];
        line = i + 2;
        return [l, l];
      }),
    );
    assertRejected({ '--cip-crosswalk': cip }, new RegExp(`${escape(cip)}:${line}: the link from program 51\\.0801 to occupation 31-9092 appears twice`));
  });

  it('a code in one file that the release\'s Occupation Data.txt does not have', () => {
    const onet = onetWith('Occupation Data.txt', (text) => text.split('\n').filter((l) => !l.startsWith('31-9092.00\t')).join('\n'));
    const line = readFileSync(join(onet, 'Sample of Reported Titles.txt'), 'utf8').split('\n').findIndex((l) => l.startsWith('31-9092.00\t')) + 1;
    assertRejected(
      { '--onet': onet },
      new RegExp(`Sample of Reported Titles\\.txt:${line}: "O\\*NET-SOC Code" is 31-9092\\.00, which is not an occupation in Occupation Data\\.txt`),
    );
    const related = onetLine('Related Occupations.txt', /^31-9092\.00\t/, (l) => [l.replace(/^(31-9092\.00\t[^\t]*\t)[^\t]*/, '$119-9999.00')]);
    assertRejected({ '--onet': related.onet }, new RegExp(`Related Occupations\\.txt:${related.line}: "Related O\\*NET-SOC Code" is 19-9999\\.00, which is not an occupation`));
  });

  it('a value outside its scale: importance 9 of 5, Job Zone -1, an interest of -3, 120% of respondents', () => {
    const cases: [string, RegExp, (l: string) => string, string][] = [
      ['Knowledge.txt', /^31-9092\.00\t[^\t]*\t2\.C\.1\.a\t.*\tIM\t/, (l) => l.replace(/\t2\.87\t/, '\t9\t'), '"Data Value" is 9, outside its scale of 1 to 5'],
      ['Job Zones.txt', /^31-9092\.00\t/, (l) => l.replace(/\t3\t/, '\t-1\t'), '"Job Zone" is -1, outside its scale of 1 to 5'],
      ['Interests.txt', /^31-9092\.00\t.*\tOI\t/, (l) => l.replace(/\t4\.06\t/, '\t-3\t'), '"Data Value" is -3, outside its scale of 1 to 7'],
      ['Education, Training, and Experience.txt', /^31-9092\.00\t.*\tRL\t.*\t2\t20\.54\t/, (l) => l.replace(/\t20\.54\t/, '\t120\t'), '"Data Value" is 120, outside its scale of 0 to 100'],
    ];
    for (const [file, pick, change, message] of cases) {
      const { onet, line } = onetLine(file, pick, (l) => {
        const changed = change(l);
        assert.notEqual(changed, l, `${file}: the test changes the line`);
        return [changed];
      });
      assertRejected({ '--onet': onet }, new RegExp(`${escape(file)}:${line}: ${escape(message)}`));
    }
  });

  it('a figure no reader range-checks is stopped before it is published: a negative wage', () => {
    const state = fileWith(release.state, (lines) =>
      lines.map((l, i) => (i === 0 || !l.includes(',CA,29-2072,') ? l : l.replace(/,102470,/, ',-37000,'))),
    );
    assertRejected({ '--oews-state': state }, /wages\/29-2072\.json would be invalid data: areas\[\d+\]\.annual\.p90 is -37000/);
  });
});

describe('an interrupted build', () => {
  it('Ctrl-C or SIGTERM while writing leaves the previous endpoint and no temporary folder', async () => {
    const out = join(work, 'interrupted');
    cpSync(baseline, out, { recursive: true });
    const before = snapshot(out);
    // The full release (default inputs): its writing phase lasts long enough to be interrupted.
    const child = startBuild(['--out', out]);
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    const building = () => readdirSync(work).filter((name) => name.startsWith('.interrupted.building-'));
    // Generous: the build reads every input (the nonmetropolitan table too) before it writes, and CI machines are shared.
    const deadline = Date.now() + 180_000;
    while (building().length === 0 && child.exitCode === null && Date.now() < deadline) await sleep(5);
    assert.equal(building().length, 1, `the build never started writing: ${stderr}`);
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    assert.equal(code, 143, stderr);
    assert.match(stderr, /SIGTERM: build stopped/);
    assert.deepEqual(snapshot(out), before);
    assert.deepEqual(building(), []);
  });
});

describe('a release that has the files O*NET 29.3 lacks', () => {
  it('Abilities.txt is used, with levels, instead of the older importance-only supplement', () => {
    const header = readFileSync(join(release.onet, 'Knowledge.txt'), 'utf8').split('\n')[0]!;
    const row = (code: string, id: string, name: string, scale: 'IM' | 'LV', value: number) =>
      [code, 'Title', id, name, scale, scale === 'IM' ? 'Importance' : 'Level', value, 8, 0.1, 1, 5, 'N', scale === 'LV' ? 'N' : '', '08/2025', 'Analyst'].join('\t');
    const onet = join(work, 'onet-abilities');
    cpSync(release.onet, onet, { recursive: true });
    writeFileSync(
      join(onet, 'Abilities.txt'),
      [
        header,
        row('29-2072.00', '1.A.1.a.1', 'Oral Comprehension', 'IM', 3.5),
        row('29-2072.00', '1.A.1.a.1', 'Oral Comprehension', 'LV', 3.25),
        row('29-2072.00', '1.A.1.a.2', 'Written Comprehension', 'IM', 4),
        row('29-2072.00', '1.A.1.a.2', 'Written Comprehension', 'LV', 4.12),
        row('31-9092.00', '1.A.1.a.1', 'Oral Comprehension', 'IM', 4.25),
        row('31-9092.00', '1.A.1.a.1', 'Oral Comprehension', 'LV', 4),
      ].join('\n') + '\n',
    );
    const out = join(work, 'with-abilities');
    const result = runBuild(release.args(out, { '--onet': onet }));
    assert.equal(result.status, 0, result.stderr);

    const records = readJson(join(out, 'occupations/29-2072.00.json'));
    assert.match(records.abilities.source, /^O\*NET 29\.3 Database/);
    assert.deepEqual(records.abilities.items, [
      { id: '1.A.1.a.2', name: 'Written Comprehension', importance: 4, level: 4.12 },
      { id: '1.A.1.a.1', name: 'Oral Comprehension', importance: 3.5, level: 3.25 },
    ]);
    // The supplement has 52 abilities for medical assistants; the release's own file wins.
    assert.deepEqual(readJson(join(out, 'occupations/31-9092.00.json')).abilities.items, [
      { id: '1.A.1.a.1', name: 'Oral Comprehension', importance: 4.25, level: 4 },
    ]);
    const index = readJson(join(out, 'index.json'));
    assert.ok(!index.missingFiles.some((m: { file: string }) => m.file === 'Abilities.txt'));
    assert.ok(!index.sources.some((s: { id: string }) => s.id === 'abilities'));
    assert.equal(index.descriptors['1.A.1.a.2'].name, 'Written Comprehension');
  });

  it('Task Ratings.txt orders tasks by importance within core and supplemental; Work Activities.txt fills its section', () => {
    const onet = join(work, 'onet-ratings');
    cpSync(release.onet, onet, { recursive: true });
    const ratings = [
      'O*NET-SOC Code\tTitle\tTask ID\tTask\tScale ID\tScale Name\tCategory\tData Value\tN\tStandard Error\tLower CI Bound\tUpper CI Bound\tRecommend Suppress\tDate\tDomain Source',
      '31-9092.00\tMedical Assistants\t2024\tInterview patients.\tIM\tImportance\tn/a\t3.1\t80\t0.1\t3\t3.2\tN\t08/2025\tIncumbent',
      '31-9092.00\tMedical Assistants\t2024\tInterview patients.\tFT\tFrequency of Task\t7\t50\t80\t0.1\t3\t3.2\tN\t08/2025\tIncumbent',
      '31-9092.00\tMedical Assistants\t2033\tClean and sterilize.\tIM\tImportance\tn/a\t4.6\t80\t0.1\t4.5\t4.7\tN\t08/2025\tIncumbent',
    ];
    writeFileSync(join(onet, 'Task Ratings.txt'), ratings.join('\n') + '\n');
    const header = readFileSync(join(onet, 'Knowledge.txt'), 'utf8').split('\n')[0]!;
    writeFileSync(
      join(onet, 'Work Activities.txt'),
      [
        header,
        ['31-9092.00', 'Medical Assistants', '4.A.1.a.1', 'Getting Information', 'IM', 'Importance', 4.4, 8, 0.1, 4, 5, 'N', '', '08/2025', 'Analyst'].join('\t'),
        ['31-9092.00', 'Medical Assistants', '4.A.1.a.1', 'Getting Information', 'LV', 'Level', 4.1, 8, 0.1, 4, 5, 'N', 'N', '08/2025', 'Analyst'].join('\t'),
      ].join('\n') + '\n',
    );
    const out = join(work, 'with-ratings');
    const result = runBuild(release.args(out, { '--onet': onet }));
    assert.equal(result.status, 0, result.stderr);
    const occupation = readJson(join(out, 'occupations/31-9092.00.json'));
    assert.deepEqual(
      occupation.tasks.slice(0, 2).map((t: { id: string; importance: number }) => [t.id, t.importance]),
      [['2033', 4.6], ['2024', 3.1]],
    );
    assert.equal(occupation.tasks[2].type, 'Core');
    assert.equal(occupation.tasks[2].importance, null, 'a task the ratings leave out stays unrated');
    assert.deepEqual(occupation.workActivities.items, [
      { id: '4.A.1.a.1', name: 'Getting Information', importance: 4.4, level: 4.1 },
    ]);
    const missing = readJson(join(out, 'index.json')).missingFiles.map((m: { file: string }) => m.file);
    assert.deepEqual(missing, ['Abilities.txt']);
  });

  it('without Abilities.txt, the supplement fills the occupations it matches and index.json says so', () => {
    const index = readJson(join(baseline, 'index.json'));
    const missing = index.missingFiles.find((m: { file: string }) => m.file === 'Abilities.txt');
    assert.match(missing.effect, /O\*NET 24/);
    assert.equal(readJson(join(baseline, 'occupations/29-2072.00.json')).abilities, null);
    assert.equal(readJson(join(baseline, 'occupations/31-9092.00.json')).abilities.items[0].level, null);
  });
});

/** A built figure against the table's cell: the same number, or the marker for BLS's `*` / `**`. */
function assertFigure(built: unknown, cell: string, label: string) {
  if (cell === '*') assert.equal(built, 'not-available', label);
  else if (cell === '**') assert.equal(built, 'not-released', label);
  else assert.equal(built, Number(cell), label);
}

describe('metropolitan and nonmetropolitan areas (--oews-areas)', () => {
  const WAGES = ['PCT10', 'PCT25', 'MEDIAN', 'PCT75', 'PCT90', 'MEAN'] as const;
  const FIELD = { PCT10: 'p10', PCT25: 'p25', MEDIAN: 'median', PCT75: 'p75', PCT90: 'p90', MEAN: 'mean' } as const;

  /** Every row of the table in `areas/{area}/wages.json` and `wages/{soc}/{state}.json`, as BLS wrote it. */
  function assertRowsBuilt(out: string, rows: Record<string, string>[]) {
    for (const row of rows) {
      const label = `${row.AREA} ${row.OCC_CODE}`;
      const inArea = readJson(join(out, `areas/${row.AREA}/wages.json`)).occupations.find((o: { soc: string }) => o.soc === row.OCC_CODE);
      const inState = readJson(join(out, `wages/${row.OCC_CODE}/${row.PRIM_STATE}.json`)).areas.find((a: { area: string }) => a.area === row.AREA);
      for (const built of [inArea, inState]) {
        assert.ok(built, label);
        assertFigure(built.employment, row.TOT_EMP!, `${label} TOT_EMP`);
        for (const c of WAGES) {
          assertFigure(built.annual[FIELD[c]], row[`A_${c}`]!, `${label} A_${c}`);
          assertFigure(built.hourly[FIELD[c]], row[`H_${c}`]!, `${label} H_${c}`);
        }
      }
    }
  }

  it('each area has its wages document and its rows in wages/{soc}/{state}.json, as the table has them', () => {
    const rows = csvRows(release.nonmetro);
    assert.ok(rows.length > 500);
    assertRowsBuilt(baseline, rows);
    const areas = new Map(rows.map((r) => [r.AREA!, { code: r.AREA, name: r.AREA_TITLE, type: 'nonmetropolitan', states: [r.PRIM_STATE] }]));
    const index = readJson(join(baseline, 'index.json'));
    assert.deepEqual(index.localAreas, [...areas.values()].sort((a, b) => (a.code! < b.code! ? -1 : 1)));
    assert.equal(index.counts.areas, 52 + areas.size);
    // wages/{soc}.json keeps the nation and the states only.
    const wages = readJson(join(baseline, 'wages/31-9092.json'));
    assert.ok(wages.areas.every((a: { area: string }) => /^[A-Z]{2}$/.test(a.area)));
    // One state document per state where the occupation has a local row; the nation and state first.
    const states = [...new Set(rows.filter((r) => r.OCC_CODE === '31-9092').map((r) => r.PRIM_STATE))].sort();
    assert.deepEqual(readdirSync(join(baseline, 'wages/31-9092')), states.map((s) => `${s}.json`));
    const texas = readJson(join(baseline, 'wages/31-9092/TX.json'));
    assert.deepEqual(texas.areas.slice(0, 2), wages.areas.filter((a: { area: string }) => a.area === 'US' || a.area === 'TX'));
  });

  it('BLS workbooks, repeated --oews-areas flags, give the same documents as the CSV', async () => {
    // Part of the nonmetropolitan table in BLS's workbook layout (figures as numbers, the marks
    // as text, the "Field Descriptions" notes sheet beside it), the rest in a second file.
    const rows = csvRows(release.nonmetro);
    const dir = join(work, 'area-workbooks');
    mkdirSync(dir);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('BOS_M2025_dl');
    const header = Object.keys(rows[0]!);
    sheet.addRow(header);
    const inWorkbook = (r: Record<string, string>) => r.PRIM_STATE! < 'M';
    for (const row of rows.filter(inWorkbook)) {
      // A spreadsheet keeps numbers as numbers, so the area code loses its leading zero (0100001 -> 100001).
      sheet.addRow(header.map((h) => (h !== 'OCC_CODE' && /^\d+(\.\d+)?$/.test(row[h]!) ? Number(row[h]) : row[h])));
    }
    const national = new ExcelJS.Workbook();
    await national.xlsx.readFile(release.national);
    const notes = workbook.addWorksheet('Field Descriptions');
    national.getWorksheet('Field Descriptions')!.eachRow((row) => notes.addRow((row.values as ExcelJS.CellValue[]).slice(1)));
    await workbook.xlsx.writeFile(join(dir, 'BOS_M2025_dl.xlsx'));
    const rest = fileWith(release.nonmetro, (lines) => lines.filter((l, i) => i === 0 || l === '' || !inWorkbook({ PRIM_STATE: l.split(',')[3]! })));
    const csv = join(dir, 'nonmetro_M2025_dl.csv');
    cpSync(rest, csv);
    cpSync(`${rest}.meta.json`, `${csv}.meta.json`);

    const out = join(work, 'area-workbooks-out');
    const result = runBuild([...release.args(out, { '--oews-areas': join(dir, 'BOS_M2025_dl.xlsx') }), '--oews-areas', csv]);
    assert.equal(result.status, 0, result.stderr);
    assertRowsBuilt(out, rows);
    assert.deepEqual(published(snapshot(out)), published(snapshot(baseline)));
    // The workbook (no sidecar) gives published figures; the CSV beside its sidecar, estimates.
    for (const row of rows.filter((r) => r.H_PCT10 !== '*')) {
      const built = readJson(join(out, `areas/${row.AREA}/wages.json`)).occupations.find((o: { soc: string }) => o.soc === row.OCC_CODE);
      assert.deepEqual(built.estimated, inWorkbook(row) ? undefined : ['hourly.p10', 'hourly.p25', 'hourly.p75', 'hourly.p90'].filter((f) => typeof built.hourly[f.slice(7)] === 'number'), `${row.AREA} ${row.OCC_CODE}`);
    }
  });

  it('a metropolitan area across a state line belongs to each of its states', () => {
    assert.deepEqual(areaStates('Philadelphia-Camden-Wilmington, PA-NJ-DE-MD', 'PA'), ['PA', 'NJ', 'DE', 'MD']);
    assert.deepEqual(areaStates('Los Angeles-Long Beach-Anaheim, CA', 'CA'), ['CA']);
    assert.deepEqual(areaStates('Northwest Alabama nonmetropolitan area', 'AL'), ['AL']);
  });

  it('a named area file that is missing stops the build; the default one missing leaves areas out', () => {
    const out = join(work, 'no-areas');
    const named = runBuild(release.args(out, { '--oews-areas': join(work, 'nowhere/MSA_M2025_dl.xlsx') }));
    assert.equal(named.status, 1);
    assert.match(named.stderr, /nowhere\/MSA_M2025_dl\.xlsx/);
  });
});

describe('state projections (--state-projections, Projections Central 2020–30)', () => {
  let out: string;
  let file: Record<string, string>[];
  before(() => {
    out = join(work, 'state-projections');
    const result = runBuild([...release.args(out), '--state-projections', STATE_PROJECTIONS_2020]);
    assert.equal(result.status, 0, result.stderr);
    file = csvRows(STATE_PROJECTIONS_2020);
  });

  it('adds each state\'s row, with its own years, after the nation\'s 2024–34 row', () => {
    const doc = readJson(join(out, 'projections/31-9092.json'));
    assert.deepEqual([doc.baseYear, doc.projectedYear], [2024, 2034]);
    assert.deepEqual([doc.rows[0].area, doc.rows[0].baseYear, doc.rows[0].projectedYear], ['US', 2024, 2034]);
    const texas = doc.rows.find((r: { area: string }) => r.area === 'TX');
    assert.deepEqual(
      [texas.baseYear, texas.base, texas.projectedYear, texas.projected],
      [2020, 72040, 2030, 92940],
    );
    // The states and DC, and Puerto Rico: the small release's nonmetropolitan table has its area.
    const index = readJson(join(out, 'index.json'));
    assert.deepEqual(index.territories, [{ code: 'PR', name: 'Puerto Rico', fips: '72' }]);
    const fips = new Map([...index.areas, ...index.territories].map((a: { fips: string; code: string }) => [a.fips, a.code]));
    // 29-2072 has no row of its own in the 2020–30 cycle: only the nation's row, not a made-up one.
    for (const soc of ['31-9092', '31-1120', '25-2021', '29-2072']) {
      const expected = file
        .filter((r) => r.code === soc && fips.has(r.stfips!.padStart(2, '0')) && r.stfips !== '0')
        .map((r) => ({
          area: fips.get(r.stfips!.padStart(2, '0')),
          baseYear: Number(r.baseyear),
          projectedYear: Number(r.projyear),
          base: Number(r.base),
          projected: Number(r.proj),
          change: Number(r.change),
          percentChange: Number(r.percentchange),
          annualOpenings: Number(r.avgannualopenings),
        }))
        .sort((a, b) => (String(a.area) < String(b.area) ? -1 : 1));
      assert.equal(expected.length, soc === '29-2072' ? 0 : 52, soc);
      assert.deepEqual(readJson(join(out, `projections/${soc}.json`)).rows.slice(1), expected, soc);
    }
    // Puerto Rico's own row, for its nonmetropolitan area's outlook: 500 in 2020 to 640 in 2030.
    const pr = doc.rows.find((r: { area: string }) => r.area === 'PR');
    assert.deepEqual([pr.base, pr.projected, pr.baseYear, pr.projectedYear], [500, 640, 2020, 2030]);
    const release2 = doc.sources.find((s: { id: string }) => s.id === 'state-projections');
    assert.equal(release2.version, '2020–30');
    assert.match(readJson(join(out, 'index.json')).attribution['state-projections'], /Projections Central \(2020–30\)/);
  });

  it('the default build leaves them out: another cycle than the nation\'s', () => {
    const doc = readJson(join(baseline, 'projections/31-9092.json'));
    assert.deepEqual(doc.rows.map((r: { area: string }) => r.area), ['US']);
    assert.ok(!doc.sources.some((s: { id: string }) => s.id === 'state-projections'));
  });
});
