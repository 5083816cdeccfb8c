import type { Occupation } from '../../data/schema.ts';
import { isLive, type LiveSectionId, type SectionId } from './sections.ts';

// Which of the full profile's sections it shows, from the occupation's document: loaded with the
// first full profile (full-profile.ts), never by a card.

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
