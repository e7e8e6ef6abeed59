/**
 * Observations as columns, for cheap transfer from the worker: numbers in typed arrays
 * (transferable), strings dictionary-encoded (few distinct values: partners, periods, sources).
 */
import type { Currency, Flow, Frequency, Observation } from '../schema';
import type { ImportResult } from './types';

export interface DictColumn {
	values: string[];
	/** Index into `values`; -1 = null. */
	codes: Int32Array;
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

const DICT_FIELDS = [
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
type DictField = (typeof DICT_FIELDS)[number];

function encode(rows: readonly Observation[], field: DictField): DictColumn {
	const index = new Map<string, number>();
	const values: string[] = [];
	const codes = new Int32Array(rows.length);
	for (let i = 0; i < rows.length; i++) {
		const v = (rows[i] as Observation)[field];
		if (v === null) {
			codes[i] = -1;
			continue;
		}
		let k = index.get(v);
		if (k === undefined) {
			k = values.length;
			values.push(v);
			index.set(v, k);
		}
		codes[i] = k;
	}
	return { values, codes };
}

export function packRows(rows: readonly Observation[]): PackedRows {
	const n = rows.length;
	const value = new Float64Array(n);
	const year = new Int32Array(n);
	const month = new Int8Array(n);
	for (let i = 0; i < n; i++) {
		const r = rows[i] as Observation;
		value[i] = r.value;
		year[i] = r.year;
		month[i] = r.month ?? 0;
	}
	const packed = { length: n, value, year, month } as PackedRows;
	for (const f of DICT_FIELDS) packed[f] = encode(rows, f);
	return packed;
}

function get(col: DictColumn, i: number): string | null {
	const k = col.codes[i] as number;
	return k < 0 ? null : (col.values[k] as string);
}

export function unpackRows(p: PackedRows): Observation[] {
	const out: Observation[] = new Array(p.length);
	for (let i = 0; i < p.length; i++) {
		const m = p.month[i] as number;
		out[i] = {
			period: get(p.period, i) ?? '',
			freq: (get(p.freq, i) ?? 'A') as Frequency,
			year: p.year[i] as number,
			month: m === 0 ? null : m,
			partner: get(p.partner, i) ?? '',
			flow: (get(p.flow, i) ?? 'export') as Flow,
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
	return out;
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

export function unpackResult(packed: PackedResult): ImportResult {
	return { ...packed, rows: unpackRows(packed.rows) };
}
