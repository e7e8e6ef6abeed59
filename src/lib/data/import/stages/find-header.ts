/**
 * Stage 3, the header: the record (among the first lines of the sniffed dialect's reading) whose
 * names a known format recognises best, or the analyst's header line. Without a recognised
 * format the file is refused with its columns shown (`unknown-format`).
 */
import { RecordReader, tokenize, type ReadRecord } from '../csv';
import { headerKey } from '../formats/common';
import { FORMATS } from '../formats/index';
import type { FormatModule } from '../formats/types';
import type { ImportResult } from '../types';
import { clip, displayHeaders, MAX_COLUMNS } from './result';
import type { ImportRun } from './run';
import type { Sniffed } from './sniff';

/** Lines searched for the header row. */
const HEADER_SEARCH = 40;
const MIN_SCORE = 0.5;

export interface HeaderMatch {
	index: number;
	format: FormatModule;
	score: number;
}

export interface HeaderFound {
	match: HeaderMatch;
	/** Records from the first line to the header, as read from the whole text. */
	top: ReadRecord[];
	headerIdx: number;
	headerRead: ReadRecord;
	/** Display names (see `displayHeaders`) and their normalised keys. */
	headers: string[];
	renamed: { index: number; from: string; to: string }[];
	norm: string[];
}

function findHeader(
	records: readonly string[][],
	from: number,
	forcedIndex: number | null
): HeaderMatch | null {
	let best: HeaderMatch | null = null;
	const end =
		forcedIndex !== null ? forcedIndex + 1 : Math.min(records.length, from + HEADER_SEARCH);
	for (let i = forcedIndex ?? from; i < end; i++) {
		const rec = records[i] as string[];
		if (rec.length < 2) continue;
		const { headers } = displayHeaders(rec);
		const norm = headers.map(headerKey);
		for (const format of FORMATS) {
			const score = format.detect(norm, headers);
			if (score > (best?.score ?? 0)) best = { index: i, format, score };
		}
	}
	if (!best) return null;
	return forcedIndex !== null || best.score >= MIN_SCORE ? best : null;
}

/** The first record with the most common field count: the header shown for an unknown format. */
function modalRecord(records: readonly string[][], from: number): number {
	const freq = new Map<number, number>();
	const end = Math.min(records.length, from + 200);
	for (let i = from; i < end; i++) {
		const n = (records[i] as string[]).length;
		freq.set(n, (freq.get(n) ?? 0) + 1);
	}
	let mode = 1;
	let best = 0;
	for (const [n, times] of freq) if (n > 1 && times > best) [mode, best] = [n, times];
	for (let i = from; i < end; i++) if ((records[i] as string[]).length === mode) return i;
	return from;
}

export function findHeaderStage(
	run: ImportRun,
	text: string,
	s: Sniffed
): HeaderFound | ImportResult {
	const tok = tokenize(s.sample, s.delimiter, undefined, MAX_COLUMNS + 1, s.quote);
	if (tok.records.length === 0) return run.fatal('no-text');
	const headerLine = run.override.headerLine;
	const forced = headerLine ? tok.lines.findIndex((l) => l >= headerLine) : null;
	const match = forced === -1 ? null : findHeader(tok.records, s.firstRecord, forced);
	const headerIdx = match
		? match.index
		: headerLine
			? Math.max(0, forced ?? 0)
			: modalRecord(tok.records, s.firstRecord);
	const top: ReadRecord[] = [];
	const reader = new RecordReader(text, s.delimiter, MAX_COLUMNS + 1, s.quote);
	while (top.length <= headerIdx) {
		const r = reader.next();
		if (!r) break;
		top.push(r);
	}
	const headerRead = top[headerIdx];
	if (!headerRead) return run.fatal('no-text');
	run.dialect.headerLine = headerRead.line;
	run.dialect.skippedTop = headerIdx;
	if (headerRead.fieldCount > MAX_COLUMNS) {
		return run.fatal(
			'too-many-columns',
			{ columns: headerRead.fieldCount, limit: MAX_COLUMNS },
			headerRead.line
		);
	}
	const { headers, renamed } = displayHeaders(headerRead.fields);
	if (!match) {
		run.columns = headers.map((header, index) => ({ index, header, field: null }));
		return run.fatal(
			'unknown-format',
			{ header: clip(headers.slice(0, 12).join(' | '), 200) },
			headerRead.line
		);
	}
	run.format = { id: match.format.id, label: match.format.label };
	return { match, top, headerIdx, headerRead, headers, renamed, norm: headers.map(headerKey) };
}
