/** The bad-input catalogue, group C: Structure and dialect (test data, imported only by tests). */
import type { CatalogueCase } from './cases';
import { utf8, HEADER, row, tpl, manyRows, verifyMany } from './build';

export const C: CatalogueCase[] = [
	{
		kind: 'file',
		id: 'C1',
		description: '`;` delimiter with decimal comma (Italian Excel)',
		catalogue: 'OK: detected',
		build: () =>
			utf8(
				tpl(
					[row({ value: '1.234,56' }, ';'), row({ value: '0,5', partner: 'UZB' }, ';')],
					'\r\n',
					';'
				)
			),
		expected: 'parse',
		rows: [{ value: 1234.56 }, { value: 0.5, partner: 'UZB' }],
		verify: (r) => (r.dialect.delimiter === ';' && r.dialect.decimal === ',' ? [] : ['dialect'])
	},
	{
		kind: 'file',
		id: 'C2',
		description: 'first line `sep=;`',
		catalogue: 'OK: honour it and drop the line',
		build: () => utf8(`sep=;\n${tpl([row({ value: '2,5' }, ';')], '\n', ';')}`),
		expected: 'parse',
		codes: ['separator-hint'],
		rows: [{ value: 2.5 }]
	},
	{
		kind: 'file',
		id: 'C3',
		description: 'tab-delimited',
		catalogue: 'OK',
		build: () => utf8(tpl([row({ label: 'Fuels, oils' }, '\t')], '\n', '\t')),
		expected: 'parse',
		rows: [{ sectorLabel: 'Fuels, oils' }]
	},
	{
		kind: 'file',
		id: 'C4',
		description: 'pipe-delimited',
		catalogue: 'OK',
		build: () => utf8(tpl([row({ label: 'Fuels, oils', value: '12.5' }, '|')], '\n', '|')),
		expected: 'parse',
		rows: [{ sectorLabel: 'Fuels, oils', value: 12.5 }]
	},
	{
		kind: 'file',
		id: 'C5',
		description: '`, ` (comma and space) delimiter',
		catalogue: 'ASK (PapaParse cannot detect these)',
		deviation:
			'read as `,`: the spaces after each delimiter are trimmed like any surrounding space, so no question is needed',
		build: () => utf8(tpl([row({ value: '12.5', note: 'x' }, ', ')], '\n', ', ')),
		expected: 'parse',
		rows: [{ value: 12.5, note: 'x' }]
	},
	{
		kind: 'file',
		id: 'C5b',
		description: 'space-delimited',
		catalogue: 'ASK',
		deviation:
			'detected (issue 15): the space is weighed with the other delimiters and wins where it explains the rows best',
		build: () => utf8(tpl([row({ value: '12.5' }, ' ')], '\n', ' ')),
		expected: 'parse',
		rows: [{ value: 12.5 }]
	},
	{
		kind: 'file',
		id: 'C5c',
		description: 'space-delimited, after the analyst chose "space"',
		catalogue: 'ASK → the answer imports',
		build: () => utf8(tpl([row({ value: '12.5' }, ' ')], '\n', ' ')),
		options: { override: { delimiter: ' ' } },
		expected: 'parse',
		rows: [{ value: 12.5 }]
	},
	{
		kind: 'file',
		id: 'C6',
		description: 'two preamble title lines (ISTAT style) and a blank line',
		catalogue: 'OK + notice "skipped lines 1–2 (title)"',
		build: () =>
			utf8(
				`Interscambio Italia – Asia centrale\n"Estrazione del 06/01/2025, valori in euro"\n\n${tpl([row({ value: '5' })])}`
			),
		expected: 'parse',
		codes: ['title-skipped'],
		rows: [{ value: 5 }],
		verify: (r) =>
			r.dialect.headerLine === 4 && r.dialect.skippedTop === 2 ? [] : [JSON.stringify(r.dialect)]
	},
	{
		kind: 'file',
		id: 'C7',
		description: 'footnote lines (`Fonte: ISTAT`, `Note: …`)',
		catalogue: 'PARTIAL: trailing 1-field rows excluded and listed by line',
		build: () =>
			utf8(
				`${tpl([row(), row({ partner: 'UZB' })])}\nFonte: ISTAT, Coeweb\n"Note: 2023 provisional"\n`
			),
		expected: 'partial',
		codes: ['footer-skipped'],
		rows: [{ partner: 'KAZ' }, { partner: 'UZB' }],
		verify: (r) => {
			const i = r.report.issues.find((x) => x.code === 'footer-skipped');
			return i?.line === 5 && i.params.lines === 2 ? [] : [JSON.stringify(i)];
		}
	},
	{
		kind: 'file',
		id: 'C8',
		description: 'two tables in one file (trade, then investment), separated by a blank line',
		catalogue: 'ASK or PARTIAL: import the first table and report the second',
		build: () =>
			utf8(
				`${tpl([row(), row({ partner: 'UZB' })])}\nperiod,investor,host,measure,sector,value,currency,source,note\n2023,ITA,KAZ,stock,TOTAL,7400000000,USD,Embassy,\n`
			),
		expected: 'partial',
		counts: { read: 4, accepted: 2, rejected: 2 },
		rows: [{ partner: 'KAZ' }, { partner: 'UZB' }],
		rejections: [
			{ line: 5, code: 'field-count' },
			{ line: 6, code: 'field-count' }
		]
	},
	{
		kind: 'file',
		id: 'C9',
		description: 'two-row header (names, then units)',
		catalogue: 'ASK, proposing joined names',
		deviation:
			'the first row is recognised as the template header; the second is reported as a rejected row with its line and reason (the template has a one-row header)',
		build: () => utf8(tpl(['(YYYY),(ISO3),,,,,(full units),(EUR/USD),,,', row()])),
		expected: 'partial',
		rows: [{ partner: 'KAZ' }],
		rejections: [{ line: 2, code: 'invalid-period', column: 1 }]
	},
	{
		kind: 'file',
		id: 'C10',
		description: 'no header (the first row is data)',
		catalogue: 'OK: names `Column 1…`, plus a notice',
		deviation:
			'rejected: without its header a file cannot be mapped to the template or an official format; the message quotes the first row and points to the template',
		build: () => utf8(`${row()}\n${row({ partner: 'UZB' })}\n`),
		expected: 'reject',
		fatal: 'unknown-format'
	},
	{
		kind: 'file',
		id: 'C11',
		description: 'a row with too few fields (line 3)',
		catalogue: 'PARTIAL: "line 44: 3 of 5 fields"',
		deviation:
			'the short row is rejected and reported rather than padded: padding would shift no value but would invent empty cells in required columns',
		build: () => utf8(tpl([row(), '2023,UZB,export,ITA', row({ partner: 'TJK' })])),
		expected: 'partial',
		rows: [{ partner: 'KAZ' }, { partner: 'TJK' }],
		rejections: [{ line: 3, code: 'field-count' }]
	},
	{
		kind: 'file',
		id: 'C12',
		description: 'a row with too many fields (an unquoted comma, line 2)',
		catalogue: 'PARTIAL: extras dropped and reported',
		deviation:
			'the whole row is rejected and reported: the extra field shifts every later column, so its value cannot be trusted',
		build: () => utf8(tpl([row({ label: 'Fuels, oils' }), row({ partner: 'UZB' })])),
		expected: 'partial',
		rows: [{ partner: 'UZB' }],
		rejections: [{ line: 2, code: 'field-count' }]
	},
	{
		kind: 'file',
		id: 'C13',
		description: 'quoted field with an embedded CRLF; a later error reports the right line',
		catalogue: 'OK; later report line numbers must count these lines',
		build: () =>
			utf8(
				tpl(
					[row({ note: '"two\r\nlines"' }), row({ partner: 'Atlantis' }), row({ partner: 'UZB' })],
					'\r\n'
				)
			),
		expected: 'partial',
		rows: [{ note: 'two\r\nlines' }, { partner: 'UZB' }],
		rejections: [{ line: 4, code: 'unknown-country', column: 2 }],
		verify: (r) => (r.report.lines?.data === 4 ? [] : [`data lines ${r.report.lines?.data}`])
	},
	{
		kind: 'file',
		id: 'C14',
		description: '`""` escaped quotes',
		catalogue: 'OK',
		build: () => utf8(tpl([row({ note: '"say ""hi"""', label: '"a ""b"" c"' })])),
		expected: 'parse',
		rows: [{ note: 'say "hi"', sectorLabel: 'a "b" c' }]
	},
	{
		kind: 'file',
		id: 'C15',
		description: 'unescaped quote inside a quoted field (`"Cafe "De Tuin" A"`)',
		catalogue: 'PARTIAL: lenient value, plus a report line',
		build: () => utf8(tpl([row({ label: '"Cafe "De Tuin" A"' })])),
		expected: 'partial',
		codes: ['quote-repaired'],
		rows: [{ sectorLabel: 'Cafe "De Tuin" A' }]
	},
	{
		kind: 'file',
		id: 'C16',
		description: 'mixed CRLF, LF and CR line ends',
		catalogue: 'OK: no stray \\r or \\n in values',
		build: () =>
			utf8(
				`${HEADER}\r\n${row({ note: 'a' })}\n${row({ partner: 'UZB', note: 'b' })}\r${row({ partner: 'TJK', note: 'c' })}\r\n`
			),
		expected: 'parse',
		rows: [
			{ partner: 'KAZ', note: 'a' },
			{ partner: 'UZB', note: 'b' },
			{ partner: 'TJK', note: 'c' }
		]
	},
	{
		kind: 'file',
		id: 'C17',
		description: 'CR-only line ends (old Mac)',
		catalogue: 'OK',
		build: () => utf8(tpl([row(), row({ partner: 'UZB' })], '\r')),
		expected: 'parse',
		rows: [{ partner: 'KAZ' }, { partner: 'UZB' }]
	},
	{
		kind: 'file',
		id: 'C18',
		description: 'no trailing newline',
		catalogue: 'OK: no phantom row',
		build: () => utf8(`${HEADER}\n${row()}\n${row({ partner: 'UZB' })}`),
		expected: 'parse',
		counts: { read: 2, accepted: 2, rejected: 0 },
		rows: [{ partner: 'KAZ' }, { partner: 'UZB' }]
	},
	{
		kind: 'file',
		id: 'C18b',
		description: 'double trailing newline and trailing blank lines',
		catalogue: 'OK: no phantom row',
		build: () => utf8(`${tpl([row(), row({ partner: 'UZB' })])}\n\n   \n,,,,\n`),
		expected: 'parse',
		counts: { read: 2, accepted: 2, rejected: 0 },
		rows: [{ partner: 'KAZ' }, { partner: 'UZB' }]
	},
	{
		kind: 'file',
		id: 'C19',
		description: 'blank and whitespace-only lines mid-file',
		catalogue: 'OK: skipped and counted',
		build: () => utf8(`${HEADER}\n${row()}\n\n  \t\n${row({ partner: 'UZB' })}\n`),
		expected: 'parse',
		rows: [{ partner: 'KAZ' }, { partner: 'UZB' }],
		verify: (r) => (r.report.lines?.blank === 2 ? [] : [`blank ${r.report.lines?.blank}`])
	},
	{
		kind: 'file',
		id: 'C20',
		description: 'cells starting with `#`',
		catalogue: 'OK as data unless the user enables comments',
		build: () => utf8(tpl([row({ note: '# not a comment', label: '#1 sector' })])),
		expected: 'parse',
		rows: [{ note: '# not a comment', sectorLabel: '#1 sector' }]
	},
	{
		kind: 'file',
		id: 'C21',
		description: 'spaces around delimiters and quotes (`"a" , b`)',
		catalogue: 'OK: text kept; numbers trimmed',
		build: () =>
			utf8(
				`${HEADER}\n 2023 , KAZ , export , ITA , TOTAL , "Fuels, oils" , 1.5 , EUR , "ISTAT" , note here ,\n`
			),
		expected: 'parse',
		rows: [
			{
				period: '2023',
				partner: 'KAZ',
				sectorLabel: 'Fuels, oils',
				value: 1.5,
				source: 'ISTAT',
				note: 'note here'
			}
		]
	},
	{
		kind: 'file',
		id: 'C22',
		description: 'single-column file',
		catalogue: 'OK; UndetectableDelimiter must not show as a failure',
		deviation:
			'rejected with the "columns match no supported format" message: no supported format has one column',
		build: () => utf8('partner\nKAZ\nUZB\n'),
		expected: 'reject',
		fatal: 'unknown-format'
	},
	{
		kind: 'file',
		id: 'C23',
		description: 'text with `;` in a `,` file',
		catalogue: 'OK, and the dialect is shown so it can be overridden',
		build: () => utf8(tpl([row({ label: '"x;y"' }), row({ label: 'a;b;c', partner: 'UZB' })])),
		expected: 'parse',
		rows: [{ sectorLabel: 'x;y' }, { sectorLabel: 'a;b;c' }],
		verify: (r) => (r.dialect.delimiter === ',' ? [] : [`delimiter ${r.dialect.delimiter}`])
	},
	{
		kind: 'file',
		id: 'C24',
		description: 'backslash escapes (`\\"`) instead of `""`',
		catalogue: 'ASK / dialect option',
		deviation:
			'imported with the backslashes kept and the row reported (quote-repaired): no backslash-escape dialect is offered',
		build: () => utf8(tpl([row({ label: '"Cafe \\"De Tuin\\" A"' })])),
		expected: 'partial',
		codes: ['quote-repaired'],
		rows: [{ sectorLabel: 'Cafe \\"De Tuin\\" A' }]
	},
	{
		kind: 'file',
		id: 'C25',
		description: "single-quote quoting (`'Fuels, oils'`)",
		catalogue: 'ASK / dialect option',
		deviation:
			'detected (issue 15): single-quote quoting is weighed where a field is enclosed in single quotes and the file quotes nothing with double quotes',
		build: () =>
			utf8(tpl([row({ label: "'Fuels, oils'" }), row({ label: "'Cotton'", partner: 'UZB' })])),
		expected: 'parse',
		rows: [
			{ sectorLabel: 'Fuels, oils', partner: 'KAZ' },
			{ sectorLabel: 'Cotton', partner: 'UZB' }
		]
	},
	{
		kind: 'file',
		id: 'C26',
		description: 'concatenated exports: the header repeated at line 5,001',
		catalogue: 'PARTIAL: repeated header rows dropped, "line 5001 repeats the header"',
		build: () => utf8(tpl([...manyRows(4_999), HEADER, ...manyRows(3_000, 4_999)])),
		expected: 'partial',
		codes: ['repeated-header'],
		counts: { read: 7_999, accepted: 7_999, rejected: 0 },
		verify: (r) => {
			const i = r.report.issues.find((x) => x.code === 'repeated-header');
			return [...(i?.line === 5001 ? [] : [`line ${i?.line}`]), ...verifyMany(7_999)(r)];
		}
	}
];
