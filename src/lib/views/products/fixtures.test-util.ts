/**
 * Synthetic product fixtures of the products tests (every figure made up): one observation of
 * Italy's exports to Kazakhstan in 2023 per HS code, and datasets prepared as the dashboard
 * prepares them.
 */
import { buildCubes } from '../../data/analysis/cube';
import type { Observation } from '../../data/schema';
import { concatTables, toTable } from '../../data/table';
import { observation } from '../../testing/observation';
import { Prepared } from '../core/prepared';

/** One synthetic figure of a code; `over` changes any field. */
export const obs = (sector: string, value: number, over: Partial<Observation> = {}): Observation =>
	observation({ sector, value, source: 'synthetic HS6 fixture', dataset: 'upload', ...over });

/** Datasets → prepared cube, the first dataset highest in precedence; no exchange rates. */
export function prepOf(...datasets: Observation[][]): Prepared {
	const ids = datasets.map((d) => d[0]?.dataset ?? '');
	const { cube, shadowed } = buildCubes(concatTables(datasets.map((d) => toTable(d))), ids);
	return new Prepared({
		cube,
		shadowed,
		rates: { annual: new Map(), monthly: new Map() },
		events: []
	});
}
