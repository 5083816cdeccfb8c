/**
 * A horizontal bar chart on chart.js (loaded by ./load.ts when the first chart is drawn).
 */
import type { ChartConfiguration, Plugin } from 'chart.js';
import { loadChart, type ChartHandle } from './load.ts';

export interface BarChartOptions {
  /** One label per bar; an array is drawn as several lines. */
  labels: (string | string[])[];
  values: number[];
  /** Resolved CSS colours (canvas cannot read custom properties). */
  colors: { bar: string; text: string; grid: string };
  /** The host's font, so the chart matches the page. */
  font: { family: string; size: number };
  /** Axis maximum; values are drawn from 0. */
  max: number;
  /** Tick and bar-end labels: 44.7 -> "44.7%". */
  format: (value: number) => string;
  /** No animation (prefers-reduced-motion). */
  still: boolean;
}

export type BarChartHandle = ChartHandle;

/** Draws the chart on `canvas`, loading chart.js the first time; the caller destroys it. */
export async function barChart(canvas: HTMLCanvasElement, o: BarChartOptions): Promise<BarChartHandle> {
  const ChartClass = await loadChart();
  const font = { family: o.font.family, size: o.font.size };
  const config: ChartConfiguration<'bar'> = {
    type: 'bar',
    data: {
      labels: o.labels,
      datasets: [{ data: o.values, backgroundColor: o.colors.bar, borderRadius: 3, maxBarThickness: 28 }],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: o.still ? false : { duration: 400 },
      // The values are written at the bar ends and in the table: no tooltips to hover for.
      events: [],
      layout: { padding: { right: o.font.size * 3.2 } },
      scales: {
        x: {
          min: 0,
          max: o.max,
          ticks: { color: o.colors.text, font, callback: (v) => o.format(Number(v)), maxTicksLimit: 6 },
          grid: { color: o.colors.grid },
          border: { color: o.colors.grid },
        },
        y: {
          ticks: { color: o.colors.text, font, autoSkip: false },
          grid: { display: false },
          border: { color: o.colors.grid },
        },
      },
    },
    plugins: [valueLabels(o)],
  };
  // Two draws racing for one canvas: the later one wins (chart.js refuses a canvas in use).
  ChartClass.getChart(canvas)?.destroy();
  return new ChartClass(canvas, config);
}

/** Writes each value just past the end of its bar. */
function valueLabels(o: BarChartOptions): Plugin<'bar'> {
  return {
    id: 'ow-value-labels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.fillStyle = o.colors.text;
      ctx.font = `${o.font.size}px ${o.font.family}`;
      ctx.textBaseline = 'middle';
      chart.getDatasetMeta(0).data.forEach((bar, i) => {
        const { x, y } = bar.getProps(['x', 'y'], true) as { x: number; y: number };
        ctx.fillText(o.format(o.values[i] ?? 0), x + 6, y);
      });
      ctx.restore();
    },
  };
}
