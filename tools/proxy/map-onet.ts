/**
 * O*NET Web Services' occupation details report and job outlook, in the occupation document:
 * either the whole document (when only an O*NET key is configured) or the parts CareerOneStop
 * lacks. Importance scores in the details report are 0-100 (not the 1-5 the schema names), so
 * tasks and descriptors from O*NET carry no importance here.
 */
import { SCHEMA_VERSION, type Occupation, type Release } from '../../src/data/schema.ts';
import { list, record, text } from './numbers.ts';

const ONET_CODE = /^\d{2}-\d{4}\.\d{2}$/;

export function occupationFromOnet(details: unknown, outlook: unknown, code: string, sources: Release[]): Occupation {
  const d = record(details);
  const occupation = record(d.occupation);
  const titles = list(record(occupation.sample_of_reported_job_titles).title);
  return withOnet(
    {
      schemaVersion: SCHEMA_VERSION,
      kind: 'occupation',
      sources,
      code,
      soc: code.slice(0, 7),
      title: text(occupation.title) ?? code,
      description: text(occupation.description) ?? '',
      alsoKnownAs: titles.map(text).filter((t): t is string => t !== null),
      brightOutlook: [],
      // Wages and projections come from CareerOneStop; without it the proxy serves neither.
      wages: null,
      projections: null,
      tasks: list(record(d.tasks).task)
        .map(record)
        .map((t) => ({ id: text(String(t.id ?? '')), text: text(t.statement), category: text(t.category) }))
        .filter((t): t is { id: string; text: string; category: string | null } => !!t.id && !!t.text)
        .map((t) => ({
          id: t.id,
          text: t.text,
          type: t.category === 'Core' || t.category === 'Supplemental' ? t.category : null,
          importance: null,
        })),
      knowledge: null,
      skills: null,
      abilities: null,
      workActivities: null,
      education: { typical: null, levels: null },
      jobZone: null,
      interests: [],
      technologySkills: [],
      related: [],
      programs: [],
      oohUrl: null,
    },
    details,
    outlook,
  );
}

/** Adds the job zone, and Bright Outlook and related occupations where the document has none. */
export function withOnet(doc: Occupation, details: unknown, outlook: unknown): Occupation {
  const d = record(details);
  const zone = record(d.job_zone);
  const zoneNumber = typeof zone.code === 'number' ? zone.code : Number(text(zone.code));
  const jobZone =
    Number.isInteger(zoneNumber) && text(zone.title) && text(zone.education) && text(zone.related_experience) && text(zone.job_training)
      ? {
          zone: zoneNumber,
          name: text(zone.title)!,
          education: text(zone.education)!,
          experience: text(zone.related_experience)!,
          training: text(zone.job_training)!,
        }
      : doc.jobZone;
  const related = list(record(d.related_occupations).occupation)
    .map(record)
    .map((o) => ({ code: text(o.code), title: text(o.title) }))
    .filter((o): o is { code: string; title: string } => !!o.code && ONET_CODE.test(o.code) && !!o.title)
    .map((o) => ({ ...o, tier: '' }));
  const bright = list(record(record(outlook).bright_outlook).category)
    .map(text)
    .filter((c): c is string => c !== null);
  return {
    ...doc,
    jobZone,
    brightOutlook: doc.brightOutlook.length ? doc.brightOutlook : bright,
    related: doc.related.length ? doc.related : related,
  };
}
