import { describe, expect, it } from 'vitest';
import type { ChartContext } from '../../charts/options/context';
import { prep, shownContext, viewData } from '../core/fixtures.test-util';
import { selectionOf } from '../core/prepared';
import { growthData } from './data';
import { growthOption } from './option';
import { growthTable } from './table';

const ctx: ChartContext = {
	lang: 'en',
	currency: 'EUR',
	measure: 'export',
	width: 800,
	events: true
};
const month = { ...selectionOf({ partners: ['KAZ'] }), grain: 'month' as const };
const quarter = { ...month, grain: 'quarter' as const };

type Option = {
	xAxis: { data: string[] };
	series: {
		id: string;
		markLine?: { data: { xAxis: string; name: string; label: { formatter?: string } }[] };
	}[];
};

describe('growth by month and quarter (bundled data)', () => {
	it('a month against the same month a year earlier, on the figures as published', () => {
		const g = growthData(prep, month);
		expect(g.monthly).toBe(true);
		// Comext months of Italian exports to Kazakhstan: 2019-01..2024-08; rates from 2020-01
		expect(g.periodic?.periods[0]).toBe('2020-01');
		expect(g.periodic?.periods.at(-1)).toBe('2024-08');
		const march = g.periodic?.yoy[0]?.growth.find((p) => p.period === '2024-03');
		// data/trade.csv: 2024-03 92446484 EUR, 2023-03 97961165 EUR
		expect(march).toMatchObject({ current: 92446484, base: 97961165, basePeriod: '2023-03' });
		expect(march?.value).toBeCloseTo(92446484 / 97961165 - 1, 12);
	});

	it('the partial quarter 2024-Q3 (Jul–Aug) is compared with Jul–Aug 2023, and says so', () => {
		const g = growthData(prep, quarter);
		const q3 = g.periodic?.yoy[0]?.growth.find((p) => p.period === '2024-Q3');
		expect(q3).toMatchObject({
			current: 105369807 + 85204684,
			base: 93360116 + 84987433,
			partial: { fromMonth: 7, toMonth: 8 }
		});
		const table = growthTable({ ...viewData(quarter), growth: g }, shownContext());
		const row = table.rows.find((r) => r.period === '2024-Q3');
		expect(row?.note).toBe('partial quarter: Jul–Aug 2024');
		expect(row?.value).toBeCloseTo(((105369807 + 85204684) / (93360116 + 84987433) - 1) * 100, 9);
		expect(table.columns.map((c) => c.key)).toContain('period');
		// the source of the figures compared
		expect(String(row?.source)).toContain('Eurostat');
	});

	it('draws months on the axis, a marker at an event’s month, none for an event dated by year', () => {
		const g = growthData(prep, month);
		const option = growthOption(
			{ ...g, mode: 'yoy', sourcesFooter: [], event: null },
			ctx
		) as unknown as Option;
		expect(option.xAxis.data[0]).toBe('Jan 2020');
		expect(option.xAxis.data).toContain('Mar 2024');
		const marks = option.series.find((s) => s.id === 'events')?.markLine?.data ?? [];
		// data/events.csv: 2024-01 (month) Tokayev visits Italy; 2024 (year) the Milan forum
		expect(marks.map((m) => m.xAxis)).toContain('Jan 2024');
		const jan = marks.find((m) => m.xAxis === 'Jan 2024');
		expect(jan?.name).toBe('President Tokayev of Kazakhstan visits Italy');
		// not pinned to January with the Milan forum: the marker holds one event, no "+1"
		expect(jan?.label.formatter).not.toMatch(/\+1$/);
		expect(jan?.label.formatter).toMatch(/^President Tokayev/);
	});

	it('index and CAGR stay by year; annual-only data has no months', () => {
		const g = growthData(prep, month);
		const index = growthTable({ ...viewData(month), growth: g }, shownContext({ growth: 'index' }));
		expect(index.columns.map((c) => c.key)).toContain('year');
		const tjk = growthData(prep, { ...month, partners: ['TJK'] });
		expect(tjk.monthly).toBe(false);
		expect(tjk.periodic).toBeNull();
	});
});
