/** Text shared by the chart builders: period labels, reporter names, source footers. */
import type { MeasurePoint } from '../../data/analysis/measures';
import type { GapReason } from '../../data/analysis/types';
import type { Currency } from '../../data/schema';
import { formatMonthRange, formatMoney } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { t } from '../../i18n/messages';
import { countryName } from '../../i18n/names';
import { datasetLabel, flagCodes, flagsText } from '../../views/core/provenance';
import { legendRows } from './picture';

/** `2024` for a complete year; `Jan–Aug 2024` for a partial one. */
export function yearLabel(
	lang: Lang,
	year: number,
	partial: { fromMonth: number; toMonth: number } | null
) {
	return partial ? formatMonthRange(lang, year, partial.fromMonth, partial.toMonth) : String(year);
}

export function reporterName(lang: Lang, reporter: string) {
	return countryName(lang, reporter);
}

export function gapText(lang: Lang, gap: GapReason | null) {
	return gap ? t(lang, `gap.${gap}`) : '';
}

/**
 * Footer lines for a tooltip: reporter, currency (and, for a converted figure, "USD converted at
 * ECB rates" with the value as published), sources, the dataset when its name is known, and the
 * flag spelled out.
 *
 * @example provenance('en', { reporter: 'KAZ', currency: 'EUR', converted: true, sources: ['BNS'],
 *   flag: 'p', reported: { value: 1e9, currency: 'USD' } })
 * // ['Reporter: Kazakhstan', 'Currency: EUR (USD converted at ECB rates)',
 * //  'As published: $1,000,000,000', 'Source: BNS', 'Flag: provisional']
 */
export function provenance(
	lang: Lang,
	p: {
		reporter: string;
		currency: Currency;
		converted: boolean;
		sources: readonly string[];
		flag?: string;
		dataset?: string;
		reported?: { value: number; currency: Currency } | null;
	},
	datasetNames?: ReadonlyMap<string, string> | null
): string[] {
	const from = p.reported && p.reported.currency !== p.currency ? p.reported.currency : null;
	const conversion = p.converted
		? from
			? t(lang, 'prov.convertedShort', { from })
			: t(lang, 'prov.convertedAny')
		: '';
	const lines = [
		`${t(lang, 'tooltip.reporter')}: ${reporterName(lang, p.reporter)}`,
		`${t(lang, 'tooltip.currency')}: ${p.currency}${conversion ? ` (${conversion})` : ''}`
	];
	if (p.converted && p.reported)
		lines.push(
			capitalise(
				t(lang, 'prov.asPublished', {
					value: formatMoney(lang, p.reported.value, p.reported.currency)
				})
			)
		);
	lines.push(...p.sources.map((s) => `${t(lang, 'tooltip.source')}: ${s}`));
	if (p.dataset && datasetNames)
		lines.push(
			`${t(lang, 'prov.dataset')}: ${p.dataset
				.split(' + ')
				.map((d) => datasetLabel(lang, d, datasetNames))
				.join('; ')}`
		);
	const flags = flagCodes(p.flag);
	if (flags.length) lines.push(`${t(lang, 'prov.flagged')}: ${flagsText(lang, flags)}`);
	return lines;
}

/** "Reporter: Kazakhstan" for a partner under the view's choice of statistics; none without it. */
export function reporterLine(lang: Lang, reporter: 'ITA' | 'partner' | undefined, partner: string) {
	return reporter
		? [
				`${t(lang, 'tooltip.reporter')}: ${reporterName(lang, reporter === 'ITA' ? 'ITA' : partner)}`
			]
		: [];
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Value line plus the like-for-like comparison of a partial year. */
export function pointLines(lang: Lang, p: MeasurePoint): [string, string][] {
	const lines: [string, string][] = [
		['', p.value === null ? gapText(lang, p.gap) : formatMoney(lang, p.value, p.currency)]
	];
	if (p.partial && p.prevSameMonths !== null) {
		lines.push([
			'',
			t(lang, 'tooltip.vsSameMonths', {
				value: formatMoney(lang, p.prevSameMonths, p.currency),
				year: p.year - 1
			})
		]);
	}
	return lines;
}

export function sourcesOf(items: readonly { sources: readonly string[] }[]): string[] {
	return [...new Set(items.flatMap((i) => i.sources))].sort();
}

/**
 * Every year from the first to the last of `years`: a time axis never skips a year without data
 * (the line breaks there instead of joining two years that are not next to each other).
 */
export function yearSpan(years: Iterable<number>): number[] {
	let min = Infinity;
	let max = -Infinity;
	for (const y of years) {
		if (y < min) min = y;
		if (y > max) max = y;
	}
	if (min > max) return [];
	return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}

/**
 * A legend that shows every name, wrapping onto more lines in a narrow chart (a paged legend
 * would hide countries behind arrows in a 320 px embed), and the grid top that clears it.
 */
export function wrappingLegend(names: string[], width: number, color: string) {
	const lines = Math.max(1, legendRows(names, width - 10));
	return {
		legend: { top: 0, left: 0, type: 'plain' as const, data: names, textStyle: { color } },
		top: 40 + (lines - 1) * 22
	};
}
