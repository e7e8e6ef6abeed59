/**
 * V6 investment as reported: the rows of the shown partners, with the period a source gives in
 * its note (`period: 2005 to H1 2023 (cumulative); …`) read out of the note. Never converted,
 * summed or mixed with trade values. Pure: shared by the view and its "as shown" CSV.
 */
import type { InvestmentRow } from '../../data/schema';
import type { Lang } from '../../i18n/lang';
import type { ViewFilter } from '../core/crossfilter';

/** Investment is not trade: filtered by the countries (and the focus) only. */
export const filter: ViewFilter = { ignores: ['sector', 'years'] };

const MONTHS_EN = [
	'Jan',
	'Feb',
	'Mar',
	'Apr',
	'May',
	'Jun',
	'Jul',
	'Aug',
	'Sep',
	'Oct',
	'Nov',
	'Dec'
];
const MONTHS_IT = [
	'gen',
	'feb',
	'mar',
	'apr',
	'mag',
	'giu',
	'lug',
	'ago',
	'set',
	'ott',
	'nov',
	'dic'
];

/**
 * The period a source states, in the chosen language. The measure (stock, flow, cumulative) is
 * shown beside it, so a trailing "(cumulative)" is dropped. Italian: "2005 to H1 2023" →
 * "2005 – 1° sem. 2023", "Jan-Aug 2023" → "gen–ago 2023", "end-2020" → "fine 2020",
 * "as of Nov 2019" → "a nov 2019". Text it does not recognise stays as the source wrote it.
 */
export function periodText(lang: Lang, text: string): string {
	const bare = text.replace(/\s*\((?:cumulative|stock|flow)\)\s*$/i, '').trim();
	if (lang !== 'it') return bare;
	const month = (m: string) => {
		const i = MONTHS_EN.findIndex((x) => x.toLowerCase() === m.toLowerCase());
		return i < 0 ? m : (MONTHS_IT[i] as string);
	};
	return bare
		.replace(/\bH([12]) (\d{4})\b/g, (_, h: string, y: string) => `${h}° sem. ${y}`)
		.replace(
			/\b([A-Z][a-z]{2})-([A-Z][a-z]{2}) (\d{4})\b/g,
			(_, a: string, b: string, y: string) => `${month(a)}–${month(b)} ${y}`
		)
		.replace(
			/\bas of ([A-Z][a-z]{2}) (\d{4})\b/g,
			(_, m: string, y: string) => `a ${month(m)} ${y}`
		)
		.replace(/\bend-(\d{4})\b/g, 'fine $1')
		.replace(/ to /g, ' – ');
}

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
	partners: readonly string[],
	lang: Lang = 'en'
): InvestmentItem[] {
	return rows
		.filter((r) => partners.includes(r.host))
		.map((r) => ({
			host: r.host,
			measure: r.measure,
			period: periodText(lang, r.note.match(/^period: ([^;]+)/)?.[1] ?? r.period),
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
