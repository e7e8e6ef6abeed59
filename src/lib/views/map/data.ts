/**
 * The map shades the countries by the comparison bars' figures (V5): the same data, the same
 * filter; or, when a year is picked on the map's slider (`mapyear` in the URL), each country's
 * figure of that year: a partial year stays partial (its months said), a country without a
 * figure that year is "no data", never zero. Pure.
 */
import { measureSeries, type MeasurePoint } from '../../data/analysis/measures';
import { annualPoints, partnersFor, type ViewFilter } from '../core/crossfilter';
import type { Prepared, Selection } from '../core/prepared';
import { filter as comparison, partnersData, type PartnerBar } from '../partners/data';

/** As the comparison: the focus is chosen here and only highlighted. */
export const filter: ViewFilter = comparison;

/** What the map reads: the selection and the year picked on its slider (none: the comparison's). */
export type MapSelection = Selection & { mapYear?: number | null };

export type MapData = ReturnType<typeof partnersData>;

/** The year picked on the map's slider, or null (the map then shows the comparison's period). */
export const mapYearOf = (sel: MapSelection): number | null => sel.mapYear ?? null;

const measurePoints = (prep: Prepared, sel: Selection): MeasurePoint[] =>
	measureSeries(annualPoints(prep, sel, filter), sel.measure);

/** One country's figure of `year`: partial when the year is, a gap when there is none. */
function yearBar(points: readonly MeasurePoint[], sel: Selection, partner: string, year: number) {
	const p = points.find((q) => q.partner === partner && q.year === year);
	const value = p?.value ?? null;
	return {
		partner,
		value,
		gap: value === null ? (p?.gap ?? 'no-data') : null,
		sources: p?.sources ?? [],
		reporter: p?.reporter ?? (sel.reporter === 'ITA' ? 'ITA' : partner),
		converted: p?.converted ?? false,
		// a country without a figure has no period (as in the comparison): said as "no data"
		period: value === null ? null : { from: year, to: year, partial: p?.partial ?? null }
	} satisfies PartnerBar;
}

/**
 * The map's countries: each one's figure of the picked year, or (no year picked) the comparison
 * bars, `comparison` when the caller has them already.
 */
export function mapData(prep: Prepared, sel: MapSelection, comparison?: MapData): MapData {
	const year = mapYearOf(sel);
	if (year === null) return comparison ?? partnersData(prep, sel);
	const points = measurePoints(prep, sel);
	return {
		range: { from: year, to: year },
		bars: partnersFor(sel, filter).map((partner) => yearBar(points, sel, partner, year))
	};
}

/**
 * The years the slider offers: from the first to the last year any shown country has a figure
 * of the measure for, within the chosen years; the picked year always among them.
 */
export function mapYears(prep: Prepared, sel: MapSelection): number[] {
	const held = measurePoints(prep, sel)
		.filter((p) => p.value !== null)
		.map((p) => p.year)
		.filter((y) => (sel.from === null || y >= sel.from) && (sel.to === null || y <= sel.to));
	const picked = mapYearOf(sel);
	const all = picked === null ? held : [...held, picked];
	if (!all.length) return [];
	const [first, last] = [Math.min(...all), Math.max(...all)];
	return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
