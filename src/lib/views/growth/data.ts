/**
 * V3 data: year-on-year growth, index and CAGR per partner, over the default span (one rule for
 * the Growth view and the key facts) or the years chosen; by month or quarter (`grain`), growth
 * against the same month or quarter a year earlier where the selection has monthly figures. Pure.
 */
import { cagr, indexSeries, yoy, type GrowthPoint } from '../../data/analysis/growth';
import { periodYoy, type PeriodGrowth } from '../../data/analysis/periodGrowth';
import type { Maybe } from '../../data/analysis/types';
import type { ViewFilter } from '../core/crossfilter';
import type { Prepared, Selection } from '../core/prepared';
import { volumesData, type GrainSelection, type Periodic, type Series } from '../volumes/data';

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

/** Year-on-year growth by month or quarter, with the figures it compares. */
export interface PeriodicGrowth {
	grain: 'month' | 'quarter';
	/** Period codes from the first that has a year-earlier period in the data to the last. */
	periods: string[];
	yoy: { partner: string; growth: PeriodGrowth[] }[];
	/** The months or quarters compared (tooltips and table name their provenance). */
	figures: Periodic['series'];
	/** Partners with annual figures only (not shown by month or quarter). */
	without: string[];
}

/**
 * Growth of each month or quarter against the same one a year earlier; a partial quarter against
 * the same months (read from the months). The axis starts a year after the first period.
 */
function periodicGrowth(prep: Prepared, sel: GrainSelection, p: Periodic): PeriodicGrowth {
	const months = p.grain === 'month' ? p : volumesData(prep, { ...sel, grain: 'month' }).periodic;
	const monthPoints = months?.series.flatMap((s) => s.points) ?? [];
	const yoy = p.series.map((s) => ({
		partner: s.partner,
		growth: periodYoy(
			s.points,
			monthPoints.filter((m) => m.partner === s.partner)
		)
	}));
	const first = p.periods[0];
	const start = first ? first.replace(/^\d{4}/, (y) => String(Number(y) + 1)) : '';
	return {
		grain: p.grain,
		periods: p.periods.filter((c) => c >= start),
		yoy: yoy.map((s) => ({ ...s, growth: s.growth.filter((g) => g.period >= start) })),
		figures: p.series,
		without: p.without
	};
}

/**
 * V3: year-on-year growth, index and CAGR per partner; with `sel.grain` month or quarter and
 * monthly figures, also growth by period (`periodic`; `monthly` says whether there are months).
 */
export function growthData(prep: Prepared, sel: GrainSelection) {
	const { series, events, monthly, periodic } = volumesData(prep, sel);
	const { from, to } = growthSpan(series, sel);
	const base = sel.base ?? from;
	return {
		base,
		from,
		to,
		events,
		monthly,
		periodic: periodic ? periodicGrowth(prep, sel, periodic) : null,
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
