/**
 * One worksheet → a grid of cell texts the CSV importer reads, and what kind of sheet it is.
 *
 * - Rows are kept at their sheet row (blank rows included), so that a line of the text is the
 *   row number the spreadsheet shows. Columns start at the first column holding anything;
 *   `firstCol` says which (0 = A), so issues can name the spreadsheet's column.
 * - Every row is written to the full width of the sheet, as a spreadsheet's own CSV export does
 *   (a short row would otherwise be a row with too few fields).
 * - Merged cells are unmerged by copying the value into every cell of the range (a header
 *   `2023` spanning two columns repeats; a country merged down a block of rows is on each row),
 *   except a caption: a merged range that is the only content of its rows (a title across the
 *   table) stays one cell, a title line the header search skips.
 * - A sheet is `data` when some row looks like a record: at least three filled cells, one of them
 *   a number. Covers, notes and metadata sheets have none and are skipped.
 */
import type { CellObject, Range, WorkSheet } from '@e965/xlsx';
import { classifyNumber } from './numbers';
import { cellText, isDateFormat, type WrittenMark } from './excel-cells';

export type SheetRole = 'data' | 'notes' | 'empty' | 'hidden' | 'chart';

export interface SheetGrid {
	name: string;
	role: SheetRole;
	/** Rows that look like records (see the module comment): how the data sheets are ranked. */
	records: number;
	/** 0-based column of the first text column (0 = A). */
	firstCol: number;
	/** Cell texts, row 0 = sheet row 1, every row `width` long. */
	rows: string[][];
	/** Decimal mark the numbers were written with. */
	mark: WrittenMark;
}

export interface GridOptions {
	/** Forced decimal mark (the analyst's override); else see `numberMark`. */
	mark?: WrittenMark;
	date1904?: boolean;
	hidden?: boolean;
	/** Columns kept at most (wider sheets are refused by the importer anyway). */
	maxColumns: number;
}

const MIN_RECORD_CELLS = 3;

/** The sheet's cells as rows (dense or sparse worksheets). */
function cellRows(ws: WorkSheet): (CellObject | undefined)[][] {
	const dense = ws['!data'] as (CellObject | undefined)[][] | undefined;
	if (dense) return dense;
	const rows: (CellObject | undefined)[][] = [];
	for (const key of Object.keys(ws)) {
		if (key.startsWith('!')) continue;
		const m = /^([A-Z]+)(\d+)$/.exec(key);
		if (!m) continue;
		let c = 0;
		for (const ch of m[1] as string) c = c * 26 + ch.charCodeAt(0) - 64;
		const r = Number(m[2]) - 1;
		(rows[r] ??= [])[c - 1] = ws[key] as CellObject;
	}
	return rows;
}

const filled = (cell: CellObject | undefined) =>
	cell !== undefined && cell.v !== undefined && cell.v !== null && cell.t !== 'z' && cell.v !== '';

const isNumberCell = (cell: CellObject | undefined) =>
	cell?.t === 'n' && !isDateFormat(cell.z as string | undefined);

/**
 * The decimal mark numbers are written with: `,` when the sheet's text cells hold numbers with a
 * decimal comma (`1.234,5` typed or pasted as text) more often than with a decimal point, so
 * that the text cells and the number cells of one column agree and the importer decides the
 * decimal mark from both; else `.`.
 */
export function numberMark(rows: readonly (readonly (CellObject | undefined)[])[]): WrittenMark {
	let dot = 0;
	let comma = 0;
	for (const row of rows) {
		if (!row) continue;
		for (const cell of row) {
			if (cell?.t !== 's' || typeof cell.v !== 'string') continue;
			const cls = classifyNumber(cell.v);
			if (cls === 'dec-dot') dot++;
			else if (cls === 'dec-comma') comma++;
		}
	}
	return comma > dot ? ',' : '.';
}

/** Merged ranges that are not captions, clipped to the cells that exist. */
function unmergeable(merges: readonly Range[], rows: readonly (CellObject | undefined)[][]) {
	return merges.filter((m) => {
		for (let r = m.s.r; r <= m.e.r; r++) {
			const row = rows[r];
			if (!row) continue;
			for (let c = 0; c < row.length; c++) {
				if ((c < m.s.c || c > m.e.c) && filled(row[c])) return true;
			}
		}
		return false;
	});
}

export function sheetGrid(name: string, ws: WorkSheet, opts: GridOptions): SheetGrid {
	// Chart sheets (and dialog or macro sheets, typed as strings the types do not list).
	const type = ws['!type'] as string | undefined;
	if (type === 'chart' || type === 'dialog' || type === 'macro') {
		return { name, role: 'chart', records: 0, firstCol: 0, rows: [], mark: '.' };
	}
	const cells = cellRows(ws);
	let firstCol = Infinity;
	let lastCol = -1;
	let lastRow = -1;
	let records = 0;
	for (let r = 0; r < cells.length; r++) {
		const row = cells[r];
		if (!row) continue;
		let count = 0;
		let number = false;
		for (let c = 0; c < row.length; c++) {
			const cell = row[c];
			if (!filled(cell)) continue;
			count++;
			if (
				isNumberCell(cell) ||
				(cell?.t === 's' && /^[-\d.,\s]*\d[-\d.,\s]*$/.test(cell.v as string))
			)
				number = true;
			firstCol = Math.min(firstCol, c);
			lastCol = Math.max(lastCol, c);
			lastRow = r;
		}
		if (count >= MIN_RECORD_CELLS && number) records++;
	}
	if (lastRow < 0) return { name, role: 'empty', records: 0, firstCol: 0, rows: [], mark: '.' };
	const merges = unmergeable(ws['!merges'] ?? [], cells).filter((m) => m.s.r <= lastRow);
	// A merged range widens the table: its cells receive its value.
	for (const m of merges) lastCol = Math.max(lastCol, m.e.c);

	lastCol = Math.min(lastCol, firstCol + opts.maxColumns - 1);
	const width = lastCol - firstCol + 1;
	const mark = opts.mark ?? numberMark(cells);
	const rows: string[][] = [];
	for (let r = 0; r <= lastRow; r++) {
		const row = cells[r];
		const out = new Array<string>(width).fill('');
		if (row) {
			for (let c = firstCol; c <= lastCol && c < row.length; c++) {
				out[c - firstCol] = cellText(row[c], mark, opts.date1904);
			}
		}
		rows.push(out);
	}
	for (const m of merges) {
		const value = rows[m.s.r]?.[m.s.c - firstCol] ?? '';
		for (let r = m.s.r; r <= Math.min(m.e.r, lastRow); r++) {
			const out = rows[r] as string[];
			for (let c = Math.max(m.s.c, firstCol); c <= Math.min(m.e.c, lastCol); c++) {
				out[c - firstCol] = value;
			}
		}
	}
	const role: SheetRole = records === 0 ? 'notes' : opts.hidden ? 'hidden' : 'data';
	return { name, role, records, firstCol, rows, mark };
}
