/**
 * What each view's CSV downloads hold (S3). Pure.
 *
 * - "As shown": the rows the chart draws, with the same numbers as the view's table (V9), in
 *   full units; growth rates and shares in per cent (`12.3` for 12.3%), index values as drawn.
 * - "Full filtered data": the cube rows behind the view (the same partners, reporter, currency,
 *   sector and years the view aggregates), one line per published figure, with codes.
 *
 * Column labels and country names follow the chosen language; codes (ISO3, HS, `export`) do not.
 * This module sits beside the CSV writer and reads the views' model (../../views/model), which
 * it mirrors for the "as shown" rows: keep the two in step when a view's table changes.
 */
import type { CubeRow } from '../analysis/types';
import { TOTAL, type Currency, type Measure } from '../schema';
import { formatMonthRange } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { t } from '../../i18n/messages';
import { countryName, sectorName } from '../../i18n/names';
import {
	partnersFor,
	rangeFor,
	type growthData,
	type headlineData,
	type partnersData,
	type Prepared,
	type sectorsData,
	type Selection,
	type volumesData
} from '../../views/model';
import type { CsvColumn } from './csv';

export type ExportView = 'headline' | 'volumes' | 'growth' | 'partners' | 'sectors';

export interface ExportTable {
	columns: CsvColumn[];
	rows: Record<string, string | number | null>[];
}

/** The view data the dashboard state derives (DashboardState.volumes, .growth, …). */
export interface ViewData {
	volumes: ReturnType<typeof volumesData>;
	growth: ReturnType<typeof growthData>;
	partners: ReturnType<typeof partnersData>;
	sectors: ReturnType<typeof sectorsData>;
	headline: ReturnType<typeof headlineData>;
}

export interface ShownContext {
	lang: Lang;
	currency: Currency;
	measure: Measure;
	growth: 'yoy' | 'index' | 'cagr';
}

/** A ratio in per cent without float noise (0.123 → 12.3). */
export function percent(ratio: number | null | undefined): number | null {
	if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return null;
	return Number((ratio * 100).toPrecision(12));
}

const period = (
	lang: Lang,
	year: number,
	partial: { fromMonth: number; toMonth: number } | null
) => (partial ? formatMonthRange(lang, year, partial.fromMonth, partial.toMonth) : String(year));

const gap = (lang: Lang, reason: string | null | undefined) =>
	reason ? t(lang, `gap.${reason}` as Parameters<typeof t>[1]) : '';

/** The rows of the view as drawn, with the columns of its table. */
export function shownTable(view: ExportView, data: ViewData, ctx: ShownContext): ExportTable {
	const { lang } = ctx;
	const col = (key: string, header: string): CsvColumn => ({ key, header });
	const money = `${t(lang, 'table.value')} (${ctx.currency})`;
	switch (view) {
		case 'volumes': {
			const points = data.volumes.series.flatMap((s) => s.points);
			return {
				columns: [
					col('partner', t(lang, 'table.partner')),
					col('code', 'ISO3'),
					col('period', t(lang, 'table.period')),
					col('value', money),
					col('note', t(lang, 'table.note')),
					col('reporter', t(lang, 'table.reporter')),
					col('currency', t(lang, 'table.currency')),
					col('source', t(lang, 'table.source'))
				],
				rows: points.map((p) => ({
					partner: countryName(lang, p.partner),
					code: p.partner,
					period: period(lang, p.year, p.partial),
					value: p.value,
					note: p.value === null ? gap(lang, p.gap) : '',
					reporter: countryName(lang, p.reporter),
					currency: p.currency,
					source: p.sources.join('; ')
				}))
			};
		}
		case 'growth': {
			const g = data.growth;
			const unit = ctx.growth === 'index' ? '' : ' (%)';
			const columns = [
				col('partner', t(lang, 'table.partner')),
				col('code', 'ISO3'),
				col('year', t(lang, 'table.year')),
				col('value', `${t(lang, ctx.growth === 'index' ? 'growth.index' : 'table.growth')}${unit}`),
				col('note', t(lang, 'table.note'))
			];
			const rows =
				ctx.growth === 'yoy'
					? g.yoy.flatMap((s) =>
							s.growth.map((p) => ({
								partner: countryName(lang, s.partner),
								code: s.partner,
								year: p.year,
								value: percent(p.growth.value),
								note: gap(lang, p.growth.gap)
							}))
						)
					: ctx.growth === 'index'
						? g.index.flatMap((s) =>
								s.index.map((p) => ({
									partner: countryName(lang, s.partner),
									code: s.partner,
									year: p.year,
									value: p.index.value,
									note: gap(lang, p.index.gap)
								}))
							)
						: g.cagr.map((c) => ({
								partner: countryName(lang, c.partner),
								code: c.partner,
								year: `${c.from}–${c.to}`,
								value: percent(c.cagr.value),
								note: gap(lang, c.cagr.gap)
							}));
			return { columns, rows };
		}
		case 'partners': {
			const r = data.partners.range;
			const label = r ? (r.from === r.to ? String(r.to) : `${r.from}–${r.to}`) : '';
			return {
				columns: [
					col('partner', t(lang, 'table.partner')),
					col('code', 'ISO3'),
					col('period', t(lang, 'table.period')),
					col('value', money),
					col('note', t(lang, 'table.note')),
					col('reporter', t(lang, 'table.reporter')),
					col('source', t(lang, 'table.source'))
				],
				rows: data.partners.bars.map((b) => ({
					partner: countryName(lang, b.partner),
					code: b.partner,
					period: label,
					value: b.value,
					note: b.value === null ? gap(lang, b.gap) : '',
					reporter: countryName(lang, b.reporter),
					source: b.sources.join('; ')
				}))
			};
		}
		case 'sectors': {
			const rows = data.sectors.rows.flatMap((r) => {
				const b = r.breakdown;
				if (!b) return [];
				const base = {
					partner: countryName(lang, r.partner),
					code: r.partner,
					period: period(lang, b.year, b.partial)
				};
				return [
					...b.items.map((i) => ({
						...base,
						sector: sectorName(lang, i.sector, i.label),
						sectorCode: i.sector,
						value: i.value,
						share: percent(i.share),
						source: b.sources.join('; ')
					})),
					{
						...base,
						sector: t(lang, 'sector.remainder'),
						sectorCode: '',
						value: b.remainder,
						share: b.remainder === null ? null : percent(b.remainder / b.total),
						source: b.sources.join('; ')
					}
				];
			});
			return {
				columns: [
					col('partner', t(lang, 'table.partner')),
					col('code', 'ISO3'),
					col('period', t(lang, 'table.period')),
					col('sector', t(lang, 'table.sector')),
					col('sectorCode', t(lang, 'csv.sectorCode')),
					col('value', money),
					col('share', `${t(lang, 'table.share')} (%)`),
					col('source', t(lang, 'table.source'))
				],
				rows
			};
		}
		case 'headline': {
			const keys = [
				['exports', 'flow.short.export'],
				['imports', 'flow.short.import'],
				['turnover', 'flow.short.turnover'],
				['balance', 'flow.short.balance']
			] as const;
			const rows = [data.headline.complete, data.headline.partial].flatMap((h) => {
				if (!h) return [];
				const partners = h.partners.map((p) => countryName(lang, p)).join(', ');
				const per = period(lang, h.year, h.exports.partial);
				return [
					...keys.map(([key, label]) => {
						const total = h[key];
						return {
							period: per,
							partners,
							measure: t(lang, label),
							value: h.mixed ? null : total.value,
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
							source: total.sources.join('; ')
						};
					}),
					{
						period: per,
						partners,
						measure: `${t(lang, 'flow.short.coverage')} (%)`,
						value: h.mixed ? null : percent(h.coverage),
						note: '',
						source: ''
					}
				];
			});
			return {
				columns: [
					col('period', t(lang, 'table.period')),
					col('partners', t(lang, 'controls.partners')),
					col('measure', t(lang, 'controls.flow')),
					col('value', `${t(lang, 'table.value')} (${ctx.currency})`),
					col('note', t(lang, 'table.note')),
					col('source', t(lang, 'table.source'))
				],
				rows
			};
		}
	}
}

/** Flows a measure is made of. */
function flowsOf(measure: Measure): readonly string[] {
	return measure === 'export' || measure === 'import' ? [measure] : ['export', 'import'];
}

/** Years the view reads, or null for all years. */
function yearsOf(view: ExportView, prep: Prepared, sel: Selection, data: ViewData) {
	if (view === 'volumes' || view === 'growth') return null;
	if (view === 'partners') {
		const r = rangeFor(prep, sel);
		if (!r) return new Set<number>();
		return new Set(Array.from({ length: r.to - r.from + 1 }, (_, i) => r.from + i));
	}
	if (view === 'sectors') {
		return new Set(data.sectors.rows.flatMap((r) => (r.breakdown ? [r.breakdown.year] : [])));
	}
	const years = [data.headline.complete, data.headline.partial].flatMap((h) =>
		h ? [h.year, h.year - 1] : []
	);
	return new Set(years);
}

/** The cube rows behind a view, sorted by partner (in the view's order), period, flow, sector. */
export function fullRows(
	view: ExportView,
	prep: Prepared,
	sel: Selection,
	data: ViewData
): CubeRow[] {
	const partners = partnersFor(sel, view);
	const order = new Map(partners.map((p, i) => [p, i]));
	const flows = flowsOf(view === 'sectors' ? data.sectors.flow : sel.measure);
	const years = yearsOf(view, prep, sel, data);
	const sector = sel.sector ?? TOTAL;
	return prep
		.inCurrency(sel.currency)
		.rows.filter(
			(r) =>
				order.has(r.partner) &&
				(sel.reporter === 'ITA' ? r.reporter === 'ITA' : r.reporter === r.partner) &&
				flows.includes(r.flow) &&
				(view === 'sectors' || r.sector === sector) &&
				(years === null || years.has(r.year))
		)
		.sort(
			(a, b) =>
				(order.get(a.partner) ?? 0) - (order.get(b.partner) ?? 0) ||
				a.period.localeCompare(b.period) ||
				a.flow.localeCompare(b.flow) ||
				a.sector.localeCompare(b.sector)
		);
}

/** The full filtered data as a table: codes, values, provenance. */
export function fullTable(rows: readonly CubeRow[], lang: Lang): ExportTable {
	const col = (key: string, header: string): CsvColumn => ({ key, header });
	return {
		columns: [
			col('period', t(lang, 'table.period')),
			col('partner', t(lang, 'table.partner')),
			col('flow', t(lang, 'csv.flow')),
			col('reporter', t(lang, 'table.reporter')),
			col('sector', t(lang, 'table.sector')),
			col('sectorLabel', t(lang, 'csv.sectorLabel')),
			col('value', t(lang, 'table.value')),
			col('currency', t(lang, 'table.currency')),
			col('publishedCurrency', t(lang, 'csv.publishedCurrency')),
			col('source', t(lang, 'table.source')),
			col('flag', t(lang, 'csv.flag'))
		],
		rows: rows.map((r) => ({
			period: r.period,
			partner: r.partner,
			flow: r.flow,
			reporter: r.reporter,
			sector: r.sector,
			sectorLabel: r.sector === TOTAL ? '' : sectorName(lang, r.sector, r.sectorLabel),
			value: r.value,
			currency: r.currency,
			publishedCurrency: r.originalCurrency,
			source: r.sources.join('; '),
			flag: r.flag
		}))
	};
}
