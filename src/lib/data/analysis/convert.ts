/**
 * Explicit currency conversion with ECB reference rates (US dollars per euro). Monthly rows use
 * the month's mean rate, quarterly rows the mean of the quarter's months, annual rows the year's
 * mean. A row whose rate is unknown is dropped from the converted view and counted, never
 * converted with a guessed rate.
 */
import type { Currency, RateTable } from '../schema';
import type { CubeRow } from './types';

export interface Rates {
	annual: RateTable;
	monthly: RateTable;
}

/** USD per EUR for a row's period, or null when the ECB table does not cover it. */
export function rateFor(rates: Rates, row: Pick<CubeRow, 'freq' | 'year' | 'month' | 'period'>) {
	if (row.freq === 'A') return rates.annual.get(String(row.year)) ?? null;
	if (row.freq === 'M') return rates.monthly.get(row.period) ?? null;
	const last = row.month ?? 0;
	const months = [last - 2, last - 1, last].map((m) =>
		rates.monthly.get(`${row.year}-${String(m).padStart(2, '0')}`)
	);
	if (months.some((r) => r === undefined)) return null;
	return (months as number[]).reduce((a, b) => a + b, 0) / 3;
}

/** Converts an amount between EUR and USD at `usdPerEur`. */
export function convertAmount(value: number, from: Currency, to: Currency, usdPerEur: number) {
	if (from === to) return value;
	return from === 'EUR' ? value * usdPerEur : value / usdPerEur;
}

/**
 * Expresses every cube row in `target`. Returns the converted rows and the rows that could not
 * be converted (no rate for their period).
 *
 * @example convertCube([{ value: 100, currency: 'USD', freq: 'A', year: 2023, ... }], 'EUR', rates)
 */
export function convertCube(rows: readonly CubeRow[], target: Currency, rates: Rates) {
	const converted: CubeRow[] = [];
	const unconverted: CubeRow[] = [];
	for (const row of rows) {
		if (row.currency === target) {
			converted.push(row);
			continue;
		}
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
