/**
 * The widgets' languages: English and Spanish built in, more added by a site with
 * `registerMessages()`. A widget resolves its language nearest-first (its own `lang`, the
 * `<occupation-data>` around it, `configure()`, the page's `lang`) and then reads its text here.
 *
 * Strings come by namespace (en/, es/): an element's DataController brings the English
 * namespaces it renders, so a page downloads only its elements' strings, and Spanish namespaces
 * download when a widget first speaks Spanish (the widget waits for them before rendering).
 */
import { common } from './en/common.ts';
import type { Messages } from './en.ts';

export type { Messages } from './en.ts';

/** A namespace of the messages (`wages`, `profile`, ...). */
export type Namespace = keyof Messages;

/** A language the widgets speak: `en`, `es`, or a lower-case tag a site registered (`vi`, `zh-hant`). */
export type Lang = string;

/** A site's table for a language: any namespace, any key; what it leaves out reads in English. */
export type PartialMessages = { [N in Namespace]?: Partial<Messages[N]> };

/** The English namespaces of the elements loaded so far (every element reads `common`). */
const english: Partial<Messages> = { common };

type Loaders = { [N in Namespace]: () => Promise<{ default: Messages[N] }> };

/**
 * Built-in languages other than English, a loader per namespace (the mapped type makes a missing
 * namespace a type error): a page in English never downloads Spanish.
 */
const builtIn = new Map<Lang, Loaders>([
  [
    'es',
    {
      common: () => import('./es/common.ts'),
      wages: () => import('./es/wages.ts'),
      wageChart: () => import('./es/wage-chart.ts'),
      compare: () => import('./es/compare.ts'),
      areaTable: () => import('./es/area-table.ts'),
      outlook: () => import('./es/outlook.ts'),
      education: () => import('./es/education.ts'),
      programs: () => import('./es/programs.ts'),
      tasks: () => import('./es/tasks.ts'),
      ratings: () => import('./es/ratings.ts'),
      interests: () => import('./es/interests.ts'),
      technology: () => import('./es/technology.ts'),
      related: () => import('./es/related.ts'),
      facts: () => import('./es/facts.ts'),
      search: () => import('./es/search.ts'),
      programCareers: () => import('./es/program-careers.ts'),
      areaPicker: () => import('./es/area-picker.ts'),
      profile: () => import('./es/profile.ts'),
      video: () => import('./es/video.ts'),
      certifications: () => import('./es/certifications.ts'),
      licenses: () => import('./es/licenses.ts'),
      apprenticeships: () => import('./es/apprenticeships.ts'),
      attribution: () => import('./es/attribution.ts'),
    },
  ],
]);
/** The built-in languages' namespaces downloaded so far; a failed download reads English. */
const downloaded = new Map<Lang, Partial<Messages>>();
const arriving = new Map<string, Promise<void>>();
/** What sites registered, by language, laid over the built-in or English namespaces when read. */
const added = new Map<Lang, PartialMessages>();
/** The merged table of each language, rebuilt when a namespace or a site's table arrives. */
const tables = new Map<Lang, Messages>();

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `given`'s keys laid over `base`'s; a nested table (categories) merged key by key; English's keys only. */
function over<T extends object>(base: T, given: Partial<T> | undefined, keys: object = base): T {
  const merged = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(given ?? {})) {
    if (!Object.hasOwn(keys, key) || value === undefined) continue;
    const old = merged[key];
    merged[key] = isPlainObject(old) && isPlainObject(value) ? { ...old, ...value } : value;
  }
  return merged as T;
}

/** Called by each element's DataController with the English namespaces it renders. */
export function addEnglish(namespaces: Partial<Messages>): void {
  if (Object.entries(namespaces).every(([ns, table]) => english[ns as Namespace] === table)) return;
  Object.assign(english, namespaces);
  tables.clear();
}

/**
 * Adds (or extends) a language: `registerMessages('vi', { wages: { heading: 'Mức lương' } })`.
 * Keys left out read in English; numbers and money follow the language through `Intl`. Widgets
 * already on the page re-render in it.
 */
export function registerMessages(lang: string, messages: PartialMessages): void {
  const tag = lang.trim().toLowerCase();
  const before = added.get(tag) ?? {};
  const merged: Record<string, object> = { ...before };
  for (const [ns, table] of Object.entries(messages)) {
    if (isPlainObject(table)) merged[ns] = over(merged[ns] ?? {}, table, table);
  }
  added.set(tag, merged as PartialMessages);
  changed();
}

function changed(): void {
  tables.clear();
  window.dispatchEvent(new Event(LANGUAGES_EVENT));
}

/** Fired on window when a language is registered, so widgets already rendered can use it. */
export const LANGUAGES_EVENT = 'occupation-languages';

const missing = (lang: Lang, namespaces: readonly Namespace[]): Namespace[] => {
  const have = downloaded.get(lang);
  return builtIn.has(lang) ? namespaces.filter((ns) => !have || !Object.hasOwn(have, ns)) : [];
};

/** Whether a language's namespaces are here (English and registered languages always are). */
export const hasMessages = (lang: Lang, namespaces: readonly Namespace[]): boolean => missing(lang, namespaces).length === 0;

/**
 * Settles when a built-in language's namespaces are downloaded (at once for English and for
 * registered languages); widgets re-render on LANGUAGES_EVENT. A namespace whose download fails
 * reads English, with a console note: never a broken widget.
 */
export function messagesReady(lang: Lang, namespaces: readonly Namespace[]): Promise<void> {
  const loaders = builtIn.get(lang);
  if (!loaders) return Promise.resolve();
  const table = downloaded.get(lang) ?? downloaded.set(lang, {}).get(lang)!;
  return Promise.all(
    missing(lang, namespaces).map((ns) => {
      const key = `${lang} ${ns}`;
      let ready = arriving.get(key);
      if (!ready) {
        ready = loaders[ns]()
          .then(
            (module) => void Object.assign(table, { [ns]: module.default }),
            (error: unknown) => {
              console.warn(`occupation-widgets: the "${lang}" ${ns} messages could not be loaded, showing English: ${String(error)}`);
              Object.assign(table, { [ns]: english[ns] });
            },
          )
          .then(changed);
        arriving.set(key, ready);
      }
      return ready;
    }),
  ).then(() => undefined);
}

const noted = new Set<string>();

/**
 * Any BCP 47 tag to a language the widgets have: the tag itself, else its primary language
 * (`es-MX` reads Spanish), else English, with one console note per unknown tag.
 */
export function resolveLang(tag: string | null | undefined): Lang {
  const wanted = tag?.trim().toLowerCase();
  if (!wanted) return 'en';
  const known = (lang: Lang) => lang === 'en' || builtIn.has(lang) || added.has(lang);
  if (known(wanted)) return wanted;
  const primary = wanted.split('-')[0]!;
  if (known(primary)) return primary;
  if (!noted.has(wanted)) {
    noted.add(wanted);
    console.info(`occupation-widgets: no messages for lang="${tag}", showing English; registerMessages() adds a language.`);
  }
  return 'en';
}

/**
 * The messages of a resolved language: the loaded elements' namespaces, each in the language
 * where it has it (a built-in one once downloaded), else English, with what a site registered on top.
 */
export function messages(lang: Lang): Messages {
  let table = tables.get(lang);
  if (!table) {
    const own = downloaded.get(lang) ?? {};
    const site = added.get(lang) ?? {};
    const merged: Record<string, object> = {};
    for (const [ns, strings] of Object.entries(english) as [Namespace, object][]) {
      merged[ns] = over(own[ns] ?? strings, site[ns] as object | undefined, strings);
    }
    tables.set(lang, (table = merged as Messages));
  }
  return table;
}

/** Intl locale: US figures for US readers ($61,810 in Spanish too); other languages their own. */
export const intlLocale = (lang: Lang): string => (lang === 'en' ? 'en-US' : lang === 'es' ? 'es-US' : lang);

/** A translation table's entry for a key from the data, never an inherited member (`constructor`). */
export const lookup = <V>(table: Readonly<Record<string, V>>, key: string): V | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;
