/**
 * Footnotes below a table that flag some of its figures: `dati 2023 provvisori`, `2023 provisional
 * data`, `(p) dati provvisori per il 2022 e il 2023`, `2021-2022: dati stimati`. The rows of the
 * years named get the flag (`p` provisional, `e` estimated); the report says which footnote was
 * read that way. A footnote that names no year flags nothing (a `(p)` marker on a column header
 * is read with the header).
 */

export interface FootnoteFlag {
	/** 1-based line of the footnote. */
	line: number;
	text: string;
	flag: 'p' | 'e';
	years: number[];
}

const PROVISIONAL =
	/(?:^|[^a-z])(?:provvisori[oae]?|provisional|preliminar[yie]|preliminari|provisoire?s?|prov\.)(?:[^a-z]|$)/i;
const ESTIMATED = /(?:^|[^a-z])(?:stimat[oaie]|stime|stima|estimated|estimates?)(?:[^a-z]|$)/i;
/** A clause that says some figures are final is not about the provisional ones. */
const FINAL = /definitiv|(?:^|[^a-z])final|revised|rivist|consolidat/i;
const YEAR = /(?:^|\D)((?:19|20)\d\d)(?:\s*[-–]\s*((?:19|20)\d\d))?(?=\D|$)/g;

function yearsIn(text: string): number[] {
	const out = new Set<number>();
	for (const m of text.matchAll(YEAR)) {
		const from = Number(m[1]);
		const to = m[2] ? Number(m[2]) : from;
		if (to >= from && to - from <= 50) for (let y = from; y <= to; y++) out.add(y);
		else out.add(from);
	}
	return [...out].sort((a, b) => a - b);
}

/** The flags the footnotes state, one per footnote that names years (first footnote wins a year). */
export function footnoteFlags(notes: readonly { line: number; text: string }[]): FootnoteFlag[] {
	const out: FootnoteFlag[] = [];
	for (const { line, text } of notes) {
		if (text.length > 1000) continue;
		const flagged = new Map<number, 'p' | 'e'>();
		for (const sentence of text.split(/;|\.\s/)) {
			// `2022 definitivi, 2023 provvisori`: read each part on its own.
			const clauses = FINAL.test(sentence) ? sentence.split(',') : [sentence];
			for (const clause of clauses) {
				if (FINAL.test(clause)) continue;
				const flag = PROVISIONAL.test(clause) ? 'p' : ESTIMATED.test(clause) ? 'e' : null;
				if (!flag) continue;
				for (const y of yearsIn(clause)) if (!flagged.has(y)) flagged.set(y, flag);
			}
		}
		for (const flag of ['p', 'e'] as const) {
			const years = [...flagged].filter(([, f]) => f === flag).map(([y]) => y);
			if (years.length) out.push({ line, text, flag, years });
		}
	}
	return out;
}
