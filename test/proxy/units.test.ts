/** The small pieces on their own: CareerOneStop's number quirks, the cache's TTL, the rate window. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TtlCache } from '../../tools/proxy/cache.ts';
import { readConfig } from '../../tools/proxy/config.ts';
import { parseCount, parseNumber, parseWage } from '../../tools/proxy/numbers.ts';
import { RateLimiter } from '../../tools/proxy/rate-limit.ts';
import { indexDocument } from '../../tools/proxy/sources.ts';
import { paced } from '../../tools/proxy/upstream.ts';

describe('numbers as CareerOneStop writes them', () => {
  it('reads thousands separators exactly', () => {
    assert.equal(parseNumber('98,400'), 98400);
    assert.equal(parseNumber('1,234,567.25'), 1234567.25);
    assert.equal(parseNumber('24.59'), 24.59);
    assert.equal(parseNumber('-3.4'), -3.4);
    assert.equal(parseNumber(7), 7);
    assert.equal(parseCount('14,200'), 14200);
  });

  it('gives null, never 0, where there is no figure', () => {
    for (const value of [null, undefined, '', ' ', 'N/A', '*', '#', '1,2,3', '12,34', {}]) {
      assert.equal(parseNumber(value), null, JSON.stringify(value));
    }
    assert.equal(parseCount('2.5'), null);
  });

  it('writes top-coded and missing wages the schema way', () => {
    assert.deepEqual(parseWage('100+'), { atLeast: 100 });
    assert.deepEqual(parseWage('208,000+'), { atLeast: 208000 });
    assert.equal(parseWage('51,140'), 51140);
    assert.equal(parseWage(null), 'not-available');
    assert.equal(parseWage('N/A'), 'not-available');
    assert.equal(parseWage('0'), 'not-available');
    assert.equal(parseWage('+'), 'not-available');
  });
});

describe('TtlCache', () => {
  it('reuses a value until its TTL passes, and forgets failures', async () => {
    let clock = 0;
    let loads = 0;
    const cache = new TtlCache<number>(10, 1000, () => clock);
    const load = async () => ++loads;
    assert.equal(await cache.get('a', load), 1);
    clock = 999;
    assert.equal(await cache.get('a', load), 1);
    clock = 1000;
    assert.equal(await cache.get('a', load), 2);
    await assert.rejects(cache.get('b', async () => Promise.reject(new Error('down'))));
    assert.equal(await cache.get('b', load), 3);
  });

  it('evicts the least recently used entry past its bound', async () => {
    const cache = new TtlCache<string>(2, 60_000);
    await cache.get('a', async () => 'a');
    await cache.get('b', async () => 'b');
    await cache.get('a', async () => 'a again');
    await cache.get('c', async () => 'c');
    assert.equal(cache.size, 2);
    assert.equal(await cache.get('a', async () => 'reloaded'), 'a');
    assert.equal(await cache.get('b', async () => 'reloaded'), 'reloaded');
  });
});

describe('RateLimiter', () => {
  it('allows `limit` requests per window per client, then says how long to wait', () => {
    let clock = 0;
    const limiter = new RateLimiter(2, 60_000, () => clock);
    assert.deepEqual([limiter.take('a'), limiter.take('a'), limiter.take('b')], [0, 0, 0]);
    clock = 15_000;
    assert.equal(limiter.take('a'), 45);
    clock = 60_000;
    assert.equal(limiter.take('a'), 0);
  });
});

describe('readConfig', () => {
  it('needs both CareerOneStop values, trims origins, refuses a bad number', () => {
    const config = readConfig({ CAREERONESTOP_USER_ID: 'u', PROXY_ALLOWED_ORIGINS: ' https://a.example/ , https://b.example' });
    assert.equal(config.careerOneStop, null);
    assert.equal(config.onet, null);
    assert.deepEqual(config.allowedOrigins, ['https://a.example', 'https://b.example']);
    assert.equal(config.port, 8787);
    assert.throws(() => readConfig({ PORT: 'eighty' }), /PORT must be a whole number/);
  });
});

describe('paced', () => {
  it('starts requests at least the interval apart, in order', async () => {
    const starts: [string, number][] = [];
    const t0 = Date.now();
    const fetch = paced(async (input) => {
      starts.push([input, Date.now() - t0]);
      return new Response('{}');
    }, 60);
    await Promise.all(['a', 'b', 'c', 'd'].map((url) => fetch(url, {})));
    assert.deepEqual(starts.map(([url]) => url), ['a', 'b', 'c', 'd']);
    for (let i = 1; i < starts.length; i++) {
      const gap = starts[i]![1] - starts[i - 1]![1];
      // Timers may fire a millisecond early; never a whole interval early.
      assert.ok(gap >= 58, `gap ${gap} ms between request ${i} and ${i + 1}`);
    }
  });
});

describe('index.json of a proxy without CareerOneStop', () => {
  it('lists no live-only kind: only CareerOneStop has them', () => {
    const index = indexDocument(readConfig({ ONET_API_KEY: 'key' }));
    assert.equal(index.live, undefined);
    assert.deepEqual(index.sources.map((s) => s.id), ['onet-web-services']);
  });
});
