/**
 * Text from files and URLs, bounded for display: a label, source, note, header or echoed input
 * may be a million characters long, and putting all of it into the page freezes the tab. Shown
 * text is cut (at a character boundary, never inside an emoji or an accented letter) with an
 * ellipsis and the full length; the whole text stays one click away as plain text (BoundedText).
 * Bidirectional controls are removed for display (import/invisible.ts): shown text is never reordered.
 */
import { withoutBidiControls } from '../data/import/invisible';

/** Characters shown inline: enough for any real label, source or note. */
export const DISPLAY_LIMIT = 240;
/** Characters shown on "show all": beyond this the full text is offered as a download. */
export const FULL_LIMIT = 20_000;

export interface BoundedText {
	/** What to show: the text, or its first characters followed by `…`. */
	shown: string;
	/** True when `shown` is not the whole text. */
	cut: boolean;
	/** Length of the whole text (UTF-16 code units, as `String.length`). */
	length: number;
}

/**
 * At most `limit` characters of `text` for display, cut between graphemes, `…` at the end when
 * cut. Work is bounded by `limit`, not by the length of the text.
 *
 * @example boundText('Eurostat', 5) // { shown: 'Euros…', cut: true, length: 8 }
 * @example boundText('Eurostat') // { shown: 'Eurostat', cut: false, length: 8 }
 */
export function boundText(text: string, limit = DISPLAY_LIMIT): BoundedText {
	const length = text.length;
	if (length <= limit) return { shown: withoutBidiControls(text), cut: false, length };
	return { shown: `${withoutBidiControls(cutAt(text, limit))}…`, cut: true, length };
}

/** `text` cut to at most `limit` code units, at the last grapheme boundary before it. */
export function cutAt(text: string, limit: number): string {
	if (text.length <= limit) return text;
	// The grapheme that crosses the limit, if any, is left out whole.
	const head = text.slice(0, limit + 1);
	let end = 0;
	const segmenter = graphemes();
	if (segmenter) {
		for (const { index, segment } of segmenter.segment(head)) {
			if (index + segment.length > limit) break;
			end = index + segment.length;
		}
	}
	if (end === 0) {
		// no segmenter, or one grapheme longer than the limit: cut between code points
		end = limit;
		const code = text.charCodeAt(end - 1);
		if (code >= 0xd800 && code <= 0xdbff) end--;
	}
	return text.slice(0, end);
}

/**
 * Plain text in one bounded string: `text` itself when short, else its first `limit` characters
 * and `…`. For messages that echo an input (a URL parameter, a cell).
 *
 * @example clipText('x'.repeat(1_000_000), 10) // 'xxxxxxxxxx…'
 */
export function clipText(text: string, limit = DISPLAY_LIMIT): string {
	return boundText(text, limit).shown;
}

let segmenter: Intl.Segmenter | null | undefined;
function graphemes(): Intl.Segmenter | null {
	if (segmenter === undefined) {
		segmenter =
			typeof Intl !== 'undefined' && 'Segmenter' in Intl
				? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
				: null;
	}
	return segmenter;
}
