/**
 * V2: the measure per partner over the years. Complete years are a line; a partial year is a
 * hollow marker of its own (never joined to the line, never read as a full year), labelled with
 * its months. Events are vertical markers (V7).
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { Series } from './data';
import type { TradeEvent } from '../../data/schema';
import { countryName } from '../../i18n/names';
import type { ChartContext } from '../../charts/options/context';
import { eventMarkLine } from '../../charts/options/events';
import {
	pointLines,
	provenance,
	wrappingLegend,
	yearLabel,
	yearSpan
} from '../../charts/options/labels';
import {
	FLAG_LEGEND_HEIGHT,
	flagLabel,
	flagLegendGraphic,
	flagsIn,
	hasFinite,
	HIDDEN_AXIS,
	moneyAxis,
	noDataGraphic
} from '../../charts/options/marks';
import { baseOption, GRID_LINE, MUTED, partnerColor } from '../../charts/options/theme';
import { tooltipHtml } from '../../charts/options/tooltip';
import type { Scale } from '../../url/codec';
import { drawable, scaledAxis } from './scale';

export function volumesOption(
	data: { series: Series[]; events: readonly TradeEvent[] },
	ctx: ChartContext,
	range: { from: number | null; to: number | null } = { from: null, to: null },
	scale: Scale = 'linear'
): EChartsCoreOption {
	const years = yearSpan(data.series.flatMap((s) => s.points.map((p) => p.year)));
	const categories = years.map((y) => {
		const partial =
			data.series.flatMap((s) => s.points).find((p) => p.year === y && p.partial)?.partial ?? null;
		return yearLabel(ctx.lang, y, partial);
	});
	const narrow = ctx.width < 520;
	const series = data.series.flatMap((s, i) => {
		const color = partnerColor(s.partner, i);
		const name = countryName(ctx.lang, s.partner);
		const byYear = new Map(s.points.map((p) => [p.year, p]));
		const item = (y: number, wantPartial: boolean) => {
			const p = byYear.get(y);
			// on a log scale, zero and negative values are gaps (the table keeps them)
			const value = p ? drawable(p.value, scale) : null;
			if (!p || Boolean(p.partial) !== wantPartial || value === null) return null;
			// a provisional or estimated figure carries its letter above the point
			const label = flagLabel(p.flag, color);
			return label ? { value, point: p, label } : { value, point: p };
		};
		return [
			{
				id: `line-${s.partner}`,
				name,
				type: 'line',
				data: years.map((y) => item(y, false)),
				connectNulls: false,
				showSymbol: true,
				symbolSize: 6,
				lineStyle: { width: 2.5, color },
				itemStyle: { color },
				...(i === 0 ? eventMarkLine(data.events, years, categories, ctx) : {}),
				...(i === 0 && range.from !== null && range.to !== null
					? {
							markArea: {
								silent: true,
								itemStyle: { color: 'rgba(11,93,122,0.06)' },
								data: [[{ xAxis: String(range.from) }, { xAxis: String(range.to) }]]
							}
						}
					: {})
			},
			{
				id: `partial-${s.partner}`,
				name,
				type: 'scatter',
				data: years.map((y) => item(y, true)),
				symbol: 'emptyCircle',
				symbolSize: 10,
				itemStyle: { color, borderColor: color, borderWidth: 2, borderType: 'dashed' }
			}
		];
	});
	const { legend, top } = wrappingLegend(
		data.series.map((s) => countryName(ctx.lang, s.partner)),
		ctx.width,
		MUTED
	);
	const drawn = data.series
		.flatMap((s) => s.points)
		.filter((p) => drawable(p.value, scale) !== null);
	const flags = flagsIn(drawn);
	// "no data" only when there is none: values a log scale cannot draw are said in a note
	const empty = !hasFinite(data.series.flatMap((s) => s.points).map((p) => p.value));
	return {
		...baseOption,
		color: data.series.map((s, i) => partnerColor(s.partner, i)),
		grid: {
			left: narrow ? 52 : 72,
			right: 16,
			top,
			bottom: 28 + (flags.length ? FLAG_LEGEND_HEIGHT : 0),
			containLabel: false
		},
		graphic: empty ? noDataGraphic(ctx.lang) : flagLegendGraphic(ctx.lang, flags),
		legend,
		tooltip: {
			trigger: 'item',
			confine: true,
			formatter: (params: {
				data?: { point?: Series['points'][number] } | null;
				seriesName?: string;
			}) => {
				const p = params.data?.point;
				if (!p) return '';
				return tooltipHtml(
					`${countryName(ctx.lang, p.partner)} · ${yearLabel(ctx.lang, p.year, p.partial)}`,
					pointLines(ctx.lang, p),
					provenance(ctx.lang, p, ctx.datasetNames)
				);
			}
		},
		xAxis: {
			type: 'category',
			data: categories,
			boundaryGap: false,
			axisLabel: { color: MUTED, hideOverlap: true },
			axisLine: { lineStyle: { color: GRID_LINE } }
		},
		yAxis: empty ? { type: 'value', ...HIDDEN_AXIS } : scaledAxis(moneyAxis(ctx), scale),
		series
	};
}
