/**
 * `npm run cube` (issue 13, item 5): the DuckDB aggregation of Comext bulk files, checked against
 * the dashboard's own importer. All bulk rows here are synthetic (seeded), never real figures.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { importFile } from '../../src/lib/data/import/pipeline';
import type { Observation } from '../../src/lib/data/schema';
import { runCube } from './run.mjs';

const V2_HEADER =
	'REPORTER,PARTNER,TRADE_TYPE,PRODUCT_NC,PRODUCT_SITC,PRODUCT_CPA21,PRODUCT_CPA22,PRODUCT_BEC,PRODUCT_BEC5,PRODUCT_SECTION,FLOW,STAT_PROCEDURE,SUPPL_UNIT,PERIOD,VALUE_EUR,VALUE_NAC,QUANTITY_KG,QUANTITY_SUPPL_UNIT';
const LEGACY_HEADER =
	'DECLARANT,DECLARANT_ISO,PARTNER,PARTNER_ISO,TRADE_TYPE,PRODUCT_NC,PRODUCT_SITC,PRODUCT_CPA2002,PRODUCT_CPA2008,PRODUCT_CPA2_1,PRODUCT_BEC,PRODUCT_SECTION,FLOW,STAT_REGIME,SUPP_UNIT,PERIOD,VALUE_IN_EUROS,QUANTITY_IN_KG,SUP_QUANTITY';

/** The dashboard's seven partners (the five Central Asian countries, Russia, Azerbaijan). */
const DASHBOARD = ['KAZ', 'UZB', 'KGZ', 'TJK', 'TKM', 'RUS', 'AZE'];
/** Comext ISO2 partners of the synthetic files: the seven, and others the cube must leave out. */
const PARTNERS = ['KZ', 'UZ', 'KG', 'TJ', 'TM', 'RU', 'AZ', 'CN', 'US', 'DE'];
/** Synthetic CN8 codes over several chapters, with two confidential codes (letters). */
const CODES = [
	'01022910',
	'02013000',
	'09012100',
	'22042109',
	'27090090',
	'27101943',
	'30049000',
	'39011010',
	'61091000',
	'64039993',
	'72142000',
	'84181020',
	'84451900',
	'84818099',
	'85044090',
	'87032319',
	'90189084',
	'94036090',
	'99RRR100',
	'85SSS000'
];

interface BulkRow {
	reporter: string;
	partner: string;
	tradeType: string;
	product: string;
	flow: string;
	procedure: string;
	period: string;
	value: string;
}

function seeded(seed: number) {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * Synthetic bulk rows with one row per (reporter, partner, CN8, flow, period): the shape the
 * in-browser importer reads without a conflict. Several reporters (only IT is kept), partners in
 * and out of the dashboard, both flows, every period given.
 */
function syntheticRows(seed: number, periods: readonly string[], perPeriod: number): BulkRow[] {
	const random = seeded(seed);
	const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)] as T;
	const seen = new Set<string>();
	const rows: BulkRow[] = [];
	for (const period of periods) {
		for (let i = 0; i < perPeriod; i++) {
			const reporter = random() < 0.85 ? 'IT' : pick(['FR', 'DE', 'ES']);
			const partner = pick(PARTNERS);
			const product = pick(CODES);
			const flow = random() < 0.5 ? '1' : '2';
			const key = `${reporter}|${partner}|${product}|${flow}|${period}`;
			if (seen.has(key)) continue;
			seen.add(key);
			rows.push({
				reporter,
				partner,
				tradeType: partner === 'DE' || reporter !== 'IT' ? 'I' : 'E',
				product,
				flow,
				procedure: pick(['1', '2', '3', '9']),
				period,
				value: String(1 + Math.floor(random() * 50_000_000))
			});
		}
	}
	return rows;
}

const v2Line = (r: BulkRow) =>
	`${r.reporter},${r.partner},${r.tradeType},${r.product},74780,2814,2814,42,42,16,${r.flow},${r.procedure},NO_SU,${r.period},${r.value},${r.value},1000,0`;
const legacyLine = (r: BulkRow) =>
	`005,${r.reporter},079,${r.partner},${r.tradeType},${r.product},00111,011110,011110,011110,111,01,${r.flow},${r.procedure},p/st,${r.period},${r.value},1000,20`;

const dir = mkdtempSync(join(tmpdir(), 'cube-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string | Buffer): string {
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
}

function bulkFile(name: string, rows: readonly BulkRow[], legacy = false): string {
	const lines = [legacy ? LEGACY_HEADER : V2_HEADER, ...rows.map(legacy ? legacyLine : v2Line)];
	return write(name, `${lines.join('\n')}\n`);
}

/** The cell of the dashboard a figure belongs to. */
const cellKey = (o: Pick<Observation, 'partner' | 'flow' | 'period' | 'sector'>) =>
	`${o.partner}|${o.flow}|${o.period}|${o.sector}`;

/** The dashboard's import of a file, with its observations. */
function imported(path: string) {
	const result = importFile(new Uint8Array(readFileSync(path)), path);
	expect(result.ok, JSON.stringify(result.fatal)).toBe(true);
	return result;
}

/** Template observations by cell; a cell twice fails (one cell, one figure). */
function cellsOf(observations: readonly Observation[]): Map<string, number> {
	const cells = new Map<string, number>();
	for (const o of observations) {
		expect(cells.has(cellKey(o)), cellKey(o)).toBe(false);
		cells.set(cellKey(o), o.value);
	}
	return cells;
}

/**
 * CN8 observations rolled up to the dashboard's grain, independently of the SQL: TOTAL is every
 * code, the chapter is the first two digits of an all-digit code; a code with letters is in the
 * total only ("not broken down").
 */
function rollUp(observations: readonly Observation[]): Map<string, number> {
	const cells = new Map<string, number>();
	const add = (key: string, value: number) => cells.set(key, (cells.get(key) ?? 0) + value);
	for (const o of observations) {
		if (o.reporter !== 'ITA' || !DASHBOARD.includes(o.partner)) continue;
		add(cellKey({ ...o, sector: 'TOTAL' }), o.value);
		if (/^\d{8}$/.test(o.sector)) add(cellKey({ ...o, sector: o.sector.slice(0, 2) }), o.value);
	}
	return cells;
}

const sorted = (m: Map<string, number>) => [...m.entries()].sort(([a], [b]) => (a < b ? -1 : 1));

const MONTHS_2023 = Array.from({ length: 12 }, (_, i) => `2023${String(i + 1).padStart(2, '0')}`);

describe('npm run cube', () => {
	it('the dashboard imports the output to the same cells as its own import of the raw bulk files', async () => {
		const monthly = syntheticRows(13, MONTHS_2023, 250);
		const annual = syntheticRows(5, ['202252'], 400);
		const files = [
			bulkFile('full_2023_synthetic.dat', monthly),
			bulkFile('nc202252_synthetic.dat', annual, true)
		];
		const out = join(dir, 'template.csv');
		const result = await runCube({ files, out });
		expect(result.rowsIn).toBe(monthly.length + annual.length);

		const fromCube = imported(out);
		expect(fromCube.format?.id).toBe('template');
		expect(fromCube.report.rejected).toBe(0);
		expect(fromCube.report.accepted).toBe(result.rowsOut);

		const raw = files.map(imported);
		expect(raw.map((r) => r.format?.id)).toEqual(['comext-bulk', 'comext-bulk']);
		// The raw files hold one row per CN8 cell: the in-browser import keeps every IT row.
		const itRows = [...monthly, ...annual].filter((r) => r.reporter === 'IT').length;
		expect(raw.reduce((a, r) => a + r.report.accepted, 0)).toBe(itRows);

		const expected = rollUp(raw.flatMap((r) => r.rows));
		const actual = cellsOf(fromCube.rows);
		expect(actual.size).toBeGreaterThan(500);
		expect(sorted(actual)).toEqual(sorted(expected));
		// Monthly cells from the monthly file, annual ones from the annual file, at both grains.
		expect(actual.get('KAZ|export|2023-03|TOTAL')).toBeGreaterThan(0);
		expect(actual.get('UZB|import|2022|TOTAL')).toBeGreaterThan(0);
		expect([...actual.keys()].some((k) => /\|(CHN|USA|DEU)\|/.test(`|${k}`))).toBe(false);
	});

	it('sums the parts of a CN8 figure, keeps totals equal to their rows and counts nothing twice', async () => {
		const row = (over: Partial<BulkRow>): BulkRow => ({
			reporter: 'IT',
			partner: 'KZ',
			tradeType: 'E',
			product: '27090090',
			flow: '1',
			procedure: '1',
			period: '202403',
			value: '100',
			...over
		});
		const rows = [
			// One CN8 figure in three parts (statistical procedures): 100 + 20 + 3.
			row({}),
			row({ procedure: '2', value: '20' }),
			row({ procedure: '3', value: '3' }),
			row({ product: '27101943', value: '1000.5' }),
			row({ product: '84818099', value: '7' }),
			// Confidential: in the total, in no chapter.
			row({ product: '99RRR100', value: '50' }),
			row({ product: '85SSS000', value: '5' }),
			// A total and a chapter row some extracts carry: never added to the parts.
			row({ product: 'TOTAL', value: '999999' }),
			row({ product: '27', value: '888888' }),
			// The same line twice is one figure.
			row({ product: '84818099', value: '7' }),
			// Left out: another reporter, a partner not selected, a bad period, a missing value.
			row({ reporter: 'FR', value: '1' }),
			row({ partner: 'CN', value: '1' }),
			row({ period: '2024-3', value: '1' }),
			row({ product: '01022910', value: '' })
		];
		const plain = bulkFile('full_202403_parts.dat', rows);
		const result = await runCube({ files: [plain] });
		const cells = new Map(
			result.template.map((r: Record<string, string>) => [
				`${r.partner}|${r.flow}|${r.period}|${r.sector}`,
				r.value
			])
		);
		expect(Object.fromEntries(cells)).toEqual({
			'KAZ|import|2024-03|TOTAL': '1185.5',
			'KAZ|import|2024-03|27': '1123.5',
			'KAZ|import|2024-03|84': '7'
		});
		expect(result.rowsIn).toBe(rows.length);
		expect(result.repeats).toBe(1);
		expect(
			Object.fromEntries(
				result.dropped.map((d: { reason: string; rows: number }) => [d.reason, d.rows])
			)
		).toEqual({
			'product-not-cn8': 2,
			'reporter-not-italy': 1,
			'partner-not-selected': 1,
			'invalid-period': 1,
			'invalid-value': 1
		});
		const total = result.template.find((r: Record<string, string>) => r.sector === 'TOTAL');
		expect(total.source).toBe('Eurostat Comext bulk file full_202403_parts.dat');
		expect(total.note).toBe(
			'npm run cube: sum of 7 CN8 rows, 2 with a confidential code (in no chapter)'
		);

		// The same file gzipped gives the same template.
		const gz = write('full_202403_parts.dat.gz', gzipSync(readFileSync(plain)));
		const fromGzip = await runCube({ files: [gz] });
		expect(fromGzip.csv.replaceAll('.dat.gz', '.dat')).toBe(result.csv);

		// The dashboard reads the output as it is: no rejection, no part above its total.
		const back = importFile(new TextEncoder().encode(result.csv), 'cube.csv');
		expect(back.report.rejected).toBe(0);
		expect(back.report.issues.filter((i) => i.code === 'part-exceeds-total')).toEqual([]);
	});

	it('refuses what it cannot read with the file and the reason, and writes nothing', async () => {
		const good = bulkFile('full_202401.dat', syntheticRows(3, ['202401'], 50));
		const again = bulkFile('full_202401_older.dat', syntheticRows(4, ['202401'], 50));
		const sevenZip = write(
			'full_v2_202401.7z',
			Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4])
		);
		const notBulk = write('other.csv', 'period,partner,flow,value\n2023,KAZ,export,1\n');
		const ragged = write(
			'ragged.dat',
			`${V2_HEADER}\n${v2Line(syntheticRows(1, ['202401'], 1)[0] as BulkRow)},EXTRA\n`
		);
		const conflict = bulkFile('conflict.dat', [
			...syntheticRows(2, ['202402'], 1).map((r) => ({ ...r, reporter: 'IT', partner: 'KZ' })),
			...syntheticRows(2, ['202402'], 1).map((r) => ({
				...r,
				reporter: 'IT',
				partner: 'KZ',
				value: '12345'
			}))
		]);
		const out = join(dir, 'never.csv');
		await expect(runCube({ files: [sevenZip], out })).rejects.toThrow(
			/full_v2_202401\.7z: this is a 7z archive.*7z x full_v2_202401\.7z/
		);
		await expect(runCube({ files: [notBulk], out })).rejects.toThrow(
			/other\.csv, line 1: not a Comext bulk header/
		);
		await expect(runCube({ files: [ragged], out })).rejects.toThrow(
			/ragged\.dat, line 2: Expected Number of Columns: 18 Found: 19/
		);
		await expect(runCube({ files: [good, again], out })).rejects.toThrow(
			/2024-01: full_202401\.dat, full_202401_older\.dat\): pass each period once/
		);
		await expect(runCube({ files: [conflict], out })).rejects.toThrow(
			/conflict\.dat: one bulk key holds two values/
		);
		await expect(runCube({ files: [good], out, partners: ['KZ', 'IT'] })).rejects.toThrow(
			/Italy is the reporter/
		);
		expect(() => readFileSync(out)).toThrow();
	});

	it('runs as a command: rows in, rows out and time printed, the template written', async () => {
		const rows = syntheticRows(8, ['202405', '202406'], 300);
		const file = bulkFile('full_2024_cli.dat', rows);
		const out = join(dir, 'cli.csv');
		const { stdout } = await promisify(execFile)(
			process.execPath,
			['scripts/cube/cube.mjs', file, '--out', out, '--partners', 'KZ,UZB'],
			{ cwd: process.cwd() }
		);
		expect(stdout).toMatch(new RegExp(`rows in:\\s+${rows.length}\\b`));
		expect(stdout).toMatch(/rows out:\s+\d+/);
		expect(stdout).toMatch(/time:\s+[\d.]+ s/);
		const written = imported(out);
		expect(new Set(written.rows.map((o) => o.partner))).toEqual(new Set(['KAZ', 'UZB']));
	});
});
