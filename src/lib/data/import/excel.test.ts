/**
 * Workbooks in: each workbook is built here with SheetJS itself (no binary fixtures) from the
 * same cells as a CSV, and must import exactly as that CSV does: rows, values, issues (lines are
 * sheet rows, columns the spreadsheet's). The figures are the illustrative ones of
 * tests/fixtures/import (synthetic, never data).
 */
import { readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { importFile } from './pipeline';
import { importWorkbook, type WorkbookKind } from './excel';
import type { ImportResult } from './types';

const FIXTURES = new URL('../../../../tests/fixtures/import/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');

type Cell = string | number | null | XLSX.CellObject;
type Sheet = { name: string; rows: Cell[][]; merges?: XLSX.Range[]; hidden?: boolean };

/** A sheet from rows; a CellObject cell keeps its type and number format. */
function sheet(rows: Cell[][], merges: XLSX.Range[] = []): XLSX.WorkSheet {
	const ws = XLSX.utils.aoa_to_sheet(rows.map((r) => r.map((c) => (isCell(c) ? null : c))));
	rows.forEach((r, ri) =>
		r.forEach((c, ci) => {
			if (isCell(c)) ws[XLSX.utils.encode_cell({ r: ri, c: ci })] = c;
		})
	);
	ws['!merges'] = merges;
	return ws;
}
const isCell = (c: Cell): c is XLSX.CellObject => typeof c === 'object' && c !== null;

const BOOK_TYPE: Record<WorkbookKind, XLSX.BookType> = { xlsx: 'xlsx', xls: 'biff8', ods: 'ods' };

function workbook(kind: WorkbookKind, sheets: Sheet[]): Uint8Array {
	const wb = XLSX.utils.book_new();
	for (const s of sheets) XLSX.utils.book_append_sheet(wb, sheet(s.rows, s.merges), s.name);
	if (sheets.some((s) => s.hidden)) {
		wb.Workbook = { Sheets: sheets.map((s) => ({ name: s.name, Hidden: s.hidden ? 1 : 0 })) };
	}
	return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: BOOK_TYPE[kind] }));
}

/** CSV text → rows, plain integers and decimals (`.`) as numbers, everything else as text. */
function typedRows(csv: string, delimiter = ','): Cell[][] {
	const { data } = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), {
		delimiter,
		skipEmptyLines: false
	});
	const rows = data.filter((r, i) => i < data.length - 1 || r.some((f) => f !== ''));
	return rows.map((r) =>
		r.map((f) => (/^-?\d+(\.\d+)?$/.test(f) && !/^0\d/.test(f) ? Number(f) : f))
	);
}

const csvImport = (text: string, name = 'data.csv') =>
	importFile(new TextEncoder().encode(text), name, { dataset: 'same' });
const bookImport = (bytes: Uint8Array, kind: WorkbookKind, name = `data.${kind}`) =>
	importWorkbook(XLSX, bytes, name, kind, { dataset: 'same' });

/** What must be equal between a CSV and its workbook. */
function essence(r: ImportResult) {
	return {
		ok: r.ok,
		fatal: r.fatal,
		formatId: r.format?.id ?? null,
		rows: [...r.rows],
		investment: r.investment,
		events: r.events,
		read: r.report.read,
		accepted: r.report.accepted,
		rejectedByCode: r.report.rejectedByCode,
		// The workbook's own notice on its sheets (once its code exists) is the one difference.
		issues: r.report.issues.filter((i) => (i.code as string) !== 'workbook-sheets'),
		periods: r.report.periods,
		headerLine: r.dialect.headerLine,
		decimal: r.dialect.decimal
	};
}

const COVER: Sheet = {
	name: 'Cover',
	rows: [
		['UN Comtrade Plus — synthetic test workbook'],
		[],
		['Downloaded', { t: 'n', v: 45352, z: 'yyyy-mm-dd' }],
		['Note', 'Figures are illustrative, never data']
	]
};

describe('an .xlsx with a cover sheet and a Comtrade-shaped data sheet', () => {
	const csv = fixture('comtrade-plus.csv');
	const bytes = workbook('xlsx', [COVER, { name: 'Data', rows: typedRows(csv) }]);
	const book = bookImport(bytes, 'xlsx', 'comtrade.xlsx');
	const plain = csvImport(csv);

	it('reads the data sheet without asking and imports it as the CSV', () => {
		expect(plain.ok).toBe(true);
		expect(book.workbook.sheet).toBe('Data');
		expect(essence(book)).toEqual(essence(plain));
		expect(book.rows.length).toBe(5);
		expect(book.rows).toContainEqual(
			expect.objectContaining({ partner: 'KAZ', flow: 'export', value: 1165000000 })
		);
	});

	it('names the sheet and says the cover was skipped as notes', () => {
		expect(book.workbook.datasetName).toBe('comtrade.xlsx › Data');
		expect(book.format).toEqual({ id: 'comtrade-plus', label: 'UN Comtrade Plus · Data' });
		expect(book.workbook.sheets).toEqual([
			{ name: 'Cover', role: 'notes', records: 0, status: 'skipped' },
			{ name: 'Data', role: 'data', records: 8, status: 'read' }
		]);
		expect(book.dialect).toMatchObject({ encoding: 'xlsx', delimiter: '', headerLine: 1 });
	});
});

describe('an .xls with Italian numbers, titles, a merged title and a footnote', () => {
	// ISTAT-style wide table: `;`, decimal comma, dots grouping thousands.
	const csv = fixture('istat-wide.csv');
	// 2021 and 2023 stored as numbers with a grouping format (an Italian Excel shows them as
	// `497.203.186`); 2022 as the text the office's export wrote.
	const italian = /^\d{1,3}(\.\d{3})*(,\d+)?$/;
	const numeric = typedRows(csv, ';').map((r, ri) =>
		r.map((c, ci): Cell =>
			ri >= 3 && ci !== 4 && typeof c === 'string' && italian.test(c)
				? { t: 'n', v: Number(c.replaceAll('.', '').replace(',', '.')), z: '#,##0' }
				: c
		)
	);
	const merges = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 5 } }];
	const bytes = workbook('xls', [{ name: 'Tavola 1', rows: numeric, merges }]);
	const book = bookImport(bytes, 'xls');
	const plain = csvImport(csv, 'istat.csv');

	it('imports the same figures, issues and lines as the CSV', () => {
		expect(plain.ok).toBe(true);
		expect(essence(book)).toEqual(essence(plain));
		expect(book.dialect.decimal).toBe(',');
		expect(book.rows).toContainEqual(
			expect.objectContaining({ partner: 'UZB', period: '2023', value: 201337040 })
		);
	});

	it('keeps the merged title one title line above the header', () => {
		const title = book.report.issues.find((i) => i.code === 'title-skipped');
		expect(title).toMatchObject({ line: 1, params: { lines: 2 } });
		expect(title?.params.first).toBe("Commercio estero dell'Italia con l'Asia centrale");
	});
});

describe('dates stored as numbers are read by their format', () => {
	const csv = [
		'period,partner,flow,reporter,sector,sector_label,value,currency,source,note,flag',
		'2024-03,KAZ,export,ITA,TOTAL,,1500.25,EUR,Synthetic,,',
		'2023,KAZ,export,ITA,TOTAL,,1200000,EUR,Synthetic,,',
		'2024-01-15,KAZ,export,ITA,TOTAL,,7,EUR,Synthetic,,'
	].join('\n');
	const header = csv.split('\n')[0]?.split(',') as string[];
	const row = (period: XLSX.CellObject, value: number): Cell[] => [
		period,
		'KAZ',
		'export',
		'ITA',
		'TOTAL',
		null,
		value,
		'EUR',
		'Synthetic',
		null,
		null
	];
	// 2024-03-01, 2023-06-30 and 2024-01-15 as date serials.
	const rows: Cell[][] = [
		header,
		row({ t: 'n', v: 45352, z: 'mmm yyyy' }, 1500.25),
		row({ t: 'n', v: 45107, z: 'yyyy' }, 1200000),
		row({ t: 'n', v: 45306, z: 'dd/mm/yyyy' }, 7)
	];

	for (const kind of ['xlsx', 'xls', 'ods'] as const) {
		it(`in an .${kind}: a month, a year, a day (not a period: reported on its row)`, () => {
			const book = bookImport(workbook(kind, [{ name: 'Sheet1', rows }]), kind);
			const plain = csvImport(csv);
			expect(essence(book)).toEqual(essence(plain));
			expect(book.report.periods).toEqual(['2023', '2024-03']);
			expect(book.report.issues).toContainEqual(
				expect.objectContaining({ code: 'invalid-period', line: 4 })
			);
		});
	}
});

describe('merged cells', () => {
	// A header `2022` merged over two columns (as a spreadsheet lays out a year over its value
	// and its flag) and a country merged down its two flows.
	const csv = [
		'Paese,Flusso,2022,2022,2023,2023',
		'Kazakhstan,Export,826735001,p,1067165356,',
		'Kazakhstan,Import,4010552907,,3455120880,'
	].join('\n');
	const rows: Cell[][] = [
		['Paese', 'Flusso', '2022', null, '2023', null],
		['Kazakhstan', 'Export', 826735001, 'p', 1067165356, null],
		[null, 'Import', 4010552907, null, 3455120880, null]
	];
	const merges = [
		{ s: { r: 0, c: 2 }, e: { r: 0, c: 3 } },
		{ s: { r: 0, c: 4 }, e: { r: 0, c: 5 } },
		{ s: { r: 1, c: 0 }, e: { r: 2, c: 0 } }
	];
	it('are unmerged: the value in every cell of the range, as the CSV holds it', () => {
		const book = bookImport(workbook('xlsx', [{ name: 'Wide', rows, merges }]), 'xlsx');
		const plain = csvImport(csv);
		expect(essence(book)).toEqual(essence(plain));
		expect(book.rows.filter((r) => r.partner === 'KAZ' && r.flow === 'import').length).toBe(2);
	});
});

describe('a workbook with two data sheets', () => {
	const csvA = fixture('template.csv');
	const csvB = fixture('comtrade-plus.csv');
	const sheets: Sheet[] = [
		COVER,
		{ name: 'Template', rows: typedRows(csvA) },
		{ name: 'Comtrade', rows: typedRows(csvB) }
	];
	const bytes = workbook('xlsx', sheets);

	it('reads the first and marks the other a dataset of its own, left out of the notice', () => {
		const book = bookImport(bytes, 'xlsx');
		expect(book.workbook.sheet).toBe('Template');
		expect(essence(book)).toEqual(essence(csvImport(csvA)));
		expect(book.workbook.sheets.map((s) => [s.name, s.role, s.status])).toEqual([
			['Cover', 'notes', 'skipped'],
			['Template', 'data', 'read'],
			['Comtrade', 'data', 'own']
		]);
		const notice = book.report.issues.find((i) => i.code === 'workbook-sheets');
		expect(JSON.parse(String(notice?.params.others))).toEqual([['Cover', 'notes']]);
	});

	it('a replacement reads one sheet: the one of the name it prefers, else the first table', () => {
		const prefer = (name: string) =>
			importWorkbook(XLSX, bytes, 'two.xlsx', 'xlsx', { prefer: name, single: true }).workbook;
		expect(prefer('Comtrade').sheet).toBe('Comtrade');
		const fallback = prefer('Gone');
		expect(fallback.sheet).toBe('Template');
		expect(fallback.sheets.map((s) => s.status)).toEqual(['skipped', 'read', 'skipped']);
	});

	it('reads the other data sheet when asked for it by name', () => {
		const book = importWorkbook(XLSX, bytes, 'two.xlsx', 'xlsx', {
			dataset: 'same',
			sheet: 'Template'
		});
		expect(book.workbook.datasetName).toBe('two.xlsx › Template');
		expect(essence(book)).toEqual(essence(csvImport(csvA)));
	});

	it('prefers a sheet whose columns a format recognises over a bigger unknown table', () => {
		const other: Sheet = {
			name: 'Pivot',
			rows: Array.from({ length: 20 }, (_, i) => ['row', i, i * 2, i * 3])
		};
		const book = bookImport(workbook('xlsx', [other, sheets[1] as Sheet]), 'xlsx');
		expect(book.workbook.sheet).toBe('Template');
		expect(book.ok).toBe(true);
		expect(book.workbook.sheets[0]).toMatchObject({ name: 'Pivot', status: 'tried' });
	});
});

describe('issues point at the cell', () => {
	it('a table starting at C3 reports sheet rows and spreadsheet columns; a line break in a cell does not shift them', () => {
		const rows: Cell[][] = [
			[],
			[],
			[
				null,
				null,
				'period',
				'partner',
				'flow',
				'reporter',
				'sector',
				'value',
				'currency',
				'source'
			],
			[null, null, 2023, 'KAZ', 'export', 'ITA', 'TOTAL', 5, 'EUR', 'Line one\nline two'],
			[null, null, 2023, 'Atlantis', 'export', 'ITA', 'TOTAL', 6, 'EUR', 'S'],
			[null, null, 2022, 'KAZ', 'export', 'ITA', 'TOTAL', { t: 'e', v: 42, w: '#N/A' }, 'EUR', 'S']
		];
		const book = bookImport(workbook('xlsx', [{ name: 'Sheet1', rows }]), 'xlsx');
		expect(book.ok).toBe(true);
		expect(book.dialect.headerLine).toBe(3);
		const country = book.report.issues.find((i) => i.code === 'unknown-country');
		expect(country).toMatchObject({ line: 5, column: 4, header: 'partner' });
		const number = book.report.issues.find((i) => i.code === 'invalid-number');
		expect(number).toMatchObject({
			line: 6,
			column: 8,
			header: 'value',
			params: { value: '#N/A' }
		});
		expect(book.columns[0]).toMatchObject({ index: 2, header: 'period' });
	});
});

describe('workbooks that cannot be read', () => {
	it('a corrupt zip: a clear fatal, nothing imported', () => {
		const good = workbook('xlsx', [{ name: 'S', rows: typedRows(fixture('template.csv')) }]);
		const bad = good.slice(0, Math.floor(good.length * 0.6));
		const book = bookImport(bad, 'xlsx');
		expect(book.ok).toBe(false);
		expect(book.rows.length).toBe(0);
		expect(book.fatal).toMatchObject({ code: 'binary-file', params: { kind: 'workbook-corrupt' } });
	});

	it('a password-protected (encrypted) workbook', () => {
		const cfb = XLSX.CFB.utils.cfb_new();
		const info = new Uint8Array([
			4,
			0,
			4,
			0,
			0x40,
			0,
			0,
			0,
			...new TextEncoder().encode('<?xml version="1.0"?><encryption/>')
		]);
		XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', info);
		XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', new Uint8Array(512).fill(7));
		const bytes = new Uint8Array(XLSX.CFB.write(cfb, { type: 'array' }) as ArrayLike<number>);
		const book = bookImport(bytes, 'xls', 'secret.xlsx');
		expect(book.fatal).toMatchObject({
			code: 'binary-file',
			params: { kind: 'workbook-encrypted' }
		});
	});

	it('a workbook of notes only', () => {
		const book = bookImport(workbook('ods', [COVER]), 'ods');
		expect(book.fatal).toMatchObject({ code: 'binary-file', params: { kind: 'workbook-no-data' } });
		expect(book.workbook.sheets).toEqual([
			{ name: 'Cover', role: 'notes', records: 0, status: 'skipped' }
		]);
	});

	it('a sheet asked for that is not there', () => {
		const bytes = workbook('xlsx', [COVER]);
		const book = importWorkbook(XLSX, bytes, 'a.xlsx', 'xlsx', { sheet: 'Nope' });
		expect(book.fatal?.params.kind).toBe('workbook-no-sheet');
	});
});
