/**
 * `occupations-summary.json`: the national facts an area wage table shows beside each row (outlook,
 * openings, typical entry education, Bright Outlook) and the titles it filters by, for every
 * occupation with OEWS wages, keyed by the same SOC code as the rows of `areas/{area}/wages.json`.
 * One shared document rather than the same facts repeated in every area's: a table needs its
 * area's document and this one, whatever the area.
 */
import { type OccupationsSummary, type Release, SCHEMA_VERSION } from '../../../src/data/schema.ts';
import type { BrightOutlook } from '../sources/bright-outlook.ts';
import type { Oews } from '../sources/oews.ts';
import type { OnetOccupation, OnetRelease } from '../sources/onet.ts';
import type { Projections } from '../sources/projections.ts';
import type { SocStructure } from '../sources/soc-structure.ts';
import { alsoKnownAs } from './occupation.ts';

export interface SummaryInputs {
  oews: Oews;
  projections: Projections;
  onet: OnetRelease;
  brightOutlook: BrightOutlook | null;
  soc: SocStructure | null;
  /** The O*NET occupations whose wages each SOC code publishes (an aggregate has several). */
  members: Map<string, OnetOccupation[]>;
}

export function occupationsSummaryDocument(inputs: SummaryInputs): OccupationsSummary {
  const { oews, projections, onet, brightOutlook, members, soc } = inputs;
  const sources: Release[] = [projections.release, onet.release];
  if (brightOutlook) sources.push(brightOutlook.release);
  if (soc) sources.push(soc.release);
  const occupations: OccupationsSummary['occupations'] = [];
  for (const occupation of oews.occupations.values()) {
    const line = projections.lines.get(occupation.soc);
    const onetOccupations = members.get(occupation.soc) ?? [];
    // The SOC code's own O*NET occupation speaks for it (29-1141.00 for registered nurses);
    // an aggregate (31-1120) is Bright Outlook in every category any of its occupations is.
    const own = onetOccupations.filter((o) => o.code === `${occupation.soc}.00`);
    const bright = new Set((own.length > 0 ? own : onetOccupations).flatMap((o) => brightOutlook?.categories.get(o.code) ?? []));
    occupations.push({
      soc: occupation.soc,
      codes: onetOccupations.map((o) => o.code),
      percentChange: line?.figures?.percentChange ?? null,
      annualOpenings: line?.figures?.annualOpenings ?? null,
      education: line?.typical?.education ?? null,
      brightOutlook: [...bright],
      titles: otherTitles(occupation.title, onetOccupations, onet),
    });
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: 'occupations-summary',
    sources,
    baseYear: projections.baseYear,
    projectedYear: projections.projectedYear,
    groups: groupsHolding(occupations.map((o) => o.soc), soc),
    occupations,
  };
}

/** A group's code less its trailing zeros: the start of every code it holds (`29-2070` -> `29-207`). */
export function groupPrefix(code: string): string {
  return code.replace(/0+$/, '');
}

function groupsHolding(socs: string[], soc: SocStructure | null): Record<string, string> {
  const groups: Record<string, string> = {};
  for (const [code, title] of soc?.groups ?? []) {
    const prefix = groupPrefix(code);
    if (socs.some((s) => s.startsWith(prefix))) groups[code] = title;
  }
  return groups;
}

/**
 * The O*NET titles and the titles workers reported (O*NET's sample: "Coder" for medical records
 * specialists), each once whatever its case, never BLS's own title. The sample rather than O*NET's
 * full alternate titles keeps the document small (those are 57,000, the search index's job).
 */
function otherTitles(title: string, occupations: OnetOccupation[], onet: OnetRelease): string[] {
  const seen = new Set([title.toLowerCase()]);
  const titles: string[] = [];
  for (const o of occupations) {
    for (const t of [o.title, ...alsoKnownAs(onet, o.code)]) {
      if (seen.has(t.toLowerCase())) continue;
      seen.add(t.toLowerCase());
      titles.push(t);
    }
  }
  return titles;
}
