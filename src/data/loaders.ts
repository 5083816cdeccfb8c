/**
 * What several elements load the same way. Each checks its attributes first (an invalid one is
 * an error before any request) and asks the client, which dedupes and caches the documents.
 */
import type { DataClient } from './client.ts';
import { areaCode, onetCode } from './codes.ts';
import type { AreaWages, Occupation, ProjectionRow, ProjectionsDocument, WagesDocument } from './schema.ts';

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
  /** `US` or a state code. */
  area: string;
  /** The area's name as the endpoint's index.json gives it. */
  areaName: string;
}

/** Checks the `code` and `location` attributes, then loads the occupation and names the area. */
export async function occupationInArea(code: string, { client, signal, location }: LoadContext): Promise<OccupationInArea> {
  const onet = onetCode(code);
  const area = areaCode(location);
  const [occupation, index] = await Promise.all([client.get('occupation', onet, signal), client.get('index', undefined, signal)]);
  return { occupation, area, areaName: index.areas.find((a) => a.code === area)?.name ?? area };
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

export interface WagesInArea extends OccupationInArea {
  /** The SOC occupation's (or its BLS aggregate's) wages; null when BLS publishes none. */
  wages: WagesDocument | null;
  nation: AreaWages | null;
  /** The chosen area's row; null for the nation alone, undefined when BLS has no row there. */
  local: AreaWages | null | undefined;
}

/** An occupation's wages in an area beside the nation's: the wage table's and the card's figures. */
export async function wagesInArea(code: string, context: LoadContext): Promise<WagesInArea> {
  const found = await occupationInArea(code, context);
  const soc = found.occupation.wages?.soc;
  const wages = soc ? await context.client.get('wages', soc, context.signal) : null;
  return { ...found, wages, ...nationAndLocal(wages?.areas, found.area) };
}

export interface ProjectionsInArea extends OccupationInArea {
  projections: ProjectionsDocument | null;
  nation: ProjectionRow | null;
  /** The chosen area's row; null for the nation alone, undefined when the source has none. */
  local: ProjectionRow | null | undefined;
}

/** An occupation's employment projections in an area beside the nation's. */
export async function projectionsInArea(code: string, context: LoadContext): Promise<ProjectionsInArea> {
  const found = await occupationInArea(code, context);
  const soc = found.occupation.projections?.soc;
  const projections = soc ? await context.client.get('projections', soc, context.signal) : null;
  return { ...found, projections, ...nationAndLocal(projections?.rows, found.area) };
}
