import { describe, expect, it } from 'vitest';
import { importFile } from '../data/import/pipeline';
import type { ImportIssue } from '../data/import/types';
import type { Observation } from '../data/schema';
import { toTable } from '../data/table';
import { observation } from '../testing/observation';
import { currentRows, issuesCsv, templateCsv, TEMPLATE_HEADER } from './downloads';

/** Italian exports to Kyrgyzstan, January 2025 (test values). */
const obs = (p: Partial<Observation>): Observation =>
	observation({
		period: '2025-01',
		freq: 'M',
		year: 2025,
		month: 1,
		partner: 'KGZ',
		source: 'test',
		dataset: 'a',
		...p
	});

describe('templateCsv cells (the one CSV writer)', () => {
	const cellOf = (note: string) =>
		templateCsv([obs({ note })])
			.split('\r\n')[1]
			?.replace('2025-01,KGZ,export,ITA,TOTAL,,1,EUR,test,', '');
	it.each([
		['plain', 'plain,'],
		['a,b', '"a,b",'],
		['say "hi"', '"say ""hi""",'],
		['two\nlines', '"two\nlines",'],
		['=1+1', "'=1+1,"],
		['＝1+1', "'＝1+1,"],
		['  =1+1', "'  =1+1,"],
		['-x', "'-x,"],
		['@SUM(A1)', "'@SUM(A1),"],
		['ok\n=cmd', `"ok\n'=cmd",`],
		["RT;=1+cmd|' /C calc'!A0", "RT;'=1+cmd|' /C calc'!A0,"],
		[' padded ', '" padded ",']
	] as const)('%j → %s', (input, expected) => {
		expect(cellOf(input)).toBe(expected);
	});

	it('writes numbers as numbers, negative ones included', () => {
		expect(templateCsv([obs({ value: -5 })]).split('\r\n')[1]).toContain(',-5,EUR,');
		expect(templateCsv([obs({ value: Number.NaN })]).split('\r\n')[1]).toContain(',,EUR,');
	});
});

describe('templateCsv', () => {
	it('writes the template header and round-trips through the importer', () => {
		const rows = [
			obs({ value: 1000.5, note: 'a, "quoted" note', flag: 'p' }),
			obs({
				period: '2023',
				freq: 'A',
				year: 2023,
				month: null,
				partner: 'KAZ',
				flow: 'import',
				sector: '27',
				sectorLabel: 'Mineral fuels',
				value: 123456789,
				currency: 'USD',
				reporter: 'KAZ'
			})
		];
		const csv = templateCsv(rows);
		expect(csv.split('\r\n')[0]).toBe(TEMPLATE_HEADER.join(','));
		const back = importFile(new TextEncoder().encode(csv), 'current.csv', { dataset: 'a' });
		expect(back.ok).toBe(true);
		expect(back.report.rejected).toBe(0);
		expect(
			back.rows.map((r) => [r.period, r.partner, r.flow, r.reporter, r.sector, r.value])
		).toEqual(rows.map((r) => [r.period, r.partner, r.flow, r.reporter, r.sector, r.value]));
		expect(back.rows[0]?.note).toBe('a, "quoted" note');
		expect(back.rows[1]?.sectorLabel).toBe('Mineral fuels');
	});
});

describe('currentRows', () => {
	it('takes each series-year whole from the last dataset that holds it, whatever the grain', () => {
		const bundled = toTable([
			obs({ dataset: 'bundled', period: '2024-12', year: 2024, month: 12, value: 1 }),
			obs({ dataset: 'bundled', period: '2025-01', value: 2 }),
			obs({ dataset: 'bundled', period: '2025-02', month: 2, value: 3 }),
			// Another series (imports): the upload does not hold it, so it stays.
			obs({ dataset: 'bundled', period: '2025-01', flow: 'import', value: 4 })
		]);
		const upload = toTable([
			obs({ dataset: 'up', period: '2025', freq: 'A', month: null, value: 50, currency: 'USD' })
		]);
		const rows = currentRows([bundled, upload]);
		expect(rows.map((r) => [r.dataset, r.period, r.flow, r.value])).toEqual([
			['bundled', '2024-12', 'export', 1],
			['bundled', '2025-01', 'import', 4],
			['up', '2025', 'export', 50]
		]);
		// The other order: the bundled months win 2025, the annual upload figure is left out.
		expect(currentRows([upload, bundled]).map((r) => [r.dataset, r.period, r.value])).toEqual([
			['bundled', '2024-12', 1],
			['bundled', '2025-01', 2],
			['bundled', '2025-02', 3],
			['bundled', '2025-01', 4]
		]);
	});

	it('writes a cell once, from its first row with a value (rows are never added)', () => {
		const upload = toTable([
			obs({ dataset: 'up', period: '2025-01', value: Number.NaN, source: 's0' }),
			obs({ dataset: 'up', period: '2025-01', value: 20, source: 's1' }),
			obs({ dataset: 'up', period: '2025-01', value: 30, source: 's2' })
		]);
		expect(currentRows([upload]).map((r) => [r.period, r.value, r.source])).toEqual([
			['2025-01', 20, 's1']
		]);
	});
});

describe('issuesCsv', () => {
	it('writes one line per issue with the message', () => {
		const issues: ImportIssue[] = [
			{
				line: 3,
				column: 2,
				header: 'PARTNER',
				code: 'unknown-country',
				params: { value: 'Atlantis' }
			},
			{ line: null, column: null, header: null, code: 'title-skipped', params: {} }
		];
		const csv = issuesCsv(
			issues,
			{ line: 'line', column: 'column', header: 'header', code: 'code', reason: 'reason' },
			(i) => `=${i.code}`
		);
		expect(csv).toBe(
			"line,column,header,code,reason\r\n3,2,PARTNER,unknown-country,'=unknown-country\r\n,,,title-skipped,'=title-skipped\r\n"
		);
	});
});
