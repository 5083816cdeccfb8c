/**
 * Title search over the endpoint's search documents, for `<occupation-search>` (occupations) and a
 * program picker (CIP codes). Pure: the caller fetches the documents; this module says which.
 *
 *   const search = occupationSearch(await client.get('search-index'));   // on first focus
 *   for (const key of search.shardsFor(query))                           // on each input
 *     search.addShard(await client.get('search-shard', key));
 *   search.search(query);                                                 // [{ code, title, matched, match }]
 */
import type { ProgramsIndex, SearchIndex, SearchShard } from '../data/schema.ts';
import { shardKeys } from './normalize.ts';
import { TitleSearch } from './rank.ts';

export { normalize, shardKey, shardKeys, tokenize } from './normalize.ts';
export { type MatchKind, oneEditFromPrefix, type Searchable, type SearchResult, TitleSearch } from './rank.ts';

/** A search over occupations that remembers which alternate-title shards it holds. */
export class OccupationSearch extends TitleSearch {
  private readonly loaded = new Set<string>();

  constructor(readonly index: SearchIndex) {
    super(index.occupations.map(([code, title, otherTitles]) => ({ code, title, otherTitles })));
  }

  addShard(shard: SearchShard): void {
    if (this.loaded.has(shard.key)) return;
    this.loaded.add(shard.key);
    this.addTitles(shard.titles);
  }

  /**
   * The shard keys a query needs that are not loaded yet and exist (the index lists them), so a
   * query never asks for a shard twice or for one that was never written. A one-letter query
   * needs none: titles and reported titles answer it.
   */
  shardsFor(query: string): string[] {
    const available = new Set(this.index.shards);
    return shardKeys(query).filter((key) => available.has(key) && !this.loaded.has(key));
  }
}

export function occupationSearch(index: SearchIndex): OccupationSearch {
  return new OccupationSearch(index);
}

/** Programs by title ("welding", "medical office"); a result's `code` is the CIP code. */
export function programSearch(index: ProgramsIndex): TitleSearch {
  return new TitleSearch(index.programs.map(([code, title]) => ({ code, title, otherTitles: [] })));
}
