import { areaCode, onetCode } from '../data/codes.ts';
import type { Occupation } from '../data/schema.ts';
import type { LoadContext } from './widget-data.ts';

/** An occupation and the place its figures are shown for: where wage and outlook widgets start. */
export interface OccupationInArea {
  occupation: Occupation;
  /** `US` or a state code. */
  area: string;
  /** The area's name as the endpoint's index.json gives it. */
  areaName: string;
}

/** Checks the `code` and `location` attributes, then loads the occupation and names the area. */
export async function occupationInArea(code: string, context: LoadContext): Promise<OccupationInArea> {
  const { client, signal, location, lang } = context;
  const onet = onetCode(code, lang);
  const area = areaCode(location, lang);
  const [occupation, index] = await Promise.all([
    client.get('occupation', onet, signal),
    client.get('index', undefined, signal),
  ]);
  return { occupation, area, areaName: index.areas.find((a) => a.code === area)?.name ?? area };
}

/**
 * The nation's row and the chosen state's from a document's rows: `local` is null for the nation
 * alone, and undefined when the source has no row for that state.
 */
export function nationAndLocal<R extends { area: string }>(
  rows: readonly R[] | undefined,
  area: string,
): { nation: R | null; local: R | null | undefined } {
  const row = (a: string) => rows?.find((r) => r.area === a);
  return { nation: row('US') ?? null, local: area === 'US' ? null : row(area) };
}
