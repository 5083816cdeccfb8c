import { css } from 'lit';

/** The lists of the live-only elements (certifications, licenses). */
export const liveListStyles = css`
  p {
    margin: 0 0 calc(var(--_space) / 2);
  }
  ul {
    display: grid;
    gap: 0.5em;
    margin-block-end: calc(var(--_space) / 2);
  }
  li > span {
    display: block;
    font-size: 0.9em;
  }
`;
