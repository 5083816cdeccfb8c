import type { Meta } from '@storybook/web-components-vite';
import { CODES, controls, states, widget, type Story } from './helpers.ts';

const meta: Meta = {
  title: 'Elements/wage-table',
  component: 'wage-table',
  render: (args) => widget('wage-table', args),
  args: { code: CODES.recordsSpecialists, location: 'CA' },
  argTypes: { ...controls, rate: { control: 'inline-radio', options: ['annual', 'hourly'] } },
};
export default meta;

/** California beside the nation. */
export const StateAndNation: Story = {};
export const Hourly: Story = { args: { rate: 'hourly' } };
export const Texas: Story = { args: { code: CODES.medicalAssistants, location: 'TX' } };
export const NationOnly: Story = { args: { location: 'US' } };
/** BLS publishes annual wages only for teachers: no hourly switch, and a note. */
export const AnnualOnly: Story = { args: { code: CODES.teachers } };
/** Wages of the broader SOC 31-1120, named under the table. */
export const Aggregate: Story = { args: { code: CODES.homeHealthAides, location: 'TX' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const Spanish: Story = { args: { lang: 'es' } };
export const InvalidCode: Story = states.invalidCode;
export const NotFound: Story = states.notFound;
export const DeadEndpoint: Story = states.deadEndpoint;
export const Loading: Story = states.loading;
export const Narrow320: Story = states.narrow;
