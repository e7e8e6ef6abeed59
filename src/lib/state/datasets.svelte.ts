/**
 * The datasets the dashboard shows (features D2, D5, D6): the bundled one and the files the
 * analyst uploaded, kept on this device in IndexedDB (src/lib/storage/datasets-db.ts), in the
 * user's order of precedence.
 *
 * The order: `datasets` lists every dataset most authoritative first (the list on the Data page,
 * top = wins). A new upload goes to the top (an updated extract usually should win), a
 * replacement keeps its place, the bundled data starts at the bottom, and `move` lets the user
 * change it. `priority` (the active ids, top first) is what the dashboard gives `buildCube`, and
 * `active` (the same datasets bottom first) what `activeEvents`, `activeInvestment` and
 * `currentRows` read (the last wins there): one order for figures, events and investment.
 *
 * Guarantees:
 * - An import is applied only when it parsed (`ok`), accepted at least one row AND (when storage
 *   is available) was saved; a failed, cancelled, rejected or unsaveable import leaves
 *   `datasets` exactly as it was.
 * - Replacing a dataset writes the new version and flips the pointer in one transaction, so the
 *   old version stays current until the new one is complete.
 * - A full disk becomes `storageError = 'data.storage.quota'`; nothing stored before is lost.
 * - Without IndexedDB (private mode, blocked storage) uploads live in memory: `storageMode` is
 *   `'memory'` and the UI says they will not survive a reload.
 * - Another tab's changes arrive on the BroadcastChannel `ica-datasets` and reload the list
 *   (the order too: a move is stored in one transaction and announced like any other change).
 * - The same file uploaded in two tabs at once is stored once: the hash is checked inside the
 *   write transaction, and the second tab's task says under which name it is stored.
 * - When another tab deletes or upgrades the database while this page is open (`storageLost`),
 *   no dataset is listed as saved any more, later changes stay in memory, and `saveAgain()`
 *   writes what the page holds into a fresh database.
 *
 * Tables are immutable Arquero tables in `$state.raw` (never deep proxies). Everything the store
 * touches outside itself (worker, database, hashing, channel) comes in through {@link StoreDeps},
 * so that the logic runs in Node tests with fakes.
 */
import type { WorkbookImportResult } from '../data/import/excel';
import { getContext, setContext } from 'svelte';
import { sha256Hex } from '../data/hash';
import { packRows, unpackRows, type PackedRows } from '../data/import/columns';
import type { DialectOverride, ImportResult } from '../data/import/types';
import type { Flow, InvestmentRow, TradeEvent } from '../data/schema';
import { toTable, type ObservationTable } from '../data/table';
import { runImport, type ImportJob, type RunImportOptions } from '../data/worker/client';
import {
	openDatasetsChannel,
	openDatasetsDb,
	orderOf,
	requestPersistence,
	storagePersisted,
	DuplicateDatasetError,
	StorageError,
	StorageLostError,
	StorageQuotaError,
	toStorageError,
	type DatasetData,
	type DatasetMeta,
	type DatasetsChannel,
	type DatasetsDb,
	type DatasetSummary,
	type StorageLoss
} from '../storage/datasets-db';
import { BUNDLED_DATASET, loadBundled } from './bundled';

export { BUNDLED_DATASET };

/** A dataset in the list: its metadata, its table, and where it lives. */
export interface DatasetEntry {
	id: string;
	name: string;
	/** Empty for the bundled dataset. */
	fileName: string;
	size: number;
	sha256: string | null;
	/** ISO 8601; empty for the bundled dataset. */
	loadedAt: string;
	rowCount: number;
	/** Shown in the dashboard. */
	active: boolean;
	format: string | null;
	/** Null for the bundled dataset. */
	summary: DatasetSummary | null;
	version: number;
	/**
	 * Place in the user's order: the higher, the more authoritative (higher in the list). The
	 * bundled dataset starts at -1, below every upload.
	 */
	order: number;
	table: ObservationTable;
	investment: readonly InvestmentRow[];
	/**
	 * The events this dataset holds (the bundled events table, or an uploaded one; empty for
	 * trade and investment files). The dashboard shows those of the highest active dataset in the
	 * order that has any (`activeEvents`, src/lib/views/events.ts, reading `active`).
	 */
	events: readonly TradeEvent[];
	/** The data shipped with the app: never stored, never removable. */
	bundled: boolean;
	/** Stored on this device (false: in memory only, gone after a reload). */
	saved: boolean;
}

export type TaskStatus =
	| 'queued'
	| 'importing'
	| 'saving'
	| 'added'
	| 'replaced'
	| 'duplicate'
	| 'rejected'
	| 'failed'
	| 'cancelled';

/** One file being imported, or imported in the current batch. */
export interface ImportTask {
	key: number;
	file: File;
	status: TaskStatus;
	/** 0..1 while importing. */
	progress: number;
	/** The dataset this import replaces (null: a new dataset). */
	target: string | null;
	/** The dataset this import created, replaced, or duplicates. */
	datasetId: string | null;
	/**
	 * For a duplicate found in storage (saved by another tab meanwhile): the stored dataset's
	 * name, shown even before the list has caught up.
	 */
	duplicateName?: string;
	options: { override?: DialectOverride; tableFlow?: Flow };
	result: ImportResult | null;
	/** Why it failed: a storage problem, or the worker's message. */
	error: { kind: 'quota' | 'storage' | 'worker'; message: string } | null;
}

export interface ImportFilesOptions {
	override?: DialectOverride;
	tableFlow?: Flow;
	/** Replace this dataset instead of adding one (single file). */
	replaceId?: string;
}

/** Message keys (src/lib/i18n/messages.ts) of storage problems shown on the Data page. */
export type StorageMessage = 'data.storage.quota' | 'data.storage.failed';

export interface StoreDeps {
	openDb: () => Promise<DatasetsDb>;
	runImport: (file: File, opts: RunImportOptions) => ImportJob;
	/** Hex SHA-256 of the bytes; null when it cannot be computed. */
	digest: (bytes: ArrayBuffer) => Promise<string | null>;
	openChannel: () => DatasetsChannel | null;
	persisted: () => Promise<boolean | null>;
	persist: () => Promise<boolean | null>;
	now: () => Date;
	newId: () => string;
}

function randomId(): string {
	const uuid = globalThis.crypto?.randomUUID?.();
	return `up-${uuid ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`}`;
}

export const defaultDeps: StoreDeps = {
	openDb: () => openDatasetsDb(),
	runImport: (file, opts) => runImport(file, opts),
	digest: sha256Hex,
	openChannel: openDatasetsChannel,
	persisted: storagePersisted,
	persist: requestPersistence,
	// A timestamp, not state: nothing reads it reactively.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	now: () => new Date(),
	newId: randomId
};

const BUNDLED_FLAG = 'bundled-active';
/** The bundled dataset's place in the order (a number setting; absent: at the bottom). */
const BUNDLED_ORDER = 'bundled-order';
/** Where the bundled dataset sits until the user moves it: below every upload (orders ≥ 0). */
const BUNDLED_DEFAULT_ORDER = -1;
const FINAL: ReadonlySet<TaskStatus> = new Set([
	'added',
	'replaced',
	'duplicate',
	'rejected',
	'failed',
	'cancelled'
]);

/** True when the task has ended (successfully or not). */
export const isFinished = (task: Pick<ImportTask, 'status'>) => FINAL.has(task.status);

/** The file name without its extension: the default dataset name. */
export function nameFromFile(fileName: string): string {
	const base = fileName.replace(/^.*[\\/]/, '');
	const dot = base.lastIndexOf('.');
	return (dot > 0 ? base.slice(0, dot) : base) || base || 'dataset';
}

function summaryOf(result: ImportResult): DatasetSummary {
	const r = result.report;
	return {
		read: r.read,
		accepted: r.accepted,
		rejected: r.rejected,
		countUnit: r.countUnit,
		periods: [...r.periods],
		partners: [...r.partners],
		reporters: [...r.reporters],
		currencies: [...r.currencies],
		units: r.units
	};
}

/**
 * Most authoritative first: the higher `order` first; on a tie (two tabs uploading at once) the
 * later upload, then the id, so that every tab sorts alike.
 */
function byPrecedence(a: DatasetEntry, b: DatasetEntry): number {
	return (
		b.order - a.order ||
		b.loadedAt.localeCompare(a.loadedAt) ||
		(a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
}

function entryFrom(meta: DatasetMeta, data: DatasetData, saved: boolean): DatasetEntry {
	return {
		...meta,
		order: orderOf(meta),
		table: toTable(unpackRows(data.rows)),
		investment: data.investment,
		events: data.events,
		bundled: false,
		saved
	};
}

/** What a dataset in memory is stored as (its version is the database's to number). */
function metaOf(d: DatasetEntry): Omit<DatasetMeta, 'version'> {
	return {
		id: d.id,
		name: d.name,
		fileName: d.fileName,
		size: d.size,
		sha256: d.sha256,
		loadedAt: d.loadedAt,
		rowCount: d.rowCount,
		active: d.active,
		format: d.format,
		// An upload always has one (null only for the bundled dataset, never stored).
		summary: d.summary as DatasetSummary,
		order: d.order
	};
}

/** The rows of a dataset in memory as stored: its columns as they are (one part per upload). */
function dataOf(d: DatasetEntry): DatasetData {
	const parts = d.table.parts;
	return {
		rows: parts.length === 1 ? (parts[0] as PackedRows) : packRows(d.table.objects()),
		investment: [...d.investment],
		events: [...d.events]
	};
}

function bundledEntry(): DatasetEntry {
	const { table, investment, events } = loadBundled();
	return {
		id: BUNDLED_DATASET,
		name: BUNDLED_DATASET,
		fileName: '',
		size: 0,
		sha256: null,
		loadedAt: '',
		rowCount: table.numRows(),
		active: true,
		format: null,
		summary: null,
		version: 0,
		order: BUNDLED_DEFAULT_ORDER,
		table,
		investment,
		events,
		bundled: true,
		saved: false
	};
}

function isAbort(err: unknown): boolean {
	return typeof err === 'object' && err !== null && 'name' in err && err.name === 'AbortError';
}

export class DatasetStore {
	/**
	 * Every dataset (shown or not) in the user's order, most authoritative first: the list on the
	 * Data page, top = wins. Always sorted (see {@link byPrecedence}).
	 */
	datasets = $state.raw<DatasetEntry[]>([]);
	/** The files of the current import batch (and of the previous one until a new batch starts). */
	tasks = $state.raw<ImportTask[]>([]);
	/** The result of the last import that finished parsing (for the report). */
	lastReport = $state.raw<ImportResult | null>(null);
	/** The task of `lastReport`. */
	lastTaskKey = $state<number | null>(null);
	/** Whether the browser promised to keep the storage; null = unknown or not asked yet. */
	persistent = $state<boolean | null>(null);
	/** The last storage problem (a message key), cleared by the next successful write. */
	storageError = $state<StorageMessage | null>(null);
	storageErrorParams = $state.raw<Record<string, string | number>>({});
	/**
	 * 'none' before `restore()` (prerendering, embeds); 'pending' while opening; 'indexeddb' when
	 * uploads are saved; 'memory' when IndexedDB is unavailable.
	 */
	storageMode = $state<'none' | 'pending' | 'indexeddb' | 'memory'>('none');
	/**
	 * Another tab (or the browser) deleted or upgraded the database while this page was open:
	 * nothing in the list is saved any more until `saveAgain()` succeeds. Null when all is well.
	 */
	storageLost = $state<StorageLoss | null>(null);
	/** `saveAgain()` is running. */
	resaving = $state(false);

	/** Some file is being imported. */
	busy = $derived(this.tasks.some((t) => !isFinished(t)));

	private readonly deps: StoreDeps;
	private db: DatasetsDb | null = null;
	/** The database whose connection was lost: `saveAgain()` reopens it. */
	private lostDb: DatasetsDb | null = null;
	private unlistenLost: (() => void) | null = null;
	private channel: DatasetsChannel | null = null;
	private unlisten: (() => void) | null = null;
	private restoring: Promise<void> | null = null;
	private nextKey = 1;
	/** Cancel functions of running imports: bookkeeping, not state (never rendered). */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	private cancels = new Map<number, () => void>();
	/** Imports run one at a time (one worker, one file in memory). */
	private importQueue: Promise<unknown> = Promise.resolve();
	/** Storage writes and reloads run one at a time, in order. */
	private storageQueue: Promise<unknown> = Promise.resolve();
	private askedPersistence = false;
	/** Moves made so far (bookkeeping, not state). */
	private moves = 0;

	constructor(deps: Partial<StoreDeps> = {}) {
		this.deps = { ...defaultDeps, ...deps };
		this.datasets = [bundledEntry()];
	}

	/**
	 * The active datasets, LEAST authoritative first (the reverse of {@link priority}): the order
	 * `activeEvents`, `activeInvestment` and `currentRows` expect, where the last one wins.
	 */
	get active(): DatasetEntry[] {
		return this.datasets.filter((d) => d.active).reverse();
	}

	/**
	 * The ids of the active datasets, MOST authoritative first: what the dashboard passes to
	 * `buildCube`, which takes each year of a series from the first of them that holds it.
	 */
	get priority(): string[] {
		return this.datasets.filter((d) => d.active).map((d) => d.id);
	}

	/** Sets the list, sorted into the order. */
	private setList(list: readonly DatasetEntry[]) {
		this.datasets = [...list].sort(byPrecedence);
	}

	/** Opens the local database and loads the saved datasets. Never throws. Browser only. */
	restore(): Promise<void> {
		this.restoring ??= this.doRestore();
		return this.restoring;
	}

	private async doRestore(): Promise<void> {
		this.storageMode = 'pending';
		try {
			this.db = await this.deps.openDb();
		} catch {
			this.db = null;
			this.storageMode = 'memory';
			return;
		}
		this.storageMode = 'indexeddb';
		this.watchLoss(this.db);
		try {
			await this.serial(() => this.reload());
		} catch (err) {
			this.reportStorage(err);
		}
		this.persistent = await this.deps.persisted().catch(() => null);
		this.channel = this.deps.openChannel();
		this.unlisten =
			this.channel?.listen(() => {
				this.serial(() => this.reload()).catch((err: unknown) => this.reportStorage(err));
			}) ?? null;
	}

	private watchLoss(db: DatasetsDb) {
		this.unlistenLost?.();
		this.unlistenLost = db.onLost?.((loss) => this.lose(db, loss)) ?? null;
	}

	/**
	 * The database is gone (or belongs to a newer version of the app now): from here on nothing
	 * is saved, and the list says so. The tables stay in memory for `saveAgain()`.
	 */
	private lose(db: DatasetsDb, loss: StorageLoss) {
		if (this.db !== db) return;
		this.db = null;
		this.lostDb = db;
		this.storageLost = loss;
		if (this.datasets.some((d) => d.saved))
			this.datasets = this.datasets.map((d) => (d.saved ? { ...d, saved: false } : d));
	}

	/**
	 * After a loss: opens a fresh database and writes every dataset the page holds (and the
	 * bundled dataset's place and visibility) into it. Resolves true when all are saved again;
	 * false when storing failed (`storageError` says why; the notice stays, to try again).
	 */
	saveAgain(): Promise<boolean> {
		return this.serial(async () => {
			const db = this.db ?? this.lostDb;
			if (!db) return false;
			this.resaving = true;
			try {
				if (!this.db) {
					if (!db.reopen) return false;
					await db.reopen();
					this.db = db;
					this.lostDb = null;
					this.watchLoss(db);
				}
				for (const entry of this.datasets) {
					if (entry.bundled || entry.saved) continue;
					const stored = await db.save(metaOf(entry), dataOf(entry));
					if (this.db !== db) return false;
					this.datasets = this.datasets.map((d) =>
						d.id === entry.id ? { ...d, ...stored, saved: true } : d
					);
				}
				const bundled = this.datasets.find((d) => d.bundled);
				if (bundled) {
					await db.setFlag(BUNDLED_FLAG, bundled.active);
					await db.setOrder?.({}, { [BUNDLED_ORDER]: bundled.order });
				}
				await this.reload();
			} catch (err) {
				this.reportStorage(err);
				return false;
			} finally {
				this.resaving = false;
			}
			this.storageLost = null;
			this.storageError = null;
			this.storageErrorParams = {};
			this.broadcast();
			return true;
		});
	}

	/** Closes the channel and the database (tests, page teardown). */
	dispose() {
		this.unlistenLost?.();
		this.unlistenLost = null;
		this.unlisten?.();
		this.channel?.close();
		this.db?.close();
		this.channel = null;
		this.db = null;
	}

	/** Reads the list from the database, reusing the tables of versions already loaded. */
	private async reload(): Promise<void> {
		const db = this.db;
		if (!db) return;
		const metas = await db.list();
		const flag = await db.getFlag(BUNDLED_FLAG);
		const bundledOrder = db.getNumber ? await db.getNumber(BUNDLED_ORDER) : null;
		const current = this.datasets;
		const stored: DatasetEntry[] = [];
		for (const meta of metas) {
			const held = current.find((d) => d.saved && d.id === meta.id && d.version === meta.version);
			if (held) {
				const order = orderOf(meta);
				stored.push(
					held.active === meta.active && held.order === order
						? held
						: { ...held, active: meta.active, order }
				);
				continue;
			}
			const data = await db.load(meta.id, meta.version);
			if (data) stored.push(entryFrom(meta, data, true));
		}
		let bundled = current.find((d) => d.bundled) ?? bundledEntry();
		if (flag !== null && flag !== bundled.active) bundled = { ...bundled, active: flag };
		if (bundledOrder !== null && bundledOrder !== bundled.order)
			bundled = { ...bundled, order: bundledOrder };
		const next = [bundled, ...stored, ...current.filter((d) => !d.bundled && !d.saved)].sort(
			byPrecedence
		);
		const same = next.length === current.length && next.every((d, i) => d === current[i]);
		if (!same) this.datasets = next;
	}

	/**
	 * Imports files one after the other, each in the worker with its progress. Each one that parses
	 * with at least one accepted row is added (or replaces `replaceId`); the others change nothing.
	 */
	importFiles(files: readonly File[], opts: ImportFilesOptions = {}): Promise<ImportTask[]> {
		const created: ImportTask[] = files.map((file) => ({
			key: this.nextKey++,
			file,
			status: 'queued',
			progress: 0,
			target: opts.replaceId ?? null,
			datasetId: null,
			options: { override: opts.override, tableFlow: opts.tableFlow },
			result: null,
			error: null
		}));
		this.tasks = [...this.tasks.filter((t) => !isFinished(t)), ...created];
		return Promise.all(
			created.map((task) => {
				const run = this.importQueue.then(() => this.runTask(task.key));
				this.importQueue = run.catch(() => undefined);
				return run;
			})
		);
	}

	/** Imports `file` as the new version of dataset `id` (same name, same place in the list). */
	replace(
		id: string,
		file: File,
		opts: Omit<ImportFilesOptions, 'replaceId'> = {}
	): Promise<ImportTask> {
		return this.importFiles([file], { ...opts, replaceId: id }).then((t) => t[0] as ImportTask);
	}

	/**
	 * Imports the file of a task again with other options (a dialect override, the table's flow):
	 * replaces the dataset that task created, or adds one if it created none.
	 */
	reimport(
		key: number,
		opts: { override?: DialectOverride; tableFlow?: Flow }
	): Promise<ImportTask> {
		const task = this.tasks.find((t) => t.key === key);
		if (!task) return Promise.reject(new Error(`No import task ${key}`));
		const applied = task.status === 'added' || task.status === 'replaced';
		const target = applied ? task.datasetId : task.target;
		return this.importFiles([task.file], {
			override: opts.override,
			tableFlow: opts.tableFlow ?? task.options.tableFlow,
			replaceId: target ?? undefined
		}).then((t) => t[0] as ImportTask);
	}

	/** Cancels one task, or every task still queued or importing. */
	cancel(key?: number) {
		for (const task of this.tasks) {
			if (key !== undefined && task.key !== key) continue;
			if (task.status !== 'queued' && task.status !== 'importing') continue;
			this.cancels.get(task.key)?.();
			this.patch(task.key, { status: 'cancelled' });
		}
	}

	/** Shows or hides a dataset in the dashboard (the bundled one too). */
	setActive(id: string, on: boolean): Promise<void> {
		const entry = this.datasets.find((d) => d.id === id);
		if (!entry || entry.active === on) return Promise.resolve();
		this.setList(this.datasets.map((d) => (d.id === id ? { ...d, active: on } : d)));
		if (!this.db || !(entry.saved || entry.bundled)) return Promise.resolve();
		const db = this.db;
		return this.serial(async () => {
			if (entry.bundled) await db.setFlag(BUNDLED_FLAG, on);
			else await db.setActive(id, on);
			this.broadcast();
		}).catch((err: unknown) => this.reportStorage(err));
	}

	/**
	 * Moves a dataset one place up (towards precedence) or down in the order, the bundled one too.
	 * The list changes at once; the new order is stored in one transaction and announced to the
	 * other tabs. Resolves false when there is no such place (already at the top or bottom, or an
	 * unknown id) or when storing failed (the list then returns to the stored order and
	 * `storageError` says why).
	 */
	move(id: string, direction: 'up' | 'down'): Promise<boolean> {
		const list = this.datasets;
		const from = list.findIndex((d) => d.id === id);
		const to = direction === 'up' ? from - 1 : from + 1;
		if (from < 0 || to < 0 || to >= list.length) return Promise.resolve(false);
		const swapped = [...list];
		[swapped[from], swapped[to]] = [swapped[to] as DatasetEntry, swapped[from] as DatasetEntry];
		// Renumber the whole list (top = highest): no ties are left, whatever the orders were.
		const orders: Record<string, number> = {};
		swapped.forEach((d, i) => (orders[d.id] = swapped.length - 1 - i));
		const apply = () =>
			this.setList(
				this.datasets.map((d) =>
					orders[d.id] === undefined || orders[d.id] === d.order
						? d
						: { ...d, order: orders[d.id] as number }
				)
			);
		apply();
		const seq = ++this.moves;
		const db = this.db;
		if (!db?.setOrder) return Promise.resolve(true);
		const saved: Record<string, number> = {};
		for (const d of swapped) if (d.saved) saved[d.id] = orders[d.id] as number;
		const bundled = swapped.find((d) => d.bundled);
		const numbers: Record<string, number> = {};
		if (bundled) numbers[BUNDLED_ORDER] = orders[bundled.id] as number;
		return this.serial(async () => {
			try {
				await db.setOrder?.(saved, numbers);
			} catch (err) {
				this.reportStorage(err);
				await this.reload().catch(() => undefined);
				return false;
			}
			// A reload queued before this write may have put the stored order back meanwhile (a
			// later move, still to be written, has its own list applied already).
			if (seq === this.moves) apply();
			this.broadcast();
			return true;
		});
	}

	/** Removes an uploaded dataset (from this device too). The bundled one cannot be removed. */
	remove(id: string): Promise<boolean> {
		return this.serial(async () => {
			const entry = this.datasets.find((d) => d.id === id);
			if (!entry || entry.bundled) return false;
			if (this.db && entry.saved) {
				try {
					await this.db.remove(id);
				} catch (err) {
					this.reportStorage(err);
					return false;
				}
				this.broadcast();
			}
			this.setList(this.datasets.filter((d) => d.id !== id));
			return true;
		});
	}

	private task(key: number): ImportTask | undefined {
		return this.tasks.find((t) => t.key === key);
	}

	private patch(key: number, change: Partial<ImportTask>) {
		this.tasks = this.tasks.map((t) => (t.key === key ? { ...t, ...change } : t));
	}

	private cancelled(key: number): boolean {
		return this.task(key)?.status === 'cancelled';
	}

	private serial<T>(fn: () => Promise<T>): Promise<T> {
		const run = this.storageQueue.then(fn);
		this.storageQueue = run.catch(() => undefined);
		return run;
	}

	private broadcast() {
		this.channel?.post({ type: 'changed' });
	}

	private reportStorage(err: unknown) {
		const error = err instanceof StorageError ? err : toStorageError(err);
		// A lost database has its own notice (`storageLost`), with what to do.
		if (error instanceof StorageLostError && this.storageLost) return;
		if (error instanceof StorageQuotaError) {
			this.storageError = 'data.storage.quota';
			this.storageErrorParams = { needed: error.needed };
		} else {
			this.storageError = 'data.storage.failed';
			this.storageErrorParams = { detail: error.message };
		}
	}

	/** Puts an import's dataset into the list (replacing `previous`) and ends its task. */
	private addEntry(
		key: number,
		previous: DatasetEntry | undefined,
		stored: DatasetMeta,
		result: ImportResult,
		saved: boolean
	): ImportTask {
		const entry: DatasetEntry = {
			...stored,
			table: toTable(result.rows),
			investment: result.investment,
			events: result.events,
			bundled: false,
			saved
		};
		this.setList(
			previous
				? this.datasets.map((d) => (d.id === previous.id ? entry : d))
				: [...this.datasets, entry]
		);
		if (saved) {
			this.storageError = null;
			this.storageErrorParams = {};
			this.broadcast();
		}
		this.patch(key, { status: previous ? 'replaced' : 'added', datasetId: stored.id });
		return this.task(key) as ImportTask;
	}

	private async runTask(key: number): Promise<ImportTask> {
		const start = this.task(key);
		if (!start || start.status !== 'queued') return start as ImportTask;
		const id = start.target ?? this.deps.newId();
		this.patch(key, { status: 'importing', progress: 0 });

		let result: ImportResult;
		try {
			const job = this.deps.runImport(start.file, {
				override: start.options.override,
				tableFlow: start.options.tableFlow,
				dataset: id,
				onProgress: (fraction) => {
					if (this.task(key)?.status === 'importing') this.patch(key, { progress: fraction });
				}
			});
			this.cancels.set(key, () => job.cancel());
			result = await job.promise;
		} catch (err) {
			if (!this.cancelled(key)) {
				this.patch(
					key,
					isAbort(err)
						? { status: 'cancelled' }
						: {
								status: 'failed',
								error: { kind: 'worker', message: err instanceof Error ? err.message : String(err) }
							}
				);
			}
			return this.task(key) as ImportTask;
		} finally {
			this.cancels.delete(key);
		}
		if (this.cancelled(key)) return this.task(key) as ImportTask;

		this.lastReport = result;
		this.lastTaskKey = key;
		const usable = result.ok && result.report.accepted > 0;
		if (!usable) {
			this.patch(key, { status: 'rejected', progress: 1, result });
			return this.task(key) as ImportTask;
		}
		this.patch(key, { status: 'saving', progress: 1, result });

		// The worker hashes the bytes it read; only a result without a hash (a test double, an
		// older worker) makes the main thread read the file again (a long task at 35 MB).
		let sha256: string | null = result.sha256 ?? null;
		if (result.sha256 === undefined) {
			try {
				sha256 = await this.deps.digest(await start.file.arrayBuffer());
			} catch {
				sha256 = null;
			}
		}

		// An import started before restore() finished must not be overwritten by the restored list.
		if (this.restoring) await this.restoring;

		const final = await this.serial(async (): Promise<ImportTask> => {
			const previous = start.target
				? this.datasets.find((d) => d.id === start.target && !d.bundled)
				: undefined;
			const plain = !start.target && !start.options.override && !start.options.tableFlow;
			const twin = plain && sha256 ? this.datasets.find((d) => d.sha256 === sha256) : undefined;
			if (twin) {
				this.patch(key, { status: 'duplicate', datasetId: twin.id });
				return this.task(key) as ImportTask;
			}
			const meta: Omit<DatasetMeta, 'version'> = {
				id,
				name:
					previous?.name ??
					(result as WorkbookImportResult).workbook?.datasetName ??
					nameFromFile(start.file.name),
				fileName: start.file.name,
				size: start.file.size,
				sha256,
				loadedAt: this.deps.now().toISOString(),
				rowCount: result.rows.length,
				active: previous?.active ?? true,
				format: result.format?.label ?? null,
				summary: summaryOf(result),
				// A new upload goes to the top of the order; a replacement keeps its place.
				order: previous?.order ?? Math.max(0, ...this.datasets.map((d) => d.order + 1))
			};
			const data: DatasetData = {
				rows: packRows(result.rows),
				investment: result.investment,
				events: result.events
			};
			let stored: DatasetMeta = { ...meta, version: (previous?.version ?? 0) + 1 };
			let saved = false;
			if (this.db) {
				try {
					stored = await this.db.save(meta, data, { unique: plain });
					saved = true;
				} catch (err) {
					if (err instanceof DuplicateDatasetError) {
						// Stored meanwhile by another tab: show it here, store nothing.
						await this.reload().catch(() => undefined);
						this.patch(key, {
							status: 'duplicate',
							datasetId: err.existing.id,
							duplicateName: err.existing.name
						});
						return this.task(key) as ImportTask;
					}
					if (err instanceof StorageLostError || this.storageLost) {
						// The database went away during the write: keep the data in this page, marked
						// not saved; the notice offers to save it again.
						this.storageLost ??= err instanceof StorageLostError ? err.loss : 'closed';
						return this.addEntry(key, previous, stored, result, false);
					}
					this.reportStorage(err);
					const quota = this.storageError === 'data.storage.quota';
					this.patch(key, {
						status: 'failed',
						error: {
							kind: quota ? 'quota' : 'storage',
							message: err instanceof Error ? err.message : String(err)
						}
					});
					return this.task(key) as ImportTask;
				}
			}
			return this.addEntry(key, previous, stored, result, saved);
		});
		// After the first upload saved on this device, ask the browser to keep it (it may prompt).
		const applied = final.status === 'added' || final.status === 'replaced';
		if (applied && this.db && !this.askedPersistence && this.persistent !== true) {
			this.askedPersistence = true;
			this.persistent = await this.deps.persist().catch(() => null);
		}
		return final;
	}
}

const KEY = Symbol('datasets');
export const setDatasets = (s: DatasetStore) => setContext(KEY, s);
export const getDatasets = () => getContext<DatasetStore>(KEY);
