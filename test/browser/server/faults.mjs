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
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write(bytes.subarray(0, Math.min(100, bytes.length)));
    // Never ended: closed by the client's abort, or when the server stops.
    return;
  }
  if (fault.mode === 'cut') {
    // The full length is promised, half is sent, then the connection is destroyed.
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(bytes.length) });
    res.write(bytes.subarray(0, bytes.length >> 1), () => ctx.req.socket.destroy());
    return;
  }
  if (fault.mode === 'truncate') {
    // A clean, well-formed HTTP answer whose JSON stops halfway.
    const half = bytes.subarray(0, bytes.length >> 1);
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(half.length) });
    res.end(half);
  }
}

export async function faults(ctx, next) {
  if (ctx.method === 'POST' && ctx.path === '/faults/register') {
    const { id, routes } = JSON.parse(await readBody(ctx.req));
    endpoints.set(id, { routes, hits: {} });
    ctx.body = { ok: true };
    return;
  }
  const hits = /^\/faults\/hits\/([^/]+)$/.exec(ctx.path);
  if (hits) {
    ctx.body = endpoints.get(hits[1])?.hits ?? {};
    return;
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
  if (fault.location) {
    ctx.status = status ?? 302;
    ctx.set('location', fault.location);
    return;
  }
  const body = fault.body ?? (await realFile(path));
  if (fault.mode) return raw(ctx, fault, body ?? '{}');
  if (status && status !== 200) {
    ctx.status = status;
    ctx.type = 'text/html';
    ctx.body = `<!doctype html><title>${status}</title><h1>Error ${status}</h1>`;
    return;
  }
  if (body === undefined) {
    ctx.status = 404;
    ctx.body = 'Not found';
    return;
  }
  ctx.status = 200;
  ctx.type = fault.type ?? 'application/json';
  ctx.body = body;
}
