/** Test support, imported only by tests: a dataset store wired to stand-ins. */
import { runImport } from '../data/worker/client';
import { StorageUnavailableError, type DatasetsDb } from '../storage/datasets-db';
import type { StoreDeps } from '../state/datasets.svelte';
import { FakeWorker } from './fake-worker';

let ids = 0;

/**
 * What a `DatasetStore` needs, in one process: `db` (null: IndexedDB unavailable), imports through
 * a {@link FakeWorker} answering after `delay` ms, no channel to other tabs, persistence granted,
 * a fixed clock and ids `up-1`, `up-2`, … Override any of them with `extra`.
 */
export function testStoreDeps(
	db: DatasetsDb | null,
	extra: Partial<StoreDeps> = {},
	delay = 0
): Partial<StoreDeps> {
	return {
		openDb: async () => {
			if (!db) throw new StorageUnavailableError();
			return db;
		},
		runImport: (f, opts) => runImport(f, { ...opts, createWorker: () => new FakeWorker(delay) }),
		openChannel: () => null,
		persisted: async () => false,
		persist: async () => true,
		now: () => new Date('2026-01-02T03:04:05Z'),
		newId: () => `up-${++ids}`,
		...extra
	};
}
