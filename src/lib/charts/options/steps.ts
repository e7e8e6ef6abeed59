/**
 * Small option steps the chart builders compose (in the manner of Observable Plot's option
 * helpers): each returns one block of an ECharts option (a tooltip, an axis, a legend, the status
 * graphic, a tooltip's footer lines) styled the same way in every chart, so a builder states only
 * what is its own. Pure.
 */
import type { Currency } from '../../data/schema';
import type { Lang } from '../../i18n/lang';
import { t } from '../../i18n/messages';
import type { ChartContext } from './context';
import {
	FLAG_LEGEND_HEIGHT,
	flagLegendGraphic,
	flagRich,
	HIDDEN_AXIS,
	moneyAxis,
	noDataGraphic
} from './marks';
import { GRID_LINE, MUTED } from './theme';

/** A tooltip on one item (a bar, a point, a tile), kept inside the chart. */
export function itemTooltip<P>(formatter: (params: P) => string) {
	return { trigger: 'item' as const, confine: true, formatter };
}

/** A tooltip on a whole category (grouped bars), with the category shaded. */
export function axisTooltip<P>(formatter: (params: P) => string) {
	return {
		trigger: 'axis' as const,
		confine: true,
		axisPointer: { type: 'shadow' as const },
		formatter
	};
}

/** The category axis along the bottom of a time chart (years, months, offsets). */
export function periodAxis(data: readonly string[], boundaryGap?: boolean) {
	return {
		type: 'category' as const,
		data,
		...(boundaryGap === undefined ? {} : { boundaryGap }),
		axisLabel: { color: MUTED, hideOverlap: true },
		axisLine: { lineStyle: { color: GRID_LINE } }
	};
}

/** The names of the series at the top left, in muted text. */
export function topLegend(names: readonly string[]) {
	return { top: 0, left: 0, data: names, textStyle: { color: MUTED } };
}

/** The money axis, or an axis that draws nothing when the chart has no figure. */
export function moneyOrHiddenAxis(ctx: Pick<ChartContext, 'lang' | 'currency'>, empty: boolean) {
	return empty ? { type: 'value' as const, ...HIDDEN_AXIS } : moneyAxis(ctx);
}

/** The "no data" text when there is no figure, else the legend of the flags drawn. */
export function statusGraphic(lang: Lang, empty: boolean, flags: readonly string[]) {
	return empty ? noDataGraphic(lang) : flagLegendGraphic(lang, flags);
}

/** The room under the plot: `base` px, plus the flag legend's line when a flag is drawn. */
export function bottomRoom(base: number, flags: readonly string[]): number {
	return base + (flags.length ? FLAG_LEGEND_HEIGHT : 0);
}

/**
 * The label at the end of a horizontal bar: its value (a flagged figure with its letter raised,
 * see `withFlag`) or why it has none.
 */
export function barEndLabel(text: () => string) {
	return {
		show: true,
		position: 'right' as const,
		color: MUTED,
		rich: flagRich(),
		formatter: text
	};
}

/** The hatch of a "not broken down" remainder (a segment or a tile), over its grey. */
export function remainderHatch() {
	return {
		symbol: 'rect',
		dashArrayX: [1, 0],
		dashArrayY: [2, 4],
		rotation: Math.PI / 4,
		color: 'rgba(255,255,255,0.55)'
	};
}

/** A tooltip's "Source: …" lines. */
export function sourceLines(lang: Lang, sources: readonly string[]): string[] {
	return sources.map((s) => `${t(lang, 'tooltip.source')}: ${s}`);
}

/**
 * "USD converted at ECB rates" for a figure shown in `currency`: from the currency it was
 * published in when known, else the other of EUR and USD.
 */
export function convertedLine(lang: Lang, currency: Currency, from?: Currency | null): string {
	return t(lang, 'prov.convertedShort', { from: from ?? (currency === 'EUR' ? 'USD' : 'EUR') });
}
