/**
 * A view's "as shown" table ({@link ExportTable}, the rows of its CSV) as the table on screen
 * reads it (V9): the same rows and provenance, numbers formatted in the language, money in its
 * currency (the value as published in the currency it was published in), a provisional or
 * estimated figure marked with its letter. Columns marked `onScreen: false` (ISO3 codes, the flag
 * spelled out) are the download's only: the screen says them otherwise. Pure.
 *
 * One table for both, so the table on screen and the CSV cannot drift apart.
 */
import { CURRENCIES, type Currency } from '../../data/schema';
import {
	formatMoney,
	formatNumber,
	formatPercent,
	formatSignedPercent,
	MISSING
} from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import type { CsvColumn } from '../../data/export/csv';
import { flagCodes, flagLegend } from './provenance';
import type { ExportTable } from './table';

export type ScreenRow = Readonly<Record<string, unknown>>;

export interface ScreenColumn {
	key: string;
	label: string;
	/** Right-aligned, tabular figures. */
	numeric: boolean;
	/** Key of the row's flag codes: the cell is marked with them. */
	flagKey?: string;
	/** The cell's text (without its flag marks). */
	format: (value: unknown, row: ScreenRow) => string;
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const currencyOf = (v: unknown): Currency | null =>
	CURRENCIES.includes(v as Currency) ? (v as Currency) : null;

/** How a column's cell reads on screen. */
function formatter(lang: Lang, c: CsvColumn): ScreenColumn['format'] {
	const own = (row: ScreenRow) => (c.currencyKey ? currencyOf(row[c.currencyKey]) : null);
	switch (c.kind) {
		case 'money':
			return (v, row) => formatMoney(lang, num(v), own(row) ?? c.currency ?? 'EUR', c.digits);
		case 'number':
			return (v, row) => {
				const currency = own(row);
				return currency
					? formatMoney(lang, num(v), currency, c.digits)
					: formatNumber(lang, num(v), c.digits);
			};
		case 'percent':
			// the CSV holds per cent (12.3 for 12.3%)
			return (v) => {
				const n = num(v);
				if (n === null) return MISSING;
				return (c.signed ? formatSignedPercent : formatPercent)(lang, n / 100, c.digits ?? 1);
			};
		default:
			return (v) => (v === null || v === undefined ? MISSING : String(v));
	}
}

/** The columns of an "as shown" table that the table on screen shows, with their formats. */
export function screenColumns(table: Pick<ExportTable, 'columns'>, lang: Lang): ScreenColumn[] {
	return table.columns
		.filter((c) => c.onScreen !== false)
		.map((c) => ({
			key: c.key,
			label: c.header,
			numeric: c.kind !== undefined,
			flagKey: c.flagKey,
			format: formatter(lang, c)
		}));
}

/** The flag codes a cell is marked with (`['p']`), when its column marks them. */
export function cellFlags(col: Pick<ScreenColumn, 'flagKey'>, row: ScreenRow): string[] {
	return col.flagKey ? flagCodes(String(row[col.flagKey] ?? '')) : [];
}

/** A cell as a user reads it: its text and its marks ("$1,242,193,222", "€12,345p"). */
export function cellText(col: ScreenColumn, row: ScreenRow): string {
	return col.format(row[col.key], row) + cellFlags(col, row).join('');
}

/** The legend of the marks in `rows` ("p provisional · e estimated"); '' when none is marked. */
export function marksLegend(
	lang: Lang,
	columns: readonly Pick<ScreenColumn, 'flagKey'>[],
	rows: readonly ScreenRow[]
): string {
	return flagLegend(
		lang,
		rows.flatMap((row) => columns.flatMap((col) => cellFlags(col, row)))
	);
}

/**
 * The table as a user reads it, row by row (tests, and anything that must say what is on screen).
 *
 * @example screenText('en', shownTable('volumes', data, ctx))[0]
 * // { Country: 'Kazakhstan', Period: '2023', 'Value (EUR)': '€1,150,000,000', 'Value as published': '$1,242,193,222', … }
 */
export function screenText(lang: Lang, table: ExportTable): Record<string, string>[] {
	const columns = screenColumns(table, lang);
	return table.rows.map((row) =>
		Object.fromEntries(columns.map((c) => [c.label, cellText(c, row)]))
	);
}
