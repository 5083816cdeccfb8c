import { html, nothing, type TemplateResult } from 'lit';
import type { WagesInArea } from '../../data/loaders.ts';
import type { ProjectionsDocument } from '../../data/schema.ts';
import { percent } from '../../format/index.ts';
import { lookup, type Lang, type Messages } from '../../i18n/index.ts';
import { heading } from '../../templates/heading.ts';
import { renderMedian } from './card-wages.ts';

/** The wage table's figures (the same loader) and the projections. */
export interface CardData extends WagesInArea {
  projections: ProjectionsDocument | null;
}

/** The first sentence of O*NET's description: enough for a program page's sidebar. */
export const firstSentence = (text: string): string => /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;

/**
 * The compact summary a program page puts beside its course list: title, short description,
 * median wage in the location, outlook, typical education, and a way to the full profile.
 */
export function renderCard(
  d: CardData,
  messages: Messages,
  lang: Lang,
  level: number,
  more: { href: string | undefined; onOpen: () => void },
): TemplateResult {
  const t = messages.profile;
  const o = d.occupation;
  const projection = d.projections?.rows.find((r) => r.area === 'US');
  const years = d.projections ? `${d.projections.baseYear}–${d.projections.projectedYear}` : '';
  return html`<article part="card" class="card">
    ${heading(level, html`${o.title} <span class="code muted">${o.code}</span>`, 'title', 'title')}
    <p lang="en" part="description">${firstSentence(o.description)}</p>
    <dl part="facts">
      ${renderMedian(d, messages, lang)}
      ${o.brightOutlook.length || projection
        ? html`<div>
            <dt>${t.outlook}</dt>
            <dd>
              ${o.brightOutlook.length
                ? html`<span class="badge" part="badge">${t.brightOutlook}</span>
                    ${o.brightOutlook.map((c) => lookup(t.brightCategory, c) ?? c).join(', ')}`
                : nothing}
              ${projection
                ? html`<span class="change">${t.projectedChange(percent(projection.percentChange, lang, true), years)}</span>`
                : nothing}
            </dd>
          </div>`
        : nothing}
      ${o.education.typical
        ? html`<div><dt>${t.typicalEducation}</dt><dd lang="en">${o.education.typical.education}</dd></div>`
        : nothing}
    </dl>
    ${more.href
      ? html`<a part="more" href=${more.href}>${t.viewProfile(o.title)}</a>`
      : html`<button type="button" part="more" @click=${more.onOpen}>${t.viewProfile(o.title)}</button>`}
  </article>`;
}
