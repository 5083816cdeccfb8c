import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Clean on first load: this is a component library's reference, not a new Storybook to set up.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  // The widgets' default endpoint is /data/: serve the built endpoint (`npm run data`) there.
  staticDirs: [{ from: '../public/data', to: '/data' }],
  // Storybook already drops vite.config.ts's `build` (the library build) and sets its own root;
  // what is left to undo is the demo's publicDir (it would copy public/ a second time, beside
  // staticDirs) and its fixed dev-server port.
  viteFinal: (config) => {
    config.publicDir = false;
    // Storybook's own preview runtime (~1.1 MB), docs renderer (React and MDX, ~1 MB) and the
    // a11y addon's axe (~0.7 MB) exceed Vite's 500 kB warning; they are the designer's tools,
    // loaded once, never shipped to a page (the library's budgets are `npm run size`).
    config.build = { ...config.build, chunkSizeWarningLimit: 1200 };
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
