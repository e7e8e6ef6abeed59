/**
 * Dialect detection: delimiter sniffing (quotes respected), the Excel `sep=` hint, and the
 * footnote block below the data.
 */
import { tokenize } from './csv';
import type { Delimiter } from './types';

/** Delimiters sniffed automatically. A space is only used when the analyst chooses it. */
export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|'];
const SAMPLE_CHARS = 64 * 1024;

export interface SepHint {
	delimiter: Delimiter;
	/** Characters to drop from the start of the text (the hint line and its newline). */
	length: number;
}

/** Excel's `sep=;` first line. */
export function readSepHint(text: string): SepHint | null {
	const m = /^"?sep=(.)"?[ \t]*(?:\r\n|\n|\r|$)/i.exec(text.slice(0, 16));
	if (!m) return null;
	const c = m[1] === '\\' ? '\t' : m[1];
	if (c !== ',' && c !== ';' && c !== '\t' && c !== '|') return null;
	return { delimiter: c, length: m[0].length };
}

function sample(text: string): string {
	if (text.length <= SAMPLE_CHARS) return text;
	const cut = text.slice(0, SAMPLE_CHARS);
	const lastNl = Math.max(cut.lastIndexOf('\n'), cut.lastIndexOf('\r'));
	return lastNl > 0 ? cut.slice(0, lastNl) : cut;
}

export interface DelimiterScore {
	delimiter: Delimiter;
	/** Modal field count (over records with more than one field). */
	fields: number;
	/** Share of sampled records that have the modal field count. */
	consistency: number;
}

/**
 * Scores each delimiter by the consistency of field counts over the sampled records (titles and
 * footnotes lower the score a little but cannot win: they have one field).
 */
export function scoreDelimiters(text: string): DelimiterScore[] {
	const s = sample(text);
	return DELIMITERS.map((delimiter) => {
		const { records } = tokenize(s, delimiter);
		const freq = new Map<number, number>();
		for (const r of records) {
			if (r.length > 1) freq.set(r.length, (freq.get(r.length) ?? 0) + 1);
		}
		let fields = 1;
		let best = 0;
		for (const [count, times] of freq) {
			if (times > best || (times === best && count > fields)) {
				best = times;
				fields = count;
			}
		}
		return { delimiter, fields, consistency: records.length ? best / records.length : 0 };
	});
}

export function sniffDelimiter(text: string): Delimiter {
	const scores = scoreDelimiters(text);
	let winner: DelimiterScore | null = null;
	for (const s of scores) {
		if (s.fields < 2) continue;
		if (
			!winner ||
			s.consistency > winner.consistency + 1e-9 ||
			(Math.abs(s.consistency - winner.consistency) <= 1e-9 && s.fields > winner.fields)
		) {
			winner = s;
		}
	}
	return winner?.delimiter ?? ',';
}

const FOOTNOTE =
	/^\s*(fonte|fonti|source|sources|nota|note|notes|n\.b\.|legenda|elaborazion|data extracted|dati estratti|estratto|\*|\(\d+\)|\d+\)\s|©|copyright)/i;

function nonEmpty(fields: readonly string[]): number {
	let n = 0;
	for (const f of fields) if (f.trim() !== '') n++;
	return n;
}

/**
 * How many records at the end are footnotes: one non-empty field, or a first field that starts
 * like a note (`Fonte:`, `Source:`, `Note`, `*`, `(1)`) with at most one other non-empty field.
 */
export function countFooter(records: readonly (readonly string[])[], firstData: number): number {
	let k = records.length;
	while (k > firstData && isFootnote(records[k - 1] as readonly string[])) k--;
	return records.length - k;
}

/** One record that reads like a footnote (see {@link countFooter}). */
export function isFootnote(r: readonly string[]): boolean {
	const filled = nonEmpty(r);
	if (filled <= 1) return true;
	if (filled > 2) return false;
	const first = (r.find((f) => f.trim() !== '') ?? '').trim();
	return FOOTNOTE.test(first);
}
