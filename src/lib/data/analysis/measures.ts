/**
 * Exports, imports, turnover, balance and coverage ratio per reporter, partner and year, from
 * annual points. Turnover and balance need both flows on the same basis (both complete years,
 * or both the same months of a partial year); otherwise they are gaps with a reason.
 */
import type { Currency, Measure } from '../schema';
import type { AnnualPoint, GapReason } from './types';

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
		converted: p.converted
	};
}

/**
 * @example measureSeries(points, 'balance') // export − import per reporter, partner, year
 */
export function measureSeries(points: readonly AnnualPoint[], measure: Measure): MeasurePoint[] {
	if (measure === 'export' || measure === 'import') {
		return points.filter((p) => p.flow === measure).map((p) => fromFlow(p, measure));
	}
	const pairs = new Map<string, { export?: AnnualPoint; import?: AnnualPoint }>();
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
		const any = (x ?? m) as AnnualPoint;
		const point = fromFlow(any, measure);
		point.sources = [...new Set([...(x?.sources ?? []), ...(m?.sources ?? [])])].sort();
		point.flag = x?.flag || m?.flag || '';
		point.converted = Boolean(x?.converted || m?.converted);
		const combine = (a: number, b: number) => (measure === 'turnover' ? a + b : a - b);
		if (!x || !m) {
			Object.assign(point, { value: null, gap: 'missing-flow', prevSameMonths: null });
		} else if (
			(x.basis === 'partial') !== (m.basis === 'partial') ||
			(x.basis === 'partial' && (x.fromMonth !== m.fromMonth || x.toMonth !== m.toMonth))
		) {
			Object.assign(point, { value: null, gap: 'months-differ', prevSameMonths: null });
		} else {
			point.value = combine(x.value, m.value);
			point.prevSameMonths =
				x.prevSameMonths !== null && m.prevSameMonths !== null
					? combine(x.prevSameMonths, m.prevSameMonths)
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
