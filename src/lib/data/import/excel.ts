/**
 * Workbooks (.xlsx, .xls, .ods) in: the workbook is read with SheetJS (`@e965/xlsx`), the data
 * sheet is chosen, turned into CSV text (excel-sheets.ts, excel-cells.ts) and imported by the
 * same `importFile` as a CSV, so that format detection, number format, issues and report are
 * the CSV path's. Then the report is put back in the sheet's terms: lines are sheet rows,
 * columns are the spreadsheet's columns (1 = A), the dialect says the workbook kind.
 *
 * The library is passed in, not imported: the worker loads it only when a workbook arrives
 * (handler.ts), so it never weighs on the pages' JavaScript.
 *
 * Which sheet: the one the request names, else the data sheets (excel-sheets.ts) by their number
 * of record rows, visible before hidden; the first whose columns a format recognises is read.
 * Covers, notes and empty sheets are skipped; `workbook.sheets` says what became of each sheet.
 */
import type * as XLSX from '@e965/xlsx';
import {
	fatalResult,
	fileTooLarge,
	importFile,
	MAX_BYTES,
	MAX_COLUMNS,
	MAX_ROWS
} from './pipeline';
import { workbookNotice } from './excel-messages';
import { sheetGrid, type SheetGrid, type SheetRole } from './excel-sheets';
import type { WrittenMark } from './excel-cells';
import type { ImportIssue, ImportOptions, ImportResult } from './types';

export type SheetJS = typeof XLSX;
export type WorkbookKind = 'xlsx' | 'xls' | 'ods';

export interface SheetOutcome {
	name: string;
	role: SheetRole;
	records: number;
	/** `read`: imported; `tried`: a data sheet read but not recognised; `skipped`: not read. */
	status: 'read' | 'tried' | 'skipped';
}

export interface WorkbookInfo {
	kind: WorkbookKind;
	/** The sheet the result comes from (null: none could be read). */
	sheet: string | null;
	/** `file.xlsx › Sheet`: the name the dataset should carry. */
	datasetName: string | null;
	sheets: SheetOutcome[];
}

export type WorkbookImportResult = ImportResult & { workbook: WorkbookInfo };

export interface WorkbookOptions extends ImportOptions {
	/** Read this sheet (by name) instead of choosing. */
	sheet?: string;
}

/** Data sheets tried at most before giving up (each is a full import of the sheet). */
const MAX_TRIES = 4;
/** Rows read beyond MAX_ROWS: titles above the header, so the importer still says "too many". */
const EXTRA_ROWS = 100;

/** `binary-file` kinds of the workbook fatals (messages.ts `BINARY`). */
export type WorkbookFatal =
	'workbook-encrypted' | 'workbook-corrupt' | 'workbook-no-data' | 'workbook-no-sheet';

function fatal(kind: WorkbookFatal, info: WorkbookInfo): WorkbookImportResult {
	const result = fatalResult({
		line: null,
		column: null,
		header: null,
		code: 'binary-file',
		params: { kind }
	});
	result.dialect.encoding = info.kind;
	result.dialect.delimiter = '';
	return { ...result, workbook: info };
}

/** Whether the bytes are an encrypted OOXML package or a protected workbook. */
function encrypted(xlsx: SheetJS, bytes: Uint8Array, error: unknown): boolean {
	const message = error instanceof Error ? error.message : String(error);
	if (/password|encrypt/i.test(message)) return true;
	try {
		const cfb = xlsx.CFB.read(bytes, { type: 'array' });
		return Boolean(xlsx.CFB.find(cfb, 'EncryptedPackage') || xlsx.CFB.find(cfb, 'EncryptionInfo'));
	} catch {
		return false;
	}
}

const CSV_SPECIAL = /[",\r\n]/;
const quote = (field: string) =>
	CSV_SPECIAL.test(field) ? `"${field.replaceAll('"', '""')}"` : field;

/**
 * The grid as CSV, and the line each sheet row starts on (a cell with a line break spans more
 * than one line of the text).
 */
export function gridCsv(grid: SheetGrid): { text: string; lineOfRow: number[] } {
	const lines: string[] = [];
	const lineOfRow: number[] = [];
	let line = 1;
	for (const row of grid.rows) {
		lineOfRow.push(line);
		const text = row.every((f) => f === '') ? '' : row.map(quote).join(',');
		lines.push(text);
		for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) line++;
		for (let at = text.indexOf('\r'); at !== -1; at = text.indexOf('\r', at + 1)) {
			if (text.charCodeAt(at + 1) !== 10) line++;
		}
		line++;
	}
	return { text: lines.join('\n') + '\n', lineOfRow };
}

/** The result of the sheet's text, in the sheet's terms (rows, spreadsheet columns, workbook). */
function inSheetTerms(
	result: ImportResult,
	grid: SheetGrid,
	lineOfRow: readonly number[],
	kind: WorkbookKind
): ImportResult {
	const identity = lineOfRow.every((l, i) => l === i + 1);
	const rowOf = new Map<number, number>();
	if (!identity) lineOfRow.forEach((l, i) => rowOf.set(l, i + 1));
	const row = (line: number) => (identity ? line : (rowOf.get(line) ?? line));
	const issue = (i: ImportIssue): ImportIssue => {
		const params = { ...i.params };
		if (!identity) {
			for (const key of ['line', 'first', 'closedAt'] as const) {
				const v = params[key];
				if (typeof v === 'number') params[key] = row(v);
			}
		}
		return {
			...i,
			line: i.line === null ? null : row(i.line),
			column: i.column === null ? null : i.column + grid.firstCol,
			params
		};
	};
	const dialect = {
		...result.dialect,
		encoding: kind,
		bom: false,
		delimiter: '',
		headerLine: result.dialect.headerLine > 0 ? row(result.dialect.headerLine) : 0
	};
	return {
		...result,
		fatal: result.fatal && issue(result.fatal),
		dialect,
		columns: result.columns.map((c) => ({ ...c, index: c.index + grid.firstCol })),
		format: result.format && {
			id: result.format.id,
			label: `${result.format.label} · ${grid.name}`
		},
		report: { ...result.report, issues: result.report.issues.map(issue) }
	};
}

function importSheet(
	grid: SheetGrid,
	fileName: string,
	kind: WorkbookKind,
	opts: WorkbookOptions,
	progress: (f: number) => void
): ImportResult {
	const { text, lineOfRow } = gridCsv(grid);
	const override = { ...opts.override };
	// Encoding and delimiter mean nothing in a workbook; the decimal mark is that of the numbers
	// written (excel-sheets.ts); a header line is a sheet row.
	delete override.encoding;
	delete override.delimiter;
	if (override.headerLine) override.headerLine = lineOfRow[override.headerLine - 1];
	const result = importFile(new TextEncoder().encode(text), fileName, {
		...opts,
		override,
		onProgress: progress
	});
	return inSheetTerms(result, grid, lineOfRow, kind);
}

export function importWorkbook(
	xlsx: SheetJS,
	bytes: Uint8Array,
	fileName: string,
	kind: WorkbookKind,
	opts: WorkbookOptions = {}
): WorkbookImportResult {
	const info: WorkbookInfo = { kind, sheet: null, datasetName: null, sheets: [] };
	if (bytes.length > MAX_BYTES) return { ...fileTooLarge(bytes.length), workbook: info };
	opts.onProgress?.(0.02);
	let wb: XLSX.WorkBook;
	try {
		wb = xlsx.read(bytes, {
			type: 'array',
			dense: true,
			cellNF: true,
			// No formatted text per cell (a quarter of the parse time): cells are written from their
			// type and format (excel-cells.ts).
			cellText: false,
			cellDates: false,
			cellFormula: false,
			cellHTML: false,
			cellStyles: false,
			// Untyped sources (an HTML table saved as .xls) keep their text: the importer, not the
			// library, decides what `1.234,5` means.
			raw: true,
			sheetRows: MAX_ROWS + EXTRA_ROWS
		});
	} catch (err) {
		return fatal(encrypted(xlsx, bytes, err) ? 'workbook-encrypted' : 'workbook-corrupt', info);
	}
	opts.onProgress?.(0.3);

	const mark: WrittenMark | undefined = opts.override?.decimal;
	const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
	const grids = wb.SheetNames.map((name, i) =>
		sheetGrid(name, wb.Sheets[name] as XLSX.WorkSheet, {
			mark,
			date1904,
			hidden: Boolean(wb.Workbook?.Sheets?.[i]?.Hidden),
			maxColumns: MAX_COLUMNS + 1
		})
	);
	info.sheets = grids.map((g) => ({
		name: g.name,
		role: g.role,
		records: g.records,
		status: 'skipped'
	}));

	let candidates: SheetGrid[];
	if (opts.sheet !== undefined) {
		const asked = grids.find((g) => g.name === opts.sheet);
		if (!asked) return fatal('workbook-no-sheet', info);
		candidates = [asked];
	} else {
		const rank = (role: SheetRole) => (role === 'data' ? 0 : 1);
		candidates = grids
			.filter((g) => g.role === 'data' || g.role === 'hidden')
			.sort((a, b) => rank(a.role) - rank(b.role) || b.records - a.records)
			.slice(0, MAX_TRIES);
	}
	if (candidates.length === 0) return fatal('workbook-no-data', info);

	let chosen: { grid: SheetGrid; result: ImportResult } | null = null;
	for (const grid of candidates) {
		const first = chosen === null;
		const result = importSheet(grid, fileName, kind, opts, (f) => {
			if (first) opts.onProgress?.(0.3 + 0.7 * f);
		});
		const outcome = info.sheets.find((s) => s.name === grid.name) as SheetOutcome;
		outcome.status = 'tried';
		// The best-ranked sheet's result stands unless a later sheet is recognised.
		if (!chosen || (result.format && !chosen.result.format)) chosen = { grid, result };
		if (result.format) break;
	}
	const { grid, result } = chosen as { grid: SheetGrid; result: ImportResult };
	(info.sheets.find((s) => s.name === grid.name) as SheetOutcome).status = 'read';
	info.sheet = grid.name;
	info.datasetName = `${fileName} › ${grid.name}`;
	opts.onProgress?.(1);
	const notice: ImportIssue = {
		line: null,
		column: null,
		header: null,
		code: 'workbook-sheets',
		params: workbookNotice(info)
	};
	const issues = [...result.report.issues];
	issues.splice(result.fatal ? 1 : 0, 0, notice);
	return { ...result, report: { ...result.report, issues }, workbook: info };
}
