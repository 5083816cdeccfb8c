import { css } from 'lit';

export const educationSummaryStyles = css`
  p {
    margin: 0 0 calc(var(--_space) / 2);
  }
  dl {
    margin: 0 0 var(--_space);
  }
  /* A term and its value side by side when there is room, stacked from about 28em down. */
  dl > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0.1em 1em;
    padding-block: 0.4em;
    border-bottom: 1px solid var(--_border);
  }
  dt {
    flex: 1 1 12em;
    font-weight: 600;
  }
  dd {
    flex: 2 1 16em;
    margin: 0;
  }
  .zone {
    margin-block-start: var(--_space);
  }
  .zone-name {
    font-weight: 600;
  }
  p.note {
    font-size: 0.9em;
    margin: 0;
  }
`;
