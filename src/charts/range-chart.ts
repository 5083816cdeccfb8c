/**
 * A range chart on chart.js (loaded by ./load.ts when the first chart is drawn): one row per
 * place, a thin band from the 10th to the 90th percentile, a box from the 25th to the 75th and a
 * line at the median. Floating bars (`[min, max]` values) on the bar controller draw the band and
 * the box without a box-plot plugin; a small plugin draws the median and writes its value.
 */
import type { ChartConfiguration, Plugin } from 'chart.js';
import { loadChart, type ChartHandle } from './load.ts';

export interface RangeRow {
  /** 10th to 90th percentile. */
  outer: [number, number];
  /** 25th to 75th percentile. */
  inner: [number, number];
  median: number;
}

export interface RangeChartOptions {
  /** One label per row; an array is drawn as several lines. */
  labels: (string | string[])[];
  rows: RangeRow[];
  /** Resolved CSS colours (canvas cannot read custom properties). */
  colors: { band: string; box: string; median: string; text: string; grid: string };
  font: { family: string; size: number };
  /** Axis maximum; the axis starts at 0 so that rows compare by length. */
  max: number;
  /** Ticks and the median's label: 61810 -> "$61,810". */
  format: (value: number) => string;
  /** No animation (prefers-reduced-motion). */
  still: boolean;
}

/** Draws the chart on `canvas`, loading chart.js the first time; the caller destroys it. */
export async function rangeChart(canvas: HTMLCanvasElement, o: RangeChartOptions): Promise<ChartHandle> {
  const ChartClass = await loadChart();
  const font = { family: o.font.family, size: o.font.size };
  const config: ChartConfiguration<'bar', [number, number][]> = {
    type: 'bar',
    data: {
      labels: o.labels,
      datasets: [
        // Not grouped: the band and the box share each row's centre line.
        { data: o.rows.map((r) => r.outer), backgroundColor: o.colors.band, grouped: false, barPercentage: 0.22, borderRadius: 2 },
        { data: o.rows.map((r) => r.inner), backgroundColor: o.colors.box, grouped: false, barPercentage: 0.6, borderRadius: 2 },
      ],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: o.still ? false : { duration: 400 },
      // The figures are in the label and the table: no tooltips to hover for.
      events: [],
      scales: {
        x: {
          min: 0,
          max: o.max,
          ticks: { color: o.colors.text, font, callback: (v) => o.format(Number(v)), maxTicksLimit: 5 },
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
    plugins: [medians(o)],
  };
  // Two draws racing for one canvas: the later one wins (chart.js refuses a canvas in use).
  ChartClass.getChart(canvas)?.destroy();
  return new ChartClass(canvas, config);
}

/** A line across each box at the median, and the median's value above the box. */
function medians(o: RangeChartOptions): Plugin<'bar'> {
  return {
    id: 'ow-medians',
    afterDatasetsDraw(chart) {
      const { ctx, scales } = chart;
      ctx.save();
      ctx.font = `${o.font.size}px ${o.font.family}`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'bottom';
      chart.getDatasetMeta(1).data.forEach((box, i) => {
        const row = o.rows[i];
        if (!row) return;
        const { y, height } = box.getProps(['y', 'height'], true) as { y: number; height: number };
        const x = scales.x!.getPixelForValue(row.median);
        ctx.fillStyle = o.colors.median;
        ctx.fillRect(x - 1.5, y - height / 2, 3, height);
        ctx.fillStyle = o.colors.text;
        ctx.fillText(o.format(row.median), x, y - height / 2 - 3);
      });
      ctx.restore();
    },
  };
}
