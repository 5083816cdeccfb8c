import { css } from 'lit';

export const occupationProgramsStyles = css`
  p {
    margin: 0 0 calc(var(--_space) / 2);
  }
  ul {
    display: grid;
    gap: 0.35em;
    margin-block-end: calc(var(--_space) / 2);
  }
  .cip {
    white-space: nowrap;
  }
  p.note {
    font-size: 0.9em;
    margin: 0;
  }
`;
