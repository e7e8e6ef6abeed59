/**
 * Formula protection: the one rule by which every CSV and text the app writes is kept from
 * opening a formula cell in a spreadsheet, and by which the importer undoes it (formats/common.ts).
 *
 * A spreadsheet may read our file with `,`, `;` or tab between fields, whatever we chose, and may
 * start a new row at any line break (some readers ignore a quote that a line break left open). So
 * a cell can start at the beginning of a text and after any of `, ; tab CR LF` inside it. Wherever
 * that happens and the text then goes on, after optional `'`s, spaces, zero-width characters and
 * double quotes (a quote there opens a quoted field), with a formula trigger (or, after a break,
 * ends), a `'` is inserted.
 *
 * The rule is a bijection: {@link unprotectFormulas} removes exactly the `'`s that
 * {@link protectFormulas} inserted (a text that already had `'` there gets one more), so
 * importing an export gives back the same text.
 */

/**
 * Characters that make a spreadsheet read a cell as a formula (or act on it) when they open the
 * cell: `= + - @`, tab, CR, and their full-width and small-form variants (`＝ ＋ － ＠`,
 * `﹦ ﹢ ﹣ ﹫`), which some spreadsheets fold to ASCII. (A LF is not one: a cell may start with it
 * harmlessly, and `\r\n` inside a text is one line break, not a CR before a trigger.)
 */
export const FORMULA_TRIGGERS = '=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B';

/** Where a spreadsheet may start a cell inside a text: any separator it may use, any line break. */
export const CELL_BREAKS = ',;\t\r\n';

/** Skipped before a trigger: space separators, zero-width characters, BOM, a double quote. */
const SKIPPED = '\\p{Zs}\\u200B-\\u200D\\u2060\\uFEFF"';
const TRIGGER_CLASS = '=+\\-@\\t\\r\\uFF1D\\uFF0B\\uFF0D\\uFF20\\uFE66\\uFE62\\uFE63\\uFE6B';
const BREAK_CLASS = ',;\\t\\r\\n';

/** At the start of the text: `'`s, skipped characters, then a trigger. */
const AT_START = `'*[${SKIPPED}]*[${TRIGGER_CLASS}]`;
/**
 * After a break: the same, or nothing more (the closing quote of our own quoted field, or our
 * line end, would then open the spreadsheet's cell: `"` + CR is a cell that starts with a CR).
 */
const AFTER_BREAK = `'*[${SKIPPED}]*(?:[${TRIGGER_CLASS}]|$)`;
// Lookbehind, not a consumed break: a break right after another cell start is a cell start too.
const PROTECT = new RegExp(`^(?=${AT_START})|(?<=[${BREAK_CLASS}])(?=${AFTER_BREAK})`, 'gu');
const UNPROTECT = new RegExp(`^'(?=${AT_START})|(?<=[${BREAK_CLASS}])'(?=${AFTER_BREAK})`, 'gu');
const DANGEROUS = new RegExp(`^(?=${AT_START})|[${BREAK_CLASS}](?=${AFTER_BREAK})`, 'u');
const OPENS_WITH_TRIGGER = new RegExp(`^[${SKIPPED}]*[${TRIGGER_CLASS}]`, 'u');

/**
 * True when {@link protectFormulas} changes this text: the text, or a part of it after a separator
 * or line break, opens (after `'`s, spaces, zero-width characters and quotes) with a trigger.
 */
export function needsProtection(text: string): boolean {
	return DANGEROUS.test(text);
}

/**
 * True when a spreadsheet would run this cell as a formula: it opens, after spaces, zero-width
 * characters and quotes, with a trigger.
 */
export function opensWithTrigger(text: string): boolean {
	return OPENS_WITH_TRIGGER.test(text);
}

/**
 * Puts a `'` at every place where a spreadsheet could start a formula cell (see the module
 * comment). Text without such a place is returned unchanged.
 *
 * @example protectFormulas('=HYPERLINK("x")') // "'=HYPERLINK(\"x\")"
 * @example protectFormulas("RT;=1+cmd|' /C calc'!A0") // "RT;'=1+cmd|' /C calc'!A0"
 * @example protectFormulas('a\n "=b') // "a\n' \"=b"
 * @example protectFormulas('Kazakhstan, Uzbekistan') // unchanged
 */
export function protectFormulas(text: string): string {
	return needsProtection(text) ? text.replace(PROTECT, "'") : text;
}

/**
 * Undoes {@link protectFormulas}: removes one `'` wherever it stands at a possible cell start
 * before a trigger. Returns null when there is nothing to undo.
 *
 * @example unprotectFormulas("'=1+1") // '=1+1'
 * @example unprotectFormulas("RT;'=1") // 'RT;=1'
 * @example unprotectFormulas("'Kazakhstan") // null
 */
export function unprotectFormulas(text: string): string | null {
	if (!text.includes("'")) return null;
	const bare = text.replace(UNPROTECT, '');
	return bare === text ? null : bare;
}
