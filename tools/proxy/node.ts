/**
 * `npm run proxy`: the app on Node's HTTP server, configured from the environment. Starts without
 * credentials too (every document then answers 503 with a JSON error), so a misconfigured
 * deployment is visible in the widgets instead of failing to boot.
 */
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createApp } from './app.ts';
import { readConfig } from './config.ts';

const config = readConfig(process.env);
const app = createApp(config, { clientAddress: (c) => getConnInfo(c).remote.address });

const missing = [
  !config.careerOneStop && 'CAREERONESTOP_USER_ID/CAREERONESTOP_TOKEN',
  !config.onet && 'ONET_API_KEY',
].filter(Boolean);
if (missing.length) console.warn(`proxy: not set: ${missing.join(', ')} (those sources answer 503)`);
if (!config.allowedOrigins.length) console.warn('proxy: PROXY_ALLOWED_ORIGINS is empty: browsers on other origins are refused');

const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  console.log(`proxy: listening on http://${config.host}:${info.port}/`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
