/**
 * Ranks occupations (or programs) for what a person types into a search box. Pure: no DOM, no
 * fetching; `<occupation-search>` feeds it `search-index.json` and then the `search/{key}.json`
 * shards a query needs (see ./index.ts), and renders what `search()` returns.
 *
 * Order, best first (each result says which applied and, for another title, which one):
 *   1. exact: the title is the query ("registered nurses");
 *   2. title-prefix: the title starts with the query ("nurse" -> "Nurse Practitioners");
 *   3. word-prefix: every query word starts a word of the title ("reg nur");
 *   4. other-title: another title matches, exactly, by prefix or word by word ("coder", "RN");
 *   5. typo: every query word of 4+ letters is one edit from the start of a word ("weldr").
 * Within a kind: the closer other title (exact, prefix, words), a reported title (the ones people
 * recognise) before an alternate one, then the occupation with more matching titles (many
 * "... Coder" titles make a coder occupation), then the shorter title, then the code, so the same
 * data always gives the same order.
 */
import { normalize, tokenize } from './normalize.ts';

export type MatchKind = 'exact' | 'title-prefix' | 'word-prefix' | 'other-title' | 'typo';

export interface SearchResult {
  /** O*NET-SOC code (or CIP code for programs). */
  code: string;
  title: string;
  /** The other title that matched, shown as "matched: Coder"; null when the title itself did. */
  matched: string | null;
  match: MatchKind;
}

/** What a search runs over: one occupation or program and the other titles it is known by. */
export interface Searchable {
  code: string;
  title: string;
  /** Titles shipped with the index (reported titles): ranked before alternates from shards. */
  otherTitles: readonly string[];
}

/** Typos are forgiven only in words this long: shorter ones ("rn", "cna") are abbreviations. */
const TYPO_MIN_LENGTH = 4;

interface Text {
  text: string;
  norm: string;
  words: string[];
  /** 0 reported (from the index), 1 alternate (from a shard). */
  rank: 0 | 1;
}

interface Entry {
  code: string;
  title: Text;
  others: Text[];
  /** Normalised other titles already held, so a shard loaded twice adds nothing. */
  known: Set<string>;
}

function text(value: string, rank: 0 | 1): Text {
  return { text: value, norm: normalize(value), words: tokenize(value), rank };
}

export class TitleSearch {
  private readonly entries = new Map<string, Entry>();
  /** Every distinct word of every title: a typo is looked up once per word, not once per title. */
  private readonly vocabulary = new Set<string>();

  constructor(items: Iterable<Searchable>) {
    for (const item of items) {
      const entry: Entry = { code: item.code, title: text(item.title, 0), others: [], known: new Set() };
      this.entries.set(item.code, entry);
      for (const word of entry.title.words) this.vocabulary.add(word);
      for (const other of item.otherTitles) this.addTo(entry, other, 0);
    }
  }

  /** Adds a shard's alternate titles (`[title, code]`); codes the index does not have are ignored. */
  addTitles(titles: Iterable<readonly [string, string]>): void {
    for (const [title, code] of titles) {
      const entry = this.entries.get(code);
      if (entry) this.addTo(entry, title, 1);
    }
  }

  private addTo(entry: Entry, title: string, rank: 0 | 1): void {
    const t = text(title, rank);
    if (t.norm === '' || t.norm === entry.title.norm || entry.known.has(t.norm)) return;
    entry.known.add(t.norm);
    entry.others.push(t);
    for (const word of t.words) this.vocabulary.add(word);
  }

  /** The best `limit` matches for a query; empty for a query with no letters or digits. */
  search(query: string, limit = 10): SearchResult[] {
    const norm = normalize(query);
    const words = tokenize(query);
    if (words.length === 0) return [];
    const scored: { result: SearchResult; score: number[] }[] = [];
    for (const entry of this.entries.values()) {
      const hit = best(entry, norm, words, null);
      if (hit) scored.push(hit);
    }
    // Typos are looked for only when the exact kinds leave room: the edit-distance check is the
    // costly part, and a typo match would rank below every one of them anyway.
    if (scored.length < limit && words.some((q) => q.length >= TYPO_MIN_LENGTH)) {
      const near = new Map<string, Set<string>>();
      for (const q of words) {
        if (q.length < TYPO_MIN_LENGTH) continue;
        const close = new Set<string>();
        for (const word of this.vocabulary) if (oneEditFromPrefix(q, word)) close.add(word);
        near.set(q, close);
      }
      const found = new Set(scored.map((s) => s.result.code));
      for (const entry of this.entries.values()) {
        if (found.has(entry.code)) continue;
        const hit = best(entry, norm, words, near);
        if (hit) scored.push(hit);
      }
    }
    scored.sort((a, b) => compare(a.score, b.score) || (a.result.code < b.result.code ? -1 : 1));
    return scored.slice(0, limit).map((s) => s.result);
  }
}

const KIND_ORDER: Record<MatchKind, number> = { exact: 0, 'title-prefix': 1, 'word-prefix': 2, 'other-title': 3, typo: 4 };

/** Per query word of 4+ letters, the title words one edit from it (at their start). */
type Near = Map<string, Set<string>>;

/**
 * How one text matches: 0 exact, 1 prefix, 2 every word by prefix, 3 with one typo (looked for
 * only when `near` is given); null none.
 */
function matchText(t: Text, norm: string, words: string[], near: Near | null): number | null {
  if (t.norm === norm) return 0;
  if (t.norm.startsWith(norm)) return 1;
  if (words.every((q) => t.words.some((w) => w.startsWith(q)))) return 2;
  if (near && words.every((q) => t.words.some((w) => w.startsWith(q) || near.get(q)?.has(w)))) return 3;
  return null;
}

function best(entry: Entry, norm: string, words: string[], near: Near | null): { result: SearchResult; score: number[] } | null {
  const own = matchText(entry.title, norm, words, near);
  const length = entry.title.text.length;
  const result = (match: MatchKind, matched: string | null) => ({ code: entry.code, title: entry.title.text, matched, match });
  if (own !== null && own < 3) {
    const kind: MatchKind = own === 0 ? 'exact' : own === 1 ? 'title-prefix' : 'word-prefix';
    return { result: result(kind, null), score: [KIND_ORDER[kind], 0, 0, 0, length] };
  }
  // The best other title, and how many other titles match without a typo: "CNA" is an exact
  // title of three occupations, and Nursing Assistants, with many "... (CNA)" titles, comes first.
  let found: Text | null = null;
  let foundHow = 4;
  let count = 0;
  for (const other of entry.others) {
    const how = matchText(other, norm, words, near);
    if (how === null) continue;
    if (how < 3) count++;
    if (how < foundHow || (how === foundHow && found !== null && other.rank < found.rank)) {
      found = other;
      foundHow = how;
    }
  }
  if (found && foundHow < 3) {
    return { result: result('other-title', found.text), score: [KIND_ORDER['other-title'], foundHow, found.rank, -count, length] };
  }
  if (own === 3) return { result: result('typo', null), score: [KIND_ORDER.typo, 0, 0, 0, length] };
  if (found) return { result: result('typo', found.text), score: [KIND_ORDER.typo, 1, found.rank, -count, length] };
  return null;
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/**
 * Whether `query` is at most one insertion, deletion or substitution from some start of `word`
 * ("weldr" -> "welde(rs)"): Levenshtein distances from the query to every prefix of the word, one
 * row at a time, stopping as soon as the row cannot get back under 2.
 */
export function oneEditFromPrefix(query: string, word: string): boolean {
  // prev[i] = distance between query[0, i) and the word prefix read so far.
  let prev = Array.from({ length: query.length + 1 }, (_, i) => i);
  if (prev[query.length]! <= 1) return true;
  for (let j = 1; j <= word.length; j++) {
    const row = [j];
    let rowMin = j;
    for (let i = 1; i <= query.length; i++) {
      const cost = query[i - 1] === word[j - 1] ? 0 : 1;
      const value = Math.min(prev[i]! + 1, row[i - 1]! + 1, prev[i - 1]! + cost);
      row.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (row[query.length]! <= 1) return true;
    if (rowMin > 1) return false;
    prev = row;
  }
  return false;
}
