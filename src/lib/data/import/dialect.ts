/**
 * Dialect detection: delimiter and quote sniffing (CleverCSV's pattern × type score), the Excel
 * `sep=` hint, and the footnote block below the data.
 */
import { RecordReader } from './csv';
import type { Delimiter } from './types';

/** Delimiters weighed by the sniffer (a space too: it wins only where it explains the rows best). */
export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|', ' '];
/** Quote characters weighed by the sniffer; the first wins ties. */
export const QUOTES = ['"', "'"] as const;
export type Quote = (typeof QUOTES)[number];
const SAMPLE_CHARS = 64 * 1024;
/** Records scored per candidate dialect (CleverCSV scores about as many). */
const SCORE_RECORDS = 200;

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

export interface DialectScore extends DelimiterScore {
	quote: Quote;
	/** CleverCSV's pattern score: rows agreeing on a field count, favouring more fields. */
	pattern: number;
	/** Share of cells whose text has a recognisable type (number, date, code, empty, ...). */
	typed: number;
	/** pattern × typed: the candidate with the highest score wins. */
	score: number;
}

const NUMBER =
	/^[-+(]?[$€£¥]?\s*[-+]?(?:\d{1,3}(?:[.,' ]\d{3})+|\d+)(?:[.,]\d+)?(?:[eE][-+]?\d+)?\s*%?\)?\s*[$€£¥]?$/;
const FRACTION = /^[-+]?[.,]\d+$/;
/** Dates, times and periods: 2023-01, 2023M01, 01/2023, 28/01/2018, 00:15, 2023-01-05T10:00. */
const DATE_TIME =
	/^(?:\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?|\d{4}\s*[-MQSHmqsh]\s*\d{1,2}|\d{1,2}:\d{2}(?::\d{2})?)$/;
/** One word or code: ITA, TOTAL, MG-8769, Fuels. */
const WORD = /^[\p{L}\p{N}_]+(?:[-_./][\p{L}\p{N}]+)*$/u;
const MISSING = /^(?:[:.\-–—x*]|n\/?a)$/i;
const URL = /^(?:https?:\/\/|www\.)\S+$/i;
const EMAIL = /^[^@\s]+@[^@\s]+\.\w+$/;

/** Whether a cell's text has a recognisable type (CleverCSV's type score). */
export function isTypedCell(cell: string): boolean {
	if (cell.length > 200) return false;
	const t = cell.trim();
	if (t === '') return true;
	const c = t.charCodeAt(0);
	const digitLike =
		(c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46 || c === 44 || c === 40;
	if (digitLike || c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5) {
		if (NUMBER.test(t) || FRACTION.test(t) || DATE_TIME.test(t)) return true;
	}
	if (t.includes(' ')) return false;
	return WORD.test(t) || MISSING.test(t) || URL.test(t) || (t.includes('@') && EMAIL.test(t));
}

function escapeRe(c: string): string {
	return c.replace(/[|\\{}()[\]^$+*?.]/g, '\\$&');
}

/** A field enclosed in single quotes (`;'Fuels; oils';`) somewhere in the text. */
function singleQuoted(text: string, d: string): boolean {
	const e = escapeRe(d);
	return new RegExp(`(?:^|${e})\\s*'[^'\\r\\n]*'\\s*(?:$|${e})`, 'm').test(text);
}

function scoreDialect(text: string, delimiter: Delimiter, quote: Quote): DialectScore {
	const reader = new RecordReader(text, delimiter, 4096, quote);
	const patterns = new Map<number, number>();
	let rows = 0;
	let cells = 0;
	let typed = 0;
	for (let r = reader.next(); r && rows < SCORE_RECORDS; r = reader.next()) {
		rows++;
		patterns.set(r.fieldCount, (patterns.get(r.fieldCount) ?? 0) + 1);
		for (const f of r.fields) {
			cells++;
			if (isTypedCell(f)) typed++;
		}
	}
	let pattern = 0;
	let fields = 1;
	let best = 0;
	for (const [count, times] of patterns) {
		pattern += (times * (count - 1)) / count;
		if (count > 1 && (times > best || (times === best && count > fields))) {
			best = times;
			fields = count;
		}
	}
	pattern = patterns.size ? pattern / patterns.size : 0;
	const typedShare = cells ? typed / cells : 0;
	return {
		delimiter,
		quote,
		fields,
		consistency: rows ? best / rows : 0,
		pattern,
		typed: typedShare,
		score: pattern * Math.max(typedShare, 1e-3)
	};
}

/**
 * Every candidate dialect (delimiter × quote) scored as CleverCSV does (van den Burg et al.,
 * 2019): the pattern score rewards rows that agree on a field count, the type score rewards
 * cells that read as numbers, dates, codes or single words. Best first; ties keep the order of
 * DELIMITERS and QUOTES.
 */
export function scoreDialects(
	text: string,
	delimiters: readonly Delimiter[] = DELIMITERS
): DialectScore[] {
	const s = sample(text);
	const hasSingle = s.includes("'") && !/(?:^|[,;\t| ])"/m.test(s);
	const out: DialectScore[] = [];
	for (const d of delimiters) {
		if (!s.includes(d)) continue;
		const double = scoreDialect(s, d, '"');
		out.push(double);
		if (!hasSingle || !singleQuoted(s, d)) continue;
		// Single quotes only where they change how rows split (`'Fuels, oils'`), never for the
		// type score alone (`''` read as an empty cell).
		const single = scoreDialect(s, d, "'");
		if (single.pattern > double.pattern + 1e-9) out.push(single);
	}
	return out
		.map((x, order) => ({ x, order }))
		.sort((a, b) => b.x.score - a.x.score || a.order - b.order)
		.map(({ x }) => x);
}

/** The best dialect of the text; `,` and `"` when nothing splits it. */
export function sniffDialect(text: string, delimiters?: readonly Delimiter[]): DialectScore {
	const best = scoreDialects(text, delimiters)[0];
	if (best && best.score > 0) return best;
	return {
		delimiter: ',',
		quote: '"',
		fields: 1,
		consistency: 0,
		pattern: 0,
		typed: 0,
		score: 0
	};
}

/** Per delimiter with double quotes (the dialect panel's list). */
export function scoreDelimiters(text: string): DelimiterScore[] {
	const s = sample(text);
	return DELIMITERS.map((d) => {
		const { fields, consistency } = scoreDialect(s, d, '"');
		return { delimiter: d, fields, consistency };
	});
}

export function sniffDelimiter(text: string): Delimiter {
	return sniffDialect(text).delimiter;
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
