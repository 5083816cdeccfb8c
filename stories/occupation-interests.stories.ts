import type { Meta } from '@storybook/web-components-vite';
import { CODES, controls, states, widget, type Story } from './helpers.ts';

const meta: Meta = {
  title: 'Elements/occupation-interests',
  component: 'occupation-interests',
  render: (args) => widget('occupation-interests', args),
  args: { code: CODES.medicalAssistants },
  argTypes: controls,
};
export default meta;

/** Medical Assistants' RIASEC interests, best fit first. */
export const Default: Story = {};
export const Teachers: Story = { args: { code: CODES.teachers } };
export const Dark: Story = { args: { theme: 'dark' } };
export const Spanish: Story = { args: { lang: 'es' } };
export const InvalidCode: Story = states.invalidCode;
export const NotFound: Story = states.notFound;
export const DeadEndpoint: Story = states.deadEndpoint;
export const Loading: Story = states.loading;
export const Narrow320: Story = states.narrow;
