import { describe, expect, it } from 'vitest';
import { annualize } from './annual';
import { coverageRatio, measureSeries } from './measures';
import { fullYear, row } from './fixtures.test-util';

describe(measureSeries, () => {
	const rows = [
		row({ period: '2021', value: 300, flow: 'export' }),
		row({ period: '2021', value: 100, flow: 'import' }),
		row({ period: '2022', value: 50, flow: 'export' })
	];
	const points = annualize(rows);

	it('computes turnover and balance from both flows', () => {
		expect(measureSeries(points, 'turnover').find((p) => p.year === 2021)?.value).toBe(400);
		expect(measureSeries(points, 'balance').find((p) => p.year === 2021)?.value).toBe(200);
	});

	it('leaves a gap with a reason when a flow is missing, never a zero', () => {
		const p2022 = measureSeries(points, 'turnover').find((p) => p.year === 2022);
		expect(p2022).toMatchObject({ value: null, gap: 'missing-flow' });
	});

	it('does not combine a partial year with a complete one', () => {
		const mixed = annualize([
			...fullYear(2024, 1, { flow: 'export' }).slice(0, 8),
			...fullYear(2024, 1, { flow: 'import', partner: 'KGZ' }),
			// import coverage runs the whole year through another partner
			...fullYear(2024, 1, { flow: 'import', partner: 'KAZ' })
		]);
		const kgz = mixed.filter((p) => p.partner === 'KGZ');
		expect(measureSeries(kgz, 'turnover')[0]).toMatchObject({ value: null, gap: 'months-differ' });
	});
});

describe(coverageRatio, () => {
	it.each([
		[300, 100, 3],
		[1, 0, null],
		[null, 5, null]
	])('%s / %s → %s', (x, m, expected) => {
		expect(coverageRatio(x, m)).toBe(expected);
	});
});
