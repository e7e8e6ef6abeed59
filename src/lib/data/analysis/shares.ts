/**
 * Totals across partners, shares of the Central Asian total, and sector breakdowns with an
 * explicit "not broken down" remainder. Sums never mix reporters, currencies, or partial years
 * that hold different months.
 */
import { TOTAL } from '../schema';
import type { MeasurePoint } from './measures';
import type { AnnualPoint, GapReason } from './types';

export interface PartnerTotal {
	year: number;
	value: number | null;
	gap: GapReason | null;
	/** Partners whose figures are in the sum, and those with none for the year. */
	included: string[];
	missing: string[];
	partial: { fromMonth: number; toMonth: number } | null;
	prevSameMonths: number | null;
	sources: string[];
}

/**
 * Sums one measure across `partners` for `year`.
 * @example totalAcrossPartners(points, ['KAZ','UZB'], 2023) // { value: …, included: ['KAZ','UZB'], missing: [] }
 */
export function totalAcrossPartners(
	points: readonly MeasurePoint[],
	partners: readonly string[],
	year: number
): PartnerTotal {
	const rows = points.filter(
		(p) => p.year === year && partners.includes(p.partner) && p.value !== null
	);
	const included = [...new Set(rows.map((p) => p.partner))];
	const missing = partners.filter((p) => !included.includes(p));
	const result: PartnerTotal = {
		year,
		value: null,
		gap: null,
		included,
		missing,
		partial: null,
		prevSameMonths: null,
		sources: [...new Set(rows.flatMap((p) => p.sources))].sort()
	};
	if (!rows.length) return { ...result, gap: 'no-data' };
	if (
		new Set(rows.map((p) => p.reporter)).size > 1 ||
		new Set(rows.map((p) => p.currency)).size > 1
	) {
		return { ...result, gap: 'mixed-reporters' };
	}
	const spans = new Set(
		rows.map((p) => (p.partial ? `${p.partial.fromMonth}-${p.partial.toMonth}` : 'full'))
	);
	if (spans.size > 1) return { ...result, gap: 'months-differ' };
	const first = rows[0] as MeasurePoint;
	const prevs = rows.map((p) => p.prevSameMonths);
	return {
		...result,
		value: rows.reduce((a, p) => a + (p.value as number), 0),
		partial: first.partial,
		prevSameMonths: prevs.every((v) => v !== null)
			? prevs.reduce((a, v) => a + (v as number), 0)
			: null
	};
}

export interface Share {
	partner: string;
	value: number;
	share: number;
}

/** Each partner's share of the total of `partners` in `year` (one reporter and currency only). */
export function partnerShares(
	points: readonly MeasurePoint[],
	partners: readonly string[],
	year: number
): { shares: Share[]; total: PartnerTotal } {
	const total = totalAcrossPartners(points, partners, year);
	if (total.value === null || total.value === 0) return { shares: [], total };
	const shares = points
		.filter((p) => p.year === year && total.included.includes(p.partner) && p.value !== null)
		.map((p) => ({
			partner: p.partner,
			value: p.value as number,
			share: (p.value as number) / (total.value as number)
		}));
	return { shares, total };
}

export interface SectorItem {
	sector: string;
	label: string | null;
	value: number;
	share: number;
}

export interface SectorBreakdown {
	year: number;
	total: number;
	items: SectorItem[];
	/** Total minus the items: the part the source does not break down. null when items exceed the total. */
	remainder: number | null;
	level: 'chapter' | 'heading' | 'group';
	partial: { fromMonth: number; toMonth: number } | null;
	sources: string[];
}

const levelOf = (sector: string): SectorBreakdown['level'] =>
	sector.startsWith('grp:') ? 'group' : sector.length <= 2 ? 'chapter' : 'heading';

/**
 * Breaks one series (reporter, partner, flow, currency) down by sector for `year`. Items of one
 * level only (chapters, or headings, or named groups) so that nothing is counted twice.
 */
export function sectorBreakdown(
	points: readonly AnnualPoint[],
	year: number
): SectorBreakdown | null {
	const inYear = points.filter((p) => p.year === year);
	const total = inYear.find((p) => p.sector === TOTAL);
	if (!total) return null;
	const details = inYear.filter(
		(p) =>
			p.sector !== TOTAL &&
			(p.basis === 'partial') === (total.basis === 'partial') &&
			(p.basis !== 'partial' || (p.fromMonth === total.fromMonth && p.toMonth === total.toMonth))
	);
	const order: SectorBreakdown['level'][] = ['chapter', 'group', 'heading'];
	const level = order.find((l) => details.some((p) => levelOf(p.sector) === l)) ?? 'chapter';
	const chosen = details.filter((p) => levelOf(p.sector) === level);
	const itemsSum = chosen.reduce((a, p) => a + p.value, 0);
	const remainder = total.value - itemsSum;
	return {
		year,
		total: total.value,
		items: chosen
			.map((p) => ({
				sector: p.sector,
				label: p.sectorLabel,
				value: p.value,
				share: total.value ? p.value / total.value : 0
			}))
			.sort((a, b) => b.value - a.value),
		remainder: remainder < 0 ? null : remainder,
		level,
		partial:
			total.basis === 'partial' ? { fromMonth: total.fromMonth, toMonth: total.toMonth } : null,
		sources: [...new Set([...total.sources, ...chosen.flatMap((p) => p.sources)])].sort()
	};
}

/** The latest year ≤ `upTo` for which a series has sector detail besides its total. */
export function latestSectorYear(
	points: readonly AnnualPoint[],
	upTo: number | null
): number | null {
	const years = [...new Set(points.filter((p) => p.sector !== TOTAL).map((p) => p.year))]
		.filter((y) => upTo === null || y <= upTo)
		.sort((a, b) => b - a);
	// The detail must match its total's months (a Jan–Nov chapter is no share of a full year).
	return years.find((y) => (sectorBreakdown(points, y)?.items.length ?? 0) > 0) ?? null;
}
