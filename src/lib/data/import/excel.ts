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
 * Which sheets: the one the request names; else every visible data sheet (excel-sheets.ts) whose
 * header a format recognises is a dataset: the first is read now, the others are marked `own` in
 * `workbook.sheets` and the caller imports each by name, so that each has its own import report
 * (state/datasets.svelte.ts queues them). Covers, notes and empty sheets are skipped;
 * `workbook.sheets` says what became of each sheet.
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
	/**
	 * `read`: imported; `own`: a table a format recognises, imported as a dataset of its own (a
	 * request of its own names it); `tried`: a data sheet no format recognises; `skipped`: not read.
	 */
	status: 'read' | 'own' | 'tried' | 'skipped';
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

/** Which sheet of a workbook to read (none: choose, see the module comment). */
export interface SheetChoice {
	/** Read this sheet (by name) instead of choosing; none other is parsed. */
	sheet?: string;
	/** Read this sheet if the workbook has one of this name, else choose (a replacement). */
	prefer?: string;
	/** One dataset from this file (a replacement): other tables are not marked `own`. */
	single?: boolean;
}

export type WorkbookOptions = ImportOptions & SheetChoice;

/** Rows of a sheet a format's header search needs: its 40 lines, past titles and blank rows. */
const PROBE_ROWS = 200;
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

/** Reads the workbook (only `only`'s sheet when given), or says why it cannot be read. */
function readBook(
	xlsx: SheetJS,
	bytes: Uint8Array,
	only: string | undefined
): XLSX.WorkBook | WorkbookFatal {
	try {
		return xlsx.read(bytes, {
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
			sheetRows: MAX_ROWS + EXTRA_ROWS,
			// A sheet asked for by name: the others are not parsed (.xlsx; other kinds parse all).
			...(only === undefined ? {} : { sheets: [only] })
		});
	} catch (err) {
		return encrypted(xlsx, bytes, err) ? 'workbook-encrypted' : 'workbook-corrupt';
	}
}

/** The grids of the sheets named (in workbook order). */
function gridsOf(wb: XLSX.WorkBook, names: readonly string[], mark: WrittenMark | undefined) {
	const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
	return names.map((name) =>
		sheetGrid(name, wb.Sheets[name] as XLSX.WorkSheet, {
			mark,
			date1904,
			hidden: Boolean(wb.Workbook?.Sheets?.[wb.SheetNames.indexOf(name)]?.Hidden),
			maxColumns: MAX_COLUMNS + 1
		})
	);
}

/** Whether a format recognises the sheet's header (read from its first rows only). */
function recognised(grid: SheetGrid, fileName: string, kind: WorkbookKind, opts: WorkbookOptions) {
	const rows = grid.rows.slice(0, PROBE_ROWS + (opts.override?.headerLine ?? 0));
	const quiet = { ...opts, onProgress: undefined };
	return importSheet({ ...grid, rows }, fileName, kind, quiet, () => {}).format !== null;
}

interface SheetPlan {
	/** The sheet this import reads. */
	read: SheetGrid;
	/** Other sheets a format recognises: each is imported as a dataset of its own. */
	own: SheetGrid[];
}

/**
 * Which sheets hold trade tables: the data sheets (hidden ones last) whose header a format
 * recognises. The first visible one is read now, the other visible ones become datasets of their
 * own (unless `single`); a hidden one is read only when no visible sheet is recognised. When none
 * is, the biggest data sheet is read, for a report that shows its columns.
 */
function planSheets(
	grids: readonly SheetGrid[],
	outcomes: readonly SheetOutcome[],
	fileName: string,
	kind: WorkbookKind,
	opts: WorkbookOptions
): SheetPlan | null {
	const preferred = grids.find(
		(g) => g.name === opts.prefer && (g.role === 'data' || g.role === 'hidden')
	);
	if (preferred) return { read: preferred, own: [] };
	const rank = (role: SheetRole) => (role === 'data' ? 0 : 1);
	const candidates = grids
		.filter((g) => g.role === 'data' || g.role === 'hidden')
		.sort((a, b) => rank(a.role) - rank(b.role) || b.records - a.records);
	if (candidates.length === 0) return null;
	const tables = new Set<SheetGrid>();
	for (const grid of candidates) {
		if (recognised(grid, fileName, kind, opts)) tables.add(grid);
		else outcomeOf(outcomes, grid).status = 'tried';
	}
	const visible = grids.filter((g) => tables.has(g) && g.role === 'data');
	const read = visible[0] ?? candidates.find((g) => tables.has(g)) ?? (candidates[0] as SheetGrid);
	const own = opts.single ? [] : visible.filter((g) => g !== read);
	for (const grid of own) outcomeOf(outcomes, grid).status = 'own';
	return { read, own };
}

const outcomeOf = (outcomes: readonly SheetOutcome[], grid: SheetGrid) =>
	outcomes.find((s) => s.name === grid.name) as SheetOutcome;

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
	const wb = readBook(xlsx, bytes, opts.sheet);
	if (typeof wb === 'string') return fatal(wb, info);
	opts.onProgress?.(0.3);

	const names =
		opts.sheet === undefined ? wb.SheetNames : wb.SheetNames.filter((n) => n === opts.sheet);
	if (names.length === 0 && opts.sheet !== undefined) return fatal('workbook-no-sheet', info);
	const grids = gridsOf(wb, names, opts.override?.decimal);
	info.sheets = grids.map((g) => ({
		name: g.name,
		role: g.role,
		records: g.records,
		status: 'skipped'
	}));
	const plan =
		opts.sheet === undefined
			? planSheets(grids, info.sheets, fileName, kind, opts)
			: { read: grids[0] as SheetGrid, own: [] };
	if (!plan) return fatal('workbook-no-data', info);

	const { read } = plan;
	const result = importSheet(read, fileName, kind, opts, (f) => opts.onProgress?.(0.3 + 0.7 * f));
	outcomeOf(info.sheets, read).status = 'read';
	info.sheet = read.name;
	info.datasetName = `${fileName} › ${read.name}`;
	opts.onProgress?.(1);
	// The sheets read as datasets of their own have their own reports.
	const listed = { ...info, sheets: info.sheets.filter((s) => s.status !== 'own') };
	const notice: ImportIssue = {
		line: null,
		column: null,
		header: null,
		code: 'workbook-sheets',
		params: workbookNotice(listed)
	};
	const issues = [...result.report.issues];
	issues.splice(result.fatal ? 1 : 0, 0, notice);
	return { ...result, report: { ...result.report, issues }, workbook: info };
}
