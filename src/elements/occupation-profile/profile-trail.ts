import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../../i18n/index.ts';

/** An occupation the reader has been to in this profile, so that they can return to it. */
export interface Step {
  code: string;
  title: string;
}

/** A trail read back from a page's history entry: kept only if it has the expected shape. */
export function asTrail(value: unknown): Step[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (s): s is Step => typeof s?.code === 'string' && typeof s?.title === 'string',
  );
}

/**
 * The way back after the reader moved to a related occupation: "Back to Medical Records
 * Specialists", naming the occupation just left; after several steps each press goes one back.
 */
export function renderTrail(trail: Step[], t: Messages['profile'], onBack: () => void): TemplateResult | typeof nothing {
  const previous = trail.at(-1);
  if (!previous) return nothing;
  return html`<nav part="trail" class="trail" aria-label=${t.trail}>
    <button type="button" part="back" class="back" @click=${onBack}>
      <span aria-hidden="true">←</span> ${t.backTo} <span lang="en">${previous.title}</span>
    </button>
  </nav>`;
}
