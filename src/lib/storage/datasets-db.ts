/**
 * Local persistence of uploaded datasets (feature D6) in IndexedDB, through `idb`.
 *
 * Layout (database `ica-datasets`, version 1):
 * - `datasets`: one record per dataset, keyed by id: the metadata shown in the list, and the key
 *   of its current version (`current`). This record is the "current" pointer.
 * - `versions`: the rows of one version of one dataset, keyed `<id>@<version>`, as Apache Arrow
 *   IPC bytes (`arrow`: one record batch, string columns dictionary-encoded with the import's own
 *   codes, see ./arrow.ts), with its investment rows and events as plain objects. Versions saved
 *   by earlier releases hold the columns of `packRows` as typed arrays (`rows`) instead, and
 *   versions saved before events could be uploaded have no `events` field: {@link dataOfRecord}
 *   reads every one of these, so no schema upgrade is needed and no saved dataset is rewritten
 *   (an old record becomes Arrow the next time its dataset is saved).
 * - `settings`: small values: whether the bundled dataset is shown (a boolean), and its place in
 *   the user's order (a number; absent until the user first moves a dataset).
 *
 * The user's order (which dataset wins where two hold the same figures) is each record's
 * `meta.order`: the higher, the more authoritative (the higher in the list on the Data page). A new
 * upload gets the highest, a replacement keeps its place, and a move rewrites the places of the
 * whole list in one transaction ({@link DatasetsDb.setOrder}). Records saved before the order could
 * be changed hold their creation order, which is the same rule (the latest upload wins), and the
 * bundled data without a stored place sits below every upload: they load unchanged.
 *
 * Saving a dataset (new or replacement) is ONE `readwrite` transaction with `durability: 'strict'`
 * that writes the new version under a new key, flips the pointer and deletes the old version.
 * IndexedDB transactions are atomic, so a crash, a closed tab or a full disk at any point leaves
 * the old version current and complete (docs/research reliability-anchors H1–H3, H8).
 *
 * A full disk surfaces on the *transaction* (`QuotaExceededError` in `transaction.error`, the
 * request's own error stays null): it becomes a {@link StorageQuotaError}. When IndexedDB cannot
 * be opened at all (private mode, storage blocked, a cross-site iframe) {@link openDatasetsDb}
 * throws {@link StorageUnavailableError} and the app keeps datasets in memory only.
 *
 * Two tabs: every change is announced on the BroadcastChannel `ica-datasets` so that other tabs
 * reload the list. A new dataset is refused inside its own write transaction when a stored dataset
 * already has the same SHA-256 ({@link DuplicateDatasetError}): readwrite transactions on the same
 * stores never interleave, so two tabs saving the same file at once store it once.
 *
 * Losing the database: the page keeps ONE connection. When another tab (or a script, or the
 * browser's "clear site data") deletes the database or opens it with a newer schema, that tab's
 * request fires `versionchange` here. We let it proceed (blocking it would leave the other tab
 * hanging and the data would be deleted anyway once this page closes): the connection closes at
 * once, every listener of {@link DatasetsDb.onLost} hears why (`deleted`, `upgraded`, or `closed`
 * when the browser closed it), and the connection is NOT reopened implicitly: a later write would
 * silently create an empty database while the page says its datasets are saved. Only
 * {@link DatasetsDb.reopen} (the user's "save again") opens a fresh one.
 *
 * The store (src/lib/state/datasets.svelte.ts) only sees the small {@link DatasetsDb} interface,
 * so that it can be tested in Node with an in-memory fake.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { expandCalendar, type PackedRows, type StoredRows } from '../data/import/columns';
import type { InvestmentRow, TradeEvent } from '../data/schema';
import { packedFromArrowIPC, packedToArrowBlob } from './arrow';

export const DB_NAME = 'ica-datasets';
export const DB_VERSION = 1;
export const CHANNEL_NAME = 'ica-datasets';

/** What the import report said about a dataset, kept for the list (not the issues). */
export interface DatasetSummary {
	read: number;
	accepted: number;
	rejected: number;
	countUnit: 'rows' | 'observations';
	periods: string[];
	partners: string[];
	reporters: string[];
	currencies: string[];
	units: string | null;
}

export interface DatasetMeta {
	id: string;
	/** Display name (the file name without extension when first loaded; kept on replace). */
	name: string;
	fileName: string;
	/** File size in bytes. */
	size: number;
	/** Hex SHA-256 of the file's bytes; null when Web Crypto is unavailable (insecure context). */
	sha256: string | null;
	/** ISO 8601 time of the import. */
	loadedAt: string;
	/** Trade observations (investment rows are counted apart). */
	rowCount: number;
	/** Shown in the dashboard. */
	active: boolean;
	/** Format label from the import (`Eurostat Comext data browser`, ...). */
	format: string | null;
	summary: DatasetSummary;
	/** 1 for the first upload, +1 on every replace. */
	version: number;
	/**
	 * Place in the user's order: the higher, the more authoritative (higher in the list). A new
	 * upload gets the highest; kept on replace; changed by a move ({@link DatasetsDb.setOrder}).
	 */
	order: number;
}

export interface DatasetData {
	rows: PackedRows;
	investment: InvestmentRow[];
	/** The rows of an events table; empty for trade and investment files. */
	events: TradeEvent[];
	/** The rows as Arrow IPC, when the import worker built it (else built here, in slices). */
	arrow?: Blob;
}

/**
 * Why the connection was lost: another tab deleted the database (`deleted`) or opened it with a
 * newer schema (`upgraded`), or the browser closed it (`closed`: storage cleared, disk error).
 */
export type StorageLoss = 'deleted' | 'upgraded' | 'closed';

/** Options of {@link DatasetsDb.save}. */
export interface SaveOptions {
	/**
	 * Refuse the save, inside the write transaction, when another stored dataset has this hash:
	 * {@link DuplicateDatasetError} names it. Another tab's save of the same file cannot slip in
	 * between the check and the write.
	 */
	unique?: boolean;
}

/** The storage the dataset store needs. Every method may reject with a {@link StorageError}. */
export interface DatasetsDb {
	/** The current version of every stored dataset, by ascending `order`. */
	list(): Promise<DatasetMeta[]>;
	/** The rows of one version; null when that version is no longer current (another tab replaced it). */
	load(id: string, version: number): Promise<DatasetData | null>;
	/**
	 * Stores a new dataset or a new version of an existing one, atomically: the previous version
	 * stays current unless the whole write succeeds. Returns the metadata as stored (its `version`
	 * is the previous one + 1, or 1).
	 */
	save(
		meta: Omit<DatasetMeta, 'version'>,
		data: DatasetData,
		options?: SaveOptions
	): Promise<DatasetMeta>;
	setActive(id: string, active: boolean): Promise<void>;
	remove(id: string): Promise<void>;
	getFlag(key: string): Promise<boolean | null>;
	setFlag(key: string, value: boolean): Promise<void>;
	/**
	 * A numeric setting (the bundled dataset's place in the order); null when never set. Optional
	 * so that older stand-ins still satisfy the interface; the IndexedDB database has it.
	 */
	getNumber?(key: string): Promise<number | null>;
	/**
	 * Writes the `order` of the given stored datasets (ids no longer stored are skipped) and the
	 * given numeric settings, all in ONE transaction: another tab never reads half a move. Optional
	 * like {@link getNumber}; without it, a move lasts until the page is reloaded.
	 */
	setOrder?(
		orders: Readonly<Record<string, number>>,
		numbers?: Readonly<Record<string, number>>
	): Promise<void>;
	/**
	 * Calls `handler` once when the connection is lost (see {@link StorageLoss}); at once if it
	 * already was. Returns the unsubscribe function. Optional for stand-ins that cannot be lost.
	 */
	onLost?(handler: (loss: StorageLoss) => void): () => void;
	/**
	 * After a loss: opens the database again (creating it empty if it was deleted). Until then
	 * every method rejects with a `lost` {@link StorageError}.
	 */
	reopen?(): Promise<void>;
	close(): void;
}

export type StorageErrorKind = 'quota' | 'unavailable' | 'failed' | 'lost';

/** A storage failure; `kind` says which message the UI shows. Nothing stored is lost by one. */
export class StorageError extends Error {
	readonly kind: StorageErrorKind;
	constructor(kind: StorageErrorKind, message: string, options?: { cause?: unknown }) {
		super(message, options);
		this.name = 'StorageError';
		this.kind = kind;
	}
}

/** The device has no room for the new data; the data stored before is untouched. */
export class StorageQuotaError extends StorageError {
	/** Approximate bytes the write needed. */
	readonly needed: number;
	constructor(needed: number, options?: { cause?: unknown }) {
		super(
			'quota',
			`Not enough storage space on this device to save about ${needed} bytes; the data saved before is unchanged.`,
			options
		);
		this.name = 'StorageQuotaError';
		this.needed = needed;
	}
}

/** IndexedDB cannot be used here (private mode, storage blocked, cross-site iframe). */
export class StorageUnavailableError extends StorageError {
	constructor(options?: { cause?: unknown }) {
		super('unavailable', 'Local storage (IndexedDB) is not available in this browser.', options);
		this.name = 'StorageUnavailableError';
	}
}

/** The database lost its connection (see {@link StorageLoss}); nothing was written. */
export class StorageLostError extends StorageError {
	readonly loss: StorageLoss;
	constructor(loss: StorageLoss) {
		super('lost', `The local database was ${loss} by another tab or by the browser.`);
		this.name = 'StorageLostError';
		this.loss = loss;
	}
}

/** A new dataset has the same bytes (SHA-256) as a stored one, possibly saved by another tab. */
export class DuplicateDatasetError extends Error {
	/** The stored dataset with the same hash. */
	readonly existing: DatasetMeta;
	constructor(existing: DatasetMeta) {
		super(`The same file is already stored as “${existing.name}”.`);
		this.name = 'DuplicateDatasetError';
		this.existing = existing;
	}
}

/** Approximate size in bytes of a packed table (typed arrays + dictionary strings). */
export function packedSize(data: DatasetData): number {
	const r = data.rows;
	let size = r.value.byteLength + r.year.byteLength + r.month.byteLength;
	for (const key of Object.keys(r) as (keyof PackedRows)[]) {
		const col = r[key];
		if (typeof col === 'object' && col !== null && 'codes' in col) {
			size += col.codes.byteLength;
			for (const v of col.values) size += v.length * 2;
		}
	}
	return size + (JSON.stringify(data.investment).length + JSON.stringify(data.events).length) * 2;
}

function isQuota(error: unknown): boolean {
	return (
		typeof error === 'object' &&
		error !== null &&
		'name' in error &&
		(error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
	);
}

function isClosing(error: unknown): boolean {
	return (
		typeof error === 'object' &&
		error !== null &&
		'name' in error &&
		error.name === 'InvalidStateError' &&
		'message' in error &&
		typeof error.message === 'string' &&
		/clos/i.test(error.message)
	);
}

/** Maps whatever a write threw (and the transaction's own error) to a StorageError. */
export function toStorageError(error: unknown, txError: unknown = null, needed = 0): StorageError {
	if (error instanceof StorageError) return error;
	// A connection closed under a transaction (another tab deleted the database meanwhile).
	if (isClosing(error)) return new StorageLostError('closed');
	if (isQuota(txError) || isQuota(error))
		return new StorageQuotaError(needed, { cause: txError ?? error });
	const cause = txError ?? error;
	const detail = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
	return new StorageError('failed', `Saving to local storage failed (${detail}).`, { cause });
}

const versionKey = (id: string, version: number) => `${id}@${version}`;

/**
 * A stored version. `arrow` holds its rows (Arrow IPC); records saved by earlier releases hold
 * `rows` instead, and those saved before events could be uploaded have no `events`.
 */
export interface VersionRecord {
	key: string;
	id: string;
	version: number;
	/** A Blob as saved (stored by reference); bytes are read the same way. */
	arrow?: Blob | Uint8Array;
	/** Records saved before Arrow: year and month per period where they follow from it. */
	rows?: StoredRows;
	investment: InvestmentRow[];
	events?: TradeEvent[];
}

/** The record of a version: its rows as Arrow IPC, built in slices (see ./arrow.ts). */
export async function versionRecord(
	id: string,
	version: number,
	data: DatasetData
): Promise<VersionRecord> {
	return {
		key: versionKey(id, version),
		id,
		version,
		arrow: data.arrow ?? (await packedToArrowBlob(data.rows)),
		investment: data.investment,
		events: data.events
	};
}

async function rowsOfRecord(record: Pick<VersionRecord, 'arrow' | 'rows'>): Promise<PackedRows> {
	const { arrow } = record;
	if (arrow instanceof Uint8Array) return packedFromArrowIPC(arrow);
	if (arrow) return packedFromArrowIPC(new Uint8Array(await arrow.arrayBuffer()));
	if (record.rows) return expandCalendar(record.rows);
	throw new StorageError('failed', 'A stored dataset has no rows (damaged record).');
}

/**
 * The data of a stored version, whatever release saved it: Arrow IPC or typed columns, with or
 * without events or investment rows (none when absent).
 */
export async function dataOfRecord(
	record: Partial<Pick<VersionRecord, 'arrow' | 'rows' | 'investment' | 'events'>>
): Promise<DatasetData> {
	return {
		rows: await rowsOfRecord(record),
		investment: record.investment ?? [],
		events: record.events ?? []
	};
}

interface DatasetRecord {
	id: string;
	/** Key of the current version in `versions`. */
	current: string;
	meta: DatasetMeta;
}

interface Schema extends DBSchema {
	datasets: { key: string; value: DatasetRecord };
	versions: { key: string; value: VersionRecord };
	settings: { key: string; value: { key: string; value: boolean | number } };
}

/** A record's place in the order; a record without a usable one sorts as the oldest upload. */
export function orderOf(meta: { order?: unknown }): number {
	return typeof meta.order === 'number' && Number.isFinite(meta.order) ? meta.order : 0;
}

/** Waits for every request of a transaction and for its end; throws the transaction's error. */
async function settle(
	tx: { done: Promise<void>; error: DOMException | null },
	requests: Promise<unknown>[],
	needed = 0
): Promise<void> {
	const results = await Promise.allSettled([...requests, tx.done]);
	const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
	if (failed?.reason instanceof DuplicateDatasetError) throw failed.reason;
	if (failed) throw toStorageError(failed.reason, tx.error, needed);
}

/** The IndexedDB implementation. Use {@link openDatasetsDb}. */
class IdbDatasetsDb implements DatasetsDb {
	private db: Promise<IDBPDatabase<Schema>> | null = null;
	/** Set when the connection was lost; cleared by {@link reopen}. */
	private loss: StorageLoss | null = null;
	private readonly lostHandlers = new Set<(loss: StorageLoss) => void>();

	constructor(private readonly factory: IDBFactory | undefined) {}

	/** The open connection; rejects with {@link StorageLostError} after a loss. */
	connect(): Promise<IDBPDatabase<Schema>> {
		if (this.loss) return Promise.reject(new StorageLostError(this.loss));
		if (this.db) return this.db;
		const opening = this.open();
		this.db = opening;
		// A failed open is forgotten, so that the next use tries again.
		opening.catch(() => {
			if (this.db === opening) this.db = null;
		});
		return opening;
	}

	private async open(): Promise<IDBPDatabase<Schema>> {
		if (!this.factory) throw new StorageUnavailableError();
		try {
			return await openDB<Schema>(DB_NAME, DB_VERSION, {
				upgrade(database) {
					if (!database.objectStoreNames.contains('datasets'))
						database.createObjectStore('datasets', { keyPath: 'id' });
					if (!database.objectStoreNames.contains('versions'))
						database.createObjectStore('versions', { keyPath: 'key' });
					if (!database.objectStoreNames.contains('settings'))
						database.createObjectStore('settings', { keyPath: 'key' });
				},
				// `versionchange`: another tab deletes the database (newVersion null) or upgrades
				// it. Close at once so that it proceeds, and say so.
				blocking: (_current, next, event) => {
					(event.target as IDBDatabase | null)?.close();
					this.lose(next === null ? 'deleted' : 'upgraded');
				},
				// `close` without our asking: the browser cleared the storage or hit a disk error.
				terminated: () => this.lose('closed'),
				// Our open waits for another tab still holding an older connection: it resolves
				// when that tab closes (ours always does on `versionchange`), nothing to do here.
				blocked: () => {}
			});
		} catch (err) {
			throw new StorageUnavailableError({ cause: err });
		}
	}

	private lose(loss: StorageLoss) {
		if (this.loss) return;
		this.loss = loss;
		this.db = null;
		for (const handler of [...this.lostHandlers]) handler(loss);
	}

	onLost(handler: (loss: StorageLoss) => void): () => void {
		if (this.loss) {
			handler(this.loss);
			return () => {};
		}
		this.lostHandlers.add(handler);
		return () => this.lostHandlers.delete(handler);
	}

	async reopen(): Promise<void> {
		this.loss = null;
		this.db = null;
		await this.connect();
	}

	async list(): Promise<DatasetMeta[]> {
		const db = await this.connect();
		try {
			const records = await db.getAll('datasets');
			return records.map((r) => r.meta).sort((a, b) => orderOf(a) - orderOf(b));
		} catch (err) {
			throw toStorageError(err);
		}
	}

	async load(id: string, version: number): Promise<DatasetData | null> {
		const db = await this.connect();
		try {
			const record = await db.get('versions', versionKey(id, version));
			return record ? await dataOfRecord(record) : null;
		} catch (err) {
			throw toStorageError(err);
		}
	}

	async save(
		meta: Omit<DatasetMeta, 'version'>,
		data: DatasetData,
		options: SaveOptions = {}
	): Promise<DatasetMeta> {
		const db = await this.connect();
		const needed = packedSize(data);
		// Before the transaction: the bytes are built with pauses, and an await of anything but
		// an IndexedDB request inside a transaction would end it. The version is filled in below.
		const record = await versionRecord(meta.id, 0, data);
		let tx;
		try {
			tx = db.transaction(['datasets', 'versions'], 'readwrite', { durability: 'strict' });
		} catch (err) {
			throw toStorageError(err, null, needed);
		}
		const datasets = tx.objectStore('datasets');
		const versions = tx.objectStore('versions');
		// Only IndexedDB requests happen inside the transaction (never other awaits: it would commit).
		const work = (async (): Promise<DatasetMeta> => {
			if (options.unique && meta.sha256) {
				// In this transaction: a save of the same file by another tab is either committed
				// already (and seen here) or waits for this one to end (and sees this one).
				const twin = (await datasets.getAll()).find(
					(r) => r.id !== meta.id && r.meta.sha256 === meta.sha256
				);
				if (twin) {
					tx.abort();
					throw new DuplicateDatasetError(twin.meta);
				}
			}
			const previous = await datasets.get(meta.id);
			const version = (previous?.meta.version ?? 0) + 1;
			const key = versionKey(meta.id, version);
			const stored: DatasetMeta = { ...meta, version };
			const writes: Promise<unknown>[] = [
				versions.put({ ...record, key, version }),
				datasets.put({ id: meta.id, current: key, meta: stored })
			];
			if (previous && previous.current !== key) writes.push(versions.delete(previous.current));
			await Promise.all(writes);
			return stored;
		})();
		await settle(tx, [work], needed);
		return work;
	}

	async setActive(id: string, active: boolean): Promise<void> {
		const db = await this.connect();
		const tx = db.transaction('datasets', 'readwrite');
		const work = (async () => {
			const record = await tx.store.get(id);
			if (record) await tx.store.put({ ...record, meta: { ...record.meta, active } });
		})();
		await settle(tx, [work]);
	}

	async remove(id: string): Promise<void> {
		const db = await this.connect();
		const tx = db.transaction(['datasets', 'versions'], 'readwrite', { durability: 'strict' });
		const work = (async () => {
			const versions = tx.objectStore('versions');
			// Every version of this dataset (normally one), then the pointer.
			const keys = await versions.getAllKeys(IDBKeyRange.bound(`${id}@`, `${id}@\uffff`));
			await Promise.all([
				...keys.map((k) => versions.delete(k)),
				tx.objectStore('datasets').delete(id)
			]);
		})();
		await settle(tx, [work]);
	}

	async getFlag(key: string): Promise<boolean | null> {
		const db = await this.connect();
		try {
			const value = (await db.get('settings', key))?.value;
			return typeof value === 'boolean' ? value : null;
		} catch (err) {
			throw toStorageError(err);
		}
	}

	async getNumber(key: string): Promise<number | null> {
		const db = await this.connect();
		try {
			const value = (await db.get('settings', key))?.value;
			return typeof value === 'number' && Number.isFinite(value) ? value : null;
		} catch (err) {
			throw toStorageError(err);
		}
	}

	async setOrder(
		orders: Readonly<Record<string, number>>,
		numbers: Readonly<Record<string, number>> = {}
	): Promise<void> {
		const db = await this.connect();
		const tx = db.transaction(['datasets', 'settings'], 'readwrite', { durability: 'strict' });
		const datasets = tx.objectStore('datasets');
		const settings = tx.objectStore('settings');
		const work = (async () => {
			const entries = Object.entries(orders);
			const records = await Promise.all(entries.map(([id]) => datasets.get(id)));
			await Promise.all([
				...Object.entries(numbers).map(([key, value]) => settings.put({ key, value })),
				...records.flatMap((record, i) => {
					const order = entries[i]?.[1];
					if (!record || order === undefined || record.meta.order === order) return [];
					return [datasets.put({ ...record, meta: { ...record.meta, order } })];
				})
			]);
		})();
		await settle(tx, [work]);
	}

	async setFlag(key: string, value: boolean): Promise<void> {
		const db = await this.connect();
		const tx = db.transaction('settings', 'readwrite');
		await settle(tx, [tx.store.put({ key, value })]);
	}

	/** Deletes versions that no dataset points at (none are left by a normal run). */
	async collectGarbage(): Promise<void> {
		const db = await this.connect();
		const tx = db.transaction(['datasets', 'versions'], 'readwrite');
		const work = (async () => {
			const current = new Set((await tx.objectStore('datasets').getAll()).map((r) => r.current));
			const keys = await tx.objectStore('versions').getAllKeys();
			await Promise.all(
				keys.filter((k) => !current.has(k)).map((k) => tx.objectStore('versions').delete(k))
			);
		})();
		await settle(tx, [work]);
	}

	close(): void {
		const db = this.db;
		this.db = null;
		this.lostHandlers.clear();
		db?.then(
			(d) => d.close(),
			() => {}
		);
	}
}

/**
 * Opens the datasets database. Rejects with {@link StorageUnavailableError} when IndexedDB is
 * missing or refuses to open (private mode, blocked storage, cross-site iframe).
 */
export async function openDatasetsDb(
	factory: IDBFactory | undefined = globalThis.indexedDB
): Promise<DatasetsDb> {
	const db = new IdbDatasetsDb(factory);
	await db.connect();
	try {
		await db.collectGarbage();
	} catch {
		// Best effort: orphans only cost space.
	}
	return db;
}

/** Whether the browser promised not to evict this origin's storage; null = cannot tell. */
export async function storagePersisted(): Promise<boolean | null> {
	try {
		const storage = globalThis.navigator?.storage;
		return storage?.persisted ? await storage.persisted() : null;
	} catch {
		return null;
	}
}

/** Asks the browser to keep this origin's storage (after the first upload); null = cannot tell. */
export async function requestPersistence(): Promise<boolean | null> {
	try {
		const storage = globalThis.navigator?.storage;
		return storage?.persist ? await storage.persist() : null;
	} catch {
		return null;
	}
}

/** Messages between tabs: something changed, reload the list. */
export interface DatasetsMessage {
	type: 'changed';
}

export interface DatasetsChannel {
	post(message: DatasetsMessage): void;
	/** Returns the unsubscribe function. */
	listen(handler: (message: DatasetsMessage) => void): () => void;
	close(): void;
}

/** The BroadcastChannel `ica-datasets`; null where BroadcastChannel does not exist. */
export function openDatasetsChannel(): DatasetsChannel | null {
	if (typeof BroadcastChannel === 'undefined') return null;
	let channel: BroadcastChannel;
	try {
		channel = new BroadcastChannel(CHANNEL_NAME);
	} catch {
		return null;
	}
	return {
		post(message) {
			try {
				channel.postMessage(message);
			} catch {
				// A closed channel: nobody to tell.
			}
		},
		listen(handler) {
			const listener = (event: MessageEvent) => {
				const data: unknown = event.data;
				if (typeof data === 'object' && data !== null && 'type' in data && data.type === 'changed')
					handler({ type: 'changed' });
			};
			channel.addEventListener('message', listener);
			return () => channel.removeEventListener('message', listener);
		},
		close() {
			channel.close();
		}
	};
}
