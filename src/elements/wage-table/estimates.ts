import { html, type TemplateResult } from 'lit';
import type { Messages } from '../../i18n/index.ts';

/** The build's rule for hourly figures derived from annual ones (a sidecar's derivedColumns). */
const FROM_ANNUAL = /^A_\w+ \/ 2080, rounded to the cent$/;

/**
 * How estimated figures were made, grouped by method: "10th, 25th percentile: the annual figure
 * divided by 2,080 …". The build's hourly-from-annual rule reads in the reader's language; any
 * other method as the data's sidecar words it, marked English.
 */
export function estimateMethods(fields: readonly (readonly [name: string, how: string])[], t: Messages['wages']): TemplateResult[] {
  // Keyed by the words shown: every percentile made by the one rule is named once, together.
  const byMethod = new Map<string, string[]>();
  for (const [name, how] of fields) {
    const method = FROM_ANNUAL.test(how) ? '' : how;
    byMethod.set(method, [...(byMethod.get(method) ?? []), name]);
  }
  return [...byMethod].map(([how, names]) =>
    how ? html`${names.join(', ')}: <span lang="en">${how}</span>. ` : html`${names.join(', ')}: ${t.fromAnnual}. `,
  );
}
