/** The bad-input catalogue, group A: Size, resources and non-CSV files (test data, imported only by tests). */
import type { ImportResult } from '../../data/import/types';
import { fileCase as file, type CatalogueCase } from './cases';
import { utf8, HEADER, row, tpl, concat, manyRows, verifyMany, templateFile } from './build';
import { issueIs, rejectedAt } from './checks';

/** A file that is no text (`binary-file`); `kind`, when given, is what the message names it. */
function binary(
	id: string,
	description: string,
	catalogue: string,
	bytes: number[],
	kind?: string
) {
	return file(id, description, catalogue, {
		build: () => new Uint8Array(bytes),
		expected: 'reject',
		fatal: 'binary-file',
		...(kind ? { verify: fatalKind(kind) } : {})
	});
}

/** The fatal issue names the file's kind (`xlsx`, `zip`). */
const fatalKind =
	(kind: string) =>
	(r: ImportResult): string[] =>
		r.fatal?.params.kind === kind ? [] : [`kind ${r.fatal?.params.kind}`];

const ZIP = [0x50, 0x4b, 0x03, 0x04, 20, 0];

export const A: CatalogueCase[] = [
	file('A1', '0-byte file', 'REJECT "file is empty"', {
		build: () => new Uint8Array(0),
		expected: 'reject',
		fatal: 'empty-file'
	}),
	file('A2', 'header line only', 'REJECT "header found (line 1) but no data rows"', {
		build: () => utf8(`${HEADER}\n`),
		expected: 'reject',
		fatal: 'no-data'
	}),
	file('A3', 'only blank or whitespace lines', 'REJECT "no content"', {
		build: () => utf8('\n \n\t\n\r\n   \r\n\n'),
		expected: 'reject',
		fatal: 'no-text'
	}),
	{
		kind: 'size',
		id: 'A4',
		description: 'File.size of 1 GiB (never read)',
		catalogue: 'REJECT before reading, within 100 ms: "1.0 GB; limit is 500 MB"',
		size: 1024 * 1024 * 1024,
		expected: 'reject',
		fatal: 'file-too-large',
		budgetMs: 100
	},
	file(
		'A5',
		'large valid CSV: 1,000,000 template rows, 62 MB (the 200 MB run goes through the worker in tests/reliability.spec.ts)',
		'OK: streamed in a worker with progress and cancel',
		{
			build: () => utf8(tpl(manyRows(1_000_000))),
			expected: 'parse',
			counts: { read: 1_000_000, accepted: 1_000_000, rejected: 0 },
			verify: verifyMany(1_000_000),
			timeoutMs: 120_000
		}
	),
	file(
		'A6',
		'one physical line over 2 MiB (a note of 2.5 million characters)',
		'REJECT or PARTIAL: "line 17 is longer than 2 MB; probably an unclosed quote"',
		{
			build: () =>
				utf8(tpl([row({ note: 'x'.repeat(2_500_000) }), row({ partner: 'UZB', value: '7' })])),
			expected: 'partial',
			counts: { read: 2, accepted: 1, rejected: 1 },
			rows: [{ partner: 'UZB', value: 7 }],
			rejections: rejectedAt([2], 'cell-too-long', 10),
			budgetMs: 1000
		}
	),
	file(
		'A7',
		'header with 1,000,000 columns',
		'REJECT within 1 s: "1,000,000 columns; limit 2,000"',
		{
			build: () =>
				utf8(
					`${HEADER},${Array.from({ length: 999_989 }, (_, i) => `c${i}`).join(',')}\n${row()}\n`
				),
			expected: 'reject',
			fatal: 'too-many-columns',
			verify: (r) =>
				r.fatal?.params.columns === 1_000_000 ? [] : [`columns ${r.fatal?.params.columns}`],
			budgetMs: 1000
		}
	),
	file(
		'A7b',
		'one 20 MB line without a delimiter or a line break (a header that is not one)',
		'REJECT with a bounded message: the report shows no 20 MB header (issue 11)',
		{
			build: () => utf8('x'.repeat(20_000_000)),
			expected: 'reject',
			fatal: 'unknown-format',
			budgetMs: 3000,
			timeoutMs: 30_000
		}
	),
	file(
		'A8',
		'more rows than the row cap (scaled: the real cap is 5,000,000; same code path through the module constant, exercised with 5,000,001 minimal rows)',
		'REJECT over the row cap',
		{
			build: () => {
				const parts = [`${HEADER}\n`];
				const line = '2023,KAZ,X,ITA,T,,1,EUR,s,,\n';
				const chunk = line.repeat(100_000);
				for (let i = 0; i < 50; i++) parts.push(chunk);
				parts.push(line);
				return utf8(parts.join(''));
			},
			expected: 'reject',
			fatal: 'too-many-rows',
			timeoutMs: 120_000
		}
	),
	file(
		'A9',
		'quote opened on line 2 and never closed (9,998 lines follow)',
		'REJECT: "line 2, column 3: quoted field never closed; it would swallow 9,998 lines"',
		{
			deviation:
				'recovered instead of refused (issue 15): the quote is kept as text within line 2 (notice with line, column and reason) and all 9,998 rows load',
			build: () => utf8(tpl([row({ label: '"open' }), ...manyRows(9_997)])),
			expected: 'partial',
			counts: { read: 9_998, accepted: 9_998, rejected: 0 },
			codes: ['quote-repaired'],
			verify: issueIs('quote-repaired', 2, { column: 6, params: { reason: 'unclosed' } })
		}
	),
	file(
		'A9b',
		'quote opened on line 2 and closed by a stray quote 4 lines later',
		'REJECT or PARTIAL (A6: "probably an unclosed quote")',
		{
			build: templateFile([
				{ label: '"open' },
				...manyRows(3),
				{ label: '"Fuels"', partner: 'UZB' },
				{ partner: 'TJK' }
			]),
			deviation:
				'recovered instead of refused (issue 15): the quote opened on line 2 ends with its line (kept as text, notice with line, column and reason) and every row loads',
			expected: 'partial',
			counts: { read: 6, accepted: 6, rejected: 0 },
			codes: ['quote-repaired'],
			verify: issueIs('quote-repaired', 2, { column: 6 })
		}
	),
	file(
		'A9c',
		'quote opened on line 2 and closed cleanly on line 5: the field count happens to match, the field holds 3 whole rows',
		'REJECT or PARTIAL (A6: "probably an unclosed quote")',
		{
			build: templateFile([
				`2023,KAZ,export,ITA,TOTAL,"open`,
				...manyRows(3),
				`end",1,EUR,ISTAT,,`,
				{ partner: 'TJK' }
			]),
			deviation:
				'recovered instead of refused (issue 15): lines 2 and 6 (the two halves of the broken field) are rejected with their line, the 3 rows between and the row after load',
			expected: 'partial',
			counts: { read: 6, accepted: 4, rejected: 2 },
			rejections: rejectedAt([2, 6], 'field-count')
		}
	),
	file('A10', '1 MB of `"` characters', 'REJECT quickly; no hang', {
		build: () => utf8('"'.repeat(1_000_000)),
		expected: 'reject',
		fatal: 'unknown-format',
		budgetMs: 1000
	}),
	file(
		'A11',
		'XLSX (ZIP with xl/) renamed .csv',
		'REJECT "This is an Excel workbook or ZIP; save it as CSV"',
		{
			fileName: 'trade.csv',
			build: () => concat(new Uint8Array([...ZIP, 0, 0]), utf8('xl/workbook.xml')),
			expected: 'reject',
			fatal: 'binary-file',
			verify: fatalKind('xlsx')
		}
	),
	binary(
		'A11b',
		'plain ZIP renamed .csv',
		'REJECT "This is an Excel workbook or ZIP; save it as CSV"',
		[...ZIP, ...utf8('data.csv')],
		'zip'
	),
	binary(
		'A12',
		'gzip (1F 8B)',
		'REJECT, or decompress under a cap',
		[0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0, 0x03, 0x4b, 0x4c]
	),
	binary('A13', 'PDF', 'REJECT "not a text file"', [
		...utf8('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n')
	]),
	binary(
		'A13b',
		'PNG',
		'REJECT "not a text file"',
		[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]
	),
	file('A13c', 'a CSV with more than 1% NUL bytes spread through it', 'REJECT "not a text file"', {
		build: () => {
			const text = utf8(tpl(manyRows(200)));
			for (let i = 3000; i < text.length; i += 50) text[i] = 0;
			return text;
		},
		expected: 'reject',
		fatal: 'binary-file'
	}),
	{
		kind: 'storage',
		id: 'A14',
		description: 'the same file uploaded twice',
		catalogue: 'OK: deduplicate by SHA-256, notice "already imported on …"',
		scenario: 'duplicate',
		expected: 'parse'
	}
];
