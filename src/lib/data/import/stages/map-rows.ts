/**
 * Stage 5c, second pass: every data record checked (repeated header, cell length, field count)
 * and mapped by the format to observations, written straight into columns (no row objects are
 * kept); one figure per cell (see ../figures.ts).
 */
import { parsePeriod, type InvestmentRow, type TradeEvent } from '../../schema';
import { RowsBuilder } from '../columns';
import type { ReadRecord } from '../csv';
import { Figures } from '../figures';
import { headerKey } from '../formats/common';
import type { Mapper, Outcome } from '../formats/types';
import type { NumberDecision } from '../numbers';
import type { LineAccount } from '../types';
import type { HeaderFound } from './find-header';
import type { IssueLog } from './issue-log';
import type { Mapped } from './map-format';
import { MAX_CELL_CHARS } from './result';
import { valueReader } from './row-values';
import type { ImportRun } from './run';
import { bodyReader, type Scanned } from './scan-body';
import type { Sniffed } from './sniff';

export interface MappedRows {
	rows: RowsBuilder;
	figures: Figures;
	investment: InvestmentRow[];
	events: TradeEvent[];
	read: number;
	swapped: number;
}

/**
 * The record's fields when its shape fits the header (a trailing delimiter on every row is
 * tolerated, short rows of a wide table are padded), else null after rejecting it.
 */
function fitted(
	r: ReadRecord,
	ncols: number,
	trailingOk: boolean,
	mapper: Mapper,
	log: IssueLog
): string[] | null {
	const rec = r.fields;
	const perRow: Record<string, number> = mapper.perRow > 1 ? { count: mapper.perRow } : {};
	if (r.longest > MAX_CELL_CHARS) {
		const c = rec.findIndex((f) => f.length > MAX_CELL_CHARS);
		const length = c >= 0 ? (rec[c] as string).length : r.longest;
		log.reject(
			'cell-too-long',
			r.line,
			c,
			{ length, limit: MAX_CELL_CHARS, ...perRow },
			mapper.perRow
		);
		return null;
	}
	if (r.fieldCount === ncols) return rec;
	if (
		trailingOk &&
		r.fieldCount > ncols &&
		r.fieldCount === rec.length &&
		rec.slice(ncols).every((f) => f.trim() === '')
	)
		return rec.slice(0, ncols);
	if (r.fieldCount < ncols && mapper.countUnit === 'observations') {
		return rec.concat(Array<string>(ncols - rec.length).fill(''));
	}
	const span: Record<string, number> = r.span > 1 ? { span: r.span } : {};
	const params = { expected: ncols, found: r.fieldCount, ...span, ...perRow };
	log.reject('field-count', r.line, null, params, mapper.perRow);
	return null;
}

export function mapRows(
	run: ImportRun,
	text: string,
	s: Sniffed,
	h: HeaderFound,
	m: Mapped,
	scanned: Scanned,
	decision: NumberDecision,
	log: IssueLog
): MappedRows {
	const { mapper } = m;
	const cap = Math.min(scanned.bodyCount * mapper.perRow, 1 << 22);
	const rows = new RowsBuilder(cap);
	const figures = new Figures(rows, cap, run.dataset, scanned.footFlags, {
		reject: (code, line, column, params) => log.reject(code, line, column, params),
		note: (code, line, column, params) => log.note(code, line, column, params),
		listed: (code) => log.listed(code)
	});
	const out: MappedRows = { rows, figures, investment: [], events: [], read: 0, swapped: 0 };
	const cx = valueReader(decision, m.columnPower);
	const valueColumn = mapper.valueColumns.length === 1 ? (mapper.valueColumns[0] as number) : -1;
	// A trailing delimiter on every data row (not on the header) is tolerated only as the clear
	// majority shape: with a tie, a row with an unquoted delimiter and an empty last field would be
	// read shifted.
	const ncols = h.headers.length;
	const [modalLength, modalCount] = [...scanned.lengths].sort((a, b) => b[1] - a[1])[0] ?? [
		ncols,
		0
	];
	const trailingOk = modalLength > ncols && modalCount * 2 > scanned.dataCount;
	const headerJoined = h.norm.join('\u0001');
	const first = h.headerRead.fields[0];
	const lines: LineAccount = scanned.lines;
	const reader = bodyReader(text, s, h);
	const total = Math.max(1, scanned.dataCount);
	for (let i = 0; i < scanned.dataCount; i++) {
		if (i % 8192 === 0) run.progress(0.5 + (0.48 * i) / total);
		const r = reader.next();
		if (!r) break;
		if (
			r.fieldCount === ncols &&
			r.fields[0] === first &&
			r.fields.map(headerKey).join('\u0001') === headerJoined
		) {
			lines.repeatedHeader += r.span;
			run.notice({ code: 'repeated-header', line: r.line, params: {} });
			continue;
		}
		lines.data += r.span;
		const rec = fitted(r, ncols, trailingOk, mapper, log);
		if (!rec) {
			out.read += mapper.perRow;
			continue;
		}
		cx.line = r.line;
		for (const o of mapper.map(rec, cx)) keep(o, r.line, out, log, valueColumn);
	}
	run.progress(0.98);
	return out;
}

const periodCache = new Map<string, ReturnType<typeof parsePeriod>>();

function keep(o: Outcome, line: number, out: MappedRows, log: IssueLog, valueColumn: number): void {
	if (o.kind === 'obs') {
		out.read++;
		let p = periodCache.get(o.obs.period);
		if (p === undefined) {
			p = parsePeriod(o.obs.period);
			if (periodCache.size < 4096) periodCache.set(o.obs.period, p);
		}
		if (!p) {
			log.reject('invalid-period', line, null, { value: o.obs.period });
			return;
		}
		if (out.figures.keep(o.obs, p, line, o.column ?? valueColumn) && o.swapped) out.swapped++;
	} else if (o.kind === 'inv') {
		out.read++;
		out.investment.push(o.inv);
	} else if (o.kind === 'event') {
		out.read++;
		out.events.push(o.event);
	} else {
		const count = o.count ?? 1;
		out.read += count;
		log.reject(o.code, line, o.column, o.params, count);
	}
}
