import type { Meta } from '@storybook/web-components-vite';
import { controls, states, widget, type Story } from './helpers.ts';
import { LIVE_CODE, liveWidget, narrowLiveWidget } from './live-sample.ts';

/**
 * Live endpoints only (the proxy in tools/proxy). The stories read a sample live endpoint made in
 * the browser from the proxy tests' fake CareerOneStop answers (stories/live-sample.ts).
 */
const meta: Meta = {
  title: 'Elements/occupation-licenses',
  component: 'occupation-licenses',
  render: (args) => liveWidget('occupation-licenses', args),
  args: { code: LIVE_CODE, location: 'MN' },
  argTypes: controls,
};
export default meta;

/** Licenses in the location's state from CareerOneStop's License Finder. */
export const Default: Story = {};
export const Dark: Story = { args: { theme: 'dark' } };
export const Spanish: Story = { args: { lang: 'es' } };
/** On the static endpoint (no live source) the element renders nothing, and fires no error. */
export const StaticEndpoint: Story = { render: (args) => widget('occupation-licenses', args) };
export const InvalidCode: Story = states.invalidCode;
export const Loading: Story = states.loading;
export const Narrow320: Story = { render: (args) => narrowLiveWidget('occupation-licenses', args) };
/** A state where CareerOneStop lists no license for the occupation: said, not hidden. */
export const NoneListed: Story = { args: { location: 'CA' } };
/** A ZIP code: the state it lies in, as the live source resolves it. */
export const ZipCode: Story = { args: { location: '94110' } };
