/**
 * CSV files the Data page offers for download: the current data in the template format (D6) and
 * the full list of import issues (D5). Pure functions, no DOM.
 *
 * Both are written by the app's one CSV writer (`data/export/csv.ts` `writeCsv`, English variant:
 * `,` and decimal point, no BOM, CRLF): the same formula protection as every other export
 * (docs/research reliability-anchors §4.4), numbers as numbers, so negative values stay numbers.
 */
import { writeCsv, type CsvCell } from '../data/export/csv';
import type { ImportIssue } from '../data/import/types';
import { TEMPLATE_HEADER, type Observation } from '../data/schema';
import type { ObservationTable } from '../data/table';

/** The header of static/template.csv. */
export { TEMPLATE_HEADER };

/** A cell as the dashboard keys it (buildCube): one figure per dataset and cell. */
function cellKey(
	r: Pick<Observation, 'reporter' | 'partner' | 'flow' | 'sector' | 'currency' | 'period'>
) {
	return `${r.reporter}|${r.partner}|${r.flow}|${r.sector}|${r.currency}|${r.period}`;
}

/** The series-year the dashboard decides precedence on (buildCube): any grain, any currency. */
function yearKey(r: Pick<Observation, 'reporter' | 'partner' | 'flow' | 'sector' | 'year'>) {
	return `${r.reporter}|${r.partner}|${r.flow}|${r.sector}|${r.year}`;
}

/**
 * The rows the dashboard shows, from the given datasets (least authoritative first: the store's
 * `active`, the reverse of the user's order), by the dashboard's rules (buildCube):
 * - each (reporter, partner, flow, sector, year) comes whole from the last dataset that holds any
 *   figure of that year, whatever the grain and the currency: a year never mixes datasets;
 * - within a dataset, a cell (… currency, period) is written once, from its first row with a value
 *   (rows of one cell are never added).
 * So the file never double-counts or mixes what the dashboard does not.
 */
export function currentRows(tables: readonly ObservationTable[]): Observation[] {
	const all = tables.map((t) => t.objects() as Observation[]);
	const owner = new Map<string, number>();
	all.forEach((rows, i) => {
		for (const r of rows) owner.set(yearKey(r), i);
	});
	const out: Observation[] = [];
	all.forEach((rows, i) => {
		/** Per cell of this dataset: its index in `out`, and whether that row has a value. */
		const written = new Map<string, { at: number; valued: boolean }>();
		for (const r of rows) {
			if (owner.get(yearKey(r)) !== i) continue;
			const key = cellKey(r);
			const valued = Number.isFinite(r.value);
			const held = written.get(key);
			if (!held) {
				written.set(key, { at: out.length, valued });
				out.push(r);
			} else if (!held.valued && valued) {
				out[held.at] = r;
				held.valued = true;
			}
		}
	});
	return out;
}

/**
 * Rows in the template format (static/template.csv), UTF-8, `,` and decimal point, CRLF line ends.
 *
 * @example templateCsv([]) // 'period,partner,flow,...,flag\r\n'
 */
export function templateCsv(rows: readonly Observation[]): string {
	const table: CsvCell[][] = [[...TEMPLATE_HEADER]];
	for (const r of rows) {
		table.push([
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
		]);
	}
	return writeCsv(table, 'en');
}

/**
 * Every issue of an import, one per line, with its message in the chosen language.
 * `describe` is `describeIssue` (src/lib/i18n/issues) without position (line and column have columns).
 */
export function issuesCsv(
	issues: readonly ImportIssue[],
	labels: { line: string; column: string; header: string; code: string; reason: string },
	describe: (issue: ImportIssue) => string
): string {
	const table: CsvCell[][] = [
		[labels.line, labels.column, labels.header, labels.code, labels.reason]
	];
	for (const issue of issues) {
		table.push([issue.line, issue.column, issue.header ?? '', issue.code, describe(issue)]);
	}
	return writeCsv(table, 'en');
}
