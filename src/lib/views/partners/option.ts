/**
 * V5: one bar per partner for the measure over the chosen years. A click selects the country
 * in every other view; the selected bar stays strong, the others fade.
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { Currency } from '../../data/schema';
import type { Lang } from '../../i18n/lang';
import type { PartnerBar } from './data';
import { formatAxisMoney, formatMoneyCompact, formatMoney } from '../../i18n/format';
import { countryName } from '../../i18n/names';
import { barPeriodText } from '../core/describe';
import type { ChartContext } from '../../charts/options/context';
import { gapText, provenance } from '../../charts/options/labels';
import { baseOption, GRID_LINE, MUTED, partnerColor, faded } from '../../charts/options/theme';
import { flagsIn, hasFinite, HIDDEN_AXIS, withFlag } from '../../charts/options/marks';
import { barEndLabel, bottomRoom, itemTooltip, statusGraphic } from '../../charts/options/steps';
import { tooltipHtml } from '../../charts/options/tooltip';

/**
 * A bar with what the tooltip says of its figure: its flag, dataset and published value when the
 * view model gives them (optional, so the builder draws any {@link PartnerBar}).
 */
export type Bar = PartnerBar & {
	flag?: string;
	dataset?: string;
	reported?: { value: number; currency: Currency } | null;
};

/**
 * A bar's tooltip title: the country and its own period ("Kazakhstan · 2021" beside "Uzbekistan ·
 * 2022"), never the range of all bars; a country without a figure has no period. Bars without a
 * period of their own (built by hand) take `rangeLabel`.
 */
export function barTitle(lang: Lang, b: Bar, rangeLabel: string): string {
	const when = b.period === undefined ? rangeLabel : barPeriodText(lang, b.period);
	return when ? `${countryName(lang, b.partner)} · ${when}` : countryName(lang, b.partner);
}

/** A bar's tooltip (the bars and the map): its country and period, value or gap, provenance. */
export function barTooltipHtml(ctx: ChartContext, b: Bar, rangeLabel: string): string {
	const value =
		b.value === null ? gapText(ctx.lang, b.gap) : formatMoney(ctx.lang, b.value, ctx.currency);
	return tooltipHtml(
		barTitle(ctx.lang, b, rangeLabel),
		[['', value]],
		provenance(ctx.lang, { ...b, currency: ctx.currency }, ctx.datasetNames)
	);
}

export function partnersOption(
	data: { bars: readonly Bar[]; rangeLabel: string },
	ctx: ChartContext,
	focus: string | null
): EChartsCoreOption {
	const bars: Bar[] = [...data.bars].sort(
		(a, b) => (a.value ?? -Infinity) - (b.value ?? -Infinity)
	);
	const empty = !hasFinite(bars.map((b) => b.value));
	const flags = flagsIn(bars.filter((b) => b.value !== null));
	return {
		...baseOption,
		grid: { left: 8, right: 72, top: 8, bottom: bottomRoom(24, flags), containLabel: true },
		graphic: statusGraphic(ctx.lang, empty, flags),
		tooltip: itemTooltip((params: { dataIndex: number }) => {
			const b = bars[params.dataIndex];
			return b ? barTooltipHtml(ctx, b, data.rangeLabel) : '';
		}),
		// No figure at all: no axis of "€0 €0 €1" (the bars keep their "no data" labels).
		xAxis: empty
			? { type: 'value', min: 0, max: 1, ...HIDDEN_AXIS }
			: {
					type: 'value',
					axisLabel: {
						color: MUTED,
						formatter: (v: number) => formatAxisMoney(ctx.lang, v, ctx.currency),
						hideOverlap: true
					},
					splitLine: { lineStyle: { color: GRID_LINE } }
				},
		yAxis: {
			type: 'category',
			data: bars.map((b) => countryName(ctx.lang, b.partner)),
			axisLabel: { color: MUTED, fontSize: 12 },
			axisTick: { show: false },
			triggerEvent: true
		},
		series: [
			{
				id: 'partners',
				type: 'bar',
				barMaxWidth: 28,
				cursor: 'pointer',
				// A country without a figure keeps its row, with the reason as its label (never a 0 bar).
				data: bars.map((b, i) => ({
					value: b.value ?? 0,
					partner: b.partner,
					itemStyle: {
						color:
							focus && focus !== b.partner
								? faded(partnerColor(b.partner, i))
								: partnerColor(b.partner, i)
					},
					// a provisional or estimated figure carries its letter, raised
					label: barEndLabel(() =>
						b.value === null
							? gapText(ctx.lang, b.gap)
							: withFlag(formatMoneyCompact(ctx.lang, b.value, ctx.currency), b.flag)
					)
				}))
			}
		]
	};
}
