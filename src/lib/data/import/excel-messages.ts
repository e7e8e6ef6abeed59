/**
 * The report's sentence on a workbook's sheets, in both languages: which sheet was read, which
 * were not and why (`Sheet “Data” read; not read: “Cover” (a cover or notes: no table)`).
 *
 * `workbookNotice` gives it as issue params (plain strings, structured-clone safe), for an info
 * notice of the import report; `describeWorkbookSheets` writes the sentence from those params.
 */
import type { SheetOutcome, WorkbookInfo } from './excel';

type Lang = 'en' | 'it';

/** Why a sheet was not read. */
type Why = 'notes' | 'empty' | 'hidden' | 'chart' | 'other-table' | 'unrecognised';

const WHY: Record<Why, [string, string]> = {
	notes: ['a cover or notes: no table', 'copertina o note: nessuna tabella'],
	empty: ['empty', 'vuoto'],
	hidden: ['hidden', 'nascosto'],
	chart: ['a chart', 'un grafico'],
	'other-table': [
		'another table: one sheet is read per file; to import it, save it alone in a copy of the workbook',
		'un’altra tabella: di ogni file si legge un foglio; per importarla, salvala da sola in una copia della cartella di lavoro'
	],
	unrecognised: [
		'a table whose columns match no supported format',
		'una tabella le cui colonne non corrispondono a nessun formato supportato'
	]
};

function why(sheet: SheetOutcome): Why {
	if (sheet.status === 'tried') return 'unrecognised';
	if (sheet.role === 'data') return 'other-table';
	return sheet.role;
}

/** Params of the notice: the sheet read and the others as `[name, why]` pairs (JSON). */
export function workbookNotice(info: WorkbookInfo): Record<string, string | number> {
	const others = info.sheets.filter((s) => s.name !== info.sheet).map((s) => [s.name, why(s)]);
	return { sheet: info.sheet ?? '', kind: info.kind, others: JSON.stringify(others) };
}

export function describeWorkbookSheets(
	params: Record<string, string | number>,
	lang: Lang
): string {
	const en = lang === 'en';
	let others: [string, Why][] = [];
	try {
		others = JSON.parse(String(params.others ?? '[]')) as [string, Why][];
	} catch {
		others = [];
	}
	const sheet = params.sheet === undefined ? null : String(params.sheet);
	const read = en
		? sheet === null
			? 'one sheet of the workbook was read'
			: `sheet “${sheet}” of the workbook was read`
		: sheet === null
			? 'è stato letto un foglio della cartella di lavoro'
			: `è stato letto il foglio “${sheet}” della cartella di lavoro`;
	if (others.length === 0) return read;
	const list = others
		.map(([name, w]) => `“${name}” (${(WHY[w] ?? WHY.notes)[en ? 0 : 1]})`)
		.join('; ');
	return en ? `${read}; not read: ${list}` : `${read}; non letti: ${list}`;
}
