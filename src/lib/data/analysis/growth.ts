/**
 * Growth measures over one series (one reporter, partner, sector, currency, measure): year-on-year
 * change, CAGR between two years and an index (base year = 100). Growth from a zero, negative or
 * tiny base is a gap with a reason, never Infinity or +900%.
 */
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
			growth: none('no-data')
		};
		if (p.value === null) return { ...out, growth: none(p.gap ?? 'no-data') };
		if (p.partial) {
			if (p.prevSameMonths === null) return { ...out, growth: none('partial-year') };
			return {
				...out,
				base: p.prevSameMonths,
				sameMonths: true,
				growth: change(p.value, p.prevSameMonths, series)
			};
		}
		const prev = byYear.get(p.year - 1);
		if (!prev || prev.value === null) return { ...out, growth: none('no-data') };
		if (prev.partial) return { ...out, base: prev.value, growth: none('partial-year') };
		return { ...out, base: prev.value, growth: change(p.value, prev.value, series) };
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
	return some(Math.pow(b.value / a.value, 1 / (to - from)) - 1);
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
		return {
			year: p.year,
			index: some((p.value / (b as MeasurePoint & { value: number }).value) * 100)
		};
	});
}
