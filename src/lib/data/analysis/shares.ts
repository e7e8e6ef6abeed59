/**
 * Totals across partners, shares of the Central Asian total, and sector breakdowns with an
 * explicit "not broken down" remainder. Sums never mix reporters, currencies, or partial years
 * that hold different months.
 */
import { TOTAL, type PublishedGrowth } from '../schema';
import type { MeasurePoint } from './measures';
import type { AnnualPoint, GapReason, Reported } from './types';

export interface PartnerTotal {
	year: number;
	value: number | null;
	gap: GapReason | null;
	/** Partners whose figures are in the sum, and those with none for the year. */
	included: string[];
	missing: string[];
	/**
	 * Partners whose figure of the year covers other months than the sum's (e.g. Jan–Jun against
	 * complete years): never added, listed with their months.
	 */
	otherMonths: { partner: string; fromMonth: number; toMonth: number }[];
	partial: { fromMonth: number; toMonth: number } | null;
	prevSameMonths: number | null;
	sources: string[];
	/** The sum as published, when every figure in it was published in one currency. */
	reported: Reported | null;
	/** A growth rate published with the one figure of the sum (shown where its base is missing). */
	published: PublishedGrowth | null;
	/** A turnover published as such (not exports + imports). */
	asPublished: boolean;
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
	const all = points.filter(
		(p) => p.year === year && partners.includes(p.partner) && p.value !== null
	);
	// Figures of different months are never added: the sum keeps complete years when any partner
	// has one, else the months most partners hold; the others are listed with their months.
	const spanOf = (p: MeasurePoint) =>
		p.partial ? `${p.partial.fromMonth}-${p.partial.toMonth}` : 'full';
	const counts = new Map<string, number>();
	for (const p of all) counts.set(spanOf(p), (counts.get(spanOf(p)) ?? 0) + 1);
	const kept = counts.has('full')
		? 'full'
		: ([...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'full');
	const rows = all.filter((p) => spanOf(p) === kept);
	const otherMonths = all
		.filter((p) => spanOf(p) !== kept && p.partial)
		.map((p) => ({
			partner: p.partner,
			fromMonth: (p.partial as { fromMonth: number }).fromMonth,
			toMonth: (p.partial as { toMonth: number }).toMonth
		}));
	const included = [...new Set(rows.map((p) => p.partner))];
	const missing = partners.filter(
		(p) => !included.includes(p) && !otherMonths.some((o) => o.partner === p)
	);
	const result: PartnerTotal = {
		year,
		value: null,
		gap: null,
		included,
		missing,
		otherMonths,
		partial: null,
		prevSameMonths: null,
		sources: [...new Set(rows.flatMap((p) => p.sources))].sort(),
		reported: null,
		published: null,
		asPublished: false
	};
	if (!rows.length) return { ...result, gap: 'no-data' };
	if (
		new Set(rows.map((p) => p.reporter)).size > 1 ||
		new Set(rows.map((p) => p.currency)).size > 1
	) {
		return { ...result, gap: 'mixed-reporters' };
	}
	const first = rows[0] as MeasurePoint;
	const prevs = rows.map((p) => p.prevSameMonths);
	const published = rows.map((p) => p.reported);
	const currency = published[0]?.currency;
	const reported =
		currency && published.every((r) => r !== null && r.currency === currency)
			? {
					value: published.reduce((a, r) => a + (r as Reported).value, 0),
					currency,
					prevSameMonths: published.every((r) => r?.prevSameMonths !== null)
						? published.reduce((a, r) => a + ((r as Reported).prevSameMonths as number), 0)
						: null
				}
			: null;
	return {
		...result,
		value: rows.reduce((a, p) => a + (p.value as number), 0),
		partial: first.partial,
		prevSameMonths: prevs.every((v) => v !== null)
			? prevs.reduce((a, v) => a + (v as number), 0)
			: null,
		reported,
		published: rows.length === 1 ? (first.published ?? null) : null,
		asPublished: rows.some((p) => p.asPublished === true)
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
	/** Some figure was converted from the currency its source published. */
	converted: boolean;
	/**
	 * The parts exceed their total (a part, or the parts together, above it by more than
	 * {@link PART_TOLERANCE}): the figures disagree, and no share is drawn for that country-year.
	 */
	exceedsTotal?: boolean;
}

/** How far parts may exceed their total (rounding in the sources) before they contradict it. */
export const PART_TOLERANCE = 0.005;

const levelOf = (sector: string): SectorBreakdown['level'] =>
	sector.startsWith('grp:') ? 'group' : sector.length <= 2 ? 'chapter' : 'heading';

const LEVELS: SectorBreakdown['level'][] = ['chapter', 'group', 'heading'];

/** Of the levels present, the one whose items cover most (chapters, then groups, then headings on a tie). */
function bestLevel(details: readonly AnnualPoint[]): SectorBreakdown['level'] {
	let best: SectorBreakdown['level'] = 'chapter';
	let bestSum = -Infinity;
	for (const level of LEVELS) {
		const chosen = details.filter((p) => levelOf(p.sector) === level);
		if (!chosen.length) continue;
		const sum = chosen.reduce((a, p) => a + p.value, 0);
		if (sum > bestSum) {
			best = level;
			bestSum = sum;
		}
	}
	return best;
}

/**
 * Breaks one series (reporter, partner, flow, currency) down by sector for `year`. Items of one
 * level only (chapters, or headings, or named groups) so that nothing is counted twice: the level
 * that covers most of the total (a year with chapter 27 and five named product groups shows the
 * groups when they cover more).
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
	const level = bestLevel(details);
	const chosen = details.filter((p) => levelOf(p.sector) === level);
	const itemsSum = chosen.reduce((a, p) => a + p.value, 0);
	const remainder = total.value - itemsSum;
	const limit = Math.abs(total.value) * (1 + PART_TOLERANCE);
	const exceedsTotal = details.some((p) => p.value > limit) || itemsSum > limit;
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
		sources: [...new Set([...total.sources, ...chosen.flatMap((p) => p.sources)])].sort(),
		converted: total.converted || chosen.some((p) => p.converted),
		exceedsTotal
	};
}

/**
 * Named parts must cover at least this share of the year's total for the year to count as having
 * real product detail (one chapter of 0.4 % is no answer to "what is traded").
 */
export const MEANINGFUL_DETAIL = 0.2;

/** The share of a breakdown's total its named items cover (1 when they exceed it). */
export function detailCover(b: SectorBreakdown): number {
	if (b.remainder === null) return 1;
	return b.total > 0 ? 1 - b.remainder / b.total : 0;
}

/**
 * The year of product detail a series shows, by one rule: the latest year ≤ `upTo` whose named
 * parts cover at least {@link MEANINGFUL_DETAIL} of its total; else the latest year with any
 * detail that matches its total's months. (Product groups count as detail like chapters.)
 */
export function latestSectorYear(
	points: readonly AnnualPoint[],
	upTo: number | null
): number | null {
	const years = [...new Set(points.filter((p) => p.sector !== TOTAL).map((p) => p.year))]
		.filter((y) => upTo === null || y <= upTo)
		.sort((a, b) => b - a);
	// The detail must match its total's months (a Jan–Nov chapter is no share of a full year).
	const detailed = years.flatMap((y) => {
		const b = sectorBreakdown(points, y);
		return b && b.items.length > 0 ? [b] : [];
	});
	return (
		detailed.find((b) => detailCover(b) >= MEANINGFUL_DETAIL)?.year ?? detailed[0]?.year ?? null
	);
}

/** Named product figures that cannot be shares of a total: values only, with their period. */
export interface NamedFigures {
	year: number;
	/** The months the figures cover, when they are a part of the year. */
	partial: { fromMonth: number; toMonth: number } | null;
	items: { sector: string; label: string | null; value: number }[];
	level: SectorBreakdown['level'];
	sources: string[];
	converted: boolean;
}

const monthsOf = (p: AnnualPoint) =>
	p.basis === 'partial' ? `${p.fromMonth}-${p.toMonth}` : 'full';

/**
 * The latest year ≤ `upTo` with named product figures that cannot be a share of a total of the
 * same months: the year has no total at all, or the figures are product groups (`grp:`) quoted
 * for other months than the year's total (e.g. an ISTAT release's Jan–Jun product groups). They
 * answer "what is traded" in values, never as shares of a total the data does not hold. (Chapters
 * of an extract that stops earlier than its total are not named figures: they are the same
 * source's detail, just shorter.)
 */
export function namedFigures(
	points: readonly AnnualPoint[],
	upTo: number | null
): NamedFigures | null {
	const years = [...new Set(points.filter((p) => p.sector !== TOTAL).map((p) => p.year))]
		.filter((y) => upTo === null || y <= upTo)
		.sort((a, b) => b - a);
	for (const year of years) {
		const total = points.find((p) => p.year === year && p.sector === TOTAL);
		const candidates = points.filter(
			(p) =>
				p.year === year &&
				p.sector !== TOTAL &&
				(!total || (levelOf(p.sector) === 'group' && monthsOf(p) !== monthsOf(total)))
		);
		if (!candidates.length) continue;
		// One period only (the one whose figures sum most), then one level: nothing counted twice.
		const byMonths = new Map<string, AnnualPoint[]>();
		for (const p of candidates) {
			const months = monthsOf(p);
			const list = byMonths.get(months);
			if (list) list.push(p);
			else byMonths.set(months, [p]);
		}
		const sum = (ps: readonly AnnualPoint[]) => ps.reduce((a, p) => a + p.value, 0);
		const period = [...byMonths.values()].sort((a, b) => sum(b) - sum(a))[0] as AnnualPoint[];
		const level = bestLevel(period);
		const chosen = period.filter((p) => levelOf(p.sector) === level);
		const first = chosen[0] as AnnualPoint;
		return {
			year,
			partial:
				first.basis === 'partial' ? { fromMonth: first.fromMonth, toMonth: first.toMonth } : null,
			items: chosen
				.map((p) => ({ sector: p.sector, label: p.sectorLabel, value: p.value }))
				.sort((a, b) => b.value - a.value),
			level,
			sources: [...new Set(chosen.flatMap((p) => p.sources))].sort(),
			converted: chosen.some((p) => p.converted)
		};
	}
	return null;
}
