/**
 * What each view's CSV downloads hold (S3). Pure.
 *
 * - "As shown": the rows the chart draws, in full units; growth rates and shares in per cent
 *   (`12.3` for 12.3%), index values as drawn. The same table IS the view's table on screen (V9):
 *   `DataTable` shows {@link shownTable} as ./screen.ts reads it (numbers formatted, the value as
 *   published in its currency, flag marks with their legend; columns marked `onScreen: false`,
 *   such as ISO3 codes, are the download's only), so the two cannot drift apart.
 * - "Full filtered data": the cube rows behind the view (the same partners, reporter, currency,
 *   sector and years the view aggregates, each country's own period), one line per published
 *   figure, with codes.
 *
 * Column labels and country names follow the chosen language; codes (ISO3, HS, `export`) do not.
 * This module sits beside the CSV writer and reads the views' model (../../views/model, and
 * mirror.ts, events.ts, investment.ts beside it); the figures' provenance is read from the same
 * points the model sums (`barParts`, `sectorParts`, `mirrorParts`).
 *
 * The investment view (V6) is not built from the trade cube: it has no "full" rows
 * ({@link hasFullRows}), its "as shown" CSV already carries every field.
 */
import { annualize } from '../analysis/annual';
import type { GrowthPoint } from '../analysis/growth';
import { measureSeries, type MeasurePoint } from '../analysis/measures';
import type { AnnualPoint, CubeRow } from '../analysis/types';
import {
	TOTAL,
	type Currency,
	type Flow,
	type InvestmentRow,
	type Measure,
	type TradeEvent
} from '../schema';
import { formatDate, formatMonthRange, formatPeriod } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { t } from '../../i18n/messages';
import { countryName, sectorName } from '../../i18n/names';
import { currentEvent, eventWindow, filterEvents } from '../../views/events';
import { investmentItems } from '../../views/investment';
import { barPeriodText } from '../../views/describe';
import { mirrorShown, type MirrorRow } from '../../views/mirror';
import {
	annualPoints,
	partnersFor,
	type growthData,
	type headlineData,
	type partnersData,
	type Prepared,
	type sectorsData,
	type Selection,
	type volumesData
} from '../../views/model';
import type { CsvColumn } from './csv';
import {
	combine,
	flagsText,
	datasetLabel,
	provenanceCells,
	provenanceColumns,
	conversionText,
	type FigureSource,
	type Provenance
} from './provenance';

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
	/** Dataset names by id (the Data page's list); without it, ids (the bundled one named). */
	datasetNames?: ReadonlyMap<string, string> | null;
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

/** A cube row as a figure: converted when its currency is not the one it was published in. */
export function rowFigure(r: CubeRow): FigureSource {
	return {
		dataset: r.dataset,
		sources: r.sources,
		reporter: r.reporter,
		flag: r.flag,
		converted: r.currency !== r.originalCurrency,
		currency: r.currency,
		value: r.value,
		reported: { value: r.reportedValue ?? r.value, currency: r.originalCurrency }
	};
}

/** What the figures of the comparison bars are read from. */
type FigureData = Pick<ViewData, 'partners' | 'prepared' | 'selection'>;

/** A figure's provenance as a chart tooltip reads it (see src/lib/charts/options/labels.ts). */
export interface FigureProvenance {
	flag: string;
	/** Dataset ids, `a + b` when several. */
	dataset: string;
	/** As published, when in one currency; null when mixed or a gap. */
	reported: { value: number; currency: Currency } | null;
}

const figureProvenance = (p: Provenance): FigureProvenance => ({
	flag: p.flags.join(''),
	dataset: p.datasets.join(' + '),
	reported: p.published
});

/**
 * The comparison bars (and the map) with their figures' flag, datasets and value as published,
 * for the chart's tooltips and flag marks: `partnersOption({ bars: barsWithProvenance(data) })`.
 */
export function barsWithProvenance(data: FigureData) {
	const parts = barParts(data);
	return data.partners.bars.map((b) => ({
		...b,
		...figureProvenance(
			combine(b.value === null ? [] : (parts.get(b.partner) ?? []), data.selection.currency)
		)
	}));
}

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

/** The measure points each comparison bar sums (as `partnersData` sums them), per partner. */
function barParts(data: FigureData): Map<string, MeasurePoint[]> {
	const out = new Map<string, MeasurePoint[]>();
	const sel = data.selection;
	const points = measureSeries(annualPoints(data.prepared, sel, 'partners'), sel.measure);
	for (const b of data.partners.bars) {
		// each bar's own period: a country's latest year, or the chosen years
		const span = b.period;
		if (!span || b.value === null) continue;
		out.set(
			b.partner,
			points.filter(
				(p) =>
					p.partner === b.partner &&
					p.value !== null &&
					p.year >= span.from &&
					p.year <= span.to &&
					(span.partial === null) === (p.partial === null)
			)
		);
	}
	return out;
}

/** The annual points of a partner's sector breakdown year (the breakdown's total and items). */
function sectorParts(data: ViewData, partner: string, year: number): AnnualPoint[] {
	const sel = data.selection;
	return data.prepared
		.points(sel.currency, [partner], sel.reporter, null)
		.filter((p) => p.flow === data.sectors.flow && p.year === year);
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

/** The rows of the view as drawn, with the columns of its table and every figure's provenance. */
export function shownTable(view: ExportView, data: ViewData, ctx: ShownContext): ExportTable {
	const { lang } = ctx;
	const col = (key: string, header: string): CsvColumn => ({ key, header });
	const money = `${t(lang, 'table.value')} (${ctx.currency})`;
	/** The shown value: money in the chosen currency, marked with its flags on screen. */
	const valueCol = (header = money): CsvColumn => ({
		key: 'value',
		header,
		kind: 'money',
		currency: ctx.currency,
		flagKey: 'flagCodes'
	});
	const pc = provenanceColumns(lang);
	const cells = (p: Provenance) => provenanceCells(lang, p, ctx.datasetNames);
	const datasetCol = col('dataset', t(lang, 'prov.dataset'));
	// on screen the value carries the flag's letter, with its legend under the table
	const flagCol: CsvColumn = { ...col('flag', t(lang, 'csv.flag')), onScreen: false };
	// on screen the country's name says it
	const codeCol: CsvColumn = { ...col('code', 'ISO3'), onScreen: false };
	switch (view) {
		case 'volumes': {
			const points = data.volumes.series.flatMap((s) => s.points);
			return {
				columns: [
					col('partner', t(lang, 'table.partner')),
					codeCol,
					col('period', t(lang, 'table.period')),
					valueCol(),
					...pc.published,
					col('note', t(lang, 'table.note')),
					col('reporter', t(lang, 'table.reporter')),
					// on screen the value's header says it ("Value (EUR)")
					{ ...col('currency', t(lang, 'table.currency')), onScreen: false },
					col('source', t(lang, 'table.source')),
					datasetCol,
					flagCol
				],
				rows: points.map((p) => ({
					partner: countryName(lang, p.partner),
					code: p.partner,
					period: period(lang, p.year, p.partial),
					value: p.value,
					...cells(combine([p], p.currency)),
					note: p.value === null ? gap(lang, p.gap) : '',
					currency: p.currency
				}))
			};
		}
		case 'growth': {
			const g = data.growth;
			const unit = ctx.growth === 'index' ? '' : ' (%)';
			const columns = [
				col('partner', t(lang, 'table.partner')),
				codeCol,
				col('year', t(lang, 'table.year')),
				{
					key: 'value',
					header: `${t(lang, ctx.growth === 'index' ? 'growth.index' : 'table.growth')}${unit}`,
					kind: ctx.growth === 'index' ? 'number' : 'percent',
					// a rate is a change (+12.3%); an index a number (112.4)
					...(ctx.growth === 'index' ? { digits: 1 } : { signed: true }),
					flagKey: 'flagCodes'
				} satisfies CsvColumn,
				col('note', t(lang, 'table.note')),
				...pc.origin
			];
			// A rate compares two figures: its provenance is theirs (rates are currency-free).
			const pointsOf = new Map(data.volumes.series.map((s) => [s.partner, s.points]));
			const origin = (partner: string, years: readonly (number | null)[]) => {
				const parts = (pointsOf.get(partner) ?? []).filter((p) => years.includes(p.year));
				const { dataset, source, reporter, flag, flagCodes } = cells(combine(parts, ctx.currency));
				return { dataset, source, reporter, flag, flagCodes };
			};
			const rows =
				ctx.growth === 'yoy'
					? g.yoy.flatMap((s) =>
							s.growth.map((p) => ({
								partner: countryName(lang, s.partner),
								code: s.partner,
								year: p.year,
								value: percent(p.growth.value),
								note: growthNote(lang, p, ctx.datasetNames),
								...origin(s.partner, p.sameMonths ? [p.year] : [p.year, p.year - 1])
							}))
						)
					: ctx.growth === 'index'
						? g.index.flatMap((s) =>
								s.index.map((p) => ({
									partner: countryName(lang, s.partner),
									code: s.partner,
									year: p.year,
									value: p.index.value,
									note: gap(lang, p.index.gap),
									...origin(s.partner, [p.year, g.base])
								}))
							)
						: g.cagr.map((c) => ({
								partner: countryName(lang, c.partner),
								code: c.partner,
								year: `${c.from}–${c.to}`,
								value: percent(c.cagr.value),
								note: gap(lang, c.cagr.gap),
								...origin(c.partner, [c.from, c.to])
							}));
			return { columns, rows };
		}
		case 'partners':
		case 'map': {
			// the map shades the countries by the comparison bars' figures; each bar has its own
			// period (a country whose latest year is 2021 reads 2021, never the range of all)
			const parts = barParts(data);
			return {
				columns: [
					col('partner', t(lang, 'table.partner')),
					codeCol,
					col('period', t(lang, 'table.period')),
					valueCol(),
					...pc.published,
					col('note', t(lang, 'table.note')),
					col('reporter', t(lang, 'table.reporter')),
					col('source', t(lang, 'table.source')),
					datasetCol,
					flagCol
				],
				rows: data.partners.bars.map((b) => {
					const mine = b.value === null ? [] : (parts.get(b.partner) ?? []);
					const p = cells(combine(mine, ctx.currency));
					return {
						partner: countryName(lang, b.partner),
						code: b.partner,
						period: barPeriodText(lang, b.period),
						value: b.value,
						...p,
						// a gap's sources and reporter still say where the figure was looked for
						...(b.value === null
							? {
									reporter: countryName(lang, b.reporter),
									source: b.sources.join('; '),
									conversion: ''
								}
							: {}),
						note: b.value === null ? gap(lang, b.gap) : ''
					};
				})
			};
		}
		case 'sectors': {
			const rows = data.sectors.rows.flatMap((r) => {
				const b = r.breakdown;
				// named product figures of a year without a total: values, never shares
				const named = r.named;
				if (!b && named) {
					const parts = sectorParts(data, r.partner, named.year).filter(
						(p) => (p.basis === 'partial') === (named.partial !== null)
					);
					return named.items.map((i) => ({
						partner: countryName(lang, r.partner),
						code: r.partner,
						period: period(lang, named.year, named.partial),
						sector: sectorName(lang, i.sector, i.label),
						sectorCode: i.sector,
						value: i.value,
						share: null,
						...cells(
							combine(
								parts.filter((p) => p.sector === i.sector),
								ctx.currency
							)
						)
					}));
				}
				// a country without product detail keeps its row, saying so (as the view does)
				if (!b)
					return [
						{
							partner: countryName(lang, r.partner),
							code: r.partner,
							period: r.exceeds ? period(lang, r.exceeds.year, r.exceeds.partial) : '',
							sector: t(lang, r.exceeds ? 'sector.exceeds' : 'sector.noDetail'),
							sectorCode: '',
							value: null,
							share: null,
							...cells(combine([], ctx.currency)),
							// whose statistics were looked in
							reporter: countryName(lang, data.selection.reporter === 'ITA' ? 'ITA' : r.partner)
						}
					];
				const base = {
					partner: countryName(lang, r.partner),
					code: r.partner,
					period: period(lang, b.year, b.partial)
				};
				const parts = sectorParts(data, r.partner, b.year);
				const of = (sector: string) => parts.filter((p) => p.sector === sector);
				const total = of(TOTAL);
				const items = b.items.flatMap((i) => of(i.sector));
				return [
					...b.items.map((i) => ({
						...base,
						sector: sectorName(lang, i.sector, i.label),
						sectorCode: i.sector,
						value: i.value,
						share: percent(i.share),
						...cells(combine(of(i.sector), ctx.currency))
					})),
					{
						...base,
						sector: t(lang, 'sector.remainder'),
						sectorCode: '',
						value: b.remainder,
						share: b.remainder === null ? null : percent(b.remainder / b.total),
						// the total less the items, each as published
						...cells(
							b.remainder === null
								? combine([], ctx.currency)
								: combine([...total, ...items], ctx.currency, [
										...total.map(() => 1),
										...items.map(() => -1)
									])
						),
						source: b.sources.join('; ')
					}
				];
			});
			return {
				columns: [
					col('partner', t(lang, 'table.partner')),
					codeCol,
					col('period', t(lang, 'table.period')),
					col('sector', t(lang, 'table.sector')),
					{ ...col('sectorCode', t(lang, 'csv.sectorCode')), onScreen: false },
					valueCol(),
					...pc.published,
					{ key: 'share', header: `${t(lang, 'table.share')} (%)`, kind: 'percent' },
					col('source', t(lang, 'table.source')),
					col('reporter', t(lang, 'table.reporter')),
					datasetCol,
					flagCol
				],
				rows
			};
		}
		case 'mirror': {
			const shown = mirrorShown(data.prepared, data.selection);
			const parts = mirrorParts(data, shown.partner, shown.flow);
			const side = (reporter: string, year: number, value: number | null) => {
				const p = parts.get(`${reporter}|${year}`);
				return combine(p && value !== null ? [p] : [], ctx.currency);
			};
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
					{
						key: 'italyPublished',
						header: `${t(lang, 'table.italy')}: ${t(lang, 'prov.published')}`,
						kind: 'number',
						currencyKey: 'italyPublishedCurrency'
					},
					col(
						'italyPublishedCurrency',
						`${t(lang, 'table.italy')}: ${t(lang, 'csv.publishedCurrency')}`
					),
					{
						key: 'partnerPublished',
						header: `${t(lang, 'table.partnerSide')}: ${t(lang, 'prov.published')}`,
						kind: 'number',
						currencyKey: 'partnerPublishedCurrency'
					},
					col(
						'partnerPublishedCurrency',
						`${t(lang, 'table.partnerSide')}: ${t(lang, 'csv.publishedCurrency')}`
					),
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
		case 'events': {
			const w = shownEvent(data, ctx.event);
			const event = w?.event;
			const title = event ? (lang === 'it' ? event.title_it : event.title_en) : '';
			const date = event ? formatDate(lang, event.date, { precision: event.precision }) : '';
			const figures = eventFigures(data, w);
			return {
				columns: [
					// on screen the event is named above its table
					{ ...col('event', t(lang, 'csv.event')), onScreen: false },
					{ ...col('date', t(lang, 'csv.eventDate')), onScreen: false },
					col('partner', t(lang, 'table.partner')),
					codeCol,
					col('period', t(lang, 'table.period')),
					col('offset', t(lang, w?.freq === 'A' ? 'csv.offset.A' : 'csv.offset.M')),
					valueCol(),
					...pc.published,
					col('source', t(lang, 'table.source')),
					col('reporter', t(lang, 'table.reporter')),
					datasetCol,
					flagCol
				],
				rows: (w?.points ?? []).map((p) => {
					const parts = p.value === null ? [] : (figures.get(`${p.partner}|${p.period}`) ?? []);
					return {
						event: title,
						date,
						partner: countryName(lang, p.partner),
						code: p.partner,
						period: formatPeriod(lang, p.period),
						offset: p.offset,
						value: p.value,
						...cells(combine(parts, ctx.currency)),
						source: parts.length
							? [...new Set(parts.flatMap((x) => x.sources))].sort().join('; ')
							: (w?.sources.join('; ') ?? '')
					};
				})
			};
		}
		case 'investment': {
			const items = investmentItems(data.investment, partnersFor(data.selection, 'volumes'), lang);
			return {
				columns: [
					col('host', t(lang, 'table.host')),
					codeCol,
					col('measure', t(lang, 'table.measure')),
					col('period', t(lang, 'table.period')),
					// as reported, in the currency it was reported in
					{
						key: 'value',
						header: t(lang, 'table.value'),
						kind: 'number',
						currencyKey: 'currency'
					},
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
				['exports', 'flow.short.export', 'export'],
				['imports', 'flow.short.import', 'import'],
				['turnover', 'flow.short.turnover', 'turnover'],
				['balance', 'flow.short.balance', 'balance']
			] as const;
			const points = annualPoints(data.prepared, data.selection, 'headline');
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
					col('source', t(lang, 'table.source')),
					col('reporter', t(lang, 'table.reporter')),
					datasetCol,
					flagCol
				],
				rows
			};
		}
	}
}

/**
 * The figures behind each point of an event window, by `partner|period`: the monthly cube rows
 * (monthly windows) or the measure points of the years (annual windows), read as `eventWindow`
 * reads them.
 */
function eventFigures(
	data: ViewData,
	w: ReturnType<typeof shownEvent>
): Map<string, FigureSource[]> {
	const out = new Map<string, FigureSource[]>();
	if (!w) return out;
	const sel = data.selection;
	if (w.freq === 'M') {
		const flow = sel.measure === 'import' ? 'import' : 'export';
		const periods = new Set(w.points.map((p) => p.period));
		for (const r of data.prepared.rowsFor(sel.currency, w.partners, TOTAL)) {
			if (
				r.freq === 'M' &&
				r.sector === TOTAL &&
				r.flow === flow &&
				periods.has(r.period) &&
				(sel.reporter === 'ITA' ? r.reporter === 'ITA' : r.reporter === r.partner)
			) {
				const key = `${r.partner}|${r.period}`;
				out.set(key, [...(out.get(key) ?? []), rowFigure(r)]);
			}
		}
		return out;
	}
	const points = measureSeries(
		annualPoints(data.prepared, { ...sel, focus: null, partners: w.partners }, 'volumes'),
		sel.measure
	);
	for (const p of points) {
		if (p.partial) continue;
		const key = `${p.partner}|${p.year}`;
		out.set(key, [...(out.get(key) ?? []), p]);
	}
	return out;
}

/** Flows a measure is made of. */
function flowsOf(measure: Measure): readonly string[] {
	return measure === 'export' || measure === 'import' ? [measure] : ['export', 'import'];
}

type CubeView = 'headline' | 'volumes' | 'growth' | 'partners' | 'sectors';

/**
 * The years the view reads of each partner (`partner|year`), or null for all years. The
 * comparison reads each country's own period (its latest year, or the chosen years); the sectors
 * view each country's year of product detail, or of its named figures.
 */
function yearsOf(view: CubeView, sel: Selection, data: ViewData) {
	if (view === 'volumes' || view === 'growth') return null;
	const keys = new Set<string>();
	if (view === 'partners') {
		for (const b of data.partners.bars)
			for (let y = b.period?.from ?? 1; y <= (b.period?.to ?? 0); y++)
				keys.add(`${b.partner}|${y}`);
		return keys;
	}
	if (view === 'sectors') {
		for (const r of data.sectors.rows) {
			const shown = r.breakdown ?? r.named;
			if (shown) keys.add(`${r.partner}|${shown.year}`);
		}
		return keys;
	}
	const years = [data.headline.complete, data.headline.partial].flatMap((h) =>
		h ? [h.year, h.year - 1] : []
	);
	for (const p of partnersFor(sel, view)) for (const y of years) keys.add(`${p}|${y}`);
	return keys;
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
	const years = yearsOf(view, sel, data);
	const sector = sel.sector ?? TOTAL;
	return prep
		.rowsFor(sel.currency, partners, view === 'sectors' ? null : sector)
		.filter(
			(r) =>
				order.has(r.partner) &&
				(sel.reporter === 'ITA' ? r.reporter === 'ITA' : r.reporter === r.partner) &&
				flows.includes(r.flow) &&
				(view === 'sectors' || r.sector === sector) &&
				(years === null || years.has(`${r.partner}|${r.year}`))
		)
		.sort(byPartnerPeriod(order));
}

/**
 * The full filtered data as a table: codes, values, provenance. Each line is one published
 * figure: the value shown (in the chosen currency) and, beside it, the value as published and its
 * currency, with the conversion said in words; the dataset by name and the flag spelled out.
 */
export function fullTable(
	rows: readonly CubeRow[],
	lang: Lang,
	datasetNames?: ReadonlyMap<string, string> | null
): ExportTable {
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
			col('publishedValue', t(lang, 'prov.published')),
			col('publishedCurrency', t(lang, 'csv.publishedCurrency')),
			col('conversion', t(lang, 'prov.conversion')),
			col('source', t(lang, 'table.source')),
			col('dataset', t(lang, 'prov.dataset')),
			col('flag', t(lang, 'csv.flag'))
		],
		rows: rows.map((r) => {
			const figure = rowFigure(r);
			return {
				period: r.period,
				partner: r.partner,
				flow: r.flow,
				reporter: r.reporter,
				sector: r.sector,
				sectorLabel: r.sector === TOTAL ? '' : sectorName(lang, r.sector, r.sectorLabel),
				value: r.value,
				currency: r.currency,
				publishedValue: figure.reported?.value ?? null,
				publishedCurrency: r.originalCurrency,
				conversion: conversionText(lang, combine([figure], r.currency)),
				source: r.sources.join('; '),
				dataset: datasetLabel(lang, r.dataset, datasetNames),
				flag: flagsText(lang, combine([figure], r.currency).flags)
			};
		})
	};
}

/**
 * What a citation says of the figures a view shows: their datasets and sources, and that they
 * were converted at ECB rates when any was. Read from the view's "as shown" table, so it names
 * exactly what the table and the CSV hold.
 *
 * @example citationProvenance('en', shownTable('volumes', data, ctx))
 * // 'Datasets: Bundled data. Source: Eurostat Comext. USD converted at ECB rates.'
 */
export function citationProvenance(
	lang: Lang,
	table: ExportTable,
	currency: Currency,
	withSources = true
): string {
	const split = (key: string) =>
		[
			...new Set(
				table.rows.flatMap((r) =>
					String(r[key] ?? '')
						.split('; ')
						.filter(Boolean)
				)
			)
		].sort();
	const datasets = split('dataset');
	const sources = split('source');
	const converted = table.rows.some((r) => String(r.conversion ?? '') !== '');
	const from = [
		...new Set(
			table.rows.flatMap((r) =>
				['publishedCurrency', 'italyPublishedCurrency', 'partnerPublishedCurrency']
					.map((k) => String(r[k] ?? ''))
					.filter((c) => /^[A-Z]{3}$/.test(c) && c !== currency)
			)
		)
	].sort();
	const parts = [
		datasets.length ? `${t(lang, 'prov.datasets')}: ${datasets.join('; ')}.` : '',
		withSources && sources.length ? `${t(lang, 'source.label')}: ${sources.join('; ')}.` : '',
		converted
			? `${
					from.length
						? t(lang, 'prov.convertedShort', { from: from.join(', ') })
						: t(lang, 'prov.convertedAny')
				}.`
			: ''
	];
	return parts.filter(Boolean).join(' ');
}

/**
 * What a year-on-year rate's note says: a gap's reason; a rate the source published (its base is
 * not in the data), marked as such; a rate that compares figures of two datasets.
 */
function growthNote(
	lang: Lang,
	p: GrowthPoint,
	names: ReadonlyMap<string, string> | null | undefined
): string {
	if (p.published) {
		return t(lang, 'growth.asPublished', { base: formatPeriod(lang, p.published.basePeriod) });
	}
	if (p.datasets && p.growth.value !== null) {
		const [a, b] = p.datasets.map((d) => datasetLabel(lang, d, names));
		return t(lang, 'growth.twoDatasets', { a: a as string, b: b as string });
	}
	return gap(lang, p.growth.gap);
}
