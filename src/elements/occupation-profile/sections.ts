import { html, nothing, type TemplateResult } from 'lit';
import { invalidAttribute } from '../../data/errors.ts';
import type { LiveKind, Occupation } from '../../data/schema.ts';
import { count } from '../../format/index.ts';
import type { Messages } from '../../i18n/index.ts';
import { heading } from '../../templates/heading.ts';
import type { ShowAll } from '../../templates/show-all.ts';

/**
 * The profile's sections, in the order of CareerOneStop's Occupation Profile page (its video
 * beside the description; certifications and licenses with education and training).
 */
export const SECTIONS = [
  'description',
  'video',
  'also-known-as',
  'outlook',
  'wages',
  'education',
  'certifications',
  'licenses',
  'programs',
  'typical-education',
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
export const LIVE_SECTIONS = { video: 'videos', certifications: 'certifications', licenses: 'licenses' } as const satisfies Partial<
  Record<SectionId, LiveKind>
>;
type LiveSectionId = keyof typeof LIVE_SECTIONS;
const isLive = (id: SectionId): id is LiveSectionId => id in LIVE_SECTIONS;

/** What a section needs from the profile besides the occupation. */
export interface SectionContext {
  level: number;
  t: Messages;
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

/** "O*NET has not rated the education levels, knowledge, skills, and abilities of this occupation yet." */
export function renderNotRated(missing: SectionId[], t: Messages, lang: string): TemplateResult {
  const names = missing.map((id) =>
    id === 'typical-education' ? t.profile.educationLevels : t.ratings.what[id as 'knowledge' | 'skills' | 'abilities'],
  );
  const list = new Intl.ListFormat(lang, { type: 'conjunction' }).format(names);
  return html`<section part="section not-rated" class="not-rated"><p class="note">${t.ratings.notRated(list)}</p></section>`;
}

/**
 * One section's content. The profile's own text sections are rendered here; the others are the
 * standalone elements, which find the endpoint, location and language through the profile's context.
 */
export function renderSection(id: SectionId, o: Occupation, c: SectionContext): TemplateResult {
  const t = c.t.profile;
  const common = { code: o.code, level: c.level, theme: c.theme ?? nothing };
  switch (id) {
    case 'description':
      return html`${heading(c.level, t.description)}<p lang="en">${o.description}</p>`;
    case 'also-known-as':
      return html`${heading(c.level, t.alsoKnownAs)}
        <ul class="inline" lang="en" id="also-known-as">
          ${c.more.visible(o.alsoKnownAs, 0).map((title) => html`<li>${title}</li>`)}
        </ul>
        ${c.more.button(
          o.alsoKnownAs.length,
          0,
          { more: t.showAllTitles(count(o.alsoKnownAs.length, c.lang)), less: t.showFewerTitles },
          'also-known-as',
        )}`;
    case 'outlook':
      return html`<employment-outlook code=${common.code} heading-level=${common.level} theme=${common.theme}></employment-outlook>`;
    case 'wages':
      return html`<wage-table code=${common.code} heading-level=${common.level} theme=${common.theme}></wage-table>`;
    case 'education':
      return html`<education-summary code=${common.code} heading-level=${common.level} theme=${common.theme}></education-summary>`;
    case 'programs':
      return html`<occupation-programs code=${common.code} heading-level=${common.level} theme=${common.theme}
        program-href=${c.programHref ?? nothing}></occupation-programs>`;
    case 'typical-education':
      return html`<education-chart code=${common.code} heading-level=${common.level} theme=${common.theme}></education-chart>`;
    case 'activities':
      return html`<occupation-tasks code=${common.code} heading-level=${common.level} theme=${common.theme}></occupation-tasks>`;
    case 'knowledge':
    case 'skills':
    case 'abilities':
      return html`<occupation-ratings kind=${id} code=${common.code} heading-level=${common.level} theme=${common.theme}></occupation-ratings>`;
    case 'interests':
      return html`<occupation-interests code=${common.code} heading-level=${common.level} theme=${common.theme}></occupation-interests>`;
    case 'technology':
      return html`<technology-skills code=${common.code} heading-level=${common.level} theme=${common.theme}></technology-skills>`;
    // Live sections (registered by live-sections.ts, imported once a live endpoint serves them).
    case 'video':
      return html`<career-video code=${common.code} heading-level=${common.level} theme=${common.theme}></career-video>`;
    case 'certifications':
      return html`<occupation-certifications code=${common.code} heading-level=${common.level} theme=${common.theme}></occupation-certifications>`;
    case 'licenses':
      return html`<occupation-licenses code=${common.code} heading-level=${common.level} theme=${common.theme}></occupation-licenses>`;
    case 'related':
      return html`<related-occupations code=${common.code} heading-level=${common.level} theme=${common.theme}
        href-template=${c.hrefTemplate ?? nothing}></related-occupations>`;
  }
}

