/**
 * A ZIP code or a city on a live endpoint: the metro area and state the source places it in, and
 * its wages as the rows the wage table and the card read. Imported only for such a location, so
 * pages on a static endpoint never download it.
 */
import type { DataClient } from '../data/client.ts';
import { DataError } from '../data/errors.ts';
import { isCity } from '../data/live.ts';
import type {
  AreaWages,
  IndexDocument,
  LiveWageRow,
  LiveWagesDocument,
  LocalWagesDocument,
  Occupation,
} from '../data/schema.ts';

/** A live location resolved: the metro area the source chose, its state, and the wages it read there. */
export interface LivePlace {
  area: string;
  areaName: string;
  state: { code: string; name: string; whole: boolean } | null;
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
    // CareerOneStop answers for states as a whole: a missing state row reads "not available".
    state: stateCode ? { code: stateCode, name: stateName!, whole: true } : null,
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
