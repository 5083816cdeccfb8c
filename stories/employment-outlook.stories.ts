import type { Meta } from '@storybook/web-components-vite';
import { CODES, controls, states, widget, type Story } from './helpers.ts';

const meta: Meta = {
  title: 'Elements/employment-outlook',
  component: 'employment-outlook',
  render: (args) => widget('employment-outlook', args),
  args: { code: CODES.recordsSpecialists },
  argTypes: controls,
};
export default meta;

/** Medical Records Specialists, the nation's projections. */
export const Default: Story = {};
export const California: Story = { args: { location: 'CA' } };
export const BrightOutlookTexas: Story = { args: { code: CODES.medicalAssistants, location: 'TX' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const Spanish: Story = { args: { lang: 'es' } };
export const InvalidCode: Story = states.invalidCode;
export const NotFound: Story = states.notFound;
export const DeadEndpoint: Story = states.deadEndpoint;
export const Loading: Story = states.loading;
export const Narrow320: Story = states.narrow;
