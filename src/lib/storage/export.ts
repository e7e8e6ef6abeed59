/**
 * CSV files the Data page offers for download: the current data in the template format (D6) and
 * the full list of import issues (D5). Pure functions, no DOM.
 *
 * Cells are quoted per RFC 4180 when needed. Text cells that a spreadsheet would run as a formula
 * (first character `= + - @`, tab, CR or LF, or such a character right after a line break) get a
 * leading `'` (OWASP CSV injection; docs/research reliability-anchors §4.4). Numbers are written
 * as numbers, so negative values stay numbers.
 */
import type { ImportIssue } from '../data/import/types';
import type { Observation } from '../data/schema';
import type { ObservationTable } from '../data/table';

/** The header of static/template.csv. */
export const TEMPLATE_HEADER = [
	'period',
	'partner',
	'flow',
	'reporter',
	'sector',
	'sector_label',
	'value',
	'currency',
	'source',
	'note',
	'flag'
] as const;

const FORMULA = /^[=+\-@\t\r\n]|[\r\n][=+\-@\t]/;

/**
 * One CSV cell.
 *
 * @example csvCell('a,b') // '"a,b"'
 * @example csvCell('=1+1') // "'=1+1"
 * @example csvCell(-5) // '-5'
 */
export function csvCell(value: string | number | null | undefined): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	let text = value;
	if (FORMULA.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly (string | number | null | undefined)[]): string {
	return cells.map(csvCell).join(',');
}

/** The cell key the dashboard de-duplicates on (as buildCube does). */
function cellKey(
	r: Pick<Observation, 'reporter' | 'partner' | 'flow' | 'sector' | 'currency' | 'period'>
) {
	return `${r.reporter}|${r.partner}|${r.flow}|${r.sector}|${r.currency}|${r.period}`;
}

/**
 * The rows the dashboard shows, from the given datasets (least authoritative first, as in the
 * store's list): where several datasets hold the same cell, only the rows of the last one are kept,
 * so the file never double-counts what the dashboard does not.
 */
export function currentRows(tables: readonly ObservationTable[]): Observation[] {
	const all = tables.map((t) => t.objects() as Observation[]);
	const owner = new Map<string, number>();
	all.forEach((rows, i) => {
		for (const r of rows) owner.set(cellKey(r), i);
	});
	const out: Observation[] = [];
	all.forEach((rows, i) => {
		for (const r of rows) if (owner.get(cellKey(r)) === i) out.push(r);
	});
	return out;
}

/**
 * Rows in the template format (static/template.csv), UTF-8, `,` and decimal point, CRLF line ends.
 *
 * @example templateCsv([]) // 'period,partner,flow,...,flag\r\n'
 */
export function templateCsv(rows: readonly Observation[]): string {
	const lines = [TEMPLATE_HEADER.join(',')];
	for (const r of rows) {
		lines.push(
			csvLine([
				r.period,
				r.partner,
				r.flow,
				r.reporter,
				r.sector,
				r.sectorLabel ?? '',
				r.value,
				r.currency,
				r.source,
				r.note,
				r.flag
			])
		);
	}
	return lines.join('\r\n') + '\r\n';
}

/**
 * Every issue of an import, one per line, with its message in the chosen language.
 * `describe` is the pipeline's `describeIssue` without position (line and column have columns).
 */
export function issuesCsv(
	issues: readonly ImportIssue[],
	labels: { line: string; column: string; header: string; code: string; reason: string },
	describe: (issue: ImportIssue) => string
): string {
	const lines = [csvLine([labels.line, labels.column, labels.header, labels.code, labels.reason])];
	for (const issue of issues) {
		lines.push(
			csvLine([issue.line, issue.column, issue.header ?? '', issue.code, describe(issue)])
		);
	}
	return lines.join('\r\n') + '\r\n';
}
