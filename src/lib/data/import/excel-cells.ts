/**
 * One spreadsheet cell → the text the CSV importer reads, decided by the cell's type and number
 * format, never by guessing from its displayed text:
 * - numbers: plain machine numbers (`1234.5`, no grouping), rounded to the 15 significant digits
 *   a spreadsheet keeps (`0.1+0.2` is `0.3`, as the spreadsheet shows it); zero-padded formats
 *   (`00`, `0000`) keep their leading zeros, so an HS chapter `01` stays `01`;
 * - numbers with a date format: `YYYY-MM-DD`, or the period the format shows (`mmm yyyy` →
 *   `2024-03`, `yyyy` → `2024`), which `periods.ts` reads;
 * - text as is; booleans `TRUE`/`FALSE`; errors as the spreadsheet shows them (`#N/A`), so that
 *   a value column reports them as not a number.
 */
import type { CellObject } from '@e965/xlsx';

/** The decimal mark numbers are written with (see `numberMark` in excel-sheets.ts). */
export type WrittenMark = '.' | ',';

/** A format's date/time tokens, with quoted literals, escapes and `[...]` sections removed. */
function dateTokens(format: string): string {
	return format
		.replace(/"[^"]*"/g, '')
		.replace(/\\./g, '')
		.replace(/_./g, '')
		.replace(/\[[^\]]*\]/g, '')
		.toLowerCase();
}

/** Whether a number format shows a date or time (Excel's `SSF.is_date`, for the codes used here). */
export function isDateFormat(format: string | undefined): boolean {
	if (!format || format === 'General') return false;
	const t = dateTokens(format);
	// `0.00E+00` has an `e` (Excel's era year) too: a digit placeholder means a number format.
	if (/[0#?]/.test(t)) return false;
	// Only date and time letters (`Standard`, `General` are words, not dates).
	const letters = t.replace(/am\/pm|a\/p/g, '').replace(/[^a-z]/g, '');
	return letters !== '' && /^[dmyhse]+$/.test(letters);
}

/** What a date format shows: a whole date, a month of a year, or a year. */
export function dateGrain(format: string): 'date' | 'month' | 'year' {
	const t = dateTokens(format);
	const day = t.includes('d');
	const year = /[ye]/.test(t);
	// `m` next to `h` or `s` is minutes; a format with a time is a date (and time).
	const time = /[hs]/.test(t);
	if (day || time || !year) return 'date';
	return t.includes('m') ? 'month' : 'year';
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * A spreadsheet date serial → calendar date and time, without time zones: serial 1 is
 * 1900-01-01 and serial 60 is Excel's 1900-02-29 (Lotus's leap-year bug, kept for
 * compatibility: dates from 1900-03-01 on are right); in the 1904 system serial 0 is 1904-01-01.
 */
export function serialToDate(
	serial: number,
	date1904 = false
): { y: number; m: number; d: number; seconds: number } {
	const total = Math.round(serial * 86400);
	let days = Math.floor(total / 86400);
	const seconds = total - days * 86400;
	if (date1904) days += 1462;
	// 1900-02-29 does not exist: Excel shows it, we give the day after.
	if (!date1904 && days === 60) return { y: 1900, m: 2, d: 29, seconds };
	if (!date1904 && days < 60) days += 1;
	const ms = Date.UTC(1899, 11, 30) + days * 86400000;
	const date = new Date(ms);
	return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate(), seconds };
}

/** A date-formatted number as the importer reads it. */
export function dateText(serial: number, format: string, date1904 = false): string {
	const { y, m, d, seconds } = serialToDate(serial, date1904);
	const grain = dateGrain(format);
	if (grain === 'year') return String(y);
	if (grain === 'month') return `${y}-${pad(m)}`;
	const day = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
	if (seconds === 0) return day;
	const hh = Math.floor(seconds / 3600);
	const mm = Math.floor((seconds % 3600) / 60);
	return `${day}T${pad(hh)}:${pad(mm)}:${pad(seconds % 60)}`;
}

/** A number as a machine number, rounded to 15 significant digits; `,` as decimal when asked. */
export function numberText(value: number, format: string | undefined, mark: WrittenMark): string {
	if (!Number.isFinite(value)) return '';
	const rounded = Number(value.toPrecision(15));
	let text = String(rounded === 0 ? 0 : rounded);
	// `00`, `0000`: a code stored as a number (HS chapter 1 shown as `01`).
	const padded = format && /^0+$/.test(format) ? format.length : 0;
	if (padded && Number.isInteger(rounded) && rounded >= 0) text = text.padStart(padded, '0');
	return mark === ',' ? text.replace('.', ',') : text;
}

/** Spreadsheet error codes (the value of an error cell) as the spreadsheet shows them. */
const ERRORS: Readonly<Record<number, string>> = {
	0x00: '#NULL!',
	0x07: '#DIV/0!',
	0x0f: '#VALUE!',
	0x17: '#REF!',
	0x1d: '#NAME?',
	0x24: '#NUM!',
	0x2a: '#N/A',
	0x2b: '#GETTING_DATA'
};

/** The text of one cell (see the module comment). */
export function cellText(
	cell: CellObject | undefined,
	mark: WrittenMark,
	date1904 = false
): string {
	if (!cell || cell.v === undefined || cell.v === null) return '';
	switch (cell.t) {
		case 'n': {
			const value = cell.v as number;
			if (isDateFormat(cell.z as string | undefined)) {
				return dateText(value, cell.z as string, date1904);
			}
			return numberText(value, cell.z as string | undefined, mark);
		}
		case 'd': {
			// Only when a reader returns Date objects: the local calendar date it was built from.
			const date = cell.v as Date;
			const day = `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
			const grain = cell.z ? dateGrain(cell.z as string) : 'date';
			if (grain === 'year') return day.slice(0, 4);
			if (grain === 'month') return day.slice(0, 7);
			return day;
		}
		case 'b':
			return cell.v ? 'TRUE' : 'FALSE';
		case 'e':
			return cell.w ?? ERRORS[cell.v as number] ?? '#ERROR';
		case 'z':
			return '';
		default:
			return String(cell.v);
	}
}
