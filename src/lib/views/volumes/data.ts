/**
 * V2 data: the measure per partner and year, with the events of the shown partners; by month or
 * quarter (`grain`) where the selection has monthly figures (data/analysis/monthly.ts). Pure.
 */
import { measureSeries, type MeasurePoint } from '../../data/analysis/measures';
import {
	hasMonths,
	periodCode,
	periodMeasure,
	periodPoints,
	type Grain,
	type PeriodPoint
} from '../../data/analysis/monthly';
import type { TradeEvent } from '../../data/schema';
import { annualPoints, partnersFor, type ViewFilter } from '../core/crossfilter';
import type { Prepared, Selection } from '../core/prepared';
import { flowsOf } from '../core/table';
import { TOTAL } from '../../data/schema';
import type { CubeRow } from '../../data/analysis/types';

/** Filtered by the focus and the sector; draws every year and shades the chosen range. */
export const filter: ViewFilter = { ignores: ['years'] };

export interface Series {
	partner: string;
	points: MeasurePoint[];
}

/** Months or quarters of one partner. */
export interface PeriodSeries {
	partner: string;
	points: PeriodPoint[];
}

/** The view by month or quarter: every period from the first to the last, and who has none. */
export interface Periodic {
	grain: 'month' | 'quarter';
	/** Period codes (`2024-03`, `2024-Q1`) from the first to the last shown. */
	periods: string[];
	series: PeriodSeries[];
	/** Partners shown by year that have no monthly figures (annual or cumulative only). */
	without: string[];
}

/** The selection with the view's time grain (the URL's `grain`; `year` when absent). */
export type GrainSelection = Selection & { grain?: Grain };

function bySeries(points: readonly MeasurePoint[], partners: readonly string[]): Series[] {
	return partners
		.map((partner) => ({ partner, points: points.filter((p) => p.partner === partner) }))
		.filter((s) => s.points.length > 0);
}

/**
 * V2: the measure per partner and year; with `sel.grain` month or quarter, also per period
 * (`periodic`, null by year or when the selection has no monthly figures: `monthly` says which).
 */
export function volumesData(prep: Prepared, sel: GrainSelection) {
	const points = measureSeries(annualPoints(prep, sel, filter), sel.measure);
	const partners = partnersFor(sel, filter);
	const series = bySeries(points, partners);
	const rows = measureRows(prep, sel, partners);
	const monthly = hasMonths(rows);
	const grain = sel.grain ?? 'year';
	const periodic = grain !== 'year' && monthly ? periodicOf(prep, rows, series, grain, sel) : null;
	return { series, events: eventsFor(prep, sel), grain, monthly, periodic };
}

/** The cube rows of the shown partners, reporter, sector and the flows of the measure. */
function measureRows(prep: Prepared, sel: Selection, partners: readonly string[]): CubeRow[] {
	const flows = flowsOf(sel.measure);
	return prep
		.rowsFor(sel.currency, partners, sel.sector ?? TOTAL)
		.filter(
			(r) =>
				(sel.reporter === 'ITA' ? r.reporter === 'ITA' : r.reporter === r.partner) &&
				flows.includes(r.flow)
		);
}

function periodicOf(
	prep: Prepared,
	rows: readonly CubeRow[],
	annual: readonly Series[],
	grain: 'month' | 'quarter',
	sel: Selection
): Periodic {
	const points = periodMeasure(periodPoints(rows, prep.spans, grain), sel.measure);
	const series = partnersFor(sel, filter)
		.map((partner) => ({ partner, points: points.filter((p) => p.partner === partner) }))
		.filter((s) => s.points.length > 0);
	const periods = [...new Set(points.map((p) => p.period))].sort();
	const shown = new Set(series.map((s) => s.partner));
	return {
		grain,
		periods: fillPeriods(periods, grain),
		series,
		without: annual.map((s) => s.partner).filter((p) => !shown.has(p))
	};
}

/** Every period from the first to the last (a period no series holds is still on the axis). */
function fillPeriods(periods: readonly string[], grain: 'month' | 'quarter'): string[] {
	const first = periods[0];
	const last = periods.at(-1);
	if (!first || !last) return [];
	const index = (code: string) => {
		const [y, r] = code.split('-') as [string, string];
		return grain === 'month'
			? Number(y) * 12 + Number(r) - 1
			: Number(y) * 4 + Number(r.slice(1)) - 1;
	};
	const out: string[] = [];
	for (let i = index(first); i <= index(last); i++) {
		const y = Math.floor(grain === 'month' ? i / 12 : i / 4);
		const r = grain === 'month' ? (i % 12) + 1 : (i % 4) + 1;
		out.push(periodCode(grain, y, r));
	}
	return out;
}

/** Events concerning the shown partners (or all of Central Asia). */
export function eventsFor(prep: Prepared, sel: Selection): TradeEvent[] {
	const shown = new Set(partnersFor(sel, filter));
	return prep.data.events.filter((e) => e.countries.some((c) => shown.has(c)));
}
