import { css } from 'lit';

export const areaPickerStyles = css`
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) var(--_space);
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0;
    margin-block-end: calc(var(--_space) / 2);
  }
  .field {
    display: grid;
    gap: 0.25em;
    flex: 1 1 14rem;
    min-width: 0;
  }
  label {
    font-size: 0.9em;
  }
  select {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.4em 0.5em;
    /* A long area name must not widen the field past a phone's screen. */
    width: 100%;
    min-height: 2.75em;
  }
  select:focus-visible {
    outline: var(--_focus);
    outline-offset: 1px;
  }
  .note {
    flex-basis: 100%;
    margin: 0;
  }
`;
