/** The bad-input catalogue, group C: Structure and dialect (test data, imported only by tests). */
import { fileCase as file, type CatalogueCase } from './cases';
import { utf8, HEADER, row, tpl, manyRows, verifyMany, templateFile } from './build';
import { dialectIs, issueIs, rejectedAt } from './checks';

/** Rows for KAZ then UZB, everything else the defaults. */
const TWO = [{}, { partner: 'UZB' }];
const TWO_ROWS = [{ partner: 'KAZ' }, { partner: 'UZB' }];

export const C: CatalogueCase[] = [
	file('C1', '`;` delimiter with decimal comma (Italian Excel)', 'OK: detected', {
		build: templateFile([{ value: '1.234,56' }, { value: '0,5', partner: 'UZB' }], ';', '\r\n'),
		expected: 'parse',
		rows: [{ value: 1234.56 }, { value: 0.5, partner: 'UZB' }],
		verify: dialectIs({ delimiter: ';', decimal: ',' })
	}),
	file('C2', 'first line `sep=;`', 'OK: honour it and drop the line', {
		build: () => utf8(`sep=;\n${tpl([row({ value: '2,5' }, ';')], '\n', ';')}`),
		expected: 'parse',
		codes: ['separator-hint'],
		rows: [{ value: 2.5 }]
	}),
	file('C3', 'tab-delimited', 'OK', {
		build: templateFile([{ label: 'Fuels, oils' }], '\t'),
		expected: 'parse',
		rows: [{ sectorLabel: 'Fuels, oils' }]
	}),
	file('C4', 'pipe-delimited', 'OK', {
		build: templateFile([{ label: 'Fuels, oils', value: '12.5' }], '|'),
		expected: 'parse',
		rows: [{ sectorLabel: 'Fuels, oils', value: 12.5 }]
	}),
	file('C5', '`, ` (comma and space) delimiter', 'ASK (PapaParse cannot detect these)', {
		deviation:
			'read as `,`: the spaces after each delimiter are trimmed like any surrounding space, so no question is needed',
		build: templateFile([{ value: '12.5', note: 'x' }], ', '),
		expected: 'parse',
		rows: [{ value: 12.5, note: 'x' }]
	}),
	file('C5b', 'space-delimited', 'ASK', {
		deviation:
			'detected (issue 15): the space is weighed with the other delimiters and wins where it explains the rows best',
		build: templateFile([{ value: '12.5' }], ' '),
		expected: 'parse',
		rows: [{ value: 12.5 }]
	}),
	file('C5c', 'space-delimited, after the analyst chose "space"', 'ASK → the answer imports', {
		build: templateFile([{ value: '12.5' }], ' '),
		options: { override: { delimiter: ' ' } },
		expected: 'parse',
		rows: [{ value: 12.5 }]
	}),
	file(
		'C6',
		'two preamble title lines (ISTAT style) and a blank line',
		'OK + notice "skipped lines 1–2 (title)"',
		{
			build: () =>
				utf8(
					`Interscambio Italia – Asia centrale\n"Estrazione del 06/01/2025, valori in euro"\n\n${tpl([row({ value: '5' })])}`
				),
			expected: 'parse',
			codes: ['title-skipped'],
			rows: [{ value: 5 }],
			verify: dialectIs({ headerLine: 4, skippedTop: 2 })
		}
	),
	file(
		'C7',
		'footnote lines (`Fonte: ISTAT`, `Note: …`)',
		'PARTIAL: trailing 1-field rows excluded and listed by line',
		{
			build: () =>
				utf8(
					`${tpl([row(), row({ partner: 'UZB' })])}\nFonte: ISTAT, Coeweb\n"Note: 2023 provisional"\n`
				),
			expected: 'partial',
			codes: ['footer-skipped'],
			rows: TWO_ROWS,
			verify: issueIs('footer-skipped', 5, { params: { lines: 2 } })
		}
	),
	file(
		'C8',
		'two tables in one file (trade, then investment), separated by a blank line',
		'ASK or PARTIAL: import the first table and report the second',
		{
			build: () =>
				utf8(
					`${tpl([row(), row({ partner: 'UZB' })])}\nperiod,investor,host,measure,sector,value,currency,source,note\n2023,ITA,KAZ,stock,TOTAL,7400000000,USD,Embassy,\n`
				),
			expected: 'partial',
			counts: { read: 4, accepted: 2, rejected: 2 },
			rows: TWO_ROWS,
			rejections: rejectedAt([5, 6], 'field-count')
		}
	),
	file('C9', 'two-row header (names, then units)', 'ASK, proposing joined names', {
		deviation:
			'the first row is recognised as the template header; the second is reported as a rejected row with its line and reason (the template has a one-row header)',
		build: templateFile(['(YYYY),(ISO3),,,,,(full units),(EUR/USD),,,', {}]),
		expected: 'partial',
		rows: [{ partner: 'KAZ' }],
		rejections: rejectedAt([2], 'invalid-period', 1)
	}),
	file('C10', 'no header (the first row is data)', 'OK: names `Column 1…`, plus a notice', {
		deviation:
			'rejected: without its header a file cannot be mapped to the template or an official format; the message quotes the first row and points to the template',
		build: () => utf8(`${row()}\n${row({ partner: 'UZB' })}\n`),
		expected: 'reject',
		fatal: 'unknown-format'
	}),
	file('C11', 'a row with too few fields (line 3)', 'PARTIAL: "line 44: 3 of 5 fields"', {
		deviation:
			'the short row is rejected and reported rather than padded: padding would shift no value but would invent empty cells in required columns',
		build: templateFile([{}, '2023,UZB,export,ITA', { partner: 'TJK' }]),
		expected: 'partial',
		rows: [{ partner: 'KAZ' }, { partner: 'TJK' }],
		rejections: rejectedAt([3], 'field-count')
	}),
	file(
		'C12',
		'a row with too many fields (an unquoted comma, line 2)',
		'PARTIAL: extras dropped and reported',
		{
			deviation:
				'the whole row is rejected and reported: the extra field shifts every later column, so its value cannot be trusted',
			build: templateFile([{ label: 'Fuels, oils' }, { partner: 'UZB' }]),
			expected: 'partial',
			rows: [{ partner: 'UZB' }],
			rejections: rejectedAt([2], 'field-count')
		}
	),
	file(
		'C13',
		'quoted field with an embedded CRLF; a later error reports the right line',
		'OK; later report line numbers must count these lines',
		{
			build: templateFile(
				[{ note: '"two\r\nlines"' }, { partner: 'Atlantis' }, { partner: 'UZB' }],
				',',
				'\r\n'
			),
			expected: 'partial',
			rows: [{ note: 'two\r\nlines' }, { partner: 'UZB' }],
			rejections: rejectedAt([4], 'unknown-country', 2),
			verify: (r) => (r.report.lines?.data === 4 ? [] : [`data lines ${r.report.lines?.data}`])
		}
	),
	file('C14', '`""` escaped quotes', 'OK', {
		build: templateFile([{ note: '"say ""hi"""', label: '"a ""b"" c"' }]),
		expected: 'parse',
		rows: [{ note: 'say "hi"', sectorLabel: 'a "b" c' }]
	}),
	file(
		'C15',
		'unescaped quote inside a quoted field (`"Cafe "De Tuin" A"`)',
		'PARTIAL: lenient value, plus a report line',
		{
			build: templateFile([{ label: '"Cafe "De Tuin" A"' }]),
			expected: 'partial',
			codes: ['quote-repaired'],
			rows: [{ sectorLabel: 'Cafe "De Tuin" A' }]
		}
	),
	file('C16', 'mixed CRLF, LF and CR line ends', 'OK: no stray \\r or \\n in values', {
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
	}),
	file('C17', 'CR-only line ends (old Mac)', 'OK', {
		build: templateFile(TWO, ',', '\r'),
		expected: 'parse',
		rows: TWO_ROWS
	}),
	file('C18', 'no trailing newline', 'OK: no phantom row', {
		build: () => utf8(`${HEADER}\n${row()}\n${row({ partner: 'UZB' })}`),
		expected: 'parse',
		counts: { read: 2, accepted: 2, rejected: 0 },
		rows: TWO_ROWS
	}),
	file('C18b', 'double trailing newline and trailing blank lines', 'OK: no phantom row', {
		build: () => utf8(`${tpl([row(), row({ partner: 'UZB' })])}\n\n   \n,,,,\n`),
		expected: 'parse',
		counts: { read: 2, accepted: 2, rejected: 0 },
		rows: TWO_ROWS
	}),
	file('C19', 'blank and whitespace-only lines mid-file', 'OK: skipped and counted', {
		build: () => utf8(`${HEADER}\n${row()}\n\n  \t\n${row({ partner: 'UZB' })}\n`),
		expected: 'parse',
		rows: TWO_ROWS,
		verify: (r) => (r.report.lines?.blank === 2 ? [] : [`blank ${r.report.lines?.blank}`])
	}),
	file('C20', 'cells starting with `#`', 'OK as data unless the user enables comments', {
		build: templateFile([{ note: '# not a comment', label: '#1 sector' }]),
		expected: 'parse',
		rows: [{ note: '# not a comment', sectorLabel: '#1 sector' }]
	}),
	file('C21', 'spaces around delimiters and quotes (`"a" , b`)', 'OK: text kept; numbers trimmed', {
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
	}),
	file('C22', 'single-column file', 'OK; UndetectableDelimiter must not show as a failure', {
		deviation:
			'rejected with the "columns match no supported format" message: no supported format has one column',
		build: () => utf8('partner\nKAZ\nUZB\n'),
		expected: 'reject',
		fatal: 'unknown-format'
	}),
	file(
		'C23',
		'text with `;` in a `,` file',
		'OK, and the dialect is shown so it can be overridden',
		{
			build: templateFile([{ label: '"x;y"' }, { label: 'a;b;c', partner: 'UZB' }]),
			expected: 'parse',
			rows: [{ sectorLabel: 'x;y' }, { sectorLabel: 'a;b;c' }],
			verify: dialectIs({ delimiter: ',' })
		}
	),
	file('C24', 'backslash escapes (`\\"`) instead of `""`', 'ASK / dialect option', {
		deviation:
			'imported with the backslashes kept and the row reported (quote-repaired): no backslash-escape dialect is offered',
		build: templateFile([{ label: '"Cafe \\"De Tuin\\" A"' }]),
		expected: 'partial',
		codes: ['quote-repaired'],
		rows: [{ sectorLabel: 'Cafe \\"De Tuin\\" A' }]
	}),
	file('C25', "single-quote quoting (`'Fuels, oils'`)", 'ASK / dialect option', {
		deviation:
			'detected (issue 15): single-quote quoting is weighed where a field is enclosed in single quotes and the file quotes nothing with double quotes',
		build: templateFile([{ label: "'Fuels, oils'" }, { label: "'Cotton'", partner: 'UZB' }]),
		expected: 'parse',
		rows: [
			{ sectorLabel: 'Fuels, oils', partner: 'KAZ' },
			{ sectorLabel: 'Cotton', partner: 'UZB' }
		]
	}),
	file(
		'C26',
		'concatenated exports: the header repeated at line 5,001',
		'PARTIAL: repeated header rows dropped, "line 5001 repeats the header"',
		{
			build: () => utf8(tpl([...manyRows(4_999), HEADER, ...manyRows(3_000, 4_999)])),
			expected: 'partial',
			codes: ['repeated-header'],
			counts: { read: 7_999, accepted: 7_999, rejected: 0 },
			verify: (r) => [...issueIs('repeated-header', 5001)(r), ...verifyMany(7_999)(r)]
		}
	)
];
