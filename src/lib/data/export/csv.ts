/**
 * CSV writer for downloads (S3). Pure: rows in, text out.
 *
 * Two variants:
 * - `en`: `,` between fields, `.` as decimal separator, no BOM;
 * - `it`: `;` between fields, `,` as decimal separator, UTF-8 byte-order mark first (what Excel
 *   in an Italian locale opens correctly with a double click).
 *
 * Layout: an optional first comment line `# Source: …; vintage: …; downloaded: YYYY-MM-DD` (labels in
 * the chosen language, ` · ` instead of `; ` in the Italian variant; read it with `comment='#'` in pandas, `comment = "#"` in readr, or skip one
 * line), then the header row, then one line per row; lines end with CRLF (RFC 4180).
 *
 * Safety: every text is neutralised by the one rule of `formula.ts` (a `'` before any part that a
 * spreadsheet could open as a formula cell, whichever of `,`, `;` or tab it splits by, and at line
 * breaks), numbers are written as plain machine numbers and never altered (`-12.5` stays `-12.5`),
 * and PapaParse's `unparse` quotes fields holding the delimiter, a quote or a line break.
 */

import Papa from 'papaparse';
import { opensWithTrigger, protectFormulas } from './formula';

export { FORMULA_TRIGGERS } from './formula';

export type CsvVariant = 'en' | 'it';

export interface CsvColumn {
	/** Key of the value in each row. */
	key: string;
	/** Header text (in the chosen language). */
	header: string;
	/**
	 * How a table on screen shows the column's numbers (the CSV always writes plain numbers):
	 * money in `currency`, a plain number, or a per-cent figure already ×100. Text when absent.
	 */
	kind?: 'money' | 'number' | 'percent';
	currency?: 'EUR' | 'USD';
	/** Key of the row's flag codes (`'p'`, `'e'`): a table on screen marks the value with them. */
	flagKey?: string;
	/**
	 * Key of the row's currency (`'USD'`): a table on screen writes the number as money in it (the
	 * value as published, in the currency it was published in). A row without one shows a number.
	 */
	currencyKey?: string;
	/** Decimals on screen (`number`: up to two when absent; `percent`: one when absent). */
	digits?: number;
	/** A per-cent change: shown with its sign on screen (`+12.3%`). */
	signed?: boolean;
	/**
	 * `false`: a column of the download only, which the table on screen says otherwise (the ISO3
	 * code beside the country's name, the flag spelled out beside the value's mark and legend).
	 */
	onScreen?: boolean;
}

export type CsvCell = string | number | boolean | null | undefined;

export interface CsvMeta {
	source: string;
	vintage: string;
	/** Download date, ISO `YYYY-MM-DD`. */
	downloaded: string;
}

export interface CsvOptions {
	lang: 'en' | 'it';
	variant: CsvVariant;
	/** When given, written as the first line, a `#` comment. */
	meta?: CsvMeta;
}

export const DELIMITER: Readonly<Record<CsvVariant, string>> = { en: ',', it: ';' };
export const BOM = '\uFEFF';
const EOL = '\r\n';

const META_LABELS = {
	en: { source: 'Source', vintage: 'vintage', downloaded: 'downloaded' },
	it: { source: 'Fonte', vintage: 'versione dei dati', downloaded: 'scaricato il' }
} as const;

/** True when a spreadsheet would run this cell as a formula (a trigger opens it). */
export const isDangerous = opensWithTrigger;

/**
 * Neutralises a TEXT cell against formula injection ({@link protectFormulas}): a `'` goes before
 * every part that a spreadsheet reading with `,`, `;` or tab, or breaking rows at line breaks,
 * would open as a cell with a formula trigger. Other text is returned unchanged.
 *
 * @example neutralise('=HYPERLINK("http://x")') // "'=HYPERLINK(\"http://x\")"
 * @example neutralise('  +1') // "'  +1"
 * @example neutralise('RT;=1') // "RT;'=1"
 * @example neutralise('Kazakhstan') // 'Kazakhstan'
 */
export const neutralise = protectFormulas;

/**
 * A number as a machine-readable CSV field: no grouping, no exponent, ASCII minus, `.` or `,` as
 * decimal separator. Non-finite numbers are empty cells.
 *
 * @example formatCsvNumber(-12.5, 'it') // '-12,5'
 * @example formatCsvNumber(1234567.89, 'en') // '1234567.89'
 */
export function formatCsvNumber(value: number, variant: CsvVariant): string {
	if (!Number.isFinite(value)) return '';
	let text = Object.is(value, -0) ? '0' : String(value);
	if (/e/i.test(text)) {
		text = new Intl.NumberFormat('en-US', {
			useGrouping: false,
			maximumFractionDigits: 20,
			maximumSignificantDigits: 21
		}).format(value);
	}
	return variant === 'it' ? text.replace('.', ',') : text;
}

/** One cell as text: numbers as machine numbers, everything else as neutralised text. */
export function csvText(value: CsvCell, variant: CsvVariant): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return formatCsvNumber(value, variant);
	return neutralise(String(value));
}

/** One cell as written in a file of this variant (quoted by PapaParse when needed). */
export function csvField(value: CsvCell, variant: CsvVariant): string {
	return unparse([[csvText(value, variant)]], DELIMITER[variant]);
}

function unparse(cells: string[][], delimiter: string): string {
	// Our own sanitiser ran on every text cell; PapaParse only quotes (RFC 4180).
	return Papa.unparse(cells, { delimiter, newline: EOL, quotes: false, escapeFormulae: false });
}

/**
 * The `#` comment line with provenance. Read by CSV parsers as an ordinary row, so it is made
 * as safe as one: line breaks and tabs become spaces, double quotes become single ones (a quote
 * could open a field that swallows the header), and it is neutralised like any text.
 */
export function metaLine(meta: CsvMeta, lang: 'en' | 'it', variant: CsvVariant): string {
	const l = META_LABELS[lang];
	// `;` would split the line into cells in the Italian variant
	const sep = DELIMITER[variant] === ';' ? ' · ' : '; ';
	const text = `# ${l.source}: ${meta.source}${sep}${l.vintage}: ${meta.vintage}${sep}${l.downloaded}: ${meta.downloaded}`;
	return neutralise(text.replace(/[\r\n\t]+/g, ' ').replaceAll('"', "'"));
}

/**
 * Writes a table of cells (first row the header) as CSV text: the one writer of every CSV the app
 * produces (view exports, the Data page's current data and issue lists). Text is neutralised,
 * numbers written as machine numbers, fields quoted by PapaParse, CRLF line ends, a BOM first in
 * the Italian variant.
 */
export function writeCsv(
	table: readonly (readonly CsvCell[])[],
	variant: CsvVariant,
	meta?: { line: string }
): string {
	const cells = table.map((row) => row.map((value) => csvText(value, variant)));
	const body = cells.length > 0 ? unparse(cells, DELIMITER[variant]) + EOL : '';
	return (variant === 'it' ? BOM : '') + (meta ? meta.line + EOL : '') + body;
}

/**
 * Writes rows as CSV text (see the module comment for the layout).
 *
 * @example
 * toCsv([{ p: 'KAZ', v: -12.5 }], [{ key: 'p', header: 'Paese' }, { key: 'v', header: 'Valore' }], { lang: 'it', variant: 'it' })
 * // '\uFEFFPaese;Valore\r\nKAZ;-12,5\r\n'
 */
export function toCsv(
	rows: readonly Readonly<Record<string, unknown>>[],
	columns: readonly CsvColumn[],
	options: CsvOptions
): string {
	const { variant } = options;
	const table: CsvCell[][] = [columns.map((c) => c.header)];
	for (const row of rows) table.push(columns.map((c) => toCell(row[c.key])));
	const meta = options.meta ? { line: metaLine(options.meta, options.lang, variant) } : undefined;
	return writeCsv(table, variant, meta);
}

function toCell(value: unknown): CsvCell {
	if (value === null || value === undefined) return null;
	if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
		return value;
	if (Array.isArray(value)) return value.join('; ');
	return String(value);
}

/**
 * Reads CSV text we wrote back into rows of fields, with PapaParse (the same library that writes
 * it): for tests and round trips. The import pipeline has its own, more forgiving reader.
 */
export function parseCsv(text: string, delimiter: string): string[][] {
	const body = text.startsWith(BOM) ? text.slice(1) : text;
	// A final line break ends the last row; it does not start an empty one.
	const trimmed = body.replace(/\r?\n$/, '');
	if (trimmed === '') return [];
	return Papa.parse<string[]>(trimmed, {
		delimiter,
		newline: body.includes('\r\n') ? '\r\n' : '\n'
	}).data;
}
