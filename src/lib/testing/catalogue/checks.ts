/**
 * The checks the catalogue's cases repeat: rejections on given lines, and `verify` functions for
 * an issue, the dialect and the headers (each returns what differs, [] when all is as expected).
 */
import type { ImportDialect, ImportResult, IssueCode } from '../../data/import/types';
import type { Rejection } from './cases';

/** Rejections of `code` on each of `lines` (at the 1-based `column`, when a cell is to blame). */
export function rejectedAt(
	lines: readonly number[],
	code: IssueCode,
	column?: number
): Rejection[] {
	return lines.map((line) => (column === undefined ? { line, code } : { line, code, column }));
}

/** The first issue `code` is on `line` (and `column`) and has these params. */
export function issueIs(
	code: IssueCode,
	line: number,
	more: { column?: number; params?: Record<string, string | number> } = {}
): (r: ImportResult) => string[] {
	return (r) => {
		const i = r.report.issues.find((x) => x.code === code);
		const same =
			i?.line === line &&
			(more.column === undefined || i.column === more.column) &&
			Object.entries(more.params ?? {}).every(([k, v]) => i.params[k] === v);
		return same ? [] : [`${code} ${JSON.stringify(i)}`];
	};
}

/** The file was read with this dialect (the fields given). */
export function dialectIs(want: Partial<ImportDialect>): (r: ImportResult) => string[] {
	return (r) => {
		const d = r.dialect as unknown as Record<string, unknown>;
		const same = Object.entries(want).every(([k, v]) => d[k] === v);
		return same ? [] : [JSON.stringify(r.dialect)];
	};
}

/** The headers of the columns from `index` (0-based) on are these texts, kept as written. */
export function headersAt(index: number, ...texts: string[]): (r: ImportResult) => string[] {
	return (r) => {
		const got = r.columns.slice(index, index + texts.length).map((c) => c.header);
		return got.join('\u0000') === texts.join('\u0000') ? [] : [JSON.stringify(got)];
	};
}
