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

/** A token as a colour the canvas understands: custom properties and color-mix() resolved in `root`. */
export function cssColor(root: HTMLElement | DocumentFragment, value: string): string {
  const probe = document.createElement('span');
  probe.hidden = true;
  probe.style.color = value;
  root.appendChild(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}
