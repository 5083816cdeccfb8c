import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ChartController } from '../../charts/chart-controller.ts';
import { cssColors } from '../../charts/load.ts';
import { rangeChart, type RangeChartOptions, type RangeRow } from '../../charts/range-chart.ts';
import { placeColumns, wagesInArea, type WagesInArea } from '../../data/loaders.ts';
import type { AreaWages, WageValue } from '../../data/schema.ts';
import { money, releaseName, wage, type WageUnit } from '../../format/index.ts';
import type { Lang } from '../../i18n/index.ts';
import { DataController } from '../../runtime/data-controller.ts';
import { cssProps } from '../../templates/css-props.ts';
import { LocatedOccupationElement } from '../../runtime/occupation-element.ts';
import { stateStyles, theme } from '../../styles/theme.ts';
import { heading } from '../../templates/heading.ts';
import { wageChartStyles } from './wage-chart.styles.ts';
import { education } from '../../i18n/en/education.ts';
import { wageChart } from '../../i18n/en/wage-chart.ts';
import { wages } from '../../i18n/en/wages.ts';

const PERCENTILES = ['p10', 'p25', 'median', 'p75', 'p90'] as const;

/** A percentile as a length to draw: a top-coded one ("$239,200 or more") at its published floor. */
const amount = (v: WageValue): number | undefined =>
  typeof v === 'number' ? v : v === 'not-available' ? undefined : v.atLeast;

/** The row's range, or undefined when BLS withholds a percentile (then only the table shows it). */
function range(row: AreaWages, rate: WageUnit): RangeRow | undefined {
  const [p10, p25, median, p75, p90] = PERCENTILES.map((p) => amount(row[rate][p]));
  if (p10 === undefined || p25 === undefined || median === undefined || p75 === undefined || p90 === undefined) return;
  return { outer: [p10, p90], inner: [p25, p75], median };
}

/** A place to show and its wages row (undefined when BLS publishes none there). */
type Place = { name: string; row: AreaWages | undefined; mine: boolean };

/**
 * A place's name as lines (chart.js draws an array as lines), broken between words so that each
 * fits `fits`: chart.js gives the axis at most half the chart, and on a phone it cut a long
 * area's name at its start.
 */
function wrapLabel(name: string, fits: (line: string) => boolean): string | string[] {
  if (fits(name)) return name;
  const out: string[] = [];
  for (const word of name.split(' ')) {
    const last = out.at(-1);
    if (last !== undefined && fits(`${last} ${word}`)) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  return out;
}

/** A canvas context that only measures labels: one for the page, made with the first chart. */
let measuring: CanvasRenderingContext2D | null | undefined;

/**
 * The spread of wages for one occupation, the chosen state beside the nation (a metropolitan or
 * nonmetropolitan area beside its state and the nation, as the wage table): a range chart of
 * the 10th, 25th, 50th (median), 75th and 90th percentiles from BLS Occupational Employment and
 * Wage Statistics, with a table of the same figures. chart.js is downloaded only when this
 * element has a chart to draw; the chart takes its colours from the `--ow-*` tokens, follows the
 * colour scheme and the container's width, and is still under `prefers-reduced-motion`.
 *
 * @summary Wage percentiles as a range chart, a state beside the nation, with a table.
 * @fires occupation-load - The wages rendered; detail `{ code, soc, location, rate }`.
 * @fires occupation-error - Loading failed; detail `{ code, kind, status?, attribute?, message }`.
 * @csspart heading - The heading.
 * @csspart chart - The box around the chart's canvas.
 * @csspart details - The disclosure holding the table.
 * @csspart table - The table of every percentile.
 * @csspart note - Notes and the source line.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error, not-found or invalid-attribute message.
 * @csspart retry - The retry button.
 * @cssprop --ow-color-accent - The boxes' colour (the band is a lighter mix of it).
 */
export class WageChart extends LocatedOccupationElement {
  static override styles = [theme, stateStyles, wageChartStyles];

  /** `annual` (default) or `hourly`; BLS's annual-only or hourly-only occupations keep theirs. */
  @property() rate: WageUnit = 'annual';

  private readonly data = new DataController(this, {
    messages: { wageChart, wages, education },
    args: () => [this.code] as const,
    detail: (d: WagesInArea) => ({
      code: d.occupation.code,
      soc: d.wages?.soc ?? null,
      location: d.area,
      rate: this.rateOf(d),
    }),
    load: ([code], context) => wagesInArea(code, context),
  });

  private readonly chart = new ChartController<RangeChartOptions>(this, rangeChart);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new occupation tries the chart again after chart.js failed to load.
    if (changed.has('code')) this.chart.reset();
  }

  protected override render() {
    return this.data.render((d) => this.renderWages(d, this.data.lang), 6);
  }

  protected override updated(): void {
    void this.chart.update((canvas) => this.chartOptions(canvas));
  }

  private rateOf(d: WagesInArea): WageUnit {
    return d.wages?.annualOnly ? 'annual' : d.wages?.hourlyOnly ? 'hourly' : this.rate === 'hourly' ? 'hourly' : 'annual';
  }

  /** The chosen place first, its state for a local area, then the nation: the wage table's columns. */
  private places(d: WagesInArea): Place[] {
    return placeColumns(d, this.data.t.common.nation).map(([name, row, mine]) => ({ name, row, mine }));
  }

  private renderWages(d: WagesInArea, lang: Lang) {
    const t = this.data.t.wageChart;
    const w = this.data.t.wages;
    const title = heading(this.headingLevel, t.heading);
    const { wages, occupation } = d;
    if (!wages || !d.nation) return html`${title}<p part="note">${w.noWages}</p>`;
    const rate = this.rateOf(d);
    const places = this.places(d);
    const drawn = places.filter((p) => p.row && range(p.row, rate));
    const release = releaseName(wages.sources.find((s) => s.id === 'oews')?.version ?? '', lang);
    const failed = this.chart.failed;
    return html`${title}
      ${failed ? html`<p class="note" part="note">${this.data.t.education.chartFailed}</p>` : nothing}
      ${!failed && drawn.length
        ? html`<div class="chart" part="chart" ${cssProps({ '--rows': String(drawn.length) })}>
              <canvas role="img" aria-label=${this.label(drawn, rate, lang)}></canvas>
            </div>
            <p class="note muted" part="note">${t.legend}</p>`
        : nothing}
      ${drawn.length < places.filter((p) => p.row).length ? html`<p class="note" part="note">${t.withheld}</p>` : nothing}
      <details part="details" ?open=${failed || !drawn.length}>
        <summary>${this.data.t.education.showTable}</summary>
        <div class="scroll" tabindex="0" role="region" aria-labelledby="caption">
          <table part="table">
            <caption id="caption">
              ${w.caption(rate === 'annual' ? w.annual : w.hourly, occupation.title, d.areaName)}
            </caption>
            <thead>
              <tr>
                <th scope="col">${w.percentile}</th>
                ${places.map((p) => html`<th scope="col" class="num">${p.name}</th>`)}
              </tr>
            </thead>
            <tbody>
              ${PERCENTILES.map(
                (p) => html`<tr>
                  <th scope="row">${w[p]}</th>
                  ${places.map(
                    (place) =>
                      html`<td class="num">${place.row ? wage(place.row[rate][p], lang, rate) : this.data.t.common.notAvailable}</td>`,
                  )}
                </tr>`,
              )}
            </tbody>
          </table>
        </div>
      </details>
      ${d.local === undefined ? html`<p class="note" part="note">${w.noArea(d.areaName)}</p>` : nothing}
      ${occupation.wages?.aggregate ? html`<p class="note" part="note">${w.aggregate(wages.title, wages.soc)}</p>` : nothing}
      <p class="note muted" part="note">${w.explain} ${w.source(release)}</p>`;
  }

  /** "Range chart of annual wages. California: median $61,810, ..." for the canvas's label. */
  private label(places: Place[], rate: WageUnit, lang: Lang): string {
    const t = this.data.t.wageChart;
    const f = (v: number) => money(v, lang, rate);
    const parts = places.map((p) => {
      const r = range(p.row!, rate)!;
      return t.labelPlace(p.name, f(r.median), f(r.inner[0]), f(r.inner[1]), f(r.outer[0]), f(r.outer[1]));
    });
    return t.chartLabel(t.rate[rate], parts.join(' '));
  }

  private chartOptions(canvas: HTMLCanvasElement): RangeChartOptions | undefined {
    const d = this.data.value;
    if (!d) return;
    const lang = this.data.lang;
    const rate = this.rateOf(d);
    const places = this.places(d).filter((p) => p.row && range(p.row, rate));
    const rows = places.map((p) => range(p.row!, rate)!);
    const style = getComputedStyle(canvas);
    const top = Math.max(...rows.map((r) => r.outer[1]));
    // A round axis end past the highest 90th percentile: steps of 20,000 a year or 10 an hour.
    const step = rate === 'annual' ? 20_000 : 10;
    const root = this.renderRoot;
    const font = { family: style.fontFamily, size: Math.max(12, Math.round(parseFloat(style.fontSize) * 0.875)) };
    const measure = (measuring ??= document.createElement('canvas').getContext('2d'));
    if (measure) measure.font = `${font.size}px ${font.family}`;
    // chart.js gives the axis at most half the chart (the box: the canvas may not be sized yet),
    // less the ticks' padding; on a wide page no more than a short paragraph's width.
    const room = Math.min((canvas.parentElement ?? canvas).clientWidth / 2 - 12, 260);
    return {
      labels: places.map((p) => (measure ? wrapLabel(p.name, (line) => measure.measureText(line).width <= room) : p.name)),
      rows,
      colors: {
        ...cssColors(root, {
          band: 'color-mix(in srgb, var(--_accent) 50%, transparent)',
          box: 'var(--_accent)',
          median: 'var(--_on-accent)',
          grid: 'var(--_border)',
        }),
        text: style.color,
      },
      font,
      max: Math.ceil((top * 1.05) / step) * step,
      format: (v) => money(v, lang, rate === 'hourly' ? 'hourly' : 'annual'),
      still: this.chart.still,
    };
  }
}
