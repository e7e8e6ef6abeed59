/** The bad-input catalogue, group B: Encodings (test data, imported only by tests). */
import { fileCase as file, type CatalogueCase, type FileExpectation } from './cases';
import { utf8, HEADER, row, tpl, cp1252, latin9, utf16, concat, templateFile } from './build';
import { dialectIs, headersAt, issueIs } from './checks';

/** A one-row template file whose note is `note`, as UTF-16 (`be`: big-endian; `bom`). */
const utf16Note = (note: string, be: boolean, bom: boolean) => () =>
	utf16(tpl([row({ note })]), be, bom);

/** A one-row file in a single-byte `encoding`: read with a notice, its `note` as written. */
const legacy = (build: () => Uint8Array, note: string, encoding: string): FileExpectation => ({
	build,
	expected: 'parse',
	codes: ['encoding-fallback'],
	rows: [{ note }],
	verify: dialectIs({ encoding })
});

export const B: CatalogueCase[] = [
	file('B1', 'UTF-8 with BOM', 'OK: BOM stripped from the first header', {
		build: () => concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(tpl([row()]))),
		expected: 'parse',
		rows: [{ partner: 'KAZ', value: 1 }],
		verify: headersAt(0, 'period')
	}),
	file('B2', 'UTF-8 with àèéìòù€', 'OK', {
		build: templateFile([{ note: 'àèéìòù€ Città', label: 'Attività' }]),
		expected: 'parse',
		rows: [{ note: 'àèéìòù€ Città', sectorLabel: 'Attività' }]
	}),
	file(
		'B3',
		'Windows-1252 Italian Excel export (E0 = à, 80 = €, 92 = ’, 96 = –)',
		'OK + notice "read as Windows-1252"',
		legacy(
			() => cp1252(tpl([row({ note: 'Città – 5 € l’anno' }, ';')], '\r\n', ';')),
			'Città – 5 € l’anno',
			'windows-1252'
		)
	),
	file(
		'B4',
		'ISO-8859-15 (A4 = €, no byte 0x80-0x9F)',
		'ASK, or notice: decoding as Windows-1252 shows ¤',
		legacy(() => latin9(tpl([row({ note: 'Città 5 €' })])), 'Città 5 €', 'iso-8859-15')
	),
	file(
		'B5',
		'UTF-16LE with BOM, tab-delimited (Excel "Unicode text")',
		'OK: sniff FF FE, delimiter tab',
		{
			build: () =>
				utf16(tpl([row({ value: '1234,5', note: 'Città' }, '\t')], '\r\n', '\t'), false, true),
			expected: 'parse',
			rows: [{ value: 1234.5, note: 'Città' }]
		}
	),
	file('B6', 'UTF-16BE with BOM', 'OK', {
		build: utf16Note('Città', true, true),
		expected: 'parse',
		rows: [{ note: 'Città' }]
	}),
	file(
		'B7',
		'UTF-16LE without BOM (NUL in every other byte)',
		'OK by heuristic, or REJECT with the hint "save as UTF-8"',
		{
			build: utf16Note('Città', false, false),
			expected: 'parse',
			codes: ['utf16-without-bom'],
			rows: [{ note: 'Città' }]
		}
	),
	file(
		'B8',
		'mostly UTF-8 (accents) with two invalid bytes on line 3',
		'PARTIAL: "line 412: invalid UTF-8 bytes replaced with �"',
		{
			build: () =>
				concat(
					utf8(
						`${HEADER}\n${row({ note: 'Città è' })}\n2023,UZB,export,ITA,TOTAL,,2,EUR,ISTAT,Citt`
					),
					new Uint8Array([0xe0, 0xff]),
					utf8(`,\n${row({ partner: 'TJK', note: 'perché' })}\n`)
				),
			expected: 'partial',
			codes: ['invalid-utf8'],
			rows: [{ note: 'Città è' }, { note: 'Citt\uFFFD\uFFFD' }, { note: 'perché' }],
			verify: issueIs('invalid-utf8', 3)
		}
	),
	file('B9', 'double-encoded UTF-8 (CittÃ\u00a0)', 'OK + warning heuristic', {
		build: templateFile([{ note: 'CittÃ\u00a0di Milano' }]),
		expected: 'parse',
		codes: ['double-encoded'],
		rows: [{ note: 'CittÃ\u00a0di Milano' }]
	}),
	file('B10', 'NUL bytes inside a text cell (line 3)', 'PARTIAL: strip and report', {
		build: templateFile([{}, { partner: 'UZB', note: 'a\u0000b\u0000c' }]),
		expected: 'partial',
		codes: ['nul-removed'],
		rows: [{ partner: 'KAZ' }, { partner: 'UZB', note: 'abc' }],
		verify: issueIs('nul-removed', 3, { params: { count: 2 } })
	}),
	file(
		'B8b',
		'UTF-16LE with BOM, a lone surrogate (half a character) in a note on line 3',
		'PARTIAL: the same notice as bad UTF-8 (issue 11)',
		{
			build: () => utf16(tpl([row(), row({ partner: 'UZB', note: 'Citt\uD800' })]), false, true),
			expected: 'partial',
			codes: ['invalid-utf8'],
			rows: [{ partner: 'KAZ' }, { partner: 'UZB', note: 'Citt\uFFFD' }],
			verify: issueIs('invalid-utf8', 3, { params: { count: 1 } })
		}
	)
];
