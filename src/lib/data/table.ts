/**
 * Observation tables: Arquero `ColumnTable`s over the packed columns of one or more imports (see
 * ./import/columns.ts), built without copying a row. Numbers are the worker's typed arrays; a
 * string column is a thin adapter (`length`, `at(i)`) over dictionary codes and values. The
 * packed parts stay reachable (`parts`): the cube (./analysis/cube.ts) aggregates their integer
 * codes directly, because Arquero's string-keyed groupby was the slowest step of loading a large
 * file, and it needs `'unsafe-eval'` anyway.
 *
 * Content Security Policy: the page runs with `script-src 'self'`, under which Arquero's
 * expression verbs (`filter`, `derive`, `groupby`, `rollup`, `orderby`) and its `objects()`
 * compile code and fail (arquero#361). Only construction, column access, `columnNames`,
 * `select`, `slice`, `array` and the Arrow conversions are used; `objects()` and `concat()` are
 * overridden here with plain loops (table.test.ts runs them with code generation disabled).
 */
import { ColumnTable } from 'arquero';
import { packedOf, packRows, rowAt, type DictColumn, type PackedRows } from './import/columns';
import { OBSERVATION_COLUMNS, type Observation } from './schema';

type Column = (typeof OBSERVATION_COLUMNS)[number];
type Cell = string | number | null;
type ColumnData = ConstructorParameters<typeof ColumnTable>[0];

/** What a null dictionary code reads as, per column (as `rowAt` reads it). */
const MISSING: Partial<Record<Column, string | null>> = {
	freq: 'A',
	flow: 'export',
	currency: 'EUR',
	sectorLabel: null
};

/** One column over the parts of a table: row `i` of the whole table is found part by part. */
class PartsColumn {
	readonly length: number;
	/** Row where each part starts, and one past the end. */
	private readonly starts: Int32Array;
	/** The part of the last row read. */
	private last = 0;

	constructor(
		private readonly parts: readonly PackedRows[],
		private readonly read: (p: PackedRows, i: number) => Cell
	) {
		this.starts = new Int32Array(parts.length + 1);
		parts.forEach((p, k) => (this.starts[k + 1] = (this.starts[k] as number) + p.length));
		this.length = this.starts[parts.length] as number;
	}

	at(row: number): Cell {
		if (this.parts.length === 1) return this.read(this.parts[0] as PackedRows, row);
		// Scans read rows in order: start from the part of the last row read.
		let k = (this.starts[this.last] as number) <= row ? this.last : 0;
		while (k < this.parts.length - 1 && (this.starts[k + 1] as number) <= row) k++;
		this.last = k;
		const part = this.parts[k];
		return part ? this.read(part, row - (this.starts[k] as number)) : null;
	}

	*[Symbol.iterator](): Iterator<Cell> {
		for (const p of this.parts) for (let i = 0; i < p.length; i++) yield this.read(p, i);
	}
}

function dictReader(name: Column): (p: PackedRows, i: number) => Cell {
	const missing = name in MISSING ? (MISSING[name] as string | null) : '';
	return (p, i) => {
		const col = p[name as keyof PackedRows] as DictColumn;
		const c = col.codes[i] as number;
		return c < 0 ? missing : (col.values[c] as string);
	};
}

/** Arquero columns over packed parts; a single part's numbers are its typed arrays as they are. */
function columnsOf(parts: readonly PackedRows[]): ColumnData {
	const data: ColumnData = {};
	const single = parts.length === 1 ? parts[0] : undefined;
	for (const name of OBSERVATION_COLUMNS) {
		if (name === 'value' || name === 'year') {
			data[name] = single
				? (single[name] as unknown as ColumnData[string])
				: new PartsColumn(parts, (p, i) => p[name][i] as number);
		} else if (name === 'month') {
			data[name] = new PartsColumn(parts, (p, i) => (p.month[i] === 0 ? null : p.month[i]!));
		} else data[name] = new PartsColumn(parts, dictReader(name));
	}
	return data;
}

/** The packed parts of tables built from them (a derived table has none until asked). */
const PARTS = new WeakMap<ObservationTable, readonly PackedRows[]>();

export class ObservationTable extends ColumnTable {
	/** A table over packed columns, never modified: O(number of parts). */
	static fromParts(parts: readonly PackedRows[]): ObservationTable {
		const kept = parts.filter((p) => p.length > 0);
		const table = new ObservationTable(columnsOf(kept), [...OBSERVATION_COLUMNS]);
		PARTS.set(table, kept);
		return table;
	}

	/**
	 * The packed columns of the table's rows. A table derived by Arquero (`slice`, `select`, …)
	 * packs its rows on first use; it needs every observation column.
	 */
	get parts(): readonly PackedRows[] {
		let parts = PARTS.get(this);
		if (!parts) {
			const missing = OBSERVATION_COLUMNS.filter((c) => !this.column(c));
			if (missing.length) throw new Error(`Not an observation table: no ${missing.join(', ')}`);
			const packed = packRows(this.objects());
			parts = packed.length ? [packed] : [];
			PARTS.set(this, parts);
		}
		return parts;
	}

	/**
	 * Every row as an object, in table order (Arquero's own compiles a row builder, refused by
	 * the CSP). A table whose columns were selected gives those fields only.
	 */
	override objects(options: { limit?: number; offset?: number } = {}): Observation[] {
		const own = PARTS.get(this);
		if (own && options.limit === undefined && !options.offset) {
			const out: Observation[] = new Array(this.numRows());
			let k = 0;
			for (const p of own) for (let i = 0; i < p.length; i++) out[k++] = rowAt(p, i);
			return out;
		}
		const names = this.columnNames();
		const columns = names.map((n) => this.column(n) as { at(i: number): unknown });
		const out: Observation[] = [];
		this.scan(
			(row?: number) => {
				const o: Record<string, unknown> = {};
				names.forEach((n, c) => (o[n] = columns[c]?.at(row as number)));
				out.push(o as unknown as Observation);
			},
			true,
			options.limit,
			options.offset
		);
		return out;
	}

	/** The rows of this table followed by those of `others`, no row copied (parts are shared). */
	override concat(...others: (ObservationTable | ObservationTable[])[]): this {
		const tables = [this, ...others.flat()] as ObservationTable[];
		return ObservationTable.fromParts(tables.flatMap((t) => t.parts)) as this;
	}
}

/** Builds an observation table from packed columns (the worker's output): O(1). */
export function tableFromPacked(packed: PackedRows): ObservationTable {
	return ObservationTable.fromParts([packed]);
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
	if (!first) return ObservationTable.fromParts([]);
	return rest.length ? first.concat(...rest) : first;
}
