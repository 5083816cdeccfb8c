import { VERSION } from '../version.ts';

const warned = new Set<string>();

/**
 * Whether `tag` is still free to define. Registration never throws: a tag already defined by this
 * version of the library (a second copy, or a module imported twice) is skipped quietly; one
 * defined by another version is skipped with one console warning naming both versions.
 *
 *     if (canDefine('wage-table', WageTable)) customElements.define('wage-table', WageTable);
 */
export function canDefine(tag: string, element: CustomElementConstructor): boolean {
  const existing = customElements.get(tag);
  if (!existing) return true;
  if (existing === element) return false;
  const theirs = (existing as { version?: unknown }).version;
  if (theirs !== VERSION && !warned.has(tag)) {
    warned.add(tag);
    console.warn(
      `occupation-widgets ${VERSION}: <${tag}> is already defined by ${typeof theirs === 'string' ? `occupation-widgets ${theirs}` : 'another script'}; that definition is kept.`,
    );
  }
  return false;
}
