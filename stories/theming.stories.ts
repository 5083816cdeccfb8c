import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { CODES, type Story } from './helpers.ts';

/**
 * The `--ow-*` tokens, set once on any element around the widgets (here a wrapper `<div>`),
 * restyle all of them: change them in Controls. Every token is listed, with its default, on each
 * element's Docs page (from custom-elements.json); `::part()` reaches the pieces named there.
 */
const meta: Meta = {
  title: 'Guides/Theming',
  args: {
    '--ow-color-accent': '#7a1f5c',
    '--ow-color-highlight': '#f6e7f0',
    '--ow-radius': '14px',
    '--ow-font-family': 'Georgia, "Times New Roman", serif',
    '--ow-space': '1.25rem',
    '--ow-color-border': '#d9c2cf',
  },
  argTypes: {
    '--ow-color-accent': { control: 'color' },
    '--ow-color-highlight': { control: 'color' },
    '--ow-color-border': { control: 'color' },
    '--ow-radius': { control: 'text' },
    '--ow-font-family': { control: 'text' },
    '--ow-space': { control: 'text' },
  },
  render: (args) => html`<div style=${styleMap(args as Record<string, string>)}>
    <div style="display: grid; gap: 2rem; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); align-items: start">
      <occupation-profile variant="card" code=${CODES.medicalAssistants} location="CA" heading-level="3"
        profile-href="/careers/{code}"></occupation-profile>
      <wage-table code=${CODES.medicalAssistants} location="CA" heading-level="3"></wage-table>
      <occupation-ratings code=${CODES.medicalAssistants} kind="skills" limit="4" heading-level="3"></occupation-ratings>
    </div>
  </div>`,
};
export default meta;

/** Accent, highlight, border, radius, font and spacing overridden on the wrapper. */
export const Tokens: Story = {};

/** The same widgets with no token set: the host page's font and text colour, the default accent. */
export const Defaults: Story = {
  args: Object.fromEntries(Object.keys(meta.args ?? {}).map((k) => [k, undefined])),
};

/**
 * A page (here a wrapper) that says it supports dark, `color-scheme: light dark`: for a reader who
 * prefers dark, the widgets are dark; on a page that does not say so they stay light. `theme`
 * forces one scheme, `theme="auto"` follows the reader whatever the page says.
 */
export const PageSupportsDark: Story = {
  args: Defaults.args,
  decorators: [(story) => html`<div style="color-scheme: light dark; background: Canvas; color: CanvasText; padding: 1rem">${story()}</div>`],
};
