/**
 * The files given to `npm run cube`: which Comext bulk layout each one has (full_v2 or legacy),
 * read from its header line, and the SQL that reads it as the `comext_bulk` columns the
 * aggregation expects (scripts/cube/comext-to-template.sql).
 */
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { createGunzip } from 'node:zlib';
import { createReadStream } from 'node:fs';

/** A problem with the input the user can fix: printed as is, without a stack trace. */
export class CubeInputError extends Error {}

/** The columns the aggregation reads, in the full_v2 names, and where each layout holds them. */
export const LAYOUTS = {
	v2: {
		label: 'Comext bulk full_v2',
		columns: {
			REPORTER: 'REPORTER',
			PARTNER: 'PARTNER',
			TRADE_TYPE: 'TRADE_TYPE',
			PRODUCT_NC: 'PRODUCT_NC',
			FLOW: 'FLOW',
			STAT_PROCEDURE: 'STAT_PROCEDURE',
			PERIOD: 'PERIOD',
			VALUE_EUR: 'VALUE_EUR'
		}
	},
	legacy: {
		label: 'Comext bulk (legacy header)',
		columns: {
			REPORTER: 'DECLARANT_ISO',
			PARTNER: 'PARTNER_ISO',
			TRADE_TYPE: 'TRADE_TYPE',
			PRODUCT_NC: 'PRODUCT_NC',
			FLOW: 'FLOW',
			STAT_PROCEDURE: 'STAT_REGIME',
			PERIOD: 'PERIOD',
			VALUE_EUR: 'VALUE_IN_EUROS'
		}
	}
};

const ARCHIVES = [
	{ magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], kind: '7z' },
	{ magic: [0x50, 0x4b, 0x03, 0x04], kind: 'zip' },
	{ magic: [0x42, 0x5a, 0x68], kind: 'bzip2' },
	{ magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], kind: 'xz' }
];

const startsWith = (bytes, magic) => magic.every((b, i) => bytes[i] === b);

async function firstBytes(path, n) {
	let handle;
	try {
		handle = await open(path, 'r');
	} catch (e) {
		throw new CubeInputError(`${path}: cannot open (${e.code ?? e.message})`);
	}
	try {
		const buf = Buffer.alloc(n);
		const { bytesRead } = await handle.read(buf, 0, n, 0);
		return buf.subarray(0, bytesRead);
	} finally {
		await handle.close();
	}
}

/** The first line of a plain or gzip file (at most 64 KB of it). */
async function headerLine(path, gzip) {
	const stream = gzip ? createReadStream(path).pipe(createGunzip()) : createReadStream(path);
	let text = '';
	try {
		for await (const chunk of stream) {
			text += chunk.toString('latin1');
			const end = text.search(/\r?\n/);
			if (end !== -1) return text.slice(0, end);
			if (text.length > 65536) break;
		}
	} catch (e) {
		throw new CubeInputError(`${path}: cannot read (${e.code ?? e.message})`);
	} finally {
		stream.destroy();
	}
	return text;
}

/**
 * What a file is: its layout, whether it is gzip, and its header. Archives DuckDB cannot read
 * (7z, as Eurostat ships the bulk files, zip, bzip2, xz) and non-Comext headers are refused with
 * what to do.
 */
export async function inspectFile(path) {
	const head = await firstBytes(path, 8);
	const name = basename(path);
	const archive = ARCHIVES.find((a) => startsWith(head, a.magic));
	if (archive || /\.(7z|zip|bz2|xz)$/i.test(name)) {
		const kind = archive?.kind ?? name.split('.').pop();
		throw new CubeInputError(
			`${name}: this is a ${kind} archive, which DuckDB cannot read. Extract the .dat file first ` +
				`(for Eurostat's bulk files: 7z x ${name}) and pass it, or gzip it (gzip full_YYYYMM.dat) ` +
				`and pass the .dat.gz.`
		);
	}
	if (head.length === 0) throw new CubeInputError(`${name}: the file is empty`);
	const gzip = head[0] === 0x1f && head[1] === 0x8b;
	const header = (await headerLine(path, gzip)).replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '');
	const names = header.split(',').map((h) => h.trim().replace(/^"|"$/g, '').toUpperCase());
	for (const [layout, { columns }] of Object.entries(LAYOUTS)) {
		if (Object.values(columns).every((c) => names.includes(c))) {
			return { path, name, gzip, layout, names };
		}
	}
	throw new CubeInputError(
		`${name}, line 1: not a Comext bulk header. Expected the full_v2 header (REPORTER, PARTNER, ` +
			`TRADE_TYPE, PRODUCT_NC, FLOW, STAT_PROCEDURE, PERIOD, VALUE_EUR, ...) or the legacy one ` +
			`(DECLARANT_ISO, PARTNER_ISO, ..., STAT_REGIME, PERIOD, VALUE_IN_EUROS, ...); found: ` +
			`${header.slice(0, 200)}`
	);
}

const quote = (text) => `'${String(text).replaceAll("'", "''")}'`;
const ident = (name) => `"${name.replaceAll('"', '""')}"`;

/**
 * SQL that reads one inspected file as the `comext_bulk` columns: every column as text (codes
 * keep their leading zeros), the header's own names, `,` and no quotes as Eurostat writes them.
 */
export function readFileSql(file) {
	const struct = `{${file.names.map((n) => `${quote(n)}: 'VARCHAR'`).join(', ')}}`;
	const select = Object.entries(LAYOUTS[file.layout].columns)
		.map(([as, from]) => `${ident(from)} AS ${as}`)
		.join(', ');
	return (
		`SELECT ${select}, ${quote(file.name)} AS SOURCE_FILE FROM read_csv(${quote(file.path)}, ` +
		`header = true, delim = ',', quote = '"', auto_detect = false, columns = ${struct}, ` +
		`compression = ${file.gzip ? "'gzip'" : "'none'"})`
	);
}
