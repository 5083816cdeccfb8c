import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { onetCode } from '../../data/codes.ts';
import type { Occupation } from '../../data/schema.ts';
import type { Lang } from '../../i18n/index.ts';
import type { Translated } from '../../i18n/translated.ts';
import { DataController } from '../../runtime/data-controller.ts';
import { OccupationCodeElement } from '../../runtime/occupation-element.ts';
import { stateStyles, theme } from '../../styles/theme.ts';
import { heading } from '../../templates/heading.ts';
import { educationSummaryStyles } from './education-summary.styles.ts';
import { education } from '../../i18n/en/education.ts';

/** `lang="en"` on text still in the source's English inside a page in another language. */
const langOf = (t: Translated, lang: Lang) => (t.english && lang !== 'en' ? 'en' : undefined);

/**
 * What it takes to get started: BLS's typical education needed for entry, work experience in a
 * related occupation and on-the-job training (in BLS's wording; in Spanish through a table of
 * BLS's categories), and the O*NET job zone with its education, experience and training text.
 *
 * @summary Typical entry requirements (BLS) and the O*NET job zone for one occupation.
 * @fires occupation-load - The section rendered; detail `{ code, typical, jobZone }`.
 * @fires occupation-error - Loading failed; detail `{ code, kind, status?, attribute?, message }`.
 * @csspart heading - The heading.
 * @csspart requirements - The list of BLS typical entry requirements.
 * @csspart job-zone - The O*NET job zone block.
 * @csspart note - "Not published" notes and the sources line.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error, not-found or invalid-attribute message.
 * @csspart retry - The retry button.
 */
export class EducationSummary extends OccupationCodeElement {
  static override styles = [theme, stateStyles, educationSummaryStyles];

  private readonly data = new DataController(this, {
    messages: { education },
    args: () => [this.code] as const,
    detail: (o: Occupation) => ({
      code: o.code,
      typical: o.education.typical !== null,
      jobZone: o.jobZone?.zone ?? null,
    }),
    load: ([code], { client, signal }) => client.get('occupation', onetCode(code), signal),
  });

  protected override render() {
    return this.data.render((o) => this.renderSummary(o, this.data.lang), 6);
  }

  private renderSummary(o: Occupation, lang: Lang) {
    const t = this.data.t.education;
    const title = html`${heading(this.headingLevel, t.heading)}${this.data.englishNote()}`;
    const { typical } = o.education;
    if (!typical && !o.jobZone) return html`${title}<p part="note">${t.none}</p>`;
    const source = (id: string) => o.sources.find((s) => s.id === id)?.name;
    const sources = [
      typical ? `BLS, ${source('projections') ?? 'Employment Projections'} (${t.typicalSource})` : '',
      o.jobZone ? `${source('onet') ?? 'O*NET'} (${t.zoneSource})` : '',
    ].filter(Boolean);
    return html`${title}
      ${typical
        ? html`<p>${t.intro}</p>
            <dl part="requirements">
              ${(['education', 'experience', 'training'] as const).map((field) => {
                const value = t.blsValue(field, typical[field]);
                return html`<div>
                  <dt>${t[field]}</dt>
                  <dd lang=${ifDefined(langOf(value, lang))}>${value.text}</dd>
                </div>`;
              })}
            </dl>`
        : html`<p class="note" part="note">${t.noTypical}</p>`}
      ${o.jobZone ? this.renderJobZone(o.jobZone, lang) : nothing}
      <p class="note muted" part="note">${t.sources} ${sources.join('; ')}.</p>`;
  }

  private renderJobZone(zone: NonNullable<Occupation['jobZone']>, lang: Lang) {
    const t = this.data.t.education;
    const name = t.zoneName(zone.zone, zone.name);
    // O*NET's explanations exist in English only.
    const english = lang === 'en' ? undefined : 'en';
    return html`<div class="zone" part="job-zone">
      <p class="zone-name" lang=${ifDefined(langOf(name, lang))}>${name.text}</p>
      <p class="muted">${t.zoneScale}</p>
      <dl>
        <div><dt>${t.zoneEducation}</dt><dd lang=${ifDefined(english)}>${zone.education}</dd></div>
        <div><dt>${t.zoneExperience}</dt><dd lang=${ifDefined(english)}>${zone.experience}</dd></div>
        <div><dt>${t.zoneTraining}</dt><dd lang=${ifDefined(english)}>${zone.training}</dd></div>
      </dl>
    </div>`;
  }
}
