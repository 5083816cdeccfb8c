import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { wagesInArea, type WagesInArea } from '../../data/loaders.ts';
import type { WageUnit } from '../../format/index.ts';
import { DataController } from '../../runtime/data-controller.ts';
import { LocatedOccupationElement } from '../../runtime/occupation-element.ts';
import { stateStyles, theme } from '../../styles/theme.ts';
import type { AreaLoaded, AreaTableView } from './area-mode.ts';
import { renderOccupationWages } from './occupation-wages.ts';
import { wageTableStyles } from './wage-table.styles.ts';
import { areaTable } from '../../i18n/en/area-table.ts';
import { wages } from '../../i18n/en/wages.ts';

type AreaMode = typeof import('./area-mode.ts');

type Loaded =
  | { mode: 'occupation'; value: WagesInArea }
  | ({ mode: 'area'; module: AreaMode } & AreaLoaded);

/**
 * Wage percentiles from BLS Occupational Employment and Wage Statistics, annual or hourly. With
 * `code`, one occupation: the chosen state beside the nation (a metropolitan or nonmetropolitan
 * area beside its state and the nation). With `area`, `group` or `codes`, many occupations of one
 * area in a sortable, filterable table with the national outlook beside them, from one area
 * document and the shared occupations summary.
 *
 * @summary Wage percentiles: one occupation, or every occupation of an area.
 * @fires occupation-load - The wages rendered; detail `{ code, soc, location }`, or `{ area, group, rows }` for an area table (`rows`: occupations in the area document).
 * @fires occupation-error - Loading failed; detail `{ code, kind, status?, attribute?, message }`.
 * @fires occupation-select - An area table's occupation title was chosen (no `href-template`); detail `{ code, title }`, cancelable.
 * @csspart heading - The heading.
 * @csspart table - The wage table.
 * @csspart toggle - The annual/hourly switch.
 * @csspart filter - An area table's title filter.
 * @csspart download - An area table's CSV download button.
 * @csspart status - An area table's count of rows shown and its sort.
 * @csspart scroll - The box an area table scrolls in.
 * @csspart note - Notes under the table (aggregate, annual-only, estimates, source).
 * @csspart loading - The loading placeholder.
 * @csspart error - The error, not-found or invalid-attribute message.
 * @csspart retry - The retry button.
 * @cssprop --ow-table-max-height - Height of an area table's scrolling box (default: 70vh).
 */
export class WageTable extends LocatedOccupationElement {
  static override styles = [theme, stateStyles, wageTableStyles];

  /** `annual` (default) or `hourly`. */
  @property() rate: WageUnit = 'annual';
  /** Every occupation of this area: `US`, a state (`CA`) or a BLS area code. */
  @property() area?: string;
  /** With `area`: only a SOC major, minor or broad group (`31`, `29-2`, `29-2070`). */
  @property() group?: string;
  /** A chosen list of O*NET-SOC codes (`29-2072.00,31-9092.00`), in the area (else the location). */
  @property() codes?: string;
  /** `US`: the nation's employment and wages beside the area's. */
  @property() compare?: string;
  /** Columns, in order: occupation, employment, p10, p25, median, p75, p90, growth, openings, education, bright. */
  @property() columns?: string;
  /** The column the table starts sorted by (`median`, `openings`, `median-us`). */
  @property() sort?: string;
  /** `asc` (default) or `desc`. */
  @property() order?: string;
  /** Shows only the first N rows (after sorting): `sort="openings" order="desc" limit="20"`. */
  @property({ type: Number }) limit?: number;
  /** Titles link to this URL, `{code}` (O*NET) or `{soc}` replaced; unset, they fire `occupation-select`. */
  @property({ attribute: 'href-template' }) hrefTemplate?: string;

  /** The area table's state (its sort and filter), made when the first area loads. */
  private table: AreaTableView | undefined;

  private readonly data = new DataController(this, {
    messages: { wages, areaTable },
    args: () => [this.code, this.area, this.group, this.codes, this.compare, this.columns, this.sort] as const,
    detail: (d: Loaded) =>
      d.mode === 'occupation'
        ? { code: d.value.occupation.code, soc: d.value.wages?.soc ?? null, location: d.value.area }
        : { area: d.value.area.area, group: d.group?.code ?? null, rows: d.value.area.occupations.length },
    load: async ([code, area, group, codes, compare, columns, sort], context): Promise<Loaded> => {
      if (code || (!area && !codes)) return { mode: 'occupation', value: await wagesInArea(code, context) };
      const module = await import('./area-mode.ts');
      return { mode: 'area', module, ...(await module.loadArea({ area, group, codes, compare, columns, sort }, context)) };
    },
  });

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('sort') || changed.has('order')) this.table?.sortBy(this.sort, this.order === 'desc');
  }

  protected override render() {
    return this.data.render((d) => (d.mode === 'occupation' ? this.renderOne(d.value) : this.renderArea(d)), 7);
  }

  protected override updated(): void {
    this.table?.updated();
  }

  /**
   * An area table's rows are inserted in chunks after the render: an update is complete (and
   * `occupation-load` fires) once they are all in the DOM, for find-in-page, print and scripts.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    // Asked for as the data arrives, the update that renders it is requested just after: wait
    // for it (no await between the check and the wait, so it cannot run in between), then its rows.
    for (;;) {
      if (this.isUpdatePending) {
        result = await super.getUpdateComplete();
        continue;
      }
      await this.table?.settled();
      if (!this.isUpdatePending) return result;
    }
  }

  private renderOne(d: WagesInArea) {
    return renderOccupationWages(d, this.data.lang, this.data.t, this.headingLevel, this.rate, (r) => this.renderToggle(r));
  }

  private renderArea(d: Extract<Loaded, { mode: 'area' }>) {
    if (!this.table) {
      this.table = new d.module.AreaTableView(this);
      this.table.sortBy(this.sort, this.order === 'desc');
    }
    const limit = this.limit && this.limit > 0 ? Math.floor(this.limit) : undefined;
    return this.table.render(d.value, {
        columns: d.columns,
        toggle: this.renderToggle(this.rate),
        englishNote: this.data.englishNote(),
        group: d.group,
        codes: d.codes,
        rate: this.rate === 'hourly' ? 'hourly' : 'annual',
        limit,
        hrefTemplate: this.hrefTemplate || undefined,
        headingLevel: this.headingLevel,
        lang: this.data.lang,
        t: this.data.t,
      });
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
