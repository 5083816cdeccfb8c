import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { WidgetData } from '../../controllers/widget-data.ts';
import { nationAndLocal, occupationInArea, type OccupationInArea } from '../../controllers/occupation-in-area.ts';
import type { AreaWages, WageRow, WagesDocument } from '../../data/schema.ts';
import { wage, type WageUnit } from '../../format/index.ts';
import { common } from '../../i18n/common.ts';
import type { Lang } from '../../i18n/index.ts';
import { wagesText } from '../../i18n/wages.ts';
import { stateStyles, theme } from '../../styles/theme.ts';
import { heading } from '../shared/heading.ts';
import { wageTableStyles } from './wage-table.styles.ts';

interface Loaded extends OccupationInArea {
  wages: WagesDocument | null;
  nation: AreaWages | null;
  /** The chosen state's row; null for the nation alone, undefined when BLS has no row there. */
  local: AreaWages | null | undefined;
}

const PERCENTILES = ['p10', 'p25', 'median', 'p75', 'p90'] as const satisfies (keyof WageRow)[];

/**
 * Wage percentiles (10th to 90th) for one occupation, the chosen state beside the nation,
 * annual or hourly, from BLS Occupational Employment and Wage Statistics.
 *
 * @summary Wage percentiles for one occupation, a state beside the nation.
 * @fires occupation-load - The wages rendered; detail `{ code, soc, location }`.
 * @fires occupation-error - Loading failed; detail `{ code, kind, status?, message }`.
 * @csspart heading - The heading.
 * @csspart table - The wage table.
 * @csspart toggle - The annual/hourly switch.
 * @csspart note - Notes under the table (aggregate, annual-only, source).
 * @csspart loading - The loading placeholder.
 * @csspart error - The error, not-found or invalid-attribute message.
 * @csspart retry - The retry button.
 */
export class WageTable extends LitElement {
  static override styles = [theme, stateStyles, wageTableStyles];

  /** O*NET-SOC code, such as `29-2072.00`. */
  @property() code = '';
  /** `US` or a state code (`CA`); the state is shown beside the nation. */
  @property() location?: string;
  /** Base URL of the data endpoint. */
  @property() endpoint?: string;
  /** `annual` (default) or `hourly`. */
  @property({ reflect: true }) rate: WageUnit = 'annual';
  /** Level of the widget's heading, 1-6, to fit the host page's outline; 0 hides it. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  readonly data = new WidgetData(this, {
    args: () => [this.code] as const,
    detail: (d: Loaded) => ({ code: d.occupation.code, soc: d.wages?.soc ?? null, location: d.area }),
    load: async ([code], context): Promise<Loaded> => {
      const found = await occupationInArea(code, context);
      const soc = found.occupation.wages?.soc;
      const wages = soc ? await context.client.get('wages', soc, context.signal) : null;
      return { ...found, wages, ...nationAndLocal(wages?.areas, found.area) };
    },
  });

  protected override render() {
    return this.data.render((d) => this.renderWages(d, this.data.lang), 7);
  }

  private renderWages(d: Loaded, lang: Lang) {
    const t = wagesText(lang);
    const { wages, occupation } = d;
    const rate: WageUnit = wages?.annualOnly ? 'annual' : wages?.hourlyOnly ? 'hourly' : this.rate;
    const title = heading(this.headingLevel, t.heading);
    if (!wages || !d.nation) return html`${title}<p part="note">${t.noWages}</p>`;
    const nationName = common(lang).nation;
    const columns: [string, AreaWages | undefined, boolean][] =
      d.local === null
        ? [[nationName, d.nation, true]]
        : [[d.areaName, d.local, true], [nationName, d.nation, false]];
    const release = wages.sources.find((s) => s.id === 'oews')?.version ?? '';
    return html`${title}
      ${wages.annualOnly || wages.hourlyOnly ? nothing : this.renderToggle(rate, lang)}
      <div class="scroll">
        <table part="table">
          <caption>
            ${t.caption(rate === 'annual' ? t.annual : t.hourly, occupation.title, d.areaName)}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t.percentile}</th>
              ${columns.map(([name, , mine]) => html`<th scope="col" class="num ${mine ? 'highlight' : ''}">${name}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${PERCENTILES.map(
              (p) => html`<tr class=${p === 'median' ? 'median' : ''}>
                <th scope="row">${t[p]}</th>
                ${columns.map(
                  ([, row, mine]) =>
                    html`<td class="num ${mine ? 'highlight' : ''}">
                      ${row ? wage(row[rate][p], lang, rate) : common(lang).notAvailable}
                    </td>`,
                )}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${d.local === undefined ? html`<p class="note" part="note">${t.noArea(d.areaName)}</p>` : nothing}
      ${occupation.wages?.aggregate
        ? html`<p class="note" part="note">${t.aggregate(wages.title, wages.soc)}</p>`
        : nothing}
      ${wages.annualOnly ? html`<p class="note" part="note">${t.annualOnly}</p>` : nothing}
      ${wages.hourlyOnly ? html`<p class="note" part="note">${t.hourlyOnly}</p>` : nothing}
      <p class="note muted" part="note">${t.explain} ${t.source(release)}</p>`;
  }

  private renderToggle(rate: WageUnit, lang: Lang) {
    const t = wagesText(lang);
    const choose = (r: WageUnit) => () => (this.rate = r);
    return html`<div class="toggle" part="toggle" role="group" aria-label=${t.rate}>
      <button type="button" aria-pressed=${rate === 'annual'} @click=${choose('annual')}>${t.annual}</button>
      <button type="button" aria-pressed=${rate === 'hourly'} @click=${choose('hourly')}>${t.hourly}</button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wage-table': WageTable;
  }
}
