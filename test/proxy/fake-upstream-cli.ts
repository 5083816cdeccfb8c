/**
 * `npm run proxy:fake-upstream`: the proxy tests' fake CareerOneStop and O*NET on 127.0.0.1
 * (FAKE_UPSTREAM_PORT, 8786 by default), for the live demo (demo/live.html) without credentials.
 * It prints the variables that point `npm run proxy` at it; its user ID, token and key are the
 * fake's own, not secrets.
 */
import { ONET_KEY, startFakeUpstream, TOKEN, USER_ID } from './fake-upstream.ts';

const fake = await startFakeUpstream(Number(process.env.FAKE_UPSTREAM_PORT ?? 8786));
console.log(`fake upstream: listening on ${fake.url}/ (answers for 29-2072.00 in 94110, "Saint Paul, MN", CA, MN, US; apprenticeship offices for CA, MN)`);
console.log('serve the live demo from it with:');
console.log(
  `  CAREERONESTOP_USER_ID=${USER_ID} CAREERONESTOP_TOKEN=${TOKEN} CAREERONESTOP_BASE_URL=${fake.url} ` +
    `ONET_API_KEY=${ONET_KEY} ONET_BASE_URL=${fake.url} PROXY_ALLOWED_ORIGINS=http://127.0.0.1:5173 npm run proxy`,
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void fake.close().then(() => process.exit(0)));
