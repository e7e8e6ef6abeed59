/**
 * Invisible and direction-changing characters in imported text (sources, labels, notes, units,
 * headers): one set of character classes for the importer and the display.
 *
 * - A text made only of invisible characters and spaces is empty: a required source of
 *   zero-width spaces is missing, not present.
 * - Bidirectional controls (embeddings, overrides, isolates, the LRM/RLM/ALM marks) reorder what
 *   the reader sees (`U+202E` turns `exe.txt` into `txt.exe` on screen): they are named in a
 *   notice on import and removed on display ({@link withoutBidiControls}).
 */

/** Bidirectional formatting characters: ALM, LRM, RLM, LRE…RLO (U+202A–E), LRI…PDI (U+2066–9). */
const BIDI_CLASS = '\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069';
/**
 * Characters with no width and no glyph: the bidi controls, zero-width space / (non-)joiner, word
 * joiner and invisible operators (U+2060–4), soft hyphen, combining grapheme joiner, Mongolian
 * vowel separator, deprecated format characters (U+206A–F), variation selectors, BOM, Hangul fillers.
 */
const INVISIBLE_CLASS = `${BIDI_CLASS}\\u00AD\\u034F\\u115F\\u1160\\u180E\\u200B-\\u200D\\u2060-\\u2064\\u206A-\\u206F\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0`;

// The class lists combining characters (U+034F, variation selectors) on purpose, each on its own.
/** One invisible character (see INVISIBLE_CLASS). */
// eslint-disable-next-line no-misleading-character-class
export const INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}]`, 'u');
/** One bidirectional control. */
export const BIDI_CONTROL = new RegExp(`[${BIDI_CLASS}]`, 'u');
const BIDI_ALL = new RegExp(`[${BIDI_CLASS}]`, 'gu');
// eslint-disable-next-line no-misleading-character-class
const ONLY_INVISIBLE = new RegExp(`^[\\s${INVISIBLE_CLASS}]*$`, 'u');

/**
 * True when the text shows nothing: empty, or only spaces and invisible characters.
 *
 * @example isBlankText('\u200B\u200B') // true
 * @example isBlankText(' Eurostat\u200B') // false
 */
export function isBlankText(text: string): boolean {
	return ONLY_INVISIBLE.test(text);
}

/** True when the text holds a bidirectional control. */
export function hasBidiControl(text: string): boolean {
	return BIDI_CONTROL.test(text);
}

/**
 * The text without its bidirectional controls, for display: what the file says, in the order
 * it says it. Text without any is returned as is.
 *
 * @example withoutBidiControls('Eurostat \u202Etxt.exe') // 'Eurostat txt.exe'
 */
export function withoutBidiControls(text: string): string {
	return hasBidiControl(text) ? text.replace(BIDI_ALL, '') : text;
}

/**
 * The bidirectional controls of a text, named (`U+202E`), at most `max` distinct ones, for the
 * import notice.
 *
 * @example bidiControlNames('a\u202Eb\u202Ec\u2066') // ['U+202E', 'U+2066']
 */
export function bidiControlNames(text: string, max = 4): string[] {
	const names = new Set<string>();
	for (const m of text.matchAll(BIDI_ALL)) {
		names.add(`U+${(m[0].codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`);
		if (names.size >= max) break;
	}
	return [...names];
}
