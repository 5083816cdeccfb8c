import type { Meta } from '@storybook/web-components-vite';
import { DEAD_ENDPOINT, controls, widget, type Story } from './helpers.ts';

const meta: Meta = {
  title: 'Elements/occupation-attribution',
  component: 'occupation-attribution',
  render: (args) => widget('occupation-attribution', args),
  argTypes: controls,
};
export default meta;

/** Every source of the endpoint, with its release. */
export const AllSources: Story = {};
/** Only the releases one occupation's document was built from, as the profile does. */
export const Chosen: Story = { args: { sources: 'onet,oews,projections' } };
/** One paragraph, under a card. */
export const Compact: Story = { args: { compact: true } };
export const Dark: Story = { args: { theme: 'dark' } };
export const Spanish: Story = { args: { lang: 'es' } };
export const DeadEndpoint: Story = { args: { endpoint: DEAD_ENDPOINT } };
