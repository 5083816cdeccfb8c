import { invalidAttribute } from '../../data/errors.ts';
import type { LiveKind, Occupation } from '../../data/schema.ts';
import type { Messages } from '../../i18n/index.ts';
import type { ShowAll } from '../../templates/show-all.ts';

/** The namespaces the profile renders (its DataController names them). */
export type ProfileMessages = Pick<Messages, 'common' | 'profile' | 'education' | 'ratings'>;

/**
 * The profile's sections, in the order of CareerOneStop's Occupation Profile page (its video
 * beside the description; after the programs and the typical education, certifications, licenses
 * and apprenticeships, in that order).
 */
export const SECTIONS = [
  'description',
  'video',
  'also-known-as',
  'outlook',
  'wages',
  'education',
  'programs',
  'typical-education',
  'certifications',
  'licenses',
  'apprenticeships',
  'activities',
  'knowledge',
  'skills',
  'abilities',
  'interests',
  'technology',
  'related',
] as const;
export type SectionId = (typeof SECTIONS)[number];

/** Sections only a live endpoint has, by the kind its index.json lists (src/data/live.ts). */
export const LIVE_SECTIONS = {
  video: 'videos',
  certifications: 'certifications',
  licenses: 'licenses',
  apprenticeships: 'apprenticeships',
} as const satisfies Partial<
  Record<SectionId, LiveKind>
>;
type LiveSectionId = keyof typeof LIVE_SECTIONS;
const isLive = (id: SectionId): id is LiveSectionId => id in LIVE_SECTIONS;

/** What a section needs from the profile besides the occupation. */
export interface SectionContext {
  level: number;
  t: ProfileMessages;
  theme: string | undefined;
  hrefTemplate: string | undefined;
  programHref: string | undefined;
  /** The "Show all" of the alternate titles. */
  more: ShowAll;
  lang: string;
}

/** Whether the occupation has anything to show in a section: the profile shows only those. */
const hasData: Record<Exclude<SectionId, LiveSectionId>, (o: Occupation) => boolean> = {
  description: (o) => o.description !== '',
  'also-known-as': (o) => o.alsoKnownAs.length > 0,
  outlook: (o) => o.projections !== null || o.brightOutlook.length > 0,
  wages: (o) => o.wages !== null,
  education: (o) => o.education.typical !== null || o.jobZone !== null,
  programs: (o) => o.programs.length > 0,
  'typical-education': (o) => (o.education.levels?.length ?? 0) > 0,
  activities: (o) => o.tasks.length > 0,
  knowledge: (o) => (o.knowledge?.items.length ?? 0) > 0,
  skills: (o) => (o.skills?.items.length ?? 0) > 0,
  abilities: (o) => (o.abilities?.items.length ?? 0) > 0,
  interests: (o) => o.interests.length > 0,
  technology: (o) => o.technologySkills.length > 0,
  related: (o) => o.related.length > 0,
};

/** The `sections` attribute as section ids; unknown names are an invalid attribute. */
export function parseSections(value: string | undefined): SectionId[] {
  if (!value?.trim()) return [...SECTIONS];
  const ids = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const unknown = ids.filter((id) => !(SECTIONS as readonly string[]).includes(id));
  if (unknown.length) {
    const [bad, known] = [unknown.join(', '), SECTIONS.join(', ')];
    throw invalidAttribute('sections', value, `unknown sections: ${bad} (known: ${known})`, (t) =>
      t.profile.invalidSections(bad, known),
    );
  }
  return ids as SectionId[];
}

/**
 * The sections with something to show: the occupation's data, or for a live section, the endpoint
 * serving it (`live`; the element itself renders nothing where the source has no entry).
 */
export const sectionsWithData = (ids: SectionId[], o: Occupation, live: ReadonlySet<SectionId> = new Set()): SectionId[] =>
  ids.filter((id) => (isLive(id) ? live.has(id) : hasData[id](o)));

/** The sections that show O*NET's ratings: an occupation O*NET has not rated has none of them. */
const RATED: readonly SectionId[] = ['typical-education', 'knowledge', 'skills', 'abilities'];

/** Rated sections asked for but empty, and how many shown sections come before the first of them. */
export interface NotRated {
  missing: SectionId[];
  at: number;
}

/** Where the profile says, in one line, what O*NET has not rated, instead of leaving it out silently. */
export function notRated(ids: SectionId[], o: Occupation, shown: SectionId[]): NotRated {
  const missing = ids.filter((id) => RATED.includes(id) && !isLive(id) && !hasData[id](o));
  const first = missing.length ? ids.indexOf(missing[0]!) : 0;
  return { missing, at: shown.filter((id) => ids.indexOf(id) < first).length };
}
