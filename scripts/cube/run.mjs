/**
 * Runs scripts/cube/comext-to-template.sql with DuckDB over Comext bulk files and writes our
 * template CSV. `runCube` is what `npm run cube` calls (scripts/cube/cube.mjs) and what the test
 * calls (scripts/cube/cube.test.ts).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import Papa from 'papaparse';
import { CubeInputError, inspectFile, readFileSql } from './inputs.mjs';
import { DEFAULT_PARTNERS, partnerRows } from './partners.mjs';

const SQL_FILE = fileURLToPath(new URL('./comext-to-template.sql', import.meta.url));

/** The template's columns, in its order (docs/DATA_FORMAT.md §1). */
export const TEMPLATE_COLUMNS = [
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

/** Why rows were left out, in words (the SQL's reason codes). */
export const DROP_REASONS = {
	'reporter-not-italy': 'reporter is not Italy (IT)',
	'partner-not-selected': 'partner not among those selected',
	'flow-not-1-or-2': 'FLOW is not 1 (import) or 2 (export)',
	'product-not-cn8':
		'PRODUCT_NC is not an 8-character CN code (a total or aggregate row: not summed)',
	'trade-type-not-i-or-e': 'TRADE_TYPE is not I or E (not a part: not summed)',
	'procedure-not-a-part': 'STAT_PROCEDURE is not a procedure code (not a part: not summed)',
	'invalid-period': 'PERIOD is not YYYYMM or YYYY52',
	'invalid-value': 'VALUE_EUR is empty or not a number'
};

const quote = (text) => `'${String(text).replaceAll("'", "''")}'`;

/**
 * DuckDB's message for a malformed line (it names the file, the line, the reason and lists
 * parser options) → one sentence: `full_202403.dat, line 7: Expected Number of Columns: 18
 * Found: 19 ("IT,KZ,...")`.
 */
export function describeReadError(message) {
	const lines = message.split('\n');
	const line = /CSV Error on Line: (\d+)/.exec(message)?.[1];
	const file = /^\s*file = (.+)$/m.exec(message)?.[1]?.trim();
	if (!line || !file) return `reading the bulk files failed: ${lines[0]}`;
	const original = lines.find((l) => l.startsWith('Original Line: '))?.slice(15) ?? '';
	const reason =
		lines.slice(1).find((l) => l.trim() && !/^(Original Line|Possible fixes|\s|\*)/.test(l)) ??
		lines[0];
	const shown = original.length > 120 ? `${original.slice(0, 119)}…` : original;
	return `${basename(file)}, line ${line}: ${reason.trim()}${shown ? ` ("${shown}")` : ''}`;
}

async function rows(connection, sql) {
	return (await connection.runAndReadAll(sql)).getRowObjectsJS();
}

/**
 * Aggregates the bulk files to the template and writes it to `out` (when given).
 *
 * @param {{ files: string[], out?: string, partners?: string[], threads?: number }} options
 * @returns the template rows and the counts: rows in, rows out, rows left out by reason and
 *   file, repeated keys (counted once), time in ms
 */
export async function runCube({ files, out, partners = DEFAULT_PARTNERS, threads }) {
	const started = performance.now();
	if (!files.length) throw new CubeInputError('no input file: npm run cube -- <files...>');
	const seen = new Set();
	const inspected = [];
	for (const path of files) {
		const file = await inspectFile(path);
		if (seen.has(file.name)) {
			throw new CubeInputError(`${file.name} is given twice: pass each file once`);
		}
		seen.add(file.name);
		inspected.push(file);
	}
	const partnerTable = partnerRows(partners);

	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	try {
		if (threads) await connection.run(`SET threads = ${Number(threads)}`);
		await connection.run(
			`CREATE TEMP TABLE cube_partners AS SELECT * FROM (VALUES ${partnerTable
				.map((p) => `(${quote(p.iso2)}, ${quote(p.iso3)})`)
				.join(', ')}) AS t(iso2, iso3)`
		);
		await connection.run(
			`CREATE TEMP VIEW comext_bulk AS ${inspected.map(readFileSql).join(' UNION ALL ')}`
		);
		try {
			await connection.run(await readFile(SQL_FILE, 'utf8'));
		} catch (e) {
			throw new CubeInputError(describeReadError(e.message));
		}

		const overlaps = await rows(connection, 'SELECT * FROM cube_overlaps ORDER BY period LIMIT 5');
		if (overlaps.length) {
			throw new CubeInputError(
				`the same period is in more than one file (${overlaps
					.map((o) => `${o.period}: ${o.files}`)
					.join('; ')}): pass each period once (one vintage of each monthly or annual file)`
			);
		}
		const conflicts = await rows(
			connection,
			'SELECT * FROM cube_conflicts ORDER BY period, partner, flow, product_nc LIMIT 5'
		);
		if (conflicts.length) {
			throw new CubeInputError(
				`${conflicts[0].source_file}: one bulk key holds two values (${conflicts
					.map(
						(c) =>
							`partner ${c.partner}, flow ${c.flow}, CN8 ${c.product_nc}, procedure ${c.stat_procedure}, ` +
							`period ${c.period}: ${c.value} and ${c.value_max}`
					)
					.join('; ')}): nothing written`
			);
		}

		const [counts] = await rows(
			connection,
			`SELECT
				(SELECT coalesce(sum(n_rows), 0) FROM cube_triage) AS rows_in,
				(SELECT coalesce(sum(n_rows), 0) FROM cube_kept) AS rows_kept,
				(SELECT coalesce(sum(n_rows - 1), 0) FROM cube_cn8 WHERE n_rows > 1) AS repeats`
		);
		const dropped = (
			await rows(connection, 'SELECT * FROM cube_dropped ORDER BY n_rows DESC, reason, source_file')
		).map((d) => ({
			reason: d.reason,
			text: DROP_REASONS[d.reason] ?? d.reason,
			file: d.source_file,
			rows: Number(d.n_rows),
			example: d.example
		}));
		const template = await rows(
			connection,
			`SELECT ${TEMPLATE_COLUMNS.join(', ')} FROM cube_template
			 ORDER BY partner, flow, sector <> 'TOTAL', sector, length(period), period`
		);
		if (!template.length) {
			throw new CubeInputError(
				`no row with reporter IT, partners ${partnerTable.map((p) => p.iso2).join(' ')}, ` +
					`flow 1 or 2 and a valid period and value in these files: nothing written. Left out: ` +
					dropped
						.map((d) => `${d.file}: ${d.rows} rows, ${d.text} (e.g. "${d.example}")`)
						.join('; ')
			);
		}
		const csv = Papa.unparse(
			{ fields: TEMPLATE_COLUMNS, data: template.map((r) => TEMPLATE_COLUMNS.map((c) => r[c])) },
			// Every text cell is ours and starts with a letter or a digit: nothing to protect.
			{ newline: '\n', quotes: false, escapeFormulae: false }
		);
		if (out) await writeFile(out, `${csv}\n`);
		return {
			files: inspected.map((f) => ({ name: f.name, layout: f.layout, gzip: f.gzip })),
			rowsIn: Number(counts.rows_in),
			rowsKept: Number(counts.rows_kept),
			repeats: Number(counts.repeats),
			rowsOut: template.length,
			dropped,
			template,
			csv,
			ms: performance.now() - started
		};
	} finally {
		connection.closeSync();
		instance.closeSync();
	}
}
