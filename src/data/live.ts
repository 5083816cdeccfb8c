/**
 * What a live source (the proxy in tools/proxy, in front of CareerOneStop) adds to the endpoint:
 * the live-only kinds its index.json lists, and places the static releases cannot name (a ZIP
 * code, "City, ST"), which the source resolves to a metropolitan area and its state
 * (src/live/live-wages.ts, loaded only for such a place: every page shares this folder's code).
 */
import type { DataClient } from './client.ts';
import type { DocumentOf, IndexDocument, LiveKind } from './schema.ts';

/** Whether the endpoint serves a live-only kind: a static endpoint's index lists none. */
export const serves = (index: IndexDocument, kind: LiveKind): boolean => index.live?.kinds.includes(kind) ?? false;

const CITY = /^[A-Za-z][A-Za-z .'-]{0,39}, [A-Z]{2}$/;

/** "City, ST" (the schema's LiveLocation); a ZIP code looks like a BLS area code, so the index decides that one. */
export const isCity = (location: string): boolean => CITY.test(location);
export const isZip = (location: string): boolean => /^\d{5}$/.test(location);

/**
 * A live-only document, or null where the endpoint's index does not list its kind: a static
 * endpoint is never asked for it, so an element for it is absent there without a failed request.
 */
export async function liveDocument<K extends LiveKind>(
  kind: K,
  id: string,
  client: DataClient,
  signal: AbortSignal,
): Promise<DocumentOf<K> | null> {
  const index = await client.get('index', undefined, signal);
  return serves(index, kind) ? client.get(kind, id, signal) : null;
}
