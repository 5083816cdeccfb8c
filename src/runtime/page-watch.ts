import { CONFIGURE_EVENT } from '../config.ts';
import { LANGUAGES_EVENT } from '../i18n/index.ts';

const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;
const notify = () => listeners.forEach((listener) => listener());

/**
 * Calls `listener` when something page-wide that widgets read changes: `<html lang>`, the
 * page's colour scheme (a class or style on `<html>` that sets `color-scheme`), `configure()`,
 * or a newly registered language. One observer serves every widget on the page;
 * returns the function that stops listening.
 */
export function watchPage(listener: () => void): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(notify);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'class', 'style'] });
    window.addEventListener(CONFIGURE_EVENT, notify);
    window.addEventListener(LANGUAGES_EVENT, notify);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size || !observer) return;
    observer.disconnect();
    observer = undefined;
    window.removeEventListener(CONFIGURE_EVENT, notify);
    window.removeEventListener(LANGUAGES_EVENT, notify);
  };
}
