/**
 * V3 data: year-on-year growth, index and CAGR per partner, over the default span (one rule for
 * the Growth view and the key facts) or the years chosen. Pure.
 */
import { cagr, indexSeries, yoy, type GrowthPoint } from '../../data/analysis/growth';
import type { Maybe } from '../../data/analysis/types';
import type { ViewFilter } from '../core/crossfilter';
import type { Prepared, Selection } from '../core/prepared';
import { volumesData, type Series } from '../volumes/data';

/** Filtered like the volumes it is computed from; the years choose the span, never drop a year. */
export const filter: ViewFilter = { ignores: [] };

/** How far back the default span reaches: the latest complete year against five years earlier. */
export const SPAN_YEARS = 5;

/**
 * THE default span, one rule for the Growth view (CAGR, index base) and the key facts: the latest
 * complete year against {@link SPAN_YEARS} years earlier, when available. Among the pairs of
 * complete years it takes the one that gives the most countries a figure at both ends, then the
 * latest end, then the longest span of at most five years (when the five-years-earlier year is
 * missing, the next later one: 2019–2023 rather than 2017–2023); only when no two years are within
 * five years of each other, the shortest longer span.
 * It never starts in a year only one country reports, nor collapses to one year (unless there is
 * only one). Applied to one country's years, it gives that country's own span.
 */
export function defaultSpan(reported: readonly ReadonlySet<number>[]): {
	first: number | null;
	last: number | null;
} {
	const years = [...new Set(reported.flatMap((ys) => [...ys]))].sort((a, b) => a - b);
	let best = {
		first: years.at(-1) ?? null,
		last: years.at(-1) ?? null,
		score: [-1, 0, -Infinity]
	};
	for (const [i, a] of years.entries())
		for (const b of years.slice(i + 1)) {
			const score = [
				reported.filter((ys) => ys.has(a) && ys.has(b)).length,
				b,
				// up to five years: the longer the better; beyond (no year within five): the shorter
				b - a <= SPAN_YEARS ? b - a : a - b
			];
			const k = score.findIndex((v, n) => v !== best.score[n]);
			if (k >= 0 && (score[k] as number) > (best.score[k] as number))
				best = { first: a, last: b, score };
		}
	return { first: best.first, last: best.last };
}

/** The complete years with a figure of each series (what {@link defaultSpan} reads). */
export function completeYears(series: readonly Series[]): Set<number>[] {
	return series.map(
		(s) => new Set(s.points.filter((p) => !p.partial && p.value !== null).map((p) => p.year))
	);
}

/** The span growth and the key facts use: the years the user chose, else {@link defaultSpan}. */
export function growthSpan(
	series: readonly Series[],
	sel: Pick<Selection, 'from' | 'to'>
): { from: number | null; to: number | null } {
	const { first, last } = defaultSpan(completeYears(series));
	return { from: sel.from ?? first, to: sel.to ?? last };
}

/** V3: year-on-year growth, index and CAGR per partner. */
export function growthData(prep: Prepared, sel: Selection) {
	const { series, events } = volumesData(prep, sel);
	const { from, to } = growthSpan(series, sel);
	const base = sel.base ?? from;
	return {
		base,
		from,
		to,
		events,
		yoy: series.map((s) => ({ partner: s.partner, growth: yoy(s.points) as GrowthPoint[] })),
		index:
			base === null
				? []
				: series.map((s) => ({ partner: s.partner, index: indexSeries(s.points, base) })),
		cagr:
			from === null || to === null
				? []
				: series.map((s) => ({
						partner: s.partner,
						cagr: cagr(s.points, from, to) as Maybe,
						from,
						to
					}))
	};
}
