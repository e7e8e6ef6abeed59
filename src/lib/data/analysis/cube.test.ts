import { op, table } from 'arquero';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBundled } from '../../state/bundled';
import { OBSERVATION_COLUMNS, type Observation } from '../schema';
import { concatTables, toTable } from '../table';
import { buildCube, buildCubes } from './cube';
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
 * The reference: Arquero groups the cells; the rules are then applied in plain code, as written in
 * `buildCubes` (first row with a value, never a sum; one dataset per series-year).
 */
function referenceCubes(
	rows: readonly Observation[],
	priority: readonly string[] = []
): { cube: CubeRow[]; shadowed: CubeRow[] } {
	if (rows.length === 0) return { cube: [], shadowed: [] };
	const columns: Record<string, unknown[]> = {};
	for (const name of OBSERVATION_COLUMNS) columns[name] = rows.map((r) => r[name]);
	// Row numbers, not values: Arquero's aggregates skip invalid values (NaN), rows are all kept.
	columns.row = rows.map((_, i) => i);
	const rolled = table(columns)
		.groupby(...KEYS)
		.rollup({ rows: op.array_agg('row') });
	const appearance = [...new Set(rows.map((r) => r.dataset))];
	const rank = (d: string) => {
		const i = priority.indexOf(d);
		return i < 0 ? priority.length + appearance.indexOf(d) : i;
	};
	const cells = (rolled.objects() as (CubeRow & { rows: number[] })[]).map((r) => {
		const mine = r.rows.map((i) => rows[i] as Observation);
		const kept = mine.find((o) => !Number.isNaN(o.value)) ?? (mine[0] as Observation);
		const label = mine.find((o) => o.sectorLabel !== null)?.sectorLabel;
		const value = Number.isNaN(kept.value) ? undefined : kept.value;
		return {
			dataset: r.dataset,
			reporter: r.reporter,
			partner: r.partner,
			flow: r.flow,
			sector: r.sector,
			currency: r.currency,
			period: r.period,
			freq: r.freq,
			year: r.year,
			month: r.month,
			value,
			sources: kept.source ? [kept.source] : [],
			flag: kept.flag,
			sectorLabel: label ?? undefined,
			originalCurrency: r.currency,
			reportedValue: value
		} as CubeRow;
	});
	const best = new Map<string, number>();
	const yearKey = (r: CubeRow) => `${r.reporter}|${r.partner}|${r.flow}|${r.sector}|${r.year}`;
	for (const r of cells)
		best.set(yearKey(r), Math.min(best.get(yearKey(r)) ?? Infinity, rank(r.dataset)));
	return {
		cube: cells.filter((r) => rank(r.dataset) === best.get(yearKey(r))),
		shadowed: cells.filter((r) => rank(r.dataset) !== best.get(yearKey(r)))
	};
}

/** Equal, key order and `undefined` included. */
const same = (a: unknown, b: unknown) =>
	expect(JSON.stringify(a, (_, v) => (v === undefined ? '<undefined>' : v))).toBe(
		JSON.stringify(b, (_, v) => (v === undefined ? '<undefined>' : v))
	);

const observation: fc.Arbitrary<Observation> = fc
	.record({
		partner: fc.constantFrom('KAZ', 'UZB', '__proto__', 'a|b'),
		flow: fc.constantFrom('export' as const, 'import' as const),
		reporter: fc.constantFrom('ITA', 'KAZ'),
		sector: fc.constantFrom('TOTAL', '01', '0102', 'grp:x'),
		sectorLabel: fc.option(fc.constantFrom('Live animals', ''), { nil: null }),
		year: fc.integer({ min: 2022, max: 2023 }),
		month: fc.integer({ min: 0, max: 3 }),
		value: fc.oneof(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.constant(Number.NaN)),
		currency: fc.constantFrom('EUR' as const, 'USD' as const),
		source: fc.constantFrom('', 'ISTAT', 'Comext'),
		flag: fc.constantFrom('', 'p', 'e'),
		dataset: fc.constantFrom('bundled', 'up-1', 'up-2')
	})
	.map((o) => ({
		...o,
		period: o.month === 0 ? String(o.year) : `${o.year}-0${o.month}`,
		freq: o.month === 0 ? ('A' as const) : ('M' as const),
		month: o.month === 0 ? null : o.month,
		note: ''
	}));

describe('buildCube', () => {
	it('groups as Arquero does and applies the rules (property)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.array(observation, { maxLength: 60 }), { minLength: 1, maxLength: 3 }),
				fc.constantFrom([], ['up-2', 'up-1', 'bundled'], ['bundled']),
				(parts, priority) => {
					const cubes = buildCubes(concatTables(parts.map((p) => toTable(p))), priority);
					same(cubes, referenceCubes(parts.flat(), priority));
				}
			),
			{ numRuns: 200 }
		);
	});

	it('groups the bundled data as Arquero does', () => {
		const bundled = loadBundled().table;
		same(buildCubes(bundled, ['bundled']), referenceCubes(bundled.objects(), ['bundled']));
	});

	it('is empty for an empty table', () => {
		expect(buildCube(toTable([]))).toEqual([]);
	});
});
