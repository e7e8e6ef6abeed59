/**
 * Observations as columns, for cheap transfer from the worker: numbers in typed arrays
 * (transferable), strings dictionary-encoded (few distinct values: partners, periods, sources).
 *
 * Rows are never materialised as objects on the way from the worker to a table: the pipeline
 * writes them straight into a {@link RowsBuilder}, and {@link unpackRows} returns a lazy array
 * that only builds row objects if someone reads them (tests, small files). Code that knows
 * columns (`toTable`, `packRows`) asks {@link packedOf} for the columns behind such an array and
 * never touches the rows.
 */
import type { Currency, Frequency, Observation, PublishedFlow } from '../schema';
import type { ImportResult } from './types';

export interface DictColumn {
	values: string[];
	/** Index into `values`; -1 = null. The narrowest signed type that holds every index. */
	codes: Int32Array | Int16Array | Int8Array;
}

export interface PackedRows {
	length: number;
	value: Float64Array;
	year: Int32Array;
	/** 0 = null (annual rows). */
	month: Int8Array;
	period: DictColumn;
	freq: DictColumn;
	partner: DictColumn;
	flow: DictColumn;
	reporter: DictColumn;
	sector: DictColumn;
	sectorLabel: DictColumn;
	currency: DictColumn;
	source: DictColumn;
	note: DictColumn;
	flag: DictColumn;
	dataset: DictColumn;
}

export const DICT_FIELDS = [
	'period',
	'freq',
	'partner',
	'flow',
	'reporter',
	'sector',
	'sectorLabel',
	'currency',
	'source',
	'note',
	'flag',
	'dataset'
] as const;
export type DictField = (typeof DICT_FIELDS)[number];

/** The calendar of a row: its frequency, year and month (null for a year). */
type Calendar = Pick<Observation, 'freq' | 'year' | 'month'>;
/** The fields of a row that {@link RowsBuilder.pushDraft} reads besides the calendar. */
type RowText = Pick<Observation, 'value' | 'sectorLabel' | 'source' | 'note' | 'flag'>;

/** Dictionary encoder of one column; consecutive equal values skip the lookup. */
class DictEncoder {
	readonly values: string[] = [];
	private readonly index = new Map<string, number>();
	private last: string | null = null;
	private lastCode = -1;

	find(v: string): number {
		return this.index.get(v) ?? -1;
	}

	code(v: string | null): number {
		if (v === this.last) return this.lastCode;
		let k = -1;
		if (v !== null) {
			const hit = this.index.get(v);
			if (hit === undefined) {
				k = this.values.length;
				this.values.push(v);
				this.index.set(v, k);
			} else k = hit;
		}
		this.last = v;
		this.lastCode = k;
		return k;
	}
}

/**
 * Observations appended one at a time straight into columns (the import pipeline's output): no
 * array of row objects is ever held.
 */
export class RowsBuilder {
	length = 0;
	private capacity: number;
	private value: Float64Array;
	private year: Int32Array;
	private month: Int8Array;
	/**
	 * Codes in the order of DICT_FIELDS, each in the narrowest array its dictionary allows so far
	 * (Int8Array, widened when the dictionary outgrows it): most columns cost one byte a row.
	 */
	private codes: DictColumn['codes'][];
	/** The largest code each column's array holds. */
	private readonly limits = new Int32Array(DICT_FIELDS.length).fill(127);
	private readonly encoders: DictEncoder[] = DICT_FIELDS.map(() => new DictEncoder());

	constructor(capacity = 1024) {
		this.capacity = Math.max(16, capacity);
		this.value = new Float64Array(this.capacity);
		this.year = new Int32Array(this.capacity);
		this.month = new Int8Array(this.capacity);
		this.codes = DICT_FIELDS.map(() => new Int8Array(this.capacity));
	}

	private grow() {
		const cap = this.capacity * 2;
		const value = new Float64Array(cap);
		value.set(this.value);
		this.value = value;
		const year = new Int32Array(cap);
		year.set(this.year);
		this.year = year;
		const month = new Int8Array(cap);
		month.set(this.month);
		this.month = month;
		this.codes = this.codes.map((c) => {
			const b = new (c.constructor as new (n: number) => DictColumn['codes'])(cap);
			b.set(c);
			return b;
		});
		this.capacity = cap;
	}

	/** Stores code `k` of column `f` at row `i`, widening the column's array when needed. */
	private put(f: number, i: number, k: number) {
		if (k > (this.limits[f] as number)) {
			const wider = k > 32767 ? new Int32Array(this.capacity) : new Int16Array(this.capacity);
			wider.set(this.codes[f] as DictColumn['codes']);
			this.codes[f] = wider;
			this.limits[f] = k > 32767 ? 0x7fffffff : 32767;
		}
		(this.codes[f] as DictColumn['codes'])[i] = k;
	}

	/** Codes of the identity fields of the last {@link keyCodes} call (see there). */
	private readonly keyed = new Int32Array(6);

	/**
	 * Dictionary codes of a row's identity fields, in the order reporter, partner, flow, sector,
	 * period, currency (a scratch array, overwritten by the next call). A row whose fields are all
	 * known adds nothing to the dictionaries, so a row found to repeat a cell can be left out.
	 * {@link pushKeyed} then pushes that row without looking its fields up again.
	 */
	keyCodes(
		o: Pick<Observation, 'reporter' | 'partner' | 'flow' | 'sector' | 'period' | 'currency'>
	) {
		const e = this.encoders;
		const k = this.keyed;
		k[0] = (e[4] as DictEncoder).code(o.reporter);
		k[1] = (e[2] as DictEncoder).code(o.partner);
		k[2] = (e[3] as DictEncoder).code(o.flow);
		k[3] = (e[5] as DictEncoder).code(o.sector);
		k[4] = (e[0] as DictEncoder).code(o.period);
		k[5] = (e[7] as DictEncoder).code(o.currency);
		return k;
	}

	push(o: Observation): void {
		this.keyCodes(o);
		this.pushKeyed(o);
	}

	/** Pushes `o`, whose identity fields the last {@link keyCodes} call encoded. */
	pushKeyed(o: Observation): void {
		this.pushDraft(o, o, o.dataset);
	}

	/**
	 * Pushes the row of `d` with the calendar `p` and `dataset` (no row object is built), its
	 * identity fields encoded by the last {@link keyCodes} call.
	 */
	pushDraft(d: RowText, p: Calendar, dataset: string): void {
		if (this.length === this.capacity) this.grow();
		const i = this.length++;
		this.value[i] = d.value;
		this.year[i] = p.year;
		this.month[i] = p.month ?? 0;
		const e = this.encoders;
		const k = this.keyed;
		// Unrolled, in the order of DICT_FIELDS (a keyed loop over the fields is much slower).
		this.put(0, i, k[4] as number);
		this.put(1, i, (e[1] as DictEncoder).code(p.freq));
		this.put(2, i, k[1] as number);
		this.put(3, i, k[2] as number);
		this.put(4, i, k[0] as number);
		this.put(5, i, k[3] as number);
		this.put(6, i, (e[6] as DictEncoder).code(d.sectorLabel));
		this.put(7, i, k[5] as number);
		this.put(8, i, (e[8] as DictEncoder).code(d.source));
		this.put(9, i, (e[9] as DictEncoder).code(d.note));
		this.put(10, i, (e[10] as DictEncoder).code(d.flag));
		this.put(11, i, (e[11] as DictEncoder).code(dataset));
	}

	/** The code of `value` in column `field`'s dictionary, or -1 when no row holds it. */
	codeOf(field: DictField, value: string): number {
		return (this.encoders[DICT_FIELDS.indexOf(field)] as DictEncoder).find(value);
	}

	/** The value of code `code` in column `field`'s dictionary. */
	valueOf(field: DictField, code: number): string {
		return (this.encoders[DICT_FIELDS.indexOf(field)] as DictEncoder).values[code] ?? '';
	}

	/** The value of row `i` (already pushed). */
	valueAt(i: number): number {
		return this.value[i] as number;
	}

	/** Adds `amount` to row `i`'s value: only for a part of the row's own cell (see `Draft.part`). */
	addToValue(i: number, amount: number): void {
		this.value[i] = (this.value[i] as number) + amount;
	}

	/** The text of column `field` at row `i` (already pushed); null for a null cell. */
	textAt(field: DictField, i: number): string | null {
		const f = DICT_FIELDS.indexOf(field);
		const k = (this.codes[f] as DictColumn['codes'])[i] as number;
		return k < 0 ? null : ((this.encoders[f] as DictEncoder).values[k] as string);
	}

	/** The distinct non-null values of a column so far, in order of first appearance. */
	distinct(field: DictField): readonly string[] {
		return (this.encoders[DICT_FIELDS.indexOf(field)] as DictEncoder).values;
	}

	/** The columns, trimmed to the rows pushed (the builder is not used afterwards). */
	finish(): PackedRows {
		const n = this.length;
		const trim = <T extends Float64Array | Int32Array | Int16Array | Int8Array>(a: T): T =>
			a.length === n ? a : (a.slice(0, n) as T);
		const packed = {
			length: n,
			value: trim(this.value),
			year: trim(this.year),
			month: trim(this.month)
		} as PackedRows;
		DICT_FIELDS.forEach((f, k) => {
			const values = (this.encoders[k] as DictEncoder).values;
			packed[f] = { values, codes: trim(this.codes[k] as DictColumn['codes']) };
		});
		return packed;
	}
}

/**
 * Packed rows as saved on the device: year and month per distinct period instead of per row when
 * they follow from it (5 bytes a row less to write and to read back: a 1M-row dataset is ~22 MB
 * instead of ~27 MB). Records saved before this hold `year` and `month`, and still load.
 */
export type StoredRows = Omit<PackedRows, 'year' | 'month'> &
	(
		| { year: Int32Array; month: Int8Array; periodYear?: undefined; periodMonth?: undefined }
		| { year?: undefined; month?: undefined; periodYear: Int32Array; periodMonth: Int8Array }
	);

/** The rows to save: per-period calendar when every row agrees with its period's. */
export function compactCalendar(p: PackedRows): StoredRows {
	const n = p.period.values.length;
	const periodYear = new Int32Array(n);
	const periodMonth = new Int8Array(n);
	const seen = new Uint8Array(n);
	const codes = p.period.codes;
	for (let i = 0; i < p.length; i++) {
		const c = codes[i] as number;
		if (c < 0) return p;
		const y = p.year[i] as number;
		const m = p.month[i] as number;
		if (!seen[c]) {
			seen[c] = 1;
			periodYear[c] = y;
			periodMonth[c] = m;
		} else if (periodYear[c] !== y || periodMonth[c] !== m) return p;
	}
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { year, month, ...rest } = p;
	return { ...rest, periodYear, periodMonth };
}

/** The packed rows of a saved record, whichever way it stored the calendar. */
export function expandCalendar(s: StoredRows): PackedRows {
	if (s.year) return s as PackedRows;
	const { periodYear, periodMonth, ...rest } = s;
	const n = s.length;
	const codes = s.period.codes;
	const year = new Int32Array(n);
	const month = new Int8Array(n);
	for (let i = 0; i < n; i++) {
		const c = codes[i] as number;
		year[i] = periodYear[c] as number;
		month[i] = periodMonth[c] as number;
	}
	return { ...rest, year, month };
}

/** Rows an array of rows came from, when it is a lazy view of packed columns. */
const PACKED = new WeakMap<object, PackedRows>();

/** The columns behind rows returned by {@link unpackRows}; undefined for ordinary arrays. */
export function packedOf(rows: readonly Observation[]): PackedRows | undefined {
	return PACKED.get(rows);
}

export function packRows(rows: readonly Observation[]): PackedRows {
	const known = packedOf(rows);
	if (known) return known;
	const b = new RowsBuilder(rows.length);
	for (const r of rows) b.push(r);
	return b.finish();
}

function get(col: DictColumn, i: number): string | null {
	const k = col.codes[i] as number;
	return k < 0 ? null : (col.values[k] as string);
}

/** One row of packed columns as an object. */
export function rowAt(p: PackedRows, i: number): Observation {
	const m = p.month[i] as number;
	return {
		period: get(p.period, i) ?? '',
		freq: (get(p.freq, i) ?? 'A') as Frequency,
		year: p.year[i] as number,
		month: m === 0 ? null : m,
		partner: get(p.partner, i) ?? '',
		flow: (get(p.flow, i) ?? 'export') as PublishedFlow,
		reporter: get(p.reporter, i) ?? '',
		sector: get(p.sector, i) ?? '',
		sectorLabel: get(p.sectorLabel, i),
		value: p.value[i] as number,
		currency: (get(p.currency, i) ?? 'EUR') as Currency,
		source: get(p.source, i) ?? '',
		note: get(p.note, i) ?? '',
		flag: get(p.flag, i) ?? '',
		dataset: get(p.dataset, i) ?? ''
	};
}

/** Every row of packed columns as objects (an ordinary array). */
export function rowObjects(p: PackedRows): Observation[] {
	const out: Observation[] = new Array(p.length);
	for (let i = 0; i < p.length; i++) out[i] = rowAt(p, i);
	return out;
}

/**
 * The rows of packed columns as an array that builds its row objects the first time anything
 * but its `length` is read. Until then it costs nothing, and {@link packedOf} gives the columns.
 */
export function unpackRows(p: PackedRows): Observation[] {
	const target: Observation[] = [];
	let ready = false;
	const fill = () => {
		if (ready) return;
		ready = true;
		const n = p.length;
		target.length = n;
		for (let i = 0; i < n; i++) target[i] = rowAt(p, i);
	};
	const rows = new Proxy(target, {
		get(t, key, receiver) {
			if (key === 'length' && !ready) return p.length;
			fill();
			return Reflect.get(t, key, receiver);
		},
		set(t, key, value, receiver) {
			fill();
			return Reflect.set(t, key, value, receiver);
		},
		has(t, key) {
			fill();
			return Reflect.has(t, key);
		},
		deleteProperty(t, key) {
			fill();
			return Reflect.deleteProperty(t, key);
		},
		ownKeys(t) {
			fill();
			return Reflect.ownKeys(t);
		},
		getOwnPropertyDescriptor(t, key) {
			fill();
			return Reflect.getOwnPropertyDescriptor(t, key);
		},
		defineProperty(t, key, descriptor) {
			fill();
			return Reflect.defineProperty(t, key, descriptor);
		},
		preventExtensions(t) {
			fill();
			return Reflect.preventExtensions(t);
		}
	});
	PACKED.set(rows, p);
	return rows;
}

/** The typed arrays of a packed table, for `postMessage(..., transfer)`. */
export function transferables(p: PackedRows): ArrayBuffer[] {
	const list: ArrayBuffer[] = [p.value.buffer, p.year.buffer, p.month.buffer] as ArrayBuffer[];
	for (const f of DICT_FIELDS) list.push(p[f].codes.buffer as ArrayBuffer);
	return list;
}

/** An ImportResult whose rows travel as columns. */
export type PackedResult = Omit<ImportResult, 'rows'> & { rows: PackedRows };

export function packResult(result: ImportResult): PackedResult {
	return { ...result, rows: packRows(result.rows) };
}

/** The result with lazy rows (see {@link unpackRows}): O(1), whatever the number of rows. */
export function unpackResult(packed: PackedResult): ImportResult {
	return { ...packed, rows: unpackRows(packed.rows) };
}
