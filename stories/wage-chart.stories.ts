import type { Meta } from '@storybook/web-components-vite';
import { CODES, controls, states, widget, type Story } from './helpers.ts';

const meta: Meta = {
  title: 'Elements/wage-chart',
  component: 'wage-chart',
  render: (args) => widget('wage-chart', args),
  args: { code: CODES.recordsSpecialists, location: 'CA' },
  argTypes: { ...controls, rate: { control: 'inline-radio', options: ['annual', 'hourly'] } },
};
export default meta;

/** Medical Records Specialists in California beside the nation: BLS May 2025 percentiles. */
export const Default: Story = {};
export const Hourly: Story = { args: { rate: 'hourly' } };
/** The nation alone. */
export const Nation: Story = { args: { location: 'US' } };
/** Elementary School Teachers: BLS publishes annual wages only. */
export const Teachers: Story = { args: { code: CODES.teachers } };
export const Dark: Story = { args: { theme: 'dark' } };
export const Spanish: Story = { args: { lang: 'es' } };
export const InvalidCode: Story = states.invalidCode;
export const NotFound: Story = states.notFound;
export const DeadEndpoint: Story = states.deadEndpoint;
