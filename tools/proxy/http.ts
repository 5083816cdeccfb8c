/**
 * The proxy's answers: documents with `Cache-Control` and a strong `ETag` (so a CDN or a browser
 * revalidates with a 304), and errors as JSON `{ error: { status, code, message } }`, which the
 * widgets' data client reads like any failed document request.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export type ErrorCode =
  | 'invalid-path'
  | 'not-found'
  | 'not-served'
  | 'not-configured'
  | 'method-not-allowed'
  | 'origin-not-allowed'
  | 'rate-limited'
  | 'upstream-failed'
  | 'upstream-timeout'
  | 'internal';

export class ProxyError extends Error {
  override name = 'ProxyError';
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Not-found answers are cached briefly: an occupation may appear in the next upstream release. */
const NOT_FOUND_SECONDS = 300;

export function errorResponse(c: Context, error: ProxyError): Response {
  const cacheable = error.status === 404;
  c.header('Cache-Control', cacheable ? `public, max-age=${NOT_FOUND_SECONDS}` : 'no-store');
  return c.json({ error: { status: error.status, code: error.code, message: error.message } }, error.status);
}

/** A document, or 304 when the client already holds this exact body. */
export async function documentResponse(c: Context, body: unknown, maxAgeSeconds: number): Promise<Response> {
  const json = JSON.stringify(body);
  const etag = `"${await digest(json)}"`;
  c.header('ETag', etag);
  // s-maxage lets a CDN keep the document as long as the proxy's own cache does.
  c.header('Cache-Control', `public, max-age=${maxAgeSeconds}, s-maxage=${maxAgeSeconds}`);
  if (matches(c.req.header('If-None-Match'), etag)) return c.body(null, 304);
  c.header('Content-Type', 'application/json; charset=utf-8');
  return c.body(json, 200);
}

function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim().replace(/^W\//, '');
    return t === '*' || t === etag;
  });
}

/** SHA-256 through Web Crypto, which Node, serverless and edge runtimes all provide. */
async function digest(text: string): Promise<string> {
  const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return btoa(String.fromCharCode(...new Uint8Array(hash).slice(0, 18)))
    .replaceAll('+', '-')
    .replaceAll('/', '_');
}
