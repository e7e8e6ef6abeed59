/**
 * The import report's notice on a workbook's sheets: which sheet was read, which were not and why,
 * as issue params (plain strings, structured-clone safe). The sentence (`Sheet “Data” read; not
 * read: “Cover” (a cover or notes: no table)`) is written from them by `describeIssue`
 * (src/lib/i18n/issues/), in the page's language.
 */
import type { SheetOutcome, WorkbookInfo } from './excel';

/** Why a sheet was not read. */
export type SheetSkipReason =
	'notes' | 'empty' | 'hidden' | 'chart' | 'other-table' | 'unrecognised';

function why(sheet: SheetOutcome): SheetSkipReason {
	if (sheet.status === 'tried') return 'unrecognised';
	if (sheet.role === 'data') return 'other-table';
	return sheet.role;
}

/** Params of the notice: the sheet read and the others as `[name, why]` pairs (JSON). */
export function workbookNotice(info: WorkbookInfo): Record<string, string | number> {
	const others = info.sheets.filter((s) => s.name !== info.sheet).map((s) => [s.name, why(s)]);
	return { sheet: info.sheet ?? '', kind: info.kind, others: JSON.stringify(others) };
}
