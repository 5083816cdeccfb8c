/**
 * What `<occupation-search>` searches: the index it fetches on first focus, and for occupations
 * the alternate-title shards each query needs. Kept apart from the element so the combobox
 * reads as keyboard and rendering only.
 */
import type { DataClient } from '../../data/client.ts';
import { isAbort } from '../../data/errors.ts';
import type { OccupationSearch, SearchResult, TitleSearch } from '../../search/index.ts';

/** The ranking code comes with the index, on first focus: a page with a search box pays for neither before. */
const ranking = () => import('../../search/index.ts');

export type SearchKind = 'occupations' | 'programs';

/** One index per document: a language change reloads the (cached) document, not the shards. */
const built = new WeakMap<object, TitleSearch>();

export interface Searcher {
  kind: SearchKind;
  /** How many occupations or programs the index holds. */
  size: number;
  /** The best `limit` results, after fetching the shards the query needs (failures degrade to the index). */
  search(query: string, limit: number, signal: AbortSignal): Promise<SearchResult[]>;
}

/** Loads the kind's index; the element calls this on first focus, never with the page. */
export async function loadSearcher(kind: SearchKind, client: DataClient, signal: AbortSignal): Promise<Searcher> {
  const [{ occupationSearch, programSearch }, index] = await Promise.all([
    ranking(),
    client.get(kind === 'programs' ? 'programs-index' : 'search-index', undefined, signal),
  ]);
  if (index.kind === 'programs-index') {
    let search = built.get(index);
    if (!search) built.set(index, (search = programSearch(index)));
    const programs = search;
    return { kind: 'programs', size: index.programs.length, search: async (query, limit) => programs.search(query, limit) };
  }
  let search = built.get(index) as OccupationSearch | undefined;
  if (!search) built.set(index, (search = occupationSearch(index)));
  const occupations = search;
  return {
    kind: 'occupations',
    size: index.occupations.length,
    search: async (query, limit, querySignal) => {
      const keys = occupations.shardsFor(query);
      const shards = await Promise.allSettled(keys.map((key) => client.get('search-shard', key, querySignal)));
      for (const shard of shards) {
        if (shard.status === 'fulfilled') occupations.addShard(shard.value);
        // Titles and reported titles still answer; the missing alternates are asked for next time.
        else if (!isAbort(shard.reason) && !querySignal.aborted) console.warn(`<occupation-search> ${String(shard.reason)}`);
      }
      querySignal.throwIfAborted();
      return occupations.search(query, limit);
    },
  };
}

/** Never settles until `signal` aborts: the search waits for focus without loading anything. */
export const untilAborted = (signal: AbortSignal): Promise<never> =>
  new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }));
