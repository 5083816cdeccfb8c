/**
 * The widgets' languages: English and Spanish built in, more added by a site with
 * `registerMessages()`. A widget resolves its language nearest-first (its own `lang`, the
 * `<occupation-data>` around it, `configure()`, the page's `lang`) and then reads its text here.
 */
import { en, type Messages } from './en.ts';

export type { Messages } from './en.ts';

/** A language the widgets speak: `en`, `es`, or a lower-case tag a site registered (`vi`, `zh-hant`). */
export type Lang = string;

/** A site's table for a language: any namespace, any key; what it leaves out reads in English. */
export type PartialMessages = { [N in keyof Messages]?: Partial<Messages[N]> };

/** The languages ready to render: English always (it is every table's fallback). */
const tables = new Map<Lang, Messages>([['en', en]]);

/**
 * Built-in languages other than English, downloaded when a widget first resolves to one: a page
 * in English never loads Spanish. A new built-in language is one line here.
 */
const builtIn = new Map<Lang, () => Promise<Messages>>([['es', () => import('./es.ts').then((m) => m.es)]]);
const arriving = new Map<Lang, Promise<void>>();
/** What a site registered for a built-in language before it arrived: laid over it on arrival. */
const additions = new Map<Lang, PartialMessages[]>();

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** English's namespace with the site's keys laid over it; a nested table (categories) merged key by key. */
function over<T extends object>(english: T, given: Partial<T> | undefined): T {
  const merged = { ...english } as Record<string, unknown>;
  for (const [key, value] of Object.entries(given ?? {})) {
    if (!Object.hasOwn(english, key) || value === undefined) continue;
    const base = merged[key];
    merged[key] = isPlainObject(base) && isPlainObject(value) ? { ...base, ...value } : value;
  }
  return merged as T;
}

/**
 * Adds (or extends) a language: `registerMessages('vi', { wages: { heading: 'Mức lương' } })`.
 * Keys left out read in English; numbers and money follow the language through `Intl`. Widgets
 * already on the page re-render in it.
 */
export function registerMessages(lang: string, messages: PartialMessages): void {
  const tag = lang.trim().toLowerCase();
  if (builtIn.has(tag) && !tables.has(tag)) {
    additions.set(tag, [...(additions.get(tag) ?? []), messages]);
    void messagesReady(tag);
    return;
  }
  tables.set(tag, merge(tables.get(tag) ?? en, messages));
  window.dispatchEvent(new Event(LANGUAGES_EVENT));
}

function merge(base: Messages, messages: PartialMessages): Messages {
  const merged = {} as Record<keyof Messages, unknown>;
  for (const ns of Object.keys(en) as (keyof Messages)[]) {
    merged[ns] = over(base[ns], messages[ns] as Partial<Messages[typeof ns]> | undefined);
  }
  return merged as Messages;
}

/**
 * Settles when a language's messages are ready: at once for English and registered languages,
 * after the download for a built-in one (widgets re-render on LANGUAGES_EVENT when it arrives).
 * A download that fails leaves the widgets in English, never broken.
 */
export function messagesReady(lang: Lang): Promise<void> {
  const load = builtIn.get(lang);
  if (tables.has(lang) || !load) return Promise.resolve();
  let ready = arriving.get(lang);
  if (!ready) {
    const arrived = (table: Messages) => {
      tables.set(lang, (additions.get(lang) ?? []).reduce(merge, table));
      additions.delete(lang);
      window.dispatchEvent(new Event(LANGUAGES_EVENT));
    };
    ready = load().then(arrived, (error: unknown) => {
      console.warn(`occupation-widgets: the "${lang}" messages could not be loaded, showing English: ${String(error)}`);
      builtIn.delete(lang);
      if (additions.has(lang)) arrived(en);
    });
    arriving.set(lang, ready);
  }
  return ready;
}

/** Whether a language's own messages are ready (else its widgets read English while they load). */
export const hasMessages = (lang: Lang): boolean => tables.has(lang);

/** Fired on window when a language is registered, so widgets already rendered can use it. */
export const LANGUAGES_EVENT = 'occupation-languages';

const noted = new Set<string>();

/**
 * Any BCP 47 tag to a language the widgets have: the tag itself, else its primary language
 * (`es-MX` reads Spanish), else English, with one console note per unknown tag.
 */
export function resolveLang(tag: string | null | undefined): Lang {
  const wanted = tag?.trim().toLowerCase();
  if (!wanted) return 'en';
  const known = (lang: Lang) => tables.has(lang) || builtIn.has(lang);
  if (known(wanted)) return wanted;
  const primary = wanted.split('-')[0]!;
  if (known(primary)) return primary;
  if (!noted.has(wanted)) {
    noted.add(wanted);
    console.info(`occupation-widgets: no messages for lang="${tag}", showing English; registerMessages() adds a language.`);
  }
  return 'en';
}

/** The messages of a resolved language; English while a built-in one downloads (asking starts it). */
export function messages(lang: Lang): Messages {
  const table = tables.get(lang);
  if (table) return table;
  void messagesReady(lang);
  return en;
}

/** Intl locale: US figures for US readers ($61,810 in Spanish too); other languages their own. */
export const intlLocale = (lang: Lang): string => (lang === 'en' ? 'en-US' : lang === 'es' ? 'es-US' : lang);

/** A translation table's entry for a key from the data, never an inherited member (`constructor`). */
export const lookup = <V>(table: Readonly<Record<string, V>>, key: string): V | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;
