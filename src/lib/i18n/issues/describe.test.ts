import { describe, expect, it } from 'vitest';
import { workbookNotice } from '../../data/import/excel-messages';
import { SEVERITY } from '../../data/import/severity';
import type { ImportIssue, IssueCode } from '../../data/import/types';
import { placeholders } from '../catalogue';
import { LANGS } from '../lang';
import { ISSUE_TEXT, type IssueKey } from './catalogue';
import { describeIssue, describeWorkbookSheets } from './describe';

const codes = Object.keys(SEVERITY) as IssueCode[];
const keys = Object.keys(ISSUE_TEXT.en) as IssueKey[];
const issue = (code: IssueCode, params: ImportIssue['params'] = {}, line: number | null = null) =>
	({ line, column: null, header: null, code, params }) as ImportIssue;

describe('the issue catalogue', () => {
	it.each(codes)('%s has a sentence in English and in Italian', (code) => {
		for (const lang of LANGS) expect(ISSUE_TEXT[lang][code as IssueKey]?.length).toBeGreaterThan(8);
	});

	it.each(keys)('%s: both languages use the same placeholders', (key) => {
		expect(placeholders(ISSUE_TEXT.it[key])).toEqual(placeholders(ISSUE_TEXT.en[key]));
	});

	it('has no entry for a code the importer no longer has', () => {
		const known = new Set<string>(codes);
		const orphans = keys
			.map((key) => key.split('.')[0] as string)
			.filter((code) => !['line', 'column', 'observations', 'phrase'].includes(code))
			.filter((code) => !known.has(code));
		expect(orphans).toEqual([]);
	});
});

describe('describeIssue', () => {
	const params = {
		value: 'v',
		count: 3,
		lines: 2,
		observations: 4,
		first: 'f',
		factor: 1000,
		phrase: 'p',
		flow: 'export',
		table: '1105',
		decimal: ',',
		source: 'file',
		code: 'missing-value',
		main: 'missing-value',
		kind: 'xlsx',
		encoding: 'utf-16le'
	};
	it.each(codes)('%s: a full sentence after its position, in both languages', (code) => {
		const placed = { ...issue(code, params, 14), column: 3, header: 'VALUE_IN_EUR' };
		const en = describeIssue(placed, 'en');
		const it_ = describeIssue(placed, 'it');
		expect(en).toMatch(/^Line 14, column 3 \(VALUE_IN_EUR\): .*[.?!]$/);
		expect(it_).toMatch(/^Riga 14, colonna 3 \(VALUE_IN_EUR\): .*[.?!]$/);
		for (const text of [en, it_]) expect(text).not.toMatch(/undefined|NaN|\[object|\{\w+/);
		expect(describeIssue(issue(code, params), 'it')).toMatch(/^[A-ZÈ0-9"“]/);
	});

	it('writes numbers in the language of the page, every decimal kept', () => {
		const big = issue('file-too-large', { size: 1234.5, limit: 512 }, 12345);
		expect(describeIssue(big, 'en')).toMatch(/^Line 12,345: the file is 1,234\.5 MB; .* 512 MB\./);
		expect(describeIssue(big, 'it')).toMatch(/^Riga 12\.345: il file è di 1\.234,5 MB; /);
		const conflict = issue('conflicting-value', {
			line: 9,
			first: 4,
			value: 1.125,
			firstValue: 1.12
		});
		expect(describeIssue(conflict, 'it')).toMatch(
			/dà 1,125 per un dato .* come 1,12 \(stessa cella\)/
		);
	});

	it('counts the observations a rejected row stands for, not those of a notice', () => {
		const row = issue('invalid-number', { value: 'x', count: 3 }, 7);
		expect(describeIssue(row, 'en')).toBe('Line 7: "x" is not a number (3 observations).');
		expect(describeIssue(row, 'it')).toBe('Riga 7: "x" non è un numero (3 osservazioni).');
		expect(describeIssue(issue('two-currencies', { count: 3 }), 'en')).not.toMatch(/observations/);
	});

	it('reads the variant the details call for', () => {
		expect(describeIssue(issue('missing-value', { value: '' }), 'en')).toBe(
			'Empty cell: no value, so no observation.'
		);
		expect(describeIssue(issue('binary-file', { kind: 'pdf' }), 'it')).toBe(
			'Questo è un PDF, non un file CSV.'
		);
		expect(describeIssue(issue('binary-file', { kind: 'unheard-of' }), 'en')).toBe(
			'This is not a text file.'
		);
	});

	it('words a missing count as the sentence wants it ("Some", "Alcune", "Alcuni")', () => {
		expect(describeIssue(issue('nul-removed', { lines: '3, 5' }), 'en')).toBe(
			'Some NUL byte(s) were removed from the text (lines 3, 5).'
		);
		expect(describeIssue(issue('nul-removed', {}), 'it')).toMatch(/^Alcuni byte NUL/);
		expect(describeIssue(issue('text-bidi', { controls: 'RLO' }), 'it')).toMatch(/^Alcune celle/);
		expect(describeIssue(issue('nul-removed', { count: 9, lines: '1, 2' }), 'en')).toMatch(
			/^9 NUL byte\(s\) .* \(lines 1, 2, …\)\.$/
		);
	});

	it('describes a code quoted by another issue without its details', () => {
		const truncated = issue('issues-truncated', { omitted: 1200, code: 'duplicate-row' });
		expect(describeIssue(truncated, 'en')).toBe(
			'1,200 more issue(s) of this kind are not listed (the counts stay exact): A row repeats an earlier row (the same figure, the same value): it is kept once.'
		);
	});

	it('names a figure by partner, flow, reporter, sector, period and currency', () => {
		const dup = issue('duplicate-row', {
			line: 5,
			first: 2,
			value: 1500,
			partner: 'KAZ',
			flow: 'import',
			reporter: 'ITA',
			sector: 'TOTAL',
			period: '2023',
			currency: 'EUR'
		});
		expect(describeIssue(dup, 'it')).toBe(
			'La riga 5 ripete la riga 2: lo stesso dato (partner KAZ, importazioni, dichiarante ITA, settore TOTAL, 2023, EUR) con lo stesso valore 1.500; è tenuto una volta sola.'
		);
	});
});

describe('the sheets sentence', () => {
	const params = workbookNotice({
		kind: 'xlsx',
		sheet: 'Data',
		datasetName: 'a.xlsx › Data',
		sheets: [
			{ name: 'Cover', role: 'notes', records: 0, status: 'skipped' },
			{ name: 'Data', role: 'data', records: 8, status: 'read' },
			{ name: 'Other', role: 'data', records: 3, status: 'skipped' }
		]
	});
	it('says which sheet was read and why the others were not, in both languages', () => {
		expect(describeWorkbookSheets(params, 'en')).toBe(
			'sheet “Data” of the workbook was read; not read: “Cover” (a cover or notes: no table); “Other” (another table: a replacement reads one sheet; to add this one, load the workbook as a new file)'
		);
		expect(describeWorkbookSheets(params, 'it')).toContain('non letti: “Cover” (copertina o note');
	});

	it('says only that a sheet was read when it is the only one', () => {
		const alone = { sheet: 'Data', kind: 'xlsx', others: '[]' };
		expect(describeWorkbookSheets(alone, 'en')).toBe('sheet “Data” of the workbook was read');
	});
});
