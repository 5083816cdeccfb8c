import { css } from 'lit';

export const ratingsStyles = css`
  .items > li + li {
    margin-block-start: 0.75em;
  }
  .name {
    font-weight: 600;
  }
`;
