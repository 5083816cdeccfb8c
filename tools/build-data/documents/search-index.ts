/**
 * `search-index.json`: every occupation's title and the other titles people search by, fetched
 * whole by a search box, so each entry is a compact tuple.
 */
import { SCHEMA_VERSION, type SearchIndex } from '../../../src/data/schema.ts';
import type { OnetRelease } from '../sources/onet.ts';
import { alsoKnownAs } from './occupation.ts';

export function searchIndexDocument(onet: OnetRelease): SearchIndex {
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: 'search-index',
    sources: [onet.release],
    occupations: onet.occupations.map((o) => {
      // Reported titles first (the recognisable ones), then O*NET's alternate and short titles;
      // each once, whatever its capitalisation, and never the title itself.
      const seen = new Set([o.title.toLowerCase()]);
      const others: string[] = [];
      for (const title of [...alsoKnownAs(onet, o.code), ...(onet.alternateTitles.get(o.code) ?? [])]) {
        const key = title.toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        others.push(title);
      }
      return [o.code, o.title, others];
    }),
  };
}
