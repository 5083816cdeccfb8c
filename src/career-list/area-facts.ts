/**
 * The figures a list of occupations shows beside each (related occupations, a program's careers),
 * loaded with one request per kind of figure. Outside src/data, which the build puts in every
 * page's runtime chunk: only the elements that list occupations load it.
 */
import { areaCode } from '../data/codes.ts';
import type { LoadContext } from '../data/loaders.ts';
import type { AreaOccupationWages, OccupationsSummary } from '../data/schema.ts';

type SummaryRow = OccupationsSummary['occupations'][number];

/** The figures a list of occupations shows beside each: the area's wages and the nation's outlook. */
export interface AreaFacts {
  area: string;
  areaName: string;
  /** Wages in the area by SOC code; null when not asked for. */
  wages: Map<string, AreaOccupationWages> | null;
  /** National outlook, education and Bright Outlook by O*NET code; null when not asked for. */
  summary: Map<string, SummaryRow> | null;
  /** The national projection period, `2024–2034`. */
  years: string;
}

/**
 * One request per kind of figure for a whole list (`areas/{area}/wages.json`,
 * `occupations-summary.json`), never one per occupation.
 */
export async function areaFacts(
  want: { wage: boolean; outlook: boolean },
  { client, signal, location }: LoadContext,
): Promise<AreaFacts> {
  const area = areaCode(location);
  const [index, wages, summary] = await Promise.all([
    client.get('index', undefined, signal),
    want.wage ? client.get('area-wages', area, signal) : null,
    // The summary also maps O*NET codes to the SOC rows the area's wages are filed under.
    want.wage || want.outlook ? client.get('occupations-summary', undefined, signal) : null,
  ]);
  const byCode = new Map<string, SummaryRow>();
  for (const row of summary?.occupations ?? []) for (const code of row.codes) byCode.set(code, row);
  return {
    area,
    areaName: index.areas.find((a) => a.code === area)?.name ?? wages?.name ?? area,
    wages: wages ? new Map(wages.occupations.map((row) => [row.soc, row])) : null,
    summary: want.outlook || want.wage ? byCode : null,
    years: summary ? `${summary.baseYear}–${summary.projectedYear}` : '',
  };
}

/** An occupation's row of the area's wages, through the SOC row that covers its O*NET code. */
export function wagesFor(facts: AreaFacts, code: string): AreaOccupationWages | undefined {
  const soc = facts.summary?.get(code)?.soc ?? code.slice(0, 7);
  return facts.wages?.get(soc);
}
