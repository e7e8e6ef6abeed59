/**
 * V5 data: the measure per partner over a period (each country's latest complete year, or the
 * years chosen). Pure.
 */
import { measureSeries, type MeasurePoint } from '../../data/analysis/measures';
import { annualPoints, partnersFor, type ViewFilter } from '../core/crossfilter';
import type { Prepared, Selection } from '../core/prepared';

/** The comparison is where the focus is chosen: it ignores it (it only highlights the bar). */
export const filter: ViewFilter = { ignores: ['focus'] };

/** The period a comparison bar stands for: one year (or the chosen range), partial when it has to be. */
export interface BarPeriod {
	from: number;
	to: number;
	/** The months held, when the country's only figure is a partial year. */
	partial: { fromMonth: number; toMonth: number } | null;
}

/**
 * The period of one country's bar. The years the user chose, else the latest complete year that
 * holds the chosen measure for that country, else (no complete year at all) its latest partial
 * year, said as such. Countries whose latest years differ each get their own (and the view labels
 * each bar with it), so a measure that ends in 2022 is never shown as "no data" for 2023.
 */
function barPeriod(
	mine: readonly MeasurePoint[],
	chosen: { from: number; to: number } | null
): BarPeriod | null {
	if (chosen) return { ...chosen, partial: null };
	const figures = mine.filter((p) => p.value !== null);
	const complete = figures.filter((p) => !p.partial).at(-1);
	if (complete) return { from: complete.year, to: complete.year, partial: null };
	const partial = figures.at(-1);
	return partial ? { from: partial.year, to: partial.year, partial: partial.partial } : null;
}

/** The years the user chose for the comparison: null when none (each country then has its own). */
function chosenRange(points: readonly MeasurePoint[], sel: Selection) {
	if (sel.from === null && sel.to === null) return null;
	const complete = points.filter((p) => p.value !== null && !p.partial).map((p) => p.year);
	const to = sel.to ?? (complete.length ? Math.max(...complete) : (sel.from as number));
	return { from: sel.from ?? to, to };
}

/**
 * The years the comparison view aggregates: the chosen range, else from the earliest to the latest
 * of the countries' own latest years that hold the chosen measure (see {@link partnersData}).
 */
export function rangeFor(prep: Prepared, sel: Selection): { from: number; to: number } | null {
	return partnersData(prep, sel).range;
}

export interface PartnerBar {
	partner: string;
	value: number | null;
	gap: MeasurePoint['gap'];
	sources: string[];
	reporter: string;
	converted: boolean;
	/** The period the bar stands for; null when the country has no figure for the measure. */
	period: BarPeriod | null;
}

/**
 * V5: the measure per partner, summed over the complete years of the chosen range; with no range
 * chosen, each country's latest complete year holding the measure (see `barPeriod`).
 */
export function partnersData(prep: Prepared, sel: Selection) {
	const points = measureSeries(annualPoints(prep, sel, filter), sel.measure);
	const chosen = chosenRange(points, sel);
	const bars = partnersFor(sel, filter).map((partner): PartnerBar => {
		const all = points.filter((p) => p.partner === partner);
		const period = barPeriod(all, chosen);
		const mine = period
			? all.filter(
					(p) =>
						p.year >= period.from &&
						p.year <= period.to &&
						(period.partial === null) === (p.partial === null)
				)
			: [];
		const span = period ? period.to - period.from + 1 : 1;
		const counted = mine.filter((p) => p.value !== null);
		const gap =
			mine.find((p) => p.value === null)?.gap ?? (counted.length < span ? 'no-data' : null);
		return {
			partner,
			value: gap ? null : counted.reduce((a, p) => a + (p.value as number), 0),
			gap,
			sources: [...new Set(mine.flatMap((p) => p.sources))].sort(),
			reporter: mine[0]?.reporter ?? (sel.reporter === 'ITA' ? 'ITA' : partner),
			converted: mine.some((p) => p.converted),
			period
		};
	});
	const periods = bars.flatMap((b) => (b.period ? [b.period] : []));
	const range = chosen
		? chosen
		: periods.length
			? {
					from: Math.min(...periods.map((p) => p.from)),
					to: Math.max(...periods.map((p) => p.to))
				}
			: null;
	return { range, bars };
}
