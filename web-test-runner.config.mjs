import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';

// Debian's Chromium (installed by .ci/run); npm packages may not download a browser here.
const args = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

export default {
  files: ['test/browser/**/*.test.ts'],
  // Tests fetch the real built endpoint from this server at /public/data/.
  rootDir: '.',
  // /endpoints/NAME/... serves the built endpoint under another name: a fresh page cache per test.
  // /state-projections/NAME/... the endpoint built with state projections (tools/ensure-data.mjs).
  middleware: [
    (ctx, next) => {
      const match = /^\/(endpoints|state-projections)\/[^/]+\/(.*)$/.exec(ctx.url);
      if (match) ctx.url = `/public/${match[1] === 'endpoints' ? 'data' : 'data-state-projections'}/${match[2]}`;
      return next();
    },
  ],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args,
      },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  // One page at a time: a second, hidden page never gets requestAnimationFrame, so its fixtures hang.
  concurrency: 1,
};
