import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { faults } from './test/browser/server/faults.mjs';
import { readFile } from 'node:fs/promises';
import { tsImport } from 'tsx/esm/api';

// NCES's crosswalk as published (the endpoint's programs/{cip}.json are built from it): served to
// the tests so <program-careers> is checked against the source, not against the build's output.
const CIP_CROSSWALK = new URL('../shared/data/cip/CIP2020_SOC2018_Crosswalk.csv', import.meta.url);
// BLS's nonmetropolitan area table (the endpoint's local areas are built from it): served so the
// picker's every area and Puerto Rico's wages are checked against the source.
const NONMETRO = new URL('../shared/data/oews/nonmetro_M2025_dl.csv', import.meta.url);

// Debian's Chromium (installed by .ci/run); npm packages may not download a browser here.
const args = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

// A widget's own warning for a fault it shows the reader ("<wage-table> not-found: ..."): tests
// provoke these on purpose, hundreds of them; other logs (and every failure) still print.
const expectedWarning = /^<[a-z]+(-[a-z]+)+> [a-z-]+: /;

// The proxy over the fake upstream (test/browser/server/live.ts), for the live endpoint's tests.
let live;
const liveEndpoint = {
  name: 'live-endpoint',
  async serverStart() {
    const { startLiveEndpoint } = await tsImport('./test/browser/server/live.ts', import.meta.url);
    live = await startLiveEndpoint();
  },
  async serverStop() {
    await live?.close();
  },
};

export default {
  filterBrowserLogs: ({ type, args }) => !(type === 'warn' && typeof args[0] === 'string' && expectedWarning.test(args[0])),
  files: ['test/browser/**/*.test.ts'],
  // Tests fetch the real built endpoint from this server at /public/data/.
  rootDir: '.',
  // /endpoints/NAME/... serves the built endpoint under another name: a fresh page cache per test.
  // /faults/ID/... answers with the faults a test registered (test/browser/server/faults.mjs).
  // /state-projections/NAME/... the endpoint built with state projections (tools/ensure-data.mjs).
  // /live/endpoint answers the running proxy's URL.
  middleware: [
    faults,
    (ctx, next) => {
      if (ctx.url !== '/live/endpoint') return next();
      ctx.body = { url: live.url };
    },
    // /live-endpoints/NAME/... forwards to the proxy: a fresh page cache per test, as /endpoints/ gives.
    async (ctx, next) => {
      const match = /^\/live-endpoints\/[^/]+\/(.*)$/.exec(ctx.url);
      if (!match) return next();
      const answer = await fetch(live.url + match[1]);
      ctx.status = answer.status;
      ctx.type = answer.headers.get('content-type') ?? 'application/json';
      ctx.body = await answer.text();
    },
    async (ctx, next) => {
      const file = { '/official/cip-crosswalk.csv': CIP_CROSSWALK, '/official/nonmetro.csv': NONMETRO }[ctx.url];
      if (!file) return next();
      ctx.type = 'text/csv';
      ctx.body = await readFile(file);
    },
    (ctx, next) => {
      const match = /^\/(endpoints|state-projections)\/[^/]+\/(.*)$/.exec(ctx.url);
      if (match) ctx.url = `/public/${match[1] === 'endpoints' ? 'data' : 'data-state-projections'}/${match[2]}`;
      return next();
    },
  ],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [liveEndpoint, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
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
