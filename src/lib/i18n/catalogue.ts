/**
 * The one way every message of the app is looked up and filled: a catalogue is a dictionary per
 * language with the same keys, and a message's placeholders are
 *
 * - `{name}`: the parameter as plain text (never HTML);
 * - `{name, number}`: a number in the language's format, every decimal kept (`1.234,5`);
 * - `{name, number, Else}`: the same, or the words `Else` when the parameter is absent (`Some` /
 *   `Alcune`: the words agree with the sentence, so they belong to it, not to the code).
 *
 * The interface's messages (`messages.ts`, `t`) and the import report's (`issues/`) are two
 * catalogues of this kind rather than one object: the import sentences load only with the Data
 * page, so the dashboard's first page does not carry them.
 */
import { formatExact } from './format';
import type { Lang } from './lang';

export type Params = Readonly<Record<string, string | number>>;
export type Catalogue<K extends string> = Readonly<Record<Lang, Readonly<Record<K, string>>>>;

/** What an absent parameter becomes: the placeholder itself (visible in review) by default. */
export type Missing = (placeholder: string) => string;

const PLACEHOLDER = /\{(\w+)(?:(,\s*number)(?:,\s*([^{}]*))?)?\}/g;

/**
 * Fills a message's placeholders.
 * @example fill('it', '{n, number} righe', { n: 1234 }) // '1.234 righe'
 * @example fill('en', '{n, number, Some} rows', {}) // 'Some rows'
 */
export function fill(
	lang: Lang,
	text: string,
	params: Params,
	missing: Missing = (placeholder) => placeholder
): string {
	return text.replace(
		PLACEHOLDER,
		(whole, name: string, number: string | undefined, otherwise: string | undefined) => {
			if (!Object.hasOwn(params, name)) return otherwise ?? missing(whole);
			const value = params[name];
			return number && typeof value === 'number' ? formatExact(lang, value) : String(value);
		}
	);
}

/** The parameter names a message uses (for the test that both languages use the same). */
export function placeholders(text: string): string[] {
	return [...text.matchAll(PLACEHOLDER)].map((m) => `${m[1]}${m[2] ? ', number' : ''}`).sort();
}

/** True when the catalogue has this key (keys built at run time, such as variants). */
export function hasKey<K extends string>(catalogue: Catalogue<K>, key: string): key is K {
	return Object.hasOwn(catalogue.en, key);
}

/**
 * Looks a message up and fills it. An unknown key (e.g. a type read from data) shows as itself
 * rather than crashing.
 */
export function translate<K extends string>(
	catalogue: Catalogue<K>,
	lang: Lang,
	key: K,
	params: Params = {},
	missing?: Missing
): string {
	return fill(lang, catalogue[lang][key] ?? key, params, missing);
}
