/**
 * Limits, display headers and the shape of a result with nothing imported: shared by every stage
 * of the import pipeline (re-exported from `../pipeline`).
 */
import { cutAt, FULL_LIMIT } from '../../../text/bounded';
import type { ColumnMapping, ImportDialect, ImportIssue, ImportResult } from '../types';

/**
 * Files larger than this are refused before they are read (from `File.size`). Parsing keeps the
 * decoded text and the accepted rows in the worker's memory (about 4-5 bytes per byte of a
 * template file at peak), so 256 MB stays well inside a browser tab's heap.
 */
export const MAX_BYTES = 256 * 1024 * 1024;
/** More columns than this in the header row: refused (bounded work on a 1M-column line). */
export const MAX_COLUMNS = 2000;
/** More data rows than this: refused (the dashboard holds a few million rows at most). */
export const MAX_ROWS = 5_000_000;
/** A cell longer than this (in characters) rejects its row. */
export const MAX_CELL_CHARS = 1_000_000;
export const MAX_ISSUES_PER_CODE = 10_000;

/** One line of text for a message: spaces folded, at most `max` characters. */
export function clip(text: string, max = 120): string {
	const t = text
		.slice(0, max * 4)
		.replace(/\s+/g, ' ')
		.trim();
	return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** Display names: empty → `Column N`, repeated → `Name (2)`; newlines flattened. */
export function displayHeaders(raw: readonly string[]): {
	headers: string[];
	renamed: { index: number; from: string; to: string }[];
} {
	const seen = new Map<string, number>();
	const renamed: { index: number; from: string; to: string }[] = [];
	const headers = raw.map((h, index) => {
		const flat = cutAt(h, FULL_LIMIT).replace(/\s+/g, ' ').trim();
		let name = flat || `Column ${index + 1}`;
		const times = (seen.get(name) ?? 0) + 1;
		seen.set(name, times);
		if (times > 1) name = `${name} (${times})`;
		if (name !== flat) renamed.push({ index, from: flat, to: name });
		return name;
	});
	return { headers, renamed };
}

export function emptyDialect(): ImportDialect {
	return {
		encoding: 'utf-8',
		bom: false,
		delimiter: ',',
		decimal: '.',
		thousands: null,
		decimalSource: 'none',
		headerLine: 0,
		skippedTop: 0,
		skippedBottom: 0
	};
}

/** A result with nothing imported. */
export function fatalResult(
	fatal: ImportIssue,
	context: {
		format?: ImportResult['format'];
		dialect?: ImportDialect;
		columns?: ColumnMapping[];
		notices?: ImportIssue[];
	} = {}
): ImportResult {
	return {
		ok: false,
		fatal,
		format: context.format ?? null,
		dialect: context.dialect ?? emptyDialect(),
		columns: context.columns ?? [],
		rows: [],
		investment: [],
		events: [],
		report: {
			read: 0,
			accepted: 0,
			rejected: 0,
			countUnit: 'rows',
			rejectedByCode: {},
			issues: [fatal, ...(context.notices ?? [])],
			periods: [],
			partners: [],
			reporters: [],
			currencies: [],
			units: null
		}
	};
}

/** The result for a file over MAX_BYTES, without reading it. */
export function fileTooLarge(size: number): ImportResult {
	return fatalResult({
		line: null,
		column: null,
		header: null,
		code: 'file-too-large',
		params: { size: Math.ceil(size / 1048576), limit: MAX_BYTES / 1048576 }
	});
}
