import { css } from 'lit';

export const searchStyles = css`
  label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.25em;
  }
  .field {
    position: relative;
  }
  input {
    font: inherit;
    color: inherit;
    background: transparent;
    width: 100%;
    min-height: 44px;
    padding: 0.4em 0.7em;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
  }
  input:focus-visible {
    outline: var(--_focus);
    outline-offset: 1px;
  }
  .hint {
    margin: 0.25em 0 0;
    font-size: 0.9em;
  }
  /* The popup covers the page below the box; Canvas keeps it opaque in either colour scheme. */
  [role='listbox'] {
    position: absolute;
    z-index: 10;
    inset-inline: 0;
    top: calc(100% + 2px);
    max-height: min(22em, 60vh);
    overflow-y: auto;
    margin: 0;
    padding: 0.25em 0;
    list-style: none;
    background: Canvas;
    color: CanvasText;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    box-shadow: 0 4px 12px color-mix(in srgb, CanvasText 18%, transparent);
  }
  [role='listbox'][hidden] {
    display: none;
  }
  [role='option'] {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.6em;
    align-items: baseline;
    min-height: 44px;
    padding: 0.45em 0.7em;
    cursor: pointer;
  }
  [role='option']:hover {
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }
  [role='option'][aria-selected='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  [role='option'][aria-selected='true'] .muted {
    color: inherit;
  }
  .matched,
  .code {
    font-size: 0.88em;
  }
  .empty {
    margin: 0.4em 0 0;
  }
  .state {
    margin-block-start: 0.5em;
  }
  .skeleton {
    --ow-skeleton-height: 0;
  }
`;
