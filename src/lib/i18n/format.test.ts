import { describe, expect, it } from 'vitest';
import { returns } from './returns.test-util';
import {
	formatAxisMoney,
	formatDate,
	formatExact,
	formatMoney,
	formatMoneyCompact,
	formatMonthRange,
	formatMultiple,
	formatNumber,
	formatPercent,
	formatPeriod,
	formatSignedPercent,
	MISSING,
	monthName,
	NBSP
} from './format';
import { isLang, LANGS } from './lang';

/** Expectations are written with ordinary spaces; outputs use no-break spaces. */
const plain = (s: string) => s.replaceAll(NBSP, ' ');

describe('isLang', () => {
	it.each([
		['it', true],
		['en', true],
		['IT', false],
		['de', false],
		['', false],
		[undefined, false],
		[3, false]
	])('%s → %s', (value, expected) => {
		expect(isLang(value)).toBe(expected);
	});
	it('lists both languages', () => {
		expect([...LANGS].sort()).toEqual(['en', 'it']);
	});
});

describe('formatNumber', () => {
	returns(formatNumber, [
		[['it', 1234.5, undefined], '1.234,5'],
		[['en', 1234.5, undefined], '1,234.5'],
		[['it', 1234, undefined], '1.234'],
		[['it', 1234567.891, undefined], '1.234.567,89'],
		[['en', 0.125, 2], '0.13'],
		[['it', 3, 1], '3,0'],
		[['en', -3, 1], '−3.0'],
		[['it', -1234.5, 0], '−1.235'],
		[['en', -0.04, 0], '0'],
		[['en', -0, undefined], '0'],
		[['en', 999, undefined], '999'],
		[['en', 1.5, -1], '2'],
		[['en', 1.5, 99], '1.50000000000000000000'],
		[['en', null, undefined], MISSING],
		[['it', Number.NaN, undefined], MISSING],
		[['it', Number.POSITIVE_INFINITY, 1], MISSING]
	]);
});

describe('formatExact: a figure quoted as written, never rounded', () => {
	returns(formatExact, [
		[['it', 1234567.125], '1.234.567,125'],
		[['en', 0.1 + 0.2], '0.30000000000000004'],
		[['en', -1234], '−1,234'],
		[['en', 1e21], '1,000,000,000,000,000,000,000'],
		[['it', Number.NaN], MISSING]
	]);
});

describe('formatMoney', () => {
	returns(
		formatMoney,
		[
			[['it', 1234567, 'EUR'], '1.234.567 €'],
			[['en', 1234567, 'EUR'], '€1,234,567'],
			[['it', 1234567, 'USD'], '1.234.567 $'],
			[['en', 1234567, 'USD'], '$1,234,567'],
			[['it', 1234, 'EUR'], '1.234 €'],
			[['it', -1234567.4, 'EUR'], '−1.234.567 €'],
			[['en', -1234567, 'EUR'], '−€1,234,567'],
			[['en', 0, 'EUR'], '€0'],
			[['en', undefined, 'EUR'], MISSING]
		],
		plain
	);

	it('uses a no-break space before the Italian symbol', () => {
		expect(formatMoney('it', 5, 'EUR')).toBe(`5${NBSP}€`);
	});
});

describe('formatMoneyCompact', () => {
	returns(
		formatMoneyCompact,
		[
			[['it', 1_234_567_890, 'EUR'], '1,2 mld €'],
			[['it', 213_700_000, 'EUR'], '213,7 mln €'],
			[['it', 22_500_000, 'EUR'], '22,5 mln €'],
			[['it', 950_000, 'EUR'], '950 mila €'],
			[['it', 1_234_567_890, 'USD'], '1,2 mld $'],
			[['it', -4_000_000, 'EUR'], '−4,0 mln €'],
			[['it', 950, 'EUR'], '950 €'],
			[['it', 1500, 'EUR'], '1,5 mila €'],
			[['it', 1_234_500_000_000, 'EUR'], '1.234,5 mld €'],
			[['en', 1_234_567_890, 'EUR'], '€1.2bn'],
			[['en', 213_700_000, 'EUR'], '€213.7m'],
			[['en', 22_500_000, 'EUR'], '€22.5m'],
			[['en', 950_000, 'EUR'], '€950k'],
			[['en', 1_234_567_890, 'USD'], '$1.2bn'],
			[['en', 16_100_000_000, 'USD'], '$16.1bn'],
			[['en', -1_234_567_890, 'EUR'], '−€1.2bn'],
			[['en', 22_000_000, 'EUR'], '€22.0m'],
			// rounding reaches 1000 of a unit: promote to the next one
			[['en', 999_960, 'EUR'], '€1.0m'],
			[['en', 999_960_000, 'EUR'], '€1.0bn'],
			[['en', 999.6, 'EUR'], '€1.0k'],
			[['en', 12_345, 'EUR'], '€12k'],
			[['en', 999, 'EUR'], '€999'],
			[['en', 0, 'EUR'], '€0'],
			[['en', -0.2, 'EUR'], '€0'],
			[['en', null, 'EUR'], MISSING]
		],
		plain
	);

	it('joins the Italian parts with no-break spaces', () => {
		expect(formatMoneyCompact('it', 22_500_000, 'EUR')).toBe(`22,5${NBSP}mln${NBSP}€`);
	});
});

describe('formatAxisMoney', () => {
	returns(
		formatAxisMoney,
		[
			[['en', 2e9, 'EUR'], '€2bn'],
			[['en', 2.5e9, 'EUR'], '€2.5bn'],
			[['it', 2e9, 'EUR'], '2 mld €'],
			[['it', 2.5e9, 'EUR'], '2,5 mld €'],
			[['en', 500_000_000, 'USD'], '$500m'],
			[['it', 500_000, 'EUR'], '500 mila €'],
			[['en', 5000, 'EUR'], '€5k'],
			[['en', -1e9, 'EUR'], '−€1bn'],
			[['it', 0, 'EUR'], '0 €']
		],
		plain
	);
});

describe('formatPercent', () => {
	returns(formatPercent, [
		[['it', 0.123, undefined], '12,3%'],
		[['en', 0.123, undefined], '12.3%'],
		[['en', 0.5, 0], '50%'],
		[['it', -0.04, undefined], '−4,0%'],
		[['it', 12.345, undefined], '1.234,5%'],
		[['en', -0.0001, 1], '0.0%'],
		[['en', 0.5, Number.NaN], '50%'],
		[['en', null, 1], MISSING]
	]);
});

describe('formatSignedPercent', () => {
	returns(formatSignedPercent, [
		[['it', 0.123], '+12,3%'],
		[['en', 0.123], '+12.3%'],
		[['it', -0.04], '−4,0%'],
		[['en', -0.04], '−4.0%'],
		[['en', 0], '0.0%'],
		[['en', 0.00004], '0.0%'],
		[['en', -0.00004], '0.0%'],
		[['en', Number.NaN], MISSING]
	]);
});

describe('formatMultiple', () => {
	returns(formatMultiple, [
		[['it', 9.49], '×9,5'],
		[['en', 9.49], '×9.5'],
		[['en', 3], '×3.0'],
		[['it', null], MISSING]
	]);
});

describe('monthName', () => {
	returns(monthName, [
		[['it', 1, 'short'], 'gen'],
		[['it', 9, 'short'], 'set'],
		[['en', 9, 'short'], 'Sep'],
		[['it', 12, 'long'], 'dicembre'],
		[['en', 5, 'long'], 'May'],
		[['en', 13, 'short'], '13']
	]);
});

describe('formatPeriod', () => {
	returns(formatPeriod, [
		[['it', '2024'], '2024'],
		[['en', '2024'], '2024'],
		[['it', '2024-03'], 'mar 2024'],
		[['en', '2024-03'], 'Mar 2024'],
		[['it', '2024-Q1'], 'T1 2024'],
		[['en', '2024-Q4'], 'Q4 2024'],
		[['en', '2024-01..2024-08'], 'Jan–Aug 2024'],
		[['it', '2023-01..2023-06'], 'gen–giu 2023'],
		[['en', '2023-11..2024-02'], '2023-11..2024-02'],
		[['en', '2024-13'], '2024-13'],
		[['it', 'abc'], 'abc']
	]);
});

describe('formatMonthRange', () => {
	returns(formatMonthRange, [
		[['it', 2024, 1, 8], 'gen–ago 2024'],
		[['en', 2024, 1, 8], 'Jan–Aug 2024'],
		[['en', 2023, 3, 3], 'Mar 2023'],
		[['it', 2023, 1, 12], 'gen–dic 2023']
	]);
});

describe('formatDate', () => {
	returns(formatDate, [
		[['it', '2024', {}], '2024'],
		[['it', '2024-03', {}], 'marzo 2024'],
		[['en', '2024-03', {}], 'March 2024'],
		[['it', '2024-03-05', {}], '5 marzo 2024'],
		[['en', '2024-03-05', {}], '5 March 2024'],
		[['en', '2024-09-05', { month: 'short' }], '5 Sep 2024'],
		[['it', '2024-01-01', { precision: 'year' }], '2024'],
		[['it', '2024-06-01', { precision: 'month' }], 'giugno 2024'],
		[['en', '2024', { precision: 'day' }], '2024'],
		[['en', '2024-02-30x', {}], '2024-02-30x'],
		[['en', '', {}], '']
	]);
});
