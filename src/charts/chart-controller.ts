import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChartHandle } from './load.ts';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/**
 * The life of one chart in an element: redrawn when the colour scheme, reduced-motion or the
 * container's width changes, drawn again only when its options change, destroyed on disconnect,
 * and a late draw for something no longer shown thrown away. `failed` turns true when chart.js
 * could not be loaded or drawn, so the element can open its table instead.
 */
export class ChartController<O> implements ReactiveController {
  /** Under `narrowWidth` pixels the element may draw shorter labels. */
  narrow = false;
  failed = false;
  private chart: ChartHandle | undefined;
  private drawn = '';
  private drawing = 0;
  private readonly media = ['(prefers-color-scheme: dark)', '(prefers-reduced-motion: reduce)'].map((q) =>
    window.matchMedia(q),
  );
  private readonly onMedia = () => this.host.requestUpdate();
  /**
   * Whether the element has been laid out since it was connected. The first chart waits for it:
   * the observer reports the width once layout is done, where reading it while rendering forced a
   * layout of the whole page in the middle of a profile's first render (its longest task).
   */
  private measured = false;
  // Read in the next frame: re-rendering inside the observer's callback changes the height it watches.
  private readonly resize = new ResizeObserver(() =>
    requestAnimationFrame(() => {
      const narrow = this.host.clientWidth < this.narrowWidth;
      if (this.measured) return this.setNarrow(narrow);
      this.measured = true;
      this.narrow = narrow;
      this.host.requestUpdate();
    }),
  );

  constructor(
    private readonly host: Host,
    private readonly draw: (canvas: HTMLCanvasElement, options: O) => Promise<ChartHandle>,
    private readonly narrowWidth = 480,
  ) {
    host.addController(this);
  }

  /** Whether the reader asked for less motion. */
  get still(): boolean {
    return this.media[1]!.matches;
  }

  hostConnected(): void {
    for (const m of this.media) m.addEventListener('change', this.onMedia);
    this.measured = false;
    // Its first report gives the width, so the first chart is drawn with the right labels; also
    // when the element was moved in the page (the DOM is kept, the chart destroyed on disconnect).
    this.resize.observe(this.host);
  }

  hostDisconnected(): void {
    for (const m of this.media) m.removeEventListener('change', this.onMedia);
    this.resize.disconnect();
    this.drawing++;
    this.destroy();
  }

  /** Tries the chart again (a new occupation after chart.js failed to load). */
  reset(): void {
    this.failed = false;
  }

  /** Draws on the shadow root's canvas after a render, unless it already shows the same thing. */
  async update(options: (canvas: HTMLCanvasElement) => O | undefined): Promise<void> {
    if (!this.measured) return; // drawn when the element is first laid out
    const canvas = this.host.renderRoot.querySelector('canvas');
    let o: O | undefined;
    let key: string;
    try {
      o = canvas ? options(canvas) : undefined;
      key = JSON.stringify(o);
    } catch (error) {
      return this.fail(error);
    }
    if (!canvas || !o) return this.destroy();
    if (key === this.drawn) return; // drawn, or being drawn
    const ticket = ++this.drawing;
    this.destroy();
    this.drawn = key;
    try {
      const chart = await this.draw(canvas, o);
      if (ticket !== this.drawing || !canvas.isConnected) return chart.destroy();
      this.chart = chart;
    } catch (error) {
      if (ticket === this.drawing) this.fail(error);
    }
  }

  /** chart.js, or anything on the way to it (options from odd data), failed: the table shows instead. */
  private fail(error: unknown): void {
    this.drawn = '';
    console.warn(`<${this.host.localName}> the chart could not be drawn: ${String(error)}`);
    this.failed = true;
    this.host.requestUpdate();
  }

  private setNarrow(narrow: boolean): void {
    if (narrow === this.narrow) return;
    this.narrow = narrow;
    this.host.requestUpdate();
  }

  private destroy(): void {
    this.chart?.destroy();
    this.chart = undefined;
    this.drawn = '';
  }
}
