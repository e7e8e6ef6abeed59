/**
 * The two interface languages. Number and date formats follow the chosen language, never the
 * browser (PRODUCT.md L1), so every formatter takes a `Lang` and maps it to an explicit locale.
 */

export const LANGS = ['en', 'it'] as const;
export type Lang = (typeof LANGS)[number];

/** The default language of the dashboard (`?lang=` absent). */
export const DEFAULT_LANG: Lang = 'en';

/** Explicit BCP 47 locales handed to `Intl`: Italian as used in Italy, British English. */
export const LOCALES: Readonly<Record<Lang, string>> = { it: 'it-IT', en: 'en-GB' };

/**
 * Type guard for untrusted input (URL, storage).
 *
 * @example isLang('it') // true
 * @example isLang('IT') // false: callers normalise case first if they want to
 */
export function isLang(value: unknown): value is Lang {
	return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}
