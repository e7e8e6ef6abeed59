/**
 * What every view's table is built with (S3, V9). A view's "as shown" table (`ViewSpec.table`, in
 * its folder's `table.ts`) is built once and read twice: by the table on screen (`./screen.ts`)
 * and by the CSV download, so the two cannot drift apart. Columns and provenance cells are the
 * same in every view: {@link tableKit}. The "full filtered data" table ({@link fullTable}) lists
 * the cube rows behind a view (`ViewSpec.fullRows`), one line per published figure, with codes.
 * Column labels and country names follow the chosen language; codes (ISO3, HS, `export`) do not.
 * Pure.
 */
import type { CubeRow } from '../../data/analysis/types';
import type { CsvColumn } from '../../data/export/csv';
import {
	TOTAL,
	type Currency,
	type InvestmentRow,
	type Measure,
	type TradeEvent
} from '../../data/schema';
import { formatMonthRange } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { t, type MessageKey } from '../../i18n/messages';
import { sectorName } from '../../i18n/names';
import type { growthData } from '../growth/data';
import type { headlineData } from '../headline/data';
import type { partnersData } from '../partners/data';
import type { sectorsData } from '../sectors/data';
import type { volumesData } from '../volumes/data';
import type { Prepared, Selection } from './prepared';
import {
	combine,
	conversionText,
	datasetLabel,
	flagsText,
	provenanceCells,
	provenanceColumns,
	type FigureSource,
	type Provenance
} from './provenance';

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

/** A ratio in per cent without float noise (0.123 → 12.3). */
export function percent(ratio: number | null | undefined): number | null {
	if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return null;
	return Number((ratio * 100).toPrecision(12));
}

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

/** A figure's provenance as a chart tooltip reads it (see src/lib/charts/options/labels.ts). */
export interface FigureProvenance {
	flag: string;
	/** Dataset ids, `a + b` when several. */
	dataset: string;
	/** As published, when in one currency; null when mixed or a gap. */
	reported: { value: number; currency: Currency } | null;
}

export const figureProvenance = (p: Provenance): FigureProvenance => ({
	flag: p.flags.join(''),
	dataset: p.datasets.join(' + '),
	reported: p.published
});

/** A year, or the months of a partial year ("Jan–Aug 2024"). */
export const period = (
	lang: Lang,
	year: number,
	partial: { fromMonth: number; toMonth: number } | null
) => (partial ? formatMonthRange(lang, year, partial.fromMonth, partial.toMonth) : String(year));

/** Why a figure is missing, in words; '' when it is not. */
export const gap = (lang: Lang, reason: string | null | undefined) =>
	reason ? t(lang, `gap.${reason}` as Parameters<typeof t>[1]) : '';

/** The columns every view's table draws from, in the table's language and currency. */
export function tableKit(ctx: ShownContext) {
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
	// on screen the country's name says it
	const codeCol: CsvColumn = { ...col('code', 'ISO3'), onScreen: false };
	const datasetCol = col('dataset', t(lang, 'prov.dataset'));
	// on screen the value carries the flag's letter, with its legend under the table
	const flagCol: CsvColumn = { ...col('flag', t(lang, 'csv.flag')), onScreen: false };
	return {
		col,
		money,
		valueCol,
		pc,
		cells: (p: Provenance) => provenanceCells(lang, p, ctx.datasetNames),
		datasetCol,
		flagCol,
		/** The closing columns of a figure: its source, its reporter (when asked), dataset, flag. */
		sourceCols: ({ reporter }: { reporter: boolean }): CsvColumn[] => [
			col('source', t(lang, 'table.source')),
			...(reporter ? [col('reporter', t(lang, 'table.reporter'))] : []),
			datasetCol,
			flagCol
		],
		codeCol,
		/**
		 * A country's figure for a period: country, code, period, value, as published, note,
		 * reporter.
		 */
		figureCols: (): CsvColumn[] => [
			col('partner', t(lang, 'table.partner')),
			codeCol,
			col('period', t(lang, 'table.period')),
			valueCol(),
			...pc.published,
			col('note', t(lang, 'table.note')),
			col('reporter', t(lang, 'table.reporter'))
		]
	};
}

/** Flows a measure is made of. */
export function flowsOf(measure: Measure): readonly string[] {
	return measure === 'export' || measure === 'import' ? [measure] : ['export', 'import'];
}

/** Cube rows in a view's order: partner (as the view lists them), period, flow, reporter, sector. */
export const byPartnerPeriod = (order: ReadonlyMap<string, number>) => (a: CubeRow, b: CubeRow) =>
	(order.get(a.partner) ?? 0) - (order.get(b.partner) ?? 0) ||
	a.period.localeCompare(b.period) ||
	a.flow.localeCompare(b.flow) ||
	a.reporter.localeCompare(b.reporter) ||
	a.sector.localeCompare(b.sector);

/**
 * The cube rows a trade view reads: its partners (in its order), the chosen reporter, the flows
 * of `measure`, one sector (`null`: every sector) and, when given, only `partner|year` keys.
 */
export function cubeRows(
	data: Pick<ViewData, 'prepared' | 'selection'>,
	partners: readonly string[],
	measure: Measure,
	sector: string | null,
	years: ReadonlySet<string> | null
): CubeRow[] {
	const sel = data.selection;
	const order = new Map(partners.map((p, i) => [p, i]));
	const flows = flowsOf(measure);
	return data.prepared
		.rowsFor(sel.currency, partners, sector)
		.filter(
			(r) =>
				order.has(r.partner) &&
				(sel.reporter === 'ITA' ? r.reporter === 'ITA' : r.reporter === r.partner) &&
				flows.includes(r.flow) &&
				(sector === null || r.sector === sector) &&
				(years === null || years.has(`${r.partner}|${r.year}`))
		)
		.sort(byPartnerPeriod(order));
}

/** The columns of {@link fullTable}: key and header. */
const FULL_COLUMNS: readonly [string, MessageKey][] = [
	['period', 'table.period'],
	['partner', 'table.partner'],
	['flow', 'csv.flow'],
	['reporter', 'table.reporter'],
	['sector', 'table.sector'],
	['sectorLabel', 'csv.sectorLabel'],
	['value', 'table.value'],
	['currency', 'table.currency'],
	['publishedValue', 'prov.published'],
	['publishedCurrency', 'csv.publishedCurrency'],
	['conversion', 'prov.conversion'],
	['source', 'table.source'],
	['dataset', 'prov.dataset'],
	['flag', 'csv.flag']
];

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
	return {
		columns: FULL_COLUMNS.map(([key, message]) => ({ key, header: t(lang, message) })),
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
