import type { Meta } from '@storybook/web-components-vite';
import { controls, states, widget, type Story } from './helpers.ts';
import { LIVE_CODE, liveWidget, narrowLiveWidget } from './live-sample.ts';

/**
 * Live endpoints only (the proxy in tools/proxy). The stories read a sample live endpoint made in
 * the browser from the proxy tests' fake CareerOneStop answers (stories/live-sample.ts).
 */
const meta: Meta = {
  title: 'Elements/occupation-certifications',
  component: 'occupation-certifications',
  render: (args) => liveWidget('occupation-certifications', args),
  args: { code: LIVE_CODE },
  argTypes: controls,
};
export default meta;

/** Certifications from CareerOneStop's Certification Finder: name, organization, link (https only). */
export const Default: Story = {};
export const Dark: Story = { args: { theme: 'dark' } };
export const Spanish: Story = { args: { lang: 'es' } };
/** On the static endpoint (no live source) the element renders nothing, and fires no error. */
export const StaticEndpoint: Story = { render: (args) => widget('occupation-certifications', args) };
export const InvalidCode: Story = states.invalidCode;
export const Loading: Story = states.loading;
export const Narrow320: Story = { render: (args) => narrowLiveWidget('occupation-certifications', args) };
