/** The bad-input catalogue, group E: Values and types (test data, imported only by tests). */
import { fileCase as file, type CatalogueCase } from './cases';
import { byPartner, manyRows, row, templateFile, tpl, utf8, verifyMany } from './build';
import { issueIs, rejectedAt } from './checks';

export const E: CatalogueCase[] = [
	file('E1', '`1.234,56` column', 'OK: 1234.56 (majority format `.,`)', {
		build: templateFile(byPartner('value', ['1.234,56', '1.234.567,8', '2.500']), ';'),
		expected: 'parse',
		codes: ['number-format'],
		rows: [{ value: 1234.56 }, { value: 1234567.8 }, { value: 2500 }]
	}),
	file(
		'E2',
		'a column of only `1.234`, `2.500` (ambiguous)',
		'ASK, or it-IT default with a notice. Silent 1.234 is a failure',
		{
			build: templateFile(byPartner('value', ['1.234', '2.500'])),
			expected: 'ask',
			fatal: 'no-valid-rows',
			rejections: rejectedAt([2, 3], 'ambiguous-number', 7)
		}
	),
	file(
		'E2b',
		'the same file after the analyst chose the decimal comma',
		'ASK → the answer imports',
		{
			build: templateFile(byPartner('value', ['1.234', '2.500'])),
			options: { override: { decimal: ',' } },
			expected: 'parse',
			rows: [{ value: 1234 }, { value: 2500 }]
		}
	),
	file(
		'E3',
		'`1.234,56` and `1,234.56` mixed',
		'PARTIAL: minority cells listed by line and column',
		{
			build: templateFile(byPartner('value', ['1.234,56', '2.000,25', '1,234.56']), ';'),
			expected: 'partial',
			rows: [{ value: 1234.56 }, { value: 2000.25 }],
			rejections: rejectedAt([4], 'invalid-number', 7)
		}
	),
	file('E4', "thousands grouped by space, NBSP, narrow NBSP and `'`", 'OK', {
		build: templateFile(byPartner('value', ['1 234', '1\u00a0234', '1\u202f234,5', "1'234"]), ';'),
		expected: 'parse',
		rows: [{ value: 1234 }, { value: 1234 }, { value: 1234.5 }, { value: 1234 }]
	}),
	file('E5', '`(1.234,00)`, `1.234-`, `−5` (U+2212)', 'OK (negative), or flagged', {
		build: templateFile(byPartner('value', ['(1.234,00)', '1.234-', '\u22125,5']), ';'),
		expected: 'partial',
		rows: [{ value: -5.5, partner: 'TJK' }],
		rejections: rejectedAt([2, 3], 'invalid-number', 7)
	}),
	file(
		'E6',
		'`€ 1.234,56`, `12,5%`, `1,2 Mln`',
		'OK numeric with a unit/scale note, or text with a notice',
		{
			build: templateFile(byPartner('value', ['€ 1.234,56', '12,5%', '1,2 Mln']), ';'),
			expected: 'partial',
			rows: [{ value: 1234.56 }],
			rejections: rejectedAt([3, 4], 'invalid-number', 7)
		}
	),
	file(
		'E7',
		'codes with leading zeros: HS `0101`, CN8 `01012100`, CAP `00118`, partita IVA `01234567890`',
		'OK as text',
		{
			build: templateFile([
				{ sector: '0101', note: 'CAP 00118' },
				{ sector: '01012100', note: '01234567890', partner: 'UZB' },
				{ sector: '00118', partner: 'TJK' }
			]),
			expected: 'parse',
			rows: [
				{ sector: '0101', note: 'CAP 00118' },
				{ sector: '01012100', note: '01234567890' },
				{ sector: '00118' }
			]
		}
	),
	file(
		'E8',
		'integers above 2^53: 20-digit IDs in text columns, and in the value column',
		'OK as text; never mixed number/string',
		{
			build: templateFile([
				{ sector: '12345678901234567890', note: '98765432109876543210' },
				{ value: '9007199254740993', partner: 'UZB' }
			]),
			// A value above 1e15 is no trade figure (and sums of such values overflow): rejected.
			expected: 'partial',
			counts: { read: 2, accepted: 1, rejected: 1 },
			rows: [{ sector: '12345678901234567890', note: '98765432109876543210', value: 1 }],
			rejections: rejectedAt([3], 'number-too-large', 7)
		}
	),
	file(
		'E9',
		'Excel scientific `1,23E+05`, `1E5`; a code-like sector `1E5` stays text',
		'OK numeric; a code-like column stays text',
		{
			build: templateFile(
				[
					{ value: '1,23E+05', sector: '1E5' },
					{ value: '1E5', partner: 'UZB' }
				],
				';'
			),
			expected: 'parse',
			rows: [
				{ value: 123000, sector: '1E5' },
				{ value: 100000, sector: 'TOTAL' }
			]
		}
	),
	file(
		'E10',
		'periods written as dates `01/02/2024` (day and month ambiguous)',
		'ASK, or day-first it-IT default with a notice',
		{
			deviation:
				'a date is not a period of the template (YYYY, YYYY-MM, YYYY-Qn): the row is rejected with its line, never guessed',
			build: templateFile(byPartner('period', ['01/02/2024', '2024-02'])),
			expected: 'partial',
			rows: [{ period: '2024-02' }],
			rejections: rejectedAt([2], 'invalid-period', 1)
		}
	),
	file('E11', 'Excel serial date `45292` as a period', 'OK as number; convert only on request', {
		deviation:
			'in the period column a serial number is not a period: rejected with its line (never converted)',
		build: templateFile([{ period: '45292' }, { partner: 'UZB', value: '45292' }]),
		expected: 'partial',
		rows: [{ partner: 'UZB', value: 45292 }],
		rejections: rejectedAt([2], 'invalid-period', 1)
	}),
	file('E12', '`gen-24`, `gennaio 2024`, `T1 2024`, `2024Q1`', 'OK as dates (Italian months)', {
		build: templateFile(byPartner('period', ['gen-24', 'gennaio 2024', 'T1 2024', '2024Q1'])),
		expected: 'parse',
		rows: [
			{ period: '2024-01' },
			{ period: '2024-01' },
			{ period: '2024-Q1' },
			{ period: '2024-Q1' }
		]
	}),
	file('E13', '`31/02/2024`, `2024-13-01`', 'PARTIAL: invalid dates listed by line', {
		build: templateFile(byPartner('period', ['31/02/2024', '2024-13-01', '2024-13', '2023'])),
		expected: 'partial',
		rows: [{ partner: 'TKM' }],
		rejections: rejectedAt([2, 3, 4], 'invalid-period', 1)
	}),
	file('E14', '`SI/NO`, `VERO/FALSO` cells', 'OK as text; never infer booleans from a sample', {
		build: templateFile([{ note: 'SI' }, { note: 'FALSO', label: 'VERO', partner: 'UZB' }]),
		expected: 'parse',
		rows: [{ note: 'SI' }, { note: 'FALSO', sectorLabel: 'VERO' }]
	}),
	file(
		'E15',
		'missing-value markers `""`, `NA`, `n/a`, `-`, `:`, `..`, `ND`',
		'OK: null, with a per-column count',
		{
			deviation:
				'an observation without a value is not imported ("gaps are gaps"): each row is counted under missing-value, with its line',
			build: templateFile([
				...['""', 'NA', 'n/a', '-', ':', '..', 'ND'].map((value) => ({ value })),
				{ value: '3', partner: 'UZB' }
			]),
			expected: 'partial',
			counts: { read: 8, accepted: 1, rejected: 7 },
			rows: [{ value: 3 }],
			verify: (r) => (r.report.rejectedByCode['missing-value'] === 7 ? [] : ['missing-value count'])
		}
	),
	file(
		'E16',
		'1,499 numeric rows, then `n/a` at data row 1,500',
		'PARTIAL: that cell null and reported (Arquero: silent NaN)',
		{
			build: () => utf8(tpl([...manyRows(1_499), row({ value: 'n/a' })])),
			expected: 'partial',
			counts: { read: 1_500, accepted: 1_499, rejected: 1 },
			rejections: rejectedAt([1_501], 'missing-value', 7),
			verify: verifyMany(1_499)
		}
	),
	file(
		'E17',
		'`0x1F`, `Infinity`, `NaN` in the value column',
		'PARTIAL: flagged, not coerced (Arquero gives 31)',
		{
			build: templateFile([
				{ value: '0x1F' },
				{ value: 'Infinity' },
				{ value: 'NaN' },
				{ value: '31', partner: 'UZB' }
			]),
			expected: 'partial',
			rows: [{ value: 31 }],
			rejections: [
				...rejectedAt([2, 3], 'invalid-number', 7),
				...rejectedAt([4], 'missing-value', 7)
			]
		}
	),
	file('E18', 'one 50 MB cell', 'PARTIAL: truncated display, or REJECT over a cell cap', {
		build: () => utf8(tpl([row({ note: `"${'y'.repeat(50_000_000)}"` }), row({ partner: 'UZB' })])),
		expected: 'partial',
		rows: [{ partner: 'UZB' }],
		rejections: rejectedAt([2], 'cell-too-long', 10),
		timeoutMs: 60_000
	}),
	file('E19', 'negative zero `-0,0`', 'OK, shown as 0', {
		build: templateFile(byPartner('value', ['-0,0', '1,5']), ';'),
		expected: 'parse',
		rows: [{ value: 0 }, { value: 1.5 }]
	}),
	file(
		'E20',
		'trailing spaces and NBSP (`"Kazakhstan "`, `"ISTAT\u00a0"`)',
		'OK: categories trimmed for grouping',
		{
			build: templateFile([{ partner: '"Kazakhstan "', source: '"ISTAT\u00a0"', sector: ' 27 ' }]),
			expected: 'parse',
			rows: [{ partner: 'KAZ', source: 'ISTAT', sector: '27' }]
		}
	),
	file(
		'E20b',
		'a source made only of zero-width characters (U+200B, U+FEFF, U+2060) on line 2',
		'PARTIAL: a field empty once invisible characters are removed is missing (issue 11)',
		{
			build: templateFile([{ source: '\u200B\u200B\uFEFF\u2060' }, { partner: 'UZB' }]),
			expected: 'partial',
			rows: [{ partner: 'UZB', source: 'ISTAT' }],
			rejections: rejectedAt([2], 'missing-field', 9)
		}
	),
	file(
		'E20c',
		'a right-to-left override (U+202E) in a source and a label',
		'OK + notice naming the control; removed or isolated on display (issue 11)',
		{
			build: templateFile([
				{ source: 'ISTAT \u202Etxt.exe', label: '"Fuels\u202E, oils"', sector: '27' }
			]),
			expected: 'parse',
			codes: ['text-bidi'],
			// Kept as written (what the file says); the display removes the control (text/bounded.ts).
			rows: [{ source: 'ISTAT \u202Etxt.exe', sectorLabel: 'Fuels\u202E, oils', sector: '27' }],
			verify: issueIs('text-bidi', 2, { params: { cells: 2, controls: 'U+202E' } })
		}
	)
];
