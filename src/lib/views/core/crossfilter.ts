/**
 * The cross-filter rule, stated once per view as Mosaic's clients state theirs: a view is filtered
 * by every selection except those it declares it ignores (`ViewFilter.ignores`, in each view's
 * `data.ts`, read by the registry). The comparison view ignores the country `focus` (it is where
 * the focus is chosen), the sectors view ignores `sector`, the time views ignore the `years` (they
 * shade the range). Pure.
 */
import { TOTAL } from '../../data/schema';
import type { AnnualPoint } from '../../data/analysis/types';
import type { Prepared, Selection } from './prepared';

/** A selection a view can ignore: the country focus, the sector, the year range. */
export type Crossfilter = 'focus' | 'sector' | 'years';
export const CROSSFILTERS: readonly Crossfilter[] = ['focus', 'sector', 'years'];

/** What a view declares about the selections: those it is not filtered by. */
export interface ViewFilter {
	readonly ignores: readonly Crossfilter[];
}

/** Partners a view shows: the focus when the view is filtered by it, else the selected ones. */
export function partnersFor(sel: Selection, filter: ViewFilter): readonly string[] {
	if (!filter.ignores.includes('focus') && sel.focus && sel.partners.includes(sel.focus))
		return [sel.focus];
	return sel.partners;
}

/**
 * Annual points for a view's partners, reporter and currency, of the selected sector (the total
 * when the view ignores the sector); `sectors` 'all' keeps every sector.
 */
export function annualPoints(
	prep: Prepared,
	sel: Selection,
	filter: ViewFilter,
	sectors: 'selected' | 'all' = 'selected'
): AnnualPoint[] {
	const sector = filter.ignores.includes('sector') ? null : sel.sector;
	return prep.points(
		sel.currency,
		partnersFor(sel, filter),
		sel.reporter,
		sectors === 'all' ? null : (sector ?? TOTAL)
	);
}
