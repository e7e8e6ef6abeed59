/** The bad-input catalogue, group E: Values and types (test data, imported only by tests). */
import type { CatalogueCase } from './cases';
import { utf8, row, tpl, manyRows, verifyMany } from './build';

export const E: CatalogueCase[] = [
	{
		kind: 'file',
		id: 'E1',
		description: '`1.234,56` column',
		catalogue: 'OK: 1234.56 (majority format `.,`)',
		build: () =>
			utf8(
				tpl(
					[
						row({ value: '1.234,56' }, ';'),
						row({ value: '1.234.567,8', partner: 'UZB' }, ';'),
						row({ value: '2.500', partner: 'TJK' }, ';')
					],
					'\n',
					';'
				)
			),
		expected: 'parse',
		codes: ['number-format'],
		rows: [{ value: 1234.56 }, { value: 1234567.8 }, { value: 2500 }]
	},
	{
		kind: 'file',
		id: 'E2',
		description: 'a column of only `1.234`, `2.500` (ambiguous)',
		catalogue: 'ASK, or it-IT default with a notice. Silent 1.234 is a failure',
		build: () => utf8(tpl([row({ value: '1.234' }), row({ value: '2.500', partner: 'UZB' })])),
		expected: 'ask',
		fatal: 'no-valid-rows',
		rejections: [
			{ line: 2, code: 'ambiguous-number', column: 7 },
			{ line: 3, code: 'ambiguous-number', column: 7 }
		]
	},
	{
		kind: 'file',
		id: 'E2b',
		description: 'the same file after the analyst chose the decimal comma',
		catalogue: 'ASK → the answer imports',
		build: () => utf8(tpl([row({ value: '1.234' }), row({ value: '2.500', partner: 'UZB' })])),
		options: { override: { decimal: ',' } },
		expected: 'parse',
		rows: [{ value: 1234 }, { value: 2500 }]
	},
	{
		kind: 'file',
		id: 'E3',
		description: '`1.234,56` and `1,234.56` mixed',
		catalogue: 'PARTIAL: minority cells listed by line and column',
		build: () =>
			utf8(
				tpl(
					[
						row({ value: '1.234,56' }, ';'),
						row({ value: '2.000,25', partner: 'UZB' }, ';'),
						row({ value: '1,234.56', partner: 'TJK' }, ';')
					],
					'\n',
					';'
				)
			),
		expected: 'partial',
		rows: [{ value: 1234.56 }, { value: 2000.25 }],
		rejections: [{ line: 4, code: 'invalid-number', column: 7 }]
	},
	{
		kind: 'file',
		id: 'E4',
		description: "thousands grouped by space, NBSP, narrow NBSP and `'`",
		catalogue: 'OK',
		build: () =>
			utf8(
				tpl(
					[
						row({ value: '1 234' }, ';'),
						row({ value: '1\u00a0234', partner: 'UZB' }, ';'),
						row({ value: '1\u202f234,5', partner: 'TJK' }, ';'),
						row({ value: "1'234", partner: 'TKM' }, ';')
					],
					'\n',
					';'
				)
			),
		expected: 'parse',
		rows: [{ value: 1234 }, { value: 1234 }, { value: 1234.5 }, { value: 1234 }]
	},
	{
		kind: 'file',
		id: 'E5',
		description: '`(1.234,00)`, `1.234-`, `−5` (U+2212)',
		catalogue: 'OK (negative), or flagged',
		build: () =>
			utf8(
				tpl(
					[
						row({ value: '(1.234,00)' }, ';'),
						row({ value: '1.234-', partner: 'UZB' }, ';'),
						row({ value: '\u22125,5', partner: 'TJK' }, ';')
					],
					'\n',
					';'
				)
			),
		expected: 'partial',
		rows: [{ value: -5.5, partner: 'TJK' }],
		rejections: [
			{ line: 2, code: 'invalid-number', column: 7 },
			{ line: 3, code: 'invalid-number', column: 7 }
		]
	},
	{
		kind: 'file',
		id: 'E6',
		description: '`€ 1.234,56`, `12,5%`, `1,2 Mln`',
		catalogue: 'OK numeric with a unit/scale note, or text with a notice',
		build: () =>
			utf8(
				tpl(
					[
						row({ value: '€ 1.234,56' }, ';'),
						row({ value: '12,5%', partner: 'UZB' }, ';'),
						row({ value: '1,2 Mln', partner: 'TJK' }, ';')
					],
					'\n',
					';'
				)
			),
		expected: 'partial',
		rows: [{ value: 1234.56 }],
		rejections: [
			{ line: 3, code: 'invalid-number', column: 7 },
			{ line: 4, code: 'invalid-number', column: 7 }
		]
	},
	{
		kind: 'file',
		id: 'E7',
		description:
			'codes with leading zeros: HS `0101`, CN8 `01012100`, CAP `00118`, partita IVA `01234567890`',
		catalogue: 'OK as text',
		build: () =>
			utf8(
				tpl([
					row({ sector: '0101', note: 'CAP 00118' }),
					row({ sector: '01012100', note: '01234567890', partner: 'UZB' }),
					row({ sector: '00118', partner: 'TJK' })
				])
			),
		expected: 'parse',
		rows: [
			{ sector: '0101', note: 'CAP 00118' },
			{ sector: '01012100', note: '01234567890' },
			{ sector: '00118' }
		]
	},
	{
		kind: 'file',
		id: 'E8',
		description: 'integers above 2^53: 20-digit IDs in text columns, and in the value column',
		catalogue: 'OK as text; never mixed number/string',
		build: () =>
			utf8(
				tpl([
					row({ sector: '12345678901234567890', note: '98765432109876543210' }),
					row({ value: '9007199254740993', partner: 'UZB' })
				])
			),
		// A value above 1e15 is no trade figure (and sums of such values overflow): rejected.
		expected: 'partial',
		counts: { read: 2, accepted: 1, rejected: 1 },
		rows: [{ sector: '12345678901234567890', note: '98765432109876543210', value: 1 }],
		rejections: [{ line: 3, code: 'number-too-large', column: 7 }]
	},
	{
		kind: 'file',
		id: 'E9',
		description: 'Excel scientific `1,23E+05`, `1E5`; a code-like sector `1E5` stays text',
		catalogue: 'OK numeric; a code-like column stays text',
		build: () =>
			utf8(
				tpl(
					[
						row({ value: '1,23E+05', sector: '1E5' }, ';'),
						row({ value: '1E5', partner: 'UZB' }, ';')
					],
					'\n',
					';'
				)
			),
		expected: 'parse',
		rows: [
			{ value: 123000, sector: '1E5' },
			{ value: 100000, sector: 'TOTAL' }
		]
	},
	{
		kind: 'file',
		id: 'E10',
		description: 'periods written as dates `01/02/2024` (day and month ambiguous)',
		catalogue: 'ASK, or day-first it-IT default with a notice',
		deviation:
			'a date is not a period of the template (YYYY, YYYY-MM, YYYY-Qn): the row is rejected with its line, never guessed',
		build: () =>
			utf8(tpl([row({ period: '01/02/2024' }), row({ period: '2024-02', partner: 'UZB' })])),
		expected: 'partial',
		rows: [{ period: '2024-02' }],
		rejections: [{ line: 2, code: 'invalid-period', column: 1 }]
	},
	{
		kind: 'file',
		id: 'E11',
		description: 'Excel serial date `45292` as a period',
		catalogue: 'OK as number; convert only on request',
		deviation:
			'in the period column a serial number is not a period: rejected with its line (never converted)',
		build: () => utf8(tpl([row({ period: '45292' }), row({ partner: 'UZB', value: '45292' })])),
		expected: 'partial',
		rows: [{ partner: 'UZB', value: 45292 }],
		rejections: [{ line: 2, code: 'invalid-period', column: 1 }]
	},
	{
		kind: 'file',
		id: 'E12',
		description: '`gen-24`, `gennaio 2024`, `T1 2024`, `2024Q1`',
		catalogue: 'OK as dates (Italian months)',
		build: () =>
			utf8(
				tpl([
					row({ period: 'gen-24' }),
					row({ period: 'gennaio 2024', partner: 'UZB' }),
					row({ period: 'T1 2024', partner: 'TJK' }),
					row({ period: '2024Q1', partner: 'TKM' })
				])
			),
		expected: 'parse',
		rows: [
			{ period: '2024-01' },
			{ period: '2024-01' },
			{ period: '2024-Q1' },
			{ period: '2024-Q1' }
		]
	},
	{
		kind: 'file',
		id: 'E13',
		description: '`31/02/2024`, `2024-13-01`',
		catalogue: 'PARTIAL: invalid dates listed by line',
		build: () =>
			utf8(
				tpl([
					row({ period: '31/02/2024' }),
					row({ period: '2024-13-01', partner: 'UZB' }),
					row({ period: '2024-13', partner: 'TJK' }),
					row({ partner: 'TKM' })
				])
			),
		expected: 'partial',
		rows: [{ partner: 'TKM' }],
		rejections: [
			{ line: 2, code: 'invalid-period', column: 1 },
			{ line: 3, code: 'invalid-period', column: 1 },
			{ line: 4, code: 'invalid-period', column: 1 }
		]
	},
	{
		kind: 'file',
		id: 'E14',
		description: '`SI/NO`, `VERO/FALSO` cells',
		catalogue: 'OK as text; never infer booleans from a sample',
		build: () =>
			utf8(tpl([row({ note: 'SI' }), row({ note: 'FALSO', label: 'VERO', partner: 'UZB' })])),
		expected: 'parse',
		rows: [{ note: 'SI' }, { note: 'FALSO', sectorLabel: 'VERO' }]
	},
	{
		kind: 'file',
		id: 'E15',
		description: 'missing-value markers `""`, `NA`, `n/a`, `-`, `:`, `..`, `ND`',
		catalogue: 'OK: null, with a per-column count',
		deviation:
			'an observation without a value is not imported ("gaps are gaps"): each row is counted under missing-value, with its line',
		build: () =>
			utf8(
				tpl([
					row({ value: '""' }),
					row({ value: 'NA' }),
					row({ value: 'n/a' }),
					row({ value: '-' }),
					row({ value: ':' }),
					row({ value: '..' }),
					row({ value: 'ND' }),
					row({ value: '3', partner: 'UZB' })
				])
			),
		expected: 'partial',
		counts: { read: 8, accepted: 1, rejected: 7 },
		rows: [{ value: 3 }],
		verify: (r) => (r.report.rejectedByCode['missing-value'] === 7 ? [] : ['missing-value count'])
	},
	{
		kind: 'file',
		id: 'E16',
		description: '1,499 numeric rows, then `n/a` at data row 1,500',
		catalogue: 'PARTIAL: that cell null and reported (Arquero: silent NaN)',
		build: () => utf8(tpl([...manyRows(1_499), row({ value: 'n/a' })])),
		expected: 'partial',
		counts: { read: 1_500, accepted: 1_499, rejected: 1 },
		rejections: [{ line: 1_501, code: 'missing-value', column: 7 }],
		verify: verifyMany(1_499)
	},
	{
		kind: 'file',
		id: 'E17',
		description: '`0x1F`, `Infinity`, `NaN` in the value column',
		catalogue: 'PARTIAL: flagged, not coerced (Arquero gives 31)',
		build: () =>
			utf8(
				tpl([
					row({ value: '0x1F' }),
					row({ value: 'Infinity' }),
					row({ value: 'NaN' }),
					row({ value: '31', partner: 'UZB' })
				])
			),
		expected: 'partial',
		rows: [{ value: 31 }],
		rejections: [
			{ line: 2, code: 'invalid-number', column: 7 },
			{ line: 3, code: 'invalid-number', column: 7 },
			{ line: 4, code: 'missing-value', column: 7 }
		]
	},
	{
		kind: 'file',
		id: 'E18',
		description: 'one 50 MB cell',
		catalogue: 'PARTIAL: truncated display, or REJECT over a cell cap',
		build: () => utf8(tpl([row({ note: `"${'y'.repeat(50_000_000)}"` }), row({ partner: 'UZB' })])),
		expected: 'partial',
		rows: [{ partner: 'UZB' }],
		rejections: [{ line: 2, code: 'cell-too-long', column: 10 }],
		timeoutMs: 60_000
	},
	{
		kind: 'file',
		id: 'E19',
		description: 'negative zero `-0,0`',
		catalogue: 'OK, shown as 0',
		build: () =>
			utf8(
				tpl([row({ value: '-0,0' }, ';'), row({ value: '1,5', partner: 'UZB' }, ';')], '\n', ';')
			),
		expected: 'parse',
		rows: [{ value: 0 }, { value: 1.5 }]
	},
	{
		kind: 'file',
		id: 'E20',
		description: 'trailing spaces and NBSP (`"Kazakhstan "`, `"ISTAT\u00a0"`)',
		catalogue: 'OK: categories trimmed for grouping',
		build: () =>
			utf8(tpl([row({ partner: '"Kazakhstan "', source: '"ISTAT\u00a0"', sector: ' 27 ' })])),
		expected: 'parse',
		rows: [{ partner: 'KAZ', source: 'ISTAT', sector: '27' }]
	},
	{
		kind: 'file',
		id: 'E20b',
		description: 'a source made only of zero-width characters (U+200B, U+FEFF, U+2060) on line 2',
		catalogue: 'PARTIAL: a field empty once invisible characters are removed is missing (issue 11)',
		build: () => utf8(tpl([row({ source: '\u200B\u200B\uFEFF\u2060' }), row({ partner: 'UZB' })])),
		expected: 'partial',
		rows: [{ partner: 'UZB', source: 'ISTAT' }],
		rejections: [{ line: 2, code: 'missing-field', column: 9 }]
	},
	{
		kind: 'file',
		id: 'E20c',
		description: 'a right-to-left override (U+202E) in a source and a label',
		catalogue: 'OK + notice naming the control; removed or isolated on display (issue 11)',
		build: () =>
			utf8(
				tpl([row({ source: 'ISTAT \u202Etxt.exe', label: '"Fuels\u202E, oils"', sector: '27' })])
			),
		expected: 'parse',
		codes: ['text-bidi'],
		// Kept as written (what the file says); the display removes the control (text/bounded.ts).
		rows: [{ source: 'ISTAT \u202Etxt.exe', sectorLabel: 'Fuels\u202E, oils', sector: '27' }],
		verify: (r) => {
			const i = r.report.issues.find((x) => x.code === 'text-bidi');
			return i?.line === 2 && i.params.cells === 2 && i.params.controls === 'U+202E'
				? []
				: [`text-bidi ${JSON.stringify(i)}`];
		}
	}
];
