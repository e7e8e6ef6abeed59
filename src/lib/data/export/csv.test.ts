import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	BOM,
	csvField,
	DELIMITER,
	FORMULA_TRIGGERS,
	formatCsvNumber,
	isDangerous,
	metaLine,
	neutralise,
	parseCsv,
	toCsv,
	type CsvVariant
} from './csv';
import { unprotectFormulas } from './formula';

const meta = { source: 'Eurostat Comext', vintage: 'Nov 2024', downloaded: '2025-03-05' };

describe('neutralise', () => {
	it.each([
		['=1+1', "'=1+1"],
		['+39 06 1234', "'+39 06 1234"],
		['-12.5', "'-12.5"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\tcmd', "'\tcmd"],
		['\rcmd', "'\rcmd"],
		['  =cmd', "'  =cmd"],
		['\u00a0\u3000=cmd', "'\u00a0\u3000=cmd"],
		['＝cmd', "'＝cmd"],
		['＋1', "'＋1"],
		['－1', "'－1"],
		['＠x', "'＠x"],
		['Kazakhstan', 'Kazakhstan'],
		['a=b', 'a=b'],
		['', ''],
		['   ', '   '],
		["'=already", "''=already"],
		['RT;=1+cmd', "RT;'=1+cmd"],
		['a\n"=b', `a\n'"=b`],
		['a\r\n=b', "a\r\n'=b"]
	])('%j → %j', (input, expected) => {
		expect(neutralise(input)).toBe(expected);
	});
});

describe('formatCsvNumber', () => {
	it.each<[number, CsvVariant, string]>([
		[-12.5, 'en', '-12.5'],
		[-12.5, 'it', '-12,5'],
		[1234567.89, 'en', '1234567.89'],
		[1234567.89, 'it', '1234567,89'],
		[16_100_000_000, 'it', '16100000000'],
		[1.5e-7, 'en', '0.00000015'],
		[1e21, 'en', '1000000000000000000000'],
		[-0, 'en', '0'],
		[Number.NaN, 'en', ''],
		[Number.POSITIVE_INFINITY, 'it', '']
	])('%d (%s) → %s', (value, variant, expected) => {
		expect(formatCsvNumber(value, variant)).toBe(expected);
	});
});

describe('toCsv', () => {
	const columns = [
		{ key: 'partner', header: 'Country' },
		{ key: 'value', header: 'Value' },
		{ key: 'note', header: 'Note' }
	];
	const rows = [
		{ partner: 'Kazakhstan', value: 1234.5, note: 'a, "quoted"; note' },
		{ partner: '=HYPERLINK("x")', value: -12.5, note: null },
		{ partner: 'Uzbekistan', value: null, note: 'line\nbreak' }
	];

	it('writes the English variant', () => {
		expect(toCsv(rows, columns, { lang: 'en', variant: 'en', meta })).toBe(
			'# Source: Eurostat Comext; vintage: Nov 2024; downloaded: 2025-03-05\r\n' +
				'Country,Value,Note\r\n' +
				'Kazakhstan,1234.5,"a, ""quoted""; note"\r\n' +
				`"'=HYPERLINK(""x"")",-12.5,\r\n` +
				'Uzbekistan,,"line\nbreak"\r\n'
		);
	});

	it('writes the Italian variant with a BOM, ; and decimal commas', () => {
		const text = toCsv(rows, columns, { lang: 'it', variant: 'it', meta });
		expect(text.startsWith(BOM)).toBe(true);
		expect(text.slice(1).split('\r\n').slice(0, 3)).toEqual([
			'# Fonte: Eurostat Comext · versione dei dati: Nov 2024 · scaricato il: 2025-03-05',
			'Country;Value;Note',
			'Kazakhstan;1234,5;"a, ""quoted""; note"'
		]);
	});

	it('round-trips through a CSV reader', () => {
		for (const variant of ['en', 'it'] as const) {
			const parsed = parseCsv(toCsv(rows, columns, { lang: variant, variant }), DELIMITER[variant]);
			expect(parsed).toEqual([
				['Country', 'Value', 'Note'],
				['Kazakhstan', variant === 'it' ? '1234,5' : '1234.5', 'a, "quoted"; note'],
				['\'=HYPERLINK("x")', variant === 'it' ? '-12,5' : '-12.5', ''],
				['Uzbekistan', '', 'line\nbreak']
			]);
		}
	});
});

describe('metaLine', () => {
	it('keeps hostile sources from opening a formula cell or a quoted field', () => {
		const hostile = { ...meta, source: 'A; =cmd|calc, "x\nB' };
		expect(metaLine(hostile, 'en', 'en')).toBe(
			"# Source: A;' =cmd|calc, 'x B; vintage: Nov 2024; downloaded: 2025-03-05"
		);
		expect(metaLine(hostile, 'it', 'it')).toBe(
			"# Fonte: A;' =cmd|calc, 'x B · versione dei dati: Nov 2024 · scaricato il: 2025-03-05"
		);
	});
});

/** Any text, biased towards formula triggers, spaces and CSV specials. */
const hostileText = fc.oneof(
	fc.string({ unit: 'binary' }),
	fc
		.tuple(
			fc.stringMatching(/^[ \u00a0\u3000\u2003\u200b\ufeff]{0,3}$/),
			fc.constantFrom(...FORMULA_TRIGGERS.split('')),
			fc.string()
		)
		.map(([a, b, c]) => a + b + c),
	fc.string({
		unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', ';', ' ', 'a')
	})
);

describe('csv properties', () => {
	it('never lets a formula trigger open a text cell, and only ever inserts quotes', () => {
		fc.assert(
			fc.property(hostileText, (text) => {
				expect(isDangerous(neutralise(text))).toBe(false);
				expect(neutralise(text).replaceAll("'", '')).toBe(text.replaceAll("'", ''));
				expect(unprotectFormulas(neutralise(text)) ?? text).toBe(text);
			}),
			{ numRuns: 2000 }
		);
	});

	it('never lets a trigger through in a written and re-read file', () => {
		fc.assert(
			fc.property(
				fc.array(hostileText, { minLength: 1, maxLength: 5 }),
				fc.constantFrom<CsvVariant>('en', 'it'),
				(texts, variant) => {
					const columns = texts.map((_, i) => ({ key: `c${i}`, header: texts[i] as string }));
					const row = Object.fromEntries(texts.map((t, i) => [`c${i}`, t]));
					const parsed = parseCsv(
						toCsv([row], columns, { lang: 'en', variant }),
						DELIMITER[variant]
					);
					expect(parsed).toHaveLength(2);
					for (const cell of parsed.flat()) expect(isDangerous(cell)).toBe(false);
				}
			),
			{ numRuns: 1000 }
		);
	});

	it('never alters numbers: negative numbers stay negative and read back exactly', () => {
		fc.assert(
			fc.property(
				fc.double({ noNaN: true, noDefaultInfinity: true }),
				fc.constantFrom<CsvVariant>('en', 'it'),
				(value, variant) => {
					const field = csvField(value, variant);
					expect(field.startsWith("'")).toBe(false);
					const back = Number(variant === 'it' ? field.replace(',', '.') : field);
					expect(back).toBe(Object.is(value, -0) ? 0 : value);
					if (value < 0) expect(field.startsWith('-')).toBe(true);
					expect(field).not.toMatch(/[eE\s"]/);
				}
			),
			{ numRuns: 2000 }
		);
	});
});
