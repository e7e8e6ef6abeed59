import { fromArrow } from 'arquero';
import { describe, expect, it } from 'vitest';
import { packRows, RowsBuilder, type PackedRows } from '../data/import/columns';
import { OBSERVATION_COLUMNS, type Observation } from '../data/schema';
import { observation } from '../testing/observation';
import { buildCubes } from '../data/analysis/cube';
import { loadBundled } from '../state/bundled';
import { concatTables, tableFromPacked } from '../data/table';
import { packedFromArrowIPC, packedToArrowIPC } from './arrow';

/** Synthetic observations: annual and monthly rows, null labels, NaN values, a wide dictionary. */
function synthetic(n: number): Observation[] {
	return Array.from({ length: n }, (_, i) => {
		const monthly = i % 3 === 0;
		const month = monthly ? (i % 12) + 1 : null;
		const year = 2015 + (i % 9);
		return observation({
			period: monthly ? `${year}-${String(month).padStart(2, '0')}` : String(year),
			freq: monthly ? 'M' : 'A',
			year,
			month,
			partner: ['KAZ', 'UZB', 'TKM', 'KGZ', 'TJK'][i % 5] as string,
			flow: i % 2 ? 'import' : 'export',
			// More than 127 distinct sectors: 16-bit codes.
			sector: String(100000 + (i % 300)),
			sectorLabel: i % 4 === 0 ? null : `Sector ${i % 300}`,
			value: i % 17 === 0 ? Number.NaN : i * 1.5,
			note: i % 5 === 0 ? 'a note' : '',
			flag: i % 7 === 0 ? 'p' : ''
		});
	});
}

const cells = (p: PackedRows) => {
	const t = tableFromPacked(p);
	return OBSERVATION_COLUMNS.map((c) => t.array(c));
};

describe('Arrow IPC of packed columns', () => {
	it('typed columns → table → Arrow IPC → table: every cell, code and null as before', async () => {
		const packed = packRows(synthetic(2000));
		expect(packed.sector.codes).toBeInstanceOf(Int16Array);
		const bytes = await packedToArrowIPC(packed);
		const back = packedFromArrowIPC(bytes);
		expect(back.length).toBe(2000);
		expect(cells(back)).toEqual(cells(packed));
		expect(back.value).toEqual(packed.value);
		expect(back.month).toEqual(packed.month);
		for (const f of ['period', 'sector', 'sectorLabel', 'note', 'flag'] as const) {
			expect(back[f].values).toEqual(packed[f].values);
			// The codes come back as they were, null (-1) included, in the same integer width.
			expect(back[f].codes).toEqual(packed[f].codes);
		}
		expect([...back.sectorLabel.codes].filter((c) => c < 0)).toHaveLength(500);
	});

	it('Arquero’s fromArrow reads the stored bytes as the same table', async () => {
		const packed = packRows(synthetic(300));
		const table = fromArrow(await packedToArrowIPC(packed));
		const ours = tableFromPacked(packed);
		for (const c of OBSERVATION_COLUMNS) expect(table.array(c), c).toEqual(ours.array(c));
	});

	it('a column with no value at all (every label null) round-trips', async () => {
		const packed = packRows(synthetic(40).map((o) => ({ ...o, sectorLabel: null })));
		expect(packed.sectorLabel.values).toEqual([]);
		const back = packedFromArrowIPC(await packedToArrowIPC(packed));
		expect(back.sectorLabel).toEqual(packed.sectorLabel);
		expect(cells(back)).toEqual(cells(packed));
	});

	it('the dashboard’s cube of the bundled data is the same after a save and a reload', async () => {
		const { table } = loadBundled();
		const reloaded = await Promise.all(
			table.parts.map(async (p) => tableFromPacked(packedFromArrowIPC(await packedToArrowIPC(p))))
		);
		const before = buildCubes(table, ['bundled']);
		const after = buildCubes(concatTables(reloaded), ['bundled']);
		expect(before.cube.length).toBeGreaterThan(100);
		expect(after).toEqual(before);
	});

	it('an empty dataset round-trips', async () => {
		const back = packedFromArrowIPC(await packedToArrowIPC(new RowsBuilder().finish()));
		expect(back.length).toBe(0);
		expect(tableFromPacked(back).numRows()).toBe(0);
	});
});
