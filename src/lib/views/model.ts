/**
 * Compatibility barrel: the views' data used to live here in one file. Each view's data is now in
 * its own folder (`./<view>/data.ts`), the prepared cube in `./core/prepared.ts` and the
 * cross-filter rule in `./core/crossfilter.ts`. Kept for modules that still import it by this
 * path; new code imports the view's own module.
 */
import type { AnnualPoint } from '../data/analysis/types';
import * as crossfilter from './core/crossfilter';
import type { Prepared, Selection } from './core/prepared';
import { filter as headline } from './headline/data';
import { filter as partners } from './partners/data';
import { filter as sectors } from './sectors/data';
import { filter as volumes } from './volumes/data';

export * from './core/prepared';
export { volumesData, eventsFor, type Series } from './volumes/data';
export { SPAN_YEARS, defaultSpan, completeYears, growthSpan, growthData } from './growth/data';
export { rangeFor, partnersData, type BarPeriod, type PartnerBar } from './partners/data';
export { sectorsData, type SectorRow } from './sectors/data';
export {
	headlineData,
	type HeadlineKey,
	type CardFigure,
	type CardFallback,
	type Headline
} from './headline/data';

/** The five views this module used to know by name. */
export type ViewName = 'headline' | 'volumes' | 'growth' | 'sectors' | 'partners';

const FILTERS: Record<ViewName, crossfilter.ViewFilter> = {
	headline,
	volumes,
	growth: volumes,
	sectors,
	partners
};

/** Partners a view shows (see `core/crossfilter.ts`). */
export function partnersFor(sel: Selection, view: ViewName): readonly string[] {
	return crossfilter.partnersFor(sel, FILTERS[view]);
}

/** Annual points for a view's partners, reporter and currency (see `core/crossfilter.ts`). */
export function annualPoints(
	prep: Prepared,
	sel: Selection,
	view: ViewName,
	sectors: 'selected' | 'all' = 'selected'
): AnnualPoint[] {
	return crossfilter.annualPoints(prep, sel, FILTERS[view], sectors);
}
