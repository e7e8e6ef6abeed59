/**
 * A deck of pinned views (S4) as one URL parameter: `deck=` on the dashboard (the views pinned so
 * far), `slides=` on `/present` (the same list, presented). Pure: no Svelte, no `$app`.
 *
 * Grammar of the parameter value (after the usual URL decoding):
 *
 * ```
 * deck  = slide *( "~" slide )                 at most MAX_SLIDES slides
 * slide = view *( "!" name "." value )
 * view  = a name of the view registry (src/lib/views/registry.ts): "headline" / "volumes" / …
 * name  = 1*( "a"-"z" )                        a dashboard parameter (see codec.ts), never `lang` or `deck`
 * value = the parameter value, percent-encoded as by encodeURIComponent, except that `,` and `:` stay
 *         readable and `.`, `!`, `~` are escaped too (%2E, %21, %7E), so they only ever separate
 * ```
 *
 * @example
 * // two slides: Italian imports from Kazakhstan and Uzbekistan over time, then CAGR
 * // /present?slides=volumes!flow.import!partners.KAZ,UZB~growth!growth.cagr&lang=it
 *
 * The language is not part of a slide: a deck is presented in the language of its page (`lang=`),
 * so one deck serves an Italian and an English audience. Slides keep their own `tables=`, so a
 * view pinned as a table is presented as a table.
 *
 * This module checks the syntax only; `readDeck` in codec.ts also checks every value and
 * canonicalises each slide's query, so equal decks give equal URLs.
 */

import { isViewName, VIEW_NAMES, type ViewName } from '../views/registry';

/**
 * Views that can be embedded, exported and pinned: every view of the registry
 * (src/lib/views/registry.ts), in its order.
 */
export const SLIDE_VIEWS: readonly ViewName[] = VIEW_NAMES;
export type SlideView = ViewName;

/** More slides than this are dropped (a URL must stay shareable). */
export const MAX_SLIDES = 30;

export interface Slide {
	view: SlideView;
	/** The slide's view state as a query string without `?` (`flow=import&partners=KAZ%2CUZB`). */
	query: string;
}

export function isSlideView(value: unknown): value is SlideView {
	return isViewName(value);
}

const NAME = /^[a-z]{1,32}$/;

function escapeValue(value: string): string {
	return encodeURIComponent(value)
		.replaceAll('%2C', ',')
		.replaceAll('%3A', ':')
		.replaceAll('.', '%2E')
		.replaceAll('!', '%21')
		.replaceAll('~', '%7E');
}

function unescapeValue(text: string): string | null {
	try {
		return decodeURIComponent(text);
	} catch {
		return null;
	}
}

/**
 * Writes a deck as the parameter value (not yet URL-encoded: see {@link deckParam}).
 * Parameters whose name is not a plain lowercase word are left out.
 *
 * @example encodeDeck([{ view: 'volumes', query: 'flow=import&partners=KAZ%2CUZB' }])
 * // 'volumes!flow.import!partners.KAZ,UZB'
 */
export function encodeDeck(slides: readonly Slide[]): string {
	return slides
		.slice(0, MAX_SLIDES)
		.map((s) => {
			let out: string = s.view;
			for (const [name, value] of new URLSearchParams(s.query)) {
				if (NAME.test(name)) {
					try {
						out += `!${name}.${escapeValue(value)}`;
					} catch {
						// a lone surrogate cannot be encoded: leave the parameter out
					}
				}
			}
			return out;
		})
		.join('~');
}

/**
 * Reads a deck parameter value. Never throws: an unknown view drops its slide, a malformed
 * parameter drops that parameter, and each problem is listed in `errors`.
 *
 * @example decodeDeck('volumes!flow.import~growth').slides
 * // [{ view: 'volumes', query: 'flow=import' }, { view: 'growth', query: '' }]
 */
export function decodeDeck(raw: string): { slides: Slide[]; errors: string[] } {
	const slides: Slide[] = [];
	const errors: string[] = [];
	if (raw.trim() === '') return { slides, errors: ['empty'] };
	for (const part of raw.split('~')) {
		const [head = '', ...fields] = part.split('!');
		const view = head.trim().toLowerCase();
		if (!isSlideView(view)) {
			errors.push(`unknown view: ${head}`);
			continue;
		}
		const params = new URLSearchParams();
		for (const field of fields) {
			const dot = field.indexOf('.');
			const name = dot < 0 ? field : field.slice(0, dot);
			const value = dot < 0 ? null : unescapeValue(field.slice(dot + 1));
			if (!NAME.test(name) || value === null) errors.push(`malformed: ${field}`);
			else params.append(name, value);
		}
		if (slides.length >= MAX_SLIDES) {
			errors.push('too many slides');
			break;
		}
		slides.push({ view, query: params.toString() });
	}
	return { slides, errors };
}

/**
 * The deck as it appears in a URL: URL-encoded, with `,` `:` `~` `!` left readable (they are not
 * special in a query string).
 *
 * @example deckParam('volumes!partners.KAZ,UZB~growth') // 'volumes!partners.KAZ,UZB~growth'
 */
export function deckParam(encoded: string): string {
	return new URLSearchParams({ d: encoded })
		.toString()
		.slice(2)
		.replaceAll('%2C', ',')
		.replaceAll('%3A', ':')
		.replaceAll('%7E', '~')
		.replaceAll('%21', '!');
}

/**
 * The query string of the presenter page for a deck: `?slides=…` and the language when not the
 * default; `''` with no slides.
 *
 * @example presentSearch([{ view: 'growth', query: 'growth=cagr' }], 'it') // '?slides=growth!growth.cagr&lang=it'
 */
export function presentSearch(slides: readonly Slide[], lang: string, defaultLang = 'en'): string {
	if (!slides.length) return lang === defaultLang ? '' : `?lang=${lang}`;
	const langPart = lang === defaultLang ? '' : `&lang=${encodeURIComponent(lang)}`;
	return `?slides=${deckParam(encodeDeck(slides))}${langPart}`;
}
