/** Test support, imported only by tests: the dataset database in memory. */
import {
	dataOfRecord,
	DuplicateDatasetError,
	StorageError,
	StorageLostError,
	StorageQuotaError,
	type DatasetData,
	type DatasetMeta,
	type DatasetsDb,
	type SaveOptions,
	type StorageLoss
} from '../storage/datasets-db';

/**
 * IndexedDB stand-in with the same guarantees: every save is all-or-nothing, data is cloned in
 * and out. `failNext` makes the next write fail the way a transaction abort does (a quota error
 * says `quotaNeeded` bytes); `lose()` acts out another tab deleting or upgrading the database.
 */
export class MemoryDb implements DatasetsDb {
	records = new Map<string, { current: string; meta: DatasetMeta }>();
	versions = new Map<string, DatasetData>();
	flags = new Map<string, boolean>();
	numbers = new Map<string, number>();
	failNext: 'quota' | 'crash' | null = null;
	/** Successful saves. */
	writes = 0;
	/** Set by {@link lose}: every method rejects until `reopen()`, as the IndexedDB one does. */
	lost: StorageLoss | null = null;
	readonly quotaNeeded: number;
	private lostHandlers = new Set<(loss: StorageLoss) => void>();

	constructor({ quotaNeeded = 1234 }: { quotaNeeded?: number } = {}) {
		this.quotaNeeded = quotaNeeded;
	}

	/**
	 * Another tab deletes the database (everything stored goes) or upgrades it; this connection
	 * hears it through `onLost`.
	 */
	lose(loss: StorageLoss) {
		if (loss === 'deleted') {
			this.records.clear();
			this.versions.clear();
			this.flags.clear();
			this.numbers.clear();
		}
		this.lost = loss;
		for (const h of [...this.lostHandlers]) h(loss);
	}
	onLost(handler: (loss: StorageLoss) => void) {
		this.lostHandlers.add(handler);
		return () => this.lostHandlers.delete(handler);
	}
	async reopen() {
		this.lost = null;
	}

	private fail() {
		if (this.lost) throw new StorageLostError(this.lost);
		const mode = this.failNext;
		this.failNext = null;
		if (mode === 'quota') throw new StorageQuotaError(this.quotaNeeded);
		if (mode === 'crash') throw new StorageError('failed', 'transaction aborted');
	}
	async list() {
		if (this.lost) throw new StorageLostError(this.lost);
		return [...this.records.values()]
			.map((r) => structuredClone(r.meta))
			.sort((a, b) => a.order - b.order);
	}
	async load(id: string, version: number) {
		const data = this.versions.get(`${id}@${version}`);
		// As the IndexedDB store reads a record: old ones may lack fields added since.
		return data ? dataOfRecord(structuredClone(data)) : null;
	}
	async save(meta: Omit<DatasetMeta, 'version'>, data: DatasetData, options: SaveOptions = {}) {
		if (this.lost) throw new StorageLostError(this.lost);
		// The hash check and the write happen in one step, as in one IndexedDB transaction.
		const twin = [...this.records.values()].find(
			(r) => options.unique && meta.sha256 && r.meta.id !== meta.id && r.meta.sha256 === meta.sha256
		);
		if (twin) throw new DuplicateDatasetError(structuredClone(twin.meta));
		// Build the whole new state first, commit it in one step (or not at all).
		const previous = this.records.get(meta.id);
		const version = (previous?.meta.version ?? 0) + 1;
		const key = `${meta.id}@${version}`;
		const stored: DatasetMeta = { ...structuredClone(meta), version };
		const versions = new Map(this.versions);
		versions.set(key, structuredClone(data));
		if (previous) versions.delete(previous.current);
		this.fail();
		this.versions = versions;
		this.records.set(meta.id, { current: key, meta: stored });
		this.writes++;
		return structuredClone(stored);
	}
	async setActive(id: string, active: boolean) {
		this.fail();
		const r = this.records.get(id);
		if (r) r.meta = { ...r.meta, active };
	}
	async remove(id: string) {
		this.fail();
		const r = this.records.get(id);
		if (r) this.versions.delete(r.current);
		this.records.delete(id);
	}
	async getFlag(key: string) {
		return this.flags.get(key) ?? null;
	}
	async setFlag(key: string, value: boolean) {
		this.fail();
		this.flags.set(key, value);
	}
	async getNumber(key: string) {
		return this.numbers.get(key) ?? null;
	}
	async setOrder(orders: Readonly<Record<string, number>>, numbers = {}) {
		// All or nothing, as one IndexedDB transaction.
		this.fail();
		for (const [id, order] of Object.entries(orders)) {
			const r = this.records.get(id);
			if (r) r.meta = { ...r.meta, order };
		}
		for (const [key, value] of Object.entries(numbers)) this.numbers.set(key, value as number);
	}
	close() {}
}
