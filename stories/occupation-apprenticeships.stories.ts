import type { Meta } from '@storybook/web-components-vite';
import { controls, states, widget, type Story } from './helpers.ts';
import { liveWidget, narrowLiveWidget } from './live-sample.ts';

/**
 * Live endpoints only (the proxy in tools/proxy). The stories read a sample live endpoint made in
 * the browser from the proxy tests' fake CareerOneStop answers (stories/live-sample.ts): sample
 * offices, not real ones.
 */
const meta: Meta = {
  title: 'Elements/occupation-apprenticeships',
  component: 'occupation-apprenticeships',
  render: (args) => liveWidget('occupation-apprenticeships', args),
  args: { location: 'CA' },
  argTypes: controls,
};
export default meta;

/** The offices that oversee apprenticeships in the location's state, by level, and CareerOneStop's finder. */
export const Default: Story = {};
export const Dark: Story = { args: { theme: 'dark' } };
export const Spanish: Story = { args: { lang: 'es' } };
/** A state office and a regional one, one contact with only an email. */
export const Minnesota: Story = { args: { location: 'MN' } };
/** A state where CareerOneStop lists no office: said, not hidden. */
export const NoneListed: Story = { args: { location: 'WY' } };
/** A city: its state's offices. */
export const City: Story = { args: { location: 'Saint Paul, MN' } };
/** On the static endpoint (no live source) the element renders nothing, and fires no error. */
export const StaticEndpoint: Story = { render: (args) => widget('occupation-apprenticeships', args) };
export const Loading: Story = states.loading;
export const Narrow320: Story = { render: (args) => narrowLiveWidget('occupation-apprenticeships', args) };
