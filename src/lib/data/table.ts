/**
 * Observation tables: immutable, columnar, dictionary-coded. A table is a list of parts, each the
 * packed columns of one import (see ./import/columns.ts): typed arrays for numbers, codes into a
 * small dictionary for strings. Building a table from the worker's columns, or concatenating
 * tables, copies no rows; the cube (./analysis/cube.ts) aggregates the codes directly.
 *
 * The API is the part of Arquero's ColumnTable the app used (numRows, columnNames, array,
 * objects, concat), so code and tests read a table as before. Arquero itself is no longer on
 * this path: its string-keyed groupby was the slowest step of loading a large file, and the
 * page no longer ships it.
 */
import { packedOf, packRows, rowAt, type PackedRows } from './import/columns';
import { OBSERVATION_COLUMNS, type Observation } from './schema';

type Column = (typeof OBSERVATION_COLUMNS)[number];

const DEFAULTS: Partial<Record<Column, string>> = { freq: 'A', flow: 'export', currency: 'EUR' };

export class ObservationTable {
	private readonly arrays = new Map<string, unknown[]>();
	private readonly rows: number;

	/** @param parts packed columns, never modified */
	constructor(readonly parts: readonly PackedRows[]) {
		this.rows = parts.reduce((a, p) => a + p.length, 0);
	}

	numRows(): number {
		return this.rows;
	}

	columnNames(): string[] {
		return [...OBSERVATION_COLUMNS];
	}

	/** The values of one column, as an array (built once, then cached). */
	array(name: string): unknown[] {
		let hit = this.arrays.get(name);
		if (hit) return hit;
		if (!(OBSERVATION_COLUMNS as readonly string[]).includes(name)) {
			throw new Error(`Unknown column name: ${name}`);
		}
		const column = name as Column;
		const out: unknown[] = new Array(this.rows);
		let k = 0;
		for (const p of this.parts) {
			const n = p.length;
			if (column === 'value' || column === 'year') {
				const a = p[column];
				for (let i = 0; i < n; i++) out[k++] = a[i];
			} else if (column === 'month') {
				for (let i = 0; i < n; i++) out[k++] = p.month[i] === 0 ? null : p.month[i];
			} else {
				const { codes, values } = p[column];
				const missing = column === 'sectorLabel' ? null : (DEFAULTS[column] ?? '');
				for (let i = 0; i < n; i++) {
					const c = codes[i] as number;
					out[k++] = c < 0 ? missing : values[c];
				}
			}
		}
		hit = out;
		this.arrays.set(name, hit);
		return hit;
	}

	/** Every row as an object, in table order. */
	objects(): Observation[] {
		const out: Observation[] = new Array(this.rows);
		let k = 0;
		for (const p of this.parts) for (let i = 0; i < p.length; i++) out[k++] = rowAt(p, i);
		return out;
	}

	/** The rows of this table followed by those of `others` (no rows are copied). */
	concat(...others: ObservationTable[]): ObservationTable {
		return new ObservationTable([...this.parts, ...others.flatMap((t) => t.parts)]);
	}
}

/** Builds an observation table from packed columns (the worker's output): O(1). */
export function tableFromPacked(packed: PackedRows): ObservationTable {
	return new ObservationTable(packed.length ? [packed] : []);
}

/**
 * Builds an observation table from rows. Rows that are a lazy view of packed columns (an import
 * result, a stored dataset) are not read: the table takes their columns as they are.
 */
export function toTable(rows: readonly Observation[]): ObservationTable {
	return tableFromPacked(packedOf(rows) ?? packRows(rows));
}

/** Concatenates observation tables (e.g. bundled + uploaded datasets). */
export function concatTables(tables: readonly ObservationTable[]): ObservationTable {
	const [first, ...rest] = tables;
	if (!first) return new ObservationTable([]);
	return rest.length ? first.concat(...rest) : first;
}
