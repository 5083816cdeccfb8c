import { css } from 'lit';

export const profileStyles = css`
  :host {
    container-type: inline-size;
  }
  /* The card's border is its one frame: in dark mode the host paints the surface without padding. */
  :host([variant='card']) {
    --_surface-padding: 0;
  }
  /* The sections sit on the profile's own surface: no second background or padding. */
  section > *,
  footer > *,
  .card occupation-attribution {
    --ow-surface-padding: 0;
    --ow-color-surface-dark: transparent;
  }
  /* minmax(0, 1fr): the column never grows to a nested table's widest cell (a long area name). */
  article {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 1.5);
  }
  header {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  header p {
    margin: 0;
  }
  header h1, header h2, header h3, header h4, header h5, header h6 {
    font-size: 1.6em;
    margin: 0;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  .code {
    font-size: 0.6em;
    font-weight: 400;
    white-space: nowrap;
  }
  .badge {
    display: inline-block;
    padding: 0.1em 0.6em;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: 0.85em;
    font-weight: 600;
  }
  section {
    padding-block-start: var(--_space);
    border-top: 1px solid var(--_border);
  }
  /* A live section whose source has nothing for this occupation (no video, no certification). */
  section:has(> [absent]) {
    display: none;
  }
  section p {
    margin: 0;
  }
  ul.inline {
    padding: 0;
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em 0;
  }
  ul.inline li:not(:last-child)::after {
    content: ',';
    margin-inline-end: 0.4em;
  }
  .note {
    font-size: 0.9em;
  }
  footer {
    padding-block-start: var(--_space);
    border-top: 1px solid var(--_border);
  }
  /* The way back to the occupation the reader came from. */
  .trail {
    margin-block-end: var(--_space);
  }
  .back {
    border-color: var(--_border);
    color: var(--_accent);
    text-align: start;
  }
  /* The card: a compact summary for a program page's sidebar. */
  .card {
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .card p {
    margin: 0;
  }
  .card h1, .card h2, .card h3, .card h4, .card h5, .card h6 {
    font-size: 1.25em;
    margin: 0;
  }
  dl {
    display: grid;
    gap: 0.5em;
    margin: 0;
  }
  dt {
    font-size: 0.85em;
    color: var(--_muted);
  }
  dd {
    margin: 0;
    font-weight: 600;
  }
  /* A local area's median beside its state's and the nation's. */
  .places {
    list-style: none;
    margin: 0;
    padding: 0;
    font-weight: 400;
  }
  .places .chosen {
    font-weight: 600;
  }
  .change {
    display: block;
    font-weight: 400;
  }
  a[part='more'] {
    font-weight: 600;
  }
  @container (min-width: 40rem) {
    .card dl {
      grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
    }
  }
`;
