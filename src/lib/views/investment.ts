/**
 * V6 investment as reported: the rows of the shown partners, with the period a source gives in
 * its note (`period: 2005 to H1 2023 (cumulative); …`) read out of the note. Never converted,
 * summed or mixed with trade values. Pure: shared by the view and its "as shown" CSV.
 */
import type { InvestmentRow } from '../data/schema';

export interface InvestmentItem {
	/** ISO3 of the host country. */
	host: string;
	measure: InvestmentRow['measure'];
	/** The period as the source states it, else the row's period. */
	period: string;
	value: number;
	currency: InvestmentRow['currency'];
	source: string;
	/** The note without its leading `period: …;` part. */
	note: string;
}

/**
 * @example investmentItems([{ host: 'KAZ', period: '2023', note: 'period: Jan-Aug 2023; approx.', … }], ['KAZ'])
 * // [{ host: 'KAZ', period: 'Jan-Aug 2023', note: 'approx.', … }]
 */
export function investmentItems(
	rows: readonly InvestmentRow[],
	partners: readonly string[]
): InvestmentItem[] {
	return rows
		.filter((r) => partners.includes(r.host))
		.map((r) => ({
			host: r.host,
			measure: r.measure,
			period: r.note.match(/^period: ([^;]+)/)?.[1] ?? r.period,
			value: r.value,
			currency: r.currency,
			source: r.source,
			note: r.note.replace(/^period: [^;]+;\s*/, '')
		}));
}

/**
 * The investment rows of the active datasets (least authoritative first), never merged or
 * summed: the same row (host, investor, measure, sector, period, source) in two datasets shows
 * once, from the later one, so an updated file replaces what it repeats and adds what is new.
 */
export function activeInvestment(
	datasets: readonly { investment: readonly InvestmentRow[] }[]
): InvestmentRow[] {
	const byKey = new Map<string, InvestmentRow>();
	for (const d of datasets)
		for (const r of d.investment)
			byKey.set([r.host, r.investor, r.measure, r.sector, r.period, r.source].join('\u0000'), r);
	return [...byKey.values()];
}
