/**
 * The generic table stage on one small synthetic fixture per pollution class of Pollock
 * (Vitagliano et al., PVLDB 16, 2023): recovery instead of refusal, dialects, header rows.
 * The fixtures are our own strings shaped like Pollock's files (not copied from its corpus).
 */
import { describe, expect, it } from 'vitest';
import { readTable } from './table';

const HEADER = 'DATE,TIME,Qty,PRODUCTID,Price,ProductType,Description,Comments';
const ROWS = [
	'28/01/2018,00:00,2,MG-8769,$74.69,Hiking Boots,"Rugged, light boots",',
	'29/01/2018,00:15,0,RI-3895,$29.81,Running Jacket,"Weather, light",',
	'30/01/2018,00:30,1,RI-8070,$80.08,Trail Shoes,"Grip, breathability",',
	'31/01/2018,00:45,1,RI-9546,$25.55,Fly Rods,"One-handed, two-handed",',
	'13/02/2018,01:00,9,CC-9259,$48.00,"Throw Pillow, Paddles","Paddling, fun",',
	'14/02/2018,01:15,1,CC-1697,$34.22,Suspenders,"Tough, heavy",'
];
const file = (rows: string[], header = HEADER) => `${header}\n${rows.join('\n')}\n`;
const cells = (t: ReturnType<typeof readTable>) => t.rows.map((r) => r.fields);

describe('recovery instead of refusal', () => {
	it('a stray opening quote in the first field costs nothing: the quote is text, every row loads', () => {
		const rows = [...ROWS];
		rows[2] = `"${rows[2]}`;
		const t = readTable(file(rows));
		expect(t.rows).toHaveLength(6);
		expect(t.rows[2]?.fields[0]).toBe('"30/01/2018');
		expect(t.issues).toEqual([
			{ line: 4, column: 1, code: 'quote-repaired', params: { reason: 'field-count' } }
		]);
	});

	it('a quote opened in the last field and never closed ends with its line (Pollock row_extra_quote, col8)', () => {
		const rows = [...ROWS];
		rows[1] = `${rows[1]}"`;
		const t = readTable(file(rows));
		expect(t.rows).toHaveLength(6);
		expect(t.rows[1]?.fields.at(-1)).toBe('"');
		expect(t.rows[2]?.line).toBe(4);
		expect(t.issues[0]).toMatchObject({ line: 3, column: 8, code: 'quote-repaired' });
	});

	it('a row with one field more or less is an issue with its line; the rest loads', () => {
		const rows = [...ROWS];
		rows[3] = rows[3]!.replace('RI-9546,', 'RI-9546');
		rows[4] = rows[4]!.replace('$48.00,', '$48.00,,');
		const t = readTable(file(rows));
		expect(t.rows).toHaveLength(4);
		expect(t.issues).toEqual([
			{ line: 5, column: null, code: 'field-count', params: { expected: 8, found: 7 } },
			{ line: 6, column: null, code: 'field-count', params: { expected: 8, found: 9 } }
		]);
	});

	it('a header line with one field more or less stays the header (never the first data row)', () => {
		for (const header of [HEADER.replace('Qty,', 'Qty'), HEADER.replace('Qty,', 'Qty,,')]) {
			const t = readTable(file(ROWS, header));
			expect(t.headerLine).toBe(1);
			expect(t.header).toEqual(header.split(','));
			expect(t.rows).toHaveLength(6);
			expect(t.fields).toBe(8);
		}
	});

	it('a file with no header: the first row reads like data and keeps its empty last cell', () => {
		const t = readTable(file(ROWS.slice(1), ROWS[0]));
		expect(t.headerLooksLikeData).toBe(true);
		expect(t.header.at(-1)).toBe('');
		expect(t.header[0]).toBe('28/01/2018');
	});

	it('a header and no rows is a header, not an empty file; an empty text is an empty table', () => {
		const t = readTable(`${HEADER}\n`);
		expect(t.header).toEqual(HEADER.split(','));
		expect(t.rows).toEqual([]);
		expect(readTable('').header).toEqual([]);
	});
});

describe('dialects', () => {
	it('reads single-quote quoting where fields are enclosed in single quotes (not Men’s)', () => {
		const text = file(
			ROWS.map((r) => r.replaceAll('"', "'")),
			HEADER
		).replace('Hiking Boots', "Men's Boots");
		const t = readTable(text);
		expect(t.quote).toBe("'");
		expect(t.rows).toHaveLength(6);
		expect(t.rows[0]?.fields[5]).toBe("Men's Boots");
		expect(t.rows[0]?.fields[6]).toBe('Rugged, light boots');
	});

	it('detects a space delimiter', () => {
		const text = file(
			[
				'2018-01-28 00:00 2 MG-8769 74.69',
				'2018-01-29 00:15 0 RI-3895 29.81',
				'2018-01-30 00:30 1 RI-8070 80.08'
			],
			'DATE TIME Qty PRODUCTID Price'
		);
		const t = readTable(text);
		expect(t.delimiter).toBe(' ');
		expect(cells(t)[1]).toEqual(['2018-01-29', '00:15', '0', 'RI-3895', '29.81']);
	});

	it('reads `, ` as the delimiter: the space after each comma is not part of the value', () => {
		const text = file(
			ROWS.map((r) => r.replaceAll(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/g, ', ')),
			HEADER.replaceAll(',', ', ')
		);
		const t = readTable(text);
		expect(t.spaceAfterDelimiter).toBe(true);
		expect(t.header[1]).toBe('TIME');
		expect(t.rows[0]?.fields.slice(0, 3)).toEqual(['28/01/2018', '00:00', '2']);
	});

	it('prefers `;` with decimal commas over `,`', () => {
		const text = 'a;b;c\n1,5;2,25;x\n3,5;4,75;y\n5,5;6,5;z\n';
		expect(readTable(text).delimiter).toBe(';');
	});
});

describe('header rows', () => {
	it('skips a preamble line (`PREAMBLE,,,`) and blank lines above the header', () => {
		const t = readTable(`PREAMBLE,,,,,,,\n,,,,,,,\n${file(ROWS)}`);
		expect(t.headerLine).toBe(3);
		expect(t.header[0]).toBe('DATE');
		expect(t.rows).toHaveLength(6);
	});

	it('merges a header repeated over two or three rows above typed columns', () => {
		const t = readTable(file(ROWS, `${HEADER}\n${HEADER}`));
		expect(t.headerRows).toBe(2);
		expect(t.header[0]).toBe('DATE DATE');
		expect(t.rows).toHaveLength(6);
	});

	it('a second table with other columns below the first: its rows are issues, the first loads whole', () => {
		const second = ['DATE,TIME,Qty', '01/03/2018,02:00,5', '02/03/2018,02:15,6'];
		const t = readTable(`${file(ROWS)}\n${second.join('\n')}\n`);
		expect(t.rows).toHaveLength(6);
		expect(t.issues.filter((i) => i.code === 'field-count').map((i) => i.line)).toEqual([
			9, 10, 11
		]);
	});
});
