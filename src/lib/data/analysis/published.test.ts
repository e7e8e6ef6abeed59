/**
 * Figures as published (issue 16): cumulative periods (Jan–Aug), turnover published on its own and
 * growth rates published with a figure. Each kept apart from months, quarters and flows.
 */
import { describe, expect, it } from 'vitest';
import { annualPoints } from '../../views/core/crossfilter';
import { Prepared, selectionOf } from '../../views/core/prepared';
import { growthData } from '../../views/growth/data';
import { filter as volumesFilter, volumesData } from '../../views/volumes/data';
import { monthsOf, parsePeriod, type Observation, type PublishedGrowth } from '../schema';
import { concatTables, toTable } from '../table';
import { buildCubes } from './cube';
import { measureSeries } from './measures';

function obs(over: Partial<Observation> & Pick<Observation, 'period' | 'value'>): Observation {
	const parts = parsePeriod(over.period);
	if (!parts) throw new Error(`bad period ${over.period}`);
	return {
		...parts,
		partner: 'KAZ',
		flow: 'import',
		reporter: 'KAZ',
		sector: 'TOTAL',
		sectorLabel: null,
		currency: 'USD',
		source: 'BNS',
		note: '',
		flag: '',
		dataset: 'bundled',
		...over
	};
}

const months = (year: number, value: number, upTo: number, over: Partial<Observation> = {}) =>
	Array.from({ length: upTo }, (_, i) =>
		obs({ period: `${year}-${String(i + 1).padStart(2, '0')}`, value, ...over })
	);

const RATES = { annual: new Map<string, number>(), monthly: new Map<string, number>() };

function prepare(rows: Observation[], published: PublishedGrowth[] = []) {
	const { cube, shadowed } = buildCubes(toTable(rows), ['bundled']);
	return new Prepared({ cube, shadowed, rates: RATES, events: [], published });
}

const KAZ_OWN = selectionOf({
	partners: ['KAZ'],
	reporter: 'partner',
	currency: 'USD',
	measure: 'import'
});

/** Kazakhstan's own statistics, Jan–Aug 2024: exports to Italy USD 12.9 bn, "+36%". */
const growth36: PublishedGrowth = {
	period: '2024-01..2024-08',
	partner: 'KAZ',
	flow: 'import',
	reporter: 'KAZ',
	sector: 'TOTAL',
	currency: 'USD',
	growth: 0.36,
	basePeriod: '2023-01..2023-08',
	source: 'BNS',
	quote: '+36%'
};

describe('cumulative periods', () => {
	it('parse as one span of one year, never across years or as one month', () => {
		expect(parsePeriod('2024-01..2024-08')).toEqual({ freq: 'C', year: 2024, month: 8 });
		expect(monthsOf('2023-01..2023-06')).toEqual({ from: 1, to: 6 });
		expect(parsePeriod('2023-11..2024-02')).toBeNull();
		expect(parsePeriod('2024-03..2024-03')).toBeNull();
		expect(parsePeriod('2024-08..2024-01')).toBeNull();
	});

	it('stand as a partial year labelled with their months where nothing finer exists', () => {
		const prep = prepare([
			obs({ period: '2023', value: 13.0e9 }),
			obs({ period: '2024-01..2024-08', value: 12.9e9 })
		]);
		const p2024 = annualPoints(prep, KAZ_OWN, volumesFilter).find((p) => p.year === 2024);
		expect(p2024).toMatchObject({ value: 12.9e9, basis: 'partial', fromMonth: 1, toMonth: 8 });
		// No Jan–Aug 2023 in the data: no computed growth against the whole of 2023.
		const g = growthData(prep, KAZ_OWN).yoy[0]?.growth.find((x) => x.year === 2024);
		expect(g?.growth).toEqual({ value: null, gap: 'partial-year' });
	});

	it('are compared with the same span of the year before only', () => {
		const prep = prepare([
			obs({ period: '2023-01..2023-08', value: 10e9 }),
			obs({ period: '2023-01..2023-06', value: 7e9 }),
			obs({ period: '2024-01..2024-08', value: 13e9 })
		]);
		const g = growthData(prep, KAZ_OWN).yoy[0]?.growth.find((x) => x.year === 2024);
		expect(g?.base).toBe(10e9);
		expect(g?.sameMonths).toBe(true);
		expect(g?.growth.value).toBeCloseTo(0.3, 10);
	});

	it('are never summed with the months or quarters that cover them', () => {
		const monthly = months(2024, 1e9, 8);
		const prep = prepare([...monthly, obs({ period: '2024-01..2024-08', value: 8.5e9 })]);
		const p = annualPoints(prep, KAZ_OWN, volumesFilter).find((x) => x.year === 2024);
		expect(p?.value).toBe(8e9);
		const quarters = [
			obs({ period: '2024-Q1', value: 3e9 }),
			obs({ period: '2024-Q2', value: 3e9 })
		];
		const q = prepare([...quarters, obs({ period: '2024-01..2024-06', value: 6.6e9 })]);
		expect(annualPoints(q, KAZ_OWN, volumesFilter).find((x) => x.year === 2024)?.value).toBe(6e9);
	});

	it('reach further than months that stop earlier', () => {
		const prep = prepare([
			...months(2024, 1e9, 3),
			obs({ period: '2024-01..2024-08', value: 9e9 })
		]);
		const p = annualPoints(prep, KAZ_OWN, volumesFilter).find((x) => x.year === 2024);
		expect(p).toMatchObject({ value: 9e9, toMonth: 8 });
	});
});

describe('turnover as published', () => {
	const turnover = obs({ period: '2022', value: 4.5e9, flow: 'turnover', currency: 'EUR' });

	it('shows for the turnover measure where the two flows are missing', () => {
		const prep = prepare([
			turnover,
			obs({ period: '2022', value: 1e9, flow: 'export', currency: 'EUR' })
		]);
		const sel = selectionOf({ partners: ['KAZ'], reporter: 'partner', currency: 'EUR' });
		const points = annualPoints(prep, sel, volumesFilter);
		const t = measureSeries(points, 'turnover');
		expect(t).toHaveLength(1);
		expect(t[0]).toMatchObject({ value: 4.5e9, asPublished: true });
		// Never a flow, never a balance.
		expect(measureSeries(points, 'export').map((p) => p.value)).toEqual([1e9]);
		expect(measureSeries(points, 'import')).toEqual([]);
		expect(measureSeries(points, 'balance')[0]?.value).toBeNull();
	});

	it('is never added to the flows, which give the turnover where both exist', () => {
		const prep = prepare([
			turnover,
			obs({ period: '2022', value: 1e9, flow: 'export', currency: 'EUR' }),
			obs({ period: '2022', value: 3e9, flow: 'import', currency: 'EUR' })
		]);
		const sel = selectionOf({ partners: ['KAZ'], reporter: 'partner', currency: 'EUR' });
		const t = measureSeries(annualPoints(prep, sel, volumesFilter), 'turnover');
		expect(t.map((p) => [p.value, p.asPublished ?? false])).toEqual([[4e9, false]]);
	});
});

describe('growth as published', () => {
	it('is shown, marked as published, when its base is not in the data', () => {
		const prep = prepare(
			[obs({ period: '2023', value: 13e9 }), obs({ period: '2024-01..2024-08', value: 12.9e9 })],
			[growth36]
		);
		const g = growthData(prep, KAZ_OWN).yoy[0]?.growth.find((x) => x.year === 2024);
		expect(g?.growth.value).toBe(0.36);
		expect(g?.published?.quote).toBe('+36%');
		const series = volumesData(prep, KAZ_OWN).series[0]?.points;
		expect(series?.find((p) => p.year === 2024)?.published?.growth).toBe(0.36);
	});

	it('gives way to the rate computed from the data when the base is there', () => {
		const prep = prepare(
			[
				obs({ period: '2023-01..2023-08', value: 10e9 }),
				obs({ period: '2024-01..2024-08', value: 12.9e9 })
			],
			[growth36]
		);
		const g = growthData(prep, KAZ_OWN).yoy[0]?.growth.find((x) => x.year === 2024);
		expect(g?.growth.value).toBeCloseTo(0.29, 10);
		expect(g?.published).toBeUndefined();
	});

	it('belongs to its own figure only: another source for the same months does not carry it', () => {
		const prep = prepare(
			[obs({ period: '2024-01..2024-08', value: 12.5e9, source: 'Another office' })],
			[growth36]
		);
		const g = growthData(prep, KAZ_OWN).yoy[0]?.growth.find((x) => x.year === 2024);
		expect(g?.published).toBeUndefined();
		expect(g?.growth.value).toBeNull();
	});
});

describe('cumulative rows through the table', () => {
	it('keep their span through concatenated tables', () => {
		const t = concatTables([toTable([obs({ period: '2024-01..2024-08', value: 1 })])]);
		expect(t.objects()[0]).toMatchObject({ freq: 'C', month: 8, period: '2024-01..2024-08' });
	});
});
