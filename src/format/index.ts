import type { Employment, WageValue } from '../data/schema.ts';
import { intlLocale, messages, type Lang } from '../i18n/index.ts';

// Intl formatters are costly to create and are asked for once per table cell: keep them.
const cache = new Map<string, Intl.NumberFormat>();
function formatter(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = lang + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(intlLocale(lang), options)));
  return f;
}

export type WageUnit = 'hourly' | 'annual';

const warmed = new Set<Lang>();
/**
 * Creates a language's usual formatters while the page is idle, which it mostly is while the
 * documents download: created during the first render instead, they were ~25 ms of a full
 * profile's longest task. Once per language and page.
 */
export function warmFormatters(lang: Lang): void {
  if (warmed.has(lang)) return;
  warmed.add(lang);
  const warm = () => {
    money(0, lang, 'annual');
    money(0, lang, 'hourly');
    count(0, lang);
    decimal(0, lang);
    percent(0, lang, true);
    percent(0, lang);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(warm, { timeout: 1_000 });
  else setTimeout(warm);
}

/**
 * A release named by its month as BLS names OEWS releases ("May 2025"), in the reader's language
 * ("mayo de 2025"); any other name as it is.
 */
export function releaseName(version: string, lang: Lang): string {
  const [, name, year] = /^(\w+) (\d{4})$/.exec(version) ?? [];
  const month = name ? MONTHS.indexOf(name) : -1;
  if (month < 0 || lang === 'en') return version;
  // Asked for at each render of a wage table or chart: one formatter per language, as the figures'.
  let f = months.get(lang);
  if (!f) months.set(lang, (f = new Intl.DateTimeFormat(intlLocale(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' })));
  return f.format(Date.UTC(Number(year), month));
}
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const months = new Map<Lang, Intl.DateTimeFormat>();

/** Dollars: hourly with cents ($29.71), annual in whole dollars as BLS publishes them ($61,810). */
export function money(value: number, lang: Lang, unit: WageUnit = 'annual'): string {
  const digits = unit === 'hourly' ? 2 : 0;
  return formatter(lang, {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** A wage as the source states it: the figure, "not available", or "$239,200 or more". */
export function wage(value: WageValue, lang: Lang, unit: WageUnit): string {
  const t = messages(lang).common;
  if (value === 'not-available') return t.notAvailable;
  if (typeof value === 'number') return money(value, lang, unit);
  return t.orMore(money(value.atLeast, lang, unit));
}

/** A whole count: 194,800. */
export const count = (value: number, lang: Lang): string =>
  formatter(lang, { maximumFractionDigits: 0 }).format(value);

/** An employment estimate, or "not released" where BLS withholds it. */
export const employment = (value: Employment, lang: Lang): string =>
  value === 'not-released' ? messages(lang).common.notReleased : count(value, lang);

/** A rating or score with the decimals the source gives (up to `maxDigits`): 4.78, 4.5, 4. */
export const decimal = (value: number, lang: Lang, maxDigits = 2): string =>
  formatter(lang, { maximumFractionDigits: maxDigits }).format(value);

/**
 * A percent given in percent units, with the decimals the source gives (BLS one, O*NET two):
 * 7.1 -> "7.1%", 0.05 -> "0.05%"; the sign kept for changes.
 */
export function percent(value: number, lang: Lang, signed = false): string {
  return formatter(lang, {
    style: 'percent',
    maximumFractionDigits: 2,
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(value / 100);
}

/**
 * A data string inside a sentence of the widget's own ("Median annual wage, California"),
 * isolated with FSI…PDI, so that direction controls in the data stay inside it.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;
