/**
 * Aggregates observations once to the grain the views need
 * (dataset × reporter × partner × flow × sector × currency × period), as Mosaic does with its
 * pre-aggregated cubes; every interaction then reads this small cube, not the raw rows.
 *
 * The grouping runs on the tables' dictionary codes (integers) with an open-addressing hash
 * table, in one pass and without building a string per row; row objects are only made for the
 * cube cells that survive. The result is the one Arquero's
 * `groupby(keys).rollup({ value: sum, sources: array_agg_distinct, flag: max, sectorLabel: any })`
 * gave before: cells in order of first appearance, sums in row order, distinct sources in order of
 * first appearance, `undefined` for an aggregate with no valid value.
 */
import type { DictColumn } from '../import/columns';
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

/**
 * @param priority dataset ids, most authoritative first: where two datasets hold the same
 *   cell (e.g. an uploaded extract that updates the bundled data), only the first is kept,
 *   so figures are never double-counted.
 */
export function buildCube(table: ObservationTable, priority: readonly string[] = []): CubeRow[] {
	const parts = table.parts;
	const total = table.numRows();
	if (total === 0) return [];

	const interners = {
		dataset: new Interner(),
		reporter: new Interner(),
		partner: new Interner(),
		flow: new Interner(),
		sector: new Interner(),
		currency: new Interner(),
		period: new Interner(),
		freq: new Interner(),
		source: new Interner(),
		flag: new Interner(),
		sectorLabel: new Interner()
	};
	// A period combination: (period, freq, year, month) as the table holds them.
	const combos: { period: number; freq: number; year: number; month: number }[] = [];
	const comboIndex = new Map<string, number>();
	const comboOf = (period: number, freq: number, year: number, month: number) => {
		const key = `${period}|${freq}|${year}|${month}`;
		let c = comboIndex.get(key);
		if (c === undefined) {
			c = combos.length;
			combos.push({ period, freq, year, month });
			comboIndex.set(key, c);
		}
		return c;
	};

	const cells = new TupleIndex(W, Math.min(total, 1 << 20));
	let sum = new Float64Array(1024);
	let valid = new Int32Array(1024);
	let firstSource = new Int32Array(1024);
	let flagBest = new Int32Array(1024);
	let label = new Int32Array(1024);
	/** Cells with more than one distinct source: every source id, in order. */
	const moreSources = new Map<number, number[]>();
	const grow = (need: number) => {
		if (need <= sum.length) return;
		let n = sum.length;
		while (n < need) n *= 2;
		const g = <T extends Float64Array | Int32Array>(a: T, b: T) => (b.set(a), b);
		sum = g(sum, new Float64Array(n));
		valid = g(valid, new Int32Array(n));
		firstSource = g(firstSource, new Int32Array(n));
		flagBest = g(flagBest, new Int32Array(n));
		label = g(label, new Int32Array(n));
	};

	const key = new Int32Array(W);
	for (const p of parts) {
		const n = p.length;
		// Global ids per row (+1; 0 = null), one plain Int32Array per column, so that the loop below
		// reads arrays of a single type.
		const ids = KEY_FIELDS.map((f) => globalIds(p[f], interners[f], n));
		const periods = globalIds(p.period, interners.period, n);
		const freqs = globalIds(p.freq, interners.freq, n);
		const sources = globalIds(p.source, interners.source, n);
		const flags = globalIds(p.flag, interners.flag, n);
		const labels = globalIds(p.sectorLabel, interners.sectorLabel, n);
		const [ds, rp, pa, fl, se, cu] = ids as [
			Int32Array,
			Int32Array,
			Int32Array,
			Int32Array,
			Int32Array,
			Int32Array
		];
		// Per period id, the combination of its first row (the usual case: a period always has
		// the same freq, year and month); other combinations go through the map.
		const periodFirst = new Int32Array(interners.period.values.length + 1).fill(-1);
		const flagValues = interners.flag.values;
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
			const known = combo >= 0 ? (combos[combo] as (typeof combos)[number]) : null;
			if (!known || known.freq !== freq || known.year !== year || known.month !== month) {
				combo = comboOf(period, freq, year, month);
				if (!known) periodFirst[period] = combo;
			}
			key[6] = combo;
			const before = cells.count;
			const g = cells.id(key);
			if (g === before) {
				grow(g + 1);
				sum[g] = 0;
				valid[g] = 0;
				firstSource[g] = -1;
				flagBest[g] = 0;
				label[g] = 0;
			}
			const v = p.value[i] as number;
			if (v === v) {
				sum[g] = (sum[g] as number) + v;
				valid[g] = (valid[g] as number) + 1;
			}
			const s = sources[i] as number;
			if (s > 0) {
				const first = firstSource[g] as number;
				if (first < 0) firstSource[g] = s;
				else if (first !== s) {
					const list = moreSources.get(g);
					if (!list) moreSources.set(g, [first, s]);
					else if (!list.includes(s)) list.push(s);
				}
			}
			const f = flags[i] as number;
			if (f > 0) {
				const best = flagBest[g] as number;
				if (
					best === 0 ||
					(f !== best && (flagValues[f - 1] as string) > (flagValues[best - 1] as string))
				)
					flagBest[g] = f;
			}
			const l = labels[i] as number;
			if (l > 0 && (label[g] as number) === 0) label[g] = l;
		}
	}

	// Priority between datasets: per (reporter, partner, flow, sector, currency, period), the cell
	// of the most authoritative dataset wins; ties keep the first. Order: first appearance.
	const rankOf = interners.dataset.values.map((d) => {
		const i = priority.indexOf(d);
		return i < 0 ? priority.length : i;
	});
	const tuples = cells.tuples;
	const deduped = new TupleIndex(6, cells.count);
	const winner = new Int32Array(cells.count);
	const slot = new Int32Array(6);
	for (let g = 0; g < cells.count; g++) {
		const at = g * W;
		for (let k = 0; k < 5; k++) slot[k] = tuples[at + 1 + k] as number;
		slot[5] = (combos[tuples[at + 6] as number] as (typeof combos)[number]).period;
		const before = deduped.count;
		const d = deduped.id(slot);
		if (d === before) winner[d] = g;
		else {
			const held = winner[d] as number;
			const rank = (cell: number) => rankOf[(tuples[cell * W] as number) - 1] ?? priority.length;
			if (rank(g) < rank(held)) winner[d] = g;
		}
	}

	// Row objects, only for the cells kept. Source lists are shared between cells (frozen).
	const str = (values: readonly string[], id: number) => (id === 0 ? null : values[id - 1]);
	const sourceLists = new Map<string, readonly string[]>();
	const sourcesOf = (g: number): string[] => {
		const more = moreSources.get(g);
		const first = firstSource[g] as number;
		const ids = more ?? (first < 0 ? [] : [first]);
		const k = ids.join(',');
		let list = sourceLists.get(k);
		if (!list) {
			list = Object.freeze(ids.map((s) => interners.source.values[s - 1] as string));
			sourceLists.set(k, list);
		}
		return list as string[];
	};
	const out: CubeRow[] = new Array(deduped.count);
	for (let d = 0; d < deduped.count; d++) {
		const g = winner[d] as number;
		const at = g * W;
		const combo = combos[tuples[at + 6] as number] as (typeof combos)[number];
		const currency = str(
			interners.currency.values,
			tuples[at + 5] as number
		) as CubeRow['currency'];
		const flag = flagBest[g] as number;
		const lab = label[g] as number;
		out[d] = {
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
			value: (valid[g] as number) > 0 ? (sum[g] as number) : undefined,
			sources: sourcesOf(g),
			flag: flag === 0 ? '' : interners.flag.values[flag - 1],
			sectorLabel: lab === 0 ? undefined : interners.sectorLabel.values[lab - 1],
			originalCurrency: currency
		} as CubeRow;
	}
	return out;
}
