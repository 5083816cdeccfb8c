/** What `<occupation-compare>` loads: each occupation's wages and projections in one area. */
import { areaCode, onetCode } from '../../data/codes.ts';
import { DataError, invalidAttribute } from '../../data/errors.ts';
import { placeIn, projectionsInArea, wagesInArea, type LoadContext, type ProjectionsInArea, type WagesInArea } from '../../data/loaders.ts';

export const MAX_COMPARED = 4;

/** One occupation of the comparison, or a code the endpoint does not have. */
export type Compared =
  | { code: string; found: true; wages: WagesInArea; projections: ProjectionsInArea }
  | { code: string; found: false };

export interface Comparison {
  area: string;
  areaName: string;
  items: Compared[];
}

/** The `codes` attribute as one to four distinct O*NET-SOC codes, else an invalid-attribute DataError. */
export function parseCodes(value: string): string[] {
  const codes = [...new Set(value.split(',').map((c) => c.trim()).filter(Boolean))];
  const invalid = () =>
    invalidAttribute('codes', value, `codes "${value}" is not a list of 1 to ${MAX_COMPARED} O*NET-SOC codes separated by commas`, (t) =>
      t.compare.invalidCodes(value),
    );
  if (!codes.length || codes.length > MAX_COMPARED) throw invalid();
  try {
    return codes.map((c) => onetCode(c));
  } catch {
    throw invalid();
  }
}

/**
 * Loads every occupation at once (the client dedupes the shared documents and caches them, so a
 * code added or removed later costs only its own documents). An unknown code is kept as such, so
 * that the others still show and the reader can remove it.
 */
export async function loadComparison(codes: string[], context: LoadContext): Promise<Comparison> {
  const area = areaCode(context.location);
  const one = async (code: string): Promise<Compared> => {
    try {
      const [wages, projections] = await Promise.all([wagesInArea(code, context), projectionsInArea(code, context)]);
      return { code, found: true, wages, projections };
    } catch (error) {
      if (error instanceof DataError && error.kind === 'not-found') return { code, found: false };
      throw error;
    }
  };
  const [index, items] = await Promise.all([context.client.get('index', undefined, context.signal), Promise.all(codes.map(one))]);
  // A metropolitan or nonmetropolitan area by its name (from localAreas), never its bare code.
  return { area, areaName: placeIn(index, area).areaName, items };
}
