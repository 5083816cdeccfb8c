import { invalidAttribute } from '../../data/errors.ts';
import type { LiveKind } from '../../data/schema.ts';
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
export type LiveSectionId = keyof typeof LIVE_SECTIONS;
export const isLive = (id: SectionId): id is LiveSectionId => id in LIVE_SECTIONS;

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
