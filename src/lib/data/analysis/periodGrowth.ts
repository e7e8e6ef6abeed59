/**
 * Growth of a month or a quarter against the same month or quarter a year earlier, on the
 * periods of monthly.ts and with their coverage rules: a rate is never computed from or to a
 * period without a figure ("no trade recorded" or "no data" stays a gap with its reason), a
 * partial quarter is compared with the same months a year earlier, and the zero, negative and
 * small base rules of growth.ts hold. Rates are computed on the figures as published (growth.ts).
 * Pure.
 */
import { changeAsPublished, SMALL_BASE_SHARE } from './growth';
import type { PeriodGap, PeriodPoint } from './monthly';
import { none, type GapReason, type Maybe } from './types';

/** Why a rate of a month or quarter is absent: the period's own gap, or its base's. */
export type PeriodGrowthGap =
	| GapReason
	| PeriodGap
	/** the same period a year earlier recorded no trade: growth from nothing is not significant */
	| 'base-no-trade'
	/** the same period a year earlier has no figure (outside the data, or a gap of its own) */
	| 'base-missing'
	/** the same period a year earlier is a partial quarter: not comparable with a whole one */
	| 'base-partial';

export interface PeriodGrowth {
	partner: string;
	/** `2024-03` or `2024-Q1`. */
	period: string;
	year: number;
	current: number | null;
	base: number | null;
	/** A partial quarter compared with the same months a year earlier. */
	partial: PeriodPoint['partial'];
	value: number | null;
	gap: PeriodGrowthGap | null;
	/** The datasets of the base and the current figure, when they differ. */
	datasets: [string, string] | null;
	/** The period compared with (`2023-03`, `2023-Q1`). */
	basePeriod: string;
}

type Ends = { value: number; reported: PeriodPoint['reported']; dataset: string | null };

const pad = (n: number) => String(n).padStart(2, '0');
const yearEarlier = (p: PeriodPoint) => p.period.replace(/^\d{4}/, String(p.year - 1));

/** `change` of growth.ts, with the small-base share read on this series' largest figure. */
function rate(current: Ends, base: Ends, largest: number): Maybe {
	if (base.value > 0 && Math.abs(base.value) < SMALL_BASE_SHARE * largest) {
		return none('small-base');
	}
	const a = current.reported;
	const b = base.reported;
	const published =
		a && b && a.currency === b.currency ? { current: a.value, base: b.value } : null;
	return changeAsPublished({ current: current.value, base: base.value }, published);
}

/**
 * The same months a year earlier, summed from the monthly points (a month inside the coverage
 * without trade adds nothing, as in a quarter); absent when any of them has no data.
 */
function sameMonths(
	p: PeriodPoint,
	months: ReadonlyMap<string, PeriodPoint>
): Ends | 'base-no-trade' | 'base-missing' {
	const { fromMonth, toMonth } = p.partial as { fromMonth: number; toMonth: number };
	const list: PeriodPoint[] = [];
	for (let m = fromMonth; m <= toMonth; m++) {
		const point = months.get(`${p.partner}|${p.year - 1}-${pad(m)}`);
		if (!point || (point.value === null && point.gap !== 'no-trade')) return 'base-missing';
		list.push(point);
	}
	const held = list.filter((x) => x.value !== null);
	if (!held.length) return 'base-no-trade';
	const datasets = new Set(held.map((x) => x.dataset));
	if (datasets.size > 1) return 'base-missing';
	const currency = held[0]?.reported?.currency;
	const oneCurrency = held.every((x) => x.reported && x.reported.currency === currency);
	return {
		value: held.reduce((a, x) => a + (x.value as number), 0),
		reported:
			oneCurrency && currency
				? { value: held.reduce((a, x) => a + (x.reported?.value ?? 0), 0), currency }
				: null,
		dataset: held[0]?.dataset ?? null
	};
}

/** The figure a period is compared with, or why there is none. */
function baseOf(
	p: PeriodPoint,
	periods: ReadonlyMap<string, PeriodPoint>,
	months: ReadonlyMap<string, PeriodPoint>
): Ends | 'base-no-trade' | 'base-missing' | 'base-partial' {
	if (p.partial) return sameMonths(p, months);
	const b = periods.get(`${p.partner}|${yearEarlier(p)}`);
	if (!b || b.value === null) return b?.gap === 'no-trade' ? 'base-no-trade' : 'base-missing';
	if (b.partial) return 'base-partial';
	return { value: b.value, reported: b.reported, dataset: b.dataset };
}

/**
 * Year-on-year growth of each month or quarter.
 *
 * @param points months or quarters of one measure (monthly.ts `periodMeasure`), any partners
 * @param months the same measure by month, to compare a partial quarter with the same months a
 *   year earlier; for months, the points themselves
 * @example periodYoy(quarters, months) // 2024-Q3 (Jul–Aug) against Jul–Aug 2023
 */
export function periodYoy(
	points: readonly PeriodPoint[],
	months: readonly PeriodPoint[] = points
): PeriodGrowth[] {
	const key = (p: PeriodPoint) => `${p.partner}|${p.period}`;
	const periods = new Map(points.map((p) => [key(p), p]));
	const byMonth = new Map(months.map((p) => [key(p), p]));
	const largest = new Map<string, number>();
	for (const p of points) {
		const v = Math.abs(p.value ?? 0);
		if (v > (largest.get(p.partner) ?? 0)) largest.set(p.partner, v);
	}
	return points.map((p) => {
		const out: PeriodGrowth = {
			partner: p.partner,
			period: p.period,
			year: p.year,
			current: p.value,
			base: null,
			partial: p.partial,
			value: null,
			gap: null,
			datasets: null,
			basePeriod: yearEarlier(p)
		};
		if (p.value === null) return { ...out, gap: p.gap ?? 'no-data' };
		const base = baseOf(p, periods, byMonth);
		if (typeof base === 'string') return { ...out, gap: base };
		const current = { value: p.value, reported: p.reported, dataset: p.dataset };
		const g = rate(current, base, largest.get(p.partner) ?? 0);
		const differ =
			base.dataset !== null && p.dataset !== null && base.dataset !== p.dataset
				? ([base.dataset, p.dataset] as [string, string])
				: null;
		return { ...out, base: base.value, value: g.value, gap: g.gap, datasets: differ };
	});
}
