/**
 * Which live-only sections the profile shows: those its endpoint's index.json lists (none on a
 * static endpoint), licenses only for a place in a state. Their elements are imported here, on
 * first need, so a page on a static endpoint never downloads them.
 */
import { serves } from '../../data/live.ts';
import type { LoadContext, OccupationInArea } from '../../data/loaders.ts';
import { LIVE_SECTIONS, type SectionId } from './sections.ts';

export async function liveSections(
  ids: SectionId[],
  place: Omit<OccupationInArea, 'occupation'>,
  { client, signal }: LoadContext,
): Promise<Set<SectionId>> {
  const index = await client.get('index', undefined, signal);
  const inState = place.state !== null || (place.area !== 'US' && /^[A-Z]{2}$/.test(place.area));
  const live = new Set(
    Object.entries(LIVE_SECTIONS)
      .filter(([id, kind]) => ids.includes(id as SectionId) && serves(index, kind) && (id !== 'licenses' || inState))
      .map(([id]) => id as SectionId),
  );
  if (live.size) {
    await Promise.all([
      import('../career-video/career-video.ts'),
      import('../occupation-certifications/occupation-certifications.ts'),
      import('../occupation-licenses/occupation-licenses.ts'),
    ]);
  }
  return live;
}
