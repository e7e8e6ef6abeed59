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
import type { ChartContext } from './context';
import { yearLabel } from './labels';
import { baseOption, GRID_LINE, MUTED, REMAINDER_COLOR, SECTOR_COLORS } from './theme';
import { tooltipHtml } from './tooltip';

export const REMAINDER = '__remainder__';

/** The colour of a sector segment, shared with the keys under the chart (they replace a legend). */
export function sectorColor(sectors: readonly string[], code: string): string {
	if (code === REMAINDER) return REMAINDER_COLOR;
	const i = sectors.indexOf(code);
	return SECTOR_COLORS[(i < 0 ? 0 : i) % SECTOR_COLORS.length] as string;
}

/** Sector codes in the order the chart stacks them. */
export function sectorOrder(rows: readonly { breakdown: SectorBreakdown | null }[]): string[] {
	return [...new Set(rows.flatMap((r) => r.breakdown?.items.map((i) => i.sector) ?? []))];
}

export function sectorsOption(
	data: { rows: { partner: string; breakdown: SectorBreakdown | null }[] },
	ctx: ChartContext,
	selected: string | null
): EChartsCoreOption {
	const rows = data.rows;
	const sectors = sectorOrder(rows);
	const label = (code: string) =>
		code === REMAINDER
			? t(ctx.lang, 'sector.remainder')
			: sectorName(
					ctx.lang,
					code,
					rows.flatMap((r) => r.breakdown?.items ?? []).find((i) => i.sector === code)?.label ??
						null
				);
	const categories = rows.map((r) => {
		const name = countryName(ctx.lang, r.partner);
		const b = r.breakdown;
		return b
			? `${name} · ${yearLabel(ctx.lang, b.year, b.partial)}`
			: `${name} · ${t(ctx.lang, 'sector.noDetail')}`;
	});
	const cell = (code: string) =>
		rows.map((r) => {
			const b = r.breakdown;
			if (!b)
				return code === REMAINDER
					? { value: 1, share: null, amount: null, b }
					: { value: 0, share: null, amount: null, b };
			const amount =
				code === REMAINDER ? b.remainder : (b.items.find((i) => i.sector === code)?.value ?? null);
			const share = amount === null || !b.total ? null : amount / b.total;
			return { value: share ?? 0, share, amount, b };
		});
	const all = [...sectors, REMAINDER];
	return {
		...baseOption,
		grid: { left: 8, right: 16, top: 8, bottom: 24, containLabel: true },
		tooltip: {
			trigger: 'item',
			confine: true,
			formatter: (params: {
				seriesName: string;
				dataIndex: number;
				data?: { share: number | null; amount: number | null; b: SectorBreakdown | null };
			}) => {
				const d = params.data;
				const r = rows[params.dataIndex];
				if (!d || !r) return '';
				const lines: [string, string][] = d.b
					? [
							['', d.amount === null ? '—' : formatMoney(ctx.lang, d.amount, ctx.currency)],
							[t(ctx.lang, 'tooltip.share'), formatPercent(ctx.lang, d.share)]
						]
					: [['', t(ctx.lang, 'sector.noDetail')]];
				return tooltipHtml(
					`${countryName(ctx.lang, r.partner)} · ${params.seriesName}`,
					lines,
					d.b?.sources ?? []
				);
			}
		},
		xAxis: {
			type: 'value',
			max: 1,
			axisLabel: { color: MUTED, formatter: (v: number) => formatPercent(ctx.lang, v, 0) },
			splitLine: { lineStyle: { color: GRID_LINE } }
		},
		yAxis: {
			type: 'category',
			data: categories,
			axisLabel: { color: MUTED },
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
			cursor: code === REMAINDER ? 'default' : 'pointer',
			itemStyle: {
				color: sectorColor(sectors, code),
				opacity: selected && selected !== code && code !== REMAINDER ? 0.4 : 1,
				decal:
					code === REMAINDER
						? {
								symbol: 'rect',
								dashArrayX: [1, 0],
								dashArrayY: [2, 4],
								rotation: Math.PI / 4,
								color: 'rgba(255,255,255,0.55)'
							}
						: undefined
			},
			data: cell(code)
		}))
	};
}
