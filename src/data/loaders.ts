/**
 * What several elements load the same way. Each checks its attributes first (an invalid one is
 * an error before any request) and asks the client, which dedupes and caches the documents.
 */
import type { DataClient } from './client.ts';
import { areaCode, onetCode } from './codes.ts';
import { DataError, invalidAttribute } from './errors.ts';
import { isCity, isZip, liveDocument, serves } from './live.ts';
import type { LivePlace } from '../live/live-wages.ts';
import type {
  AreaWages,
  AreaWagesDocument,
  IndexDocument,
  LocalWagesDocument,
  Occupation,
  OccupationsSummary,
  ProjectionRow,
  ProjectionsDocument,
  WagesDocument,
} from './schema.ts';

/** What a load function is given besides its own arguments. */
export interface LoadContext {
  client: DataClient;
  signal: AbortSignal;
  /** The resolved location, not yet checked (`areaCode()` checks it). */
  location: string;
}

/** An occupation and the place its figures are shown for: where wage and outlook widgets start. */
export interface OccupationInArea {
  occupation: Occupation;
  /** `US`, a state code, or a BLS metropolitan or nonmetropolitan area code. */
  area: string;
  /** The area's name as the endpoint's index.json gives it. */
  areaName: string;
  /**
   * For a metropolitan or nonmetropolitan area, the state it is shown beside (the first of its
   * states, BLS's principal one, for an area across a state line); null for the nation or a state.
   * `whole` is false for a territory the endpoint has no figures for as a whole (index.json's
   * `territories`: Puerto Rico), so no column is shown for it.
   */
  state: { code: string; name: string; whole: boolean } | null;
  /** For a ZIP code or a city on a live endpoint: the location as given and the live wages read there. */
  live?: LivePlace['live'];
}

/** The state a place is in: the state itself, or the state a local area is shown beside; null for the nation. */
export const stateOf = (place: Omit<OccupationInArea, 'occupation'>): { code: string; name: string } | null =>
  place.state ?? (place.area !== 'US' && /^[A-Z]{2}$/.test(place.area) ? { code: place.area, name: place.areaName } : null);

/** A state's (or a territory's) name from index.json, and whether the endpoint has its figures as a whole. */
export function stateIn(index: IndexDocument, code: string): { code: string; name: string; whole: boolean } {
  const state = index.areas.find((a) => a.code === code);
  return { code, name: (state ?? index.territories?.find((a) => a.code === code))?.name ?? code, whole: !!state };
}

/**
 * Checks the `code` and `location` attributes, then loads the occupation and names the area. On a
 * live endpoint (its index serves `live-wages`) a ZIP code or "City, ST" is the metro area the
 * source resolves it to; on a static one it is an invalid location.
 */
export async function occupationInArea(code: string, { client, signal, location }: LoadContext): Promise<OccupationInArea> {
  const onet = onetCode(code);
  const given = location.trim();
  const city = isCity(given);
  const area = city ? given : areaCode(location);
  const [occupation, index] = await Promise.all([client.get('occupation', onet, signal), client.get('index', undefined, signal)]);
  if ((city || isZip(area)) && serves(index, 'live-wages')) {
    const { livePlace } = await import('../live/live-wages.ts');
    return { occupation, ...(await livePlace(occupation, given, index, client, signal)) };
  }
  if (city) {
    throw invalidAttribute('location', location, `location "${location}" is a city, which only a live endpoint resolves`, (t) =>
      t.common.invalidLocation(location),
    );
  }
  return { occupation, ...placeIn(index, area, location) };
}

/** Names a checked area code from index.json; a sub-state area the endpoint lacks is an invalid location. */
export function placeIn(index: IndexDocument, area: string, given = area): Omit<OccupationInArea, 'occupation'> {
  if (!/^\d+$/.test(area)) return { area, areaName: stateIn(index, area).name, state: null };
  const local = index.localAreas?.find((a) => a.code === area);
  const stateCode = local?.states[0];
  if (!local || !stateCode) {
    throw invalidAttribute('location', given, `location "${given}" is not an area this endpoint has (index.json localAreas)`, (t) =>
      t.common.unknownArea(given),
    );
  }
  return { area, areaName: local.name, state: stateIn(index, stateCode) };
}

/**
 * The nation's row and the chosen area's from a document's rows: `local` is null for the nation
 * alone, and undefined when the source has no row for that area.
 */
export function nationAndLocal<R extends { area: string }>(
  rows: readonly R[] | undefined,
  area: string,
): { nation: R | null; local: R | null | undefined } {
  const row = (a: string) => rows?.find((r) => r.area === a);
  return { nation: row('US') ?? null, local: area === 'US' ? null : row(area) };
}

/** The chosen area's state's row, for a sub-state area: undefined when the source has none, null otherwise. */
function stateRow<R extends { area: string }>(rows: readonly R[] | undefined, found: OccupationInArea): R | null | undefined {
  return found.state ? rows?.find((r) => r.area === found.state!.code) : null;
}

export interface WagesInArea extends OccupationInArea {
  /**
   * The SOC occupation's (or its BLS aggregate's) wages: the state's local document for a
   * sub-state area (the nation, the state and its areas), else the national one; null when BLS
   * publishes none.
   */
  wages: WagesDocument | LocalWagesDocument | null;
  nation: AreaWages | null;
  /** The chosen area's row; null for the nation alone, undefined when BLS has no row there. */
  local: AreaWages | null | undefined;
  /** For a sub-state area, its state's row (undefined when BLS has none); null otherwise. */
  stateRow: AreaWages | null | undefined;
}

/**
 * An occupation's wages in an area beside the nation's (and, for a metropolitan or
 * nonmetropolitan area, beside its state's): the wage table's and the card's figures.
 */
export async function wagesInArea(code: string, context: LoadContext): Promise<WagesInArea> {
  const found = await occupationInArea(code, context);
  const soc = found.occupation.wages?.soc;
  const live = found.live?.wages;
  const wages = live
    ? (await import('../live/live-wages.ts')).asLocalWages(live, found.state?.code ?? 'US')
    : soc && !found.live
      ? await wagesDocument(soc, found, context)
      : null;
  return { ...found, wages, ...nationAndLocal(wages?.areas, found.area), stateRow: stateRow(wages?.areas, found) };
}

/** `wages/{soc}/{state}` for a sub-state area; its 404 (no area of the state has a row) falls back to `wages/{soc}`. */
async function wagesDocument(soc: string, found: OccupationInArea, { client, signal }: LoadContext) {
  if (found.state) {
    try {
      return await client.get('local-wages', `${soc}/${found.state.code}`, signal);
    } catch (error) {
      if (!(error instanceof DataError && error.kind === 'not-found')) throw error;
    }
  }
  return client.get('wages', soc, signal);
}

export interface ProjectionsInArea extends OccupationInArea {
  projections: ProjectionsDocument | null;
  nation: ProjectionRow | null;
  /**
   * The chosen state's row; null for the nation alone, undefined when the source has none. Always
   * undefined for a sub-state area: projections are published for states (see `stateRow`).
   */
  local: ProjectionRow | null | undefined;
  /** For a sub-state area, its state's row (undefined when the source has none); null otherwise. */
  stateRow: ProjectionRow | null | undefined;
}

/** An occupation's employment projections in an area beside the nation's. */
export async function projectionsInArea(code: string, context: LoadContext): Promise<ProjectionsInArea> {
  const found = await occupationInArea(code, context);
  const soc = found.occupation.projections?.soc;
  const projections = soc ? await projectionsDocument(soc, found, context) : null;
  return {
    ...found,
    projections,
    ...nationAndLocal(projections?.rows, found.area),
    stateRow: stateRow(projections?.rows, found),
  };
}

/**
 * `projections/{soc}`; on a live endpoint, for a place other than the nation, the current cycle's
 * state row beside the nation's (`areas/{location}/projections/{soc}`), which the source asks for
 * by the place as given (a ZIP code, a city or a state).
 */
async function projectionsDocument(soc: string, found: OccupationInArea, { client, signal }: LoadContext) {
  const place = found.live?.location ?? found.area;
  const live = place !== 'US' ? await liveDocument('live-projections', `${place}/${soc}`, client, signal) : null;
  return live ?? client.get('projections', soc, signal);
}

/** A column of a comparison: the place's name, its row (undefined: not published), and whether it is the chosen place. */
export type PlaceColumn<R> = [name: string, row: R | undefined, chosen: boolean];

/**
 * The columns a comparison shows, as CareerOneStop's local wage comparison does: the chosen area,
 * then its state (for a sub-state area of a state with figures as a whole), then the nation; the
 * nation alone for `US`.
 */
export function placeColumns<R>(
  d: OccupationInArea & { nation: R | null; local: R | null | undefined; stateRow: R | null | undefined },
  nationName: string,
): PlaceColumn<R>[] {
  const nation: PlaceColumn<R> = [nationName, d.nation ?? undefined, d.local === null];
  if (d.local === null) return [nation];
  // A territory without figures as a whole has no column: an empty one would read as withheld.
  const state: PlaceColumn<R>[] = d.state?.whole ? [[d.state.name, d.stateRow ?? undefined, false]] : [];
  return [[d.areaName, d.local, true], ...state, [nationName, d.nation ?? undefined, false]];
}

export interface AreaTable {
  /** Every occupation's wages in the area: one document, whatever the table shows. */
  area: AreaWagesDocument;
  /** The national outlook, education, Bright Outlook and titles of every occupation, shared by all areas. */
  summary: OccupationsSummary;
  /** The area compared with (`compare="US"`), else null. */
  compare: AreaWagesDocument | null;
}

/** An area table's documents: the area's wages, the shared summary, and the compare area's wages. */
export async function areaTable(area: string, compare: string | undefined, { client, signal }: LoadContext): Promise<AreaTable> {
  const code = areaCode(area, 'area');
  const other = compare?.trim() ? areaCode(compare, 'compare') : undefined;
  const [wages, summary, against] = await Promise.all([
    client.get('area-wages', code, signal),
    client.get('occupations-summary', undefined, signal),
    other && other !== code ? client.get('area-wages', other, signal) : null,
  ]);
  return { area: wages, summary, compare: against };
}
