/**
 * Marks shared by the option builders: the flag of a provisional or estimated figure (a small
 * "p"/"e" beside its point or bar, with a one-line legend under the chart only when a marked
 * figure is drawn), and the "no data" state of a chart with no figure at all (no axis of
 * "€0 €0 €1": the value axis is hidden and the chart says so).
 */
import { flagCodes, flagLegend } from '../../views/core/provenance';
import { formatAxisMoney } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { t } from '../../i18n/messages';
import type { ChartContext } from './context';
import { GRID_LINE, MUTED } from './theme';

/** Height the flag legend takes under the plot, in px. */
export const FLAG_LEGEND_HEIGHT = 18;

/** The letters marking a figure (`'p'`, `'e'`, `'c'`), `''` when it has no flag. */
export function flagMark(flag: string | null | undefined): string {
	// letters and digits only: a mark is drawn as rich text, where `{`, `}` and `|` are syntax
	return flagCodes(flag)
		.filter((c) => /^[a-z0-9]{1,3}$/i.test(c))
		.join('');
}

/** The flag codes among figures (drawn ones only: give the items actually shown). */
export function flagsIn(items: Iterable<{ flag?: string | null } | null | undefined>): string[] {
	const codes = new Set<string>();
	for (const i of items) for (const c of flagCodes(i?.flag)) codes.add(c);
	return [...codes];
}

/**
 * A bar or point label with its flag as a small raised letter: `{v|€1.2 bn}{f|p}`; the plain
 * text when unflagged. Pass `rich` ({@link flagRich}) in the label.
 */
export function withFlag(text: string, flag: string | null | undefined): string {
	const mark = flagMark(flag);
	const safe = (s: string) => s.replace(/[{}|]/g, '');
	return mark ? `{v|${safe(text)}}{f|${mark}}` : text;
}

/** The rich-text styles of {@link withFlag}. */
export function flagRich(color: string = MUTED) {
	return {
		v: { color },
		f: { color, fontSize: 9, fontWeight: 'bold' as const, padding: [0, 0, 7, 2] }
	};
}

/** A point's flag as a label above it (line charts); undefined when unflagged. */
export function flagLabel(flag: string | null | undefined, color: string) {
	const mark = flagMark(flag);
	return mark
		? {
				show: true,
				position: 'top' as const,
				formatter: mark,
				color,
				fontSize: 10,
				fontWeight: 'bold' as const,
				distance: 4
			}
		: undefined;
}

/**
 * The legend of the flags drawn ("p provisional · e estimated"), a line at the bottom left of the
 * chart; no element when none is drawn.
 */
export function flagLegendGraphic(lang: Lang, codes: readonly string[]) {
	const text = flagLegend(lang, codes);
	return text
		? [
				{
					type: 'text',
					id: 'flag-legend',
					left: 4,
					bottom: 2,
					silent: true,
					style: { text, fill: MUTED, fontSize: 11 }
				}
			]
		: [];
}

/** True when any of `values` is a finite number. */
export function hasFinite(values: Iterable<unknown>): boolean {
	for (const v of values) {
		const n = typeof v === 'object' && v !== null && 'value' in v ? v.value : v;
		if (typeof n === 'number' && Number.isFinite(n)) return true;
	}
	return false;
}

/** The "no data" text in the middle of an empty chart. */
export function noDataGraphic(lang: Lang) {
	return [
		{
			type: 'text',
			id: 'no-data',
			left: 'center',
			top: 'middle',
			silent: true,
			style: { text: t(lang, 'view.noData'), fill: MUTED, fontSize: 14 }
		}
	];
}

/** A value axis that draws nothing (no labels, lines or ticks): for a chart with no figure. */
export const HIDDEN_AXIS = {
	show: false,
	axisLabel: { show: false },
	splitLine: { show: false },
	axisTick: { show: false },
	axisLine: { show: false }
} as const;

/** A value axis of money in the chart's currency ("€1.2M"), with grid lines. */
export function moneyAxis(ctx: Pick<ChartContext, 'lang' | 'currency'>) {
	return {
		type: 'value',
		axisLabel: {
			color: MUTED,
			formatter: (v: number) => formatAxisMoney(ctx.lang, v, ctx.currency)
		},
		splitLine: { lineStyle: { color: GRID_LINE } }
	} as const;
}
