/** Test support: one observation with defaults (Italian exports to Kazakhstan, 2023, synthetic). */
import type { Observation } from '../data/schema';

export function observation(over: Partial<Observation> = {}): Observation {
	return {
		period: '2023',
		freq: 'A',
		year: 2023,
		month: null,
		partner: 'KAZ',
		flow: 'export',
		reporter: 'ITA',
		sector: 'TOTAL',
		sectorLabel: null,
		value: 1,
		currency: 'EUR',
		source: 'synthetic',
		note: '',
		flag: '',
		dataset: 'up-1',
		...over
	};
}
