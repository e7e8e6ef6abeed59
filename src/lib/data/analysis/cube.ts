/**
 * Aggregates observations once to the grain the views need
 * (dataset × reporter × partner × flow × sector × currency × period), as Mosaic does with its
 * pre-aggregated cubes; every interaction then reads this small cube, not the raw rows.
 *
 * The grouping runs on the tables' dictionary codes (integers) with an open-addressing hash
 * table, in one pass and without building a string per row. Cells come out in order of first
 * appearance; a cell's value is that of its first row with a value (`undefined` when none has
 * one), never a sum. A property test checks the grouping against Arquero's `groupby`.
 */
import type { DictColumn, PackedRows } from '../import/columns';
import type { ObservationTable } from '../table';
import type { CubeRow } from './types';

/** Global ids for the strings of one column across the parts of a table. */
class Interner {
	readonly values: string[] = [];
	private readonly index = new Map<string, number>();

	id(v: string): number {
		let k = this.index.get(v);
		if (k === undefined) {
			k = this.values.length;
			this.values.push(v);
			this.index.set(v, k);
		}
		return k;
	}

	/** Local code → global id (+1, so that 0 stands for null). */
	remap(col: DictColumn): Int32Array {
		const map = new Int32Array(col.values.length);
		col.values.forEach((v, i) => (map[i] = this.id(v) + 1));
		return map;
	}
}

/** Global id + 1 of every row's value in `col` (0 for null). */
function globalIds(col: DictColumn, interner: Interner, n: number): Int32Array {
	const map = interner.remap(col);
	const codes = col.codes;
	const out = new Int32Array(n);
	for (let i = 0; i < n; i++) {
		const c = codes[i] as number;
		out[i] = c < 0 ? 0 : (map[c] as number);
	}
	return out;
}

const KEY_FIELDS = ['dataset', 'reporter', 'partner', 'flow', 'sector', 'currency'] as const;
/** Ints per cube cell: the six fields above, then the period combination. */
const W = 7;

function hashInts(a: Int32Array, at: number, w: number): number {
	let h = 0x811c9dc5;
	for (let k = 0; k < w; k++) {
		h = Math.imul(h ^ (a[at + k] as number), 0x01000193);
		h ^= h >>> 15;
	}
	return h >>> 0;
}

/** An open-addressing hash table of fixed-width int tuples → dense ids, in insertion order. */
class TupleIndex {
	count = 0;
	tuples: Int32Array;
	/** Pairs (id, hash) per slot, side by side so that a probe reads one cache line; id -1 = empty. */
	private slots: Int32Array;
	private mask: number;

	constructor(
		private readonly width: number,
		expected: number
	) {
		let size = 16;
		while (size < expected * 2) size *= 2;
		this.slots = new Int32Array(2 * size).fill(-1);
		this.mask = size - 1;
		this.tuples = new Int32Array(Math.max(16, expected) * width);
	}

	/** The id of the tuple in `key[0..width)`, adding it if new. */
	id(key: Int32Array): number {
		const w = this.width;
		const slots = this.slots;
		const h = hashInts(key, 0, w) | 0;
		let s = h & this.mask;
		for (;;) {
			const g = slots[2 * s] as number;
			if (g < 0) break;
			if (slots[2 * s + 1] === h) {
				let same = true;
				const at = g * w;
				for (let k = 0; k < w; k++) {
					if (this.tuples[at + k] !== key[k]) {
						same = false;
						break;
					}
				}
				if (same) return g;
			}
			s = (s + 1) & this.mask;
		}
		const g = this.count++;
		if ((g + 1) * w > this.tuples.length) {
			const grown = new Int32Array(this.tuples.length * 2);
			grown.set(this.tuples);
			this.tuples = grown;
		}
		const at = g * w;
		for (let k = 0; k < w; k++) this.tuples[at + k] = key[k] as number;
		slots[2 * s] = g;
		slots[2 * s + 1] = h;
		if (this.count * 2 > this.mask + 1) this.rehash();
		return g;
	}

	private rehash() {
		const size = (this.mask + 1) * 2;
		const slots = new Int32Array(2 * size).fill(-1);
		this.mask = size - 1;
		for (let g = 0; g < this.count; g++) {
			const h = hashInts(this.tuples, g * this.width, this.width) | 0;
			let s = h & this.mask;
			while ((slots[2 * s] as number) >= 0) s = (s + 1) & this.mask;
			slots[2 * s] = g;
			slots[2 * s + 1] = h;
		}
		this.slots = slots;
	}
}

/** The string columns the cube reads, each with global ids across the parts of a table. */
const STRING_FIELDS = [...KEY_FIELDS, 'period', 'freq', 'source', 'flag', 'sectorLabel'] as const;
type Interners = Record<(typeof STRING_FIELDS)[number], Interner>;

/** A period combination: (period, freq, year, month) as the table holds them. */
interface Combo {
	period: number;
	freq: number;
	year: number;
	month: number;
}

/** The period combinations met, by dense id in order of first appearance. */
class Combos {
	readonly list: Combo[] = [];
	private readonly index = new Map<string, number>();

	id(period: number, freq: number, year: number, month: number): number {
		const key = `${period}|${freq}|${year}|${month}`;
		let c = this.index.get(key);
		if (c === undefined) {
			c = this.list.length;
			this.list.push({ period, freq, year, month });
			this.index.set(key, c);
		}
		return c;
	}
}

/**
 * What a cell says besides its key, by cell id: the value, source and flag of its first row with
 * a value, and the first sector label given (ids +1, 0 for none).
 */
class CellFacts {
	value = new Float64Array(1024);
	hasValue = new Uint8Array(1024);
	source = new Int32Array(1024);
	flag = new Int32Array(1024);
	label = new Int32Array(1024);

	/** The first row of cell `g` (cells are numbered in order, so `g` is one past the last). */
	first(g: number, v: number, source: number, flag: number, label: number) {
		if (g >= this.value.length) this.grow(g + 1);
		this.value[g] = v;
		this.hasValue[g] = v === v ? 1 : 0;
		this.source[g] = source;
		this.flag[g] = flag;
		this.label[g] = label;
	}

	/** A later row of cell `g`: never added. It only fills what the first row lacked. */
	later(g: number, v: number, source: number, flag: number, label: number) {
		if ((this.hasValue[g] as number) === 0 && v === v) {
			this.value[g] = v;
			this.hasValue[g] = 1;
			this.source[g] = source;
			this.flag[g] = flag;
		}
		if ((this.label[g] as number) === 0) this.label[g] = label;
	}

	private grow(need: number) {
		let n = this.value.length;
		while (n < need) n *= 2;
		const g = <T extends Float64Array | Int32Array | Uint8Array>(a: T, b: T) => (b.set(a), b);
		this.value = g(this.value, new Float64Array(n));
		this.hasValue = g(this.hasValue, new Uint8Array(n));
		this.source = g(this.source, new Int32Array(n));
		this.flag = g(this.flag, new Int32Array(n));
		this.label = g(this.label, new Int32Array(n));
	}
}

/** The grouping's state across the parts of a table. */
interface Grouping {
	interners: Interners;
	combos: Combos;
	cells: TupleIndex;
	facts: CellFacts;
}

/** Adds the rows of one part to the cells (a cell's key: six global ids, then its combination). */
function groupPart(p: PackedRows, { interners, combos, cells, facts }: Grouping): void {
	const n = p.length;
	// Global ids per row (+1; 0 = null), one plain Int32Array per column, so that the loop below
	// reads arrays of a single type.
	const [ds, rp, pa, fl, se, cu] = KEY_FIELDS.map((f) => globalIds(p[f], interners[f], n)) as [
		Int32Array,
		Int32Array,
		Int32Array,
		Int32Array,
		Int32Array,
		Int32Array
	];
	const periods = globalIds(p.period, interners.period, n);
	const freqs = globalIds(p.freq, interners.freq, n);
	const sources = globalIds(p.source, interners.source, n);
	const flags = globalIds(p.flag, interners.flag, n);
	const labels = globalIds(p.sectorLabel, interners.sectorLabel, n);
	// Per period id, the combination of its first row (the usual case: a period always has
	// the same freq, year and month); other combinations go through the map.
	const periodFirst = new Int32Array(interners.period.values.length + 1).fill(-1);
	const key = new Int32Array(W);
	for (let i = 0; i < n; i++) {
		key[0] = ds[i] as number;
		key[1] = rp[i] as number;
		key[2] = pa[i] as number;
		key[3] = fl[i] as number;
		key[4] = se[i] as number;
		key[5] = cu[i] as number;
		const period = periods[i] as number;
		const freq = freqs[i] as number;
		const year = p.year[i] as number;
		const month = p.month[i] as number;
		let combo = periodFirst[period] as number;
		const known = combo >= 0 ? (combos.list[combo] as Combo) : null;
		if (!known || known.freq !== freq || known.year !== year || known.month !== month) {
			combo = combos.id(period, freq, year, month);
			if (!known) periodFirst[period] = combo;
		}
		key[6] = combo;
		const before = cells.count;
		const g = cells.id(key);
		const v = p.value[i] as number;
		const src = sources[i] as number;
		if (g === before) facts.first(g, v, src, flags[i] as number, labels[i] as number);
		else facts.later(g, v, src, flags[i] as number, labels[i] as number);
	}
}

/** Each dataset's rank (by interned id): its place in `priority`, else after it by appearance. */
function datasetRanks(datasets: readonly string[], priority: readonly string[]): number[] {
	return datasets.map((d, i) => {
		const k = priority.indexOf(d);
		return k < 0 ? priority.length + i : k;
	});
}

/**
 * Precedence per (reporter, partner, flow, sector, year): per cell, its series-year; per
 * series-year, the best rank of a dataset holding it (that dataset wins the whole year).
 */
function seriesYearRanks(
	cells: TupleIndex,
	combos: readonly Combo[],
	rankOf: readonly number[]
): { yearOf: Int32Array; bestRank: Int32Array } {
	const tuples = cells.tuples;
	const seriesYears = new TupleIndex(5, cells.count);
	const bestRank = new Int32Array(cells.count).fill(0x7fffffff);
	const yearOf = new Int32Array(cells.count);
	const slot = new Int32Array(5);
	for (let g = 0; g < cells.count; g++) {
		const at = g * W;
		slot[0] = tuples[at + 1] as number;
		slot[1] = tuples[at + 2] as number;
		slot[2] = tuples[at + 3] as number;
		slot[3] = tuples[at + 4] as number;
		slot[4] = (combos[tuples[at + 6] as number] as Combo).year;
		const y = seriesYears.id(slot);
		yearOf[g] = y;
		const rank = rankOf[(tuples[at] as number) - 1] as number;
		if (rank < (bestRank[y] as number)) bestRank[y] = rank;
	}
	return { yearOf, bestRank };
}

/** The string of a global id + 1 (0: null). */
const str = (values: readonly string[], id: number) => (id === 0 ? null : values[id - 1]);

/** The cube row of each cell, in cell order. Source lists are shared between cells (frozen). */
function cellRows({ interners, combos, cells, facts }: Grouping): CubeRow[] {
	const sourceLists = new Map<number, readonly string[]>();
	const sourcesOf = (id: number): string[] => {
		let list = sourceLists.get(id);
		if (!list) {
			const text = id === 0 ? '' : (interners.source.values[id - 1] as string);
			list = Object.freeze(text ? [text] : []);
			sourceLists.set(id, list);
		}
		return list as string[];
	};
	const tuples = cells.tuples;
	const rows: CubeRow[] = new Array(cells.count);
	for (let g = 0; g < cells.count; g++) {
		const at = g * W;
		const combo = combos.list[tuples[at + 6] as number] as Combo;
		const currency = str(
			interners.currency.values,
			tuples[at + 5] as number
		) as CubeRow['currency'];
		const f = facts.flag[g] as number;
		const lab = facts.label[g] as number;
		const v = (facts.hasValue[g] as number) === 1 ? (facts.value[g] as number) : undefined;
		rows[g] = {
			dataset: str(interners.dataset.values, tuples[at] as number),
			reporter: str(interners.reporter.values, tuples[at + 1] as number),
			partner: str(interners.partner.values, tuples[at + 2] as number),
			flow: str(interners.flow.values, tuples[at + 3] as number),
			sector: str(interners.sector.values, tuples[at + 4] as number),
			currency,
			period: str(interners.period.values, combo.period),
			freq: str(interners.freq.values, combo.freq),
			year: combo.year,
			month: combo.month === 0 ? null : combo.month,
			value: v,
			sources: sourcesOf(facts.source[g] as number),
			flag: f === 0 ? '' : interners.flag.values[f - 1],
			sectorLabel: lab === 0 ? undefined : interners.sectorLabel.values[lab - 1],
			originalCurrency: currency,
			reportedValue: v
		} as CubeRow;
	}
	return rows;
}

/**
 * The cube of the figures shown, and of the figures that lost to a more authoritative dataset
 * (kept aside so that a partial-year comparison can read its base from the same dataset).
 *
 * The rules, here and nowhere else:
 * - **One cell, one figure.** A cell is (dataset, reporter, partner, flow, sector, currency,
 *   period). Rows of one cell are never added: the first row with a value supplies the value, its
 *   source and its flag (the importer reports repeated and conflicting rows with their lines).
 * - **One dataset per series-year.** Precedence is decided per (reporter, partner, flow, sector,
 *   year), whatever the grain and the currency: the dataset first in `priority` that holds any
 *   figure of that year supplies the whole year (annual, quarters or months), so that a year never
 *   mixes datasets. Datasets missing from `priority` come after it, in order of appearance.
 *
 * @param priority dataset ids, most authoritative first
 */
export function buildCubes(
	table: ObservationTable,
	priority: readonly string[] = []
): { cube: CubeRow[]; shadowed: CubeRow[] } {
	const total = table.numRows();
	if (total === 0) return { cube: [], shadowed: [] };
	const grouping: Grouping = {
		interners: Object.fromEntries(STRING_FIELDS.map((f) => [f, new Interner()])) as Interners,
		combos: new Combos(),
		cells: new TupleIndex(W, Math.min(total, 1 << 20)),
		facts: new CellFacts()
	};
	for (const p of table.parts) groupPart(p, grouping);
	const { cells, interners } = grouping;
	const rankOf = datasetRanks(interners.dataset.values, priority);
	const { yearOf, bestRank } = seriesYearRanks(cells, grouping.combos.list, rankOf);
	const cube: CubeRow[] = [];
	const shadowed: CubeRow[] = [];
	cellRows(grouping).forEach((row, g) => {
		const rank = rankOf[(cells.tuples[g * W] as number) - 1] as number;
		(rank === bestRank[yearOf[g] as number] ? cube : shadowed).push(row);
	});
	return { cube, shadowed };
}

/** The figures shown (see `buildCubes` for the rules). */
export function buildCube(table: ObservationTable, priority: readonly string[] = []): CubeRow[] {
	return buildCubes(table, priority).cube;
}
