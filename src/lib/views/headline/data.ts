/**
 * V1 data: the headline totals over the shown partners for the range's end year and a later
 * partial year, with what each card shows when its year has no figure. Pure.
 */
import { coverageRatio, measureSeries, type MeasurePoint } from '../../data/analysis/measures';
import { totalAcrossPartners, type PartnerTotal } from '../../data/analysis/shares';
import type { AnnualPoint } from '../../data/analysis/types';
import { TOTAL, type Currency, type Measure } from '../../data/schema';
import { annualPoints, partnersFor, type ViewFilter } from '../core/crossfilter';
import type { Prepared, Selection } from '../core/prepared';

/** Filtered by every selection: the years choose the cards' year. */
export const filter: ViewFilter = { ignores: [] };

export type HeadlineKey = 'exports' | 'imports' | 'turnover' | 'balance';

const HEADLINE_MEASURES: Readonly<Record<HeadlineKey, Measure>> = {
	exports: 'export',
	imports: 'import',
	turnover: 'turnover',
	balance: 'balance'
};
const HEADLINE_KEYS = Object.keys(HEADLINE_MEASURES) as HeadlineKey[];

/** A figure a card shows in place of the one its year lacks: its own period, sources and currency. */
export interface CardFigure {
	/** Year, value, months (`partial`), countries included and sources of the figure. */
	total: PartnerTotal;
	/** Converted from the currency its source published (the card says so). */
	converted: boolean;
	/** The figure as published, when it was converted for display (one currency published). */
	published: { value: number; currency: Currency } | null;
}

/** What a card without a figure for its year shows instead (never mixed into the series). */
export interface CardFallback {
	/** The latest earlier figure of the same statistics for the measure. */
	latest: CardFigure | null;
	/**
	 * The other statistics' figure (Italy's, or the partner's own; one country only), for the card's
	 * year or else their latest before it, with the reporter to switch to.
	 */
	other: (CardFigure & { reporter: Selection['reporter'] }) | null;
}

export interface Headline {
	year: number;
	partners: readonly string[];
	mixed: boolean;
	exports: PartnerTotal;
	imports: PartnerTotal;
	turnover: PartnerTotal;
	balance: PartnerTotal;
	coverage: number | null;
	prev: {
		exports: PartnerTotal;
		imports: PartnerTotal;
		turnover: PartnerTotal;
		balance: PartnerTotal;
	} | null;
	/** Per card: null when it has its figure, else what the data holds instead. */
	fallbacks: Record<HeadlineKey, CardFallback | null>;
	/** Exports ÷ imports of the latest earlier year that has both, when `coverage` is null. */
	coverageFallback: { value: number; year: number; partial: PartnerTotal['partial'] } | null;
	/** Some figure the row shows (a card or a fallback) was converted at ECB rates. */
	converted: boolean;
	/**
	 * On the latest row only: the other statistics reach a later period (one country), e.g. Italy's
	 * figures for Tajikistan end in 2017 and Tajikistan's own in 2023; said with a switch.
	 */
	newer: {
		reporter: Selection['reporter'];
		year: number;
		partial: PartnerTotal['partial'];
		sources: string[];
	} | null;
}

type HeadlineMeasures = Record<HeadlineKey, MeasurePoint[]>;

function headlineMeasures(points: readonly AnnualPoint[]): HeadlineMeasures {
	return {
		exports: measureSeries(points, 'export'),
		imports: measureSeries(points, 'import'),
		turnover: measureSeries(points, 'turnover'),
		balance: measureSeries(points, 'balance')
	};
}

/** The card figure of a total: converted or not, and as published when it was. */
function cardFigure(points: readonly MeasurePoint[], total: PartnerTotal): CardFigure {
	const rows = points.filter(
		(p) => p.year === total.year && total.included.includes(p.partner) && p.value !== null
	);
	const converted = rows.some((p) => p.converted);
	const reported = rows.map((p) => p.reported);
	const currency = reported[0]?.currency;
	const published =
		converted && reported.length && reported.every((r) => r !== null && r.currency === currency)
			? {
					value: reported.reduce((a, r) => a + (r as { value: number }).value, 0),
					currency: currency as Currency
				}
			: null;
	return { total, converted, published };
}

/** The latest total with a figure, among the years `ok` accepts (latest first). */
function latestTotal(
	points: readonly MeasurePoint[],
	partners: readonly string[],
	ok: (year: number) => boolean
): PartnerTotal | null {
	const years = [...new Set(points.filter((p) => p.value !== null).map((p) => p.year))]
		.filter(ok)
		.sort((a, b) => b - a);
	for (const y of years) {
		const t = totalAcrossPartners(points, partners, y);
		if (t.value !== null) return t;
	}
	return null;
}

/** What every row of the headline is computed from. */
interface RowInputs {
	partners: readonly string[];
	/** Partners' own statistics of several countries: never summed, so no fallbacks. */
	mixed: boolean;
	measures: HeadlineMeasures;
	/** The other statistics' measures (one country only). */
	others: HeadlineMeasures;
	otherReporter: Selection['reporter'];
}

type Totals = Record<HeadlineKey, PartnerTotal>;

function totalsAt(inp: RowInputs, year: number): Totals {
	const tot = (m: HeadlineKey) => totalAcrossPartners(inp.measures[m], inp.partners, year);
	return {
		exports: tot('exports'),
		imports: tot('imports'),
		turnover: tot('turnover'),
		balance: tot('balance')
	};
}

/** Exports ÷ imports from the turnover T and balance B of the same partners: (T + B) / (T − B). */
function coverageOf(turnover: number | null, balance: number | null): number | null {
	return turnover === null || balance === null
		? null
		: coverageRatio((turnover + balance) / 2, (turnover - balance) / 2);
}

/**
 * What a card without a figure for `year` shows instead; null when it has one. A later partial
 * row (`withFallbacks` false) gives only the other statistics' figure of the same year (the row
 * above already shows the latest earlier figures).
 */
function cardFallback(
	inp: RowInputs,
	h: Totals,
	key: HeadlineKey,
	year: number,
	withFallbacks: boolean
): CardFallback | null {
	if (h[key].value !== null || inp.mixed) return null;
	const earlier = (y: number) => y < year;
	const own = withFallbacks ? latestTotal(inp.measures[key], inp.partners, earlier) : null;
	const sameYear = totalAcrossPartners(inp.others[key], inp.partners, year);
	const other =
		sameYear.value !== null
			? sameYear
			: withFallbacks
				? latestTotal(inp.others[key], inp.partners, earlier)
				: null;
	if (!own && !other) return null;
	return {
		latest: own && cardFigure(inp.measures[key], own),
		other: other && { ...cardFigure(inp.others[key], other), reporter: inp.otherReporter }
	};
}

/** The coverage of the latest earlier year with both turnover and balance, when the row has none. */
function coverageFallback(fallbacks: Headline['fallbacks']): Headline['coverageFallback'] {
	const ft = fallbacks.turnover?.latest?.total;
	const fb = fallbacks.balance?.latest?.total;
	if (!ft || !fb || ft.year !== fb.year) return null;
	const value = coverageOf(ft.value, fb.value);
	return value === null ? null : { value, year: ft.year, partial: ft.partial };
}

/** One row of cards: the totals of `year`, the year before (`withPrev`), the fallbacks. */
function headlineRow(
	inp: RowInputs,
	year: number,
	withPrev: boolean,
	withFallbacks: boolean
): Headline {
	const h = totalsAt(inp, year);
	const fallbacks = Object.fromEntries(
		HEADLINE_KEYS.map((k) => [k, cardFallback(inp, h, k, year, withFallbacks)])
	) as Record<HeadlineKey, CardFallback | null>;
	const converted = HEADLINE_KEYS.some(
		(k) =>
			(h[k].value !== null && cardFigure(inp.measures[k], h[k]).converted) ||
			Boolean(fallbacks[k]?.latest?.converted || fallbacks[k]?.other?.converted)
	);
	return {
		year,
		partners: inp.partners,
		mixed: inp.mixed,
		...h,
		// Exports ÷ imports over the partners that have both flows (turnover and balance are
		// only defined there).
		coverage: coverageOf(h.turnover.value, h.balance.value),
		prev: withPrev ? totalsAt(inp, year - 1) : null,
		fallbacks,
		coverageFallback: coverageFallback(fallbacks),
		converted,
		newer: null
	};
}

/**
 * The headline's own latest complete year: that of the countries it shows, not of all. Years of
 * the flows decide it: a turnover published on its own (often a rounded estimate) does not open a
 * year whose flows are not in the data, unless there is nothing else.
 */
function latestCompleteYear(
	points: readonly AnnualPoint[],
	otherPoints: readonly AnnualPoint[]
): number | null {
	const completeOf = (pts: readonly AnnualPoint[]) => {
		const complete = pts.filter((p) => p.basis !== 'partial');
		const flows = complete.filter((p) => p.flow !== 'turnover');
		return (flows.length ? flows : complete).map((p) => p.year);
	};
	const years = completeOf(points).length ? completeOf(points) : completeOf(otherPoints);
	return years.length ? Math.max(...years) : null;
}

/** The other statistics' newest period, when it is later than the last row's year. */
function newerFigure(
	otherPoints: readonly AnnualPoint[],
	last: Headline,
	reporter: Selection['reporter']
): Headline['newer'] {
	const newest = otherPoints.reduce<AnnualPoint | null>(
		(a, p) => (!a || p.year > a.year || (p.year === a.year && p.toMonth > a.toMonth) ? p : a),
		null
	);
	if (!newest || newest.year <= last.year) return null;
	return {
		reporter,
		year: newest.year,
		partial:
			newest.basis === 'partial' ? { fromMonth: newest.fromMonth, toMonth: newest.toMonth } : null,
		sources: newest.sources
	};
}

/**
 * V1: totals over the shown partners for the range's end year, and for a later partial year.
 * A card with no figure for its year says what the data holds instead (`fallbacks`): the latest
 * earlier figure of the same statistics (with its period and sources), and, for one country, the
 * other statistics' figure with the reporter to switch to. With no figure at all in the chosen
 * statistics, the row is the other statistics' latest complete year, every card pointing there.
 */
export function headlineData(
	prep: Prepared,
	sel: Selection
): { complete: Headline | null; partial: Headline | null } {
	const partners = partnersFor(sel, filter);
	const points = annualPoints(prep, sel, filter);
	const otherReporter: Selection['reporter'] = sel.reporter === 'ITA' ? 'partner' : 'ITA';
	// The other statistics are summed only for one country (partners' own figures are never added).
	const otherPoints =
		partners.length === 1
			? prep.points(sel.currency, partners, otherReporter, sel.sector ?? TOTAL)
			: [];
	const inp: RowInputs = {
		partners,
		mixed: sel.reporter === 'partner' && partners.length > 1,
		measures: headlineMeasures(points),
		others: headlineMeasures(otherPoints),
		otherReporter
	};
	const latest = latestCompleteYear(points, otherPoints);
	const end = latest === null && sel.to === null ? null : (sel.to ?? (latest as number));
	const complete = end === null ? null : headlineRow(inp, end, true, true);
	const partialYears = points.filter(
		(p) => p.basis === 'partial' && (end === null || p.year > end)
	);
	const partialYear =
		sel.to === null && partialYears.length ? Math.max(...partialYears.map((p) => p.year)) : null;
	const partial = partialYear === null ? null : headlineRow(inp, partialYear, false, !complete);
	const last = partial ?? complete;
	if (last && !inp.mixed) last.newer = newerFigure(otherPoints, last, otherReporter);
	return { complete, partial };
}
