import { describe, expect, it } from 'vitest';
import type { Observation } from '../schema';
import { packResult, packRows, transferables, unpackResult, unpackRows } from './columns';
import { importFile } from './index';

const rows: Observation[] = [
	{
		period: '2023',
		freq: 'A',
		year: 2023,
		month: null,
		partner: 'KAZ',
		flow: 'export',
		reporter: 'ITA',
		sector: 'TOTAL',
		sectorLabel: null,
		value: 1067165356,
		currency: 'EUR',
		source: 'ISTAT',
		note: '',
		flag: '',
		dataset: 'a.csv'
	},
	{
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
	},
	{
		period: '2023-Q4',
		freq: 'Q',
		year: 2023,
		month: 12,
		partner: 'KAZ',
		flow: 'export',
		reporter: 'ITA',
		sector: 'TOTAL',
		sectorLabel: null,
		value: 1e15,
		currency: 'EUR',
		source: 'ISTAT',
		note: '',
		flag: 'e',
		dataset: 'a.csv'
	}
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
