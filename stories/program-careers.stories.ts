import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { controls, DEAD_ENDPOINT, widget, type Story } from './helpers.ts';

const meta: Meta = {
  title: 'Elements/program-careers',
  component: 'program-careers',
  render: (args) => widget('program-careers', args),
  // A college's Medical Office Administration program maps to two CIP codes.
  args: { cip: '51.0716 51.0710', location: 'CA' },
  argTypes: controls,
};
export default meta;

/** The careers the program leads to, with California wages; choosing one fires occupation-select (see Actions). */
export const Default: Story = {};
/** Welding Technology/Welder. */
export const Welding: Story = { args: { cip: '48.0508', location: 'TX' } };
/** Links to the host site's own career pages. */
export const Linked: Story = { args: { 'href-template': '/careers/{code}' } };
/** Taxidermy: the crosswalk maps no occupation. */
export const NoMatch: Story = { args: { cip: '01.0508' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const Spanish: Story = { args: { lang: 'es' } };
export const InvalidCip: Story = { args: { cip: '51-0716' } };
export const DeadEndpoint: Story = { args: { endpoint: DEAD_ENDPOINT } };

/** A program search that sets the list's `cip`, as a web editor would use it. */
export const WithProgramSearch: Story = {
  render: () => html`<occupation-search kind="programs" for="story-careers"></occupation-search>
    <program-careers id="story-careers" cip="51.0716" location="CA"></program-careers>`,
};
