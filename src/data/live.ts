/**
 * What a live source (the proxy in tools/proxy, in front of CareerOneStop) adds to the endpoint:
 * the live-only kinds its index.json lists, and places the static releases cannot name (a ZIP
 * code, "City, ST"), which the source resolves to a metropolitan area and its state.
 */
import type { DataClient } from './client.ts';
import { DataError } from './errors.ts';
import type {
  AreaWages,
  DocumentOf,
  IndexDocument,
  LiveKind,
  LiveWageRow,
  LiveWagesDocument,
  LocalWagesDocument,
  Occupation,
} from './schema.ts';

/** Whether the endpoint serves a live-only kind: a static endpoint's index lists none. */
export const serves = (index: IndexDocument, kind: LiveKind): boolean => index.live?.kinds.includes(kind) ?? false;

const CITY = /^[A-Za-z][A-Za-z .'-]{0,39}, [A-Z]{2}$/;

/** "City, ST" (the schema's LiveLocation); a ZIP code looks like a BLS area code, so the index decides that one. */
export const isCity = (location: string): boolean => CITY.test(location);
export const isZip = (location: string): boolean => /^\d{5}$/.test(location);

/** A live location resolved: the metro area the source chose, its state, and the wages it read there. */
export interface LivePlace {
  area: string;
  areaName: string;
  state: { code: string; name: string } | null;
  live: { location: string; wages: LiveWagesDocument | null };
}

/**
 * Asks the live source for the occupation's wages at `location` (its answer names the metro area
 * and the state); a 404 (no wages there, or no SOC occupation) leaves the place as given.
 */
export async function livePlace(
  occupation: Occupation,
  location: string,
  index: IndexDocument,
  client: DataClient,
  signal: AbortSignal,
): Promise<LivePlace> {
  const soc = occupation.wages?.soc;
  let wages: LiveWagesDocument | null = null;
  if (soc) {
    try {
      wages = await client.get('live-wages', `${location}/${soc}`, signal);
    } catch (error) {
      if (!(error instanceof DataError && error.kind === 'not-found')) throw error;
    }
  }
  const metro = wages?.areas.find((a) => a.type === 'metro');
  const state = wages?.areas.find((a) => a.type === 'state');
  const stateCode = state?.code ?? (isCity(location) ? location.slice(-2) : undefined);
  const stateName = state?.name ?? index.areas.find((a) => a.code === stateCode)?.name ?? stateCode;
  return {
    area: metro?.code ?? location,
    areaName: metro?.name ?? location,
    state: stateCode ? { code: stateCode, name: stateName! } : null,
    live: { location, wages },
  };
}

const withheld = { p10: 'not-available', p25: 'not-available', median: 'not-available', p75: 'not-available', p90: 'not-available' } as const;

/**
 * A live wages document as the rows the wage table and the card read. CareerOneStop publishes
 * percentiles only: its employment reads "not released" and its mean "not available", as the
 * proxy's own `wages/{soc}.json` says them.
 */
export function asLocalWages(doc: LiveWagesDocument, state: string): LocalWagesDocument {
  const row = (r: LiveWageRow | null) => ({ ...(r ?? withheld), mean: 'not-available' as const });
  const areas: AreaWages[] = doc.areas.map((a) => ({
    area: a.code,
    employment: 'not-released',
    hourly: row(a.hourly),
    annual: row(a.annual),
  }));
  return {
    schemaVersion: doc.schemaVersion,
    kind: 'local-wages',
    sources: doc.sources,
    soc: doc.soc,
    title: doc.title,
    annualOnly: doc.areas.every((a) => !a.hourly),
    hourlyOnly: doc.areas.every((a) => !a.annual),
    state,
    areas,
  };
}

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
