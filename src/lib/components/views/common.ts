/** Text shared by the view components: subtitles and source lines. */
import type { Currency, Measure } from '$lib/data/schema';
import type { Lang } from '$lib/i18n/lang';
import { t } from '$lib/i18n/messages';

export function reporterText(lang: Lang, reporter: 'ITA' | 'partner') {
	return t(lang, reporter === 'ITA' ? 'reporter.ITA' : 'reporter.partner');
}

export function valuesSubtitle(
	lang: Lang,
	measure: Measure,
	currency: Currency,
	reporter: 'ITA' | 'partner'
) {
	return t(lang, 'subtitle.values', {
		measure: t(lang, `flow.${measure}`),
		currency,
		reporter: reporterText(lang, reporter)
	});
}

/**
 * The note every view shows when any figure it shows was converted: "USD converted at ECB rates"
 * (figures in EUR published in USD) or "EUR converted at ECB rates".
 */
export function conversionNotes(lang: Lang, currency: Currency, converted: boolean): string[] {
	if (!converted) return [];
	return [t(lang, 'source.convertedAt', { from: currency === 'EUR' ? 'USD' : 'EUR' })];
}

export function uniqueSources(items: readonly { sources: readonly string[] }[]): string[] {
	return [...new Set(items.flatMap((i) => i.sources))].sort();
}
