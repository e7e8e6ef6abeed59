import { describe, expect, it } from 'vitest';
import { compactCalendar, packRows } from '../data/import/columns';
import type { InvestmentRow, TradeEvent } from '../data/schema';
import { observation } from '../testing/observation';
import {
	dataOfRecord,
	openDatasetsDb,
	orderOf,
	packedSize,
	StorageLostError,
	StorageUnavailableError,
	toStorageError,
	versionRecord
} from './datasets-db';

const rows = packRows([]);
const investment: InvestmentRow[] = [
	{
		period: '2023',
		investor: 'ITA',
		host: 'KAZ',
		measure: 'stock',
		sector: 'TOTAL',
		value: 1,
		currency: 'USD',
		source: 's',
		note: ''
	}
];
const events: TradeEvent[] = [
	{
		date: '2024-04-19',
		precision: 'day',
		countries: ['ITA', 'KAZ'],
		type: 'visit',
		title_en: 'A visit with a long title that takes room on the disk',
		title_it: 'Una visita',
		source: 'Illustrative'
	}
];

describe('stored versions', () => {
	it('a version saved before events could be uploaded loads with no events', async () => {
		const old = { key: 'up-1@1', id: 'up-1', version: 1, rows, investment };
		expect(await dataOfRecord(old)).toEqual({ rows, investment, events: [] });
	});

	it('a version with events loads them as saved', async () => {
		const saved = { key: 'up-2@1', id: 'up-2', version: 1, rows, investment: [], events };
		expect((await dataOfRecord(saved)).events).toEqual(events);
	});

	it('counts the events in the size a save needs (the quota message)', () => {
		const without = packedSize({ rows, investment: [], events: [] });
		expect(packedSize({ rows, investment: [], events })).toBeGreaterThan(without + 100);
	});
});

describe('the format of a stored version', () => {
	const saved = packRows([
		observation({ value: 5 }),
		observation({ period: '2024-02', freq: 'M', year: 2024, month: 2, value: Number.NaN })
	]);
	const data = { rows: saved, investment, events };

	it('a new version is Arrow IPC bytes, and reads back as the same data', async () => {
		const record = await versionRecord('up-3', 2, data);
		expect(record.key).toBe('up-3@2');
		// A Blob, which IndexedDB stores by reference (no copy on the main thread).
		expect(record.arrow).toBeInstanceOf(Blob);
		expect(record.rows).toBeUndefined();
		// As IndexedDB hands it back: a structured clone.
		expect(await dataOfRecord(structuredClone(record))).toEqual(data);
		// Bytes read the same (a record written as a Uint8Array).
		const bytes = new Uint8Array(await (record.arrow as Blob).arrayBuffer());
		expect(await dataOfRecord({ ...record, arrow: bytes })).toEqual(data);
	});

	it('a version saved by an earlier release (typed columns, calendar per period) still loads', async () => {
		const old = { key: 'up-4@1', id: 'up-4', version: 1, rows: compactCalendar(saved), investment };
		expect(old.rows.year).toBeUndefined();
		expect(await dataOfRecord(structuredClone(old))).toEqual({
			rows: saved,
			investment,
			events: []
		});
	});

	it('a record without rows is reported as damaged, not read as an empty dataset', async () => {
		await expect(dataOfRecord({ investment })).rejects.toThrow(/no rows/);
	});
});

describe('the order of a stored dataset', () => {
	it('reads a record’s place, and sorts a record without a usable one as the oldest upload', () => {
		expect(orderOf({ order: 3 })).toBe(3);
		expect(orderOf({ order: -1 })).toBe(-1);
		expect(orderOf({})).toBe(0);
		expect(orderOf({ order: Number.NaN })).toBe(0);
		expect(orderOf({ order: '2' })).toBe(0);
	});
});

describe('a database that went away', () => {
	it('a write on a connection closed under it is a loss, not a failed save', () => {
		const closing = new DOMException(
			"Failed to execute 'transaction' on 'IDBDatabase': The database connection is closing.",
			'InvalidStateError'
		);
		const error = toStorageError(closing);
		expect(error).toBeInstanceOf(StorageLostError);
		expect(error.kind).toBe('lost');
		// Other invalid states stay ordinary failures.
		expect(toStorageError(new DOMException('other', 'InvalidStateError')).kind).toBe('failed');
	});

	it('without IndexedDB the database cannot be opened (the store keeps uploads in memory)', async () => {
		await expect(openDatasetsDb(undefined)).rejects.toBeInstanceOf(StorageUnavailableError);
	});
});
