/** The bad-input catalogue, group B: Encodings (test data, imported only by tests). */
import type { CatalogueCase } from './cases';
import { utf8, HEADER, row, tpl, cp1252, latin9, utf16, concat } from './build';

export const B: CatalogueCase[] = [
	{
		kind: 'file',
		id: 'B1',
		description: 'UTF-8 with BOM',
		catalogue: 'OK: BOM stripped from the first header',
		build: () => concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(tpl([row()]))),
		expected: 'parse',
		rows: [{ partner: 'KAZ', value: 1 }],
		verify: (r) => (r.columns[0]?.header === 'period' ? [] : [`header ${r.columns[0]?.header}`])
	},
	{
		kind: 'file',
		id: 'B2',
		description: 'UTF-8 with àèéìòù€',
		catalogue: 'OK',
		build: () => utf8(tpl([row({ note: 'àèéìòù€ Città', label: 'Attività' })])),
		expected: 'parse',
		rows: [{ note: 'àèéìòù€ Città', sectorLabel: 'Attività' }]
	},
	{
		kind: 'file',
		id: 'B3',
		description: 'Windows-1252 Italian Excel export (E0 = à, 80 = €, 92 = ’, 96 = –)',
		catalogue: 'OK + notice "read as Windows-1252"',
		build: () => cp1252(tpl([row({ note: 'Città – 5 € l’anno' }, ';')], '\r\n', ';')),
		expected: 'parse',
		codes: ['encoding-fallback'],
		rows: [{ note: 'Città – 5 € l’anno' }],
		verify: (r) => (r.dialect.encoding === 'windows-1252' ? [] : [r.dialect.encoding])
	},
	{
		kind: 'file',
		id: 'B4',
		description: 'ISO-8859-15 (A4 = €, no byte 0x80-0x9F)',
		catalogue: 'ASK, or notice: decoding as Windows-1252 shows ¤',
		build: () => latin9(tpl([row({ note: 'Città 5 €' })])),
		expected: 'parse',
		codes: ['encoding-fallback'],
		rows: [{ note: 'Città 5 €' }],
		verify: (r) => (r.dialect.encoding === 'iso-8859-15' ? [] : [r.dialect.encoding])
	},
	{
		kind: 'file',
		id: 'B5',
		description: 'UTF-16LE with BOM, tab-delimited (Excel "Unicode text")',
		catalogue: 'OK: sniff FF FE, delimiter tab',
		build: () =>
			utf16(tpl([row({ value: '1234,5', note: 'Città' }, '\t')], '\r\n', '\t'), false, true),
		expected: 'parse',
		rows: [{ value: 1234.5, note: 'Città' }]
	},
	{
		kind: 'file',
		id: 'B6',
		description: 'UTF-16BE with BOM',
		catalogue: 'OK',
		build: () => utf16(tpl([row({ note: 'Città' })]), true, true),
		expected: 'parse',
		rows: [{ note: 'Città' }]
	},
	{
		kind: 'file',
		id: 'B7',
		description: 'UTF-16LE without BOM (NUL in every other byte)',
		catalogue: 'OK by heuristic, or REJECT with the hint "save as UTF-8"',
		build: () => utf16(tpl([row({ note: 'Città' })]), false, false),
		expected: 'parse',
		codes: ['utf16-without-bom'],
		rows: [{ note: 'Città' }]
	},
	{
		kind: 'file',
		id: 'B8',
		description: 'mostly UTF-8 (accents) with two invalid bytes on line 3',
		catalogue: 'PARTIAL: "line 412: invalid UTF-8 bytes replaced with �"',
		build: () =>
			concat(
				utf8(`${HEADER}\n${row({ note: 'Città è' })}\n2023,UZB,export,ITA,TOTAL,,2,EUR,ISTAT,Citt`),
				new Uint8Array([0xe0, 0xff]),
				utf8(`,\n${row({ partner: 'TJK', note: 'perché' })}\n`)
			),
		expected: 'partial',
		codes: ['invalid-utf8'],
		rows: [{ note: 'Città è' }, { note: 'Citt\uFFFD\uFFFD' }, { note: 'perché' }],
		verify: (r) => {
			const i = r.report.issues.find((x) => x.code === 'invalid-utf8');
			return i?.line === 3 ? [] : [`invalid-utf8 line ${i?.line}`];
		}
	},
	{
		kind: 'file',
		id: 'B9',
		description: 'double-encoded UTF-8 (CittÃ\u00a0)',
		catalogue: 'OK + warning heuristic',
		build: () => utf8(tpl([row({ note: 'CittÃ\u00a0di Milano' })])),
		expected: 'parse',
		codes: ['double-encoded'],
		rows: [{ note: 'CittÃ\u00a0di Milano' }]
	},
	{
		kind: 'file',
		id: 'B10',
		description: 'NUL bytes inside a text cell (line 3)',
		catalogue: 'PARTIAL: strip and report',
		build: () => utf8(tpl([row(), row({ partner: 'UZB', note: 'a\u0000b\u0000c' })])),
		expected: 'partial',
		codes: ['nul-removed'],
		rows: [{ partner: 'KAZ' }, { partner: 'UZB', note: 'abc' }],
		verify: (r) => {
			const i = r.report.issues.find((x) => x.code === 'nul-removed');
			return i?.line === 3 && i.params.count === 2 ? [] : [`nul-removed ${JSON.stringify(i)}`];
		}
	},
	{
		kind: 'file',
		id: 'B8b',
		description: 'UTF-16LE with BOM, a lone surrogate (half a character) in a note on line 3',
		catalogue: 'PARTIAL: the same notice as bad UTF-8 (issue 11)',
		build: () => utf16(tpl([row(), row({ partner: 'UZB', note: 'Citt\uD800' })]), false, true),
		expected: 'partial',
		codes: ['invalid-utf8'],
		rows: [{ partner: 'KAZ' }, { partner: 'UZB', note: 'Citt\uFFFD' }],
		verify: (r) => {
			const i = r.report.issues.find((x) => x.code === 'invalid-utf8');
			return i?.line === 3 && i.params.count === 1 ? [] : [`invalid-utf8 ${JSON.stringify(i)}`];
		}
	}
];
