import { describe, expect, it } from 'vitest';
import {
	cellText,
	dateGrain,
	dateText,
	isDateFormat,
	numberText,
	serialToDate
} from './excel-cells';

describe('number formats', () => {
	it('tells date formats from number formats', () => {
		for (const f of ['m/d/yy', 'dd/mm/yyyy', 'mmm yyyy', 'yyyy', '[$-410]mmmm yyyy', 'h:mm']) {
			expect(isDateFormat(f), f).toBe(true);
		}
		for (const f of ['General', '0', '#,##0.00', '0.00E+00', '"Year" 0', '@', 'Standard', '0%']) {
			expect(isDateFormat(f), f).toBe(false);
		}
	});

	it('reads the grain a date format shows', () => {
		expect(dateGrain('mmm yyyy')).toBe('month');
		expect(dateGrain('mm/yyyy')).toBe('month');
		expect(dateGrain('yyyy')).toBe('year');
		expect(dateGrain('dd/mm/yyyy')).toBe('date');
		expect(dateGrain('yyyy-mm-dd hh:mm')).toBe('date');
	});
});

describe('date serials', () => {
	it('counts from 1900 with the spreadsheet leap-year quirk, and from 1904', () => {
		expect(serialToDate(1)).toMatchObject({ y: 1900, m: 1, d: 1 });
		expect(serialToDate(59)).toMatchObject({ y: 1900, m: 2, d: 28 });
		expect(serialToDate(61)).toMatchObject({ y: 1900, m: 3, d: 1 });
		expect(serialToDate(45352)).toMatchObject({ y: 2024, m: 3, d: 1, seconds: 0 });
		expect(serialToDate(0, true)).toMatchObject({ y: 1904, m: 1, d: 1 });
		expect(serialToDate(45352 - 1462, true)).toMatchObject({ y: 2024, m: 3, d: 1 });
	});

	it('writes the period or ISO date the importer reads', () => {
		expect(dateText(45352, 'mmm yyyy')).toBe('2024-03');
		expect(dateText(45352, 'yyyy')).toBe('2024');
		expect(dateText(45352, 'dd/mm/yyyy')).toBe('2024-03-01');
		expect(dateText(45352.5, 'dd/mm/yyyy hh:mm')).toBe('2024-03-01T12:00:00');
	});
});

describe('cell texts', () => {
	it('writes numbers as machine numbers, at the precision a spreadsheet keeps', () => {
		expect(numberText(1234567.5, '#,##0.00', '.')).toBe('1234567.5');
		expect(numberText(0.1 + 0.2, undefined, '.')).toBe('0.3');
		expect(numberText(1234.5, undefined, ',')).toBe('1234,5');
		expect(numberText(-0, undefined, '.')).toBe('0');
		expect(numberText(1, '00', '.')).toBe('01');
		expect(numberText(2709, '0000', '.')).toBe('2709');
	});

	it('keeps text, writes booleans and errors as shown', () => {
		expect(cellText({ t: 's', v: '  Kazakhstan ' }, '.')).toBe('  Kazakhstan ');
		expect(cellText({ t: 'b', v: true }, '.')).toBe('TRUE');
		expect(cellText({ t: 'e', v: 42, w: '#N/A' }, '.')).toBe('#N/A');
		expect(cellText({ t: 'e', v: 0x07 }, '.')).toBe('#DIV/0!');
		expect(cellText({ t: 'n', v: 45352, z: 'mmm yyyy' }, '.')).toBe('2024-03');
		expect(cellText(undefined, '.')).toBe('');
	});
});
