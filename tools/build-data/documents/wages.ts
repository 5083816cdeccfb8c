/**
 * `wages/{soc}.json` (one occupation, every area) and `areas/{area}/wages.json` (one area, every
 * occupation), both from the same OEWS figures.
 */
import {
  type AreaOccupationWages,
  type AreaWagesDocument,
  SCHEMA_VERSION,
  type WagesDocument,
} from '../../../src/data/schema.ts';
import type { Oews, OewsArea, OewsOccupation } from '../sources/oews.ts';

export function wagesDocument(occupation: OewsOccupation, oews: Oews): WagesDocument {
  // The nation first, then states by code. An area BLS has no row for is absent: it published no
  // figure there, not even a withheld one.
  const areas = [...occupation.areas].sort(([a], [b]) => (a === 'US' ? -1 : b === 'US' ? 1 : a < b ? -1 : 1));
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: 'wages',
    sources: [oews.release],
    soc: occupation.soc,
    title: occupation.title,
    annualOnly: occupation.annualOnly,
    hourlyOnly: occupation.hourlyOnly,
    areas: areas.map(([area, figures]) => ({ area, ...figures })),
  };
}

export function areaWagesDocument(area: OewsArea, oews: Oews): AreaWagesDocument {
  const occupations: AreaOccupationWages[] = [];
  for (const occupation of oews.occupations.values()) {
    const f = occupation.areas.get(area.code);
    if (!f) continue;
    occupations.push({
      soc: occupation.soc,
      title: occupation.title,
      annualOnly: occupation.annualOnly,
      hourlyOnly: occupation.hourlyOnly,
      ...f,
    });
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: 'area-wages',
    sources: [oews.release],
    area: area.code,
    name: area.name,
    occupations,
  };
}
