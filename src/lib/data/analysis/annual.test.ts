import { describe, expect, it } from 'vitest';
import { annualize, coverage } from './annual';
import { fullYear, row } from './fixtures.test-util';

describe(annualize, () => {
	it('sums a complete year of months', () => {
		const [p] = annualize(fullYear(2021, 10));
		expect(p).toMatchObject({ year: 2021, value: 120, basis: 'months', emptyMonths: 0 });
	});

	it('prefers a published annual figure over months', () => {
		const rows = [...fullYear(2021, 10), row({ period: '2021', value: 125 })];
		expect(annualize(rows)).toHaveLength(1);
		expect(annualize(rows)[0]).toMatchObject({ value: 125, basis: 'annual' });
	});

	it('labels a year that stops in August as partial and finds the same months a year earlier', () => {
		const rows = [...fullYear(2023, 10), ...fullYear(2024, 20).slice(0, 8)];
		const points = annualize(rows);
		const p2024 = points.find((p) => p.year === 2024);
		expect(p2024).toMatchObject({ basis: 'partial', fromMonth: 1, toMonth: 8, value: 160 });
		// Jan–Aug 2023 = 8 × 10, never the full year's 120
		expect(p2024?.prevSameMonths).toBe(80);
	});

	it('counts a month with no row inside the extract as no recorded trade, not a partial year', () => {
		// Another partner's rows show the extract spans all of 2021
		const other = fullYear(2021, 5, { partner: 'KAZ' });
		const kgz = fullYear(2021, 10).filter((r) => r.month !== 8);
		const p = annualize([...other, ...kgz]).find((q) => q.partner === 'KGZ');
		expect(p).toMatchObject({ basis: 'months', value: 110, emptyMonths: 1 });
	});

	it('uses the coverage of the whole cube when given only a filtered part', () => {
		const all = [...fullYear(2022, 1, { partner: 'KAZ' }), row({ period: '2022-05', value: 7 })];
		const spans = coverage(all);
		const [p] = annualize([row({ period: '2022-05', value: 7 })], spans);
		expect(p).toMatchObject({ basis: 'months', value: 7, emptyMonths: 11 });
	});

	it('keeps reporters and currencies apart', () => {
		const rows = [
			row({ period: '2021', value: 1 }),
			row({ period: '2021', value: 2, reporter: 'KGZ', currency: 'USD' })
		];
		expect(
			annualize(rows)
				.map((p) => p.value)
				.sort()
		).toEqual([1, 2]);
	});

	it('sums four quarters and marks three as partial', () => {
		const q = (n: number, year = 2022) => row({ period: `${year}-Q${n}`, value: 10 });
		expect(annualize([q(1), q(2), q(3), q(4)])[0]).toMatchObject({ basis: 'quarters', value: 40 });
		expect(annualize([q(1), q(2), q(3)])[0]).toMatchObject({ basis: 'partial', toMonth: 9 });
	});
});
