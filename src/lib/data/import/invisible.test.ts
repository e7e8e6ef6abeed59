import { describe, expect, it } from 'vitest';
import { importFile } from './index';
import {
	bidiControlNames,
	hasBidiControl,
	INVISIBLE,
	isBlankText,
	withoutBidiControls
} from './invisible';

describe('invisible and bidi characters', () => {
	it.each([
		['', true],
		['\u200B\u200C\u200D', true],
		['\uFEFF \u2060\u00A0', true],
		['\u202E', true],
		['\u200BEurostat', false],
		['Eurostat', false],
		['👍\uFE0F', false]
	])('isBlankText(%j) = %s', (text, blank) => {
		expect(isBlankText(text)).toBe(blank);
	});

	it('names and removes the bidi controls, keeping the joiners scripts need', () => {
		const text = 'Eurostat \u202Etxt.exe\u202C \u2066x\u2069 \u200E';
		expect(hasBidiControl(text)).toBe(true);
		expect(bidiControlNames(text)).toEqual(['U+202E', 'U+202C', 'U+2066', 'U+2069']);
		expect(withoutBidiControls(text)).toBe('Eurostat txt.exe x ');
		expect(withoutBidiControls('مهرداد\u200Cی')).toBe('مهرداد\u200Cی');
		expect(INVISIBLE.test('\u200C')).toBe(true);
	});

	it('is linear on a long text', () => {
		expect(isBlankText('\u200B'.repeat(1_000_000) + 'x')).toBe(false);
		expect(withoutBidiControls('\u202E'.repeat(1_000_000))).toBe('');
	});
});

describe('import: a field that shows nothing is empty', () => {
	const file = (source: string) =>
		new TextEncoder().encode(
			`period,partner,flow,reporter,sector,value,currency,source\n2023,KAZ,export,ITA,TOTAL,5,EUR,${source}\n2023,UZB,export,ITA,TOTAL,6,EUR,Eurostat\n`
		);

	it('rejects a source of zero-width characters as missing', () => {
		const result = importFile(file('\u200B\u200B\uFEFF\u2060'), 'zw.csv');
		expect(result.report.accepted).toBe(1);
		const issue = result.report.issues.find((i) => i.code === 'missing-field');
		expect(issue).toMatchObject({ line: 2, column: 8, params: { field: 'source' } });
	});

	it('keeps a source with visible text around a zero-width space', () => {
		const result = importFile(file('Euro\u200Bstat'), 'zw.csv');
		expect(result.report.accepted).toBe(2);
		expect(result.rows[0]?.source).toBe('Euro\u200Bstat');
	});
});
