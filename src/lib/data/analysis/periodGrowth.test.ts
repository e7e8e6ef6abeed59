import { describe, expect, it } from 'vitest';
import { coverage } from './annual';
import { row } from './fixtures.test-util';
import { periodPoints } from './monthly';
import { periodYoy } from './periodGrowth';
import type { CubeRow } from './types';

// Synthetic figures: one series (Italian exports to KGZ, EUR, in millions) unless a row says otherwise.
const M = 1_000_000;
const months = (
	year: number,
	from: number,
	to: number,
	value: number,
	over: Partial<CubeRow> = {}
) =>
	Array.from({ length: to - from + 1 }, (_, i) =>
		row({ period: `${year}-${String(from + i).padStart(2, '0')}`, value, ...over })
	);
const growthBy = (rows: CubeRow[], grain: 'month' | 'quarter', spanRows = rows) => {
	const spans = coverage(spanRows);
	const byMonth = periodPoints(rows, spans, 'month');
	const points = grain === 'month' ? byMonth : periodPoints(rows, spans, 'quarter');
	return new Map(periodYoy(points, byMonth).map((g) => [g.period, g]));
};

describe('growth of a month against the same month a year earlier', () => {
	const rows = [
		...months(2023, 1, 12, 10 * M).filter((r) => r.period !== '2023-05'),
		...months(2024, 1, 8, 12 * M).filter((r) => r.period !== '2024-03')
	];
	const got = growthBy(rows, 'month');

	it('compares each month with the same month of the year before', () => {
		expect(got.get('2024-04')).toMatchObject({ base: 10 * M, basePeriod: '2023-04' });
		expect(got.get('2024-04')?.value).toBeCloseTo(0.2, 12);
	});

	it('never computes a rate from or to a month without a figure, and says why', () => {
		// no row inside the coverage: no trade recorded, in the current month or its base
		expect(got.get('2024-03')).toMatchObject({ value: null, gap: 'no-trade' });
		expect(got.get('2024-05')).toMatchObject({ value: null, gap: 'base-no-trade' });
		// the first year of the data has nothing to compare with
		expect(got.get('2023-04')).toMatchObject({ value: null, gap: 'base-missing' });
		// after the coverage ends there is no month at all
		expect(got.has('2024-09')).toBe(false);
	});

	it('a tiny base is "n.s.", never +900 %', () => {
		const tiny = [...months(2023, 1, 2, 50 * M), row({ period: '2023-03', value: 0.5 * M })];
		const next = months(2024, 1, 3, 40 * M);
		const g = growthBy([...tiny, ...next], 'month');
		expect(g.get('2024-03')).toMatchObject({ value: null, gap: 'small-base' });
		expect(g.get('2024-01')?.value).toBeCloseTo(-0.2, 12);
	});

	it('names the two datasets when the base comes from another one', () => {
		const a = months(2023, 1, 12, 10 * M, { dataset: 'old' });
		const b = months(2024, 1, 12, 11 * M, { dataset: 'new' });
		expect(growthBy([...a, ...b], 'month').get('2024-06')?.datasets).toEqual(['old', 'new']);
	});

	it('reads the rate on the figures as published, not on converted ones', () => {
		// published in USD; shown in EUR at rates that moved: the rate is the USD one (+10 %)
		const usd = (year: number, shown: number, published: number) =>
			months(year, 1, 12, shown, { originalCurrency: 'USD', reportedValue: published });
		const g = growthBy([...usd(2023, 9 * M, 10 * M), ...usd(2024, 11 * M, 11 * M)], 'month');
		expect(g.get('2024-02')?.value).toBeCloseTo(0.1, 12);
	});
});

describe('growth of a quarter against the same quarter a year earlier', () => {
	it('a partial quarter is compared with the same months a year earlier, not the whole quarter', () => {
		const rows = [...months(2023, 1, 12, 10 * M), ...months(2024, 1, 8, 15 * M)];
		const got = growthBy(rows, 'quarter');
		const q3 = got.get('2024-Q3');
		expect(q3?.partial).toEqual({ fromMonth: 7, toMonth: 8 });
		expect(q3).toMatchObject({ current: 30 * M, base: 20 * M });
		expect(q3?.value).toBeCloseTo(0.5, 12);
		expect(got.get('2024-Q2')).toMatchObject({ current: 45 * M, base: 30 * M });
	});

	it('a whole quarter is not compared with a partial one', () => {
		// the data starts in August 2023: 2023-Q3 holds two months only
		const rows = [...months(2023, 8, 12, 10 * M), ...months(2024, 1, 12, 10 * M)];
		const got = growthBy(rows, 'quarter');
		expect(got.get('2024-Q3')).toMatchObject({ value: null, gap: 'base-partial' });
		expect(got.get('2024-Q4')?.value).toBeCloseTo(0, 12);
	});

	it('a partial quarter whose months a year earlier are out of the data has no rate', () => {
		// 2023 starts in August: July 2023 has no data, so Jul–Aug 2024 has no base
		const rows = [...months(2023, 8, 12, 10 * M), ...months(2024, 1, 8, 10 * M)];
		expect(growthBy(rows, 'quarter').get('2024-Q3')).toMatchObject({
			value: null,
			gap: 'base-missing'
		});
	});
});
