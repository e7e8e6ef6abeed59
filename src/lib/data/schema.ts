/**
 * The data model shared by import, analysis and views (see ../shared/docs/PRODUCT.md).
 *
 * One long table of trade observations, seen from Italy's side: `export` is Italy → partner,
 * `import` is partner → Italy, whoever reported it. Reporter and currency stay on every row and
 * are never summed across.
 */

export const FOCUS_PARTNERS = ['KAZ', 'UZB', 'KGZ', 'TJK', 'TKM'] as const;
/** Comparators: available, off by default. */
export const COMPARATOR_PARTNERS = ['RUS', 'AZE'] as const;
export const ALL_PARTNERS = [...FOCUS_PARTNERS, ...COMPARATOR_PARTNERS] as const;
export type PartnerCode = (typeof ALL_PARTNERS)[number];

export type Flow = 'export' | 'import';
/**
 * A flow as a source published it: one of the two flows, or a turnover published on its own
 * (kept apart: shown for the turnover measure where the two flows are missing, never added to
 * them).
 */
export type PublishedFlow = Flow | 'turnover';
/** Measures derived from the two flows. */
export type Measure = Flow | 'turnover' | 'balance';
export const MEASURES: readonly Measure[] = ['export', 'import', 'turnover', 'balance'];

export type Currency = 'EUR' | 'USD';
export const CURRENCIES: readonly Currency[] = ['EUR', 'USD'];

/**
 * A: annual (`2023`), Q: quarterly (`2023-Q1`), M: monthly (`2023-03`), C: cumulative, months
 * m1..m2 of one year as published (`2024-01..2024-08`, "Jan–Aug 2024"): kept apart from months
 * and quarters, never summed with them, compared only with the same span of another year.
 */
export type Frequency = 'A' | 'Q' | 'M' | 'C';

/** The sector code for whole-economy totals. */
export const TOTAL = 'TOTAL';

/**
 * One trade observation. `value` is in full currency units (never thousands).
 * `sector` is `TOTAL`, an HS chapter (`27`), an HS heading (`2709`), or a named product group
 * (`grp:<label>`, label in `sectorLabel`).
 */
export interface Observation {
	period: string;
	freq: Frequency;
	year: number;
	/**
	 * 1-12 for monthly rows, the last month of a quarter or of a cumulative period, null for
	 * annual rows.
	 */
	month: number | null;
	partner: string;
	flow: PublishedFlow;
	reporter: string;
	sector: string;
	sectorLabel: string | null;
	value: number;
	currency: Currency;
	source: string;
	note: string;
	/** `p` provisional, `e` estimated, '' none. */
	flag: string;
	dataset: string;
}

/**
 * An observation as a row of the template gives it: without the calendar fields (they follow from
 * `period`) and the dataset (it is the file's).
 */
export type TemplateRow = Omit<Observation, 'freq' | 'year' | 'month' | 'dataset'>;

/** The header of the template (static/template.csv; docs/DATA_FORMAT.md), in its order. */
export const TEMPLATE_HEADER = [
	'period',
	'partner',
	'flow',
	'reporter',
	'sector',
	'sector_label',
	'value',
	'currency',
	'source',
	'note',
	'flag'
] as const;

/** Column names of the observation table, in template order. */
export const OBSERVATION_COLUMNS: readonly (keyof Observation)[] = [
	'period',
	'freq',
	'year',
	'month',
	'partner',
	'flow',
	'reporter',
	'sector',
	'sectorLabel',
	'value',
	'currency',
	'source',
	'note',
	'flag',
	'dataset'
];

/**
 * A growth rate as its source published it with a figure ("+33% on Jan–Aug 2023"): shown, labelled
 * as the source's own, only where the base it compares with is not in the data.
 */
export interface PublishedGrowth {
	/** The figure's period and cell. */
	period: string;
	partner: string;
	flow: PublishedFlow;
	reporter: string;
	sector: string;
	currency: Currency;
	/** As a fraction: 0.33 for +33%. */
	growth: number;
	/** The period it compares with (`2023-01..2023-08`). */
	basePeriod: string;
	source: string;
	quote: string;
}

/** Investment as reported: never mixed with trade values. */
export type InvestmentMeasure = 'stock' | 'flow' | 'cumulative';
export interface InvestmentRow {
	period: string;
	investor: string;
	host: string;
	measure: InvestmentMeasure;
	sector: string;
	value: number;
	currency: Currency;
	source: string;
	note: string;
}

export interface TradeEvent {
	/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` */
	date: string;
	precision: 'year' | 'month' | 'day';
	countries: string[];
	type: string;
	title_en: string;
	title_it: string;
	source: string;
}

/** ECB reference rate, US dollars per euro, by `YYYY` or `YYYY-MM`. */
export type RateTable = ReadonlyMap<string, number>;

const EVENT_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A calendar date `YYYY`, `YYYY-MM` or `YYYY-MM-DD` and the precision its shape says; null when
 * it is none of these or not a real day (`2023-02-29`).
 *
 * @example eventDate('2024-03') // { date: '2024-03', precision: 'month' }
 * @example eventDate('2024-02-30') // null
 */
export function eventDate(
	raw: string
): { date: string; precision: TradeEvent['precision'] } | null {
	const m = EVENT_DATE.exec(raw);
	if (!m) return null;
	const [, y, mo, d] = m;
	if (mo === undefined) return { date: raw, precision: 'year' };
	const month = Number(mo);
	if (month < 1 || month > 12) return null;
	if (d === undefined) return { date: raw, precision: 'month' };
	const day = Number(d);
	const last = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
	return day >= 1 && day <= last ? { date: raw, precision: 'day' } : null;
}

const CUMULATIVE = /^(\d{4})-(0[1-9]|1[0-2])\.\.(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * The months a period covers (1-12): a month itself, a quarter's three, a cumulative span's.
 *
 * @example monthsOf('2024-01..2024-08') // { from: 1, to: 8 }
 * @example monthsOf('2023') // { from: 1, to: 12 }
 */
export function monthsOf(period: string): { from: number; to: number } | null {
	const c = CUMULATIVE.exec(period);
	if (c) return { from: Number(c[2]), to: Number(c[4]) };
	const p = parsePeriod(period);
	if (!p) return null;
	if (p.freq === 'A' || p.month === null) return { from: 1, to: 12 };
	return p.freq === 'Q' ? { from: p.month - 2, to: p.month } : { from: p.month, to: p.month };
}

/** Parses a period string into its parts; null when it is not one of the four shapes. */
export function parsePeriod(
	period: string
): { freq: Frequency; year: number; month: number | null } | null {
	const c = CUMULATIVE.exec(period);
	if (c) {
		// One year, and more than one month (a single month is written `2024-03`).
		if (c[1] !== c[3] || Number(c[2]) >= Number(c[4])) return null;
		return { freq: 'C', year: Number(c[1]), month: Number(c[4]) };
	}
	let m = /^(\d{4})$/.exec(period);
	if (m) return { freq: 'A', year: Number(m[1]), month: null };
	m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(period);
	if (m) return { freq: 'M', year: Number(m[1]), month: Number(m[2]) };
	m = /^(\d{4})-Q([1-4])$/.exec(period);
	if (m) return { freq: 'Q', year: Number(m[1]), month: Number(m[2]) * 3 };
	return null;
}
