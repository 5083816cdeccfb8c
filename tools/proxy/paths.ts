/**
 * Every path segment the proxy accepts, checked before anything reaches an upstream URL: codes by
 * their exact pattern, locations by the schema's LiveLocation. Anything else is a 400, so a
 * hostile path (`..`, encoded slashes, query-like text, huge segments) never leaves the proxy.
 */
import * as v from 'valibot';
import { LiveLocation } from '../../src/data/schema.ts';
import { isState } from './areas.ts';
import { ProxyError } from './http.ts';

const ONET_FILE = /^(\d{2}-\d{4}\.\d{2})\.json$/;
const SOC_FILE = /^(\d{2}-\d{4})\.json$/;

const invalid = (message: string) => new ProxyError(400, 'invalid-path', message);

/** Hono hands over decoded segments; anything unusual is shown back only as a short, safe excerpt. */
const shown = (segment: string) => JSON.stringify(segment.slice(0, 40).replace(/[^\w ,.-]/g, '?'));

export function onetFile(segment: string): string {
  const match = ONET_FILE.exec(segment);
  if (!match) throw invalid(`${shown(segment)} is not an O*NET-SOC code file such as 29-2072.00.json`);
  return match[1]!;
}

export function socFile(segment: string): string {
  const match = SOC_FILE.exec(segment);
  if (!match) throw invalid(`${shown(segment)} is not a SOC code file such as 29-2072.json`);
  return match[1]!;
}

/** `US`, a state code, a 5-digit ZIP code, or "City, ST" with a real state code. */
export function location(segment: string): string {
  const ok = v.is(LiveLocation, segment) && (/^\d{5}$/.test(segment) || segment === 'US' || isState(segment.slice(-2)));
  if (!ok) throw invalid(`${shown(segment)} is not a location: use US, a state code, a ZIP code or "City, ST"`);
  return segment;
}

export function state(segment: string): string {
  if (!isState(segment)) throw invalid(`${shown(segment)} is not a state code such as CA`);
  return segment;
}
