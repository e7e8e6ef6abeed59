/**
 * Packed observation columns (../data/import/columns.ts) as Apache Arrow IPC bytes, and back:
 * the format a dataset is saved in on the device.
 *
 * One record batch; `value` float64, `year` int32, `month` int8 (null for annual rows), and every
 * string column dictionary-encoded with our own codes as its indices and our dictionary as its
 * values. Writing takes the codes as they are: Arquero's `toArrowIPC` would re-encode each
 * string of each row through a hash map (what the worker already did once). Reading takes the
 * index buffers back as our codes (no dictionary rebuilt); the cube uses them as it does an
 * import's. The bytes are a standard Arrow stream: Arquero's `fromArrow` reads them
 * (arrow.test.ts), so do other Arrow readers.
 *
 * A null string cell is a cleared validity bit, and its index slot keeps our code -1 (Arrow
 * leaves a null slot's content undefined), so the codes need no rewriting when read.
 */
import {
	batchType,
	Column,
	columnFromArray,
	dictionary,
	float64,
	int16,
	int32,
	int8,
	tableFromColumns,
	tableFromIPC,
	tableToIPC,
	utf8,
	type Batch,
	type DataType
} from '@uwdata/flechette';
import { DICT_FIELDS, type DictColumn, type PackedRows } from '../data/import/columns';

type Codes = DictColumn['codes'];

/** Validity bitmap of a column whose nulls are the rows where `isNull` holds; none without nulls. */
function validityOf(
	values: ArrayLike<number>,
	isNull: (v: number) => boolean
): { validity: Uint8Array; nullCount: number } {
	const n = values.length;
	let first = 0;
	while (first < n && !isNull(values[first] as number)) first++;
	if (first === n) return { validity: new Uint8Array(0), nullCount: 0 };
	const validity = new Uint8Array((n + 7) >> 3).fill(0xff);
	let nullCount = 0;
	for (let i = first; i < n; i++) {
		if (isNull(values[i] as number)) {
			validity[i >> 3] = (validity[i >> 3] as number) & ~(1 << (i & 7));
			nullCount++;
		}
	}
	return { validity, nullCount };
}

function column(
	type: DataType,
	values: Codes | Float64Array | Int32Array,
	nulls?: (v: number) => boolean
) {
	const { validity, nullCount } = nulls
		? validityOf(values, nulls)
		: { validity: new Uint8Array(0), nullCount: 0 };
	const B = batchType(type) as unknown as new (o: object) => Batch<unknown>;
	return { batch: new B({ length: values.length, nullCount, type, validity, values }) };
}

const indexType = (codes: Codes) =>
	codes instanceof Int8Array ? int8() : codes instanceof Int16Array ? int16() : int32();

/** A column of no strings that still has a batch: the writer writes a dictionary per batch. */
function emptyStrings(type: DataType): Column<unknown> {
	const B = batchType(type) as unknown as new (o: object) => Batch<unknown>;
	const none = { length: 0, nullCount: 0, type, validity: new Uint8Array(0) };
	return new Column([new B({ ...none, offsets: new Int32Array(1), values: new Uint8Array(0) })]);
}

function dictColumn(col: DictColumn): Column<unknown> {
	// One value type object for both: the writer finds a dictionary's id by it.
	const valueType = utf8();
	const type = dictionary(valueType, indexType(col.codes));
	const { batch } = column(type, col.codes, (c) => c < 0);
	(batch as unknown as { setDictionary(d: Column<unknown>): void }).setDictionary(
		col.values.length ? columnFromArray(col.values, valueType) : emptyStrings(valueType)
	);
	return new Column([batch]);
}

/** Yields to the event loop, so that a long save leaves room for input and frames. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The media type of an Arrow IPC stream. */
export const ARROW_STREAM = 'application/vnd.apache.arrow.stream';

/** Bytes copied per task when the Blob is assembled (a 4 MiB slice took ~45 ms on the bench machine). */
const SLICE = 1 << 20;

/**
 * Arrow IPC (stream format) of packed columns, as a Blob, with a pause between steps so that no
 * task walks more than one column or copies more than {@link SLICE} bytes: the columns are
 * built one at a time, the encoder hands over views of their buffers (no copy), and the Blob is
 * assembled from slices. IndexedDB then stores the Blob by reference: nothing is serialised on
 * the main thread when it is put (a Uint8Array would be copied there in one task).
 */
export async function packedToArrowBlob(p: PackedRows): Promise<Blob> {
	const columns: [string, Column<unknown>][] = [
		['value', new Column([column(float64(), p.value).batch])],
		['year', new Column([column(int32(), p.year).batch])],
		['month', new Column([column(int8(), p.month, (m) => m === 0).batch])]
	];
	for (const f of DICT_FIELDS) {
		await pause();
		columns.push([f, dictColumn(p[f])]);
	}
	const chunks: Uint8Array[] = [];
	const sink = { write: (b: Uint8Array) => void chunks.push(b), finish: () => null };
	tableToIPC(tableFromColumns(columns), { format: 'stream', sink: sink as never });
	const parts: Blob[] = [];
	let pending: Uint8Array[] = [];
	let size = 0;
	const flush = async () => {
		parts.push(new Blob(pending as BlobPart[]));
		pending = [];
		size = 0;
		await pause();
	};
	for (const chunk of chunks) {
		for (let at = 0; at < chunk.byteLength; at += SLICE) {
			const piece = chunk.subarray(at, at + SLICE);
			pending.push(piece);
			size += piece.byteLength;
			if (size >= SLICE) await flush();
		}
	}
	if (pending.length) await flush();
	return new Blob(parts, { type: ARROW_STREAM });
}

/** Arrow IPC bytes of packed columns (see {@link packedToArrowBlob}). */
export async function packedToArrowIPC(p: PackedRows): Promise<Uint8Array> {
	return new Uint8Array(await (await packedToArrowBlob(p)).arrayBuffer());
}

/** Sets `fill` in the rows a validity bitmap marks null (the rows' slots are ours otherwise). */
function applyNulls(
	values: Codes,
	validity: Uint8Array | undefined,
	nullCount: number,
	fill: number
) {
	if (!nullCount || !validity?.length) return;
	for (let byte = 0; byte < validity.length; byte++) {
		const bits = validity[byte] as number;
		if (bits === 0xff) continue;
		for (let bit = 0; bit < 8; bit++) {
			const i = (byte << 3) | bit;
			if (i < values.length && !(bits & (1 << bit))) values[i] = fill;
		}
	}
}

interface RawBatch {
	values: Codes | Float64Array | Int32Array;
	validity?: Uint8Array;
	nullCount: number;
	cache?: unknown[];
}

/** The one batch of a column (an empty typed array for a table without rows). */
function batchOf(
	table: ReturnType<typeof tableFromIPC>,
	name: string,
	empty: () => RawBatch['values']
): RawBatch {
	const col = table.getChild(name);
	if (!col) throw new Error(`Stored dataset without column “${name}”.`);
	if (col.data.length > 1)
		throw new Error(`Stored column “${name}” has ${col.data.length} batches.`);
	return (
		(col.data[0] as unknown as RawBatch | undefined) ?? { values: empty(), nullCount: 0, cache: [] }
	);
}

/**
 * Packed columns of Arrow IPC bytes written by {@link packedToArrowBlob}: the buffers as they are,
 * only the null bits of columns with nulls walked (a reader owes nothing to a null slot's content).
 */
export function packedFromArrowIPC(bytes: Uint8Array): PackedRows {
	const table = tableFromIPC(bytes);
	const value = batchOf(table, 'value', () => new Float64Array(0)).values as Float64Array;
	const year = batchOf(table, 'year', () => new Int32Array(0)).values as Int32Array;
	const monthBatch = batchOf(table, 'month', () => new Int8Array(0));
	const month = monthBatch.values as Int8Array;
	applyNulls(month, monthBatch.validity, monthBatch.nullCount, 0);
	const packed = { length: table.numRows, value, year, month } as PackedRows;
	for (const f of DICT_FIELDS) {
		const b = batchOf(table, f, () => new Int8Array(0));
		const codes = b.values as Codes;
		applyNulls(codes, b.validity, b.nullCount, -1);
		packed[f] = { values: (b.cache ?? []) as string[], codes };
	}
	return packed;
}
