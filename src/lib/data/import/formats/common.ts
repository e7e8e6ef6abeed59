/**
 * Helpers shared by the format modules: header lookup, cells, flows, totals and sectors. What a
 * row gives (an observation or a rejection) is built with ./outcome.ts.
 */
import type { Flow } from '../../schema';
import { TOTAL } from '../../schema';
import { unprotectFormulas } from '../../export/formula';
import { parsePeriodHeader } from '../periods';
import { bidiControlNames, hasBidiControl, isBlankText } from '../invisible';
import { memoByText } from '../memo';
import { detectScale } from '../units';
import type { IssueDraft } from './types';

/** Lower case, no accents, only letters (Latin and Cyrillic) and digits. */
export function normHeader(h: string): string {
	return h
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9\u0400-\u04ff]/g, '');
}

/**
 * The key a header is matched by: `normHeader`, after dropping a bracketed unit note
 * (`Trade Value (US$ thousand)` → `tradevalue`, `value (migliaia di euro)` → `value`).
 */
export function headerKey(h: string): string {
	const bare = h.replace(/\([^)]*\)/g, ' ');
	return normHeader(bare !== h && detectScale(h) ? bare : h);
}

/** Index of the first column whose normalised header is one of `names`; -1 if none. */
export function col(norm: readonly string[], ...names: string[]): number {
	for (const name of names) {
		const i = norm.indexOf(name);
		if (i !== -1) return i;
	}
	return -1;
}

/** Which field each column feeds (for the report): a found column by its field name, else null. */
export function fieldsOf(
	norm: readonly string[],
	columns: Record<string, number>
): (string | null)[] {
	const fields: (string | null)[] = norm.map(() => null);
	for (const [field, index] of Object.entries(columns)) if (index >= 0) fields[index] = field;
	return fields;
}

/**
 * Signature score: 0 if a required group has no match, else 0.6 + 0.4 × share of optional groups
 * present. Each group lists alternative normalised names.
 */
export function signature(
	norm: readonly string[],
	required: readonly (readonly string[])[],
	optional: readonly (readonly string[])[] = []
): number {
	for (const group of required) if (!group.some((n) => norm.includes(n))) return 0;
	if (optional.length === 0) return 1;
	const found = optional.filter((group) => group.some((n) => norm.includes(n))).length;
	return 0.6 + (0.4 * found) / optional.length;
}

/**
 * The columns of a table that names them after their fields (normalised: `sectorLabel` →
 * `sectorlabel`, `title_en` → `titleen`): `score` is the header's {@link signature} (the
 * `required` fields must all be there), `find` each field's column (-1 when absent).
 */
export function namedColumns<R extends string, O extends string>(
	required: readonly R[],
	optional: readonly O[]
) {
	const groups = (fields: readonly string[]) => fields.map((f) => [normHeader(f)]);
	return {
		score: (norm: readonly string[]) => signature(norm, groups(required), groups(optional)),
		find: (norm: readonly string[]) =>
			Object.fromEntries(
				[...required, ...optional].map((f) => [f, col(norm, normHeader(f))])
			) as Record<R | O, number>
	};
}

/**
 * A cell, trimmed; a cell that shows nothing (only spaces and invisible characters such as
 * zero-width spaces, import/invisible.ts) is empty, so a required field of them is missing.
 */
export function cell(record: readonly string[], index: number): string {
	if (index < 0) return '';
	const text = (record[index] ?? '').trim();
	// (every invisible character is above U+00AC: ASCII cells skip the test)
	return text.charCodeAt(0) > 0xac && isBlankText(text) ? '' : text;
}

/**
 * Undoes the formula protection of a CSV export (`data/export/formula.ts`, the one rule of every
 * export): `'=1+1` → `=1+1`, `RT;'=1` → `RT;=1`, so that importing a file the dashboard exported
 * gives back the same text. Returns null when there is nothing to undo.
 *
 * @example unprotect("'=HYPERLINK(1)") // '=HYPERLINK(1)'
 * @example unprotect("'Kazakhstan") // null (a ' before ordinary text is kept)
 */
export const unprotect = unprotectFormulas;

/**
 * Reads text cells through {@link unprotect}, counting what it changed for one notice
 * (`formula-prefix-removed`, with the line of the first such cell).
 */
export class TextCells {
	readonly notices: IssueDraft[] = [];
	private notice: IssueDraft | null = null;
	/** `text-bidi`: the cells holding bidirectional controls, first line and column, which ones. */
	private bidi: IssueDraft | null = null;

	get(record: readonly string[], index: number, line: number): string {
		const raw = cell(record, index);
		if (hasBidiControl(raw)) this.noteBidi(raw, index, line);
		if (!raw.includes("'")) return raw;
		const bare = unprotect(raw);
		if (bare === null) return raw;
		if (this.notice) (this.notice.params.cells as number)++;
		else {
			this.notice = { code: 'formula-prefix-removed', line, params: { cells: 1 } };
			this.notices.push(this.notice);
		}
		return bare;
	}

	private noteBidi(raw: string, index: number, line: number) {
		if (this.bidi) {
			(this.bidi.params.cells as number)++;
			const names = String(this.bidi.params.controls).split(', ');
			if (names.length < 4) {
				const more = bidiControlNames(raw).filter((c) => !names.includes(c));
				this.bidi.params.controls = [...names, ...more].slice(0, 4).join(', ');
			}
			return;
		}
		this.bidi = {
			code: 'text-bidi',
			line,
			column: index,
			params: { cells: 1, controls: bidiControlNames(raw).join(', ') }
		};
		this.notices.push(this.bidi);
	}
}

/** Columns whose header is a period (years, months...), with that period. */
export function periodColumns(headers: readonly string[]): { index: number; period: string }[] {
	const out: { index: number; period: string }[] = [];
	headers.forEach((h, index) => {
		const p = parsePeriodHeader(h);
		if (p) out.push({ index, period: p.period });
	});
	return out;
}

export type FlowKind = Flow | 'other';

/**
 * Flow texts and codes: `2`/`X`/`EXPORT`/`2-EXPORT`/`Esportazioni` → export, `1`/`M`/`IMPORT`/
 * `Importazioni` → import; re-exports, re-imports and processing flows → other; else null.
 */
export const flowOf: (raw: string) => FlowKind | null = memoByText(flowOfUncached, 1000);

function flowOfUncached(raw: string): FlowKind | null {
	const t = raw.trim();
	if (!t) return null;
	const coded = /^(\d)\s*-\s*\D/.exec(t);
	const key = (coded ? (coded[1] as string) : t).toLowerCase().replace(/[\s_.]+/g, ' ');
	if (/^(?:2|x|exp|export|exports|esportazioni|esportazione|export total)$/.test(key)) {
		return 'export';
	}
	if (/^(?:1|m|imp|import|imports|importazioni|importazione|import total)$/.test(key)) {
		return 'import';
	}
	if (
		/^(?:3|4|rx|rm|dx|fm|xip|xop|mip|mop|re-?exports?|re-?imports?|domestic exports?|foreign imports?|riesportazioni|reimportazioni)$/.test(
			key
		) ||
		/processing|perfezionamento|re-export|re-import/.test(key)
	) {
		return 'other';
	}
	return null;
}

/** Whole-economy totals, after {@link totalKey} (lower case, no accents, single spaces). */
const TOTAL_TEXTS = new Set([
	'total',
	'totale',
	'tot',
	'_t',
	'totals',
	'totali',
	'grand total',
	'total general',
	'general total',
	'total all products',
	'total all commodities',
	'total goods',
	'total trade',
	'totale generale',
	'totale complessivo',
	'totale merci',
	'totale prodotti',
	'totale attivita economiche',
	'totale delle attivita economiche',
	'totale attivita',
	'totale ateco',
	'totale economia',
	'totale beni',
	'tutte le merci',
	'tutti i prodotti',
	'tutte le attivita economiche',
	'all commodities',
	'all products',
	'all goods',
	'all sectors',
	'all industries'
]);

function totalKey(raw: string): string {
	return raw
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/\s*(?:\([a-z0-9]{1,3}\)|\*+)$/, '')
		.replace(/[.:]+$/, '')
		.trim();
}

/**
 * A product / sector label that means the whole economy: `TOTAL`, `Totale`, `Totale attività
 * economiche`, `Totale generale`, `All products`, `TOTAL - All Commodities`, SDMX `_T`, ... (any
 * case, accents and spacing; a trailing footnote marker such as `(a)` or `*` is ignored).
 */
export function isTotalText(raw: string): boolean {
	// Codes (`84`, `0101`) first: most sector cells, never a total.
	const first = raw.charCodeAt(0);
	if ((first >= 48 && first <= 57) || raw.length > 120) return false;
	let hit = totalCache.get(raw);
	if (hit === undefined) {
		const t = totalKey(raw);
		hit = TOTAL_TEXTS.has(t) || /^totale?\s*[-–:]/.test(t);
		if (totalCache.size > 10000) totalCache.clear();
		totalCache.set(raw, hit);
	}
	return hit;
}
const totalCache = new Map<string, boolean>();

/**
 * Product / sector labels: `TOTAL`, `TOTAL-Total`, `Total`, `All Products` → TOTAL; `27`,
 * `27-Mineral fuels...`, `0102` → the code (as text, zeros kept) with its label; a non-HS code
 * such as `CK28-Macchinari...` → `grp:CK28` with its label; any other label → `grp:<label>`.
 */
export function sectorOf(
	raw: string,
	label: string | null = null
): {
	sector: string;
	label: string | null;
} {
	const t = raw.trim();
	if (isTotalText(t)) return { sector: TOTAL, label: null };
	let m = /^(\d{2,10})(?:\s*[-–:]\s*(.*))?$/.exec(t);
	if (m) return { sector: m[1] as string, label: m[2]?.trim() || label };
	m = /^([A-Z]{1,3}\d{1,4}[A-Z]?)\s*[-–:]\s*(.+)$/.exec(t);
	if (m) return { sector: `grp:${m[1]}`, label: (m[2] as string).trim() };
	if (/^[0-9A-Z]{2,10}$/.test(t)) return { sector: t, label };
	return { sector: `grp:${t}`, label: label ?? t };
}

/** The part before `:` in SDMX `code: label` cells (`IT:Italy`), else the text. */
export function sdmxCode(raw: string): string {
	const m = /^([A-Za-z0-9_.-]+):\s?\S/.exec(raw.trim());
	return m ? (m[1] as string) : raw.trim();
}
