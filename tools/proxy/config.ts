/**
 * The proxy's settings, read from environment variables so the same code runs under Node, a
 * serverless function or an edge runtime (each hands its own env object to `readConfig`).
 */

export interface CareerOneStopConfig {
  userId: string;
  token: string;
  baseUrl: string;
}

export interface OnetConfig {
  apiKey: string;
  baseUrl: string;
}

export interface ProxyConfig {
  /** null when CAREERONESTOP_USER_ID or CAREERONESTOP_TOKEN is missing. */
  careerOneStop: CareerOneStopConfig | null;
  /** null when ONET_API_KEY is missing. */
  onet: OnetConfig | null;
  /** Origins a browser may call from; `*` allows any. Empty: no browser origin is allowed. */
  allowedOrigins: string[];
  port: number;
  host: string;
  /** How long an upstream answer is reused, and how long a CDN may keep a document. */
  cacheTtlSeconds: number;
  cacheMaxEntries: number;
  /** Requests per client per window. */
  rateLimit: { requests: number; windowSeconds: number };
  upstreamTimeoutMs: number;
  /** Take the client's address from X-Forwarded-For (only behind a proxy or CDN that sets it). */
  trustForwardedFor: boolean;
}

export type Env = Record<string, string | undefined>;

const CAREERONESTOP_URL = 'https://api.careeronestop.org';
const ONET_URL = 'https://api-v2.onetcenter.org';

export function readConfig(env: Env): ProxyConfig {
  const userId = env.CAREERONESTOP_USER_ID?.trim();
  const token = env.CAREERONESTOP_TOKEN?.trim();
  const apiKey = env.ONET_API_KEY?.trim();
  return {
    careerOneStop:
      userId && token
        ? { userId, token, baseUrl: baseUrl(env.CAREERONESTOP_BASE_URL, CAREERONESTOP_URL) }
        : null,
    onet: apiKey ? { apiKey, baseUrl: baseUrl(env.ONET_BASE_URL, ONET_URL) } : null,
    allowedOrigins: (env.PROXY_ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim().replace(/\/$/, ''))
      .filter(Boolean),
    port: integer(env.PORT, 8787, 'PORT'),
    host: env.PROXY_HOST?.trim() || '127.0.0.1',
    cacheTtlSeconds: integer(env.PROXY_CACHE_TTL, 3600, 'PROXY_CACHE_TTL'),
    cacheMaxEntries: integer(env.PROXY_CACHE_ENTRIES, 1000, 'PROXY_CACHE_ENTRIES'),
    rateLimit: {
      requests: integer(env.PROXY_RATE_LIMIT, 120, 'PROXY_RATE_LIMIT'),
      windowSeconds: integer(env.PROXY_RATE_WINDOW, 60, 'PROXY_RATE_WINDOW'),
    },
    upstreamTimeoutMs: integer(env.PROXY_UPSTREAM_TIMEOUT_MS, 8000, 'PROXY_UPSTREAM_TIMEOUT_MS'),
    trustForwardedFor: env.PROXY_TRUST_FORWARDED_FOR === 'true',
  };
}

/** Base URLs are settable so tests (and a regional mirror) can stand in for the real hosts. */
function baseUrl(value: string | undefined, fallback: string): string {
  return (value?.trim() || fallback).replace(/\/+$/, '');
}

function integer(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, not "${value}"`);
  return n;
}
