/**
 * Stage 2, the dialect: the Excel `sep=` hint, else the delimiter and quote that best explain a
 * sample of the text (CleverCSV's pattern × type score, see ../dialect.ts), or the analyst's
 * choice. One dialect is chosen here and every later stage reads the text once with it.
 */
import {
	readSepHint,
	scoreDialects,
	type DialectScore,
	type Quote,
	type SepHint
} from '../dialect';
import type { Delimiter } from '../types';
import type { ImportRun } from './run';

const SAMPLE_CHARS = 64 * 1024;

export interface Sniffed {
	delimiter: Delimiter;
	quote: Quote;
	hint: SepHint | null;
	/** Records before the first that can be a title or header (1 after a `sep=` line). */
	firstRecord: number;
	/** The start of the text, cut at a line end: what the header search reads. */
	sample: string;
	/** Candidate dialects, best first (just the given one when the delimiter was chosen). */
	alternatives: DialectScore[];
}

export function sampleText(text: string): string {
	if (text.length <= SAMPLE_CHARS) return text;
	const cut = text.slice(0, SAMPLE_CHARS);
	const nl = Math.max(cut.lastIndexOf('\n'), cut.lastIndexOf('\r'));
	return nl > 0 ? cut.slice(0, nl) : cut;
}

export function sniff(run: ImportRun, text: string): Sniffed {
	const hint = readSepHint(text);
	if (hint) {
		run.notice({
			code: 'separator-hint',
			line: 1,
			params: { delimiter: hint.delimiter === '\t' ? '\\t' : hint.delimiter }
		});
	}
	const sample = sampleText(text);
	const forced = run.override.delimiter ?? hint?.delimiter;
	const scored = hint ? sample.slice(hint.length) : sample;
	const alternatives = scoreDialects(scored, forced ? [forced] : undefined);
	const best = alternatives[0];
	const delimiter = forced ?? (best && best.score > 0 ? best.delimiter : ',');
	const quote = best && best.delimiter === delimiter ? best.quote : '"';
	run.dialect.delimiter = delimiter;
	return { delimiter, quote, hint, firstRecord: hint ? 1 : 0, sample, alternatives };
}
