/**
 * The fault server: a Koa middleware for web-test-runner's real HTTP server on 127.0.0.1. A test
 * registers what an endpoint does wrong (POST /faults/register), then points a widget at
 * /faults/ID/: every path there answers from the real built endpoint (public/data) unless the
 * test gave it a fault: a status (or a sequence of them), a body of its own (hostile or mutated
 * data, huge documents), a delay, an answer that never ends, a body cut short (cleanly or by
 * destroying the socket), or a redirect. Requests are counted, so a test can say how many were made.
 */
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';

const root = join(process.cwd(), 'public', 'data');
/** id -> { routes: { path: fault }, hits: { path: n } } */
const endpoints = new Map();

const readBody = (req) =>
  new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function realFile(path) {
  const file = normalize(join(root, path));
  if (!file.startsWith(root)) return undefined;
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Writes the answer on the raw socket, for the faults Koa cannot express. */
function raw(ctx, fault, body) {
  ctx.respond = false;
  const res = ctx.res;
  const bytes = Buffer.from(body, 'utf8');
  if (fault.mode === 'hang') {
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.write(bytes.subarray(0, Math.min(100, bytes.length)));
    // Never ended: closed by the client's abort, or when the server stops.
    return;
  }
  if (fault.mode === 'cut') {
    // The full length is promised, half is sent, then the connection is destroyed.
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store', 'content-length': String(bytes.length) });
    res.write(bytes.subarray(0, bytes.length >> 1), () => ctx.req.socket.destroy());
    return;
  }
  if (fault.mode === 'truncate') {
    // A clean, well-formed HTTP answer whose JSON stops halfway.
    const half = bytes.subarray(0, bytes.length >> 1);
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store', 'content-length': String(half.length) });
    res.end(half);
  }
}

export async function faults(ctx, next) {
  if (ctx.method === 'POST' && ctx.path === '/faults/register') {
    const { id, routes } = JSON.parse(await readBody(ctx.req));
    endpoints.set(id, { routes, hits: {} });
    return send(ctx, 200, { 'content-type': 'application/json' }, '{"ok":true}');
  }
  const hits = /^\/faults\/hits\/([^/]+)$/.exec(ctx.path);
  if (hits) {
    return send(ctx, 200, { 'content-type': 'application/json' }, JSON.stringify(endpoints.get(hits[1])?.hits ?? {}));
  }
  const match = /^\/faults\/([^/]+)\/(.*)$/.exec(ctx.path);
  if (!match) return next();
  const [, id, path] = match;
  const entry = endpoints.get(id) ?? { routes: {}, hits: {} };
  const n = (entry.hits[path] = (entry.hits[path] ?? 0) + 1);
  const fault = entry.routes[path] ?? entry.routes['*'] ?? {};
  if (fault.delay) await sleep(fault.delay);
  // A sequence of statuses, one per request, then the normal answer (503, 503, then 200).
  const status = fault.statuses ? fault.statuses[n - 1] : fault.status;
  const body = fault.body ?? (await realFile(path));
  if (fault.mode) return raw(ctx, fault, body ?? '{}');
  if (fault.location) return send(ctx, status ?? 302, { location: fault.location }, '');
  if (status && status !== 200) {
    return send(ctx, status, { 'content-type': 'text/html' }, `<!doctype html><title>${status}</title><h1>Error ${status}</h1>`);
  }
  if (body === undefined) return send(ctx, 404, { 'content-type': 'text/plain' }, 'Not found');
  return send(ctx, 200, { 'content-type': fault.type ?? 'application/json' }, body);
}

/**
 * Written on the raw response: web-test-runner marks every path with an extension as cacheable
 * for a year, and a cached 503 would never let a retry reach this server.
 */
function send(ctx, status, headers, body) {
  ctx.respond = false;
  ctx.res.writeHead(status, { 'cache-control': 'no-store', ...headers });
  ctx.res.end(body);
}
