/**
 * Header rows of a table without a known format, by field count and by type consistency with the
 * rows below (as CleverCSV does): a header cell reads differently from its column's values (`DATE`
 * above dates, `Qty` above numbers); a first row that reads like its column is data (no header).
 */
import type { ReadRecord } from '../csv';

type CellClass = 'empty' | 'number' | 'date' | 'time' | 'url' | 'other';

const NUMBER =
	/^\s*[-+(]?[$€£¥]?\s*[-+]?(?:\d{1,3}(?:[.,' ]\d{3})+|\d+)(?:[.,]\d+)?(?:[eE][-+]?\d+)?\s*%?\)?\s*[$€£¥]?\s*$/;
const DATE = /^\s*\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?\s*$/;
const TIME = /^\s*\d{1,2}:\d{2}(?::\d{2})?\s*$/;
const URL = /^\s*(?:https?:\/\/|www\.)\S+\s*$/i;

function classOf(cell: string): CellClass {
	if (cell.trim() === '') return 'empty';
	if (TIME.test(cell)) return 'time';
	if (DATE.test(cell)) return 'date';
	if (NUMBER.test(cell)) return 'number';
	if (URL.test(cell)) return 'url';
	return 'other';
}

/** Per column, the class most of the sampled values share, or null when there is none. */
function columnClasses(rows: readonly ReadRecord[], fields: number): (CellClass | null)[] {
	const out: (CellClass | null)[] = [];
	for (let c = 0; c < fields; c++) {
		const freq = new Map<CellClass, number>();
		let seen = 0;
		for (const r of rows) {
			if (r.fieldCount !== fields) continue;
			const k = classOf(r.fields[c] ?? '');
			if (k === 'empty') continue;
			seen++;
			freq.set(k, (freq.get(k) ?? 0) + 1);
		}
		let best: CellClass | null = null;
		let times = 0;
		for (const [k, n] of freq) if (n > times) [best, times] = [k, n];
		out.push(best !== 'other' && seen >= 2 && times >= seen * 0.8 ? best : null);
	}
	return out;
}

/** Whether a record reads like a header over these column classes (null: cannot tell). */
function headerLike(r: ReadRecord, classes: readonly (CellClass | null)[]): boolean | null {
	let typed = 0;
	let differ = 0;
	classes.forEach((k, c) => {
		if (!k) return;
		const cell = r.fields[c] ?? '';
		if (cell.trim() === '') return;
		typed++;
		if (classOf(cell) !== k) differ++;
	});
	if (typed === 0) return null;
	return differ * 2 > typed;
}

function filled(r: ReadRecord): number {
	let n = 0;
	for (const f of r.fields) if (f.trim() !== '') n++;
	return n;
}

/**
 * Index of the header record: the given line, else the first record with (about) the table's
 * field count and most of its cells filled (a title or `PREAMBLE,,,` line is skipped; a header
 * line with one field more or less stays the header).
 */
export function pickHeader(
	top: readonly ReadRecord[],
	first: number,
	fields: number,
	headerLine?: number
): number {
	if (headerLine) {
		const at = top.findIndex((r) => r.line >= headerLine);
		return at < 0 ? top.length : at;
	}
	const need = Math.max(Math.min(2, fields), Math.ceil(fields / 2));
	for (let i = first; i < top.length; i++) {
		const r = top[i] as ReadRecord;
		if (Math.abs(r.fieldCount - fields) <= 1 && filled(r) >= need) return i;
	}
	const exact = top.findIndex((r, i) => i >= first && r.fieldCount === fields);
	return exact >= 0 ? exact : first;
}

/**
 * How many records from `at` are header rows (a two- or three-row header repeats or splits the
 * names above typed columns), and whether the first of them reads like data instead.
 */
export function headerRowsBelow(
	top: readonly ReadRecord[],
	at: number,
	fields: number
): { rows: number; headerLooksLikeData: boolean } {
	const classes = columnClasses(top.slice(at + 4, at + 60), fields);
	const first = top[at];
	if (!first) return { rows: 0, headerLooksLikeData: false };
	const like = headerLike(first, classes);
	if (like !== true) return { rows: 1, headerLooksLikeData: like === false };
	let rows = 1;
	while (rows < 4) {
		const r = top[at + rows];
		if (!r || r.fieldCount !== first.fieldCount || headerLike(r, classes) !== true) break;
		rows++;
	}
	return { rows, headerLooksLikeData: false };
}
