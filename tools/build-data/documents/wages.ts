/**
 * `wages/{soc}.json` (one occupation, the nation and every state), `wages/{soc}/{state}.json` (one
 * occupation in one state's metropolitan and nonmetropolitan areas) and `areas/{area}/wages.json`
 * (one area, every occupation), all from the same OEWS figures.
 *
 * Sub-state rows are not in `wages/{soc}.json`: the 135 nonmetropolitan areas alone would more
 * than double its size (its median is near its 3 KB gzip budget), and BLS's ~390 metropolitan
 * areas would make it ten times larger, while a page shows one area at a time. Split by state,
 * each document stays small and a page needs one request (it carries the nation and the state).
 */
import {
  type AreaOccupationWages,
  type AreaWages,
  type AreaWagesDocument,
  type LocalWagesDocument,
  SCHEMA_VERSION,
  type WagesDocument,
} from '../../../src/data/schema.ts';
import type { Oews, OewsArea, OewsFigures, OewsOccupation } from '../sources/oews.ts';

const byCode = ([a]: [string, unknown], [b]: [string, unknown]) => (a === 'US' ? -1 : b === 'US' ? 1 : a < b ? -1 : 1);

export function wagesDocument(occupation: OewsOccupation, oews: Oews): WagesDocument {
  // The nation first, then states by code. An area BLS has no row for is absent: it published no
  // figure there, not even a withheld one.
  const level = new Set(oews.areas.map((a) => a.code));
  const areas = [...occupation.areas].filter(([code]) => level.has(code)).sort(byCode);
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: 'wages',
    sources: [oews.release],
    soc: occupation.soc,
    title: occupation.title,
    annualOnly: occupation.annualOnly,
    hourlyOnly: occupation.hourlyOnly,
    areas: areas.map(([area, figures]) => areaWages(area, figures)),
    ...estimates(areas.map(([, figures]) => figures), oews),
  };
}

/**
 * Every `wages/{soc}/{state}.json` the occupation has: one per state with at least one sub-state
 * area where BLS published a row for it (a metro area across a state line is in each state's).
 */
export function localWagesDocuments(occupation: OewsOccupation, oews: Oews): LocalWagesDocument[] {
  const byState = new Map<string, [string, OewsFigures][]>();
  for (const area of oews.localAreas) {
    const figures = occupation.areas.get(area.code);
    if (!figures) continue;
    for (const state of area.states) {
      const list = byState.get(state) ?? [];
      if (list.length === 0) byState.set(state, list);
      list.push([area.code, figures]);
    }
  }
  return [...byState.keys()].sort().map((state) => {
    const rows: [string, OewsFigures][] = [];
    for (const code of ['US', state]) {
      const figures = occupation.areas.get(code);
      if (figures) rows.push([code, figures]);
    }
    return {
      schemaVersion: SCHEMA_VERSION,
      kind: 'local-wages',
      sources: [oews.release],
      soc: occupation.soc,
      title: occupation.title,
      annualOnly: occupation.annualOnly,
      hourlyOnly: occupation.hourlyOnly,
      state,
      areas: [...rows, ...byState.get(state)!].map(([area, figures]) => areaWages(area, figures)),
      ...estimates([...rows, ...byState.get(state)!].map(([, figures]) => figures), oews),
    };
  });
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
    ...estimates(occupations, oews),
  };
}

/** `{ estimates }` naming how each estimated figure in the rows was made; nothing when none is. */
function estimates(rows: readonly Pick<OewsFigures, 'estimated'>[], oews: Oews): Pick<WagesDocument, 'estimates'> {
  const fields = new Set(rows.flatMap((r) => r.estimated ?? []));
  if (fields.size === 0) return {};
  return { estimates: Object.fromEntries([...oews.estimateNotes].filter(([field]) => fields.has(field))) };
}

function areaWages(area: string, figures: OewsFigures): AreaWages {
  return { area, ...figures };
}
