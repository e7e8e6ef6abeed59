/**
 * The state one import carries from stage to stage: options, the dialect as found so far, the
 * file-level notices, the format and column mapping, progress, and how to stop with a fatal issue.
 */
import type { IssueDraft } from '../formats/types';
import type {
	ColumnMapping,
	DialectOverride,
	ImportIssue,
	ImportOptions,
	ImportResult,
	IssueCode
} from '../types';
import { emptyDialect, fatalResult } from './result';

export class ImportRun {
	readonly override: DialectOverride;
	readonly dataset: string;
	readonly dialect = emptyDialect();
	readonly notices: ImportIssue[] = [];
	format: ImportResult['format'] = null;
	columns: ColumnMapping[] = [];
	private lastProgress = -1;

	constructor(
		readonly fileName: string,
		readonly opts: ImportOptions
	) {
		this.override = opts.override ?? {};
		this.dataset = opts.dataset ?? fileName;
	}

	/** Reports progress in steps of 1% (never backwards). */
	progress(f: number): void {
		if (!this.opts.onProgress) return;
		const rounded = Math.floor(f * 100) / 100;
		if (rounded > this.lastProgress) {
			this.lastProgress = rounded;
			this.opts.onProgress(Math.min(1, rounded));
		}
	}

	/** A file-level notice (never a rejection). */
	notice(d: IssueDraft, header: string | null = null): void {
		this.notices.push({
			line: d.line ?? null,
			column: d.column ?? null,
			header,
			code: d.code,
			params: d.params
		});
	}

	/** Stops the import: nothing imported, the notices so far kept. */
	fatal(
		code: IssueCode,
		params: Record<string, string | number> = {},
		line: number | null = null
	): ImportResult {
		this.progress(1);
		return fatalResult(
			{ line, column: null, header: null, code, params },
			{ format: this.format, dialect: this.dialect, columns: this.columns, notices: this.notices }
		);
	}
}
