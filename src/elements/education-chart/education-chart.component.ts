import { html, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { barChart, type BarChartOptions } from '../../charts/bar-chart.ts';
import { ChartController } from '../../charts/chart-controller.ts';
import { cssColors } from '../../charts/load.ts';
import { onetCode } from '../../data/codes.ts';
import { DataError } from '../../data/errors.ts';
import type { EducationLevel, Occupation } from '../../data/schema.ts';
import { percent, isolate } from '../../format/index.ts';
import type { Lang } from '../../i18n/index.ts';
import { DataController } from '../../runtime/data-controller.ts';
import { OccupationCodeElement } from '../../runtime/occupation-element.ts';
import { stateStyles, theme } from '../../styles/theme.ts';
import { cssProps } from '../../templates/css-props.ts';
import { heading } from '../../templates/heading.ts';
import { educationChartStyles } from './education-chart.styles.ts';
import { education } from '../../i18n/en/education.ts';

/**
 * O*NET's Required Level of Education has 12 categories; a document with many more is not its
 * distribution (and thousands of bars would stall the page), so it is shown as bad data.
 */
const MAX_LEVELS = 24;

/** Levels in O*NET's category order (the order of schooling). */
const ordered = (o: Occupation): EducationLevel[] => {
  const levels = o.education.levels ?? [];
  if (levels.length > MAX_LEVELS) {
    throw new DataError('invalid-data', `education.levels has ${levels.length} levels; O*NET has 12 categories`);
  }
  return [...levels].sort((a, b) => a.category - b.category);
};

/** The largest of `values` (no spread: a long array would overflow the call stack). */
const largest = (values: number[], floor: number): number => values.reduce((a, b) => Math.max(a, b), floor);

/** Splits a long axis label into lines of about `width` characters. */
function wrap(label: string, width: number): string | string[] {
  if (label.length <= width) return label;
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(' ')) {
    if (line && line.length + word.length + 1 > width) lines.push(line), (line = word);
    else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}

/**
 * How much education do most people in this career have? O*NET's distribution of the education
 * level required for the job, as a horizontal bar chart with a table of the same figures. chart.js
 * is downloaded only when this element has a chart to draw; the chart takes its colours from the
 * `--ow-*` tokens, is still under `prefers-reduced-motion`, and is described in its label.
 *
 * @summary O*NET's typical education levels, as a bar chart and a table.
 * @fires occupation-load - The data loaded; detail `{ code, levels }` (levels drawn in the chart).
 * @fires occupation-error - Loading failed; detail `{ code, kind, status?, attribute?, message }`.
 * @csspart heading - The heading.
 * @csspart chart - The box around the chart's canvas.
 * @csspart details - The disclosure holding the table.
 * @csspart table - The table of every level and its percent.
 * @csspart note - "No ratings" and the source line.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error, not-found or invalid-attribute message.
 * @csspart retry - The retry button.
 * @cssprop --ow-color-accent - The bars' colour.
 */
export class EducationChart extends OccupationCodeElement {
  static override styles = [theme, stateStyles, educationChartStyles];

  private readonly data = new DataController(this, {
    messages: { education },
    args: () => [this.code] as const,
    detail: (o: Occupation) => ({ code: o.code, levels: ordered(o).filter((l) => l.percent > 0).length }),
    load: ([code], { client, signal }) => client.get('occupation', onetCode(code), signal),
  });

  private readonly chart = new ChartController<BarChartOptions>(this, barChart);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new occupation tries the chart again after chart.js failed to load.
    if (changed.has('code')) this.chart.reset();
  }

  protected override render() {
    return this.data.render((o) => this.renderLevels(o, this.data.lang), 6);
  }

  protected override updated(): void {
    // The canvas is rendered only when there are bars to draw.
    void this.chart.update((canvas) => (this.data.value ? this.chartOptions(canvas, this.data.value) : undefined));
  }

  private renderLevels(o: Occupation, lang: Lang) {
    const t = this.data.t.education;
    const title = heading(this.headingLevel, t.chartHeading);
    const levels = ordered(o);
    const bars = levels.filter((l) => l.percent > 0);
    if (!bars.length) return html`${title}<p part="note">${t.noLevels}</p>`;
    // chart.js gives every bar the same row: as tall as the longest label needs, two lines at least.
    const longest = largest(this.labels(bars, lang).map((l) => (Array.isArray(l) ? l.length : 1)), 2);
    const lines = bars.length * longest;
    const onet = o.sources.find((s) => s.id === 'onet');
    return html`${title}
      ${this.chart.failed
        ? html`<p class="note" part="note">${t.chartFailed}</p>`
        : html`<div class="chart" part="chart" ${cssProps({ '--lines': String(lines) })}>
            <canvas role="img" aria-label=${t.chartLabel(this.topLevels(bars, lang))}></canvas>
          </div>`}
      <details part="details" ?open=${this.chart.failed}>
        <summary>${t.showTable}</summary>
        <div class="scroll" tabindex="0" role="region" aria-labelledby="caption">
          <table part="table">
            <caption id="caption">
              ${t.caption(isolate(o.title))}
            </caption>
            <thead>
              <tr>
                <th scope="col">${t.level}</th>
                <th scope="col" class="num">${t.percent}</th>
              </tr>
            </thead>
            <tbody>
              ${levels.map((l) => {
                const name = t.levelName(l.category, l.label);
                return html`<tr>
                  <th scope="row" lang=${ifDefined(name.english && lang !== 'en' ? 'en' : undefined)}>${name.text}</th>
                  <td class="num">${percent(l.percent, lang)}</td>
                </tr>`;
              })}
            </tbody>
          </table>
        </div>
      </details>
      <p class="note muted" part="note">
        ${t.chartSource} <span lang="en">${onet?.name ?? 'O*NET'}</span>.
      </p>`;
  }

  /** "Post-Secondary Certificate 44.7%, ..." for the canvas's label: the three largest levels. */
  private topLevels(bars: EducationLevel[], lang: Lang): string {
    const t = this.data.t.education;
    return [...bars]
      .sort((a, b) => b.percent - a.percent)
      .slice(0, 3)
      .map((l) => `${t.levelName(l.category, l.label).text} ${percent(l.percent, lang)}`)
      .join(', ');
  }

  private labels(bars: EducationLevel[], lang: Lang): (string | string[])[] {
    const t = this.data.t.education;
    return bars.map((l) => wrap(t.levelName(l.category, l.label).text, this.chart.narrow ? 13 : 24));
  }

  private chartOptions(canvas: HTMLCanvasElement, o: Occupation): BarChartOptions {
    const lang = this.data.lang;
    const bars = ordered(o).filter((l) => l.percent > 0);
    const style = getComputedStyle(canvas);
    const top = largest(bars.map((l) => l.percent), 0);
    return {
      labels: this.labels(bars, lang),
      values: bars.map((l) => l.percent),
      colors: { ...cssColors(this.renderRoot, { bar: 'var(--_accent)', grid: 'var(--_border)' }), text: style.color },
      font: { family: style.fontFamily, size: Math.max(12, Math.round(parseFloat(style.fontSize) * 0.875)) },
      // Room past the longest bar for its label, in steps of 10 points, never past 100%.
      max: Math.min(100, Math.ceil((top * 1.15) / 10) * 10),
      format: (v) => percent(v, lang),
      still: this.chart.still,
    };
  }
}
