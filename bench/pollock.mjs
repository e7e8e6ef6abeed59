#!/usr/bin/env node
/**
 * `npm run bench:pollock -- <Pollock checkout>`: scores our CSV reading path and PapaParse on
 * Pollock's 2,290 polluted files (Vitagliano et al., PVLDB 16, 2023) with Pollock's own metric
 * (`bench/pollock-metric.mjs`), simple and weighted, and writes the table into
 * docs/PERFORMANCE.md (section "Pollock"). Not part of `npm test`: it needs the 104 MB corpus.
 *
 * Loaders scored:
 * - ours, auto: bytes → `decodeBytes` → `readTable` (sniffed dialect, header, rows; rows whose
 *   field count does not fit are left out as issues, exactly as the importer reports them);
 * - ours, dialect supplied: the same with delimiter, quote and header line from Pollock's
 *   parameter files;
 * - PapaParse 5, auto-detect (`Papa.parse(text)`, every row, the first as header).
 * A file a loader refuses scores 0 on every measure (Pollock's "Application Error").
 *
 * Options: `--verify <sut>` checks the metric port against Pollock's published per-file results
 * of a reference loader (`results/<sut>/polluted_files/`); `--no-write` leaves the docs alone.
 */
import { readFileSync, readdirSync, writeFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import { format, resolveConfig } from 'prettier';
import { build } from 'rolldown';
import { aggregate, asWritten, pyCsvRead, scoreFile } from './pollock-metric.mjs';

const args = process.argv.slice(2);
const root = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--verify');
if (!root || !existsSync(join(root, 'polluted_files', 'csv'))) {
	console.error(
		'usage: npm run bench:pollock -- <path to a Pollock checkout> [--verify pycsv] [--no-write]'
	);
	process.exit(2);
}
const dir = join(root, 'polluted_files');
const files = readdirSync(join(dir, 'csv'))
	.filter((f) => f.endsWith('.csv'))
	.sort();
const weights = JSON.parse(readFileSync(join(root, 'pollock_weights.json'), 'utf8'));
const clean = new Map(
	files.map((f) => [f, pyCsvRead(readFileSync(join(dir, 'clean', f), 'utf8')).rows])
);

/** Our TypeScript path, bundled once with rolldown (it ships with Vite). */
async function loadOurs() {
	const out = mkdtempSync(join(tmpdir(), 'pollock-'));
	await build({
		input: {
			table: resolve('src/lib/data/import/stages/table.ts'),
			decode: resolve('src/lib/data/import/decode.ts')
		},
		output: { dir: out, format: 'esm' },
		write: true,
		logLevel: 'warn'
	});
	const { readTable } = await import(pathToFileURL(join(out, 'table.js')).href);
	const { decodeBytes } = await import(pathToFileURL(join(out, 'decode.js')).href);
	return { readTable, decodeBytes };
}

function oursLoader({ readTable, decodeBytes }, supplied) {
	return (bytes, file) => {
		const decoded = decodeBytes(bytes);
		if (!decoded.ok) return decoded.reason === 'empty' ? [] : null;
		const text = decoded.text.replaceAll('\0', '');
		let opts = {};
		if (supplied) {
			const p = JSON.parse(
				readFileSync(join(dir, 'parameters', `${file}_parameters.json`), 'utf8')
			);
			const delimiter = p.delimiter.trim() === '' ? ' ' : p.delimiter.trim().charAt(0);
			const headerLine = (p.preamble_lines ?? 0) + 1;
			opts = { delimiter, quote: p.quotechar === "'" ? "'" : '"', headerLine };
		}
		const t = readTable(text, opts);
		if (t.header.length === 0 && t.rows.length === 0) return [];
		return [t.header, ...t.rows.map((r) => r.fields)];
	};
}

function papaLoader(bytes) {
	const text = new TextDecoder('utf-8').decode(bytes);
	return Papa.parse(text, { header: false }).data;
}

function run(name, load) {
	const perFile = [];
	let refused = 0;
	let ms = 0;
	for (const file of files) {
		const bytes = readFileSync(join(dir, 'csv', file));
		let table;
		const t0 = performance.now();
		try {
			table = load(bytes, file);
		} catch {
			table = null;
		}
		ms += performance.now() - t0;
		if (table === null) refused++;
		perFile.push({ file, measures: scoreFile(clean.get(file), table && asWritten(table)) });
	}
	return { name, ...aggregate(perFile, weights), refused, ms, perFile };
}

/** Checks the metric port against a reference loader's published per-file results. */
function verify(sut) {
	const base = join(root, 'results', sut, 'polluted_files');
	const published = pyCsvRead(readFileSync(join(base, `${sut}_results.csv`), 'utf8')).rows.slice(1);
	const expected = new Map(
		published.filter((r) => r.length > 1).map((r) => [r[0], r.slice(1).map(Number)])
	);
	let differing = 0;
	const perFile = files.map((file) => {
		const text = readFileSync(join(base, 'loading', `${file}_converted.csv`), 'utf8');
		const read = pyCsvRead(text);
		const failed = text.split(/\r\n|\n|\r/)[0] === 'Application Error';
		let measures = scoreFile(clean.get(file), failed ? null : read.rows);
		if (!failed && read.hasNul) measures = [1, ...new Array(9).fill(0)];
		const want = expected.get(file) ?? [];
		if (measures.some((m, k) => Math.abs(m - (want[k] ?? NaN)) > 1e-12)) differing++;
		return { file, measures };
	});
	const ours = aggregate(perFile, weights);
	const theirs = aggregate(
		[...expected].map(([file, measures]) => ({ file, measures })),
		weights
	);
	console.log(
		`${sut}: ${differing} of ${files.length} files differ; simple ${ours.simple.toFixed(6)} (published ${theirs.simple.toFixed(6)}), weighted ${ours.weighted.toFixed(6)} (published ${theirs.weighted.toFixed(6)})`
	);
}

function worst(result, n = 10) {
	const byType = new Map();
	for (const { file, measures } of result.perFile) {
		const type = file.replace(/\.csv$/, '').replace(/_row\d+.*$|_\d+_0x20$|\d+_col\d+$/, '');
		const s = measures.reduce((a, b) => a + b, 0);
		const w = weights[file] ?? 0;
		const t = byType.get(type) ?? { type, files: 0, score: 0, weight: 0, lost: 0 };
		t.files++;
		t.score += s;
		t.weight += w;
		t.lost += (10 - s) * w;
		byType.set(type, t);
	}
	const total = Object.values(weights).reduce((a, b) => a + b, 0);
	return [...byType.values()]
		.map((t) => ({ ...t, mean: t.score / t.files, weightedLoss: t.lost / total }))
		.sort((a, b) => a.mean - b.mean || b.weightedLoss - a.weightedLoss)
		.slice(0, n);
}

const fmt = (x) => x.toFixed(3);

async function main() {
	for (let i = 0; i < args.length; i++) if (args[i] === '--verify') verify(args[i + 1]);
	const ours = await loadOurs();
	const results = [
		run('ours, own dialect detection', oursLoader(ours, false)),
		run('PapaParse 5, auto-detect', papaLoader),
		run("ours, dialect supplied from Pollock's parameter files", oursLoader(ours, true))
	];
	const table = [
		'| loader | simple /10 | weighted /10 | files refused | loading time (s) |',
		'| --- | --- | --- | --- | --- |',
		...results.map(
			(r) =>
				`| ${r.name} | ${fmt(r.simple)} | ${fmt(r.weighted)} | ${r.refused} | ${(r.ms / 1000).toFixed(1)} |`
		)
	];
	const worstRows = [
		'| pollution | files | mean score /10 | weighted points lost |',
		'| --- | --- | --- | --- |',
		...worst(results[0]).map(
			(t) => `| \`${t.type}\` | ${t.files} | ${fmt(t.mean)} | ${fmt(t.weightedLoss)} |`
		)
	];
	console.log([...table, '', 'Worst pollution types (ours, auto):', ...worstRows].join('\n'));
	if (args.includes('--no-write')) return;
	let section = [
		'## Pollock',
		'',
		'<!-- bench:pollock start (written by `npm run bench:pollock -- <Pollock checkout>`) -->',
		'',
		`Pollock (Vitagliano et al., PVLDB 16, 2023) scores CSV loaders from 0 to 10 on ${files.length} polluted versions of one file against their clean versions; "weighted" weights each pollution by how often it occurs in the authors' survey of real files. The metric is ported in \`bench/pollock-metric.mjs\`; on the published per-file results of Pollock's own loaders it reproduces every file's ten measures (\`--verify pycsv\`, \`--verify clevercs\`). Measured on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}:`,
		'',
		...table,
		'',
		'"Ours" is bytes → `decodeBytes` → `readTable` (`src/lib/data/import/stages/table.ts`): the sniffed dialect, the header, and every row whose field count fits (the others are issues in the report with their line, as the importer lists them); a refused file would score 0. Before issue 15 the same metric gave our path 9.555 simple / 9.503 weighted with 84 files refused (9.547 / 9.706 with the dialect supplied); the best published loader is DuckDB with the dialect supplied, 9.961 / 9.599 (its auto-detection: 9.075 / 8.439). The loading time is decode and read of all files, without the scoring.',
		'',
		'The ten pollution types where our auto-detection scores lowest (mean over their files; the last column is what they take off the weighted score out of 10):',
		'',
		...worstRows,
		'',
		'<!-- bench:pollock end -->'
	].join('\n');
	const doc = 'docs/PERFORMANCE.md';
	// Formatted as `npm run lint` expects, so that only this section changes.
	section = (
		await format(section, { ...(await resolveConfig(doc)), parser: 'markdown' })
	).trimEnd();
	const text = readFileSync(doc, 'utf8');
	const start = text.indexOf('## Pollock\n');
	const endMark = '<!-- bench:pollock end -->';
	const next =
		start >= 0
			? text.slice(0, start) + section + text.slice(text.indexOf(endMark, start) + endMark.length)
			: `${text.trimEnd()}\n\n${section}\n`;
	writeFileSync(doc, next);
	console.log(`written to ${doc}`);
}

await main();
