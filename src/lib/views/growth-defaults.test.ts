import { describe, expect, it } from 'vitest';
import { row } from '../data/analysis/fixtures.test-util';
import { selectionOf, Prepared, type Selection } from './core/prepared';
import { growthData } from './growth/data';

const sel: Selection = selectionOf({ partners: ['KAZ', 'UZB', 'TJK'] });
const rates = { annual: new Map<string, number>(), monthly: new Map<string, number>() };
const annual = (partner: string, years: number[]) =>
	years.map((y) => row({ period: String(y), value: (100 + y - 2000) * 1e6, partner }));

describe('growth: default span', () => {
	it('spans the years most countries report at both ends, not the earliest year of one', () => {
		const cube = [
			...annual('KAZ', [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]),
			...annual('UZB', [2018, 2019, 2020, 2021, 2022, 2023]),
			// Tajikistan has one year only: no country pair is lost for it
			...annual('TJK', [2019])
		];
		const g = growthData(new Prepared({ cube, rates, events: [] }), sel);
		expect([g.from, g.to, g.base]).toEqual([2018, 2023, 2018]);
		expect(g.cagr.map((c) => c.cagr.value === null)).toEqual([false, false, true]);
	});

	it('follows the years the user chose', () => {
		const cube = [...annual('KAZ', [2015, 2020, 2023]), ...annual('UZB', [2020, 2023])];
		const g = growthData(new Prepared({ cube, rates, events: [] }), {
			...sel,
			from: 2015,
			to: 2020
		});
		expect([g.from, g.to, g.base]).toEqual([2015, 2020, 2015]);
	});
});
