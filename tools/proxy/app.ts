/**
 * The proxy as a Hono app: `createApp(config)` gives an object with `fetch(request)`, which Node
 * (node.ts), a serverless function or an edge runtime serves as it is. Everything a runtime
 * differs in (fetch, the client's address, logging, the clock) comes in through `options`.
 */
import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import { TtlCache } from './cache.ts';
import { careerOneStop } from './careeronestop.ts';
import type { ProxyConfig } from './config.ts';
import { documents } from './documents.ts';
import { documentResponse, errorResponse, ProxyError } from './http.ts';
import { onet } from './onet.ts';
import { location, onetFile, socFile, state } from './paths.ts';
import { RateLimiter } from './rate-limit.ts';
import { indexDocument } from './sources.ts';
import { paced, upstream, UpstreamError, type Answer, type FetchLike } from './upstream.ts';

export interface AppOptions {
  /** How upstream requests are made (tests hand in one that counts them). */
  fetch?: FetchLike;
  /** The client's network address, for the rate limit; runtimes know it in different places. */
  clientAddress?: (c: Context) => string | undefined;
  log?: (line: string) => void;
  now?: () => number;
}

const MAX_PATH = 200;

export function createApp(config: ProxyConfig, options: AppOptions = {}): Hono {
  const { log = console.log, now = Date.now } = options;
  const fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const cache = new TtlCache<Answer>(config.cacheMaxEntries, config.cacheTtlSeconds * 1000, now);
  const http = upstream(fetch, cache, config.upstreamTimeoutMs);
  // At most 5 O*NET requests a second (its terms); answers still come from the shared cache.
  const onetHttp = upstream(paced(fetch, 200, now), cache, config.upstreamTimeoutMs);
  const docs = documents({
    careerOneStop: config.careerOneStop && careerOneStop(config.careerOneStop, http),
    onet: config.onet && onet(config.onet, onetHttp),
  });
  const limiter = new RateLimiter(config.rateLimit.requests, config.rateLimit.windowSeconds * 1000, now);
  const secrets = [config.careerOneStop?.token, config.careerOneStop?.userId, config.onet?.apiKey].filter(
    (s): s is string => !!s,
  );
  // Defence in depth: no line leaves through `log` with a secret in it, whatever produced it.
  const write = (line: string) => log(secrets.reduce((l, s) => l.replaceAll(s, '[redacted]'), line));
  const allowAny = config.allowedOrigins.includes('*');
  const allowed = (origin: string) => allowAny || config.allowedOrigins.includes(origin);

  const clientOf = (c: Context) => {
    const forwarded = config.trustForwardedFor ? c.req.header('X-Forwarded-For')?.split(',')[0]?.trim() : undefined;
    return forwarded || options.clientAddress?.(c) || 'unknown';
  };

  const app = new Hono();

  app.use(async (c, next) => {
    const started = now();
    await next();
    write(`${c.req.method} ${c.req.path.slice(0, MAX_PATH)} ${c.res.status} ${now() - started}ms`);
  });

  app.use(
    cors({
      origin: (origin) => (allowed(origin) ? origin : null),
      allowMethods: ['GET', 'HEAD', 'OPTIONS'],
      allowHeaders: ['If-None-Match'],
      exposeHeaders: ['ETag', 'Retry-After'],
      maxAge: 86400,
    }),
  );

  app.use(async (c, next) => {
    const origin = c.req.header('Origin');
    // Other sites' pages may not spend this proxy's upstream quota.
    if (origin && !allowed(origin)) throw new ProxyError(403, 'origin-not-allowed', 'This origin may not use this proxy.');
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      c.header('Allow', 'GET, HEAD, OPTIONS');
      throw new ProxyError(405, 'method-not-allowed', 'Only GET and HEAD are served.');
    }
    if (c.req.path.length > MAX_PATH) throw new ProxyError(400, 'invalid-path', 'The path is too long.');
    const wait = limiter.take(clientOf(c));
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      throw new ProxyError(429, 'rate-limited', `Too many requests; retry in ${wait} s.`);
    }
    await next();
  });

  const serve = (c: Context, body: unknown) => documentResponse(c, body, config.cacheTtlSeconds);
  const p = (c: Context, name: string) => c.req.param(name) ?? '';

  app.get('/index.json', (c) => {
    if (!config.careerOneStop && !config.onet) {
      throw new ProxyError(503, 'not-configured', 'This proxy has no upstream credentials configured.');
    }
    return serve(c, indexDocument(config));
  });
  app.get('/occupations/:file', async (c) => serve(c, await docs.occupation(onetFile(p(c, 'file')))));
  app.get('/wages/:file', async (c) => serve(c, await docs.wages(socFile(p(c, 'file')))));
  app.get('/projections/:file', async (c) => serve(c, await docs.projections(socFile(p(c, 'file')))));
  app.get('/videos/:file', async (c) => serve(c, await docs.videos(onetFile(p(c, 'file')))));
  app.get('/certifications/:file', async (c) => serve(c, await docs.certifications(onetFile(p(c, 'file')))));
  app.get('/areas/:location/wages/:file', async (c) =>
    serve(c, await docs.localWages(socFile(p(c, 'file')), location(p(c, 'location')))),
  );
  app.get('/areas/:location/projections/:file', async (c) =>
    serve(c, await docs.projections(socFile(p(c, 'file')), location(p(c, 'location')))),
  );
  app.get('/areas/:state/licenses/:file', async (c) =>
    serve(c, await docs.licenses(onetFile(p(c, 'file')), state(p(c, 'state')))),
  );
  app.get('/areas/:state/apprenticeships.json', async (c) => serve(c, await docs.apprenticeships(state(p(c, 'state')))));
  for (const path of ['/search-index.json', '/programs/:file', '/areas/:area/wages.json']) {
    app.get(path, () => {
      throw new ProxyError(404, 'not-served', 'Live sources have no such document; the static endpoint serves it.');
    });
  }

  app.notFound((c) => errorResponse(c, new ProxyError(404, 'not-found', 'No document lives at this path.')));
  app.onError((error, c) => {
    if (error instanceof ProxyError) return errorResponse(c, error);
    if (error instanceof UpstreamError) {
      write(`upstream ${error.kind}: ${error.message}`);
      const status = error.kind === 'timeout' ? 504 : 502;
      return errorResponse(c, new ProxyError(status, `upstream-${error.kind}`, error.message));
    }
    write(`internal error: ${error.name}: ${error.message}`);
    return errorResponse(c, new ProxyError(500, 'internal', 'The proxy failed to answer.'));
  });
  return app;
}
