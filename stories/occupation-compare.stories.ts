import type { Meta } from '@storybook/web-components-vite';
import { CODES, controls, DEAD_ENDPOINT, widget, type Story } from './helpers.ts';

const meta: Meta = {
  title: 'Elements/occupation-compare',
  component: 'occupation-compare',
  render: (args) => widget('occupation-compare', args),
  args: { codes: `${CODES.recordsSpecialists},${CODES.medicalAssistants}`, location: 'CA' },
  argTypes: controls,
};
export default meta;

/** Medical Records Specialists beside Medical Assistants in California. */
export const Default: Story = {};
/** Four occupations: the most it compares (the add field is disabled). */
export const Four: Story = {
  args: { codes: `${CODES.recordsSpecialists},${CODES.medicalAssistants},${CODES.teachers},${CODES.homeHealthAides}` },
};
/** The nation's wages. */
export const Nation: Story = { args: { location: 'US' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const Spanish: Story = { args: { lang: 'es' } };
/** A code the endpoint does not have stays as a note with its remove button. */
export const NotFound: Story = { args: { codes: `${CODES.recordsSpecialists},${CODES.notFound}` } };
/** More than four codes. */
export const InvalidCodes: Story = {
  args: { codes: `${CODES.recordsSpecialists},${CODES.medicalAssistants},${CODES.teachers},${CODES.homeHealthAides},29-1141.00` },
};
export const DeadEndpoint: Story = { args: { endpoint: DEAD_ENDPOINT } };
