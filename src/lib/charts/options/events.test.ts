import { describe, expect, it } from 'vitest';
import type { TradeEvent } from '../../data/schema';
import type { ChartContext } from './context';
import {
	byPeriod,
	eventBand,
	eventMarkLine,
	MAX_ROWS,
	placeLabels,
	ROW_HEIGHT,
	withEventBand
} from './events';

// Synthetic events.
const ev = (
	date: string,
	title: string,
	precision: TradeEvent['precision'] = 'month'
): TradeEvent => ({
	date,
	precision,
	countries: ['ITA', 'KAZ'],
	type: 'visit',
	title_en: title,
	title_it: `IT ${title}`,
	source: 'synthetic'
});
const ctx = (over: Partial<ChartContext> = {}): ChartContext => ({
	lang: 'en',
	currency: 'EUR',
	measure: 'export',
	width: 800,
	events: true,
	...over
});
type Item = {
	xAxis: string;
	label: { show: boolean; formatter?: string; distance?: number; fontWeight?: string };
	lineStyle?: { type: string };
	tooltip: { formatter: () => string };
};
const items = (m: ReturnType<typeof eventMarkLine>) =>
	((m as { markLine?: { data: Item[] } }).markLine?.data ?? []) as Item[];
const years = [2019, 2020, 2021, 2022, 2023, 2024];
const cats = years.map(String);

describe('event markers', () => {
	it('are labelled with the title in the chart’s language, the whole title in the tooltip', () => {
		const long = 'Strategic partnership treaty signed in Rome during the President’s state visit';
		const [en] = items(eventMarkLine([ev('2021-05', long)], years, cats, ctx()));
		expect(en?.label.show).toBe(true);
		// cut to the room it has, with an ellipsis; the tooltip keeps every word
		expect(en?.label.formatter).toMatch(/^Strategic partnership.*…$/);
		expect(en?.label.formatter?.length).toBeLessThan(long.length);
		expect(en?.tooltip.formatter()).toContain(long.replace('’', '&#39;').replace('&#39;', '’'));
		const [it] = items(eventMarkLine([ev('2021-05', 'Visit')], years, cats, ctx({ lang: 'it' })));
		expect(it?.label.formatter).toBe('IT Visit');
	});

	it('two events of one period share a marker: "title +1", both in the tooltip', () => {
		const m = items(
			eventMarkLine([ev('2024-01', 'Visit'), ev('2024', 'Forum', 'year')], years, cats, ctx())
		);
		expect(m).toHaveLength(1);
		expect(m[0]?.label.formatter).toBe('Visit +1');
		expect(m[0]?.tooltip.formatter()).toContain('Forum');
	});

	it('two close events get labels that do not overlap: another row, or one cut shorter', () => {
		const a = 'Deputy Prime Minister visits Astana';
		const b = 'President of Kazakhstan visits Italy';
		const m = items(eventMarkLine([ev('2023-09', a), ev('2024-01', b)], years, cats, ctx()));
		expect(m.map((x) => x.label.show)).toEqual([true, true]);
		expect(m[0]?.label.distance).not.toBe(m[1]?.label.distance);
		const rows = placeLabels(
			[
				{ x: 100, width: 120 },
				{ x: 140, width: 120 },
				{ x: 180, width: 120 },
				{ x: 220, width: 120 }
			],
			{ left: 0, right: 800 }
		);
		// the first three find a row (MAX_ROWS); the fourth may be cut to the room left, or left off
		expect(rows.slice(0, MAX_ROWS).every((r) => r !== null && r.row < MAX_ROWS)).toBe(true);
		expect(new Set(rows.flatMap((r) => (r ? [r.row] : []))).size).toBeGreaterThan(1);
		const spans = rows.flatMap((r, i) => {
			if (!r) return [];
			const x = [100, 140, 180, 220][i] as number;
			const [from, to] =
				r.align === 'center'
					? [x - r.width / 2, x + r.width / 2]
					: r.align === 'right'
						? [x - r.width, x]
						: [x, x + r.width];
			return [{ row: r.row, from, to }];
		});
		for (const s of spans)
			for (const o of spans)
				if (s !== o && s.row === o.row) expect(s.to <= o.from || o.to <= s.from).toBe(true);
	});

	it('a label at the right edge ends at its marker rather than leaving the chart', () => {
		const [p] = placeLabels([{ x: 790, width: 120 }], { left: 0, right: 800 });
		expect(p).toMatchObject({ row: 0, width: 120, align: 'right' });
	});

	it('the chosen event (event= in the URL) is solid, bold and in the first row', () => {
		const a = ev('2023-09', 'Deputy Prime Minister visits Astana');
		const b = ev('2024-01', 'President of Kazakhstan visits Italy');
		const m = items(eventMarkLine([a, b], years, cats, ctx(), `${b.date}|${b.title_en}`));
		expect(m[1]).toMatchObject({
			label: { fontWeight: 'bold', distance: 4 },
			lineStyle: { type: 'solid' }
		});
		expect(m[0]?.label.fontWeight).toBe('normal');
	});

	it('the band above the plot grows by a row per label row, and moves the grid down', () => {
		const m = eventMarkLine(
			[
				ev('2023-09', 'Deputy Prime Minister visits Astana'),
				ev('2024-01', 'Visit of the President')
			],
			years,
			cats,
			ctx()
		);
		const band = eventBand([m]);
		expect(band).toBe(2 * ROW_HEIGHT + 4);
		expect(withEventBand({ grid: { top: 40 }, series: [m] }).grid.top).toBe(40 + band);
		expect(eventBand([{}])).toBe(0);
	});

	it('no markers when the events are off, or none falls on the axis', () => {
		// An empty mark line (so an update clears markers drawn before), never a marker.
		const none = { markLine: { data: [] } };
		expect(eventMarkLine([ev('2021-05', 'Visit')], years, cats, ctx({ events: false }))).toEqual(
			none
		);
		expect(eventMarkLine([ev('2010-05', 'Visit')], years, cats, ctx())).toEqual(none);
	});

	it('on months and quarters, an event dated by year only has no place', () => {
		const months = byPeriod('month', ['2024-01', '2024-02']);
		expect(months(ev('2024-02-15', 'Visit', 'day'))).toBe(1);
		expect(months(ev('2024', 'Forum', 'year'))).toBe(-1);
		expect(byPeriod('quarter', ['2023-Q4', '2024-Q1'])(ev('2024-03', 'Visit'))).toBe(1);
	});
});
