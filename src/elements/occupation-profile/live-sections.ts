/**
 * Which live-only sections the profile shows: those its endpoint's index.json lists, licenses and
 * apprenticeships (a state's) only for a place in a state. Imported (with their elements) only on a live endpoint, so a page on a
 * static endpoint never downloads them.
 */
import { serves } from '../../data/live.ts';
import { stateOf, type OccupationInArea } from '../../data/loaders.ts';
import type { IndexDocument } from '../../data/schema.ts';
import { LIVE_SECTIONS, type SectionId } from './sections.ts';

const BY_STATE = new Set(['licenses', 'apprenticeships']);

export async function liveSections(
  ids: SectionId[],
  place: Omit<OccupationInArea, 'occupation'>,
  index: IndexDocument,
): Promise<Set<SectionId>> {
  const inState = stateOf(place) !== null;
  const live = new Set(
    Object.entries(LIVE_SECTIONS)
      .filter(([id, kind]) => ids.includes(id as SectionId) && serves(index, kind) && (inState || !BY_STATE.has(id)))
      .map(([id]) => id as SectionId),
  );
  if (live.size) {
    await Promise.all([
      import('../career-video/career-video.ts'),
      import('../occupation-certifications/occupation-certifications.ts'),
      import('../occupation-licenses/occupation-licenses.ts'),
      import('../occupation-apprenticeships/occupation-apprenticeships.ts'),
    ]);
  }
  return live;
}
