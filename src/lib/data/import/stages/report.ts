/**
 * Stage 6, the report: notices of the format and the figures, issues in reading order (fatal,
 * file notices, errors, row notices, skips), the distinct periods, partners, reporters and
 * currencies, and the fatal issue when nothing could be imported.
 */
import { unpackRows } from '../columns';
import { severityOf } from '../severity';
import type { ImportIssue, ImportResult } from '../types';
import type { IssueLog } from './issue-log';
import type { Mapped } from './map-format';
import type { MappedRows } from './map-rows';
import { clip, MAX_ISSUES_PER_CODE } from './result';
import type { ImportRun } from './run';
import type { Scanned } from './scan-body';

function rank(i: ImportIssue): number {
	const s = severityOf(i.code);
	if (s === 'fatal') return 0;
	if (s === 'info' && i.line === null) return 1;
	if (s === 'error') return 2;
	if (s === 'info') return 3;
	return 4;
}

function sortIssues(issues: ImportIssue[]): ImportIssue[] {
	return issues
		.map((issue, order) => ({ issue, order }))
		.sort(
			(a, b) =>
				rank(a.issue) - rank(b.issue) ||
				(a.issue.line ?? 0) - (b.issue.line ?? 0) ||
				(a.issue.column ?? 0) - (b.issue.column ?? 0) ||
				a.order - b.order
		)
		.map((x) => x.issue);
}

/** Why nothing was imported: no data rows at all, or every one rejected (with the main reason). */
function nothingImported(run: ImportRun, read: number, log: IssueLog): ImportIssue {
	if (read === 0) {
		return {
			line: run.dialect.headerLine,
			column: null,
			header: null,
			code: 'no-data',
			params: {}
		};
	}
	const main = [...log.byCode].sort((a, b) => b[1] - a[1])[0];
	return {
		line: null,
		column: null,
		header: null,
		code: 'no-valid-rows',
		params: { rows: read, main: main ? main[0] : '' }
	};
}

export function report(
	run: ImportRun,
	m: Mapped,
	scanned: Scanned,
	out: MappedRows,
	log: IssueLog
): ImportResult {
	const { mapper } = m;
	out.figures.checkTotals();
	for (const d of mapper.notices) run.notice(d);
	if (out.swapped > 0) run.notice({ code: 'flow-swapped', params: { observations: out.swapped } });
	for (const d of out.figures.notices(clip)) run.notice(d);
	for (const [code, k] of log.seen) {
		if (k > MAX_ISSUES_PER_CODE) {
			run.notice({ code: 'issues-truncated', params: { code, omitted: k - MAX_ISSUES_PER_CODE } });
		}
	}
	const { rows, investment, events, read } = out;
	// Rows summed into another row's figure as its parts (Comext bulk) are accepted too.
	const accepted = rows.length + investment.length + events.length + out.figures.partsSummed;
	const allUnits = [...new Set([...m.units, ...mapper.units])];
	const issues = sortIssues([...run.notices, ...log.listedIssues]);
	const fatal = accepted === 0 ? nothingImported(run, read, log) : null;
	if (fatal) issues.unshift(fatal);
	const sorted = (values: Iterable<string>) => [...new Set(values)].sort();
	run.progress(1);
	return {
		ok: fatal === null,
		fatal,
		format: run.format,
		dialect: run.dialect,
		columns: run.columns,
		rows: unpackRows(rows.finish()),
		investment,
		events,
		report: {
			read,
			accepted,
			rejected: log.rejected,
			countUnit: mapper.countUnit,
			rejectedByCode: log.rejectedByCode(),
			issues,
			periods: sorted([...rows.distinct('period'), ...investment.map((r) => r.period)]),
			partners: sorted(rows.distinct('partner')),
			reporters: sorted(rows.distinct('reporter')),
			currencies: sorted([...rows.distinct('currency'), ...investment.map((r) => r.currency)]),
			units: allUnits.length ? allUnits.join('; ') : null,
			lines: scanned.lines
		}
	};
}
