import { describe, expect, it } from 'vitest';
import { annualize } from './annual';
import type { MeasurePoint } from './measures';
import type { AnnualPoint } from './types';
import { latestSectorYear, partnerShares, sectorBreakdown, totalAcrossPartners } from './shares';
import { measurePoint, row } from './fixtures.test-util';

const m = (partner: string, value: number, over: Partial<MeasurePoint> = {}) =>
	measurePoint(2023, value, { partner, sources: ['s'], ...over });

describe(totalAcrossPartners, () => {
	it('sums partners of one reporter and lists the ones with no data', () => {
		const t = totalAcrossPartners([m('KAZ', 300), m('UZB', 100)], ['KAZ', 'UZB', 'TJK'], 2023);
		expect(t).toMatchObject({ value: 400, included: ['KAZ', 'UZB'], missing: ['TJK'] });
	});
	it('never sums across reporters', () => {
		const t = totalAcrossPartners(
			[m('KAZ', 300, { reporter: 'KAZ' }), m('UZB', 100, { reporter: 'UZB' })],
			['KAZ', 'UZB'],
			2023
		);
		expect(t).toMatchObject({ value: null, gap: 'mixed-reporters' });
	});
	it('never sums partial years holding different months: keeps the complete ones, lists the others', () => {
		const t = totalAcrossPartners(
			[m('KAZ', 300, { partial: { fromMonth: 1, toMonth: 11 } }), m('UZB', 100)],
			['KAZ', 'UZB', 'TJK'],
			2023
		);
		expect(t).toMatchObject({
			value: 100,
			included: ['UZB'],
			missing: ['TJK'],
			otherMonths: [{ partner: 'KAZ', fromMonth: 1, toMonth: 11 }],
			partial: null
		});
	});
});

describe(partnerShares, () => {
	it('gives each partner its share of the total', () => {
		const { shares } = partnerShares([m('KAZ', 300), m('UZB', 100)], ['KAZ', 'UZB'], 2023);
		expect(shares.map((s) => s.share)).toEqual([0.75, 0.25]);
	});
});

describe(sectorBreakdown, () => {
	const points = annualize([
		row({ period: '2021', value: 1000 }),
		row({ period: '2021', value: 600, sector: '27' }),
		row({ period: '2021', value: 100, sector: '84' }),
		row({ period: '2022', value: 500 })
	]);

	it('shows what the sectors do not cover as an explicit remainder', () => {
		const b = sectorBreakdown(points, 2021);
		expect(b?.items.map((i) => [i.sector, i.share])).toEqual([
			['27', 0.6],
			['84', 0.1]
		]);
		expect(b?.remainder).toBe(300);
	});

	it('finds the latest year with sector detail', () => {
		expect(latestSectorYear(points, null)).toBe(2021);
		expect(latestSectorYear(points, 2020)).toBeNull();
	});

	it('skips a year whose detail covers other months than its total', () => {
		const months = Array.from({ length: 11 }, (_, i) =>
			row({ period: `2022-${String(i + 1).padStart(2, '0')}`, value: 10, sector: '27' })
		);
		// Chapter 27 rows stop in November: 2022 is partial for the chapter and complete for the
		// total, so its detail is no share of that total.
		const mixed = annualize([
			row({ period: '2021', value: 1000 }),
			row({ period: '2021', value: 600, sector: '27' }),
			row({ period: '2022', value: 900 }),
			...months
		]);
		expect(latestSectorYear(mixed, null)).toBe(2021);
	});

	it('gives no remainder when items exceed the total (overlapping groups)', () => {
		const over = annualize([
			row({ period: '2021', value: 100 }),
			row({ period: '2021', value: 150, sector: '27' })
		]);
		expect(sectorBreakdown(over, 2021)?.remainder).toBeNull();
	});
});

describe('parts above their total', () => {
	const point = (sector: string, value: number) =>
		annualize([row({ period: '2023', value, sector, sectorLabel: sector })])[0] as AnnualPoint;

	it('are flagged, not drawn as a share above 100%', () => {
		// HS 84 at 496% of the total, as in a file where the total row is wrong.
		const b = sectorBreakdown([point('TOTAL', 100e6), point('84', 496e6)], 2023);
		expect(b?.exceedsTotal).toBe(true);
		expect(b?.remainder).toBeNull();
	});

	it('within rounding (0.5%) are not', () => {
		const b = sectorBreakdown(
			[point('TOTAL', 100e6), point('84', 60e6), point('27', 40.4e6)],
			2023
		);
		expect(b?.exceedsTotal).toBe(false);
	});
});
