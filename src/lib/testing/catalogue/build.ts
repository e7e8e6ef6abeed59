/** Builders of the catalogue's test inputs (synthetic files in the project's template). */
import type { ImportResult } from '../../data/import/types';

const encoder = new TextEncoder();
export const utf8 = (text: string): Uint8Array => encoder.encode(text);

export const HEADER =
	'period,partner,flow,reporter,sector,sector_label,value,currency,source,note,flag';

export type Cells = {
	period?: string;
	partner?: string;
	flow?: string;
	reporter?: string;
	sector?: string;
	label?: string;
	value?: string;
	currency?: string;
	source?: string;
	note?: string;
	flag?: string;
};

/** One template line; cells are written as given (quote them in the argument when needed). */
export function row(c: Cells = {}, d = ','): string {
	return [
		c.period ?? '2023',
		c.partner ?? 'KAZ',
		c.flow ?? 'export',
		c.reporter ?? 'ITA',
		c.sector ?? 'TOTAL',
		c.label ?? '',
		c.value ?? '1',
		c.currency ?? 'EUR',
		c.source ?? 'ISTAT',
		c.note ?? '',
		c.flag ?? ''
	].join(d);
}

/** A template file: header then lines, each ended by `eol`. */
export function tpl(lines: string[], eol = '\n', d = ','): string {
	return [d === ',' ? HEADER : HEADER.replaceAll(',', d), ...lines].map((l) => l + eol).join('');
}

/**
 * The builder of a UTF-8 template file: header, then one line per row (cell overrides, see
 * {@link row}, or a line as written), delimited by `d`, each ended by `eol`.
 */
export function templateFile(
	rows: readonly (Cells | string)[],
	d = ',',
	eol = '\n'
): () => Uint8Array {
	return () =>
		utf8(
			tpl(
				rows.map((r) => (typeof r === 'string' ? r : row(r, d))),
				eol,
				d
			)
		);
}

const IN_TURN = ['KAZ', 'UZB', 'TJK', 'TKM'];

/** One row per value of `field`, for the partners KAZ, UZB, TJK and TKM in turn. */
export function byPartner(field: keyof Cells, values: readonly string[]): Cells[] {
	return values.map((v, i) => ({ [field]: v, partner: IN_TURN[i] }));
}

export function cp1252(text: string): Uint8Array {
	const high: Record<string, number> = { '€': 0x80, '’': 0x92, '–': 0x96 };
	return new Uint8Array([...text].map((ch) => high[ch] ?? ch.charCodeAt(0) & 0xff));
}

export function latin9(text: string): Uint8Array {
	return new Uint8Array([...text].map((ch) => (ch === '€' ? 0xa4 : ch.charCodeAt(0) & 0xff)));
}

export function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
	const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
	let o = 0;
	const put = (code: number) => {
		out[o++] = bigEndian ? code >> 8 : code & 0xff;
		out[o++] = bigEndian ? code & 0xff : code >> 8;
	};
	if (bom) put(0xfeff);
	for (let i = 0; i < text.length; i++) put(text.charCodeAt(i));
	return out;
}

export function concat(...parts: Uint8Array[]): Uint8Array {
	const out = new Uint8Array(parts.reduce((a, p) => a + p.length, 0));
	let o = 0;
	for (const p of parts) {
		out.set(p, o);
		o += p.length;
	}
	return out;
}

/** `n` template rows with value i + 0.5 (and partners cycling), as one text. */
export function manyRows(n: number, from = 0): string[] {
	const partners = ['KAZ', 'UZB', 'KGZ', 'TJK', 'TKM'];
	const out: string[] = [];
	// Every row its own cell (month × partner × sector repeat every 5,820 rows; the year moves on
	// then): a cell given twice is one figure, never two (src/lib/data/import/cells.ts).
	for (let i = from; i < from + n; i++) {
		out.push(
			`${1900 + Math.floor(i / 5820)}-${String(1 + (i % 12)).padStart(2, '0')},${partners[i % 5]},${i % 2 ? 'import' : 'export'},ITA,${String(i % 97).padStart(2, '0')},,${i}.5,EUR,Eurostat Comext,,`
		);
	}
	return out;
}

/** Checks that accepted rows are exactly manyRows(n): values and partners in order. */
export function verifyMany(
	n: number,
	skip: ReadonlySet<number> = new Set()
): (r: ImportResult) => string[] {
	return (r) => {
		const bad: string[] = [];
		const partners = ['KAZ', 'UZB', 'KGZ', 'TJK', 'TKM'];
		let k = 0;
		for (let i = 0; i < n; i++) {
			if (skip.has(i)) continue;
			const got = r.rows[k++];
			if (!got || got.value !== i + 0.5 || got.partner !== partners[i % 5]) {
				bad.push(`row ${i}: ${JSON.stringify(got?.value)} ≠ ${i + 0.5}`);
				if (bad.length > 5) break;
			}
		}
		if (r.rows.length !== n - skip.size) bad.push(`${r.rows.length} rows ≠ ${n - skip.size}`);
		return bad;
	};
}

export const HOSTILE = '<img src=x onerror=alert(1)>';
