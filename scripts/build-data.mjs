// Builds the bundled default data (feature D1) from the reference tables in shared/reference.
//
//   node scripts/build-data.mjs [path-to-shared-reference]   (default: ../shared/reference)
//
// Also reads the raw extract <reference>/../data/raw/rus-fcs-italy/ (Russian customs, monthly
// trade with Italy) when that folder exists. Writes data/trade.csv, data/published-growth.csv,
// data/investment.csv, data/events.csv, data/eur-usd-annual.csv and data/eur-usd-monthly.csv.
// Real figures only: every
// value is copied verbatim from a source row (Russian customs: million USD scaled to USD, see
// musdToUsd), nothing is summed, interpolated or filled in. Deterministic: same input, byte-identical output.
// The rules are documented in data/README.md.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const refDir = resolve(process.argv[2] ?? resolve(projectRoot, '../shared/reference'));
const outDir = resolve(projectRoot, 'data');
/** Raw extract of Russian customs (FCS) figures for trade with Italy; optional input. */
const rusFcsDir = resolve(refDir, '../data/raw/rus-fcs-italy');

export const TRADE_HEADER = [
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
];
export const GROWTH_HEADER = [
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
];
export const INVESTMENT_HEADER = [
	'period',
	'investor',
	'host',
	'measure',
	'sector',
	'value',
	'currency',
	'source',
	'note'
];

// ---------------------------------------------------------------------------------------------
// Reading

/**
 * Reads a CSV file into objects keyed by its header (the reference files are trusted input).
 * @param {string} name
 * @param {string[]} expectedHeader
 * @param {string} [dir] folder of the file (default: the reference folder)
 * @returns {{ rows: Record<string, string>[], text: string }}
 */
function readCsv(name, expectedHeader, dir = refDir) {
	const text = readFileSync(resolve(dir, name), 'utf8').replace(/^\uFEFF/, '');
	const parsed = Papa.parse(text, { header: false, skipEmptyLines: 'greedy' });
	if (parsed.errors.length > 0) {
		const e = parsed.errors[0];
		throw new Error(`${name}: CSV error at row ${(e.row ?? 0) + 1}: ${e.message}`);
	}
	const data = /** @type {string[][]} */ (parsed.data);
	const header = data[0] ?? [];
	if (header.join(',') !== expectedHeader.join(',')) {
		throw new Error(`${name}: unexpected header ${header.join(',')}`);
	}
	const rows = data.slice(1).map((cells, i) => {
		if (cells.length !== header.length) {
			throw new Error(
				`${name}: line ${i + 2} has ${cells.length} fields, expected ${header.length}`
			);
		}
		/** @type {Record<string, string>} */
		const row = Object.create(null);
		header.forEach((h, j) => (row[h] = cells[j] ?? ''));
		row.__line = String(i + 2);
		return row;
	});
	return { rows, text };
}

const PLAIN_NUMBER = /^\d+(\.\d+)?$/;
/** @param {string} value @param {string} where */
function checkValue(value, where) {
	if (!PLAIN_NUMBER.test(value))
		throw new Error(`${where}: value "${value}" is not a plain number`);
	return value;
}

// ---------------------------------------------------------------------------------------------
// Writing

/** @param {string} s */
function csvField(s) {
	return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
/** @param {string[]} header @param {string[][]} rows */
function toCsv(header, rows) {
	return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\n') + '\n';
}
/** Plain code-unit comparison: independent of locale and ICU version. @param {string} a @param {string} b */
function cmp(a, b) {
	return a < b ? -1 : a > b ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// 1. Italy-reported monthly rows (Eurostat Comext = ISTAT declarations), EUR

/**
 * Coverage window of each Comext extract, per series. A month inside the window with no row is
 * a month with no recorded trade (Comext omits them), so a period whose months all fall inside
 * the window is covered by the monthly table even when a month is missing.
 */
const MONTHLY_EXTRACTS = [
	{ match: 'extract of Nov 2024', from: '2019-01', to: '2024-08' },
	{ match: 'DS-045409', from: '2020-01', to: '2022-11' }
];

/** @param {string} source */
function extractOf(source) {
	const found = MONTHLY_EXTRACTS.filter((x) => source.includes(x.match));
	if (found.length !== 1) throw new Error(`monthly: unknown Comext extract "${source}"`);
	return /** @type {(typeof MONTHLY_EXTRACTS)[number]} */ (found[0]);
}

const monthlyIn = readCsv('italy-reported-monthly.csv', [
	'reporter',
	'partner_iso3',
	'period',
	'flow',
	'sector',
	'value',
	'currency',
	'source'
]).rows;

/** @typedef {{ period: string, partner: string, flow: string, reporter: string, sector: string, sector_label: string, value: string, currency: string, source: string, note: string, flag: string }} TradeRow */

/** @type {TradeRow[]} */
const trade = [];
/** Coverage window per ITA series, key partner|flow|sector. @type {Map<string, {from: string, to: string, source: string}>} */
const monthlyCoverage = new Map();

for (const r of monthlyIn) {
	const where = `italy-reported-monthly.csv line ${r.__line}`;
	if (r.reporter !== 'ITA') throw new Error(`${where}: reporter ${r.reporter}, expected ITA`);
	if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(r.period)) throw new Error(`${where}: period ${r.period}`);
	if (r.flow !== 'export' && r.flow !== 'import') throw new Error(`${where}: flow ${r.flow}`);
	if (r.currency !== 'EUR') throw new Error(`${where}: currency ${r.currency}`);
	const ext = extractOf(r.source);
	if (r.period < ext.from || r.period > ext.to) {
		throw new Error(
			`${where}: ${r.period} outside the ${ext.match} coverage ${ext.from}..${ext.to}`
		);
	}
	const key = `${r.partner_iso3}|${r.flow}|${r.sector}`;
	const seen = monthlyCoverage.get(key);
	if (seen && seen.source !== r.source) throw new Error(`${where}: series ${key} mixes extracts`);
	monthlyCoverage.set(key, { from: ext.from, to: ext.to, source: r.source });
	const provisional = r.source.includes('DS-045409') && r.period.startsWith('2022-');
	trade.push({
		period: r.period,
		partner: r.partner_iso3,
		flow: r.flow,
		reporter: 'ITA',
		sector: r.sector,
		sector_label: '',
		value: checkValue(r.value, where),
		currency: 'EUR',
		source: r.source,
		note: provisional ? 'provisional (2022 figures of the January 2023 extract)' : '',
		flag: provisional ? 'p' : ''
	});
}

// ---------------------------------------------------------------------------------------------
// 2. Partner-reported annual rows (the partner's own statistics), USD

const partnerIn = readCsv('partner-reported-annual.csv', [
	'reporter',
	'partner_iso3',
	'year',
	'flow',
	'sector',
	'value',
	'currency',
	'source'
]).rows;

const PARTNER_NAMES = /** @type {Record<string, string>} */ ({
	KAZ: 'Kazakh',
	KGZ: 'Kyrgyz',
	UZB: 'Uzbek',
	TJK: 'Tajik',
	TKM: 'Turkmen',
	AZE: 'Azerbaijani',
	RUS: 'Russian'
});

/** Annual partner-reported series, key reporter|partner|flow|sector|year. */
const partnerCovered = new Set();
for (const r of partnerIn) {
	const where = `partner-reported-annual.csv line ${r.__line}`;
	if (r.reporter !== r.partner_iso3) {
		throw new Error(`${where}: reporter ${r.reporter} is not the partner ${r.partner_iso3}`);
	}
	if (!/^\d{4}$/.test(r.year)) throw new Error(`${where}: year ${r.year}`);
	if (r.flow !== 'export' && r.flow !== 'import') throw new Error(`${where}: flow ${r.flow}`);
	if (r.currency !== 'USD' && r.currency !== 'EUR')
		throw new Error(`${where}: currency ${r.currency}`);
	const adj = PARTNER_NAMES[r.reporter] ?? r.reporter;
	const preliminary = /preliminary|provisional/i.test(r.source);
	const notes = [
		r.flow === 'export'
			? `${adj} statistics: ${adj} imports from Italy`
			: `${adj} statistics: ${adj} exports to Italy`
	];
	if (preliminary) notes.push('preliminary');
	partnerCovered.add(`${r.reporter}|${r.partner_iso3}|${r.flow}|${r.sector}|${r.year}`);
	trade.push({
		period: r.year,
		partner: r.partner_iso3,
		flow: r.flow,
		reporter: r.reporter,
		sector: r.sector,
		sector_label: '',
		value: checkValue(r.value, where),
		currency: r.currency,
		source: r.source,
		note: notes.join('; '),
		flag: preliminary ? 'p' : ''
	});
}

// ---------------------------------------------------------------------------------------------
// 2b. Partner-reported monthly rows: Russian customs (FCS) trade with Italy, million USD → USD

/**
 * Million US dollars as stored in the xlsx (e.g. `2019.8695600000001`) to whole US dollars,
 * in exact decimal arithmetic on the text. The figures have at most 6 decimals (whole dollars);
 * anything past the 6th decimal is a binary float artefact, so it is rounded away, and the build
 * stops if the rounding would move the value by more than a thousandth of a dollar.
 * @param {string} text @param {string} where
 */
function musdToUsd(text, where) {
	const m = /^(\d+)(?:\.(\d+))?$/.exec(text);
	if (!m) throw new Error(`${where}: value "${text}" is not a plain number`);
	const frac = (m[2] ?? '').padEnd(6, '0');
	let usd = BigInt(/** @type {string} */ (m[1])) * 1_000_000n + BigInt(frac.slice(0, 6));
	const rest = Number(`0.${frac.slice(6) || '0'}`);
	if (Math.min(rest, 1 - rest) > 1e-3) {
		throw new Error(`${where}: ${text} million USD is not a whole number of dollars`);
	}
	if (rest >= 0.5) usd += 1n;
	const out = usd.toString();
	if (out !== String(Math.round(Number(text) * 1e6))) {
		throw new Error(`${where}: conversion of ${text} disagrees with the float check`);
	}
	return out;
}

const RUS_FCS_FILE = 'rus_fcs_trade_with_italy_monthly_2006-2021.csv';
const RUS_FCS_SOURCE =
	'Federal Customs Service of Russia (ФТС России), foreign trade of the Russian Federation with ' +
	'main countries (96stran.xlsx), via mary-lev/eu-export-sanctions (snapshot 4b6a5df, 2025-01-09)';
/** Raw flow (Russia's side) → flow from Italy's side, the sheet it comes from, the note. */
const RUS_FCS_FLOWS =
	/** @type {Record<string, { flow: string, sheet: string, note: string }>} */ ({
		RUS_EXPORT_TO_ITA: { flow: 'import', sheet: 'Экспорт', note: 'Russian exports to Italy' },
		RUS_IMPORT_FROM_ITA: { flow: 'export', sheet: 'Импорт', note: 'Russian imports from Italy' }
	});
const RU_MONTHS = [
	'январь',
	'февраль',
	'март',
	'апрель',
	'май',
	'июнь',
	'июль',
	'август',
	'сентябрь',
	'октябрь',
	'ноябрь',
	'декабрь'
];
const RUS_FCS_FROM = '2006-01';
const RUS_FCS_TO = '2021-12';

/**
 * Coverage of the partner-reported monthly series, key reporter|partner|flow|sector (a quoted
 * figure of the same reporter for a period inside it is left out, as for the Comext table).
 * @type {Map<string, { from: string, to: string }>}
 */
const partnerMonthlyCoverage = new Map();
let rusFcsRows = 0;

if (existsSync(rusFcsDir)) {
	const rusIn = readCsv(
		RUS_FCS_FILE,
		[
			'reporter',
			'partner',
			'flow',
			'year',
			'month',
			'period',
			'value_musd',
			'source_sheet',
			'source_row',
			'source_col',
			'source_month_label'
		],
		rusFcsDir
	).rows;
	/** Periods per raw flow, to check there is no gap and no duplicate. @type {Map<string, Set<string>>} */
	const periods = new Map();
	for (const r of rusIn) {
		const where = `${RUS_FCS_FILE} line ${r.__line}`;
		if (r.reporter !== 'RUS' || r.partner !== 'ITA') {
			throw new Error(
				`${where}: reporter ${r.reporter} / partner ${r.partner}, expected RUS / ITA`
			);
		}
		const f = Object.hasOwn(RUS_FCS_FLOWS, r.flow) ? RUS_FCS_FLOWS[r.flow] : undefined;
		if (!f) throw new Error(`${where}: flow ${r.flow}`);
		const month = Number(r.month);
		const period = `${r.year}-${String(month).padStart(2, '0')}`;
		if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(r.period) || r.period !== period) {
			throw new Error(`${where}: period ${r.period} is not year ${r.year}, month ${r.month}`);
		}
		if (r.period < RUS_FCS_FROM || r.period > RUS_FCS_TO) {
			throw new Error(`${where}: ${r.period} outside ${RUS_FCS_FROM}..${RUS_FCS_TO}`);
		}
		if (r.source_sheet !== f.sheet || r.source_col !== 'J' || !/^\d+$/.test(r.source_row)) {
			throw new Error(
				`${where}: cell ${r.source_sheet}!${r.source_col}${r.source_row} is not Italy's column`
			);
		}
		const label = RU_MONTHS[month - 1];
		if (r.source_month_label !== label) {
			throw new Error(`${where}: month label ${r.source_month_label}, expected ${label}`);
		}
		const seen = periods.get(r.flow) ?? new Set();
		if (seen.has(r.period)) throw new Error(`${where}: ${r.flow} ${r.period} twice`);
		seen.add(r.period);
		periods.set(r.flow, seen);
		trade.push({
			period: r.period,
			partner: 'RUS',
			flow: f.flow,
			reporter: 'RUS',
			sector: 'TOTAL',
			sector_label: '',
			value: musdToUsd(r.value_musd, where),
			currency: 'USD',
			source: RUS_FCS_SOURCE,
			note: `${r.source_sheet}!${r.source_col}${r.source_row}, ${label} ${r.year}; ${f.note}`,
			flag: ''
		});
		rusFcsRows++;
	}
	// No gap: every month of the window, both flows (a missing month would be a missing figure).
	const expected = (Number(RUS_FCS_TO.slice(0, 4)) - Number(RUS_FCS_FROM.slice(0, 4)) + 1) * 12;
	for (const [raw, f] of Object.entries(RUS_FCS_FLOWS)) {
		const n = periods.get(raw)?.size ?? 0;
		if (n !== expected)
			throw new Error(`${RUS_FCS_FILE}: ${raw} has ${n} months, expected ${expected}`);
		partnerMonthlyCoverage.set(`RUS|RUS|${f.flow}|TOTAL`, { from: RUS_FCS_FROM, to: RUS_FCS_TO });
	}
} else {
	console.warn(
		`WARNING: ${rusFcsDir} not found: the Russian customs (reporter RUS) monthly rows are left out`
	);
}

// ---------------------------------------------------------------------------------------------
// 3. Figures quoted in releases and the press: full years and quarters that add to 1-2

const figuresIn = readCsv('trade-figures.csv', [
	'partner_iso3',
	'year',
	'period',
	'flow',
	'sector',
	'value',
	'currency',
	'reporter',
	'source_title',
	'source_url',
	'note'
]).rows;

/**
 * Whose statistics each publisher's figures are (ISO3), listed one by one so that a new publisher
 * fails the build until someone decides. `null`: not attributable; `COIR`: the DG ENER crude
 * register, a different basis.
 * @type {Record<string, string | null>}
 */
const REPORTERS = {
	'ISTAT (quoted by Farnesina Osservatorio economico)': 'ITA',
	'ISTAT/ICE (Trade Data Monitor e Istat)': 'ITA',
	'ICE (elaboration of ISTAT data)': 'ITA',
	'ISTAT via Farnesina Osservatorio economico': 'ITA',
	'ICE (ISTAT data)': 'ITA',
	'Italian government briefing (ISTAT basis presumed)': 'ITA',
	ISTAT: 'ITA',
	'ISTAT/ICE (not named explicitly)': 'ITA',
	'ISTAT (via Camera di Commercio Italia-Uzbekistan)': 'ITA',
	'ISTAT (via CIUZ)': 'ITA',
	'ISTAT provisional (via CIUZ)': 'ITA',
	'ISTAT revised (via CIUZ)': 'ITA',
	'ISTAT (release of 24 June 2022, via CIUZ)': 'ITA',
	'Italian Embassy Tashkent on ICE/ISTAT data': 'ITA',
	'ICE-ISTAT (quoted by Italian Embassy Astana)': 'ITA',
	'ISTAT (Ateco 2007)': 'ITA',
	'Italian Embassy (Tashkent)': 'ITA',
	'ISTAT (quoted by Italian ambassador)': 'ITA',
	'Italian ambassador to Turkmenistan': 'ITA',
	'Eurostat (via Trend)': 'ITA',
	'Infomercatiesteri (Farnesina/ICE)': 'ITA',
	'ISTAT (elaborated by Confartigianato)': 'ITA',
	'ISTAT (via La Repubblica)': 'ITA',
	'ISTAT/Bank of Italy (via La Repubblica)': 'ITA',
	'Italian official data (Bank of Italy basis presumed, via La Repubblica)': 'ITA',
	'Kazakhstan Bureau of National Statistics (BNS)': 'KAZ',
	'Kazakh embassy in Rome (BNS basis presumed)': 'KAZ',
	'Kazakh embassy in Rome': 'KAZ',
	'President of Kazakhstan (BNS basis presumed)': 'KAZ',
	'Kazakh official data (BNS basis presumed)': 'KAZ',
	'Kazakh government (National Bank gross inflow basis presumed)': 'KAZ',
	'President of Kazakhstan': 'KAZ',
	'Kazakh ambassador to Italy': 'KAZ',
	'Statistics Agency of Uzbekistan (stat.uz)': 'UZB',
	'Uzbek official statistics (quoted by Ministry of Mining/Azernews)': 'UZB',
	'Uzbek official statistics (via Trend)': 'UZB',
	'National Statistical Committee of the Kyrgyz Republic': 'KGZ',
	'Agency on Statistics under the President of Tajikistan (via TASS)': 'TJK',
	'President of Turkmenistan (Turkmen statistics)': 'TKM',
	'Turkmen Deputy Foreign Minister': 'TKM',
	'Turkmen state news agency (TDH)': 'TKM',
	'State Customs Committee of Azerbaijan': 'AZE',
	'State Statistical Committee of Azerbaijan': 'AZE',
	'State Customs Service of Azerbaijan': 'AZE',
	'State Customs Committee of Azerbaijan (quoted by Infomercatiesteri)': 'AZE',
	// A news agency's own figure, source statistics not named.
	'Trend news agency': null,
	// A chamber of commerce: whose statistics is not said.
	'Italian-Russian Chamber of Commerce': null,
	'European Commission DG ENER, EU Crude Oil Imports register (COIR)': 'COIR'
};
/** @param {string} text @param {string} where */
function reporterOf(text, where) {
	if (!Object.hasOwn(REPORTERS, text)) {
		throw new Error(`${where}: unknown publisher "${text}": add it to REPORTERS`);
	}
	return REPORTERS[text] ?? null;
}

/**
 * Earlier vintages of a figure whose later (revised) value is also in the table: dropped.
 * Each entry must match exactly one row, or the build fails.
 */
const SUPERSEDED = [
	{
		partner: 'UZB',
		year: '2021',
		flow: 'export',
		sector: 'TOTAL',
		value: '365882000',
		why: 'provisional 2021 release, revised to 364035701 in the 2022 release'
	},
	{
		partner: 'UZB',
		year: '2021',
		flow: 'export',
		sector: 'Textile machinery (meccano tessile)',
		value: '26478000',
		why: 'provisional 2021 release, revised to 26538288 in the 2022 release'
	}
];

const APPROXIMATE =
	/approximate|lower bound|upper bound|\bquasi\b|\boltre\b|\bcirca\b|более|около|почти|асқан/i;
const DOUBTFUL =
	/ambiguous|uncertain|unresolved|use with caution|mislabelled|inconsistent|year not stated/i;

/**
 * Sector code from the published wording: TOTAL, an HS chapter or heading, or a named group.
 * @param {string} label
 * @returns {{ sector: string, sector_label: string, published: string }}
 */
function sectorOf(label) {
	if (label === 'TOTAL') return { sector: 'TOTAL', sector_label: '', published: '' };
	let m = /^HS (\d{2}|\d{4}) /.exec(label) ?? /\(HS (\d{2}|\d{4})\)$/.exec(label);
	if (m) return { sector: /** @type {string} */ (m[1]), sector_label: '', published: label };
	if (/^TOTAL\b/.test(label)) throw new Error(`sector "${label}" is not a goods total`);
	const slug = label
		.replace(/\s*\(.*\)\s*$/, '')
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	if (!slug) throw new Error(`sector "${label}" gives an empty slug`);
	return { sector: `grp:${slug}`, sector_label: label, published: '' };
}

const MONTH_ABBR = [
	'Jan',
	'Feb',
	'Mar',
	'Apr',
	'May',
	'Jun',
	'Jul',
	'Aug',
	'Sep',
	'Oct',
	'Nov',
	'Dec'
];

/**
 * A figure's period as the reference gives it (`FY`, `Q1`..`Q4`, `H1`, `Jan-Aug`, ...) in our
 * shapes: a year, a quarter, or a cumulative span of one year (`H1` → `2023-01..2023-06`,
 * `Jan-Aug` → `2024-01..2024-08`); null for anything else.
 * @param {string} year @param {string} text
 * @returns {{ period: string, kind: 'A' | 'Q' | 'C', from: number, to: number } | null}
 */
function periodOf(year, text) {
	if (text === 'FY') return { period: year, kind: 'A', from: 1, to: 12 };
	const q = /^Q([1-4])$/.exec(text);
	if (q) {
		const n = Number(q[1]);
		return { period: `${year}-Q${n}`, kind: 'Q', from: n * 3 - 2, to: n * 3 };
	}
	const to =
		text === 'H1'
			? 6
			: /^Jan-[A-Z][a-z]{2}$/.test(text)
				? MONTH_ABBR.indexOf(text.slice(4)) + 1
				: 0;
	if (to < 2 || to > 11) return null;
	return { period: `${year}-01..${year}-${String(to).padStart(2, '0')}`, kind: 'C', from: 1, to };
}

/** Months (YYYY-MM) from..to of a year. @param {string} year @param {number} from @param {number} to */
function monthsIn(year, from, to) {
	const out = [];
	for (let m = from; m <= to; m++) out.push(`${year}-${String(m).padStart(2, '0')}`);
	return out;
}

/**
 * Why a flow's figure for a period is already in the data through a finer or fuller table, or
 * null: every month of the period inside a monthly table's coverage for that series (Comext for
 * ITA, Russian customs for RUS), or, for a full year, the partner-reported annual table.
 * @param {string} reporter @param {string} partner @param {string} flow @param {string} sector
 * @param {string} year @param {{ kind: string, from: number, to: number }} p
 */
function coveredBy(reporter, partner, flow, sector, year, p) {
	const months = monthsIn(year, p.from, p.to);
	/** @param {{ from: string, to: string } | undefined} cov */
	const inside = (cov) => cov !== undefined && months.every((m) => m >= cov.from && m <= cov.to);
	if (reporter === 'ITA') {
		return inside(monthlyCoverage.get(`${partner}|${flow}|${sector}`))
			? 'covered by the Comext monthly table'
			: null;
	}
	if (p.kind === 'A' && partnerCovered.has(`${reporter}|${partner}|${flow}|${sector}|${year}`)) {
		return 'covered by the partner-reported annual table';
	}
	return inside(partnerMonthlyCoverage.get(`${reporter}|${partner}|${flow}|${sector}`))
		? 'covered by the partner-reported monthly table'
		: null;
}

/** Line numbers of the rows left out, by reason. @type {Record<string, string[]>} */
const skipped = Object.create(null);
/** @type {string} */
let currentLine = '';
/** @param {string} reason */
function skip(reason) {
	(skipped[reason] ??= []).push(currentLine);
}
const supersededUsed = new Set();
/** @type {Record<string, string>[]} */
const fdiRows = [];
/** Figures compared with the partner-reported table (direction check). */
let mirrorChecked = 0;
const partnerByKey = new Map(
	partnerIn.map((r) => [`${r.reporter}|${r.partner_iso3}|${r.flow}|${r.sector}|${r.year}`, r])
);
/** The kept row of each reference line (for the published growth rates). @type {Map<Record<string, string>, TradeRow>} */
const keptFigure = new Map();

/**
 * A quoted figure as a trade row, or null after recording why it is left out. Turnover (flow
 * `total` → `turnover`) is decided after every flow row is in, against `flowKeys`.
 * @param {Record<string, string>} r @param {Set<string>} flowKeys
 * @returns {TradeRow | null}
 */
function figureRow(r, flowKeys) {
	const where = `trade-figures.csv line ${r.__line}`;
	currentLine = r.__line ?? '';
	const reporter = reporterOf(r.reporter, where);
	const turnover = r.flow === 'total';
	if (!turnover && r.flow !== 'export' && r.flow !== 'import') {
		throw new Error(`${where}: flow ${r.flow}`);
	}
	const flow = turnover ? 'turnover' : r.flow;
	if (!/^\d{4}$/.test(r.year)) throw new Error(`${where}: year ${r.year}`);
	const p = periodOf(r.year, r.period);
	if (!p) {
		skip('period not a year, a quarter or a January-to-month span');
		return null;
	}
	if (reporter === 'COIR') {
		skip('COIR crude register (different basis: CIF crude by grade, $1000)');
		return null;
	}
	if (reporter === null) {
		skip('publisher not attributable to a reporter');
		return null;
	}
	// Direction check: the partner's own figure quoted here must equal the partner table's figure
	// for the same flow (e.g. KAZ 2023 `import` = Kazakh exports to Italy = USD 14.83 bn).
	if (p.kind === 'A' && reporter !== 'ITA') {
		const k = `${reporter}|${r.partner_iso3}|${r.flow}|${r.sector}|${r.year}`;
		const pr = partnerByKey.get(k);
		if (
			pr &&
			/National Statistic|Bureau of National Statistics|Statistics Agency/.test(r.reporter)
		) {
			if (Math.abs(Number(pr.value) - Number(r.value)) > 1) {
				throw new Error(`${where}: ${r.value} disagrees with partner table ${pr.value}`);
			}
			mirrorChecked++;
		}
	}
	const sup = SUPERSEDED.find(
		(s) =>
			s.partner === r.partner_iso3 &&
			s.year === r.year &&
			s.flow === r.flow &&
			s.sector === r.sector &&
			s.value === r.value
	);
	if (sup) {
		if (supersededUsed.has(sup)) throw new Error(`${where}: SUPERSEDED entry matches twice`);
		supersededUsed.add(sup);
		skip('earlier vintage of a revised figure');
		return null;
	}
	if (r.sector !== 'TOTAL' && /^TOTAL\b/.test(r.sector)) {
		skip('total including services (not goods trade)');
		return null;
	}
	const sec = sectorOf(r.sector);
	if (turnover) {
		// Both flows in the data: rows of this exact period, or tables that cover it.
		/** @param {string} f */
		const flowIn = (f) =>
			flowKeys.has([p.period, r.partner_iso3, f, reporter, sec.sector].join('|')) ||
			coveredBy(reporter, r.partner_iso3, f, sec.sector, r.year, p) !== null;
		if (flowIn('export') && flowIn('import')) {
			skip('turnover where both flows are in the data');
			return null;
		}
	} else {
		const covered = coveredBy(reporter, r.partner_iso3, r.flow, r.sector, r.year, p);
		if (covered) {
			skip(covered);
			return null;
		}
	}
	if (DOUBTFUL.test(r.note)) {
		skip('reading flagged as ambiguous/uncertain in the note');
		return null;
	}
	const approximate = APPROXIMATE.test(r.note) || APPROXIMATE.test(r.reporter);
	if (approximate && !(p.kind === 'A' && r.sector === 'TOTAL')) {
		skip('approximate product, quarterly or part-year figure');
		return null;
	}
	const provisional = /provisional|preliminary/i.test(r.reporter);
	const notes = [];
	if (sec.published) notes.push(`published as "${sec.published}"`);
	if (r.note) notes.push(r.note);
	notes.push(r.source_url);
	return {
		period: p.period,
		partner: r.partner_iso3,
		flow,
		reporter,
		sector: sec.sector,
		sector_label: sec.sector_label,
		value: checkValue(r.value, where),
		currency: r.currency,
		source: `${r.reporter} — ${r.source_title}`,
		note: notes.join('; '),
		flag: approximate ? 'e' : provisional ? 'p' : ''
	};
}

// Flows first, then turnover (which needs to know which flows are in).
for (const r of figuresIn) {
	if (!r.flow.startsWith('fdi_')) continue;
	reporterOf(r.reporter, `trade-figures.csv line ${r.__line}`);
	fdiRows.push(r);
}
const tradeFigures = figuresIn.filter((r) => !r.flow.startsWith('fdi_'));
for (const r of tradeFigures.filter((f) => f.flow !== 'total')) {
	const row = figureRow(r, new Set());
	if (row) {
		trade.push(row);
		keptFigure.set(r, row);
	}
}
const flowKeys = new Set(
	trade.map((t) => [t.period, t.partner, t.flow, t.reporter, t.sector].join('|'))
);
for (const r of tradeFigures.filter((f) => f.flow === 'total')) {
	const row = figureRow(r, flowKeys);
	if (row) {
		trade.push(row);
		keptFigure.set(r, row);
	}
}
for (const s of SUPERSEDED) {
	if (!supersededUsed.has(s))
		throw new Error(`SUPERSEDED entry matched no row: ${JSON.stringify(s)}`);
}

// ---------------------------------------------------------------------------------------------
// 3b. Growth rates published with a kept figure (data/published-growth.csv)

/**
 * Every percentage in the note of a kept figure, decided one by one: a growth rate written with
 * the figure (`growth` as a fraction, `base` the period it is compared with, `quote` the wording
 * in the note that carries it), or why it is not one. Each entry must match exactly one kept
 * row, and every percentage in a kept row's note must have an entry, or the build fails.
 * @type {{ partner: string, year: string, period: string, flow: string, value: string, percent: string, growth?: string, base?: string, quote?: string, not?: string }[]}
 */
const PERCENTAGES = [
	{
		partner: 'KAZ',
		year: '2022',
		period: 'FY',
		flow: 'total',
		value: '4500000000',
		percent: '+171.7%',
		growth: '1.717',
		base: '2021',
		quote: '"4,5 miliardi di euro nel 2022", +171.7% vs 2021'
	},
	{
		partner: 'KAZ',
		year: '2024',
		period: 'Jan-Aug',
		flow: 'total',
		value: '13800000000',
		percent: '33%',
		growth: '0.33',
		base: '2023-01..2023-08',
		quote:
			'"un incremento del 33% negli scambi tra i due paesi, per un totale di 13,8 miliardi di dollari"'
	},
	{
		partner: 'KAZ',
		year: '2024',
		period: 'Jan-Aug',
		flow: 'total',
		value: '13800000000',
		percent: '+7.8%',
		not: 'the growth of the 2023 turnover, whose row is not kept (both flows in the partner table)'
	},
	{
		partner: 'KAZ',
		year: '2024',
		period: 'Jan-Aug',
		flow: 'import',
		value: '12900000000',
		percent: '36%',
		growth: '0.36',
		base: '2023-01..2023-08',
		quote:
			'"una crescita delle esportazioni kazake del 36% (che ammontano a 12,9 miliardi di dollari)"'
	},
	{
		partner: 'KAZ',
		year: '2024',
		period: 'FY',
		flow: 'total',
		value: '20000000000',
		percent: '+24%',
		not: 'quoted by another publication (shim.kz), not with this figure'
	},
	{
		partner: 'KAZ',
		year: '2021',
		period: 'FY',
		flow: 'import',
		value: '1183000000',
		percent: '67%',
		not: 'a share, not a growth rate'
	},
	{
		partner: 'RUS',
		year: '2021',
		period: 'FY',
		flow: 'import',
		value: '7726000000',
		percent: '55.3%',
		not: 'a share, not a growth rate'
	},
	{
		partner: 'TJK',
		year: '2023',
		period: 'FY',
		flow: 'import',
		value: '15000000',
		percent: '+12.5%',
		not: 'the growth of the turnover, not of this figure (no turnover row: both flows are in)'
	}
];
/** @param {(typeof PERCENTAGES)[number]} e @param {Record<string, string>} r */
const isRowOf = (e, r) =>
	e.partner === r.partner_iso3 &&
	e.year === r.year &&
	e.period === r.period &&
	e.flow === r.flow &&
	e.value === r.value;
/** @type {string[][]} */
const growthRows = [];
for (const e of PERCENTAGES) {
	const found = [...keptFigure.keys()].filter((r) => isRowOf(e, r));
	if (found.length !== 1) {
		throw new Error(`PERCENTAGES entry matches ${found.length} kept rows: ${JSON.stringify(e)}`);
	}
	const r = /** @type {Record<string, string>} */ (found[0]);
	const t = /** @type {TradeRow} */ (keptFigure.get(r));
	const where = `trade-figures.csv line ${r.__line}`;
	if (!r.note.includes(e.percent)) throw new Error(`${where}: note has no ${e.percent}`);
	if (e.not !== undefined) continue;
	const { growth = '', base = '', quote = '' } = e;
	if (!r.note.includes(quote) || !quote.includes(e.percent.replace(/^\+/, ''))) {
		throw new Error(`${where}: the quote is not the note's wording of ${e.percent}`);
	}
	// The fraction is the percentage as written, moved two places (checked, not computed).
	const pct = Number(e.percent.replace(/[+%]/g, ''));
	if (!/^-?\d+(\.\d+)?$/.test(growth) || Math.abs(Number(growth) * 100 - pct) > 1e-9) {
		throw new Error(`${where}: growth ${growth} is not ${e.percent}`);
	}
	// The base is the same span of an earlier year.
	const bp = periodOf(base.slice(0, 4), r.period);
	if (!bp || bp.period !== base || base >= t.period) {
		throw new Error(`${where}: base ${base} is not the same span of an earlier year`);
	}
	growthRows.push([
		t.period,
		t.partner,
		t.flow,
		t.reporter,
		t.sector,
		t.currency,
		growth,
		base,
		t.source,
		quote
	]);
}
growthRows.sort((a, b) => {
	for (const i of [1, 2, 3, 4, 0]) {
		const c = cmp(a[i] ?? '', b[i] ?? '');
		if (c !== 0) return c;
	}
	return 0;
});
for (const [r, t] of keptFigure) {
	for (const pct of r.note.match(/[+-]?\d+(?:\.\d+)?%/g) ?? []) {
		if (!PERCENTAGES.some((e) => isRowOf(e, r) && e.percent === pct)) {
			throw new Error(
				`trade-figures.csv line ${r.__line} (${t.period} ${t.partner} ${t.flow}): ${pct} in the note: add it to PERCENTAGES`
			);
		}
	}
}

// ---------------------------------------------------------------------------------------------
// Checks on the whole trade table

/** Same group slug must always carry the same label. */
const labels = new Map();
for (const t of trade) {
	if (!t.sector.startsWith('grp:')) continue;
	const l = labels.get(t.sector);
	if (l !== undefined && l !== t.sector_label) {
		throw new Error(`group ${t.sector} has two labels: "${l}" and "${t.sector_label}"`);
	}
	labels.set(t.sector, t.sector_label);
}

const keys = new Set();
for (const t of trade) {
	const k = [t.period, t.partner, t.flow, t.reporter, t.sector, t.currency].join('|');
	if (keys.has(k)) throw new Error(`duplicate trade key ${k}`);
	keys.add(k);
	if (!t.source || !t.currency) throw new Error(`row without source or currency: ${k}`);
}

const ORDER = /** @type {const} */ (['partner', 'flow', 'reporter', 'sector', 'period']);
trade.sort((a, b) => {
	for (const f of ORDER) {
		const c = cmp(a[f], b[f]);
		if (c !== 0) return c;
	}
	return cmp(a.currency, b.currency);
});

// ---------------------------------------------------------------------------------------------
// Investment rows (fdi_* in trade-figures.csv), as reported

const investment = fdiRows.map((r) => {
	const where = `trade-figures.csv line ${r.__line}`;
	const host = r.partner_iso3;
	const cumulative = /cumulative/i.test(r.period);
	const measure =
		r.flow === 'fdi_stock'
			? 'stock'
			: cumulative
				? 'cumulative'
				: r.flow === 'fdi_flow'
					? 'flow'
					: null;
	if (!measure) throw new Error(`${where}: unknown investment flow ${r.flow}`);
	if (!/^\d{4}$/.test(r.year)) throw new Error(`${where}: year ${r.year}`);
	// The period column is the end year (sortable); the note keeps the period as published.
	const periodText =
		r.period === 'FY' ? '' : `period: ${r.period}${r.period.includes(r.year) ? '' : ` ${r.year}`}`;
	return [
		r.year,
		'ITA',
		host,
		measure,
		sectorOf(r.sector).sector,
		checkValue(r.value, where),
		r.currency,
		`${r.reporter} — ${r.source_title}`,
		[periodText, r.note, r.source_url].filter(Boolean).join('; ')
	];
});
investment.sort((a, b) => {
	for (const i of [2, 3, 0, 6, 5]) {
		const c = cmp(a[i] ?? '', b[i] ?? '');
		if (c !== 0) return c;
	}
	return 0;
});

// ---------------------------------------------------------------------------------------------
// Events and ECB rates: copied as they are, after checking their shape

/** @param {string} name @param {string[]} header */
function copyTable(name, header) {
	const { rows, text } = readCsv(name, header);
	const lf = text.replace(/\r\n/g, '\n');
	return { rows, text: lf.endsWith('\n') ? lf : `${lf}\n` };
}
const events = copyTable('events.csv', [
	'date',
	'precision',
	'countries',
	'type',
	'title_en',
	'title_it',
	'source'
]);
const ratesA = copyTable('eur-usd-annual.csv', ['year', 'usd_per_eur', 'trading_days', 'source']);
const ratesM = copyTable('eur-usd-monthly.csv', [
	'period',
	'usd_per_eur',
	'trading_days',
	'source'
]);

// ---------------------------------------------------------------------------------------------
// Output

mkdirSync(outDir, { recursive: true });
const tradeCsv = toCsv(
	TRADE_HEADER,
	trade.map((t) => TRADE_HEADER.map((h) => t[/** @type {keyof TradeRow} */ (h)]))
);
writeFileSync(resolve(outDir, 'trade.csv'), tradeCsv);
writeFileSync(resolve(outDir, 'published-growth.csv'), toCsv(GROWTH_HEADER, growthRows));
writeFileSync(resolve(outDir, 'investment.csv'), toCsv(INVESTMENT_HEADER, investment));
writeFileSync(resolve(outDir, 'events.csv'), events.text);
writeFileSync(resolve(outDir, 'eur-usd-annual.csv'), ratesA.text);
writeFileSync(resolve(outDir, 'eur-usd-monthly.csv'), ratesM.text);

/** @type {Record<string, number>} */
const counts = Object.create(null);
for (const t of trade) {
	const freq =
		t.period.length === 4
			? 'A'
			: t.period.includes('Q')
				? 'Q'
				: t.period.includes('..')
					? 'C'
					: 'M';
	const k = `${t.reporter} ${t.partner} ${t.flow} ${freq}`;
	counts[k] = (counts[k] ?? 0) + 1;
}
console.log(`reference: ${refDir}`);
console.log(`Russian customs extract: ${rusFcsRows} monthly rows from ${rusFcsDir}`);
console.log(
	`trade.csv ${trade.length} rows, published-growth.csv ${growthRows.length}, ` +
		`investment.csv ${investment.length}, events.csv ${events.rows.length}, ` +
		`eur-usd-annual.csv ${ratesA.rows.length}, eur-usd-monthly.csv ${ratesM.rows.length}`
);
for (const k of Object.keys(counts).sort(cmp)) console.log(`  ${k}: ${counts[k]}`);
console.log(
	`trade-figures.csv: partner figures checked against the partner table: ${mirrorChecked}`
);
for (const k of Object.keys(skipped).sort(cmp)) {
	const lines = skipped[k] ?? [];
	lines.sort((a, b) => Number(a) - Number(b));
	console.log(`  left out (${k}): ${lines.length} rows, lines ${lines.join(' ')}`);
}
