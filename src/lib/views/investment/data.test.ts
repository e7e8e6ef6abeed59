import { describe, expect, it } from 'vitest';
import type { InvestmentRow } from '../../data/schema';
import { activeInvestment, investmentItems, periodText } from './data';

const row = (over: Partial<InvestmentRow>): InvestmentRow => ({
	period: '2023',
	investor: 'ITA',
	host: 'KAZ',
	measure: 'stock',
	sector: 'TOTAL',
	value: 100,
	currency: 'USD',
	source: 'NBK',
	note: '',
	...over
});

describe('investment as reported', () => {
	it('reads the period a source states in its note, and keeps the rest of the note', () => {
		const [item] = investmentItems(
			[row({ note: 'period: 2005 to H1 2023 (cumulative); approx.', measure: 'cumulative' })],
			['KAZ']
		);
		// the measure says "cumulative" beside it: not twice
		expect(item?.period).toBe('2005 to H1 2023');
		expect(item?.note).toBe('approx.');
	});

	it('states the period in Italian on Italian pages', () => {
		expect(periodText('it', '2005 to H1 2023 (cumulative)')).toBe('2005 – 1° sem. 2023');
		expect(periodText('it', 'Jan-Aug 2023')).toBe('gen–ago 2023');
		expect(periodText('it', 'as of Nov 2019 (stock)')).toBe('a nov 2019');
		expect(periodText('it', 'end-2020 (stock)')).toBe('fine 2020');
		expect(periodText('it', '1991-2021')).toBe('1991-2021');
	});

	it('shows only the partners in view', () => {
		expect(investmentItems([row({ host: 'UZB' }), row({ host: 'KAZ' })], ['UZB'])).toHaveLength(1);
	});

	it('an uploaded file replaces the rows it repeats and adds the others, never sums', () => {
		const bundled = { investment: [row({ value: 100 }), row({ host: 'UZB', value: 7 })] };
		const upload = {
			investment: [row({ value: 120 }), row({ period: '2024', value: 130 })]
		};
		const rows = activeInvestment([bundled, upload]);
		expect(rows.map((r) => [r.host, r.period, r.value])).toEqual([
			['KAZ', '2023', 120],
			['UZB', '2023', 7],
			['KAZ', '2024', 130]
		]);
	});

	it('keeps two sources of the same figure side by side', () => {
		const rows = activeInvestment([
			{ investment: [row({ source: 'NBK' }), row({ source: 'Banca d’Italia', value: 90 })] }
		]);
		expect(rows).toHaveLength(2);
	});
});
