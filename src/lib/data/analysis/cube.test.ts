import { op, table } from 'arquero';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBundled } from '../../state/bundled';
import { OBSERVATION_COLUMNS, type Observation } from '../schema';
import { concatTables, toTable } from '../table';
import { buildCube } from './cube';
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

/** The cube as it was built with Arquero before the columnar version: the reference. */
function arqueroCube(rows: readonly Observation[], priority: readonly string[] = []): CubeRow[] {
	if (rows.length === 0) return [];
	const columns: Record<string, unknown[]> = {};
	for (const name of OBSERVATION_COLUMNS) columns[name] = rows.map((r) => r[name]);
	const rolled = table(columns)
		.groupby(...KEYS)
		.rollup({
			value: op.sum('value'),
			sources: op.array_agg_distinct('source'),
			flag: op.max('flag'),
			sectorLabel: op.any('sectorLabel')
		});
	const rank = (d: string) => {
		const i = priority.indexOf(d);
		return i < 0 ? priority.length : i;
	};
	const best = new Map<string, CubeRow>();
	for (const r of rolled.objects() as CubeRow[]) {
		const key = `${r.reporter}|${r.partner}|${r.flow}|${r.sector}|${r.currency}|${r.period}`;
		const held = best.get(key);
		if (!held || rank(r.dataset) < rank(held.dataset)) {
			best.set(key, { ...r, flag: r.flag ?? '', originalCurrency: r.currency });
		}
	}
	return [...best.values()];
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
	it('gives what the Arquero groupby gave (property)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.array(observation, { maxLength: 60 }), { minLength: 1, maxLength: 3 }),
				fc.constantFrom([], ['up-2', 'up-1', 'bundled'], ['bundled']),
				(parts, priority) => {
					const cube = buildCube(concatTables(parts.map((p) => toTable(p))), priority);
					same(cube, arqueroCube(parts.flat(), priority));
				}
			),
			{ numRuns: 200 }
		);
	});

	it('gives what the Arquero groupby gave on the bundled data', () => {
		const bundled = loadBundled().table;
		same(buildCube(bundled, ['bundled']), arqueroCube(bundled.objects(), ['bundled']));
	});

	it('is empty for an empty table', () => {
		expect(buildCube(toTable([]))).toEqual([]);
	});
});
