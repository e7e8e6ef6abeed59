/**
 * V2 by month or quarter: the measure per partner and period. Months and quarters with a figure
 * are a line; gaps ("no trade recorded", "no data") break it, never drawn as zero; a partial
 * quarter is a hollow marker of its own, as a partial year is. Pure.
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { Periodic } from './data';
import type { PeriodPoint } from '../../data/analysis/monthly';
import { formatMoney } from '../../i18n/format';
import { countryName } from '../../i18n/names';
import type { ChartContext } from '../../charts/options/context';
import { provenance, wrappingLegend } from '../../charts/options/labels';
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
import { periodLabel, periodNote } from './periods';
import { drawable, scaledAxis } from './scale';

export function periodicOption(
	data: Periodic,
	ctx: ChartContext,
	scale: Scale = 'linear'
): EChartsCoreOption {
	const categories = data.periods.map((c) => periodLabel(ctx.lang, c));
	const narrow = ctx.width < 520;
	const series = data.series.flatMap((s, i) => {
		const color = partnerColor(s.partner, i);
		const name = countryName(ctx.lang, s.partner);
		const byPeriod = new Map(s.points.map((p) => [p.period, p]));
		const item = (code: string, wantPartial: boolean) => {
			const p = byPeriod.get(code);
			const value = p ? drawable(p.value, scale) : null;
			if (!p || Boolean(p.partial) !== wantPartial || value === null) return null;
			const label = flagLabel(p.flag, color);
			return label ? { value, point: p, label } : { value, point: p };
		};
		return [
			{
				id: `line-${s.partner}`,
				name,
				type: 'line',
				data: data.periods.map((c) => item(c, false)),
				connectNulls: false,
				showSymbol: data.grain === 'quarter',
				symbolSize: 5,
				lineStyle: { width: 2, color },
				itemStyle: { color }
			},
			{
				id: `partial-${s.partner}`,
				name,
				type: 'scatter',
				data: data.periods.map((c) => item(c, true)),
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
			formatter: (params: { data?: { point?: PeriodPoint } | null }) => {
				const p = params.data?.point;
				if (!p || p.value === null) return '';
				const note = periodNote(ctx.lang, p);
				return tooltipHtml(
					`${countryName(ctx.lang, p.partner)} · ${periodLabel(ctx.lang, p.period)}`,
					[
						['', formatMoney(ctx.lang, p.value, p.currency)],
						...(note ? [['', note] as [string, string]] : [])
					],
					provenance(ctx.lang, { ...p, dataset: p.dataset ?? undefined }, ctx.datasetNames)
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
