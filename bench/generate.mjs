// Seeded synthetic trade CSVs for the benchmark (bench/run.mjs). SYNTHETIC DATA: every value is
// random; the files only have the shape of a Eurostat Comext bulk extract (monthly, HS6 product
// codes as zero-padded strings, values in euro), so that the dashboard's importer recognises them.
//
// Shape: REPORTER,PARTNER,TRADE_TYPE,PRODUCT_NC,FLOW,STAT_PROCEDURE,PERIOD,VALUE_EUR,QUANTITY_KG
//   - REPORTER is always IT; PARTNER one of ~250 ISO2 codes; 20 % of the rows go to the seven
//     partners the dashboard shows (KZ UZ KG TJ TM RU AZ), the rest spread over the world.
//   - PRODUCT_NC one of 5 000 HS6 codes (about 1 in 10 starts with 0: kept as text).
//   - FLOW 1 (import) / 2 (export); PERIOD 2021-01 … 2023-12 as YYYYMM; VALUE_EUR an integer.
import { createRequire } from 'node:module';
import {
	closeSync,
	existsSync,
	openSync,
	readFileSync,
	statSync,
	writeFileSync,
	writeSync
} from 'node:fs';

const require = createRequire(import.meta.url);

export const HEADER =
	'REPORTER,PARTNER,TRADE_TYPE,PRODUCT_NC,FLOW,STAT_PROCEDURE,PERIOD,VALUE_EUR,QUANTITY_KG';
export const GENERATOR_VERSION = 2;

/** mulberry32: small, fast, seeded. */
export function rng(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const FOCUS = ['KZ', 'UZ', 'KG', 'TJ', 'TM', 'RU', 'AZ'];

function partnerList() {
	const iso = require('i18n-iso-countries');
	return Object.keys(iso.getAlpha2Codes()).filter((c) => c !== 'IT' && !FOCUS.includes(c));
}

function productCodes(random, count = 5000) {
	const set = new Set();
	while (set.size < count) {
		const chapter = 1 + Math.floor(random() * 97);
		const rest = Math.floor(random() * 10000);
		set.add(String(chapter).padStart(2, '0') + String(rest).padStart(4, '0'));
	}
	return [...set];
}

const PERIODS = [];
for (let y = 2021; y <= 2023; y++)
	for (let m = 1; m <= 12; m++) PERIODS.push(`${y}${String(m).padStart(2, '0')}`);

/**
 * Writes `rows` data rows (or rows until `bytes` is reached) to `path`, with a sidecar
 * `<path>.json` holding the checks every parser must pass (row count, value sum, rows whose
 * product code starts with 0). Reuses an existing file made with the same parameters.
 */
export function generate(path, { rows = Infinity, bytes = Infinity, seed = 20240501 } = {}) {
	const metaPath = `${path}.json`;
	if (existsSync(path) && existsSync(metaPath)) {
		const meta = JSON.parse(readFileSync(metaPath, 'utf8'));
		if (
			meta.version === GENERATOR_VERSION &&
			meta.seed === seed &&
			meta.requested.rows === (Number.isFinite(rows) ? rows : null) &&
			meta.requested.bytes === (Number.isFinite(bytes) ? bytes : null) &&
			statSync(path).size === meta.bytes
		)
			return meta;
	}
	const random = rng(seed);
	const partners = partnerList();
	const products = productCodes(random);
	const fd = openSync(path, 'w');
	let written = 0;
	let buffer = HEADER + '\n';
	let count = 0;
	let sum = 0;
	let leadingZero = 0;
	let periodIndex = 0;
	const perPeriod = Number.isFinite(rows) ? Math.ceil(rows / PERIODS.length) : null;
	// One figure per cell, as in a real extract (the importer reports a repeated cell and keeps
	// one figure, so repeats would make the row count and sum checks differ between loaders).
	const seen = new Set();
	while (count < rows) {
		if (Number.isFinite(bytes) && written + buffer.length >= bytes - 64) break;
		const partner =
			random() < 0.2
				? FOCUS[Math.floor(random() * FOCUS.length)]
				: partners[Math.floor(random() * partners.length)];
		const product = products[Math.floor(random() * products.length)];
		const flow = random() < 0.5 ? '1' : '2';
		// Periods advance in blocks, as in a real extract sorted by period.
		const period = PERIODS[Math.min(PERIODS.length - 1, periodIndex)];
		const cell = `${period}|${partner}|${product}|${flow}`;
		if (seen.has(cell)) continue;
		seen.add(cell);
		const value = Math.floor(Math.exp(random() * 16));
		const kg = Math.floor(value / (1 + random() * 20));
		buffer += `IT,${partner},E,${product},${flow},1,${period},${value},${kg}\n`;
		count++;
		sum += value;
		if (product.charCodeAt(0) === 48) leadingZero++;
		if (perPeriod ? count % perPeriod === 0 : count % 80000 === 0)
			periodIndex = (periodIndex + 1) % PERIODS.length;
		if (buffer.length > 1 << 20) {
			written += writeSync(fd, buffer);
			buffer = '';
		}
	}
	written += writeSync(fd, buffer);
	closeSync(fd);
	const meta = {
		version: GENERATOR_VERSION,
		synthetic: true,
		seed,
		requested: {
			rows: Number.isFinite(rows) ? rows : null,
			bytes: Number.isFinite(bytes) ? bytes : null
		},
		rows: count,
		bytes: written,
		sum,
		leadingZero,
		header: HEADER
	};
	writeFileSync(metaPath, JSON.stringify(meta, null, 2));
	return meta;
}
