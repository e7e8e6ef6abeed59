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
		const all = annualize(mine, this.spans);
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

/**
 * The default span of CAGR and the index: the two years that give the most countries a figure
 * at both ends, then the longest such span, then the latest. It never starts in a year only one
 * country reports, nor collapses to one year (unless there is only one).
 */
export function defaultSpan(reported: readonly ReadonlySet<number>[]): {
	first: number | null;
	last: number | null;
} {
	const years = [...new Set(reported.flatMap((ys) => [...ys]))].sort((a, b) => a - b);
	let best = { first: years[0] ?? null, last: years.at(-1) ?? null, score: [-1, 0, 0] };
	for (const [i, a] of years.entries())
		for (const b of years.slice(i + 1)) {
			const score = [reported.filter((ys) => ys.has(a) && ys.has(b)).length, b - a, b];
			const k = score.findIndex((v, n) => v !== best.score[n]);
			if (k >= 0 && (score[k] as number) > (best.score[k] as number))
				best = { first: a, last: b, score };
		}
	return { first: best.first, last: best.last };
}

/** V3: year-on-year growth, index and CAGR per partner. */
export function growthData(prep: Prepared, sel: Selection) {
	const { series, events } = volumesData(prep, sel);
	const reported = series.map(
		(s) => new Set(s.points.filter((p) => !p.partial && p.value !== null).map((p) => p.year))
	);
	const { first, last } = defaultSpan(reported);
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
	const upTo = range?.to ?? null;
	const rows: { partner: string; breakdown: SectorBreakdown | null }[] = partnersFor(
		sel,
		'sectors'
	).map((partner) => ({
		partner,
		breakdown: prep.breakdown(sel.currency, sel.reporter, flow, partner, upTo)
	}));
	return { flow, upTo, rows };
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
	const years = new Set<number>();
	for (const r of cube) years.add(r.year);
	return [...years].sort((a, b) => a - b);
}
