import type { Meta } from '@storybook/web-components-vite';
import { CODES, controls, states, widget, type Story } from './helpers.ts';

const meta: Meta = {
  title: 'Elements/occupation-programs',
  component: 'occupation-programs',
  render: (args) => widget('occupation-programs', args),
  args: { code: CODES.recordsSpecialists },
  argTypes: controls,
};
export default meta;

/** Programs (CIP) that prepare for Medical Records Specialists. */
export const Default: Story = {};
/** Each program links to a college catalogue search. */
export const Linked: Story = { args: { 'program-href': 'https://catalog.example.edu/search?cip={cip}' } };
export const Teachers: Story = { args: { code: CODES.teachers } };
export const Dark: Story = { args: { theme: 'dark' } };
export const Spanish: Story = { args: { lang: 'es' } };
export const InvalidCode: Story = states.invalidCode;
export const NotFound: Story = states.notFound;
export const DeadEndpoint: Story = states.deadEndpoint;
export const Loading: Story = states.loading;
export const Narrow320: Story = states.narrow;
