import { css } from 'lit';

export const employmentOutlookStyles = css`
  .bright {
    margin-block-end: var(--_space);
    padding: calc(var(--_space) / 2) var(--_space);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_highlight);
    border-radius: 0 var(--_radius) var(--_radius) 0;
  }
  .bright p {
    margin: 0 0 0.25em;
  }
  .bright p.lead {
    font-weight: 600;
  }
  /* A long place name wraps in its header, so the nation's and a state's columns fit a phone. */
  thead th.num {
    white-space: normal;
  }
  td.highlight,
  th.highlight {
    background: var(--_highlight);
  }
  p.note {
    margin: calc(var(--_space) / 2) 0 0;
    font-size: 0.9em;
  }
`;
