import { css } from 'lit';

// The dark surface's declarations: for `theme="dark"`, and wherever the widget's :state(dark) is
// set (src/runtime/color-scheme.ts: the page supports dark and the reader prefers it, or theme="auto").
const dark = css`
  --_text: var(--ow-color-text-dark, #eef1f5);
  --_surface: var(--ow-color-surface-dark, #15181d);
  --_accent: var(--ow-color-accent-dark, #8ec5ff);
  --_on-accent: var(--ow-color-on-accent-dark, #15181d);
  --_error: var(--ow-color-error-dark, #ffb4ab);
  --_canvas: var(--_surface);
  padding: var(--ow-surface-padding, var(--_surface-padding, var(--_space)));
  color-scheme: dark;
`;

/**
 * The design tokens every element shares. By default a widget takes the host page's font and
 * text colour and draws its lines from `currentColor`, so it fits any light page unstyled; in
 * dark mode (where the page supports dark and the reader prefers it, `theme="auto"` with a
 * reader who prefers dark, or `theme="dark"`) it paints its own dark surface.
 *
 * Dark mode reads the same names with `-dark` appended (`--ow-color-accent-dark`, ...).
 *
 * @cssprop --ow-color-text - Text colour (default: inherited from the page).
 * @cssprop --ow-color-surface - Background of the widget (default: transparent).
 * @cssprop --ow-color-accent - Links, bars and highlights.
 * @cssprop --ow-color-on-accent - Text on an accent background.
 * @cssprop --ow-color-muted - Secondary text.
 * @cssprop --ow-color-border - Table rules and dividers.
 * @cssprop --ow-color-highlight - Background of highlighted cells (the chosen location).
 * @cssprop --ow-color-error - Error messages.
 * @cssprop --ow-focus-ring - Outline of the focused control.
 * @cssprop --ow-radius - Corner radius.
 * @cssprop --ow-space - Base spacing unit.
 * @cssprop --ow-surface-padding - Padding around a widget that paints its own (dark) surface.
 * @cssprop --ow-font-family - Font (default: inherited from the page).
 * @cssprop --ow-color-text-dark - Text colour in dark mode (default: #eef1f5).
 * @cssprop --ow-color-surface-dark - Background in dark mode (default: #15181d).
 * @cssprop --ow-color-accent-dark - Links, bars and highlights in dark mode (default: #8ec5ff).
 * @cssprop --ow-color-on-accent-dark - Text on an accent background in dark mode (default: #15181d).
 * @cssprop --ow-color-error-dark - Error messages in dark mode (default: #ffb4ab).
 */
export const theme = css`
  :host {
    --_text: var(--ow-color-text, inherit);
    --_surface: var(--ow-color-surface, transparent);
    /* What a dialog is painted with: it floats above the page, so it cannot be transparent. */
    --_canvas: var(--ow-color-surface, Canvas);
    --_accent: var(--ow-color-accent, #0b5cad);
    --_muted: var(--ow-color-muted, color-mix(in srgb, currentColor 72%, transparent));
    --_border: var(--ow-color-border, color-mix(in srgb, currentColor 22%, transparent));
    --_highlight: var(--ow-color-highlight, color-mix(in srgb, var(--_accent) 10%, transparent));
    --_error: var(--ow-color-error, #b3261e);
    --_on-accent: var(--ow-color-on-accent, #fff);
    --_focus: var(--ow-focus-ring, 2px solid var(--_accent));
    --_radius: var(--ow-radius, 6px);
    --_space: var(--ow-space, 1rem);
    display: block;
    box-sizing: border-box;
    max-width: 100%;
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--ow-font-family, inherit);
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  /* The block that carries the widget's language (lang="..."): no box of its own. */
  .lang {
    display: contents;
  }
  /* Dark tokens have their own names, so a light page's colours never land on a dark surface. */
  :host([theme='dark']),
  :host(:state(dark)) {
    ${dark}
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  /* Forced light on a page that shows dark: its own light surface, or the page's light text would stay. */
  :host(:state(light-on-dark)) {
    --_text: var(--ow-color-text, #1b1f24);
    --_surface: var(--ow-color-surface, #fff);
    --_canvas: var(--_surface);
    padding: var(--ow-surface-padding, var(--_surface-padding, var(--_space)));
    color-scheme: light;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--_accent);
  }
  /*
   * Data strings sit in these inline elements: each is isolated, so a right-to-left override in
   * the data (U+202E) never reorders the widget's own text beside it ("00.2702-92").
   */
  a, span, strong, em, bdi, button, code, abbr {
    unicode-bidi: isolate;
  }
  :focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  h1, h2, h3, h4, h5, h6 {
    margin: 0 0 calc(var(--_space) / 2);
    line-height: 1.25;
  }
  .muted {
    color: var(--_muted);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  button {
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: 0.25em 0.9em;
    min-height: 44px;
    cursor: pointer;
  }
  /* A table wider than its box scrolls inside it; the box is a focusable region, so keyboard users can scroll it. */
  .scroll {
    overflow-x: auto;
  }
  /* A wide column does not stretch a table: its figures stay near their labels. */
  table {
    border-collapse: collapse;
    width: 100%;
    max-width: 42rem;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: calc(var(--_space) / 2);
  }
  th,
  td {
    padding: 0.4em 0.6em;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    /* Words and figures in cells never break mid-way; a narrow table scrolls instead. */
    overflow-wrap: normal;
  }
  td.num,
  th.num {
    text-align: end;
    white-space: nowrap;
  }
  @media (max-width: 30rem) {
    th,
    td {
      padding: 0.4em 0.35em;
    }
  }
  ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;

/**
 * The shared loading, error, not-found and invalid-attribute blocks.
 *
 * @cssprop --ow-skeleton-height - Minimum height of the loading placeholder (default: 8rem).
 */
export const stateStyles = css`
  /* Loaded with nothing to show (DataController's absentWhenEmpty): no box at all. */
  :host([absent]) {
    display: none;
  }
  .state {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .state[data-state='error'],
  .state[data-state='invalid'] {
    border-color: var(--_error);
  }
  .state p {
    margin: 0 0 calc(var(--_space) / 2);
  }
  .state p:last-child {
    margin-bottom: 0;
  }
  .skeleton {
    display: grid;
    gap: 0.6em;
    min-height: var(--ow-skeleton-height, 8rem);
  }
  .skeleton span {
    display: block;
    height: 1em;
    border-radius: var(--_radius);
    background: color-mix(in srgb, currentColor 12%, transparent);
    animation: pulse 1.4s ease-in-out infinite;
  }
  .skeleton span:nth-child(3n + 1) {
    width: 60%;
  }
  @keyframes pulse {
    50% {
      opacity: 0.45;
    }
  }
`;
