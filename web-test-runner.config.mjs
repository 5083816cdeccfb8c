import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { readFile } from 'node:fs/promises';

// NCES's crosswalk as published (the endpoint's programs/{cip}.json are built from it): served to
// the tests so <program-careers> is checked against the source, not against the build's output.
const CIP_CROSSWALK = new URL('../shared/data/cip/CIP2020_SOC2018_Crosswalk.csv', import.meta.url);

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
  middleware: [
    async (ctx, next) => {
      if (ctx.url !== '/official/cip-crosswalk.csv') return next();
      ctx.type = 'text/csv';
      ctx.body = await readFile(CIP_CROSSWALK);
    },
    (ctx, next) => {
      const match = /^\/endpoints\/[^/]+\/(.*)$/.exec(ctx.url);
      if (match) ctx.url = `/public/data/${match[1]}`;
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
