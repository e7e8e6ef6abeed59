/**
 * Column identity and types (anchors §2 L1–L23, §4.5, §6 P4, P8, P9):
 * - raw header text never becomes an object key or an Arquero column name: hostile, duplicate and
 *   empty headers keep every column and its values, and Object.prototype is untouched;
 * - every value cell is validated, not a sample: a bad or ambiguous cell far down is reported;
 * - codes stay strings; numbers written in a locale's format come back exactly; a column that is
 *   ambiguous by construction is asked about, never guessed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OBSERVATION_COLUMNS } from '../schema';
import { toTable } from '../table';
import { tokenize } from './csv';
import { displayHeaders } from './pipeline';
import { importFile } from './index';

const HEADER = 'period,partner,flow,reporter,sector,sector_label,value,currency,source,note,flag';
const enc = (s: string) => new TextEncoder().encode(s);
const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;
const protoNames = () => Object.getOwnPropertyNames(Object.prototype).sort().join();

const hostileHeader = fc.oneof(
	fc.constantFrom(
		'__proto__',
		'constructor',
		'prototype',
		'toString',
		'valueOf',
		'hasOwnProperty',
		'__defineGetter__',
		'isPrototypeOf',
		'',
		' ',
		' a',
		'a',
		'A ',
		'value',
		'note',
		'<img src=x onerror=alert(1)>',
		"=cmd|' /C calc'!A0",
		'\u202Eevil',
		'a\nb'
	),
	fc.string({ maxLength: 12 })
);

describe('hostile headers keep every column and its values', () => {
	it('property: any extra headers, the template rows import and every value stays in place', () => {
		const before = protoNames();
		fc.assert(
			fc.property(fc.array(hostileHeader, { maxLength: 12 }), (extra) => {
				const header = `${HEADER}${extra.map((h) => `,${quote(h)}`).join('')}`;
				const values = extra.map((_, i) => `v${i}`);
				const line = `2023,KAZ,export,ITA,0101,,42,EUR,ISTAT,,${values.map((v) => `,${v}`).join('')}`;
				const text = `${header}\n${line}\n`;
				const r = importFile(enc(text), 'h.csv');

				// Every column is listed, in order, under its display name.
				const raw = tokenize(text, ',').records[0] as string[];
				expect(r.columns.map((c) => c.index)).toEqual(raw.map((_, i) => i));
				expect(r.columns.map((c) => c.header)).toEqual(displayHeaders(raw).headers);
				// Every value is still where it was (the tokenizer gives arrays, never objects).
				expect(tokenize(text, ',').records[1]?.slice(11)).toEqual(values);
				// The row imports with its own values, whatever the extra headers.
				expect(r.rows).toEqual([
					expect.objectContaining({ partner: 'KAZ', sector: '0101', value: 42, source: 'ISTAT' })
				]);
				// The table's columns are ours, never the file's.
				expect(toTable(r.rows).columnNames()).toEqual([...OBSERVATION_COLUMNS]);
				expect(protoNames()).toBe(before);
				expect(({} as Record<string, unknown>).polluted).toBeUndefined();
			}),
			{ numRuns: 500, seed: 4242 }
		);
	});

	it('a duplicate of a template column: the first is used, both are listed', () => {
		const r = importFile(
			enc(`${HEADER},value,__proto__,__proto__\n2023,KAZ,export,ITA,TOTAL,,1,EUR,s,,,2,3,4\n`),
			'd.csv'
		);
		expect(r.rows.map((x) => x.value)).toEqual([1]);
		expect(r.columns.slice(11).map((c) => [c.header, c.field])).toEqual([
			['value (2)', null],
			['__proto__', null],
			['__proto__ (2)', null]
		]);
	});
});

describe('every value is validated, not a sample', () => {
	const rows = (n: number, value: (i: number) => string) =>
		Array.from(
			{ length: n },
			(_, i) => `${2000 + (i % 20)},KAZ,export,ITA,${i},,${value(i)},EUR,s,,`
		);

	it('a contradicting number at row 5,000 is reported with its line', () => {
		const text = [
			HEADER,
			...rows(4_999, (i) => `${i}.5`),
			'2023,KAZ,export,ITA,x,,"1.234,5",EUR,s,,'
		].join('\n');
		const r = importFile(enc(text), 'x.csv');
		expect(r.report.rejectedByCode).toEqual({ 'invalid-number': 1 });
		expect(r.report.issues.find((i) => i.code === 'invalid-number')).toMatchObject({
			line: 5_001,
			column: 7
		});
	});

	it('an ambiguous number at row 5,000 of plain integers is asked about', () => {
		const text = [
			HEADER,
			...rows(4_999, (i) => String(i)),
			'2023,KAZ,export,ITA,x,,1.234,EUR,s,,'
		].join('\n');
		const r = importFile(enc(text), 'x.csv');
		expect(r.report.accepted).toBe(4_999);
		expect(r.report.issues.find((i) => i.code === 'ambiguous-number')).toMatchObject({
			line: 5_001
		});
	});

	it('`maybe` far down a flag column is rejected, not read as a flag', () => {
		const text = [
			HEADER,
			...rows(1_200, () => '1').map((l) => `${l}p`),
			'2023,KAZ,export,ITA,x,,1,EUR,s,,maybe'
		].join('\n');
		const r = importFile(enc(text), 'x.csv');
		expect(r.report.rejectedByCode).toEqual({ 'invalid-flag': 1 });
		expect(r.rows.every((x) => x.flag === 'p')).toBe(true);
	});
});

describe('codes stay strings', () => {
	it('property: digit codes with leading zeros and long ids are kept exactly', () => {
		const code = fc.oneof(
			fc.stringMatching(/^0\d{1,9}$/),
			fc.stringMatching(/^\d{16,24}$/),
			fc.stringMatching(/^\d{1,3}[eE]\d{1,2}$/)
		);
		fc.assert(
			fc.property(code, code, (sector, note) => {
				const r = importFile(
					enc(`${HEADER}\n2023,KAZ,export,ITA,${sector},,1,EUR,s,${note},\n`),
					'c.csv'
				);
				expect(r.rows[0]?.sector).toBe(sector);
				expect(r.rows[0]?.note).toBe(note);
				expect(typeof r.rows[0]?.sector).toBe('string');
			}),
			{ numRuns: 500, seed: 9 }
		);
	});
});

describe('numbers in a locale format come back exactly', () => {
	const LOCALES = [
		{ locale: 'it-IT', delimiter: ';' },
		{ locale: 'en-US', delimiter: ',' },
		{ locale: 'de-CH', delimiter: ';' },
		{ locale: 'fr-FR', delimiter: ';' }
	];
	const head = (d: string) => HEADER.replaceAll(',', d);
	// One cell per line (a period each): a cell given twice is one figure (see cells.ts).
	const line = (d: string, v: string, i: number) =>
		[String(2000 + i), 'KAZ', 'export', 'ITA', 'TOTAL', '', v, 'EUR', 's', '', '']
			.map((c) => (c.includes(d) || c.includes('"') ? quote(c) : c))
			.join(d);

	it('property: Intl-formatted values (grouping, 0-4 decimals) parse to the intended number', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...LOCALES),
				fc.array(fc.double({ min: -1e12, max: 1e12, noNaN: true }), {
					minLength: 1,
					maxLength: 20
				}),
				fc.integer({ min: 0, max: 4 }),
				({ locale, delimiter }, xs, digits) => {
					const fmt = new Intl.NumberFormat(locale, {
						maximumFractionDigits: digits,
						minimumFractionDigits: digits
					});
					const plain = new Intl.NumberFormat('en-US', {
						maximumFractionDigits: digits,
						minimumFractionDigits: digits,
						useGrouping: false
					});
					// One decisive cell (a decimal with 2 digits) settles the decimal mark for the file.
					const decisive = new Intl.NumberFormat(locale, { minimumFractionDigits: 2 }).format(0.25);
					const cells = [decisive, ...xs.map((x) => fmt.format(x))];
					const intended = [0.25, ...xs.map((x) => Number(plain.format(x)))].map((v) =>
						v === 0 ? 0 : v
					);
					const text = [head(delimiter), ...cells.map((c, i) => line(delimiter, c, i))].join('\n');
					const r = importFile(enc(text), 'n.csv');
					expect(r.report.rejected).toBe(0);
					expect(r.rows.map((x) => x.value)).toEqual(intended);
				}
			),
			{ numRuns: 400, seed: 2024 }
		);
	});

	it('property: a column ambiguous by construction is asked about, never guessed', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 999 })), {
					minLength: 1,
					maxLength: 10
				}),
				fc.constantFrom('.', ','),
				(pairs, mark) => {
					const d = mark === ',' ? ';' : ',';
					const cells = pairs.map(([a, b]) => `${a}${mark}${String(b).padStart(3, '0')}`);
					const r = importFile(
						enc([head(d), ...cells.map((c, i) => line(d, c, i))].join('\n')),
						'a.csv'
					);
					expect(r.rows).toEqual([]);
					expect(r.report.rejectedByCode).toEqual({ 'ambiguous-number': pairs.length });
					expect(r.dialect.decimalSource).toBe('none');
				}
			),
			{ numRuns: 300, seed: 77 }
		);
	});
});
