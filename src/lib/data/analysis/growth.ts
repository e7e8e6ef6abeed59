/**
 * Growth measures over one series (one reporter, partner, sector, currency, measure): year-on-year
 * change, CAGR between two years and an index (base year = 100). Growth from a zero, negative or
 * tiny base is a gap with a reason, never Infinity or +900%.
 */
import type { PublishedGrowth } from '../schema';
import type { MeasurePoint } from './measures';
import { none, some, type Maybe } from './types';

/** A base below this (in currency units) or below SMALL_BASE_SHARE of the series' largest value is "small". */
export const SMALL_BASE_ABS = 1_000_000;
export const SMALL_BASE_SHARE = 0.02;

export interface GrowthPoint {
	year: number;
	/** The value compared and the value it is compared with (for tooltips). */
	current: number | null;
	base: number | null;
	/** true when `base` is the same months of the previous year (partial year). */
	sameMonths: boolean;
	growth: Maybe;
	/** The datasets of the base and the current figure, when they differ (said where it shows). */
	datasets: [string, string] | null;
	/** Set when `growth` is the rate the source published (its base is not in the data). */
	published?: PublishedGrowth;
}

function isSmall(base: number, series: readonly MeasurePoint[]) {
	const max = Math.max(...series.map((p) => Math.abs(p.value ?? 0)));
	return Math.abs(base) < SMALL_BASE_ABS || Math.abs(base) < SMALL_BASE_SHARE * max;
}

/** Relative change from `base` to `current`, with the small/zero/negative base rules. */
export function change(current: number, base: number, series: readonly MeasurePoint[] = []): Maybe {
	if (base === 0) return none('zero-base');
	if (base < 0) return none('negative-base');
	if (isSmall(base, series)) return none('small-base');
	return some(current / base - 1);
}

/** Two ends of a comparison: as shown, and as published when both were published in one currency. */
export interface Ends {
	current: number;
	base: number;
}

/**
 * `current / base`, on the figures as published when there are (so that exchange-rate movement
 * never shows as growth of a converted series), else on the figures as shown.
 */
const ratio = (shown: Ends, published: Ends | null) =>
	published ? published.current / published.base : shown.current / shown.base;

/**
 * Relative change: the zero, negative and small base rules read on the figures as shown, the
 * ratio on the figures as published (see `ratio`). The headline uses it too.
 */
export function changeAsPublished(
	shown: Ends,
	published: Ends | null,
	series: readonly MeasurePoint[] = []
): Maybe {
	const g = change(shown.current, shown.base, series);
	if (g.value === null) return g;
	return some(ratio(shown, published) - 1);
}

const differ = (base: string | null, current: string): [string, string] | null =>
	base !== null && base !== current ? [base, current] : null;

/**
 * @example yoy([{year: 2021, value: 100}, {year: 2022, value: 150}]) // 2022: +50%
 */
export function yoy(series: readonly MeasurePoint[]): GrowthPoint[] {
	const byYear = new Map(series.map((p) => [p.year, p]));
	return series.map((p) => {
		const out: GrowthPoint = {
			year: p.year,
			current: p.value,
			base: null,
			sameMonths: false,
			growth: none('no-data'),
			datasets: null
		};
		if (p.value === null) return { ...out, growth: none(p.gap ?? 'no-data') };
		const prev = byYear.get(p.year - 1);
		const baseMissing = p.partial
			? p.prevSameMonths === null
			: !prev || prev.value === null || prev.partial !== null;
		if (baseMissing && p.published) {
			return { ...out, growth: some(p.published.growth), published: p.published };
		}
		if (p.partial) {
			if (p.prevSameMonths === null) return { ...out, growth: none('partial-year') };
			const r = p.reported;
			const published =
				r && r.prevSameMonths !== null ? { current: r.value, base: r.prevSameMonths } : null;
			return {
				...out,
				base: p.prevSameMonths,
				sameMonths: true,
				growth: changeAsPublished({ current: p.value, base: p.prevSameMonths }, published, series),
				datasets: differ(p.prevDataset, p.dataset)
			};
		}
		if (!prev || prev.value === null) return { ...out, growth: none('no-data') };
		if (prev.partial) return { ...out, base: prev.value, growth: none('partial-year') };
		return {
			...out,
			base: prev.value,
			growth: changeAsPublished(
				{ current: p.value, base: prev.value },
				publishedEnds(p, prev),
				series
			),
			datasets: differ(prev.dataset, p.dataset)
		};
	});
}

/** Compound annual growth rate between two complete years. */
export function cagr(series: readonly MeasurePoint[], from: number, to: number): Maybe {
	const a = series.find((p) => p.year === from);
	const b = series.find((p) => p.year === to);
	if (!a || !b || a.value === null || b.value === null || to <= from) return none('no-data');
	if (a.partial || b.partial) return none('partial-year');
	if (a.value === 0) return none('zero-base');
	if (a.value < 0 || b.value < 0) return none('negative-base');
	if (isSmall(a.value, series)) return none('small-base');
	const r = ratio({ current: b.value, base: a.value }, publishedEnds(b, a));
	return some(Math.pow(r, 1 / (to - from)) - 1);
}

/** Both ends as published, when both were published in one currency. */
function publishedEnds(current: MeasurePoint, base: MeasurePoint): Ends | null {
	const a = current.reported;
	const b = base.reported;
	return a && b && a.currency === b.currency ? { current: a.value, base: b.value } : null;
}

/** Index with `baseYear` = 100. Partial years are not comparable and are gaps. */
export function indexSeries(
	series: readonly MeasurePoint[],
	baseYear: number
): { year: number; index: Maybe }[] {
	const b = series.find((p) => p.year === baseYear);
	const baseGap =
		!b || b.value === null
			? 'no-data'
			: b.partial
				? 'partial-year'
				: b.value <= 0
					? 'zero-base'
					: null;
	return series.map((p) => {
		if (baseGap) return { year: p.year, index: none(baseGap) };
		if (p.value === null) return { year: p.year, index: none(p.gap ?? 'no-data') };
		if (p.partial) return { year: p.year, index: none('partial-year') };
		const bb = b as MeasurePoint & { value: number };
		const r = ratio({ current: p.value, base: bb.value }, publishedEnds(p, bb));
		return { year: p.year, index: some(r * 100) };
	});
}
