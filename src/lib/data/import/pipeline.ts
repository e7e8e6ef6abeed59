/**
 * importFile: bytes → decoded text → dialect → header row and format → every value cell checked
 * for the number format → rows mapped to observations → report. Each step is a named stage in
 * `./stages/` (read-text, sniff, find-header, map-format, scan-body, number-format, map-rows,
 * report), composed here.
 *
 * Counting (report.read = accepted + rejected, always):
 * - long formats count data rows; wide formats count (row × period column) cells, see
 *   `report.countUnit`;
 * - every data item that does not become an observation is a rejection with one code: errors
 *   (something is wrong: bad number, unknown country, ...) and skips (deliberate: a missing value
 *   such as `:` or an empty cell, a flow not involving Italy, an aggregate partner, a quantity
 *   indicator, a re-export). `report.rejectedByCode` has the count per code;
 * - one figure per cell (reporter, partner, flow, sector, period, currency): a later row for a cell
 *   already held is a rejection too, `duplicate-row` (same value: kept once) or `conflicting-value`
 *   (another value: the first is kept, never the sum). The same cell in EUR and USD is two figures
 *   (`two-currencies` notice); a sector above the TOTAL of its cell is a notice
 *   (`part-exceeds-total`), both rows stay;
 * - header, title, blank, footnote and repeated-header lines are not data and are not counted
 *   (they appear as notices and in `dialect.skippedTop/skippedBottom`).
 */
import { INVISIBLE } from './invisible';
import { findHeaderStage, type HeaderFound } from './stages/find-header';
import { IssueLog } from './stages/issue-log';
import { mapFormat } from './stages/map-format';
import { mapRows } from './stages/map-rows';
import { decideNumbers } from './stages/number-format';
import { readText } from './stages/read-text';
import { report } from './stages/report';
import { clip } from './stages/result';
import { ImportRun } from './stages/run';
import { scanBody } from './stages/scan-body';
import { sniff } from './stages/sniff';
import type { ImportOptions, ImportResult } from './types';

export {
	MAX_BYTES,
	MAX_CELL_CHARS,
	MAX_COLUMNS,
	MAX_ISSUES_PER_CODE,
	MAX_ROWS,
	displayHeaders,
	fatalResult,
	fileTooLarge
} from './stages/result';

/** Notices about the header row: renamed names, names that differ only in case or accents, invisible characters. */
function headerNotices(run: ImportRun, h: HeaderFound): void {
	const line = run.dialect.headerLine;
	const raw = h.headerRead.fields;
	for (const r of h.renamed) {
		run.notice(
			{ code: 'header-renamed', line, column: r.index + 1, params: { from: r.from, to: r.to } },
			r.to
		);
	}
	// Columns that differ only by case, spaces or accents (`Value`, `value `): the first is used.
	const byKey = new Map<string, number>();
	h.norm.forEach((key, index) => {
		if (!key) return;
		const first = byKey.get(key);
		if (first === undefined) {
			byKey.set(key, index);
			return;
		}
		const a = (raw[first] ?? '').replace(/\s+/g, ' ').trim();
		const b = (raw[index] ?? '').replace(/\s+/g, ' ').trim();
		if (a === b) return;
		const params = { first: clip(h.headers[first] ?? ''), second: clip(h.headers[index] ?? '') };
		run.notice(
			{ code: 'header-similar', line, column: index + 1, params },
			h.headers[index] ?? null
		);
	});
	raw.forEach((cell, index) => {
		if (!INVISIBLE.test(cell)) return;
		run.notice(
			{ code: 'header-invisible', line, column: index + 1, params: {} },
			h.headers[index] ?? null
		);
	});
}

export function importFile(
	bytes: Uint8Array,
	fileName: string,
	opts: ImportOptions = {}
): ImportResult {
	const run = new ImportRun(fileName, opts);
	const text = readText(run, bytes);
	if (typeof text !== 'string') return text;
	const dialect = sniff(run, text);
	const header = findHeaderStage(run, text, dialect);
	if ('ok' in header) return header;
	headerNotices(run, header);
	const mapped = mapFormat(run, header, dialect);
	if ('ok' in mapped) return mapped;
	const scanned = scanBody(run, text, dialect, header, mapped);
	if ('ok' in scanned) return scanned;
	const decision = decideNumbers(run, dialect, mapped.mapper, scanned);
	const log = new IssueLog(header.headers);
	const rows = mapRows(run, text, dialect, header, mapped, scanned, decision, log);
	return report(run, mapped, scanned, rows, log);
}
