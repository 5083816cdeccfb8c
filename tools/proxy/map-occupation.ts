/**
 * `occupations/{code}.json` from CareerOneStop's occupation details (asked for the nation), with
 * what only O*NET Web Services has (job zone; Bright Outlook and related occupations when
 * CareerOneStop leaves them out) added when an O*NET key is configured.
 */
import { SCHEMA_VERSION, type Occupation, type RatedSection, type Rating, type Release, type Task } from '../../src/data/schema.ts';
import { httpsUrl, list, parseNumber, record, text } from './numbers.ts';

const ONET_CODE = /^\d{2}-\d{4}\.\d{2}$/;

/** The first OccupationDetail of an answer, when it is the occupation asked for. */
export function occupationDetail(body: unknown, code: string): Record<string, unknown> | null {
  const detail = record(list(record(body).OccupationDetail)[0]);
  const found = text(detail.OnetCode);
  // A keyword search can land on another occupation; only the one asked for is served.
  return found === code || (found === null && text(detail.OnetTitle)) ? detail : null;
}

export function occupationFromCareerOneStop(
  detail: Record<string, unknown>,
  code: string,
  sources: Release[],
): Occupation {
  const title = text(detail.OnetTitle) ?? code;
  const soc = code.slice(0, 7);
  const socTitle = text(record(detail.SocInfo).SocTitle) ?? title;
  const wages = record(detail.Wages);
  const hasWages = list(wages.NationalWagesList).length > 0;
  const hasProjections = list(record(detail.Projections).Projections).length > 0;
  const education = record(detail.EducationTraining);
  const typical = {
    education: text(education.EducationTitle),
    experience: text(education.ExperienceTitle),
    training: text(education.TrainingTitle),
  };
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: 'occupation',
    sources,
    code,
    soc,
    title,
    description: text(detail.OnetDescription) ?? '',
    alsoKnownAs: list(detail.AlternateTitles).map(text).filter((t): t is string => t !== null),
    brightOutlook: brightOutlook(detail),
    wages: hasWages ? { soc, title: socTitle, aggregate: false } : null,
    projections: hasProjections ? { soc, title: socTitle, aggregate: false } : null,
    tasks: tasks(detail.Tasks),
    knowledge: rated(detail.KnowledgeDataList),
    skills: rated(detail.SkillsDataList),
    abilities: rated(detail.AbilityDataList),
    workActivities: null,
    education: {
      typical:
        typical.education && typical.experience && typical.training
          ? { education: typical.education, experience: typical.experience, training: typical.training }
          : null,
      levels: educationLevels(education.EducationType),
    },
    jobZone: null,
    interests: list(detail.InterestDataList)
      .map(record)
      .map((i) => ({ id: text(i.ElementId), name: text(i.ElementName), score: parseNumber(i.DataValue) }))
      .filter((i): i is { id: string; name: string; score: number } => !!i.id && !!i.name && i.score !== null)
      .sort((a, b) => b.score - a.score),
    technologySkills: [],
    related: relatedTitles(detail.RelatedOnetTitles),
    programs: [],
    oohUrl: oohUrl(detail.OOHs),
  };
}

function brightOutlook(detail: Record<string, unknown>): string[] {
  const flag = detail.BrightOutlook;
  const bright = flag === true || (typeof flag === 'string' && /^(bright|true|yes)$/i.test(flag.trim()));
  if (!bright) return [];
  return (text(detail.BrightOutlookCategory) ?? '').split(/\s*[,;]\s*/).filter(Boolean);
}

/** Tasks arrive unordered: highest rating first (the sort is stable, so ties keep their order). */
function tasks(value: unknown): Task[] {
  return list(value)
    .map(record)
    .map((t) => ({ id: text(String(t.TaskId ?? '')), text: text(t.TaskDescription), value: parseNumber(t.DataValue) }))
    .filter((t): t is { id: string; text: string; value: number | null } => !!t.id && !!t.text)
    .sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity))
    .map((t) => ({ id: t.id, text: t.text, type: null, importance: importance(t.value) }));
}

/** O*NET importance is 1-5; a value on another scale is not passed off as one. */
const importance = (n: number | null) => (n !== null && n >= 1 && n <= 5 ? n : null);

/**
 * Descriptor lists: `DataValue` is read as the O*NET importance, and only when it is on the 1-5
 * scale (`Importance` is taken as its label; the reference does not pin either down, so a value on
 * another scale is left out rather than mislabelled). An empty list is a null section.
 */
function rated(value: unknown): RatedSection | null {
  const items = list(value)
    .map(record)
    .map((r) => ({ id: text(r.ElementId), name: text(r.ElementName), importance: importance(parseNumber(r.DataValue)) }))
    .filter((r): r is { id: string; name: string; importance: number } => !!r.id && !!r.name && r.importance !== null)
    .sort((a, b) => b.importance - a.importance)
    .map((r) => ({ ...r, level: null }));
  // CareerOneStop carries no O*NET precision flags: none is marked low precision.
  return items.length ? { source: 'careeronestop', items, lowPrecision: [] } : null;
}

/** O*NET's Required Level of Education categories, by the words their labels start with. */
const EDUCATION_CATEGORIES: [RegExp, number][] = [
  [/^less than (a )?high school/, 1],
  [/^high school/, 2],
  [/^post-?secondary certificate/, 3],
  [/^some college/, 4],
  [/^associate/, 5],
  [/^bachelor/, 6],
  [/^post-?baccalaureate/, 7],
  [/^master/, 8],
  [/^post-?master/, 9],
  [/^first professional/, 10],
  [/^doctoral/, 11],
  [/^post-?doctoral/, 12],
];

/** All levels or none: a distribution with a level left out would mislead. */
function educationLevels(value: unknown): Occupation['education']['levels'] {
  const rows = list(value).map(record);
  const levels = rows.map((row) => {
    const label = text(row.EducationLevel);
    const percent = parseNumber(row.Value);
    const category = label && EDUCATION_CATEGORIES.find(([re]) => re.test(label.toLowerCase()))?.[1];
    return label && category && percent !== null ? { category, label, percent, lowPrecision: false } : null;
  });
  if (!levels.length || levels.includes(null)) return null;
  return (levels as NonNullable<(typeof levels)[number]>[]).sort((a, b) => a.category - b.category);
}

/** Either `{ "15-1252.00": "Software Developers" }` or `[{ Key, Value }]`, in the source's order. */
export function relatedTitles(value: unknown): Occupation['related'] {
  const pairs: [unknown, unknown][] = Array.isArray(value)
    ? value.map(record).map((p) => [p.Key, p.Value])
    : Object.entries(record(value));
  return pairs
    .map(([code, title]) => ({ code: text(code), title: text(title) }))
    .filter((r): r is { code: string; title: string } => !!r.code && ONET_CODE.test(r.code) && !!r.title)
    // CareerOneStop does not rank related occupations the way O*NET's tiers do.
    .map((r) => ({ ...r, tier: '' }));
}

function oohUrl(value: unknown): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  return httpsUrl(record(first).OOHUrl);
}
