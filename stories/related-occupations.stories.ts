import type { Meta } from '@storybook/web-components-vite';
import { CODES, controls, states, widget, type Story } from './helpers.ts';

const meta: Meta = {
  title: 'Elements/related-occupations',
  component: 'related-occupations',
  render: (args) => widget('related-occupations', args),
  args: { code: CODES.recordsSpecialists },
  argTypes: controls,
};
export default meta;

/** Related careers; choosing one fires occupation-select (see Actions). */
export const Default: Story = {};
/** Links to the host site's own career pages instead of an occupation-select event. */
export const Linked: Story = { args: { 'href-template': '/careers/{code}' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const Spanish: Story = { args: { lang: 'es' } };
export const InvalidCode: Story = states.invalidCode;
export const NotFound: Story = states.notFound;
export const DeadEndpoint: Story = states.deadEndpoint;
export const Loading: Story = states.loading;
export const Narrow320: Story = states.narrow;
/** Each with its median wage in the location and the nation's projected change (two documents for the whole list). */
export const WagesAndOutlook: Story = { args: { location: 'CA', show: 'wage,outlook' } };
