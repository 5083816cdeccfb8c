import type { Meta } from '@storybook/web-components-vite';
import { CODES, controls, states, widget, type Story } from './helpers.ts';

const meta: Meta = {
  title: 'Elements/occupation-ratings',
  component: 'occupation-ratings',
  render: (args) => widget('occupation-ratings', args),
  args: { code: CODES.medicalAssistants, kind: 'knowledge' },
  argTypes: {
    ...controls,
    kind: { control: 'inline-radio', options: ['knowledge', 'skills', 'abilities', 'work-activities'] },
  },
};
export default meta;

/** Medical Assistants' knowledge, most important first, with "Show all". */
export const Default: Story = {};
export const Skills: Story = { args: { kind: 'skills', code: CODES.teachers } };
export const Abilities: Story = { args: { kind: 'abilities', limit: 5 } };
/** O*NET has not rated Medical Records Specialists yet. */
export const NotRatedYet: Story = { args: { code: CODES.recordsSpecialists } };
export const UnknownKind: Story = { args: { kind: 'hobbies' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const Spanish: Story = { args: { lang: 'es' } };
export const InvalidCode: Story = states.invalidCode;
export const NotFound: Story = states.notFound;
export const DeadEndpoint: Story = states.deadEndpoint;
export const Loading: Story = states.loading;
export const Narrow320: Story = states.narrow;
