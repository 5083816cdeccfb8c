/** The UI's languages. O*NET's own text (descriptions, tasks) exists in English only. */
export type Lang = 'en' | 'es';

/** Any BCP 47 tag to a language the widgets speak: `es-MX` reads Spanish, anything else English. */
export function resolveLang(tag: string | null | undefined): Lang {
  return tag?.trim().toLowerCase().split('-')[0] === 'es' ? 'es' : 'en';
}

/** Intl locale: US figures for US readers in either language ($61,810 in Spanish too). */
export const intlLocale = (lang: Lang): string => (lang === 'es' ? 'es-US' : 'en-US');

/** A typed pair of string tables: the Spanish one must have every key the English one has. */
export const strings = <T>(tables: { en: T; es: T }) => (lang: Lang): T => tables[lang];
