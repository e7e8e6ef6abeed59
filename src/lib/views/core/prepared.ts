/**
 * The cube prepared once per data change, and the part of the URL state the views read
 * (`Selection`). Every view's data is read from a `Prepared` (see ../registry.ts and each view's
 * `data.ts`). Pure: no Svelte, no ECharts.
 */
import type { Grain } from '../../data/analysis/monthly';
import { annualize, coverage } from '../../data/analysis/annual';
import { convertCube, type Rates } from '../../data/analysis/convert';
import {
	latestSectorYear,
	sectorBreakdown,
	type SectorBreakdown
} from '../../data/analysis/shares';
import type { AnnualPoint, CubeRow } from '../../data/analysis/types';
import {
	FOCUS_PARTNERS,
	type Currency,
	type Flow,
	type Measure,
	type PublishedGrowth,
	type TradeEvent
} from '../../data/schema';

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
	/** Time grain of the time views (URL `grain`); absent = year. */
	grain?: Grain;
	/** The year the map shows (URL `mapyear`); absent or null = the comparison's period. */
	mapYear?: number | null;
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
