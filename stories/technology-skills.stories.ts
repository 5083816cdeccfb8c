import type { Meta } from '@storybook/web-components-vite';
import { CODES, controls, states, widget, type Story } from './helpers.ts';

const meta: Meta = {
  title: 'Elements/technology-skills',
  component: 'technology-skills',
  render: (args) => widget('technology-skills', args),
  args: { code: CODES.recordsSpecialists },
  argTypes: controls,
};
export default meta;

/** The first 8 kinds of software used, hot technologies marked, with "Show all". */
export const Default: Story = {};
export const AllTechnology: Story = { args: { limit: 0 } };
export const Dark: Story = { args: { theme: 'dark' } };
export const Spanish: Story = { args: { lang: 'es' } };
export const InvalidCode: Story = states.invalidCode;
export const NotFound: Story = states.notFound;
export const DeadEndpoint: Story = states.deadEndpoint;
export const Loading: Story = states.loading;
export const Narrow320: Story = states.narrow;
