import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { WagesInArea } from '../../data/loaders.ts';
import type { Occupation, ProjectionsDocument } from '../../data/schema.ts';
import { percent, isolate } from '../../format/index.ts';
import { lookup, type Lang, type Messages } from '../../i18n/index.ts';
import { heading } from '../../templates/heading.ts';
import { STEP } from '../../templates/show-all.ts';
import { renderMedian } from './card-wages.ts';
import type { ProfileMessages } from './sections.ts';

/** The wage table's figures (the same loader) and the projections. */
export interface CardData extends WagesInArea {
  projections: ProjectionsDocument | null;
}

/** The releases this occupation's document was built from: the ones its attribution must credit. */
export const credits = (o: Occupation): string => o.sources.map((s) => s.id).join(',');

/** O*NET's reasons for a Bright Outlook ("Rapid growth, Numerous job openings"), in the reader's language. */
export const brightCategories = (o: Occupation, t: Messages['profile']): string =>
  o.brightOutlook.slice(0, STEP).map((c) => isolate(lookup(t.brightCategory, c) ?? c)).join(', ');

/** The first sentence of O*NET's description: enough for a program page's sidebar. */
export const firstSentence = (text: string): string => /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;

/**
 * The compact summary a program page puts beside its course list: title, short description,
 * median wage in the location, outlook, typical education, and a way to the full profile.
 */
export function renderCard(
  d: CardData,
  messages: ProfileMessages,
  lang: Lang,
  level: number,
  more: { href: string | undefined; onOpen: () => void },
  sources: TemplateResult,
): TemplateResult {
  const t = messages.profile;
  const o = d.occupation;
  const projection = d.projections?.rows.find((r) => r.area === 'US');
  // BLS's category, in the reader's language as the profile's education section shows it.
  const typical = o.education.typical;
  const education = typical ? messages.education.blsValue('education', typical.education) : null;
  const years = d.projections ? `${d.projections.baseYear}–${d.projections.projectedYear}` : '';
  return html`<article part="card" class="card">
    ${heading(level, html`<bdi lang="en">${o.title}</bdi> <span class="code muted">${o.code}</span>`, 'title', 'title')}
    <p lang="en" part="description">${firstSentence(o.description)}</p>
    <dl part="facts">
      ${renderMedian(d, messages, lang)}
      ${o.brightOutlook.length || projection
        ? html`<div>
            <dt>${t.outlook}</dt>
            <dd>
              ${o.brightOutlook.length
                ? html`<span class="badge" part="badge">${t.brightOutlook}</span> ${brightCategories(o, t)}`
                : nothing}
              ${projection
                ? html`<span class="change">${t.projectedChange(percent(projection.percentChange, lang, true), messages.common.nation, years)}</span>`
                : nothing}
            </dd>
          </div>`
        : nothing}
      ${education
        ? html`<div><dt>${t.typicalEducation}</dt><dd lang=${ifDefined(education.english && lang !== 'en' ? 'en' : undefined)}>${education.text}</dd></div>`
        : nothing}
    </dl>
    ${more.href
      ? html`<a part="more" href=${more.href}>${t.viewProfile(isolate(o.title))}</a>`
      : html`<button type="button" part="more" @click=${more.onOpen}>${t.viewProfile(isolate(o.title))}</button>`}
    ${sources}
  </article>`;
}
