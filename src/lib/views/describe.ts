/**
 * Text descriptions of each chart, built from its data, for screen readers (A1), alt text of
 * embeds and exports. Pure.
 */
import type { Currency } from '../data/schema';
import { formatMoneyCompact, formatSignedPercent } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import { countryName } from '../i18n/names';
import type { PartnerBar, Series } from './model';

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
