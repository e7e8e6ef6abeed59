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
 * - A workbook with several trade tables is one dataset per table, each its own task and report
 *   (`file.xlsx › Sheet`, see import-tasks.ts); a table that fails stops none of the others.
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
import {
	datasetNameOf,
	isAbort,
	isApplied,
	isFinished,
	messageOf,
	otherTables,
	sheetChoice,
	summaryOf,
	taskSheet,
	type ImportFilesOptions,
	type ImportTask,
	type TaskOptions
} from './import-tasks';

export {
	isFinished,
	nameFromFile,
	taskName,
	type ImportFilesOptions,
	type ImportTask,
	type TaskStatus
} from './import-tasks';

export { BUNDLED_DATASET };

/**
 * A dataset in the list: its metadata (as stored, see DatasetMeta: the bundled dataset has no
 * file, no time, no summary, and sits at order -1, below every upload), its table, and where it
 * lives.
 */
export interface DatasetEntry extends Omit<DatasetMeta, 'summary'> {
	/** Null for the bundled dataset. */
	summary: DatasetSummary | null;
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
	 * A workbook with several trade tables adds one dataset per table (one task each, right after
	 * the file's first): the promise holds those tasks too.
	 */
	importFiles(files: readonly File[], opts: ImportFilesOptions = {}): Promise<ImportTask[]> {
		const options: TaskOptions = {
			override: opts.override,
			tableFlow: opts.tableFlow,
			sheet: opts.sheet
		};
		const created = files.map((file) => this.newTask(file, options, opts.replaceId ?? null));
		this.tasks = [...this.tasks.filter((t) => !isFinished(t)), ...created];
		const runs = created.map((task) => {
			const run = this.importQueue.then(() => this.runFile(task.key));
			this.importQueue = run.catch(() => undefined);
			return run;
		});
		return Promise.all(runs).then((done) => done.flat());
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
	 * Imports the file of a task again with other options (a dialect override, the table's flow),
	 * from the same workbook sheet: replaces the dataset that task created, or adds one if it
	 * created none.
	 */
	reimport(
		key: number,
		opts: { override?: DialectOverride; tableFlow?: Flow }
	): Promise<ImportTask> {
		const task = this.tasks.find((t) => t.key === key);
		if (!task) return Promise.reject(new Error(`No import task ${key}`));
		const target = isApplied(task) ? task.datasetId : task.target;
		return this.importFiles([task.file], {
			override: opts.override,
			tableFlow: opts.tableFlow ?? task.options.tableFlow,
			sheet: taskSheet(task),
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

	/** The task as it is now (after patches). */
	private latest(key: number): ImportTask {
		return this.task(key) as ImportTask;
	}

	/** Patches a task and returns it as it is then: how a step ends a task. */
	private settle(key: number, change: Partial<ImportTask>): ImportTask {
		this.patch(key, change);
		return this.latest(key);
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
		return this.settle(key, { status: previous ? 'replaced' : 'added', datasetId: stored.id });
	}

	private newTask(file: File, options: TaskOptions, target: string | null): ImportTask {
		const key = this.nextKey++;
		return {
			key,
			file,
			status: 'queued',
			progress: 0,
			target,
			datasetId: null,
			options,
			result: null,
			error: null
		};
	}

	/**
	 * Runs a file's task; then, for a workbook with several trade tables, one task per other table
	 * (the same file, each sheet by name), listed and run right after it: a sheet that fails is a
	 * task of its own and stops none of the others.
	 */
	private async runFile(key: number): Promise<ImportTask[]> {
		const first = await this.runTask(key);
		// A task cancelled and cleared from the list before its turn has nothing to follow.
		const sheets = first ? otherTables(first) : [];
		if (sheets.length === 0) return [first];
		const more = sheets.map((sheet) => this.newTask(first.file, { ...first.options, sheet }, null));
		const at = this.tasks.findIndex((t) => t.key === key) + 1;
		this.tasks = [...this.tasks.slice(0, at), ...more, ...this.tasks.slice(at)];
		const done = [first];
		for (const task of more) done.push(await this.runTask(task.key));
		return done;
	}

	/** One task: parse in the worker, then (when something was accepted) hash, save and list. */
	private async runTask(key: number): Promise<ImportTask> {
		const task = this.task(key);
		if (!task || task.status !== 'queued') return task as ImportTask;
		const id = task.target ?? this.deps.newId();
		const result = await this.parse(task, id);
		if (!result) return this.latest(key);

		this.lastReport = result;
		this.lastTaskKey = key;
		if (!result.ok || result.report.accepted === 0) {
			return this.settle(key, { status: 'rejected', progress: 1, result });
		}
		this.patch(key, { status: 'saving', progress: 1, result });
		const sha256 = await this.hashOf(task.file, result);
		// An import started before restore() finished must not be overwritten by the restored list.
		if (this.restoring) await this.restoring;
		const final = await this.serial(() => this.save(task, id, result, sha256));
		await this.askPersistence(final);
		return final;
	}

	/** The worker's result; null when the import failed or was cancelled (the task says which). */
	private async parse(task: ImportTask, id: string): Promise<ImportResult | null> {
		const key = task.key;
		this.patch(key, { status: 'importing', progress: 0 });
		const replaced = task.target ? this.datasets.find((d) => d.id === task.target) : undefined;
		try {
			const job = this.deps.runImport(task.file, {
				override: task.options.override,
				tableFlow: task.options.tableFlow,
				workbook: sheetChoice(task, replaced?.name),
				dataset: id,
				// The worker builds the Arrow IPC record the save writes: no long task here.
				arrow: true,
				onProgress: (fraction) => {
					if (this.task(key)?.status === 'importing') this.patch(key, { progress: fraction });
				}
			});
			this.cancels.set(key, () => job.cancel());
			const result = await job.promise;
			return this.cancelled(key) ? null : result;
		} catch (err) {
			if (!this.cancelled(key)) {
				this.patch(
					key,
					isAbort(err)
						? { status: 'cancelled' }
						: { status: 'failed', error: { kind: 'worker', message: messageOf(err) } }
				);
			}
			return null;
		} finally {
			this.cancels.delete(key);
		}
	}

	/**
	 * The file's hash: the worker hashes the bytes it read; only a result without a hash (a test
	 * double, an older worker) makes the main thread read the file again (a long task at 35 MB).
	 */
	private async hashOf(file: File, result: ImportResult): Promise<string | null> {
		if (result.sha256 !== undefined) return result.sha256;
		try {
			return await this.deps.digest(await file.arrayBuffer());
		} catch {
			return null;
		}
	}

	/**
	 * Stores an import (a new dataset, or the new version of the task's target) and lists it; the
	 * twin of a listed dataset is a duplicate, stored nowhere. Runs in the storage queue.
	 */
	private async save(
		task: ImportTask,
		id: string,
		result: ImportResult,
		sha256: string | null
	): Promise<ImportTask> {
		const key = task.key;
		const previous = task.target
			? this.datasets.find((d) => d.id === task.target && !d.bundled)
			: undefined;
		const plain = !task.target && !task.options.override && !task.options.tableFlow;
		const twin = plain && sha256 ? this.datasets.find((d) => d.sha256 === sha256) : undefined;
		if (twin) return this.settle(key, { status: 'duplicate', datasetId: twin.id });

		const meta: Omit<DatasetMeta, 'version'> = {
			id,
			name: previous?.name ?? datasetNameOf(task.file, result),
			fileName: task.file.name,
			size: task.file.size,
			sha256,
			loadedAt: this.deps.now().toISOString(),
			rowCount: result.rows.length,
			active: previous?.active ?? true,
			format: result.format?.label ?? null,
			summary: summaryOf(result),
			// A new upload goes to the top of the order; a replacement keeps its place.
			order: previous?.order ?? Math.max(0, ...this.datasets.map((d) => d.order + 1))
		};
		const unsaved = { ...meta, version: (previous?.version ?? 0) + 1 };
		if (!this.db) return this.addEntry(key, previous, unsaved, result, false);
		const data = {
			rows: packRows(result.rows),
			investment: result.investment,
			events: result.events,
			arrow: result.arrow
		};
		let stored: DatasetMeta;
		try {
			stored = await this.db.save(meta, data, { unique: plain });
		} catch (err) {
			return this.saveFailed(key, err, () => this.addEntry(key, previous, unsaved, result, false));
		}
		return this.addEntry(key, previous, stored, result, true);
	}

	/** Ends a task whose dataset could not be stored; `keepUnsaved` lists it in memory only. */
	private async saveFailed(
		key: number,
		err: unknown,
		keepUnsaved: () => ImportTask
	): Promise<ImportTask> {
		if (err instanceof DuplicateDatasetError) {
			// Stored meanwhile by another tab: show it here, store nothing.
			await this.reload().catch(() => undefined);
			const { id, name } = err.existing;
			return this.settle(key, { status: 'duplicate', datasetId: id, duplicateName: name });
		}
		if (err instanceof StorageLostError || this.storageLost) {
			// The database went away during the write: keep the data in this page, marked not
			// saved; the notice offers to save it again.
			this.storageLost ??= err instanceof StorageLostError ? err.loss : 'closed';
			return keepUnsaved();
		}
		this.reportStorage(err);
		const kind = this.storageError === 'data.storage.quota' ? 'quota' : 'storage';
		return this.settle(key, { status: 'failed', error: { kind, message: messageOf(err) } });
	}

	/** After the first upload saved on this device, asks the browser to keep it (it may prompt). */
	private async askPersistence(task: ImportTask): Promise<void> {
		if (!isApplied(task) || !this.db || this.askedPersistence || this.persistent === true) return;
		this.askedPersistence = true;
		this.persistent = await this.deps.persist().catch(() => null);
	}
}

const KEY = Symbol('datasets');
export const setDatasets = (s: DatasetStore) => setContext(KEY, s);
export const getDatasets = () => getContext<DatasetStore>(KEY);
