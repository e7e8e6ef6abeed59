/**
 * Types of the import pipeline (features D3 dialects, D4 formats, D5 report).
 *
 * Everything here is plain data: an ImportResult can be structured-cloned to and from a worker.
 */
import type { Flow, InvestmentRow, Observation, TradeEvent } from '../schema';

export type Encoding = 'utf-8' | 'windows-1252' | 'iso-8859-15' | 'utf-16le' | 'utf-16be';
/** Every delimiter, space included, is scored by the sniffer (stages/sniff.ts). */
export type Delimiter = ',' | ';' | '\t' | '|' | ' ';
export type DecimalMark = '.' | ',';

/** What the analyst can force when the detection got it wrong. */
export interface DialectOverride {
	encoding?: Encoding;
	delimiter?: Delimiter;
	decimal?: DecimalMark;
	/** 1-based physical line of the header row. */
	headerLine?: number;
}

export interface ImportOptions {
	override?: DialectOverride;
	/** Dataset name stamped on every row; defaults to the file name. */
	dataset?: string;
	onProgress?: (fraction: number) => void;
	/**
	 * The flow of a table whose flow is stated nowhere in the file (stat.uz tables, an ISTAT table
	 * without a flow column), from the REPORTER's point of view. Without it such files end with
	 * `needs-flow`, and the UI can ask and import again.
	 */
	tableFlow?: Flow;
}

/**
 * Issue codes. Severity (see `severityOf`):
 * - fatal: nothing was imported, `ImportResult.fatal` holds the issue;
 * - error: a data row (or cell) was rejected because something is wrong in it;
 * - skip: a data row (or cell) was rejected on purpose (missing value, not an Italy flow, a
 *   quantity, ...): not a defect of the file, but still counted in `rejected`;
 * - info: a notice about the file as a whole (encoding fallback, title lines, unit scaling, ...);
 *   never counted as a rejection.
 */
export type IssueCode =
	// fatal
	| 'empty-file'
	| 'file-too-large'
	| 'binary-file'
	| 'no-text'
	| 'unknown-format'
	| 'no-data'
	| 'needs-flow'
	| 'no-valid-rows'
	| 'too-many-columns'
	| 'too-many-rows'
	// row errors
	| 'field-count'
	| 'cell-too-long'
	| 'invalid-number'
	| 'ambiguous-number'
	| 'unknown-country'
	| 'invalid-period'
	| 'unknown-flow'
	| 'invalid-currency'
	| 'invalid-flag'
	| 'invalid-measure'
	| 'missing-field'
	| 'invalid-date'
	| 'invalid-precision'
	| 'spreadsheet-period'
	| 'number-too-small'
	| 'number-too-large'
	| 'conflicting-value'
	// row skips
	| 'missing-value'
	| 'not-italy'
	| 'aggregate-partner'
	| 'other-flow'
	| 'not-trade-value'
	| 'not-goods'
	| 'breakdown'
	| 'duplicate-event'
	| 'repeated-header'
	| 'duplicate-row'
	// notices
	| 'encoding-fallback'
	| 'utf16-without-bom'
	| 'invalid-utf8'
	| 'nul-removed'
	| 'double-encoded'
	| 'header-similar'
	| 'header-invisible'
	| 'text-bidi'
	| 'formula-prefix-removed'
	| 'separator-hint'
	| 'title-skipped'
	| 'footer-skipped'
	| 'header-renamed'
	| 'units-scaled'
	| 'units-assumed'
	| 'flow-from-context'
	| 'flow-swapped'
	| 'quote-repaired'
	| 'number-format'
	| 'two-currencies'
	| 'parts-summed'
	| 'part-exceeds-total'
	| 'footnote-flag'
	| 'issues-truncated'
	| 'workbook-sheets';

export type Severity = 'fatal' | 'error' | 'skip' | 'info';

export interface ImportIssue {
	/** 1-based physical line where the record starts; null for file-level notices. */
	line: number | null;
	/** 1-based column; null when the issue concerns the whole row or file. */
	column: number | null;
	/** Header text of that column, as written in the file (display only). */
	header: string | null;
	code: IssueCode;
	/**
	 * Details for the message. `count` (when present and > 1) is the number of observations this
	 * one issue stands for (a rejected row of a wide table).
	 */
	params: Record<string, string | number>;
}

export interface ColumnMapping {
	/** 0-based column index. */
	index: number;
	/** Header as written (empty and duplicate headers are renamed: `Column 3`, `Value (2)`). */
	header: string;
	/** What the column was used for (`period`, `partner`, `value:2021`, ...); null = ignored. */
	field: string | null;
}

export interface ImportDialect {
	encoding: string;
	bom: boolean;
	delimiter: string;
	decimal: DecimalMark;
	thousands: string | null;
	/** Where `decimal` comes from: the file's numbers, the format's specification, the override, or nothing (ambiguous numbers were rejected). */
	decimalSource: 'file' | 'format' | 'override' | 'none';
	/** 1-based physical line of the header row (0 when no header was found). */
	headerLine: number;
	/** Non-blank lines above the header (titles, notes, a `sep=` hint). */
	skippedTop: number;
	/** Footnote lines below the data (`Fonte: ...`, one-field lines). */
	skippedBottom: number;
}

export interface ImportReport {
	/**
	 * Data items seen: data rows for long formats, (row × period column) cells for wide formats
	 * (see `countUnit`). Header, title, blank and footnote lines are not counted.
	 * Always `read === accepted + rejected`.
	 */
	read: number;
	accepted: number;
	rejected: number;
	/** 'rows' for long formats, 'observations' for wide ones (one row = one cell per period). */
	countUnit: 'rows' | 'observations';
	/** Rejections per issue code; the values add up to `rejected`. */
	rejectedByCode: Partial<Record<IssueCode, number>>;
	/**
	 * Notices first, then row errors, then skips, each in line order. At most
	 * MAX_ISSUES_PER_CODE per code are kept (the counts stay exact, see `issues-truncated`).
	 */
	issues: ImportIssue[];
	periods: string[];
	partners: string[];
	reporters: string[];
	currencies: string[];
	/** Unit phrases that scaled values (e.g. `US$ Thousand`); null when all values were in full units. */
	units: string | null;
	/**
	 * Where every physical line of the file went (absent when nothing was read). Always
	 * `total === blank + hint + title + header + data + repeatedHeader + footer`, where `data` counts
	 * the lines of the data records (a record with a quoted line break spans several lines).
	 */
	lines?: LineAccount;
}

export interface LineAccount {
	total: number;
	blank: number;
	/** The Excel `sep=` line. */
	hint: number;
	title: number;
	header: number;
	data: number;
	repeatedHeader: number;
	footer: number;
}

export interface ImportResult {
	ok: boolean;
	fatal: ImportIssue | null;
	format: { id: string; label: string } | null;
	dialect: ImportDialect;
	columns: ColumnMapping[];
	rows: Observation[];
	investment: InvestmentRow[];
	/** Rows of an events table (`date,precision,countries,type,title_en,title_it,source`). */
	events: TradeEvent[];
	report: ImportReport;
	/**
	 * Hex SHA-256 of the file's bytes, set by the import worker (null: Web Crypto unavailable;
	 * absent: not computed there). The store uses it to recognise a file loaded twice.
	 */
	sha256?: string | null;
	/**
	 * The rows as an Arrow IPC stream (storage/arrow.ts), built by the import worker when asked
	 * (`RunImportOptions.arrow`), so that saving them costs the main thread nothing.
	 */
	arrow?: Blob;
}
