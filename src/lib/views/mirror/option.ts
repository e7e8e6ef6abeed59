/**
 * V8: Italy-reported next to partner-reported figures for one partner and flow, by year, with
 * the gap as % of the mean on a second axis; years beyond ±25 % are flagged.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { flagCodes, flagsText } from '../core/provenance';
import type { Currency } from '../../data/schema';
import type { MirrorRow } from './data';
import { formatMoney, formatSignedPercent, formatMultiple } from '../../i18n/format';
import { t } from '../../i18n/messages';
import { countryName, countryPhrase } from '../../i18n/names';
import type { ChartContext } from '../../charts/options/context';
import { legendRows } from '../../charts/options/export';
import { baseOption, GRID_LINE, MUTED } from '../../charts/options/theme';
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
import { tooltipHtml } from '../../charts/options/tooltip';

export const ITALY_COLOR = '#0B5D7A';
export const PARTNER_SIDE_COLOR = '#C44E00';
export const GAP_COLOR = '#4a5563';

/**
 * A mirror row with what the tooltip says of each side when the view model gives it (optional,
 * so the builder draws any {@link MirrorRow}): the figure as published and its flag.
 */
export type MirrorBar = MirrorRow & {
	italyReported?: { value: number; currency: Currency } | null;
	partnerReported?: { value: number; currency: Currency } | null;
	italyFlag?: string;
	partnerFlag?: string;
};

export function mirrorOption(rows: readonly MirrorBar[], ctx: ChartContext): EChartsCoreOption {
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
	const empty = !hasFinite(rows.flatMap((r) => [r.italy, r.partnerValue]));
	const flags = flagsIn(
		rows.flatMap((r) => [
			r.italy === null ? null : { flag: r.italyFlag },
			r.partnerValue === null ? null : { flag: r.partnerFlag }
		])
	);
	const bar = (value: number | null, flag: string | undefined, color: string) => {
		const label = value === null ? undefined : flagLabel(flag, color);
		return label ? { value, label } : value;
	};
	return {
		...baseOption,
		grid: {
			left: narrow ? 52 : 64,
			right: narrow ? 44 : 56,
			top: 40 + (legendLines - 1) * 22,
			bottom: 28 + (flags.length ? FLAG_LEGEND_HEIGHT : 0)
		},
		graphic: empty ? noDataGraphic(ctx.lang) : flagLegendGraphic(ctx.lang, flags),
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
				const flagged = (flag: string | undefined) =>
					flagCodes(flag).length ? ` (${flagsText(ctx.lang, flagCodes(flag))})` : '';
				const lines: [string, string][] = [
					[italyName, formatMoney(ctx.lang, r.italy, ctx.currency) + flagged(r.italyFlag)],
					[
						partnerName,
						formatMoney(ctx.lang, r.partnerValue, ctx.currency) + flagged(r.partnerFlag)
					]
				];
				if (r.gapShare !== null) lines.push([gapName, formatSignedPercent(ctx.lang, r.gapShare)]);
				if (r.ratio !== null) lines.push(['', formatMultiple(ctx.lang, r.ratio)]);
				if (r.note) lines.push(['', t(ctx.lang, `gap.${r.note}`)]);
				const footer = r.sources.map((x) => `${t(ctx.lang, 'tooltip.source')}: ${x}`);
				if (r.converted) {
					// each side as published, beside the note that it was converted
					const published = [
						[italyName, r.italyReported],
						[partnerName, r.partnerReported]
					] as const;
					const from = published.flatMap(([, p]) =>
						p && p.currency !== ctx.currency ? [p.currency] : []
					);
					footer.push(
						t(ctx.lang, 'prov.convertedShort', {
							from: from[0] ?? (ctx.currency === 'EUR' ? 'USD' : 'EUR')
						})
					);
					for (const [name, p] of published)
						if (p && p.currency !== ctx.currency)
							footer.push(
								`${name}: ${t(ctx.lang, 'prov.asPublished', { value: formatMoney(ctx.lang, p.value, p.currency) })}`
							);
				}
				return tooltipHtml(`${countryName(ctx.lang, r.partner)} · ${r.year}`, lines, footer);
			}
		},
		xAxis: {
			type: 'category',
			data: years,
			axisLabel: { color: MUTED, hideOverlap: true },
			axisLine: { lineStyle: { color: GRID_LINE } }
		},
		yAxis: empty
			? [
					{ type: 'value', ...HIDDEN_AXIS },
					{ type: 'value', ...HIDDEN_AXIS }
				]
			: [
					moneyAxis(ctx),
					{
						type: 'value',
						axisLabel: {
							color: MUTED,
							formatter: (v: number) => formatSignedPercent(ctx.lang, v, 0)
						},
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
				data: rows.map((r) => bar(r.italy, r.italyFlag, ITALY_COLOR))
			},
			{
				id: 'partner',
				name: partnerName,
				type: 'bar',
				barMaxWidth: 22,
				itemStyle: { color: PARTNER_SIDE_COLOR },
				data: rows.map((r) => bar(r.partnerValue, r.partnerFlag, PARTNER_SIDE_COLOR))
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
