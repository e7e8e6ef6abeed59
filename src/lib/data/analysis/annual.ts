/**
 * Annual figures from the cube: a published annual figure wins; otherwise a complete year of
 * months (or quarters) is summed; otherwise the year is partial and says which months it holds,
 * with the same months of the previous year for a like-for-like comparison.
 *
 * Coverage (which months an extract spans) is read per family of rows (dataset, reporter, flow,
 * sector, source) across partners: Comext omits months without recorded trade, so a month inside
 * the coverage with no row is "no trade recorded", and a month outside it is "not in the data".
 */
import type { AnnualPoint, CubeRow } from './types';

type Span = { min: number; max: number };
const ym = (year: number, month: number) => year * 12 + (month - 1);

function familyKey(r: CubeRow) {
	return `${r.dataset}|${r.reporter}|${r.flow}|${r.sector}|${r.sources.join(';')}`;
}

/** First and last month index (year*12 + month-1) of each family's sub-annual rows. */
export function coverage(rows: readonly CubeRow[]): Map<string, Span> {
	const spans = new Map<string, Span>();
	for (const r of rows) {
		if (r.freq === 'A' || r.month === null) continue;
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
 * @example annualize(rows, coverage(allRows)) // → [{ year: 2024, basis: 'partial', fromMonth: 1, toMonth: 8, ... }]
 */
export function annualize(
	rows: readonly CubeRow[],
	spans: Map<string, Span> = coverage(rows)
): AnnualPoint[] {
	const bySeriesYear = new Map<string, CubeRow[]>();
	for (const r of rows) {
		const key = `${seriesId(r)}|${r.year}`;
		const list = bySeriesYear.get(key);
		if (list) list.push(r);
		else bySeriesYear.set(key, [r]);
	}
	const out: AnnualPoint[] = [];
	for (const [key, list] of bySeriesYear) {
		const point = annualPoint(list, spans);
		if (point) {
			// previous year's same months, for partial years
			if (point.basis === 'partial') {
				const prevKey = key.replace(/\|\d+$/, `|${point.year - 1}`);
				point.prevSameMonths = sameMonths(
					bySeriesYear.get(prevKey) ?? [],
					point.year - 1,
					point.fromMonth,
					point.toMonth,
					spans
				);
			}
			out.push(point);
		}
	}
	return out.sort((a, b) => a.year - b.year);
}

function base(r: CubeRow): Omit<AnnualPoint, 'value' | 'basis' | 'sources' | 'flag'> {
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
		converted: r.currency !== r.originalCurrency,
		sectorLabel: r.sectorLabel
	};
}

const union = (rows: readonly CubeRow[]) => [...new Set(rows.flatMap((r) => r.sources))].sort();
const flagOf = (rows: readonly CubeRow[]) =>
	rows.some((r) => r.flag === 'p') ? 'p' : rows.some((r) => r.flag === 'e') ? 'e' : '';
const sum = (rows: readonly CubeRow[]) => rows.reduce((a, r) => a + r.value, 0);

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
			basis: 'annual',
			sources: union(annual),
			flag: flagOf(annual)
		};
	}
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

function sameMonths(
	rows: readonly CubeRow[],
	year: number,
	from: number,
	to: number,
	spans: Map<string, Span>
): number | null {
	const monthly = rows.filter((r) => r.freq === 'M' && r.month !== null);
	const span = yearSpan(monthly, spans, year);
	// The previous year must be covered for the same months, or the comparison is not like for like.
	if (!span || span.from > from || span.to < to) return null;
	return sum(monthly.filter((r) => (r.month as number) >= from && (r.month as number) <= to));
}
