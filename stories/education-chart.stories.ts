import type { Meta } from '@storybook/web-components-vite';
import { CODES, controls, states, widget, type Story } from './helpers.ts';

const meta: Meta = {
  title: 'Elements/education-chart',
  component: 'education-chart',
  render: (args) => widget('education-chart', args),
  args: { code: CODES.medicalAssistants },
  argTypes: controls,
};
export default meta;

/** Medical Assistants: O*NET's education levels as a chart, with the table in a disclosure. */
export const Default: Story = {};
/** Medical Records Specialists have no education ratings in this O*NET release. */
export const NoRatings: Story = { args: { code: CODES.recordsSpecialists } };
export const Teachers: Story = { args: { code: CODES.teachers } };
export const Dark: Story = { args: { theme: 'dark' } };
export const Spanish: Story = { args: { lang: 'es' } };
export const InvalidCode: Story = states.invalidCode;
export const NotFound: Story = states.notFound;
export const DeadEndpoint: Story = states.deadEndpoint;
export const Loading: Story = states.loading;
export const Narrow320: Story = states.narrow;
