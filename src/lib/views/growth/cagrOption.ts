/**
 * V3 in CAGR mode: the compound annual growth rate per partner between two years, as horizontal
 * bars; a missing rate is an empty bar that still says why. Pure.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { formatSignedPercent } from '../../i18n/format';
import { countryName } from '../../i18n/names';
import type { ChartContext } from '../../charts/options/context';
import { gapText } from '../../charts/options/labels';
import {
	FLAG_LEGEND_HEIGHT,
	flagLegendGraphic,
	flagRich,
	flagsIn,
	hasFinite,
	HIDDEN_AXIS,
	noDataGraphic,
	withFlag
} from '../../charts/options/marks';
import { baseOption, GRID_LINE, MUTED, partnerColor } from '../../charts/options/theme';
import { tooltipHtml } from '../../charts/options/tooltip';
import { rateFlag, rateFooter, type GrowthData } from './rates';

type CagrRow = GrowthData['cagr'][number];

const cagrText = (ctx: ChartContext, r: CagrRow) =>
	r.cagr.value === null
		? gapText(ctx.lang, r.cagr.gap)
		: formatSignedPercent(ctx.lang, r.cagr.value, 1);

/**
 * The bars: a missing CAGR is an empty bar at 0 that still carries its label (ECharts draws no
 * label for a null value, and a blank row would read as "not computed").
 */
function cagrBars(rows: readonly CagrRow[], ctx: ChartContext, flagOf: (r: CagrRow) => string) {
	return {
		id: 'cagr',
		type: 'bar',
		barMaxWidth: 26,
		data: rows.map((r, i) => ({
			value: r.cagr.value ?? 0,
			itemStyle: {
				color: r.cagr.value === null ? 'transparent' : partnerColor(r.partner, i)
			},
			label: {
				show: true,
				position: 'right',
				color: MUTED,
				rich: flagRich(),
				formatter: () =>
					r.cagr.value === null ? cagrText(ctx, r) : withFlag(cagrText(ctx, r), flagOf(r))
			}
		}))
	};
}

export function cagrOption(data: GrowthData, ctx: ChartContext): EChartsCoreOption {
	const rows = data.cagr;
	const empty = !hasFinite(rows.map((r) => r.cagr.value));
	const flagOf = (r: CagrRow) =>
		r.cagr.value === null ? '' : rateFlag(data, r.partner, [r.from, r.to]);
	const flags = flagsIn(rows.map((r) => ({ flag: flagOf(r) })));
	return {
		...baseOption,
		grid: {
			left: 8,
			right: 88,
			top: 8,
			bottom: 24 + (flags.length ? FLAG_LEGEND_HEIGHT : 0),
			containLabel: true
		},
		graphic: empty ? noDataGraphic(ctx.lang) : flagLegendGraphic(ctx.lang, flags),
		tooltip: {
			trigger: 'item',
			confine: true,
			formatter: (params: { dataIndex: number }) => {
				const r = rows[params.dataIndex];
				if (!r) return '';
				return tooltipHtml(
					`${countryName(ctx.lang, r.partner)} · CAGR ${r.from}–${r.to}`,
					[['', cagrText(ctx, r)]],
					rateFooter(data, ctx, r.partner, [r.to, r.from])
				);
			}
		},
		xAxis: empty
			? { type: 'value', min: 0, max: 1, ...HIDDEN_AXIS }
			: {
					type: 'value',
					axisLabel: {
						color: MUTED,
						formatter: (v: number) => formatSignedPercent(ctx.lang, v, 0)
					},
					splitLine: { lineStyle: { color: GRID_LINE } }
				},
		yAxis: {
			type: 'category',
			data: rows.map((r) => countryName(ctx.lang, r.partner)),
			axisLabel: { color: MUTED },
			axisTick: { show: false }
		},
		series: [cagrBars(rows, ctx, flagOf)]
	};
}
