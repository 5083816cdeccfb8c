import { css } from 'lit';

export const relatedStyles = css`
  /*
   * Own bullets: a native marker, or a baseline-aligned one, sits on the last line of a wrapped
   * button (a button's baseline is its last line's). At the top instead, moved down by the
   * link's padding, it sits on the first line.
   */
  .items {
    list-style: none;
    padding-inline-start: 0.5em;
  }
  .items > li {
    display: flex;
    align-items: start;
    gap: 0.6em;
  }
  .items > li + li {
    margin-block-start: 0.15em;
  }
  .items > li::before {
    content: '•' / '';
    flex: none;
    padding-block-start: 0.1em;
  }
  /* A button that reads like a link in a list of careers, with a comfortable target. */
  button.select {
    min-height: 24px;
    padding: 0.1em 0;
    border: 0;
    border-radius: 0;
    color: var(--_accent);
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  button.select:hover,
  a:hover {
    text-decoration-thickness: 2px;
  }
  a {
    padding: 0.1em 0;
  }
  .entry {
    min-width: 0;
  }
`;
