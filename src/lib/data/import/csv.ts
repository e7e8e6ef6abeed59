/**
 * A small RFC 4180 tokenizer that yields arrays of fields (never objects keyed by header text)
 * together with the 1-based PHYSICAL line where each record starts.
 *
 * Why not PapaParse here: its error positions are data-row indexes, not lines, and it mis-splits
 * files with mixed CR/LF line ends (reliability anchors L6, L9, 11). Here CRLF, LF and CR all end a
 * record, a quoted field may span lines (the record keeps its first line), `""` is a quote, spaces
 * between a delimiter and an opening quote (or a closing quote and a delimiter) are ignored, and a
 * stray quote inside a quoted field is kept as text and reported. A quote that cannot be right (never
 * closed, or closed lines later by a stray quote or after whole records) is read as text within its
 * own line instead of refusing the file (see {@link RecordReader}). The quote character is `"` unless
 * the dialect says `'`. A test checks that on clean input the output equals
 * `Papa.parse(text, { header: false })`.
 *
 * {@link RecordReader} reads one record at a time, so that the pipeline can go over a large file
 * twice without holding every record in memory; {@link tokenize} collects them all (small texts:
 * samples, tests). Work is linear in the text: a record with more than `maxFields` fields is
 * counted to its end but only its first `maxFields` fields are kept.
 */

const LF = 10;
const CR = 13;
const SPACE = 32;

/** Why a record was read again line by line (see {@link RecordReader}). */
export type QuoteRecovery =
	/** A quote opened a field and was never closed before the end of the text. */
	| 'unclosed'
	/** A quoted field ran over line breaks to a stray quote (its closing quote is missing). */
	| 'stray'
	/** A quoted field closed cleanly but holds whole records on its lines. */
	| 'swallowed'
	/** The record read with quotes spanning lines or a stray quote had the wrong field count. */
	| 'field-count';

/** One record as read. */
export interface ReadRecord {
	/** Raw field texts (at most `maxFields`). */
	fields: string[];
	/** Fields in the record, including those beyond `maxFields` that were not kept. */
	fieldCount: number;
	/** 1-based physical line where the record starts. */
	line: number;
	/** Physical lines the record spans (1 unless a quoted field holds line breaks). */
	span: number;
	/** A stray quote inside a quoted field was kept as text. */
	repaired: boolean;
	/**
	 * A stray quote came after a line break inside the same quoted field: the opening quote was
	 * most likely never closed, and the field swallowed the lines in between.
	 */
	strayAfterBreak: boolean;
	/** Length of the longest field, in UTF-16 units. */
	longest: number;
	/**
	 * The record was read again within its own line because its quotes could not be right: the
	 * quote that opened field `column` (0-based) is kept as text, and the next line is read as the
	 * next record. Null when the record was read as written.
	 */
	recovered: { column: number; reason: QuoteRecovery } | null;
}

export interface Tokenized {
	/** Non-blank records, each an array of raw field texts. */
	records: string[][];
	/** 1-based physical line where records[i] starts. */
	lines: number[];
	/** Lines that were blank (or held only empty fields): skipped, never data. */
	blankLines: number;
	/** Records with a stray quote inside a quoted field (kept as text). */
	repairedQuoteLines: number[];
	/** Records read again within their line because a quote was never closed (see `recovered`). */
	recoveredQuoteLines: number[];
	/** Physical lines in the text. */
	totalLines: number;
}

function countNewlines(text: string, from: number, to: number): number {
	let count = 0;
	for (let k = from; k < to; k++) {
		const c = text.charCodeAt(k);
		if (c === LF) count++;
		else if (c === CR) {
			if (text.charCodeAt(k + 1) !== LF) count++;
		}
	}
	return count;
}

function isBlank(fields: readonly string[]): boolean {
	for (const f of fields) if (f.trim() !== '') return false;
	return true;
}

function nextLineEnd(text: string, from: number): number {
	const n = text.length;
	for (let k = from; k < n; k++) {
		const c = text.charCodeAt(k);
		if (c === LF || c === CR) return k;
	}
	return n;
}

/**
 * A multi-line field that holds whole records: a quote opened in one row and closed in a later
 * one swallowed the rows in between (their lines have as many delimiters as a record).
 */
export function swallowsRecords(
	fields: readonly string[],
	delimiter: string,
	ncols: number
): boolean {
	if (ncols < 3) return false;
	for (const f of fields) {
		if (!f.includes('\n') && !f.includes('\r')) continue;
		const parts = f.split(/\r\n|\n|\r/);
		for (let k = 1; k < parts.length; k++) {
			const part = parts[k] as string;
			let count = 0;
			for (let at = part.indexOf(delimiter); at !== -1; at = part.indexOf(delimiter, at + 1)) {
				count++;
			}
			if (count >= ncols - 1) return true;
		}
	}
	return false;
}

/** A record as scanned from one position, before it is accepted. */
interface Scan {
	fields: string[];
	fieldCount: number;
	/** Index after the record (and its line end). */
	end: number;
	/** Line breaks consumed, inside quoted fields and at the end. */
	breaks: number;
	/** Line breaks inside quoted fields. */
	inner: number;
	repaired: boolean;
	strayAfterBreak: boolean;
	unclosed: boolean;
	longest: number;
	/** First field whose opening quote was read as text (line mode), -1 if none. */
	literalAt: number;
}

/**
 * Reads records one at a time; blank records are skipped and counted.
 *
 * Recovery instead of refusal: a record whose quotes cannot be right (a quote never closed, a
 * quoted field that runs over line breaks to a stray quote or swallows whole records, or, once
 * `expected` is known, a multi-line or repaired record with the wrong field count) is read again
 * within its own physical line, with the offending opening quote kept as text; the next line is
 * then read as the next record, so one stray quote costs at most its own row.
 */
export class RecordReader {
	/** Physical lines of blank records (or records of empty fields) skipped so far. */
	blankLines = 0;
	/** Fields a record should have (set once the header is known); enables field-count recovery. */
	expected: number | null = null;
	/** Physical line of the next character. */
	private line = 1;
	private i = 0;
	private readonly d: number;
	private readonly q: number;
	private readonly n: number;

	constructor(
		private readonly text: string,
		private readonly delimiter: string,
		private readonly maxFields = Number.POSITIVE_INFINITY,
		private readonly quote = '"'
	) {
		this.d = delimiter.charCodeAt(0);
		this.q = quote.charCodeAt(0);
		this.n = text.length;
	}

	/** Characters consumed so far (for progress). */
	get position(): number {
		return this.i;
	}

	/** Physical lines in the text (valid once `next()` has returned null). */
	get totalLines(): number {
		const n = this.n;
		if (n === 0) return 0;
		const last = this.text.charCodeAt(n - 1);
		return last === LF || last === CR ? this.line - 1 : this.line;
	}

	next(): ReadRecord | null {
		while (this.i < this.n) {
			const recordLine = this.line;
			let scan = this.scan(this.i, false);
			let recovered: ReadRecord['recovered'] = null;
			const reason = this.recoveryReason(scan);
			if (reason) {
				const again = this.scan(this.i, true);
				const fits = this.expected === null || again.fieldCount === this.expected;
				if (reason !== 'field-count' || fits) {
					scan = again;
					recovered = { column: Math.max(0, again.literalAt), reason };
				}
			}
			this.i = scan.end;
			this.line += scan.breaks;
			const endLine = scan.end >= this.n ? this.totalLinesAt(scan.end) : this.line - 1;
			const span = Math.max(1, endLine - recordLine + 1);
			if (scan.fieldCount <= scan.fields.length && isBlank(scan.fields)) {
				this.blankLines += span;
				continue;
			}
			return {
				fields: scan.fields,
				fieldCount: scan.fieldCount,
				line: recordLine,
				span,
				repaired: scan.repaired,
				strayAfterBreak: scan.strayAfterBreak,
				longest: scan.longest,
				recovered
			};
		}
		return null;
	}

	private totalLinesAt(i: number): number {
		if (i === 0) return 0;
		const last = this.text.charCodeAt(i - 1);
		return last === LF || last === CR ? this.line - 1 : this.line;
	}

	private recoveryReason(scan: Scan): QuoteRecovery | null {
		if (scan.unclosed) return 'unclosed';
		if (scan.strayAfterBreak) return 'stray';
		const expected = this.expected;
		if (expected === null || (scan.inner === 0 && !scan.repaired)) return null;
		if (scan.fieldCount !== expected) return 'field-count';
		if (scan.inner > 0 && swallowsRecords(scan.fields, this.delimiter, expected)) {
			return 'swallowed';
		}
		return null;
	}

	/**
	 * Scans one record from `from`. In line mode a quoted field must close on its own line without
	 * a stray quote, otherwise its opening quote is text and the field ends at the next delimiter.
	 */
	private scan(from: number, lineMode: boolean): Scan {
		const { text, d, q, n, quote } = this;
		const eol = lineMode ? nextLineEnd(text, from) : n;
		const s: Scan = {
			fields: [],
			fieldCount: 0,
			end: n,
			breaks: 0,
			inner: 0,
			repaired: false,
			strayAfterBreak: false,
			unclosed: false,
			longest: 0,
			literalAt: -1
		};
		let i = from;
		for (;;) {
			const keep = s.fieldCount < this.maxFields;
			s.fieldCount++;
			// Spaces before an opening quote are not part of the field (`a, "b"`).
			let start = i;
			if (d !== SPACE) while (start < n && text.charCodeAt(start) === SPACE) start++;
			let value: string | null = null;
			if (start < n && text.charCodeAt(start) === q) {
				const limit = lineMode ? eol : n;
				let j = start + 1;
				let close = -1;
				let stray = false;
				for (;;) {
					const at = text.indexOf(quote, j);
					if (at === -1 || at >= limit) break;
					if (text.charCodeAt(at + 1) === q && at + 1 < limit) {
						j = at + 2;
						continue;
					}
					let k = at + 1;
					while (k < n && d !== SPACE && text.charCodeAt(k) === SPACE) k++;
					const c = text.charCodeAt(k);
					if (k >= n || c === d || c === LF || c === CR) {
						close = at;
						i = k;
						break;
					}
					// A stray quote inside a quoted field: kept as text (line mode: field is text).
					stray = true;
					if (lineMode) break;
					if (!s.repaired) {
						s.repaired = true;
						if (countNewlines(text, start, at) > 0) {
							// The opening quote was never closed: this scan is discarded (line mode).
							s.strayAfterBreak = true;
							return s;
						}
					}
					j = at + 1;
				}
				if (lineMode && (close === -1 || stray)) {
					if (s.literalAt < 0) s.literalAt = s.fieldCount - 1;
				} else {
					const inner = close === -1 ? text.slice(start + 1) : text.slice(start + 1, close);
					const breaks = countNewlines(text, start, close === -1 ? n : close);
					s.inner += breaks;
					s.breaks += breaks;
					if (close === -1) {
						s.unclosed = true;
						i = n;
					}
					const q2 = quote + quote;
					value = inner.includes(q2) ? inner.replaceAll(q2, quote) : inner;
				}
			}
			if (value === null) {
				let j = i;
				while (j < n) {
					const c = text.charCodeAt(j);
					if (c === d || c === LF || c === CR) break;
					j++;
				}
				value = text.slice(i, j);
				i = j;
			}
			if (keep) s.fields.push(value);
			if (value.length > s.longest) s.longest = value.length;
			if (i >= n) break;
			const c = text.charCodeAt(i);
			if (c === d) {
				i++;
				if (i >= n) {
					if (s.fieldCount < this.maxFields) s.fields.push('');
					s.fieldCount++;
					break;
				}
				continue;
			}
			// End of line.
			i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
			s.breaks++;
			break;
		}
		s.end = i;
		return s;
	}
}

export function tokenize(
	text: string,
	delimiter: string,
	onProgress?: (fraction: number) => void,
	maxFields?: number,
	quote = '"'
): Tokenized {
	const reader = new RecordReader(text, delimiter, maxFields, quote);
	const records: string[][] = [];
	const lines: number[] = [];
	const repairedQuoteLines: number[] = [];
	const recoveredQuoteLines: number[] = [];
	let nextProgress = 1 << 20;
	for (let r = reader.next(); r; r = reader.next()) {
		records.push(r.fields);
		lines.push(r.line);
		if (r.repaired) repairedQuoteLines.push(r.line);
		if (r.recovered) recoveredQuoteLines.push(r.line);
		if (onProgress && reader.position > nextProgress) {
			onProgress(reader.position / text.length);
			nextProgress = reader.position + (1 << 20);
		}
	}
	return {
		records,
		lines,
		blankLines: reader.blankLines,
		repairedQuoteLines,
		recoveredQuoteLines,
		totalLines: reader.totalLines
	};
}
