/**
 * The generic table stage: the sniffed dialect, the header (found by field count and by type
 * consistency with the rows below) and every record of the body, in one pass over the text. Used
 * where no trade format is recognised (the columns shown with `unknown-format`) and by the
 * Pollock benchmark (`bench/pollock.mjs`), which scores exactly this.
 *
 * Recovery instead of refusal: a record whose field count does not fit is an issue with its line
 * and the rest loads; a damaged header line (one field more or less) stays the header.
 */
import { RecordReader, type ReadRecord } from '../csv';
import { isFootnote, readSepHint, scoreDialects, type DialectScore, type Quote } from '../dialect';
import type { Delimiter } from '../types';
import { headerRowsBelow, pickHeader } from './header-rows';
import { sampleText } from './sniff';

const SAMPLE_RECORDS = 200;
const MAX_FIELDS = 2001;

export interface TableOptions {
	delimiter?: Delimiter;
	quote?: Quote;
	/** 1-based physical line of the header row. */
	headerLine?: number;
}

export interface TableIssue {
	line: number;
	/** 1-based column, null for the whole row. */
	column: number | null;
	code: 'field-count' | 'quote-repaired' | 'repeated-header';
	params: Record<string, string | number>;
}

export interface TableRead {
	delimiter: Delimiter;
	quote: Quote;
	/** Sniffed candidates, best first (empty when the dialect was given). */
	alternatives: DialectScore[];
	/** Leading spaces after each delimiter (`a, b`) are part of the delimiter. */
	spaceAfterDelimiter: boolean;
	/** Raw header cells (header rows merged with a space); [] for an empty text. */
	header: string[];
	/** 1-based line of the (first) header row; 0 when there is none. */
	headerLine: number;
	/** Header rows: 0 (none found), 1, or more (a multi-row header). */
	headerRows: number;
	/** The first row reads like data (types agree with the rows below): the file has no header. */
	headerLooksLikeData: boolean;
	/** Fields a data row has (the modal count). */
	fields: number;
	rows: ReadRecord[];
	issues: TableIssue[];
}

/** Nearly every delimiter in the sample is followed by a space (`a, b, c`): the space belongs to it. */
function spacedDelimiter(sample: string, delimiter: string): boolean {
	let all = 0;
	let spaced = 0;
	for (let at = sample.indexOf(delimiter); at !== -1; at = sample.indexOf(delimiter, at + 1)) {
		all++;
		if (sample.charCodeAt(at + 1) === 32) spaced++;
	}
	return all >= 4 && spaced >= all * 0.9;
}

function modal(records: readonly ReadRecord[]): number {
	const freq = new Map<number, number>();
	for (const r of records)
		if (r.fieldCount > 1) freq.set(r.fieldCount, (freq.get(r.fieldCount) ?? 0) + 1);
	let mode = records[0]?.fieldCount ?? 0;
	let best = 0;
	for (const [n, times] of freq) if (times > best) [mode, best] = [n, times];
	return mode;
}

function readTop(text: string, delimiter: Delimiter, quote: Quote, expected: number | null) {
	const top: ReadRecord[] = [];
	const reader = new RecordReader(text, delimiter, MAX_FIELDS, quote);
	reader.expected = expected;
	for (let r = reader.next(); r && top.length < SAMPLE_RECORDS; r = reader.next()) top.push(r);
	return top;
}

/** Reads the text as one table (see the module comment). */
export function readTable(text: string, opts: TableOptions = {}): TableRead {
	const hint = readSepHint(text);
	const alternatives = opts.delimiter || hint ? [] : scoreDialects(sampleText(text));
	const sniffed = alternatives[0] && alternatives[0].score > 0 ? alternatives[0] : null;
	const delimiter = opts.delimiter ?? hint?.delimiter ?? sniffed?.delimiter ?? ',';
	const quote = opts.quote ?? sniffed?.quote ?? '"';
	const first = hint ? 1 : 0;
	const fields = modal(readTop(text, delimiter, quote, null).slice(first));
	// Read again knowing the field count, so that a stray quote in the header line is recovered too.
	const top = readTop(text, delimiter, quote, fields);
	const at = pickHeader(top, first, fields, opts.headerLine);
	const headerRec = top[at];
	const rows: ReadRecord[] = [];
	const issues: TableIssue[] = [];
	const empty: TableRead = {
		delimiter,
		quote,
		alternatives,
		spaceAfterDelimiter: false,
		header: [],
		headerLine: 0,
		headerRows: 0,
		headerLooksLikeData: false,
		fields,
		rows,
		issues
	};
	if (!headerRec) return empty;
	const below = headerRowsBelow(top, at, fields);
	const headerRows = below.rows;
	const spaced = delimiter !== ' ' && spacedDelimiter(sampleText(text), delimiter);
	const trim = (f: string[]) => (spaced ? f.map((c) => (c.startsWith(' ') ? c.slice(1) : c)) : f);
	const header = trim(
		headerRows > 1
			? headerRec.fields.map((_, c) =>
					top
						.slice(at, at + headerRows)
						.map((r) => (r.fields[c] ?? '').trim())
						.filter((x) => x !== '')
						.join(' ')
				)
			: headerRec.fields
	);
	const reader = new RecordReader(text, delimiter, MAX_FIELDS, quote);
	reader.expected = fields;
	for (let k = 0; k < at + headerRows; k++) reader.next();
	const joined = headerRec.fields.join('\u0001');
	const held: ReadRecord[] = [];
	for (let r = reader.next(); r; r = reader.next()) {
		if (r.recovered) {
			issues.push({
				line: r.line,
				column: r.recovered.column + 1,
				code: 'quote-repaired',
				params: { reason: r.recovered.reason }
			});
		}
		if (r.fields.join('\u0001') === joined) {
			issues.push({ line: r.line, column: null, code: 'repeated-header', params: {} });
			continue;
		}
		held.push(r);
	}
	let footer = held.length;
	while (footer > 0 && isFootnote((held[footer - 1] as ReadRecord).fields) && fields > 2) footer--;
	for (const r of held.slice(0, footer)) {
		if (r.fieldCount === fields) rows.push({ ...r, fields: trim(r.fields) });
		else {
			issues.push({
				line: r.line,
				column: null,
				code: 'field-count',
				params: { expected: fields, found: r.fieldCount }
			});
		}
	}
	return {
		...empty,
		spaceAfterDelimiter: spaced,
		header,
		headerLine: headerRec.line,
		headerRows,
		headerLooksLikeData: below.headerLooksLikeData,
		rows
	};
}
