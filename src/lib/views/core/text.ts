/**
 * Text shared by the view components: subtitles, source lines, and what their charts and tables
 * read.
 */
import type { ChartContext } from '../../charts/options/context';
import type { ShownContext } from './table';
import type { Currency, Measure } from '../../data/schema';
import type { Lang } from '../../i18n/lang';
import { t } from '../../i18n/messages';

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

/** Dataset ids → the names the Data page shows (tooltips and tables name each figure's dataset). */
export function datasetNamesOf(
	datasets: readonly { id: string; name: string }[]
): ReadonlyMap<string, string> {
	return new Map(datasets.map((d) => [d.id, d.name]));
}

/**
 * What a view's chart reads besides its data: the view's language, currency, measure and reporter,
 * the chart's width, and the dataset names its tooltips give. `events`: whether the chart draws
 * events (the time charts follow the view's setting; the events view always does).
 */
export function chartContext(
	view: { lang: Lang; currency: Currency; flow: Measure; reporter: 'ITA' | 'partner' },
	width: number,
	datasetNames: ReadonlyMap<string, string>,
	events = false
): ChartContext {
	return {
		lang: view.lang,
		currency: view.currency,
		measure: view.flow,
		width,
		events,
		reporter: view.reporter,
		datasetNames
	};
}

/**
 * What a view's "as shown" table reads besides its data: the table on screen is built from it
 * (`shownTable`), as the CSV download is, so the two never differ. `event`: the one the events
 * view shows.
 */
export function tableContext(
	view: { lang: Lang; currency: Currency; flow: Measure; growth: ShownContext['growth'] },
	datasetNames: ReadonlyMap<string, string>,
	event: string | null = null
): ShownContext {
	return {
		lang: view.lang,
		currency: view.currency,
		measure: view.flow,
		growth: view.growth,
		event,
		datasetNames
	};
}
