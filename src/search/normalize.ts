/**
 * How titles and queries are compared: the one definition the data build (which files alternate
 * titles into `search/{prefix}.json` shards) and the browser (which asks for the shards a query
 * needs) both use, so a shard key computed on one side always names a shard written by the other.
 * Pure functions, no DOM.
 */

/** Joining words a title search ignores ("Repair and Maintenance" is found by "repair maintenance"). */
const STOP_WORDS = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

/** Lower case, accents dropped ("Décor" is "decor"), every run of other characters one space. */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The words of a title or query, without joining words ("of", "and"); a query made only of joining
 * words keeps them, so typing "an" still searches for "analyst".
 */
export function tokenize(text: string): string[] {
  const words = normalize(text).split(' ').filter((w) => w !== '');
  const content = words.filter((w) => !STOP_WORDS.has(w));
  return content.length > 0 ? content : words;
}

/** Letters in a shard key: two give a few hundred small shards, each fetched once. */
export const SHARD_KEY_LENGTH = 2;

/** The shard a word is filed under (its first two letters or digits); null for a 1-letter word. */
export function shardKey(word: string): string | null {
  return word.length >= SHARD_KEY_LENGTH ? word.slice(0, SHARD_KEY_LENGTH) : null;
}

/** Every shard a title is filed under, or a query needs: one per distinct word key, sorted. */
export function shardKeys(text: string): string[] {
  const keys = new Set<string>();
  for (const word of tokenize(text)) {
    const key = shardKey(word);
    if (key) keys.add(key);
  }
  return [...keys].sort();
}
