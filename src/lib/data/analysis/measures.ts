/**
 * Exports, imports, turnover, balance and coverage ratio per reporter, partner and year, from
 * annual points. Turnover and balance need both flows on the same basis (both complete years,
 * or both the same months of a partial year); otherwise they are gaps with a reason.
 */
import type { Currency, Measure, PublishedGrowth } from '../schema';
import type { AnnualPoint, GapReason, Reported } from './types';

export interface MeasurePoint {
	reporter: string;
	partner: string;
	sector: string;
	currency: Currency;
	year: number;
	measure: Measure;
	value: number | null;
	gap: GapReason | null;
	/** null for complete years; the months held for a partial year. */
	partial: { fromMonth: number; toMonth: number } | null;
	prevSameMonths: number | null;
	sources: string[];
	flag: string;
	converted: boolean;
	/** The dataset the figure comes from (both flows' for turnover and balance, when they agree). */
	dataset: string;
	/** The dataset of `prevSameMonths`, when it is not `dataset`'s own. */
	prevDataset: string | null;
	/** The figure as published (growth is computed on it); null when currencies are mixed. */
	reported: Reported | null;
	/** A turnover published as such (not export + import), for the turnover measure. */
	asPublished?: boolean;
	/** A growth rate published with the figure. */
	published?: PublishedGrowth | null;
}

const key = (p: AnnualPoint) => `${p.reporter}|${p.partner}|${p.sector}|${p.currency}|${p.year}`;

function partialOf(p: AnnualPoint) {
	return p.basis === 'partial' ? { fromMonth: p.fromMonth, toMonth: p.toMonth } : null;
}

function fromFlow(p: AnnualPoint, measure: Measure): MeasurePoint {
	return {
		reporter: p.reporter,
		partner: p.partner,
		sector: p.sector,
		currency: p.currency,
		year: p.year,
		measure,
		value: p.value,
		gap: null,
		partial: partialOf(p),
		prevSameMonths: p.prevSameMonths,
		sources: p.sources,
		flag: p.flag,
		converted: p.converted,
		dataset: p.dataset,
		prevDataset: p.prevDataset,
		reported: p.reported ? { ...p.reported } : null,
		published: measure === p.flow ? (p.published ?? null) : null
	};
}

/**
 * @example measureSeries(points, 'balance') // export − import per reporter, partner, year
 */
export function measureSeries(points: readonly AnnualPoint[], measure: Measure): MeasurePoint[] {
	if (measure === 'export' || measure === 'import') {
		return points.filter((p) => p.flow === measure).map((p) => fromFlow(p, measure));
	}
	const pairs = new Map<
		string,
		{ export?: AnnualPoint; import?: AnnualPoint; turnover?: AnnualPoint }
	>();
	for (const p of points) {
		const k = key(p);
		const pair = pairs.get(k) ?? {};
		pair[p.flow] = p;
		pairs.set(k, pair);
	}
	const out: MeasurePoint[] = [];
	for (const pair of pairs.values()) {
		const x = pair.export;
		const m = pair.import;
		const published = pair.turnover;
		// A turnover published on its own stands for the turnover measure where the two flows do
		// not give it; it is never added to a flow nor used for the balance.
		if (published && (!x || !m) && measure === 'turnover') {
			out.push({ ...fromFlow(published, measure), asPublished: true });
			continue;
		}
		if (!x && !m) continue;
		const any = (x ?? m) as AnnualPoint;
		const point = fromFlow(any, measure);
		point.sources = [...new Set([...(x?.sources ?? []), ...(m?.sources ?? [])])].sort();
		point.flag = x?.flag || m?.flag || '';
		point.converted = Boolean(x?.converted || m?.converted);
		const combine = (a: number, b: number) => (measure === 'turnover' ? a + b : a - b);
		if (!x || !m) {
			Object.assign(point, {
				value: null,
				gap: 'missing-flow',
				prevSameMonths: null,
				reported: null
			});
		} else if (
			(x.basis === 'partial') !== (m.basis === 'partial') ||
			(x.basis === 'partial' && (x.fromMonth !== m.fromMonth || x.toMonth !== m.toMonth))
		) {
			Object.assign(point, {
				value: null,
				gap: 'months-differ',
				prevSameMonths: null,
				reported: null
			});
		} else {
			point.value = combine(x.value, m.value);
			point.prevSameMonths =
				x.prevSameMonths !== null && m.prevSameMonths !== null
					? combine(x.prevSameMonths, m.prevSameMonths)
					: null;
			point.dataset = x.dataset === m.dataset ? x.dataset : `${x.dataset} + ${m.dataset}`;
			point.prevDataset = x.prevDataset ?? m.prevDataset;
			const rx = x.reported;
			const rm = m.reported;
			point.reported =
				rx && rm && rx.currency === rm.currency
					? {
							value: combine(rx.value, rm.value),
							currency: rx.currency,
							prevSameMonths:
								rx.prevSameMonths !== null && rm.prevSameMonths !== null
									? combine(rx.prevSameMonths, rm.prevSameMonths)
									: null
						}
					: null;
		}
		out.push(point);
	}
	return out.sort((a, b) => a.year - b.year);
}

/** Exports ÷ imports; null when imports are zero or either is missing. */
export function coverageRatio(exports: number | null, imports: number | null): number | null {
	if (exports === null || imports === null || imports === 0) return null;
	return exports / imports;
}
