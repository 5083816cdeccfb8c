import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CODES, DEAD_ENDPOINT, controls, type Story } from './helpers.ts';

/**
 * A board's region chooser: a state, then a metropolitan or nonmetropolitan area in it. Here it
 * drives a wage table and an outlook by id (`for="wages outlook"`); inside an `<occupation-data>`
 * without `for`, it sets that instead.
 */
const meta: Meta = {
  title: 'Elements/area-picker',
  component: 'area-picker',
  args: { location: 'CA' },
  argTypes: { ...controls, location: { control: 'select', options: ['US', 'CA', 'TX', '0600003', '4800001', '7200006'] } },
  render: (args) => html`<div style="display: grid; gap: 2rem">
    <area-picker for="wages outlook" location=${ifDefined(args.location)} endpoint=${ifDefined(args.endpoint)}
      lang=${ifDefined(args.lang)} theme=${ifDefined(args.theme)}></area-picker>
    <wage-table id="wages" code=${CODES.recordsSpecialists} heading-level="3" endpoint=${ifDefined(args.endpoint)}
      lang=${ifDefined(args.lang)} theme=${ifDefined(args.theme)}></wage-table>
    <employment-outlook id="outlook" code=${CODES.recordsSpecialists} heading-level="3" endpoint=${ifDefined(args.endpoint)}
      lang=${ifDefined(args.lang)} theme=${ifDefined(args.theme)}></employment-outlook>
  </div>`,
};
export default meta;

/** A state: its areas are offered, "All of California" chosen. */
export const State: Story = {};
/** A nonmetropolitan area: the wage table shows it beside California and the nation. */
export const NonmetropolitanArea: Story = { args: { location: '0600003' } };
/**
 * Puerto Rico's nonmetropolitan area: the territory is listed under "State or territory", with no
 * "All of Puerto Rico" (the data has no figures for it as a whole); the area is beside the nation.
 */
export const Territory: Story = { args: { location: '7200006' } };
export const Nation: Story = { args: { location: 'US' } };
export const Spanish: Story = { args: { lang: 'es' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const DeadEndpoint: Story = { args: { endpoint: DEAD_ENDPOINT } };
