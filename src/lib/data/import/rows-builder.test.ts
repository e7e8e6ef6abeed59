import { describe, expect, it } from 'vitest';
import type { Observation } from '../schema';
import { packedOf, packRows, RowsBuilder, transferables, unpackRows } from './columns';

const obs = (i: number): Observation => ({
	period: `20${10 + (i % 15)}`,
	freq: 'A',
	year: 2010 + (i % 15),
	month: null,
	partner: i % 3 ? 'KAZ' : 'UZB',
	flow: i % 2 ? 'export' : 'import',
	reporter: 'ITA',
	sector: String(i).padStart(6, '0'),
	sectorLabel: i % 5 ? null : `label ${i % 1000}`,
	value: i / 7,
	currency: 'EUR',
	source: 's',
	note: '',
	flag: '',
	dataset: 'd'
});

describe('RowsBuilder', () => {
	it('widens code arrays as dictionaries grow, and keeps every value', () => {
		const rows = Array.from({ length: 40_000 }, (_, i) => obs(i));
		const b = new RowsBuilder(16);
		for (const r of rows) b.push(r);
		const p = b.finish();
		expect(p.length).toBe(rows.length);
		expect(p.partner.codes).toBeInstanceOf(Int8Array);
		expect(p.sectorLabel.codes).toBeInstanceOf(Int16Array);
		expect(p.sector.codes).toBeInstanceOf(Int32Array);
		expect(p.value.length).toBe(rows.length);
		expect(b.distinct('partner')).toEqual(['UZB', 'KAZ']);
		expect([...unpackRows(p)]).toEqual(rows);
		expect(new Set(transferables(p)).size).toBe(15);
	});

	it('gives lazy rows whose columns are found again without reading a row', () => {
		const p = packRows([obs(1), obs(2)]);
		const rows = unpackRows(p);
		expect(rows.length).toBe(2);
		expect(packedOf(rows)).toBe(p);
		expect(packRows(rows)).toBe(p);
		expect(Array.isArray(rows)).toBe(true);
		expect(rows.map((r) => r.sector)).toEqual(['000001', '000002']);
		expect(JSON.parse(JSON.stringify(rows))).toEqual([obs(1), obs(2)]);
		expect(packedOf([obs(1)])).toBeUndefined();
	});
});
