import { css } from 'lit';

/** An area table: a box that scrolls with its header and occupation column pinned; on paper, every row. */
export const areaTableStyles = css`
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: end;
  }
  .controls .toggle {
    margin: 0;
  }
  .filter {
    display: flex;
    flex-direction: column;
    font-size: 0.9em;
  }
  .filter input {
    font: inherit;
    font-size: 1rem;
    padding: 0.3em 0.5em;
    min-width: min(16em, 100%);
  }
  .status {
    margin: 0.5em 0;
    font-size: 0.9em;
  }
  .scroll[role='region'] {
    max-height: var(--ow-table-max-height, 70vh);
    overflow: auto;
    overscroll-behavior-x: contain;
  }
  .scroll:focus-visible {
    outline: var(--_focus);
  }
  /*
   * A table in semantics (explicit roles), a stack of grid rows in layout: off-screen rows skip
   * layout and paint. Its width is its columns' (set inline), not the theme's cap for short
   * tables: a row narrower than its cells would clip them (content-visibility clips).
   */
  table[part='table'] {
    display: block;
    min-width: 100%;
    max-width: none;
  }
  /* The caption stays in view while the rows scroll sideways. */
  .scroll[role='region'] {
    container-type: inline-size;
  }
  table[part='table'] > caption {
    display: block;
    position: sticky;
    left: 0;
    max-width: 100cqw;
    text-align: start;
  }
  thead,
  tbody {
    display: block;
  }
  table[part='table'] tr {
    display: grid;
    grid-template-columns: var(--cols);
  }
  tbody tr {
    content-visibility: auto;
    contain-intrinsic-size: auto 3em;
  }
  table[part='table'] th,
  table[part='table'] td {
    padding: 0.35em 0.5em;
  }
  thead {
    position: sticky;
    top: 0;
    z-index: 2;
    background: var(--_canvas);
  }
  /* As tall as the header row, labels at its foot: the pinned one covers what scrolls under it. */
  thead th {
    background: var(--_canvas);
    display: flex;
    flex-direction: column;
    justify-content: end;
  }
  th.title,
  tbody th {
    position: sticky;
    left: 0;
    z-index: 1;
    background: var(--_canvas);
  }
  thead th.title {
    z-index: 3;
  }
  td.nation,
  th.nation {
    background: var(--_highlight);
  }
  button.sort {
    all: unset;
    cursor: pointer;
    display: inline;
    white-space: normal;
    font-weight: 700;
  }
  th.num {
    text-align: end;
  }
  button.sort:focus-visible,
  button.link:focus-visible {
    outline: var(--_focus);
  }
  .arrow {
    margin-inline-start: 0.25em;
    font-size: 0.75em;
    opacity: 0.7;
  }
  button.link {
    all: unset;
    cursor: pointer;
    color: var(--_accent);
    text-decoration: underline;
  }
  .est {
    margin-inline-start: 0.15em;
    font-size: 0.8em;
  }
  @media print {
    .controls,
    .status,
    .arrow {
      display: none;
    }
    .scroll[role='region'] {
      max-height: none;
      overflow: visible;
    }
    table[part='table'] {
      width: 100% !important;
      font-size: 9pt;
    }
    thead,
    thead th,
    tbody th {
      position: static;
    }
    tbody tr {
      content-visibility: visible;
    }
    tr {
      break-inside: avoid;
    }
    button.link {
      color: inherit;
      text-decoration: none;
    }
  }
`;
