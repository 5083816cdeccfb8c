/**
 * Page-wide defaults, the last place a widget looks: its own attributes win, then the nearest
 * `<occupation-data>` (or profile) around it, then these.
 */
export interface PageConfig {
  /** Base URL of the data endpoint (the static folder `npm run data` writes). */
  endpoint: string;
  /** `US` or a state code such as `CA`. */
  location: string;
  /** A language tag (`en`, `es`, or one added with `registerMessages()`); unset, a widget follows the nearest `lang` around it. */
  lang?: string;
  /** How long a request may take before the widget offers a retry, in milliseconds. */
  timeout: number;
}

// Kept on a global symbol: with two copies of the library on a page (a CMS plugin and a theme),
// `configure()` on either reaches the elements whichever copy registered them.
const key = Symbol.for('occupation-widgets/config');
const store = globalThis as { [key]?: PageConfig };
const defaults: PageConfig = (store[key] ??= { endpoint: '/data/', location: 'US', timeout: 10_000 });

/** The event widgets listen for to re-render after `configure()`. */
export const CONFIGURE_EVENT = 'occupation-configure';

/**
 * Sets page-wide defaults, once in a script; widgets already on the page update. The timeout
 * applies to endpoints first used after the call.
 */
export function configure(options: Partial<PageConfig>): void {
  Object.assign(defaults, options);
  window.dispatchEvent(new Event(CONFIGURE_EVENT));
}

export function pageConfig(): Readonly<PageConfig> {
  return defaults;
}
