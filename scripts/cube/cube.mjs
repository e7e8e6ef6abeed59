#!/usr/bin/env node
/**
 * npm run cube -- <files...> [--out file.csv] [--partners KZ,UZ,...] [--threads n]
 *
 * Turns Eurostat Comext bulk files (full_v2 or legacy header; .dat/.csv, or gzip) into our
 * template CSV at the dashboard's grain with DuckDB (docs/SCALE.md).
 */
import { resolve } from 'node:path';
import { CubeInputError } from './inputs.mjs';
import { DEFAULT_PARTNERS } from './partners.mjs';
import { runCube } from './run.mjs';

const USAGE = `Usage: npm run cube -- <files...> [--out file.csv] [--partners KZ,UZ,...] [--threads n]

  files        Comext bulk files (full_YYYYMM.dat, full_YYYY52.dat; full_v2 or legacy header), plain or .gz.
               Extract Eurostat's .7z archives first (7z x full_v2_202403.7z).
  --out        the template CSV to write (default: comext-template.csv)
  --partners   ISO2 or ISO3 codes, comma-separated (default: ${DEFAULT_PARTNERS.join(',')})
  --threads    DuckDB threads (default: all cores)

See docs/SCALE.md.`;

function parseArgs(argv) {
	const options = { files: [], out: 'comext-template.csv', partners: DEFAULT_PARTNERS };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		const value = () => {
			const v = argv[++i];
			if (v === undefined || v.startsWith('--')) throw new CubeInputError(`${arg} needs a value`);
			return v;
		};
		if (arg === '--help' || arg === '-h') return null;
		else if (arg === '--out') options.out = value();
		else if (arg === '--partners') options.partners = value().split(',').filter(Boolean);
		else if (arg === '--threads') options.threads = Number(value());
		else if (arg.startsWith('--')) throw new CubeInputError(`unknown option ${arg}`);
		else options.files.push(arg);
	}
	return options;
}

const n = (x) => x.toLocaleString('en-GB');

try {
	const options = parseArgs(process.argv.slice(2));
	if (!options) {
		console.log(USAGE);
		process.exit(0);
	}
	if (!options.files.length) throw new CubeInputError(`no input file\n\n${USAGE}`);
	const result = await runCube(options);
	const seconds = result.ms / 1000;
	console.log(`files:    ${result.files.map((f) => `${f.name} (${f.layout})`).join(', ')}`);
	console.log(`rows in:  ${n(result.rowsIn)}`);
	console.log(
		`kept:     ${n(result.rowsKept)} (reporter IT, partners ${options.partners.join(' ')})`
	);
	for (const d of result.dropped) {
		console.log(`  left out ${n(d.rows)} from ${d.file}: ${d.text} (e.g. "${d.example}")`);
	}
	if (result.repeats) console.log(`  ${n(result.repeats)} repeated rows counted once`);
	console.log(`rows out: ${n(result.rowsOut)} → ${resolve(options.out)}`);
	console.log(
		`time:     ${seconds.toFixed(2)} s (${n(Math.round(result.rowsIn / seconds))} rows/s)`
	);
} catch (e) {
	if (e instanceof CubeInputError) {
		console.error(`cube: ${e.message}`);
		process.exit(1);
	}
	throw e;
}
