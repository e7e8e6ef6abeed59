/**
 * Parsers for the bundled default data in `data/*.csv` (written by `scripts/build-data.mjs`).
 *
 * The files are generated, so anything unexpected is a build bug: every parser throws an Error
 * naming the line. Rows are read as arrays (`header: false`) and columns are found by name in
 * the header row, so raw header text never becomes an object key. Codes stay strings.
 */
import Papa from 'papaparse';
import {
	eventDate,
	parsePeriod,
	monthsOf,
	type Currency,
	type InvestmentMeasure,
	type InvestmentRow,
	type Observation,
	type PublishedFlow,
	type PublishedGrowth,
	type TradeEvent,
	TEMPLATE_HEADER
} from './schema';

export const GROWTH_COLUMNS = [
	'period',
	'partner',
	'flow',
	'reporter',
	'sector',
	'currency',
	'growth',
	'base_period',
	'source',
	'quote'
] as const;

export const INVESTMENT_COLUMNS = [
	'period',
	'investor',
	'host',
	'measure',
	'sector',
	'value',
	'currency',
	'source',
	'note'
] as const;

export const EVENT_COLUMNS = [
	'date',
	'precision',
	'countries',
	'type',
	'title_en',
	'title_it',
	'source'
] as const;

const ISO3 = /^[A-Z]{3}$/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const SECTOR = /^(TOTAL|\d{2}|\d{4}|\d{6}|grp:[a-z0-9]+(-[a-z0-9]+)*)$/;

/** A data row with its 1-based line number and a getter by column name. */
interface Row {
	line: number;
	get(column: string): string;
}

/**
 * Parses CSV text into rows, checking that the header holds every required column.
 * Blank lines are ignored; a row with the wrong number of fields is an error.
 */
function readRows(text: string, required: readonly string[], what: string): Row[] {
	const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
		header: false,
		delimiter: ',',
		skipEmptyLines: false
	});
	const firstError = parsed.errors[0];
	if (firstError) {
		const line = (firstError.row ?? 0) + 1;
		throw new Error(`${what}: line ${line}: ${firstError.message}`);
	}
	const [header, ...body] = parsed.data;
	if (!header || (header.length === 1 && header[0] === '')) throw new Error(`${what}: empty file`);
	const index = new Map<string, number>();
	header.forEach((name, i) => index.set(name.trim(), i));
	const missing = required.filter((c) => !index.has(c));
	if (missing.length > 0) {
		throw new Error(`${what}: line 1: missing column(s) ${missing.join(', ')}`);
	}
	const rows: Row[] = [];
	body.forEach((cells, i) => {
		const line = i + 2;
		if (cells.length === 1 && cells[0] === '') return;
		if (cells.length !== header.length) {
			throw new Error(`${what}: line ${line}: ${cells.length} fields, expected ${header.length}`);
		}
		rows.push({
			line,
			get(column: string): string {
				const j = index.get(column);
				if (j === undefined) throw new Error(`${what}: unknown column ${column}`);
				return cells[j] ?? '';
			}
		});
	});
	return rows;
}

function fail(what: string, row: Row, column: string, message: string): never {
	throw new Error(`${what}: line ${row.line}, column ${column}: ${message}`);
}

function iso3(what: string, row: Row, column: string): string {
	const v = row.get(column);
	if (!ISO3.test(v)) fail(what, row, column, `"${v}" is not an ISO3 code`);
	return v;
}

function currency(what: string, row: Row): Currency {
	const v = row.get('currency');
	if (v !== 'EUR' && v !== 'USD') fail(what, row, 'currency', `"${v}" is not EUR or USD`);
	return v;
}

function number(what: string, row: Row, column: string): number {
	const v = row.get(column);
	if (!PLAIN_NUMBER.test(v)) fail(what, row, column, `"${v}" is not a plain number`);
	return Number(v);
}

const PERIOD_SHAPES = 'YYYY, YYYY-MM, YYYY-Qn or YYYY-MM..YYYY-MM (one year, 2+ months)';

function period(what: string, row: Row, column: string): string {
	const v = row.get(column);
	if (!parsePeriod(v)) fail(what, row, column, `"${v}" is not ${PERIOD_SHAPES}`);
	return v;
}

function publishedFlow(what: string, row: Row): PublishedFlow {
	const v = row.get('flow');
	if (v !== 'export' && v !== 'import' && v !== 'turnover') {
		fail(what, row, 'flow', `"${v}" is not export, import or turnover`);
	}
	return v;
}

function sectorCode(what: string, row: Row): string {
	const v = row.get('sector');
	if (!SECTOR.test(v)) fail(what, row, 'sector', `"${v}" is not a sector code`);
	return v;
}

function required(what: string, row: Row, column: string): string {
	const v = row.get(column);
	if (v.trim() === '') fail(what, row, column, 'empty');
	return v;
}

/**
 * Parses `data/trade.csv` (our template format) into observations tagged with `dataset`.
 * Periods: years, months, quarters and cumulative spans of one year (`2024-01..2024-08`); flows:
 * `export`, `import` and a `turnover` published on its own.
 */
export function parseTradeCsv(text: string, dataset: string): Observation[] {
	const what = `bundled trade data (${dataset})`;
	return readRows(text, TEMPLATE_HEADER, what).map((row) => {
		const p = period(what, row, 'period');
		const parts = parsePeriod(p);
		if (!parts) fail(what, row, 'period', `"${p}" is not ${PERIOD_SHAPES}`);
		const flow = publishedFlow(what, row);
		const sector = sectorCode(what, row);
		const label = row.get('sector_label');
		if (sector.startsWith('grp:') && label === '') {
			fail(what, row, 'sector_label', `product group ${sector} has no label`);
		}
		const flag = row.get('flag');
		if (flag !== '' && flag !== 'p' && flag !== 'e') {
			fail(what, row, 'flag', `"${flag}" is not p, e or empty`);
		}
		return {
			period: p,
			freq: parts.freq,
			year: parts.year,
			month: parts.month,
			partner: iso3(what, row, 'partner'),
			flow,
			reporter: iso3(what, row, 'reporter'),
			sector,
			sectorLabel: label === '' ? null : label,
			value: number(what, row, 'value'),
			currency: currency(what, row),
			source: required(what, row, 'source'),
			note: row.get('note'),
			flag,
			dataset
		};
	});
}

/**
 * A growth rate as a source published it with a figure ("+33% on Jan–Aug 2023"): the figure is
 * the trade row with the same period, partner, flow, reporter, sector and currency; `growth` is a
 * fraction (0.33), `basePeriod` the period it is compared with (the same span of an earlier year).
 */

/** Parses `data/published-growth.csv` (growth rates written in the sources, never computed). */
export function parsePublishedGrowthCsv(text: string): PublishedGrowth[] {
	const what = 'bundled published growth';
	return readRows(text, GROWTH_COLUMNS, what).map((row) => {
		const p = period(what, row, 'period');
		const base = period(what, row, 'base_period');
		const span = monthsOf(p);
		const baseSpan = monthsOf(base);
		if (
			parsePeriod(base)?.freq !== parsePeriod(p)?.freq ||
			span?.from !== baseSpan?.from ||
			span?.to !== baseSpan?.to ||
			base.slice(0, 4) >= p.slice(0, 4)
		) {
			fail(what, row, 'base_period', `"${base}" is not the span of ${p} in an earlier year`);
		}
		const growth = number(what, row, 'growth');
		if (!(growth > -1)) fail(what, row, 'growth', `${growth} is not above -1 (a fall of 100%)`);
		return {
			period: p,
			partner: iso3(what, row, 'partner'),
			flow: publishedFlow(what, row),
			reporter: iso3(what, row, 'reporter'),
			sector: sectorCode(what, row),
			currency: currency(what, row),
			growth,
			basePeriod: base,
			source: required(what, row, 'source'),
			quote: required(what, row, 'quote')
		};
	});
}

const MEASURES: readonly InvestmentMeasure[] = ['stock', 'flow', 'cumulative'];

/** Parses `data/investment.csv` (values as reported: stocks, flows, cumulative sums). */
export function parseInvestmentCsv(text: string): InvestmentRow[] {
	const what = 'bundled investment data';
	return readRows(text, INVESTMENT_COLUMNS, what).map((row) => {
		const period = row.get('period');
		if (!/^\d{4}$/.test(period)) fail(what, row, 'period', `"${period}" is not a year`);
		const measure = row.get('measure');
		if (!(MEASURES as readonly string[]).includes(measure)) {
			fail(what, row, 'measure', `"${measure}" is not stock, flow or cumulative`);
		}
		return {
			period,
			investor: iso3(what, row, 'investor'),
			host: iso3(what, row, 'host'),
			measure: measure as InvestmentMeasure,
			sector: required(what, row, 'sector'),
			value: number(what, row, 'value'),
			currency: currency(what, row),
			source: required(what, row, 'source'),
			note: row.get('note')
		};
	});
}

/** Parses `data/events.csv`; `countries` is a `|`-separated list of ISO3 codes. */
export function parseEventsCsv(text: string): TradeEvent[] {
	const what = 'bundled events';
	return readRows(text, EVENT_COLUMNS, what).map((row) => {
		const precision = row.get('precision');
		if (precision !== 'year' && precision !== 'month' && precision !== 'day') {
			fail(what, row, 'precision', `"${precision}" is not year, month or day`);
		}
		const date = row.get('date');
		if (eventDate(date)?.precision !== precision) {
			fail(what, row, 'date', `"${date}" does not match precision ${precision}`);
		}
		const countries = row.get('countries').split('|');
		for (const c of countries) {
			if (!ISO3.test(c)) fail(what, row, 'countries', `"${c}" is not an ISO3 code`);
		}
		return {
			date,
			precision,
			countries,
			type: required(what, row, 'type'),
			title_en: required(what, row, 'title_en'),
			title_it: required(what, row, 'title_it'),
			source: required(what, row, 'source')
		};
	});
}

/**
 * Parses an ECB rate table (`data/eur-usd-annual.csv` with a `year` column, or
 * `data/eur-usd-monthly.csv` with a `period` column) into US dollars per euro by `YYYY` or
 * `YYYY-MM`.
 */
export function parseRates(text: string): Map<string, number> {
	const what = 'bundled ECB rates';
	const head = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
		header: false,
		delimiter: ',',
		preview: 1
	}).data[0];
	const keyColumn = head?.includes('year') ? 'year' : 'period';
	const rates = new Map<string, number>();
	for (const row of readRows(text, [keyColumn, 'usd_per_eur'], what)) {
		const key = row.get(keyColumn);
		if (!/^\d{4}(-(0[1-9]|1[0-2]))?$/.test(key)) {
			fail(what, row, keyColumn, `"${key}" is not YYYY or YYYY-MM`);
		}
		if (rates.has(key)) fail(what, row, keyColumn, `duplicate ${key}`);
		const rate = number(what, row, 'usd_per_eur');
		if (!(rate > 0)) fail(what, row, 'usd_per_eur', 'rate must be positive');
		rates.set(key, rate);
	}
	return rates;
}
