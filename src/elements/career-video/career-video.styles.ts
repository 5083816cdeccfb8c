import { css } from 'lit';

export const careerVideoStyles = css`
  :host([absent]) {
    display: none;
  }
  p {
    margin: 0 0 calc(var(--_space) / 2);
  }
  a {
    display: inline-flex;
    gap: 0.5em;
    align-items: baseline;
  }
  .play {
    font-size: 0.9em;
  }
  p.note {
    font-size: 0.9em;
    margin: 0;
  }
`;
