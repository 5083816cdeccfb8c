import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { WidgetData } from '../../controllers/widget-data.ts';
import type { Occupation, ProjectionRow, ProjectionsDocument } from '../../data/schema.ts';
import { count, percent } from '../../format/index.ts';
import { common } from '../../i18n/common.ts';
import type { Lang } from '../../i18n/index.ts';
import { outlookText } from '../../i18n/outlook.ts';
import { stateStyles, theme } from '../../styles/theme.ts';
import { heading } from '../shared/heading.ts';
import { nationAndLocal, occupationInArea, type OccupationInArea } from '../../controllers/occupation-in-area.ts';
import { employmentOutlookStyles } from './employment-outlook.styles.ts';

interface Loaded extends OccupationInArea {
  projections: ProjectionsDocument | null;
  nation: ProjectionRow | null;
  /** The chosen state's row; null for the nation alone, undefined when the source has none. */
  local: ProjectionRow | null | undefined;
}

/**
 * Will there be jobs? The O*NET Bright Outlook designation, when the occupation has one, and the
 * BLS Employment Projections: employment in the base and projected years, percent change and
 * openings per year. The release's projections are national: for a state location the element
 * says so and shows the nation, and shows a state beside it only if the endpoint has that row.
 *
 * @summary Bright Outlook and BLS employment projections for one occupation.
 * @fires occupation-load - The outlook rendered; detail `{ code, soc, location }`.
 * @fires occupation-error - Loading failed; detail `{ code, kind, status?, message }`.
 * @csspart heading - The heading.
 * @csspart bright-outlook - The Bright Outlook statement and its categories.
 * @csspart table - The projections table.
 * @csspart note - Notes under the table (national figures, aggregate, source) or "none".
 * @csspart loading - The loading placeholder.
 * @csspart error - The error, not-found or invalid-attribute message.
 * @csspart retry - The retry button.
 * @cssprop --ow-color-accent - The Bright Outlook statement's edge.
 * @cssprop --ow-color-highlight - The Bright Outlook statement's background and the state's column.
 */
export class EmploymentOutlook extends LitElement {
  static override styles = [theme, stateStyles, employmentOutlookStyles];

  /** O*NET-SOC code, such as `29-2072.00`. */
  @property() code = '';
  /** `US` or a state code (`CA`); projections are national in this release, and it says so. */
  @property() location?: string;
  /** Base URL of the data endpoint. */
  @property() endpoint?: string;
  /** Level of the widget's heading, 1-6, to fit the host page's outline; 0 hides it. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  readonly data = new WidgetData(this, {
    args: () => [this.code] as const,
    detail: (d: Loaded) => ({ code: d.occupation.code, soc: d.projections?.soc ?? null, location: d.area }),
    load: async ([code], context): Promise<Loaded> => {
      const found = await occupationInArea(code, context);
      const soc = found.occupation.projections?.soc;
      const projections = soc ? await context.client.get('projections', soc, context.signal) : null;
      return { ...found, projections, ...nationAndLocal(projections?.rows, found.area) };
    },
  });

  protected override render() {
    return this.data.render((d) => this.renderOutlook(d, this.data.lang), 6);
  }

  private renderOutlook(d: Loaded, lang: Lang) {
    const t = outlookText(lang);
    return html`${heading(this.headingLevel, t.heading)}
      ${this.renderBright(d.occupation, lang)}
      ${d.projections && d.nation
        ? this.renderProjections(d, d.projections, d.nation, lang)
        : html`<p part="note">${t.none}</p>`}`;
  }

  private renderBright(occupation: Occupation, lang: Lang) {
    if (!occupation.brightOutlook.length) return nothing;
    const t = outlookText(lang);
    return html`<div class="bright" part="bright-outlook">
      <p class="lead">${t.bright}</p>
      <p>${t.brightWhy}</p>
      <ul>
        ${occupation.brightOutlook.map((c) => {
          const [name, why] = t.category[c] ?? [c, ''];
          return html`<li><strong>${name}</strong>${why ? `: ${why}` : ''}</li>`;
        })}
      </ul>
    </div>`;
  }

  private renderProjections(d: Loaded, doc: ProjectionsDocument, nation: ProjectionRow, lang: Lang) {
    const t = outlookText(lang);
    const years = `${doc.baseYear}–${doc.projectedYear}`;
    const columns: [string, ProjectionRow, boolean][] = d.local
      ? [[d.areaName, d.local, true], [common(lang).nation, nation, false]]
      : [[common(lang).nation, nation, false]];
    const rows: [string, (r: ProjectionRow) => string][] = [
      [t.base(doc.baseYear), (r) => count(r.base, lang)],
      [t.projected(doc.projectedYear), (r) => count(r.projected, lang)],
      [t.percentChange(years), (r) => percent(r.percentChange, lang, true)],
      [t.openings, (r) => count(r.annualOpenings, lang)],
    ];
    // O*NET codes that end in other than .00 share their SOC occupation's figures with others.
    const shared = d.occupation.projections!.aggregate || !d.occupation.code.endsWith('.00');
    const release = doc.sources.find((s) => s.id === 'projections');
    return html`<div class="scroll">
        <table part="table">
          <caption>
            ${t.caption(shared ? doc.title : d.occupation.title, years)}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t.measure}</th>
              ${columns.map(([name, , mine]) => html`<th scope="col" class="num ${mine ? 'highlight' : ''}">${name}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              ([label, value]) => html`<tr>
                <th scope="row">${label}</th>
                ${columns.map(([, row, mine]) => html`<td class="num ${mine ? 'highlight' : ''}">${value(row)}</td>`)}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${d.local === undefined ? html`<p class="note" part="note">${t.national(d.areaName)}</p>` : nothing}
      ${shared ? html`<p class="note" part="note">${t.aggregate(doc.title, doc.soc)}</p>` : nothing}
      <p class="note muted" part="note">
        ${t.openingsExplain} ${t.source}
        ${release
          ? html`<span lang="en">${release.publisher},
                <a href=${release.url} rel="noopener">${release.name}</a></span>.`
          : 'BLS Employment Projections.'}
      </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'employment-outlook': EmploymentOutlook;
  }
}
