import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true },
  // The widgets' default endpoint is /data/: serve the built endpoint (`npm run data`) there.
  staticDirs: [{ from: '../public/data', to: '/data' }],
  // Storybook already drops vite.config.ts's `build` (the library build) and sets its own root;
  // what is left to undo is the demo's publicDir (it would copy public/ a second time, beside
  // staticDirs) and its fixed dev-server port.
  viteFinal: (config) => {
    config.publicDir = false;
    // @storybook/web-components imports lit/directive-helpers.js, which Storybook does not
    // pre-bundle: served raw in dev it brings a second lit-html ("Multiple versions of Lit").
    const include = [...(config.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'];
    config.optimizeDeps = { ...config.optimizeDeps, include };
    if (config.server) {
      delete config.server.port;
      delete config.server.strictPort;
    }
    return config;
  },
};

export default config;
