/**
 * The import pipeline (features D3 dialects, D4 formats, D5 report). Pure TypeScript: no Svelte,
 * ECharts or $app, so it runs in a Web Worker (../worker/import.worker.ts) and in tests.
 *
 * See docs/DATA_FORMAT.md for the template, the recognised formats and how to add one.
 */
export { importFile, fileTooLarge, MAX_BYTES, MAX_ISSUES_PER_CODE } from './pipeline';
export { severityOf, isRejectionCode } from './severity';
export { FORMATS } from './formats/index';
export { packResult, unpackResult, packRows, unpackRows, transferables } from './columns';
export type { PackedRows, PackedResult } from './columns';
export type {
	ColumnMapping,
	DecimalMark,
	Delimiter,
	DialectOverride,
	Encoding,
	ImportDialect,
	ImportIssue,
	ImportOptions,
	ImportReport,
	ImportResult,
	IssueCode,
	Severity
} from './types';
