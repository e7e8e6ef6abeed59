/**
 * Explicit currency conversion with ECB reference rates (US dollars per euro). Monthly rows use
 * the month's mean rate, quarterly rows the mean of the quarter's months, annual rows the year's
 * mean. A row whose rate is unknown is dropped from the converted view and counted, never
 * converted with a guessed rate.
 */
import { monthsOf, type Currency, type RateTable } from '../schema';
import type { CubeRow } from './types';

export interface Rates {
	annual: RateTable;
	monthly: RateTable;
}

/**
 * USD per EUR for a row's period, or null when the ECB table does not cover it: the year's mean
 * for a year, the month's for a month, the mean of the months for a quarter or a cumulative span.
 */
export function rateFor(rates: Rates, row: Pick<CubeRow, 'freq' | 'year' | 'month' | 'period'>) {
	if (row.freq === 'A') return rates.annual.get(String(row.year)) ?? null;
	if (row.freq === 'M') return rates.monthly.get(row.period) ?? null;
	const span = monthsOf(row.period);
	if (!span) return null;
	let total = 0;
	for (let m = span.from; m <= span.to; m++) {
		const r = rates.monthly.get(`${row.year}-${String(m).padStart(2, '0')}`);
		if (r === undefined) return null;
		total += r;
	}
	return total / (span.to - span.from + 1);
}

/** Converts an amount between EUR and USD at `usdPerEur`. */
export function convertAmount(value: number, from: Currency, to: Currency, usdPerEur: number) {
	if (from === to) return value;
	return from === 'EUR' ? value * usdPerEur : value / usdPerEur;
}

/**
 * Expresses every cube row in `target`. Returns the converted rows and the rows that could not
 * be converted (no rate for their period). A figure that its dataset also publishes in `target`
 * (the same cell given in EUR and in USD) is shown as published in `target`: the other currency's
 * row is left out, never converted and added to it. `reportedValue` and `originalCurrency` keep
 * the figure as published.
 *
 * @example convertCube([{ value: 100, currency: 'USD', freq: 'A', year: 2023, ... }], 'EUR', rates)
 */
export function convertCube(rows: readonly CubeRow[], target: Currency, rates: Rates) {
	const converted: CubeRow[] = [];
	const unconverted: CubeRow[] = [];
	const cellOf = (r: CubeRow) =>
		`${r.dataset}|${r.reporter}|${r.partner}|${r.flow}|${r.sector}|${r.period}`;
	let inTarget: Set<string> | null = null;
	for (const row of rows) {
		if (row.currency === target) {
			converted.push(row);
			continue;
		}
		// Built on the first foreign-currency row only: most cubes are in one currency per cell.
		inTarget ??= new Set(rows.filter((r) => r.currency === target).map(cellOf));
		if (inTarget.has(cellOf(row))) continue;
		const rate = rateFor(rates, row);
		if (rate === null) {
			unconverted.push(row);
			continue;
		}
		converted.push({
			...row,
			value: convertAmount(row.value, row.currency, target, rate),
			currency: target
		});
	}
	return { converted, unconverted };
}
