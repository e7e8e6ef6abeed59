#!/usr/bin/env node
// `npm run bench`: the performance benchmark of docs/PERFORMANCE.md (GitHub issue "Fast with
// millions of rows"). Not part of `npm test`.
//
//   1. builds the site (`npm run build`; skip with --no-build) and copies build/ to bench/out/site,
//      so that other builds running meanwhile cannot change what is measured;
//   2. generates seeded SYNTHETIC trade CSVs (bench/generate.mjs) in bench/out/;
//   3. serves the copy, bench/*.html and the peers' files from node_modules on 127.0.0.1 (a tiny
//      node:http server; no CDN, no network);
//   4. drives headless Chromium (system Chromium through Playwright) and prints medians, p95 and
//      the ratio to the best peer measured in the same run; writes bench/results.json.
//
// Options: --serve (only serve the pages, for debugging), --quick (3 timed runs instead of 7, smaller click counts), --no-build,
//          --only=M1,M2,M3,M5,M6,M7 (any subset), --no-110mb, --site=DIR (measure a build kept in DIR
//          instead of building, e.g. a copy of bench/out/site from before a change), --help.
//          With --only, bench/results.json keeps the figures of the measures not run.
import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { createServer } from 'node:http';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../scripts/browser-path.mjs';
import { generate } from './generate.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench', 'out');
const SITE = join(OUT, 'site');
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const only = (argv.find((a) => a.startsWith('--only=')) ?? '--only=M1,M2,M3,M5,M6,M7')
	.slice(7)
	.split(',');
if (flag('help')) {
	// The options are the comment at the top of this file.
	const text = readFileSync(fileURLToPath(import.meta.url), 'utf8');
	console.log(
		text.slice(text.indexOf('// Options:'), text.indexOf('import ')).replace(/^\/\/ ?/gm, '')
	);
	process.exit(0);
}
const QUICK = flag('quick');
const RUNS = QUICK ? 3 : 7;
const WARMUP = 1;
const CLICKS = QUICK ? 10 : 20;
const MEMORY_CLICKS = QUICK ? 50 : 200;
const started = Date.now();

const log = (...a) =>
	console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s]`, ...a);

// ---------------------------------------------------------------------------------------------
// Statistics

function quantile(values, q) {
	const s = [...values].sort((a, b) => a - b);
	if (!s.length) return null;
	const pos = (s.length - 1) * q;
	const lo = Math.floor(pos);
	const hi = Math.ceil(pos);
	return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}
const median = (v) => quantile(v, 0.5);
const p95 = (v) => quantile(v, 0.95);
const stats = (v) => ({ median: median(v), p95: p95(v), n: v.length, runs: v });

// ---------------------------------------------------------------------------------------------
// 1. Build and copy

function build() {
	const saved = argv.find((a) => a.startsWith('--site='))?.slice(7);
	if (saved) {
		// A build kept from an earlier run (e.g. the code before a change), measured as it is.
		if (!existsSync(join(saved, 'bench.html'))) throw new Error(`${saved} has no bench page`);
		if (resolve(saved) !== SITE) {
			rmSync(SITE, { recursive: true, force: true });
			cpSync(saved, SITE, { recursive: true });
		}
		return;
	}
	if (!flag('no-build')) {
		log('building the site (npm run build)…');
		// ICA_BENCH=1: the build with the /bench page (svelte.config.js; production has none).
		const r = spawnSync('npm', ['run', 'build'], {
			cwd: ROOT,
			env: { ...process.env, ICA_BENCH: '1' },
			stdio: ['ignore', 'ignore', 'inherit']
		});
		if (r.status !== 0) throw new Error('npm run build failed');
	}
	if (!existsSync(join(ROOT, 'build', 'index.html')))
		throw new Error('no build/: run npm run build');
	rmSync(SITE, { recursive: true, force: true });
	cpSync(join(ROOT, 'build'), SITE, { recursive: true });
	if (!existsSync(join(SITE, 'bench.html')))
		throw new Error('build has no bench page: build it with ICA_BENCH=1 npm run build');
}

// ---------------------------------------------------------------------------------------------
// 2. Synthetic data

function data() {
	mkdirSync(OUT, { recursive: true });
	const make = (key, name, opts) => {
		const path = join(OUT, name);
		const meta = generate(path, opts);
		return { key, path, ...meta };
	};
	const files = {
		'10k': make('10k', 'synthetic-comext-hs6-10k.csv', { rows: 10_000 }),
		'100k': make('100k', 'synthetic-comext-hs6-100k.csv', { rows: 100_000 }),
		'1m': make('1m', 'synthetic-comext-hs6-1m.csv', { rows: 1_000_000 })
	};
	if (!flag('no-110mb'))
		files['110mb'] = make('110mb', 'synthetic-comext-hs6-110mb.csv', { bytes: 110 * 1024 * 1024 });
	return files;
}

// ---------------------------------------------------------------------------------------------
// 3. Static server

const MIME = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.wasm': 'application/wasm',
	'.svg': 'image/svg+xml',
	'.csv': 'text/csv; charset=utf-8',
	'.map': 'application/json',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8'
};
/** Packages the peers page may load. */
const NM = [
	'papaparse',
	'arquero',
	'udsv',
	'@duckdb/duckdb-wasm',
	'apache-arrow',
	'flatbuffers',
	'tslib',
	'echarts'
];

function resolvePath(url) {
	const path = decodeURIComponent(new URL(url, 'http://x').pathname);
	const safe = normalize(path).replace(/^(\.\.[/\\])+/, '');
	if (safe.startsWith('/__bench/')) {
		const file = join(ROOT, 'bench', safe.slice(9));
		return /\.(html|js)$/.test(file) && !file.includes('/out/') ? file : null;
	}
	if (safe.startsWith('/__nm/')) {
		const rest = safe.slice(6);
		if (!NM.some((p) => rest.startsWith(`${p}/`))) return null;
		return join(ROOT, 'node_modules', rest);
	}
	const base = join(SITE, safe);
	for (const candidate of [base, `${base}.html`, join(base, 'index.html')]) {
		if (candidate.startsWith(SITE) && existsSync(candidate) && statSync(candidate).isFile())
			return candidate;
	}
	return null;
}

function serve() {
	const server = createServer((req, res) => {
		const file = resolvePath(req.url ?? '/');
		if (!file || !existsSync(file)) {
			const fallback = join(SITE, '404.html');
			res.writeHead(404, { 'content-type': MIME['.html'] });
			res.end(existsSync(fallback) ? readFileSync(fallback) : 'not found');
			return;
		}
		res.writeHead(200, {
			'content-type': MIME[extname(file)] ?? 'application/octet-stream',
			'cache-control': 'no-store'
		});
		res.end(readFileSync(file));
	});
	return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

// ---------------------------------------------------------------------------------------------
// 4. Browser helpers

/** Renderer processes of our browser and their proportional memory (PSS), in bytes. */
function rendererPids(browserPid) {
	const parent = new Map();
	for (const d of readdirSync('/proc')) {
		if (!/^\d+$/.test(d)) continue;
		try {
			const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			parent.set(Number(d), ppid);
		} catch {
			/* gone */
		}
	}
	const pids = [];
	for (const pid of parent.keys()) {
		let p = pid;
		for (let k = 0; k < 10 && p > 1; k++) {
			p = parent.get(p) ?? 0;
			if (p === browserPid) {
				try {
					if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer'))
						pids.push(pid);
				} catch {
					/* gone */
				}
				break;
			}
		}
	}
	return pids;
}

function pss(pids) {
	let total = 0;
	for (const pid of pids) {
		try {
			const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
			if (m) total += Number(m[1]) * 1024;
		} catch {
			/* gone */
		}
	}
	return total;
}

function findBrowserPid(tag) {
	for (const d of readdirSync('/proc')) {
		if (!/^\d+$/.test(d)) continue;
		try {
			const cmd = readFileSync(`/proc/${d}/cmdline`, 'utf8');
			if (cmd.includes(tag) && !cmd.includes('--type=')) return Number(d);
		} catch {
			/* gone */
		}
	}
	return null;
}

/** Samples the renderers' memory every 50 ms until stopped; returns the baseline and the peak. */
function memorySampler(browserPid) {
	if (!browserPid) return { stop: () => null };
	const pids = rendererPids(browserPid);
	const baseline = pss(pids);
	let peak = baseline;
	const timer = setInterval(() => {
		peak = Math.max(peak, pss(rendererPids(browserPid)));
	}, 50);
	return {
		stop() {
			clearInterval(timer);
			peak = Math.max(peak, pss(rendererPids(browserPid)));
			return { baseline, peak };
		}
	};
}

const INIT_SCRIPT = () => {
	// Installed before any page script: long tasks, the change of a file input, and the moment an
	// import task reaches `added` on the Data page.
	window.__long = [];
	try {
		new PerformanceObserver((l) => window.__long.push(...l.getEntries())).observe({
			type: 'longtask'
		});
	} catch {
		/* no Long Tasks API */
	}
	document.addEventListener(
		'change',
		(e) => {
			if (e.target instanceof HTMLInputElement && e.target.type === 'file')
				window.__changeAt = performance.now();
		},
		true
	);
	window.__addedAt = null;
	new MutationObserver(() => {
		if (window.__addedAt === null && document.querySelector('[data-task="added"]'))
			window.__addedAt = performance.now();
	}).observe(document, {
		subtree: true,
		childList: true,
		attributes: true,
		attributeFilter: ['data-task']
	});
};

async function openPage(browser, base, path) {
	const context = await browser.newContext({
		viewport: { width: 1366, height: 900 },
		locale: 'en-GB',
		timezoneId: 'UTC'
	});
	await context.addInitScript(INIT_SCRIPT);
	const page = await context.newPage();
	page.setDefaultTimeout(300_000);
	const cdp = await context.newCDPSession(page);
	if (path) await page.goto(base + path, { waitUntil: 'load' });
	return { context, page, cdp };
}

const gc = (cdp) => cdp.send('HeapProfiler.collectGarbage');

/**
 * Waits until every chart in the viewport reports `data-chart-ready=true`. Charts below the fold
 * are drawn only when they scroll into view (src/lib/charts/echarts/scheduler.ts), so they are
 * not waited for; `all` waits for every chart (pages that draw everything, e.g. the peers page).
 */
async function chartsReady(page, timeout = 120_000, all = false) {
	await page.waitForFunction(
		(every) => {
			const inView = (c) => {
				const r = c.getBoundingClientRect();
				return r.height > 0 && r.bottom > 0 && r.top < innerHeight;
			};
			const charts = [...document.querySelectorAll('[data-chart]')];
			const wanted = every ? charts : charts.filter(inView);
			return (
				charts.length > 0 && wanted.every((c) => c.getAttribute('data-chart-ready') === 'true')
			);
		},
		all,
		{ timeout, polling: 50 }
	);
}

/**
 * Waits until every view below the fold has loaded (they load in idle time after the first
 * screen, or as they come into view: src/lib/views/approach.ts), scrolling down a screen at a
 * time so that none waits for idle time; then back to the top.
 */
async function viewsLoaded(page, timeout = 60_000) {
	const t0 = Date.now();
	while (await page.locator('[data-view-pending]').count()) {
		if (Date.now() - t0 > timeout) throw new Error('views below the fold did not load');
		await page.evaluate(() => window.scrollBy(0, innerHeight));
		await page.waitForTimeout(100);
	}
	await page.evaluate(() => window.scrollTo(0, 0));
}

function check(label, r, meta) {
	const problems = [];
	if (r.rows !== meta.rows) problems.push(`rows ${r.rows} ≠ ${meta.rows}`);
	if (Math.abs(r.sum - meta.sum) > Math.max(1, Math.abs(meta.sum) * 1e-9))
		problems.push(`sum ${r.sum} ≠ ${meta.sum}`);
	if (r.leadingZero !== meta.leadingZero)
		problems.push(`codes with a leading 0: ${r.leadingZero} ≠ ${meta.leadingZero}`);
	if (problems.length) throw new Error(`${label}: wrong result (${problems.join('; ')})`);
}

// ---------------------------------------------------------------------------------------------
// Measurements

const PEERS = ['papaparse', 'arquero', 'udsv', 'duckdb'];
const PEER_FN = { papaparse: 'papa', arquero: 'arquero', udsv: 'udsv', duckdb: 'duckdb' };

/** M1: file → table, one fresh context per (parser, size); 1 warm-up + RUNS timed runs. */
async function m1Case(browser, base, browserPid, parser, file, runs) {
	const ours = parser === 'ours';
	const { context, page, cdp } = await openPage(
		browser,
		base,
		ours ? '/bench' : '/__bench/peers.html'
	);
	await page.waitForFunction(() => (window.__bench ?? window.__peers) !== undefined, null, {
		timeout: 30_000
	});
	await page.locator('[data-bench-file]').setInputFiles(file.path);
	let initMs = null;
	if (parser === 'duckdb') initMs = await page.evaluate(() => window.__peers.duckdbInit());
	const times = [];
	const longest = [];
	const memory = [];
	let extra = {};
	for (let i = 0; i < WARMUP + runs; i++) {
		await gc(cdp);
		const sampler = file.key === '110mb' ? memorySampler(browserPid) : null;
		const r = ours
			? await page.evaluate(() => window.__bench.ours())
			: await page.evaluate((fn) => window.__peers[fn](), PEER_FN[parser]);
		const mem = sampler?.stop();
		check(`M1 ${parser} ${file.key}`, r, file);
		if (parser === 'duckdb') await page.evaluate(() => window.__peers.dropDuckTable());
		if (i < WARMUP) continue;
		times.push(r.ms);
		longest.push(r.longestTask);
		if (mem) memory.push(mem);
		extra = { bundle: r.bundle };
	}
	await context.close();
	const out = { ...stats(times), longestTask: Math.max(...longest), longestTasks: longest };
	if (initMs !== null) Object.assign(out, { initMs, ...extra });
	if (memory.length) {
		const growth = memory.map((m) => m.peak - m.baseline);
		out.memory = {
			peakBytes: Math.max(...memory.map((m) => m.peak)),
			baselineBytes: median(memory.map((m) => m.baseline)),
			peakGrowthBytes: Math.max(...growth),
			peakGrowthPerFileByte: Math.max(...growth) / file.bytes
		};
	}
	return out;
}

async function measureM1(browser, base, browserPid, files) {
	const result = {};
	for (const key of Object.keys(files)) {
		const file = files[key];
		const big = key === '110mb';
		result[key] = { rows: file.rows, bytes: file.bytes };
		for (const parser of ['ours', ...PEERS]) {
			// The main-thread peers take several seconds per run on the ~110 MB file: 3 runs there.
			const runs = big && parser !== 'ours' && parser !== 'duckdb' ? Math.min(RUNS, 3) : RUNS;
			log(`M1 ${key} ${parser}…`);
			try {
				result[key][parser] = await m1Case(browser, base, browserPid, parser, file, runs);
			} catch (err) {
				log(`  ${parser} failed: ${err.message.split('\n')[0]}`);
				result[key][parser] = { error: err.message.split('\n')[0] };
			}
		}
	}
	return result;
}

/** M1 through the real Data page: file input → task `added` (parse + table + IndexedDB save). */
async function measureDataPage(browser, base, file, runs) {
	const times = [];
	const longest = [];
	for (let i = 0; i < WARMUP + runs; i++) {
		const { context, page } = await openPage(browser, base, '/data');
		await page.waitForLoadState('networkidle');
		await page.locator('input[data-picker="files"]').setInputFiles(file.path);
		await page.waitForFunction(() => window.__addedAt !== null, null, {
			timeout: 300_000,
			polling: 100
		});
		await page.waitForTimeout(200);
		const r = await page.evaluate(() => {
			const from = window.__changeAt;
			const to = window.__addedAt;
			const inside = window.__long.filter(
				(e) => e.startTime + e.duration >= from && e.startTime <= to
			);
			return { ms: to - from, longest: Math.max(0, ...inside.map((e) => e.duration)) };
		});
		await context.close();
		if (i < WARMUP) continue;
		times.push(r.ms);
		longest.push(r.longest);
	}
	return { ...stats(times), longestTask: Math.max(...longest), longestTasks: longest };
}

/** Uploads a file through the Data page of an open page and waits until it is saved. */
async function upload(page, base, file) {
	await page.goto(`${base}/data`, { waitUntil: 'load' });
	await page.waitForLoadState('networkidle');
	await page.locator('input[data-picker="files"]').setInputFiles(file.path);
	await page.waitForSelector('[data-task="added"]', { timeout: 300_000 });
}

/** M2: reload → the saved 1M-row dataset back in the store (the layout's restore()). */
async function measureM2(browser, base, file) {
	const { context, page } = await openPage(browser, base, null);
	await upload(page, base, file);
	const times = [];
	const sinceNavigation = [];
	for (let i = 0; i < WARMUP + RUNS; i++) {
		await page.goto(`${base}/bench`, { waitUntil: 'load' });
		await page.waitForFunction(() => window.__bench?.restored().ms != null, null, { polling: 20 });
		const r = await page.evaluate(() => window.__bench.restored());
		if (r.rows !== file.rows) throw new Error(`M2: restored ${r.rows} rows, expected ${file.rows}`);
		if (i < WARMUP) continue;
		times.push(r.ms);
		sinceNavigation.push(r.sinceNavigation);
	}
	// The save of that dataset again (Arrow IPC in slices + one transaction): the longest task.
	const saves = [];
	// A build from before the save was measured (--site) has no save().
	const canSave = await page.evaluate(() => typeof window.__bench.save === 'function');
	for (let i = 0; canSave && i < WARMUP + RUNS; i++) {
		const r = await page.evaluate(() => window.__bench.save());
		if (r.rows !== file.rows) throw new Error(`M2 save: saved ${r.rows} rows`);
		if (i >= WARMUP) saves.push(r);
	}
	await context.close();
	// Peer: an Arquero table saved as Arrow IPC in IndexedDB, read back with fromArrow.
	const peer = await openPage(browser, base, '/__bench/peers.html');
	await peer.page.waitForFunction(() => window.__peers !== undefined);
	await peer.page.locator('[data-bench-file]').setInputFiles(file.path);
	const saved = await peer.page.evaluate(() => window.__peers.ipcSave());
	const peerTimes = [];
	for (let i = 0; i < WARMUP + RUNS; i++) {
		await peer.page.reload({ waitUntil: 'load' });
		await peer.page.waitForFunction(() => window.__peers !== undefined);
		const r = await peer.page.evaluate(() => window.__peers.ipcRestore());
		if (r.rows !== file.rows) throw new Error('M2 peer: wrong row count');
		if (i >= WARMUP) peerTimes.push(r.ms);
	}
	await peer.context.close();
	return {
		ours: { ...stats(times), sinceNavigation: stats(sinceNavigation) },
		save: canSave && {
			...stats(saves.map((r) => r.ms)),
			longestTask: Math.max(...saves.map((r) => r.longestTask)),
			longestTasks: saves.map((r) => r.longestTask)
		},
		arqueroArrowIpc: { ...stats(peerTimes), ipcBytes: saved.bytes }
	};
}

/**
 * One cross-filter click on a partner button, with the partners chart in the middle of the
 * viewport (where a reader who clicks it has it). Resolves with
 * - `visibleMs`: click → every chart in the viewport ready again (M3.visible);
 * - `allMs`: click → every chart on the page ready again, reading the page from the top one screen
 *   at a time as soon as the charts on screen are ready (charts out of view draw when they come
 *   into view);
 * - `stepsMs`: `visibleMs` plus, for each screen scrolled to, scroll → its charts ready (the
 *   waiting for frames between screens left out).
 */
const CLICK = (index) =>
	new Promise((resolve) => {
		const group = document
			.querySelector('[data-chart="partners"]')
			.parentElement.querySelector('[role="group"]');
		const buttons = [...group.querySelectorAll('button')];
		const btn = buttons[index % buttons.length];
		const charts = () => [...document.querySelectorAll('[data-chart]')];
		const ready = (c) => c.getAttribute('data-chart-ready') === 'true';
		const inView = (c) => {
			const r = c.getBoundingClientRect();
			return r.height > 0 && r.bottom > 0 && r.top < innerHeight;
		};
		/** The next scroll position of the read-through, from the top. */
		let next = 0;
		const visible = charts().filter(inView);
		let sawUpdate = false;
		let finished = false;
		let visibleMs = null;
		let stepsMs = 0;
		let stepStart = null;
		let frame = 0;
		const t0 = performance.now();
		const finish = (allMs) => {
			if (finished) return;
			finished = true;
			observer.disconnect();
			cancelAnimationFrame(frame);
			clearTimeout(idle);
			resolve({
				visibleMs,
				allMs,
				stepsMs: allMs === null ? null : stepsMs,
				updated: sawUpdate,
				charts: charts().length,
				inView: visible.length,
				label: btn.textContent.trim()
			});
		};
		const advance = () => {
			if (finished) return;
			const now = performance.now();
			if (visibleMs === null) {
				if (!sawUpdate || !visible.every(ready)) return;
				visibleMs = now - t0;
				stepsMs = visibleMs;
			}
			if (stepStart !== null) {
				if (!charts().filter(inView).every(ready)) return;
				stepsMs += now - stepStart;
				stepStart = null;
			}
			if (charts().every(ready)) return finish(now - t0);
			// Scroll on while the screen holds nothing to draw; stop at a screen that does.
			while (next < document.documentElement.scrollHeight) {
				scrollTo(0, next);
				next += innerHeight;
				if (!charts().filter(inView).every(ready)) {
					stepStart = performance.now();
					return;
				}
			}
		};
		const observer = new MutationObserver((records) => {
			// ECharts may report \`finished\` inside setOption: the false → true pair then arrives in
			// one batch, so any change of the attribute counts as a redraw.
			for (const r of records) if (r.type === 'attributes') sawUpdate = true;
			advance();
		});
		observer.observe(document.body, {
			subtree: true,
			childList: true,
			attributes: true,
			attributeFilter: ['data-chart-ready']
		});
		// Also once a frame: a screen scrolled to may hold charts that need nothing.
		const tick = () => {
			advance();
			frame = requestAnimationFrame(tick);
		};
		frame = requestAnimationFrame(tick);
		btn.click();
		// No chart changed within 3 s: nothing needed redrawing.
		const idle = setTimeout(() => finish(null), 3000);
	});

/** The partners chart to the middle of the viewport, with the charts then in view drawn. */
const TO_PARTNERS = () =>
	new Promise((resolve) => {
		document.querySelector('[data-chart="partners"]').scrollIntoView({ block: 'center' });
		const t0 = performance.now();
		const wait = () => {
			const inView = [...document.querySelectorAll('[data-chart]')].filter((c) => {
				const r = c.getBoundingClientRect();
				return r.height > 0 && r.bottom > 0 && r.top < innerHeight;
			});
			if (
				inView.every((c) => c.getAttribute('data-chart-ready') === 'true') ||
				performance.now() - t0 > 5000
			)
				resolve();
			else requestAnimationFrame(wait);
		};
		requestAnimationFrame(() => requestAnimationFrame(wait));
	});

/** Clicks through the partners on an open dashboard for at most `budgetMs`. */
async function clickRound(page, count, budgetMs) {
	const all = [];
	const visible = [];
	const steps = [];
	const inView = [];
	const t0 = Date.now();
	for (let k = 0; k < count && Date.now() - t0 < budgetMs; k++) {
		await page.evaluate(TO_PARTNERS);
		const r = await page.evaluate(CLICK, k);
		if (r.allMs !== null) {
			all.push(r.allMs);
			steps.push(r.stepsMs);
		}
		if (r.visibleMs !== null) visible.push(r.visibleMs);
		inView.push(r.inView);
	}
	const times = all;
	times.visible = visible;
	times.steps = steps;
	times.inView = inView;
	return times;
}

async function measureM3(browser, base, files, withMemory) {
	const out = {};
	const budget = QUICK ? 30_000 : 60_000;
	for (const key of ['10k', '100k', '1m']) {
		const file = files[key];
		log(`M3 ${key}: upload, open the dashboard, click…`);
		const { context, page, cdp } = await openPage(browser, base, null);
		const entry = { rows: file.rows };
		out[key] = entry;
		await upload(page, base, file);
		try {
			Object.assign(entry, await dashboardClicks(page, cdp, file, key, withMemory, budget, out));
		} catch (err) {
			// The renderer can die here (out of memory): say so and go on with the data work.
			entry.error = err.message.split('\n')[0];
			log(`  dashboard with ${key} rows failed: ${entry.error}`);
		}
		await context.close().catch(() => {});
		// The same clicks without drawing: the data work of every view (bench page).
		log(`M3 ${key}: data work only…`);
		const fresh = await openPage(browser, base, null);
		try {
			await upload(fresh.page, base, file);
			entry.data = await dataWork(fresh.page, entry.buttons ?? 5);
		} catch (err) {
			entry.data = { error: err.message.split('\n')[0] };
		}
		await fresh.context.close().catch(() => {});
	}
	return measureM3Peers(browser, base, files, out);
}

/** Opens the dashboard after an upload (client-side navigation) and clicks the partner buttons. */
async function dashboardClicks(page, cdp, file, key, withMemory, budget, out) {
	// Client-side navigation, as a user does: the uploaded dataset is already in the store.
	const t0 = Date.now();
	await page.click('[data-nav="dashboard"]');
	await page.waitForURL((u) => !u.pathname.startsWith('/data'));
	// A dashboard that is not ready after a minute is reported as such (the run must end).
	await chartsReady(page, 60_000);
	const openMs = Date.now() - t0;
	await viewsLoaded(page);
	const buttons = await page.evaluate(
		() =>
			document
				.querySelector('[data-chart="partners"]')
				.parentElement.querySelector('[role="group"]')
				.querySelectorAll('button').length
	);
	// First click on each partner (cold), then up to CLICKS more within the time budget.
	const cold = await clickRound(page, buttons, budget);
	const warm = await clickRound(page, CLICKS, budget);
	const entry = {
		openMs,
		buttons,
		cold: stats(cold),
		...stats(warm),
		visible: { ...stats(warm.visible), cold: stats(cold.visible), chartsInView: warm.inView },
		steps: stats(warm.steps)
	};
	if (withMemory && key === '100k') {
		log(`M7 heap over ${MEMORY_CLICKS} clicks (100k)…`);
		await gc(cdp);
		await gc(cdp);
		const before = (await cdp.send('Runtime.getHeapUsage')).usedSize;
		const done = (await clickRound(page, MEMORY_CLICKS, 4 * budget)).length;
		await gc(cdp);
		await gc(cdp);
		const after = (await cdp.send('Runtime.getHeapUsage')).usedSize;
		out.heap = {
			rows: file.rows,
			clicks: done,
			beforeBytes: before,
			afterBytes: after,
			growthBytes: after - before
		};
	}
	return entry;
}

/** The data work of the dashboard's views per click, on the bench page (no drawing). */
async function dataWork(page, buttons) {
	await page.goto(`${page.url().replace(/\/data.*$/, '')}/bench`, { waitUntil: 'load' });
	await page.waitForFunction(() => window.__bench?.restored().ms != null, null, { polling: 20 });
	const prepared = await page.evaluate(() => window.__bench.prepare());
	const cold = [];
	for (let k = 0; k < buttons; k++)
		cold.push(await page.evaluate((i) => window.__bench.derive(i), k));
	const times = [];
	for (let k = 0; k < CLICKS; k++)
		times.push(await page.evaluate((i) => window.__bench.derive(i), k));
	return { ...stats(times), cold: stats(cold), prepared };
}

async function measureM3Peers(browser, base, files, out) {
	// Peers, compute only (no charts): filter by a partner + four aggregates per click.
	out.peers = {};
	for (const key of ['10k', '100k', '1m']) {
		log(`M3 peers ${key}…`);
		const { context, page } = await openPage(browser, base, '/__bench/peers.html');
		await page.waitForFunction(() => window.__peers !== undefined);
		await page.locator('[data-bench-file]').setInputFiles(files[key].path);
		await page.evaluate(() => window.__peers.loadForQueries());
		const res = {};
		for (const [name, fn] of [
			['arquero', 'arqueroClick'],
			['duckdb', 'duckClick']
		]) {
			const t = [];
			for (let k = 0; k < WARMUP + CLICKS; k++) {
				const ms = await page.evaluate(([f, i]) => window.__peers[f](i), [fn, k]);
				if (k >= WARMUP) t.push(ms);
			}
			res[name] = stats(t);
		}
		out.peers[key] = res;
		await context.close();
	}
	return out;
}

/** Prints each chunk's gzip size and what it holds (its three largest groups). */
function logChunks(title, js) {
	log(`${title} (gzip -9, KiB; the groups' shares are estimated from their source bytes):`);
	for (const f of js.files) {
		const holds = (f.holds ?? [])
			.slice(0, 3)
			.map((h) => `${h.group} ${(h.gzip / 1024).toFixed(1)}`)
			.join(', ');
		console.log(`  ${(f.gzip / 1024).toFixed(1).padStart(6)}  ${f.path}  ${holds}`);
	}
}

/** Source bytes of each chunk by package or app folder (`ICA_BENCH=1` builds, vite.config.ts). */
function chunkContents() {
	const file = join(SITE, '_app', 'chunk-contents.json');
	return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
}

/** The scripts at `paths`, each gzipped (level 9), largest first, with what each holds. */
function scriptSizes(paths) {
	const contents = chunkContents();
	const js = { files: [], gzipBytes: 0, rawBytes: 0 };
	for (const p of paths) {
		const file = resolvePath(p);
		if (!file) continue;
		const raw = readFileSync(file);
		const gz = gzipSync(raw, { level: 9 }).length;
		const groups = contents[p.replace(/^\//, '')];
		const total = groups ? Object.values(groups).reduce((a, b) => a + b, 0) : 0;
		// The chunk's gzip bytes shared out by each group's share of its source bytes (an estimate).
		const holds =
			groups && total > 0
				? Object.entries(groups)
						.map(([group, bytes]) => ({ group, gzip: Math.round((gz * bytes) / total) }))
						.sort((a, b) => b.gzip - a.gzip)
				: undefined;
		js.files.push({ path: p, raw: raw.length, gzip: gz, holds });
		js.gzipBytes += gz;
		js.rawBytes += raw.length;
	}
	js.files.sort((a, b) => b.gzip - a.gzip);
	return js;
}

/**
 * M5 + M6: first render of the dashboard (bundled data) and the JavaScript it loads. M6 counts
 * the scripts requested until every chart in the viewport is ready (the first view);
 * `jsByIdle` every script by network idle, with the views below the fold that load in idle time.
 */
async function firstRender(browser, base, path) {
	const lcp = [];
	const ready = [];
	let js = null;
	let jsByIdle = null;
	for (let i = 0; i < WARMUP + RUNS; i++) {
		const { context, page } = await openPage(browser, base, null);
		await page.goto(base + path, { waitUntil: 'load' });
		await chartsReady(page);
		const readyAt = await page.evaluate(() => performance.now());
		const l = await page.evaluate(
			() =>
				new Promise((ok) =>
					new PerformanceObserver((list) => ok(list.getEntries().at(-1).startTime)).observe({
						type: 'largest-contentful-paint',
						buffered: true
					})
				)
		);
		await page.waitForLoadState('networkidle');
		if (i === 0) {
			const scripts = await page.evaluate(() =>
				performance
					.getEntriesByType('resource')
					.map((e) => ({ path: new URL(e.name).pathname, start: e.startTime }))
					.filter((e) => /\.m?js$/.test(e.path))
			);
			// The dashboard marks the moment its first screen is drawn, before the views below the
			// fold start loading (src/lib/views/approach.ts); a page without the mark: readyAt.
			const firstView = await page.evaluate(
				(name) => performance.getEntriesByName(name)[0]?.startTime ?? null,
				'ica:first-screen-drawn'
			);
			const unique = (list) => [...new Set(list.map((e) => e.path))];
			js = scriptSizes(unique(scripts.filter((e) => e.start <= (firstView ?? readyAt))));
			jsByIdle = scriptSizes(unique(scripts));
		}
		await context.close();
		if (i < WARMUP) continue;
		lcp.push(l);
		ready.push(readyAt);
	}
	return { lcp: stats(lcp), chartsReady: stats(ready), js, jsByIdle };
}

// ---------------------------------------------------------------------------------------------
// Report

const fmtMs = (v) =>
	v === null || v === undefined ? '—' : v >= 100 ? `${v.toFixed(0)} ms` : `${v.toFixed(1)} ms`;
const fmtRows = (n) =>
	n >= 1e6 ? `${(n / 1e6).toFixed(n % 1e6 ? 2 : 0)}M` : `${Math.round(n / 1e3)}k`;
const fmtKiB = (v) => `${(v / 1024).toFixed(0)} KiB`;
const fmtMiB = (v) => `${(v / 1048576).toFixed(1)} MiB`;
const ratio = (a, b) =>
	a === null || b === null || b === 0 || a === undefined || b === undefined ? null : a / b;
const fmtRatio = (r) => (r === null ? '—' : `${r.toFixed(2)}×`);

function bestPeer(entries) {
	let best = null;
	for (const [name, s] of entries) {
		if (!s || s.error || s.median === null || s.median === undefined) continue;
		if (!best || s.median < best.median) best = { name, median: s.median, p95: s.p95 };
	}
	return best;
}

function machine(browserVersion) {
	const pkg = (name) => {
		try {
			return JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8'))
				.version;
		} catch {
			return null;
		}
	};
	return {
		cpu: cpus()[0]?.model ?? 'unknown',
		cores: cpus().length,
		memoryGiB: Math.round(totalmem() / 2 ** 30),
		node: process.version,
		chromium: browserVersion,
		packages: Object.fromEntries(
			[
				'@playwright/test',
				'papaparse',
				'arquero',
				'udsv',
				'@duckdb/duckdb-wasm',
				'echarts',
				'svelte',
				'@sveltejs/kit'
			].map((p) => [p, pkg(p)])
		)
	};
}

async function main() {
	build();
	if (flag('serve')) {
		// Debugging aid: serve the copy and the peers pages, measure nothing.
		const server = await serve();
		log(`serving on http://127.0.0.1:${server.address().port} (Ctrl-C to stop)`);
		return;
	}
	const files = data();
	log(
		'synthetic files:',
		Object.values(files)
			.map((f) => `${f.key} ${f.rows} rows ${fmtMiB(f.bytes)}`)
			.join(', ')
	);
	const server = await serve();
	const base = `http://127.0.0.1:${server.address().port}`;
	const tag = `--bench-run-${process.pid}-${Date.now()}`;
	const userDataDir = mkdtempSync(join(tmpdir(), 'ica-bench-'));
	const browser = await chromium.launch({
		executablePath: chromiumPath(),
		args: [...chromiumArgs, tag, `--disk-cache-dir=${userDataDir}`],
		headless: true
	});
	const browserPid = findBrowserPid(tag);
	const results = {
		synthetic: true,
		machine: machine(browser.version()),
		runs: RUNS,
		warmup: WARMUP
	};
	results.files = Object.fromEntries(
		Object.entries(files).map(([k, f]) => [k, { rows: f.rows, bytes: f.bytes }])
	);
	try {
		if (only.includes('M5') || only.includes('M6')) {
			log('M5/M6 first render…');
			results.firstRender = {
				ours: await firstRender(browser, base, '/'),
				echartsFull: await firstRender(browser, base, '/__bench/echarts-full.html')
			};
			logChunks('M6 first view, per chunk', results.firstRender.ours.js);
		}
		const m1Files = only.includes('M1')
			? files
			: files['110mb'] && only.includes('M7')
				? { '110mb': files['110mb'] }
				: null;
		if (m1Files) {
			results.m1 = await measureM1(browser, base, browserPid, m1Files);
			if (only.includes('M1')) {
				log('M1 1m through the Data page…');
				results.m1DataPage = await measureDataPage(browser, base, files['1m'], Math.min(RUNS, 5));
			}
		}
		if (only.includes('M2')) {
			log('M2 reload…');
			results.m2 = await measureM2(browser, base, files['1m']);
		}
		if (only.includes('M3') || only.includes('M7'))
			results.m3 = await measureM3(browser, base, files, only.includes('M7'));
	} finally {
		await browser.close();
		server.close();
		rmSync(userDataDir, { recursive: true, force: true });
	}
	results.elapsedSeconds = Math.round((Date.now() - started) / 1000);
	const summary = summarize(results);
	// A run of some measures (--only) keeps the other measures of the last results as they were.
	const path = join(ROOT, 'bench', 'results.json');
	const previous =
		existsSync(path) && argv.some((a) => a.startsWith('--only=')) ? readJson(path) : {};
	writeFileSync(
		path,
		`${JSON.stringify({ ...previous, ...summary, details: { ...previous.details, ...results } }, null, 2)}\n`
	);
	log(`done in ${results.elapsedSeconds} s; bench/results.json written`);
}

function readJson(path) {
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch {
		return {};
	}
}

/** The headline figures (bench/results.json top level) and the printed table. */
function summarize(r) {
	const rows = [];
	const s = {};
	const add = (metric, what, ours, oursP95, peer, target, met, fmt = fmtMs) => {
		const rr = peer ? ratio(ours, peer.median) : null;
		rows.push([
			metric,
			what,
			fmt(ours),
			oursP95 === null ? '—' : fmt(oursP95),
			peer ? `${peer.name} ${fmt(peer.median)}` : '—',
			fmtRatio(rr),
			target,
			met === null ? '—' : met ? 'yes' : 'NO'
		]);
		return rr;
	};
	if (r.m1) {
		for (const key of Object.keys(r.m1)) {
			const m = r.m1[key];
			if (!m.ours || m.ours.error) continue;
			const peer = bestPeer(PEERS.map((p) => [p, m[p]]));
			const duck = m.duckdb && !m.duckdb.error ? m.duckdb : null;
			const is1m = key === '1m';
			const rr = add(
				'M1',
				`file → table, ${fmtRows(m.rows)} rows (${fmtMiB(m.bytes)})`,
				m.ours.median,
				m.ours.p95,
				peer,
				is1m ? '≤ DuckDB' : '',
				is1m && duck ? m.ours.median <= duck.median : null
			);
			add(
				'M1',
				`  longest main-thread task, ${fmtRows(m.rows)} rows`,
				m.ours.longestTask,
				null,
				null,
				'≤ 50 ms',
				m.ours.longestTask <= 50
			);
			s[`M1_${key}`] = {
				ours_ms: m.ours.median,
				ours_p95_ms: m.ours.p95,
				longest_task_ms: m.ours.longestTask,
				best_peer: peer,
				ratio: rr,
				ratio_to_duckdb: duck ? ratio(m.ours.median, duck.median) : null,
				peers: Object.fromEntries(PEERS.map((p) => [p, m[p]?.median ?? m[p]?.error ?? null]))
			};
			if (m.ours.memory) {
				const peerMem = PEERS.filter((p) => m[p]?.memory).map((p) => [
					p,
					{ median: m[p].memory.peakGrowthBytes }
				]);
				const best = bestPeer(peerMem);
				const x = m.ours.memory.peakGrowthPerFileByte;
				rows.push([
					'M7',
					`peak memory loading ${fmtMiB(m.bytes)} (× file size)`,
					`${x.toFixed(2)}×`,
					'—',
					best ? `${best.name} ${(best.median / m.bytes).toFixed(2)}×` : '—',
					fmtRatio(best ? ratio(m.ours.memory.peakGrowthBytes, best.median) : null),
					'< 6×',
					x < 6 ? 'yes' : 'NO'
				]);
				s.M7_load = {
					peak_growth_bytes: m.ours.memory.peakGrowthBytes,
					file_bytes: m.bytes,
					times_file_size: x,
					best_peer: best ? { name: best.name, times_file_size: best.median / m.bytes } : null,
					ratio: best ? ratio(m.ours.memory.peakGrowthBytes, best.median) : null
				};
			}
		}
		if (s.M1_1m) s.M1 = s.M1_1m;
	}
	if (r.m1DataPage) {
		const m = r.m1DataPage;
		add(
			'M1',
			'Data page, 1m rows: input → saved (incl. IndexedDB)',
			m.median,
			m.p95,
			null,
			'',
			null
		);
		add(
			'M1',
			'  longest main-thread task, Data page',
			m.longestTask,
			null,
			null,
			'≤ 50 ms',
			m.longestTask <= 50
		);
		s.M1_data_page = { ours_ms: m.median, ours_p95_ms: m.p95, longest_task_ms: m.longestTask };
	}
	if (r.m2) {
		const peer = { name: 'arquero fromArrow(IDB)', ...r.m2.arqueroArrowIpc };
		const rr = add(
			'M2',
			'reload → saved 1m-row dataset back',
			r.m2.ours.median,
			r.m2.ours.p95,
			peer,
			'≤ 50 ms',
			r.m2.ours.median <= 50
		);
		s.M2 = {
			ours_ms: r.m2.ours.median,
			ours_p95_ms: r.m2.ours.p95,
			best_peer: { name: peer.name, ms: peer.median },
			ratio: rr
		};
		if (r.m2.save) {
			const sv = r.m2.save;
			rows.push([
				'M2',
				'  save of the 1m-row dataset: longest task',
				`${fmtMs(sv.longestTask)} (save ${fmtMs(sv.median)})`,
				'—',
				'—',
				'—',
				'≤ 50 ms',
				sv.longestTask <= 50 ? 'yes' : 'NO'
			]);
			s.M2.save = { ms: sv.median, p95_ms: sv.p95, longest_task_ms: sv.longestTask };
		}
	}
	if (r.m3) {
		s.M3 = {};
		for (const key of ['10k', '100k', '1m']) {
			const m = r.m3[key];
			if (!m) continue;
			const peers = r.m3.peers?.[key];
			const peer = peers ? bestPeer(Object.entries(peers)) : null;
			const target = key === '1m' ? 33 : 16;
			const computePeer = peer ? { ...peer, name: `${peer.name} (compute only)` } : null;
			let rr = null;
			if (m.error) {
				rows.push([
					'M3',
					`click → all views redrawn, ${key}: ${m.error}`,
					'failed',
					'—',
					'—',
					'—',
					`p95 ≤ ${target} ms`,
					'NO'
				]);
			} else {
				rr = add(
					'M3',
					`click → all views redrawn after scrolling through, ${key} (n=${m.n}; first clicks p95 ${fmtMs(m.cold.p95)})`,
					m.median,
					m.p95,
					computePeer,
					'',
					null
				);
			}
			if (m.visible) {
				add(
					'M3',
					`click → visible views redrawn, ${key} (first clicks p95 ${fmtMs(m.visible.cold.p95)})`,
					m.visible.median,
					m.visible.p95,
					null,
					`p95 ≤ ${target} ms`,
					m.visible.p95 !== null && m.visible.p95 <= target
				);
				add(
					'M3',
					`  all views, frames between screens left out, ${key}`,
					m.steps.median,
					m.steps.p95,
					null,
					'',
					null
				);
				s.M3.visible ??= {};
				s.M3.visible[key] = {
					ours_p50_ms: m.visible.median,
					ours_p95_ms: m.visible.p95,
					first_clicks_p95_ms: m.visible.cold.p95,
					target_p95_ms: target,
					met: m.visible.p95 !== null && m.visible.p95 <= target,
					charts_in_view: m.visible.chartsInView ? median(m.visible.chartsInView) : null
				};
			}
			const d = m.data && !m.data.error ? m.data : null;
			const rd = d
				? add(
						'M3',
						`  same clicks, data work only, ${key} (first clicks p95 ${fmtMs(d.cold.p95)})`,
						d.median,
						d.p95,
						computePeer,
						'',
						null
					)
				: null;
			if (d) {
				add(
					'M3',
					`  build the cube, ${key} rows (${d.prepared.cubeRows} cells)`,
					d.prepared.cubeMs,
					null,
					null,
					'',
					null
				);
				add(
					'M3',
					`  prepare (coverage, indexes) + first view data, ${key}`,
					d.prepared.preparedMs + d.prepared.firstMs,
					null,
					null,
					'',
					null
				);
			}
			if (m.openMs !== undefined)
				add(
					'M3',
					`  dashboard open with ${key} rows (navigation → charts ready)`,
					m.openMs,
					null,
					null,
					'',
					null
				);
			s.M3[key] = {
				ours_p50_ms: m.median ?? null,
				ours_p95_ms: m.p95 ?? null,
				error: m.error ?? null,
				clicks: m.n ?? 0,
				first_clicks_p95_ms: m.cold?.p95 ?? null,
				frames_left_out_p95_ms: m.steps?.p95 ?? null,
				data_only_p50_ms: d?.median ?? null,
				data_only_p95_ms: d?.p95 ?? null,
				open_ms: m.openMs ?? null,
				cube_ms: d?.prepared.cubeMs ?? null,
				best_peer: peer,
				ratio: rr,
				data_only_ratio: rd
			};
		}
		if (r.m3.heap) {
			const g = r.m3.heap.growthBytes;
			rows.push([
				'M7',
				`JS heap growth over ${r.m3.heap.clicks} clicks (${r.m3.heap.rows} rows)`,
				fmtMiB(g),
				'—',
				'—',
				'—',
				'≤ 5 MB',
				g <= 5e6 ? 'yes' : 'NO'
			]);
			s.M7_heap = { growth_bytes: g, clicks: r.m3.heap.clicks };
		}
	}
	if (r.firstRender) {
		const o = r.firstRender.ours;
		const p = r.firstRender.echartsFull;
		const rr = add(
			'M5',
			'first render, bundled dashboard (LCP)',
			o.lcp.median,
			o.lcp.p95,
			{ name: 'full-echarts page', ...p.lcp },
			'≤ 1000 ms',
			o.lcp.median <= 1000
		);
		add(
			'M5',
			'  navigation → all charts in the viewport ready',
			o.chartsReady.median,
			o.chartsReady.p95,
			{ name: 'full-echarts page', ...p.chartsReady },
			'',
			null
		);
		s.M5 = {
			ours_ms: o.lcp.median,
			ours_p95_ms: o.lcp.p95,
			best_peer: { name: 'full-echarts page', ms: p.lcp.median },
			ratio: rr
		};
		const r6 = ratio(o.js.gzipBytes, p.js.gzipBytes);
		rows.push([
			'M6',
			'JS for the first view, gzip -9',
			fmtKiB(o.js.gzipBytes),
			'—',
			`full-echarts page ${fmtKiB(p.js.gzipBytes)}`,
			fmtRatio(r6),
			'≤ 250 KiB',
			o.js.gzipBytes <= 250 * 1024 ? 'yes' : 'NO'
		]);
		rows.push([
			'M6',
			'  JS by network idle (+ views loaded in idle time)',
			fmtKiB(o.jsByIdle.gzipBytes),
			'—',
			'',
			'',
			'',
			'—'
		]);
		s.M6 = {
			ours_gzip_bytes: o.js.gzipBytes,
			by_idle_gzip_bytes: o.jsByIdle.gzipBytes,
			best_peer: { name: 'full-echarts page', gzip_bytes: p.js.gzipBytes },
			ratio: r6
		};
	}
	// M7 as one key too (the "keep the keys M1, M2, M3, M5, M6, M7").
	if (s.M7_heap || s.M7_load) s.M7 = { heap: s.M7_heap ?? null, load: s.M7_load ?? null };
	const head = ['', 'measure', 'ours p50', 'ours p95', 'best peer (p50)', 'ratio', 'target', 'met'];
	const widths = head.map((h, i) =>
		Math.max(h.length, ...rows.map((row) => String(row[i]).length))
	);
	const line = (row) => row.map((c, i) => String(c).padEnd(widths[i])).join(' | ');
	console.log(
		`\nSYNTHETIC DATA. ${r.machine.cores} cores (${r.machine.cpu}), Node ${r.machine.node}, Chromium ${r.machine.chromium}; ${r.runs} timed runs after ${r.warmup} warm-up\n`
	);
	console.log(line(head));
	console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
	for (const row of rows) console.log(line(row));
	console.log('');
	return s;
}

main().catch((err) => {
	console.error(err);
	process.exit(1);
});
