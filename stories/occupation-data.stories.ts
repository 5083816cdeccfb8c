import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CODES, DEAD_ENDPOINT, controls, type Story } from './helpers.ts';

/**
 * One `<occupation-data>` sets endpoint, location and language for every widget inside it (it is
 * `display: contents`: the grid around it spaces the widgets).
 */
const meta: Meta = {
  title: 'Elements/occupation-data',
  component: 'occupation-data',
  args: { location: 'TX' },
  argTypes: controls,
  render: (args) => html`<div style="display: grid; gap: 2rem"><occupation-data location=${ifDefined(args.location)} endpoint=${ifDefined(args.endpoint)}
    lang=${ifDefined(args.lang)}>
    <wage-table code=${CODES.medicalAssistants} heading-level="3"></wage-table>
    <employment-outlook code=${CODES.medicalAssistants} heading-level="3"></employment-outlook>
  </occupation-data></div>`,
};
export default meta;

export const SharedLocation: Story = {};
export const SharedLanguage: Story = { args: { lang: 'es' } };
export const SharedDeadEndpoint: Story = { args: { endpoint: DEAD_ENDPOINT } };
