/**
 * Limits (anchors §4.7, catalogue A4, A7, E18, F7): a file over the in-browser cap is refused
 * before it is read, with a message that gives the cap and what to do; a 1,000,000-column line
 * and 100,000-character cells take bounded time (measured here).
 */
import { describeIssue } from '../../i18n/issues';
import { describe, expect, it } from 'vitest';
import { runImport } from '../worker/client';
import { RecordReader } from './csv';
import { importFile, MAX_BYTES, type ImportIssue } from './index';
import { MAX_CELL_CHARS, MAX_COLUMNS } from './pipeline';

const HEADER = 'period,partner,flow,reporter,sector,sector_label,value,currency,source,note,flag';
const enc = (s: string) => new TextEncoder().encode(s);

/*
 * The time bounds below separate linear work from quadratic work (which on these inputs would
 * take minutes: 10^10 steps and more), not a speed target: they are set well above what a loaded
 * 2-core machine takes, so that they fail on a complexity regression and never on load.
 */
function timed<T>(fn: () => T): [T, number] {
	const t0 = performance.now();
	const out = fn();
	return [out, performance.now() - t0];
}

describe('files over the cap', () => {
	it('are refused from File.size, before reading, with the cap and what to do', async () => {
		let read = false;
		const file = {
			name: 'comext-full.csv',
			size: 3 * 1024 ** 3,
			arrayBuffer: () => {
				read = true;
				return Promise.reject(new Error('must not read'));
			}
		} as unknown as File;
		const t0 = performance.now();
		const r = await runImport(file).promise;
		expect(performance.now() - t0).toBeLessThan(1000);
		expect(read).toBe(false);
		expect(r.fatal?.code).toBe('file-too-large');
		const en = describeIssue(r.fatal as ImportIssue, 'en');
		const it = describeIssue(r.fatal as ImportIssue, 'it');
		expect(en).toBe(
			`The file is 3,072 MB; the limit in the browser is ${MAX_BYTES / 1048576} MB. Nothing was read: keep only the rows you need (fewer partners, years or products) or split it into several files, and load those.`
		);
		expect(it).toMatch(
			/^Il file è di 3\.072 MB; il limite nel browser è 256 MB\. Non è stato letto nulla: tieni solo/
		);
	});
});

describe('bounded work', () => {
	it('a 1,000,000-column header is refused in bounded time (seconds, not minutes)', () => {
		const text = `${Array.from({ length: 1_000_000 }, (_, i) => `c${i}`).join(',')}\n1,2\n`;
		const [r, ms] = timed(() => importFile(enc(text), 'wide.csv'));
		console.log(`[limits] 1,000,000-column header: ${Math.round(ms)} ms`);
		expect(ms).toBeLessThan(5000);
		expect(r.fatal).toMatchObject({
			code: 'too-many-columns',
			line: 1,
			params: { columns: 1_000_000, limit: MAX_COLUMNS }
		});
		expect(describeIssue(r.fatal as ImportIssue, 'en')).toMatch(
			/^Line 1: the header has 1,000,000 columns; the limit is 2,000/
		);
	});

	it('a 1,000,000-field data row is rejected with its count, in bounded time and memory', () => {
		const text = `${HEADER}\n${'x,'.repeat(999_999)}x\n2023,KAZ,export,ITA,TOTAL,,1,EUR,s,,\n`;
		const [r, ms] = timed(() => importFile(enc(text), 'row.csv'));
		console.log(`[limits] 1,000,000-field row: ${Math.round(ms)} ms`);
		expect(ms).toBeLessThan(5000);
		expect(r.rows).toHaveLength(1);
		expect(r.report.issues.find((i) => i.code === 'field-count')).toMatchObject({
			line: 2,
			params: { expected: 11, found: 1_000_000 }
		});
		// The reader keeps at most maxFields fields of a record, whatever its length.
		const rec = new RecordReader('a,'.repeat(1_000_000), ',', 5).next();
		expect(rec?.fields).toHaveLength(5);
		expect(rec?.fieldCount).toBe(1_000_001);
	});

	it('100,000-character cells in every column take linear time (under 400 ms each, best of 3)', () => {
		const fillers = [
			'1'.repeat(100_000) + 'x',
			' '.repeat(100_000) + 'x',
			'1' + ' '.repeat(100_000) + 'x',
			'1.'.repeat(50_000),
			'"'.repeat(100_000),
			'é'.repeat(100_000),
			'('.repeat(100_000),
			'2023' + ' '.repeat(100_000) + 'Q1'
		];
		const times: number[] = [];
		for (let col = 0; col < 11; col++) {
			for (const filler of fillers) {
				const cells = ['2023', 'KAZ', 'export', 'ITA', 'TOTAL', '', '1', 'EUR', 's', '', ''];
				cells[col] = `"${filler.replaceAll('"', '""')}"`;
				const text = `${HEADER}\n${cells.join(',')}\n2023,UZB,export,ITA,TOTAL,,1,EUR,s,,\n`;
				const bytes = enc(text);
				// The best of three runs: the first call of a code path also pays for compiling it.
				const runs = [0, 1, 2].map(() => timed(() => importFile(bytes, 'cell.csv')));
				const [r, ms] = runs.reduce((a, b) => (b[1] < a[1] ? b : a));
				times.push(ms);
				expect(ms, `column ${col + 1}, ${JSON.stringify(filler.slice(0, 8))}…`).toBeLessThan(400);
				expect(r.report.read).toBe(r.report.accepted + r.report.rejected);
				expect(r.rows.some((x) => x.partner === 'UZB')).toBe(true);
			}
		}
		console.log(
			`[limits] ${times.length} imports with a 100k-character cell: max ${Math.round(Math.max(...times))} ms, median ${Math.round(times.sort((a, b) => a - b)[times.length >> 1] as number)} ms`
		);
	});

	it('a cell over the cell cap rejects its row, naming line, column and length', () => {
		const text = `${HEADER}\n2023,KAZ,export,ITA,TOTAL,,1,EUR,s,${'n'.repeat(MAX_CELL_CHARS + 1)},\n`;
		const r = importFile(enc(text), 'big-cell.csv');
		const issue = r.report.issues.find((i) => i.code === 'cell-too-long') as ImportIssue;
		expect(issue).toMatchObject({ line: 2, column: 10, header: 'note' });
		expect(describeIssue(issue, 'en')).toBe(
			'Line 2, column 10 (note): the cell holds 1,000,001 characters; the limit is 1,000,000: row rejected (a missing closing quote?).'
		);
	});
});
