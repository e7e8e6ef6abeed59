// Builds the bundled default data (feature D1) from the reference tables in shared/reference.
//
//   node scripts/build-data.mjs [path-to-shared-reference]   (default: ../shared/reference)
//
// Writes data/trade.csv, data/investment.csv, data/events.csv, data/eur-usd-annual.csv and
// data/eur-usd-monthly.csv. Real figures only: every value is copied verbatim from a source row,
// nothing is summed, interpolated or filled in. Deterministic: same input, byte-identical output.
// The rules are documented in data/README.md.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const refDir = resolve(process.argv[2] ?? resolve(projectRoot, '../shared/reference'));
const outDir = resolve(projectRoot, 'data');

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
 * @returns {{ rows: Record<string, string>[], text: string }}
 */
function readCsv(name, expectedHeader) {
	const text = readFileSync(resolve(refDir, name), 'utf8').replace(/^\uFEFF/, '');
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
const DOUBTFUL = /ambiguous|uncertain|unresolved|use with caution|mislabelled|inconsistent/i;

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

/** Months (YYYY-MM) of an annual or quarterly period. @param {string} year @param {number | null} q */
function monthsOf(year, q) {
	const first = q ? (q - 1) * 3 + 1 : 1;
	const last = q ? q * 3 : 12;
	const out = [];
	for (let m = first; m <= last; m++) out.push(`${year}-${String(m).padStart(2, '0')}`);
	return out;
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

for (const r of figuresIn) {
	const where = `trade-figures.csv line ${r.__line}`;
	currentLine = r.__line ?? '';
	const reporter = reporterOf(r.reporter, where);
	if (r.flow.startsWith('fdi_')) {
		fdiRows.push(r);
		continue;
	}
	if (r.flow === 'total') {
		skip('turnover (flow total): derived from the two flows');
		continue;
	}
	if (r.flow !== 'export' && r.flow !== 'import') throw new Error(`${where}: flow ${r.flow}`);
	const q = /^Q([1-4])$/.exec(r.period);
	if (r.period !== 'FY' && !q) {
		skip('partial period (H1, Jan-Aug, ...): not a year or a quarter');
		continue;
	}
	if (reporter === 'COIR') {
		skip('COIR crude register (different basis: CIF crude by grade, $1000)');
		continue;
	}
	if (reporter === null) {
		skip('publisher not attributable to a reporter');
		continue;
	}
	// Direction check: the partner's own figure quoted here must equal the partner table's figure
	// for the same flow (e.g. KAZ 2023 `import` = Kazakh exports to Italy = USD 14.83 bn).
	if (r.period === 'FY' && reporter !== 'ITA') {
		const p = partnerByKey.get(`${reporter}|${r.partner_iso3}|${r.flow}|${r.sector}|${r.year}`);
		if (
			p &&
			/National Statistic|Bureau of National Statistics|Statistics Agency/.test(r.reporter)
		) {
			if (Math.abs(Number(p.value) - Number(r.value)) > 1) {
				throw new Error(`${where}: ${r.value} disagrees with partner table ${p.value}`);
			}
			mirrorChecked++;
		}
	}
	if (!/^\d{4}$/.test(r.year)) throw new Error(`${where}: year ${r.year}`);
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
		continue;
	}
	const quarter = q ? Number(q[1]) : null;
	const period = quarter ? `${r.year}-Q${quarter}` : r.year;
	if (reporter === 'ITA') {
		const cov = monthlyCoverage.get(`${r.partner_iso3}|${r.flow}|${r.sector}`);
		if (cov && monthsOf(r.year, quarter).every((m) => m >= cov.from && m <= cov.to)) {
			skip('covered by the Comext monthly table');
			continue;
		}
	} else if (partnerCovered.has(`${reporter}|${r.partner_iso3}|${r.flow}|${r.sector}|${r.year}`)) {
		skip('covered by the partner-reported annual table');
		continue;
	}
	if (DOUBTFUL.test(r.note)) {
		skip('reading flagged as ambiguous/uncertain in the note');
		continue;
	}
	const approximate = APPROXIMATE.test(r.note) || APPROXIMATE.test(r.reporter);
	if (approximate && !(r.period === 'FY' && r.sector === 'TOTAL')) {
		skip('approximate product or quarterly figure');
		continue;
	}
	const provisional = /provisional|preliminary/i.test(r.reporter);
	const sec = sectorOf(r.sector);
	const notes = [];
	if (sec.published) notes.push(`published as "${sec.published}"`);
	if (r.note) notes.push(r.note);
	notes.push(r.source_url);
	trade.push({
		period,
		partner: r.partner_iso3,
		flow: r.flow,
		reporter,
		sector: sec.sector,
		sector_label: sec.sector_label,
		value: checkValue(r.value, where),
		currency: r.currency,
		source: `${r.reporter} — ${r.source_title}`,
		note: notes.join('; '),
		flag: approximate ? 'e' : provisional ? 'p' : ''
	});
}
for (const s of SUPERSEDED) {
	if (!supersededUsed.has(s))
		throw new Error(`SUPERSEDED entry matched no row: ${JSON.stringify(s)}`);
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
writeFileSync(resolve(outDir, 'investment.csv'), toCsv(INVESTMENT_HEADER, investment));
writeFileSync(resolve(outDir, 'events.csv'), events.text);
writeFileSync(resolve(outDir, 'eur-usd-annual.csv'), ratesA.text);
writeFileSync(resolve(outDir, 'eur-usd-monthly.csv'), ratesM.text);

/** @type {Record<string, number>} */
const counts = Object.create(null);
for (const t of trade) {
	const freq = t.period.length === 4 ? 'A' : t.period.includes('Q') ? 'Q' : 'M';
	const k = `${t.reporter} ${t.partner} ${t.flow} ${freq}`;
	counts[k] = (counts[k] ?? 0) + 1;
}
console.log(`reference: ${refDir}`);
console.log(
	`trade.csv ${trade.length} rows, investment.csv ${investment.length}, events.csv ${events.rows.length}, ` +
		`eur-usd-annual.csv ${ratesA.rows.length}, eur-usd-monthly.csv ${ratesM.rows.length}`
);
for (const k of Object.keys(counts).sort(cmp)) console.log(`  ${k}: ${counts[k]}`);
console.log(
	`trade-figures.csv: partner figures checked against the partner table: ${mirrorChecked}`
);
for (const k of Object.keys(skipped).sort(cmp)) {
	const lines = skipped[k] ?? [];
	console.log(`  left out (${k}): ${lines.length} rows, lines ${lines.join(' ')}`);
}
