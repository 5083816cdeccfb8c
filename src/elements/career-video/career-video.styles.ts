import { css } from 'lit';

export const careerVideoStyles = css`
  p {
    margin: 0 0 calc(var(--_space) / 2);
  }
  .play {
    font-size: 0.9em;
    margin-inline-end: 0.25em;
  }
  p.note {
    font-size: 0.9em;
    margin: 0;
  }
`;
