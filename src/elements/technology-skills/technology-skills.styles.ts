import { css } from 'lit';

export const technologyStyles = css`
  .categories {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .category {
    display: block;
    font-weight: 600;
  }
  .examples {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em 0.5em;
    list-style: none;
    margin: 0.25em 0 0;
    padding: 0;
  }
  .examples > li {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.1em 0.5em;
  }
  .hot {
    display: inline-block;
    margin-inline-start: 0.25em;
    padding: 0 0.4em;
    border-radius: var(--_radius);
    font-size: 0.8em;
    font-weight: 600;
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .hot::before {
    /* Decorative: the word says it; the empty alternative keeps screen readers from reading "star". */
    content: '★' / '';
    margin-inline-end: 0.25em;
  }
  @media (forced-colors: active) {
    .hot {
      border: 1px solid CanvasText;
    }
  }
`;
