/**
 * The O*NET text release (a folder of tab-delimited .txt files) as plain maps keyed by O*NET-SOC
 * code. Which release it is comes from its own "Read Me.txt". Files a release may lack
 * (29.3 has no Abilities.txt, Task Ratings.txt or Work Activities.txt) give `null` maps and are
 * listed in `missingFiles` with what their absence leaves out.
 */
import { join } from 'node:path';
import type { EducationLevel, Rating, Release, Task } from '../../../src/data/schema.ts';
import { InputError, missingFile, PUBLISHED_AT } from '../errors.ts';
import { type InputFiles, isFile } from '../readers/files.ts';
import { type Row, type Table, UniqueRows } from '../readers/table.ts';
import { decodeText, readTsv } from '../readers/tsv.ts';

export const ONET_CODE = /^\d{2}-\d{4}\.\d{2}$/;
const PUBLISHER = 'U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)';

export interface OnetOccupation {
  code: string;
  title: string;
  description: string;
}

/** One occupation's ratings in one file, and which of their values O*NET flags low precision. */
export interface Ratings {
  items: Rating[];
  lowPrecision: { id: string; scale: 'importance' | 'level' }[];
}

export interface MissingFile {
  file: string;
  effect: string;
}

export interface OnetRelease {
  release: Release;
  /** In the release's order (by code). */
  occupations: OnetOccupation[];
  reportedTitles: Map<string, { title: string; shownInMyNextMove: boolean }[]>;
  alternateTitles: Map<string, string[]>;
  tasks: Map<string, Task[]>;
  /** Ranked, highest importance first; null when the release lacks the file. */
  knowledge: Map<string, Ratings>;
  skills: Map<string, Ratings>;
  abilities: Map<string, Ratings> | null;
  workActivities: Map<string, Ratings> | null;
  educationLevels: Map<string, EducationLevel[]>;
  jobZones: Map<string, number>;
  jobZoneReference: Map<number, { name: string; education: string; experience: string; training: string }>;
  interests: Map<string, { id: string; name: string; score: number }[]>;
  technologySkills: Map<string, { category: string; examples: { name: string; hot: boolean; inDemand: boolean }[] }[]>;
  related: Map<string, { code: string; title: string; tier: string }[]>;
  /** Content Model Reference: every descriptor's name and description, in the model's order. */
  elements: Map<string, { name: string; description: string }>;
  missingFiles: MissingFile[];
}

export function readOnet(dir: string, inputs: InputFiles): OnetRelease {
  const open = (file: string): Table => {
    const path = join(dir, file);
    if (!isFile(path)) throw missingFile(path, 'part of the O*NET database text release', PUBLISHED_AT.onet);
    return readTsv(inputs.read(path, `onet/${file}`), path);
  };
  const openOptional = (file: string): Table | null => (isFile(join(dir, file)) ? open(file) : null);

  const release = readReadMe(dir, inputs);
  const missingFiles: MissingFile[] = [];

  const abilitiesTable = openOptional('Abilities.txt');
  if (!abilitiesTable) {
    missingFiles.push({
      file: 'Abilities.txt',
      effect: 'every occupation\'s abilities section is null', // the build names a supplement used instead
    });
  }
  const activitiesTable = openOptional('Work Activities.txt');
  if (!activitiesTable) {
    missingFiles.push({ file: 'Work Activities.txt', effect: 'every occupation\'s workActivities section is null' });
  }
  const taskRatings = openOptional('Task Ratings.txt');
  if (!taskRatings) {
    missingFiles.push({
      file: 'Task Ratings.txt',
      effect: 'task importance is null; tasks keep O*NET\'s file order within core and supplemental',
    });
  }

  const occupations = readOccupations(open('Occupation Data.txt'));
  const code = knownCodes(occupations);
  return {
    release,
    occupations,
    reportedTitles: readReportedTitles(code, open('Sample of Reported Titles.txt')),
    alternateTitles: readAlternateTitles(code, open('Alternate Titles.txt')),
    tasks: readTasks(code, open('Task Statements.txt'), taskRatings),
    knowledge: readRatings(code, open('Knowledge.txt')),
    skills: readRatings(code, open('Skills.txt')),
    abilities: abilitiesTable && readRatings(code, abilitiesTable),
    workActivities: activitiesTable && readRatings(code, activitiesTable),
    educationLevels: readEducationLevels(
      code,
      open('Education, Training, and Experience.txt'),
      open('Education, Training, and Experience Categories.txt'),
    ),
    jobZones: readJobZones(code, open('Job Zones.txt')),
    jobZoneReference: readJobZoneReference(open('Job Zone Reference.txt')),
    interests: readInterests(code, open('Interests.txt')),
    technologySkills: readTechnologySkills(code, open('Technology Skills.txt')),
    related: readRelated(code, open('Related Occupations.txt')),
    elements: readContentModel(open('Content Model Reference.txt')),
    missingFiles,
  };
}

/** "O*NET 29.3 Database" / "May 2025 Release": the release names itself on its first lines. */
function readReadMe(dir: string, inputs: InputFiles): Release {
  const path = join(dir, 'Read Me.txt');
  if (!isFile(path)) throw missingFile(path, 'the O*NET release\'s Read Me, which names its version', PUBLISHED_AT.onet);
  const text = decodeText(inputs.read(path, 'onet/Read Me.txt'));
  const name = /^\s*(O\*NET\s+([\d.]+)\s+Database)\s*$/m.exec(text);
  if (!name) throw new InputError(`${path}: no line like "O*NET 29.3 Database" naming the release`);
  const date = /^\s*(\w+ \d{4}) Release\s*$/m.exec(text);
  return {
    id: 'onet',
    name: date ? `${name[1]} (${date[1]} Release)` : name[1]!,
    version: name[2]!,
    publisher: PUBLISHER,
    url: PUBLISHED_AT.onet,
  };
}

function anyCode(row: Row): string {
  return row.matching('O*NET-SOC Code', ONET_CODE, 'an O*NET-SOC code like 29-2072.00');
}

/** Reads a row's O*NET-SOC code (or another column's), which must be an occupation of the release. */
type CodeOf = (row: Row, column?: string) => string;

/**
 * Every file of a release describes the occupations of its Occupation Data.txt: a code found only
 * in another file is a mismatched or corrupt file, and stops the build at its line.
 */
function knownCodes(occupations: OnetOccupation[]): CodeOf {
  const known = new Set(occupations.map((o) => o.code));
  return (row, column = 'O*NET-SOC Code') => {
    const c = row.matching(column, ONET_CODE, 'an O*NET-SOC code like 29-2072.00');
    if (!known.has(c)) row.fail(`"${column}" is ${c}, which is not an occupation in Occupation Data.txt`);
    return c;
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function readOccupations(table: Table): OnetOccupation[] {
  table.require('O*NET-SOC Code', 'Title', 'Description');
  const seen = new Set<string>();
  const occupations: OnetOccupation[] = [];
  for (const row of table.records()) {
    const c = anyCode(row);
    if (seen.has(c)) row.fail(`${c} appears twice`);
    seen.add(c);
    occupations.push({ code: c, title: row.required('Title'), description: row.required('Description') });
  }
  return occupations;
}

function readReportedTitles(code: CodeOf, table: Table): OnetRelease['reportedTitles'] {
  table.require('O*NET-SOC Code', 'Reported Job Title', 'Shown in My Next Move');
  const titles: OnetRelease['reportedTitles'] = new Map();
  for (const row of table.records()) {
    push(titles, code(row), {
      title: row.required('Reported Job Title'),
      shownInMyNextMove: row.text('Shown in My Next Move') === 'Y',
    });
  }
  return titles;
}

function readAlternateTitles(code: CodeOf, table: Table): Map<string, string[]> {
  table.require('O*NET-SOC Code', 'Alternate Title');
  const hasShort = table.has('Short Title');
  const titles = new Map<string, string[]>();
  for (const row of table.records()) {
    const c = code(row);
    const title = row.required('Alternate Title');
    push(titles, c, title);
    // Short titles ("RN", "CPC") are what people type into a search box: kept as titles of their
    // own even when the long one contains them ("Registered Nurse (RN)"), so "RN" matches exactly.
    const short = hasShort ? row.text('Short Title') : '';
    if (short && short !== title) push(titles, c, short);
  }
  return titles;
}

const TASK_ORDER = { Core: 0, Supplemental: 1 } as const;

function readTasks(code: CodeOf, table: Table, ratings: Table | null): Map<string, Task[]> {
  table.require('O*NET-SOC Code', 'Task ID', 'Task', 'Task Type');
  const importance = new Map<string, number>();
  if (ratings) {
    ratings.require('O*NET-SOC Code', 'Task ID', 'Scale ID', 'Data Value');
    const unique = new UniqueRows();
    for (const row of ratings.records()) {
      const c = code(row); // before the scale filter, so a shifted row is caught, not skipped
      if (row.text('Scale ID') !== 'IM') continue;
      const key = `${c} ${row.required('Task ID')}`;
      unique.check(row, key, `the importance of task ${key}`);
      importance.set(key, row.numberIn('Data Value', 1, 5));
    }
  }
  const tasks = new Map<string, Task[]>();
  const unique = new UniqueRows();
  for (const row of table.records()) {
    const c = code(row);
    const id = row.required('Task ID');
    unique.check(row, `${c} ${id}`, `task ${c} ${id}`);
    const type = row.text('Task Type');
    if (type !== '' && type !== 'Core' && type !== 'Supplemental') {
      row.fail(`"Task Type" is ${JSON.stringify(type)}, not Core, Supplemental or empty`);
    }
    push(tasks, c, {
      id,
      text: row.required('Task'),
      type: type === '' ? null : type,
      importance: importance.get(`${c} ${id}`) ?? null,
    });
  }
  // Core before supplemental before not-yet-rated; within each, most important first when the
  // release rates tasks, else O*NET's order (Array.prototype.sort is stable).
  const rank = (t: Task) => (t.type === null ? 2 : TASK_ORDER[t.type]);
  for (const list of tasks.values()) {
    list.sort((a, b) => rank(a) - rank(b) || (b.importance ?? 0) - (a.importance ?? 0));
  }
  return tasks;
}

/**
 * Knowledge, Skills, Abilities, Work Activities: IM importance and LV level per element, with
 * O*NET's flags. A level flagged "Not Relevant" is left out (`"not-relevant"`); a value flagged
 * "Recommend Suppress" is kept and listed as low precision. Why kept: in 29.3 every importance so
 * flagged is a small panel's unanimous rating (standard error 0, "English Language" 5 for writers),
 * which leaving out would turn into a visibly wrong list. A level both not relevant and low
 * precision is only not relevant. Releases without the flag columns read as unflagged.
 */
export function readRatings(code: CodeOf, table: Table): Map<string, Ratings> {
  table.require('O*NET-SOC Code', 'Element ID', 'Element Name', 'Scale ID', 'Data Value');
  const hasSuppress = table.has('Recommend Suppress');
  const hasNotRelevant = table.has('Not Relevant');
  type Element = { name: string; importance?: number; level?: Rating['level']; lowImportance?: boolean; lowLevel?: boolean };
  const byCode = new Map<string, Map<string, Element>>();
  const unique = new UniqueRows();
  for (const row of table.records()) {
    const c = code(row); // before the scale filter, so a shifted row is caught, not skipped
    const scale = row.text('Scale ID');
    if (scale !== 'IM' && scale !== 'LV') continue;
    let elements = byCode.get(c);
    if (!elements) byCode.set(c, (elements = new Map()));
    const id = row.required('Element ID');
    unique.check(row, `${c} ${id} ${scale}`);
    let element = elements.get(id);
    if (!element) elements.set(id, (element = { name: row.required('Element Name') }));
    // Importance is rated 1 to 5, level 0 to 7 (O*NET's Scales Reference).
    const value = scale === 'IM' ? row.numberIn('Data Value', 1, 5) : row.numberIn('Data Value', 0, 7);
    const lowPrecision = hasSuppress && flag(row, 'Recommend Suppress');
    if (scale === 'IM') {
      element.importance = value;
      element.lowImportance = lowPrecision;
    } else if (hasNotRelevant && flag(row, 'Not Relevant')) {
      element.level = 'not-relevant';
    } else {
      element.level = value;
      element.lowLevel = lowPrecision;
    }
  }
  const ratings = new Map<string, Ratings>();
  for (const [c, elements] of byCode) {
    const items: Rating[] = [];
    for (const [id, e] of elements) {
      if (e.importance !== undefined) items.push({ id, name: e.name, importance: e.importance, level: e.level ?? null });
    }
    // Highest importance first; ties keep the file's element order (the content model's).
    items.sort((a, b) => b.importance - a.importance);
    const lowPrecision: Ratings['lowPrecision'] = [];
    for (const item of items) {
      const e = elements.get(item.id)!;
      if (e.lowImportance) lowPrecision.push({ id: item.id, scale: 'importance' });
      if (e.lowLevel) lowPrecision.push({ id: item.id, scale: 'level' });
    }
    if (items.length > 0) ratings.set(c, { items, lowPrecision });
  }
  return ratings;
}

/** O*NET's Y/N flag columns; empty where the flag does not apply (an IM row's "Not Relevant"). */
function flag(row: Row, column: string): boolean {
  const value = row.text(column);
  if (value !== 'Y' && value !== 'N' && value !== '') row.fail(`"${column}" is ${JSON.stringify(value)}, not Y, N or empty`);
  return value === 'Y';
}

/** Required Level of Education (scale RL): percent of respondents per category, 1-12. */
function readEducationLevels(code: CodeOf, table: Table, categories: Table): Map<string, EducationLevel[]> {
  categories.require('Scale ID', 'Category', 'Category Description');
  const labels = new Map<number, string>();
  for (const row of categories.records()) {
    if (row.text('Scale ID') !== 'RL') continue;
    // "High School Diploma - or the equivalent (for example, GED)": the short label is the part
    // before " - "; the rest explains it.
    labels.set(row.number('Category'), row.required('Category Description').split(' - ')[0]!.trim());
  }
  table.require('O*NET-SOC Code', 'Scale ID', 'Category', 'Data Value');
  const hasSuppress = table.has('Recommend Suppress');
  const levels = new Map<string, EducationLevel[]>();
  const unique = new UniqueRows();
  for (const row of table.records()) {
    const c = code(row); // before the scale filter, so a shifted row is caught, not skipped
    if (row.text('Scale ID') !== 'RL') continue;
    const category = row.number('Category');
    unique.check(row, `${c} ${category}`, `${c} education category ${category}`);
    const label = labels.get(category);
    if (label === undefined) row.fail(`education category ${category} is not in the categories file`);
    push(levels, c, {
      category,
      label,
      percent: row.numberIn('Data Value', 0, 100),
      lowPrecision: hasSuppress && flag(row, 'Recommend Suppress'),
    });
  }
  for (const list of levels.values()) list.sort((a, b) => a.category - b.category);
  return levels;
}

function readJobZones(code: CodeOf, table: Table): Map<string, number> {
  table.require('O*NET-SOC Code', 'Job Zone');
  const zones = new Map<string, number>();
  const unique = new UniqueRows();
  for (const row of table.records()) {
    const c = code(row);
    unique.check(row, c, `${c}'s job zone`);
    zones.set(c, jobZone(row));
  }
  return zones;
}

function readJobZoneReference(table: Table): OnetRelease['jobZoneReference'] {
  table.require('Job Zone', 'Name', 'Experience', 'Education', 'Job Training');
  const reference: OnetRelease['jobZoneReference'] = new Map();
  for (const row of table.records()) {
    reference.set(jobZone(row), {
      name: row.required('Name'),
      education: row.required('Education'),
      experience: row.required('Experience'),
      training: row.required('Job Training'),
    });
  }
  return reference;
}

/** RIASEC occupational interests (scale OI), highest first; ties keep R-I-A-S-E-C order. */
function readInterests(code: CodeOf, table: Table): OnetRelease['interests'] {
  table.require('O*NET-SOC Code', 'Element ID', 'Element Name', 'Scale ID', 'Data Value');
  const interests: OnetRelease['interests'] = new Map();
  const unique = new UniqueRows();
  for (const row of table.records()) {
    const c = code(row); // before the scale filter, so a shifted row is caught, not skipped
    if (row.text('Scale ID') !== 'OI') continue;
    const id = row.required('Element ID');
    unique.check(row, `${c} ${id}`, `${c}'s interest ${id}`);
    push(interests, c, { id, name: row.required('Element Name'), score: row.numberIn('Data Value', 1, 7) });
  }
  for (const list of interests.values()) list.sort((a, b) => b.score - a.score);
  return interests;
}

function readTechnologySkills(code: CodeOf, table: Table): OnetRelease['technologySkills'] {
  table.require('O*NET-SOC Code', 'Example', 'Commodity Title', 'Hot Technology');
  const hasInDemand = table.has('In Demand');
  const skills: OnetRelease['technologySkills'] = new Map();
  for (const row of table.records()) {
    const c = code(row);
    let groups = skills.get(c);
    if (!groups) skills.set(c, (groups = []));
    const category = row.required('Commodity Title');
    let group = groups.find((g) => g.category === category);
    if (!group) groups.push((group = { category, examples: [] }));
    group.examples.push({
      name: row.required('Example'),
      hot: row.text('Hot Technology') === 'Y',
      inDemand: hasInDemand && row.text('In Demand') === 'Y',
    });
  }
  return skills;
}

function readRelated(code: CodeOf, table: Table): OnetRelease['related'] {
  table.require('O*NET-SOC Code', 'Related O*NET-SOC Code', 'Related Title', 'Relatedness Tier', 'Index');
  const ranked = new Map<string, { index: number; code: string; title: string; tier: string }[]>();
  const unique = new UniqueRows();
  for (const row of table.records()) {
    const c = code(row);
    const other = code(row, 'Related O*NET-SOC Code');
    unique.check(row, `${c} ${other}`, `${c}'s related occupation ${other}`);
    push(ranked, c, {
      index: row.number('Index'),
      code: other,
      title: row.required('Related Title'),
      tier: row.required('Relatedness Tier'),
    });
  }
  const related: OnetRelease['related'] = new Map();
  for (const [c, list] of ranked) {
    list.sort((a, b) => a.index - b.index);
    related.set(c, list.map(({ code, title, tier }) => ({ code, title, tier })));
  }
  return related;
}

function readContentModel(table: Table): OnetRelease['elements'] {
  table.require('Element ID', 'Element Name', 'Description');
  const elements: OnetRelease['elements'] = new Map();
  const unique = new UniqueRows();
  for (const row of table.records()) {
    const id = row.required('Element ID');
    unique.check(row, id, `element ${id}`);
    elements.set(id, { name: row.required('Element Name'), description: row.text('Description') });
  }
  return elements;
}

/** A Job Zone: 1 (little or no preparation) to 5 (extensive preparation), a whole number. */
function jobZone(row: Row): number {
  const zone = row.numberIn('Job Zone', 1, 5);
  if (!Number.isInteger(zone)) row.fail(`"Job Zone" is ${zone}, not a whole number`);
  return zone;
}
