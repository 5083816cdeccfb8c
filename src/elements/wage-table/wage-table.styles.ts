import { css } from 'lit';

export const wageTableStyles = css`
  .toggle {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    margin-block-end: calc(var(--_space) / 2);
    border: 0;
    padding: 0;
  }
  .toggle button[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  .scroll {
    container-type: inline-size;
  }
  /* On a phone the table scrolls sideways: its caption wraps in the visible width and stays put. */
  caption {
    max-width: 100cqw;
    position: sticky;
    left: 0;
    text-align: start;
  }
  /* The percentile column stays in view while the figures scroll. */
  tbody th,
  thead th:first-child {
    position: sticky;
    left: 0;
    /* Solid, or figures scrolling under it would show through. */
    background: var(--_canvas);
  }
  /* A metropolitan or nonmetropolitan area's long name wraps, so three columns fit a phone. */
  thead th.num {
    white-space: normal;
    min-width: 6em;
  }
  td.highlight,
  th.highlight {
    background: var(--_highlight);
  }
  tr.median th,
  tr.median td {
    font-weight: 700;
  }
  p.note {
    margin: calc(var(--_space) / 2) 0 0;
    font-size: 0.9em;
  }
`;
