import type { ReactiveController, ReactiveElement } from 'lit';
import { watchPage } from './page-watch.ts';

export type Theme = 'light' | 'dark' | 'auto';

const DARK = '(prefers-color-scheme: dark)';

/** Each widget's controller, so a widget inside another (a profile's sections) reads its surface. */
const controllers = new WeakMap<Element, ColorSchemeController>();

/** The schemes the page around `host` says it supports: its `color-scheme`, else its `<meta name="color-scheme">`. */
function pageSchemes(host: HTMLElement): Set<string> {
  const root = host.getRootNode();
  // Inside another widget the surface is that widget's scheme, already worked out: reading the
  // computed style instead forces a style recalculation per section render (about 50 ms of a full
  // profile's first render, in a profile of the benchmark).
  const outer = root instanceof ShadowRoot ? controllers.get(root.host) : undefined;
  if (outer) return new Set([outer.dark ? 'dark' : 'light']);
  const around = host.parentElement ?? (root instanceof ShadowRoot ? root.host : document.documentElement);
  let value = getComputedStyle(around).colorScheme;
  if (!value || value === 'normal') {
    value = document.querySelector('meta[name="color-scheme"]')?.getAttribute('content') ?? 'normal';
  }
  return new Set(value.split(/\s+/).filter((w) => w === 'light' || w === 'dark'));
}

/**
 * The scheme a widget shows. `theme="dark"` / `"light"` force it; `"auto"` follows the reader's
 * preference whatever the page says; unset, the widget follows the page: dark only where the page
 * supports dark (`color-scheme: light dark` with a reader who prefers dark, or `color-scheme: dark`),
 * so that a dark-preferring reader never gets dark boxes on a light college page.
 */
export function usedScheme(host: HTMLElement, theme: string | undefined): 'light' | 'dark' {
  if (theme === 'dark' || theme === 'light') return theme;
  const prefersDark = window.matchMedia(DARK).matches;
  if (theme === 'auto') return prefersDark ? 'dark' : 'light';
  const page = pageSchemes(host);
  return page.has('dark') && (prefersDark || !page.has('light')) ? 'dark' : 'light';
}

/**
 * Keeps the host's custom states in step with `usedScheme()`: `:state(dark)`, and
 * `:state(light-on-dark)` for a widget forced light on a page that shows dark (it then paints its
 * own light surface, as a dark widget does on a light page). Updated before each render, and when
 * the reader's preference or the page's scheme changes (then the host renders again, so a chart
 * is redrawn in the scheme's colours).
 */
export class ColorSchemeController implements ReactiveController {
  private unwatch: (() => void) | undefined;
  private readonly states: CustomStateSet | undefined;

  constructor(private readonly host: ReactiveElement & { theme?: string | undefined }) {
    // Browsers without custom states keep the light scheme (and `theme` attributes still force dark in CSS).
    try {
      this.states = host.attachInternals().states;
    } catch {
      this.states = undefined;
    }
    host.addController(this);
    controllers.set(host, this);
  }

  get dark(): boolean {
    return this.states?.has('dark') ?? false;
  }

  hostConnected(): void {
    const check = () => this.sync() && this.host.requestUpdate();
    const media = window.matchMedia(DARK);
    media.addEventListener('change', check);
    const unwatch = watchPage(check);
    this.unwatch = () => (unwatch(), media.removeEventListener('change', check));
  }

  hostDisconnected(): void {
    this.unwatch?.();
  }

  hostUpdate(): void {
    this.sync();
  }

  /** Returns whether the scheme changed. */
  private sync(): boolean {
    if (!this.states || !this.host.isConnected) return false;
    const onPage = usedScheme(this.host, undefined);
    const theme = this.host.theme;
    const dark = (theme === 'dark' || theme === 'light' || theme === 'auto' ? usedScheme(this.host, theme) : onPage) === 'dark';
    const lightOnDark = !dark && onPage === 'dark';
    const changed = this.set('dark', dark);
    return this.set('light-on-dark', lightOnDark) || changed;
  }

  private set(state: string, on: boolean): boolean {
    if (on === this.states!.has(state)) return false;
    if (on) this.states!.add(state);
    else this.states!.delete(state);
    return true;
  }
}
