/** `occupations/{onetCode}.json`: one O*NET occupation's profile, with pointers to BLS figures. */
import { type Occupation, type RatedSection, type Release, SCHEMA_VERSION } from '../../../src/data/schema.ts';
import type { AbilitiesSupplement } from '../sources/abilities.ts';
import type { BrightOutlook } from '../sources/bright-outlook.ts';
import type { OnetOccupation, OnetRelease, Ratings } from '../sources/onet.ts';
import type { ProjectionLine } from '../sources/projections.ts';
import type { Pointer } from './pointers.ts';

export interface OccupationInputs {
  onet: OnetRelease;
  brightOutlook: BrightOutlook | null;
  abilities: AbilitiesSupplement | null;
  oewsRelease: Release;
  projectionsRelease: Release;
  cipRelease: Release;
}

export interface OccupationLinks {
  wages: Pointer | null;
  projections: Pointer | null;
  /** The projections line the pointer names: entry requirements and the Handbook link. */
  projectionLine: ProjectionLine | null;
  programs: { cip: string; title: string }[];
}

export function occupationDocument(occupation: OnetOccupation, inputs: OccupationInputs, links: OccupationLinks): Occupation {
  const { onet } = inputs;
  const { code } = occupation;
  const sources: Release[] = [onet.release];
  const section = (ratings: Map<string, Ratings> | null, release: Release): RatedSection | null => {
    const found = ratings?.get(code);
    return found ? { source: release.name, items: found.items, lowPrecision: found.lowPrecision } : null;
  };

  // Abilities: the release's own file when it has one, else the older supplement where it matches.
  let abilities = section(onet.abilities, onet.release);
  if (!onet.abilities && inputs.abilities) {
    abilities = section(inputs.abilities.ratings, inputs.abilities.release);
    if (abilities) sources.push(inputs.abilities.release);
  }
  if (links.wages) sources.push(inputs.oewsRelease);
  if (links.projections) sources.push(inputs.projectionsRelease);
  if (links.programs.length > 0) sources.push(inputs.cipRelease);
  if (inputs.brightOutlook) sources.push(inputs.brightOutlook.release);

  const jobZone = onet.jobZones.get(code);
  const zone = jobZone === undefined ? undefined : onet.jobZoneReference.get(jobZone);

  return {
    schemaVersion: SCHEMA_VERSION,
    kind: 'occupation',
    sources,
    code,
    soc: code.slice(0, 7),
    title: occupation.title,
    description: occupation.description,
    alsoKnownAs: alsoKnownAs(onet, code),
    brightOutlook: inputs.brightOutlook?.categories.get(code) ?? [],
    wages: links.wages,
    projections: links.projections,
    tasks: onet.tasks.get(code) ?? [],
    knowledge: section(onet.knowledge, onet.release),
    skills: section(onet.skills, onet.release),
    abilities,
    workActivities: section(onet.workActivities, onet.release),
    education: {
      typical: links.projectionLine?.typical ?? null,
      levels: onet.educationLevels.get(code) ?? null,
    },
    jobZone:
      jobZone === undefined || zone === undefined
        ? null
        : { zone: jobZone, name: zone.name, education: zone.education, experience: zone.experience, training: zone.training },
    interests: onet.interests.get(code) ?? [],
    technologySkills: onet.technologySkills.get(code) ?? [],
    related: onet.related.get(code) ?? [],
    programs: links.programs,
    oohUrl: links.projectionLine?.oohUrl ?? null,
  };
}

/** The titles My Next Move shows (the ones people recognise) first, then the rest, file order. */
export function alsoKnownAs(onet: OnetRelease, code: string): string[] {
  const reported = onet.reportedTitles.get(code) ?? [];
  return [...reported.filter((t) => t.shownInMyNextMove), ...reported.filter((t) => !t.shownInMyNextMove)].map(
    (t) => t.title,
  );
}
