// Peers for bench/run.mjs, run in the browser on the same synthetic CSV files as the dashboard:
// PapaParse (main thread), Arquero fromCSV, uDSV typedCols (each then wrapped as an Arquero
// table), DuckDB-wasm read_csv (its own worker), and Arquero tables restored from Arrow IPC kept
// in IndexedDB. Loaded from node_modules by the benchmark's server; no CDN.
/* global Papa, aq, uDSV */
import * as duckdb from '/__nm/@duckdb/duckdb-wasm/dist/duckdb-browser.mjs';

const NUMERIC = new Set(['VALUE_EUR', 'QUANTITY_KG']);
const input = /** @type {HTMLInputElement} */ (document.querySelector('[data-bench-file]'));
const file = () => {
	const f = input.files?.[0];
	if (!f) throw new Error('no file');
	return f;
};

function watchLongTasks() {
	const entries = [];
	const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
	observer.observe({ type: 'longtask' });
	return async (from, to) => {
		await new Promise((r) => setTimeout(r, 150));
		entries.push(...observer.takeRecords());
		observer.disconnect();
		const inside = entries.filter((e) => e.startTime + e.duration >= from && e.startTime <= to);
		return { longTasks: inside.length, longestTask: Math.max(0, ...inside.map((e) => e.duration)) };
	};
}

/** Row count, value sum and product codes starting with 0, from an Arquero table. */
function checkTable(t) {
	const values = t.array('VALUE_EUR');
	const codes = t.array('PRODUCT_NC');
	let sum = 0;
	let leadingZero = 0;
	for (let i = 0; i < values.length; i++) sum += values[i];
	for (let i = 0; i < codes.length; i++) if (String(codes[i])[0] === '0') leadingZero++;
	return { rows: t.numRows(), sum, leadingZero };
}

async function timed(fn) {
	const stop = watchLongTasks();
	const t0 = performance.now();
	const table = await fn();
	const t1 = performance.now();
	const long = await stop(t0, t1);
	return { table, ms: t1 - t0, ...long };
}

/** PapaParse on the main thread, arrays of strings → typed columns → Arquero table. */
async function papa() {
	const r = await timed(async () => {
		const text = await file().text();
		const { data } = Papa.parse(text, { skipEmptyLines: true });
		const header = data[0];
		const n = data.length - 1;
		const cols = {};
		header.forEach((h, c) => {
			if (NUMERIC.has(h)) {
				const a = new Float64Array(n);
				for (let i = 0; i < n; i++) a[i] = +data[i + 1][c];
				cols[h] = a;
			} else {
				const a = new Array(n);
				for (let i = 0; i < n; i++) a[i] = data[i + 1][c];
				cols[h] = a;
			}
		});
		return aq.table(cols);
	});
	return { ms: r.ms, longTasks: r.longTasks, longestTask: r.longestTask, ...checkTable(r.table) };
}

/** Arquero's own CSV reader, product and period codes kept as text. */
async function arquero() {
	const r = await timed(async () => {
		const text = await file().text();
		return aq.fromCSV(text, {
			parse: { PRODUCT_NC: String, PERIOD: String, FLOW: String, STAT_PROCEDURE: String }
		});
	});
	return { ms: r.ms, longTasks: r.longTasks, longestTask: r.longestTask, ...checkTable(r.table) };
}

/** uDSV typed columns (codes as strings) → Arquero table. */
async function udsv() {
	const r = await timed(async () => {
		const text = await file().text();
		const schema = uDSV.inferSchema(text);
		for (const c of schema.cols) c.type = NUMERIC.has(c.name) ? 'n' : 's';
		const parser = uDSV.initParser(schema);
		const cols = parser.typedCols(text);
		return aq.table(Object.fromEntries(schema.cols.map((c, i) => [c.name, cols[i]])));
	});
	return { ms: r.ms, longTasks: r.longTasks, longestTask: r.longestTask, ...checkTable(r.table) };
}

let duck = null;
let duckInitMs = null;
async function duckdbInit() {
	if (duck) return duckInitMs;
	const t0 = performance.now();
	const base = '/__nm/@duckdb/duckdb-wasm/dist';
	const bundle = await duckdb.selectBundle({
		mvp: {
			mainModule: `${base}/duckdb-mvp.wasm`,
			mainWorker: `${base}/duckdb-browser-mvp.worker.js`
		},
		eh: { mainModule: `${base}/duckdb-eh.wasm`, mainWorker: `${base}/duckdb-browser-eh.worker.js` }
	});
	const worker = new Worker(bundle.mainWorker);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(bundle.mainModule);
	const conn = await db.connect();
	duck = { db, conn, bundle: bundle.mainModule.split('/').pop() };
	duckInitMs = performance.now() - t0;
	return duckInitMs;
}

let duckRun = 0;
/** DuckDB-wasm: the File read by DuckDB's worker, read_csv into a table. */
async function duckdbRead() {
	await duckdbInit();
	const { db, conn } = duck;
	const name = `f${duckRun++}.csv`;
	const types =
		"{'PRODUCT_NC':'VARCHAR','PERIOD':'VARCHAR','FLOW':'VARCHAR','STAT_PROCEDURE':'VARCHAR','VALUE_EUR':'DOUBLE','QUANTITY_KG':'DOUBLE'}";
	const r = await timed(async () => {
		await db.registerFileHandle(name, file(), duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true);
		await conn.query(
			`CREATE OR REPLACE TABLE t AS SELECT * FROM read_csv('${name}', header=true, types=${types})`
		);
		return null;
	});
	const check = (
		await conn.query(
			"SELECT count(*)::DOUBLE AS rows, sum(VALUE_EUR)::DOUBLE AS sum, count(*) FILTER (WHERE PRODUCT_NC LIKE '0%')::DOUBLE AS lz FROM t"
		)
	).toArray()[0];
	await db.dropFile(name);
	return {
		ms: r.ms,
		longTasks: r.longTasks,
		longestTask: r.longestTask,
		rows: check.rows,
		sum: check.sum,
		leadingZero: check.lz,
		initMs: duckInitMs,
		bundle: duck.bundle
	};
}

async function dropDuckTable() {
	if (duck) await duck.conn.query('DROP TABLE IF EXISTS t');
}

// --- M2 peer: an Arquero table kept as Arrow IPC in IndexedDB, restored after a reload.
function idb() {
	return new Promise((resolve, reject) => {
		const req = indexedDB.open('bench-peer', 1);
		req.onupgradeneeded = () => req.result.createObjectStore('ipc');
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
}

async function ipcSave() {
	const text = await file().text();
	const schema = uDSV.inferSchema(text);
	for (const c of schema.cols) c.type = NUMERIC.has(c.name) ? 'n' : 's';
	const cols = uDSV.initParser(schema).typedCols(text);
	const t = aq.table(Object.fromEntries(schema.cols.map((c, i) => [c.name, cols[i]])));
	const bytes = aq.toArrowIPC(t);
	const db = await idb();
	await new Promise((resolve, reject) => {
		const tx = db.transaction('ipc', 'readwrite');
		tx.objectStore('ipc').put(bytes, 'table');
		tx.oncomplete = resolve;
		tx.onerror = () => reject(tx.error);
	});
	db.close();
	return { bytes: bytes.byteLength, rows: t.numRows() };
}

async function ipcRestore() {
	const t0 = performance.now();
	const db = await idb();
	const bytes = await new Promise((resolve, reject) => {
		const req = db.transaction('ipc').objectStore('ipc').get('table');
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
	const t = aq.fromArrow(bytes);
	const n = t.numRows();
	const ms = performance.now() - t0;
	db.close();
	return { ms, rows: n };
}

// --- M3 peers (compute only, no drawing): one cross-filter click = filter by a partner, then the
// four aggregates a linked dashboard redraws (by period, flow, product chapter, and partner).
let loaded = null;
async function loadForQueries() {
	const text = await file().text();
	const schema = uDSV.inferSchema(text);
	for (const c of schema.cols) c.type = NUMERIC.has(c.name) ? 'n' : 's';
	const cols = uDSV.initParser(schema).typedCols(text);
	const t = aq
		.table(Object.fromEntries(schema.cols.map((c, i) => [c.name, cols[i]])))
		.derive({ HS2: aq.escape((d) => d.PRODUCT_NC.slice(0, 2)) });
	loaded = t;
	await duckdbRead();
	await duck.conn.query(
		'ALTER TABLE t ADD COLUMN HS2 VARCHAR; UPDATE t SET HS2 = substr(PRODUCT_NC, 1, 2)'
	);
	return { rows: t.numRows() };
}

const PARTNERS = ['KZ', 'UZ', 'KG', 'TJ', 'TM'];
function arqueroClick(k) {
	const t0 = performance.now();
	const p = PARTNERS[k % PARTNERS.length];
	const f = loaded.params({ p }).filter((d, $) => d.PARTNER === $.p);
	const sum = { v: aq.op.sum('VALUE_EUR') };
	f.groupby('PERIOD').rollup(sum).objects();
	f.groupby('FLOW').rollup(sum).objects();
	f.groupby('HS2').rollup(sum).objects();
	loaded.groupby('PARTNER').rollup(sum).objects();
	return performance.now() - t0;
}

async function duckClick(k) {
	const p = PARTNERS[k % PARTNERS.length];
	const t0 = performance.now();
	const c = duck.conn;
	await c.query(`SELECT PERIOD, sum(VALUE_EUR) FROM t WHERE PARTNER='${p}' GROUP BY PERIOD`);
	await c.query(`SELECT FLOW, sum(VALUE_EUR) FROM t WHERE PARTNER='${p}' GROUP BY FLOW`);
	await c.query(`SELECT HS2, sum(VALUE_EUR) FROM t WHERE PARTNER='${p}' GROUP BY HS2`);
	await c.query('SELECT PARTNER, sum(VALUE_EUR) FROM t GROUP BY PARTNER');
	return performance.now() - t0;
}

window.__peers = {
	papa,
	arquero,
	udsv,
	duckdbInit,
	duckdb: duckdbRead,
	dropDuckTable,
	ipcSave,
	ipcRestore,
	loadForQueries,
	arqueroClick: async (k) => arqueroClick(k),
	duckClick
};
document.querySelector('[data-bench-status]').textContent = 'ready';
