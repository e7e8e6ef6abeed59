import { describe, expect, it } from 'vitest';
import { chartCtx as ctx, prep, shownContext, viewData } from '../core/fixtures.test-util';
import { selectionOf } from '../core/prepared';
import { volumesData } from './data';
import { periodicOption } from './periodOption';
import { volumesOption } from './option';
import { volumesTable } from './table';
import { notDrawn } from './scale';

describe('volumes by month and quarter (bundled data)', () => {
	it('each partner has its own line and partial-marker series ids, by year and by month (ECharts refuses duplicates)', () => {
		const sel = { ...selectionOf({ partners: ['KAZ', 'UZB'] }), grain: 'month' as const };
		const data = volumesData(prep, sel);
		for (const option of [volumesOption(data, ctx), periodicOption(data.periodic!, ctx)]) {
			const ids = (option.series as { id: string }[]).map((s) => s.id);
			expect(ids).toEqual(['line-KAZ', 'partial-KAZ', 'line-UZB', 'partial-UZB']);
		}
	});
	it('Italian exports to Kazakhstan by month: Comext months 2019-01..2024-08, as published', () => {
		const sel = { ...selectionOf({ partners: ['KAZ'] }), grain: 'month' as const };
		const data = volumesData(prep, sel);
		expect(data.monthly).toBe(true);
		const kaz = data.periodic?.series.find((s) => s.partner === 'KAZ');
		expect(kaz?.points[0]?.period).toBe('2019-01');
		expect(kaz?.points.at(-1)?.period).toBe('2024-08');
		// data/trade.csv: 2024-03,KAZ,export,ITA,TOTAL,,92446484,EUR
		expect(kaz?.points.find((p) => p.period === '2024-03')?.value).toBe(92446484);
		const table = volumesTable({ ...viewData(sel), volumes: data }, shownContext());
		expect(table.rows.map((r) => r.period)).toContain('2024-03');
	});

	it('by quarter, 2024-Q3 holds July and August only and is marked partial', () => {
		const sel = { ...selectionOf({ partners: ['KAZ'] }), grain: 'quarter' as const };
		const data = volumesData(prep, sel);
		const q3 = data.periodic?.series[0]?.points.find((p) => p.period === '2024-Q3');
		expect(q3?.partial).toEqual({ fromMonth: 7, toMonth: 8 });
		expect(q3?.value).toBe(105369807 + 85204684);
		const table = volumesTable({ ...viewData(sel), volumes: data }, shownContext());
		const row = table.rows.find((r) => r.period === '2024-Q3');
		expect(row?.note).toBe('partial quarter: Jul–Aug 2024');
		// the partial quarter is a marker of its own, not a point of the line
		const option = periodicOption(data.periodic!, ctx) as {
			series: { id: string; data: unknown[] }[];
		};
		const line = option.series.find((s) => s.id === 'line-KAZ')!;
		expect(line.data.at(-1)).toBeNull();
	});

	it('a partner with annual figures only is named, not drawn by month; the grain is disabled without months', () => {
		const sel = { ...selectionOf({ partners: ['KAZ', 'TJK'] }), grain: 'month' as const };
		expect(volumesData(prep, sel).periodic?.without).toEqual(['TJK']);
		const tjk = { ...selectionOf({ partners: ['TJK'] }), grain: 'month' as const };
		const only = volumesData(prep, tjk);
		expect(only.monthly).toBe(false);
		expect(only.periodic).toBeNull();
	});

	it('on a log scale a negative balance is a gap on the chart and stays in the table', () => {
		const sel = selectionOf({ partners: ['KAZ', 'UZB', 'KGZ', 'RUS'], measure: 'balance' });
		const data = volumesData(prep, sel);
		const values = data.series.flatMap((s) => s.points.map((p) => p.value));
		const negatives = values.filter((v) => v !== null && v <= 0).length;
		expect(negatives).toBeGreaterThan(0);
		expect(values.some((v) => v !== null && v > 0)).toBe(true);
		expect(notDrawn(values, 'log')).toBe(negatives);
		const option = volumesOption(data, { ...ctx, measure: 'balance' }, undefined, 'log') as {
			yAxis: { type: string };
			series: { data: ({ value: number } | null)[] }[];
		};
		expect(option.yAxis.type).toBe('log');
		const drawn = option.series.flatMap((s) => s.data).filter((d) => d !== null);
		expect(drawn.every((d) => d!.value > 0)).toBe(true);
		const table = volumesTable(viewData(sel), shownContext({ measure: 'balance' }));
		expect(table.rows.filter((r) => typeof r.value === 'number' && r.value <= 0).length).toBe(
			negatives
		);
	});
});
