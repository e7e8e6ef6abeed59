import { describe, expect, it } from 'vitest';
import { coverage } from './annual';
import { row } from './fixtures.test-util';
import { hasMonths, periodMeasure, periodPoints } from './monthly';
import type { CubeRow } from './types';

// Synthetic figures: one series (Italian exports to KGZ, EUR) unless a row says otherwise.
const months = (year: number, from: number, to: number, value = 10, over: Partial<CubeRow> = {}) =>
	Array.from({ length: to - from + 1 }, (_, i) =>
		row({ period: `${year}-${String(from + i).padStart(2, '0')}`, value, ...over })
	);
const points = (rows: CubeRow[], grain: 'month' | 'quarter') =>
	periodPoints(rows, coverage(rows), grain);
const byPeriod = (rows: CubeRow[], grain: 'month' | 'quarter') =>
	new Map(points(rows, grain).map((p) => [p.period, p]));

describe('months', () => {
	it('a reported zero is a figure; a month without a row is a gap: no trade inside the coverage, no data outside', () => {
		const rows = [
			...months(2024, 1, 2),
			row({ period: '2024-03', value: 0 }),
			...months(2024, 5, 6)
		];
		// another partner of the same extract reaches August: KGZ's July and August had no trade
		const other = months(2024, 1, 8, 5, { partner: 'KAZ' });
		const all = [...rows, ...other];
		const got = new Map(
			periodPoints(rows, coverage(all), 'month').map((p) => [p.period, p] as const)
		);
		expect(got.get('2024-03')).toMatchObject({ value: 0, gap: null });
		expect(got.get('2024-04')).toMatchObject({ value: null, gap: 'no-trade' });
		expect(got.get('2024-08')).toMatchObject({ value: null, gap: 'no-trade' });
		expect(got.has('2024-09')).toBe(false);
		// an uploaded extract of another dataset covering 2023 does not make KGZ's 2023 "no trade"
		const older = months(2023, 1, 1, 7, { dataset: 'other', partner: 'KAZ' });
		const withOld = new Map(
			periodPoints(
				[...rows, row({ period: '2023-06', value: 3 })],
				coverage([...all, ...older]),
				'month'
			).map((p) => [p.period, p] as const)
		);
		expect(withOld.get('2023-06')).toMatchObject({ value: 3 });
		expect(withOld.get('2023-07')).toMatchObject({ value: null, gap: 'no-data' });
	});

	it('does not split a cumulative period nor an annual figure into months', () => {
		const rows = [
			row({ period: '2023-01..2023-08', value: 800, freq: 'C', month: null }),
			row({ period: '2022', value: 1200 }),
			...months(2024, 1, 2)
		];
		expect(points(rows, 'month').map((p) => p.period)).toEqual(['2024-01', '2024-02']);
		expect(hasMonths(rows.slice(0, 2))).toBe(false);
		expect(hasMonths(rows)).toBe(true);
	});
});

describe('quarters', () => {
	it('a complete quarter sums its months from one dataset', () => {
		const q = byPeriod(months(2024, 1, 6, 10), 'quarter');
		expect(q.get('2024-Q1')).toMatchObject({ value: 30, partial: null, gap: null });
		expect(q.get('2024-Q2')).toMatchObject({ value: 30, partial: null });
	});

	it('a quarter missing a month is partial and says which months it holds', () => {
		const q = byPeriod(months(2024, 1, 8, 10), 'quarter');
		expect(q.get('2024-Q3')).toMatchObject({ value: 20, partial: { fromMonth: 7, toMonth: 8 } });
		expect(q.get('2024-Q2')?.partial).toBeNull();
	});

	it('a quarter with a month of no recorded trade is complete and counts the empty month', () => {
		const rows = [...months(2024, 1, 1), ...months(2024, 3, 3)];
		expect(byPeriod(rows, 'quarter').get('2024-Q1')).toMatchObject({
			value: 20,
			partial: null,
			emptyMonths: 1
		});
	});

	it('is refused when its months come from two datasets', () => {
		const rows = [
			...months(2024, 1, 2, 10),
			row({ period: '2024-03', value: 10, dataset: 'upload' })
		];
		const q1 = byPeriod(rows, 'quarter').get('2024-Q1');
		expect(q1).toMatchObject({ value: null, gap: 'datasets-differ' });
	});

	it('never sums a month with a cumulative period', () => {
		const rows = [
			row({ period: '2024-01', value: 10 }),
			row({ period: '2024-01..2024-03', value: 999, freq: 'C', month: null })
		];
		const q1 = byPeriod(rows, 'quarter').get('2024-Q1');
		expect(q1).toMatchObject({ value: 10, partial: { fromMonth: 1, toMonth: 1 } });
	});

	it('takes a quarter published as such', () => {
		const q = byPeriod([row({ period: '2023-Q2', value: 45 })], 'quarter');
		expect(q.get('2023-Q2')).toMatchObject({ value: 45, partial: null });
	});
});

describe('measures per period', () => {
	it('turnover and balance need both flows for the same months', () => {
		const rows = [
			...months(2024, 1, 3, 10),
			...months(2024, 1, 2, 4, { flow: 'import' }),
			...months(2024, 4, 4, 10)
		];
		const bal = new Map(periodMeasure(points(rows, 'month'), 'balance').map((p) => [p.period, p]));
		expect(bal.get('2024-01')).toMatchObject({ value: 6, flow: 'balance' });
		expect(bal.get('2024-03')).toMatchObject({ value: null, gap: 'missing-flow' });
		const q = new Map(periodMeasure(points(rows, 'quarter'), 'turnover').map((p) => [p.period, p]));
		// imports cover only Jan-Feb: the flows hold different months of Q1
		expect(q.get('2024-Q1')).toMatchObject({ value: null, gap: 'months-differ' });
	});
});
