/**
 * Months and quarters from the cube, with the coverage rules of years (annual.ts): a month
 * inside its extract's coverage without a row is "no trade recorded", outside it "no data"; both
 * are gaps (value null with a reason), never drawn as zero. A reported zero is a figure (0).
 *
 * - Only monthly rows (freq `M`) are months. Cumulative spans (`2024-01..2024-08`, freq `C`) and
 *   annual figures are not split; published quarters (freq `Q`) are quarters, never months.
 * - A quarter is the sum of its months from one dataset: months of one quarter from two datasets
 *   are refused (`datasets-differ`), never completed from each other. A quarter whose coverage
 *   lacks a month is `partial` and says which months it holds.
 * - A month and a cumulative period are never summed: quarters read monthly rows only.
 *
 * Pure; rows as the cube gives them (one dataset per series and year, see cube.ts).
 */
import type { Currency, Measure, PublishedFlow } from '../schema';
import type { CubeRow } from './types';

export type Grain = 'year' | 'quarter' | 'month';
export const GRAINS: readonly Grain[] = ['year', 'quarter', 'month'];

/** Why a month or quarter has no figure. */
export type PeriodGap =
	'no-data' | 'no-trade' | 'datasets-differ' | 'missing-flow' | 'months-differ';

export interface PeriodPoint {
	reporter: string;
	partner: string;
	flow: PublishedFlow | Measure;
	sector: string;
	currency: Currency;
	/** `2024-03` (a month) or `2024-Q1` (a quarter). */
	period: string;
	year: number;
	/** The month (1-12) or the quarter (1-4). */
	index: number;
	value: number | null;
	gap: PeriodGap | null;
	/** A quarter whose coverage lacks a month: the months it holds; null otherwise. */
	partial: { fromMonth: number; toMonth: number } | null;
	/** Months inside the coverage without a row (no trade recorded), counted in a quarter. */
	emptyMonths: number;
	sources: string[];
	flag: string;
	converted: boolean;
	/** The dataset of the figure (`a + b` for a measure of two flows); null for a gap. */
	dataset: string | null;
	/** As published (value and currency); null when mixed or a gap. */
	reported: { value: number; currency: Currency } | null;
}

type Span = { min: number; max: number };
const ym = (year: number, month: number) => year * 12 + (month - 1);
const pad = (n: number) => String(n).padStart(2, '0');

/** A month's or a quarter's period code. */
export function periodCode(grain: 'month' | 'quarter', year: number, index: number): string {
	return grain === 'month' ? `${year}-${pad(index)}` : `${year}-Q${index}`;
}

/** The coverage family of a row: must equal annual.ts's (dataset, reporter, flow, sector, sources). */
const familyKey = (r: CubeRow) =>
	`${r.dataset}|${r.reporter}|${r.flow}|${r.sector}|${r.sources.join(';')}`;
const seriesKey = (r: CubeRow) => `${r.reporter}|${r.partner}|${r.flow}|${r.sector}|${r.currency}`;

/** Whether rows hold any month (freq `M`): the month and quarter grains need them. */
export function hasMonths(rows: readonly CubeRow[]): boolean {
	return rows.some((r) => r.freq === 'M' && r.month !== null);
}

const flagOf = (rows: readonly CubeRow[]) =>
	['c', 'p', 'e'].find((f) => rows.some((r) => r.flag === f)) ?? '';

function figure(
	first: CubeRow,
	rows: readonly CubeRow[]
): Pick<PeriodPoint, 'value' | 'gap' | 'sources' | 'flag' | 'converted' | 'dataset' | 'reported'> {
	const currency = rows[0]?.originalCurrency;
	const oneCurrency = currency !== undefined && rows.every((r) => r.originalCurrency === currency);
	return {
		value: rows.reduce((a, r) => a + r.value, 0),
		gap: null,
		sources: [...new Set(rows.flatMap((r) => r.sources))].sort(),
		flag: flagOf(rows),
		converted: rows.some((r) => r.currency !== r.originalCurrency),
		dataset: first.dataset,
		reported: oneCurrency
			? { value: rows.reduce((a, r) => a + r.reportedValue, 0), currency }
			: null
	};
}

const gapOf = (reason: PeriodGap) => ({
	value: null,
	gap: reason,
	sources: [],
	flag: '',
	converted: false,
	dataset: null,
	reported: null
});

/**
 * Months or quarters per series (reporter, partner, flow, sector, currency), from the first to the
 * last month its extracts cover. Series without monthly rows give no points.
 *
 * @param spans coverage over the whole cube (annual.ts `coverage`), so that a partner with few
 *   rows still sees its extract's real coverage
 * @example periodPoints(rows, coverage(cube), 'quarter') // [{ period: '2024-Q3', partial: { fromMonth: 7, toMonth: 8 }, ... }]
 */
export function periodPoints(
	rows: readonly CubeRow[],
	spans: ReadonlyMap<string, Span>,
	grain: 'month' | 'quarter'
): PeriodPoint[] {
	const bySeries = new Map<string, CubeRow[]>();
	for (const r of rows) {
		if (r.freq !== 'M' && !(grain === 'quarter' && r.freq === 'Q')) continue;
		if (r.month === null) continue;
		const list = bySeries.get(seriesKey(r));
		if (list) list.push(r);
		else bySeries.set(seriesKey(r), [r]);
	}
	const out: PeriodPoint[] = [];
	for (const list of bySeries.values()) {
		out.push(...(grain === 'month' ? monthsOf(list, spans) : quartersOf(list, spans)));
	}
	return out;
}

/** The coverage of a series: its families' spans (months of every extract it comes from). */
function seriesCoverage(list: readonly CubeRow[], spans: ReadonlyMap<string, Span>) {
	const own = [...new Set(list.map(familyKey))].flatMap((k) => {
		const s = spans.get(k);
		return s ? [s] : [];
	});
	const covered = (m: number) => own.some((s) => s.min <= m && m <= s.max);
	const min = Math.min(...own.map((s) => s.min), ...list.map((r) => ym(r.year, r.month ?? 1)));
	const max = Math.max(...own.map((s) => s.max), ...list.map((r) => ym(r.year, r.month ?? 1)));
	return { covered, min, max };
}

function pointBase(first: CubeRow, grain: 'month' | 'quarter', year: number, index: number) {
	return {
		reporter: first.reporter,
		partner: first.partner,
		flow: first.flow,
		sector: first.sector,
		currency: first.currency,
		period: periodCode(grain, year, index),
		year,
		index,
		partial: null,
		emptyMonths: 0
	};
}

function monthsOf(list: readonly CubeRow[], spans: ReadonlyMap<string, Span>): PeriodPoint[] {
	const first = list[0] as CubeRow;
	const byMonth = new Map<number, CubeRow[]>();
	for (const r of list) {
		const m = ym(r.year, r.month as number);
		byMonth.set(m, [...(byMonth.get(m) ?? []), r]);
	}
	const { covered, min, max } = seriesCoverage(list, spans);
	const out: PeriodPoint[] = [];
	for (let m = min; m <= max; m++) {
		const year = Math.floor(m / 12);
		const base = pointBase(first, 'month', year, (m % 12) + 1);
		const here = byMonth.get(m);
		if (!here) {
			out.push({ ...base, ...gapOf(covered(m) ? 'no-trade' : 'no-data') });
		} else if (new Set(here.map((r) => r.dataset)).size > 1) {
			out.push({ ...base, ...gapOf('datasets-differ') });
		} else {
			// one cell, one figure: the cube never holds two rows of a month of one dataset
			out.push({ ...base, ...figure(here[0] as CubeRow, here.slice(0, 1)) });
		}
	}
	return out;
}

function quartersOf(list: readonly CubeRow[], spans: ReadonlyMap<string, Span>): PeriodPoint[] {
	const first = list[0] as CubeRow;
	const byMonth = new Map<number, CubeRow[]>();
	const published = new Map<number, CubeRow[]>();
	for (const r of list) {
		const m = ym(r.year, r.month as number);
		const into = r.freq === 'Q' ? published : byMonth;
		into.set(m, [...(into.get(m) ?? []), r]);
	}
	const { covered, min, max } = seriesCoverage(list, spans);
	const out: PeriodPoint[] = [];
	for (let q0 = min - (min % 3); q0 <= max; q0 += 3) {
		const year = Math.floor(q0 / 12);
		const quarter = Math.floor((q0 % 12) / 3) + 1;
		const base = pointBase(first, 'quarter', year, quarter);
		const asPublished = published.get(q0 + 2);
		const months = [q0, q0 + 1, q0 + 2];
		const rows = asPublished ?? months.flatMap((m) => byMonth.get(m) ?? []);
		const inCoverage = months.filter(covered);
		if (new Set(rows.map((r) => r.dataset)).size > 1) {
			out.push({ ...base, ...gapOf('datasets-differ') });
		} else if (rows.length === 0) {
			out.push({ ...base, ...gapOf(inCoverage.length ? 'no-trade' : 'no-data') });
		} else {
			const held = asPublished ? months : inCoverage;
			const from = (held[0] as number) % 12;
			const to = (held.at(-1) as number) % 12;
			out.push({
				...base,
				...figure(rows[0] as CubeRow, rows),
				partial: held.length < 3 ? { fromMonth: from + 1, toMonth: to + 1 } : null,
				emptyMonths: asPublished ? 0 : inCoverage.filter((m) => !byMonth.has(m)).length
			});
		}
	}
	return out;
}

/**
 * A measure per period from flow points: exports or imports as they are; turnover and balance
 * only where both flows have a figure for the same months (a gap otherwise: `missing-flow`, or
 * `no-trade` when neither flow recorded trade, `months-differ` for partial quarters that differ).
 */
export function periodMeasure(points: readonly PeriodPoint[], measure: Measure): PeriodPoint[] {
	if (measure === 'export' || measure === 'import')
		return points.filter((p) => p.flow === measure).map((p) => ({ ...p, flow: measure }));
	const pairs = new Map<string, { export?: PeriodPoint; import?: PeriodPoint }>();
	for (const p of points) {
		if (p.flow !== 'export' && p.flow !== 'import') continue;
		const k = `${p.reporter}|${p.partner}|${p.sector}|${p.currency}|${p.period}`;
		const pair = pairs.get(k) ?? {};
		pair[p.flow] = p;
		pairs.set(k, pair);
	}
	const combine = (a: number, b: number) => (measure === 'turnover' ? a + b : a - b);
	const out: PeriodPoint[] = [];
	for (const { export: x, import: m } of pairs.values()) {
		const any = (x ?? m) as PeriodPoint;
		const base = { ...any, flow: measure, partial: any.partial };
		if (!x || !m || x.value === null || m.value === null) {
			const neither = x?.gap === 'no-trade' && m?.gap === 'no-trade';
			out.push({ ...base, ...gapOf(neither ? 'no-trade' : 'missing-flow'), emptyMonths: 0 });
		} else if (
			(x.partial === null) !== (m.partial === null) ||
			(x.partial &&
				m.partial &&
				(x.partial.fromMonth !== m.partial.fromMonth || x.partial.toMonth !== m.partial.toMonth))
		) {
			out.push({ ...base, ...gapOf('months-differ'), emptyMonths: 0 });
		} else {
			out.push({
				...base,
				value: combine(x.value, m.value),
				gap: null,
				sources: [...new Set([...x.sources, ...m.sources])].sort(),
				flag: x.flag || m.flag,
				converted: x.converted || m.converted,
				dataset: x.dataset === m.dataset ? x.dataset : `${x.dataset} + ${m.dataset}`,
				reported:
					x.reported && m.reported && x.reported.currency === m.reported.currency
						? {
								value: combine(x.reported.value, m.reported.value),
								currency: x.reported.currency
							}
						: null,
				emptyMonths: Math.max(x.emptyMonths, m.emptyMonths)
			});
		}
	}
	return out.sort((a, b) => a.period.localeCompare(b.period));
}
