/**
 * V8: Italy-reported next to partner-reported figures for one partner and flow, by year, with
 * the gap as % of the mean on a second axis; years beyond ±25 % are flagged.
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { MirrorRow } from '../../views/mirror';
import {
	formatAxisMoney,
	formatMoney,
	formatSignedPercent,
	formatMultiple
} from '../../i18n/format';
import { t } from '../../i18n/messages';
import { countryName, countryPhrase } from '../../i18n/names';
import type { ChartContext } from './context';
import { legendRows } from './export';
import { baseOption, GRID_LINE, MUTED } from './theme';
import { tooltipHtml } from './tooltip';

export const ITALY_COLOR = '#0B5D7A';
export const PARTNER_SIDE_COLOR = '#C44E00';
export const GAP_COLOR = '#4a5563';

export function mirrorOption(rows: readonly MirrorRow[], ctx: ChartContext): EChartsCoreOption {
	const partner = rows[0]?.partner ?? '';
	const italyName = t(ctx.lang, 'mirror.italyReported');
	const partnerName = t(ctx.lang, 'mirror.partnerReported', {
		partner: countryPhrase(ctx.lang, partner, 'da')
	});
	const gapName = t(ctx.lang, 'mirror.gap');
	const years = rows.map((r) => String(r.year));
	// A narrow chart (a phone, a 320 px embed) wraps the legend: the plot starts below it.
	const narrow = ctx.width < 520;
	const legendLines = Math.max(1, legendRows([italyName, partnerName, gapName], ctx.width - 10));
	return {
		...baseOption,
		grid: {
			left: narrow ? 52 : 64,
			right: narrow ? 44 : 56,
			top: 40 + (legendLines - 1) * 22,
			bottom: 28
		},
		legend: {
			top: 0,
			left: 0,
			data: [italyName, partnerName, gapName],
			textStyle: { color: MUTED }
		},
		tooltip: {
			trigger: 'axis',
			confine: true,
			axisPointer: { type: 'shadow' },
			formatter: (params: { dataIndex: number }[]) => {
				const r = rows[params[0]?.dataIndex ?? -1];
				if (!r) return '';
				const lines: [string, string][] = [
					[italyName, formatMoney(ctx.lang, r.italy, ctx.currency)],
					[partnerName, formatMoney(ctx.lang, r.partnerValue, ctx.currency)]
				];
				if (r.gapShare !== null) lines.push([gapName, formatSignedPercent(ctx.lang, r.gapShare)]);
				if (r.ratio !== null) lines.push(['', formatMultiple(ctx.lang, r.ratio)]);
				if (r.note) lines.push(['', t(ctx.lang, `gap.${r.note}`)]);
				const footer = [...r.sources];
				if (r.converted)
					footer.push(
						t(ctx.lang, ctx.currency === 'EUR' ? 'source.converted' : 'source.convertedEur')
					);
				return tooltipHtml(`${countryName(ctx.lang, r.partner)} · ${r.year}`, lines, footer);
			}
		},
		xAxis: {
			type: 'category',
			data: years,
			axisLabel: { color: MUTED, hideOverlap: true },
			axisLine: { lineStyle: { color: GRID_LINE } }
		},
		yAxis: [
			{
				type: 'value',
				axisLabel: {
					color: MUTED,
					formatter: (v: number) => formatAxisMoney(ctx.lang, v, ctx.currency)
				},
				splitLine: { lineStyle: { color: GRID_LINE } }
			},
			{
				type: 'value',
				axisLabel: { color: MUTED, formatter: (v: number) => formatSignedPercent(ctx.lang, v, 0) },
				splitLine: { show: false }
			}
		],
		series: [
			{
				id: 'italy',
				name: italyName,
				type: 'bar',
				barMaxWidth: 22,
				itemStyle: { color: ITALY_COLOR },
				data: rows.map((r) => r.italy)
			},
			{
				id: 'partner',
				name: partnerName,
				type: 'bar',
				barMaxWidth: 22,
				itemStyle: { color: PARTNER_SIDE_COLOR },
				data: rows.map((r) => r.partnerValue)
			},
			{
				id: 'gap',
				name: gapName,
				type: 'line',
				yAxisIndex: 1,
				connectNulls: false,
				lineStyle: { color: GAP_COLOR, type: 'dashed' },
				itemStyle: { color: GAP_COLOR },
				// Diamonds throughout, so the legend's symbol is the one on the chart; the flagged
				// years are the larger ones, marked "!".
				symbol: 'diamond',
				data: rows.map((r) => ({
					value: r.gapShare,
					symbolSize: r.flagged ? 12 : 7,
					label: r.flagged
						? { show: true, formatter: '!', color: GAP_COLOR, position: 'top', fontWeight: 'bold' }
						: undefined
				}))
			}
		]
	};
}
