import { describe, expect, it } from 'vitest';
import { shadedYears, volumesOption } from './option';

const years = [2019, 2020, 2021, 2022, 2023, 2024];

describe('the chosen years are shaded on the time chart', () => {
	it('shades from "From" to the last year when only From is set', () => {
		expect(shadedYears(years, { from: 2022, to: null })).toEqual([3, 5]);
	});
	it('shades from the first year to "To" when only To is set', () => {
		expect(shadedYears(years, { from: null, to: 2020 })).toEqual([0, 1]);
	});
	it('shades nothing without a range, or when the range misses every year drawn', () => {
		expect(shadedYears(years, { from: null, to: null })).toBeNull();
		expect(shadedYears(years, { from: 2030, to: null })).toBeNull();
	});
	it('puts the shade on axis positions, so a partial year labelled "Jan–Aug 2024" is covered', () => {
		const option = volumesOption(
			{
				series: [
					{
						partner: 'KAZ',
						points: years.map((year) => ({
							partner: 'KAZ',
							year,
							value: 1,
							partial: year === 2024 ? { months: 8 } : null
						}))
					}
				] as never,
				events: []
			},
			{ lang: 'en', currency: 'EUR', width: 600, datasetNames: new Map() } as never,
			{ from: 2023, to: null }
		) as { series: { markArea?: { data: [{ xAxis: number }, { xAxis: number }][] } }[] };
		expect(option.series[0]?.markArea?.data[0]?.map((p) => p.xAxis)).toEqual([4, 5]);
	});
	it('without a range the shade is set empty, so a removed filter leaves no shade behind', () => {
		const option = volumesOption(
			{
				series: [{ partner: 'KAZ', points: [{ partner: 'KAZ', year: 2020, value: 1 }] }] as never,
				events: []
			},
			{ lang: 'en', currency: 'EUR', width: 600, datasetNames: new Map() } as never
		) as { series: { markArea?: { data: unknown[] } }[] };
		expect(option.series[0]?.markArea?.data).toEqual([]);
	});
});
