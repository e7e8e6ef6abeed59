/**
 * The row issues of one import: every rejection counted per code (the counts stay exact), at
 * most MAX_ISSUES_PER_CODE listed per code (see `issues-truncated`).
 */
import { isRejectionCode } from '../severity';
import type { ImportIssue, IssueCode } from '../types';
import { MAX_ISSUES_PER_CODE } from './result';

type Params = Record<string, string | number>;

export class IssueLog {
	readonly listedIssues: ImportIssue[] = [];
	/** Rejections per code. */
	readonly byCode = new Map<IssueCode, number>();
	/** Issues per code, listed or not. */
	readonly seen = new Map<IssueCode, number>();
	rejected = 0;

	constructor(private readonly headers: readonly string[]) {}

	/** Whether one more issue of `code` would be listed (else only counted). */
	listed(code: IssueCode): boolean {
		return (this.seen.get(code) ?? 0) < MAX_ISSUES_PER_CODE;
	}

	/** An issue about one row (a notice or a rejection already counted elsewhere). */
	note(code: IssueCode, line: number, column: number | null, params: Params): void {
		const k = (this.seen.get(code) ?? 0) + 1;
		this.seen.set(code, k);
		if (k > MAX_ISSUES_PER_CODE) return;
		const named = column !== null && column >= 0;
		this.listedIssues.push({
			line,
			column: named ? column + 1 : null,
			header: named ? (this.headers[column] ?? null) : null,
			code,
			params
		});
	}

	/** A rejection of `count` data items (rows, or cells of a wide row). */
	reject(code: IssueCode, line: number, column: number | null, params: Params, count = 1): void {
		this.rejected += count;
		this.byCode.set(code, (this.byCode.get(code) ?? 0) + count);
		this.note(code, line, column, params);
	}

	/** Rejections per code, most frequent first. */
	rejectedByCode(): Partial<Record<IssueCode, number>> {
		const out: Partial<Record<IssueCode, number>> = {};
		for (const [code, count] of [...this.byCode].sort((a, b) => b[1] - a[1])) {
			if (isRejectionCode(code)) out[code] = count;
		}
		return out;
	}
}
