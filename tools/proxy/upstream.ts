/**
 * One GET to an upstream API, with a timeout, the shared cache and errors that name the service
 * but never the request: upstream URLs carry the CareerOneStop user ID and headers carry secrets,
 * so neither may reach a response or a log line.
 */
import type { TtlCache } from './cache.ts';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** What an upstream said: a JSON body, or that it has no such thing (404). */
export type Answer = { found: true; body: unknown } | { found: false };

export type UpstreamErrorKind = 'timeout' | 'failed';

export class UpstreamError extends Error {
  override name = 'UpstreamError';
  constructor(
    readonly kind: UpstreamErrorKind,
    /** "CareerOneStop", "O*NET Web Services": what the reader of the error may know. */
    readonly service: string,
    message: string,
  ) {
    super(message);
  }
}

export interface UpstreamRequest {
  service: string;
  url: string;
  headers: Record<string, string>;
  /** Statuses that mean "no such occupation" for this service (CareerOneStop: 404). */
  notFound: number[];
}

export interface Upstream {
  get(request: UpstreamRequest): Promise<Answer>;
}

/** Answers are cached by URL alone: the headers only authenticate, they do not change the answer. */
export function upstream(fetch: FetchLike, cache: TtlCache<Answer>, timeoutMs: number): Upstream {
  return {
    get: (request) => cache.get(request.url, () => load(fetch, request, timeoutMs)),
  };
}

async function load(fetch: FetchLike, request: UpstreamRequest, timeoutMs: number): Promise<Answer> {
  const { service } = request;
  let response: Response;
  let text: string;
  try {
    const signal = AbortSignal.timeout(timeoutMs);
    response = await fetch(request.url, {
      headers: { Accept: 'application/json', ...request.headers },
      signal,
    });
    if (request.notFound.includes(response.status)) {
      await response.body?.cancel();
      return { found: false };
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new UpstreamError('failed', service, `${service} answered HTTP ${response.status}`);
    }
    text = await response.text();
  } catch (error) {
    if (error instanceof UpstreamError) throw error;
    if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
      throw new UpstreamError('timeout', service, `${service} did not answer within ${timeoutMs} ms`);
    }
    // The cause (DNS, refused connection) is summarised by its name only: Node's messages for
    // fetch failures can include the URL.
    throw new UpstreamError('failed', service, `${service} could not be reached (${errorName(error)})`);
  }
  try {
    return { found: true, body: JSON.parse(text) };
  } catch {
    throw new UpstreamError('failed', service, `${service} answered with something that is not JSON`);
  }
}

/**
 * Spaces request starts at least `intervalMs` apart: O*NET Web Services throttles clients above
 * about 5 requests a second, and a cold page of widgets would otherwise burst past it. The wait
 * counts toward the request's timeout, so a long queue ends in 504s rather than piling up.
 */
export function paced(fetch: FetchLike, intervalMs: number, now: () => number = Date.now): FetchLike {
  let lastStart = -Infinity;
  // Each request waits for the one before it to start: a late timer delays the queue, it never
  // lets two requests start closer together than the interval.
  let queue: Promise<void> = Promise.resolve();
  return async (input, init) => {
    const turn = queue.then(async () => {
      const wait = lastStart + intervalMs - now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      lastStart = now();
    });
    queue = turn;
    await turn;
    return fetch(input, init);
  };
}

function errorName(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  if (typeof cause === 'string' && /^[A-Z_]+$/.test(cause)) return cause;
  return error instanceof Error ? error.name : 'unknown error';
}
