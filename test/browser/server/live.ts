/**
 * The live endpoint the browser tests read: the proxy (tools/proxy) as `npm run proxy` serves it,
 * in front of the proxy tests' fake CareerOneStop and O*NET (test/proxy/fake-upstream.ts), both on
 * free ports of 127.0.0.1. web-test-runner.config.mjs starts it with the test server and tells the
 * tests its URL at /live/endpoint. Any origin may call it (the test server's port is its own
 * choice), and the rate limit is out of the way of a few dozen widgets loading at once.
 */
import { startFakeUpstream } from '../../proxy/fake-upstream.ts';
import { startProxy, testEnv } from '../../proxy/proxy-server.ts';

export interface LiveEndpoint {
  url: string;
  close(): Promise<void>;
}

export async function startLiveEndpoint(): Promise<LiveEndpoint> {
  const fake = await startFakeUpstream();
  const proxy = await startProxy(testEnv(fake, { PROXY_ALLOWED_ORIGINS: '*', PROXY_RATE_LIMIT: '100000' }));
  return {
    url: `${proxy.url}/`,
    close: async () => {
      await proxy.close();
      await fake.close();
    },
  };
}
