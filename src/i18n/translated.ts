/** A label in the reader's language, and whether it is still the source's English (to mark it). */
export interface Translated {
  text: string;
  english: boolean;
}

/** The table's text for `key`, else the source's English wording, marked as such. */
export const translate = (table: Readonly<Record<string | number, string>> | null, key: string | number, english: string): Translated => {
  const text = table && Object.hasOwn(table, key) ? table[key] : undefined;
  return text ? { text, english: false } : { text: english, english: true };
};
