import { css } from 'lit';

export const occupationCompareStyles = css`
  table {
    min-width: 100%;
  }
  thead th {
    vertical-align: bottom;
    min-width: 9em;
  }
  thead .title,
  thead .code {
    display: block;
  }
  .code,
  .period {
    font-weight: normal;
    font-size: 0.85em;
  }
  .period {
    display: block;
  }
  tbody th {
    min-width: 8em;
  }
  button.remove {
    margin-block-start: 0.3em;
    font-size: 0.85em;
  }
  .add {
    margin-block-start: var(--_space);
  }
  .add label {
    display: block;
    font-weight: 600;
  }
  .add .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-start: 0.3em;
  }
  .add input {
    flex: 1 1 12em;
    min-width: 0;
    font: inherit;
    color: inherit;
    background: transparent;
    padding: 0.4em 0.5em;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
  }
  .add input:focus-visible {
    outline: var(--_focus);
    outline-offset: 1px;
  }
  /* Full: still focusable (not disabled), shown as unavailable. */
  .add [aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  p.note {
    margin: calc(var(--_space) / 2) 0 0;
    font-size: 0.9em;
  }
`;
