import { css, html } from 'lit';
import { decimal } from '../format/index.ts';
import type { Lang } from '../i18n/index.ts';
import { cssProps } from './css-props.ts';

/** An O*NET rating as O*NET publishes it, to two decimals (4.78): never rounded further. */
export const ratingNumber = (value: number, lang: Lang): string => decimal(value, lang, 2);

/**
 * A rating drawn as a bar beside its text ("Importance 4.5 of 5"). The bar is decorative
 * (aria-hidden): the text says the same to everyone, so colour never carries the value alone.
 */
export function scoreBar(value: number, max: number, text: string) {
  // A non-finite score (NaN) draws an empty bar, never a full one.
  const share = Number.isFinite(value / max) ? Math.max(0, Math.min(1, value / max)) : 0;
  return html`<span class="score" part="score">
    <span class="bar" part="bar" aria-hidden="true"
      ><span class="fill" ${cssProps({ 'inline-size': `${(share * 100).toFixed(1)}%` })}></span
    ></span>
    <span class="value">${text}</span>
  </span>`;
}

export const scoreStyles = css`
  .score {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    margin-block-start: 0.25em;
    font-size: 0.9em;
    font-variant-numeric: tabular-nums;
  }
  .bar {
    flex: 0 1 12em;
    min-inline-size: 6em;
    block-size: 0.6em;
    border-radius: var(--_radius);
    background: var(--_border);
    overflow: hidden;
  }
  .fill {
    display: block;
    block-size: 100%;
    background: var(--ow-color-bar, var(--_accent));
    border-radius: inherit;
  }
  .value {
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .bar {
      border: 1px solid CanvasText;
    }
    .fill {
      background: CanvasText;
    }
  }
`;
