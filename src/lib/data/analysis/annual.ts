/**
 * Annual figures from the cube: a published annual figure wins; otherwise a complete year of
 * months (or quarters) is summed; otherwise the year is partial and says which months it holds,
 * with the same months of the previous year for a like-for-like comparison.
 *
 * Coverage (which months an extract spans) is read per family of rows (dataset, reporter, flow,
 * sector, source) across partners: Comext omits months without recorded trade, so a month inside
 * the coverage with no row is "no trade recorded", and a month outside it is "not in the data".
 */
import { monthsOf } from '../schema';
import type { AnnualPoint, CubeRow, Reported } from './types';

type Span = { min: number; max: number };
const ym = (year: number, month: number) => year * 12 + (month - 1);

function familyKey(r: CubeRow) {
	return `${r.dataset}|${r.reporter}|${r.flow}|${r.sector}|${r.sources.join(';')}`;
}

/** First and last month index (year*12 + month-1) of each family's sub-annual rows. */
export function coverage(rows: readonly CubeRow[]): Map<string, Span> {
	const spans = new Map<string, Span>();
	for (const r of rows) {
		// Cumulative spans are figures as published, not an extract's months: no coverage.
		if (r.freq === 'A' || r.freq === 'C' || r.month === null) continue;
		const first = r.freq === 'Q' ? ym(r.year, r.month - 2) : ym(r.year, r.month);
		const last = ym(r.year, r.month);
		const key = familyKey(r);
		const s = spans.get(key);
		if (!s) spans.set(key, { min: first, max: last });
		else {
			s.min = Math.min(s.min, first);
			s.max = Math.max(s.max, last);
		}
	}
	return spans;
}

const seriesId = (r: CubeRow) => `${r.reporter}|${r.partner}|${r.flow}|${r.sector}|${r.currency}`;

/**
 * @param rows cube rows, all in one currency per series
 * @param spans coverage computed over the whole cube (not only the filtered rows), so that a
 *   partner with few rows still sees its extract's real coverage
 * @param shadowed rows that lost precedence to another dataset (`buildCubes`): a partial year's
 *   same months of the year before are read from its own dataset, here if need be, so that a
 *   partial-year comparison never compares two datasets when one holds both ends
 * @example annualize(rows, coverage(allRows)) // → [{ year: 2024, basis: 'partial', fromMonth: 1, toMonth: 8, ... }]
 */
export function annualize(
	rows: readonly CubeRow[],
	spans: Map<string, Span> = coverage(rows),
	shadowed: readonly CubeRow[] = []
): AnnualPoint[] {
	const bySeriesYear = groupBy(rows, (r) => `${seriesId(r)}|${r.year}`);
	let shadowIndex: Map<string, CubeRow[]> | null = null;
	const out: AnnualPoint[] = [];
	for (const [key, list] of bySeriesYear) {
		const point = annualPoint(list, spans);
		if (point) {
			// previous year's same months, for partial years, from the point's own dataset
			if (point.basis === 'partial') {
				const prevKey = key.replace(/\|\d+$/, `|${point.year - 1}`);
				let prev = bySeriesYear.get(prevKey) ?? [];
				if (prev.length && prev[0]?.dataset !== point.dataset) {
					shadowIndex ??= groupBy(shadowed, (r) => `${seriesId(r)}|${r.year}|${r.dataset}`);
					const own = shadowIndex.get(`${prevKey}|${point.dataset}`);
					if (own) prev = own;
				}
				const same = sameMonths(prev, point.year - 1, point.fromMonth, point.toMonth, spans);
				if (same) {
					point.prevSameMonths = same.value;
					point.prevDataset = prev[0]?.dataset ?? null;
					if (point.reported && same.reported && same.reported.currency === point.reported.currency)
						point.reported.prevSameMonths = same.reported.value;
				}
			}
			out.push(point);
		}
	}
	return out.sort((a, b) => a.year - b.year);
}

function groupBy(rows: readonly CubeRow[], keyOf: (r: CubeRow) => string) {
	const out = new Map<string, CubeRow[]>();
	for (const r of rows) {
		const key = keyOf(r);
		const list = out.get(key);
		if (list) list.push(r);
		else out.set(key, [r]);
	}
	return out;
}

function base(r: CubeRow): Omit<AnnualPoint, 'value' | 'basis' | 'sources' | 'flag' | 'reported'> {
	return {
		reporter: r.reporter,
		partner: r.partner,
		flow: r.flow,
		sector: r.sector,
		currency: r.currency,
		year: r.year,
		fromMonth: 1,
		toMonth: 12,
		emptyMonths: 0,
		prevSameMonths: null,
		prevDataset: null,
		converted: r.currency !== r.originalCurrency,
		sectorLabel: r.sectorLabel,
		dataset: r.dataset
	};
}

const union = (rows: readonly CubeRow[]) => [...new Set(rows.flatMap((r) => r.sources))].sort();
const flagOf = (rows: readonly CubeRow[]) =>
	rows.some((r) => r.flag === 'c')
		? 'c'
		: rows.some((r) => r.flag === 'p')
			? 'p'
			: rows.some((r) => r.flag === 'e')
				? 'e'
				: '';
const sum = (rows: readonly CubeRow[]) => rows.reduce((a, r) => a + r.value, 0);

/** The rows' figure as published: null when they were published in more than one currency. */
function reportedOf(rows: readonly CubeRow[]): Reported | null {
	const currency = rows[0]?.originalCurrency;
	if (!currency || rows.some((r) => r.originalCurrency !== currency)) return null;
	return {
		value: rows.reduce((a, r) => a + r.reportedValue, 0),
		currency,
		prevSameMonths: null
	};
}

function yearSpan(rows: readonly CubeRow[], spans: Map<string, Span>, year: number) {
	let min = Infinity;
	let max = -Infinity;
	for (const r of rows) {
		const s = spans.get(familyKey(r));
		if (!s) continue;
		min = Math.min(min, Math.max(s.min, ym(year, 1)));
		max = Math.max(max, Math.min(s.max, ym(year, 12)));
	}
	return min <= max ? { from: (min % 12) + 1, to: (max % 12) + 1 } : null;
}

function annualPoint(list: CubeRow[], spans: Map<string, Span>): AnnualPoint | null {
	const first = list[0];
	if (!first) return null;
	const annual = list.filter((r) => r.freq === 'A');
	if (annual.length) {
		return {
			...base(first),
			value: sum(annual),
			reported: reportedOf(annual),
			basis: 'annual',
			sources: union(annual),
			flag: flagOf(annual)
		};
	}
	const fromMonths = monthsPoint(list, spans, first);
	const cumulative = cumulativePoint(list, first);
	// A cumulative figure (Jan–Aug) stands where no finer data of the dataset covers its span.
	if (
		fromMonths &&
		(!cumulative ||
			fromMonths.basis !== 'partial' ||
			(fromMonths.fromMonth <= cumulative.fromMonth && fromMonths.toMonth >= cumulative.toMonth))
	)
		return fromMonths;
	return cumulative ?? fromMonths;
}

function monthsPoint(
	list: readonly CubeRow[],
	spans: Map<string, Span>,
	first: CubeRow
): AnnualPoint | null {
	for (const freq of ['M', 'Q'] as const) {
		const sub = list.filter((r) => r.freq === freq);
		if (!sub.length) continue;
		const span = yearSpan(sub, spans, first.year);
		if (!span) continue;
		const complete = span.from === 1 && span.to === 12;
		const slots = freq === 'M' ? span.to - span.from + 1 : Math.ceil((span.to - span.from + 1) / 3);
		return {
			...base(first),
			value: sum(sub),
			reported: reportedOf(sub),
			basis: complete ? (freq === 'M' ? 'months' : 'quarters') : 'partial',
			fromMonth: span.from,
			toMonth: span.to,
			emptyMonths: Math.max(0, slots - sub.length) * (freq === 'M' ? 1 : 3),
			sources: union(sub),
			flag: flagOf(sub)
		};
	}
	return null;
}

/** The cumulative figure reaching furthest into the year (then the longest), as a partial year. */
function cumulativePoint(list: readonly CubeRow[], first: CubeRow): AnnualPoint | null {
	let best: { row: CubeRow; from: number; to: number } | null = null;
	for (const row of list) {
		if (row.freq !== 'C') continue;
		const span = monthsOf(row.period);
		if (!span) continue;
		if (!best || span.to > best.to || (span.to === best.to && span.from < best.from))
			best = { row, ...span };
	}
	if (!best) return null;
	const whole = best.from === 1 && best.to === 12;
	return {
		...base(first),
		value: best.row.value,
		reported: reportedOf([best.row]),
		basis: whole ? 'annual' : 'partial',
		fromMonth: best.from,
		toMonth: best.to,
		sources: union([best.row]),
		flag: flagOf([best.row])
	};
}

/** The same months of another year: its months when they cover the span, else a cumulative figure of exactly that span. */
function sameMonths(
	rows: readonly CubeRow[],
	year: number,
	from: number,
	to: number,
	spans: Map<string, Span>
): { value: number; reported: Reported | null } | null {
	const monthly = rows.filter((r) => r.freq === 'M' && r.month !== null);
	const span = yearSpan(monthly, spans, year);
	// The previous year must be covered for the same months, or the comparison is not like for like.
	if (span && span.from <= from && span.to >= to) {
		const same = monthly.filter((r) => (r.month as number) >= from && (r.month as number) <= to);
		return { value: sum(same), reported: reportedOf(same) };
	}
	const cumulative = rows.find((r) => {
		if (r.freq !== 'C') return false;
		const s = monthsOf(r.period);
		return s !== null && s.from === from && s.to === to;
	});
	return cumulative ? { value: cumulative.value, reported: reportedOf([cumulative]) } : null;
}
