/**
 * From the cube and the view state to each view's data, following the crossfilter rule: a view
 * is filtered by every selection except its own (the comparison view ignores `focus`, the sector
 * view ignores `sector`, the time views ignore the year range and only shade it).
 * Pure: no Svelte, no ECharts.
 */
import { annualize, coverage } from '../data/analysis/annual';
import { convertCube, type Rates } from '../data/analysis/convert';
import { measureSeries, coverageRatio, type MeasurePoint } from '../data/analysis/measures';
import { cagr, indexSeries, yoy, type GrowthPoint } from '../data/analysis/growth';
import {
	latestSectorYear,
	sectorBreakdown,
	totalAcrossPartners,
	type PartnerTotal,
	type SectorBreakdown
} from '../data/analysis/shares';
import type { AnnualPoint, CubeRow, Maybe } from '../data/analysis/types';
import {
	FOCUS_PARTNERS,
	TOTAL,
	type Currency,
	type Flow,
	type Measure,
	type TradeEvent
} from '../data/schema';

export interface DashboardData {
	cube: readonly CubeRow[];
	rates: Rates;
	events: readonly TradeEvent[];
}

/** The part of the URL state the views read. */
export interface Selection {
	partners: readonly string[];
	focus: string | null;
	sector: string | null;
	from: number | null;
	to: number | null;
	measure: Measure;
	reporter: 'ITA' | 'partner';
	currency: Currency;
	base: number | null;
}

export type ViewName = 'headline' | 'volumes' | 'growth' | 'sectors' | 'partners';

/** Precomputed once per data change: coverage spans and the cube in each currency. */
export class Prepared {
	readonly spans;
	private readonly byCurrency = new Map<Currency, { rows: CubeRow[]; unconverted: number }>();
	constructor(readonly data: DashboardData) {
		this.spans = coverage(data.cube);
	}
	inCurrency(currency: Currency) {
		let hit = this.byCurrency.get(currency);
		if (!hit) {
			const { converted, unconverted } = convertCube(this.data.cube, currency, this.data.rates);
			hit = { rows: converted, unconverted: unconverted.length };
			this.byCurrency.set(currency, hit);
		}
		return hit;
	}
}

const reporterMatches = (sel: Selection, r: { reporter: string; partner: string }) =>
	sel.reporter === 'ITA' ? r.reporter === 'ITA' : r.reporter === r.partner;

/** Partners a view shows: the focus when the view is filtered by it, else the selected ones. */
export function partnersFor(sel: Selection, view: ViewName): readonly string[] {
	if (view !== 'partners' && sel.focus && sel.partners.includes(sel.focus)) return [sel.focus];
	return sel.partners;
}

/** Annual points for the views' partners, reporter and currency; `sectors` 'all' keeps every sector. */
export function annualPoints(
	prep: Prepared,
	sel: Selection,
	view: ViewName,
	sectors: 'selected' | 'all' = 'selected'
): AnnualPoint[] {
	const partners = new Set(partnersFor(sel, view));
	const sector = view === 'sectors' ? null : sel.sector;
	const rows = prep
		.inCurrency(sel.currency)
		.rows.filter(
			(r) =>
				partners.has(r.partner) &&
				reporterMatches(sel, r) &&
				(sectors === 'all' || r.sector === (sector ?? TOTAL))
		);
	return annualize(rows, prep.spans);
}

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
	const points = measureSeries(annualPoints(prep, sel, 'volumes'), sel.measure);
	return { series: bySeries(points, partnersFor(sel, 'volumes')), events: eventsFor(prep, sel) };
}

/** V3: year-on-year growth, index and CAGR per partner. */
export function growthData(prep: Prepared, sel: Selection) {
	const { series, events } = volumesData(prep, sel);
	const years = series.flatMap((s) =>
		s.points.filter((p) => !p.partial && p.value !== null).map((p) => p.year)
	);
	const first = years.length ? Math.min(...years) : null;
	const last = years.length ? Math.max(...years) : null;
	const base = sel.base ?? sel.from ?? first;
	const from = sel.from ?? first;
	const to = sel.to ?? last;
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

/** The years the comparison and sector views aggregate: the chosen range, else the latest complete year. */
export function rangeFor(prep: Prepared, sel: Selection): { from: number; to: number } | null {
	const complete = annualPoints(prep, { ...sel, focus: null }, 'partners').filter(
		(p) => p.basis !== 'partial'
	);
	const years = complete.map((p) => p.year);
	if (!years.length) return null;
	const latest = Math.max(...years);
	const to = sel.to ?? latest;
	return { from: sel.from ?? to, to };
}

export interface PartnerBar {
	partner: string;
	value: number | null;
	gap: MeasurePoint['gap'];
	sources: string[];
	reporter: string;
	converted: boolean;
}

/** V5: the measure per partner, summed over the complete years of the range. */
export function partnersData(prep: Prepared, sel: Selection) {
	const range = rangeFor(prep, sel);
	if (!range) return { range, bars: [] as PartnerBar[] };
	const points = measureSeries(annualPoints(prep, sel, 'partners'), sel.measure);
	const bars = partnersFor(sel, 'partners').map((partner): PartnerBar => {
		const mine = points.filter(
			(p) => p.partner === partner && p.year >= range.from && p.year <= range.to
		);
		const span = range.to - range.from + 1;
		const complete = mine.filter((p) => p.value !== null && !p.partial);
		const gap =
			mine.find((p) => p.value === null)?.gap ?? (complete.length < span ? 'no-data' : null);
		return {
			partner,
			value: gap ? null : complete.reduce((a, p) => a + (p.value as number), 0),
			gap,
			sources: [...new Set(mine.flatMap((p) => p.sources))].sort(),
			reporter: mine[0]?.reporter ?? (sel.reporter === 'ITA' ? 'ITA' : partner),
			converted: mine.some((p) => p.converted)
		};
	});
	return { range, bars };
}

/** V4: per partner, the latest year up to the range's end with product detail, broken down. */
export function sectorsData(prep: Prepared, sel: Selection) {
	const range = rangeFor(prep, sel);
	const flow: Flow = sel.measure === 'import' ? 'import' : 'export';
	const points = annualPoints(prep, sel, 'sectors', 'all').filter((p) => p.flow === flow);
	const rows: { partner: string; breakdown: SectorBreakdown | null }[] = partnersFor(
		sel,
		'sectors'
	).map((partner) => {
		const mine = points.filter((p) => p.partner === partner);
		const year = latestSectorYear(mine, range?.to ?? null);
		return { partner, breakdown: year === null ? null : sectorBreakdown(mine, year) };
	});
	return { flow, upTo: range?.to ?? null, rows };
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
}

/** V1: totals over the shown partners for the range's end year, and for a later partial year. */
export function headlineData(
	prep: Prepared,
	sel: Selection
): { complete: Headline | null; partial: Headline | null } {
	const partners = partnersFor(sel, 'headline');
	const points = annualPoints(prep, sel, 'headline');
	const mixed = sel.reporter === 'partner' && partners.length > 1;
	// The headline's own latest complete year: that of the countries it shows, not of all.
	const completeYears = points.filter((p) => p.basis !== 'partial').map((p) => p.year);
	const latest = completeYears.length ? Math.max(...completeYears) : null;
	const range =
		latest === null && sel.to === null
			? null
			: { from: sel.from ?? sel.to ?? latest, to: sel.to ?? (latest as number) };
	const measures = {
		exports: measureSeries(points, 'export'),
		imports: measureSeries(points, 'import'),
		turnover: measureSeries(points, 'turnover'),
		balance: measureSeries(points, 'balance')
	};
	const at = (year: number, withPrev: boolean): Headline => {
		const tot = (m: keyof typeof measures, y: number) =>
			totalAcrossPartners(measures[m], partners, y);
		const h = {
			exports: tot('exports', year),
			imports: tot('imports', year),
			turnover: tot('turnover', year),
			balance: tot('balance', year)
		};
		return {
			year,
			partners,
			mixed,
			...h,
			// Exports ÷ imports over the partners that have both flows (turnover and balance are
			// only defined there): (T + B) / (T − B).
			coverage:
				h.turnover.value === null || h.balance.value === null
					? null
					: coverageRatio(
							(h.turnover.value + h.balance.value) / 2,
							(h.turnover.value - h.balance.value) / 2
						),
			prev: withPrev
				? {
						exports: tot('exports', year - 1),
						imports: tot('imports', year - 1),
						turnover: tot('turnover', year - 1),
						balance: tot('balance', year - 1)
					}
				: null
		};
	};
	const complete = range ? at(range.to, true) : null;
	const partialYears = points.filter(
		(p) => p.basis === 'partial' && (range === null || p.year > range.to)
	);
	const partialYear =
		sel.to === null && partialYears.length ? Math.max(...partialYears.map((p) => p.year)) : null;
	return { complete, partial: partialYear === null ? null : at(partialYear, false) };
}

/** Events concerning the shown partners (or all of Central Asia). */
export function eventsFor(prep: Prepared, sel: Selection): TradeEvent[] {
	const shown = new Set(partnersFor(sel, 'volumes'));
	return prep.data.events.filter((e) => e.countries.some((c) => shown.has(c)));
}

export const DEFAULT_PARTNERS: readonly string[] = FOCUS_PARTNERS;

/** The years present in the cube, ascending. */
export function yearsOf(cube: readonly CubeRow[]): number[] {
	return [...new Set(cube.map((r) => r.year))].sort((a, b) => a - b);
}
