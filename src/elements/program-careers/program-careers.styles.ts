import { css } from 'lit';

export const programCareersStyles = css`
  .programs {
    margin: 0 0 0.5em;
  }
  .careers {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .careers > li {
    padding: 0.5em 0;
    border-block-start: 1px solid var(--_border);
  }
  .careers > li:last-child {
    border-block-end: 1px solid var(--_border);
  }
  .title {
    font-weight: 600;
  }
  /* A button that reads like a link, with a comfortable target. */
  button.select {
    min-height: 24px;
    padding: 0.1em 0;
    border: 0;
    border-radius: 0;
    color: var(--_accent);
    font-weight: inherit;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .note {
    margin: 0.5em 0 0;
  }
`;
