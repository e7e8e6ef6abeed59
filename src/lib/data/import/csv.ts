/**
 * A small RFC 4180 tokenizer that yields arrays of fields (never objects keyed by header text)
 * together with the 1-based PHYSICAL line where each record starts.
 *
 * Why not PapaParse here: its error positions are data-row indexes, not lines, and it mis-splits
 * files with mixed CR/LF line ends (reliability anchors L6, L9, 11). Here CRLF, LF and CR all end a
 * record, a quoted field may span lines (the record keeps its first line), `""` is a quote, and a
 * stray quote inside a quoted field is kept as text and reported. A test checks that on clean
 * input the output equals `Papa.parse(text, { header: false })`.
 */

const QUOTE = 34;
const LF = 10;
const CR = 13;
const SPACE = 32;

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

function isBlank(fields: string[]): boolean {
	for (const f of fields) if (f.trim() !== '') return false;
	return true;
}

export function tokenize(
	text: string,
	delimiter: string,
	onProgress?: (fraction: number) => void
): Tokenized {
	const d = delimiter.charCodeAt(0);
	const n = text.length;
	const records: string[][] = [];
	const lines: number[] = [];
	const repairedQuoteLines: number[] = [];
	let blankLines = 0;
	let unterminated: Tokenized['unterminated'] = null;
	let line = 1;
	let i = 0;
	let nextProgress = 1 << 20;

	while (i < n) {
		if (onProgress && i > nextProgress) {
			onProgress(i / n);
			nextProgress = i + (1 << 20);
		}
		const recordLine = line;
		const fields: string[] = [];
		let repaired = false;
		let endOfRecord = false;
		while (!endOfRecord) {
			if (text.charCodeAt(i) === QUOTE) {
				const fieldStart = i;
				let j = i + 1;
				let segStart = j;
				let value = '';
				for (;;) {
					const q = text.indexOf('"', j);
					if (q === -1) {
						// Never closed: the field swallows the rest of the text.
						value += text.slice(segStart);
						const swallowed = countNewlines(text, fieldStart, n);
						unterminated = { line: recordLine, swallowedLines: swallowed };
						line += swallowed;
						i = n;
						break;
					}
					if (text.charCodeAt(q + 1) === QUOTE) {
						value += text.slice(segStart, q + 1);
						j = q + 2;
						segStart = j;
						continue;
					}
					let k = q + 1;
					while (k < n && text.charCodeAt(k) === SPACE && d !== SPACE) k++;
					const c = text.charCodeAt(k);
					if (k >= n || c === d || c === LF || c === CR) {
						value += text.slice(segStart, q);
						line += countNewlines(text, fieldStart, q);
						i = k;
						break;
					}
					// A stray quote inside a quoted field: keep it as text.
					repaired = true;
					value += text.slice(segStart, q + 1);
					j = q + 1;
					segStart = j;
				}
				fields.push(value);
			} else {
				let j = i;
				while (j < n) {
					const c = text.charCodeAt(j);
					if (c === d || c === LF || c === CR) break;
					j++;
				}
				fields.push(text.slice(i, j));
				i = j;
			}
			if (i >= n) {
				endOfRecord = true;
				break;
			}
			const c = text.charCodeAt(i);
			if (c === d) {
				i++;
				if (i >= n) {
					fields.push('');
					endOfRecord = true;
				}
				continue;
			}
			// End of line.
			i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
			line++;
			endOfRecord = true;
		}
		if (isBlank(fields)) {
			blankLines++;
			continue;
		}
		records.push(fields);
		lines.push(recordLine);
		if (repaired) repairedQuoteLines.push(recordLine);
	}
	const last = text.charCodeAt(n - 1);
	const totalLines = n === 0 ? 0 : last === LF || last === CR ? line - 1 : line;
	return { records, lines, blankLines, repairedQuoteLines, unterminated, totalLines };
}
