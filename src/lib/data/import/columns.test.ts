import { describe, expect, it } from 'vitest';
import type { Observation } from '../schema';
import { observation } from '../../testing/observation';
import {
	compactCalendar,
	expandCalendar,
	packResult,
	packRows,
	transferables,
	unpackResult,
	unpackRows
} from './columns';
import { importFile } from './index';

// Synthetic rows: every kind of period, a hostile partner code, a negative and a large value.
const rows: Observation[] = [
	observation({ value: 1067165356, source: 'ISTAT', dataset: 'a.csv' }),
	observation({
		period: '2024-03',
		freq: 'M',
		year: 2024,
		month: 3,
		partner: '__proto__',
		flow: 'import',
		reporter: 'KAZ',
		sector: '0102',
		sectorLabel: 'Live bovine animals',
		value: -0.5,
		currency: 'USD',
		source: 'UN Comtrade',
		note: 'n',
		flag: 'p',
		dataset: 'a.csv'
	}),
	observation({
		period: '2023-Q4',
		freq: 'Q',
		month: 12,
		value: 1e15,
		source: 'ISTAT',
		flag: 'e',
		dataset: 'a.csv'
	})
];

describe('packRows / unpackRows', () => {
	it('round-trips observations exactly', () => {
		expect(unpackRows(packRows(rows))).toEqual(rows);
		expect(unpackRows(packRows([]))).toEqual([]);
	});

	it('dictionary-encodes strings and uses typed arrays', () => {
		const p = packRows(rows);
		expect(p.partner.values).toEqual(['KAZ', '__proto__']);
		expect(Array.from(p.partner.codes)).toEqual([0, 1, 0]);
		expect(Array.from(p.sectorLabel.codes)).toEqual([-1, 0, -1]);
		expect(p.value).toBeInstanceOf(Float64Array);
		expect(transferables(p)).toHaveLength(15);
	});

	it('survives structured cloning of a whole result', () => {
		const text =
			'period,partner,flow,reporter,sector,sector_label,value,currency,source,note,flag\n2023,KAZ,export,ITA,TOTAL,,5,EUR,s,,\n';
		const result = importFile(new TextEncoder().encode(text), 't.csv');
		const cloned = structuredClone(packResult(result));
		expect(unpackResult(cloned)).toEqual(result);
	});
});

describe('saved rows: calendar per period', () => {
	it('stores year and month once per period and gives back the same rows', () => {
		const packed = packRows([...rows, { ...(rows[0] as Observation), value: 7 }]);
		const stored = compactCalendar(packed);
		expect(stored.year).toBeUndefined();
		expect(stored.periodYear?.length).toBe(packed.period.values.length);
		const back = expandCalendar(structuredClone(stored));
		expect(unpackRows(back)).toEqual(unpackRows(packed));
	});

	it('keeps the per-row columns when a row disagrees with its period', () => {
		const odd = packRows([...rows, { ...(rows[0] as Observation), year: 2022 }]);
		const stored = compactCalendar(odd);
		expect(stored.year).toBeDefined();
		expect(unpackRows(expandCalendar(stored)).map((r) => r.year)).toEqual([
			...rows.map((r) => r.year),
			2022
		]);
	});

	it('reads a record saved with per-row columns (an earlier release)', () => {
		const packed = packRows(rows);
		expect(unpackRows(expandCalendar(packed))).toEqual(rows);
	});
});
