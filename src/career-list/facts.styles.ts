import { css } from 'lit';

/** For `careerFacts()` (./career-facts.ts); apart, so an element can load that only when it shows figures. */
export const factsStyles = css`
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.15em 1.2em;
    margin: 0.15em 0 0;
    font-size: 0.92em;
  }
  .facts > div {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.4em;
  }
  .facts dt {
    color: var(--_muted);
  }
  .facts dd {
    margin: 0;
  }
  .facts .figure {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .facts .badge {
    font-weight: 600;
    color: inherit;
  }
`;
