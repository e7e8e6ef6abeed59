/**
 * Aggregates observations once to the grain the views need
 * (dataset × reporter × partner × flow × sector × currency × period), as Mosaic does with its
 * pre-aggregated cubes; every interaction then reads this small cube, not the raw rows.
 */
import { op } from 'arquero';
import type { ObservationTable } from '../table';
import type { CubeRow } from './types';

const KEYS = [
	'dataset',
	'reporter',
	'partner',
	'flow',
	'sector',
	'currency',
	'period',
	'freq',
	'year',
	'month'
] as const;

/**
 * @param priority dataset ids, most authoritative first: where two datasets hold the same
 *   cell (e.g. an uploaded extract that updates the bundled data), only the first is kept,
 *   so figures are never double-counted.
 */
export function buildCube(table: ObservationTable, priority: readonly string[] = []): CubeRow[] {
	if (table.numRows() === 0) return [];
	const rolled = table.groupby(...KEYS).rollup({
		value: op.sum('value'),
		sources: op.array_agg_distinct('source'),
		flag: op.max('flag'),
		sectorLabel: op.any('sectorLabel')
	});
	const rows = rolled.objects() as Omit<CubeRow, 'originalCurrency'>[];
	const rank = (d: string) => {
		const i = priority.indexOf(d);
		return i < 0 ? priority.length : i;
	};
	const best = new Map<string, CubeRow>();
	for (const r of rows) {
		const key = `${r.reporter}|${r.partner}|${r.flow}|${r.sector}|${r.currency}|${r.period}`;
		const held = best.get(key);
		if (!held || rank(r.dataset) < rank(held.dataset)) {
			best.set(key, { ...r, flag: r.flag ?? '', originalCurrency: r.currency });
		}
	}
	return [...best.values()];
}
