/**
 * What a search box loads: `search-index.json` (every occupation's title and reported titles,
 * fetched whole on first focus, so it stays small) and `search/{key}.json` shards holding O*NET's
 * ~56,000 alternate titles, each filed under the first two letters of each of its words, fetched
 * only when a query has a word with that key. The key is computed by src/search/normalize.ts, the
 * same code the browser uses to ask for a shard.
 */
import { SCHEMA_VERSION, type SearchIndex, type SearchShard } from '../../../src/data/schema.ts';
import { normalize, shardKeys } from '../../../src/search/normalize.ts';
import type { OnetRelease } from '../sources/onet.ts';
import { alsoKnownAs } from './occupation.ts';

export interface SearchDocuments {
  index: SearchIndex;
  /** By key, sorted. */
  shards: SearchShard[];
}

export function searchDocuments(onet: OnetRelease): SearchDocuments {
  const shards = new Map<string, [string, string][]>();
  const occupations: SearchIndex['occupations'] = [];
  for (const o of onet.occupations) {
    // Each title once per occupation, whatever its capitalisation or punctuation, never the title
    // itself; reported titles (the recognisable ones) in the index, the rest in shards.
    const seen = new Set([normalize(o.title)]);
    const fresh = (title: string) => {
      const key = normalize(title);
      if (key === '' || seen.has(key)) return false;
      seen.add(key);
      return true;
    };
    occupations.push([o.code, o.title, alsoKnownAs(onet, o.code).filter(fresh)]);
    for (const title of (onet.alternateTitles.get(o.code) ?? []).filter(fresh)) {
      for (const key of shardKeys(title)) {
        const list = shards.get(key);
        if (list) list.push([title, o.code]);
        else shards.set(key, [[title, o.code]]);
      }
    }
  }
  const keys = [...shards.keys()].sort();
  const sources = [onet.release];
  return {
    index: { schemaVersion: SCHEMA_VERSION, kind: 'search-index', sources, occupations, shards: keys },
    shards: keys.map((key) => ({ schemaVersion: SCHEMA_VERSION, kind: 'search-shard', sources, key, titles: shards.get(key)! })),
  };
}
