import { describe, expect, it } from 'vitest';
import { buildCube } from '../analysis/cube';
import { loadBundled } from '../../state/bundled';
import {
	DEFAULT_PARTNERS,
	growthData,
	headlineData,
	partnersData,
	Prepared,
	sectorsData,
	volumesData,
	type Selection
} from '../../views/model';
import { fullRows, fullTable, percent, shownTable, type ViewData } from './views';

describe('percent', () => {
	it.each<[number | null, number | null]>([
		[0.123, 12.3],
		[0.07, 7],
		[-0.5, -50],
		[1 / 3, 33.3333333333],
		[null, null],
		[Number.NaN, null]
	])('%s → %s', (ratio, expected) => {
		expect(percent(ratio)).toBe(expected);
	});
});

const bundled = loadBundled();
const prep = new Prepared({
	cube: buildCube(bundled.table, ['bundled']),
	rates: bundled.rates,
	events: bundled.events
});
const sel: Selection = {
	partners: DEFAULT_PARTNERS,
	focus: null,
	sector: null,
	from: null,
	to: null,
	measure: 'export',
	reporter: 'ITA',
	currency: 'EUR',
	base: null
};
const data = (s: Selection): ViewData => ({
	volumes: volumesData(prep, s),
	growth: growthData(prep, s),
	partners: partnersData(prep, s),
	sectors: sectorsData(prep, s),
	headline: headlineData(prep, s)
});
const ctx = {
	lang: 'en' as const,
	currency: 'EUR' as const,
	measure: 'export' as const,
	growth: 'yoy' as const
};

describe('shownTable (bundled data)', () => {
	it('volumes: one row per drawn point, same values', () => {
		const d = data(sel);
		const points = d.volumes.series.flatMap((s) => s.points);
		const t = shownTable('volumes', d, ctx);
		expect(t.rows).toHaveLength(points.length);
		expect(t.rows.map((r) => r.value)).toEqual(points.map((p) => p.value));
	});

	it('partners: Italian exports to Kyrgyzstan in 2023 as published by Eurostat', () => {
		const t = shownTable('partners', data(sel), { ...ctx, lang: 'it' });
		expect(t.columns.map((c) => c.header)).toEqual([
			'Paese',
			'ISO3',
			'Periodo',
			'Valore (EUR)',
			'Nota',
			'Dichiarante',
			'Fonte'
		]);
		expect(t.rows.find((r) => r.code === 'KGZ')).toMatchObject({
			partner: 'Kirghizistan',
			period: '2023',
			value: 213_708_652
		});
	});

	it('growth and sectors: rates and shares in per cent', () => {
		const d = data(sel);
		const g = shownTable('growth', d, ctx);
		const kaz = d.growth.yoy
			.find((s) => s.partner === 'KAZ')
			?.growth.find((p) => p.growth.value !== null);
		expect(g.rows.find((r) => r.code === 'KAZ' && r.year === kaz?.year)?.value).toBe(
			percent(kaz?.growth.value)
		);
		const s = shownTable('sectors', d, ctx);
		for (const partner of new Set(s.rows.map((r) => r.code))) {
			const total = s.rows
				.filter((r) => r.code === partner)
				.reduce((a, r) => a + ((r.share as number | null) ?? 0), 0);
			expect(total).toBeCloseTo(100, 6);
		}
	});
});

describe('fullRows (bundled data)', () => {
	it('partners: the range, the reporter, the flow and the total only', () => {
		const d = data(sel);
		const rows = fullRows('partners', prep, sel, d);
		const range = d.partners.range;
		expect(rows.length).toBeGreaterThan(0);
		for (const r of rows) {
			expect(r.year).toBeGreaterThanOrEqual(range?.from ?? 0);
			expect(r.year).toBeLessThanOrEqual(range?.to ?? 0);
			expect(r).toMatchObject({
				reporter: 'ITA',
				flow: 'export',
				sector: 'TOTAL',
				currency: 'EUR'
			});
			expect(DEFAULT_PARTNERS).toContain(r.partner);
		}
		const table = fullTable(rows, 'en');
		expect(table.columns.map((c) => c.key)).toEqual([
			'period',
			'partner',
			'flow',
			'reporter',
			'sector',
			'sectorLabel',
			'value',
			'currency',
			'publishedCurrency',
			'source',
			'flag'
		]);
	});

	it('sectors: product detail rows; turnover: both flows', () => {
		expect(fullRows('sectors', prep, sel, data(sel)).some((r) => r.sector !== 'TOTAL')).toBe(true);
		const turnover = { ...sel, measure: 'turnover' as const, focus: 'KGZ' };
		const flows = new Set(fullRows('volumes', prep, turnover, data(turnover)).map((r) => r.flow));
		expect([...flows].sort()).toEqual(['export', 'import']);
		expect(
			new Set(fullRows('volumes', prep, turnover, data(turnover)).map((r) => r.partner))
		).toEqual(new Set(['KGZ']));
	});
});
