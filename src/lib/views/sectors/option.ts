/**
 * V4: per partner, a 100% bar of its product detail for the latest year that has any, with the
 * part the source does not break down shown explicitly (grey, hatched), never hidden.
 * A click on a sector filters the time views.
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { SectorBreakdown } from '../../data/analysis/shares';
import { formatMoney, formatPercent } from '../../i18n/format';
import { t } from '../../i18n/messages';
import { countryName, sectorName } from '../../i18n/names';
import type { ChartContext } from '../../charts/options/context';
import { reporterLine, yearLabel } from '../../charts/options/labels';
import {
	baseOption,
	GRID_LINE,
	MUTED,
	OTHER_COLOR,
	REMAINDER_COLOR,
	SECTOR_COLORS
} from '../../charts/options/theme';
import {
	convertedLine,
	itemTooltip,
	remainderHatch,
	sourceLines
} from '../../charts/options/steps';
import { tooltipHtml } from '../../charts/options/tooltip';

export const REMAINDER = '__remainder__';
/** Detailed sectors beyond the ones the chart names, summed into one segment per bar. */
export const OTHER = '__other__';
/**
 * Sectors the chart names: one per colour. With HS6 data a partner has thousands of sectors; a
 * stack of thousands of series is unreadable and, at a million rows, stopped the dashboard from
 * drawing at all. The table view lists every sector.
 */
export const MAX_NAMED_SECTORS = SECTOR_COLORS.length;

/** The colour of a sector segment, shared with the keys under the chart (they replace a legend). */
export function sectorColor(sectors: readonly string[], code: string): string {
	if (code === REMAINDER) return REMAINDER_COLOR;
	if (code === OTHER) return OTHER_COLOR;
	const i = sectors.indexOf(code);
	return SECTOR_COLORS[(i < 0 ? 0 : i) % SECTOR_COLORS.length] as string;
}

type Rows = readonly { breakdown: SectorBreakdown | null }[];

/**
 * The sectors the chart names, in the order it stacks them: the largest by their summed share
 * across the bars, at most {@link MAX_NAMED_SECTORS}. A selected sector is always named.
 */
export function sectorOrder(rows: Rows, selected: string | null = null): string[] {
	const weight = new Map<string, number>();
	for (const r of rows)
		for (const i of r.breakdown?.items ?? [])
			weight.set(i.sector, (weight.get(i.sector) ?? 0) + i.share);
	const named = [...weight.entries()]
		.sort((a, b) => b[1] - a[1])
		.slice(0, MAX_NAMED_SECTORS)
		.map(([code]) => code);
	if (selected && weight.has(selected) && !named.includes(selected))
		named[named.length - 1] = selected;
	return named;
}

/** Detailed sectors the chart does not name (they make up its "other sectors" segment). */
export function otherSectorCount(rows: Rows, named: readonly string[]): number {
	const rest = new Set<string>();
	for (const r of rows)
		for (const i of r.breakdown?.items ?? []) if (!named.includes(i.sector)) rest.add(i.sector);
	return rest.size;
}

type SectorRows = readonly {
	partner: string;
	breakdown: SectorBreakdown | null;
	exceeds?: { year: number; partial: SectorBreakdown['partial'] } | null;
}[];

/**
 * A segment's data: its share of the bar, the amount, and where the bar's figures come from
 * (tooltip), null without a breakdown. Not the breakdown itself: ECharts copies every option it is
 * given, and a breakdown holds every sector of the year (thousands in a detailed file).
 */
interface Cell {
	value: number;
	share: number | null;
	amount: number | null;
	from: { sources: readonly string[]; converted: boolean } | null;
}

/** Each bar's name: the country and its year, or why it has no bar. */
function barNames(ctx: ChartContext, rows: SectorRows): string[] {
	return rows.map((r) => {
		const name = countryName(ctx.lang, r.partner);
		const b = r.breakdown;
		const x = r.exceeds;
		return b
			? `${name} · ${yearLabel(ctx.lang, b.year, b.partial)}`
			: x
				? `${name} · ${yearLabel(ctx.lang, x.year, x.partial)} · ${t(ctx.lang, 'sector.exceeds')}`
				: `${name} · ${t(ctx.lang, 'sector.noDetail')}`;
	});
}

/** One segment (a sector, the other sectors or the remainder) of every bar. */
function segmentCells(rows: SectorRows, named: readonly string[], code: string): Cell[] {
	return rows.map((r) => {
		const b = r.breakdown;
		// No product detail at all: an empty bar (its label says so), never a full "not broken
		// down" bar that would read as 100 % of something.
		if (!b) return { value: 0, share: null, amount: null, from: null };
		const amount =
			code === REMAINDER
				? b.remainder
				: code === OTHER
					? b.items.reduce((a, i) => (named.includes(i.sector) ? a : a + i.value), 0)
					: (b.items.find((i) => i.sector === code)?.value ?? null);
		const share = amount === null || !b.total ? null : amount / b.total;
		const from = { sources: b.sources, converted: b.converted };
		return { value: share ?? 0, share, amount, from };
	});
}

/** A segment's tooltip: its amount and share, the reporter, sources and conversion. */
function segmentTooltip(ctx: ChartContext, rows: SectorRows) {
	return (params: { seriesName: string; dataIndex: number; data?: Cell }) => {
		const d = params.data;
		const r = rows[params.dataIndex];
		if (!d || !r) return '';
		const lines: [string, string][] = d.from
			? [
					['', d.amount === null ? '—' : formatMoney(ctx.lang, d.amount, ctx.currency)],
					[t(ctx.lang, 'tooltip.share'), formatPercent(ctx.lang, d.share)]
				]
			: [['', t(ctx.lang, r.exceeds ? 'sector.exceeds' : 'sector.noDetail')]];
		const footer = [
			...reporterLine(ctx.lang, ctx.reporter, r.partner),
			...sourceLines(ctx.lang, d.from?.sources ?? []),
			...(d.from?.converted ? [convertedLine(ctx.lang, ctx.currency)] : [])
		];
		return tooltipHtml(`${countryName(ctx.lang, r.partner)} · ${params.seriesName}`, lines, footer);
	};
}

export function sectorsOption(
	data: { rows: SectorRows },
	ctx: ChartContext,
	selected: string | null
): EChartsCoreOption {
	const rows = data.rows;
	const sectors = sectorOrder(rows, selected);
	const others = otherSectorCount(rows, sectors);
	const items = rows.flatMap((r) => r.breakdown?.items ?? []);
	const label = (code: string) =>
		code === REMAINDER
			? t(ctx.lang, 'sector.remainder')
			: code === OTHER
				? t(ctx.lang, 'sector.other', { count: others })
				: sectorName(ctx.lang, code, items.find((i) => i.sector === code)?.label ?? null);
	const all = [...sectors, ...(others > 0 ? [OTHER] : []), REMAINDER];
	const isSector = (code: string) => code !== REMAINDER && code !== OTHER;
	return {
		...baseOption,
		grid: { left: 8, right: 16, top: 8, bottom: 24, containLabel: true },
		tooltip: itemTooltip(segmentTooltip(ctx, rows)),
		xAxis: {
			type: 'value',
			max: 1,
			// 0 / 50 / 100 % when narrow: five labels do not fit a 320 px plot.
			interval: ctx.width < 520 ? 0.5 : 0.2,
			axisLabel: { color: MUTED, formatter: (v: number) => formatPercent(ctx.lang, v, 0) },
			splitLine: { lineStyle: { color: GRID_LINE } }
		},
		yAxis: {
			type: 'category',
			data: barNames(ctx, rows),
			// Long names ("Tajikistan · no product detail") must not squeeze the bars away in a
			// 320 px embed: at most ~40 % of the width, cut with an ellipsis (the tooltip has all).
			axisLabel: {
				color: MUTED,
				width: Math.max(72, Math.round(ctx.width * 0.4)),
				overflow: 'truncate'
			},
			axisTick: { show: false },
			inverse: true
		},
		series: all.map((code) => ({
			id: `sector-${code}`,
			name: label(code),
			sector: code,
			type: 'bar',
			stack: 'share',
			barMaxWidth: 30,
			cursor: isSector(code) ? 'pointer' : 'default',
			itemStyle: {
				color: sectorColor(sectors, code),
				opacity: selected && selected !== code && isSector(code) ? 0.4 : 1,
				decal: code === REMAINDER ? remainderHatch() : undefined
			},
			data: segmentCells(rows, sectors, code)
		}))
	};
}
