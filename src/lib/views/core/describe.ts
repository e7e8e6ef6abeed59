/**
 * Text descriptions of each chart, built from its data, for screen readers (A1), alt text of
 * embeds and exports. Pure.
 */
import type { Currency } from '../../data/schema';
import {
	formatMoneyCompact,
	formatMonthRange,
	formatPercent,
	formatSignedPercent
} from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { t } from '../../i18n/messages';
import { countryName, sectorName } from '../../i18n/names';
import type { PartnerBar } from '../partners/data';
import type { SectorRow } from '../sectors/data';
import type { Series } from '../volumes/data';

/** "Kazakhstan: €1.2bn in 2023; Uzbekistan: €0.4bn in 2023." (latest complete year of each) */
export function describeVolumes(lang: Lang, series: readonly Series[], currency: Currency): string {
	return series
		.map((s) => {
			const complete = s.points.filter((p) => p.value !== null && !p.partial);
			const last = complete[complete.length - 1];
			const first = complete[0];
			if (!last || !first) return null;
			const name = countryName(lang, s.partner);
			const range = first.year === last.year ? `${last.year}` : `${first.year}–${last.year}`;
			const from = formatMoneyCompact(lang, first.value, currency);
			const to = formatMoneyCompact(lang, last.value, currency);
			return `${name} ${range}: ${from} → ${to}`;
		})
		.filter((x) => x !== null)
		.join('; ');
}

export function describeBars(
	lang: Lang,
	bars: readonly PartnerBar[],
	currency: Currency,
	period: string
): string {
	const ranked = bars
		.filter((b) => b.value !== null)
		.sort((a, b) => (b.value as number) - (a.value as number));
	return `${period}: ${ranked.map((b) => `${countryName(lang, b.partner)} ${formatMoneyCompact(lang, b.value, currency)}`).join(', ')}`;
}

export function describeRates(
	lang: Lang,
	rows: readonly { partner: string; value: number | null; year?: number }[]
): string {
	return rows
		.filter((r) => r.value !== null)
		.map(
			(r) =>
				`${countryName(lang, r.partner)}${r.year ? ` ${r.year}` : ''} ${formatSignedPercent(lang, r.value as number)}`
		)
		.join(', ');
}

type Period = { from: number; to: number; partial: { fromMonth: number; toMonth: number } | null };

function periodText(lang: Lang, p: Period): string {
	if (p.from !== p.to) return `${p.from}–${p.to}`;
	return p.partial
		? formatMonthRange(lang, p.to, p.partial.fromMonth, p.partial.toMonth)
		: String(p.to);
}

/**
 * The period of the comparison bars: one year ("2023") when every country's bar is of the same
 * period, else each country with its own ("Kazakhstan 2021, Uzbekistan 2022"); '' when none has one.
 */
export function barsPeriodLabel(
	lang: Lang,
	bars: readonly { partner: string; period: Period | null }[]
): string {
	const shown = bars.filter((b) => b.period !== null) as { partner: string; period: Period }[];
	const texts = shown.map((b) => periodText(lang, b.period));
	if (!texts.length) return '';
	if (new Set(texts).size === 1) return texts[0] as string;
	// A period most countries share first, the exceptions after it: "2023 (Tajikistan 2017)".
	const counts = new Map<string, number>();
	for (const x of texts) counts.set(x, (counts.get(x) ?? 0) + 1);
	const [common, n] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] as [string, number];
	const each = (keep: (text: string) => boolean) =>
		shown
			.flatMap((b, i) =>
				keep(texts[i] as string) ? [`${countryName(lang, b.partner)} ${texts[i]}`] : []
			)
			.join(', ');
	if (n >= 2 && [...counts.values()].filter((c) => c === n).length === 1)
		return `${common} (${each((x) => x !== common)})`;
	return each(() => true);
}

/** The period of one bar, or of one year's figures ('' when none). */
export function barPeriodText(lang: Lang, period: Period | null): string {
	return period ? periodText(lang, period) : '';
}

/** "2019" or "Jan–Jun 2019": the period of a year's figures. */
export function yearPeriodText(lang: Lang, year: number, partial: Period['partial']): string {
	return periodText(lang, { from: year, to: year, partial });
}

/** Each country with the year of product detail it shows: "Kazakhstan 2017, Uzbekistan 2022". */
export function sectorsPeriodLabel(
	lang: Lang,
	rows: readonly {
		partner: string;
		breakdown: { year: number; partial: Period['partial'] } | null;
		named: { year: number; partial: Period['partial'] } | null;
	}[]
): string {
	const shown = rows.flatMap((r) => {
		const b = r.breakdown ?? r.named;
		const text = b ? periodText(lang, { from: b.year, to: b.year, partial: b.partial }) : null;
		return text === null ? [] : [{ partner: r.partner, text }];
	});
	if (!shown.length) return '—';
	return shown.map((s) => `${countryName(lang, s.partner)} ${s.text}`).join(', ');
}

/**
 * "Kazakhstan 2022: Mineral fuels 62 %, …; Tajikistan: no product detail": each country's first
 * three sectors (shares, or values where the source names figures without a total).
 */
export function describeSectors(
	lang: Lang,
	rows: readonly SectorRow[],
	currency: Currency
): string {
	const top = <I extends { sector: string; label: string | null }>(
		items: readonly I[],
		text: (item: I) => string
	) =>
		items
			.slice(0, 3)
			.map((i) => `${sectorName(lang, i.sector, i.label)} ${text(i)}`)
			.join(', ');
	return rows
		.map((r) => {
			const who = countryName(lang, r.partner);
			if (r.named) {
				const period = yearPeriodText(lang, r.named.year, r.named.partial);
				return `${who} ${period}: ${top(r.named.items, (i) => formatMoneyCompact(lang, i.value, currency))}`;
			}
			if (r.breakdown)
				return `${who} ${r.breakdown.year}: ${top(r.breakdown.items, (i) => formatPercent(lang, i.share))}`;
			return `${who}: ${t(lang, r.exceeds ? 'sector.exceeds' : 'sector.noDetail')}`;
		})
		.join('; ');
}
