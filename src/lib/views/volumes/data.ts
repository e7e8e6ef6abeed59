/**
 * V2 data: the measure per partner and year, with the events of the shown partners. Pure.
 */
import { measureSeries, type MeasurePoint } from '../../data/analysis/measures';
import type { TradeEvent } from '../../data/schema';
import { annualPoints, partnersFor, type ViewFilter } from '../core/crossfilter';
import type { Prepared, Selection } from '../core/prepared';

/** Filtered by the focus and the sector; draws every year and shades the chosen range. */
export const filter: ViewFilter = { ignores: ['years'] };

export interface Series {
	partner: string;
	points: MeasurePoint[];
}

function bySeries(points: readonly MeasurePoint[], partners: readonly string[]): Series[] {
	return partners
		.map((partner) => ({ partner, points: points.filter((p) => p.partner === partner) }))
		.filter((s) => s.points.length > 0);
}

/** V2: the measure per partner and year. */
export function volumesData(prep: Prepared, sel: Selection) {
	const points = measureSeries(annualPoints(prep, sel, filter), sel.measure);
	return { series: bySeries(points, partnersFor(sel, filter)), events: eventsFor(prep, sel) };
}

/** Events concerning the shown partners (or all of Central Asia). */
export function eventsFor(prep: Prepared, sel: Selection): TradeEvent[] {
	const shown = new Set(partnersFor(sel, filter));
	return prep.data.events.filter((e) => e.countries.some((c) => shown.has(c)));
}
