/**
 * V4 data: per partner, its own year of product detail as shares of the total, or its named
 * product figures. Pure.
 */
import {
	detailCover,
	MEANINGFUL_DETAIL,
	namedFigures,
	type NamedFigures,
	type SectorBreakdown
} from '../../data/analysis/shares';
import type { Flow } from '../../data/schema';
import { partnersFor, type ViewFilter } from '../core/crossfilter';
import type { Prepared, Selection } from '../core/prepared';

/** The sector view is where a sector is chosen: it shows every sector. */
export const filter: ViewFilter = { ignores: ['sector'] };

export interface SectorRow {
	partner: string;
	/** Shares of the year's total (the chart); null when the country shows `named` or nothing. */
	breakdown: SectorBreakdown | null;
	/** Named product figures of a year with no total (listed as values, never as shares). */
	named: NamedFigures | null;
	/**
	 * The year whose parts exceed their total (the figures contradict each other): said as such,
	 * never drawn as a share above 100 %.
	 */
	exceeds?: { year: number; partial: SectorBreakdown['partial'] } | null;
}

/**
 * V4: per partner, its own year of REAL product detail, up to the chosen end year (no cap when
 * none is chosen). The rule (one, stated in the view's subtitle and `latestSectorYear`):
 * 1. the latest year whose named parts (chapters, headings or product groups) cover ≥ 20 % of its
 *    total (`MEANINGFUL_DETAIL`);
 * 2. else the latest year with named product figures whose source gives no total for it, listed as
 *    values (`namedFigures`);
 * 3. else the latest year with any detail, however small, with its remainder shown.
 */
export function sectorsData(prep: Prepared, sel: Selection) {
	const flow: Flow = sel.measure === 'import' ? 'import' : 'export';
	const upTo = sel.to;
	const rows: SectorRow[] = partnersFor(sel, filter).map((partner) => {
		const breakdown = prep.breakdown(sel.currency, sel.reporter, flow, partner, upTo);
		if (breakdown?.exceedsTotal) {
			const exceeds = { year: breakdown.year, partial: breakdown.partial };
			return { partner, breakdown: null, named: null, exceeds };
		}
		if (breakdown && detailCover(breakdown) >= MEANINGFUL_DETAIL)
			return { partner, breakdown, named: null };
		const points = prep
			.points(sel.currency, [partner], sel.reporter, null)
			.filter((p) => p.flow === flow);
		const named = namedFigures(points, upTo);
		return named ? { partner, breakdown: null, named } : { partner, breakdown, named: null };
	});
	return { flow, upTo, rows };
}

/** A named product figure of a year without a total (see `namedFigures`). */
export type NamedItem = NamedFigures['items'][number];

/** How many named figures per country are listed under the chart. */
export const NAMED_LISTED = 15;

/**
 * The named figures listed under the chart: the largest {@link NAMED_LISTED} (a product-level
 * file without a total can hold thousands; every one is in the table and its CSV), and the
 * chosen sector when it is further down, so a selection is never hidden.
 * @param items largest first, as `namedFigures` gives them
 */
export function listedNamed(items: readonly NamedItem[], chosen: string | null): NamedItem[] {
	const top = items.slice(0, NAMED_LISTED);
	const found =
		chosen === null ? undefined : items.slice(NAMED_LISTED).find((i) => i.sector === chosen);
	return found ? [...top, found] : top;
}
