/**
 * Cell identity within one file. A figure is identified by (reporter, partner, flow, sector,
 * period, currency): the pipeline asks {@link CellIndex.claim} before it keeps an observation, and
 * a second row for a cell already held is a repeat (same value) or a conflict (another value) —
 * never a second figure, never a sum.
 *
 * Keys are integers: the six fields' dictionary codes (the RowsBuilder's, so no extra lookup) are
 * packed into one double below 2^53. The index is an open-addressing hash table on one typed
 * array, key and row side by side (16 bytes a slot, one cache line per probe): a million distinct
 * cells cost ~32 MB and no per-entry object. A code that outgrows its bits (only a hostile file:
 * over a million distinct sectors, or over 512 countries) sends its cell to a string-keyed Map
 * instead, so nothing is ever mixed up.
 */

/** Bits of each packed field, low to high: currency, flow, period, partner, reporter, sector. */
const CURRENCY_BITS = 2;
const FLOW_BITS = 1;
const PERIOD_BITS = 12;
const PARTNER_BITS = 9;
const REPORTER_BITS = 9;
/** 53 - the bits below. */
const SECTOR_BITS = 20;

const FLOW_MUL = 2 ** CURRENCY_BITS;
const PERIOD_MUL = FLOW_MUL * 2 ** FLOW_BITS;
const PARTNER_MUL = PERIOD_MUL * 2 ** PERIOD_BITS;
const REPORTER_MUL = PARTNER_MUL * 2 ** PARTNER_BITS;
const SECTOR_MUL = REPORTER_MUL * 2 ** REPORTER_BITS;

export type CellKey = number | string;

/** A 32-bit mix of a key; `seed` differs per index, so no file can be crafted to collide. */
function hash(key: number, seed: number): number {
	const lo = key >>> 0;
	const hi = (key / 4294967296) | 0;
	let h = Math.imul(lo ^ Math.imul(hi ^ seed, 0x9e3779b1), 0x85ebca6b);
	h ^= h >>> 15;
	h = Math.imul(h, 0xc2b2ae35);
	return h ^ (h >>> 13);
}

/** The six codes of a string key. */
function split(key: string): number[] {
	return key.split('|').map(Number);
}

/**
 * The key of a cell from its fields' codes (non-negative integers): a number when every code fits
 * its bits, else a string.
 */
export function cellKey(
	reporter: number,
	partner: number,
	flow: number,
	sector: number,
	period: number,
	currency: number
): CellKey {
	if (
		reporter >= 1 << REPORTER_BITS ||
		partner >= 1 << PARTNER_BITS ||
		flow >= 1 << FLOW_BITS ||
		sector >= 1 << SECTOR_BITS ||
		period >= 1 << PERIOD_BITS ||
		currency >= 1 << CURRENCY_BITS
	) {
		return `${reporter}|${partner}|${flow}|${sector}|${period}|${currency}`;
	}
	return (
		sector * SECTOR_MUL +
		reporter * REPORTER_MUL +
		partner * PARTNER_MUL +
		period * PERIOD_MUL +
		flow * FLOW_MUL +
		currency
	);
}

/** The codes of a key: [reporter, partner, flow, sector, period, currency]. */
export function cellCodes(key: CellKey): number[] {
	if (typeof key === 'string') return split(key);
	const sector = Math.floor(key / SECTOR_MUL);
	let rest = key - sector * SECTOR_MUL;
	const reporter = Math.floor(rest / REPORTER_MUL);
	rest -= reporter * REPORTER_MUL;
	const partner = Math.floor(rest / PARTNER_MUL);
	rest -= partner * PARTNER_MUL;
	const period = Math.floor(rest / PERIOD_MUL);
	rest -= period * PERIOD_MUL;
	const flow = Math.floor(rest / FLOW_MUL);
	return [reporter, partner, flow, sector, period, rest - flow * FLOW_MUL];
}

/** The same cell with another sector code. */
export function withSector(key: CellKey, sector: number): CellKey {
	if (typeof key === 'number' && sector < 1 << SECTOR_BITS) {
		return key - Math.floor(key / SECTOR_MUL) * SECTOR_MUL + sector * SECTOR_MUL;
	}
	const c = cellCodes(key) as [number, number, number, number, number, number];
	return cellKey(c[0], c[1], c[2], sector, c[4], c[5]);
}

/** The sector code of a key. */
export function sectorCode(key: CellKey): number {
	return typeof key === 'number' ? Math.floor(key / SECTOR_MUL) : (split(key)[3] as number);
}

/** The same cell in another currency (by code). */
export function withCurrency(key: CellKey, currency: number): CellKey {
	if (typeof key === 'number' && currency < 1 << CURRENCY_BITS) {
		return key - (key % FLOW_MUL) + currency;
	}
	const c = cellCodes(key) as [number, number, number, number, number, number];
	return cellKey(c[0], c[1], c[2], c[3], c[4], currency);
}

export class CellIndex {
	/** Slot i: [2i] = key + 1 (0 = empty), [2i + 1] = the row. */
	private table: Float64Array;
	private mask: number;
	private used = 0;
	/** Cells whose codes do not fit a packed key. */
	private readonly wide = new Map<string, number>();
	private readonly seed = (Math.random() * 4294967296) | 0;

	constructor(expected = 64) {
		let cap = 64;
		while (cap < expected * 1.5 && cap < 1 << 24) cap *= 2;
		this.table = new Float64Array(cap * 2);
		this.mask = cap - 1;
	}

	/** Number of distinct cells held. */
	get size(): number {
		return this.used + this.wide.size;
	}

	/** The row holding a cell, or -1. */
	get(key: CellKey): number {
		if (typeof key === 'string') return this.wide.get(key) ?? -1;
		const t = this.table;
		const mask = this.mask;
		const stored = key + 1;
		for (let i = hash(key, this.seed) & mask; ; i = (i + 1) & mask) {
			const k = t[2 * i] as number;
			if (k === stored) return t[2 * i + 1] as number;
			if (k === 0) return -1;
		}
	}

	/**
	 * Holds `key` for `row` when no row holds it yet (returns -1); otherwise returns the row that
	 * holds it and changes nothing.
	 */
	claim(key: CellKey, row: number): number {
		if (typeof key === 'string') {
			const held = this.wide.get(key);
			if (held !== undefined) return held;
			this.wide.set(key, row);
			return -1;
		}
		const t = this.table;
		const mask = this.mask;
		const stored = key + 1;
		let i = hash(key, this.seed) & mask;
		for (; ; i = (i + 1) & mask) {
			const k = t[2 * i] as number;
			if (k === stored) return t[2 * i + 1] as number;
			if (k === 0) break;
		}
		t[2 * i] = stored;
		t[2 * i + 1] = row;
		if (++this.used * 4 > (mask + 1) * 3) this.grow();
		return -1;
	}

	private grow() {
		const old = this.table;
		const cap = (this.mask + 1) * 2;
		const t = new Float64Array(cap * 2);
		const mask = cap - 1;
		for (let j = 0; j < old.length; j += 2) {
			const stored = old[j] as number;
			if (stored === 0) continue;
			let i = hash(stored - 1, this.seed) & mask;
			while ((t[2 * i] as number) !== 0) i = (i + 1) & mask;
			t[2 * i] = stored;
			t[2 * i + 1] = old[j + 1] as number;
		}
		this.table = t;
		this.mask = mask;
	}

	/** Calls `fn` with every held cell's key and row, in no particular order. */
	forEach(fn: (key: CellKey, row: number) => void): void {
		const t = this.table;
		for (let j = 0; j < t.length; j += 2) {
			const stored = t[j] as number;
			if (stored !== 0) fn(stored - 1, t[j + 1] as number);
		}
		for (const [key, row] of this.wide) fn(key, row);
	}
}
