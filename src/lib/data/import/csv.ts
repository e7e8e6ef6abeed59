/**
 * A small RFC 4180 tokenizer that yields arrays of fields (never objects keyed by header text)
 * together with the 1-based PHYSICAL line where each record starts.
 *
 * Why not PapaParse here: its error positions are data-row indexes, not lines, and it mis-splits
 * files with mixed CR/LF line ends (reliability anchors L6, L9, 11). Here CRLF, LF and CR all end a
 * record, a quoted field may span lines (the record keeps its first line), `""` is a quote, spaces
 * between a delimiter and an opening quote (or a closing quote and a delimiter) are ignored, and a
 * stray quote inside a quoted field is kept as text and reported. A test checks that on clean
 * input the output equals `Papa.parse(text, { header: false })`.
 *
 * {@link RecordReader} reads one record at a time, so that the pipeline can go over a large file
 * twice without holding every record in memory; {@link tokenize} collects them all (small texts:
 * samples, tests). Work is linear in the text: a record with more than `maxFields` fields is
 * counted to its end but only its first `maxFields` fields are kept.
 */

const QUOTE = 34;
const LF = 10;
const CR = 13;
const SPACE = 32;

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
	/** A quoted field still open at the end of the text. */
	unterminated: { line: number; swallowedLines: number } | null;
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

/** Reads records one at a time; blank records are skipped and counted. */
export class RecordReader {
	/** Physical lines of blank records (or records of empty fields) skipped so far. */
	blankLines = 0;
	/** Set when a quoted field is still open at the end of the text. */
	unterminated: { line: number; swallowedLines: number } | null = null;
	/** Physical line of the next character. */
	private line = 1;
	private i = 0;
	private readonly d: number;
	private readonly n: number;

	constructor(
		private readonly text: string,
		delimiter: string,
		private readonly maxFields = Number.POSITIVE_INFINITY
	) {
		this.d = delimiter.charCodeAt(0);
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
		const { text, d, n } = this;
		while (this.i < n) {
			const recordLine = this.line;
			const fields: string[] = [];
			let fieldCount = 0;
			let repaired = false;
			let strayAfterBreak = false;
			let longest = 0;
			let i = this.i;
			for (;;) {
				const keep = fieldCount < this.maxFields;
				fieldCount++;
				// Spaces before an opening quote are not part of the field (`a, "b"`).
				let start = i;
				if (d !== SPACE) {
					while (start < n && text.charCodeAt(start) === SPACE) start++;
				}
				if (start < n && text.charCodeAt(start) === QUOTE) {
					// Find the closing quote first, then cut the field once: inside it `""` is one
					// quote, and a stray quote (not before a delimiter or a line end) is kept as text,
					// which is the same as replacing `""` by `"` from left to right.
					const fieldStart = start;
					let j = start + 1;
					let close = -1;
					for (;;) {
						const q = text.indexOf('"', j);
						if (q === -1) break;
						if (text.charCodeAt(q + 1) === QUOTE) {
							j = q + 2;
							continue;
						}
						let k = q + 1;
						while (k < n && text.charCodeAt(k) === SPACE && d !== SPACE) k++;
						const c = text.charCodeAt(k);
						if (k >= n || c === d || c === LF || c === CR) {
							close = q;
							i = k;
							break;
						}
						// A stray quote inside a quoted field: kept as text.
						if (!repaired) {
							repaired = true;
							if (countNewlines(text, fieldStart, q) > 0) strayAfterBreak = true;
						}
						j = q + 1;
					}
					const inner =
						close === -1 ? text.slice(fieldStart + 1) : text.slice(fieldStart + 1, close);
					if (close === -1) {
						// Never closed: the field swallows the rest of the text.
						const swallowed = countNewlines(text, fieldStart, n);
						this.unterminated = { line: recordLine, swallowedLines: swallowed };
						this.line += swallowed;
						i = n;
					} else {
						this.line += countNewlines(text, fieldStart, close);
					}
					if (keep) fields.push(inner.includes('""') ? inner.replaceAll('""', '"') : inner);
					if (inner.length > longest) longest = inner.length;
				} else {
					let j = i;
					while (j < n) {
						const c = text.charCodeAt(j);
						if (c === d || c === LF || c === CR) break;
						j++;
					}
					if (keep) fields.push(text.slice(i, j));
					if (j - i > longest) longest = j - i;
					i = j;
				}
				if (i >= n) break;
				const c = text.charCodeAt(i);
				if (c === d) {
					i++;
					if (i >= n) {
						if (fieldCount < this.maxFields) fields.push('');
						fieldCount++;
						break;
					}
					continue;
				}
				// End of line.
				i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
				this.line++;
				break;
			}
			this.i = i;
			const endLine = i >= n ? this.totalLinesAt(i) : this.line - 1;
			const span = Math.max(1, endLine - recordLine + 1);
			if (fieldCount <= fields.length && isBlank(fields)) {
				this.blankLines += span;
				continue;
			}
			return {
				fields,
				fieldCount,
				line: recordLine,
				span,
				repaired,
				strayAfterBreak,
				longest
			};
		}
		return null;
	}

	private totalLinesAt(i: number): number {
		if (i === 0) return 0;
		const last = this.text.charCodeAt(i - 1);
		return last === LF || last === CR ? this.line - 1 : this.line;
	}
}

export function tokenize(
	text: string,
	delimiter: string,
	onProgress?: (fraction: number) => void,
	maxFields?: number
): Tokenized {
	const reader = new RecordReader(text, delimiter, maxFields);
	const records: string[][] = [];
	const lines: number[] = [];
	const repairedQuoteLines: number[] = [];
	let nextProgress = 1 << 20;
	for (let r = reader.next(); r; r = reader.next()) {
		records.push(r.fields);
		lines.push(r.line);
		if (r.repaired) repairedQuoteLines.push(r.line);
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
		unterminated: reader.unterminated,
		totalLines: reader.totalLines
	};
}
