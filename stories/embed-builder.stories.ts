import type { Meta } from '@storybook/web-components-vite';
import { mountEmbedBuilder } from '../demo/embed-builder.ts';
import type { Story } from './helpers.ts';

/**
 * The embed builder of the demo (`npm start`, then /embed.html): pick an occupation by title,
 * a location, the variant, the sections, the language, the heading level and the accent colour,
 * see the widget live, and copy a snippet (script tag plus element) for a page with no build
 * step. Set the script and endpoint URLs to where your site hosts `dist/cdn/` and the data.
 */
const meta: Meta = {
  title: 'Guides/Embed builder',
  parameters: { controls: { disable: true }, actions: { disable: true } },
  tags: ['!autodocs'],
};
export default meta;

export const EmbedBuilder: Story = {
  render: () => {
    const root = document.createElement('div');
    void mountEmbedBuilder(root, {
      script: new URL('/occupation-widgets/occupation-profile.js', location.href).href,
      endpoint: new URL('data/', document.baseURI).href,
    });
    return root;
  },
};
