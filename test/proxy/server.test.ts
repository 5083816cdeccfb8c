/**
 * What the proxy does around the documents: cache, ETag and Cache-Control, rate limit, CORS,
 * hostile paths, upstream timeouts and failures, running without credentials, and keeping the
 * secrets out of every response and log line.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { jsonError, valid } from './check.ts';
import { ONET_KEY, startFakeUpstream, TOKEN, USER_ID, type FakeUpstream } from './fake-upstream.ts';
import { startProxy, testEnv, type RunningProxy } from './proxy-server.ts';

const ORIGIN = 'https://college.example.edu';
let fake: FakeUpstream;
const proxies: RunningProxy[] = [];
/** Every response's headers and body, checked for secrets at the end. */
const seen: string[] = [];

async function proxyWith(overrides: Record<string, string> = {}): Promise<RunningProxy> {
  const proxy = await startProxy(testEnv(fake, overrides));
  proxies.push(proxy);
  const get = proxy.get;
  proxy.get = async (path, headers) => {
    const response = await get(path, headers);
    seen.push(JSON.stringify([...response.headers]), await response.clone().text());
    return response;
  };
  return proxy;
}

const upstreamCalls = () => fake.requests.length;

before(async () => {
  fake = await startFakeUpstream();
});
after(async () => {
  for (const proxy of proxies) await proxy.close();
  await fake.close();
});

describe('cache', () => {
  it('a second request, and another document from the same upstream answer, make no upstream call', async () => {
    const proxy = await proxyWith();
    const first = upstreamCalls();
    await valid(await proxy.get('/wages/29-2072.json'), 'wages');
    assert.equal(upstreamCalls(), first + 1);
    await valid(await proxy.get('/wages/29-2072.json'), 'wages');
    await valid(await proxy.get('/projections/29-2072.json'), 'projections');
    await valid(await proxy.get('/videos/29-2072.00.json'), 'videos');
    assert.equal(upstreamCalls(), first + 1);
    // A different location is a different upstream request.
    await valid(await proxy.get('/areas/CA/projections/29-2072.json'), 'projections');
    assert.equal(upstreamCalls(), first + 2);
  });

  it('concurrent requests share one upstream call', async () => {
    const proxy = await proxyWith();
    const first = upstreamCalls();
    const answers = await Promise.all([1, 2, 3, 4].map(() => proxy.get('/areas/94110/wages/29-2072.json')));
    assert.deepEqual(answers.map((a) => a.status), [200, 200, 200, 200]);
    assert.equal(upstreamCalls(), first + 1);
  });

  it('a state’s apprenticeship offices: one upstream call, then the cache; an ETag, revalidated with 304', async () => {
    const proxy = await proxyWith();
    const first = upstreamCalls();
    const response = await proxy.get('/areas/CA/apprenticeships.json');
    await valid(response, 'apprenticeships');
    await valid(await proxy.get('/areas/CA/apprenticeships.json'), 'apprenticeships');
    assert.equal(upstreamCalls(), first + 1);
    const etag = response.headers.get('etag')!;
    assert.equal((await proxy.get('/areas/CA/apprenticeships.json', { 'If-None-Match': etag })).status, 304);
  });

  it('is bounded: past PROXY_CACHE_ENTRIES the oldest answer is asked for again', async () => {
    const proxy = await proxyWith({ PROXY_CACHE_ENTRIES: '1' });
    await proxy.get('/wages/29-2072.json');
    await proxy.get('/wages/29-1215.json');
    const before = upstreamCalls();
    await proxy.get('/wages/29-2072.json');
    assert.equal(upstreamCalls(), before + 1);
  });

  it('sends Cache-Control and a strong ETag, and answers 304 to a matching If-None-Match', async () => {
    const proxy = await proxyWith({ PROXY_CACHE_TTL: '600' });
    const response = await proxy.get('/wages/29-2072.json');
    assert.equal(response.headers.get('cache-control'), 'public, max-age=600, s-maxage=600');
    const etag = response.headers.get('etag');
    assert.match(etag ?? '', /^"[\w-]{24}"$/);
    const again = await proxy.get('/wages/29-2072.json', { 'If-None-Match': etag! });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
    const changed = await proxy.get('/wages/29-2072.json', { 'If-None-Match': '"other"' });
    assert.equal(changed.status, 200);
    // Errors are not kept by a CDN, except a brief 404.
    const failed = await proxy.get('/occupations/nope.json');
    assert.equal(failed.headers.get('cache-control'), 'no-store');
    assert.equal((await proxy.get('/wages/13-1020.json')).headers.get('cache-control'), 'public, max-age=300');
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After past PROXY_RATE_LIMIT per client, with CORS headers the widget can read', async () => {
    const proxy = await proxyWith({ PROXY_RATE_LIMIT: '3', PROXY_RATE_WINDOW: '60' });
    for (let i = 0; i < 3; i++) assert.equal((await proxy.get('/index.json')).status, 200);
    // X-Forwarded-For is not trusted unless PROXY_TRUST_FORWARDED_FOR says so.
    const limited = await proxy.get('/index.json', { Origin: ORIGIN, 'X-Forwarded-For': '203.0.113.9' });
    assert.equal(limited.headers.get('access-control-allow-origin'), ORIGIN);
    assert.match(limited.headers.get('retry-after') ?? '', /^\d+$/);
    await jsonError(limited, 429, 'rate-limited');
  });

  it('counts each forwarded client apart behind a trusted CDN', async () => {
    const proxy = await proxyWith({ PROXY_RATE_LIMIT: '1', PROXY_TRUST_FORWARDED_FOR: 'true' });
    assert.equal((await proxy.get('/index.json', { 'X-Forwarded-For': '203.0.113.1' })).status, 200);
    assert.equal((await proxy.get('/index.json', { 'X-Forwarded-For': '203.0.113.1, 10.0.0.1' })).status, 429);
    assert.equal((await proxy.get('/index.json', { 'X-Forwarded-For': '203.0.113.2' })).status, 200);
  });
});

describe('CORS', () => {
  it('allows the listed origins only', async () => {
    const proxy = await proxyWith();
    const allowed = await proxy.get('/index.json', { Origin: ORIGIN });
    assert.equal(allowed.status, 200);
    assert.equal(allowed.headers.get('access-control-allow-origin'), ORIGIN);
    assert.match(allowed.headers.get('vary') ?? '', /Origin/);
    assert.match(allowed.headers.get('access-control-expose-headers') ?? '', /ETag/);
    const before = upstreamCalls();
    const refused = await proxy.get('/occupations/29-2072.00.json', { Origin: 'https://elsewhere.example.com' });
    assert.equal(refused.headers.get('access-control-allow-origin'), null);
    await jsonError(refused, 403, 'origin-not-allowed');
    assert.equal(upstreamCalls(), before, 'a refused origin spends no upstream quota');
    // Server-side callers send no Origin.
    assert.equal((await proxy.get('/index.json')).status, 200);
  });

  it('answers a preflight for an allowed origin, and only GET and HEAD', async () => {
    const proxy = await proxyWith();
    const preflight = await fetch(`${proxy.url}/wages/29-2072.json`, {
      method: 'OPTIONS',
      headers: { Origin: ORIGIN, 'Access-Control-Request-Method': 'GET' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), ORIGIN);
    assert.equal(preflight.headers.get('access-control-allow-methods'), 'GET,HEAD,OPTIONS');
    const post = await fetch(`${proxy.url}/wages/29-2072.json`, { method: 'POST', body: '{}' });
    await jsonError(post, 405, 'method-not-allowed');
    const head = await fetch(`${proxy.url}/index.json`, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(await head.text(), '');
  });
});

describe('hostile paths', () => {
  const paths = [
    '/occupations/..%2F..%2Fetc%2Fpasswd.json',
    '/occupations/29-2072.00.json%00',
    '/occupations/29-2072.00%3Fx%3D1.json',
    '/wages/29-2072.json.json',
    '/areas/%3Cscript%3Ealert(1)%3C%2Fscript%3E/wages/29-2072.json',
    '/areas/CA%2F..%2F..%2Fv1/wages/29-2072.json',
    '/areas/Springfield%2C%20ZZ/wages/29-2072.json',
    '/areas/941101/wages/29-2072.json',
    `/areas/${'A'.repeat(300)}/wages/29-2072.json`,
    '/areas/ca/projections/29-2072.json',
  ];
  for (const path of paths) {
    it(`refuses ${path.slice(0, 60)} without an upstream call`, async () => {
      const proxy = proxies[0] ?? (await proxyWith());
      const before = upstreamCalls();
      const response = await proxy.get(path);
      assert.ok(response.status === 400 || response.status === 404, `HTTP ${response.status}`);
      const body = await response.json();
      assert.doesNotMatch(JSON.stringify(body), /<|%2F|\.\.\//);
      assert.equal(upstreamCalls(), before);
    });
  }

  it('answers an unknown path, and documents live sources lack, with a JSON 404', async () => {
    const proxy = await proxyWith();
    await jsonError(await proxy.get('/admin'), 404, 'not-found');
    await jsonError(await proxy.get('/search-index.json'), 404, 'not-served');
    await jsonError(await proxy.get('/areas/CA/wages.json'), 404, 'not-served');
    await jsonError(await proxy.get('/programs/51.0707.json'), 404, 'not-served');
  });
});

describe('upstream trouble', () => {
  it('a slow upstream is a 504 JSON error after PROXY_UPSTREAM_TIMEOUT_MS', async () => {
    const proxy = await proxyWith({ PROXY_UPSTREAM_TIMEOUT_MS: '150' });
    fake.delayMs = 1000;
    try {
      const message = await jsonError(await proxy.get('/wages/29-2072.json'), 504, 'upstream-timeout');
      assert.equal(message, 'CareerOneStop did not answer within 150 ms');
    } finally {
      fake.delayMs = 0;
    }
    // The failure was not cached: the next request asks again and succeeds.
    await valid(await proxy.get('/wages/29-2072.json'), 'wages');
  });

  it('an upstream 500 is a 502 JSON error, not cached', async () => {
    const proxy = await proxyWith();
    fake.failWith = 500;
    try {
      const message = await jsonError(await proxy.get('/occupations/29-2072.00.json'), 502, 'upstream-failed');
      assert.equal(message, 'CareerOneStop answered HTTP 500');
      await jsonError(await proxy.get('/areas/MN/apprenticeships.json'), 502, 'upstream-failed');
    } finally {
      fake.failWith = null;
    }
    await valid(await proxy.get('/occupations/29-2072.00.json'), 'occupation');
  });

  it('an unreachable upstream is a 502 that names neither its URL nor the user ID', async () => {
    const proxy = await proxyWith({ CAREERONESTOP_BASE_URL: 'http://127.0.0.1:9' });
    const message = await jsonError(await proxy.get('/wages/29-2072.json'), 502, 'upstream-failed');
    assert.match(message, /^CareerOneStop could not be reached \(\w+\)$/);
  });
});

describe('credentials', () => {
  it('starts without any and answers every path with a JSON error', async () => {
    const proxy = await startProxy({});
    proxies.push(proxy);
    await jsonError(await proxy.get('/index.json'), 503, 'not-configured');
    await jsonError(await proxy.get('/occupations/29-2072.00.json'), 503, 'not-configured');
    await jsonError(await proxy.get('/areas/94110/wages/29-2072.json'), 503, 'not-configured');
    await jsonError(await proxy.get('/certifications/29-2072.00.json'), 503, 'not-configured');
    await jsonError(await proxy.get('/areas/CA/apprenticeships.json'), 503, 'not-configured');
    await jsonError(await proxy.get('/nothing/here'), 404, 'not-found');
  });

  it('with an O*NET key alone, serves occupations from O*NET and says CareerOneStop is missing', async () => {
    const proxy = await proxyWith({ CAREERONESTOP_TOKEN: '' });
    const doc = await valid(await proxy.get('/occupations/29-2072.00.json'), 'occupation');
    assert.deepEqual(doc.sources.map((s) => s.id), ['onet-web-services']);
    assert.deepEqual(doc.alsoKnownAs, ['Health Information Clerk', 'Medical Records Coordinator']);
    assert.deepEqual(doc.tasks.map((t) => [t.id, t.type, t.importance]), [['22877', 'Core', null], ['22891', 'Supplemental', null]]);
    assert.deepEqual(doc.brightOutlook, ['Grow Rapidly']);
    assert.deepEqual(doc.related, [{ code: '43-6013.00', title: 'Medical Secretaries and Administrative Assistants', tier: '' }]);
    assert.equal(doc.jobZone?.zone, 3);
    assert.deepEqual([doc.wages, doc.projections], [null, null]);
    await jsonError(await proxy.get('/wages/29-2072.json'), 503, 'not-configured');
  });

  it('sends the token upstream, and it is in no response, header or log line', async () => {
    assert.ok(fake.requests.some((r) => r.headers.authorization === `Bearer ${TOKEN}`));
    assert.ok(fake.requests.some((r) => r.headers['x-api-key'] === ONET_KEY));
    const logs = proxies.flatMap((p) => p.logs);
    assert.ok(logs.length > 20 && seen.length > 20);
    assert.ok(logs.some((l) => l.startsWith('upstream timeout: ')));
    for (const secret of [TOKEN, ONET_KEY, USER_ID]) {
      assert.ok(!seen.some((text) => text.includes(secret)), `${secret} in a response`);
      assert.ok(!logs.some((line) => line.includes(secret)), `${secret} in a log line`);
    }
  });
});
