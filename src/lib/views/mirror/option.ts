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
import { legendRows } from '../../charts/options/picture';
import { baseOption, MUTED } from '../../charts/options/theme';
import { flagLabel, flagsIn, hasFinite, HIDDEN_AXIS, moneyAxis } from '../../charts/options/marks';
import {
	axisTooltip,
	bottomRoom,
	convertedLine,
	periodAxis,
	sourceLines,
	statusGraphic,
	topLegend
} from '../../charts/options/steps';
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

/** The names of the two sides and the gap, as the legend and the tooltips give them. */
interface SideNames {
	italy: string;
	partner: string;
	gap: string;
}

function sideNames(ctx: ChartContext, partner: string): SideNames {
	return {
		italy: t(ctx.lang, 'mirror.italyReported'),
		partner: t(ctx.lang, 'mirror.partnerReported', {
			partner: countryPhrase(ctx.lang, partner, 'da')
		}),
		gap: t(ctx.lang, 'mirror.gap')
	};
}

/** Footer lines of a converted year: the note, and each side converted as it was published. */
function conversionLines(r: MirrorBar, ctx: ChartContext, names: SideNames): string[] {
	const published = [
		[names.italy, r.italyReported],
		[names.partner, r.partnerReported]
	] as const;
	const foreign = published.flatMap(([name, p]) =>
		p && p.currency !== ctx.currency ? [{ name, p }] : []
	);
	return [
		convertedLine(ctx.lang, ctx.currency, foreign[0]?.p.currency),
		...foreign.map(
			({ name, p }) =>
				`${name}: ${t(ctx.lang, 'prov.asPublished', { value: formatMoney(ctx.lang, p.value, p.currency) })}`
		)
	];
}

/** One year's tooltip: both sides (with their flags), the gap, the ratio, the usual cause. */
function yearTooltip(r: MirrorBar, ctx: ChartContext, names: SideNames): string {
	const flagged = (flag: string | undefined) =>
		flagCodes(flag).length ? ` (${flagsText(ctx.lang, flagCodes(flag))})` : '';
	const lines: [string, string][] = [
		[names.italy, formatMoney(ctx.lang, r.italy, ctx.currency) + flagged(r.italyFlag)],
		[names.partner, formatMoney(ctx.lang, r.partnerValue, ctx.currency) + flagged(r.partnerFlag)]
	];
	if (r.gapShare !== null) lines.push([names.gap, formatSignedPercent(ctx.lang, r.gapShare)]);
	if (r.ratio !== null) lines.push(['', formatMultiple(ctx.lang, r.ratio)]);
	if (r.note) lines.push(['', t(ctx.lang, `gap.${r.note}`)]);
	const footer = [
		...sourceLines(ctx.lang, r.sources),
		...(r.converted ? conversionLines(r, ctx, names) : [])
	];
	return tooltipHtml(`${countryName(ctx.lang, r.partner)} · ${r.year}`, lines, footer);
}

/** One side's bars, a flagged year carrying its letter above the bar. */
function sideBars(id: string, name: string, color: string, bars: [number | null, string?][]) {
	return {
		id,
		name,
		type: 'bar',
		barMaxWidth: 22,
		itemStyle: { color },
		data: bars.map(([value, flag]) => {
			const label = value === null ? undefined : flagLabel(flag, color);
			return label ? { value, label } : value;
		})
	};
}

/** The gap as % of the mean: a dashed line of diamonds, the flagged years larger and marked "!". */
function gapLine(rows: readonly MirrorBar[], name: string) {
	return {
		id: 'gap',
		name,
		type: 'line',
		yAxisIndex: 1,
		connectNulls: false,
		lineStyle: { color: GAP_COLOR, type: 'dashed' },
		itemStyle: { color: GAP_COLOR },
		// Diamonds throughout, so the legend's symbol is the one on the chart.
		symbol: 'diamond',
		data: rows.map((r) => ({
			value: r.gapShare,
			symbolSize: r.flagged ? 12 : 7,
			label: r.flagged
				? { show: true, formatter: '!', color: GAP_COLOR, position: 'top', fontWeight: 'bold' }
				: undefined
		}))
	};
}

/** Money on the left, the gap in per cent on the right; neither when there is no figure. */
function mirrorAxes(ctx: ChartContext, empty: boolean) {
	if (empty)
		return [
			{ type: 'value', ...HIDDEN_AXIS },
			{ type: 'value', ...HIDDEN_AXIS }
		];
	const percentAxis = {
		type: 'value',
		axisLabel: { color: MUTED, formatter: (v: number) => formatSignedPercent(ctx.lang, v, 0) },
		splitLine: { show: false }
	};
	return [moneyAxis(ctx), percentAxis];
}

export function mirrorOption(rows: readonly MirrorBar[], ctx: ChartContext): EChartsCoreOption {
	const names = sideNames(ctx, rows[0]?.partner ?? '');
	const legend = [names.italy, names.partner, names.gap];
	// A narrow chart (a phone, a 320 px embed) wraps the legend: the plot starts below it.
	const narrow = ctx.width < 520;
	const legendLines = Math.max(1, legendRows(legend, ctx.width - 10));
	const empty = !hasFinite(rows.flatMap((r) => [r.italy, r.partnerValue]));
	const flags = flagsIn(
		rows.flatMap((r) => [
			r.italy === null ? null : { flag: r.italyFlag },
			r.partnerValue === null ? null : { flag: r.partnerFlag }
		])
	);
	return {
		...baseOption,
		grid: {
			left: narrow ? 52 : 64,
			right: narrow ? 44 : 56,
			top: 40 + (legendLines - 1) * 22,
			bottom: bottomRoom(28, flags)
		},
		graphic: statusGraphic(ctx.lang, empty, flags),
		legend: topLegend(legend),
		tooltip: axisTooltip((params: { dataIndex: number }[]) => {
			const r = rows[params[0]?.dataIndex ?? -1];
			return r ? yearTooltip(r, ctx, names) : '';
		}),
		xAxis: periodAxis(rows.map((r) => String(r.year))),
		yAxis: mirrorAxes(ctx, empty),
		series: [
			sideBars(
				'italy',
				names.italy,
				ITALY_COLOR,
				rows.map((r) => [r.italy, r.italyFlag])
			),
			sideBars(
				'partner',
				names.partner,
				PARTNER_SIDE_COLOR,
				rows.map((r) => [r.partnerValue, r.partnerFlag])
			),
			gapLine(rows, names.gap)
		]
	};
}
