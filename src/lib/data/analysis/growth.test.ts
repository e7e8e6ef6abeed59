import { describe, expect, it } from 'vitest';
import { cagr, change, indexSeries, yoy } from './growth';
import { measurePoint } from './fixtures.test-util';

const p = measurePoint;

// Italian exports to Kyrgyzstan (Comext monthly sums): 2021 22,529,346; 2022 62,580,668; 2023 213,708,652.
const kgz = [p(2021, 22_529_346), p(2022, 62_580_668), p(2023, 213_708_652)];

describe(yoy, () => {
	it('computes year-on-year change', () => {
		const g = yoy(kgz);
		expect(g[0]?.growth).toEqual({ value: null, gap: 'no-data' });
		expect(g[1]?.growth.value).toBeCloseTo(62_580_668 / 22_529_346 - 1, 10);
		expect(g[2]?.growth.value).toBeCloseTo(2.41494, 4);
	});

	it('compares a partial year with the same months of the previous year, never the full year', () => {
		const series = [
			p(2023, 1200e6),
			p(2024, 900e6, { partial: { fromMonth: 1, toMonth: 8 }, prevSameMonths: 750e6 })
		];
		const g = yoy(series)[1];
		expect(g).toMatchObject({ base: 750e6, sameMonths: true });
		expect(g?.growth.value).toBeCloseTo(0.2, 10);
	});

	it('flags a zero base instead of returning Infinity', () => {
		expect(yoy([p(2020, 0), p(2021, 5e6)])[1]?.growth).toEqual({ value: null, gap: 'zero-base' });
	});

	it('flags a tiny base as not significant', () => {
		expect(yoy([p(2020, 50_000), p(2021, 9e6)])[1]?.growth).toEqual({
			value: null,
			gap: 'small-base'
		});
	});

	it('does not compare a full year with a partial previous year', () => {
		const g = yoy([p(2022, 5e6, { partial: { fromMonth: 1, toMonth: 11 } }), p(2023, 6e6)]);
		expect(g[1]?.growth).toEqual({ value: null, gap: 'partial-year' });
	});
});

describe(change, () => {
	it('refuses a negative base (a deficit turning into a surplus is not a growth rate)', () => {
		expect(change(10, -5)).toEqual({ value: null, gap: 'negative-base' });
	});
});

describe(cagr, () => {
	it('is the compound rate between two years', () => {
		// (213,708,652 / 22,529,346)^(1/2) − 1 = 2.0799…
		expect(cagr(kgz, 2021, 2023).value).toBeCloseTo(Math.sqrt(213_708_652 / 22_529_346) - 1, 10);
	});
	it('is a gap when an end is missing or partial', () => {
		expect(cagr(kgz, 2019, 2023).gap).toBe('no-data');
		const partial = [...kgz, p(2024, 1e8, { partial: { fromMonth: 1, toMonth: 8 } })];
		expect(cagr(partial, 2021, 2024).gap).toBe('partial-year');
	});
});

describe(indexSeries, () => {
	it('sets the base year to 100', () => {
		const idx = indexSeries(kgz, 2021);
		expect(idx[0]?.index.value).toBe(100);
		expect(idx[2]?.index.value).toBeCloseTo(948.57, 1);
	});
	it('is a gap everywhere when the base year has no data', () => {
		expect(indexSeries(kgz, 2019).every((i) => i.index.gap === 'no-data')).toBe(true);
	});
});
