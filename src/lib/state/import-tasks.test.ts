/**
 * Workbooks with several trade tables through the dataset store (issue 14): one dataset and one
 * report per table, each stored, deduplicated and replaced like any upload. The workbooks are
 * built here with SheetJS from the rows of tests/fixtures/import/comtrade-plus.csv (illustrative
 * figures, never data), and read by the real worker code (FakeWorker).
 */
import { readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { MemoryDb } from '../testing/memory-db';
import { testStoreDeps } from '../testing/store-deps';
import { DatasetStore, taskName, type ImportTask } from './datasets.svelte';

const csv = readFileSync(
	new URL('../../../tests/fixtures/import/comtrade-plus.csv', import.meta.url),
	'utf8'
);
const [HEADER, ...ROWS] = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data as string[][];
const typed = (rows: string[][]) =>
	rows.map((r) => r.map((f) => (/^-?\d+(\.\d+)?$/.test(f) ? Number(f) : f)));
/** Comtrade rows whose partner is `iso` (column partnerISO), under the Comtrade header. */
const comtrade = (iso: string) =>
	typed([HEADER as string[], ...ROWS.filter((r) => r[12] === iso && r[7] === 'ITA')]);

const COVER = [['UN Comtrade Plus: synthetic test workbook'], ['Figures are illustrative']];

function workbook(sheets: [string, (string | number)[][]][]): File {
	const wb = XLSX.utils.book_new();
	for (const [name, rows] of sheets) {
		XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), name);
	}
	const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }));
	return new File([bytes], 'trade.xlsx');
}

const TWO_TABLES = workbook([
	['Cover', COVER],
	['Kazakhstan', comtrade('KAZ')],
	['Kyrgyzstan', comtrade('KGZ')]
]);

async function storeWith(db = new MemoryDb()) {
	const store = new DatasetStore(testStoreDeps(db));
	await store.restore();
	return store;
}

const rowsOf = (store: DatasetStore, name: string) =>
	store.datasets
		.find((d) => d.name === name)
		?.table.objects()
		.map((r) => [r.partner, r.flow, r.sector, r.value]);

const outcome = (tasks: readonly ImportTask[]) => tasks.map((t) => [taskName(t), t.status]);

describe('a workbook with a cover and two Comtrade sheets', () => {
	it('becomes two datasets, one per sheet, each with its rows and its own report', async () => {
		const db = new MemoryDb();
		const store = await storeWith(db);
		const tasks = await store.importFiles([TWO_TABLES]);
		expect(outcome(tasks)).toEqual([
			['trade.xlsx › Kazakhstan', 'added'],
			['trade.xlsx › Kyrgyzstan', 'added']
		]);
		expect(store.tasks.map((t) => t.key)).toEqual(tasks.map((t) => t.key));
		expect(rowsOf(store, 'trade.xlsx › Kazakhstan')).toEqual([
			['KAZ', 'export', 'TOTAL', 1165000000],
			['KAZ', 'import', 'TOTAL', 4310000000],
			['KAZ', 'import', '27', 3980000000]
		]);
		expect(rowsOf(store, 'trade.xlsx › Kyrgyzstan')).toEqual([['KGZ', 'export', '84', 9120000]]);
		// Each report is its sheet's, and says the cover was skipped.
		const reports = tasks.map((t) => t.result);
		expect(reports.map((r) => r?.format?.label)).toEqual([
			'UN Comtrade Plus · Kazakhstan',
			'UN Comtrade Plus · Kyrgyzstan'
		]);
		const notice = reports[0]?.report.issues.find((i) => i.code === 'workbook-sheets');
		expect(JSON.parse(String(notice?.params.others))).toEqual([['Cover', 'notes']]);
		expect(db.records.size).toBe(2);
	});

	it('loaded again, both sheets are recognised as duplicates and nothing is stored twice', async () => {
		const db = new MemoryDb();
		const store = await storeWith(db);
		const first = await store.importFiles([TWO_TABLES]);
		const again = await store.importFiles([TWO_TABLES]);
		expect(again.map((t) => t.status)).toEqual(['duplicate', 'duplicate']);
		expect(again.map((t) => t.datasetId)).toEqual(first.map((t) => t.datasetId));
		expect(db.records.size).toBe(2);
	});

	it('a sheet re-imported with an override replaces its own dataset, not the other', async () => {
		const store = await storeWith();
		const [, kgz] = await store.importFiles([TWO_TABLES]);
		const again = await store.reimport(kgz?.key as number, { override: { decimal: '.' } });
		expect(outcome([again])).toEqual([['trade.xlsx › Kyrgyzstan', 'replaced']]);
		expect(again.datasetId).toBe(kgz?.datasetId);
		expect(store.datasets.map((d) => [d.name, d.version])).toEqual([
			['trade.xlsx › Kyrgyzstan', 2],
			['trade.xlsx › Kazakhstan', 1],
			['bundled', 0]
		]);
	});

	it('a replacement reads the sheet of the replaced dataset and adds no other dataset', async () => {
		const store = await storeWith();
		const [, kgz] = await store.importFiles([TWO_TABLES]);
		// Kazakhstan first: without the replaced dataset's sheet name, it would be read.
		const newer = workbook([
			['Kazakhstan', comtrade('KAZ')],
			['Kyrgyzstan', comtrade('KGZ')]
		]);
		const replaced = await store.replace(kgz?.datasetId as string, newer);
		expect(replaced.status).toBe('replaced');
		expect(taskName(replaced)).toBe('trade.xlsx › Kyrgyzstan');
		expect(rowsOf(store, 'trade.xlsx › Kyrgyzstan')).toEqual([['KGZ', 'export', '84', 9120000]]);
		expect(store.datasets).toHaveLength(3);
	});
});

describe('a workbook with a broken data sheet beside a good one', () => {
	// A Comtrade sheet whose every value cell is unreadable: recognised, nothing accepted.
	const broken = comtrade('KAZ').map((r, i) =>
		i === 0 ? r : r.map((f, c) => (c >= 41 ? 'twelve' : f))
	);

	it('adds the good sheet and rejects the broken one by name, keeping what was loaded', async () => {
		const store = await storeWith();
		await store.importFiles([workbook([['Kyrgyzstan', comtrade('KGZ')]])]);
		const before = store.datasets.map((d) => d.name);
		expect(before).toEqual(['trade.xlsx › Kyrgyzstan', 'bundled']);

		const file = workbook([
			['Broken', broken],
			['Kazakhstan', comtrade('KAZ')]
		]);
		const tasks = await store.importFiles([file]);
		expect(outcome(tasks)).toEqual([
			['trade.xlsx › Broken', 'rejected'],
			['trade.xlsx › Kazakhstan', 'added']
		]);
		expect(tasks[0]?.result?.report.accepted).toBe(0);
		expect(tasks[0]?.result?.report.rejectedByCode).toMatchObject({ 'invalid-number': 3 });
		expect(store.datasets.map((d) => d.name)).toEqual(['trade.xlsx › Kazakhstan', ...before]);
		expect(rowsOf(store, 'trade.xlsx › Kazakhstan')).toHaveLength(3);
	});

	it('a sheet the worker fails on is a failed task of its own; the others still load', async () => {
		const db = new MemoryDb();
		const deps = testStoreDeps(db);
		const store = new DatasetStore({
			...deps,
			runImport: (f, opts) =>
				opts.workbook?.sheet === 'Kazakhstan'
					? { promise: Promise.reject(new Error('worker crashed')), cancel() {} }
					: (deps.runImport as NonNullable<typeof deps.runImport>)(f, opts)
		});
		await store.restore();
		const tasks = await store.importFiles([
			workbook([
				['Kyrgyzstan', comtrade('KGZ')],
				['Kazakhstan', comtrade('KAZ')],
				['Cover', COVER],
				['Again', comtrade('KAZ')]
			])
		]);
		expect(outcome(tasks)).toEqual([
			['trade.xlsx › Kyrgyzstan', 'added'],
			['trade.xlsx › Kazakhstan', 'failed'],
			['trade.xlsx › Again', 'added']
		]);
		expect(tasks[1]?.error).toEqual({ kind: 'worker', message: 'worker crashed' });
		expect(db.records.size).toBe(2);
	});
});
