/**
 * The figure model's rules, end to end from observations to what a view reads: one figure per
 * cell, one dataset per series-year whatever the grain, a currency pair never added, growth in
 * the currency a figure was published in, partial years compared within one dataset.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annualPoints } from '../../views/core/crossfilter';
import { Prepared, selectionOf } from '../../views/core/prepared';
import { growthData } from '../../views/growth/data';
import { sectorsData } from '../../views/sectors/data';
import { filter as volumesFilter, volumesData } from '../../views/volumes/data';
import type { Currency, Flow, Observation } from '../schema';
import { concatTables, toTable } from '../table';
import { buildCubes } from './cube';
import type { Rates } from './convert';

function obs(over: Partial<Observation> & Pick<Observation, 'period' | 'value'>): Observation {
	const [y, m] = over.period.split('-');
	return {
		freq: m === undefined ? 'A' : 'M',
		year: Number(y),
		month: m === undefined ? null : Number(m),
		partner: 'KAZ',
		flow: 'export',
		reporter: 'ITA',
		sector: 'TOTAL',
		sectorLabel: null,
		currency: 'EUR',
		source: 'ISTAT',
		note: '',
		flag: '',
		dataset: 'bundled',
		...over
	};
}

const months = (year: number, value: number, upTo = 12, over: Partial<Observation> = {}) =>
	Array.from({ length: upTo }, (_, i) =>
		obs({ period: `${year}-${String(i + 1).padStart(2, '0')}`, value, ...over })
	);

/** ECB-like rates: 1.25 USD per EUR in 2022, 1.10 in 2023 (a 12% move a converted series would show). */
const RATES: Rates = {
	annual: new Map([
		['2004', 1.2439],
		['2022', 1.25],
		['2023', 1.1]
	]),
	monthly: new Map(
		[2022, 2023, 2024].flatMap((y) =>
			Array.from({ length: 12 }, (_, i) => [
				`${y}-${String(i + 1).padStart(2, '0')}`,
				y === 2022 ? 1.25 : 1.1
			])
		)
	)
};

/** The dashboard's path: datasets (most authoritative first) → cubes → Prepared. */
function prepare(datasets: Observation[][], priority: string[]) {
	const { cube, shadowed } = buildCubes(
		concatTables(datasets.map((rows) => toTable(rows))),
		priority
	);
	return new Prepared({ cube, shadowed, rates: RATES, events: [] });
}

function yearValue(
	prep: Prepared,
	year: number,
	over: { currency?: Currency; measure?: Flow; reporter?: 'ITA' | 'partner' } = {}
) {
	const sel = selectionOf({ partners: ['KAZ'], ...over });
	const points = annualPoints(prep, sel, volumesFilter).filter(
		(p) => p.year === year && p.flow === (over.measure ?? 'export')
	);
	expect(points.length).toBeLessThanOrEqual(1);
	return points[0];
}

describe('one cell, one figure', () => {
	it('shows a row written twice once, not doubled', () => {
		const row = obs({ period: '2023', value: 1000 });
		const prep = prepare([[row, { ...row }]], ['bundled']);
		expect(yearValue(prep, 2023)?.value).toBe(1000);
	});

	it('never adds two sources giving one cell: the first line stands', () => {
		const prep = prepare(
			[
				[
					obs({ period: '2023', value: 1000, source: 'ISTAT' }),
					obs({ period: '2023', value: 1200, source: 'Eurostat' })
				]
			],
			['bundled']
		);
		const point = yearValue(prep, 2023);
		expect(point?.value).toBe(1000);
		expect(point?.sources).toEqual(['ISTAT']);
	});

	it('shows the figure published in the chosen currency, never EUR + converted USD', () => {
		const prep = prepare(
			[
				[
					obs({ period: '2004', value: 1000, currency: 'EUR' }),
					obs({ period: '2004', value: 1243, currency: 'USD' })
				]
			],
			['bundled']
		);
		const eur = yearValue(prep, 2004, { currency: 'EUR' });
		expect(eur?.value).toBe(1000);
		expect(eur?.converted).toBe(false);
		const usd = yearValue(prep, 2004, { currency: 'USD' });
		expect(usd?.value).toBe(1243);
		expect(usd?.converted).toBe(false);
	});
});

describe('one dataset per series and year, whatever the grain', () => {
	// An annual Comtrade file for 2022-2023 and a monthly Eurostat file for 2023.
	const comtrade = [
		obs({ period: '2022', value: 5000, dataset: 'comtrade', source: 'UN Comtrade' }),
		obs({ period: '2023', value: 9999, dataset: 'comtrade', source: 'UN Comtrade' })
	];
	const eurostat = months(2023, 500, 12, { dataset: 'eurostat', source: 'Eurostat' });

	it('takes the whole year from the dataset higher in the order, monthly over annual', () => {
		const prep = prepare([comtrade, eurostat], ['eurostat', 'comtrade', 'bundled']);
		const y2023 = yearValue(prep, 2023);
		expect(y2023?.value).toBe(6000);
		expect(y2023?.dataset).toBe('eurostat');
		expect(y2023?.basis).toBe('months');
		// The year the top dataset does not hold comes from the next one, whole.
		expect(yearValue(prep, 2022)?.value).toBe(5000);
		expect(yearValue(prep, 2022)?.dataset).toBe('comtrade');
	});

	it('and annual over monthly when the annual dataset is higher', () => {
		const prep = prepare([comtrade, eurostat], ['comtrade', 'eurostat', 'bundled']);
		expect(yearValue(prep, 2023)?.value).toBe(9999);
		expect(yearValue(prep, 2023)?.dataset).toBe('comtrade');
	});

	it('never completes a year of one dataset with months of another', () => {
		// The top dataset holds Jan-Jun 2023 only; the other holds the whole year.
		const top = months(2023, 100, 6, { dataset: 'top', source: 'top' });
		const full = months(2023, 10, 12, { dataset: 'full', source: 'full' });
		const prep = prepare([full, top], ['top', 'full']);
		const point = yearValue(prep, 2023);
		expect(point?.dataset).toBe('top');
		expect(point?.basis).toBe('partial');
		expect(point?.value).toBe(600);
	});

	it('compares a partial year with the same months of its own dataset', () => {
		// Bundled: 2023 complete and Jan-Aug 2024 (grew by 10%); the upload, higher, restates 2023
		// as one lower annual figure. The 2024 partial year is compared with bundled Jan-Aug 2023.
		const bundled = [...months(2023, 100e6), ...months(2024, 110e6, 8)];
		const upload = [obs({ period: '2023', value: 650e6, dataset: 'up', source: 'upload' })];
		const prep = prepare([bundled, upload], ['up', 'bundled']);
		const sel = selectionOf({ partners: ['KAZ'] });
		expect(yearValue(prep, 2023)?.value).toBe(650e6);
		const g2024 = growthData(prep, sel).yoy[0]?.growth.find((g) => g.year === 2024);
		expect(g2024?.sameMonths).toBe(true);
		expect(g2024?.base).toBe(800e6);
		expect(g2024?.growth.value).toBeCloseTo(0.1, 10);
		expect(g2024?.datasets).toBeNull();
	});

	it('says when a growth rate compares two datasets', () => {
		const a = [obs({ period: '2022', value: 100e6, dataset: 'a' })];
		const b = [obs({ period: '2023', value: 120e6, dataset: 'b' })];
		const prep = prepare([a, b], ['b', 'a']);
		const g = growthData(prep, selectionOf({ partners: ['KAZ'] })).yoy[0]?.growth.find(
			(x) => x.year === 2023
		);
		expect(g?.growth.value).toBeCloseTo(0.2, 10);
		expect(g?.datasets).toEqual(['a', 'b']);
	});
});

describe('growth in the currency the figure was published in', () => {
	it('shows the published USD growth in the EUR view, not the exchange-rate movement', () => {
		// Kazakhstan's own statistics, in USD: +17.8% from 2022 to 2023.
		const kaz = [
			obs({ period: '2022', value: 1000e6, currency: 'USD', reporter: 'KAZ', source: 'BNS' }),
			obs({ period: '2023', value: 1178e6, currency: 'USD', reporter: 'KAZ', source: 'BNS' })
		];
		const prep = prepare([kaz], ['bundled']);
		const sel = selectionOf({ partners: ['KAZ'], reporter: 'partner', currency: 'EUR' });
		const series = volumesData(prep, sel).series[0]?.points ?? [];
		// The shown (converted) values move by +33.9% in EUR because the euro fell 12%...
		const [a, b] = series.map((p) => p.value as number);
		expect((b as number) / (a as number) - 1).toBeCloseTo(0.3386, 3);
		expect(series.every((p) => p.converted)).toBe(true);
		// ...but growth, CAGR and the index are those of the published figures.
		const g = growthData(prep, { ...sel, from: 2022, to: 2023, base: 2022 });
		expect(g.yoy[0]?.growth.find((x) => x.year === 2023)?.growth.value).toBeCloseTo(0.178, 10);
		expect(g.cagr[0]?.cagr.value).toBeCloseTo(0.178, 10);
		expect(g.index[0]?.index.find((x) => x.year === 2023)?.index.value).toBeCloseTo(117.8, 8);
	});
});

describe('every figure shown is one input row or one year of one dataset (property)', () => {
	const observation = fc.record({
		flow: fc.constantFrom('export' as const, 'import' as const),
		year: fc.integer({ min: 2021, max: 2023 }),
		month: fc.integer({ min: 0, max: 12 }),
		value: fc.integer({ min: 1, max: 1_000_000 }),
		currency: fc.constantFrom('EUR' as const, 'USD' as const),
		source: fc.constantFrom('a', 'b'),
		dataset: fc.constantFrom('bundled', 'up-1', 'up-2')
	});

	it('holds for random datasets, grains, currencies and duplicates', () => {
		fc.assert(
			fc.property(
				fc.array(observation, { minLength: 1, maxLength: 80 }),
				fc.constantFrom<string[]>(['up-2', 'up-1', 'bundled'], ['bundled', 'up-1', 'up-2']),
				fc.constantFrom<Currency>('EUR', 'USD'),
				(drafts, priority, currency) => {
					const rows = drafts.map((d) =>
						obs({
							period:
								d.month === 0 ? String(d.year) : `${d.year}-${String(d.month).padStart(2, '0')}`,
							value: d.value,
							flow: d.flow,
							currency: d.currency,
							source: d.source,
							dataset: d.dataset
						})
					);
					const byDataset = priority.map((id) => rows.filter((r) => r.dataset === id));
					const prep = prepare(byDataset, priority);
					const points = annualPoints(
						prep,
						selectionOf({ partners: ['KAZ'], currency }),
						volumesFilter,
						'all'
					);
					for (const p of points) {
						if (!p.reported) continue;
						// The rows of the point's dataset, series, year and published currency.
						const mine = rows.filter(
							(r) =>
								r.dataset === p.dataset &&
								r.flow === p.flow &&
								r.year === p.year &&
								r.currency === p.reported?.currency
						);
						const firstOfCell = new Map<string, number>();
						for (const r of mine)
							if (!firstOfCell.has(r.period)) firstOfCell.set(r.period, r.value);
						const annual = firstOfCell.get(String(p.year));
						const monthsSum = [...firstOfCell]
							.filter(([period]) => period.includes('-'))
							.reduce((a, [, v]) => a + v, 0);
						expect(p.reported.value).toBe(annual ?? monthsSum);
						// And no other dataset holds that year with a better rank.
						const better = priority.slice(0, priority.indexOf(p.dataset));
						expect(
							rows.some((r) => better.includes(r.dataset) && r.flow === p.flow && r.year === p.year)
						).toBe(false);
					}
				}
			),
			{ numRuns: 300 }
		);
	});
});

describe('parts and their total', () => {
	it('a part above its total is said, never drawn as a share above 100%', () => {
		const prep = prepare(
			[
				[
					obs({ period: '2023', value: 1250e6 }),
					obs({ period: '2023', value: 50e6, sector: '27' }),
					obs({ period: '2023', value: 6200e6, sector: '84' })
				]
			],
			['bundled']
		);
		const row = sectorsData(prep, selectionOf({ partners: ['KAZ'] })).rows[0];
		expect(row?.breakdown).toBeNull();
		expect(row?.exceeds).toEqual({ year: 2023, partial: null });
	});
});
