/**
 * Stage 5a, first pass over the body: rows counted, field counts, every value cell's number
 * format (the evidence for the decimal mark), quotes repaired or recovered, and the footnotes
 * below the data (the last records are held back to find them).
 */
import { RecordReader, type ReadRecord } from '../csv';
import { isFootnote } from '../dialect';
import { footnoteFlags, type FootnoteFlag } from '../footnotes';
import { NumberEvidence } from '../numbers';
import type { ImportResult, LineAccount } from '../types';
import type { HeaderFound } from './find-header';
import type { Mapped } from './map-format';
import { clip, MAX_CELL_CHARS, MAX_COLUMNS, MAX_ISSUES_PER_CODE, MAX_ROWS } from './result';
import type { ImportRun } from './run';
import type { Sniffed } from './sniff';

/** Trailing records held back while reading, to find the footnotes below the data. */
const FOOTER_WINDOW = 64;

export interface Scanned {
	bodyStart: number;
	bodyCount: number;
	/** Records of data (the footnotes below excluded). */
	dataCount: number;
	/** How many data records have each field count. */
	lengths: Map<number, number>;
	evidence: NumberEvidence;
	/** The first value that reads both ways (`1.234`), for the number-format notice. */
	example: string;
	footFlags: FootnoteFlag[];
	lines: LineAccount;
}

/** A reader over the text positioned at the first record below the header. */
export function bodyReader(text: string, s: Sniffed, h: HeaderFound): RecordReader {
	const reader = new RecordReader(text, s.delimiter, MAX_COLUMNS + 1, s.quote);
	for (let k = 0; k <= h.headerIdx; k++) reader.next();
	reader.expected = h.headers.length;
	return reader;
}

function noticeQuotes(run: ImportRun, quoted: ReadRecord[], count: number): void {
	for (const r of quoted) {
		const params: Record<string, string | number> = r.recovered
			? { reason: r.recovered.reason }
			: {};
		run.notice({
			code: 'quote-repaired',
			line: r.line,
			column: r.recovered ? r.recovered.column + 1 : null,
			params
		});
	}
	if (count > quoted.length) {
		run.notice({
			code: 'issues-truncated',
			params: { code: 'quote-repaired', omitted: count - quoted.length }
		});
	}
}

export function scanBody(
	run: ImportRun,
	text: string,
	s: Sniffed,
	h: HeaderFound,
	m: Mapped
): Scanned | ImportResult {
	const evidence = new NumberEvidence();
	const lengths = new Map<number, number>();
	const quoted: ReadRecord[] = [];
	let quotedCount = 0;
	let example = '';
	const commit = (r: ReadRecord) => {
		lengths.set(r.fieldCount, (lengths.get(r.fieldCount) ?? 0) + 1);
		if (r.repaired || r.recovered) {
			quotedCount++;
			if (quoted.length < MAX_ISSUES_PER_CODE) quoted.push(r);
		}
		if (r.longest > MAX_CELL_CHARS) return;
		for (const c of m.mapper.valueColumns) {
			const raw = r.fields[c];
			if (raw === undefined) continue;
			evidence.add(raw);
			if (!example && evidence.ambiguous > 0) example = raw.trim();
		}
	};
	let held: ReadRecord[] = [];
	let bodyCount = 0;
	const reader = bodyReader(text, s, h);
	let nextProgress = 0;
	for (let r = reader.next(); r; r = reader.next()) {
		bodyCount++;
		if (bodyCount > MAX_ROWS) return run.fatal('too-many-rows', { limit: MAX_ROWS }, r.line);
		held.push(r);
		if (held.length >= 2 * FOOTER_WINDOW) {
			for (const k of held.slice(0, FOOTER_WINDOW)) commit(k);
			held = held.slice(FOOTER_WINDOW);
		}
		if (bodyCount >= nextProgress) {
			run.progress(0.05 + (0.4 * reader.position) / text.length);
			nextProgress = bodyCount + 8192;
		}
	}
	let footer = 0;
	while (footer < held.length && isFootnote((held[held.length - 1 - footer] as ReadRecord).fields))
		footer++;
	for (const k of held.slice(0, held.length - footer)) commit(k);
	run.dialect.skippedBottom = footer;
	const footerRecords = held.slice(held.length - footer);
	const firstFooter = footerRecords[0];
	if (firstFooter) {
		run.notice({
			code: 'footer-skipped',
			line: firstFooter.line,
			params: { lines: footer, first: clip(m.lineText(firstFooter.fields)) }
		});
	}
	// Notes that flag the figures of some years (`dati 2023 provvisori`), below or above the table.
	const footFlags = footnoteFlags([
		...footerRecords.map((r) => ({ line: r.line, text: m.lineText(r.fields) })),
		...m.titleRecords.map((r, k) => ({ line: r.line, text: m.titleLines[k] ?? '' }))
	]);
	noticeQuotes(run, quoted, quotedCount);
	const lines: LineAccount = {
		total: reader.totalLines,
		blank: reader.blankLines,
		hint: s.hint ? (h.top[0]?.span ?? 1) : 0,
		title: m.titleRecords.reduce((a, r) => a + r.span, 0),
		header: h.headerRead.span,
		data: 0,
		repeatedHeader: 0,
		footer: footerRecords.reduce((a, r) => a + r.span, 0)
	};
	const bodyStart = h.headerIdx + 1;
	return {
		bodyStart,
		bodyCount,
		dataCount: bodyCount - footer,
		lengths,
		evidence,
		example,
		footFlags,
		lines
	};
}
