/**
 * The map's year (the slider, `mapyear`) on the bundled data: each country's figure of that
 * year, a partial year kept partial with its months, a country without a figure "no data" (never
 * zero), in the map's table and CSV too; without a year, the comparison's figures.
 */
import { describe, expect, it } from 'vitest';
import { partnersData } from '../partners/data';
import { prep, shownContext, viewData } from '../core/fixtures.test-util';
import { selectionOf } from '../core/prepared';
import { mapData, mapYears, type MapSelection } from './data';
import { mapColors } from './option';
import { mapBars, mapTable } from './table';

const sel = selectionOf();
const at = (mapYear: number | null): MapSelection => ({ ...sel, mapYear });
const bar = (year: number, partner: string) =>
	mapData(prep, at(year)).bars.find((b) => b.partner === partner);

describe('the map’s year', () => {
	it('without a year picked, the map shows the comparison’s figures', () => {
		expect(mapData(prep, at(null))).toEqual(partnersData(prep, sel));
	});

	it('a complete year: each country’s figure of that year, as the comparison of that year', () => {
		const kaz = bar(2022, 'KAZ');
		const comparison = partnersData(prep, { ...sel, from: 2022, to: 2022 }).bars[0];
		expect(kaz?.period).toEqual({ from: 2022, to: 2022, partial: null });
		expect(kaz?.value).toBe(comparison?.value);
		expect(kaz?.value).toBeGreaterThan(0);
	});

	it('a partial year stays partial, with its months, in the table and CSV too', () => {
		const kaz = bar(2024, 'KAZ');
		expect(kaz?.value).toBeGreaterThan(0);
		expect(kaz?.period?.partial).toEqual({ fromMonth: 1, toMonth: 8 });
		const table = mapTable(viewData(at(2024)), shownContext());
		expect(table.rows.find((r) => r.code === 'KAZ')?.period).toBe('Jan–Aug 2024');
	});

	it('a country without a figure that year is “no data”, never zero', () => {
		const tkm = bar(2024, 'TKM');
		expect(tkm?.value).toBeNull();
		expect(tkm?.gap).toBe('no-data');
		expect(tkm?.period).toBeNull();
		const table = mapTable(viewData(at(2024)), shownContext());
		const row = table.rows.find((r) => r.code === 'TKM');
		expect(row?.value).toBeNull();
		expect(row?.note).toBe('no data');
		expect(mapColors(mapData(prep, at(2024)).bars).get('TKM')).toBe('#eceff2');
	});

	it('the slider offers the years the data holds, within the chosen years', () => {
		const all = mapYears(prep, sel);
		expect(all.at(-1)).toBe(2024);
		expect(all[0]).toBeLessThanOrEqual(2015);
		expect(all).toEqual(Array.from({ length: all.length }, (_, i) => (all[0] as number) + i));
		expect(mapYears(prep, { ...sel, from: 2018, to: 2021 })).toEqual([2018, 2019, 2020, 2021]);
		// a year picked outside the data stays on the slider (its countries all "no data")
		expect(mapYears(prep, { ...at(2030), from: 2018, to: 2021 }).at(-1)).toBe(2030);
	});
});

describe('the map reads the dashboard state as it is (a class with getters)', () => {
	it('draws the picked year from a state whose fields live on its prototype', () => {
		const data = viewData(at(2019));
		// The dashboard state keeps its derived fields behind prototype getters, as runes do.
		class State {
			get prepared() {
				return data.prepared;
			}
			get selection() {
				return data.selection;
			}
			get partners() {
				return data.partners;
			}
		}
		const bars = mapBars(new State());
		expect(bars.find((b) => b.partner === 'KAZ')?.period).toEqual({
			from: 2019,
			to: 2019,
			partial: null
		});
	});
});
