import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { CODES, controls, states, widget, type Story } from './helpers.ts';

const meta: Meta = {
  title: 'Elements/occupation-search',
  component: 'occupation-search',
  render: (args) => widget('occupation-search', args),
  argTypes: { ...controls, kind: { control: 'inline-radio', options: ['occupations', 'programs'] } },
};
export default meta;

/** Type "coder", "RN" or "medical billing"; choosing fires occupation-select (see Actions). The index loads on first focus. */
export const Default: Story = {};
/** Programs by title ("welding", "medical office"), for a web editor looking up a CIP code. */
export const Programs: Story = { args: { kind: 'programs' } };
/** Goes to the host site's career page for the chosen occupation. */
export const Linked: Story = { args: { 'href-template': '/careers/{code}' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const Spanish: Story = { args: { lang: 'es' } };
/** The error appears on first focus. */
export const DeadEndpoint: Story = states.deadEndpoint;

/** `for=` sets the profile's code: a search box that drives a profile. */
export const DrivesAProfile: Story = {
  render: () => html`<occupation-search for="story-profile"></occupation-search>
    <occupation-profile id="story-profile" code=${CODES.recordsSpecialists} variant="card" location="CA"></occupation-profile>`,
};
