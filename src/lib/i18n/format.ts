/**
 * Number and date formatting chosen by the interface language, never by the browser (L1).
 *
 * - Numbers go through `Intl.NumberFormat` with an explicit locale (`it-IT`, `en-GB`) and forced
 *   grouping: CLDR's Italian data does not group four-digit numbers (`1234,5`), we want `1.234,5`
 *   everywhere so that columns line up.
 * - Negative numbers use the typographic minus U+2212 (`−4,0%`), and a value that rounds to zero is
 *   never shown as `-0`. These are display strings: CSV export has its own, machine-readable path.
 * - Compact money (`1,2 mld €`, `€1.2bn`) is assembled here, not by `notation: 'compact'`: CLDR's
 *   Italian short forms (`1,2 Mld €`, `214 Mln`) are not the ones Italian statistics use, and they
 *   change between ICU versions.
 * - Month names come from fixed tables for the same reason (en-GB is `Sept` in recent ICU only).
 * - Spaces inside Italian money strings are no-break spaces (U+00A0), as `Intl` itself emits, so
 *   that a label never wraps between number and unit.
 * - Missing or non-finite values format as {@link MISSING}.
 */

import type { Currency } from '../data/schema';
import { LOCALES, type Lang } from './lang';

/** What a missing, `null` or non-finite value looks like. */
export const MISSING = '—';
/** The typographic minus sign. */
export const MINUS = '\u2212';
/** No-break space. */
export const NBSP = '\u00a0';

const CURRENCY_SYMBOL: Readonly<Record<Currency, string>> = { EUR: '€', USD: '$' };

const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = `${lang}|${JSON.stringify(options)}`;
	let nf = formatters.get(key);
	if (!nf) {
		nf = new Intl.NumberFormat(LOCALES[lang], { useGrouping: 'always', ...options });
		formatters.set(key, nf);
	}
	return nf;
}

function isNumber(value: number | null | undefined): value is number {
	return typeof value === 'number' && Number.isFinite(value);
}

/** True when the formatted magnitude shows a non-zero digit (so `-0.04` at 0 digits is `0`). */
function showsNonZero(text: string): boolean {
	return /[1-9]/.test(text);
}

/** Prefixes the sign to a formatted magnitude; zero-looking magnitudes get none. */
function signed(value: number, magnitude: string, plus = false): string {
	if (!showsNonZero(magnitude)) return magnitude;
	if (value < 0) return MINUS + magnitude;
	return plus && value > 0 ? '+' + magnitude : magnitude;
}

/** Intl throws outside 0..20 fraction digits; clamp instead. */
function clampDigits(digits: number): number {
	return Number.isFinite(digits) ? Math.min(20, Math.max(0, Math.trunc(digits))) : 0;
}

function fixed(lang: Lang, value: number, minDigits: number, maxDigits: number): string {
	return numberFormat(lang, {
		minimumFractionDigits: clampDigits(minDigits),
		maximumFractionDigits: clampDigits(maxDigits)
	}).format(value);
}

/**
 * A plain number with grouping. `digits` fixes the number of decimals; without it, up to two
 * decimals are shown and trailing zeros dropped.
 *
 * @example formatNumber('it', 1234.5) // '1.234,5'
 * @example formatNumber('en', 1234.5) // '1,234.5'
 * @example formatNumber('en', -3, 1) // '−3.0'
 */
export function formatNumber(
	lang: Lang,
	value: number | null | undefined,
	digits?: number
): string {
	if (!isNumber(value)) return MISSING;
	const magnitude =
		digits === undefined
			? fixed(lang, Math.abs(value), 0, 2)
			: fixed(lang, Math.abs(value), digits, digits);
	return signed(value, magnitude);
}

/**
 * A number with grouping and every decimal it has, never rounded: a figure quoted from a file
 * (an import message shows `1,234.567` and `1,234.568` as two values, not as one).
 *
 * @example formatExact('it', 1234567.125) // '1.234.567,125'
 * @example formatExact('en', -1234) // '−1,234'
 */
export function formatExact(lang: Lang, value: number | null | undefined): string {
	if (!isNumber(value)) return MISSING;
	return signed(value, fixed(lang, Math.abs(value), 0, 20));
}

/**
 * A full money amount, no decimals by default (values are in full units).
 *
 * @example formatMoney('it', 1234567, 'EUR') // '1.234.567 €' (with a no-break space)
 * @example formatMoney('en', 1234567, 'EUR') // '€1,234,567'
 * @example formatMoney('en', 1234567, 'USD') // '$1,234,567'
 */
export function formatMoney(
	lang: Lang,
	value: number | null | undefined,
	currency: Currency,
	digits = 0
): string {
	if (!isNumber(value)) return MISSING;
	const magnitude = numberFormat(lang, {
		style: 'currency',
		currency,
		currencyDisplay: 'narrowSymbol',
		minimumFractionDigits: clampDigits(digits),
		maximumFractionDigits: clampDigits(digits)
	}).format(Math.abs(value));
	return signed(value, magnitude);
}

interface Unit {
	size: number;
	en: string;
	it: string;
}

const UNITS: readonly Unit[] = [
	{ size: 1, en: '', it: '' },
	{ size: 1e3, en: 'k', it: 'mila' },
	{ size: 1e6, en: 'm', it: 'mln' },
	{ size: 1e9, en: 'bn', it: 'mld' }
];

/** Decimals per unit: one for millions and billions, one for thousands under 10k, else none. */
function unitDigits(index: number, scaled: number): number {
	if (index >= 2) return 1;
	if (index === 1) return scaled < 10 ? 1 : 0;
	return 0;
}

function roundTo(value: number, digits: number): number {
	const f = 10 ** digits;
	return Math.round(value * f) / f;
}

/** Picks the unit for |value|, promoting when rounding reaches 1000 (999.96k → 1.0m). */
function compactParts(abs: number): { scaled: number; index: number; digits: number } {
	let index = 0;
	for (let i = UNITS.length - 1; i > 0; i--) {
		if (abs >= (UNITS[i] as Unit).size) {
			index = i;
			break;
		}
	}
	for (;;) {
		const unit = UNITS[index] as Unit;
		const raw = abs / unit.size;
		const digits = unitDigits(index, raw);
		const scaled = roundTo(raw, digits);
		if (scaled >= 1000 && index < UNITS.length - 1) {
			index++;
			continue;
		}
		return { scaled, index, digits: unitDigits(index, scaled) };
	}
}

type MoneyFormat = (lang: Lang, value: number | null | undefined, currency: Currency) => string;

function compactMoney(
	lang: Lang,
	value: number | null | undefined,
	currency: Currency,
	dropZeroDecimals: boolean
): string {
	if (!isNumber(value)) return MISSING;
	const { scaled, index, digits } = compactParts(Math.abs(value));
	const unit = UNITS[index] as Unit;
	const minDigits = dropZeroDecimals && Number.isInteger(scaled) ? 0 : digits;
	const number = fixed(lang, scaled, minDigits, digits);
	const symbol = CURRENCY_SYMBOL[currency];
	const magnitude =
		lang === 'it'
			? [number, unit.it, symbol].filter((s) => s !== '').join(NBSP)
			: `${symbol}${number}${unit.en}`;
	return signed(value, magnitude);
}

/**
 * Money in thousands, millions or billions with about three significant digits: one decimal for
 * millions and billions (`22.5m`, `1.2bn`), none for thousands from 10k (`950k`).
 *
 * @example formatMoneyCompact('it', 213_700_000, 'EUR') // '213,7 mln €'
 * @example formatMoneyCompact('en', 1_234_000_000, 'USD') // '$1.2bn'
 * @example formatMoneyCompact('it', -950_000, 'EUR') // '−950 mila €'
 */
export const formatMoneyCompact: MoneyFormat = (lang, value, currency) =>
	compactMoney(lang, value, currency, false);

/**
 * Short axis tick labels: as {@link formatMoneyCompact}, but round values lose their decimals.
 *
 * @example formatAxisMoney('en', 2e9, 'EUR') // '€2bn'
 * @example formatAxisMoney('it', 2.5e9, 'EUR') // '2,5 mld €'
 */
export const formatAxisMoney: MoneyFormat = (lang, value, currency) =>
	compactMoney(lang, value, currency, true);

function percentMagnitude(lang: Lang, value: number, digits: number): string {
	return numberFormat(lang, {
		style: 'percent',
		minimumFractionDigits: clampDigits(digits),
		maximumFractionDigits: clampDigits(digits)
	}).format(Math.abs(value));
}

/**
 * A ratio as a percentage.
 *
 * @example formatPercent('it', 0.123) // '12,3%'
 * @example formatPercent('en', 0.5, 0) // '50%'
 */
export function formatPercent(lang: Lang, value: number | null | undefined, digits = 1): string {
	if (!isNumber(value)) return MISSING;
	return signed(value, percentMagnitude(lang, value, digits));
}

/**
 * A change as a signed percentage; zero (after rounding) has no sign.
 *
 * @example formatSignedPercent('it', 0.123) // '+12,3%'
 * @example formatSignedPercent('en', -0.04) // '−4.0%'
 */
export function formatSignedPercent(
	lang: Lang,
	value: number | null | undefined,
	digits = 1
): string {
	if (!isNumber(value)) return MISSING;
	return signed(value, percentMagnitude(lang, value, digits), true);
}

/**
 * A multiple (ratio of two values).
 *
 * @example formatMultiple('it', 9.49) // '×9,5'
 * @example formatMultiple('en', 3) // '×3.0'
 */
export function formatMultiple(lang: Lang, value: number | null | undefined, digits = 1): string {
	if (!isNumber(value)) return MISSING;
	return '×' + formatNumber(lang, value, digits);
}

const MONTHS_SHORT: Readonly<Record<Lang, readonly string[]>> = {
	it: ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'],
	en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
};

const MONTHS_LONG: Readonly<Record<Lang, readonly string[]>> = {
	it: [
		'gennaio',
		'febbraio',
		'marzo',
		'aprile',
		'maggio',
		'giugno',
		'luglio',
		'agosto',
		'settembre',
		'ottobre',
		'novembre',
		'dicembre'
	],
	en: [
		'January',
		'February',
		'March',
		'April',
		'May',
		'June',
		'July',
		'August',
		'September',
		'October',
		'November',
		'December'
	]
};

const QUARTER_PREFIX: Readonly<Record<Lang, string>> = { it: 'T', en: 'Q' };

/**
 * The name of month 1..12, or the number itself when out of range.
 *
 * @example monthName('it', 3) // 'mar'
 * @example monthName('en', 3, 'long') // 'March'
 */
export function monthName(lang: Lang, month: number, style: 'short' | 'long' = 'short'): string {
	const table = style === 'long' ? MONTHS_LONG[lang] : MONTHS_SHORT[lang];
	return table[month - 1] ?? String(month);
}

/**
 * A data period (`YYYY`, `YYYY-MM`, `YYYY-Qn`) for display; anything else is returned as-is.
 *
 * @example formatPeriod('it', '2024-03') // 'mar 2024'
 * @example formatPeriod('it', '2024-Q1') // 'T1 2024'
 * @example formatPeriod('en', '2024-Q1') // 'Q1 2024'
 */
export function formatPeriod(lang: Lang, period: string): string {
	let m = /^(\d{4})$/.exec(period);
	if (m) return period;
	// A cumulative span as published: `2024-01..2024-08` → "Jan–Aug 2024".
	m = /^(\d{4})-(0[1-9]|1[0-2])\.\.\1-(0[1-9]|1[0-2])$/.exec(period);
	if (m) return formatMonthRange(lang, Number(m[1]), Number(m[2]), Number(m[3]));
	m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(period);
	if (m) return `${monthName(lang, Number(m[2]))} ${m[1]}`;
	m = /^(\d{4})-Q([1-4])$/.exec(period);
	if (m) return `${QUARTER_PREFIX[lang]}${m[2]} ${m[1]}`;
	return period;
}

/**
 * A range of months within one year, with an en dash; a single month when `from === to`.
 *
 * @example formatMonthRange('it', 2024, 1, 8) // 'gen–ago 2024'
 * @example formatMonthRange('en', 2024, 1, 8) // 'Jan–Aug 2024'
 */
export function formatMonthRange(
	lang: Lang,
	year: number,
	fromMonth: number,
	toMonth: number
): string {
	const from = monthName(lang, fromMonth);
	if (fromMonth === toMonth) return `${from} ${year}`;
	return `${from}–${monthName(lang, toMonth)} ${year}`;
}

export type DatePrecision = 'year' | 'month' | 'day';

/**
 * An event date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) at its precision; `precision` may only lower
 * what the string holds (a `year` event stored as `2024-01-01` shows `2024`). Invalid input is
 * returned as-is. Never goes through `Date`, so time zones cannot shift a day.
 *
 * @example formatDate('it', '2024-03-05') // '5 marzo 2024'
 * @example formatDate('en', '2024-03', { month: 'short' }) // 'Mar 2024'
 * @example formatDate('en', '2024-03-05', { precision: 'year' }) // '2024'
 */
export function formatDate(
	lang: Lang,
	isoDate: string,
	options: { precision?: DatePrecision; month?: 'short' | 'long' } = {}
): string {
	const m = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/.exec(isoDate);
	if (!m) return isoDate;
	const [, year, month, day] = m;
	const precision = options.precision ?? 'day';
	const style = options.month ?? 'long';
	if (month === undefined || precision === 'year') return year as string;
	const monthText = monthName(lang, Number(month), style);
	if (day === undefined || precision === 'month') return `${monthText} ${year}`;
	return `${Number(day)} ${monthText} ${year}`;
}
