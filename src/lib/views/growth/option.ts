/**
 * V3: growth per partner as year-on-year bars, an index (base = 100) as lines, or CAGR between
 * two years as bars. Gaps (zero, tiny or negative base; partial years) are labelled, not drawn
 * as huge bars.
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { GrowthPoint } from '../../data/analysis/growth';
import type { Maybe } from '../../data/analysis/types';
import type { TradeEvent } from '../../data/schema';
import { formatMoney, formatNumber, formatSignedPercent } from '../../i18n/format';
import { t } from '../../i18n/messages';
import { countryName } from '../../i18n/names';
import type { ChartContext } from '../../charts/options/context';
import { eventMarkLine } from '../../charts/options/events';
import { datasetLabel } from '../core/provenance';
import type { MeasurePoint } from '../../data/analysis/measures';
import { gapText, provenance, wrappingLegend, yearSpan } from '../../charts/options/labels';
import {
	FLAG_LEGEND_HEIGHT,
	flagLabel,
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

export interface GrowthData {
	mode: 'yoy' | 'index' | 'cagr';
	base: number | null;
	from: number | null;
	to: number | null;
	events: readonly TradeEvent[];
	yoy: { partner: string; growth: GrowthPoint[] }[];
	index: { partner: string; index: { year: number; index: Maybe }[] }[];
	cagr: { partner: string; cagr: Maybe; from: number; to: number }[];
	sourcesFooter: string[];
	/**
	 * The figures the rates compare (the volumes series): when given, a tooltip names the
	 * figure's reporter, sources, flag and conversion, and flagged figures are marked.
	 */
	series?: readonly { partner: string; points: readonly MeasurePoint[] }[];
}

/** The figure of a partner's year, when the series are given. */
function pointOf(data: GrowthData, partner: string, year: number | null): MeasurePoint | undefined {
	if (year === null) return undefined;
	return data.series?.find((s) => s.partner === partner)?.points.find((p) => p.year === year);
}

/** Flags of the figures a rate compares (the year and its base). */
function rateFlag(data: GrowthData, partner: string, years: readonly (number | null)[]): string {
	return years.map((y) => pointOf(data, partner, y)?.flag ?? '').join('');
}

/** Tooltip footer of a rate: its figures' provenance, else the view's sources. */
function rateFooter(
	data: GrowthData,
	ctx: ChartContext,
	partner: string,
	years: readonly (number | null)[],
	datasets: readonly string[] | null = null
): string[] {
	const points = years.flatMap((y) => pointOf(data, partner, y) ?? []);
	const current = points[0];
	if (!current) return data.sourcesFooter;
	const lines = provenance(
		ctx.lang,
		{
			...current,
			sources: [...new Set(points.flatMap((p) => p.sources))].sort(),
			flag: points.map((p) => p.flag).join('')
		},
		ctx.datasetNames
	);
	if (points.some((p) => p.converted) && points.every((p) => p.reported)) {
		const currency = current.reported?.currency ?? ctx.currency;
		lines.push(t(ctx.lang, 'prov.growthPublished', { currency }));
	}
	if (datasets)
		lines.push(
			`${t(ctx.lang, 'prov.datasets')}: ${datasets.map((d) => datasetLabel(ctx.lang, d, ctx.datasetNames)).join(' → ')}`
		);
	return lines;
}

export function growthOption(data: GrowthData, ctx: ChartContext): EChartsCoreOption {
	if (data.mode === 'cagr') return cagrOption(data, ctx);
	const rows = data.mode === 'yoy' ? data.yoy : data.index;
	const years = yearSpan(
		data.mode === 'yoy'
			? data.yoy.flatMap((s) => s.growth.map((g) => g.year))
			: data.index.flatMap((s) => s.index.map((g) => g.year))
	);
	const categories = years.map(String);
	const fmt = (v: number) =>
		data.mode === 'yoy' ? formatSignedPercent(ctx.lang, v, 0) : formatNumber(ctx.lang, v, 0);
	const flagged: { value: number | null; flag: string }[] = [];
	const series = rows.map((s, i) => {
		const color = partnerColor(s.partner, i);
		const cells = years.map((y) => {
			if (data.mode === 'yoy') {
				const g = (s as (typeof data.yoy)[number]).growth.find((p) => p.year === y);
				return g
					? {
							value: g.growth.value,
							g,
							gap: g.growth.gap,
							flag:
								g.growth.value === null
									? ''
									: rateFlag(data, s.partner, g.sameMonths ? [y] : [y, y - 1])
						}
					: null;
			}
			const g = (s as (typeof data.index)[number]).index.find((p) => p.year === y);
			return g
				? {
						value: g.index.value,
						gap: g.index.gap,
						flag: g.index.value === null ? '' : rateFlag(data, s.partner, [y])
					}
				: null;
		});
		cells.forEach((c) => c && flagged.push(c));
		return {
			id: `${data.mode}-${s.partner}`,
			name: countryName(ctx.lang, s.partner),
			type: data.mode === 'yoy' ? 'bar' : 'line',
			barMaxWidth: 18,
			connectNulls: false,
			symbolSize: 6,
			itemStyle: { color },
			lineStyle: { color, width: 2.5 },
			data: cells.map((c) =>
				c
					? {
							value: c.value,
							gap: c.gap,
							partner: s.partner,
							g: 'g' in c ? c.g : undefined,
							label:
								c.value === null && c.gap && c.gap !== 'no-data' && data.mode === 'yoy'
									? {
											show: true,
											formatter: 'n.s.',
											color: MUTED,
											fontSize: 10,
											position: 'insideBottom'
										}
									: c.value !== null
										? // a rate on a provisional or estimated figure carries its letter
											flagLabel(c.flag, color)
										: undefined
						}
					: null
			),
			...(i === 0 ? eventMarkLine(data.events, years, categories, ctx) : {})
		};
	});
	const { legend, top } = wrappingLegend(
		rows.map((s) => countryName(ctx.lang, s.partner)),
		ctx.width,
		MUTED
	);
	const flags = flagsIn(flagged);
	const empty = !hasFinite(flagged.map((c) => c.value));
	return {
		...baseOption,
		grid: { left: 56, right: 16, top, bottom: 28 + (flags.length ? FLAG_LEGEND_HEIGHT : 0) },
		graphic: empty ? noDataGraphic(ctx.lang) : flagLegendGraphic(ctx.lang, flags),
		legend,
		tooltip: {
			trigger: 'item',
			confine: true,
			formatter: (params: {
				seriesName: string;
				name: string;
				data?: {
					value: number | null;
					gap?: string;
					g?: GrowthPoint;
					partner?: string;
				} | null;
			}) => {
				const d = params.data;
				if (!d) return '';
				const main =
					d.value === null ? gapText(ctx.lang, (d.gap ?? 'no-data') as Maybe['gap']) : fmt(d.value);
				const lines: [string, string][] = [['', main]];
				const g = d.g;
				if (g && g.current !== null && g.base !== null) {
					lines.push(['', formatMoney(ctx.lang, g.current, ctx.currency)]);
					lines.push([
						'',
						t(ctx.lang, g.sameMonths ? 'tooltip.vsSameMonths' : 'tooltip.vsPrev', {
							value: formatMoney(ctx.lang, g.base, ctx.currency),
							year: g.year - 1
						})
					]);
				}
				const year = Number(params.name);
				const years =
					data.mode === 'yoy' ? (g?.sameMonths ? [year] : [year, year - 1]) : [year, data.base];
				return tooltipHtml(
					`${params.seriesName} · ${params.name}`,
					lines,
					d.partner
						? rateFooter(
								data,
								ctx,
								d.partner,
								years,
								(g as { datasets?: string[] | null })?.datasets
							)
						: data.sourcesFooter
				);
			}
		},
		xAxis: {
			type: 'category',
			data: categories,
			axisLabel: { color: MUTED, hideOverlap: true },
			axisLine: { lineStyle: { color: GRID_LINE } }
		},
		yAxis: empty
			? { type: 'value', ...HIDDEN_AXIS }
			: {
					type: 'value',
					scale: data.mode === 'index',
					axisLabel: { color: MUTED, formatter: fmt },
					splitLine: { lineStyle: { color: GRID_LINE } }
				},
		series
	};
}

function cagrOption(data: GrowthData, ctx: ChartContext): EChartsCoreOption {
	const rows = data.cagr;
	const empty = !hasFinite(rows.map((r) => r.cagr.value));
	const flagOf = (r: (typeof rows)[number]) =>
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
				const v =
					r.cagr.value === null
						? gapText(ctx.lang, r.cagr.gap)
						: formatSignedPercent(ctx.lang, r.cagr.value, 1);
				return tooltipHtml(
					`${countryName(ctx.lang, r.partner)} · CAGR ${r.from}–${r.to}`,
					[['', v]],
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
		series: [
			{
				id: 'cagr',
				type: 'bar',
				barMaxWidth: 26,
				// A missing CAGR is an empty bar at 0 that still carries its label (ECharts draws no
				// label for a null value, and a blank row would read as "not computed").
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
							r.cagr.value === null
								? gapText(ctx.lang, r.cagr.gap)
								: withFlag(formatSignedPercent(ctx.lang, r.cagr.value, 1), flagOf(r))
					}
				}))
			}
		]
	};
}
