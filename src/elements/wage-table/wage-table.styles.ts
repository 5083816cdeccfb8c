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
    overflow-x: auto;
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
