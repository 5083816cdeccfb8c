import { literal, html, type StaticValue } from 'lit/static-html.js';
import { nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

const tags: StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** Clamps a `heading-level` attribute to 1-6 (2 when absent or not a number). */
export const headingLevel = (value: unknown, fallback = 2): number => {
  const n = Math.trunc(Number(value));
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 6) : fallback;
};

/**
 * A real heading element at the level the host page needs, so the widget fits its outline;
 * level 0 (`heading-level="0"`) leaves the heading out.
 */
export function heading(level: number, content: unknown, part = 'heading', id?: string): TemplateResult | typeof nothing {
  if (level === 0) return nothing;
  const tag = tags[headingLevel(level) - 1]!;
  return html`<${tag} part=${part} id=${ifDefined(id)}>${content}</${tag}>`;
}
