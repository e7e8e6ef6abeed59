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
	detailCover,
	latestSectorYear,
	MEANINGFUL_DETAIL,
	namedFigures,
	sectorBreakdown,
	totalAcrossPartners,
	type NamedFigures,
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
	type PublishedGrowth,
	type TradeEvent
} from '../data/schema';

export interface DashboardData {
	cube: readonly CubeRow[];
	/** Figures that lost precedence to another dataset (read only for like-for-like bases). */
	shadowed?: readonly CubeRow[];
	/** Growth rates published with figures (shown only where their base is not in the data). */
	published?: readonly PublishedGrowth[];
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

/** The dashboard's opening selection (Italian exports in euro, as Italy reports them), changed by `over`. */
export function selectionOf(over: Partial<Selection> = {}): Selection {
	return {
		partners: DEFAULT_PARTNERS,
		focus: null,
		sector: null,
		from: null,
		to: null,
		measure: 'export',
		reporter: 'ITA',
		currency: 'EUR',
		base: null,
		...over
	};
}

export type ViewName = 'headline' | 'volumes' | 'growth' | 'sectors' | 'partners';

/** Annual points of one partner's series, in `annualize` order, with where each series-year starts. */
interface PartnerPoints {
	/** Every point of the partner, sorted by year, then by the cube index of its first row. */
	all: AnnualPoint[];
	/** Cube index of the first row of each point of `all` (its place in `annualize` order). */
	first: number[];
	/** The same points (and first indexes) per sector. */
	bySector: Map<string, { points: AnnualPoint[]; first: number[] }>;
}

const MEMO_SIZE = 24;

/**
 * Precomputed once per data change: coverage spans and the cube in each currency, and, on first
 * use, the annual points of each partner. An interaction then only picks points: annual figures
 * are per series (reporter, partner, flow, sector, currency) and every filter of the views is a
 * filter on series, so the points of a selection are the points of its series, in the order
 * `annualize` gives them (year, then first appearance in the cube).
 */
export class Prepared {
	readonly spans;
	private readonly byCurrency = new Map<Currency, { rows: CubeRow[]; unconverted: number }>();
	private readonly partnerIndex = new Map<Currency, Map<string, number[]>>();
	private readonly partnerPoints = new Map<string, PartnerPoints>();
	private readonly sectorIndex = new Map<string, Map<string, number[]>>();
	private readonly breakdowns = new Map<string, SectorBreakdown | null>();
	/** The last selections' points (a small LRU: a click back and forth costs nothing). */
	private readonly memo = new Map<string, AnnualPoint[]>();
	private readonly shadowByCurrency = new Map<Currency, Map<string, CubeRow[]>>();
	constructor(readonly data: DashboardData) {
		this.spans = coverage(data.shadowed?.length ? [...data.cube, ...data.shadowed] : data.cube);
	}

	/** The shadowed figures of one partner in `currency`. */
	private shadowOf(currency: Currency, partner: string): CubeRow[] {
		const shadowed = this.data.shadowed;
		if (!shadowed?.length) return [];
		let index = this.shadowByCurrency.get(currency);
		if (!index) {
			index = new Map();
			for (const r of convertCube(shadowed, currency, this.data.rates).converted) {
				const list = index.get(r.partner);
				if (list) list.push(r);
				else index.set(r.partner, [r]);
			}
			this.shadowByCurrency.set(currency, index);
		}
		return index.get(partner) ?? [];
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

	/** Row indexes of `inCurrency(currency).rows` per partner, ascending. */
	private rowsByPartner(currency: Currency): Map<string, number[]> {
		let index = this.partnerIndex.get(currency);
		if (!index) {
			index = new Map();
			const rows = this.inCurrency(currency).rows;
			for (let i = 0; i < rows.length; i++) {
				const partner = (rows[i] as CubeRow).partner;
				const list = index.get(partner);
				if (list) list.push(i);
				else index.set(partner, [i]);
			}
			this.partnerIndex.set(currency, index);
		}
		return index;
	}

	private pointsOfPartner(currency: Currency, partner: string): PartnerPoints {
		const key = `${currency}|${partner}`;
		let hit = this.partnerPoints.get(key);
		if (hit) return hit;
		const rows = this.inCurrency(currency).rows;
		const indexes = this.rowsByPartner(currency).get(partner) ?? [];
		const mine = indexes.map((i) => rows[i] as CubeRow);
		const all = withPublishedGrowth(
			annualize(mine, this.spans, this.shadowOf(currency, partner)),
			this.data.published ?? []
		);
		// Where each series-year first appears, keyed as annualize groups them.
		const firstOf = new Map<string, number>();
		for (let k = 0; k < mine.length; k++) {
			const r = mine[k] as CubeRow;
			const id = `${r.reporter}|${r.partner}|${r.flow}|${r.sector}|${r.currency}|${r.year}`;
			if (!firstOf.has(id)) firstOf.set(id, indexes[k] as number);
		}
		const first = all.map(
			(p) =>
				firstOf.get(`${p.reporter}|${p.partner}|${p.flow}|${p.sector}|${p.currency}|${p.year}`) ?? 0
		);
		const bySector = new Map<string, { points: AnnualPoint[]; first: number[] }>();
		all.forEach((p, k) => {
			const s = bySector.get(p.sector);
			if (s) {
				s.points.push(p);
				s.first.push(first[k] as number);
			} else bySector.set(p.sector, { points: [p], first: [first[k] as number] });
		});
		hit = { all, first, bySector };
		this.partnerPoints.set(key, hit);
		return hit;
	}

	/**
	 * A partner's sector breakdown for the latest year up to `upTo` with product detail (V4);
	 * kept, since it does not change with the other selections.
	 */
	breakdown(
		currency: Currency,
		reporter: Selection['reporter'],
		flow: Flow,
		partner: string,
		upTo: number | null
	): SectorBreakdown | null {
		const key = `${currency}|${reporter}|${flow}|${partner}|${upTo}`;
		const hit = this.breakdowns.get(key);
		if (hit !== undefined) return hit;
		const mine = this.points(currency, [partner], reporter, null).filter((p) => p.flow === flow);
		const year = latestSectorYear(mine, upTo);
		const b = year === null ? null : sectorBreakdown(mine, year);
		this.breakdowns.set(key, b);
		if (this.breakdowns.size > 4 * MEMO_SIZE) {
			this.breakdowns.delete(this.breakdowns.keys().next().value as string);
		}
		return b;
	}

	/**
	 * The rows of `inCurrency(currency)` whose partner is in `partners` and whose sector is
	 * `sector` (any when null), in cube order: `rows.filter(...)` without scanning the cube.
	 */
	rowsFor(currency: Currency, partners: readonly string[], sector: string | null): CubeRow[] {
		const rows = this.inCurrency(currency).rows;
		const index = this.rowsByPartner(currency);
		const lists: number[][] = [];
		for (const partner of new Set(partners)) {
			const mine = index.get(partner);
			if (!mine) continue;
			if (sector === null) {
				lists.push(mine);
				continue;
			}
			const key = `${currency}|${partner}`;
			let bySector = this.sectorIndex.get(key);
			if (!bySector) {
				bySector = new Map();
				for (const i of mine) {
					const s = (rows[i] as CubeRow).sector;
					const list = bySector.get(s);
					if (list) list.push(i);
					else bySector.set(s, [i]);
				}
				this.sectorIndex.set(key, bySector);
			}
			const hit = bySector.get(sector);
			if (hit) lists.push(hit);
		}
		const merged = lists.length === 1 ? (lists[0] as number[]) : lists.flat().sort((a, b) => a - b);
		return merged.map((i) => rows[i] as CubeRow);
	}

	/**
	 * What `annualize(rows, spans)` gives for the rows of `inCurrency(currency)` whose partner is
	 * in `partners`, whose reporter passes `reporter`, and whose sector is `sector` (any when null).
	 */
	points(
		currency: Currency,
		partners: readonly string[],
		reporter: Selection['reporter'],
		sector: string | null
	): AnnualPoint[] {
		const unique = [...new Set(partners)].sort();
		const key = `${currency}|${reporter}|${sector === null ? '*' : `=${sector}`}|${unique.join('|')}`;
		const memo = this.memo.get(key);
		if (memo) {
			this.memo.delete(key);
			this.memo.set(key, memo);
			return memo.slice();
		}
		const lists: { points: AnnualPoint[]; first: number[] }[] = [];
		for (const partner of unique) {
			const pp = this.pointsOfPartner(currency, partner);
			const src = sector === null ? { points: pp.all, first: pp.first } : pp.bySector.get(sector);
			if (!src) continue;
			const points: AnnualPoint[] = [];
			const first: number[] = [];
			src.points.forEach((p, k) => {
				if (reporter === 'ITA' ? p.reporter === 'ITA' : p.reporter === p.partner) {
					points.push(p);
					first.push(src.first[k] as number);
				}
			});
			if (points.length) lists.push({ points, first });
		}
		const out = mergeByYear(lists);
		this.memo.set(key, out);
		if (this.memo.size > MEMO_SIZE) this.memo.delete(this.memo.keys().next().value as string);
		return out.slice();
	}
}

/** The period a point stands for: `2023`, or `2024-01..2024-08` for a partial year. */
function periodOfPoint(p: AnnualPoint): string {
	const mm = (m: number) => String(m).padStart(2, '0');
	if (p.basis !== 'partial') return String(p.year);
	return p.fromMonth === p.toMonth
		? `${p.year}-${mm(p.fromMonth)}`
		: `${p.year}-${mm(p.fromMonth)}..${p.year}-${mm(p.toMonth)}`;
}

/** Gives each point the growth rate published with its figure: same cell, period and source. */
function withPublishedGrowth(
	points: AnnualPoint[],
	published: readonly PublishedGrowth[]
): AnnualPoint[] {
	if (!published.length) return points;
	for (const p of points) {
		const period = periodOfPoint(p);
		const match = published.find(
			(g) =>
				g.period === period &&
				g.partner === p.partner &&
				g.flow === p.flow &&
				g.reporter === p.reporter &&
				g.sector === p.sector &&
				g.currency === p.reported?.currency &&
				p.sources.includes(g.source)
		);
		if (match) p.published = match;
	}
	return points;
}

/** Merges lists each sorted by (year, first) into one list in that order. */
function mergeByYear(lists: readonly { points: AnnualPoint[]; first: number[] }[]): AnnualPoint[] {
	if (lists.length === 0) return [];
	if (lists.length === 1) return (lists[0] as { points: AnnualPoint[] }).points;
	const at = lists.map(() => 0);
	const total = lists.reduce((a, l) => a + l.points.length, 0);
	const out: AnnualPoint[] = new Array(total);
	for (let n = 0; n < total; n++) {
		let best = -1;
		let bestYear = 0;
		let bestFirst = 0;
		for (let k = 0; k < lists.length; k++) {
			const l = lists[k] as { points: AnnualPoint[]; first: number[] };
			const i = at[k] as number;
			if (i >= l.points.length) continue;
			const year = (l.points[i] as AnnualPoint).year;
			const first = l.first[i] as number;
			if (best < 0 || year < bestYear || (year === bestYear && first < bestFirst)) {
				best = k;
				bestYear = year;
				bestFirst = first;
			}
		}
		const l = lists[best] as { points: AnnualPoint[] };
		out[n] = l.points[at[best] as number] as AnnualPoint;
		at[best] = (at[best] as number) + 1;
	}
	return out;
}

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
	const sector = view === 'sectors' ? null : sel.sector;
	return prep.points(
		sel.currency,
		partnersFor(sel, view),
		sel.reporter,
		sectors === 'all' ? null : (sector ?? TOTAL)
	);
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

/** V3: year-on-year growth, index and CAGR per partner. */
export function growthData(prep: Prepared, sel: Selection) {
	const { series, events } = volumesData(prep, sel);
	const { from, to } = growthSpan(series, sel);
	const base = sel.base ?? from;
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
	const points = measureSeries(annualPoints(prep, sel, 'partners'), sel.measure);
	const chosen = chosenRange(points, sel);
	const bars = partnersFor(sel, 'partners').map((partner): PartnerBar => {
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
	const rows: SectorRow[] = partnersFor(sel, 'sectors').map((partner) => {
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
	const partners = partnersFor(sel, 'headline');
	const points = annualPoints(prep, sel, 'headline');
	const mixed = sel.reporter === 'partner' && partners.length > 1;
	const otherReporter: Selection['reporter'] = sel.reporter === 'ITA' ? 'partner' : 'ITA';
	// The other statistics are summed only for one country (partners' own figures are never added).
	const otherPoints =
		partners.length === 1
			? prep.points(sel.currency, partners, otherReporter, sel.sector ?? TOTAL)
			: [];
	// The headline's own latest complete year: that of the countries it shows, not of all.
	// Years of the flows decide it: a turnover published on its own (often a rounded estimate)
	// does not open a year whose flows are not in the data, unless there is nothing else.
	const completeOf = (pts: readonly AnnualPoint[]) => {
		const complete = pts.filter((p) => p.basis !== 'partial');
		const flows = complete.filter((p) => p.flow !== 'turnover');
		return (flows.length ? flows : complete).map((p) => p.year);
	};
	const completeYears = completeOf(points).length ? completeOf(points) : completeOf(otherPoints);
	const latest = completeYears.length ? Math.max(...completeYears) : null;
	const range =
		latest === null && sel.to === null
			? null
			: { from: sel.from ?? sel.to ?? latest, to: sel.to ?? (latest as number) };
	const measures = headlineMeasures(points);
	const others = headlineMeasures(otherPoints);
	const at = (year: number, withPrev: boolean, withFallbacks: boolean): Headline => {
		const tot = (m: HeadlineKey, y: number) => totalAcrossPartners(measures[m], partners, y);
		const h = {
			exports: tot('exports', year),
			imports: tot('imports', year),
			turnover: tot('turnover', year),
			balance: tot('balance', year)
		};
		const fallback = (key: HeadlineKey): CardFallback | null => {
			if (h[key].value !== null || mixed) return null;
			// A later partial row: only the other statistics' figure of the same year (the row
			// above already shows the latest earlier figures).
			const own = withFallbacks ? latestTotal(measures[key], partners, (y) => y < year) : null;
			const sameYear = totalAcrossPartners(others[key], partners, year);
			const other =
				sameYear.value !== null
					? sameYear
					: withFallbacks
						? latestTotal(others[key], partners, (y) => y < year)
						: null;
			if (!own && !other) return null;
			return {
				latest: own && cardFigure(measures[key], own),
				other: other && { ...cardFigure(others[key], other), reporter: otherReporter }
			};
		};
		const fallbacks = Object.fromEntries(HEADLINE_KEYS.map((k) => [k, fallback(k)])) as Record<
			HeadlineKey,
			CardFallback | null
		>;
		const ft = fallbacks.turnover?.latest?.total;
		const fb = fallbacks.balance?.latest?.total;
		const shownConverted = HEADLINE_KEYS.some(
			(k) =>
				(h[k].value !== null && cardFigure(measures[k], h[k]).converted) ||
				Boolean(fallbacks[k]?.latest?.converted || fallbacks[k]?.other?.converted)
		);
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
				: null,
			fallbacks,
			coverageFallback:
				ft && fb && ft.year === fb.year && ft.value !== null && fb.value !== null
					? (() => {
							const value = coverageRatio((ft.value + fb.value) / 2, (ft.value - fb.value) / 2);
							return value === null ? null : { value, year: ft.year, partial: ft.partial };
						})()
					: null,
			converted: shownConverted,
			newer: null
		};
	};
	const complete = range ? at(range.to, true, true) : null;
	const partialYears = points.filter(
		(p) => p.basis === 'partial' && (range === null || p.year > range.to)
	);
	const partialYear =
		sel.to === null && partialYears.length ? Math.max(...partialYears.map((p) => p.year)) : null;
	const partial = partialYear === null ? null : at(partialYear, false, complete === null);
	const last = partial ?? complete;
	const newest = otherPoints.reduce<AnnualPoint | null>(
		(a, p) => (!a || p.year > a.year || (p.year === a.year && p.toMonth > a.toMonth) ? p : a),
		null
	);
	if (last && newest && newest.year > last.year && !mixed)
		last.newer = {
			reporter: otherReporter,
			year: newest.year,
			partial:
				newest.basis === 'partial'
					? { fromMonth: newest.fromMonth, toMonth: newest.toMonth }
					: null,
			sources: newest.sources
		};
	return { complete, partial };
}

/** Events concerning the shown partners (or all of Central Asia). */
export function eventsFor(prep: Prepared, sel: Selection): TradeEvent[] {
	const shown = new Set(partnersFor(sel, 'volumes'));
	return prep.data.events.filter((e) => e.countries.some((c) => shown.has(c)));
}

export const DEFAULT_PARTNERS: readonly string[] = FOCUS_PARTNERS;

/**
 * The data's end for the chosen statistics: the last year Italy's (or the partners' own) figures
 * reach, for any partner. A key fact ending more than three years before it says so.
 */
export function dataEndOf(prep: Prepared, reporter: Selection['reporter']): number | null {
	let end: number | null = null;
	for (const r of prep.data.cube) {
		const mine = reporter === 'ITA' ? r.reporter === 'ITA' : r.reporter === r.partner;
		if (mine && (end === null || r.year > end)) end = r.year;
	}
	return end;
}

/** The years present in the cube, ascending. */
export function yearsOf(cube: readonly CubeRow[]): number[] {
	const years = new Set<number>();
	for (const r of cube) years.add(r.year);
	return [...years].sort((a, b) => a - b);
}
