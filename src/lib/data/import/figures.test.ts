/**
 * One figure per cell, and no wrong figure in silence (issue 10, import side):
 * - a cell (reporter, partner, flow, sector, period, currency) given twice in a file is one
 *   figure: a repeat is kept once, a conflict keeps the first value; never a sum, always reported;
 * - whole-economy totals are TOTAL in every format, and a part above its total is reported;
 * - provisional / estimated / confidential flags travel with the figures (SDMX, template,
 *   footnotes under a table);
 * - periods a spreadsheet turned into numbers (2005.1) are never read;
 * - numbers too small to represent or too large for any trade figure are rejected.
 * Fixtures are inline and small: each test says what a user would see in the report.
 */
import { describe, expect, it } from 'vitest';
import { describeIssue } from '../../i18n/issues';
import { isTotalText } from './formats/common';
import { footnoteFlags } from './footnotes';
import {
	importFile,
	isRejectionCode,
	type ImportIssue,
	type ImportResult,
	type IssueCode
} from './index';
import { parsePeriodText } from './periods';
import { MAX_ISSUES_PER_CODE } from './pipeline';

const HEADER = 'period,partner,flow,reporter,sector,sector_label,value,currency,source,note,flag';
const enc = (s: string) => new TextEncoder().encode(s);
const run = (text: string, name = 'f.csv') => importFile(enc(text), name);
const tpl = (...lines: string[]) => run(`${HEADER}\n${lines.join('\n')}\n`);
const issuesOf = (r: ImportResult, code: IssueCode) =>
	r.report.issues.filter((i) => i.code === code);
const en = (i: ImportIssue | undefined) => describeIssue(i as ImportIssue, 'en');
const it_ = (i: ImportIssue | undefined) => describeIssue(i as ImportIssue, 'it');

/** The report's promises: read = accepted + rejected = Σ rejectedByCode + accepted. */
function reconciles(r: ImportResult) {
	const rep = r.report;
	expect(rep.read).toBe(rep.accepted + rep.rejected);
	const parts = rep.issues.find((i) => i.code === 'parts-summed')?.params.rows ?? 0;
	expect(rep.accepted).toBe(r.rows.length + r.investment.length + r.events.length + Number(parts));
	expect(Object.values(rep.rejectedByCode).reduce((a, b) => a + (b ?? 0), 0)).toBe(rep.rejected);
	for (const i of rep.issues) {
		expect(en(i)).not.toMatch(/undefined|NaN|\[object/);
		expect(it_(i)).not.toMatch(/undefined|NaN|\[object/);
		expect(en(i)).not.toBe(it_(i));
	}
}

describe('one figure per cell within a file', () => {
	it('a repeated identical row is kept once and reported as "line 4 repeats line 2"', () => {
		const r = tpl(
			'2023,KAZ,export,ITA,TOTAL,,100,EUR,ISTAT,,',
			'2023,UZB,export,ITA,TOTAL,,50,EUR,ISTAT,,',
			'2023,KAZ,export,ITA,TOTAL,,100,EUR,ISTAT,,'
		);
		reconciles(r);
		expect(r.rows.map((x) => [x.partner, x.value])).toEqual([
			['KAZ', 100],
			['UZB', 50]
		]);
		expect(r.report).toMatchObject({
			read: 3,
			accepted: 2,
			rejected: 1,
			rejectedByCode: { 'duplicate-row': 1 }
		});
		const [dup] = issuesOf(r, 'duplicate-row');
		expect(dup).toMatchObject({ line: 4, column: 7, header: 'value' });
		expect(en(dup)).toMatch(/^Line 4, column 7 \(value\): line 4 repeats line 2: /);
		expect(en(dup)).toContain('kept once');
		// The report's issue table shows the reason without the line prefix: it still names both.
		expect(describeIssue({ ...(dup as ImportIssue), line: null, column: null }, 'en')).toMatch(
			/^Line 4 repeats line 2: the same figure \(partner KAZ, exports, reporter ITA, sector TOTAL, 2023, EUR\) with the same value 100; it is kept once\.$/
		);
		expect(it_(dup)).toContain('la riga 4 ripete la riga 2');
	});

	it('two values for one cell (ISTAT then Eurostat): the first is kept, never the sum, and both lines, values and sources are named', () => {
		const r = tpl(
			'2023,KAZ,export,ITA,TOTAL,,1000,EUR,ISTAT,,',
			'2023,KAZ,export,ITA,TOTAL,,1200,EUR,Eurostat Comext,,'
		);
		reconciles(r);
		expect(r.rows).toHaveLength(1);
		expect(r.rows[0]).toMatchObject({ value: 1000, source: 'ISTAT' });
		expect(r.report).toMatchObject({
			accepted: 1,
			rejected: 1,
			rejectedByCode: { 'conflicting-value': 1 }
		});
		const [c] = issuesOf(r, 'conflicting-value');
		expect(c).toMatchObject({ line: 3, column: 7 });
		const text = en(c);
		expect(text).toContain('line 3 gives 1,200 (source "Eurostat Comext") for a figure line 2');
		expect(text).toContain('1,000');
		expect(text).toContain('1,200');
		expect(text).toContain('"ISTAT"');
		expect(text).toContain('"Eurostat Comext"');
		expect(text).toContain('never added');
		expect(it_(c)).toContain('mai sommati');
	});

	it('the same cell twice in a wide table (two headers for 2023) is a conflict, not two figures', () => {
		const r = run(
			'Paese;Merce;Flusso;2023;2023 (p)\nKazakhstan;Totale;Export;100;120\n',
			'istat.csv'
		);
		reconciles(r);
		expect(r.format?.id).toBe('istat-wide');
		expect(r.rows.map((x) => x.value)).toEqual([100]);
		const [c] = issuesOf(r, 'conflicting-value');
		expect(c).toMatchObject({ line: 2, column: 5, header: '2023 (p)' });
	});

	it('a mirror figure (the partner reports) is another cell, not a duplicate', () => {
		const r = tpl(
			'2023,KAZ,export,ITA,TOTAL,,100,EUR,ISTAT,,',
			'2023,KAZ,export,KAZ,TOTAL,,90,EUR,stat.gov.kz,,'
		);
		expect(r.report).toMatchObject({ accepted: 2, rejected: 0 });
	});

	it('the same cell in EUR and in USD: both kept, one notice that they are never added', () => {
		const r = tpl(
			'2023,KAZ,export,ITA,TOTAL,,100,EUR,ISTAT,,',
			'2023,UZB,export,ITA,TOTAL,,40,EUR,ISTAT,,',
			'2023,KAZ,export,ITA,TOTAL,,110,USD,UN Comtrade,,',
			'2023,UZB,export,ITA,TOTAL,,44,USD,UN Comtrade,,'
		);
		reconciles(r);
		expect(r.report).toMatchObject({ read: 4, accepted: 4, rejected: 0 });
		expect(issuesOf(r, 'duplicate-row')).toHaveLength(0);
		expect(issuesOf(r, 'conflicting-value')).toHaveLength(0);
		const notices = issuesOf(r, 'two-currencies');
		expect(notices).toHaveLength(1);
		expect(notices[0]).toMatchObject({ line: 4, params: { count: 2, first: 2 } });
		expect(en(notices[0])).toContain('never adds them');
		expect(it_(notices[0])).toContain('non li somma mai');
	});

	it('a million identical rows become one figure; the issue list is capped, the counts stay exact', () => {
		const n = 1_000_000;
		const line = '2023,KAZ,export,ITA,TOTAL,,42,EUR,ISTAT,,\n';
		const t0 = performance.now();
		const r = run(`${HEADER}\n${line.repeat(n)}`);
		const ms = performance.now() - t0;
		console.log(
			`[figures] ${n.toLocaleString('en')} identical rows → 1 figure in ${Math.round(ms)} ms`
		);
		expect(r.rows).toHaveLength(1);
		expect(r.report).toMatchObject({
			read: n,
			accepted: 1,
			rejected: n - 1,
			rejectedByCode: { 'duplicate-row': n - 1 }
		});
		expect(issuesOf(r, 'duplicate-row')).toHaveLength(MAX_ISSUES_PER_CODE);
		const truncated = r.report.issues.find(
			(i) => i.code === 'issues-truncated' && i.params.code === 'duplicate-row'
		);
		expect(truncated?.params.omitted).toBe(n - 1 - MAX_ISSUES_PER_CODE);
		expect(en(truncated)).toContain('kept once');
	}, 120_000);
});

describe('totals', () => {
	it.each([
		'Totale',
		'TOTALE',
		'Totale attività economiche',
		'  totale   attivita  economiche ',
		'Totale generale',
		'Total',
		'TOTAL',
		'All products',
		'All Commodities',
		'TOTAL - All Commodities',
		'Totale (a)',
		'_T'
	])('%j is the whole economy', (text) => expect(isTotalText(text)).toBe(true));

	it.each(['84', 'Totally new', 'Prodotti tessili', 'Total of which machinery', 'CK28-Macchinari'])(
		'%j is not a total',
		(text) => expect(isTotalText(text)).toBe(false)
	);

	it('an ISTAT table maps "Totale attività economiche" and "Totale generale" to TOTAL', () => {
		const r = run(
			'Paese;Ateco;Flusso;2023\nKazakhstan;Totale attività economiche;Export;100\nUzbekistan;Totale generale;Export;50\n',
			'istat.csv'
		);
		expect(r.rows.map((x) => [x.partner, x.sector, x.sectorLabel])).toEqual([
			['KAZ', 'TOTAL', null],
			['UZB', 'TOTAL', null]
		]);
	});

	it('a template row with sector "Totale" is the TOTAL of the other formats', () => {
		const r = tpl('2023,KAZ,export,ITA,Totale,,100,EUR,ISTAT,,');
		expect(r.rows[0]?.sector).toBe('TOTAL');
	});

	it("a part above its total is reported with its line and column and the total's line; the rows stay", () => {
		const r = run(
			[
				'Paese;Merce;Flusso;2022;2023',
				'Kazakhstan;Totale;Export;1000;1000',
				'Kazakhstan;27-Combustibili;Export;400;1004',
				'Uzbekistan;Totale;Export;500;500',
				'Kazakhstan;84-Macchinari;Export;200;4960',
				''
			].join('\n'),
			'istat.csv'
		);
		reconciles(r);
		expect(r.report).toMatchObject({ accepted: 8, rejected: 0 });
		const parts = issuesOf(r, 'part-exceeds-total');
		// 1004 is within 0.5% of 1000: not reported. 4960 is.
		expect(parts).toHaveLength(1);
		expect(parts[0]).toMatchObject({ line: 5, column: 5, header: '2023' });
		expect(en(parts[0])).toMatch(
			/^Line 5, column 5 \(2023\): HS 84 \(line 5\) is 496% of the total \(line 2\)/
		);
		expect(it_(parts[0])).toContain('è il 496% del totale (riga 2)');
		expect(isRejectionCode('part-exceeds-total')).toBe(false);
	});

	it('SDMX TOTAL and a part above it: reported; other partners or currencies are not compared', () => {
		const head =
			'DATAFLOW,freq,reporter,partner,product,flow,indicators,TIME_PERIOD,OBS_VALUE,OBS_FLAG';
		const row = (partner: string, product: string, value: string) =>
			`ESTAT:DS-045409(1.0),A,IT,${partner},${product},2,VALUE_IN_EUROS,2023,${value},`;
		const r = run(
			[head, row('KZ', 'TOTAL', '100'), row('KZ', '84', '300'), row('UZ', '84', '300'), ''].join(
				'\n'
			)
		);
		expect(r.format?.id).toBe('comext-sdmx');
		expect(r.rows.map((x) => x.sector)).toEqual(['TOTAL', '84', '84']);
		const parts = issuesOf(r, 'part-exceeds-total');
		expect(parts.map((p) => [p.line, p.params.totalLine, p.params.pct])).toEqual([[3, 2, 300]]);
	});
});

describe('flags', () => {
	it('SDMX-CSV OBS_FLAG: p provisional, e estimated, c confidential, b (break) no flag', () => {
		const head =
			'DATAFLOW,freq,reporter,partner,product,flow,indicators,TIME_PERIOD,OBS_VALUE,OBS_FLAG';
		const row = (period: string, flag: string) =>
			`ESTAT:DS-045409(1.0),A,IT,KZ,TOTAL,2,VALUE_IN_EUROS,${period},100,${flag}`;
		const r = run(
			[head, row('2020', 'p'), row('2021', 'e'), row('2022', 'c'), row('2023', 'b'), ''].join('\n')
		);
		expect(r.rows.map((x) => [x.period, x.flag])).toEqual([
			['2020', 'p'],
			['2021', 'e'],
			['2022', 'c'],
			['2023', '']
		]);
	});

	it('SDMX-CSV OBS_STATUS (with labels) is read like OBS_FLAG', () => {
		const r = run(
			[
				'STRUCTURE,STRUCTURE_ID,freq,reporter,partner,product,flow,indicators,TIME_PERIOD,OBS_VALUE,OBS_STATUS',
				'dataflow,ESTAT:DS-045409(1.0),A,IT,KZ,TOTAL,2,VALUE_IN_EUROS,2023,100,p: provisional',
				'dataflow,ESTAT:DS-045409(1.0),A,IT,KZ,TOTAL,2,VALUE_IN_EUROS,2022,90,',
				''
			].join('\n')
		);
		expect(r.format?.id).toBe('comext-sdmx');
		expect(r.rows.map((x) => [x.period, x.flag])).toEqual([
			['2023', 'p'],
			['2022', '']
		]);
	});

	it('the template flag column takes c (confidential); anything else is an error with its cell', () => {
		const r = tpl(
			'2023,KAZ,export,ITA,TOTAL,,100,EUR,ISTAT,,c',
			'2022,KAZ,export,ITA,TOTAL,,100,EUR,ISTAT,,x'
		);
		expect(r.rows.map((x) => x.flag)).toEqual(['c']);
		expect(issuesOf(r, 'invalid-flag')[0]).toMatchObject({ line: 3, column: 11 });
	});

	it('"dati 2023 provvisori" below an ISTAT table flags the 2023 figures p, and says so', () => {
		const r = run(
			[
				'Paese;Merce;Flusso;2022;2023',
				'Kazakhstan;Totale;Export;100;120',
				'Uzbekistan;Totale;Export;50;60',
				'Fonte: ISTAT, dati 2023 provvisori',
				''
			].join('\n'),
			'istat.csv'
		);
		reconciles(r);
		expect(r.rows.map((x) => [x.partner, x.period, x.flag])).toEqual([
			['KAZ', '2022', ''],
			['KAZ', '2023', 'p'],
			['UZB', '2022', ''],
			['UZB', '2023', 'p']
		]);
		const [n] = issuesOf(r, 'footnote-flag');
		expect(n).toMatchObject({ line: 4, params: { years: '2023', flag: 'p', count: 2 } });
		expect(en(n)).toContain('was read as a flag');
		expect(en(n)).toContain('provisional');
		expect(it_(n)).toContain('provvisori');
	});

	it('period headers marked (p) or (e) flag their column', () => {
		const r = run(
			'Paese;Merce;Flusso;2022;2023 (e);2024 (p)\nKazakhstan;Totale;Export;1;2;3\n',
			'istat.csv'
		);
		expect(r.rows.map((x) => [x.period, x.flag])).toEqual([
			['2022', ''],
			['2023', 'e'],
			['2024', 'p']
		]);
	});

	it('"2023 provisional data" in English, and a note naming no year flags nothing', () => {
		const table = 'Paese;Merce;Flusso;2022;2023\nKazakhstan;Totale;Export;100;120\n';
		const a = run(`${table}2023 provisional data\n`, 'istat.csv');
		expect(a.rows.map((x) => x.flag)).toEqual(['', 'p']);
		const b = run(`${table}(p) dati provvisori\n`, 'istat.csv');
		expect(b.rows.map((x) => x.flag)).toEqual(['', '']);
		expect(issuesOf(b, 'footnote-flag')).toHaveLength(0);
	});

	it('footnoteFlags: final years are not flagged, ranges and estimates are read', () => {
		const f = footnoteFlags([
			{ line: 9, text: 'Dati 2022 definitivi, 2023 provvisori' },
			{ line: 10, text: '2019-2021: dati stimati' }
		]);
		expect(f).toEqual([
			{ line: 9, text: 'Dati 2022 definitivi, 2023 provvisori', flag: 'p', years: [2023] },
			{ line: 10, text: '2019-2021: dati stimati', flag: 'e', years: [2019, 2020, 2021] }
		]);
	});
});

describe('periods a spreadsheet saved as numbers', () => {
	it('2005.1 … 2005.12 are rejected with line, column and the reason, never mapped', () => {
		const r = tpl(
			'2005.1,KAZ,export,ITA,TOTAL,,1,EUR,ISTAT,,',
			'2005.10,KAZ,export,ITA,TOTAL,,2,EUR,ISTAT,,',
			'2005.12,KAZ,export,ITA,TOTAL,,3,EUR,ISTAT,,',
			'2005-02,KAZ,export,ITA,TOTAL,,4,EUR,ISTAT,,'
		);
		reconciles(r);
		expect(r.rows.map((x) => x.period)).toEqual(['2005-02']);
		expect(r.report.rejectedByCode).toEqual({ 'spreadsheet-period': 3 });
		const first = issuesOf(r, 'spreadsheet-period')[0];
		expect(first).toMatchObject({ line: 2, column: 1, header: 'period' });
		expect(en(first)).toBe(
			'Line 2, column 1 (period): "2005.1" looks like a month number saved by a spreadsheet: 2005.1 may be January or October (a spreadsheet turns 2005.10 into 2005.1), so no period written this way is read; write periods as 2005-01.'
		);
		expect(it_(first)).toContain('può essere gennaio o ottobre');
		expect(parsePeriodText('2005.1')).toBeNull();
		expect(parsePeriodText('2005-1')).toBe('2005-01');
	});

	it('in other formats too (Comext long, Comtrade legacy)', () => {
		const comext = run(
			'reporter,partner,flow,product_code,period,value_eur\nIT,KZ,2,TOTAL,2005.1,100\n'
		);
		expect(comext.format?.id).toBe('comext-long');
		expect(issuesOf(comext, 'spreadsheet-period')[0]).toMatchObject({ line: 2, column: 5 });
	});

	it('a wide table whose period headers are 2005.1, 2005.2: every cell of those columns is rejected', () => {
		const r = run(
			'Paese;Merce;Flusso;2005.1;2005.2;2006\nKazakhstan;Totale;Export;10;20;30\n',
			'istat.csv'
		);
		reconciles(r);
		expect(r.rows.map((x) => x.period)).toEqual(['2006']);
		expect(r.report.rejectedByCode).toEqual({ 'spreadsheet-period': 2 });
		expect(issuesOf(r, 'spreadsheet-period').map((i) => [i.line, i.column])).toEqual([
			[2, 4],
			[2, 5]
		]);
	});
});

describe('numbers no trade figure can be', () => {
	it('1e-400 is not a silent 0: rejected as too small to represent', () => {
		const r = tpl(
			'2023,KAZ,export,ITA,TOTAL,,1e-400,EUR,ISTAT,,',
			'2022,KAZ,export,ITA,TOTAL,,0,EUR,ISTAT,,',
			'2021,KAZ,export,ITA,TOTAL,,0.000,EUR,ISTAT,,'
		);
		reconciles(r);
		expect(r.rows.map((x) => x.period)).toEqual(['2022', '2021']);
		const [i] = issuesOf(r, 'number-too-small');
		expect(i).toMatchObject({ line: 2, column: 7 });
		expect(en(i)).toContain('too small to represent');
	});

	it("a value above 1e15 (in full units, after the file's unit) is rejected with line, column and reason", () => {
		const r = tpl(
			'2023,KAZ,export,ITA,TOTAL,,2e15,EUR,ISTAT,,',
			'2022,KAZ,export,ITA,TOTAL,,1e400,EUR,ISTAT,,',
			'2021,KAZ,export,ITA,TOTAL,,1000000000000000,EUR,ISTAT,,'
		);
		reconciles(r);
		expect(r.rows.map((x) => x.value)).toEqual([1e15]);
		expect(issuesOf(r, 'number-too-large').map((i) => [i.line, i.column])).toEqual([
			[2, 7],
			[3, 7]
		]);
		expect(en(issuesOf(r, 'number-too-large')[0])).toContain(
			'larger than any plausible trade figure'
		);
		// Whatever is accepted, sums stay finite.
		expect(Number.isFinite(r.rows.reduce((a, x) => a + x.value, 0))).toBe(true);
	});

	it('the limit applies after scaling: 2,000,000,000,000 thousand euro is rejected, with the factor', () => {
		const r = run(
			'Valori in migliaia di euro;;;\nPaese;Merce;Flusso;2023\nKazakhstan;Totale;Export;2000000000000\nUzbekistan;Totale;Export;5\n',
			'istat.csv'
		);
		reconciles(r);
		expect(r.rows.map((x) => [x.partner, x.value])).toEqual([['UZB', 5000]]);
		const [i] = issuesOf(r, 'number-too-large');
		expect(i).toMatchObject({ line: 3, column: 4, params: { factor: 1000 } });
		expect(en(i)).toContain('× 1,000');
	});
});

describe('figures as published through the template (issue 16)', () => {
	it('reads January-to-month spans and half-years as cumulative periods', () => {
		expect(parsePeriodText('2024-01..2024-08')).toBe('2024-01..2024-08');
		expect(parsePeriodText('Jan-Aug 2024')).toBe('2024-01..2024-08');
		expect(parsePeriodText('gen.–ago. 2024')).toBe('2024-01..2024-08');
		expect(parsePeriodText('H1 2023')).toBe('2023-01..2023-06');
		expect(parsePeriodText('2023-H2')).toBe('2023-07..2023-12');
		// Across years, or backwards: not a period.
		expect(parsePeriodText('2023-11..2024-02')).toBeNull();
		expect(parsePeriodText('Aug-Jan 2024')).toBeNull();
		// The whole year stays a year.
		expect(parsePeriodText('Jan-Dec 2019')).toBe('2019');
	});

	it('keeps a cumulative figure and a turnover published as such, apart from months and flows', () => {
		const r = tpl(
			'2024-01..2024-08,KAZ,turnover,KAZ,TOTAL,,13800000000,USD,BNS,,',
			'Jan-Aug 2024,KAZ,import,KAZ,TOTAL,,12900000000,USD,BNS,,',
			'2024-08,KAZ,import,KAZ,TOTAL,,1500000000,USD,BNS,,',
			'2024-01..2024-08,KAZ,import,KAZ,TOTAL,,12900000000,USD,BNS,,'
		);
		reconciles(r);
		expect(r.rows.map((x) => [x.period, x.freq, x.flow, x.value])).toEqual([
			['2024-01..2024-08', 'C', 'turnover', 13.8e9],
			['2024-01..2024-08', 'C', 'import', 12.9e9],
			['2024-08', 'M', 'import', 1.5e9]
		]);
		// The same span written twice is one figure (a repeat), whatever its spelling.
		expect(issuesOf(r, 'duplicate-row')).toHaveLength(1);
	});
});

describe('a figure published as its parts (Comext bulk)', () => {
	const BULK =
		'REPORTER,PARTNER,TRADE_TYPE,PRODUCT_NC,PRODUCT_SITC,PRODUCT_CPA21,PRODUCT_CPA22,PRODUCT_BEC,PRODUCT_BEC5,PRODUCT_SECTION,FLOW,STAT_PROCEDURE,SUPPL_UNIT,PERIOD,VALUE_EUR,VALUE_NAC,QUANTITY_KG,QUANTITY_SUPPL_UNIT';
	const row = (procedure: string, value: number, product = '84818099') =>
		`IT,KZ,E,${product},74780,2814,2814,42,42,16,2,${procedure},NO_SU,202403,${value},${value},10,0`;

	it('adds the statistical procedures of one cell into its figure, without a conflict', () => {
		const r = run(`${BULK}\n${row('1', 1000)}\n${row('2', 250)}\n${row('3', 5)}\n`, 'full.dat');
		reconciles(r);
		expect(r.format?.id).toBe('comext-bulk');
		expect(r.rows.map((x) => [x.sector, x.period, x.value])).toEqual([
			['84818099', '2024-03', 1255]
		]);
		expect(r.report.rejectedByCode).toEqual({});
	});

	it('keeps a part seen twice as a repeat or a conflict, never added', () => {
		const r = run(`${BULK}\n${row('1', 1000)}\n${row('1', 1000)}\n${row('1', 7)}\n`, 'full.dat');
		reconciles(r);
		expect(r.rows.map((x) => x.value)).toEqual([1000]);
		expect(r.report.rejectedByCode).toEqual({ 'duplicate-row': 1, 'conflicting-value': 1 });
	});

	it('never adds rows of two products', () => {
		const r = run(`${BULK}\n${row('1', 1000)}\n${row('2', 250, '27090090')}\n`, 'full.dat');
		expect(r.rows.map((x) => [x.sector, x.value])).toEqual([
			['84818099', 1000],
			['27090090', 250]
		]);
	});
});
