/**
 * V8 mirror statistics: for a partner, flow and year, what Italy recorded next to what the
 * partner recorded for the same trade, in one currency (converted with ECB rates, said on the
 * chart), the gap in value and as % of the mean of the two, flagged beyond ±25 %.
 * Only complete years on both sides are compared.
 */
import { annualize } from '../../data/analysis/annual';
import type { AnnualPoint } from '../../data/analysis/types';
import { TOTAL, type Flow } from '../../data/schema';
import { partnersFor, type ViewFilter } from '../core/crossfilter';
import type { Prepared, Selection } from '../core/prepared';

/** Total trade only, every year: filtered by the focus alone. */
export const filter: ViewFilter = { ignores: ['sector', 'years'] };

/** Gaps beyond this share of the mean are flagged. */
export const MIRROR_THRESHOLD = 0.25;

export interface MirrorRow {
	partner: string;
	flow: Flow;
	year: number;
	italy: number | null;
	partnerValue: number | null;
	/** partner − Italy */
	gap: number | null;
	/** gap ÷ mean of the two */
	gapShare: number | null;
	/** partner ÷ Italy */
	ratio: number | null;
	flagged: boolean;
	sources: string[];
	converted: boolean;
	/** Why a side is missing: no data, or a partial year that cannot be compared. */
	note: 'partial-year' | 'no-data' | null;
}

/**
 * The gap between two reports of the same trade.
 * @example mirrorGap(100, 150) // { gap: 50, gapShare: 0.4, ratio: 1.5, flagged: true }
 */
export function mirrorGap(italy: number, partner: number) {
	const mean = (italy + partner) / 2;
	const gap = partner - italy;
	const gapShare = mean === 0 ? null : gap / mean;
	return {
		gap,
		gapShare,
		ratio: italy === 0 ? null : partner / italy,
		flagged: gapShare !== null && Math.abs(gapShare) > MIRROR_THRESHOLD
	};
}

const keyOf = (p: AnnualPoint) => `${p.partner}|${p.flow}|${p.year}`;

function complete(points: readonly AnnualPoint[]) {
	return new Map(points.filter((p) => p.basis !== 'partial').map((p) => [keyOf(p), p]));
}

/** Mirror rows for the selected partners (the focus when set) and both flows. */
export function mirrorData(prep: Prepared, sel: Selection): MirrorRow[] {
	const partners = new Set(partnersFor(sel, filter));
	const rows = prep.rowsFor(sel.currency, [...partners], TOTAL);
	// The two flows only: a turnover published on its own has no mirror flow to compare with.
	const points = annualize(rows, prep.spans).filter((p) => p.flow !== 'turnover');
	const italy = points.filter((p) => p.reporter === 'ITA');
	const own = points.filter((p) => p.reporter === p.partner);
	const italyComplete = complete(italy);
	const ownComplete = complete(own);
	const italyKeys = new Set(italy.map(keyOf));
	const ownKeys = new Set(own.map(keyOf));
	const out: MirrorRow[] = [];
	for (const key of new Set([...italyKeys, ...ownKeys])) {
		// A year only one side reports says nothing about the gap.
		if (!italyKeys.has(key) || !ownKeys.has(key)) continue;
		const [partner, flow, year] = key.split('|') as [string, Flow, string];
		const i = italyComplete.get(key);
		const o = ownComplete.get(key);
		const base = {
			partner,
			flow,
			year: Number(year),
			italy: i?.value ?? null,
			partnerValue: o?.value ?? null,
			sources: [...new Set([...(i?.sources ?? []), ...(o?.sources ?? [])])].sort(),
			converted: Boolean(i?.converted || o?.converted)
		};
		if (!i || !o) {
			out.push({
				...base,
				gap: null,
				gapShare: null,
				ratio: null,
				flagged: false,
				note: 'partial-year'
			});
			continue;
		}
		out.push({ ...base, ...mirrorGap(i.value, o.value), note: null });
	}
	return out.sort(
		(a, b) => a.partner.localeCompare(b.partner) || a.flow.localeCompare(b.flow) || a.year - b.year
	);
}

/**
 * What the mirror view shows: one flow (imports when the measure is imports, else exports) and
 * one partner (the focus when it has mirror rows, else the first that has), with the partners
 * it can switch to. Shared by the view and its "as shown" CSV, so the two never differ.
 */
export function mirrorShown(prep: Prepared, sel: Selection) {
	const flow: Flow = sel.measure === 'import' ? 'import' : 'export';
	const all = mirrorData(prep, sel).filter((r) => r.flow === flow);
	const partners = [...new Set(all.map((r) => r.partner))];
	const partner = sel.focus && partners.includes(sel.focus) ? sel.focus : (partners[0] ?? null);
	return { flow, partners, partner, rows: all.filter((r) => r.partner === partner) };
}
