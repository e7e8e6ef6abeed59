/**
 * What the volumes chart by year (option.ts) and by month or quarter (periodOption.ts) share: a
 * partner's figures as a line plus a hollow marker for partial periods, and the option around
 * them (legend, flag legend, "no data", period axis, money or log axis). Pure.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { countryName } from '../../i18n/names';
import type { ChartContext } from '../../charts/options/context';
import { wrappingLegend } from '../../charts/options/labels';
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
import type { Scale } from '../../url/codec';
import { drawable, scaledAxis } from './scale';

/** A figure as the chart reads it: a value, whether its period is partial, its flag. */
interface Drawn {
	value: number | null;
	partial?: unknown;
	flag?: string | null;
}

/** Where a partner's figures sit: the periods in order and the figure of each. */
export interface Periods<K, P> {
	keys: readonly K[];
	at: (key: K) => P | undefined;
}

/**
 * A partner's two series: the line of its complete periods (`width` wide, `line` adds symbols
 * and marks) and the hollow markers of its partial ones.
 */
export function partnerLines<K, P extends Drawn>(
	partner: { partner: string; index: number },
	periods: Periods<K, P>,
	ctx: ChartContext,
	scale: Scale,
	width: number,
	line: Record<string, unknown>
) {
	const color = partnerColor(partner.partner, partner.index);
	const name = countryName(ctx.lang, partner.partner);
	const item = (key: K, wantPartial: boolean) => {
		const p = periods.at(key);
		// on a log scale, zero and negative values are gaps (the table keeps them)
		const value = p ? drawable(p.value, scale) : null;
		if (!p || Boolean(p.partial) !== wantPartial || value === null) return null;
		// a provisional or estimated figure carries its letter above the point
		const label = flagLabel(p.flag, color);
		return label ? { value, point: p, label } : { value, point: p };
	};
	return [
		{
			id: `line-${partner.partner}`,
			name,
			type: 'line',
			data: periods.keys.map((k) => item(k, false)),
			connectNulls: false,
			lineStyle: { width, color },
			itemStyle: { color },
			...line
		},
		{
			id: `partial-${partner.partner}`,
			name,
			type: 'scatter',
			data: periods.keys.map((k) => item(k, true)),
			symbol: 'emptyCircle',
			symbolSize: 10,
			itemStyle: { color, borderColor: color, borderWidth: 2, borderType: 'dashed' }
		}
	];
}

/** The option around the partners' series: one colour and legend entry a partner. */
export function linesOption(
	partners: readonly { partner: string; points: readonly Drawn[] }[],
	categories: string[],
	series: unknown[],
	tooltip: Record<string, unknown>,
	ctx: ChartContext,
	scale: Scale
): EChartsCoreOption {
	const { legend, top } = wrappingLegend(
		partners.map((s) => countryName(ctx.lang, s.partner)),
		ctx.width,
		MUTED
	);
	const points = partners.flatMap((s) => s.points);
	const flags = flagsIn(points.filter((p) => drawable(p.value, scale) !== null));
	// "no data" only when there is none: values a log scale cannot draw are said in a note
	const empty = !hasFinite(points.map((p) => p.value));
	return {
		...baseOption,
		color: partners.map((s, i) => partnerColor(s.partner, i)),
		grid: {
			left: ctx.width < 520 ? 52 : 72,
			right: 16,
			top,
			bottom: 28 + (flags.length ? FLAG_LEGEND_HEIGHT : 0),
			containLabel: false
		},
		graphic: empty ? noDataGraphic(ctx.lang) : flagLegendGraphic(ctx.lang, flags),
		legend,
		tooltip: { trigger: 'item', confine: true, ...tooltip },
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
