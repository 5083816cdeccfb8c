/** The proxy on Node's HTTP server, as `npm run proxy` runs it, on a free port of 127.0.0.1. */
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../tools/proxy/app.ts';
import { readConfig, type Env } from '../../tools/proxy/config.ts';
import { ONET_KEY, TOKEN, USER_ID, type FakeUpstream } from './fake-upstream.ts';

export interface RunningProxy {
  url: string;
  logs: string[];
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

/** Credentials and base URLs pointing at the fake upstream, plus any overrides. */
export function testEnv(fake: FakeUpstream, overrides: Env = {}): Env {
  return {
    CAREERONESTOP_USER_ID: USER_ID,
    CAREERONESTOP_TOKEN: TOKEN,
    CAREERONESTOP_BASE_URL: fake.url,
    ONET_API_KEY: ONET_KEY,
    ONET_BASE_URL: fake.url,
    PROXY_ALLOWED_ORIGINS: 'https://college.example.edu',
    ...overrides,
  };
}

export async function startProxy(env: Env): Promise<RunningProxy> {
  const logs: string[] = [];
  const app = createApp(readConfig(env), {
    clientAddress: (c) => getConnInfo(c).remote.address,
    log: (line) => logs.push(line),
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    logs,
    get: (path, headers = {}) => fetch(`${url}${path}`, { headers }),
    close: () =>
      new Promise((resolve) => {
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
