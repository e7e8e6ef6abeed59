/**
 * V3: growth per partner as year-on-year bars (by year, or by month or quarter where the data is
 * monthly), an index (base = 100) as lines, or CAGR between two years as bars. Gaps (zero, tiny
 * or negative base; a period without trade or data; partial years) are labelled, not drawn as
 * huge bars. Built in small steps: the cells (rates.ts), the series, the option around them.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { countryName } from '../../i18n/names';
import type { ChartContext } from '../../charts/options/context';
import {
	byPeriod,
	byYear,
	eventMarks,
	withEventBand,
	type EventPlace
} from '../../charts/options/events';
import { wrappingLegend, yearSpan } from '../../charts/options/labels';
import {
	FLAG_LEGEND_HEIGHT,
	flagLabel,
	flagLegendGraphic,
	flagsIn,
	hasFinite,
	HIDDEN_AXIS,
	noDataGraphic
} from '../../charts/options/marks';
import { baseOption, faded, GRID_LINE, MUTED, partnerColor } from '../../charts/options/theme';
import { periodLabel } from '../volumes/periods';
import { cagrOption } from './cagrOption';
import {
	indexCells,
	periodCells,
	rateText,
	yoyCells,
	type GrowthData,
	type RateCell,
	type RateRow
} from './rates';

export type { GrowthData } from './rates';

/** What the chart of rates draws: its categories, a row of cells per partner, its events. */
interface RatesChart {
	mode: 'yoy' | 'index';
	categories: string[];
	rows: RateRow[];
	events: { list: GrowthData['events']; place: EventPlace; chosen: string | null };
}

const GRID = { left: 56, right: 16 };

export function growthOption(data: GrowthData, ctx: ChartContext): EChartsCoreOption {
	if (data.mode === 'cagr') return cagrOption(data, ctx);
	const p = data.mode === 'yoy' ? data.periodic : null;
	if (p) {
		return ratesOption(
			{
				mode: 'yoy',
				categories: p.periods.map((c) => periodLabel(ctx.lang, c)),
				rows: p.yoy.map((s) => ({
					partner: s.partner,
					cells: periodCells(p, ctx, s, data.sourcesFooter)
				})),
				events: {
					list: data.events,
					place: byPeriod(p.grain, p.periods),
					chosen: data.event ?? null
				}
			},
			ctx
		);
	}
	const years = yearSpan(
		data.mode === 'yoy'
			? data.yoy.flatMap((s) => s.growth.map((g) => g.year))
			: data.index.flatMap((s) => s.index.map((g) => g.year))
	);
	const rows: RateRow[] =
		data.mode === 'yoy'
			? data.yoy.map((s) => ({ partner: s.partner, cells: yoyCells(data, ctx, s, years) }))
			: data.index.map((s) => ({ partner: s.partner, cells: indexCells(data, ctx, s, years) }));
	return ratesOption(
		{
			mode: data.mode,
			categories: years.map(String),
			rows,
			events: { list: data.events, place: byYear(years), chosen: data.event ?? null }
		},
		ctx
	);
}

/** A cell's label: "n.s." for a rate that is not significant, else the flags of its figures. */
function cellLabel(c: RateCell, color: string) {
	if (c.value === null) {
		return c.ns
			? { show: true, formatter: 'n.s.', color: MUTED, fontSize: 10, position: 'insideBottom' }
			: undefined;
	}
	// a rate on a provisional or estimated figure carries its letter
	return flagLabel(c.flag, color);
}

/** A partner's series: bars (year on year) or a line (index); a partial quarter drawn hollow. */
function rateSeries(chart: RatesChart, row: RateRow, i: number, ctx: ChartContext) {
	const color = partnerColor(row.partner, i);
	return {
		id: `${chart.mode}-${row.partner}`,
		name: countryName(ctx.lang, row.partner),
		type: chart.mode === 'yoy' ? 'bar' : 'line',
		barMaxWidth: 18,
		connectNulls: false,
		symbolSize: 6,
		itemStyle: { color },
		lineStyle: { color, width: 2.5 },
		data: row.cells.map((c) =>
			c
				? {
						value: c.value,
						label: cellLabel(c, color),
						...(c.partial
							? {
									itemStyle: {
										color: faded(color, 0.7),
										borderColor: color,
										borderType: 'dashed',
										borderWidth: 1.5
									}
								}
							: {})
					}
				: null
		)
	};
}

/** What ECharts says of the item under the pointer (by index; by series and category name too). */
interface CellParams {
	componentType?: string;
	seriesIndex?: number;
	dataIndex?: number;
	seriesName?: string;
	name?: string;
}

/** The cell a tooltip is about; none for an event marker (it has a tooltip of its own). */
function cellAt(chart: RatesChart, ctx: ChartContext, p: CellParams): RateCell | null {
	if (p.componentType !== undefined && p.componentType !== 'series') return null;
	const row =
		p.seriesIndex ?? chart.rows.findIndex((r) => countryName(ctx.lang, r.partner) === p.seriesName);
	const at = p.dataIndex ?? chart.categories.indexOf(p.name ?? '');
	return chart.rows[row]?.cells[at] ?? null;
}

/** The option around the rates: legend, flag legend or "no data", axes, tooltips, events. */
function ratesOption(chart: RatesChart, ctx: ChartContext): EChartsCoreOption {
	const series = chart.rows.map((row, i) => rateSeries(chart, row, i, ctx));
	const { list, place, chosen } = chart.events;
	const marks = eventMarks(list, place, chart.categories, ctx, chosen, {
		...GRID,
		boundaryGap: true
	});
	const cells = chart.rows.flatMap((r) => r.cells.filter((c) => c !== null));
	const { legend, top } = wrappingLegend(
		chart.rows.map((r) => countryName(ctx.lang, r.partner)),
		ctx.width,
		MUTED
	);
	const flags = flagsIn(cells);
	const empty = !hasFinite(cells.map((c) => c.value));
	const fmt = (v: number) => rateText(ctx, chart.mode, v);
	return withEventBand({
		...baseOption,
		grid: { ...GRID, top, bottom: 28 + (flags.length ? FLAG_LEGEND_HEIGHT : 0) },
		graphic: empty ? noDataGraphic(ctx.lang) : flagLegendGraphic(ctx.lang, flags),
		legend,
		tooltip: {
			trigger: 'item',
			confine: true,
			formatter: (params: CellParams) => cellAt(chart, ctx, params)?.tip() ?? ''
		},
		xAxis: {
			type: 'category',
			data: chart.categories,
			axisLabel: { color: MUTED, hideOverlap: true },
			axisLine: { lineStyle: { color: GRID_LINE } }
		},
		yAxis: empty
			? { type: 'value', ...HIDDEN_AXIS }
			: {
					type: 'value',
					scale: chart.mode === 'index',
					axisLabel: { color: MUTED, formatter: fmt },
					splitLine: { lineStyle: { color: GRID_LINE } }
				},
		// the markers on a series of their own, so that they stand at the middle of a period,
		// not on the first partner's bar
		series:
			'markLine' in marks ? [...series, { id: 'events', type: 'line', data: [], ...marks }] : series
	});
}
