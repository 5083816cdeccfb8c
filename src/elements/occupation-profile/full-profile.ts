import { html, nothing, type TemplateResult } from 'lit';
import type { Occupation } from '../../data/schema.ts';
import { count } from '../../format/index.ts';
import { heading } from '../../templates/heading.ts';
import { brightCategories, credits } from './profile-card.ts';
import { renderTrail, type Step } from './profile-trail.ts';
import type { NotRated } from './section-data.ts';
import type { ProfileMessages, SectionContext, SectionId } from './sections.ts';
// The elements the full profile renders in its sections. This module comes with the first full
// profile (a dynamic import, while its documents load): a page with only cards never downloads it.
import '../education-chart/education-chart.ts';
import '../education-summary/education-summary.ts';
import '../employment-outlook/employment-outlook.ts';
import '../occupation-interests/occupation-interests.ts';
import '../occupation-programs/occupation-programs.ts';
import '../occupation-ratings/occupation-ratings.ts';
import '../occupation-tasks/occupation-tasks.ts';
import '../related-occupations/related-occupations.ts';
import '../technology-skills/technology-skills.ts';
import '../wage-table/wage-table.ts';

export { notRated, sectionsWithData } from './section-data.ts';

/** What the full profile shows: the occupation, its sections with data, and what O*NET has not rated. */
export interface FullData {
  occupation: Occupation;
  sections: SectionId[];
  notRated: NotRated;
}

/** The profile element's part in it: the heading level it was given (0: none) and the way back. */
export interface ProfileView extends Omit<SectionContext, 'level'> {
  level: number;
  trail: Step[];
  onBack: () => void;
}

/**
 * The whole profile: the way back, the header (title, code, Bright Outlook), the sections in
 * order with the not-rated note where the first unrated one would be, and the attribution.
 */
export function renderProfile(d: FullData, v: ProfileView): TemplateResult {
  const t = v.t.profile;
  const o = d.occupation;
  const context: SectionContext = { ...v, level: v.level === 0 ? 0 : Math.min(v.level + 1, 6) };
  const unrated = d.notRated.missing.length ? renderNotRated(d.notRated.missing, v.t, v.lang) : nothing;
  return html`${renderTrail(v.trail, t, v.onBack)}
    <article part="profile" aria-labelledby="title">
      <header part="header">
        ${heading(v.level, html`<span lang="en">${o.title}</span>`, 'title', 'title')}
        <p class="muted">${t.code} ${o.code}</p>
        ${o.brightOutlook.length
          ? html`<p><span class="badge" part="badge">${t.brightOutlook}</span> ${brightCategories(o, t)}</p>`
          : nothing}
        ${v.lang === 'en' ? nothing : html`<p class="note muted">${v.t.common.englishOnly}</p>`}
      </header>
      ${d.sections.map(
        (id, i) => html`${i === d.notRated.at ? unrated : nothing}
          <section part="section" data-section=${id}>${renderSection(id, o, context)}</section>`,
      )}
      ${d.notRated.at === d.sections.length ? unrated : nothing}
      <footer part="footer">
        <occupation-attribution heading-level=${context.level} theme=${v.theme ?? nothing}
          sources=${credits(o)} .releases=${o.sources}></occupation-attribution>
      </footer>
    </article>`;
}

/** "O*NET has not rated the education levels, knowledge, skills, and abilities of this occupation yet." */
function renderNotRated(missing: SectionId[], t: ProfileMessages, lang: string): TemplateResult {
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
function renderSection(id: SectionId, o: Occupation, c: SectionContext): TemplateResult {
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
    case 'apprenticeships':
      return html`<occupation-apprenticeships code=${common.code} heading-level=${common.level} theme=${common.theme}></occupation-apprenticeships>`;
    case 'related':
      return html`<related-occupations code=${common.code} heading-level=${common.level} theme=${common.theme}
        href-template=${c.hrefTemplate ?? nothing}></related-occupations>`;
  }
}

