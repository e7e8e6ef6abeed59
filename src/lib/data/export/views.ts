/**
 * What each view's CSV downloads hold (S3). Pure.
 *
 * - "As shown": the rows the chart draws, with the same numbers as the view's table (V9), in
 *   full units; growth rates and shares in per cent (`12.3` for 12.3%), index values as drawn.
 * - "Full filtered data": the cube rows behind the view (the same partners, reporter, currency,
 *   sector and years the view aggregates), one line per published figure, with codes.
 *
 * Column labels and country names follow the chosen language; codes (ISO3, HS, `export`) do not.
 * This module sits beside the CSV writer and reads the views' model (../../views/model, and
 * mirror.ts, events.ts, investment.ts beside it), which it mirrors for the "as shown" rows: keep
 * the two in step when a view's table changes.
 *
 * The investment view (V6) is not built from the trade cube: it has no "full" rows
 * ({@link hasFullRows}), its "as shown" CSV already carries every field.
 */
import type { CubeRow } from '../analysis/types';
import { TOTAL, type Currency, type InvestmentRow, type Measure, type TradeEvent } from '../schema';
import { formatDate, formatMonthRange, formatPeriod } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { t } from '../../i18n/messages';
import { countryName, sectorName } from '../../i18n/names';
import { currentEvent, eventWindow, filterEvents } from '../../views/events';
import { investmentItems } from '../../views/investment';
import { mirrorShown } from '../../views/mirror';
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

export type ExportView =
	| 'headline'
	| 'volumes'
	| 'growth'
	| 'partners'
	| 'sectors'
	| 'mirror'
	| 'map'
	| 'events'
	| 'investment';

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
	/** The cube and the selection (the mirror and events views derive their rows from them). */
	prepared: Prepared;
	selection: Selection;
	/** The events of the events view (V7+). */
	events: readonly TradeEvent[];
	/** Investment as reported (V6), before the partner filter. */
	investment: readonly InvestmentRow[];
}

export interface ShownContext {
	lang: Lang;
	currency: Currency;
	measure: Measure;
	growth: 'yoy' | 'index' | 'cagr';
	/**
	 * The event picked in the events view (`date|English title`, see `eventKey`); without it, or
	 * when it is not among the shown events, the one the view picks by default.
	 */
	event?: string | null;
}

/** The event the events view shows, and the trade around it. */
function shownEvent(data: ViewData, picked: string | null | undefined) {
	const sel = data.selection;
	const list = filterEvents(data.events, partnersFor(sel, 'volumes'), null);
	const event = currentEvent(data.prepared, sel, list, picked ?? null);
	return event ? eventWindow(data.prepared, sel, event) : null;
}

/** Whether a view has cube rows behind it ("full filtered data"); investment has none. */
export function hasFullRows(view: ExportView): boolean {
	return view !== 'investment';
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
		case 'partners':
		case 'map': {
			// the map shades the countries by the comparison bars' figures
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
		case 'mirror': {
			const { rows } = mirrorShown(data.prepared, data.selection);
			return {
				columns: [
					col('partner', t(lang, 'table.partner')),
					col('code', 'ISO3'),
					col('year', t(lang, 'table.year')),
					col('italy', `${t(lang, 'table.italy')} (${ctx.currency})`),
					col('partnerValue', `${t(lang, 'table.partnerSide')} (${ctx.currency})`),
					col('gap', `${t(lang, 'table.gap')} (%)`),
					col('flagged', t(lang, 'table.flagged')),
					col('note', t(lang, 'table.note')),
					col('source', t(lang, 'table.source'))
				],
				rows: rows.map((r) => ({
					partner: countryName(lang, r.partner),
					code: r.partner,
					year: r.year,
					italy: r.italy,
					partnerValue: r.partnerValue,
					gap: percent(r.gapShare),
					flagged: r.flagged ? '!' : '',
					note: gap(lang, r.note),
					source: r.sources.join('; ')
				}))
			};
		}
		case 'events': {
			const w = shownEvent(data, ctx.event);
			const event = w?.event;
			const title = event ? (lang === 'it' ? event.title_it : event.title_en) : '';
			const date = event ? formatDate(lang, event.date, { precision: event.precision }) : '';
			return {
				columns: [
					col('event', t(lang, 'csv.event')),
					col('date', t(lang, 'csv.eventDate')),
					col('partner', t(lang, 'table.partner')),
					col('code', 'ISO3'),
					col('period', t(lang, 'table.period')),
					col('offset', t(lang, w?.freq === 'A' ? 'csv.offset.A' : 'csv.offset.M')),
					col('value', money),
					col('source', t(lang, 'table.source'))
				],
				rows: (w?.points ?? []).map((p) => ({
					event: title,
					date,
					partner: countryName(lang, p.partner),
					code: p.partner,
					period: formatPeriod(lang, p.period),
					offset: p.offset,
					value: p.value,
					source: w?.sources.join('; ') ?? ''
				}))
			};
		}
		case 'investment': {
			const items = investmentItems(data.investment, partnersFor(data.selection, 'volumes'), lang);
			return {
				columns: [
					col('host', t(lang, 'table.host')),
					col('code', 'ISO3'),
					col('measure', t(lang, 'table.measure')),
					col('period', t(lang, 'table.period')),
					col('value', t(lang, 'table.value')),
					col('currency', t(lang, 'table.currency')),
					col('source', t(lang, 'table.source')),
					col('note', t(lang, 'table.note'))
				],
				rows: items.map((r) => ({
					host: countryName(lang, r.host),
					code: r.host,
					measure: t(lang, `investment.measure.${r.measure}`),
					period: r.period,
					value: r.value,
					currency: r.currency,
					source: r.source,
					note: r.note
				}))
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

type CubeView = 'headline' | 'volumes' | 'growth' | 'partners' | 'sectors';

/** Years the view reads, or null for all years. */
function yearsOf(view: CubeView, prep: Prepared, sel: Selection, data: ViewData) {
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

const byPartnerPeriod = (order: ReadonlyMap<string, number>) => (a: CubeRow, b: CubeRow) =>
	(order.get(a.partner) ?? 0) - (order.get(b.partner) ?? 0) ||
	a.period.localeCompare(b.period) ||
	a.flow.localeCompare(b.flow) ||
	a.reporter.localeCompare(b.reporter) ||
	a.sector.localeCompare(b.sector);

/**
 * The cube rows behind a view, sorted by partner (in the view's order), period, flow, reporter,
 * sector. The map reads what the comparison bars read; the mirror view both reporters' rows of
 * its partner, flow and years; the events view the rows around the event (`event` as in
 * {@link ShownContext}); investment none.
 */
export function fullRows(
	view: ExportView,
	prep: Prepared,
	sel: Selection,
	data: ViewData,
	event?: string | null
): CubeRow[] {
	if (view === 'investment') return [];
	if (view === 'map') return fullRows('partners', prep, sel, data);
	if (view === 'mirror') {
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
	if (view === 'events') {
		const w = shownEvent({ ...data, prepared: prep, selection: sel }, event);
		if (!w) return [];
		const order = new Map(w.partners.map((p, i) => [p, i]));
		const flows = flowsOf(sel.measure);
		const periods = new Set(w.points.map((p) => p.period));
		const sector = w.freq === 'M' ? TOTAL : (sel.sector ?? TOTAL);
		return prep
			.rowsFor(sel.currency, w.partners, sector)
			.filter(
				(r) =>
					order.has(r.partner) &&
					(sel.reporter === 'ITA' ? r.reporter === 'ITA' : r.reporter === r.partner) &&
					flows.includes(r.flow) &&
					r.sector === sector &&
					(w.freq === 'M' ? r.freq === 'M' && periods.has(r.period) : periods.has(String(r.year)))
			)
			.sort(byPartnerPeriod(order));
	}
	const partners = partnersFor(sel, view);
	const order = new Map(partners.map((p, i) => [p, i]));
	const flows = flowsOf(view === 'sectors' ? data.sectors.flow : sel.measure);
	const years = yearsOf(view, prep, sel, data);
	const sector = sel.sector ?? TOTAL;
	return prep
		.rowsFor(sel.currency, partners, view === 'sectors' ? null : sector)
		.filter(
			(r) =>
				order.has(r.partner) &&
				(sel.reporter === 'ITA' ? r.reporter === 'ITA' : r.reporter === r.partner) &&
				flows.includes(r.flow) &&
				(view === 'sectors' || r.sector === sector) &&
				(years === null || years.has(r.year))
		)
		.sort(byPartnerPeriod(order));
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
