import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { placeColumns, wagesInArea, type WagesInArea } from '../../data/loaders.ts';
import type { AreaWages, WageRow } from '../../data/schema.ts';
import { wage, type WageUnit, isolate } from '../../format/index.ts';
import type { Lang } from '../../i18n/index.ts';
import { DataController } from '../../runtime/data-controller.ts';
import { LocatedOccupationElement } from '../../runtime/occupation-element.ts';
import { stateStyles, theme } from '../../styles/theme.ts';
import { heading } from '../../templates/heading.ts';
import { wageTableStyles } from './wage-table.styles.ts';

const PERCENTILES = ['p10', 'p25', 'median', 'p75', 'p90'] as const satisfies (keyof WageRow)[];

/**
 * Wage percentiles (10th to 90th) for one occupation, the chosen state beside the nation (a
 * metropolitan or nonmetropolitan area beside its state and the nation), annual or hourly, from
 * BLS Occupational Employment and Wage Statistics.
 *
 * @summary Wage percentiles for one occupation, a state or local area beside the nation.
 * @fires occupation-load - The wages rendered; detail `{ code, soc, location }`.
 * @fires occupation-error - Loading failed; detail `{ code, kind, status?, attribute?, message }`.
 * @csspart heading - The heading.
 * @csspart table - The wage table.
 * @csspart toggle - The annual/hourly switch.
 * @csspart note - Notes under the table (aggregate, annual-only, source).
 * @csspart loading - The loading placeholder.
 * @csspart error - The error, not-found or invalid-attribute message.
 * @csspart retry - The retry button.
 */
export class WageTable extends LocatedOccupationElement {
  static override styles = [theme, stateStyles, wageTableStyles];

  /** `annual` (default) or `hourly`. */
  @property() rate: WageUnit = 'annual';

  private readonly data = new DataController(this, {
    args: () => [this.code] as const,
    detail: (d: WagesInArea) => ({ code: d.occupation.code, soc: d.wages?.soc ?? null, location: d.area }),
    load: ([code], context) => wagesInArea(code, context),
  });

  protected override render() {
    return this.data.render((d) => this.renderWages(d, this.data.lang), 7);
  }

  private renderWages(d: WagesInArea, lang: Lang) {
    const t = this.data.t.wages;
    const { wages, occupation } = d;
    const rate: WageUnit = wages?.annualOnly ? 'annual' : wages?.hourlyOnly ? 'hourly' : this.rate;
    const title = heading(this.headingLevel, t.heading);
    if (!wages || !d.nation) return html`${title}<p part="note">${t.noWages}</p>`;
    const nationName = this.data.t.common.nation;
    const columns = placeColumns<AreaWages>(d, nationName);
    const release = wages.sources.find((s) => s.id === 'oews')?.version ?? '';
    return html`${title}
      ${wages.annualOnly || wages.hourlyOnly ? nothing : this.renderToggle(rate)}
      <!-- A table wider than a narrow screen scrolls: keyboard users reach the scroll by Tab. -->
      <div class="scroll" tabindex="0" role="region" aria-labelledby="caption">
        <table part="table">
          <caption id="caption">
            ${t.caption(rate === 'annual' ? t.annual : t.hourly, isolate(occupation.title), isolate(d.areaName))}
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
                      ${row ? wage(row[rate][p], lang, rate) : this.data.t.common.notAvailable}
                    </td>`,
                )}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${d.local === undefined ? html`<p class="note" part="note">${t.noArea(isolate(d.areaName))}</p>` : nothing}
      ${occupation.wages?.aggregate ? html`<p class="note" part="note">${t.aggregate(isolate(wages.title), wages.soc)}</p>` : nothing}
      ${wages.annualOnly ? html`<p class="note" part="note">${t.annualOnly}</p>` : nothing}
      ${wages.hourlyOnly ? html`<p class="note" part="note">${t.hourlyOnly}</p>` : nothing}
      <p class="note muted" part="note">${t.explain} ${t.source(release)}</p>`;
  }

  private renderToggle(rate: WageUnit) {
    const t = this.data.t.wages;
    const choose = (r: WageUnit) => () => (this.rate = r);
    return html`<div class="toggle" part="toggle" role="group" aria-label=${t.rate}>
      <button type="button" aria-pressed=${rate === 'annual'} @click=${choose('annual')}>${t.annual}</button>
      <button type="button" aria-pressed=${rate === 'hourly'} @click=${choose('hourly')}>${t.hourly}</button>
    </div>`;
  }
}
