import type { MeasurePoint } from './measures';
import type { CubeRow } from './types';

/** A cube row with sensible defaults, for tests. */
export function row(over: Partial<CubeRow> & Pick<CubeRow, 'period' | 'value'>): CubeRow {
	const [y, m] = over.period.split('-');
	const month = m === undefined ? null : m.startsWith('Q') ? Number(m.slice(1)) * 3 : Number(m);
	return {
		dataset: 'test',
		reporter: 'ITA',
		partner: 'KGZ',
		flow: 'export',
		sector: 'TOTAL',
		sectorLabel: null,
		currency: 'EUR',
		originalCurrency: over.currency ?? 'EUR',
		freq: m === undefined ? 'A' : m.startsWith('Q') ? 'Q' : 'M',
		year: Number(y),
		month,
		sources: ['src'],
		flag: '',
		...over,
		reportedValue: over.reportedValue ?? over.value
	};
}

/** Twelve monthly rows of `value` each for a year. */
export function fullYear(year: number, value: number, over: Partial<CubeRow> = {}): CubeRow[] {
	return Array.from({ length: 12 }, (_, i) =>
		row({ period: `${year}-${String(i + 1).padStart(2, '0')}`, value, ...over })
	);
}

/** A measure point (Italian exports to Kyrgyzstan in euro, as published) with defaults, for tests. */
export function measurePoint(
	year: number,
	value: number | null,
	over: Partial<MeasurePoint> = {}
): MeasurePoint {
	return {
		reporter: 'ITA',
		partner: 'KGZ',
		sector: 'TOTAL',
		currency: 'EUR',
		year,
		measure: 'export',
		value,
		gap: value === null ? 'no-data' : null,
		partial: null,
		prevSameMonths: null,
		sources: [],
		flag: '',
		converted: false,
		dataset: 'test',
		prevDataset: null,
		reported: null,
		...over
	};
}
