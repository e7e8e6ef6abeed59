/**
 * The cells of the growth chart: one per partner and year (year-on-year or index) or per month
 * or quarter (year-on-year), each with its value, the gap's reason, the flags of the figures it
 * compares, and its tooltip (the two figures and their provenance). Pure.
 */
import type { MeasurePoint } from '../../data/analysis/measures';
import type { PeriodPoint } from '../../data/analysis/monthly';
import type { PeriodGrowth } from '../../data/analysis/periodGrowth';
import type { GrowthPoint } from '../../data/analysis/growth';
import type { TradeEvent } from '../../data/schema';
import type { Maybe } from '../../data/analysis/types';
import {
	formatMoney,
	formatMonthRange,
	formatNumber,
	formatSignedPercent
} from '../../i18n/format';
import { t } from '../../i18n/messages';
import { countryName } from '../../i18n/names';
import type { ChartContext } from '../../charts/options/context';
import { provenance } from '../../charts/options/labels';
import { tooltipHtml } from '../../charts/options/tooltip';
import { datasetLabel } from '../core/provenance';
import { periodLabel } from '../volumes/periods';
import type { PeriodicGrowth } from './data';

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
	/** Year-on-year growth by month or quarter: drawn instead of the years in `yoy` mode. */
	periodic?: PeriodicGrowth | null;
	/** The event chosen in the events view (`date|English title`): its marker is highlighted. */
	event?: string | null;
}

/** One bar or point of the chart. */
export interface RateCell {
	value: number | null;
	/** Why there is no value; with `ns`, the cell is labelled "n.s." (not significant). */
	gap: string | null;
	ns: boolean;
	/** The flags of the figures compared (`p`, `e`, `c`). */
	flag: string;
	/** A partial quarter (compared with the same months a year earlier): drawn hollow. */
	partial: boolean;
	tip: () => string;
}

export interface RateRow {
	partner: string;
	cells: (RateCell | null)[];
}

/** A rate as read: `+12%` (year on year) or `112` (index). */
export const rateText = (ctx: ChartContext, mode: 'yoy' | 'index', v: number) =>
	mode === 'yoy' ? formatSignedPercent(ctx.lang, v, 0) : formatNumber(ctx.lang, v, 0);

/** A gap in words: the reasons of growth.ts and monthly.ts, and those of a missing base. */
export const gapWords = (ctx: ChartContext, gap: string | null) =>
	t(ctx.lang, `gap.${(gap ?? 'no-data') as Maybe['gap'] & string}`);

/** The figure of a partner's year, when the series are given. */
function pointOf(data: GrowthData, partner: string, year: number | null): MeasurePoint | undefined {
	if (year === null) return undefined;
	return data.series?.find((s) => s.partner === partner)?.points.find((p) => p.year === year);
}

/** Flags of the figures a rate compares (the year and its base). */
export function rateFlag(
	data: GrowthData,
	partner: string,
	years: readonly (number | null)[]
): string {
	return years.map((y) => pointOf(data, partner, y)?.flag ?? '').join('');
}

/** The provenance of the figures a rate compares, as tooltip footer lines. */
function comparedFooter(
	ctx: ChartContext,
	points: readonly (MeasurePoint | PeriodPoint)[],
	datasets: readonly string[] | null
): string[] | null {
	const current = points[0];
	if (!current) return null;
	const lines = provenance(
		ctx.lang,
		{
			...current,
			dataset: current.dataset ?? undefined,
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

/** Tooltip footer of a rate: its figures' provenance, else the view's sources. */
export function rateFooter(
	data: GrowthData,
	ctx: ChartContext,
	partner: string,
	years: readonly (number | null)[],
	datasets: readonly string[] | null = null
): string[] {
	const points = years.flatMap((y) => pointOf(data, partner, y) ?? []);
	return comparedFooter(ctx, points, datasets) ?? data.sourcesFooter;
}

/** The two figures a rate compares, in words: "€1.2 bn", "vs €1.0 bn in 2023". */
function comparedLines(
	ctx: ChartContext,
	current: number | null,
	base: number | null,
	vs: { sameMonths: boolean; year: string | number }
): [string, string][] {
	if (current === null || base === null) return [];
	return [
		['', formatMoney(ctx.lang, current, ctx.currency)],
		[
			'',
			t(ctx.lang, vs.sameMonths ? 'tooltip.vsSameMonths' : 'tooltip.vsPrev', {
				value: formatMoney(ctx.lang, base, ctx.currency),
				year: vs.year
			})
		]
	];
}

/** A cell of a rate or index (`m`), its flags read only when it has a value. */
function cell(
	m: { value: number | null; gap: string | null },
	flag: () => string,
	tip: () => string,
	over: Partial<RateCell> = {}
): RateCell {
	const { value, gap } = m;
	return {
		value,
		gap,
		ns: false,
		flag: value === null ? '' : flag(),
		partial: false,
		tip,
		...over
	};
}

/** The cells of a partner's rates of one kind, one per year of the axis. */
type YearCells<S> = (
	data: GrowthData,
	ctx: ChartContext,
	s: S,
	years: readonly number[]
) => (RateCell | null)[];

/** One cell per year of the axis, from the points of a partner (null where it has none). */
function perYear<P extends { year: number }>(
	years: readonly number[],
	points: readonly P[],
	make: (p: P, year: number) => RateCell
): (RateCell | null)[] {
	const byYear = new Map(points.map((p) => [p.year, p]));
	return years.map((y) => {
		const p = byYear.get(y);
		return p ? make(p, y) : null;
	});
}

/** The cells of a partner's year-on-year rates, one per year of the axis. */
export const yoyCells: YearCells<GrowthData['yoy'][number]> = (data, ctx, s, years) =>
	perYear(years, s.growth, (g, y) => {
		const compared = g.sameMonths ? [y] : [y, y - 1];
		const { value, gap } = g.growth;
		const lines: [string, string][] = [
			['', value === null ? gapWords(ctx, gap) : rateText(ctx, 'yoy', value)],
			...comparedLines(ctx, g.current, g.base, { sameMonths: g.sameMonths, year: y - 1 })
		];
		return cell(
			g.growth,
			() => rateFlag(data, s.partner, compared),
			() =>
				tooltipHtml(
					`${countryName(ctx.lang, s.partner)} · ${y}`,
					lines,
					rateFooter(data, ctx, s.partner, compared, g.datasets)
				),
			{ ns: value === null && gap !== null && gap !== 'no-data' }
		);
	});

/** The cells of a partner's index (base year = 100), one per year of the axis. */
export const indexCells: YearCells<GrowthData['index'][number]> = (data, ctx, s, years) =>
	perYear(years, s.index, (g, y) =>
		cell(
			g.index,
			() => rateFlag(data, s.partner, [y]),
			() =>
				tooltipHtml(
					`${countryName(ctx.lang, s.partner)} · ${y}`,
					[
						[
							'',
							g.index.value === null
								? gapWords(ctx, g.index.gap)
								: rateText(ctx, 'index', g.index.value)
						]
					],
					rateFooter(data, ctx, s.partner, [y, data.base])
				)
		)
	);

/** Gaps of a month or quarter read as "not significant" (a base of nothing, or too small). */
const NOT_SIGNIFICANT = new Set(['small-base', 'zero-base', 'negative-base', 'base-no-trade']);

/** The cells of a partner's growth by month or quarter, one per period of the axis. */
export function periodCells(
	p: PeriodicGrowth,
	ctx: ChartContext,
	s: PeriodicGrowth['yoy'][number],
	sourcesFooter: readonly string[]
): (RateCell | null)[] {
	const figures = new Map(
		(p.figures.find((f) => f.partner === s.partner)?.points ?? []).map((x) => [x.period, x])
	);
	const byPeriod = new Map(s.growth.map((g) => [g.period, g]));
	return p.periods.map((code) => {
		const g = byPeriod.get(code);
		if (!g) return null;
		// the figures compared: the period, and the same one a year earlier when it stands whole
		const compared = [figures.get(code), g.partial ? undefined : figures.get(g.basePeriod)];
		const points = compared.filter((x): x is PeriodPoint => x !== undefined && x.value !== null);
		return cell(
			g,
			() => points.map((x) => x.flag).join(''),
			() => periodTip(ctx, g, comparedFooter(ctx, points, g.datasets) ?? [...sourcesFooter]),
			{ ns: g.value === null && NOT_SIGNIFICANT.has(g.gap ?? ''), partial: g.partial !== null }
		);
	});
}

function periodTip(ctx: ChartContext, g: PeriodGrowth, footer: string[]): string {
	const partial = g.partial
		? [
				[
					'',
					t(ctx.lang, 'grain.partial', {
						months: formatMonthRange(ctx.lang, g.year, g.partial.fromMonth, g.partial.toMonth)
					})
				] as [string, string]
			]
		: [];
	return tooltipHtml(
		`${countryName(ctx.lang, g.partner)} · ${periodLabel(ctx.lang, g.period)}`,
		[
			['', g.value === null ? gapWords(ctx, g.gap) : rateText(ctx, 'yoy', g.value)],
			...comparedLines(ctx, g.current, g.base, {
				sameMonths: g.partial !== null,
				year: g.partial ? g.year - 1 : periodLabel(ctx.lang, g.basePeriod)
			}),
			...partial
		],
		footer
	);
}
