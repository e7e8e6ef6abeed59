/**
 * A small spreadsheet-like reader, for tests only: how a spreadsheet opening a CSV file, or
 * receiving pasted text, cuts it into cells, so that tests can look for formula cells.
 *
 * - `separator`: `,`, `;` or tab, whatever the file was written with (the user chooses it in the
 *   import dialog, or the locale does).
 * - `quotes`: RFC 4180-ish: a field opening (after spaces) with `"` runs to the next lone `"`,
 *   across separators and line breaks; text after its closing quote is kept in the field.
 * - `lines`: every line break ends a row, even inside quotes (a reader that lost track of a quote,
 *   or a paste split at line breaks); quotes are read as above within a line.
 */
export type ReaderMode = 'quotes' | 'lines';

export const SEPARATORS = [',', ';', '\t'] as const;
export const MODES: readonly ReaderMode[] = ['quotes', 'lines'];

/** The rows of cells a spreadsheet would make of `text`. */
export function spreadsheetCells(text: string, separator: string, mode: ReaderMode): string[][] {
	const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
	if (mode === 'lines')
		return body.split(/\r\n|\r|\n/).flatMap((line) => readRows(line, separator));
	return readRows(body, separator);
}

function readRows(text: string, separator: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let i = 0;
	const n = text.length;
	for (;;) {
		// one field
		let field = '';
		let j = i;
		while (j < n && text[j] === ' ') j++;
		if (j < n && text[j] === '"') {
			j++;
			for (; j < n; j++) {
				if (text[j] === '"') {
					if (text[j + 1] === '"') {
						field += '"';
						j++;
					} else {
						j++;
						break;
					}
				} else field += text[j];
			}
			i = j;
		}
		while (i < n && text[i] !== separator && text[i] !== '\r' && text[i] !== '\n') {
			field += text[i];
			i++;
		}
		row.push(field);
		if (i >= n) {
			rows.push(row);
			return rows;
		}
		if (text[i] === separator) {
			i++;
			continue;
		}
		i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
		rows.push(row);
		row = [];
		if (i >= n) return rows;
	}
}

/** Opens a cell as a formula (or an action): after spaces, zero-width characters and quotes. */
const RUNS =
	/^[\p{Zs}\u200B-\u200D\u2060\uFEFF"]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B]/u;
/**
 * A plain number (a spreadsheet takes it as a number, not a formula): `-12`, `-12.5`, `+3,2`, or
 * such a number that a separator other than the file's glued to the cells after it (`-12,5;KAZ`
 * read with `,` or tab): the spreadsheet keeps that as text, and any cell start after it is a
 * cell start of the writer, protected like every other.
 */
const PLAIN_NUMBER = /^\s*[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)\s*(?:$|[,;\t])/;

/** The cells of `text`, read with `separator` in `mode`, that a spreadsheet would run. */
export function formulaCells(text: string, separator: string, mode: ReaderMode): string[] {
	return spreadsheetCells(text, separator, mode)
		.flat()
		.filter((cell) => RUNS.test(cell) && !PLAIN_NUMBER.test(cell));
}

/** Every formula cell of `text`, over each separator and each reader mode, labelled. */
export function formulaCellsAnyReader(text: string): string[] {
	return SEPARATORS.flatMap((sep) =>
		MODES.flatMap((mode) =>
			formulaCells(text, sep, mode).map((cell) => `${JSON.stringify(sep)} ${mode}: ${cell}`)
		)
	);
}
