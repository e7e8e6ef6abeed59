#!/usr/bin/env node
/**
 * Writes SYNTHETIC Comext bulk files (full_v2 header) of a realistic size, to time `npm run cube`
 * (docs/SCALE.md). Every value is made up: never use these files as data.
 *
 * node scripts/cube/synthetic.mjs --rows 3400000 --months 202301,202302,202303 --dir /tmp/bulk
 *
 * Each month gets its own file, `full_synthetic_YYYYMM.dat`, with --rows rows: 27 EU reporters,
 * 240 partners, 9,500 CN8 codes (1 in 100 confidential, with letters), both flows, four
 * statistical procedures. Each row's key (reporter, partner, CN8, flow, procedure) is distinct,
 * drawn by a bijection of the row number, so rows spread over every reporter and partner the way
 * a real file's do and no key repeats.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import countries from 'i18n-iso-countries';
import { DuckDBInstance } from '@duckdb/node-api';

const EU = 'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(
	' '
);
const REPORTERS = EU.length;
const PARTNER_CODES = Object.keys(countries.getAlpha2Codes())
	.filter((c) => c !== 'IT')
	.slice(0, 240);
const CODES = 9500;
/** Keys per month: reporter × partner × CN8 × flow × procedure. */
const KEYS = REPORTERS * PARTNER_CODES.length * CODES * 2 * 4;
/** Coprime with KEYS (which has the prime factors 2, 3, 5, 19): i → i·STEP mod KEYS is a bijection. */
const STEP = 1_000_000_007n;

function parseArgs(argv) {
	const o = { rows: 3_400_000, months: ['202301'], dir: '.' };
	for (let i = 0; i < argv.length; i += 2) {
		const [k, v] = [argv[i], argv[i + 1]];
		if (k === '--rows') o.rows = Number(v);
		else if (k === '--months') o.months = v.split(',');
		else if (k === '--dir') o.dir = v;
		else throw new Error(`unknown option ${k}`);
	}
	if (!(o.rows > 0 && o.rows <= KEYS)) throw new Error(`--rows must be 1..${KEYS}`);
	return o;
}

const list = (xs) => `[${xs.map((x) => `'${x}'`).join(', ')}]`;

function monthSql(rows, month, path) {
	return `COPY (
	WITH ids AS (SELECT i, (i * ${STEP}) % ${KEYS} AS j FROM range(${rows}) AS t(i)),
	dims AS (
		SELECT
			i,
			j % ${REPORTERS} AS r,
			(j // ${REPORTERS}) % ${PARTNER_CODES.length} AS p,
			(j // ${REPORTERS * PARTNER_CODES.length}) % ${CODES} AS c,
			(j // ${REPORTERS * PARTNER_CODES.length * CODES}) % 2 AS f,
			(j // ${REPORTERS * PARTNER_CODES.length * CODES * 2}) % 4 AS s
		FROM ids
	),
	coded AS (
		SELECT
			*,
			${list(EU)}[r + 1] AS reporter,
			${list(PARTNER_CODES)}[p + 1] AS partner,
			lpad(CAST(1 + c % 97 AS VARCHAR), 2, '0') AS chapter,
			hash(i, ${month}) AS h
		FROM dims
	)
	SELECT
		reporter AS REPORTER,
		partner AS PARTNER,
		CASE WHEN list_contains(${list(EU)}, partner) THEN 'I' ELSE 'E' END AS TRADE_TYPE,
		CASE WHEN c % 100 = 0 THEN chapter || 'SSS000'
			ELSE chapter || lpad(CAST((c * 7919) % 1000000 AS VARCHAR), 6, '0') END AS PRODUCT_NC,
		lpad(CAST(c % 100000 AS VARCHAR), 5, '0') AS PRODUCT_SITC,
		lpad(CAST(c % 10000 AS VARCHAR), 4, '0') AS PRODUCT_CPA21,
		lpad(CAST(c % 10000 AS VARCHAR), 4, '0') AS PRODUCT_CPA22,
		CAST(11 + c % 60 AS VARCHAR) AS PRODUCT_BEC,
		CAST(111 + c % 600 AS VARCHAR) AS PRODUCT_BEC5,
		lpad(CAST(1 + c % 21 AS VARCHAR), 2, '0') AS PRODUCT_SECTION,
		CAST(1 + f AS VARCHAR) AS FLOW,
		${list(['1', '2', '3', '9'])}[s + 1] AS STAT_PROCEDURE,
		CASE WHEN c % 3 = 0 THEN 'p/st' ELSE 'NO_SU' END AS SUPPL_UNIT,
		'${month}' AS PERIOD,
		CAST(1 + h % 50000000 AS VARCHAR) AS VALUE_EUR,
		CAST(1 + h % 50000000 AS VARCHAR) AS VALUE_NAC,
		CAST(h % 9000000 AS VARCHAR) AS QUANTITY_KG,
		CAST(CASE WHEN c % 3 = 0 THEN h % 100000 ELSE 0 END AS VARCHAR) AS QUANTITY_SUPPL_UNIT
	FROM coded
) TO '${path}' (FORMAT csv, HEADER, DELIMITER ',', QUOTE '')`;
}

const options = parseArgs(process.argv.slice(2));
await mkdir(options.dir, { recursive: true });
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
for (const month of options.months) {
	if (!/^\d{4}(0[1-9]|1[0-2]|52)$/.test(month)) throw new Error(`--months: ${month} is not YYYYMM`);
	const path = join(options.dir, `full_synthetic_${month}.dat`);
	const started = performance.now();
	await connection.run(monthSql(options.rows, month, path));
	console.log(
		`${path}: ${options.rows.toLocaleString('en-GB')} synthetic rows in ${((performance.now() - started) / 1000).toFixed(1)} s`
	);
}
connection.closeSync();
instance.closeSync();
