/**
 * chart.js, imported here and only here, when the first chart is drawn: a page whose widgets draw
 * no chart never downloads it. Only the pieces the bar and range charts need are registered (no
 * `chart.js/auto`), so a bundler can leave the rest out.
 */
import type { Chart } from 'chart.js';

let chartClass: Promise<typeof Chart> | undefined;

async function register(): Promise<typeof Chart> {
  const { Chart, BarController, BarElement, CategoryScale, LinearScale } = await import('chart.js');
  Chart.register(BarController, BarElement, CategoryScale, LinearScale);
  return Chart;
}

/** The Chart class, downloaded once; a failed download is not kept, so that a later render tries again. */
export function loadChart(): Promise<typeof Chart> {
  return (chartClass ??= register().catch((error: unknown) => {
    chartClass = undefined;
    throw error;
  }));
}

export interface ChartHandle {
  destroy(): void;
}

/**
 * Tokens as colours the canvas understands (custom properties and color-mix() resolved in `root`),
 * all probes read in one style pass: one probe at a time recalculated styles once per colour.
 */
export function cssColors<K extends string>(root: HTMLElement | DocumentFragment, tokens: Record<K, string>): Record<K, string> {
  const probes = (Object.entries(tokens) as [K, string][]).map(([key, value]) => {
    const probe = document.createElement('span');
    probe.hidden = true;
    probe.style.color = value;
    return [key, probe] as const;
  });
  root.append(...probes.map(([, probe]) => probe));
  const colors = Object.fromEntries(probes.map(([key, probe]) => [key, getComputedStyle(probe).color])) as Record<K, string>;
  for (const [, probe] of probes) probe.remove();
  return colors;
}
