/**
 * V8's table: per year, Italy's figure beside the partner's, the gap, and each side's provenance.
 * Pure.
 */
import type { CsvColumn } from '../../data/export/csv';
import { t } from '../../i18n/messages';
import { countryName } from '../../i18n/names';
import { combine } from '../core/provenance';
import {
	gap,
	percent,
	tableKit,
	type ExportTable,
	type ShownContext,
	type ViewData,
	byPartnerPeriod,
	figureProvenance
} from '../core/table';
import { TOTAL, type Flow } from '../../data/schema';
import type { CubeRow, AnnualPoint } from '../../data/analysis/types';
import { annualize } from '../../data/analysis/annual';
import { mirrorShown, type MirrorRow } from './data';

/**
 * Mirror rows with each side's flag and value as published, for the chart's tooltips and marks:
 * `mirrorOption(mirrorWithProvenance(data, rows), ctx)`.
 */
export function mirrorWithProvenance(
	data: Pick<ViewData, 'prepared' | 'selection'>,
	rows: readonly MirrorRow[]
) {
	const byKey = new Map<string, Map<string, AnnualPoint>>();
	return rows.map((r) => {
		const key = `${r.partner}|${r.flow}`;
		let parts = byKey.get(key);
		if (!parts) {
			parts = mirrorParts(data, r.partner, r.flow);
			byKey.set(key, parts);
		}
		const side = (reporter: string, value: number | null) =>
			figureProvenance(
				combine(
					value === null ? [] : [parts.get(`${reporter}|${r.year}`)].filter((p) => p !== undefined),
					data.selection.currency
				)
			);
		const italy = side('ITA', r.italy);
		const own = side(r.partner, r.partnerValue);
		return {
			...r,
			italyFlag: italy.flag,
			partnerFlag: own.flag,
			italyReported: italy.reported,
			partnerReported: own.reported
		};
	});
}

/** Italy's and the partner's complete-year points of the mirror view, by `reporter|year`. */
function mirrorParts(
	data: Pick<ViewData, 'prepared' | 'selection'>,
	partner: string | null,
	flow: Flow
) {
	const out = new Map<string, AnnualPoint>();
	if (!partner) return out;
	const prep = data.prepared;
	for (const p of annualize(prep.rowsFor(data.selection.currency, [partner], TOTAL), prep.spans)) {
		if (p.flow !== flow || p.basis === 'partial' || p.partner !== partner) continue;
		if (p.reporter === 'ITA' || p.reporter === partner) out.set(`${p.reporter}|${p.year}`, p);
	}
	return out;
}

/** The mirror as drawn: one partner and one flow, both sides with their provenance. */
export function mirrorTable(data: ViewData, ctx: ShownContext): ExportTable {
	const { lang } = ctx;
	const { col, cells, datasetCol, flagCol, codeCol } = tableKit(ctx);
	const shown = mirrorShown(data.prepared, data.selection);
	const parts = mirrorParts(data, shown.partner, shown.flow);
	const side = (reporter: string, year: number, value: number | null) => {
		const p = parts.get(`${reporter}|${year}`);
		return combine(p && value !== null ? [p] : [], ctx.currency);
	};
	// One side's figure as published and its currency.
	const published = (side: string, name: string): CsvColumn[] => [
		{
			key: `${side}Published`,
			header: `${name}: ${t(lang, 'prov.published')}`,
			kind: 'number',
			currencyKey: `${side}PublishedCurrency`
		},
		col(`${side}PublishedCurrency`, `${name}: ${t(lang, 'csv.publishedCurrency')}`)
	];
	return {
		columns: [
			col('partner', t(lang, 'table.partner')),
			codeCol,
			col('year', t(lang, 'table.year')),
			{
				key: 'italy',
				header: `${t(lang, 'table.italy')} (${ctx.currency})`,
				kind: 'money',
				currency: ctx.currency,
				flagKey: 'italyFlagCodes'
			},
			{
				key: 'partnerValue',
				header: `${t(lang, 'table.partnerSide')} (${ctx.currency})`,
				kind: 'money',
				currency: ctx.currency,
				flagKey: 'partnerFlagCodes'
			},
			{ key: 'gap', header: `${t(lang, 'table.gap')} (%)`, kind: 'percent', signed: true },
			col('flagged', t(lang, 'table.flagged')),
			col('note', t(lang, 'table.note')),
			col('source', t(lang, 'table.source')),
			...published('italy', t(lang, 'table.italy')),
			...published('partner', t(lang, 'table.partnerSide')),
			col('conversion', t(lang, 'prov.conversion')),
			datasetCol,
			flagCol
		],
		rows: shown.rows.map((r) => {
			const italy = cells(side('ITA', r.year, r.italy));
			const own = cells(side(r.partner, r.year, r.partnerValue));
			const both = cells(
				combine(
					[...parts.values()].filter(
						(p) =>
							p.year === r.year &&
							(p.reporter === 'ITA' ? r.italy !== null : r.partnerValue !== null)
					),
					ctx.currency
				)
			);
			return {
				partner: countryName(lang, r.partner),
				code: r.partner,
				year: r.year,
				italy: r.italy,
				partnerValue: r.partnerValue,
				gap: percent(r.gapShare),
				flagged: r.flagged ? '!' : '',
				note: gap(lang, r.note),
				source: r.sources.join('; '),
				italyPublished: italy.publishedValue,
				italyPublishedCurrency: italy.publishedCurrency,
				partnerPublished: own.publishedValue,
				partnerPublishedCurrency: own.publishedCurrency,
				conversion: [...new Set([italy.conversion, own.conversion].filter(Boolean))].join('; '),
				dataset: both.dataset,
				flag: both.flag,
				italyFlagCodes: italy.flagCodes,
				partnerFlagCodes: own.flagCodes
			};
		})
	};
}

/** The cube rows behind the mirror: both reporters' rows of its partner, flow and years. */
export function mirrorRows(data: ViewData): CubeRow[] {
	const { prepared: prep, selection: sel } = data;
	const shown = mirrorShown(prep, sel);
	const years = new Set(shown.rows.map((r) => r.year));
	return prep
		.rowsFor(sel.currency, shown.partner ? [shown.partner] : [], TOTAL)
		.filter(
			(r) =>
				r.partner === shown.partner &&
				(r.reporter === 'ITA' || r.reporter === r.partner) &&
				r.flow === shown.flow &&
				r.sector === TOTAL &&
				years.has(r.year)
		)
		.sort(byPartnerPeriod(new Map()));
}
