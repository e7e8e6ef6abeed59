/**
 * V1's table: the headline cards (exports, imports, turnover, balance, coverage) with provenance.
 * Pure.
 */
import { t } from '../../i18n/messages';
import { countryName } from '../../i18n/names';
import { combine } from '../core/provenance';
import type { ExportTable, ShownContext, ViewData } from '../core/table';
import { cubeRows, gap, percent, period, tableKit } from '../core/table';
import { TOTAL, type Measure } from '../../data/schema';
import type { CubeRow } from '../../data/analysis/types';
import { measureSeries } from '../../data/analysis/measures';
import { annualPoints, partnersFor } from '../core/crossfilter';
import { filter } from './data';

/** The cards as shown, for the end year and for a later partial year. */
export function headlineTable(data: ViewData, ctx: ShownContext): ExportTable {
	const { lang } = ctx;
	const { col, money, pc, cells, sourceCols } = tableKit(ctx);
	const keys = [
		['exports', 'flow.short.export', 'export'],
		['imports', 'flow.short.import', 'import'],
		['turnover', 'flow.short.turnover', 'turnover'],
		['balance', 'flow.short.balance', 'balance']
	] as const;
	const points = annualPoints(data.prepared, data.selection, filter);
	const series = new Map(keys.map(([, , m]) => [m, measureSeries(points, m)]));
	const partsOf = (measure: Measure, total: { year: number; included: string[] }) =>
		(series.get(measure) ?? []).filter(
			(p) => p.year === total.year && total.included.includes(p.partner) && p.value !== null
		);
	const rows = [data.headline.complete, data.headline.partial].flatMap((h) => {
		if (!h) return [];
		const partners = h.partners.map((p) => countryName(lang, p)).join(', ');
		const per = period(lang, h.year, h.exports.partial);
		return [
			...keys.map(([key, label, measure]) => {
				const total = h[key];
				const parts = partsOf(measure, total);
				const prov = cells(combine(h.mixed || total.value === null ? [] : parts, ctx.currency));
				const origin = cells(combine(parts, ctx.currency));
				return {
					period: per,
					partners,
					measure: t(lang, label),
					value: h.mixed ? null : total.value,
					...prov,
					note: h.mixed
						? t(lang, 'gap.mixed-reporters')
						: total.value === null
							? gap(lang, total.gap)
							: total.missing.length
								? t(lang, 'headline.missing', {
										what: t(lang, label).toLowerCase(),
										list: total.missing.map((p) => countryName(lang, p)).join(', ')
									})
								: '',
					source: total.sources.join('; '),
					reporter: origin.reporter,
					dataset: origin.dataset,
					flag: origin.flag
				};
			}),
			{
				period: per,
				partners,
				measure: `${t(lang, 'flow.short.coverage')} (%)`,
				value: h.mixed ? null : percent(h.coverage),
				publishedValue: null,
				publishedCurrency: '',
				conversion: '',
				note: '',
				source: '',
				reporter: '',
				dataset: '',
				flag: ''
			}
		];
	});
	return {
		columns: [
			col('period', t(lang, 'table.period')),
			col('partners', t(lang, 'controls.partners')),
			col('measure', t(lang, 'controls.flow')),
			{ key: 'value', header: money, flagKey: 'flagCodes' },
			...pc.published,
			col('note', t(lang, 'table.note')),
			...sourceCols({ reporter: true })
		],
		rows
	};
}

/** The cube rows behind the cards: their years and the years before, of the shown partners. */
export function headlineRows(data: ViewData): CubeRow[] {
	const sel = data.selection;
	const partners = partnersFor(sel, filter);
	const years = new Set<string>();
	for (const h of [data.headline.complete, data.headline.partial])
		if (h) for (const p of partners) for (const y of [h.year, h.year - 1]) years.add(`${p}|${y}`);
	return cubeRows(data, partners, sel.measure, sel.sector ?? TOTAL, years);
}
