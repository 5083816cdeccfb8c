import { css } from 'lit';

export const interestsStyles = css`
  .intro {
    margin: 0 0 calc(var(--_space) / 2);
  }
  .items > li + li {
    margin-block-start: 0.75em;
  }
  .name {
    font-weight: 600;
  }
`;
