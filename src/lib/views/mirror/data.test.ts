import { describe, expect, it } from 'vitest';
import { mirrorGap, mirrorData } from './data';
import { Prepared, type Selection } from '../core/prepared';
import { row } from '../../data/analysis/fixtures.test-util';

describe(mirrorGap, () => {
	it('measures the gap against the mean of the two reports', () => {
		expect(mirrorGap(100, 150)).toEqual({ gap: 50, gapShare: 0.4, ratio: 1.5, flagged: true });
		expect(mirrorGap(100, 110).flagged).toBe(false);
	});
});

describe(mirrorData, () => {
	const rates = { annual: new Map([['2021', 1.25]]), monthly: new Map<string, number>() };
	const sel: Selection = {
		partners: ['KAZ'],
		focus: null,
		sector: null,
		from: null,
		to: null,
		measure: 'import',
		reporter: 'ITA',
		currency: 'EUR',
		base: null
	};

	it('compares Italy-reported and partner-reported figures in one currency', () => {
		const prep = new Prepared({
			cube: [
				row({ period: '2021', value: 1_000, partner: 'KAZ', flow: 'import' }),
				// Kazakh statistics in USD: 5,000 USD = 4,000 EUR at 1.25
				row({
					period: '2021',
					value: 5_000,
					partner: 'KAZ',
					flow: 'import',
					reporter: 'KAZ',
					currency: 'USD'
				})
			],
			rates,
			events: []
		});
		const [r] = mirrorData(prep, sel);
		expect(r).toMatchObject({
			partner: 'KAZ',
			flow: 'import',
			year: 2021,
			italy: 1000,
			partnerValue: 4000,
			ratio: 4,
			converted: true
		});
		expect(r?.gapShare).toBeCloseTo(3000 / 2500, 10);
		expect(r?.flagged).toBe(true);
	});

	it('does not compare a partial Italian year with a full partner year', () => {
		const months = Array.from({ length: 11 }, (_, i) =>
			row({
				period: `2021-${String(i + 1).padStart(2, '0')}`,
				value: 10,
				partner: 'KAZ',
				flow: 'import'
			})
		);
		const prep = new Prepared({
			cube: [
				...months,
				row({ period: '2021', value: 500, partner: 'KAZ', flow: 'import', reporter: 'KAZ' })
			],
			rates,
			events: []
		});
		expect(mirrorData(prep, sel)[0]).toMatchObject({ gap: null, note: 'partial-year' });
	});
});
